/** The evidence.* channels: the stored media, where each file was seen, and re-hashing it against the record. */
import { asc, count, eq } from 'drizzle-orm';
import type { Ctx } from '../context';
import type { Db } from '../../../db/client';
import type { Output, ParsedInput } from '../../contract/index';
import { entryEvidence, evidence, evidenceSightings, imports, operators, sources } from '../../../db/schema/index';
import { AppError, notFound } from '../errors';
import { listEvidence } from '../entry-links';
import type { VerifyProblem } from '../audit';
import { evidenceStore } from '../ingest/import';
import type { AreaHandlers } from '../context';

export function listAllEvidence(ctx: Ctx, input: ParsedInput<'evidence.list'>): Output<'evidence.list'> {
  const total = ctx.db.orm.select({ total: count() }).from(evidence).get()!.total;
  return { total, rows: listEvidence(ctx, { newestFirst: true, limit: input.limit, offset: input.offset }) };
}

export function getEvidence(ctx: Ctx, input: ParsedInput<'evidence.get'>): Output<'evidence.get'> {
  const [ev] = listEvidence(ctx, { where: eq(evidence.sha256, input.sha256) });
  if (!ev) throw notFound({ hi: 'साक्ष्य', en: 'evidence' }, input.sha256);
  const { orm } = ctx.db;
  const sightings = orm
    .select({
      source: sources.name,
      fileName: evidenceSightings.fileName,
      sender: evidenceSightings.sender,
      sentAt: evidenceSightings.sentAt,
      seenAt: evidenceSightings.seenAt,
      messageId: evidenceSightings.messageId,
      importId: evidenceSightings.importId,
      operator: operators.name,
    })
    .from(evidenceSightings)
    .innerJoin(evidence, eq(evidence.id, evidenceSightings.evidenceId))
    .innerJoin(sources, eq(sources.id, evidenceSightings.sourceId))
    .innerJoin(imports, eq(imports.id, evidenceSightings.importId))
    .leftJoin(operators, eq(operators.id, imports.operatorId))
    .where(eq(evidence.sha256, input.sha256))
    .orderBy(asc(evidenceSightings.id))
    .all();
  const entryIds = orm
    .select({ entryId: entryEvidence.entryId })
    .from(entryEvidence)
    .innerJoin(evidence, eq(evidence.id, entryEvidence.evidenceId))
    .where(eq(evidence.sha256, input.sha256))
    .orderBy(asc(entryEvidence.entryId))
    .all()
    .map((r) => r.entryId);
  return { ...ev, sightings, entryIds };
}

/**
 * What the media route needs to stream a stored file (its type and length), undefined when the register has no
 * such file. For the shells (electron/main/main.ts, electron/web/server.ts), which today run this query as raw
 * SQL of their own.
 */
export function storedFile(db: Db, sha256: string): { mime: string; size: number } | undefined {
  return db.orm.select({ mime: evidence.mime, size: evidence.size }).from(evidence).where(eq(evidence.sha256, sha256)).get();
}

/** Re-hashes stored files against the record: a missing or changed file is reported by its hash. */
export async function verifyEvidence(
  ctx: Pick<Ctx, 'db' | 'dataDir'>,
  sha256?: string,
): Promise<{ ok: boolean; checked: number; problems: VerifyProblem[] }> {
  const store = evidenceStore(ctx);
  const rows = ctx.db.orm
    .select({ id: evidence.id, sha256: evidence.sha256 })
    .from(evidence)
    .where(sha256 ? eq(evidence.sha256, sha256) : undefined)
    .orderBy(asc(evidence.id))
    .all();
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
