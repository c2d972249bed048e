import { and, count, eq, exists, gte, lte, not, notExists, or, sql, type SQL } from 'drizzle-orm';
import type { Ctx } from './context';
import type { Output, ParsedInput } from '../contract/index';
import { entryMessages, messageAttachments, messageFlags, messages, sources } from '../../db/schema/index';
import { auditedInsert, auditedUpdate } from './audit';
import { notFound } from './errors';
import { utcIso } from '../shared/dates';
import { matchIds } from './text/search-index';
import { inJson } from './orm';
import type { AreaHandlers } from './context';

type Message = Output<'entries.get'>['messages'][number];

/**
 * A message's files, in their order, each with the stored file it is (the attachment's own, else the one a
 * sighting of that name in that message stored), as a JSON array: an aggregate the query builder has no words for.
 */
const attachmentsJson = sql<string>`(SELECT json_group_array(json_object('name', a.name, 'sha256', ev.sha256, 'size', ev.size, 'mime', ev.mime))
  FROM (SELECT * FROM message_attachments WHERE message_id = ${messages.id} ORDER BY position) a
  LEFT JOIN evidence ev ON ev.id = coalesce(a.evidence_id,
    (SELECT evidence_id FROM evidence_sightings es WHERE es.message_id = a.message_id AND es.file_name = a.name LIMIT 1)))`;
/** The entries a message is in, by their register numbers (the desk never shows an internal id). */
const entriesJson = sql<string>`(SELECT json_group_array(json_object('id', e.id, 'serial', e.serial, 'year', e.year))
  FROM entry_messages em JOIN entries e ON e.id = em.entry_id WHERE em.message_id = ${messages.id})`;

const MESSAGE_COLUMNS = {
  id: messages.id,
  source: sources.name,
  kind: messages.kind,
  sender: messages.sender,
  senderPhone: messages.senderPhone,
  sentAt: messages.sentAt,
  text: messages.text,
  deleted: messages.deleted,
  edited: messages.edited,
  mediaOmitted: messages.mediaOmitted,
  infoOnly: messageFlags.infoOnly,
  attachments: attachmentsJson.mapWith((v: string) => JSON.parse(v) as Message['attachments']),
  entries: entriesJson.mapWith((v: string) => JSON.parse(v) as Message['entries']),
};

/** Chat order: by the time written on the phone, then by position in the export it came from. */
const CHAT_ORDER = [messages.sourceId, sql`${messages.sentAt} IS NULL`, messages.sentAt, messages.importId, messages.seq];

/** A message without a flag row is not marked info-only. */
const toMessage = (r: Omit<Message, 'infoOnly' | 'entryIds'> & { infoOnly: boolean | null }): Message => ({
  ...r,
  entryIds: r.entries.map((e) => e.id),
  infoOnly: !!r.infoOnly,
});

function selectMessages(ctx: Ctx, where: SQL | undefined) {
  return ctx.db.orm
    .select(MESSAGE_COLUMNS)
    .from(messages)
    .innerJoin(sources, eq(sources.id, messages.sourceId))
    .leftJoin(messageFlags, eq(messageFlags.messageId, messages.id))
    .where(where)
    .orderBy(...CHAT_ORDER);
}

export function loadMessages(ctx: Ctx, ids: number[]): Message[] {
  if (!ids.length) return [];
  return selectMessages(ctx, inJson(messages.id, ids)).all().map(toMessage);
}

export function listMessages(ctx: Ctx, input: ParsedInput<'messages.list'>): Output<'messages.list'> {
  const where: SQL[] = [];
  if (input.source) where.push(eq(sources.name, input.source));
  if (input.sender) where.push(eq(messages.sender, input.sender));
  if (input.kind) where.push(eq(messages.kind, input.kind));
  if (input.from) where.push(gte(messages.sentAt, `${input.from}T00:00:00`));
  if (input.to) where.push(lte(messages.sentAt, `${input.to}T23:59:59`));
  if (input.unprocessed !== undefined) {
    const cond = and(
      notExists(
        ctx.db.orm
          .select({ one: sql`1` })
          .from(entryMessages)
          .where(eq(entryMessages.messageId, messages.id)),
      ),
      sql`coalesce(${messageFlags.infoOnly}, 0) = 0`,
      eq(messages.kind, 'user'),
    )!;
    where.push(input.unprocessed ? cond : not(cond));
  }
  if (input.hasMedia !== undefined) {
    const cond = or(
      exists(
        ctx.db.orm
          .select({ one: sql`1` })
          .from(messageAttachments)
          .where(eq(messageAttachments.messageId, messages.id)),
      ),
      eq(messages.mediaOmitted, true),
    )!;
    where.push(input.hasMedia ? cond : not(cond));
  }
  if (input.q) {
    const ids = matchIds(ctx, 'message', input.q, 100_000);
    if (!ids.length) return { total: 0, rows: [] };
    where.push(inJson(messages.id, ids));
  }
  const w = and(...where);
  const total =
    ctx.db.orm
      .select({ total: count() })
      .from(messages)
      .innerJoin(sources, eq(sources.id, messages.sourceId))
      .leftJoin(messageFlags, eq(messageFlags.messageId, messages.id))
      .where(w)
      .get()?.total ?? 0;
  return { total, rows: selectMessages(ctx, w).limit(input.limit).offset(input.offset).all().map(toMessage) };
}

export function markInfoOnly(ctx: Ctx, input: ParsedInput<'messages.markInfoOnly'>): Output<'messages.markInfoOnly'> {
  const { orm } = ctx.db;
  const now = utcIso(ctx.now());
  let count = 0;
  for (const id of new Set(input.ids)) {
    if (!orm.select({ id: messages.id }).from(messages).where(eq(messages.id, id)).get()) throw notFound({ hi: 'संदेश', en: 'message' }, id);
    const flag = orm
      .select({ id: messageFlags.id, infoOnly: messageFlags.infoOnly })
      .from(messageFlags)
      .where(eq(messageFlags.messageId, id))
      .get();
    if (!flag) {
      auditedInsert(
        ctx,
        'message_flags',
        () =>
          orm
            .insert(messageFlags)
            .values({ messageId: id, infoOnly: input.infoOnly, updatedAt: now })
            .returning({ id: messageFlags.id })
            .get().id,
      );
      count++;
    } else if (flag.infoOnly !== input.infoOnly) {
      auditedUpdate(ctx, 'message_flags', flag.id, () => {
        orm.update(messageFlags).set({ infoOnly: input.infoOnly, updatedAt: now }).where(eq(messageFlags.id, flag.id)).run();
      });
      count++;
    }
  }
  return { count };
}

export const messagesHandlers: AreaHandlers<'messages'> = {
  'messages.list': listMessages,
  'messages.markInfoOnly': markInfoOnly,
};
