/** Dates as a munshi writes them: dd-mm-yyyy, India time. */

/** A local India date-time string (2025-01-08T10:32:00) or date (2025-01-08) as 08-01-2025 10:32. */
export function fmtLocal(s: string | null | undefined, withTime = true): string {
  if (!s) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(s);
  if (!m) return s;
  const d = `${m[3]}-${m[2]}-${m[1]}`;
  return withTime && m[4] ? `${d} ${m[4]}:${m[5]}` : d;
}

export const fmtDate = (s: string | null | undefined) => fmtLocal(s, false);

/** A UTC instant (recorded by the app) shown in India time. */
export function fmtUtc(iso: string | null | undefined): string {
  if (!iso) return '—';
  const t = Date.parse(iso.endsWith('Z') || /[+-]\d\d:?\d\d$/.test(iso) ? iso : `${iso}Z`);
  if (Number.isNaN(t)) return iso;
  return fmtLocal(istLocalOf(new Date(t)));
}

/** India wall-clock time of an instant, as YYYY-MM-DDTHH:mm. */
export function istLocalOf(d: Date): string {
  return new Date(d.getTime() + 330 * 60_000).toISOString().slice(0, 16);
}

export const nowLocal = () => istLocalOf(new Date());
export const thisMonth = () => nowLocal().slice(0, 7);

/** First and last day of a month YYYY-MM. */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return d.toISOString().slice(0, 7);
}

export const fmtMonth = (month: string) => `${month.slice(5, 7)}-${month.slice(0, 4)}`;

export function fmtSize(n: number | null | undefined): string {
  if (n == null) return '';
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
