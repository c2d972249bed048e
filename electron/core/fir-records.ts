/** Reading FIRs as the contract shows them, shared by the firs, persons and entries areas, and their search text. */
import { asc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Ctx } from './context';
import type { Output } from '../contract/index';
import { entries, entryFirs, firPersons, firSections, firs, persons } from '../../db/schema/index';
import { notFound } from './errors';
import { inJson, prepared } from './orm';
import { indexDoc } from './text/search-index';
import { formatSections } from '../shared/law/sections';

const FIR = { hi: 'एफआईआर', en: 'FIR' };

export type FirRow = typeof firs.$inferSelect;

export const firLabel = (f: { number: number; year: number }) => `मु0अ0सं0 ${f.number}/${f.year}`;

export function loadFir(ctx: Ctx, id: number): FirRow {
  const r = ctx.db.orm.select().from(firs).where(eq(firs.id, id)).get();
  if (!r) throw notFound(FIR, id);
  return r;
}

// What an FIR shows besides its row, for a page of FIRs (up to 1,000) given as one JSON list of ids: read
// each time an entry or the FIR list is opened, so built once per connection (see `prepared`).
const FIR_IDS = sql.placeholder('ids');
const sectionsOf = prepared((orm) =>
  orm
    .select({ firId: firSections.firId, act: firSections.act, section: firSections.section })
    .from(firSections)
    .where(inJson(firSections.firId, FIR_IDS))
    .orderBy(firSections.firId, firSections.position)
    .prepare(),
);
const personsOf = prepared((orm) =>
  orm
    .select({
      linkId: firPersons.id,
      firId: firPersons.firId,
      personId: persons.id,
      name: persons.name,
      relativeName: persons.relativeName,
      relation: persons.relation,
      age: persons.age,
      gender: persons.gender,
      address: persons.address,
      phone: persons.phone,
      role: firPersons.role,
      status: firPersons.status,
      arrestedAt: firPersons.arrestedAt,
      jailedAt: firPersons.jailedAt,
      bailedAt: firPersons.bailedAt,
      surrenderedAt: firPersons.surrenderedAt,
    })
    .from(firPersons)
    .innerJoin(persons, eq(persons.id, firPersons.personId))
    .where(inJson(firPersons.firId, FIR_IDS))
    .orderBy(firPersons.id)
    .prepare(),
);
const entriesOf = prepared((orm) =>
  orm
    .select({ firId: entryFirs.firId, entryId: entryFirs.entryId, serial: entries.serial, year: entries.year })
    .from(entryFirs)
    .innerJoin(entries, eq(entries.id, entryFirs.entryId))
    .where(inJson(entryFirs.firId, FIR_IDS))
    .orderBy(entryFirs.id)
    .prepare(),
);

export function assembleFirs(ctx: Ctx, rows: FirRow[]): Output<'firs.get'>[] {
  if (!rows.length) return [];
  const { orm } = ctx.db;
  const ids = { ids: JSON.stringify(rows.map((r) => r.id)) };
  const secs = sectionsOf(orm).all(ids);
  const people = personsOf(orm).all(ids);
  const links = entriesOf(orm).all(ids);
  return rows.map((r) => ({
    id: r.id,
    district: r.district,
    station: r.station,
    year: r.year,
    number: r.number,
    registeredAt: r.registeredAt,
    io: r.io,
    status: r.status,
    closureNumber: r.closureNumber,
    closureDate: r.closureDate,
    gdNumber: r.gdNumber,
    gdAt: r.gdAt,
    sections: secs.filter((s) => s.firId === r.id).map(({ act, section }) => ({ act, section })),
    persons: people.filter((p) => p.firId === r.id).map(({ firId: _f, ...p }) => p),
    entryIds: links.filter((l) => l.firId === r.id).map((l) => l.entryId),
    entries: links.filter((l) => l.firId === r.id).map((l) => ({ id: l.entryId, serial: l.serial, year: l.year })),
  }));
}

export function getFir(ctx: Ctx, input: { id: number }): Output<'firs.get'> {
  return assembleFirs(ctx, [loadFir(ctx, input.id)])[0];
}

/** Read each time an entry is opened: built once per connection (see `prepared`). */
const firsOfEntry = prepared((orm) =>
  orm
    .select(getTableColumns(firs))
    .from(firs)
    .innerJoin(entryFirs, eq(entryFirs.firId, firs.id))
    .where(eq(entryFirs.entryId, sql.placeholder('entryId')))
    .orderBy(asc(firs.year), asc(firs.number))
    .prepare(),
);

export function getFirsOfEntry(ctx: Ctx, entryId: number): Output<'firs.get'>[] {
  return assembleFirs(ctx, firsOfEntry(ctx.db.orm).all({ entryId }));
}

export function reindexFir(ctx: Ctx, id: number) {
  const f = getFir(ctx, { id });
  const body = [
    `${f.number}/${f.year}`,
    firLabel(f),
    f.station,
    f.district,
    f.io,
    formatSections(f.sections, 'hi'),
    ...f.persons.map((p) => [p.name, p.relativeName].filter(Boolean).join(' ')),
  ]
    .filter(Boolean)
    .join('\n');
  indexDoc(ctx, 'fir', id, body);
}
