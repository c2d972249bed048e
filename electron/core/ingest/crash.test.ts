import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { makeRegister, tempDir } from '../testing/fixture';
import { openDataFolder } from '../data-folder';
import { writeZip } from '../whatsapp/test-zip-writer';
import { generateExport } from '../../../bench/generate-export';
import { verifyAll } from '../verify';

const ROOT = path.resolve(__dirname, '../../..');
const WORKER = path.join(ROOT, 'electron/core/testing/import-worker.ts');
const KILLS = Number(process.env.THANA_KILLS ?? 12);

function storedFiles(dir: string): string[] {
  const root = path.join(dir, 'evidence');
  const out: string[] = [];
  const walk = (d: string) => {
    for (const f of fs.readdirSync(d, { withFileTypes: true })) {
      if (f.isDirectory()) walk(path.join(d, f.name));
      else out.push(f.name);
    }
  };
  if (fs.existsSync(root)) walk(root);
  return out;
}

/**
 * Runs the worker and kills it `ms` after it started, or lets it finish when ms is Infinity; a finished
 * run reports how long its import took.
 */
function runWorker(dataDir: string, zip: string, ms: number): Promise<'killed' | { done: number }> {
  return new Promise((resolve, reject) => {
    let startedAt = 0;
    // One process (node with the tsx loader), so SIGKILL hits the importer itself, not a wrapper.
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER, dataDir, 'बीट 4 समूह', zip], {
      stdio: ['ignore', 'pipe', 'pipe'],
      cwd: ROOT,
    });
    let out = '';
    let timer: NodeJS.Timeout | null = null;
    child.stdout.on('data', (d) => {
      out += d;
      // The clock starts once the worker is up, so kills land inside the import, not in start-up.
      if (out.includes('started') && !startedAt) startedAt = performance.now();
      if (out.includes('started') && !timer && Number.isFinite(ms)) timer = setTimeout(() => child.kill('SIGKILL'), ms);
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal === 'SIGKILL') resolve('killed');
      else if (out.includes('done')) resolve({ done: performance.now() - startedAt });
      else reject(new Error(`worker failed: ${out}`));
    });
  });
}

describe('crash safety of imports', () => {
  it(
    `survives ${KILLS} SIGKILLs at random moments: integrity, verify, all-or-nothing, no orphans, exact counts after`,
    async () => {
      const work = tempDir('thana-crash-');
      const chat = generateExport(20_000, { format: 'android' });
      const media = Array.from({ length: 6 }, (_, i) => ({
        name: `VID-20250108-WA000${i}.mp4`,
        data: randomBytes(3 * 1024 * 1024),
        method: 0,
      }));
      const zip = writeZip(path.join(work, 'export.zip'), [{ name: 'WhatsApp Chat with बीट 4.txt', data: chat }, ...media]);

      // The expected result, from one clean import.
      const clean = await makeRegister();
      const expected = await clean.call('import.files', { paths: [zip], source: 'बीट 4 समूह' });
      clean.close();

      const reg = await makeRegister();
      const dataDir = reg.dir;
      reg.close();
      // Kills are spread over the time an import takes here and now (machines and loads differ).
      const calibration = await makeRegister();
      calibration.close();
      const timed = await runWorker(calibration.dir, zip, Infinity);
      if (timed === 'killed') throw new Error('calibration run was killed');
      const window = timed.done;
      let killed = 0;
      let completed = 0;
      for (let i = 0; i < KILLS; i++) {
        const fresh = i % 3 !== 2; // sometimes kill a re-import on top of a finished one
        if (fresh && completed) {
          // start again from an empty register so most kills hit a first import
          fs.rmSync(dataDir, { recursive: true, force: true });
          const r = await makeRegister({ dir: dataDir });
          r.close();
          completed = 0;
        }
        const outcome = await runWorker(dataDir, zip, Math.random() * window);
        if (outcome === 'killed') killed++;
        else completed++;

        const folder = openDataFolder(dataDir); // start-up housekeeping runs here
        const db = folder.db.sqlite;
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const v = await verifyAll({ db: folder.db, dataDir, now: () => new Date(), operator: null, channel: 'test' });
        expect(v.problems).toEqual([]);
        const messages = (db.prepare('SELECT count(*) AS n FROM messages').get() as { n: number }).n;
        const imports = (db.prepare('SELECT count(*) AS n FROM imports').get() as { n: number }).n;
        expect([0, expected.newMessages]).toContain(messages);
        expect(messages === 0).toBe(imports === 0);
        const referenced = new Set((db.prepare('SELECT sha256 FROM evidence').all() as { sha256: string }[]).map((r) => r.sha256));
        expect(storedFiles(dataDir).sort()).toEqual([...referenced].sort());
        if (messages) completed = 1;
        folder.close();
      }
      console.log(
        `import kill test: ${killed} killed mid-import, ${KILLS - killed} finished first (an import took ${Math.round(window)} ms)`,
      );
      expect(killed).toBeGreaterThan(KILLS / 2);

      // After all that, importing again gives exactly the expected counts.
      const final = await makeRegister({ dir: dataDir });
      const again = await final.call('import.files', { paths: [zip], source: 'बीट 4 समूह' });
      const total = (await final.call('messages.list', { limit: 1 })).total;
      expect(total).toBe(expected.newMessages);
      expect(again.newMessages + again.duplicateMessages).toBe(expected.newMessages);
      expect((await final.call('evidence.list', {})).total).toBe(6);
      final.close();
    },
    Math.max(600_000, KILLS * 30_000),
  );
});
