/**
 * Evidence store throughput: EvidenceStore.put (hash + write + fsync + publish) of a random file
 * versus `sha256sum` on the same file, best of 3 each.
 *
 *   npx tsx bench/evidence-bench.ts [sizeMb]
 *
 * ratio = sha256sum_ms / store_ms, i.e. store throughput relative to sha256sum (goal: >= 0.8).
 */
import { execFileSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EvidenceStore } from '../electron/core/evidence/store';

export interface EvidenceBenchResult {
  size_mb: number;
  store_ms: number;
  sha256sum_ms: number;
  ratio: number;
  peak_rss_mb: number;
}

function writeRandomFile(path: string, sizeMb: number): void {
  const chunk = Buffer.allocUnsafe(4 * 1024 * 1024);
  const fd = openSync(path, 'w');
  try {
    let left = sizeMb * 1024 * 1024;
    while (left > 0) {
      const n = Math.min(left, chunk.length);
      randomFillSync(chunk, 0, n);
      writeSync(fd, chunk, 0, n);
      left -= n;
    }
  } finally {
    closeSync(fd);
  }
}

export async function benchEvidence(sizeMb = 200): Promise<EvidenceBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'thana-evidence-bench-'));
  try {
    const src = join(dir, 'random.bin');
    writeRandomFile(src, sizeMb);

    let sha256sumMs = Infinity;
    let expected = '';
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      const out = execFileSync('sha256sum', [src], { encoding: 'utf8' });
      sha256sumMs = Math.min(sha256sumMs, performance.now() - t);
      expected = out.split(/\s+/)[0];
    }

    let storeMs = Infinity;
    for (let i = 0; i < 3; i++) {
      const root = join(dir, `store-${i}`);
      const store = new EvidenceStore(root); // fresh store: every run really writes the file
      const t = performance.now();
      const stored = await store.put(src);
      storeMs = Math.min(storeMs, performance.now() - t);
      if (stored.sha256 !== expected || stored.existed) throw new Error(`bench: unexpected put result ${JSON.stringify(stored)}`);
      rmSync(root, { recursive: true, force: true });
    }

    const round = (n: number) => Math.round(n * 10) / 10;
    return {
      size_mb: sizeMb,
      store_ms: round(storeMs),
      sha256sum_ms: round(sha256sumMs),
      ratio: Math.round((sha256sumMs / storeMs) * 100) / 100,
      peak_rss_mb: round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sizeMb = process.argv[2] ? Number(process.argv[2]) : 200;
  const result = await benchEvidence(sizeMb);
  console.log(JSON.stringify(result, null, 2));
}
