/** Reading FIRs as the contract shows them, shared by the firs, persons and entries areas, and their search text. */
import type { Ctx } from './context';
import type { Output } from '../contract/index';
import { notFound } from './errors';
import { indexDoc } from './text/search-index';
import { formatSections } from '../shared/law/sections';

const FIR = { hi: 'एफआईआर', en: 'FIR' };

export type FirRow = {
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

export function loadFir(ctx: Ctx, id: number): FirRow {
  const r = ctx.db.sqlite.prepare('SELECT * FROM firs WHERE id = ?').get(id) as FirRow | undefined;
  if (!r) throw notFound(FIR, id);
  return r;
}

const PERSON_SELECT = `SELECT fp.id AS linkId, fp.fir_id, p.id AS personId, p.name, p.relative_name AS relativeName, p.relation, p.age, p.gender, p.address, p.phone,
  fp.role, fp.status, fp.arrested_at AS arrestedAt FROM fir_persons fp JOIN persons p ON p.id = fp.person_id`;

export function assembleFirs(ctx: Ctx, rows: FirRow[]): Output<'firs.get'>[] {
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

export function getFir(ctx: Ctx, input: { id: number }): Output<'firs.get'> {
  return assembleFirs(ctx, [loadFir(ctx, input.id)])[0];
}

export function getFirsOfEntry(ctx: Ctx, entryId: number): Output<'firs.get'>[] {
  const rows = ctx.db.sqlite
    .prepare('SELECT f.* FROM firs f JOIN entry_firs ef ON ef.fir_id = f.id WHERE ef.entry_id = ? ORDER BY f.year, f.number')
    .all(entryId) as FirRow[];
  return assembleFirs(ctx, rows);
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
