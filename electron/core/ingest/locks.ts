import os from 'node:os';
import type { Db } from '../../../db/client';
import { EvidenceStore } from '../evidence/store';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Marks an import in flight so start-up housekeeping in another process leaves its files alone. */
export function acquireImportLock(db: Db, now: Date): () => void {
  const id = Number(
    db.sqlite
      .prepare('INSERT INTO import_locks (pid, host, started_at) VALUES (?, ?, ?)')
      .run(process.pid, os.hostname(), now.toISOString()).lastInsertRowid,
  );
  return () => {
    db.sqlite.prepare('DELETE FROM import_locks WHERE id = ?').run(id);
  };
}

export interface Housekeeping {
  tempFilesRemoved: number;
  orphansRemoved: number;
  skipped: boolean;
}

/**
 * After a crash: removes temp files and evidence files that no committed row refers to.
 * Skipped while another live process on this PC is importing.
 */
export function cleanUpAfterCrash(db: Db, store: EvidenceStore): Housekeeping {
  const host = os.hostname();
  const locks = db.sqlite.prepare('SELECT id, pid, host FROM import_locks').all() as { id: number; pid: number; host: string }[];
  const live = locks.filter((l) => l.host === host && l.pid !== process.pid && alive(l.pid));
  if (live.length) return { tempFilesRemoved: 0, orphansRemoved: 0, skipped: true };
  for (const l of locks) if (l.pid !== process.pid || l.host !== host) db.sqlite.prepare('DELETE FROM import_locks WHERE id = ?').run(l.id);
  const tempFilesRemoved = store.cleanupTemp();
  const known = new Set((db.sqlite.prepare('SELECT sha256 FROM evidence').all() as { sha256: string }[]).map((r) => r.sha256));
  let orphansRemoved = 0;
  for (const sha of store.listStored()) {
    if (!known.has(sha)) {
      store.removeOrphan(sha);
      orphansRemoved++;
    }
  }
  return { tempFilesRemoved, orphansRemoved, skipped: false };
}
