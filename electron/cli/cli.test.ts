import { runCli } from '../core/testing/cli';
import { describe, it, expect, beforeAll } from 'vitest';
import path from 'node:path';
import Database from 'better-sqlite3';
import { tempDir } from '../core/testing/fixture';

const cli = (dataDir: string, args: string[], input?: string) => runCli(dataDir, args, { input });

describe('command line, as a new user would use it', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('thana-cli-');
    const init = cli(dir, ['init', '--station', 'गगहा', '--district', 'गोरखपुर', '--operator', 'राजेश तिवारी']);
    expect(init.code, init.stderr).toBe(0);
  });

  it('numbers entries per year, keeps cancelled ones, searches Hindi and verifies', () => {
    const mk = (receivedAt: string, summary: string) =>
      cli(dir, [
        'call',
        'entries.create',
        // Dates before this register's first year (it is set up today), confirmed as the desk would ask.
        JSON.stringify({
          receivedAt,
          mode: 'whatsapp-group',
          source: 'थाना गगहा सूचना',
          informant: { name: 'आयुष चौधरी' },
          summary,
          confirmDate: true,
        }),
      ]);
    const serials = [
      mk('2024-12-30T10:00', 'पहली'),
      mk('2024-12-31T10:00', 'दूसरी'),
      mk('2025-01-01T10:00', 'नए साल की पहली'),
      mk('2025-01-02T10:00', 'चाधर गाँव'),
    ].map((r) => {
      expect(r.code, r.stderr).toBe(0);
      return `${r.json().serial}/${r.json().year}`;
    });
    expect(serials).toEqual(['1/2024', '2/2024', '1/2025', '2/2025']);

    const viaStdin = cli(dir, ['call', 'entries.cancel'], JSON.stringify({ entryId: 2, reason: 'गलत प्रविष्टि' }));
    expect(viaStdin.code, viaStdin.stderr).toBe(0);
    expect(cli(dir, ['call', 'entries.get', '{"id":2}']).json()).toMatchObject({ status: 'cancelled', cancelReason: 'गलत प्रविष्टि' });

    const found = cli(dir, ['call', 'search', '{"q":"चौधरी"}']).json();
    expect(found.entries).toHaveLength(4);
    expect(
      cli(dir, ['call', 'search', '{"q":"चाधर"}'])
        .json()
        .entries.map((e: { id: number }) => e.id),
    ).toEqual([4]);

    const v = cli(dir, ['verify']);
    expect(v.code, v.stdout + v.stderr).toBe(0);
  });

  it('refuses invalid input with exit 2 and a one-line error', () => {
    const r = cli(dir, ['call', 'entries.create', '{"receivedAt":"kal","mode":"phone","informant":{"name":"x"},"summary":"y"}']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('receivedAt');
    expect(cli(dir, ['call', 'entries.create', '{not json']).code).toBe(2);
    expect(cli(dir, ['call', 'no.such', '{}']).code).toBe(2);
  });

  it('verify exits non-zero and names the row after a raw SQL edit', () => {
    const d = tempDir('thana-cli-tamper-');
    cli(d, ['init', '--station', 'गगहा', '--district', 'गोरखपुर']);
    cli(d, [
      'call',
      'entries.create',
      JSON.stringify({ receivedAt: '2025-01-08T10:00', mode: 'phone', informant: { name: 'क' }, summary: 'ख', confirmDate: true }),
    ]);
    const db = new Database(path.join(d, 'register.sqlite'));
    db.prepare("UPDATE entries SET summary = 'ग' WHERE id = 1").run();
    db.close();
    const v = cli(d, ['verify', '--json']);
    expect(v.code).not.toBe(0);
    expect(v.json().problems).toContainEqual(expect.objectContaining({ entity: 'entries', id: 1 }));
    const text = cli(d, ['verify']);
    expect(text.stdout).toContain('entries 1');
  });
});

describe('arguments the command line does not know', () => {
  it('are errors, named in both languages, and nothing runs', () => {
    const dir = tempDir('thana-cli-args-');
    const before = cli(dir, ['init', '--station', 'गगहा', '--district', 'गोरखपुर', '--frobnicate']);
    expect(before.code).toBe(2);
    expect(before.stderr).toMatch(/अज्ञात विकल्प --frobnicate \/ unknown option --frobnicate/);
    // Nothing was set up: the same command without the stray option is still the first run.
    const init = cli(dir, ['init', '--station', 'गगहा', '--district', 'गोरखपुर']);
    expect(init.code, init.stderr).toBe(0);
    // An option of another command is not this command's.
    const wrong = cli(dir, ['messages', '--mask']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/unknown option --mask/);
    expect(wrong.stderr).toContain('messages [--source NAME] [--json]');
    // A flag given a value, and a value left off.
    expect(cli(dir, ['verify', '--json=yes']).code).toBe(2);
    expect(cli(dir, ['messages', '--source']).stderr).toMatch(/missing value/);
    // Words a command does not take.
    const extra = cli(dir, ['channels', 'extra']);
    expect(extra.code).toBe(2);
    expect(extra.stderr).toMatch(/takes 0 word\(s\) after it, not 1/);
    expect(cli(dir, ['import']).stderr).toMatch(/at least 1/);
  });

  it('--help prints each command’s usage, made from the same table the parser uses', () => {
    const dir = tempDir('thana-cli-help-');
    const all = cli(dir, ['--help']);
    expect(all.code).toBe(0);
    for (const c of ['init', 'call', 'import', 'export-csv', 'import-csv', 'backup', 'restore', 'register', 'certificate', 'demo'])
      expect(all.stdout).toMatch(new RegExp(`^   ${c}\\b`, 'm'));
    const one = cli(dir, ['export-csv', '--help']);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('--mask');
    expect(one.stdout).not.toContain('import-csv');
  });
});
