import { sqliteTable, integer, text, uniqueIndex, index } from 'drizzle-orm/sqlite-core';
import { entries } from './entries';

export const FIR_STATUSES = ['under-investigation', 'charge-sheet', 'final-report'] as const;
export const PERSON_ROLES = ['accused', 'victim', 'complainant', 'witness'] as const;
export const PERSON_STATUSES = ['named', 'wanted', 'arrested', 'jailed', 'bailed', 'surrendered', 'absconding'] as const;
export const GENDERS = ['male', 'female', 'other'] as const;

/** An FIR is unique by district + station + year + number; the number alone is not. */
export const firs = sqliteTable(
  'firs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    district: text('district').notNull(),
    station: text('station').notNull(),
    year: integer('year').notNull(),
    number: integer('number').notNull(),
    registeredAt: text('registered_at').notNull(),
    io: text('io'),
    status: text('status', { enum: FIR_STATUSES }).notNull().default('under-investigation'),
    /** The charge sheet's or final report's number and local date, once the case ends in one. */
    closureNumber: text('closure_number'),
    closureDate: text('closure_date'),
    /** The General Diary report the FIR was entered in ("रपट संख्या 23 समय 10:40"). */
    gdNumber: text('gd_number'),
    gdAt: text('gd_at'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('firs_identity_unique').on(t.district, t.station, t.year, t.number)],
);

/** Sections keep their Act: older cases stay under the IPC, newer under the BNS, others under special Acts. */
export const firSections = sqliteTable(
  'fir_sections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    firId: integer('fir_id')
      .notNull()
      .references(() => firs.id),
    act: text('act').notNull(),
    section: text('section').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [uniqueIndex('fir_sections_unique').on(t.firId, t.act, t.section), index('fir_sections_section_idx').on(t.act, t.section)],
);

export const entryFirs = sqliteTable(
  'entry_firs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entryId: integer('entry_id')
      .notNull()
      .references(() => entries.id),
    firId: integer('fir_id')
      .notNull()
      .references(() => firs.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('entry_firs_unique').on(t.entryId, t.firId), index('entry_firs_fir_idx').on(t.firId)],
);

export const persons = sqliteTable('persons', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  relativeName: text('relative_name'),
  /** father / husband / mother / guardian */
  relation: text('relation'),
  age: integer('age'),
  gender: text('gender', { enum: GENDERS }),
  address: text('address'),
  phone: text('phone'),
  createdAt: text('created_at').notNull(),
});

export const firPersons = sqliteTable(
  'fir_persons',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    firId: integer('fir_id')
      .notNull()
      .references(() => firs.id),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    role: text('role', { enum: PERSON_ROLES }).notNull(),
    status: text('status', { enum: PERSON_STATUSES }),
    /** Local India wall-clock times of each fact, as typed (arrest and jail are separate facts). */
    arrestedAt: text('arrested_at'),
    jailedAt: text('jailed_at'),
    bailedAt: text('bailed_at'),
    surrenderedAt: text('surrendered_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('fir_persons_unique').on(t.firId, t.personId, t.role), index('fir_persons_person_idx').on(t.personId)],
);
