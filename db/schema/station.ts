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
  createdAt: text('created_at').notNull(),
});
