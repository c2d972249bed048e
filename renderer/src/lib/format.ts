/** How the desk shows dates and sizes: the register's own formats (electron/shared/dates.ts), a dash for none. */
import { dateHi, dateTimeHi, utcToIstHi } from '../../../electron/shared/dates';

export { fmtMonth, monthRange, nowLocal, shiftMonth, thisMonth } from '../../../electron/shared/dates';

/** A local India date-time (2025-01-08T10:32:00) or date as 08-01-2025 10:32; a dash when there is none. */
export const fmtLocal = (s: string | null | undefined, withTime = true): string => (s ? (withTime ? dateTimeHi(s) : dateHi(s)) : '—');

export const fmtDate = (s: string | null | undefined) => fmtLocal(s, false);

/** A UTC instant (recorded by the app) shown in India time. */
export const fmtUtc = (iso: string | null | undefined): string => (iso ? utcToIstHi(iso) : '—');

export function fmtSize(n: number | null | undefined): string {
  if (n == null) return '';
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** An entry as the register numbers it: serial/year (1/2026), never its database id. */
export const serialYear = (e: { serial: number; year: number }): string => `${e.serial}/${e.year}`;
