import type { Ctx } from './context';
import type { Output } from '../contract/index';

type MessageRow = {
  id: number;
  source: string;
  kind: 'user' | 'system';
  sender: string | null;
  sender_phone: string | null;
  sent_at: string | null;
  text: string;
  deleted: number;
  edited: number;
  media_omitted: number;
  info_only: number | null;
  attachments: string;
  entry_ids: string;
};

const SELECT_MESSAGES = `
  SELECT m.id, s.name AS source, m.kind, m.sender, m.sender_phone, m.sent_at, m.text, m.deleted, m.edited, m.media_omitted,
    f.info_only,
    (SELECT json_group_array(json_object('name', a.name, 'sha256', ev.sha256, 'size', ev.size, 'mime', ev.mime))
       FROM (SELECT * FROM message_attachments WHERE message_id = m.id ORDER BY position) a
       LEFT JOIN evidence ev ON ev.id = coalesce(a.evidence_id,
         (SELECT evidence_id FROM evidence_sightings es WHERE es.message_id = a.message_id AND es.file_name = a.name LIMIT 1))) AS attachments,
    (SELECT json_group_array(em.entry_id) FROM entry_messages em WHERE em.message_id = m.id) AS entry_ids
  FROM messages m JOIN sources s ON s.id = m.source_id LEFT JOIN message_flags f ON f.message_id = m.id`;

/** Chat order: by the time written on the phone, then by position in the export it came from. */
export const CHAT_ORDER = 'ORDER BY m.source_id, m.sent_at IS NULL, m.sent_at, m.import_id, m.seq';

export function toMessage(r: MessageRow): Output<'entries.get'>['messages'][number] {
  return {
    id: r.id,
    source: r.source,
    kind: r.kind,
    sender: r.sender,
    senderPhone: r.sender_phone,
    sentAt: r.sent_at,
    text: r.text,
    deleted: !!r.deleted,
    edited: !!r.edited,
    mediaOmitted: !!r.media_omitted,
    infoOnly: !!r.info_only,
    attachments: JSON.parse(r.attachments),
    entryIds: JSON.parse(r.entry_ids),
  };
}

export function loadMessages(ctx: Ctx, ids: number[]): Output<'entries.get'>['messages'] {
  if (!ids.length) return [];
  return (
    ctx.db.sqlite
      .prepare(`${SELECT_MESSAGES} WHERE m.id IN (SELECT value FROM json_each(?)) ${CHAT_ORDER}`)
      .all(JSON.stringify(ids)) as MessageRow[]
  ).map(toMessage);
}

export function queryMessages(ctx: Ctx, where: string, params: unknown[], tail = CHAT_ORDER): Output<'entries.get'>['messages'] {
  return (ctx.db.sqlite.prepare(`${SELECT_MESSAGES} WHERE ${where} ${tail}`).all(...params) as MessageRow[]).map(toMessage);
}
