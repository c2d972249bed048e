// Header shapes: detect the one shape a file uses (by scoring the first lines), then compile one strict,
// sticky regex for exactly that shape. Lines that match a different shape stay in the message body.
//
// Every regex here is linear: no nested quantifiers, the only variable-length parts are bounded
// ({1,16}) and separated by literals, and they never span a newline.

import type { DateOrder } from './types.js';

export type ShapeFormat = 'android' | 'ios' | 'web';

/** The exact shape of a header line, minus what varies from line to line (digits, padding, am/pm case, space kind). */
export interface HeaderShape {
  format: ShapeFormat;
  /** '2019-01-01' style: year, month, day. */
  yearFirst: boolean;
  yearDigits: 2 | 4;
  /** '/', '.' or '-'. */
  dateSep: string;
  /** A space after each date separator ("13. 6. 2018"). */
  dateSepSpace: boolean;
  /** Between date and time (android/ios: ", ", " ", " klo "), or between time and date (web: ", "). */
  dateTimeSep: string;
  timeSep: ':' | '.';
  seconds: boolean;
  /** null for 24h; else the marker's spelling with the a/p letter as 'x', lower case: 'xm', 'x.m.', 'x. m.'; 'hi' for पूर्वाह्न / अपराह्न. */
  ampm: string | null;
  /** After the time: ' - ' or ': ' (android), '] ' (ios, web). */
  closer: string;
}

export interface CompiledShape {
  shape: HeaderShape;
  /** Sticky regex that matches exactly one header at lastIndex, up to and including the closer. */
  re: RegExp;
  /** Capture group numbers. The date groups are in written order (f1 f2 f3). */
  g: { f1: number; f2: number; f3: number; h: number; m: number; s: number; ap: number };
}

const BIDI = '[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*';
const SP = '[ \\u00A0\\u202F]';
/** Older Hindi-locale Android (CLDR hi before "am"/"pm"): पूर्वाह्न (am) and अपराह्न (pm). */
const HI_AM = 'पूर्वाह्न';
const HI_PM = 'अपराह्न';
/** The am/pm marker in the loose detectors (one group). */
const AMPM_DETECT = `(?:${SP}?([aApP]\\.?${SP}?[mM]\\.?|${HI_AM}|${HI_PM}))?`;

// Loose detectors used only to score candidate shapes over the first lines.
// Groups: 1 bracket, 2 f1, 3 dateSep, 4 sepSpace, 5 f2, 6 f3, 7 dateTimeSep, 8 h, 9 timeSep, 10 m, 11 s, 12 ampm, 13 closer
const EXPORT_DETECT = new RegExp(
  `^${BIDI}(\\[?)(\\d{1,4})([./-])( ?)(\\d{1,2})\\3\\4(\\d{1,4})([^\\d\\[\\]\\n]{1,16}?)` +
    `(\\d{1,2})([:.])(\\d{2})(?:\\9(\\d{2}))?${AMPM_DETECT}(\\] | - |: )`,
);
// Groups: 1 h, 2 timeSep, 3 m, 4 s, 5 ampm, 6 dateTimeSep, 7 f1, 8 dateSep, 9 sepSpace, 10 f2, 11 f3
const WEB_DETECT = new RegExp(
  `^${BIDI}\\[(\\d{1,2})([:.])(\\d{2})(?:\\2(\\d{2}))?${AMPM_DETECT}(,? )` + `(\\d{1,4})([./-])( ?)(\\d{1,2})\\8\\9(\\d{1,4})\\] `,
);

function ampmStyle(marker: string | undefined): string | null {
  if (!marker) return null;
  if (marker === HI_AM || marker === HI_PM) return 'hi';
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

/** Checks the digit counts of a date: dd/mm/yy(yy) or yyyy/mm/dd. Returns null when impossible. */
function yearLayout(f1: string, f3: string): { yearFirst: boolean; yearDigits: 2 | 4 } | null {
  if (f1.length === 4) return f3.length <= 2 ? { yearFirst: true, yearDigits: 4 } : null;
  if (f1.length > 2) return null;
  if (f3.length === 2) return { yearFirst: false, yearDigits: 2 };
  if (f3.length === 4) return { yearFirst: false, yearDigits: 4 };
  return null;
}

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
  if (!m) return null;
  const bracket = m[1] === '[';
  const closer = m[13];
  if (bracket !== (closer === '] ')) return null;
  const layout = yearLayout(m[2], m[6]);
  if (!layout) return null;
  const ampm = ampmStyle(m[12]);
  if (!plausible(+m[2], +m[5], +m[6], layout.yearFirst, +m[8], +m[10], m[11] ? +m[11] : 0, ampm !== null)) return null;
  const dateTimeSep = m[7];
  // The words between date and time may not hold brackets or dashes that belong to another layout.
  if (dateTimeSep.includes(' - ')) return null;
  return {
    format: bracket ? 'ios' : 'android',
    yearFirst: layout.yearFirst,
    yearDigits: layout.yearDigits,
    dateSep: m[3],
    dateSepSpace: m[4] === ' ',
    dateTimeSep,
    timeSep: m[9] as ':' | '.',
    seconds: m[11] !== undefined,
    ampm,
    closer,
  };
}

/** Candidate shape of one line for WhatsApp Web pastes, or null. */
export function detectWebLine(line: string): HeaderShape | null {
  const m = WEB_DETECT.exec(line);
  if (!m) return null;
  const layout = yearLayout(m[7], m[11]);
  if (!layout) return null;
  const ampm = ampmStyle(m[5]);
  if (!plausible(+m[7], +m[10], +m[11], layout.yearFirst, +m[1], +m[3], m[4] ? +m[4] : 0, ampm !== null)) return null;
  return {
    format: 'web',
    yearFirst: layout.yearFirst,
    yearDigits: layout.yearDigits,
    dateSep: m[8],
    dateSepSpace: m[9] === ' ',
    dateTimeSep: m[6],
    timeSep: m[2] as ':' | '.',
    seconds: m[4] !== undefined,
    ampm,
    closer: '] ',
  };
}

export function shapeKey(s: HeaderShape): string {
  return [
    s.format,
    s.yearFirst ? 'Y' : 'y',
    s.yearDigits,
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
 * Scores candidate shapes over the first lines and returns the most frequent one (ties: the earliest).
 * `which` limits the candidates to exports or to web pastes.
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
    const c = text.charCodeAt(pos);
    // Only lines starting with a digit, '[' or a bidi mark can be headers.
    if ((c >= 48 && c <= 57) || c === 91 || c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
      // Headers are short; looking at the first 200 characters keeps this cheap on huge lines.
      const line = text.slice(pos, Math.min(eol, pos + 200));
      const cands: (HeaderShape | null)[] = [];
      if (which !== 'paste') cands.push(detectExportLine(line));
      if (which !== 'export') cands.push(detectWebLine(line));
      for (const cand of cands) {
        if (!cand) continue;
        const key = shapeKey(cand);
        const t = tally.get(key);
        if (t) t.count++;
        else tally.set(key, { shape: cand, count: 1, firstLine: lineNo });
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

function esc(s: string): string {
  let out = '';
  for (const ch of s) {
    if (ch === ' ' || ch === '\u00A0' || ch === '\u202F') out += SP;
    else if (/[\\^$.*+?()[\]{}|/-]/.test(ch)) out += '\\' + ch;
    else out += ch;
  }
  return out;
}

function ampmRegex(style: string): string {
  let out = `${SP}?`;
  if (style === 'hi') return `${out}(${HI_AM}|${HI_PM})`;
  for (const ch of style) {
    if (ch === 'x') out += '([aApP])';
    else if (ch === 'm') out += '[mM]';
    else if (ch === '.') out += '\\.';
    else out += SP;
  }
  return out;
}

/** Builds the strict sticky regex for a shape. */
export function compileShape(shape: HeaderShape): CompiledShape {
  const dsep = esc(shape.dateSep) + (shape.dateSepSpace ? ' ' : '');
  const year = shape.yearDigits === 4 ? '(\\d{4})' : '(\\d{2})';
  const date = shape.yearFirst ? `${year}${dsep}(\\d{1,2})${dsep}(\\d{1,2})` : `(\\d{1,2})${dsep}(\\d{1,2})${dsep}${year}`;
  const tsep = esc(shape.timeSep);
  const time = `(\\d{1,2})${tsep}(\\d{2})` + (shape.seconds ? `${tsep}(\\d{2})` : '') + (shape.ampm ? ampmRegex(shape.ampm) : '');
  // Group numbers follow from the order of the parts.
  let src: string;
  let g: CompiledShape['g'];
  const sec = shape.seconds ? 1 : 0;
  if (shape.format === 'web') {
    src = `${BIDI}\\[${time}${esc(shape.dateTimeSep)}${date}\\] `;
    g = {
      h: 1,
      m: 2,
      s: sec ? 3 : 0,
      ap: shape.ampm ? 3 + sec : 0,
      f1: 3 + sec + (shape.ampm ? 1 : 0),
      f2: 4 + sec + (shape.ampm ? 1 : 0),
      f3: 5 + sec + (shape.ampm ? 1 : 0),
    };
  } else {
    const open = shape.format === 'ios' ? '\\[' : '';
    src = `${BIDI}${open}${date}${esc(shape.dateTimeSep)}${time}${esc(shape.closer)}`;
    g = { f1: 1, f2: 2, f3: 3, h: 4, m: 5, s: sec ? 6 : 0, ap: shape.ampm ? 6 + sec : 0 };
  }
  return { shape, re: new RegExp(src, 'y'), g };
}

/** Human-readable shape, e.g. "dd/mm/yy, h:mm am - " or "[dd.mm.yyyy, hh.mm.ss] ". */
export function describeShape(shape: HeaderShape, order: DateOrder | null): string {
  const sep = shape.dateSep + (shape.dateSepSpace ? ' ' : '');
  const yy = shape.yearDigits === 4 ? 'yyyy' : 'yy';
  const date = shape.yearFirst
    ? [yy, 'mm', 'dd'].join(sep)
    : (order === 'mdy' ? ['mm', 'dd', yy] : order === 'dmy' ? ['dd', 'mm', yy] : ['??', '??', yy]).join(sep);
  const hh = shape.ampm ? 'h' : 'hh';
  const time = `${hh}${shape.timeSep}mm${shape.seconds ? shape.timeSep + 'ss' : ''}${shape.ampm ? ' ' + (shape.ampm === 'hi' ? HI_AM : shape.ampm.replace('x', 'a')) : ''}`;
  if (shape.format === 'web') return `[${time}${shape.dateTimeSep}${date}] `;
  if (shape.format === 'ios') return `[${date}${shape.dateTimeSep}${time}] `;
  return `${date}${shape.dateTimeSep}${time}${shape.closer}`;
}
