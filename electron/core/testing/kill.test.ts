import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { makeRegister, tempDir } from './fixture';
import { openDataFolder } from '../data-folder';
import { verifyAll } from '../verify';
import { listBackups, verifyBackup } from '../backup/backup';
import { runKillWorker, storedEvidenceFiles } from './kill-harness';

/** Kills per kind of work; CI runs a few, `THANA_KILLS=70 npx vitest run electron/core/testing/kill.test.ts` runs 210. */
const KILLS = Number(process.env.THANA_KILLS ?? 8);

async function soundAfterRestart(dataDir: string) {
  const folder = openDataFolder(dataDir); // start-up housekeeping runs here
  try {
    expect(folder.db.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    const v = await verifyAll({ db: folder.db, dataDir, now: () => new Date(), operator: null, channel: 'kill-test' });
    expect(v.problems).toEqual([]);
    const referenced = (folder.db.sqlite.prepare('SELECT sha256 FROM evidence').all() as { sha256: string }[]).map((r) => r.sha256).sort();
    expect(storedEvidenceFiles(dataDir)).toEqual(referenced);
    return folder.db.sqlite;
  } finally {
    folder.close();
  }
}

describe('SIGKILL at random moments loses nothing that committed and shows nothing half-done', () => {
  it(
    `entry edits: ${KILLS} kills`,
    async () => {
      const reg = await makeRegister();
      const dir = reg.dir;
      reg.close();
      const committed = {
        entries: new Set<number>(),
        actions: new Set<number>(),
        places: new Map<number, string>(),
        disposed: new Set<number>(),
      };
      for (let k = 0; k < KILLS; k++) {
        const run = await runKillWorker([dir, 'edits'], 150 + Math.random() * 900);
        expect(run.killed).toBe(true);
        for (const l of run.lines) {
          const [what, id, ...restOf] = l.split(' ');
          if (what === 'entry') committed.entries.add(+id);
          if (what === 'action') committed.actions.add(+id);
          if (what === 'place') committed.places.set(+id, restOf.join(' '));
          if (what === 'disposed') committed.disposed.add(+id);
        }
        await soundAfterRestart(dir);
      }
      const folder = openDataFolder(dir);
      const db = folder.db.sqlite;
      const ids = new Set((db.prepare('SELECT id FROM entries').all() as { id: number }[]).map((r) => r.id));
      for (const id of committed.entries) expect(ids.has(id)).toBe(true);
      const actions = new Set((db.prepare('SELECT id FROM entry_actions').all() as { id: number }[]).map((r) => r.id));
      for (const id of committed.actions) expect(actions.has(id)).toBe(true);
      for (const [id, place] of committed.places)
        expect((db.prepare('SELECT place FROM entries WHERE id = ?').get(id) as { place: string }).place).toBe(place);
      for (const id of committed.disposed)
        expect((db.prepare('SELECT status FROM entries WHERE id = ?').get(id) as { status: string }).status).toBe('disposed');
      // Serials stayed gapless and unique per year despite the kills.
      const perYear = db.prepare('SELECT year, count(*) AS n, max(serial) AS m FROM entries GROUP BY year').all() as {
        n: number;
        m: number;
      }[];
      for (const y of perYear) expect(y.m).toBe(y.n);
      expect(committed.entries.size).toBeGreaterThan(0);
      folder.close();
    },
    Math.max(900_000, KILLS * 30_000),
  );

  it(
    `backups: ${KILLS} kills; every backup that exists verifies`,
    async () => {
      const reg = await makeRegister();
      const work = tempDir('thana-kill-bk-');
      const video = path.join(work, 'VID-1.mp4');
      fs.writeFileSync(
        video,
        Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom'), Buffer.alloc(6, 0), Buffer.alloc(8 * 1024 * 1024, 7)]),
      );
      await reg.call('import.files', { paths: [video], source: 'बीट 4 समूह' });
      const dir = reg.dir;
      reg.close();
      const out = path.join(work, 'backups');
      const made = new Set<string>();
      for (let k = 0; k < KILLS; k++) {
        const run = await runKillWorker([dir, 'backup', out], 100 + Math.random() * 1500);
        for (const l of run.lines) if (l.startsWith('backup ')) made.add(l.slice(7));
        await soundAfterRestart(dir);
        for (const b of listBackups(out)) expect((await verifyBackup(b)).problems).toEqual([]);
      }
      // Rotation may have removed older ones, but the newest reported backups are all there.
      expect(listBackups(out).length).toBeGreaterThan(0);
    },
    Math.max(900_000, KILLS * 30_000),
  );
});
