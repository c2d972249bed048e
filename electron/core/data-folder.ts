import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { open, SchemaBehindError, type Db } from '../../db/client';
import { HEAD_FILE, keepHeadFile } from './anchors';
import { lostDatabaseError, readonlyEmptyError, schemaBehindError, storageError } from './storage-errors';
import type { Ctx, Operator } from './context';
import type { FileGrants } from './file-access';
import { EvidenceStore } from './evidence/store';
import { cleanUpAfterCrash, type Housekeeping } from './ingest/locks';

export const DB_FILE = 'register.sqlite';
export const EVIDENCE_DIR = 'evidence';

/**
 * Where the desktop app keeps its data unless told otherwise: the user's application-data folder,
 * outside the install folder, so upgrades and uninstalls never touch it. THANA_DATA overrides it.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.THANA_DATA) return path.resolve(env.THANA_DATA);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Thana Register', 'data');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Thana Register', 'data');
  return path.join(env.XDG_DATA_HOME ?? path.join(home, '.local', 'share'), 'thana-register', 'data');
}

export interface DataFolder {
  dir: string;
  db: Db;
  /** Opened read-only (the folder or the file cannot be written): reads work, writes are refused. */
  readonly: boolean;
  /** What start-up cleaned after a crash (temp files, evidence files no committed row refers to). */
  housekeeping: Housekeeping;
  close(): void;
}

export interface OpenFolderOptions {
  migrationsFolder?: string;
  /** Open read-only even when the folder could be written. */
  readonly?: boolean;
}

/** Files that mean a station has used this folder: with them, a missing database is a loss, not a new install. */
function stationFiles(dir: string): string[] {
  const found: string[] = [];
  for (const f of [`${DB_FILE}-wal`, `${DB_FILE}-shm`, `${DB_FILE}-journal`, HEAD_FILE])
    if (fs.existsSync(path.join(dir, f))) found.push(f);
  const hasFile = (d: string): boolean => {
    let list: fs.Dirent[];
    try {
      list = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return false;
    }
    return list.some((e) => (e.isDirectory() ? hasFile(path.join(d, e.name)) : true));
  };
  if (hasFile(path.join(dir, EVIDENCE_DIR))) found.push(`${EVIDENCE_DIR}/`);
  return found;
}

/** Whether the folder and the database file can be written (probed, because root ignores file modes). */
function writable(dir: string, file: string): boolean {
  const denied = (e: unknown) => ['EROFS', 'EACCES', 'EPERM'].includes(String((e as NodeJS.ErrnoException).code));
  try {
    fs.closeSync(fs.openSync(file, 'r+'));
  } catch (e) {
    if (denied(e)) return false;
  }
  const probe = path.join(dir, `.write-probe-${process.pid}`);
  try {
    fs.closeSync(fs.openSync(probe, 'w'));
    fs.rmSync(probe, { force: true });
  } catch (e) {
    if (denied(e)) return false;
  }
  return true;
}

/**
 * Opens a data folder (creating it if needed) with its database migrated to the current schema.
 * Refuses, with a message that says what to do: a folder whose database is missing or empty while it still
 * holds the station's files (not a new install: restore it), a damaged database, a full disk. A folder that
 * cannot be written opens read-only when its schema is current.
 */
export function openDataFolder(dir: string, options: OpenFolderOptions = {}): DataFolder {
  const abs = path.resolve(dir);
  const file = path.join(abs, DB_FILE);
  let db: Db | null = null;
  try {
    if (!fs.existsSync(abs)) fs.mkdirSync(abs, { recursive: true });
    const size = fs.existsSync(file) ? fs.statSync(file).size : -1;
    if (size <= 0) {
      const found = stationFiles(abs);
      if (found.length) throw lostDatabaseError(abs, found);
    }
    const readonly = options.readonly ?? !writable(abs, file);
    if (readonly && size <= 0) throw readonlyEmptyError(abs);
    db = open(file, { migrationsFolder: options.migrationsFolder, readonly });
    const opened = db;
    const housekeeping = readonly
      ? { tempFilesRemoved: 0, orphansRemoved: 0, skipped: true }
      : cleanUpAfterCrash(opened, new EvidenceStore(path.join(abs, EVIDENCE_DIR)));
    keepHeadFile(opened, abs);
    return { dir: abs, db: opened, readonly, housekeeping, close: () => opened.close() };
  } catch (e) {
    db?.close();
    if (e instanceof SchemaBehindError) throw schemaBehindError(e.applied, e.expected);
    throw storageError(e, abs) ?? e;
  }
}

/** The operator a command acts as: the one named, or else the first active SHO. */
export function resolveOperator(db: Db, name?: string | null): Operator | null {
  const row = name
    ? db.sqlite.prepare('SELECT id, name, role FROM operators WHERE name = ? AND active = 1').get(name)
    : db.sqlite.prepare("SELECT id, name, role FROM operators WHERE role = 'sho' AND active = 1 ORDER BY id LIMIT 1").get();
  return (row as Operator | undefined) ?? null;
}

/** `files`: the paths this caller may name (see file-access.ts); none unless the transport says so. */
export function makeCtx(
  folder: DataFolder,
  operator: Operator | null,
  now: () => Date = () => new Date(),
  files?: FileGrants,
): Omit<Ctx, 'channel'> {
  return { db: folder.db, dataDir: folder.dir, now, operator, files };
}
