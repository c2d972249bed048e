import type { Ctx } from './context';
import type { Output } from '../contract/index';
import { auditedDelete, auditedInsert } from './audit';
import { AppError } from './errors';
import { utcIso } from '../shared/dates';
import { loadMessages } from './messages';

/**
 * Sets the messages linked to an entry to exactly `messageIds` (adding and removing link rows),
 * and links the evidence their attachments carry.
 */
export function linkEntryMessages(ctx: Ctx, entryId: number, messageIds: number[]): void {
  const { sqlite } = ctx.db;
  const wanted = new Set(messageIds);
  const found = sqlite.prepare(`SELECT id FROM messages WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify([...wanted])) as {
    id: number;
  }[];
  if (found.length !== wanted.size) {
    const have = new Set(found.map((r) => r.id));
    const missing = [...wanted].filter((i) => !have.has(i));
    throw new AppError('not_found', `संदेश ${missing.join(', ')} नहीं मिले / messages ${missing.join(', ')} not found`, 'messageIds');
  }
  const current = sqlite.prepare('SELECT id, message_id FROM entry_messages WHERE entry_id = ?').all(entryId) as {
    id: number;
    message_id: number;
  }[];
  const have = new Set(current.map((r) => r.message_id));
  for (const link of current) if (!wanted.has(link.message_id)) auditedDelete(ctx, 'entry_messages', link.id);
  const now = utcIso(ctx.now());
  for (const mid of wanted) {
    if (have.has(mid)) continue;
    auditedInsert(ctx, 'entry_messages', () =>
      Number(
        sqlite.prepare('INSERT INTO entry_messages (entry_id, message_id, created_at) VALUES (?, ?, ?)').run(entryId, mid, now)
          .lastInsertRowid,
      ),
    );
  }
  const attached = sqlite
    .prepare(
      `SELECT DISTINCT ev.sha256 FROM message_attachments a JOIN evidence ev ON ev.id = a.evidence_id
       WHERE a.message_id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify([...wanted])) as { sha256: string }[];
  addEntryEvidence(
    ctx,
    entryId,
    attached.map((r) => r.sha256),
  );
}

/** Sets the evidence linked to an entry to exactly these hashes. */
export function linkEntryEvidence(ctx: Ctx, entryId: number, hashes: string[]): void {
  const ids = evidenceIds(ctx, hashes);
  const { sqlite } = ctx.db;
  const current = sqlite.prepare('SELECT id, evidence_id FROM entry_evidence WHERE entry_id = ?').all(entryId) as {
    id: number;
    evidence_id: number;
  }[];
  const wanted = new Set(ids);
  for (const link of current) if (!wanted.has(link.evidence_id)) auditedDelete(ctx, 'entry_evidence', link.id);
  addEvidenceIds(ctx, entryId, ids, new Set(current.map((c) => c.evidence_id)));
}

/** Adds evidence to an entry, keeping what is already linked. */
export function addEntryEvidence(ctx: Ctx, entryId: number, hashes: string[]): void {
  if (!hashes.length) return;
  const current = ctx.db.sqlite.prepare('SELECT evidence_id FROM entry_evidence WHERE entry_id = ?').all(entryId) as {
    evidence_id: number;
  }[];
  addEvidenceIds(ctx, entryId, evidenceIds(ctx, hashes), new Set(current.map((c) => c.evidence_id)));
}

function addEvidenceIds(ctx: Ctx, entryId: number, ids: number[], have: Set<number>) {
  const now = utcIso(ctx.now());
  for (const eid of new Set(ids)) {
    if (have.has(eid)) continue;
    auditedInsert(ctx, 'entry_evidence', () =>
      Number(
        ctx.db.sqlite.prepare('INSERT INTO entry_evidence (entry_id, evidence_id, created_at) VALUES (?, ?, ?)').run(entryId, eid, now)
          .lastInsertRowid,
      ),
    );
  }
}

function evidenceIds(ctx: Ctx, hashes: string[]): number[] {
  const uniq = [...new Set(hashes)];
  const rows = ctx.db.sqlite
    .prepare(`SELECT id, sha256 FROM evidence WHERE sha256 IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(uniq)) as { id: number; sha256: string }[];
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

export function entryLinks(
  ctx: Ctx,
  entryId: number,
): { messages: Output<'entries.get'>['messages']; evidence: Output<'entries.get'>['evidence'] } {
  const { sqlite } = ctx.db;
  const mids = (sqlite.prepare('SELECT message_id FROM entry_messages WHERE entry_id = ?').all(entryId) as { message_id: number }[]).map(
    (r) => r.message_id,
  );
  const evidence = listEvidence(ctx, 'ev.id IN (SELECT evidence_id FROM entry_evidence WHERE entry_id = ?)', [entryId]);
  return { messages: loadMessages(ctx, mids), evidence };
}

export function listEvidence(ctx: Ctx, where: string, params: unknown[], tail = 'ORDER BY ev.id'): Output<'entries.get'>['evidence'] {
  const rows = ctx.db.sqlite
    .prepare(
      `SELECT ev.sha256, ev.size, ev.mime, ev.stored_at AS firstSeenAt,
         (SELECT json_group_array(DISTINCT file_name) FROM evidence_sightings s WHERE s.evidence_id = ev.id) AS names
       FROM evidence ev WHERE ${where} ${tail}`,
    )
    .all(...params) as { sha256: string; size: number; mime: string; firstSeenAt: string; names: string }[];
  return rows.map((r) => ({ ...r, names: JSON.parse(r.names) as string[] }));
}
