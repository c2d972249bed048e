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
  /** Folder the daily backup goes to (a USB drive, another disk); chosen by the SHO. */
  backupDir: text('backup_dir'),
  /** Minutes without use after which the desk locks itself (0 = never). */
  lockMinutes: integer('lock_minutes').notNull().default(10),
  createdAt: text('created_at').notNull(),
});

/** Every backup made, good or not: when the last good one was made is shown on the desk. */
export const backups = sqliteTable('backups', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** UTC ISO time */
  at: text('at').notNull(),
  dir: text('dir').notNull(),
  ok: integer('ok', { mode: 'boolean' }).notNull(),
  files: integer('files').notNull(),
  bytes: integer('bytes').notNull(),
  auditHead: text('audit_head').notNull(),
  error: text('error'),
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
  operatorId: integer('operator_id')
    .primaryKey()
    .references(() => operators.id),
  failures: integer('failures').notNull().default(0),
  /** UTC ISO time before which no PIN is accepted. */
  lockedUntil: text('locked_until'),
});

/** Every run of `verify`: the desk shows the last result and when it ran. */
export const verifyRuns = sqliteTable('verify_runs', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** UTC ISO time */
  at: text('at').notNull(),
  ok: integer('ok', { mode: 'boolean' }).notNull(),
  checked: integer('checked').notNull(),
  problems: integer('problems').notNull(),
  auditHead: text('audit_head').notNull(),
});
