import { z } from 'zod';

/** Local wall-clock time (India) as written: YYYY-MM-DDTHH:mm[:ss]. Normalised to seconds. */
export const localDateTime = z
  .string()
  .trim()
  .regex(
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/,
    'दिनांक YYYY-MM-DDTHH:mm के रूप में दें / expected a local date-time YYYY-MM-DDTHH:mm[:ss]',
  )
  .refine(isRealDateTime, 'ऐसी कोई तिथि नहीं / no such date or time')
  .transform(normaliseLocal);

export const localDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'दिनांक YYYY-MM-DD के रूप में दें / expected a date YYYY-MM-DD')
  .refine(isRealDateTime, 'ऐसी कोई तिथि नहीं / no such date');

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

import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/** An Indian (or international) phone number, stored as E.164. */
export const phone = z
  .string()
  .trim()
  .nullish()
  .transform((v, ctx) => {
    if (v == null || v === '') return null;
    const p = parsePhoneNumberFromString(v, 'IN');
    if (!p || !p.isPossible()) {
      ctx.addIssue({ code: 'custom', message: 'मोबाइल नंबर सही नहीं / not a valid phone number' });
      return z.NEVER;
    }
    return p.number as string;
  });

/** A PIN of 4 to 12 digits. */
export const pin = z
  .string()
  .trim()
  .regex(/^\d{4,12}$/, 'पिन 4 से 12 अंकों का हो / a PIN is 4 to 12 digits');
