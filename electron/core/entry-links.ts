import { desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Ctx } from './context';
import type { Output } from '../contract/index';
import { entryEvidence, entryMessages, evidence, evidenceSightings, messageAttachments, messages } from '../../db/schema/index';
import { auditedDelete, auditedInsert } from './audit';
import { AppError } from './errors';
import { utcIso } from '../shared/dates';
import { loadMessages } from './messages';
import { inJson, prepared } from './orm';
import type { Orm } from '../../db/client';

/**
 * Sets the messages linked to an entry to exactly `messageIds` (adding and removing link rows),
 * and links the evidence their attachments carry.
 */
export function linkEntryMessages(ctx: Ctx, entryId: number, messageIds: number[]): void {
  const { orm } = ctx.db;
  const wanted = new Set(messageIds);
  // Up to 10,000 messages (and their attachments): bound as one JSON list, not a parameter each.
  const found = orm
    .select({ id: messages.id })
    .from(messages)
    .where(inJson(messages.id, [...wanted]))
    .all();
  if (found.length !== wanted.size) {
    const have = new Set(found.map((r) => r.id));
    const missing = [...wanted].filter((i) => !have.has(i));
    throw new AppError('not_found', `संदेश ${missing.join(', ')} नहीं मिले / messages ${missing.join(', ')} not found`, 'messageIds');
  }
  const current = orm
    .select({ id: entryMessages.id, messageId: entryMessages.messageId })
    .from(entryMessages)
    .where(eq(entryMessages.entryId, entryId))
    .all();
  const have = new Set(current.map((r) => r.messageId));
  for (const link of current) if (!wanted.has(link.messageId)) auditedDelete(ctx, 'entry_messages', link.id);
  const now = utcIso(ctx.now());
  for (const mid of wanted) {
    if (have.has(mid)) continue;
    auditedInsert(
      ctx,
      'entry_messages',
      () => orm.insert(entryMessages).values({ entryId, messageId: mid, createdAt: now }).returning({ id: entryMessages.id }).get().id,
    );
  }
  const attached = orm
    .selectDistinct({ sha256: evidence.sha256 })
    .from(messageAttachments)
    .innerJoin(evidence, eq(evidence.id, messageAttachments.evidenceId))
    .where(inJson(messageAttachments.messageId, [...wanted]))
    .all();
  addEntryEvidence(
    ctx,
    entryId,
    attached.map((r) => r.sha256),
  );
}

/** Sets the evidence linked to an entry to exactly these hashes. */
export function linkEntryEvidence(ctx: Ctx, entryId: number, hashes: string[]): void {
  const ids = evidenceIds(ctx, hashes);
  const current = ctx.db.orm
    .select({ id: entryEvidence.id, evidenceId: entryEvidence.evidenceId })
    .from(entryEvidence)
    .where(eq(entryEvidence.entryId, entryId))
    .all();
  const wanted = new Set(ids);
  for (const link of current) if (!wanted.has(link.evidenceId)) auditedDelete(ctx, 'entry_evidence', link.id);
  addEvidenceIds(ctx, entryId, ids, new Set(current.map((c) => c.evidenceId)));
}

/** Adds evidence to an entry, keeping what is already linked. */
export function addEntryEvidence(ctx: Ctx, entryId: number, hashes: string[]): void {
  if (!hashes.length) return;
  const current = ctx.db.orm
    .select({ evidenceId: entryEvidence.evidenceId })
    .from(entryEvidence)
    .where(eq(entryEvidence.entryId, entryId))
    .all();
  addEvidenceIds(ctx, entryId, evidenceIds(ctx, hashes), new Set(current.map((c) => c.evidenceId)));
}

function addEvidenceIds(ctx: Ctx, entryId: number, ids: number[], have: Set<number>) {
  const now = utcIso(ctx.now());
  for (const eid of new Set(ids)) {
    if (have.has(eid)) continue;
    auditedInsert(
      ctx,
      'entry_evidence',
      () =>
        ctx.db.orm.insert(entryEvidence).values({ entryId, evidenceId: eid, createdAt: now }).returning({ id: entryEvidence.id }).get().id,
    );
  }
}

function evidenceIds(ctx: Ctx, hashes: string[]): number[] {
  const uniq = [...new Set(hashes)];
  const rows = ctx.db.orm.select({ id: evidence.id, sha256: evidence.sha256 }).from(evidence).where(inJson(evidence.sha256, uniq)).all();
  if (rows.length !== uniq.length) {
    const have = new Set(rows.map((r) => r.sha256));
    const missing = uniq.filter((h) => !have.has(h));
    throw new AppError(
      'not_found',
      `साक्ष्य ${missing.map((h) => h.slice(0, 12)).join(', ')} भंडार में नहीं / evidence ${missing.join(', ')} is not in the store`,
      'evidence',
    );
  }
  return rows.map((r) => r.id);
}

/** Stored files as the contract shows them, with every name they were seen under. */
function selectEvidence(orm: Orm) {
  // A built subquery, not `sql` text: in a one-table select drizzle strips the table from the columns written
  // directly in a selected `sql` fragment, and `evidence.id` would then mean the sighting's own id.
  const names = sql<string>`${orm
    .select({ names: sql`json_group_array(DISTINCT ${evidenceSightings.fileName})` })
    .from(evidenceSightings)
    .where(eq(evidenceSightings.evidenceId, evidence.id))}`;
  return orm
    .select({
      sha256: evidence.sha256,
      size: evidence.size,
      mime: evidence.mime,
      firstSeenAt: evidence.storedAt,
      names: names.mapWith((v: string) => JSON.parse(v) as string[]),
    })
    .from(evidence);
}

// Read each time an entry is opened: built once per connection (see `prepared`).
const messageIdsOfEntry = prepared((orm) =>
  orm
    .select({ messageId: entryMessages.messageId })
    .from(entryMessages)
    .where(eq(entryMessages.entryId, sql.placeholder('entryId')))
    .prepare(),
);
const evidenceOfEntry = prepared((orm) =>
  selectEvidence(orm)
    .where(
      inArray(
        evidence.id,
        orm
          .select({ id: entryEvidence.evidenceId })
          .from(entryEvidence)
          .where(eq(entryEvidence.entryId, sql.placeholder('entryId'))),
      ),
    )
    .orderBy(evidence.id)
    .prepare(),
);

export function entryLinks(
  ctx: Ctx,
  entryId: number,
): { messages: Output<'entries.get'>['messages']; evidence: Output<'entries.get'>['evidence'] } {
  const mids = messageIdsOfEntry(ctx.db.orm)
    .all({ entryId })
    .map((r) => r.messageId);
  return { messages: loadMessages(ctx, mids), evidence: evidenceOfEntry(ctx.db.orm).all({ entryId }) };
}

/** Stored files matching `where`, by id, oldest first unless `newestFirst`. */
export function listEvidence(
  ctx: Ctx,
  opts: { where?: SQL; newestFirst?: boolean; limit?: number; offset?: number } = {},
): Output<'entries.get'>['evidence'] {
  const q = selectEvidence(ctx.db.orm)
    .where(opts.where)
    .orderBy(opts.newestFirst ? desc(evidence.id) : evidence.id)
    .$dynamic();
  if (opts.limit !== undefined) q.limit(opts.limit).offset(opts.offset ?? 0);
  return q.all();
}
