import type { Ctx } from './context';
import type { Output, ParsedInput } from '../contract/index';
import { auditedDelete, auditedInsert, auditedUpdate } from './audit';
import { AppError, notFound } from './errors';
import { utcIso } from './time';
import { requireStation } from './station';
import { indexDoc } from './search';
import { markFirRegistered, requireEntry } from './entries';
import { normaliseSection, formatSections } from './law/sections';

const FIR = { hi: 'एफआईआर', en: 'FIR' };
const PERSON = { hi: 'व्यक्ति', en: 'person' };

type FirRow = {
  id: number;
  district: string;
  station: string;
  year: number;
  number: number;
  registered_at: string;
  io: string | null;
  status: Output<'firs.get'>['status'];
};

export const firLabel = (f: { number: number; year: number }) => `मु0अ0सं0 ${f.number}/${f.year}`;

function loadFir(ctx: Ctx, id: number): FirRow {
  const r = ctx.db.sqlite.prepare('SELECT * FROM firs WHERE id = ?').get(id) as FirRow | undefined;
  if (!r) throw notFound(FIR, id);
  return r;
}

function writeSections(ctx: Ctx, firId: number, sections: { act: string; section: string }[]) {
  const { sqlite } = ctx.db;
  const seen = new Set<string>();
  const clean = sections
    .map((s) => ({ act: s.act.trim(), section: normaliseSection(s.section) }))
    .filter((s) => {
      const k = `${s.act}\u0000${s.section}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  const existing = sqlite.prepare('SELECT id FROM fir_sections WHERE fir_id = ?').all(firId) as { id: number }[];
  for (const e of existing) auditedDelete(ctx, 'fir_sections', e.id);
  clean.forEach((s, i) =>
    auditedInsert(ctx, 'fir_sections', () =>
      Number(
        sqlite.prepare('INSERT INTO fir_sections (fir_id, act, section, position) VALUES (?, ?, ?, ?)').run(firId, s.act, s.section, i)
          .lastInsertRowid,
      ),
    ),
  );
}

export function createFir(ctx: Ctx, input: ParsedInput<'firs.create'>): Output<'firs.create'> {
  const st = requireStation(ctx);
  const district = input.district ?? st.district;
  const station = input.station ?? st.name;
  const { sqlite } = ctx.db;
  const dup = sqlite
    .prepare('SELECT id FROM firs WHERE district = ? AND station = ? AND year = ? AND number = ?')
    .get(district, station, input.year, input.number) as { id: number } | undefined;
  if (dup) {
    throw new AppError(
      'conflict',
      `मु0अ0सं0 ${input.number}/${input.year} थाना ${station}, जनपद ${district} पहले से दर्ज है (id ${dup.id}) / FIR ${input.number}/${input.year} of ${station}, ${district} already exists (id ${dup.id})`,
      'number',
    );
  }
  if (input.entryId) requireEntry(ctx, input.entryId);
  const now = utcIso(ctx.now());
  const id = auditedInsert(ctx, 'firs', () =>
    Number(
      sqlite
        .prepare(
          'INSERT INTO firs (district, station, year, number, registered_at, io, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        )
        .run(district, station, input.year, input.number, input.registeredAt, input.io, input.status ?? 'under-investigation', now)
        .lastInsertRowid,
    ),
  );
  writeSections(ctx, id, input.sections);
  reindexFir(ctx, id);
  if (input.entryId) linkEntry(ctx, { firId: id, entryId: input.entryId });
  return { id };
}

export function updateFir(ctx: Ctx, input: ParsedInput<'firs.update'>): Output<'firs.update'> {
  const f = loadFir(ctx, input.id);
  const cols: Record<string, unknown> = {};
  if (input.registeredAt !== undefined) cols.registered_at = input.registeredAt;
  if (input.io !== undefined) cols.io = input.io;
  if (input.status !== undefined) cols.status = input.status;
  if (Object.keys(cols).length) {
    auditedUpdate(ctx, 'firs', f.id, () => {
      ctx.db.sqlite
        .prepare(
          `UPDATE firs SET ${Object.keys(cols)
            .map((c) => `${c} = ?`)
            .join(', ')} WHERE id = ?`,
        )
        .run(...Object.values(cols), f.id);
    });
  }
  if (input.sections) writeSections(ctx, f.id, input.sections);
  reindexFir(ctx, f.id);
  return { id: f.id };
}

export function linkEntry(ctx: Ctx, input: ParsedInput<'firs.linkEntry'>): Output<'firs.linkEntry'> {
  const f = loadFir(ctx, input.firId);
  requireEntry(ctx, input.entryId);
  const { sqlite } = ctx.db;
  const existing = sqlite.prepare('SELECT id FROM entry_firs WHERE entry_id = ? AND fir_id = ?').get(input.entryId, input.firId) as
    { id: number } | undefined;
  if (existing) return { id: existing.id };
  const id = auditedInsert(ctx, 'entry_firs', () =>
    Number(
      sqlite
        .prepare('INSERT INTO entry_firs (entry_id, fir_id, created_at) VALUES (?, ?, ?)')
        .run(input.entryId, input.firId, utcIso(ctx.now())).lastInsertRowid,
    ),
  );
  markFirRegistered(ctx, input.entryId, firLabel(f), f.registered_at);
  return { id };
}

export function linkPerson(ctx: Ctx, input: ParsedInput<'firs.linkPerson'>): Output<'firs.linkPerson'> {
  loadFir(ctx, input.firId);
  loadPerson(ctx, input.personId);
  const { sqlite } = ctx.db;
  const dup = sqlite
    .prepare('SELECT id FROM fir_persons WHERE fir_id = ? AND person_id = ? AND role = ?')
    .get(input.firId, input.personId, input.role) as { id: number } | undefined;
  if (dup)
    throw new AppError(
      'conflict',
      `यह व्यक्ति इस एफआईआर में पहले से ${input.role} है / this person is already linked to the FIR as ${input.role}`,
      'personId',
    );
  const status = input.status ?? (input.role === 'accused' ? (input.arrestedAt ? 'arrested' : 'named') : null);
  checkArrest(status, input.arrestedAt ?? null);
  const now = utcIso(ctx.now());
  const id = auditedInsert(ctx, 'fir_persons', () =>
    Number(
      sqlite
        .prepare(
          'INSERT INTO fir_persons (fir_id, person_id, role, status, arrested_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        )
        .run(input.firId, input.personId, input.role, status, input.arrestedAt ?? null, now, now).lastInsertRowid,
    ),
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
  const { sqlite } = ctx.db;
  const link = sqlite.prepare('SELECT * FROM fir_persons WHERE id = ?').get(input.linkId) as
    { id: number; fir_id: number; status: string | null; arrested_at: string | null } | undefined;
  if (!link) throw notFound({ hi: 'एफआईआर-व्यक्ति कड़ी', en: 'FIR person link' }, input.linkId);
  const status = input.status ?? link.status;
  const arrestedAt = input.arrestedAt === undefined ? link.arrested_at : input.arrestedAt;
  checkArrest(status, arrestedAt);
  auditedUpdate(ctx, 'fir_persons', link.id, () => {
    sqlite
      .prepare('UPDATE fir_persons SET status = ?, arrested_at = ?, updated_at = ? WHERE id = ?')
      .run(status, arrestedAt, utcIso(ctx.now()), link.id);
  });
  return { id: link.id };
}

type PersonRow = {
  id: number;
  name: string;
  relative_name: string | null;
  relation: string | null;
  age: number | null;
  gender: Output<'persons.get'>['gender'];
  address: string | null;
  phone: string | null;
};

function loadPerson(ctx: Ctx, id: number): PersonRow {
  const r = ctx.db.sqlite.prepare('SELECT * FROM persons WHERE id = ?').get(id) as PersonRow | undefined;
  if (!r) throw notFound(PERSON, id);
  return r;
}

export function createPerson(ctx: Ctx, input: ParsedInput<'persons.create'>): Output<'persons.create'> {
  const id = auditedInsert(ctx, 'persons', () =>
    Number(
      ctx.db.sqlite
        .prepare(
          'INSERT INTO persons (name, relative_name, relation, age, gender, address, phone, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        )
        .run(
          input.name,
          input.relativeName,
          input.relation,
          input.age ?? null,
          input.gender ?? null,
          input.address,
          input.phone,
          utcIso(ctx.now()),
        ).lastInsertRowid,
    ),
  );
  reindexPerson(ctx, id);
  return { id };
}

export function updatePerson(ctx: Ctx, input: ParsedInput<'persons.update'>): Output<'persons.update'> {
  const p = loadPerson(ctx, input.id);
  const map: Record<string, string> = {
    name: 'name',
    relativeName: 'relative_name',
    relation: 'relation',
    age: 'age',
    gender: 'gender',
    address: 'address',
    phone: 'phone',
  };
  const cols = Object.entries(map).filter(([k]) => (input as Record<string, unknown>)[k] !== undefined);
  if (cols.length) {
    auditedUpdate(ctx, 'persons', p.id, () => {
      ctx.db.sqlite
        .prepare(`UPDATE persons SET ${cols.map(([, c]) => `${c} = ?`).join(', ')} WHERE id = ?`)
        .run(...cols.map(([k]) => (input as Record<string, unknown>)[k] ?? null), p.id);
    });
  }
  reindexPerson(ctx, p.id);
  for (const { fir_id } of ctx.db.sqlite.prepare('SELECT DISTINCT fir_id FROM fir_persons WHERE person_id = ?').all(p.id) as {
    fir_id: number;
  }[])
    reindexFir(ctx, fir_id);
  return { id: p.id };
}

export function getPerson(ctx: Ctx, input: ParsedInput<'persons.get'>): Output<'persons.get'> {
  const p = loadPerson(ctx, input.id);
  const links = ctx.db.sqlite
    .prepare(
      'SELECT fp.id AS linkId, fp.fir_id AS firId, fp.role, fp.status, fp.arrested_at AS arrestedAt, f.number, f.year FROM fir_persons fp JOIN firs f ON f.id = fp.fir_id WHERE fp.person_id = ? ORDER BY f.year, f.number',
    )
    .all(p.id) as {
    linkId: number;
    firId: number;
    role: 'accused';
    status: null;
    arrestedAt: string | null;
    number: number;
    year: number;
  }[];
  return {
    id: p.id,
    name: p.name,
    relativeName: p.relative_name,
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
  indexDoc(ctx, 'person', id, [p.name, p.relative_name, p.address, p.phone].filter(Boolean).join('\n'));
}

function reindexFir(ctx: Ctx, id: number) {
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

const PERSON_SELECT = `SELECT fp.id AS linkId, fp.fir_id, p.id AS personId, p.name, p.relative_name AS relativeName, p.relation, p.age, p.gender, p.address, p.phone,
  fp.role, fp.status, fp.arrested_at AS arrestedAt FROM fir_persons fp JOIN persons p ON p.id = fp.person_id`;

function assembleFirs(ctx: Ctx, rows: FirRow[]): Output<'firs.get'>[] {
  if (!rows.length) return [];
  const ids = JSON.stringify(rows.map((r) => r.id));
  const { sqlite } = ctx.db;
  const secs = sqlite
    .prepare('SELECT fir_id, act, section FROM fir_sections WHERE fir_id IN (SELECT value FROM json_each(?)) ORDER BY fir_id, position')
    .all(ids) as { fir_id: number; act: string; section: string }[];
  const people = sqlite
    .prepare(`${PERSON_SELECT} WHERE fp.fir_id IN (SELECT value FROM json_each(?)) ORDER BY fp.id`)
    .all(ids) as (Output<'firs.get'>['persons'][number] & { fir_id: number })[];
  const links = sqlite
    .prepare('SELECT fir_id, entry_id FROM entry_firs WHERE fir_id IN (SELECT value FROM json_each(?)) ORDER BY id')
    .all(ids) as { fir_id: number; entry_id: number }[];
  return rows.map((r) => ({
    id: r.id,
    district: r.district,
    station: r.station,
    year: r.year,
    number: r.number,
    registeredAt: r.registered_at,
    io: r.io,
    status: r.status,
    sections: secs.filter((s) => s.fir_id === r.id).map(({ act, section }) => ({ act, section })),
    persons: people.filter((p) => p.fir_id === r.id).map(({ fir_id: _f, ...p }) => p),
    entryIds: links.filter((l) => l.fir_id === r.id).map((l) => l.entry_id),
  }));
}

export function getFir(ctx: Ctx, input: ParsedInput<'firs.get'>): Output<'firs.get'> {
  return assembleFirs(ctx, [loadFir(ctx, input.id)])[0];
}

export function getFirsOfEntry(ctx: Ctx, entryId: number): Output<'firs.get'>[] {
  const rows = ctx.db.sqlite
    .prepare('SELECT f.* FROM firs f JOIN entry_firs ef ON ef.fir_id = f.id WHERE ef.entry_id = ? ORDER BY f.year, f.number')
    .all(entryId) as FirRow[];
  return assembleFirs(ctx, rows);
}

export function listFirs(ctx: Ctx, input: ParsedInput<'firs.list'>): Output<'firs.list'> {
  const where = input.year ? 'WHERE year = ?' : '';
  const params = input.year ? [input.year] : [];
  const { total } = ctx.db.sqlite.prepare(`SELECT count(*) AS total FROM firs ${where}`).get(...params) as { total: number };
  const rows = ctx.db.sqlite
    .prepare(`SELECT * FROM firs ${where} ORDER BY year DESC, number DESC LIMIT ? OFFSET ?`)
    .all(...params, input.limit, input.offset) as FirRow[];
  return { total, rows: assembleFirs(ctx, rows) };
}
