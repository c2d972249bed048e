// How long the command line takes to start: the bundle `npm run cli` runs, beside the TypeScript sources under
// tsx (what `npm run cli` ran before). Median of several runs of a command that does almost nothing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCliBundle } from '../scripts/cli-bundle.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(args: string[]): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  return performance.now() - t;
}

export async function benchCliStart(runs = 5) {
  await ensureCliBundle();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thana-cli-bench-'));
  time(['scripts/cli.mjs', '--data', dir, 'init', '--station', 'बेंच', '--district', 'गोरखपुर']);
  const bundled = median(Array.from({ length: runs }, () => time(['scripts/cli.mjs', '--data', dir, '--help'])));
  const tsx = median(Array.from({ length: runs }, () => time(['--import', 'tsx', 'electron/cli/main.ts', '--data', dir, '--help'])));
  const verifyBundled = median(Array.from({ length: runs }, () => time(['scripts/cli.mjs', '--data', dir, 'verify'])));
  const verifyTsx = median(Array.from({ length: runs }, () => time(['--import', 'tsx', 'electron/cli/main.ts', '--data', dir, 'verify'])));
  fs.rmSync(dir, { recursive: true, force: true });
  return {
    help_bundled_ms: Math.round(bundled),
    help_tsx_ms: Math.round(tsx),
    verify_bundled_ms: Math.round(verifyBundled),
    verify_tsx_ms: Math.round(verifyTsx),
    speedup: Math.round((verifyTsx / verifyBundled) * 10) / 10,
  };
}
