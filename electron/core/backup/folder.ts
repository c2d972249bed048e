/** The layout of a backup folder: complete backups by name, and each one's manifest. No database access. */
import fs from 'node:fs';
import path from 'node:path';

export const MANIFEST = 'manifest.json';
export const BACKUP_PREFIX = 'thana-backup-';

export interface ManifestFile {
  path: string;
  sha256: string;
  size: number;
}
export interface Manifest {
  format: 'thana-register-backup/1';
  createdAt: string;
  station: string | null;
  /** The audit chain's head hash in the backed-up copy: an anchor of the chain kept outside the data folder. */
  auditHead: string;
  /** The head's audit row and its time (absent in backups made before the anchors were added). */
  auditHeadId?: number;
  auditHeadAt?: string | null;
  entries: number;
  messages: number;
  evidence: number;
  files: ManifestFile[];
}

/** Complete backups in a folder, newest first. */
export function listBackups(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root)
    .filter((f) => f.startsWith(BACKUP_PREFIX) && fs.existsSync(path.join(root, f, MANIFEST)))
    .sort()
    .reverse()
    .map((f) => path.join(root, f));
}

/** A backup's manifest, or null when it cannot be read. */
export function readManifest(dir: string): Manifest | null {
  try {
    const m = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), 'utf8')) as Manifest;
    return m.format === 'thana-register-backup/1' && Array.isArray(m.files) ? m : null;
  } catch {
    return null;
  }
}
