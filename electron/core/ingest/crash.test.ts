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
 * Runs the worker and kills it once its import has reached `at` of its own progress (0 = just started, 0.5 = the
 * files read, 1 = every message written), or lets it finish when `at` is Infinity.
 */
function runWorker(dataDir: string, zip: string, at: number): Promise<'killed' | 'done'> {
  return new Promise((resolve, reject) => {
    // One process (node with the tsx loader), so SIGKILL hits the importer itself, not a wrapper.
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER, dataDir, 'बीट 4 समूह', zip], {
      stdio: ['ignore', 'pipe', 'pipe'],
      cwd: ROOT,
    });
    let out = '';
    let sent = false;
    child.stdout.on('data', (d) => {
      out += d;
      if (sent) return;
      const last = [...out.matchAll(/progress (\d\.\d+)/g)].pop();
      const reached = out.includes('started') && (at === 0 || (last && Number(last[1]) >= at));
      if (reached && Number.isFinite(at)) {
        sent = true;
        child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve('killed');
      else if (out.includes('done')) resolve('done');
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
      let killed = 0;
      let killedSaving = 0;
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
        // Anywhere in the import's own progress, up to the last message written (the commit itself is tiny).
        const at = Math.random() * 0.999;
        const outcome = await runWorker(dataDir, zip, at);
        if (outcome === 'killed') killed++;
        if (outcome === 'killed' && at >= 0.5) killedSaving++;
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
        `import kill test: ${killed} killed mid-import (${killedSaving} while writing messages), ${KILLS - killed} finished first`,
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
