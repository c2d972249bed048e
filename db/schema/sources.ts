import { sqliteTable, integer, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const SOURCE_KINDS = ['thana-group', 'beat-group', 'officer-group', 'whatsapp-number', 'other'] as const;
export const CONTACT_ROLES = [
  'pradhan',
  'sabhasad',
  'trader',
  'public-representative',
  'beat-constable',
  'citizen',
  'officer',
  'other',
] as const;

/** A WhatsApp group or number that complaints arrive through. */
export const sources = sqliteTable('sources', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  kind: text('kind', { enum: SOURCE_KINDS }).notNull(),
  beat: text('beat'),
  createdAt: text('created_at').notNull(),
});

export const contacts = sqliteTable(
  'contacts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    /** E.164, e.g. +919839047125 */
    phone: text('phone'),
    role: text('role', { enum: CONTACT_ROLES }).notNull().default('citizen'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('contacts_phone_unique').on(t.phone)],
);
