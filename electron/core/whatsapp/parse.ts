// WhatsApp chat text -> messages. Pure: no filesystem, no database.
//
// 1. Detect the file's header shape once (header-formats.ts), by scoring candidate shapes over the first
//    lines; compile one strict sticky regex for it.
// 2. One pass over the lines: a line starts a message only if it matches that exact shape with a possible
//    date and time; anything else continues the current message. Date fields are kept as numbers and the
//    day/month order is decided from the whole file afterwards.
// 3. Sender / system split by structure, attachments and placeholders (markers.ts), ISO timestamps.
//
// Linear time: every line is looked at a constant number of times, and every regex is linear.

import { compileShape, describeShape, detectShape, type HeaderShape } from './header-formats.js';
import { MarkerScanner, isBidi, isMark, isSpaceLike, type BodyMarkers } from './markers.js';
import { normaliseText } from './decode.js';
import { canBeSender, cleanName, SenderCache, type SenderInfo } from './sender.js';
import { DateOrderEvidence, IsoBuilder, to24h } from './timestamp.js';
import { W } from './warnings.js';
import type { DateOrder, ParseOptions, ParseResult, ParsedMessage, ParseCounts } from './types.js';

export type { DateOrder, TextKind, HeaderFormat, ParsedMessage, ParseCounts, ParseResult, ParseOptions } from './types.js';
export { decodeChatBytes } from './decode.js';

function isMarker(mk: BodyMarkers): boolean {
  return mk.attachments.length > 0 || mk.mediaOmitted;
}

function isBlankChar(c: number): boolean {
  return isSpaceLike(c) || c === 0xfeff;
}

/** Whether text[pos, eol) holds more than spaces (a whitespace-only line is blank). */
function hasContent(text: string, pos: number, eol: number): boolean {
  for (let i = pos; i < eol; i++) if (!isBlankChar(text.charCodeAt(i))) return true;
  return false;
}

/** Removes the LRM / RLM that iOS (and some Android versions) put before event texts. */
function stripLeadingMarks(s: string): string {
  let a = 0;
  while (a < s.length && isMark(s.charCodeAt(a))) a++;
  return a === 0 ? s : s.slice(a);
}

/** The sender of a web-paste line that has no "Sender: " part. */
const NO_SENDER: SenderInfo = { name: null, phone: null, ok: true };

/** Texts that users (not the system) put after a direction mark on iOS. */
const USER_MARKED_RE = /^(?:POLL:|location:|Location:|Missed (?:voice|video|group) call|Voice call|Video call|Live location)/;
/** Hints only (localised wording varies): the usual event phrasing, for direction-marked iOS lines. */
const EVENT_HINT_RE =
  /end-to-end|security code|created (?:group|this group)|\badded\b|\bremoved\b|\bleft\b|\bjoined\b|changed (?:the|this|their|to|group)|turned (?:on|off)|\bpinned\b|\badmin\b|एंड-टू-एंड|एन्क्रिप्ट|सुरक्षा कोड|ग्रुप|समूह/i;
/** The encryption notice, which older iOS exports write under the group's (or contact's) name without a mark. */
const ENCRYPTION_RE = /^(?:Messages\b.{0,60}end-to-end encrypt|.{0,60}एंड-टू-एंड)/;

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

// Per-message record of pass 1, packed into one growable Int32Array (no per-message objects).
const R_LINE = 0; // 1-based line of the header
const R_BODY = 1; // offset after the header (sender or system text starts here)
const R_FEOL = 2; // end of the header line
const R_END = 3; // end of the last non-empty line of the message
const R_F1 = 4; // date fields in written order
const R_F2 = 5;
const R_F3 = 6;
const R_CLOCK = 7; // seconds since midnight (24h)
const R_CONTENT = 8; // offset where the text starts (after "Sender: "), set in pass 2a
const R_SIZE = 9;

function parseWithShape(text: string, shape: HeaderShape, options: ParseOptions, warnings: string[]): ParseResult {
  const { re } = compileShape(shape);
  // Order of the digit runs in a header, and the run count after which the am/pm letter comes.
  const sec = shape.seconds ? 1 : 0;
  const web = shape.format === 'web';
  const iF1 = web ? 2 + sec : 0;
  const iH = web ? 0 : 3;
  const iS = shape.seconds ? iH + 2 : -1;
  const timeEndRun = web ? 2 + sec : 5 + sec;
  const nums = new Int32Array(8);
  const n = text.length;
  const bracketed = shape.format !== 'android';
  const twelveHour = shape.ampm !== null;
  const yearFirst = shape.yearFirst;

  // Pass 1: message boundaries and raw numbers.
  let rec = new Int32Array(R_SIZE * 1024);
  let count = 0;
  const evidence = new DateOrderEvidence();
  const preamble: number[] = [];
  let cur = -1; // record offset of the current message
  let pos = 0;
  let lineNo = 0;

  while (pos <= n) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = n;
    lineNo++;
    const c = text.charCodeAt(pos);
    let header = false;
    if (bracketed ? c === 91 || isBidi(c) : (c >= 48 && c <= 57) || isBidi(c)) {
      re.lastIndex = pos;
      if (re.test(text)) {
        // The regex fixed the layout; read the numbers by hand (no capture strings to allocate).
        // Digit runs come in a fixed order (date then time, or time then date for web), and the words
        // between date and time never hold digits. The am/pm letter is the first a/p after the time.
        const end = re.lastIndex;
        let runs = 0;
        let v = -1;
        let pm = false;
        for (let p = pos; p < end; p++) {
          const ch = text.charCodeAt(p);
          if (ch >= 48 && ch <= 57) {
            v = v < 0 ? ch - 48 : v * 10 + ch - 48;
          } else {
            if (v >= 0) {
              nums[runs++] = v;
              v = -1;
            }
            if (runs === timeEndRun && (ch === 112 || ch === 80 || ch === 0x0905)) pm = true; // p, P, अ(पराह्न)
          }
        }
        if (v >= 0) nums[runs++] = v;
        const f1 = nums[iF1];
        const f2 = nums[iF1 + 1];
        const f3 = nums[iF1 + 2];
        let h = nums[iH];
        const mi = nums[iH + 1];
        const s = iS >= 0 ? nums[iS] : 0;
        let ok = mi <= 59 && s <= 59;
        if (twelveHour) {
          ok = ok && h <= 12;
          h = to24h(h, pm);
        } else ok = ok && h <= 23;
        if (yearFirst) ok = ok && f2 >= 1 && f2 <= 12 && f3 >= 1 && f3 <= 31;
        else ok = ok && f1 >= 1 && f2 >= 1 && f1 <= 31 && f2 <= 31 && (f1 <= 12 || f2 <= 12);
        if (ok) {
          header = true;
          cur = count * R_SIZE;
          if (cur + R_SIZE > rec.length) {
            const bigger = new Int32Array(rec.length * 2);
            bigger.set(rec);
            rec = bigger;
          }
          rec[cur + R_LINE] = lineNo;
          rec[cur + R_BODY] = end;
          rec[cur + R_FEOL] = eol;
          rec[cur + R_END] = eol;
          rec[cur + R_F1] = f1;
          rec[cur + R_F2] = f2;
          rec[cur + R_F3] = f3;
          rec[cur + R_CLOCK] = h * 3600 + mi * 60 + s;
          count++;
          if (!yearFirst) evidence.add(f1, f2, lineNo);
        }
      }
    }
    if (!header && eol > pos && hasContent(text, pos, eol)) {
      if (cur >= 0)
        rec[cur + R_END] = eol; // trailing blank lines are not part of a message
      else if (text.slice(pos, eol).trim().length > 0) preamble.push(lineNo);
    }
    pos = eol + 1;
  }

  if (preamble.length > 0 && count > 0) warnings.push(W.leadingLinesIgnored(preamble));

  // Day / month order for the whole file.
  let order: DateOrder | null = null;
  let assumed = false;
  if (!yearFirst && count > 0) {
    const decided = evidence.decide();
    if (options.dateOrder === 'dmy' || options.dateOrder === 'mdy') {
      order = options.dateOrder;
      if (order === 'dmy' && evidence.mdyCount > 0) warnings.push(W.dateOrderOverrideContradicted(order, evidence.mdyLine));
      if (order === 'mdy' && evidence.dmyCount > 0) warnings.push(W.dateOrderOverrideContradicted(order, evidence.dmyLine));
    } else {
      order = decided.order;
      assumed = decided.assumed;
      if (assumed) warnings.push(W.dateOrderAssumed());
      if (decided.conflict) warnings.push(W.dateOrderConflict(evidence.dmyLine, evidence.mdyLine, order));
    }
  }

  // Pass 2a: sender / system split on each header line. null = system line, NO_SENDER = web line without one.
  const senders = new SenderCache();
  const mSender: (SenderInfo | null)[] = new Array(count);
  const noSender: number[] = [];
  const isIos = shape.format === 'ios';
  const scanner = new MarkerScanner();
  const groupOpt = options.groupName ? options.groupName : null;
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
    if (k === -1 && fe - bs > 1 && text.charCodeAt(fe - 1) === 58 && rec[r + R_END] > fe) {
      k = fe - 1 - bs; // "Name:" with the text starting on the next line
    }
    if (groupOpt !== null && text.startsWith(groupOpt, bs) && text.startsWith(': ', bs + groupOpt.length)) {
      // The group's own lines (iOS) are events, whatever the group's name contains.
      contentStart = bs + groupOpt.length + 2;
    } else if (k > 0) {
      const info = senders.getAt(text, bs, k);
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

  // Pass 2b: messages.
  const iso = new IsoBuilder();
  const badDates: number[] = [];
  const messages: ParsedMessage[] = new Array(count);
  const marked: boolean[] = isIos ? new Array(count).fill(false) : [];
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
      if (yearFirst) date = iso.dateT(f1, f2, f3);
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
      attachments: [],
      mediaOmitted: false,
      deleted: false,
      edited: false,
    };
    if (info === null) msg.text = stripLeadingMarks(isBlankChar(body.charCodeAt(body.length - 1)) ? body.trimEnd() : body);
    else {
      const lead = scanner.analyseInto(body, msg);
      if (isIos) marked[i] = lead;
    }
    messages[i] = msg;
  }
  if (badDates.length > 0) warnings.push(W.invalidDates(badDates));

  // iOS: system events are written under the group's (or, in 1:1 chats, the contact's) name.
  let groupName: string | null = options.groupName ? options.groupName.trim() : null;
  if (isIos || groupName) {
    const stats = new Map<string, { total: number; events: number }>();
    const eventLike: boolean[] = new Array(count).fill(false);
    for (let i = 0; i < count; i++) {
      const msg = messages[i];
      if (msg.kind !== 'user' || msg.sender === null) continue;
      let st = stats.get(msg.sender);
      if (!st) stats.set(msg.sender, (st = { total: 0, events: 0 }));
      st.total++;
      const ev =
        isIos &&
        ((marked[i] && !USER_MARKED_RE.test(msg.text)) ||
          (!msg.deleted && !msg.mediaOmitted && msg.attachments.length === 0 && ENCRYPTION_RE.test(msg.text)));
      if (ev) {
        st.events++;
        eventLike[i] = true;
      }
    }
    // A sender that only ever writes events is the group itself.
    const groupLike = new Set<string>();
    if (groupName) groupLike.add(groupName);
    for (const [name, st] of stats) if (isIos && st.total === st.events) groupLike.add(name);
    if (!groupName && groupLike.size === 1) groupName = [...groupLike][0];
    for (let i = 0; i < count; i++) {
      const msg = messages[i];
      if (msg.kind !== 'user' || msg.sender === null) continue;
      const isEvent =
        groupLike.has(msg.sender) || (eventLike[i] && (ENCRYPTION_RE.test(msg.text) || (marked[i] && EVENT_HINT_RE.test(msg.text))));
      if (isEvent) {
        msg.kind = 'system';
        msg.sender = null;
        msg.senderPhone = null;
        if (msg.attachments.length > 0) msg.attachments = [];
        msg.mediaOmitted = msg.deleted = msg.edited = false;
      }
    }
  }

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
    dateOrderAssumed: assumed,
    messages,
    counts,
    warnings,
    headerShape: describeShape(shape, order),
    groupName: isIos || options.groupName ? groupName : null,
  };
}
