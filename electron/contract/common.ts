import { z } from 'zod';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { asciiDigits, parseTypedDate } from '../shared/dates';

/** A date as people type it (8/1/26, 08-01-2026 10:32, Devanagari digits) turned into ISO; other text is left for the checks to refuse. */
const typed = (dateOnly: boolean) =>
  z
    .string()
    .trim()
    .transform((v) => parseTypedDate(v, { dateOnly }) ?? v);

/**
 * Local wall-clock time (India): YYYY-MM-DDTHH:mm[:ss], or as people type it (8/1/26 10:32, ०८-०१-२०२६).
 * Normalised to seconds.
 */
export const localDateTime = typed(false).pipe(
  z
    .string()
    .regex(
      /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/,
      'दिनांक दिन-माह-वर्ष घंटा:मिनट (08-01-2026 10:32) के रूप में दें / expected a date and time such as 08-01-2026 10:32',
    )
    .refine(isRealDateTime, 'ऐसी कोई तिथि नहीं / no such date or time')
    .transform(normaliseLocal),
);

/** A local date: YYYY-MM-DD, or as people type it (8/1/26, 08-01-2026). */
export const localDate = typed(true).pipe(
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'दिनांक दिन-माह-वर्ष (08-01-2026) के रूप में दें / expected a date such as 08-01-2026')
    .refine(isRealDateTime, 'ऐसी कोई तिथि नहीं / no such date'),
);

export function normaliseLocal(s: string): string {
  if (s.length === 10) return `${s}T00:00:00`;
  if (s.length === 16) return `${s}:00`;
  return s;
}

function isRealDateTime(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  const [y, mo, d, h = '0', mi = '0', se = '0'] = m.slice(1);
  const dt = new Date(Date.UTC(+y, +mo - 1, +d));
  return (
    dt.getUTCFullYear() === +y &&
    dt.getUTCMonth() === +mo - 1 &&
    dt.getUTCDate() === +d &&
    +h < 24 &&
    +mi < 60 &&
    +se < 60 &&
    +y >= 1900 &&
    +y <= 2200
  );
}

/** Required non-empty text, trimmed. */
export const text = (max = 10_000) =>
  z.string().trim().min(1, 'खाली नहीं हो सकता / must not be empty').max(max, `अधिकतम ${max} अक्षर / at most ${max} characters`);

/** Optional text: empty strings become null so "clearing" a field is possible. */
export const optText = (max = 10_000) =>
  z
    .string()
    .trim()
    .max(max, `अधिकतम ${max} अक्षर / at most ${max} characters`)
    .nullish()
    .transform((v) => (v == null || v === '' ? null : v));

export const id = z.number().int().positive();

export const sha256 = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[0-9a-f]{64}$/, 'SHA-256 के 64 हेक्स अक्षर / expected 64 hex characters of a SHA-256');

/**
 * An Indian (or international) phone number, stored as E.164. Checked against libphonenumber's full metadata:
 * an 11-digit "mobile" or a 10-digit number no Indian operator issues is refused, a landline with its STD code
 * (0551-2345678) is taken. Devanagari digits are read as digits.
 */
export const phone = z
  .string()
  .trim()
  .nullish()
  .transform((v, ctx) => {
    if (v == null || v === '') return null;
    const p = parsePhoneNumberFromString(asciiDigits(v), 'IN');
    if (!p || !p.isValid()) {
      ctx.addIssue({
        code: 'custom',
        message:
          'मोबाइल नंबर सही नहीं: 10 अंकों का मोबाइल (जैसे 98390 47125) या एसटीडी कोड सहित लैंडलाइन दें / not a valid phone number: give a 10-digit mobile (e.g. 98390 47125) or a landline with its STD code',
      });
      return z.NEVER;
    }
    return p.number as string;
  });

/** A PIN of 4 to 12 digits. */
export const pin = z
  .string()
  .trim()
  .regex(/^\d{4,12}$/, 'पिन 4 से 12 अंकों का हो / a PIN is 4 to 12 digits');
