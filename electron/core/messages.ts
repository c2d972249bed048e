import type { Ctx } from './context';
import type { Output, ParsedInput } from '../contract/index';
import { auditedInsert, auditedUpdate } from './audit';
import { notFound } from './errors';
import { utcIso } from '../shared/dates';
import { matchIds } from './text/search-index';
import type { AreaHandlers } from './context';

type MessageRow = {
  id: number;
  source: string;
  kind: 'user' | 'system';
  sender: string | null;
  sender_phone: string | null;
  sent_at: string | null;
  text: string;
  deleted: number;
  edited: number;
  media_omitted: number;
  info_only: number | null;
  attachments: string;
  entry_ids: string;
};

const SELECT_MESSAGES = `
  SELECT m.id, s.name AS source, m.kind, m.sender, m.sender_phone, m.sent_at, m.text, m.deleted, m.edited, m.media_omitted,
    f.info_only,
    (SELECT json_group_array(json_object('name', a.name, 'sha256', ev.sha256, 'size', ev.size, 'mime', ev.mime))
       FROM (SELECT * FROM message_attachments WHERE message_id = m.id ORDER BY position) a
       LEFT JOIN evidence ev ON ev.id = coalesce(a.evidence_id,
         (SELECT evidence_id FROM evidence_sightings es WHERE es.message_id = a.message_id AND es.file_name = a.name LIMIT 1))) AS attachments,
    (SELECT json_group_array(em.entry_id) FROM entry_messages em WHERE em.message_id = m.id) AS entry_ids
  FROM messages m JOIN sources s ON s.id = m.source_id LEFT JOIN message_flags f ON f.message_id = m.id`;

/** Chat order: by the time written on the phone, then by position in the export it came from. */
export const CHAT_ORDER = 'ORDER BY m.source_id, m.sent_at IS NULL, m.sent_at, m.import_id, m.seq';

export function toMessage(r: MessageRow): Output<'entries.get'>['messages'][number] {
  return {
    id: r.id,
    source: r.source,
    kind: r.kind,
    sender: r.sender,
    senderPhone: r.sender_phone,
    sentAt: r.sent_at,
    text: r.text,
    deleted: !!r.deleted,
    edited: !!r.edited,
    mediaOmitted: !!r.media_omitted,
    infoOnly: !!r.info_only,
    attachments: JSON.parse(r.attachments),
    entryIds: JSON.parse(r.entry_ids),
  };
}

export function loadMessages(ctx: Ctx, ids: number[]): Output<'entries.get'>['messages'] {
  if (!ids.length) return [];
  return (
    ctx.db.sqlite
      .prepare(`${SELECT_MESSAGES} WHERE m.id IN (SELECT value FROM json_each(?)) ${CHAT_ORDER}`)
      .all(JSON.stringify(ids)) as MessageRow[]
  ).map(toMessage);
}

export function queryMessages(ctx: Ctx, where: string, params: unknown[], tail = CHAT_ORDER): Output<'entries.get'>['messages'] {
  return (ctx.db.sqlite.prepare(`${SELECT_MESSAGES} WHERE ${where} ${tail}`).all(...params) as MessageRow[]).map(toMessage);
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

export const messagesHandlers: AreaHandlers<'messages'> = {
  'messages.list': listMessages,
  'messages.markInfoOnly': markInfoOnly,
};
