import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import pkg from '../package.json' with { type: 'json' };

const ROOT = path.resolve(__dirname, '..');

/**
 * Findings above low severity that we have reviewed and accept, each with the reason.
 * Anything else above low fails this test.
 */
const EXPLAINED: Record<string, string> = {
  PRELOAD_JS_CHECK:
    "The preload is ours and tiny (electron/preload/preload.ts): it exposes only invoke() for the contract's channels, " +
    'the file path of a dropped file and import events; it runs sandboxed with context isolation.',
};

describe('Electron security scan (electronegativity)', () => {
  it('finds nothing above low severity that is not explained', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'thana-eng-')), 'report.csv');
    const electron = pkg.devDependencies.electron;
    // -e: told the Electron version, it never tries to download the release list.
    const r = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules/@doyensec/electronegativity/dist/index.js'),
        '-i',
        path.join(ROOT, 'electron'),
        '-e',
        electron,
        '-o',
        out,
      ],
      { encoding: 'utf8', cwd: ROOT, timeout: 240_000 },
    );
    expect(fs.existsSync(out), r.stderr + r.stdout).toBe(true);
    const rows = parse(fs.readFileSync(out, 'utf8'), { columns: true, trim: true, skip_empty_lines: true }) as Record<string, string>[];
    const serious = rows.filter((f) => f.severity !== 'LOW' && f.severity !== 'INFORMATIONAL');
    const unexplained = serious
      .filter((f) => !EXPLAINED[f.issue])
      .map((f) => `${f.issue} ${f.severity} ${f.filename}:${f.location} ${f.sample}`);
    expect(unexplained).toEqual([]);
    // The checks that matter most must not appear at all.
    for (const must of [
      'CONTEXT_ISOLATION_JS_CHECK',
      'NODE_INTEGRATION_JS_CHECK',
      'SANDBOX_JS_CHECK',
      'WEB_SECURITY_JS_CHECK',
      'AUXCLICK_JS_CHECK',
    ]) {
      expect(rows.map((f) => f.issue)).not.toContain(must);
    }
  }, 300_000);
});
