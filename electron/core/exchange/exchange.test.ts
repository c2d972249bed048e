/**
 * The CSV exchange as the CO office and Excel see it: bytes on disk (BOM, CRLF, quoting), parsed back with
 * csv-parse, imported into fresh data folders, exported again.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { makeRegister, tempDir, type TestRegister } from '../testing/fixture';
import { FORMULA_SUMMARY, QUOTED_SUMMARY, SCRIPT_SUMMARY, makeMonthData, type MonthData } from '../documents/testing/month-data';
import { CSV_COLUMNS, MASK, neutralise, unneutralise } from './columns';
import { ENTRY_MODES, ENTRY_STATUSES, contract } from '../../contract/index';
import { documentsContract } from '../../contract/documents';

let a: TestRegister;
let data: MonthData;
let dir: string;
const NOW = '2025-03-31T06:30:00Z'; // after the month's last action (the register takes no future dates)

beforeAll(async () => {
  a = await makeRegister({ now: NOW });
  data = await makeMonthData(a, { month: '2025-01', count: 40, neighbours: true });
  // hostile cells of every kind, in the informant and opponent columns too
  await a.call('entries.create', {
    receivedAt: '2025-01-30T09:15',
    mode: 'other',
    informant: { name: '@SUM(1+1)', relativeName: '+cmd|calc', address: '\tटैब से शुरू' },
    opponent: '-2+3',
    summary: 'पहली पंक्ति\r\nदूसरी पंक्ति, "उद्धरण" और, अल्पविराम',
    remarks: "'=पहले से उद्धृत",
  });
  dir = tempDir('thana-csv-');
});
afterAll(() => a.close());

const read = (file: string) => fs.readFileSync(file);
const rows = (file: string) => parse(read(file), { bom: true }) as string[][];
const byKey = (header: string[], row: string[]) => Object.fromEntries(CSV_COLUMNS.map((c) => [c.key, row[header.indexOf(c.hi)]]));

describe('CSV export', () => {
  let file: string;
  let seal: string;
  beforeAll(async () => {
    file = path.join(dir, 'gagaha-2025-01.csv');
    const r = await a.download('exchange.exportCsv', { from: '2025-01-01', to: '2025-01-31' }, file);
    expect(r.rows).toBe(41);
    seal = r.seal;
  });

  it('is UTF-8 with a BOM, CRLF between records, Hindi labels in the header', () => {
    const bytes = read(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')[0]).toBe(CSV_COLUMNS.map((c) => c.hi).join(','));
    // every bare LF is inside a quoted field (a record's line breaks are CRLF only)
    const parsed = rows(file);
    expect(parsed).toHaveLength(42);
    expect(text.split('\r\n').length - 1).toBe(42 + parsed.flat().filter((c) => c.includes('\r\n')).length);
  });

  it('keeps every field: Hindi, commas, quotes and line breaks survive csv-parse', async () => {
    const [header, ...body] = rows(file);
    const cells = body.map((r) => byKey(header, r));
    for (const e of data.entries) {
      const row = cells.find((c) => c.serial === String(e.serial))!;
      const full = await a.call('entries.get', { id: e.id });
      expect(row.station).toBe('गगहा');
      expect(row.district).toBe('गोरखपुर');
      expect(unneutralise(row.summary)).toBe(full.summary);
      expect(row.informantName).toBe(full.informant.name);
      expect(row.seal).toBe(seal);
    }
    expect(cells.map((c) => unneutralise(c.summary))).toEqual(expect.arrayContaining([SCRIPT_SUMMARY, FORMULA_SUMMARY, QUOTED_SUMMARY]));
    expect(cells.some((c) => c.summary === 'पहली पंक्ति\r\nदूसरी पंक्ति, "उद्धरण" और, अल्पविराम')).toBe(true);
  });

  it('neutralises every cell a spreadsheet would run as a formula', () => {
    const [, ...body] = rows(file);
    const cells = body.flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(cells).toContain(`'${FORMULA_SUMMARY}`);
    expect(cells).toContain("'@SUM(1+1)");
    expect(cells).toContain("'+cmd|calc");
    expect(cells).toContain("'-2+3");
    expect(cells).toContain("''=पहले से उद्धृत"); // one more apostrophe, so the import can take exactly one off
    for (const s of ['=1', '+91', '-x', '@a', '\tx', "'=x", "''+x", 'x=1', "'x"]) expect(unneutralise(neutralise(s))).toBe(s);
  });

  it('filters by date of receipt and status', async () => {
    const f = path.join(dir, 'disposed.csv');
    const r = await a.download('exchange.exportCsv', { from: '2025-01-01', to: '2025-01-31', status: 'disposed' }, f);
    const [header, ...body] = rows(f);
    expect(body).toHaveLength(r.rows);
    expect(r.rows).toBe(data.entries.filter((e) => e.status === 'disposed').length);
    expect(body.every((x) => byKey(header, x).status === 'निस्तारित')).toBe(true);
    const wide = await a.download(
      'exchange.exportCsv',
      {
        from: '2024-12-01',
        to: '2025-02-28',
        status: ['pending', 'cancelled'],
      },
      path.join(dir, 'w.csv'),
    );
    expect(wide.rows).toBe(data.entries.filter((e) => e.status === 'pending' || e.status === 'cancelled').length + 1 + data.outside.length);
    expect((await a.try('exchange.exportCsv', { from: '2025-02-01', to: '2025-01-01', path: f })).ok).toBe(false);
  });

  it('masks informants and victims (names, addresses, phones) for reports sent upward', async () => {
    const f = path.join(dir, 'masked.csv');
    const r = await a.download('exchange.exportCsv', { from: '2025-01-01', to: '2025-01-31', mask: true }, f);
    expect(r.masked).toBe(true);
    const [header, ...body] = rows(f);
    const text = read(f).toString('utf8');
    for (const row of body.map((x) => byKey(header, x))) {
      expect(row.informantName).toBe(MASK);
      expect([MASK, '']).toContain(row.informantPhone);
      expect([MASK, '']).toContain(row.informantAddress);
      expect(row.station).toBe('गगहा');
      expect(row.serial).toMatch(/^\d+$/);
    }
    // no mobile number and no informant's name anywhere in the file
    expect(text).not.toMatch(/(?<!\d)[6-9]\d{4}\s?\d{5}(?!\d)/);
    for (const e of data.entries) expect(text).not.toContain(e.informant);
  });

  it('needs an operator who may write: a viewer cannot take personal data out', async () => {
    await a.call('operators.create', { name: 'दर्शक', role: 'viewer' });
    a.as('दर्शक');
    try {
      const r = await a.try('exchange.exportCsv', { from: '2025-01-01', to: '2025-01-31', path: path.join(dir, 'v.csv') });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('forbidden');
    } finally {
      a.as('राजेश तिवारी');
    }
  });
});

describe('CSV import', () => {
  let file: string;
  beforeAll(async () => {
    file = path.join(dir, 'roundtrip.csv');
    await a.download('exchange.exportCsv', { from: '2024-12-01', to: '2025-02-28' }, file);
  });

  it('round trip: export, import into a fresh data folder, export again: the same rows, only the seal differs', async () => {
    const b = await makeRegister({ now: NOW });
    try {
      const r = await b.call('exchange.importCsv', { path: file });
      expect(r).toMatchObject({ ok: true, rows: 43, added: 43, updated: 0, unchanged: 0, errorCount: 0 });
      const again = path.join(dir, 'again.csv');
      await b.download('exchange.exportCsv', { from: '2024-12-01', to: '2025-02-28' }, again);
      const x = rows(file);
      const y = rows(again);
      const sealCol = x[0].indexOf('मुहर (ऑडिट हैश)');
      const strip = (t: string[][]) => t.map((r) => r.filter((_, i) => i !== sealCol));
      expect(strip(y)).toEqual(strip(x));
      expect(y[1][sealCol]).not.toBe(x[1][sealCol]);
      expect(await b.call('audit.verify')).toMatchObject({ ok: true });
      // the imported entries are this register's own (same station), searchable, and marked as imported
      const found = await b.call('search', { q: 'मोटरसाइकिल' });
      expect(found.entries.length).toBeGreaterThan(0);
      // a new entry continues after the imported serials
      const next = await b.call('entries.create', {
        receivedAt: '2025-03-01T10:00',
        mode: 'phone',
        informant: { name: 'नया' },
        summary: 'नई',
      });
      const [h, ...body] = x;
      expect(next.serial).toBe(
        Math.max(
          ...body
            .map((r) => byKey(h, r))
            .filter((r) => r.year === '2025')
            .map((r) => Number(r.serial)),
        ) + 1,
      );
    } finally {
      b.close();
    }
  });

  it('adds nothing when the same file is imported again (and writes no audit row)', async () => {
    const b = await makeRegister({ now: NOW });
    try {
      await b.call('exchange.importCsv', { path: file });
      const head = (await b.call('audit.verify')).head;
      const r = await b.call('exchange.importCsv', { path: file });
      expect(r).toMatchObject({ ok: true, added: 0, updated: 0, unchanged: 43 });
      expect((await b.call('audit.verify')).head).toBe(head);
      // importing a register's own export into itself adds nothing either
      expect(await a.call('exchange.importCsv', { path: file })).toMatchObject({ ok: true, added: 0, unchanged: 43 });
    } finally {
      b.close();
    }
  });

  it('updates a row from an earlier import when a later export of that thana changed it', async () => {
    const b = await makeRegister({ now: NOW });
    try {
      await b.call('exchange.importCsv', { path: file });
      const [header, ...body] = rows(file);
      const pending = body.findIndex((r) => byKey(header, r).status === 'लंबित');
      const col = (k: string) => header.indexOf(CSV_COLUMNS.find((c) => c.key === k)!.hi);
      body[pending][col('status')] = 'निस्तारित';
      body[pending][col('disposedAt')] = '28-02-2025 16:00';
      body[pending][col('actionAt')] = '28-02-2025 16:00';
      body[pending][col('action')] = 'सुलह हुई, आख्या प्रेषित';
      const later = path.join(dir, 'later.csv');
      fs.writeFileSync(
        later,
        `\uFEFF${[header, ...body].map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n')}\r\n`,
      );
      const r = await b.call('exchange.importCsv', { path: later });
      expect(r).toMatchObject({ ok: true, added: 0, updated: 1, unchanged: 42 });
      const serial = Number(byKey(header, body[pending]).serial);
      const list = await b.call('entries.list', { status: 'disposed', limit: 1000 });
      expect(list.rows.find((x) => x.serial === serial)).toMatchObject({ status: 'disposed', disposedAt: '2025-02-28T16:00:00' });
      expect(await b.call('exchange.importCsv', { path: later })).toMatchObject({ updated: 0, unchanged: 43 });
      expect(await b.call('audit.verify')).toMatchObject({ ok: true });
    } finally {
      b.close();
    }
  });

  it('keeps other thanas’ rows with their own station and serial (a CO office combining its thanas)', async () => {
    const co = await makeRegister({ now: NOW, init: false });
    try {
      await co.call('station.init', { name: 'क्षेत्राधिकारी कार्यालय बांसगांव', district: 'गोरखपुर', operator: 'सी0ओ0 कार्यालय' });
      co.as('सी0ओ0 कार्यालय');
      const other = await makeRegister({ now: NOW, init: false });
      await other.call('station.init', { name: 'बांसगांव', district: 'गोरखपुर', operator: 'अशोक सिंह' });
      other.as('अशोक सिंह');
      await makeMonthData(other, { month: '2025-01', count: 12, seed: 99, firStart: 40 });
      const otherFile = path.join(dir, 'bansgaon.csv');
      await other.download('exchange.exportCsv', { from: '2025-01-01', to: '2025-01-31' }, otherFile);
      other.close();

      const r1 = await co.call('exchange.importCsv', { path: file });
      const r2 = await co.call('exchange.importCsv', { path: otherFile });
      expect(r1.stations).toEqual([{ station: 'गगहा', district: 'गोरखपुर', own: false, added: 43, updated: 0, unchanged: 0 }]);
      expect(r2.stations).toEqual([{ station: 'बांसगांव', district: 'गोरखपुर', own: false, added: 12, updated: 0, unchanged: 0 }]);
      // both thanas have serial 1/2025: kept apart by station
      const own = await co.call('entries.create', {
        receivedAt: '2025-01-15T10:00',
        mode: 'whatsapp-group',
        source: 'सी0ओ0 समूह',
        informant: { name: 'प्रधान' },
        summary: 'सी0ओ0 समूह में सूचना',
      });
      expect(own.serial).toBe(1);

      const all = await co.call('documents.summaryHtml', { month: '2025-01', allStations: true });
      expect(all.figures.stations.map((s) => s.station)).toEqual(['क्षेत्राधिकारी कार्यालय बांसगांव', 'गगहा', 'बांसगांव']);
      expect(all.figures.total.received).toBe(all.figures.stations.reduce((n, s) => n + s.received, 0));
      expect((await co.call('documents.summaryHtml', { month: '2025-01' })).figures.total.received).toBe(1);
      const gagaha = await co.call('documents.registerHtml', { month: '2025-01', station: 'गगहा' });
      expect(gagaha.rows).toBe(41);
      expect(gagaha.html).toContain('थाना <b>गगहा</b>');
      expect((await co.call('documents.registerHtml', { month: '2025-01' })).rows).toBe(1);

      // the combined export carries each row's own station; re-import adds nothing
      const combined = path.join(dir, 'combined.csv');
      const ex = await co.download('exchange.exportCsv', { from: '2024-12-01', to: '2025-02-28' }, combined);
      expect(ex.rows).toBe(43 + 12 + 1);
      const [header, ...body] = rows(combined);
      expect(new Set(body.map((x) => byKey(header, x).station))).toEqual(new Set(['गगहा', 'बांसगांव', 'क्षेत्राधिकारी कार्यालय बांसगांव']));
      expect(await co.call('exchange.importCsv', { path: combined })).toMatchObject({ ok: true, added: 0, unchanged: 56 });
      expect(await co.call('audit.verify')).toMatchObject({ ok: true });
    } finally {
      co.close();
    }
  });

  it('refuses a file with invalid rows, naming each row and column in Hindi and English, and imports nothing', async () => {
    const b = await makeRegister({ now: NOW });
    try {
      const head = (await b.call('audit.verify')).head;
      const bad = path.join(dir, 'bad.csv');
      fs.writeFileSync(
        bad,
        [
          'serial,receivedAt,mode,informantName,summary,status,disposedAt,informantPhone,year',
          '1,08-01-2025 10:32,फ़ोन,रामप्रीत,ठीक पंक्ति,,,,',
          '2,32-01-2025,फ़ोन,क,ख,,,,',
          '3,08-01-2025,कबूतर,क,ख,,,,',
          '4,08-01-2025,फ़ोन,क,,,,,',
          '5,08-01-2025,फ़ोन,क,ख,निस्तारित,,,',
          '6,08-01-2025,फ़ोन,क,ख,,,12345,',
          '1,09-01-2025,फ़ोन,क,ख,,,,',
          '8,08-01-2025,फ़ोन,क,ख,,,,2024',
          'x,08-01-2025,फ़ोन,क,ख,,,,',
        ].join('\r\n'),
      );
      const r = await b.call('exchange.importCsv', { path: bad });
      expect(r.ok).toBe(false);
      expect(r.added).toBe(0);
      expect(r.errors.map((e) => [e.row, e.column])).toEqual([
        [3, 'receivedAt'],
        [4, 'mode'],
        [5, 'summary'],
        [6, 'disposedAt'],
        [7, 'informantPhone'],
        [8, 'serial'],
        [9, 'year'],
        [10, 'serial'],
      ]);
      expect(r.errors[0].message).toMatch(/^पंक्ति 3, स्तंभ "प्राप्ति दिनांक व समय": .* \/ row 3, column receivedAt: /);
      expect(r.errors[5].message).toContain('पंक्ति 2 में पहले');
      expect((await b.call('entries.list', {})).total).toBe(0);
      expect((await b.call('audit.verify')).head).toBe(head);
    } finally {
      b.close();
    }
  });

  it('brings in an old register kept in Excel: keys or labels, Devanagari digits, dd/mm/yyyy, "5/2024" serials, no station column', async () => {
    const b = await makeRegister({ now: NOW });
    try {
      const old = path.join(dir, 'old-register.csv');
      fs.writeFileSync(
        old,
        `\uFEFF${[
          'क्रम संख्या,receivedAt,प्राप्ति का माध्यम,सूचनाकर्ता / शिकायतकर्ता का नाम,सूचनाकर्ता का मोबाइल,शिकायत का संक्षिप्त विवरण,निस्तारण की तिथि,अभ्युक्ति,पुराना स्तंभ',
          '५/२०२४,१२/११/२०२४ ४:३० pm,व्हाट्सएप ग्रुप,श्याम सुंदर,9839047125,"पड़ोसी से विवाद, मारपीट",20/11/2024,,x',
          '6,2024-11-13 09:05,स्वयं,गीता देवी,,नाली का विवाद,,सुलह हेतु,y',
        ].join('\r\n')}\r\n`,
      );
      const r = await b.call('exchange.importCsv', { path: old });
      expect(r).toMatchObject({ ok: true, added: 2 });
      expect(r.warnings.join()).toContain('पुराना स्तंभ');
      const list = (await b.call('entries.list', { limit: 10 })).rows.sort((x, y) => x.serial - y.serial);
      expect(list.map((e) => [e.serial, e.year, e.receivedAt, e.mode, e.status])).toEqual([
        [5, 2024, '2024-11-12T16:30:00', 'whatsapp-group', 'disposed'],
        [6, 2024, '2024-11-13T09:05:00', 'in-person', 'pending'],
      ]);
      const e5 = await b.call('entries.get', { id: list[0].id });
      expect(e5.informant.phone).toBe('+919839047125');
      expect(e5.dueAt).toBe('2024-11-22');
      const next = await b.call('entries.create', {
        receivedAt: '2024-12-01T10:00',
        mode: 'phone',
        informant: { name: 'क' },
        summary: 'ख',
      });
      expect(next.serial).toBe(7);
      // a clash with an entry made in this register is an error, not an overwrite
      const clash = path.join(dir, 'clash.csv');
      fs.writeFileSync(clash, 'serial,receivedAt,informantName,summary\r\n7,01-12-2024 10:00,दूसरा,दूसरी शिकायत\r\n');
      const c = await b.call('exchange.importCsv', { path: clash });
      expect(c.ok).toBe(false);
      expect(c.errors[0]).toMatchObject({ row: 2, column: 'serial' });
    } finally {
      b.close();
    }
  });

  it('reads semicolon-separated files and explains a UTF-16 or non-UTF-8 file', async () => {
    const b = await makeRegister({ now: NOW });
    try {
      const semi = path.join(dir, 'semi.csv');
      fs.writeFileSync(semi, 'serial;receivedAt;informantName;summary\r\n1;08-01-2025 10:00;क, ख;"ग; घ"\r\n');
      expect(await b.call('exchange.importCsv', { path: semi })).toMatchObject({ ok: true, added: 1 });
      const u16 = path.join(dir, 'u16.csv');
      fs.writeFileSync(u16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('serial\tsummary\r\n', 'utf16le')]));
      const r = await b.try('exchange.importCsv', { path: u16 });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toContain('CSV UTF-8');
      const latin1 = path.join(dir, 'latin1.csv');
      fs.writeFileSync(
        latin1,
        Buffer.concat([
          Buffer.from('serial,receivedAt,informantName,summary\r\n2,08-01-2025,'),
          Buffer.from([0xe9, 0xe8]),
          Buffer.from(',x\r\n'),
        ]),
      );
      const l = await b.call('exchange.importCsv', { path: latin1 });
      expect(l.ok).toBe(false);
      expect(l.errors[0].message).toContain('UTF-8');
    } finally {
      b.close();
    }
  });
});

describe('contract', () => {
  it('declares the documents channels with the same modes and statuses as the core contract', () => {
    expect(Object.keys(documentsContract).every((k) => k in contract)).toBe(true);
    const exp = documentsContract['exchange.exportCsv'].input;
    for (const s of ENTRY_STATUSES)
      expect(exp.safeParse({ from: '2025-01-01', to: '2025-01-02', path: 'x', status: s }).success).toBe(true);
    const fig = documentsContract['documents.summaryHtml'].output.shape.figures.shape.total.shape.receivedByMode;
    expect(fig.safeParse(Object.fromEntries(ENTRY_MODES.map((m) => [m, 0]))).success).toBe(true);
  });
});
