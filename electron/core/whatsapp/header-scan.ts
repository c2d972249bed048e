// Pass 1 of the parser: one walk over the lines, finding the headers of the file's one shape and reading their
// numbers. A line starts a message only if it matches the shape's strict regex with a possible date and time;
// anything else continues the current message. Date fields are kept as numbers, in written order: the
// day / month order is decided from the whole file afterwards.

import { compileShape, headerLeads, pmChars, type HeaderShape } from './header-formats.js';
import { digitValue, eraBase } from './header-locale.js';
import { isSpaceLike } from './markers.js';
import { DateOrderEvidence, to24h } from './timestamp.js';

// Per-message record, packed into one growable Int32Array (no per-message objects).
export const R_LINE = 0; // 1-based line of the header
export const R_BODY = 1; // offset after the header (sender or system text starts here)
export const R_FEOL = 2; // end of the header line
export const R_END = 3; // end of the last non-empty line of the message
export const R_F1 = 4; // date fields in written order
export const R_F2 = 5;
export const R_F3 = 6;
export const R_CLOCK = 7; // seconds since midnight (24h)
export const R_CONTENT = 8; // offset where the text starts (after "Sender: "), set by the sender split
export const R_SIZE = 9;

export interface HeaderScan {
  /** R_SIZE slots per message. */
  rec: Int32Array;
  count: number;
  evidence: DateOrderEvidence;
  /** Lines with text before the first header. */
  preamble: number[];
  /** Headers with an hour above 12 next to AM/PM, read as a 24-hour hour. */
  oddHours: number[];
}

export function isBlankChar(c: number): boolean {
  return isSpaceLike(c) || c === 0xfeff;
}

/** Whether text[pos, eol) holds more than spaces (a whitespace-only line is blank). */
function hasContent(text: string, pos: number, eol: number): boolean {
  for (let i = pos; i < eol; i++) if (!isBlankChar(text.charCodeAt(i))) return true;
  return false;
}

export function scanHeaders(text: string, shape: HeaderShape): HeaderScan {
  const { re } = compileShape(shape);
  // Order of the digit runs in a header, and the run count after which the am/pm marker comes.
  const sec = shape.seconds ? 1 : 0;
  const timeFirst = shape.timeFirst;
  const iF1 = timeFirst ? 2 + sec : 0;
  const iH = timeFirst ? 0 : 3;
  const iS = shape.seconds ? iH + 2 : -1;
  const timeEndRun = timeFirst ? 2 + sec : 5 + sec;
  const yearFirst = shape.yearFirst;
  const iYear = yearFirst ? iF1 : iF1 + 2;
  const yearEra = shape.yearEra;
  const native = shape.nativeDigits;
  const nums = new Int32Array(8);
  const n = text.length;
  const lead = headerLeads(shape);
  const twelveHour = shape.ampm !== null;
  const [pmA, pmB] = pmChars(shape);

  let rec = new Int32Array(R_SIZE * 1024);
  let count = 0;
  const evidence = new DateOrderEvidence();
  const preamble: number[] = [];
  const oddHours: number[] = [];
  let cur = -1; // record offset of the current message
  let pos = 0;
  let lineNo = 0;

  while (pos <= n) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = n;
    lineNo++;
    let header = false;
    if (pos < n && lead[text.charCodeAt(pos)] === 1) {
      re.lastIndex = pos;
      if (re.test(text)) {
        // The regex fixed the layout; read the numbers by hand (no capture strings to allocate).
        // Digit runs come in a fixed order (date then time, or time then date), and the words between date
        // and time never hold digits. The am/pm marker is the first pm letter after the time.
        const end = re.lastIndex;
        let runs = 0;
        let v = -1;
        let pm = false;
        let era = 0;
        for (let p = pos; p < end; p++) {
          const ch = text.charCodeAt(p);
          let d = ch - 48; // unsigned compares: one branch for "is a digit"
          if (d >>> 0 > 9 && native) d = digitValue(ch);
          if (d >>> 0 <= 9) {
            v = v < 0 ? d : v * 10 + d;
          } else {
            if (v >= 0) {
              nums[runs++] = v;
              v = -1;
            }
            if (runs === timeEndRun && (ch === pmA || ch === pmB)) pm = true;
            else if (yearEra && runs === iYear && era === 0) era = Math.max(0, eraBase(ch));
          }
        }
        if (v >= 0) nums[runs++] = v;
        if (era > 0) nums[iYear] += era;
        const f1 = nums[iF1];
        const f2 = nums[iF1 + 1];
        const f3 = nums[iF1 + 2];
        let h = nums[iH];
        const mi = nums[iH + 1];
        const s = iS >= 0 ? nums[iS] : 0;
        let ok = mi <= 59 && s <= 59 && h <= 23;
        // "23:59 PM": a phone that wrote a 24h hour with a 12h marker. The hour can only mean itself; the line
        // is still a message of its own (with a warning) rather than text of the message before.
        const oddHour = twelveHour && h > 12;
        if (twelveHour && !oddHour) h = to24h(h, pm);
        if (yearFirst) ok = ok && f2 >= 1 && f2 <= 12 && f3 >= 1 && f3 <= 31;
        else ok = ok && f1 >= 1 && f2 >= 1 && f1 <= 31 && f2 <= 31 && (f1 <= 12 || f2 <= 12);
        if (ok) {
          if (oddHour) oddHours.push(lineNo);
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

  return { rec, count, evidence, preamble, oddHours };
}
