import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';

const ROOT = path.resolve(__dirname, '../../..');
const WORKER = path.join(ROOT, 'electron/core/testing/kill-worker.ts');

export interface WorkerRun {
  lines: string[];
  killed: boolean;
}

/**
 * Runs the kill worker (node with the tsx loader: one process, so SIGKILL hits the worker itself) and
 * kills it `afterMs` after it has started, or lets it finish. Returns what it said it had committed.
 */
export function runKillWorker(args: string[], afterMs: number): Promise<WorkerRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER, ...args], { stdio: ['ignore', 'pipe', 'pipe'], cwd: ROOT });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | null = null;
    child.stdout.on('data', (d) => {
      out += d;
      if (!timer && out.includes('started\n') && Number.isFinite(afterMs)) timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
    });
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL' && code !== 0) return reject(new Error(`worker failed (${code}): ${err}`));
      // Only whole lines were committed before they were written; a cut-off last line is dropped.
      const lines = out.split('\n');
      lines.pop();
      resolve({ lines, killed: signal === 'SIGKILL' });
    });
  });
}

export function storedEvidenceFiles(dataDir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    if (!fs.existsSync(d)) return;
    for (const f of fs.readdirSync(d, { withFileTypes: true })) {
      if (f.isDirectory()) walk(path.join(d, f.name));
      else out.push(f.name);
    }
  };
  walk(path.join(dataDir, 'evidence'));
  return out.sort();
}
