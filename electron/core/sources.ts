import { asc, eq, sql } from 'drizzle-orm';
import type { Ctx } from './context';
import type { Output, ParsedInput } from '../contract/index';
import { entries, messages, sources } from '../../db/schema/index';
import { auditedInsert } from './audit';
import { AppError } from './errors';
import { utcIso } from '../shared/dates';
import { prepared } from './orm';
import type { AreaHandlers } from './context';

type SourceKind = ParsedInput<'sources.create'>['kind'];

const sourcesWithCounts = prepared((orm) =>
  orm
    .select({
      id: sources.id,
      name: sources.name,
      kind: sources.kind,
      beat: sources.beat,
      entries: orm.$count(entries, eq(entries.sourceId, sources.id)),
      messages: orm.$count(messages, eq(messages.sourceId, sources.id)),
    })
    .from(sources)
    .orderBy(asc(sources.name))
    .prepare(),
);

export function listSources(ctx: Ctx): Output<'sources.list'> {
  return sourcesWithCounts(ctx.db.orm).all();
}

export function createSource(ctx: Ctx, input: ParsedInput<'sources.create'>): Output<'sources.create'> {
  if (findSourceId(ctx, input.name) != null) {
    throw new AppError('conflict', `स्रोत "${input.name}" पहले से है / source "${input.name}" already exists`, 'name');
  }
  return { id: insertSource(ctx, input.name, input.kind, input.beat) };
}

const sourceByName = prepared((orm) =>
  orm
    .select({ id: sources.id })
    .from(sources)
    .where(eq(sources.name, sql.placeholder('name')))
    .prepare(),
);

export function findSourceId(ctx: Ctx, name: string): number | null {
  return sourceByName(ctx.db.orm).get({ name: name.trim() })?.id ?? null;
}

/** The source with this name, created with `kind` if it is new (imports and entries name their group). */
export function ensureSource(ctx: Ctx, name: string, kind: SourceKind): number {
  return findSourceId(ctx, name) ?? insertSource(ctx, name.trim(), kind, null);
}

function insertSource(ctx: Ctx, name: string, kind: SourceKind, beat: string | null): number {
  return auditedInsert(
    ctx,
    'sources',
    () =>
      ctx.db.orm
        .insert(sources)
        .values({ name, kind, beat, createdAt: utcIso(ctx.now()) })
        .returning({ id: sources.id })
        .get().id,
  );
}

export const sourcesHandlers: AreaHandlers<'sources'> = {
  'sources.list': (ctx) => listSources(ctx),
  'sources.create': createSource,
};
