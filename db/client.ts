import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fs from 'node:fs';
import path from 'node:path';
import * as schema from './schema/index';

// better-sqlite3 reads this once, when its native part first loads (the first `new Database`): it lets the
// read-only fallback below open a file on read-only media with `?immutable=1`. Our own file names are
// absolute paths, never `file:` names, so nothing else changes.
process.env.SQLITE_USE_URI ??= '1';

export type Orm = BetterSQLite3Database<typeof schema>;
export interface Db {
  sqlite: Database.Database;
  orm: Orm;
  /** Opened read-only: reads work, every write fails with SQLITE_READONLY. */
  readonly: boolean;
  /**
   * Runs `listener` after every outermost `sqlite.transaction(...)` call that committed (nested ones and
   * rolled-back ones do not count). A listener that throws is ignored: the commit already happened.
   * Returns a function that removes the listener.
   */
  onCommit(listener: () => void): () => void;
  close(): void;
}

let configuredMigrations: string | null = null;

/**
 * Where every open() finds the migrations unless told: a bundle (the command line, the packaged app) has no
 * import.meta.url to find them by, so its entry point says where they are once.
 */
export function setMigrationsFolder(dir: string): void {
  configuredMigrations = dir;
}

/** Where the committed migrations live: as configured, else in the source tree beside this file. */
export function defaultMigrationsFolder(): string {
  return configuredMigrations ?? path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
}

export interface OpenOptions {
  migrationsFolder?: string;
  readonly?: boolean;
}

/** A read-only database whose schema is older than this version's migrations (they cannot run read-only). */
export class SchemaBehindError extends Error {
  constructor(
    readonly applied: number,
    readonly expected: number,
  ) {
    super(`schema is behind: ${applied} of ${expected} migrations applied, and the database is read-only`);
  }
}

/** How many of the migrations in `migrationsFolder` the database has applied, by drizzle's own bookkeeping. */
export function schemaState(
  sqlite: Database.Database,
  migrationsFolder = defaultMigrationsFolder(),
): { applied: number; expected: number } {
  const migrations = readMigrationFiles({ migrationsFolder });
  const table = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'").get();
  if (!table) return { applied: 0, expected: migrations.length };
  const last = sqlite.prepare('SELECT created_at FROM __drizzle_migrations ORDER BY created_at DESC LIMIT 1').get() as
    { created_at: number | string } | undefined;
  const lastAt = last ? Number(last.created_at) : -Infinity;
  return { applied: migrations.filter((m) => m.folderMillis <= lastAt).length, expected: migrations.length };
}

/**
 * A read-only connection. A WAL database needs its -shm file; when the folder cannot be written and the app
 * closed cleanly (no -wal/-shm left), SQLite can only open it as immutable: the media cannot change under us.
 */
function openReadonly(file: string): Database.Database {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma('schema_version');
    return db;
  } catch (e) {
    if ((e as { code?: string }).code !== 'SQLITE_CANTOPEN') throw e;
    // Immutable ignores the -wal file: with committed changes still in one, it would show an older register.
    const wal = `${file}-wal`;
    if (fs.existsSync(wal) && fs.statSync(wal).size > 0) throw e;
    const db = new Database(`${pathToFileURL(path.resolve(file)).href}?immutable=1`, { readonly: true, fileMustExist: true });
    db.pragma('schema_version');
    return db;
  }
}

/**
 * Every outermost transaction that commits calls the listeners: the one place that sees all the app's writes
 * (the dispatch, imports and CSV imports each run their own `sqlite.transaction`).
 */
function addCommitHook(sqlite: Database.Database, listeners: Set<() => void>) {
  const original = sqlite.transaction.bind(sqlite);
  const fire = () => {
    for (const l of listeners) {
      try {
        l();
      } catch {
        // The transaction is committed; a listener's failure must not turn it into an error.
      }
    }
  };
  type Run = (this: unknown, ...args: unknown[]) => unknown;
  const after = (variant: Run): Run =>
    function (this: unknown, ...args: unknown[]) {
      const result = variant.apply(this, args);
      if (!sqlite.inTransaction) fire();
      return result;
    };
  sqlite.transaction = ((fn: Run) => {
    const tx = original(fn);
    return Object.assign(after(tx), {
      default: after(tx.default),
      deferred: after(tx.deferred),
      immediate: after(tx.immediate),
      exclusive: after(tx.exclusive),
    });
  }) as typeof sqlite.transaction;
}

/**
 * Opens (creating if needed) the register database, sets the pragmas we rely on and applies migrations.
 * Read-only: nothing is written, and a schema older than this version's is refused (SchemaBehindError).
 */
export function open(file: string, options: OpenOptions = {}): Db {
  const readonly = options.readonly ?? false;
  const migrationsFolder = options.migrationsFolder ?? defaultMigrationsFolder();
  const sqlite = readonly ? openReadonly(file) : new Database(file);
  try {
    // WAL keeps readers unblocked and survives power cuts; FULL sync makes each commit durable on disk.
    if (!readonly) {
      sqlite.pragma('journal_mode = WAL');
      sqlite.pragma('synchronous = FULL');
    }
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // 64 MB of page cache: a large import touches many index pages in one transaction.
    sqlite.pragma('cache_size = -65536');
    const orm = drizzle(sqlite, { schema });
    if (!readonly) {
      migrate(orm, { migrationsFolder });
      // Table statistics let SQLite pick the right index (the overdue filter was 10x slower without them);
      // the limit keeps this to milliseconds even on a large register.
      sqlite.pragma('analysis_limit = 1000');
      sqlite.pragma('optimize = 0x10002');
    } else {
      const s = schemaState(sqlite, migrationsFolder);
      if (s.applied < s.expected) throw new SchemaBehindError(s.applied, s.expected);
    }
    const listeners = new Set<() => void>();
    addCommitHook(sqlite, listeners);
    return {
      sqlite,
      orm,
      readonly,
      onCommit: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      close: () => sqlite.close(),
    };
  } catch (e) {
    sqlite.close();
    throw e;
  }
}
