/**
 * The register's seal: the audit chain's head hash when a document or CSV was made. Every change the app
 * makes appends an audit row whose hash covers the previous one, so an office holding a signed copy can ask
 * later: is this hash still a point of the chain (nothing was rewritten), and how much changed since?
 */
import type Database from 'better-sqlite3';
import { and, asc, count, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import { auditLog, entries, entryActions, entryFirs } from '../../../db/schema/index';
import { GENESIS_HASH, headHash, verifyAudit } from '../audit';
import { anchorReport, checkAnchor, readHeadFile, type Anchor } from '../anchors';
import { listBackups, readManifest } from '../backup/folder';
import { ormOf } from '../orm';

export interface Seal {
  hash: string;
  /** The audit row it is the hash of (0 for an empty register). */
  auditId: number;
}

export function currentSeal(sqlite: Database.Database): Seal {
  const h = headHash(sqlite);
  return { hash: h.hash, auditId: h.id };
}

/** The seal as printed: eight groups of eight hex digits, easy to read aloud and to type back. */
export function formatSeal(hash: string): string {
  return hash.match(/.{1,8}/g)?.join(' ') ?? hash;
}

/** What was typed or scanned -> lower-case hex (spaces, dashes and line breaks dropped). */
export function normaliseSeal(s: string): string {
  return s.toLowerCase().replace(/[\s\-:_.…]+/g, '');
}

export interface SealCheck {
  seal: string;
  /** The seal is the hash of an audit row of the current chain (or the empty chain's genesis). */
  found: boolean;
  ambiguous: boolean;
  auditId: number | null;
  /** UTC time of that audit row: when the sealed state was reached. */
  sealedAt: string | null;
  /** Audit rows (changes) written after the sealed state. */
  changesSince: number;
  changedByEntity: { entity: string; count: number }[];
  /** Register entries touched since the seal ("5/2025", or "5/2025 थाना X" for an imported station's row). */
  entriesChanged: string[];
  head: string;
  headAuditId: number;
  /** The chain and every audited row verified sound now. */
  chainOk: boolean;
  chainProblems: string[];
  message: string;
}

const MIN_PREFIX = 16;

/**
 * Checks a seal against the current chain. A full 64-digit hash or an unambiguous prefix of at least 16
 * digits is accepted. A seal that matches no row means the records were altered after sealing (the chain
 * was rewritten) or the seal was copied wrongly.
 */
export interface SealOptions {
  /** The data folder: its head file and the newest backup are compared with the chain too. */
  dataDir?: string;
  /** The audit row printed beside the seal ("ऑडिट पंक्ति N"), when the reader gives it. */
  auditId?: number;
}

/**
 * The audit row a full seal hash was the head at, from what the reader gave or from an anchor that recorded
 * the same hash (the head file, a backup's manifest).
 */
function sealRow(seal: string, options: SealOptions): number | null {
  if (options.auditId !== undefined) return options.auditId;
  if (!options.dataDir || seal.length !== 64) return null;
  const h = readHeadFile(options.dataDir).head;
  if (h?.hash === seal) return h.auditId;
  const roots = [h?.backupDir].filter((d): d is string => !!d);
  for (const root of roots)
    for (const dir of listBackups(root)) {
      const m = readManifest(dir);
      if (m?.auditHead === seal && typeof m.auditHeadId === 'number') return m.auditHeadId;
    }
  return null;
}

export function checkSeal(sqlite: Database.Database, input: string, options: SealOptions = {}): SealCheck {
  const seal = normaliseSeal(input);
  const head = headHash(sqlite);
  const audit = verifyAudit(sqlite);
  // The seal is an anchor too: with its row known, a chain cut short before it is counted.
  // (A seal that is still a point of the chain needs no row: it is where it is.)
  const full = /^[0-9a-f]{64}$/.test(seal);
  const inChain = full && (seal === GENESIS_HASH || !!sqlite.prepare('SELECT 1 FROM audit_log WHERE hash = ?').get(seal));
  const row = full && !inChain ? sealRow(seal, options) : null;
  const sealAnchor: Anchor[] =
    row === null ? [] : [{ source: 'seal', label: { hi: 'मुहर', en: 'the seal' }, auditId: row, hash: seal, at: null, madeAt: null }];
  const anchored = options.dataDir ? anchorReport(sqlite, options.dataDir, sealAnchor) : { problems: [], warnings: [], anchors: [] };
  const sealProblem = !options.dataDir && sealAnchor.length ? checkAnchor(sqlite, sealAnchor[0]) : null;
  const problems = [...anchored.problems, ...(sealProblem ? [sealProblem] : []), ...audit.problems];
  const chainProblems = problems.map((p) => p.message);
  const base = { seal, head: head.hash, headAuditId: head.id, chainOk: problems.length === 0, chainProblems };
  const none = { found: false, ambiguous: false, auditId: null, sealedAt: null, changesSince: 0, changedByEntity: [], entriesChanged: [] };

  if (!/^[0-9a-f]+$/.test(seal) || seal.length < MIN_PREFIX || seal.length > 64) {
    return {
      ...base,
      ...none,
      message: `मुहर में ${MIN_PREFIX}–64 हेक्स अंक होने चाहिए / a seal is ${MIN_PREFIX} to 64 hex digits (0-9, a-f)`,
    };
  }

  const orm = ormOf(sqlite);
  let match: { id: number; at: string; hash: string } | undefined;
  if (GENESIS_HASH.startsWith(seal)) match = { id: 0, at: '', hash: GENESIS_HASH };
  else {
    const rows = orm
      .select({ id: auditLog.id, at: auditLog.at, hash: auditLog.hash })
      .from(auditLog)
      .where(seal.length === 64 ? eq(auditLog.hash, seal) : sql`substr(${auditLog.hash}, 1, ${seal.length}) = ${seal}`)
      .limit(2)
      .all();
    if (rows.length > 1) {
      return {
        ...base,
        ...none,
        ambiguous: true,
        message: 'मुहर के अंक एक से अधिक पंक्तियों से मेल खाते हैं; पूरी मुहर दें / the seal prefix matches more than one row; give the whole seal',
      };
    }
    match = rows[0];
  }

  if (!match) {
    const cut = problems.find((p) => p.kind === 'anchor-missing' && p.auditId === row);
    if (cut) return { ...base, ...none, message: cut.message };
    return {
      ...base,
      ...none,
      message:
        'यह मुहर वर्तमान ऑडिट श्रृंखला में नहीं है: मुहर के बाद अभिलेख बदले गए (श्रृंखला दोबारा लिखी गई) या मुहर गलत है / ' +
        'this seal is not a point of the current audit chain: the records were altered after sealing (the chain was rewritten) or the seal is wrong',
    };
  }

  const after = gt(auditLog.id, match.id);
  const since = orm.select({ n: count() }).from(auditLog).where(after).get()!.n;
  const changedByEntity = orm
    .select({ entity: auditLog.entity, count: count() })
    .from(auditLog)
    .where(after)
    .groupBy(auditLog.entity)
    .orderBy(desc(count()), asc(auditLog.entity))
    .all();
  // Entries whose own row, an action or an FIR link was written after the seal.
  const auditedSince = (entity: string) =>
    orm
      .select({ id: auditLog.entityId })
      .from(auditLog)
      .where(and(after, eq(auditLog.entity, entity)));
  const touched = auditedSince('entries')
    .union(
      orm
        .select({ id: entryActions.entryId })
        .from(entryActions)
        .where(inArray(entryActions.id, auditedSince('entry_actions'))),
    )
    .union(
      orm
        .select({ id: entryFirs.entryId })
        .from(entryFirs)
        .where(inArray(entryFirs.id, auditedSince('entry_firs'))),
    );
  const entriesChanged = orm
    .selectDistinct({ year: entries.year, serial: entries.serial, station: entries.originStation })
    .from(entries)
    .where(inArray(entries.id, touched))
    .orderBy(asc(entries.year), asc(entries.serial))
    .limit(200)
    .all()
    .map((r) => `${r.serial}/${r.year}${r.station ? ` थाना ${r.station}` : ''}`);

  const state =
    since === 0
      ? 'मुहर के बाद कोई बदलाव नहीं / no change since the seal'
      : `मुहर के बाद ${since} बदलाव दर्ज हुए (ऐप द्वारा, ऑडिट में) / ${since} change(s) recorded since the seal (made through the app, in the audit trail)`;
  const chain = base.chainOk ? '' : ` — किंतु श्रृंखला में ${problems.length} समस्या / but the chain has ${problems.length} problem(s)`;
  return {
    ...base,
    found: true,
    ambiguous: false,
    auditId: match.id,
    sealedAt: match.at || null,
    changesSince: since,
    changedByEntity,
    entriesChanged,
    message: `मुहर वर्तमान श्रृंखला की ऑडिट पंक्ति ${match.id} है / the seal is audit row ${match.id} of the current chain; ${state}${chain}`,
  };
}
