// Full import of a generated 200,000-message export: parse, store, search index, digest, audit.
// Run: npx tsx bench/import-bench.ts [n]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL, fileURLToPath } from 'node:url';
import type { BuildOptions } from 'esbuild';
import { SHELL_BUNDLE } from '../scripts/bundle-options.mjs';
import { generateExport } from './generate-export';

const HERE = path.dirname(fileURLToPath(import.meta.url));

export interface ImportBenchResult {
  messages: number;
  file_mb: number;
  import_ms: number;
  /** CPU time of the import (user + system): steadier than wall time on a shared, loaded machine. */
  cpu_ms: number;
  peak_rss_mb: number;
  messages_per_s: number;
}

const ROOT = path.join(HERE, '..');
const BUILD = path.join(HERE, '.build');

/**
 * Bundles the child the way scripts/build.mjs bundles the app (the key worker beside it), so the figure
 * is the shipped code's and not tsx's on-the-fly compiling.
 */
async function buildChild(): Promise<string> {
  const { build } = await import('esbuild');
  const common: BuildOptions = { ...SHELL_BUNDLE, logLevel: 'error' };
  await build({ ...common, entryPoints: [path.join(HERE, 'import-child.ts')], outfile: path.join(BUILD, 'import-child.cjs') });
  await build({
    ...common,
    entryPoints: [path.join(ROOT, 'electron/core/ingest/prepare-worker.ts')],
    outfile: path.join(BUILD, 'prepare-worker.cjs'),
  });
  return path.join(BUILD, 'import-child.cjs');
}

export async function benchImport(n = 200_000, mode: 'bundled' | 'tsx' = 'bundled'): Promise<ImportBenchResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thana-bench-import-'));
  const file = path.join(dir, 'WhatsApp Chat with बेंच समूह.txt');
  fs.writeFileSync(file, generateExport(n, { format: 'android' }));
  const args = mode === 'bundled' ? [await buildChild()] : ['--import', 'tsx', path.join(HERE, 'import-child.ts')];
  const out = execFileSync(process.execPath, [...args, path.join(dir, 'data'), file], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    cwd: ROOT,
    env: { ...process.env, THANA_MIGRATIONS: path.join(ROOT, 'db', 'migrations') },
  });
  const r = JSON.parse(out) as { ms: number; cpu_ms: number; newMessages: number; peak_rss_mb: number };
  const result = {
    messages: r.newMessages,
    file_mb: Math.round(fs.statSync(file).size / 1048576),
    import_ms: r.ms,
    cpu_ms: r.cpu_ms,
    peak_rss_mb: r.peak_rss_mb,
    messages_per_s: Math.round((r.newMessages / r.ms) * 1000),
  };
  fs.rmSync(dir, { recursive: true, force: true });
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const mode = process.argv[3] === 'tsx' ? 'tsx' : 'bundled';
  console.table(await benchImport(Number(process.argv[2] ?? 200_000), mode));
}
