import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core';

/**
 * Append-only audit trail. Each row's hash covers its content and the previous row's hash,
 * so editing or deleting any row breaks the chain from there on.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** UTC ISO time */
    at: text('at').notNull(),
    operatorId: integer('operator_id'),
    operatorName: text('operator_name'),
    channel: text('channel').notNull(),
    entity: text('entity').notNull(),
    entityId: integer('entity_id').notNull(),
    /** Canonical JSON of the row before the change (null on insert). */
    before: text('before'),
    /** Canonical JSON of the row after the change (null on delete). */
    after: text('after'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_entity_idx').on(t.entity, t.entityId)],
);
