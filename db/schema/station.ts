import { sqliteTable, integer, text } from 'drizzle-orm/sqlite-core';

/** The one station this data folder belongs to (a single row, id = 1). */
export const station = sqliteTable('station', {
  id: integer('id').primaryKey(),
  name: text('name').notNull(),
  district: text('district').notNull(),
  code: text('code'),
  /** Days allowed to settle a complaint (DGP order: 10). */
  dueDays: integer('due_days').notNull().default(10),
  /** IGRS (Jansunwai) references get their own limit (30 days). */
  igrsDueDays: integer('igrs_due_days').notNull().default(30),
  /** The phone/PC that receives WhatsApp messages, for BSA section 63 certificates. */
  receivingDevice: text('receiving_device'),
  createdAt: text('created_at').notNull(),
});

export const operators = sqliteTable('operators', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  role: text('role', { enum: ['sho', 'munshi', 'viewer'] }).notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  /** scrypt$N$r$p$salt$hash of the operator's PIN; null for an operator who has none yet. */
  pinHash: text('pin_hash'),
  createdAt: text('created_at').notNull(),
});

/**
 * Wrong-PIN throttling. Operational state, not register data: kept out of the audited tables so a
 * passer-by guessing PINs cannot fill the audit trail, and a reset never looks like tampering.
 */
export const pinAttempts = sqliteTable('pin_attempts', {
  operatorId: integer('operator_id').primaryKey().references(() => operators.id),
  failures: integer('failures').notNull().default(0),
  /** UTC ISO time before which no PIN is accepted. */
  lockedUntil: text('locked_until'),
});
