import { and, count, desc, eq } from 'drizzle-orm';
import type { Ctx } from './context';
import type { Output, ParsedInput } from '../contract/index';
import { entryFirs, firPersons, firSections, firs } from '../../db/schema/index';
import { auditedDelete, auditedInsert, auditedUpdate } from './audit';
import { AppError, notFound } from './errors';
import { utcIso } from '../shared/dates';
import { requireStation } from './station';
import { assembleFirs, firLabel, getFir, loadFir, reindexFir } from './fir-records';
import { loadPerson } from './persons';
import { markFirRegistered, requireEntry } from './entries';
import { normaliseSection } from '../shared/law/sections';
import type { AreaHandlers } from './context';

function writeSections(ctx: Ctx, firId: number, sections: { act: string; section: string }[]) {
  const { orm } = ctx.db;
  const seen = new Set<string>();
  const clean = sections
    .map((s) => ({ act: s.act.trim(), section: normaliseSection(s.section) }))
    .filter((s) => {
      const k = `${s.act}\u0000${s.section}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  const existing = orm.select({ id: firSections.id }).from(firSections).where(eq(firSections.firId, firId)).all();
  for (const e of existing) auditedDelete(ctx, 'fir_sections', e.id);
  clean.forEach((s, i) =>
    auditedInsert(
      ctx,
      'fir_sections',
      () =>
        orm.insert(firSections).values({ firId, act: s.act, section: s.section, position: i }).returning({ id: firSections.id }).get().id,
    ),
  );
}

export function createFir(ctx: Ctx, input: ParsedInput<'firs.create'>): Output<'firs.create'> {
  const st = requireStation(ctx);
  const district = input.district ?? st.district;
  const station = input.station ?? st.name;
  const { orm } = ctx.db;
  const dup = orm
    .select({ id: firs.id })
    .from(firs)
    .where(and(eq(firs.district, district), eq(firs.station, station), eq(firs.year, input.year), eq(firs.number, input.number)))
    .get();
  if (dup) {
    throw new AppError(
      'conflict',
      `मु0अ0सं0 ${input.number}/${input.year} थाना ${station}, जनपद ${district} पहले से दर्ज है (id ${dup.id}) / FIR ${input.number}/${input.year} of ${station}, ${district} already exists (id ${dup.id})`,
      'number',
    );
  }
  if (input.entryId) requireEntry(ctx, input.entryId);
  const now = utcIso(ctx.now());
  const id = auditedInsert(
    ctx,
    'firs',
    () =>
      orm
        .insert(firs)
        .values({
          district,
          station,
          year: input.year,
          number: input.number,
          registeredAt: input.registeredAt,
          io: input.io,
          status: input.status ?? 'under-investigation',
          createdAt: now,
        })
        .returning({ id: firs.id })
        .get().id,
  );
  writeSections(ctx, id, input.sections);
  reindexFir(ctx, id);
  if (input.entryId) linkEntry(ctx, { firId: id, entryId: input.entryId });
  return { id };
}

export function updateFir(ctx: Ctx, input: ParsedInput<'firs.update'>): Output<'firs.update'> {
  const f = loadFir(ctx, input.id);
  const cols: Partial<typeof firs.$inferInsert> = {};
  if (input.registeredAt !== undefined) cols.registeredAt = input.registeredAt;
  if (input.io !== undefined) cols.io = input.io;
  if (input.status !== undefined) cols.status = input.status;
  if (Object.keys(cols).length) {
    auditedUpdate(ctx, 'firs', f.id, () => {
      ctx.db.orm.update(firs).set(cols).where(eq(firs.id, f.id)).run();
    });
  }
  if (input.sections) writeSections(ctx, f.id, input.sections);
  reindexFir(ctx, f.id);
  return { id: f.id };
}

export function linkEntry(ctx: Ctx, input: ParsedInput<'firs.linkEntry'>): Output<'firs.linkEntry'> {
  const f = loadFir(ctx, input.firId);
  requireEntry(ctx, input.entryId);
  const { orm } = ctx.db;
  const existing = orm
    .select({ id: entryFirs.id })
    .from(entryFirs)
    .where(and(eq(entryFirs.entryId, input.entryId), eq(entryFirs.firId, input.firId)))
    .get();
  if (existing) return { id: existing.id };
  const id = auditedInsert(
    ctx,
    'entry_firs',
    () =>
      orm
        .insert(entryFirs)
        .values({ entryId: input.entryId, firId: input.firId, createdAt: utcIso(ctx.now()) })
        .returning({ id: entryFirs.id })
        .get().id,
  );
  markFirRegistered(ctx, input.entryId, firLabel(f), f.registeredAt);
  return { id };
}

export function linkPerson(ctx: Ctx, input: ParsedInput<'firs.linkPerson'>): Output<'firs.linkPerson'> {
  loadFir(ctx, input.firId);
  loadPerson(ctx, input.personId);
  const { orm } = ctx.db;
  const dup = orm
    .select({ id: firPersons.id })
    .from(firPersons)
    .where(and(eq(firPersons.firId, input.firId), eq(firPersons.personId, input.personId), eq(firPersons.role, input.role)))
    .get();
  if (dup)
    throw new AppError(
      'conflict',
      `यह व्यक्ति इस एफआईआर में पहले से ${input.role} है / this person is already linked to the FIR as ${input.role}`,
      'personId',
    );
  const status = input.status ?? (input.role === 'accused' ? (input.arrestedAt ? 'arrested' : 'named') : null);
  checkArrest(status, input.arrestedAt ?? null);
  const now = utcIso(ctx.now());
  const id = auditedInsert(
    ctx,
    'fir_persons',
    () =>
      orm
        .insert(firPersons)
        .values({
          firId: input.firId,
          personId: input.personId,
          role: input.role,
          status,
          arrestedAt: input.arrestedAt ?? null,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: firPersons.id })
        .get().id,
  );
  reindexFir(ctx, input.firId);
  return { id };
}

function checkArrest(status: string | null, arrestedAt: string | null) {
  if (arrestedAt && status && !['arrested', 'jailed', 'bailed'].includes(status)) {
    throw new AppError(
      'validation',
      'गिरफ्तारी की तिथि केवल गिरफ्तार / जेल / जमानत स्थिति में / an arrest date goes only with status arrested, jailed or bailed',
      'arrestedAt',
    );
  }
}

export function updateFirPerson(ctx: Ctx, input: ParsedInput<'firs.updatePerson'>): Output<'firs.updatePerson'> {
  const { orm } = ctx.db;
  const link = orm.select().from(firPersons).where(eq(firPersons.id, input.linkId)).get();
  if (!link) throw notFound({ hi: 'एफआईआर-व्यक्ति कड़ी', en: 'FIR person link' }, input.linkId);
  const status = input.status ?? link.status;
  const arrestedAt = input.arrestedAt === undefined ? link.arrestedAt : input.arrestedAt;
  checkArrest(status, arrestedAt);
  auditedUpdate(ctx, 'fir_persons', link.id, () => {
    orm
      .update(firPersons)
      .set({ status, arrestedAt, updatedAt: utcIso(ctx.now()) })
      .where(eq(firPersons.id, link.id))
      .run();
  });
  return { id: link.id };
}

export function listFirs(ctx: Ctx, input: ParsedInput<'firs.list'>): Output<'firs.list'> {
  const where = input.year ? eq(firs.year, input.year) : undefined;
  const { orm } = ctx.db;
  const total = orm.select({ total: count() }).from(firs).where(where).get()?.total ?? 0;
  const rows = orm
    .select()
    .from(firs)
    .where(where)
    .orderBy(desc(firs.year), desc(firs.number))
    .limit(input.limit)
    .offset(input.offset)
    .all();
  return { total, rows: assembleFirs(ctx, rows) };
}

export const firsHandlers: AreaHandlers<'firs'> = {
  'firs.create': createFir,
  'firs.update': updateFir,
  'firs.get': getFir,
  'firs.list': listFirs,
  'firs.linkEntry': linkEntry,
  'firs.linkPerson': linkPerson,
  'firs.updatePerson': updateFirPerson,
};
