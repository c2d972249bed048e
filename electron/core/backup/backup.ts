import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import type { DataFolder } from '../data-folder';
import { DB_FILE, EVIDENCE_DIR, openDataFolder } from '../data-folder';
import { chainHead, updateHeadFile } from '../anchors';
import { BACKUP_PREFIX, MANIFEST, listBackups, type Manifest, type ManifestFile } from './folder';
import { sha256File } from '../evidence/store';
import { AppError } from '../errors';

export { MANIFEST, listBackups, type Manifest, type ManifestFile } from './folder';
const PREFIX = BACKUP_PREFIX;
const PARTIAL = '.partial-';
export const DEFAULT_KEEP = 10;

export interface BackupResult {
  dir: string;
  files: number;
  bytes: number;
  auditHead: string;
  removedOld: string[];
}

/** 20250120-063000-123: sorts by time, and two backups in one second still get two names. */
const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace('T', '-').replace('.', '-').replace('Z', '');

/** Copies a file and fsyncs the copy, hashing what it wrote. */
async function copyHashed(from: string, to: string): Promise<{ sha256: string; size: number }> {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  const hash = createHash('sha256');
  let size = 0;
  const src = fs.createReadStream(from, { highWaterMark: 1 << 20 });
  src.on('data', (c) => {
    hash.update(c as Buffer);
    size += (c as Buffer).length;
  });
  await pipeline(src, fs.createWriteStream(to));
  const fd = fs.openSync(to, 'r');
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  return { sha256: hash.digest('hex'), size };
}

function fsyncDir(dir: string) {
  try {
    const fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
  } catch {
    // Windows cannot open a folder for fsync; the rename is still atomic there.
  }
}

const count = (db: Database.Database, table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/**
 * A backup: a consistent copy of the database taken with SQLite's online backup API (never a copy of the
 * live file), every evidence file it references, and a manifest with each file's SHA-256. It is written
 * under a temporary name and renamed when complete, so a cut-off backup is never mistaken for a good one.
 * Older backups beyond `keep` are removed.
 */
export async function createBackup(folder: DataFolder, outRoot: string, now: Date, keep = DEFAULT_KEEP): Promise<BackupResult> {
  const root = path.resolve(outRoot);
  if (root === folder.dir || root.startsWith(folder.dir + path.sep)) {
    throw new AppError('validation', 'बैकअप डेटा फ़ोल्डर के भीतर नहीं रखा जा सकता / a backup cannot go inside the data folder', 'dir');
  }
  fs.mkdirSync(root, { recursive: true });
  for (const f of fs.readdirSync(root)) if (f.startsWith(PARTIAL)) fs.rmSync(path.join(root, f), { recursive: true, force: true });
  const name = `${PREFIX}${stamp(now)}`;
  const partial = path.join(root, `${PARTIAL}${name}`);
  fs.mkdirSync(partial);
  const dbCopy = path.join(partial, DB_FILE);
  await folder.db.sqlite.backup(dbCopy);
  // A self-contained file: no -wal or -shm beside it in the backup.
  const rw = new Database(dbCopy);
  rw.pragma('journal_mode = DELETE');
  rw.close();
  // Everything else is read from the copy, so the manifest describes exactly that moment.
  const snap = new Database(dbCopy, { readonly: true });
  const files: ManifestFile[] = [];
  let bytes = 0;
  let manifest: Manifest;
  try {
    const hashes = (snap.prepare('SELECT sha256 FROM evidence ORDER BY id').all() as { sha256: string }[]).map((r) => r.sha256);
    for (const sha of hashes) {
      const rel = path.posix.join(EVIDENCE_DIR, sha.slice(0, 2), sha.slice(2, 4), sha);
      const copied = await copyHashed(path.join(folder.dir, rel), path.join(partial, rel));
      if (copied.sha256 !== sha) {
        throw new AppError(
          'rule',
          `साक्ष्य ${sha} भंडार में बदला हुआ है; पहले verify चलाएँ / evidence ${sha} is changed in the store; run verify first`,
        );
      }
      files.push({ path: rel, ...copied });
      bytes += copied.size;
    }
    const st = snap.prepare('SELECT name FROM station WHERE id = 1').get() as { name: string } | undefined;
    manifest = {
      format: 'thana-register-backup/1',
      createdAt: now.toISOString(),
      station: st?.name ?? null,
      // The chain's head as backed up: `verify` later compares the live chain with it (an anchor kept off the PC).
      ...((h) => ({ auditHead: h.hash, auditHeadId: h.id, auditHeadAt: h.at }))(chainHead(snap)),
      entries: count(snap, 'entries'),
      messages: count(snap, 'messages'),
      evidence: hashes.length,
      files: [],
    };
  } finally {
    snap.close();
  }
  const db = { path: DB_FILE, sha256: await sha256File(dbCopy), size: fs.statSync(dbCopy).size };
  manifest.files = [db, ...files];
  bytes += db.size;
  fs.writeFileSync(path.join(partial, MANIFEST), JSON.stringify(manifest, null, 2));
  const fd = fs.openSync(path.join(partial, MANIFEST), 'r');
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  let final = path.join(root, name);
  for (let n = 2; fs.existsSync(final); n++) final = path.join(root, `${name}-${n}`);
  fs.renameSync(partial, final);
  fsyncDir(root);
  return { dir: final, files: manifest.files.length, bytes, auditHead: manifest.auditHead, removedOld: rotate(root, keep) };
}

function rotate(root: string, keep: number): string[] {
  const old = listBackups(root).slice(Math.max(1, keep));
  for (const dir of old) {
    // Renamed first (atomic), so a power cut mid-delete never leaves a half backup that looks whole.
    const doomed = path.join(root, `${PARTIAL}old-${path.basename(dir)}`);
    fs.renameSync(dir, doomed);
    fs.rmSync(doomed, { recursive: true, force: true });
  }
  return old;
}

export interface BackupCheck {
  ok: boolean;
  dir: string;
  manifest: Manifest | null;
  problems: string[];
}

/** Re-hashes every file against the manifest and checks the database copy with SQLite's integrity check. */
export async function verifyBackup(dirIn: string): Promise<BackupCheck> {
  const dir = path.resolve(dirIn);
  const problems: string[] = [];
  let manifest: Manifest | null = null;
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), 'utf8')) as Manifest;
    if (manifest.format !== 'thana-register-backup/1' || !Array.isArray(manifest.files)) throw new Error('unknown format');
  } catch (e) {
    return { ok: false, dir, manifest: null, problems: [`मैनिफ़ेस्ट पढ़ा नहीं जा सका / the manifest cannot be read: ${(e as Error).message}`] };
  }
  for (const f of manifest.files) {
    const p = path.join(dir, ...f.path.split('/'));
    if (!p.startsWith(dir + path.sep)) {
      problems.push(`अमान्य पथ / invalid path in manifest: ${f.path}`);
      continue;
    }
    if (!fs.existsSync(p)) problems.push(`फ़ाइल गायब / file missing: ${f.path}`);
    else if ((await sha256File(p)) !== f.sha256) problems.push(`फ़ाइल बदली हुई / file damaged or changed: ${f.path}`);
  }
  if (!manifest.files.some((f) => f.path === DB_FILE)) problems.push(`डेटाबेस प्रति नहीं / no database copy in the backup`);
  else if (!problems.some((p) => p.includes(DB_FILE))) {
    try {
      const db = new Database(path.join(dir, DB_FILE), { readonly: true });
      const r = db.pragma('integrity_check', { simple: true });
      const listed = new Set(manifest.files.map((f) => f.path));
      for (const { sha256 } of db.prepare('SELECT sha256 FROM evidence').all() as { sha256: string }[]) {
        const rel = path.posix.join(EVIDENCE_DIR, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
        if (!listed.has(rel)) problems.push(`साक्ष्य बैकअप में नहीं / evidence missing from the backup: ${sha256}`);
      }
      db.close();
      if (r !== 'ok') problems.push(`डेटाबेस प्रति क्षतिग्रस्त / database copy damaged: ${r}`);
    } catch (e) {
      problems.push(`डेटाबेस प्रति खुली नहीं / database copy cannot be opened: ${(e as Error).message}`);
    }
  }
  return { ok: problems.length === 0, dir, manifest, problems };
}

export interface RestoreResult {
  restoredFrom: string;
  dataDir: string;
  keptPrevious: string | null;
}

/**
 * Restores a verified backup into `dataDir`. A damaged backup is refused before anything is touched;
 * live data already there is moved aside (never overwritten) and its new name reported.
 */
export async function restoreBackup(backupDir: string, dataDirIn: string, now: Date): Promise<RestoreResult> {
  const check = await verifyBackup(backupDir);
  if (!check.ok) {
    throw new AppError(
      'rule',
      `बैकअप क्षतिग्रस्त है, पुनर्स्थापना नहीं की गई / the backup is damaged; nothing was restored: ${check.problems.slice(0, 3).join('; ')}`,
    );
  }
  const dataDir = path.resolve(dataDirIn);
  const staging = `${dataDir}.restoring-${stamp(now)}`;
  fs.rmSync(staging, { recursive: true, force: true });
  for (const f of check.manifest!.files) {
    const to = path.join(staging, ...f.path.split('/'));
    await copyHashed(path.join(check.dir, ...f.path.split('/')), to);
    if (f.path.startsWith(`${EVIDENCE_DIR}/`)) fs.chmodSync(to, 0o444);
  }
  let keptPrevious: string | null = null;
  if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length) {
    keptPrevious = `${dataDir}.before-restore-${stamp(now)}`;
    fs.renameSync(dataDir, keptPrevious);
  } else fs.rmSync(dataDir, { recursive: true, force: true });
  fs.renameSync(staging, dataDir);
  // Open once: migrations bring an older backup up to this version; evidence files become read-only.
  const opened = openDataFolder(dataDir);
  try {
    // The restored chain's head becomes the head file's anchor; backups made before now may hold changes this
    // restore gives up, and verify says so as a warning rather than a failure.
    updateHeadFile(opened.db.sqlite, dataDir, { restoredAt: now.toISOString(), restoredFrom: check.dir });
  } finally {
    opened.close();
  }
  return { restoredFrom: check.dir, dataDir, keptPrevious };
}
