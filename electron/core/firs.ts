import type { Ctx } from './context';
import type { Output, ParsedInput } from '../contract/index';
import { auditedDelete, auditedInsert, auditedUpdate } from './audit';
import { AppError, notFound } from './errors';
import { utcIso } from '../shared/dates';
import { requireStation } from './station';
import { assembleFirs, firLabel, getFir, loadFir, reindexFir, type FirRow } from './fir-records';
import { loadPerson } from './persons';
import { markFirRegistered, requireEntry } from './entries';
import { normaliseSection } from '../shared/law/sections';
import type { AreaHandlers } from './context';

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

export function listFirs(ctx: Ctx, input: ParsedInput<'firs.list'>): Output<'firs.list'> {
  const where = input.year ? 'WHERE year = ?' : '';
  const params = input.year ? [input.year] : [];
  const { total } = ctx.db.sqlite.prepare(`SELECT count(*) AS total FROM firs ${where}`).get(...params) as { total: number };
  const rows = ctx.db.sqlite
    .prepare(`SELECT * FROM firs ${where} ORDER BY year DESC, number DESC LIMIT ? OFFSET ?`)
    .all(...params, input.limit, input.offset) as FirRow[];
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
