/**
 * One register row as the documents and the CSV see it: the entry, its latest action, its FIRs written the
 * UP way, its accused counts and, for imported rows, what the import brought. One SQL statement yields a
 * whole row, so the CSV export can stream it with `.iterate()` (no other statement may run meanwhile).
 */
import type Database from 'better-sqlite3';
import { and, eq, isNull, type SQL } from 'drizzle-orm';
import { entries, station } from '../../../db/schema/index';
import { AppError } from '../errors';
import { ormOf } from '../orm';
import { formatSections } from '../../shared/law/sections';
import { dateTimeHi } from '../../shared/dates';
import { ARRESTED_STATUSES, WANTED_STATUSES, type EntryMode, type EntryStatus } from '../../shared/labels';

/** Which rows of the data folder: this register's own, one imported station's, or all of them. */
export type Scope = { kind: 'own' } | { kind: 'station'; station: string; district?: string | null } | { kind: 'all' };

/** What a CSV import stored on an entry (the `imported` column). */
export interface ImportedMarker {
  /** File name, its SHA-256, the exporting register's seal and the row number in the file. */
  file: string;
  sha256: string;
  seal: string | null;
  row: number;
  /** UTC time of the import. */
  at: string;
  /** The FIR column as the row wrote it (no FIR record is made from it). */
  fir: string | null;
  accusedArrested: number | null;
  accusedWanted: number | null;
}

export interface RegisterRow {
  id: number;
  year: number;
  serial: number;
  receivedAt: string;
  mode: EntryMode;
  source: string | null;
  informant: { name: string; relative: string | null; address: string | null; phone: string | null };
  opponent: string | null;
  place: string | null;
  beat: string | null;
  category: string | null;
  summary: string;
  markedTo: string | null;
  status: EntryStatus;
  dueAt: string;
  disposedAt: string | null;
  disposalNote: string | null;
  remarks: string | null;
  cancelReason: string | null;
  cancelledAt: string | null;
  /** The station and district the row belongs to (this station's for own rows). */
  station: string;
  district: string;
  own: boolean;
  lastAction: RowAction | null;
  /** Every action, in the order it happened (read only for the printed register: `rowSql(..., { actions: true })`). */
  actions: RowAction[];
  /** Each linked FIR as "मु0अ0सं0 701/2025 धारा 115(2), 352 बीएनएस" (another station's FIR names its thana). */
  firs: string[];
  /** The FIR column: linked FIRs joined by "; ", else what an import brought. */
  firText: string;
  accusedArrested: number;
  accusedWanted: number;
  /** Names of victims and complainants on linked FIRs (masked in a masked export). */
  protectedNames: string[];
  /** Local time the entry became an FIR (earliest linked FIR, else the action that set the status). */
  firAt: string | null;
  imported: ImportedMarker | null;
}

export interface RowAction {
  at: string;
  text: string;
  status: EntryStatus | null;
  /** The General Diary report it was written in. */
  gdNumber: string | null;
  gdAt: string | null;
}

/** One result row of `rowSql`, as SQLite returns it. */
export type RawRow = {
  id: number;
  year: number;
  serial: number;
  received_at: string;
  mode: EntryMode;
  source: string | null;
  informant_name: string;
  informant_relative: string | null;
  informant_address: string | null;
  informant_phone: string | null;
  opponent: string | null;
  place: string | null;
  beat: string | null;
  category: string | null;
  summary: string;
  marked_to: string | null;
  status: EntryStatus;
  due_at: string;
  disposed_at: string | null;
  disposal_note: string | null;
  remarks: string | null;
  cancel_reason: string | null;
  cancelled_at: string | null;
  origin_district: string | null;
  origin_station: string | null;
  imported: string | null;
  last_action: string | null;
  actions?: string;
  firs: string;
  accused_arrested: number;
  accused_wanted: number;
  protected_names: string;
  fir_at: string | null;
};

const inList = (xs: readonly string[]) => `(${xs.map((x) => `'${x}'`).join(', ')})`;

/**
 * The row statement; `where` and `order` are trusted SQL written in this module's callers.
 *
 * RawRow SQL on purpose: the CSV export streams it with better-sqlite3's `.iterate()`, which drizzle's
 * better-sqlite3 driver does not offer (it reads every row into memory first), and the CSV import prepares it
 * once for the whole file. Its columns are JSON aggregates of correlated subqueries that would be `sql`
 * fragments under drizzle anyway. Rows are typed by `RawRow` and read only through `toRow`.
 */
export function rowSql(where: string, order = 'ORDER BY e.received_at, e.year, e.serial, e.id', o: { actions?: boolean } = {}): string {
  // Most entries never become an FIR: the FIR columns are worked out only for those that did.
  const ifFir = (expr: string, none: string) =>
    `CASE WHEN EXISTS (SELECT 1 FROM entry_firs x WHERE x.entry_id = e.id) THEN ${expr} ELSE ${none} END`;
  return `
SELECT e.id, e.year, e.serial, e.received_at, e.mode, s.name AS source, e.informant_name, e.informant_relative, e.informant_address,
  e.informant_phone, e.opponent, e.place, e.beat, e.category, e.summary, e.marked_to, e.status, e.due_at, e.disposed_at,
  e.disposal_note, e.remarks, e.cancel_reason, e.cancelled_at, e.origin_district, e.origin_station, e.imported,
  (SELECT json_object('at', a.at, 'text', a.text, 'status', a.status, 'gdNumber', a.gd_number, 'gdAt', a.gd_at)
    FROM entry_actions a WHERE a.entry_id = e.id ORDER BY a.at DESC, a.id DESC LIMIT 1) AS last_action,
  ${
    o.actions
      ? `(SELECT json_group_array(json_object('at', a.at, 'text', a.text, 'status', a.status, 'gdNumber', a.gd_number, 'gdAt', a.gd_at))
    FROM (SELECT * FROM entry_actions WHERE entry_id = e.id ORDER BY at, id) a) AS actions,`
      : ''
  }
  ${ifFir(
    `(SELECT json_group_array(json_object('district', f.district, 'station', f.station, 'year', f.year, 'number', f.number,
      'gdNumber', f.gd_number, 'gdAt', f.gd_at, 'registeredAt', f.registered_at,
      'sections', (SELECT json_group_array(json_array(fs.position, fs.act, fs.section)) FROM fir_sections fs WHERE fs.fir_id = f.id)))
    FROM entry_firs ef JOIN firs f ON f.id = ef.fir_id WHERE ef.entry_id = e.id)`,
    "'[]'",
  )} AS firs,
  ${ifFir(
    `(SELECT count(DISTINCT fp.person_id) FROM entry_firs ef JOIN fir_persons fp ON fp.fir_id = ef.fir_id
    WHERE ef.entry_id = e.id AND fp.role = 'accused' AND fp.status IN ${inList(ARRESTED_STATUSES)})`,
    '0',
  )} AS accused_arrested,
  ${ifFir(
    `(SELECT count(DISTINCT fp.person_id) FROM entry_firs ef JOIN fir_persons fp ON fp.fir_id = ef.fir_id
    WHERE ef.entry_id = e.id AND fp.role = 'accused' AND fp.status IN ${inList(WANTED_STATUSES)})`,
    '0',
  )} AS accused_wanted,
  ${ifFir(
    `(SELECT json_group_array(json_array(p.name, p.relative_name, p.phone)) FROM entry_firs ef JOIN fir_persons fp ON fp.fir_id = ef.fir_id
    JOIN persons p ON p.id = fp.person_id WHERE ef.entry_id = e.id AND fp.role IN ('victim', 'complainant'))`,
    "'[]'",
  )} AS protected_names,
  coalesce(
    ${ifFir('(SELECT min(f.registered_at) FROM entry_firs ef JOIN firs f ON f.id = ef.fir_id WHERE ef.entry_id = e.id)', 'NULL')},
    (SELECT min(a.at) FROM entry_actions a WHERE a.entry_id = e.id AND a.status = 'fir-registered')) AS fir_at
FROM entries e LEFT JOIN sources s ON s.id = e.source_id
WHERE ${where}
${order}`;
}

export interface Home {
  station: string;
  district: string;
}

/** This register's station, read through any connection to the data folder. */
export function home(sqlite: Database.Database): Home {
  const st = ormOf(sqlite).select({ name: station.name, district: station.district }).from(station).where(eq(station.id, 1)).get();
  if (!st) throw new AppError('rule', 'थाना अभी पंजीकृत नहीं है: पहले init चलाएँ / the station is not set up yet: run init first');
  return { station: st.name, district: st.district };
}

/** SQL condition and parameters for a scope, on `entries e`, for the raw row statements. Keep in step with `scopeFilter`. */
export function scopeWhere(scope: Scope): { sql: string; params: unknown[] } {
  if (scope.kind === 'own') return { sql: 'e.origin_station IS NULL', params: [] };
  if (scope.kind === 'all') return { sql: '1', params: [] };
  if (scope.district) return { sql: 'e.origin_station = ? AND e.origin_district = ?', params: [scope.station, scope.district] };
  return { sql: 'e.origin_station = ?', params: [scope.station] };
}

/** The same condition for the query builder (undefined: every row). */
export function scopeFilter(scope: Scope): SQL | undefined {
  if (scope.kind === 'own') return isNull(entries.originStation);
  if (scope.kind === 'all') return undefined;
  if (scope.district) return and(eq(entries.originStation, scope.station), eq(entries.originDistrict, scope.district));
  return eq(entries.originStation, scope.station);
}

/** A station name from the user: this station's own name means the own register. */
export function resolveScope(h: Home, station: string | null | undefined, all = false): Scope {
  if (all || station === '*') return { kind: 'all' };
  if (!station || station.trim() === h.station) return { kind: 'own' };
  return { kind: 'station', station: station.trim() };
}

/**
 * "रपट संख्या 23 समय 10:40": the General Diary report, its time alone when it is the day of what it records
 * (`onDay`), else with its date; nothing when there is none.
 */
export function gdText(gdNumber: string | null | undefined, gdAt: string | null | undefined, onDay?: string): string {
  const when = gdAt ? (onDay && gdAt.slice(0, 10) === onDay.slice(0, 10) ? gdAt.slice(11, 16) : dateTimeHi(gdAt)) : '';
  return [gdNumber && `रपट संख्या ${gdNumber}`, when && `समय ${when}`].filter(Boolean).join(' ');
}

function firLine(
  f: {
    district: string;
    station: string;
    year: number;
    number: number;
    gdNumber?: string | null;
    gdAt?: string | null;
    registeredAt?: string;
    sections: [number, string, string][];
  },
  h: Home,
): string {
  const secs = [...f.sections].sort((a, b) => a[0] - b[0]).map(([, act, section]) => ({ act, section }));
  const formatted = formatSections(secs, 'hi');
  let s = `मु0अ0सं0 ${f.number}/${f.year}${formatted ? ` धारा ${formatted}` : ''}`;
  if (f.station !== h.station || f.district !== h.district) s += `, थाना ${f.station}, जनपद ${f.district}`;
  const gd = gdText(f.gdNumber, f.gdAt, f.registeredAt);
  if (gd) s += ` (${gd})`;
  return s;
}

export function toRow(r: RawRow, h: Home): RegisterRow {
  const firs = (JSON.parse(r.firs) as Parameters<typeof firLine>[0][])
    .sort((a, b) => a.year - b.year || a.number - b.number)
    .map((f) => firLine(f, h));
  const imported = r.imported ? (JSON.parse(r.imported) as ImportedMarker) : null;
  const own = r.origin_station == null;
  const people = JSON.parse(r.protected_names) as [string, string | null, string | null][];
  return {
    id: r.id,
    year: r.year,
    serial: r.serial,
    receivedAt: r.received_at,
    mode: r.mode,
    source: r.source,
    informant: { name: r.informant_name, relative: r.informant_relative, address: r.informant_address, phone: r.informant_phone },
    opponent: r.opponent,
    place: r.place,
    beat: r.beat,
    category: r.category,
    summary: r.summary,
    markedTo: r.marked_to,
    status: r.status,
    dueAt: r.due_at,
    disposedAt: r.disposed_at,
    disposalNote: r.disposal_note,
    remarks: r.remarks,
    cancelReason: r.cancel_reason,
    cancelledAt: r.cancelled_at,
    station: own ? h.station : (r.origin_station as string),
    district: own ? h.district : (r.origin_district ?? ''),
    own,
    lastAction: r.last_action ? JSON.parse(r.last_action) : null,
    actions: r.actions ? JSON.parse(r.actions) : [],
    firs,
    firText: firs.length ? firs.join('; ') : (imported?.fir ?? ''),
    accusedArrested: r.accused_arrested + (imported?.accusedArrested ?? 0),
    accusedWanted: r.accused_wanted + (imported?.accusedWanted ?? 0),
    protectedNames: people.flatMap(([n, rel, ph]) => [n, rel, ph]).filter((x): x is string => !!x),
    firAt: r.fir_at,
    imported,
  };
}

/** Rows received between two local dates (inclusive), in register order. */
export function queryRows(
  sqlite: Database.Database,
  h: Home,
  opts: { from?: string; to?: string; scope: Scope; statuses?: readonly string[]; actions?: boolean },
): RegisterRow[] {
  const { sql, params } = rowFilter(opts);
  // RawRow: the row statement (see rowSql).
  return (sqlite.prepare(rowSql(sql, undefined, { actions: opts.actions })).all(...params) as RawRow[]).map((r) => toRow(r, h));
}

/** The same rows, one at a time (the CSV export). The statement holds the connection until it is exhausted. */
export function* iterateRows(
  sqlite: Database.Database,
  h: Home,
  opts: { from?: string; to?: string; scope: Scope; statuses?: readonly string[] },
): Generator<RegisterRow> {
  const { sql, params } = rowFilter(opts);
  // RawRow: streamed with `.iterate()`, which drizzle's driver lacks (see rowSql).
  for (const r of sqlite.prepare(rowSql(sql)).iterate(...params) as IterableIterator<RawRow>) yield toRow(r, h);
}

function rowFilter(opts: { from?: string; to?: string; scope: Scope; statuses?: readonly string[] }): { sql: string; params: unknown[] } {
  const s = scopeWhere(opts.scope);
  const where = [s.sql];
  const params = [...s.params];
  if (opts.from) {
    where.push('e.received_at >= ?');
    params.push(`${opts.from}T00:00:00`);
  }
  if (opts.to) {
    where.push('e.received_at <= ?');
    params.push(`${opts.to}T23:59:59`);
  }
  if (opts.statuses?.length) {
    where.push(`e.status IN (${opts.statuses.map(() => '?').join(', ')})`);
    params.push(...opts.statuses);
  }
  return { sql: where.join(' AND '), params };
}
