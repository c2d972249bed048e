// Header shapes: detect the one shape a file uses (by scoring the first lines), then compile one strict,
// sticky regex for exactly that shape. Lines that match a different shape stay in the message body.
//
// Every regex here is linear: no nested quantifiers, the only variable-length parts are bounded
// ({1,16}) and separated by literals, and they never span a newline.

import type { DateOrder } from './types.js';
import {
  DAY_PERIODS,
  DIGIT,
  DIGIT_ZEROS,
  ERA_YEAR,
  ERAS,
  MARKS,
  NOT_DIGIT_OR_BRACKET,
  dayPeriodOf,
  digitValue,
  digitsToNumber,
  pmOnlyChar,
} from './header-locale.js';

export type ShapeFormat = 'android' | 'ios' | 'web';

/** The exact shape of a header line, minus what varies from line to line (digits, padding, am/pm case, space kind). */
export interface HeaderShape {
  format: ShapeFormat;
  /** '[time, date] ': WhatsApp Web pastes, and iOS in some locales (Vietnamese, with seconds). */
  timeFirst: boolean;
  /** '2019-01-01' style: year, month, day. */
  yearFirst: boolean;
  yearDigits: 2 | 4;
  /** The year is a Japanese era year ("R4", "令和5"). */
  yearEra: boolean;
  /** '/', '.' or '-'; '年' for the Japanese layout "2023年3月18日" (年, 月, 日 after the fields). */
  dateSep: string;
  /** A space after each date separator ("13. 6. 2018"). */
  dateSepSpace: boolean;
  /** Between date and time (android/ios: ", ", " ", " klo "), or between time and date (time first: ", "). */
  dateTimeSep: string;
  timeSep: ':' | '.';
  seconds: boolean;
  /**
   * null for 24h. The Latin a.m./p.m. family as its spelling with the a/p letter as 'x', lower case: 'xm', 'x.m.',
   * 'x. m.'; otherwise the language of a DAY_PERIODS row ('hi' for पूर्वाह्न / अपराह्न).
   */
  ampm: string | null;
  /** After the time: ' - ' or ': ' (android), '] ' (ios, web), ' ' (iOS copied without brackets, with seconds). */
  closer: string;
  /**
   * Seen on the scanned lines, not part of the shape's identity: direction marks inside the header (right-to-left
   * locales) and digits other than ASCII. The strict regex allows for them only when seen, so that the common
   * ASCII file keeps the cheapest regex.
   */
  marksInside: boolean;
  nativeDigits: boolean;
}

export interface CompiledShape {
  shape: HeaderShape;
  /** Sticky regex that matches exactly one header at lastIndex, up to and including the closer. */
  re: RegExp;
}

const M = MARKS;
const D = DIGIT;
const SP = '[ \\u00A0\\u202F]';
const escRe = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
/** Any day-period word of the tables, longest first so that no word is cut short by a shorter one. */
const DAY_PERIOD_WORDS = DAY_PERIODS.flatMap((p) => [p.am, p.pm])
  .sort((a, b) => b.length - a.length)
  .map(escRe)
  .join('|');
/** The am/pm marker in the loose detectors (one group). */
const AMPM_DETECT = `(?:${SP}?([aApP]\\.?${SP}?[mM]\\.?|${DAY_PERIOD_WORDS}))?`;
/** A year in the loose detectors: digits, possibly after an era prefix. */
const YEAR_DETECT = `((?:${ERAS.map((e) => escRe(e.prefix)).join('|')})?${D}{1,4})`;

// Loose detectors used only to score candidate shapes over the first lines.
// Groups: 1 bracket, 2 f1, 3 dateSep, 4 sepSpace, 5 f2, 6 f3, 7 dateTimeSep, 8 h, 9 timeSep, 10 m, 11 s, 12 ampm, 13 closer
const EXPORT_DETECT = new RegExp(
  `^${M}(\\[?)${M}${YEAR_DETECT}${M}([./-])( ?)${M}(${D}{1,2})${M}\\3\\4${M}${YEAR_DETECT}(${NOT_DIGIT_OR_BRACKET}{1,16}?)` +
    `${M}(${D}{1,2})${M}([:.])${M}(${D}{2})(?:${M}\\9${M}(${D}{2}))?${AMPM_DETECT}${M}(\\] | - |: | )`,
);
// The Japanese layout "2023年3月18日 14:56:01" (also with an era year, "令和5年3月18日").
// Groups: 1 bracket, 2 year, 3 month, 4 day, 5 dateTimeSep, 6 h, 7 timeSep, 8 m, 9 s, 10 ampm, 11 closer
const KANJI_DETECT = new RegExp(
  `^${M}(\\[?)${M}${YEAR_DETECT}年${M}(${D}{1,2})月${M}(${D}{1,2})日(${NOT_DIGIT_OR_BRACKET}{1,16}?)` +
    `${M}(${D}{1,2})${M}([:.])${M}(${D}{2})(?:${M}\\7${M}(${D}{2}))?${AMPM_DETECT}${M}(\\] | - |: )`,
);
// Groups: 1 h, 2 timeSep, 3 m, 4 s, 5 ampm, 6 dateTimeSep, 7 f1, 8 dateSep, 9 sepSpace, 10 f2, 11 f3
const WEB_DETECT = new RegExp(
  `^${M}\\[${M}(${D}{1,2})${M}([:.])${M}(${D}{2})(?:${M}\\2${M}(${D}{2}))?${AMPM_DETECT}${M}(,? )` +
    `${M}${YEAR_DETECT}${M}([./-])( ?)${M}(${D}{1,2})${M}\\8\\9${M}${YEAR_DETECT}${M}\\] `,
);

const MARK_RE = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const isMarkChar = (c: number) =>
  c === 0x200e || c === 0x200f || c === 0x061c || c === 0xfeff || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);

/** Removes the marks from a captured separator, so that lines with and without them share one shape. */
function stripMarks(s: string): string {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return s.replace(MARK_RE, '');
  return s;
}

/** What a matched header needs beyond ASCII (see HeaderShape.marksInside). */
function extras(header: string): { marksInside: boolean; nativeDigits: boolean } {
  let marksInside = false;
  let nativeDigits = false;
  let i = 0;
  while (i < header.length && isMarkChar(header.charCodeAt(i))) i++;
  for (; i < header.length; i++) {
    const c = header.charCodeAt(i);
    if (c < 128) continue;
    if (isMarkChar(c)) marksInside = true;
    else if (digitValue(c) >= 0) nativeDigits = true;
  }
  return { marksInside, nativeDigits };
}

function ampmStyle(marker: string | undefined): string | null {
  if (!marker) return null;
  const words = dayPeriodOf(marker);
  if (words) return words.lang;
  let out = '';
  for (let i = 0; i < marker.length; i++) {
    const c = marker[i];
    if (c === 'a' || c === 'A' || c === 'p' || c === 'P') out += 'x';
    else if (c === 'm' || c === 'M') out += 'm';
    else if (c === '.') out += '.';
    else out += ' ';
  }
  return out;
}

/** The era prefix a written year starts with ("R4" -> "R"), or ''. */
function eraPrefix(year: string): string {
  for (const e of ERAS) if (year.startsWith(e.prefix)) return e.prefix;
  return '';
}

/** Checks the digit counts of a date: dd/mm/yy(yy), yyyy/mm/dd or an era year either side. Returns null when impossible. */
function yearLayout(f1: string, f3: string): { yearFirst: boolean; yearDigits: 2 | 4; yearEra: boolean } | null {
  const era1 = eraPrefix(f1);
  const era3 = eraPrefix(f3);
  if (era1 && era3) return null;
  if (era1) return f1.length - era1.length <= 2 && f3.length <= 2 ? { yearFirst: true, yearDigits: 2, yearEra: true } : null;
  if (era3) return f1.length <= 2 && f3.length - era3.length <= 2 ? { yearFirst: false, yearDigits: 2, yearEra: true } : null;
  if (f1.length === 4) return f3.length <= 2 ? { yearFirst: true, yearDigits: 4, yearEra: false } : null;
  if (f1.length > 2) return null;
  if (f3.length === 2) return { yearFirst: false, yearDigits: 2, yearEra: false };
  if (f3.length === 4) return { yearFirst: false, yearDigits: 4, yearEra: false };
  return null;
}

/** The number a written field stands for, era prefix left out. */
const fieldValue = (s: string) => digitsToNumber(s.slice(eraPrefix(s).length));

/** Loose plausibility of the numbers, used while scoring (the strict pass re-checks). */
function plausible(f1: number, f2: number, f3: number, yearFirst: boolean, h: number, m: number, s: number, has12h: boolean): boolean {
  if (m > 59 || s > 59) return false;
  if (has12h ? h > 12 : h > 23) return false;
  if (yearFirst) return f2 >= 1 && f2 <= 12 && f3 >= 1 && f3 <= 31;
  return f1 >= 1 && f2 >= 1 && f1 <= 31 && f2 <= 31 && (f1 <= 12 || f2 <= 12);
}

/** Candidate shape of one line for exports (android / ios), or null. */
export function detectExportLine(line: string): HeaderShape | null {
  const m = EXPORT_DETECT.exec(line);
  if (!m) return detectKanjiLine(line);
  const bracket = m[1] === '[';
  const closer = m[13];
  if (bracket !== (closer === '] ')) return null;
  // Without brackets or a dash, only a full iOS time (with seconds) followed by "Name: " counts: a plain space
  // after a time is common in ordinary text.
  if (closer === ' ' && (m[11] === undefined || line.indexOf(': ', m[0].length) === -1)) return null;
  const layout = yearLayout(m[2], m[6]);
  if (!layout) return null;
  const ampm = ampmStyle(m[12]);
  const [f1, f2, f3] = [fieldValue(m[2]), digitsToNumber(m[5]), fieldValue(m[6])];
  const [h, mi, sec] = [digitsToNumber(m[8]), digitsToNumber(m[10]), m[11] ? digitsToNumber(m[11]) : 0];
  if (!plausible(f1, f2, f3, layout.yearFirst, h, mi, sec, ampm !== null)) return null;
  const dateTimeSep = stripMarks(m[7]);
  // The words between date and time may not hold brackets or dashes that belong to another layout.
  if (dateTimeSep.includes(' - ')) return null;
  return {
    // A bare space after a time with seconds: an iOS export whose brackets were lost on the way (Android ends its
    // headers with " - ").
    format: bracket || closer === ' ' ? 'ios' : 'android',
    timeFirst: false,
    ...layout,
    dateSep: m[3],
    dateSepSpace: m[4] === ' ',
    dateTimeSep,
    timeSep: m[9] as ':' | '.',
    seconds: m[11] !== undefined,
    ampm,
    closer,
    ...extras(m[0]),
  };
}

function detectKanjiLine(line: string): HeaderShape | null {
  const m = KANJI_DETECT.exec(line);
  if (!m) return null;
  const bracket = m[1] === '[';
  const closer = m[11];
  if (bracket !== (closer === '] ')) return null;
  const era = eraPrefix(m[2]);
  if (era ? m[2].length - era.length > 2 : m[2].length !== 4) return null;
  const ampm = ampmStyle(m[10]);
  const [h, mi, sec] = [digitsToNumber(m[6]), digitsToNumber(m[8]), m[9] ? digitsToNumber(m[9]) : 0];
  if (!plausible(fieldValue(m[2]), digitsToNumber(m[3]), digitsToNumber(m[4]), true, h, mi, sec, ampm !== null)) return null;
  return {
    format: bracket ? 'ios' : 'android',
    timeFirst: false,
    yearFirst: true,
    yearDigits: 4,
    yearEra: era !== '',
    dateSep: '年',
    dateSepSpace: false,
    dateTimeSep: stripMarks(m[5]),
    timeSep: m[7] as ':' | '.',
    seconds: m[9] !== undefined,
    ampm,
    closer,
    ...extras(m[0]),
  };
}

/** Candidate shape of one line with the time first: WhatsApp Web pastes (no seconds) or iOS (seconds), or null. */
export function detectWebLine(line: string): HeaderShape | null {
  const m = WEB_DETECT.exec(line);
  if (!m) return null;
  const layout = yearLayout(m[7], m[11]);
  if (!layout) return null;
  const ampm = ampmStyle(m[5]);
  const [h, mi, sec] = [digitsToNumber(m[1]), digitsToNumber(m[3]), m[4] ? digitsToNumber(m[4]) : 0];
  if (!plausible(fieldValue(m[7]), digitsToNumber(m[10]), fieldValue(m[11]), layout.yearFirst, h, mi, sec, ampm !== null)) return null;
  return {
    // Web pastes never show seconds and iOS exports always do.
    format: m[4] !== undefined ? 'ios' : 'web',
    timeFirst: true,
    ...layout,
    dateSep: m[8],
    dateSepSpace: m[9] === ' ',
    dateTimeSep: m[6],
    timeSep: m[2] as ':' | '.',
    seconds: m[4] !== undefined,
    ampm,
    closer: '] ',
    ...extras(m[0]),
  };
}

export function shapeKey(s: HeaderShape): string {
  return [
    s.format,
    s.timeFirst ? 'T' : 't',
    s.yearFirst ? 'Y' : 'y',
    s.yearDigits,
    s.yearEra ? 'E' : 'e',
    s.dateSep,
    s.dateSepSpace ? 's' : '',
    s.dateTimeSep,
    s.timeSep,
    s.seconds ? 'S' : '',
    s.ampm ?? '',
    s.closer,
  ].join('\u0001');
}

export interface DetectedShape {
  shape: HeaderShape;
  /** Lines (among those scanned) that match this shape. */
  count: number;
  /** 1-based line number of the first matching line. */
  firstLine: number;
}

const DETECT_MAX_LINES = 5000;

/**
 * Which characters can start a header line: for each shape a table over the UTF-16 code units, so that the hot
 * loop decides with one load whether a line is worth a regex.
 */
export function headerLeads(shape: HeaderShape | null): Uint8Array {
  const lead = new Uint8Array(0x10000);
  for (const c of [0x200e, 0x200f, 0x061c, 0xfeff]) lead[c] = 1;
  for (let c = 0x202a; c <= 0x202e; c++) lead[c] = 1;
  for (let c = 0x2066; c <= 0x2069; c++) lead[c] = 1;
  const bracketed = shape !== null && (shape.timeFirst || shape.closer === '] ');
  if (!shape || bracketed) lead[91] = 1;
  if (!shape || !bracketed) {
    for (const z of DIGIT_ZEROS) for (let d = 0; d <= 9; d++) lead[z + d] = 1;
    if (!shape || (shape.yearEra && shape.yearFirst)) for (const e of ERAS) lead[e.prefix.charCodeAt(0)] = 1;
  }
  return lead;
}

const ANY_LEAD = headerLeads(null);

/**
 * Scores candidate shapes over the first lines and returns the most frequent one (ties: the earliest).
 * `which` limits the candidates to exports or to web pastes; an export can have its time first too (iOS, with seconds).
 */
export function detectShape(text: string, which: 'export' | 'paste' | 'any'): DetectedShape | null {
  const tally = new Map<string, DetectedShape>();
  let pos = 0;
  let lineNo = 0;
  const n = text.length;
  // Past the first lines only while nothing has matched yet (a long first message, a preamble).
  while (pos <= n && (lineNo < DETECT_MAX_LINES || tally.size === 0)) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = n;
    lineNo++;
    if (ANY_LEAD[text.charCodeAt(pos)] === 1) {
      // Headers are short; looking at the first 200 characters keeps this cheap on huge lines.
      const line = text.slice(pos, Math.min(eol, pos + 200));
      const cands: (HeaderShape | null)[] = [];
      if (which !== 'paste') cands.push(detectExportLine(line));
      const timeFirst = detectWebLine(line);
      if (which !== 'export' || timeFirst?.format === 'ios') cands.push(timeFirst);
      for (const cand of cands) {
        if (!cand) continue;
        const key = shapeKey(cand);
        const t = tally.get(key);
        if (t) {
          t.count++;
          t.shape.marksInside ||= cand.marksInside;
          t.shape.nativeDigits ||= cand.nativeDigits;
        } else tally.set(key, { shape: cand, count: 1, firstLine: lineNo });
      }
    }
    pos = eol + 1;
  }
  let best: DetectedShape | null = null;
  for (const t of tally.values()) {
    if (!best || t.count > best.count || (t.count === best.count && t.firstLine < best.firstLine)) best = t;
  }
  return best;
}

/** A literal part of a header as regex source; any kind of space stands for every kind, `between` goes between characters. */
function esc(s: string, between = ''): string {
  const parts: string[] = [];
  for (const ch of s) parts.push(ch === ' ' || ch === '\u00A0' || ch === '\u202F' ? SP : escRe(ch));
  return parts.join(between);
}

function ampmRegex(style: string): string {
  if (!style.includes('x')) {
    const p = DAY_PERIODS.find((d) => d.lang === style)!;
    return `${SP}?(?:${escRe(p.am)}|${escRe(p.pm)})`;
  }
  let out = `${SP}?`;
  for (const ch of style) {
    if (ch === 'x') out += '[aApP]';
    else if (ch === 'm') out += '[mM]';
    else if (ch === '.') out += '\\.';
    else out += SP;
  }
  return out;
}

/** The two characters whose presence after the time means pm (-1: unused). */
export function pmChars(shape: HeaderShape): [number, number] {
  if (shape.ampm === null) return [-1, -1];
  if (shape.ampm.includes('x')) return [112, 80]; // p, P
  return [pmOnlyChar(DAY_PERIODS.find((d) => d.lang === shape.ampm)!), -1];
}

/** Builds the strict sticky regex for a shape. Marks may lead it, and stand between its parts where the file has them. */
export function compileShape(shape: HeaderShape): CompiledShape {
  const m = shape.marksInside ? M : '';
  const d = shape.nativeDigits ? D : '\\d';
  const year = shape.yearEra ? ERA_YEAR : shape.yearDigits === 4 ? `(${d}{4})` : `(${d}{2})`;
  let date: string;
  if (shape.dateSep === '年') date = `${year}年${m}(${d}{1,2})月${m}(${d}{1,2})日`;
  else {
    const dsep = `${m}${esc(shape.dateSep)}${shape.dateSepSpace ? ' ' : ''}${m}`;
    date = shape.yearFirst ? `${year}${dsep}(${d}{1,2})${dsep}(${d}{1,2})` : `(${d}{1,2})${dsep}(${d}{1,2})${dsep}${year}`;
  }
  const tsep = `${m}${esc(shape.timeSep)}${m}`;
  const time = `(${d}{1,2})${tsep}(${d}{2})` + (shape.seconds ? `${tsep}(${d}{2})` : '') + (shape.ampm ? ampmRegex(shape.ampm) : '');
  const between = `${m}${esc(shape.dateTimeSep, m)}${m}`;
  const src = shape.timeFirst
    ? `${M}\\[${m}${time}${between}${date}${m}\\] `
    : `${M}${shape.closer === '] ' ? `\\[${m}` : ''}${date}${between}${time}${m}${esc(shape.closer)}`;
  return { shape, re: new RegExp(src, 'y') };
}

/** Human-readable shape, e.g. "dd/mm/yy, h:mm am - " or "[dd.mm.yyyy, hh.mm.ss] ". */
export function describeShape(shape: HeaderShape, order: DateOrder | null): string {
  const yy = shape.yearEra ? 'Gy' : shape.yearDigits === 4 ? 'yyyy' : 'yy';
  let date: string;
  if (shape.dateSep === '年') date = `${yy}年mm月dd日`;
  else {
    const sep = shape.dateSep + (shape.dateSepSpace ? ' ' : '');
    date = shape.yearFirst
      ? [yy, 'mm', 'dd'].join(sep)
      : (order === 'mdy' ? ['mm', 'dd', yy] : order === 'dmy' ? ['dd', 'mm', yy] : ['??', '??', yy]).join(sep);
  }
  const hh = shape.ampm ? 'h' : 'hh';
  const marker =
    shape.ampm === null ? '' : shape.ampm.includes('x') ? shape.ampm.replace('x', 'a') : DAY_PERIODS.find((d) => d.lang === shape.ampm)!.am;
  const time = `${hh}${shape.timeSep}mm${shape.seconds ? shape.timeSep + 'ss' : ''}${marker ? ' ' + marker : ''}`;
  if (shape.timeFirst) return `[${time}${shape.dateTimeSep}${date}] `;
  if (shape.closer === '] ') return `[${date}${shape.dateTimeSep}${time}] `;
  return `${date}${shape.dateTimeSep}${time}${shape.closer}`;
}
