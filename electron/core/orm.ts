/** Small helpers shared by the areas that read and write through drizzle's query builder. */
import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { sql, type Column, type Placeholder, type SQL } from 'drizzle-orm';
import * as schema from '../../db/schema/index';
import type { Orm } from '../../db/client';

const orms = new WeakMap<Database.Database, Orm>();

/**
 * The query builder over a bare connection: the documents and the CSV export read through one they open
 * themselves (a read-only snapshot), so they are handed the better-sqlite3 handle rather than a `Db`.
 */
export function ormOf(sqlite: Database.Database): Orm {
  let orm = orms.get(sqlite);
  if (!orm) orms.set(sqlite, (orm = drizzle(sqlite, { schema })));
  return orm;
}

/**
 * `column IN (the values)` bound as one JSON parameter. drizzle's `inArray` binds one parameter per value, and
 * these lists (every entry a search matched, the messages picked for an entry) can be longer than SQLite's limit
 * of 32,766 parameters in one statement. A placeholder stands for the list as JSON text in a prepared query.
 */
export function inJson(column: Column, values: readonly (number | string)[] | Placeholder): SQL {
  return sql`${column} IN (SELECT value FROM json_each(${Array.isArray(values) ? JSON.stringify(values) : values}))`;
}

/**
 * A query built once per connection and run again with new `sql.placeholder` values: drizzle's prepared
 * statements. Building a query's SQL text costs more than running a small one, so the statements that run for
 * every entry written or shown (loading it, its serial, the station's limits) are built once. Their SQL is
 * the same as the query builder writes each time.
 */
export function prepared<T>(build: (orm: Orm) => T): (orm: Orm) => T {
  const built = new WeakMap<Orm, T>();
  return (orm) => {
    let q = built.get(orm);
    if (!q) built.set(orm, (q = build(orm)));
    return q;
  };
}
