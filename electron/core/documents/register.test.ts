/**
 * The monthly register, the summary sheet and the section 63 certificate as a reader gets them: real data
 * folder, real handlers, real Chromium, read back with poppler (pdftotext, pdffonts, pdfinfo, pdftoppm).
 * PNGs of page 1 of each document are left in PNG_DIR for a person to look at.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { makeRegister, tempDir, type TestRegister } from '../testing/fixture';
import { REGISTER_COLUMNS } from '../../shared/labels';
import { openPrinter, type Printer } from './pdf';
import { FORMULA_SUMMARY, makeMonthData, type MonthData } from './testing/month-data';
import { PNG_DIR, pdfFonts, pdfPagePng, pdfPageSize, pdfPages, pdfText, squash } from './testing/pdf-tools';
import { findChromium, chromiumCandidates } from './chromium';

let reg: TestRegister;
let data: MonthData;
let printer: Printer;
let out: string;
const DEVICE = 'मोबाइल फ़ोन Samsung Galaxy M14 (SM-M146B), IMEI 356789104563219, थाना गगहा का व्हाट्सऐप नंबर 94544 03362';

beforeAll(async () => {
  reg = await makeRegister({ now: '2025-03-31T06:30:00Z' });
  await reg.call('station.update', { receivingDevice: DEVICE });
  await reg.call('operators.create', { name: 'सुरेश निषाद', role: 'munshi' });
  data = await makeMonthData(reg, { month: '2025-01', count: 60, neighbours: true, evidence: true });
  printer = await openPrinter();
  out = tempDir('thana-docs-');
});
afterAll(async () => {
  await printer?.close();
  reg?.close();
});

/** A serial such as 1/2025 that is not the tail of 11/2025 or 21/2025. */
const serialRe = (s: string) => new RegExp(`(?<![\\d/])${s.replace('/', '\\/')}(?!\\d)`);

describe('monthly register PDF', () => {
  let pdf: string;
  let html: string;
  let seal: string;
  beforeAll(async () => {
    const doc = await reg.call('documents.registerHtml', { month: '2025-01' });
    html = doc.html;
    seal = doc.seal;
    expect(doc.rows).toBe(60);
    pdf = path.join(out, 'register-2025-01.pdf');
    await printer.print(doc.html, pdf, doc.print);
  });

  it('is A4 landscape with the Devanagari font embedded', () => {
    const size = pdfPageSize(pdf);
    expect(Math.round(size.width)).toBe(842);
    expect(Math.round(size.height)).toBe(595);
    const fonts = pdfFonts(pdf);
    const noto = fonts.filter((f) => f.name.includes('NotoSansDevanagari'));
    expect(noto.length).toBeGreaterThan(0);
    expect(noto.every((f) => f.embedded)).toBe(true);
    expect(fonts.every((f) => f.embedded)).toBe(true);
  });

  it('shows the station, district, month and every Hindi column header', () => {
    const text = squash(pdfText(pdf));
    expect(text).toContain('गगहा');
    expect(text).toContain('गोरखपुर');
    expect(text).toContain('जनवरी 2025');
    // Header cells wrap over lines: look for each word of each label (none has a pre-base matra issue that
    // pdftotext reorders in these words; see pdf-tools.ts).
    for (const c of REGISTER_COLUMNS) for (const w of c.hi.split(/[\s/,]+/).filter(Boolean)) expect(text, c.hi).toContain(w);
  });

  it('lists every entry received in the month and none of another month', () => {
    const text = pdfText(pdf);
    for (const e of data.entries) expect(text, `${e.serial}/${e.year}`).toMatch(serialRe(`${e.serial}/${e.year}`));
    for (const e of data.outside) expect(text).not.toMatch(serialRe(`${e.serial}/${e.year}`));
    expect(text).not.toContain('PREVMONTHMARK');
    expect(text).not.toContain('NEXTMONTHMARK');
    // FIRs in UP style, with their sections
    for (const e of data.entries.filter((x) => x.firNumber)) expect(text).toContain(`${e.firNumber}/2025`);
    // A cell's lines stay together in pdftotext's reading order (without -layout).
    expect(squash(pdfText(pdf, { layout: false }))).toMatch(/मु0अ0सं0 \d+\/2025 धारा \d+/);
  });

  it('repeats the header row and numbers every page "X / Y"', () => {
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(4);
    for (let p = 1; p <= pages; p++) {
      const t = pdfText(pdf, { page: p });
      expect(t, `page ${p}`).toMatch(new RegExp(`(^|\\s)${p}\\s*/\\s*${pages}(\\s|$)`));
      // every register page carries the column header (the last page is the summary sheet)
      if (p < pages) {
        expect(t, `page ${p}`).toContain('हस्ताक्षर');
        expect(t, `page ${p}`).toContain('मु0अ0सं0 व धारा');
      }
    }
    expect(squash(pdfText(pdf, { page: pages }))).toContain('मासिक सारांश');
  });

  it('asks the printer to repeat the header row and not to split rows', () => {
    expect(html).toContain('thead{display:table-header-group}');
    expect(html).toContain('tr{break-inside:avoid');
    expect(html).toContain('@page{size:A4 landscape');
  });

  it('renders data only as React text: raw HTML goes in for the constant CSS alone', () => {
    for (const f of fs.readdirSync(__dirname).filter((x) => x.endsWith('.tsx'))) {
      const src = fs.readFileSync(path.join(__dirname, f), 'utf8');
      const uses = src.match(/dangerouslySetInnerHTML=\{\{[^}]*\}\}/g) ?? [];
      expect(
        uses.every((u) => u === 'dangerouslySetInnerHTML={{ __html: css }}'),
        f,
      ).toBe(true);
    }
  });

  it('prints markup and formulas typed into a complaint as the characters typed', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const text = squash(pdfText(pdf));
    expect(text).toContain('<script>alert(1)');
    expect(text).toContain('=HYPERLINK(');
    expect(FORMULA_SUMMARY.startsWith('=')).toBe(true);
  });

  it('strikes a cancelled entry through and shows why, like a paper register', () => {
    const cancelled = data.entries.find((e) => e.status === 'cancelled')!;
    const row = new RegExp(`<tr class="cancelled" data-serial="${cancelled.serial}/2025">(.*?)</tr>`).exec(html)?.[1] ?? '';
    expect(row).toContain('class="struck');
    expect(row).toContain('निरस्त: दोहरी प्रविष्टि');
    expect(squash(pdfText(pdf, { layout: false }))).toContain('निरस्त: दोहरी प्रविष्टि');
  });

  it('carries the seal of the audit chain and signature blocks for the munshi and the SHO', () => {
    expect(seal).toMatch(/^[0-9a-f]{64}$/);
    const text = squash(pdfText(pdf));
    expect(text.replace(/ /g, '')).toContain(seal);
    expect(text).toContain('सुरेश निषाद');
    expect(text).toContain('राजेश तिवारी');
    expect(text).toContain('SHO');
  });

  it('renders page 1 to PNG for a person to look at', () => {
    const png = pdfPagePng(pdf, 1, path.join(PNG_DIR, 'register-page-1'));
    expect(fs.statSync(png).size).toBeGreaterThan(10_000);
  });
});

describe('summary sheet PDF on its own', () => {
  it('is one page with the figures, the seal and the signatures', async () => {
    const doc = await reg.call('documents.summaryHtml', { month: '2025-01' });
    const t = doc.figures.total;
    expect(t.openingPending + t.received - t.settled).toBe(t.closingPending);
    expect(t.received).toBe(59); // 60 received, one of them cancelled
    expect(t.cancelled).toBe(1);
    expect(t.openingPending).toBe(1); // the entry of 31-12-2024
    const pdf = path.join(out, 'summary.pdf');
    await printer.print(doc.html, pdf, doc.print);
    expect(pdfPages(pdf)).toBe(1);
    const text = squash(pdfText(pdf));
    expect(text).toContain('मासिक सारांश');
    expect(text).toContain(`${t.openingPending} + ${t.received} − ${t.settled} = ${t.closingPending}`);
    expect(text).toMatch(/(^|\s)1\s*\/\s*1(\s|$)/);
    expect(
      pdfFonts(pdf)
        .filter((f) => f.name.includes('NotoSansDevanagari'))
        .every((f) => f.embedded),
    ).toBe(true);
    expect(fs.statSync(pdfPagePng(pdf, 1, path.join(PNG_DIR, 'summary-page-1'))).size).toBeGreaterThan(5_000);
  });
});

describe('section 63 certificate', () => {
  it('fills Part A from the record, leaves Part B blank, and adds the chain of custody', async () => {
    const ev = data.evidence!;
    const doc = await reg.call('documents.certificateHtml', { sha256: ev.sha256 });
    expect(doc.verified).toBe(true);
    const pdf = path.join(out, 'certificate.pdf');
    await printer.print(doc.html, pdf, doc.print);
    const size = pdfPageSize(pdf);
    expect(Math.round(size.width)).toBe(595); // A4 portrait
    expect(pdfPages(pdf)).toBe(3);
    const text = squash(pdfText(pdf));
    expect(text).toContain(ev.sha256);
    expect(text).toContain('SHA256');
    expect(text).toContain(ev.fileName);
    expect(text).toContain('Samsung Galaxy M14 (SM-M146B), IMEI 356789104563219');
    expect(text).toContain('video/mp4');
    expect(text).toContain(`${ev.bytes.length.toLocaleString('en-IN')}`);
    expect(text).toContain('Part A');
    expect(text).toContain('Part B');
    expect(text).toContain('Chain of custody');
    expect(text).toContain('Vinod Jaiswal Kirana');
    expect(text).toContain('राजेश तिवारी'); // who imported it
    expect(text).toContain('re-computed at print time: matches');
    expect(text).toContain('it does not show that its content is genuine');
    expect(text).toContain('1/2025'); // the register entry it belongs to
    // both sightings: the group message and the phone number's message
    const raw = squash(pdfText(pdf, { layout: false }));
    expect(raw).toMatch(/01-01-2025 10:31/);
    expect(raw).toMatch(/01-01-2025 10:35/);
    expect(fs.statSync(pdfPagePng(pdf, 1, path.join(PNG_DIR, 'certificate-page-1'))).size).toBeGreaterThan(5_000);
  });

  it('says so, in the certificate itself, when the stored file no longer matches', async () => {
    const reg2 = await makeRegister({ now: '2025-03-31T06:30:00Z' });
    try {
      const d2 = await makeMonthData(reg2, { month: '2025-02', count: 2, evidence: true });
      const sha = d2.evidence!.sha256;
      const file = path.join(reg2.dir, 'evidence', sha.slice(0, 2), sha.slice(2, 4), sha);
      fs.chmodSync(file, 0o644);
      fs.appendFileSync(file, 'x');
      const doc = await reg2.call('documents.certificateHtml', { sha256: sha });
      expect(doc.verified).toBe(false);
      expect(doc.html).toContain('do not issue this certificate');
      expect((await reg2.try('documents.certificateHtml', { sha256: 'a'.repeat(64) })).ok).toBe(false);
    } finally {
      reg2.close();
    }
  });
});

describe('Chromium lookup', () => {
  it('prefers THANA_CHROMIUM, then the platform’s usual places (Edge and Chrome on Windows)', () => {
    expect(chromiumCandidates({ THANA_CHROMIUM: '/opt/c' }, 'linux')[0]).toBe('/opt/c');
    const win = chromiumCandidates(
      { ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\m\\AppData\\Local' },
      'win32',
    );
    expect(win).toContain('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
    expect(win).toContain('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(findChromium({}, 'linux', (p) => p === '/usr/bin/chromium')).toBe('/usr/bin/chromium');
    expect(() => findChromium({}, 'linux', () => false)).toThrow(/THANA_CHROMIUM/);
  });
});
