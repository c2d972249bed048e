import type { Ctx } from './context';
import type { Output, ParsedInput } from '../contract/index';
import { auditedInsert } from './audit';
import { AppError } from './errors';
import { utcIso } from './time';

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

export function listContacts(ctx: Ctx, input: ParsedInput<'contacts.list'>): Output<'contacts.list'> {
  const q = input?.q;
  const rows = q
    ? ctx.db.sqlite
        .prepare('SELECT id, name, phone, role FROM contacts WHERE name LIKE ? OR phone LIKE ? ORDER BY name LIMIT 200')
        .all(`%${q}%`, `%${q}%`)
    : ctx.db.sqlite.prepare('SELECT id, name, phone, role FROM contacts ORDER BY name LIMIT 200').all();
  return rows as Output<'contacts.list'>;
}

export function createContact(ctx: Ctx, input: ParsedInput<'contacts.create'>): Output<'contacts.create'> {
  if (input.phone && ctx.db.sqlite.prepare('SELECT 1 FROM contacts WHERE phone = ?').get(input.phone)) {
    throw new AppError('conflict', `नंबर ${input.phone} पहले से दर्ज है / a contact with ${input.phone} already exists`, 'phone');
  }
  return { id: insertContact(ctx, input.name, input.phone, input.role) };
}

function insertContact(ctx: Ctx, name: string, phone: string | null, role: string): number {
  return auditedInsert(ctx, 'contacts', () =>
    Number(
      ctx.db.sqlite
        .prepare('INSERT INTO contacts (name, phone, role, created_at) VALUES (?, ?, ?, ?)')
        .run(name, phone, role, utcIso(ctx.now())).lastInsertRowid,
    ),
  );
}

/** The contact with this phone number, created if new; a person known by phone is one contact. */
export function ensureContactByPhone(ctx: Ctx, name: string, phone: string, role: string | null | undefined): number {
  const r = ctx.db.sqlite.prepare('SELECT id FROM contacts WHERE phone = ?').get(phone) as { id: number } | undefined;
  return r?.id ?? insertContact(ctx, name, phone, role ?? 'citizen');
}
