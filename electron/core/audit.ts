import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Ctx } from './context';
import { utcIso } from '../shared/dates';

/** Tables whose every row is covered by the audit trail (derived tables such as the search index are not). */
export const AUDITED_TABLES = [
  'station',
  'operators',
  'sources',
  'contacts',
  'entries',
  'entry_actions',
  'firs',
  'fir_sections',
  'entry_firs',
  'persons',
  'fir_persons',
  'imports',
  'message_flags',
  'entry_messages',
  'entry_evidence',
] as const;
export type AuditedTable = (typeof AUDITED_TABLES)[number] | (string & {});

export const GENESIS_HASH = '0'.repeat(64);

type Row = Record<string, unknown>;

/** JSON with sorted keys, so the same row always serialises to the same text. */
export function canonicalJson(row: Row | null | undefined): string | null {
  if (row == null) return null;
  const sorted: Row = {};
  for (const k of Object.keys(row).sort()) sorted[k] = row[k];
  return JSON.stringify(sorted);
}

export function snapshot(sqlite: Database.Database, table: AuditedTable, id: number): string | null {
  assertTableName(table);
  const row = sqlite.prepare(`SELECT * FROM "${table}" WHERE id = ?`).get(id) as Row | undefined;
  return canonicalJson(row);
}

function assertTableName(table: string) {
  if (!/^[a-z_]+$/.test(table)) throw new Error(`bad table name ${table}`);
}

export interface AuditFields {
  id: number;
  at: string;
  operatorId: number | null;
  operatorName: string | null;
  channel: string;
  entity: string;
  entityId: number;
  before: string | null;
  after: string | null;
}

export function auditHash(prevHash: string, f: AuditFields): string {
  const body = JSON.stringify([f.id, f.at, f.operatorId, f.operatorName, f.channel, f.entity, f.entityId, f.before, f.after]);
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

export function headHash(sqlite: Database.Database): { id: number; hash: string } {
  const row = sqlite.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string } | undefined;
  return row ?? { id: 0, hash: GENESIS_HASH };
}

/**
 * Appends one audit row chained to the previous one. Must run inside the same transaction as the change.
 * Returns nothing when before and after are equal (no change, no row).
 */
export function writeAudit(ctx: Ctx, entity: AuditedTable, entityId: number, before: string | null, after: string | null): void {
  if (before === after) return;
  const { sqlite } = ctx.db;
  if (!sqlite.inTransaction) throw new Error('writeAudit outside a transaction');
  const head = headHash(sqlite);
  const fields: AuditFields = {
    id: head.id + 1,
    at: utcIso(ctx.now()),
    operatorId: ctx.operator?.id ?? null,
    operatorName: ctx.operator?.name ?? null,
    channel: String(ctx.channel),
    entity,
    entityId,
    before,
    after,
  };
  const hash = auditHash(head.hash, fields);
  sqlite
    .prepare(
      `INSERT INTO audit_log (id, at, operator_id, operator_name, channel, entity, entity_id, before, after, prev_hash, hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(fields.id, fields.at, fields.operatorId, fields.operatorName, fields.channel, entity, entityId, before, after, head.hash, hash);
}

/** Inserts through `insert` (which returns the new id) and audits the new row. */
export function auditedInsert(ctx: Ctx, table: AuditedTable, insert: () => number): number {
  const id = insert();
  writeAudit(ctx, table, id, null, snapshot(ctx.db.sqlite, table, id));
  return id;
}

/** Runs `update` on one row and audits its before and after state. */
export function auditedUpdate(ctx: Ctx, table: AuditedTable, id: number, update: () => void): void {
  const before = snapshot(ctx.db.sqlite, table, id);
  update();
  writeAudit(ctx, table, id, before, snapshot(ctx.db.sqlite, table, id));
}

/** Deletes one row (only link rows are ever deleted) and audits it. */
export function auditedDelete(ctx: Ctx, table: AuditedTable, id: number): void {
  assertTableName(table);
  const before = snapshot(ctx.db.sqlite, table, id);
  ctx.db.sqlite.prepare(`DELETE FROM "${table}" WHERE id = ?`).run(id);
  writeAudit(ctx, table, id, before, null);
}

/** Each column's declared default as SQLite reports it (text of the literal), null when none. */
function columnDefaults(sqlite: Database.Database, table: string): Map<string, string | null> {
  const cols = sqlite.prepare(`PRAGMA table_info("${table}")`).all() as { name: string; dflt_value: string | null }[];
  return new Map(cols.map((c) => [c.name, c.dflt_value]));
}

/**
 * A row equals its last audited state. A row audited before a migration added columns lacks them in its
 * snapshot: it still matches when every audited column is equal and every added column holds null or its
 * declared default (a value set behind the app's back is still reported).
 */
function matchesAudited(after: string, row: Row, defaults: Map<string, string | null>): boolean {
  if (after === canonicalJson(row)) return true;
  const audited = JSON.parse(after) as Row;
  for (const [k, v] of Object.entries(audited)) if (row[k] !== v) return false;
  for (const [k, v] of Object.entries(row)) {
    if (k in audited || v === null) continue;
    const d = defaults.get(k);
    if (d == null) return false;
    const literal = d.replace(/^'(.*)'$/, '$1');
    if (String(v) !== literal && !(literal === 'true' && v === 1) && !(literal === 'false' && v === 0)) return false;
  }
  return true;
}

export interface VerifyProblem {
  kind: 'chain' | 'row-changed' | 'row-missing' | 'row-unaudited' | 'integrity' | 'evidence' | 'seal' | string;
  entity?: string;
  id?: number | string;
  auditId?: number;
  message: string;
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  problems: VerifyProblem[];
  head: string;
}

/**
 * Recomputes the hash chain, then checks that every audited row still equals its last audited state,
 * so an edit made behind the app's back (raw SQL on a row or on the audit log) is reported.
 */
export function verifyAudit(sqlite: Database.Database, tables: readonly string[] = AUDITED_TABLES): VerifyResult {
  const problems: VerifyProblem[] = [];
  let checked = 0;
  let prev = GENESIS_HASH;
  let expectedId = 1;
  const lastAfter = new Map<string, Map<number, { after: string | null; auditId: number }>>();
  const iter = sqlite
    .prepare(
      'SELECT id, at, operator_id, operator_name, channel, entity, entity_id, before, after, prev_hash, hash FROM audit_log ORDER BY id',
    )
    .iterate() as IterableIterator<{
    id: number;
    at: string;
    operator_id: number | null;
    operator_name: string | null;
    channel: string;
    entity: string;
    entity_id: number;
    before: string | null;
    after: string | null;
    prev_hash: string;
    hash: string;
  }>;
  for (const r of iter) {
    checked++;
    if (r.id !== expectedId) {
      problems.push({
        kind: 'chain',
        auditId: r.id,
        message: `ऑडिट पंक्ति ${expectedId}–${r.id - 1} गायब / audit rows ${expectedId}-${r.id - 1} are missing before audit row ${r.id}`,
      });
    }
    expectedId = r.id + 1;
    const computed = auditHash(prev, {
      id: r.id,
      at: r.at,
      operatorId: r.operator_id,
      operatorName: r.operator_name,
      channel: r.channel,
      entity: r.entity,
      entityId: r.entity_id,
      before: r.before,
      after: r.after,
    });
    if (r.prev_hash !== prev || r.hash !== computed) {
      problems.push({
        kind: 'chain',
        auditId: r.id,
        entity: r.entity,
        id: r.entity_id,
        message: `ऑडिट पंक्ति ${r.id} बदली गई है / audit row ${r.id} (${r.entity} ${r.entity_id}) was altered: its hash does not match the chain`,
      });
    }
    // Continue from the stored hash so one bad row is reported once, not every row after it.
    prev = r.hash;
    let m = lastAfter.get(r.entity);
    if (!m) lastAfter.set(r.entity, (m = new Map()));
    m.set(r.entity_id, { after: r.after, auditId: r.id });
  }

  for (const table of tables) {
    assertTableName(table);
    const audited = lastAfter.get(table) ?? new Map();
    const defaults = columnDefaults(sqlite, table);
    const seen = new Set<number>();
    for (const row of sqlite.prepare(`SELECT * FROM "${table}" ORDER BY id`).iterate() as IterableIterator<Row>) {
      checked++;
      const id = row.id as number;
      seen.add(id);
      const a = audited.get(id);
      if (!a || a.after === null) {
        problems.push({
          kind: 'row-unaudited',
          entity: table,
          id,
          message: `${table} ${id}: ऐप के बाहर जोड़ी गई पंक्ति / row added outside the app (no audit record)`,
        });
      } else if (!matchesAudited(a.after, row, defaults)) {
        problems.push({
          kind: 'row-changed',
          entity: table,
          id,
          auditId: a.auditId,
          message: `${table} ${id}: ऐप के बाहर बदली गई / row changed outside the app since audit row ${a.auditId}`,
        });
      }
    }
    for (const [id, a] of audited) {
      if (a.after !== null && !seen.has(id)) {
        problems.push({
          kind: 'row-missing',
          entity: table,
          id,
          auditId: a.auditId,
          message: `${table} ${id}: ऐप के बाहर हटाई गई / row deleted outside the app (last audited in row ${a.auditId})`,
        });
      }
    }
  }
  return { ok: problems.length === 0, checked, problems, head: prev };
}
