// Locale data that header lines draw on: digits, day-period (am/pm) words, era years and invisible marks.
// Kept as tables so that another language is a row here, not a branch in the parser.

/**
 * The zero of every decimal digit block a phone may write dates in; each block is ten consecutive code points.
 * Android formats dates with the locale's own digits (Arabic, Persian / Urdu, Bengali, Marathi ...).
 */
export const DIGIT_ZEROS: readonly number[] = [
  0x30, // ASCII
  0x660, // Arabic-Indic ٠-٩ (Arabic)
  0x6f0, // Extended Arabic-Indic ۰-۹ (Persian, Urdu)
  0x966, // Devanagari ०-९ (Hindi, Marathi)
  0x9e6, // Bengali ০-৯
  0xa66, // Gurmukhi ੦-੯ (Punjabi)
  0xae6, // Gujarati ૦-૯
  0xb66, // Odia ୦-୯
  0xbe6, // Tamil ௦-௯
  0xc66, // Telugu ౦-౯
  0xce6, // Kannada ೦-೯
  0xd66, // Malayalam ൦-൯
  0xe50, // Thai ๐-๙
];

const hex4 = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
const DIGIT_RANGES = DIGIT_ZEROS.map((z) => `\\u${hex4(z)}-\\u${hex4(z + 9)}`).join('');

/** One digit of any of the blocks, for regex sources. */
export const DIGIT = `[${DIGIT_RANGES}]`;
/** Anything but a digit, a bracket or a line break (the words between a header's date and time). */
export const NOT_DIGIT_OR_BRACKET = `[^${DIGIT_RANGES}\\[\\]\\n]`;

/** The value 0-9 of a digit of any block, or -1. ASCII first: nearly every header is ASCII. */
export function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c < 0x660) return -1;
  for (let i = 1; i < DIGIT_ZEROS.length; i++) {
    const d = c - DIGIT_ZEROS[i];
    if (d >= 0 && d <= 9) return d;
  }
  return -1;
}

/** A string of digits of any block as a number (NaN if it holds anything else). */
export function digitsToNumber(s: string): number {
  if (s.length === 0) return NaN;
  let v = 0;
  for (let i = 0; i < s.length; i++) {
    const d = digitValue(s.charCodeAt(i));
    if (d < 0) return NaN;
    v = v * 10 + d;
  }
  return v;
}

/**
 * Invisible marks phones put inside headers: LRM / RLM / ALM around the date fields of right-to-left
 * locales, embeddings and isolates around numbers, and BOMs left by tools that joined files.
 */
export const MARKS = '[\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]*';

/**
 * Day-period words written after the time in 12-hour locales, other than the Latin a.m./p.m. family (which
 * the shapes spell out themselves). CLDR's abbreviated day periods as best known; only the rows with `seen`
 * were met in real exports, the others are unverified (a wrong row costs nothing: it never matches).
 */
export const DAY_PERIODS: readonly { lang: string; am: string; pm: string; seen?: string }[] = [
  { lang: 'hi', am: 'पूर्वाह्न', pm: 'अपराह्न', seen: 'older Hindi-locale Android' },
  { lang: 'ar', am: 'ص', pm: 'م', seen: 'Arabic iOS (whats_json test data)' },
  { lang: 'ur', am: 'قبل دوپہر', pm: 'بعد دوپہر' },
  { lang: 'bn', am: 'পূর্বাহ্ণ', pm: 'অপরাহ্ণ' },
  { lang: 'mr', am: 'म.पू.', pm: 'म.उ.' },
  { lang: 'pa', am: 'ਪੂ.ਦੁ.', pm: 'ਬਾ.ਦੁ.' },
  { lang: 'ta', am: 'முற்பகல்', pm: 'பிற்பகல்' },
  { lang: 'kn', am: 'ಪೂರ್ವಾಹ್ನ', pm: 'ಅಪರಾಹ್ನ' },
  { lang: 'vi', am: 'SA', pm: 'CH' },
];

/** The day-period row a marker belongs to, or null. */
export function dayPeriodOf(marker: string): (typeof DAY_PERIODS)[number] | null {
  for (const p of DAY_PERIODS) if (marker === p.am || marker === p.pm) return p;
  return null;
}

/**
 * A character of the pm word that the am word lacks: after the time the header holds only the marker, so
 * meeting this character decides pm without cutting the marker out of the line.
 */
export function pmOnlyChar(p: { am: string; pm: string }): number {
  for (let i = 0; i < p.pm.length; i++) if (p.am.indexOf(p.pm[i]) === -1) return p.pm.charCodeAt(i);
  throw new Error(`day period ${p.am} / ${p.pm}: the pm word has no character of its own`);
}

/**
 * Japanese era years, as iOS writes them with the Japanese calendar ("3/18/R4", "令和5年"): year = base + n.
 * Only eras a chat can fall in.
 */
export const ERAS: readonly { prefix: string; base: number }[] = [
  { prefix: 'R', base: 2018 }, // Reiwa: R1 = 2019
  { prefix: '令和', base: 2018 },
  { prefix: 'H', base: 1988 }, // Heisei: H1 = 1989 (to 30 April 2019, H31)
  { prefix: '平成', base: 1988 },
];

/** Regex source of an era-prefixed year ("R4", "令和5"), one group for the whole token. */
export const ERA_YEAR = `((?:${ERAS.map((e) => e.prefix).join('|')})${DIGIT}{1,2})`;

const ERA_BY_FIRST = new Map(ERAS.map((e) => [e.prefix.charCodeAt(0), e.base]));

/** The base year of the era whose prefix starts with this character, or -1. */
export function eraBase(c: number): number {
  return ERA_BY_FIRST.get(c) ?? -1;
}

/**
 * Thai phones count years in the Buddhist era (2566 BE = 2023 CE), with or without a "BE" after the date. No
 * chat can be dated 2400 or later in the Gregorian calendar, so such a year can only be Buddhist.
 */
const BUDDHIST_FROM = 2400;
const BUDDHIST_OFFSET = 543;

/** A 4-digit written year as a Gregorian year. */
export function gregorianYear(year: number): number {
  return year >= BUDDHIST_FROM ? year - BUDDHIST_OFFSET : year;
}
