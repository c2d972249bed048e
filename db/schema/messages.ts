import { sql } from 'drizzle-orm';
import { sqliteTable, integer, text, uniqueIndex, index } from 'drizzle-orm/sqlite-core';
import { sources } from './sources';
import { operators } from './station';
import { entries } from './entries';

/**
 * One import of a chat export, a paste, a forwarded message or media files. Messages, attachments,
 * evidence and sightings are immutable once imported; `digest` covers every row the import wrote, so
 * `verify` can tell when any of them was edited behind the app's back.
 */
export const imports = sqliteTable('imports', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  sourceId: integer('source_id')
    .notNull()
    .references(() => sources.id),
  kind: text('kind', { enum: ['export', 'paste', 'forwarded', 'media'] }).notNull(),
  fileName: text('file_name'),
  fileSha256: text('file_sha256'),
  format: text('format'),
  dateOrder: text('date_order'),
  operatorId: integer('operator_id').references(() => operators.id),
  startedAt: text('started_at').notNull(),
  finishedAt: text('finished_at').notNull(),
  /** JSON of the import's counts as reported to the user. */
  summary: text('summary').notNull(),
  digest: text('digest').notNull(),
});

export const messages = sqliteTable(
  'messages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id),
    importId: integer('import_id')
      .notNull()
      .references(() => imports.id),
    /** Position in the file it came from; orders messages of the same minute. */
    seq: integer('seq').notNull(),
    kind: text('kind', { enum: ['user', 'system'] }).notNull(),
    sender: text('sender'),
    senderPhone: text('sender_phone'),
    /** Local wall-clock time as written on the phone, null when unknown (a forwarded message). */
    sentAt: text('sent_at'),
    text: text('text').notNull(),
    deleted: integer('deleted', { mode: 'boolean' }).notNull().default(false),
    edited: integer('edited', { mode: 'boolean' }).notNull().default(false),
    mediaOmitted: integer('media_omitted', { mode: 'boolean' }).notNull().default(false),
    /** Identity across overlapping exports of the same chat: time, sender, text, files and the occurrence among identical ones. */
    dedupeKey: text('dedupe_key').notNull(),
  },
  (t) => [
    // The key already hashes the time; leading with the time keeps inserts of a chat (written in time order)
    // at the end of the index instead of at random places in it, which made this index the import's
    // costliest. coalesce: a unique index treats NULLs as distinct, and forwarded text has no time.
    uniqueIndex('messages_dedupe_by_time_unique').on(t.sourceId, sql`coalesce(${t.sentAt}, '')`, t.dedupeKey),
    // Few indexes on purpose: every one costs time on a 200,000-message import.
    index('messages_order_idx').on(t.sourceId, t.sentAt, t.importId, t.seq),
  ],
);

export const evidence = sqliteTable(
  'evidence',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    mime: text('mime').notNull(),
    importId: integer('import_id')
      .notNull()
      .references(() => imports.id),
    /** UTC time the file first entered the store. */
    storedAt: text('stored_at').notNull(),
  },
  (t) => [uniqueIndex('evidence_sha256_unique').on(t.sha256), index('evidence_import_idx').on(t.importId)],
);

export const messageAttachments = sqliteTable(
  'message_attachments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    messageId: integer('message_id')
      .notNull()
      .references(() => messages.id),
    importId: integer('import_id')
      .notNull()
      .references(() => imports.id),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    /** Null when the export referenced a file that was not in it. */
    evidenceId: integer('evidence_id').references(() => evidence.id),
  },
  (t) => [
    uniqueIndex('message_attachments_unique').on(t.messageId, t.position),
    index('message_attachments_import_idx').on(t.importId),
    index('message_attachments_evidence_idx').on(t.evidenceId),
  ],
);

/** Every time a stored file was seen: under which name, in which group, sent by whom and when. */
export const evidenceSightings = sqliteTable(
  'evidence_sightings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    evidenceId: integer('evidence_id')
      .notNull()
      .references(() => evidence.id),
    importId: integer('import_id')
      .notNull()
      .references(() => imports.id),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id),
    messageId: integer('message_id').references(() => messages.id),
    fileName: text('file_name').notNull(),
    sender: text('sender'),
    sentAt: text('sent_at'),
    /** UTC time of the import that saw it. */
    seenAt: text('seen_at').notNull(),
    dedupeKey: text('dedupe_key').notNull(),
  },
  (t) => [uniqueIndex('evidence_sightings_unique').on(t.evidenceId, t.dedupeKey), index('evidence_sightings_import_idx').on(t.importId)],
);

/** Per-message triage state; kept apart so the imported message rows themselves never change. */
export const messageFlags = sqliteTable('message_flags', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  messageId: integer('message_id')
    .notNull()
    .unique()
    .references(() => messages.id),
  infoOnly: integer('info_only', { mode: 'boolean' }).notNull().default(false),
  /** What the munshi supplied for a message that came without it (a forwarded message has no sender or time). */
  suppliedSender: text('supplied_sender'),
  suppliedSentAt: text('supplied_sent_at'),
  updatedAt: text('updated_at').notNull(),
});

/**
 * Imports in flight. Evidence files are written before the import's one transaction commits, so a
 * crash can leave files no row refers to; start-up removes them only when no live import holds a lock.
 */
export const importLocks = sqliteTable('import_locks', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  pid: integer('pid').notNull(),
  host: text('host').notNull(),
  startedAt: text('started_at').notNull(),
});

export const entryMessages = sqliteTable(
  'entry_messages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entryId: integer('entry_id')
      .notNull()
      .references(() => entries.id),
    messageId: integer('message_id')
      .notNull()
      .references(() => messages.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('entry_messages_unique').on(t.entryId, t.messageId), index('entry_messages_message_idx').on(t.messageId)],
);

export const entryEvidence = sqliteTable(
  'entry_evidence',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entryId: integer('entry_id')
      .notNull()
      .references(() => entries.id),
    evidenceId: integer('evidence_id')
      .notNull()
      .references(() => evidence.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('entry_evidence_unique').on(t.entryId, t.evidenceId), index('entry_evidence_evidence_idx').on(t.evidenceId)],
);
