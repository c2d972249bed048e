/** The evidence.* channels: the stored media, where each file was seen, and re-hashing it against the record. */
import type { Ctx } from '../context';
import type { Output, ParsedInput } from '../../contract/index';
import { AppError, notFound } from '../errors';
import { listEvidence } from '../entry-links';
import type { VerifyProblem } from '../audit';
import { evidenceStore } from '../ingest/import';
import type { AreaHandlers } from '../context';

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

export const evidenceHandlers: AreaHandlers<'evidence'> = {
  'evidence.list': listAllEvidence,
  'evidence.get': getEvidence,
  'evidence.verify': (ctx, input) => verifyEvidence(ctx, input.sha256),
};
