import { hash } from 'node:crypto';
import { parseChat, decodeChatBytes } from '../whatsapp/parse';
import type { DateOrder, HeaderFormat, ParseCounts, ParsedMessage, ParseResult, TextKind } from '../whatsapp/types';
import { MessageKeyer } from './message-keys';
import { refuseBinary, refuseUnusableText } from './chat-checks';
import { deriveBatch, type Derived, type MessageTuple, type PreparedRow } from './derive';

/**
 * A chat text from bytes to rows ready to store: decoding and parsing here, the per-message keys in
 * derive.ts (inline, or in the key worker beside the database writes; see chat-source.ts).
 */

export interface ReadChatOptions {
  kind?: TextKind;
  dateOrder?: DateOrder;
  /** What the munshi supplied for messages that came without a sender or a time (a forwarded message). */
  sender?: string | null;
  sentAt?: string | null;
}

export interface ChatHeader {
  fileName: string;
  fileSha256: string;
  /** The first messages' dedupe keys (with their times), to recognise a chat already imported under another name. */
  sampleKeys: { sentAt: string; key: string }[];
  format: HeaderFormat;
  dateOrder: DateOrder | null;
  groupName: string | null;
  counts: ParseCounts;
  /** Decoding and parsing warnings, each prefixed with the file's name. */
  warnings: string[];
  messages: number;
  /** Every file name the messages refer to, in order (to pick up media lying beside a .txt). */
  attachmentNames: string[];
}

/** Messages per batch: big enough to keep thread hand-offs rare, small enough to bound memory. */
export const BATCH_SIZE = 2000;

/** Decodes and parses one chat; an AppError for a file that holds no chat (empty, binary, an absurd line). */
export function readChat(bytes: Uint8Array, fileName: string, opts: ReadChatOptions): { header: ChatHeader; parsed: ParseResult } {
  refuseBinary(bytes, fileName);
  const decoded = decodeChatBytes(bytes);
  refuseUnusableText(decoded.text, fileName);
  const parsed = parseChat(decoded.text, { kind: opts.kind, dateOrder: opts.dateOrder });
  const attachmentNames: string[] = [];
  for (const m of parsed.messages) for (const a of m.attachments) attachmentNames.push(a);
  return {
    parsed,
    header: {
      fileName,
      fileSha256: hash('sha256', bytes, 'hex'),
      format: parsed.format,
      dateOrder: parsed.dateOrder,
      groupName: parsed.groupName,
      counts: parsed.counts,
      warnings: [...decoded.warnings, ...parsed.warnings].map((w) => `${fileName}: ${w}`),
      messages: parsed.messages.length,
      attachmentNames,
      sampleKeys: sampleKeys(parsed, opts),
    },
  };
}

/** How many of a chat's first messages are looked for elsewhere. */
const SAMPLE = 64;

/** The dedupe keys the import will give the chat's first messages (the same keyer, from the start of the chat). */
function sampleKeys(parsed: ParseResult, opts: ReadChatOptions): { sentAt: string; key: string }[] {
  const keyer = new MessageKeyer();
  return parsed.messages.slice(0, SAMPLE).map((m) => {
    const [, sender, , sentAt, text] = toTuple(m, opts);
    return { sentAt: sentAt ?? '', key: keyer.key(sentAt, sender, text) };
  });
}

/** A parsed message as the register stores it, with the munshi's stand-ins for a missing sender or time. */
function toTuple(m: ParsedMessage, opts: ReadChatOptions): MessageTuple {
  const sender = m.kind === 'user' ? (m.sender ?? opts.sender ?? null) : m.sender;
  return [
    m.kind,
    sender,
    m.senderPhone,
    m.sentAt ?? opts.sentAt ?? null,
    m.text,
    m.deleted ? 1 : 0,
    m.edited ? 1 : 0,
    m.mediaOmitted ? 1 : 0,
  ];
}

/**
 * The parse as batches of tuples (with the munshi's stand-ins for a missing sender or time) and, beside
 * them, each message's attachment names. Consumes the parse: messages are released as they are read.
 */
export function* tupleBatches(parsed: ParseResult, opts: ReadChatOptions): Generator<{ tuples: MessageTuple[]; attachments: string[][] }> {
  const messages = parsed.messages;
  let tuples: MessageTuple[] = [];
  let attachments: string[][] = [];
  for (let i = 0; i < messages.length; i++) {
    const m = messages[i];
    // Let each parsed message go once it is a tuple: a big export's parse is much of the heap.
    (messages as (ParsedMessage | null)[])[i] = null;
    tuples.push(toTuple(m, opts));
    attachments.push(m.attachments);
    if (tuples.length === BATCH_SIZE) {
      yield { tuples, attachments };
      tuples = [];
      attachments = [];
    }
  }
  if (tuples.length) yield { tuples, attachments };
}

export function toRows(tuples: MessageTuple[], derived: Derived[], attachments: string[][]): PreparedRow[] {
  return tuples.map((t, i) => [...t, ...derived[i], attachments[i]] as PreparedRow);
}

/** The whole preparation on this thread (small chats, or when no worker can start). */
export function* prepareRows(parsed: ParseResult, opts: ReadChatOptions): Generator<PreparedRow[]> {
  const keyer = new MessageKeyer();
  for (const { tuples, attachments } of tupleBatches(parsed, opts)) yield toRows(tuples, deriveBatch(keyer, tuples), attachments);
}
