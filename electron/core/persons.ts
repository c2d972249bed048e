import { asc, eq } from 'drizzle-orm';
import type { Ctx } from './context';
import type { Output, ParsedInput } from '../contract/index';
import { firPersons, firs, persons } from '../../db/schema/index';
import { auditedInsert, auditedUpdate } from './audit';
import { notFound } from './errors';
import { utcIso } from '../shared/dates';
import { indexDoc } from './text/search-index';
import { firLabel, reindexFir } from './fir-records';
import type { AreaHandlers } from './context';

const PERSON = { hi: 'व्यक्ति', en: 'person' };

export function loadPerson(ctx: Ctx, id: number): PersonRow {
  const r = ctx.db.orm.select().from(persons).where(eq(persons.id, id)).get();
  if (!r) throw notFound(PERSON, id);
  return r;
}

export function createPerson(ctx: Ctx, input: ParsedInput<'persons.create'>): Output<'persons.create'> {
  const id = auditedInsert(
    ctx,
    'persons',
    () =>
      ctx.db.orm
        .insert(persons)
        .values({
          name: input.name,
          relativeName: input.relativeName,
          relation: input.relation,
          age: input.age ?? null,
          gender: input.gender ?? null,
          address: input.address,
          phone: input.phone,
          createdAt: utcIso(ctx.now()),
        })
        .returning({ id: persons.id })
        .get().id,
  );
  reindexPerson(ctx, id);
  return { id };
}

export function updatePerson(ctx: Ctx, input: ParsedInput<'persons.update'>): Output<'persons.update'> {
  const p = loadPerson(ctx, input.id);
  const cols: Partial<typeof persons.$inferInsert> = {};
  if (input.name !== undefined) cols.name = input.name;
  if (input.relativeName !== undefined) cols.relativeName = input.relativeName ?? null;
  if (input.relation !== undefined) cols.relation = input.relation ?? null;
  if (input.age !== undefined) cols.age = input.age ?? null;
  if (input.gender !== undefined) cols.gender = input.gender ?? null;
  if (input.address !== undefined) cols.address = input.address ?? null;
  if (input.phone !== undefined) cols.phone = input.phone ?? null;
  if (Object.keys(cols).length) {
    auditedUpdate(ctx, 'persons', p.id, () => {
      ctx.db.orm.update(persons).set(cols).where(eq(persons.id, p.id)).run();
    });
  }
  reindexPerson(ctx, p.id);
  const firIds = ctx.db.orm.selectDistinct({ firId: firPersons.firId }).from(firPersons).where(eq(firPersons.personId, p.id)).all();
  for (const { firId } of firIds) reindexFir(ctx, firId);
  return { id: p.id };
}

export function getPerson(ctx: Ctx, input: ParsedInput<'persons.get'>): Output<'persons.get'> {
  const p = loadPerson(ctx, input.id);
  const links = ctx.db.orm
    .select({
      linkId: firPersons.id,
      firId: firPersons.firId,
      role: firPersons.role,
      status: firPersons.status,
      arrestedAt: firPersons.arrestedAt,
      number: firs.number,
      year: firs.year,
    })
    .from(firPersons)
    .innerJoin(firs, eq(firs.id, firPersons.firId))
    .where(eq(firPersons.personId, p.id))
    .orderBy(asc(firs.year), asc(firs.number))
    .all();
  return {
    id: p.id,
    name: p.name,
    relativeName: p.relativeName,
    relation: p.relation,
    age: p.age,
    gender: p.gender,
    address: p.address,
    phone: p.phone,
    firs: links.map(({ number, year, ...l }) => ({ ...l, label: firLabel({ number, year }) })),
  };
}

function reindexPerson(ctx: Ctx, id: number) {
  const p = loadPerson(ctx, id);
  indexDoc(ctx, 'person', id, [p.name, p.relativeName, p.address, p.phone].filter(Boolean).join('\n'));
}

type PersonRow = typeof persons.$inferSelect;

export const personsHandlers: AreaHandlers<'persons'> = {
  'persons.create': createPerson,
  'persons.update': updatePerson,
  'persons.get': getPerson,
};
