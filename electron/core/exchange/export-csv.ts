/**
 * CSV export for the CO office: UTF-8 with a BOM and CRLF line ends (Excel then opens Hindi correctly),
 * RFC 4180 quoting, formula-looking cells neutralised, Hindi labels in the header row, the station and
 * the register's seal in every row.
 *
 * It streams: rows come one at a time from `.iterate()` on a private read-only connection and go through
 * csv-stringify into a file stream with back-pressure, so memory does not grow with the number of rows.
 * The private connection's one read transaction makes the seal and the rows the same state of the register,
 * and leaves the app's own connection free for other calls while the export runs.
 */
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import { stringify } from 'csv-stringify';
import type { Ctx } from '../context';
import { AppError } from '../errors';
import { home, iterateRows, type RegisterRow } from '../documents/rows';
import { currentSeal } from '../documents/seal';
import { CSV_COLUMNS, cellsOf, neutralise, type ExchangeRow } from './columns';
import { maskRow } from './mask';

export interface ExportOptions {
  from: string;
  to: string;
  statuses?: readonly string[];
  mask?: boolean;
}

export interface ExportResult {
  rows: number;
  seal: string;
  masked: boolean;
}

export function exchangeRowOf(r: RegisterRow): ExchangeRow {
  return {
    station: r.station,
    district: r.district,
    year: r.year,
    serial: r.serial,
    receivedAt: r.receivedAt,
    mode: r.mode,
    source: r.source,
    informantName: r.informant.name,
    informantRelative: r.informant.relative,
    informantAddress: r.informant.address,
    informantPhone: r.informant.phone,
    opponent: r.opponent,
    place: r.place,
    beat: r.beat,
    category: r.category,
    summary: r.summary,
    markedTo: r.markedTo,
    status: r.status,
    dueAt: r.dueAt,
    actionAt: r.lastAction?.at ?? null,
    action: r.lastAction?.text ?? null,
    fir: r.firText || null,
    accusedArrested: r.accusedArrested,
    accusedWanted: r.accusedWanted,
    disposedAt: r.status === 'disposed' ? r.disposedAt : null,
    cancelReason: r.status === 'cancelled' ? r.cancelReason : null,
    remarks: r.remarks,
  };
}

/** One CSV record (cells in column order, neutralised). */
export function recordOf(row: ExchangeRow, seal: string): string[] {
  const cells = { ...cellsOf(row), seal } as Record<string, string>;
  return CSV_COLUMNS.map((c) => neutralise(cells[c.key]));
}

export const HEADER = CSV_COLUMNS.map((c) => c.hi);

/** Opens the data folder's database a second time, read-only, for a long read that must not hold the app's connection. */
export function openReader(ctx: Pick<Ctx, 'db'>): Database.Database {
  const file = ctx.db.sqlite.name;
  if (!file || file === ':memory:') throw new AppError('internal', 'स्मृति-डेटाबेस से निर्यात नहीं / cannot export from an in-memory database');
  const ro = new Database(file, { readonly: true, fileMustExist: true });
  ro.pragma('busy_timeout = 5000');
  return ro;
}

/** Writes the CSV into `out` (a file the transport opened, or an HTTP response) and ends it. */
export async function exportCsv(ctx: Pick<Ctx, 'db'>, o: ExportOptions, out: Writable): Promise<ExportResult> {
  if (o.from > o.to) throw new AppError('validation', 'आरम्भ तिथि अंतिम तिथि के बाद नहीं हो सकती / from must not be after to', 'from');
  const ro = openReader(ctx);
  let rows = 0;
  let seal = '';
  try {
    ro.exec('BEGIN');
    seal = currentSeal(ro).hash;
    const h = home(ro);
    const csv = stringify({ bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
    const done = pipeline(csv, out);
    const write = async (rec: string[]) => {
      if (!csv.write(rec)) await Promise.race([once(csv, 'drain'), done]);
    };
    try {
      await write(HEADER);
      for (const r of iterateRows(ro, h, { from: o.from, to: o.to, scope: { kind: 'all' }, statuses: o.statuses })) {
        const row = exchangeRowOf(r);
        await write(recordOf(o.mask ? maskRow(row, r.protectedNames) : row, seal));
        rows++;
      }
      csv.end();
      await done;
    } catch (e) {
      csv.destroy();
      await done.catch(() => undefined);
      throw e;
    }
  } finally {
    if (ro.inTransaction) ro.exec('COMMIT');
    ro.close();
  }
  return { rows, seal, masked: !!o.mask };
}
