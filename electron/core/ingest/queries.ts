import type { Ctx } from '../context';
import type { Output, ParsedInput } from '../../contract/index';
import { parseChat } from '../whatsapp/parse';
import { queryMessages, CHAT_ORDER } from '../messages';
import { matchIds } from '../search';
import { auditedInsert, auditedUpdate } from '../audit';
import { AppError, notFound } from '../errors';
import { listEvidence } from '../entry-links';
import { utcIso } from '../time';
import { evidenceStore } from './import';
import type { VerifyProblem } from '../audit';

export function previewText(_ctx: Ctx, input: ParsedInput<'import.preview'>): Output<'import.preview'> {
  const r = parseChat(input.text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, ''), { kind: input.kind, dateOrder: input.dateOrder });
  return {
    format: r.format,
    dateOrder: r.dateOrder,
    dateOrderAssumed: r.dateOrderAssumed,
    counts: r.counts,
    warnings: r.warnings,
    total: r.messages.length,
    messages: r.messages.slice(0, input.limit).map((m) => ({
      kind: m.kind,
      sender: m.sender,
      sentAt: m.sentAt,
      text: m.text,
      attachments: m.attachments,
      mediaOmitted: m.mediaOmitted,
      deleted: m.deleted,
      edited: m.edited,
    })),
  };
}

export function listImports(ctx: Ctx): Output<'imports.list'> {
  const rows = ctx.db.sqlite
    .prepare(
      `SELECT i.id, s.name AS source, i.kind, i.file_name AS fileName, o.name AS operator, i.started_at AS startedAt, i.finished_at AS finishedAt, i.summary
              FROM imports i JOIN sources s ON s.id = i.source_id LEFT JOIN operators o ON o.id = i.operator_id ORDER BY i.id DESC`,
    )
    .all() as (Omit<Output<'imports.list'>[number], 'summary'> & { summary: string })[];
  return rows.map((r) => ({ ...r, summary: JSON.parse(r.summary) }));
}

export function listMessages(ctx: Ctx, input: ParsedInput<'messages.list'>): Output<'messages.list'> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (input.source) {
    where.push('s.name = ?');
    params.push(input.source);
  }
  if (input.sender) {
    where.push('m.sender = ?');
    params.push(input.sender);
  }
  if (input.kind) {
    where.push('m.kind = ?');
    params.push(input.kind);
  }
  if (input.from) {
    where.push('m.sent_at >= ?');
    params.push(`${input.from}T00:00:00`);
  }
  if (input.to) {
    where.push('m.sent_at <= ?');
    params.push(`${input.to}T23:59:59`);
  }
  if (input.unprocessed !== undefined) {
    const cond = `(NOT EXISTS (SELECT 1 FROM entry_messages em WHERE em.message_id = m.id) AND coalesce(f.info_only, 0) = 0 AND m.kind = 'user')`;
    where.push(input.unprocessed ? cond : `NOT ${cond}`);
  }
  if (input.hasMedia !== undefined) {
    const cond = '(EXISTS (SELECT 1 FROM message_attachments a WHERE a.message_id = m.id) OR m.media_omitted = 1)';
    where.push(input.hasMedia ? cond : `NOT ${cond}`);
  }
  if (input.q) {
    const ids = matchIds(ctx, 'message', input.q, 100_000);
    if (!ids.length) return { total: 0, rows: [] };
    where.push('m.id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(ids));
  }
  const w = where.length ? where.join(' AND ') : '1';
  const from = 'FROM messages m JOIN sources s ON s.id = m.source_id LEFT JOIN message_flags f ON f.message_id = m.id';
  const { total } = ctx.db.sqlite.prepare(`SELECT count(*) AS total ${from} WHERE ${w}`).get(...params) as { total: number };
  return { total, rows: queryMessages(ctx, w, [...params, input.limit, input.offset], `${CHAT_ORDER} LIMIT ? OFFSET ?`) };
}

export function markInfoOnly(ctx: Ctx, input: ParsedInput<'messages.markInfoOnly'>): Output<'messages.markInfoOnly'> {
  const { sqlite } = ctx.db;
  const now = utcIso(ctx.now());
  let count = 0;
  for (const id of new Set(input.ids)) {
    if (!sqlite.prepare('SELECT 1 FROM messages WHERE id = ?').get(id)) throw notFound({ hi: 'संदेश', en: 'message' }, id);
    const flag = sqlite.prepare('SELECT id, info_only FROM message_flags WHERE message_id = ?').get(id) as
      { id: number; info_only: number } | undefined;
    if (!flag) {
      auditedInsert(ctx, 'message_flags', () =>
        Number(
          sqlite
            .prepare('INSERT INTO message_flags (message_id, info_only, updated_at) VALUES (?, ?, ?)')
            .run(id, input.infoOnly ? 1 : 0, now).lastInsertRowid,
        ),
      );
      count++;
    } else if (!!flag.info_only !== input.infoOnly) {
      auditedUpdate(ctx, 'message_flags', flag.id, () => {
        sqlite.prepare('UPDATE message_flags SET info_only = ?, updated_at = ? WHERE id = ?').run(input.infoOnly ? 1 : 0, now, flag.id);
      });
      count++;
    }
  }
  return { count };
}

export function listAllEvidence(ctx: Ctx, input: ParsedInput<'evidence.list'>): Output<'evidence.list'> {
  const { total } = ctx.db.sqlite.prepare('SELECT count(*) AS total FROM evidence').get() as { total: number };
  return { total, rows: listEvidence(ctx, '1', [input.limit, input.offset], 'ORDER BY ev.id DESC LIMIT ? OFFSET ?') };
}

export function getEvidence(ctx: Ctx, input: ParsedInput<'evidence.get'>): Output<'evidence.get'> {
  const [ev] = listEvidence(ctx, 'ev.sha256 = ?', [input.sha256]);
  if (!ev) throw notFound({ hi: 'साक्ष्य', en: 'evidence' }, input.sha256);
  const sightings = ctx.db.sqlite
    .prepare(
      `SELECT s.name AS source, es.file_name AS fileName, es.sender, es.sent_at AS sentAt, es.seen_at AS seenAt, es.message_id AS messageId,
         es.import_id AS importId, o.name AS operator
       FROM evidence_sightings es JOIN evidence e ON e.id = es.evidence_id JOIN sources s ON s.id = es.source_id
       JOIN imports i ON i.id = es.import_id LEFT JOIN operators o ON o.id = i.operator_id
       WHERE e.sha256 = ? ORDER BY es.id`,
    )
    .all(input.sha256) as Output<'evidence.get'>['sightings'];
  const entryIds = (
    ctx.db.sqlite
      .prepare('SELECT ee.entry_id FROM entry_evidence ee JOIN evidence e ON e.id = ee.evidence_id WHERE e.sha256 = ? ORDER BY ee.entry_id')
      .all(input.sha256) as { entry_id: number }[]
  ).map((r) => r.entry_id);
  return { ...ev, sightings, entryIds };
}

/** Re-hashes stored files against the record: a missing or changed file is reported by its hash. */
export async function verifyEvidence(
  ctx: Pick<Ctx, 'db' | 'dataDir'>,
  sha256?: string,
): Promise<{ ok: boolean; checked: number; problems: VerifyProblem[] }> {
  const store = evidenceStore(ctx);
  const rows = (
    sha256
      ? ctx.db.sqlite.prepare('SELECT id, sha256 FROM evidence WHERE sha256 = ?').all(sha256)
      : ctx.db.sqlite.prepare('SELECT id, sha256 FROM evidence ORDER BY id').all()
  ) as { id: number; sha256: string }[];
  if (sha256 && !rows.length)
    throw new AppError('not_found', `साक्ष्य ${sha256} भंडार में नहीं / evidence ${sha256} is not in the store`, 'sha256');
  const problems: VerifyProblem[] = [];
  for (const r of rows) {
    const v = await store.verify(r.sha256);
    if (v.status === 'missing')
      problems.push({
        kind: 'evidence',
        entity: 'evidence',
        id: r.sha256,
        message: `साक्ष्य फ़ाइल गायब / evidence file missing: ${r.sha256}`,
      });
    if (v.status === 'changed')
      problems.push({
        kind: 'evidence',
        entity: 'evidence',
        id: r.sha256,
        message: `साक्ष्य फ़ाइल बदली गई / evidence file changed: ${r.sha256} now hashes to ${v.actual}`,
      });
  }
  return { ok: problems.length === 0, checked: rows.length, problems };
}
