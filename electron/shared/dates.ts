/**
 * Dates the way the register writes them, for both sides (core and the desk): India wall-clock time, typed and
 * shown dd-mm-yyyy. Local times are ISO text without a zone ('2025-01-08T10:32:00'); times the app records
 * itself are UTC instants. Parsing what people type uses dayjs (customParseFormat) after turning Devanagari and
 * other digits into ASCII.
 */
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import utc from 'dayjs/plugin/utc';

dayjs.extend(customParseFormat);
dayjs.extend(utc);

/** India has no daylight saving: a fixed +05:30 offset turns UTC into the wall clock the thana lives by. */
const IST_OFFSET_MIN = 330;
const LOCAL_FORMAT = 'YYYY-MM-DDTHH:mm:ss';

export const utcIso = (d: Date): string => d.toISOString();

/** Local India wall-clock time YYYY-MM-DDTHH:mm:ss for an instant. */
export function istLocal(d: Date): string {
  return dayjs(d).utcOffset(IST_OFFSET_MIN).format(LOCAL_FORMAT);
}

export const istToday = (d: Date): string => istLocal(d).slice(0, 10);

/** Now in India, to the minute (the default a form offers). */
export const nowLocal = (): string => istLocal(new Date()).slice(0, 16);
export const thisMonth = (): string => istLocal(new Date()).slice(0, 7);

/** Adds days to a local date (YYYY-MM-DD or a local date-time), returning YYYY-MM-DD. */
export function addDays(local: string, days: number): string {
  return dayjs.utc(local.slice(0, 10)).add(days, 'day').format('YYYY-MM-DD');
}

/** Whole days from one local date to another (b - a). */
export function daysBetween(a: string, b: string): number {
  return dayjs.utc(b.slice(0, 10)).diff(dayjs.utc(a.slice(0, 10)), 'day');
}

/** First and last local day of a month 'YYYY-MM'. */
export function monthRange(month: string): { from: string; to: string } {
  const m = dayjs.utc(`${month}-01`);
  return { from: m.format('YYYY-MM-DD'), to: m.endOf('month').format('YYYY-MM-DD') };
}

/** 'YYYY-MM' moved by some months. */
export const shiftMonth = (month: string, by: number): string => dayjs.utc(`${month}-01`).add(by, 'month').format('YYYY-MM');

/** 'YYYY-MM' -> 'mm-yyyy'. */
export const fmtMonth = (month: string): string => `${month.slice(5, 7)}-${month.slice(0, 4)}`;

/** Local 'YYYY-MM-DD[THH:mm[:ss]]' -> 'dd-mm-yyyy' (empty text for none). */
export function dateHi(local: string | null | undefined): string {
  if (!local) return '';
  return `${local.slice(8, 10)}-${local.slice(5, 7)}-${local.slice(0, 4)}`;
}

/** Local date-time -> 'dd-mm-yyyy HH:mm' (the time left off when it is midnight exactly and `dropMidnight`). */
export function dateTimeHi(local: string | null | undefined, dropMidnight = false): string {
  if (!local) return '';
  const t = local.length >= 16 ? local.slice(11, 16) : '';
  if (!t || (dropMidnight && t === '00:00')) return dateHi(local);
  return `${dateHi(local)} ${t}`;
}

/** A UTC instant (ISO text or Date) as India wall-clock 'dd-mm-yyyy HH:mm'. */
export function utcToIstHi(instant: string | Date): string {
  const t = typeof instant === 'string' ? dayjs.utc(instant) : dayjs(instant);
  return t.isValid() ? dateTimeHi(istLocal(t.toDate())) : String(instant);
}

// ---------------------------------------------------------------------------------------------
// Reading what people type

/** Devanagari, Arabic-Indic, Extended Arabic-Indic and Bengali digits as ASCII; other text unchanged. */
export function asciiDigits(s: string): string {
  return s.replace(/[\u0966-\u096F\u0660-\u0669\u06F0-\u06F9\u09E6-\u09EF]/g, (c) => {
    const cp = c.codePointAt(0)!;
    for (const zero of [0x0966, 0x0660, 0x06f0, 0x09e6]) if (cp >= zero && cp <= zero + 9) return String(cp - zero);
    return c;
  });
}

/** The morning and evening words a munshi may type or paste (पूर्वाह्न / अपराह्न, am / pm with or without dots). */
function normaliseMeridiem(s: string): string {
  return s
    .replace(/\s*(पूर्वाह्न|पूर्वान्ह|प्रातः|सुबह)\s*$/u, ' AM')
    .replace(/\s*(अपराह्न|अपरान्ह|शाम|रात)\s*$/u, ' PM')
    .replace(/\s*([ap])\.?\s?m\.?\s*$/i, (_m, a: string) => ` ${a.toUpperCase()}M`);
}

/**
 * A date or date-time as people type it (8/1/26, 08-01-2026 10:32, ०८-०१-२०२६, 2026-01-08T10:32, 8.1.2026 4:05 pm)
 * as local ISO text 'YYYY-MM-DDTHH:mm:ss' (midnight when no time is given), or undefined when it is not a real
 * date. Day first, always: that is how dates are written in India. `dateOnly` refuses a time and returns
 * 'YYYY-MM-DD'. Two-digit years are this century.
 */
export function parseTypedDate(raw: string, o: { dateOnly?: boolean } = {}): string | undefined {
  const s = normaliseMeridiem(
    asciiDigits(raw)
      .normalize('NFC')
      .replace(/[\u200E\u200F\u061C\u202F\u00A0]/g, ' ')
      .trim()
      .replace(/\s+/g, ' '),
  );
  // The shape decides which number is which; dayjs then checks it is a real day and time.
  const m =
    /^(?:(\d{1,2})\s?([-/.])\s?(\d{1,2})\s?\2\s?(\d{4}|\d{2})|(\d{4})([-/])(\d{1,2})\6(\d{1,2}))(?:(?:,\s?|\s|T)(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s?([AP]M)?)?$/.exec(
      s,
    );
  if (!m) return undefined;
  const [day, month, year] = m[1] ? [m[1], m[3], m[4].length === 2 ? `20${m[4]}` : m[4]] : [m[8], m[7], m[5]];
  const hasTime = m[9] !== undefined;
  if (hasTime && m[10] === undefined && !m[12]) return undefined; // "8/1/26 10" is not a time
  let hour = hasTime ? Number(m[9]) : 0;
  if (m[12]) {
    if (hour < 1 || hour > 12) return undefined; // 23 PM is no time at all
    hour = (hour % 12) + (m[12] === 'PM' ? 12 : 0);
  }
  const pad = (v: string | number | undefined) => String(v ?? 0).padStart(2, '0');
  const canonical = `${pad(day)}-${pad(month)}-${year} ${pad(hour)}:${pad(m[10])}:${pad(m[11])}`;
  const d = dayjs.utc(canonical, 'DD-MM-YYYY HH:mm:ss', true);
  if (!d.isValid()) return undefined;
  if (o.dateOnly) return hasTime ? undefined : d.format('YYYY-MM-DD');
  return d.format(LOCAL_FORMAT);
}
