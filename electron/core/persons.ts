import type { Ctx } from './context';
import type { Output, ParsedInput } from '../contract/index';
import { auditedInsert, auditedUpdate } from './audit';
import { notFound } from './errors';
import { utcIso } from '../shared/dates';
import { indexDoc } from './text/search-index';
import { firLabel, reindexFir } from './fir-records';
import type { AreaHandlers } from './context';

const PERSON = { hi: 'व्यक्ति', en: 'person' };

export function loadPerson(ctx: Ctx, id: number): PersonRow {
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

export const personsHandlers: AreaHandlers<'persons'> = {
  'persons.create': createPerson,
  'persons.update': updatePerson,
  'persons.get': getPerson,
};
