/**
 * The document commands as a munshi would type them: real CLI process, real data folder, real Chromium.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { makeRegister, tempDir } from '../core/testing/fixture';
import { CLI } from '../core/testing/cli';
import { makeMonthData, type MonthData } from '../core/documents/testing/month-data';
import { pdfPages, pdfText } from '../core/documents/testing/pdf-tools';

const ROOT = path.resolve(__dirname, '../..');
function cli(dataDir: string, args: string[]) {
  const r = spawnSync(process.execPath, [CLI, '--data', dataDir, ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout) };
}

let dir: string;
let out: string;
let data: MonthData;

beforeAll(async () => {
  dir = tempDir('thana-cli-docs-');
  out = tempDir('thana-cli-out-');
  const reg = await makeRegister({ dir, now: '2025-03-10T06:30:00Z' });
  data = await makeMonthData(reg, { month: '2025-01', count: 24, neighbours: true, evidence: true });
  reg.close();
});

// Each command is a fresh process (tsx start-up, and Chromium for a PDF): slow on a loaded machine.
describe('document commands', { timeout: 240_000 }, () => {
  it('register --month --pdf --html writes the month’s register with its seal', () => {
    const pdf = path.join(out, 'register.pdf');
    const html = path.join(out, 'register.html');
    const r = cli(dir, ['register', '--month', '2025-01', '--pdf', pdf, '--html', html]);
    expect(r.code, r.stderr).toBe(0);
    const v = r.json();
    expect(v).toMatchObject({ pdf, html, rows: 24 });
    expect(v.seal).toMatch(/^[0-9a-f]{64}$/);
    expect(pdfPages(pdf)).toBeGreaterThan(1);
    expect(pdfText(pdf)).toContain('गगहा');
    expect(fs.readFileSync(html, 'utf8')).toContain('<!DOCTYPE html>');

    const seal = cli(dir, ['verify', '--seal', v.seal]);
    expect(seal.code, seal.stderr).toBe(0);
    expect(seal.stdout).toContain('ठीक / OK');
    expect(seal.stdout).toContain('no change since the seal');
  });

  it('summary and certificate print PDFs; bad arguments exit 2 with one line', () => {
    const s = cli(dir, ['summary', '--month', '2025-01', '--pdf', path.join(out, 'summary.pdf')]);
    expect(s.code, s.stderr).toBe(0);
    expect(s.json().total.received).toBe(23);
    const c = cli(dir, ['certificate', '--evidence', data.evidence!.sha256, '--pdf', path.join(out, 'cert.pdf')]);
    expect(c.code, c.stderr).toBe(0);
    expect(c.json().verified).toBe(true);
    expect(pdfText(path.join(out, 'cert.pdf'))).toContain(data.evidence!.sha256);
    const bad = cli(dir, ['register', '--pdf', path.join(out, 'x.pdf')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('export-csv and import-csv carry a month to another data folder; verify --seal tells changes apart from rewrites', () => {
    const csv = path.join(out, 'jan.csv');
    const e = cli(dir, [
      'export-csv',
      '--from',
      '01-01-2025',
      '--to',
      '2025-01-31',
      '--out',
      csv,
      '--status',
      'निस्तारित,pending,एफआईआर दर्ज',
    ]);
    expect(e.code, e.stderr).toBe(0);
    expect(e.json()).toMatchObject({ path: csv, masked: false });
    expect(e.json().rows).toBe(data.entries.filter((x) => ['disposed', 'pending', 'fir-registered'].includes(x.status)).length);
    const masked = cli(dir, ['export-csv', '--from', '2025-01-01', '--to', '2025-01-31', '--out', path.join(out, 'm.csv'), '--mask']);
    expect(masked.json().masked).toBe(true);

    const other = tempDir('thana-cli-co-');
    expect(cli(other, ['init', '--station', 'क्षेत्राधिकारी कार्यालय', '--district', 'गोरखपुर']).code).toBe(0);
    const i = cli(other, ['import-csv', csv]);
    expect(i.code, i.stderr).toBe(0);
    expect(i.stdout).toContain('आयात पूर्ण / imported');
    expect(i.stdout).toContain('थाना गगहा, गोरखपुर');
    const again = cli(other, ['import-csv', csv, '--json']);
    expect(again.json()).toMatchObject({ ok: true, added: 0 });

    const bad = path.join(out, 'bad.csv');
    fs.writeFileSync(bad, 'serial,receivedAt,informantName,summary\r\n1,kal,क,ख\r\n');
    const b = cli(other, ['import-csv', bad]);
    expect(b.code).toBe(2);
    expect(b.stdout).toContain('nothing was imported');
    expect(b.stdout).toContain('row 2, column receivedAt');

    const seal = e.json().seal as string;
    expect(cli(dir, ['call', 'entries.addAction', JSON.stringify({ entryId: data.entries[0].id, text: 'पुनः जांच' })]).code).toBe(0);
    const later = cli(dir, ['verify', '--seal', seal, '--json']);
    expect(later.code).toBe(0);
    expect(later.json()).toMatchObject({ found: true, chainOk: true, changesSince: 1, entriesChanged: [`${data.entries[0].serial}/2025`] });
    const wrong = cli(dir, ['verify', '--seal', 'f'.repeat(64)]);
    expect(wrong.code).toBe(3);
    expect(wrong.stdout).toContain('altered');
  });
});
