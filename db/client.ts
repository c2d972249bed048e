import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as schema from './schema/index';

export type Orm = BetterSQLite3Database<typeof schema>;
export interface Db {
  sqlite: Database.Database;
  orm: Orm;
  close(): void;
}

/** Where the committed migrations live in the source tree; the packaged app passes its own path. */
export function defaultMigrationsFolder(): string {
  return path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
}

export interface OpenOptions {
  migrationsFolder?: string;
  readonly?: boolean;
}

/** Opens (creating if needed) the register database, sets the pragmas we rely on and applies migrations. */
export function open(file: string, options: OpenOptions = {}): Db {
  const sqlite = new Database(file, { readonly: options.readonly ?? false });
  // WAL keeps readers unblocked and survives power cuts; FULL sync makes each commit durable on disk.
  if (!options.readonly) {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
  }
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // 64 MB of page cache: a large import touches many index pages in one transaction.
  sqlite.pragma('cache_size = -65536');
  const orm = drizzle(sqlite, { schema });
  if (!options.readonly) {
    migrate(orm, { migrationsFolder: options.migrationsFolder ?? defaultMigrationsFolder() });
    // Table statistics let SQLite pick the right index (the overdue filter was 10x slower without them);
    // the limit keeps this to milliseconds even on a large register.
    sqlite.pragma('analysis_limit = 1000');
    sqlite.pragma('optimize = 0x10002');
  }
  return { sqlite, orm, close: () => sqlite.close() };
}
