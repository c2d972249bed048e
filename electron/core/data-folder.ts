import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { open, type Db } from '../../db/client';
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
  /** What start-up cleaned after a crash (temp files, evidence files no committed row refers to). */
  housekeeping: Housekeeping;
  close(): void;
}

export interface OpenFolderOptions {
  migrationsFolder?: string;
}

/** Opens a data folder (creating it if needed) with its database migrated to the current schema. */
export function openDataFolder(dir: string, options: OpenFolderOptions = {}): DataFolder {
  const abs = path.resolve(dir);
  fs.mkdirSync(abs, { recursive: true });
  const db = open(path.join(abs, DB_FILE), { migrationsFolder: options.migrationsFolder });
  const housekeeping = cleanUpAfterCrash(db, new EvidenceStore(path.join(abs, EVIDENCE_DIR)));
  return { dir: abs, db, housekeeping, close: () => db.close() };
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
