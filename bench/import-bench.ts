// Full import of a generated 200,000-message export: parse, store, search index, digest, audit.
// Run: npx tsx bench/import-bench.ts [n]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL, fileURLToPath } from 'node:url';
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

export async function benchImport(n = 200_000): Promise<ImportBenchResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thana-bench-import-'));
  const file = path.join(dir, 'WhatsApp Chat with बेंच समूह.txt');
  fs.writeFileSync(file, generateExport(n, { format: 'android' }));
  const tsx = path.join(HERE, '..', 'node_modules', '.bin', 'tsx');
  const out = execFileSync(tsx, [path.join(HERE, 'import-child.ts'), path.join(dir, 'data'), file], { encoding: 'utf8', maxBuffer: 1 << 20 });
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
  console.table(await benchImport(Number(process.argv[2] ?? 200_000)));
}
