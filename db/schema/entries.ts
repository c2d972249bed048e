import { sql } from 'drizzle-orm';
import { sqliteTable, integer, text, uniqueIndex, index } from 'drizzle-orm/sqlite-core';
import { sources, contacts, CONTACT_ROLES } from './sources';
import { operators } from './station';

export const ENTRY_MODES = ['whatsapp-group', 'whatsapp-number', 'in-person', 'phone', 'igrs', 'other'] as const;
export const ENTRY_STATUSES = ['pending', 'under-inquiry', 'fir-registered', 'disposed', 'cancelled'] as const;

/** Serial numbers run per calendar year and are never reused, even if a row vanished. */
export const serialCounters = sqliteTable('serial_counters', {
  year: integer('year').primaryKey(),
  lastSerial: integer('last_serial').notNull(),
});

export const entries = sqliteTable(
  'entries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year').notNull(),
    serial: integer('serial').notNull(),
    /** Local India wall-clock time, e.g. 2025-01-08T10:32:00 */
    receivedAt: text('received_at').notNull(),
    mode: text('mode', { enum: ENTRY_MODES }).notNull(),
    sourceId: integer('source_id').references(() => sources.id),
    informantContactId: integer('informant_contact_id').references(() => contacts.id),
    informantName: text('informant_name').notNull(),
    informantRelative: text('informant_relative'),
    informantPhone: text('informant_phone'),
    /** A role the contacts register knows (the contract takes no other). */
    informantRole: text('informant_role', { enum: CONTACT_ROLES }),
    informantAddress: text('informant_address'),
    opponent: text('opponent'),
    place: text('place'),
    beat: text('beat'),
    category: text('category'),
    summary: text('summary').notNull(),
    markedTo: text('marked_to'),
    status: text('status', { enum: ENTRY_STATUSES }).notNull().default('pending'),
    /** Local date YYYY-MM-DD by which the complaint should be settled. */
    dueAt: text('due_at').notNull(),
    disposedAt: text('disposed_at'),
    disposalNote: text('disposal_note'),
    remarks: text('remarks'),
    cancelReason: text('cancel_reason'),
    cancelledAt: text('cancelled_at'),
    /**
     * Rows brought in by a CSV import from another station's register (a CO office combining its thanas'
     * exports) keep that station here and their own serial; both null for this register's own rows.
     */
    originDistrict: text('origin_district'),
    originStation: text('origin_station'),
    /**
     * JSON marker of a row that came from a CSV import (file, its SHA-256, the export's seal, row number) and
     * what the row said that has no table of its own here (FIR text, accused counts). Null for rows made here.
     */
    imported: text('imported'),
    /**
     * A receipt date typed in the wrong year is put right the paper way: the wrong entry is struck through
     * (cancelled, pointing at its replacement) and a new entry made in the right year points back at it.
     */
    replacesEntryId: integer('replaces_entry_id'),
    replacedByEntryId: integer('replaced_by_entry_id'),
    createdBy: integer('created_by').references(() => operators.id),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    // Serials are unique per year within a register: this station's own rows, and each imported station's rows.
    uniqueIndex('entries_year_serial_unique')
      .on(t.year, t.serial)
      .where(sql`origin_station IS NULL`),
    uniqueIndex('entries_origin_serial_unique')
      .on(t.originDistrict, t.originStation, t.year, t.serial)
      .where(sql`origin_station IS NOT NULL`),
    index('entries_received_at_idx').on(t.receivedAt),
    index('entries_status_due_idx').on(t.status, t.dueAt),
    index('entries_source_idx').on(t.sourceId),
  ],
);

/** The action log of an entry: what was done, when, by whom. */
export const entryActions = sqliteTable(
  'entry_actions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entryId: integer('entry_id')
      .notNull()
      .references(() => entries.id),
    /** Local India wall-clock time of the action. */
    at: text('at').notNull(),
    text: text('text').notNull(),
    /** The status the entry moved to with this action, if any. */
    status: text('status', { enum: ENTRY_STATUSES }),
    operatorId: integer('operator_id').references(() => operators.id),
    /** The General Diary (रोजनामचा आम) report the action was written in: its number and local time. */
    gdNumber: text('gd_number'),
    gdAt: text('gd_at'),
    /** When it was recorded here (UTC); `at` is when it happened, as the munshi typed it. */
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('entry_actions_entry_idx').on(t.entryId, t.at)],
);
