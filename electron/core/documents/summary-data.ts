/**
 * The monthly summary sheet's figures (modelled on a police petition return; domain.md):
 *
 * - An entry is *settled* when it is disposed (निस्तारित, on its disposal date) or became an FIR (एफआईआर दर्ज,
 *   on the FIR's registration date, else the date of the action that set that status).
 * - Cancelled entries (निरस्त) are wrong entries struck out of the register: counted on their own line and in
 *   no other figure.
 * - Opening pending: received before the month and not settled before it. Closing pending: received by the
 *   month's end and not settled by it, by age at the month's end (0-10, 11-30, over 30 days).
 *   So opening + received - settled = closing, always.
 * - Settled in the month, by days from receipt to settlement: within 10, 11 to 30, later.
 * - Accused arrested in the month: accused on the entries' FIRs whose arrest date falls in the month (status
 *   arrested / jailed / bailed). Wanted: accused on FIRs of entries received by the month's end who are
 *   wanted or absconding at the time of printing (the record keeps no history of that status).
 * - Rows imported from a CSV count their accused from the row's own columns: arrested in the month the row
 *   was received, wanted if received by the month's end.
 */
import type Database from 'better-sqlite3';
import { and, countDistinct, eq, inArray, lte, ne, sql, type SQL } from 'drizzle-orm';
import { ENTRY_MODES } from '../../contract/index';
import { entries, entryFirs, firPersons } from '../../../db/schema/index';
import { daysBetween } from '../../shared/dates';
import { ARRESTED_STATUSES, WANTED_STATUSES, type EntryMode } from '../../shared/labels';
import { monthRange } from '../../shared/dates';
import { scopeFilter, scopeWhere, type Home, type Scope } from './rows';
import { ormOf } from '../orm';

export interface SummaryFigures {
  station: string;
  district: string;
  openingPending: number;
  received: number;
  receivedByMode: Record<EntryMode, number>;
  settled: number;
  settledWithin10: number;
  settledWithin30: number;
  settledLater: number;
  closingPending: number;
  pendingUpTo10: number;
  pending11To30: number;
  pendingOver30: number;
  becameFir: number;
  accusedArrested: number;
  accusedWanted: number;
  cancelled: number;
}

export interface MonthSummary {
  month: string;
  from: string;
  to: string;
  /** One column per station (a single one for a station's own register), and their total. */
  stations: SummaryFigures[];
  total: SummaryFigures;
}

const zero = (station: string, district: string): SummaryFigures => ({
  station,
  district,
  openingPending: 0,
  received: 0,
  receivedByMode: Object.fromEntries(ENTRY_MODES.map((m) => [m, 0])) as Record<EntryMode, number>,
  settled: 0,
  settledWithin10: 0,
  settledWithin30: 0,
  settledLater: 0,
  closingPending: 0,
  pendingUpTo10: 0,
  pending11To30: 0,
  pendingOver30: 0,
  becameFir: 0,
  accusedArrested: 0,
  accusedWanted: 0,
  cancelled: 0,
});

/** A row of the entries pass below, as SQLite returns it. */
type Raw = {
  station: string | null;
  district: string | null;
  received_at: string;
  mode: EntryMode;
  status: string;
  disposed_at: string | null;
  fir_at: string | null;
  imported: string | null;
};

export function computeSummary(sqlite: Database.Database, h: Home, month: string, scope: Scope): MonthSummary {
  const { from, to } = monthRange(month);
  const s = scopeWhere(scope);
  const byStation = new Map<string, SummaryFigures>();
  const fig = (station: string | null, district: string | null) => {
    const st = station ?? h.station;
    const di = station ? (district ?? '') : h.district;
    const key = `${di}\u0000${st}`;
    let f = byStation.get(key);
    if (!f) byStation.set(key, (f = zero(st, di)));
    return f;
  };
  if (scope.kind === 'own') fig(null, null);

  // Raw SQL on purpose: this pass reads every entry up to the month's end, streamed with `.iterate()`, which
  // drizzle's better-sqlite3 driver does not offer (it would hold the whole register in memory).
  const rows = sqlite
    .prepare(
      `SELECT e.origin_station AS station, e.origin_district AS district, e.received_at, e.mode, e.status, e.disposed_at, e.imported,
         coalesce(
           (SELECT min(f.registered_at) FROM entry_firs ef JOIN firs f ON f.id = ef.fir_id WHERE ef.entry_id = e.id),
           (SELECT min(a.at) FROM entry_actions a WHERE a.entry_id = e.id AND a.status = 'fir-registered')) AS fir_at
       FROM entries e WHERE ${s.sql} AND e.received_at <= ?`,
    )
    .iterate(...s.params, `${to}T23:59:59`) as IterableIterator<Raw>;

  for (const r of rows) {
    const f = fig(r.station, r.district);
    const day = r.received_at.slice(0, 10);
    const inMonth = day >= from;
    if (r.status === 'cancelled') {
      if (inMonth) f.cancelled++;
      continue;
    }
    const settledAt = r.status === 'disposed' ? r.disposed_at : r.status === 'fir-registered' ? (r.fir_at ?? r.received_at) : null;
    const settledDay = settledAt?.slice(0, 10) ?? null;
    if (!inMonth && !(settledDay && settledDay < from)) f.openingPending++;
    if (inMonth) {
      f.received++;
      f.receivedByMode[r.mode]++;
    }
    if (settledDay && settledDay >= from && settledDay <= to) {
      f.settled++;
      const d = daysBetween(day, settledDay);
      if (d <= 10) f.settledWithin10++;
      else if (d <= 30) f.settledWithin30++;
      else f.settledLater++;
    }
    if (!settledDay || settledDay > to) {
      f.closingPending++;
      const age = daysBetween(day, to);
      if (age <= 10) f.pendingUpTo10++;
      else if (age <= 30) f.pending11To30++;
      else f.pendingOver30++;
    }
    const firDay = r.fir_at?.slice(0, 10);
    if (firDay && firDay >= from && firDay <= to) f.becameFir++;
    if (r.imported) {
      const imp = JSON.parse(r.imported) as { accusedArrested?: number | null; accusedWanted?: number | null };
      if (inMonth) f.accusedArrested += imp.accusedArrested ?? 0;
      f.accusedWanted += imp.accusedWanted ?? 0;
    }
  }

  // Accused on linked FIRs, each person counted once per station.
  const orm = ormOf(sqlite);
  const accused = (statuses: readonly NonNullable<(typeof firPersons.$inferSelect)['status']>[], extra: SQL) =>
    orm
      .select({ station: entries.originStation, district: entries.originDistrict, n: countDistinct(firPersons.personId) })
      .from(firPersons)
      .innerJoin(entryFirs, eq(entryFirs.firId, firPersons.firId))
      .innerJoin(entries, eq(entries.id, entryFirs.entryId))
      .where(
        and(
          scopeFilter(scope),
          ne(entries.status, 'cancelled'),
          eq(firPersons.role, 'accused'),
          inArray(firPersons.status, statuses),
          extra,
        ),
      )
      .groupBy(entries.originDistrict, entries.originStation)
      .all();
  // An arrest without a recorded time counts in the month its record was last changed (IST date).
  const arrestDay = sql`coalesce(substr(${firPersons.arrestedAt}, 1, 10), date(${firPersons.updatedAt}, '+330 minutes'))`;
  for (const r of accused(ARRESTED_STATUSES, sql`${arrestDay} BETWEEN ${from} AND ${to}`))
    fig(r.station, r.district).accusedArrested += r.n;
  for (const r of accused(WANTED_STATUSES, lte(entries.receivedAt, `${to}T23:59:59`))) fig(r.station, r.district).accusedWanted += r.n;

  const stations = [...byStation.values()].sort((a, b) =>
    a.station === h.station ? -1 : b.station === h.station ? 1 : a.station.localeCompare(b.station, 'hi'),
  );
  const total = zero('कुल', '');
  for (const f of stations) {
    for (const k of Object.keys(f) as (keyof SummaryFigures)[]) {
      if (typeof f[k] === 'number') (total[k] as number) += f[k] as number;
    }
    for (const m of ENTRY_MODES) total.receivedByMode[m] += f.receivedByMode[m];
  }
  return { month, from, to, stations, total };
}
