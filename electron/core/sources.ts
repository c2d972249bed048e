import type { Ctx } from './context';
import type { Output, ParsedInput } from '../contract/index';
import { auditedInsert } from './audit';
import { AppError } from './errors';
import { utcIso } from '../shared/dates';
import type { AreaHandlers } from './context';

type SourceKind = ParsedInput<'sources.create'>['kind'];

export function listSources(ctx: Ctx): Output<'sources.list'> {
  return ctx.db.sqlite
    .prepare(
      `SELECT s.id, s.name, s.kind, s.beat,
        (SELECT count(*) FROM entries e WHERE e.source_id = s.id) AS entries,
        (SELECT count(*) FROM messages m WHERE m.source_id = s.id) AS messages
       FROM sources s ORDER BY s.name`,
    )
    .all() as Output<'sources.list'>;
}

export function createSource(ctx: Ctx, input: ParsedInput<'sources.create'>): Output<'sources.create'> {
  if (findSourceId(ctx, input.name) != null) {
    throw new AppError('conflict', `स्रोत "${input.name}" पहले से है / source "${input.name}" already exists`, 'name');
  }
  return { id: insertSource(ctx, input.name, input.kind, input.beat) };
}

export function findSourceId(ctx: Ctx, name: string): number | null {
  const r = ctx.db.sqlite.prepare('SELECT id FROM sources WHERE name = ?').get(name.trim()) as { id: number } | undefined;
  return r?.id ?? null;
}

/** The source with this name, created with `kind` if it is new (imports and entries name their group). */
export function ensureSource(ctx: Ctx, name: string, kind: SourceKind): number {
  return findSourceId(ctx, name) ?? insertSource(ctx, name.trim(), kind, null);
}

function insertSource(ctx: Ctx, name: string, kind: SourceKind, beat: string | null): number {
  return auditedInsert(ctx, 'sources', () =>
    Number(
      ctx.db.sqlite
        .prepare('INSERT INTO sources (name, kind, beat, created_at) VALUES (?, ?, ?, ?)')
        .run(name, kind, beat, utcIso(ctx.now())).lastInsertRowid,
    ),
  );
}

export const sourcesHandlers: AreaHandlers<'sources'> = {
  'sources.list': (ctx) => listSources(ctx),
  'sources.create': createSource,
};
