import { asc, eq, like, or, sql } from 'drizzle-orm';
import type { Ctx } from './context';
import type { Output, ParsedInput } from '../contract/index';
import { contacts } from '../../db/schema/index';
import { auditedInsert } from './audit';
import { AppError } from './errors';
import { utcIso } from '../shared/dates';
import { prepared } from './orm';
import type { AreaHandlers } from './context';

export function listContacts(ctx: Ctx, input: ParsedInput<'contacts.list'>): Output<'contacts.list'> {
  const q = input?.q;
  return ctx.db.orm
    .select({ id: contacts.id, name: contacts.name, phone: contacts.phone, role: contacts.role })
    .from(contacts)
    .where(q ? or(like(contacts.name, `%${q}%`), like(contacts.phone, `%${q}%`)) : undefined)
    .orderBy(asc(contacts.name))
    .limit(200)
    .all();
}

export function createContact(ctx: Ctx, input: ParsedInput<'contacts.create'>): Output<'contacts.create'> {
  if (input.phone && findContactId(ctx, input.phone) != null) {
    throw new AppError('conflict', `नंबर ${input.phone} पहले से दर्ज है / a contact with ${input.phone} already exists`, 'phone');
  }
  return { id: insertContact(ctx, input.name, input.phone, input.role) };
}

type ContactRole = (typeof contacts.$inferSelect)['role'];

const contactByPhone = prepared((orm) =>
  orm
    .select({ id: contacts.id })
    .from(contacts)
    .where(eq(contacts.phone, sql.placeholder('phone')))
    .prepare(),
);

function findContactId(ctx: Ctx, phone: string): number | null {
  return contactByPhone(ctx.db.orm).get({ phone })?.id ?? null;
}

function insertContact(ctx: Ctx, name: string, phone: string | null, role: ContactRole): number {
  return auditedInsert(
    ctx,
    'contacts',
    () =>
      ctx.db.orm
        .insert(contacts)
        .values({ name, phone, role, createdAt: utcIso(ctx.now()) })
        .returning({ id: contacts.id })
        .get().id,
  );
}

/** The contact with this phone number, created if new; a person known by phone is one contact. */
export function ensureContactByPhone(ctx: Ctx, name: string, phone: string, role: ContactRole | null | undefined): number {
  return findContactId(ctx, phone) ?? insertContact(ctx, name, phone, role ?? 'citizen');
}

export const contactsHandlers: AreaHandlers<'contacts'> = {
  'contacts.list': listContacts,
  'contacts.create': createContact,
};
