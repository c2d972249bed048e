import type { Ctx } from './context';
import type { Output, ParsedInput } from '../contract/index';
import { auditedInsert } from './audit';
import { AppError } from './errors';
import { utcIso } from '../shared/dates';
import type { AreaHandlers } from './context';

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

export const contactsHandlers: AreaHandlers<'contacts'> = {
  'contacts.list': listContacts,
  'contacts.create': createContact,
};
