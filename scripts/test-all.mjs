#!/usr/bin/env node
// Runs every suite (typecheck, lint, vitest, Playwright) and ends with one line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'thana-tests-'));
let passed = 0;
let failed = 0;
let skipped = 0;
const lines = [];

function run(cmd, args, env = {}) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function step(name, cmd, args) {
  const code = run(cmd, args);
  if (code === 0) passed++;
  else failed++;
  lines.push(`${name}: ${code === 0 ? 'passed' : 'FAILED'}`);
}

step('typecheck (node)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
step('typecheck (renderer)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.web.json']);
step('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
step('format', 'npx', ['prettier', '--check', '.']);
step('layers', 'npx', [
  'depcruise',
  'electron',
  'db',
  'renderer/src',
  'renderer/e2e',
  'bench',
  'scripts',
  '--config',
  '.dependency-cruiser.cjs',
  '--output-type',
  'err',
]);

const vitestJson = path.join(tmp, 'vitest.json');
const vcode = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
if (fs.existsSync(vitestJson)) {
  const r = JSON.parse(fs.readFileSync(vitestJson, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  // A suite that failed to load has no tests counted: count it as a failure.
  const brokenFiles = r.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  failed += brokenFiles;
  lines.push(`vitest: ${r.numPassedTests} passed, ${r.numFailedTests + brokenFiles} failed`);
} else {
  failed++;
  lines.push(`vitest: no report (exit ${vcode})`);
}

if (fs.existsSync('playwright.config.ts')) {
  const pwJson = path.join(tmp, 'playwright.json');
  const pcode = run('npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson });
  if (fs.existsSync(pwJson)) {
    const r = JSON.parse(fs.readFileSync(pwJson, 'utf8'));
    passed += r.stats.expected + (r.stats.flaky ?? 0);
    failed += r.stats.unexpected;
    skipped += r.stats.skipped;
    lines.push(`playwright: ${r.stats.expected} passed, ${r.stats.unexpected} failed, ${r.stats.skipped} skipped`);
  } else {
    failed++;
    lines.push(`playwright: no report (exit ${pcode})`);
  }
}

// Electron smoke test (playwright.electron.config.ts): runs where an Electron binary exists; here it reports
// itself skipped, and skipped tests are never counted as passed.
if (fs.existsSync('playwright.electron.config.ts')) {
  const smokeJson = path.join(tmp, 'electron-smoke.json');
  const scode = run('npx', ['playwright', 'test', '-c', 'playwright.electron.config.ts', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: smokeJson,
  });
  if (fs.existsSync(smokeJson)) {
    const r = JSON.parse(fs.readFileSync(smokeJson, 'utf8'));
    passed += r.stats.expected + (r.stats.flaky ?? 0);
    failed += r.stats.unexpected;
    skipped += r.stats.skipped;
    lines.push(`electron smoke: ${r.stats.expected} passed, ${r.stats.unexpected} failed, ${r.stats.skipped} skipped`);
  } else {
    failed++;
    lines.push(`electron smoke: no report (exit ${scode})`);
  }
}

console.log(`\n${lines.join('\n')}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed ? 1 : 0;
