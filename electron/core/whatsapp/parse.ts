// WhatsApp chat text -> messages. Pure: no filesystem, no database.
//
// 1. Detect the file's header shape once (header-formats.ts), by scoring candidate shapes over the first
//    lines; compile one strict sticky regex for it.
// 2. One pass over the lines (header-scan.ts): a line starts a message only if it matches that exact shape with
//    a possible date and time; anything else continues the current message. Date fields are kept as numbers
//    and the day/month order is decided from the whole file afterwards.
// 3. Sender / system split by structure, attachments and placeholders (markers.ts), ISO timestamps; events
//    WhatsApp wrote under a name (named-events.ts).
//
// Linear time: every line is looked at a constant number of times, and every regex is linear.

import { describeShape, detectShape, type HeaderShape } from './header-formats.js';
import { isBlankChar, scanHeaders, R_BODY, R_CLOCK, R_CONTENT, R_END, R_F1, R_F2, R_F3, R_FEOL, R_LINE, R_SIZE } from './header-scan.js';
import { MarkerScanner, isMark, type BodyMarkers } from './markers.js';
import { normaliseText } from './decode.js';
import { canBeSender, cleanName, SenderCache, type SenderInfo } from './sender.js';
import { IsoBuilder, type DateOrderEvidence } from './timestamp.js';
import { W } from './warnings.js';
import { eventsUnderNames } from './named-events.js';
import type { DateOrder, ParseOptions, ParseResult, ParsedMessage, ParseCounts } from './types.js';

export type { DateOrder, TextKind, HeaderFormat, ParsedMessage, ParseCounts, ParseResult, ParseOptions } from './types.js';
export { decodeChatBytes } from './decode.js';

function isMarker(mk: BodyMarkers): boolean {
  return mk.attachments.length > 0 || mk.mediaOmitted;
}

/** Removes the LRM / RLM that iOS (and some Android versions) put before event texts. */
function stripLeadingMarks(s: string): string {
  let a = 0;
  while (a < s.length && isMark(s.charCodeAt(a))) a++;
  return a === 0 ? s : s.slice(a);
}

/** Shared by every message without attachments (the markers give a message with one its own array). */
const NO_ATTACHMENTS: string[] = Object.freeze([]) as unknown as string[];

/** The sender of a web-paste line that has no "Sender: " part. */
const NO_SENDER: SenderInfo = { name: null, phone: null, ok: true };

function emptyCounts(): ParseCounts {
  return { userMessages: 0, systemMessages: 0, attachments: 0, mediaOmitted: 0 };
}

function makeMessage(
  index: number,
  line: number,
  sender: string | null,
  senderPhone: string | null,
  sentAt: string | null,
  mk: BodyMarkers,
): ParsedMessage {
  return {
    index,
    line,
    kind: 'user',
    sender,
    senderPhone,
    sentAt,
    text: mk.text,
    attachments: mk.attachments,
    mediaOmitted: mk.mediaOmitted,
    deleted: mk.deleted,
    edited: mk.edited,
  };
}

function parseForwarded(text: string, warnings: string[]): ParseResult {
  const counts = emptyCounts();
  const messages: ParsedMessage[] = [];
  const trimmed = text.trim();
  if (trimmed.length > 0) {
    const lead = text.indexOf(trimmed.charAt(0));
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < lead; i = text.indexOf('\n', i + 1)) line++;
    const scanner = new MarkerScanner();
    const nl = trimmed.indexOf('\n');
    scanner.learn(nl === -1 ? trimmed : trimmed.slice(0, nl));
    const mk = scanner.analyse(trimmed);
    messages.push(makeMessage(0, line, null, null, null, mk));
    counts.userMessages = 1;
    counts.attachments = mk.attachments.length;
    counts.mediaOmitted = mk.mediaOmitted ? 1 : 0;
  }
  return {
    format: 'forwarded',
    dateOrder: null,
    dateOrderAssumed: false,
    messages,
    counts,
    warnings,
    headerShape: null,
    groupName: null,
  };
}

function firstNonBlankLine(text: string): number {
  let line = 1;
  let pos = 0;
  while (pos <= text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = text.length;
    for (let i = pos; i < eol; i++) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 0xfeff) return line;
    }
    line++;
    pos = eol + 1;
  }
  return line;
}

export function parseChat(text: string, options: ParseOptions = {}): ParseResult {
  try {
    return parseChatInner(typeof text === 'string' ? text : '', options ?? {});
  } catch (err) {
    // Not expected; a last guard so that an import never crashes on odd input.
    const warning = `पार्सर में आंतरिक त्रुटि हुई / Internal parser error: ${err instanceof Error ? err.message : String(err)}`;
    return {
      format: 'forwarded',
      dateOrder: null,
      dateOrderAssumed: false,
      messages: [],
      counts: emptyCounts(),
      warnings: [warning],
      headerShape: null,
      groupName: null,
    };
  }
}

function parseChatInner(input: string, options: ParseOptions): ParseResult {
  const text = normaliseText(input);
  const warnings: string[] = [];
  const kind = options.kind;
  if (kind === 'forwarded') return parseForwarded(text, warnings);

  // A paste is usually a WhatsApp Web/Desktop copy, but munshis also paste lines copied out of an exported .txt.
  const detected =
    kind === 'paste'
      ? (detectShape(text, 'paste') ?? detectShape(text, 'export'))
      : detectShape(text, kind === 'export' ? 'export' : 'any');
  if (!detected) {
    if (kind === undefined) return parseForwarded(text, warnings);
    return noMessages(kind, warnings, text);
  }
  if (kind === undefined && detected.count < 2 && detected.firstLine !== firstNonBlankLine(text)) {
    // A single header-like line inside other text: a forwarded message that quotes a chat line.
    return parseForwarded(text, warnings);
  }
  const result = parseWithShape(text, detected.shape, options, warnings);
  if (result.messages.length === 0) {
    if (kind === undefined) return parseForwarded(text, []);
    return noMessages(kind, [], text);
  }
  return result;
}

function noMessages(kind: 'export' | 'paste', warnings: string[], text: string): ParseResult {
  warnings.push(W.noMessages(kind));
  if (text.trim().length > 0) {
    const lines: number[] = [];
    let line = 1;
    let pos = 0;
    while (pos <= text.length) {
      let eol = text.indexOf('\n', pos);
      if (eol === -1) eol = text.length;
      if (eol > pos && text.slice(pos, eol).trim().length > 0) lines.push(line);
      line++;
      pos = eol + 1;
    }
    warnings.push(W.leadingLinesIgnored(lines));
  }
  return {
    format: kind === 'paste' ? 'web' : 'android',
    dateOrder: null,
    dateOrderAssumed: false,
    messages: [],
    counts: emptyCounts(),
    warnings,
    headerShape: null,
    groupName: null,
  };
}

/** Day / month order for the whole file: the caller's, else what the file's dates allow. */
function decideOrder(
  evidence: DateOrderEvidence,
  wanted: DateOrder | undefined,
  warnings: string[],
): { order: DateOrder; assumed: boolean } {
  if (wanted === 'dmy' || wanted === 'mdy') {
    if (wanted === 'dmy' && evidence.mdyCount > 0) warnings.push(W.dateOrderOverrideContradicted(wanted, evidence.mdyLine));
    if (wanted === 'mdy' && evidence.dmyCount > 0) warnings.push(W.dateOrderOverrideContradicted(wanted, evidence.dmyLine));
    return { order: wanted, assumed: false };
  }
  const decided = evidence.decide();
  if (decided.assumed) warnings.push(W.dateOrderAssumed());
  if (decided.conflict) warnings.push(W.dateOrderConflict(evidence.dmyLine, evidence.mdyLine, decided.order));
  return { order: decided.order, assumed: decided.assumed };
}

// The passes after the header scan stay in this one function: split into functions of their own, they ran about
// a fifth slower (measured on the 200,000-message benchmark export).
function parseWithShape(text: string, shape: HeaderShape, options: ParseOptions, warnings: string[]): ParseResult {
  const scan = scanHeaders(text, shape);
  const web = shape.format === 'web';
  const isIos = shape.format === 'ios';
  if (scan.oddHours.length > 0) warnings.push(W.impossibleHours(scan.oddHours));
  if (scan.preamble.length > 0 && scan.count > 0) warnings.push(W.leadingLinesIgnored(scan.preamble));
  const decided = !shape.yearFirst && scan.count > 0 ? decideOrder(scan.evidence, options.dateOrder, warnings) : null;
  const order = decided ? decided.order : null;

  // Pass 2a: sender / system split on each header line. null = system line, NO_SENDER = web line without one.
  // `firsts`: the message where each sender wrote first (for eventsUnderNames).
  const scanner = new MarkerScanner();
  const { rec, count } = scan;
  const groupOpt = options.groupName ? options.groupName : null;
  const senders = new SenderCache();
  const mSender: (SenderInfo | null)[] = new Array(count);
  const firsts: number[] = [];
  const noSender: number[] = [];
  // The next ": " at or after the last place searched from; reused while it lies ahead, so that lines
  // without a colon never make the search run over the rest of the file again and again.
  let nextColon = -2;
  let nextMarked = -2; // the same for ": " + LRM
  const colonNames = new Set<string>();
  const colonCands: number[] = [];
  for (let i = 0, r = 0; i < count; i++, r += R_SIZE) {
    const bs = rec[r + R_BODY];
    const fe = rec[r + R_FEOL];
    if (nextColon !== -1 && nextColon < bs) nextColon = text.indexOf(': ', bs);
    let k = nextColon !== -1 && nextColon < fe ? nextColon - bs : -1;
    let contentStart = -1;
    let sender: SenderInfo | null = null;
    if (k === -1 && fe - bs > 1 && text.charCodeAt(fe - 1) === 58) {
      // "Name:" with the text starting on the next line, or with no text at all (a view-once photo, an empty
      // message). WhatsApp's own events never end in a colon.
      k = fe - 1 - bs;
    }
    if (groupOpt !== null && text.startsWith(groupOpt, bs) && text.startsWith(': ', bs + groupOpt.length)) {
      // The group's own lines (iOS) are events, whatever the group's name contains.
      contentStart = bs + groupOpt.length + 2;
    } else if (k > 0) {
      const known = senders.size;
      const info = senders.getAt(text, bs, k);
      if (known !== senders.size && info.ok) firsts.push(i);
      if (web || info.ok) {
        sender = info;
        contentStart = Math.min(bs + k + 2, fe);
      }
    }
    if (sender === null) {
      if (web) {
        noSender.push(rec[r + R_LINE]);
        sender = NO_SENDER; // web pastes have no system lines: a user message whose sender is unknown
      }
      if (contentStart === -1) contentStart = bs;
    }
    mSender[i] = sender;
    rec[r + R_CONTENT] = contentStart;
    if (sender !== null && sender !== NO_SENDER && fe > contentStart) {
      // A name holding ": " ("Beat 4: Ram Singh") splits too early. Evidence: the LRM that WhatsApp puts right
      // after the real "Sender: " (attachments, placeholders, iOS events) comes after a later ": ".
      if (!isMark(text.charCodeAt(contentStart))) {
        if (nextMarked !== -1 && nextMarked < contentStart) nextMarked = text.indexOf(': \u200E', contentStart);
        if (nextMarked !== -1 && nextMarked < fe && nextMarked - bs <= 100) colonNames.add(text.slice(bs, nextMarked));
      }
      const last = text.charCodeAt(fe - 1);
      if (last === 41 || last === 62) {
        const rest = text.slice(contentStart, fe);
        scanner.learn(rest);
        // ... or a media line: "Beat 4: Ram Singh: <Media omitted>", "…: IMG-….jpg (file attached)".
        const j = rest.indexOf(': ');
        const c0 = rest.charCodeAt(0);
        if (j > 0 && contentStart - bs + j <= 100 && c0 !== 60 && !isMark(c0) && rest.lastIndexOf('<', j) === -1) colonCands.push(i);
      }
    }
  }
  if (colonCands.length > 0) {
    for (const i of colonCands) {
      const r = i * R_SIZE;
      const cs = rec[r + R_CONTENT];
      const rest = text.slice(cs, rec[r + R_FEOL]);
      const j = rest.indexOf(': ');
      if (isMarker(scanner.analyse(rest.slice(j + 2))) && !isMarker(scanner.analyse(rest))) {
        colonNames.add(text.slice(rec[r + R_BODY], cs + j));
      }
    }
  }
  if (colonNames.size > 0) {
    // Use the learned names on every line that starts with one (the longest wins).
    const names = [...colonNames].filter((nm) => canBeSender(nm) && cleanName(nm).length > 0).sort((a, b) => b.length - a.length);
    for (let i = 0, r = 0; i < count && names.length > 0; i++, r += R_SIZE) {
      const bs = rec[r + R_BODY];
      const fe = rec[r + R_FEOL];
      for (const nm of names) {
        const ce = bs + nm.length;
        if (ce < fe && text.startsWith(nm, bs) && text.startsWith(': ', ce) && rec[r + R_CONTENT] !== ce + 2) {
          if (groupOpt !== null && text.startsWith(groupOpt, bs) && text.startsWith(': ', bs + groupOpt.length)) break;
          mSender[i] = senders.get(nm);
          rec[r + R_CONTENT] = ce + 2;
          const last = text.charCodeAt(fe - 1);
          if (last === 41 || last === 62) scanner.learn(text.slice(ce + 2, fe));
          break;
        }
      }
    }
  }
  if (noSender.length > 0) warnings.push(W.pasteWithoutSender(noSender));
  // Learned names moved messages to other senders: where each name first wrote is no longer known.
  const firstsKnown = colonNames.size === 0;
  // Pass 2b: messages. `marked` (iOS): whether WhatsApp led each text with a direction mark.
  const marked = isIos ? new Array<boolean>(count).fill(false) : null;
  const iso = new IsoBuilder();
  const badDates: number[] = [];
  const messages: ParsedMessage[] = new Array(count);
  let lastDateKey = -1;
  let lastClock = -1;
  let lastSentAt: string | null = null;
  for (let i = 0, r = 0; i < count; i++, r += R_SIZE) {
    const f1 = rec[r + R_F1];
    const f2 = rec[r + R_F2];
    const f3 = rec[r + R_F3];
    const clock = rec[r + R_CLOCK];
    const dateKey = f1 * 1_000_000 + f2 * 10_000 + f3;
    let sentAt: string | null;
    if (dateKey === lastDateKey && clock === lastClock) sentAt = lastSentAt;
    else {
      let date: string | null;
      if (shape.yearFirst) date = iso.dateT(f1, f2, f3);
      else if (order === 'mdy') date = iso.dateT(f3, f1, f2);
      else date = iso.dateT(f3, f2, f1);
      const time = iso.time((clock / 3600) | 0, ((clock % 3600) / 60) | 0, clock % 60);
      sentAt = date !== null && time !== null ? date + time : null;
      lastDateKey = dateKey;
      lastClock = clock;
      lastSentAt = sentAt;
    }
    const line = rec[r + R_LINE];
    if (sentAt === null) badDates.push(line);

    const info = mSender[i];
    const body = text.slice(rec[r + R_CONTENT], rec[r + R_END]);
    const msg: ParsedMessage = {
      index: i,
      line,
      kind: info === null ? 'system' : 'user',
      sender: info === null ? null : info.name,
      senderPhone: info === null ? null : info.phone,
      sentAt,
      text: body,
      attachments: NO_ATTACHMENTS,
      mediaOmitted: false,
      deleted: false,
      edited: false,
    };
    if (info === null) msg.text = stripLeadingMarks(isBlankChar(body.charCodeAt(body.length - 1)) ? body.trimEnd() : body);
    else {
      const lead = scanner.analyseInto(body, msg);
      if (marked !== null) marked[i] = lead;
    }
    messages[i] = msg;
  }
  if (badDates.length > 0) warnings.push(W.invalidDates(badDates));

  const givenGroup = options.groupName ? options.groupName.trim() : null;
  // Web pastes carry no events; only a group name the munshi gave can mark some.
  const groupName = web && !givenGroup ? null : eventsUnderNames(messages, marked, givenGroup, firstsKnown ? firsts : null);

  const counts = emptyCounts();
  for (let i = 0; i < count; i++) {
    const msg = messages[i];
    if (msg.kind === 'system') counts.systemMessages++;
    else {
      counts.userMessages++;
      counts.attachments += msg.attachments.length;
      if (msg.mediaOmitted) counts.mediaOmitted++;
    }
  }

  return {
    format: shape.format,
    dateOrder: order,
    dateOrderAssumed: decided ? decided.assumed : false,
    messages,
    counts,
    warnings,
    headerShape: describeShape(shape, order),
    groupName,
  };
}
