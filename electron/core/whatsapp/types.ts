// Public types of the WhatsApp text parser. Re-exported from parse.ts, which is the entry point.

export type DateOrder = 'dmy' | 'mdy';
export type TextKind = 'export' | 'paste' | 'forwarded';
export type HeaderFormat = 'android' | 'ios' | 'web' | 'forwarded';

export interface ParsedMessage {
  /** 0-based order in the input. */
  index: number;
  /** 1-based line number where the message starts. */
  line: number;
  kind: 'user' | 'system';
  /** Cleaned display name as written; null for system messages and forwarded text. */
  sender: string | null;
  /** E.164 (+919839047125) when the sender is a phone number, else null. */
  senderPhone: string | null;
  /** Local wall-clock ISO 'YYYY-MM-DDTHH:mm:ss' as written; null when unknown. */
  sentAt: string | null;
  /** Full body (lines joined with \n), attachment marker / placeholder / edited marker removed; caption kept. */
  text: string;
  /** File names referenced by the message. */
  attachments: string[];
  /** A media placeholder ("<Media omitted>", "image omitted", ...) stood in for the media. */
  mediaOmitted: boolean;
  /** Deleted-message tombstone. */
  deleted: boolean;
  /** "<This message was edited>" marker was present. */
  edited: boolean;
}

export interface ParseCounts {
  userMessages: number;
  systemMessages: number;
  attachments: number;
  mediaOmitted: number;
}

export interface ParseResult {
  format: HeaderFormat;
  /** null for forwarded text and for year-first dates (which need no order). */
  dateOrder: DateOrder | null;
  /** true when nothing in the file decided and dmy was defaulted. */
  dateOrderAssumed: boolean;
  messages: ParsedMessage[];
  counts: ParseCounts;
  /** Each warning bilingual: "हिंदी text / English text", with line numbers where relevant. */
  warnings: string[];
  /** Addition: the header shape that was detected, e.g. "dd/mm/yy, h:mm am - ", or null for forwarded text. */
  headerShape: string | null;
  /** Addition: the iOS group name seen as the sender of system lines (or options.groupName), else null. */
  groupName: string | null;
}

export interface ParseOptions {
  kind?: TextKind;
  dateOrder?: DateOrder;
  groupName?: string;
}
