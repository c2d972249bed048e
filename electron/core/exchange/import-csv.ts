/**
 * CSV import of the export's format: a CO office combining its thanas' exports, or a thana bringing in an
 * old register kept in Excel. See README.md beside this file for the mapping. In short:
 *
 * - Every row is checked first; one invalid row and nothing is imported. Errors name the spreadsheet row
 *   (the header is row 1) and the column, in Hindi and English.
 * - A row is identified by (district, station, year, serial). This station's rows (station column empty or
 *   this station's name) become entries of this register with their own serial; another station's rows
 *   become entries marked with that station (origin_station / origin_district), serial and all.
 * - Every imported entry carries an `imported` marker: file name, file SHA-256, the exporting register's
 *   seal, row number, and what has no table here (the FIR text, accused counts).
 * - A row equal to what is already there (compared as the export would write it) is left alone, so
 *   re-importing a file adds nothing. A changed row that came from an earlier import is updated (a later
 *   export of the same thana); a row that clashes with an entry made in this register is an error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse';
import { eq } from 'drizzle-orm';
import { entries, entryActions } from '../../../db/schema/index';
import { phone as phoneSchema } from '../../contract/common';
import type { Ctx } from '../context';
import { auditedInsert, auditedUpdate } from '../audit';
import { AppError } from '../errors';
import { reindexEntry } from '../entries';
import { ensureSource } from '../sources';
import { requireStation } from '../station';
import { addDays, utcIso } from '../../shared/dates';
import { home, rowSql, toRow, type Home, type ImportedMarker, type RawRow } from '../documents/rows';
import {
  CSV_COLUMNS,
  LABEL_OF,
  MASK,
  cellsOf,
  headerKey,
  parseMode,
  parseStatus,
  unneutralise,
  type ColumnKey,
  type ExchangeRow,
} from './columns';
import { exchangeRowOf } from './export-csv';
import { asciiDigits, parseTypedDate } from '../../shared/dates';

export interface ImportRowError {
  /** Spreadsheet row number: the header is row 1. */
  row: number;
  column: ColumnKey | null;
  message: string;
}

export interface ImportCsvResult {
  ok: boolean;
  file: string;
  sha256: string;
  rows: number;
  added: number;
  updated: number;
  unchanged: number;
  stations: { station: string; district: string; own: boolean; added: number; updated: number; unchanged: number }[];
  errors: ImportRowError[];
  /** All errors found (the list above stops at MAX_ERRORS). */
  errorCount: number;
  warnings: string[];
}

const MAX_ERRORS = 500;

const LIMITS: Partial<Record<ColumnKey, number>> = {
  station: 200,
  district: 200,
  source: 200,
  informantName: 200,
  informantRelative: 200,
  informantAddress: 500,
  informantPhone: 50,
  opponent: 1000,
  place: 500,
  beat: 100,
  category: 100,
  summary: 20_000,
  markedTo: 200,
  action: 20_000,
  fir: 2000,
  cancelReason: 5000,
  remarks: 5000,
};

interface ImportRow extends ExchangeRow {
  rowNumber: number;
  own: boolean;
  seal: string | null;
}

// ---------------------------------------------------------------------------------------------
// Cells

/** A date cell as people write it (see parseTypedDate); years outside 1900-2200 are typos, not dates. */
function parseLocal(raw: string, dateOnly = false): string | undefined {
  const v = parseTypedDate(raw, { dateOnly });
  const y = v ? Number(v.slice(0, 4)) : 0;
  return v && y >= 1900 && y <= 2200 ? v : undefined;
}

/** Cell text: formula guard removed, NFC, trimmed (as the app trims what is typed). Line breaks are kept as they are. */
function clean(cell: string | undefined): string {
  if (cell == null) return '';
  return unneutralise(cell).normalize('NFC').trim();
}

// ---------------------------------------------------------------------------------------------
// Reading the file

function sniffDelimiter(head: string): string {
  const line = head.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const count = (c: string) => line.split(c).length - 1;
  const best = [',', ';', '\t'].map((c) => [c, count(c)] as const).sort((a, b) => b[1] - a[1])[0];
  return best[1] > 0 ? best[0] : ',';
}

async function readCsv(file: string): Promise<{ records: string[][]; sha256: string }> {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (e) {
    throw new AppError('not_found', `फ़ाइल नहीं खुली / cannot open file ${file}: ${(e as Error).message}`, 'path');
  }
  const head = Buffer.alloc(64 * 1024);
  const n = fs.readSync(fd, head, 0, head.length, 0);
  fs.closeSync(fd);
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    throw new AppError(
      'validation',
      'फ़ाइल UTF-16 ("Unicode Text") में है; Excel में "CSV UTF-8 (Comma delimited)" के रूप में सहेजें / the file is UTF-16 ("Unicode Text"); save it from Excel as "CSV UTF-8 (Comma delimited)"',
      'path',
    );
  }
  const delimiter = sniffDelimiter(head.subarray(0, n).toString('utf8'));
  const hash = createHash('sha256');
  const input = fs.createReadStream(file);
  input.on('data', (c) => hash.update(c));
  const parser = input.pipe(parse({ bom: true, delimiter, relax_column_count: true, relax_quotes: false, skip_empty_lines: false }));
  const records: string[][] = [];
  try {
    for await (const rec of parser) records.push(rec as string[]);
  } catch (e) {
    const err = e as Error & { lines?: number };
    throw new AppError(
      'validation',
      `CSV पढ़ा नहीं जा सका${err.lines ? ` (पंक्ति ${err.lines} के पास)` : ''} / the CSV cannot be read${err.lines ? ` (near line ${err.lines})` : ''}: ${err.message}`,
      'path',
    );
  }
  return { records, sha256: hash.digest('hex') };
}

// ---------------------------------------------------------------------------------------------
// Validation

class RowErrors {
  list: ImportRowError[] = [];
  count = 0;
  add(row: number, column: ColumnKey | null, hi: string, en: string) {
    this.count++;
    if (this.list.length < MAX_ERRORS) {
      const where = column ? `पंक्ति ${row}, स्तंभ "${LABEL_OF[column]}"` : `पंक्ति ${row}`;
      const whereEn = column ? `row ${row}, column ${column}` : `row ${row}`;
      this.list.push({ row, column, message: `${where}: ${hi} / ${whereEn}: ${en}` });
    }
  }
}

function validateRow(
  rec: string[],
  cols: (ColumnKey | null)[],
  rowNumber: number,
  h: Home,
  st: { dueDays: number; igrsDueDays: number },
  errs: RowErrors,
): ImportRow | null {
  const before = errs.count;
  const v: Partial<Record<ColumnKey, string>> = {};
  cols.forEach((k, i) => {
    if (k) v[k] = clean(rec[i]);
  });
  const bad = (k: ColumnKey | null, hi: string, en: string) => errs.add(rowNumber, k, hi, en);
  const text = (k: ColumnKey): string | null => {
    const s = v[k] ?? '';
    const max = LIMITS[k];
    if (max && s.length > max) bad(k, `अधिकतम ${max} अक्षर (${s.length} हैं)`, `at most ${max} characters (${s.length} given)`);
    return s === '' ? null : s;
  };
  if (cols.length !== rec.length && rec.length > cols.length && rec.slice(cols.length).some((c) => c.trim())) {
    bad(null, `${rec.length} स्तंभ हैं, शीर्ष पंक्ति में ${cols.length}`, `${rec.length} cells but the header has ${cols.length} columns`);
  }

  const stationName = text('station');
  const districtName = text('district');
  const own = !stationName || stationName === h.station;
  if (own && districtName && districtName !== h.district) {
    bad(
      'district',
      `थाना ${h.station} का जनपद ${h.district} है, "${districtName}" नहीं`,
      `station ${h.station} is in district ${h.district}, not "${districtName}"`,
    );
  }

  // Serial: a number, or "5/2025" as paper registers write it.
  let serial = NaN;
  let yearFromSerial: number | null = null;
  const sv = asciiDigits(v.serial ?? '');
  const sm = /^(\d+)(?:\s*\/\s*(\d{4}))?$/.exec(sv);
  if (!sv) bad('serial', 'क्रम संख्या आवश्यक', 'serial is required');
  else if (!sm || +sm[1] < 1) bad('serial', `"${v.serial}" धनात्मक पूर्णांक नहीं`, `"${v.serial}" is not a positive whole number`);
  else {
    serial = +sm[1];
    if (sm[2]) yearFromSerial = +sm[2];
  }

  const receivedAt = v.receivedAt ? parseLocal(v.receivedAt) : undefined;
  if (!v.receivedAt) bad('receivedAt', 'प्राप्ति दिनांक आवश्यक', 'the date of receipt is required');
  else if (!receivedAt)
    bad('receivedAt', `"${v.receivedAt}" मान्य दिनांक नहीं (dd-mm-yyyy HH:mm)`, `"${v.receivedAt}" is not a valid date (dd-mm-yyyy HH:mm)`);
  const year = receivedAt ? Number(receivedAt.slice(0, 4)) : NaN;
  const yv = asciiDigits(v.year ?? '');
  if (yv && receivedAt && (!/^\d{4}$/.test(yv) || +yv !== year)) {
    bad(
      'year',
      `वर्ष ${yv} प्राप्ति दिनांक के वर्ष ${year} से भिन्न (क्रम संख्या प्राप्ति के वर्ष की होती है)`,
      `year ${yv} differs from the year of receipt ${year} (serials run per year of receipt)`,
    );
  }
  if (yearFromSerial && receivedAt && yearFromSerial !== year) {
    bad(
      'serial',
      `क्रम संख्या का वर्ष ${yearFromSerial} प्राप्ति के वर्ष ${year} से भिन्न`,
      `the serial's year ${yearFromSerial} differs from the year of receipt ${year}`,
    );
  }

  let mode = parseMode(v.mode ?? '');
  if (!v.mode) mode = 'other';
  else if (!mode)
    bad('mode', `"${v.mode}" अज्ञात; व्हाट्सऐप समूह, व्हाट्सऐप नंबर, स्वयं उपस्थित, फ़ोन, आईजीआरएस या अन्य लिखें`, `"${v.mode}" is not a known mode`);

  const informantName = text('informantName');
  if (!informantName) bad('informantName', 'सूचनाकर्ता का नाम आवश्यक', "the informant's name is required");
  const summary = text('summary');
  if (!summary) bad('summary', 'शिकायत का विवरण आवश्यक', 'the summary is required');

  let informantPhone: string | null = null;
  const pv = v.informantPhone ?? '';
  if (pv === MASK) informantPhone = MASK;
  else if (pv) {
    const p = phoneSchema.safeParse(asciiDigits(pv));
    if (p.success) informantPhone = p.data ?? null;
    else bad('informantPhone', `"${pv}" मान्य मोबाइल नंबर नहीं`, `"${pv}" is not a valid phone number`);
  }

  const disposedAt = v.disposedAt ? parseLocal(v.disposedAt) : undefined;
  if (v.disposedAt && !disposedAt) bad('disposedAt', `"${v.disposedAt}" मान्य दिनांक नहीं`, `"${v.disposedAt}" is not a valid date`);
  const actionAtRaw = v.actionAt ? parseLocal(v.actionAt) : undefined;
  if (v.actionAt && !actionAtRaw) bad('actionAt', `"${v.actionAt}" मान्य दिनांक नहीं`, `"${v.actionAt}" is not a valid date`);
  const action = text('action');
  if (v.actionAt && !action) bad('action', 'कार्यवाही की तिथि दी है पर कार्यवाही नहीं', 'an action date is given but no action');
  const cancelReason = text('cancelReason');
  const fir = text('fir');

  let status = parseStatus(v.status ?? '');
  if (!v.status) status = cancelReason ? 'cancelled' : v.disposedAt ? 'disposed' : fir ? 'fir-registered' : 'pending';
  else if (!status)
    bad('status', `"${v.status}" अज्ञात; लंबित, जांच में, एफआईआर दर्ज, निस्तारित या निरस्त लिखें`, `"${v.status}" is not a known status`);
  if (status === 'disposed' && !v.disposedAt)
    bad('disposedAt', 'निस्तारित प्रविष्टि की निस्तारण तिथि आवश्यक', 'a disposed entry needs its date of disposal');
  if (status && status !== 'disposed' && v.disposedAt)
    bad(
      'disposedAt',
      `निस्तारण तिथि केवल निस्तारित प्रविष्टि की होती है (स्थिति: ${v.status})`,
      `a disposal date goes only with status disposed (status is ${status})`,
    );
  if (status === 'cancelled' && !cancelReason) bad('cancelReason', 'निरस्त प्रविष्टि का कारण आवश्यक', 'a cancelled entry needs its reason');
  if (status && status !== 'cancelled' && cancelReason)
    bad('cancelReason', 'निरस्त करने का कारण केवल निरस्त प्रविष्टि का होता है', 'a cancel reason goes only with status cancelled');

  if (receivedAt && disposedAt && disposedAt < receivedAt)
    bad('disposedAt', 'निस्तारण प्राप्ति से पहले नहीं हो सकता', 'disposal cannot be before receipt');
  if (receivedAt && actionAtRaw && actionAtRaw < receivedAt)
    bad('actionAt', 'कार्यवाही प्राप्ति से पहले नहीं हो सकती', 'an action cannot be before receipt');

  let dueAt: string | undefined;
  if (v.dueAt) {
    dueAt = parseLocal(v.dueAt, true);
    if (!dueAt) bad('dueAt', `"${v.dueAt}" मान्य दिनांक नहीं (dd-mm-yyyy)`, `"${v.dueAt}" is not a valid date (dd-mm-yyyy)`);
  } else if (receivedAt && mode) dueAt = addDays(receivedAt, mode === 'igrs' ? st.igrsDueDays : st.dueDays);

  const count = (k: 'accusedArrested' | 'accusedWanted'): number => {
    const s = asciiDigits(v[k] ?? '');
    if (!s) return 0;
    if (!/^\d{1,4}$/.test(s)) {
      bad(k, `"${v[k]}" संख्या नहीं`, `"${v[k]}" is not a count`);
      return 0;
    }
    return +s;
  };
  const accusedArrested = count('accusedArrested');
  const accusedWanted = count('accusedWanted');
  const seal = v.seal ? v.seal.toLowerCase() : null;
  if (seal && !/^[0-9a-f]{64}$/.test(seal)) bad('seal', 'मुहर 64 हेक्स अंकों की होती है', 'a seal is 64 hex digits');

  const rowTexts = {
    source: text('source'),
    informantRelative: text('informantRelative'),
    informantAddress: text('informantAddress'),
    opponent: text('opponent'),
    place: text('place'),
    beat: text('beat'),
    category: text('category'),
    markedTo: text('markedTo'),
    remarks: text('remarks'),
  };
  if (errs.count > before || !receivedAt || !mode || !status || !dueAt || !informantName || !summary) return null;
  return {
    rowNumber,
    own,
    seal,
    station: own ? h.station : (stationName as string),
    district: own ? h.district : (districtName ?? h.district),
    year,
    serial,
    receivedAt,
    mode,
    informantName,
    informantPhone,
    summary,
    status,
    dueAt,
    actionAt: action ? (actionAtRaw ?? (status === 'disposed' ? (disposedAt ?? receivedAt) : receivedAt)) : null,
    action,
    fir,
    accusedArrested,
    accusedWanted,
    disposedAt: status === 'disposed' ? (disposedAt ?? null) : null,
    cancelReason: status === 'cancelled' ? cancelReason : null,
    ...rowTexts,
  };
}

// ---------------------------------------------------------------------------------------------
// Import

const sameCells = (a: ExchangeRow, b: ExchangeRow) => {
  const x = cellsOf(a) as Record<string, string>;
  const y = cellsOf(b) as Record<string, string>;
  return Object.keys(x).every((k) => x[k] === y[k]);
};

export async function importCsv(ctx: Ctx, filePath: string): Promise<ImportCsvResult> {
  const st = requireStation(ctx);
  const h = home(ctx.db.sqlite);
  const file = path.resolve(filePath);
  const { records, sha256 } = await readCsv(file);
  const errs = new RowErrors();
  const warnings: string[] = [];
  const result = (extra: Partial<ImportCsvResult> = {}): ImportCsvResult => ({
    ok: errs.count === 0,
    file: path.basename(file),
    sha256,
    rows: 0,
    added: 0,
    updated: 0,
    unchanged: 0,
    stations: [],
    errors: errs.list,
    errorCount: errs.count,
    warnings,
    ...extra,
  });

  const header = records[0];
  if (!header || header.every((c) => !c.trim())) {
    errs.add(1, null, 'फ़ाइल खाली है या शीर्ष पंक्ति नहीं है', 'the file is empty or has no header row');
    return result();
  }
  const cols = header.map((c) => headerKey(c) ?? null);
  header.forEach((c, i) => {
    if (!cols[i] && c.trim())
      warnings.push(`स्तंभ "${c.trim()}" पहचाना नहीं गया, छोड़ा गया / column "${c.trim()}" is not known and was ignored`);
  });
  const seen = new Set<ColumnKey>();
  cols.forEach((k) => {
    if (!k) return;
    if (seen.has(k)) errs.add(1, k, 'यह स्तंभ दो बार है', 'this column appears twice');
    seen.add(k);
  });
  for (const k of ['serial', 'receivedAt', 'informantName', 'summary'] as const) {
    if (!seen.has(k)) errs.add(1, k, `आवश्यक स्तंभ "${LABEL_OF[k]}" नहीं है`, `required column ${k} is missing`);
  }
  if (errs.count) return result();

  const rows: ImportRow[] = [];
  const keys = new Map<string, number>();
  for (let i = 1; i < records.length; i++) {
    const rec = records[i];
    if (rec.every((c) => !c.trim())) continue; // blank line or a row of empty cells (Excel leaves them)
    if (rec.some((c) => c.includes('\uFFFD'))) {
      errs.add(
        i + 1,
        null,
        'अक्षर पढ़े नहीं जा सके: फ़ाइल UTF-8 नहीं है; Excel में "CSV UTF-8" के रूप में सहेजें',
        'unreadable characters: the file is not UTF-8; save it from Excel as "CSV UTF-8"',
      );
      continue;
    }
    const row = validateRow(rec, cols, i + 1, h, st, errs);
    if (!row) continue;
    const key = `${row.district}\u0000${row.station}\u0000${row.year}\u0000${row.serial}`;
    const first = keys.get(key);
    if (first)
      errs.add(
        i + 1,
        'serial',
        `क्रम संख्या ${row.serial}/${row.year} (थाना ${row.station}) पंक्ति ${first} में पहले आ चुकी है`,
        `serial ${row.serial}/${row.year} of ${row.station} already appears in row ${first}`,
      );
    else keys.set(key, i + 1);
    rows.push(row);
  }
  if (errs.count) return result({ rows: rows.length });

  const { sqlite, orm } = ctx.db;
  // Raw: the register's row statement (see rowSql), prepared once for the whole file.
  const findOwn = sqlite.prepare(rowSql('e.origin_station IS NULL AND e.year = ? AND e.serial = ?', ''));
  const findOther = sqlite.prepare(rowSql('e.origin_district = ? AND e.origin_station = ? AND e.year = ? AND e.serial = ?', ''));
  const stations = new Map<string, ImportCsvResult['stations'][number]>();
  const tally = (r: ImportRow) => {
    const k = `${r.district}\u0000${r.station}`;
    let t = stations.get(k);
    if (!t) stations.set(k, (t = { station: r.station, district: r.district, own: r.own, added: 0, updated: 0, unchanged: 0 }));
    return t;
  };
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  const now = utcIso(ctx.now());

  sqlite
    .transaction(() => {
      // Check every row against the register before writing any.
      const plan: {
        row: ImportRow;
        existing: { id: number; imported: boolean; lastAction: ExchangeRow['action']; lastActionAt: string | null } | null;
      }[] = [];
      for (const row of rows) {
        const raw = (row.own ? findOwn.get(row.year, row.serial) : findOther.get(row.district, row.station, row.year, row.serial)) as
          RawRow | undefined;
        if (!raw) {
          plan.push({ row, existing: null });
          continue;
        }
        const cur = toRow(raw, h);
        const curRow = exchangeRowOf(cur);
        if (sameCells(curRow, row)) {
          unchanged++;
          tally(row).unchanged++;
          continue;
        }
        if (!cur.imported) {
          errs.add(
            row.rowNumber,
            'serial',
            `क्रम संख्या ${row.serial}/${row.year} इस रजिस्टर में पहले से भिन्न प्रविष्टि के रूप में दर्ज है (आयात उसे नहीं बदल सकता)`,
            `serial ${row.serial}/${row.year} is already in this register as a different entry (an import cannot change it)`,
          );
          continue;
        }
        plan.push({ row, existing: { id: cur.id, imported: true, lastAction: curRow.action, lastActionAt: curRow.actionAt } });
      }
      if (errs.count) return;

      for (const { row, existing } of plan) {
        const marker: ImportedMarker = {
          file: path.basename(file),
          sha256,
          seal: row.seal,
          row: row.rowNumber,
          at: now,
          fir: row.fir,
          accusedArrested: row.accusedArrested,
          accusedWanted: row.accusedWanted,
        };
        const sourceId = row.source
          ? ensureSource(
              ctx,
              row.source,
              row.mode === 'whatsapp-number' ? 'whatsapp-number' : row.mode === 'whatsapp-group' ? 'thana-group' : 'other',
            )
          : null;
        // What the file says of the entry; an entry made here also gets its identity and creation stamp.
        // Not set either way: the informant's contact and role (the CSV carries neither).
        const cols = {
          receivedAt: row.receivedAt,
          mode: row.mode,
          sourceId,
          informantName: row.informantName,
          informantRelative: row.informantRelative,
          informantPhone: row.informantPhone,
          informantAddress: row.informantAddress,
          opponent: row.opponent,
          place: row.place,
          beat: row.beat,
          category: row.category,
          summary: row.summary,
          markedTo: row.markedTo,
          status: row.status,
          dueAt: row.dueAt,
          disposedAt: row.disposedAt,
          disposalNote: row.status === 'disposed' ? row.action : null,
          remarks: row.remarks,
          cancelReason: row.cancelReason,
          cancelledAt: row.status === 'cancelled' ? now : null,
          imported: JSON.stringify(marker),
          updatedAt: now,
        } satisfies Partial<typeof entries.$inferInsert>;
        let id: number;
        if (!existing) {
          id = auditedInsert(
            ctx,
            'entries',
            () =>
              orm
                .insert(entries)
                .values({
                  ...cols,
                  year: row.year,
                  serial: row.serial,
                  originDistrict: row.own ? null : row.district,
                  originStation: row.own ? null : row.station,
                  createdBy: ctx.operator?.id ?? null,
                  createdAt: now,
                })
                .returning({ id: entries.id })
                .get().id,
          );
          added++;
          tally(row).added++;
        } else {
          const entryId = (id = existing.id);
          auditedUpdate(ctx, 'entries', entryId, () => {
            orm.update(entries).set(cols).where(eq(entries.id, entryId)).run();
          });
          updated++;
          tally(row).updated++;
        }
        if (row.action && (!existing || existing.lastAction !== row.action || existing.lastActionAt !== row.actionAt)) {
          const entryId = id;
          auditedInsert(
            ctx,
            'entry_actions',
            () =>
              orm
                .insert(entryActions)
                .values({
                  entryId,
                  at: row.actionAt!,
                  text: row.action!,
                  status: row.status,
                  operatorId: ctx.operator?.id ?? null,
                  createdAt: now,
                })
                .returning({ id: entryActions.id })
                .get().id,
          );
        }
        reindexEntry(ctx, id);
        if (existing) {
          const after = exchangeRowOf(
            toRow(
              (row.own ? findOwn.get(row.year, row.serial) : findOther.get(row.district, row.station, row.year, row.serial)) as RawRow,
              h,
            ),
          );
          if (!sameCells(after, row)) {
            warnings.push(
              `पंक्ति ${row.rowNumber}: पहले दर्ज कार्यवाही हटाई नहीं जाती, इसलिए प्रविष्टि फ़ाइल से पूरी तरह मेल नहीं खाती / row ${row.rowNumber}: recorded actions are never removed, so the entry does not fully match the file`,
            );
          }
        }
      }
    })
    .immediate();

  if (errs.count) return result({ rows: rows.length, added: 0, updated: 0, unchanged: 0 });
  return result({ rows: rows.length, added, updated, unchanged, stations: [...stations.values()] });
}

export { CSV_COLUMNS };
