/** India has no daylight saving: a fixed +05:30 offset turns UTC into the wall clock the thana lives by. */
const IST_OFFSET_MS = 330 * 60 * 1000;

export const utcIso = (d: Date): string => d.toISOString();

/** Local India wall-clock time YYYY-MM-DDTHH:mm:ss for an instant. */
export function istLocal(d: Date): string {
  return new Date(d.getTime() + IST_OFFSET_MS).toISOString().slice(0, 19);
}

export const istToday = (d: Date): string => istLocal(d).slice(0, 10);

/** Adds days to a local date (YYYY-MM-DD or a local date-time), returning YYYY-MM-DD. */
export function addDays(local: string, days: number): string {
  const [y, m, d] = local.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from one local date to another (b - a). */
export function daysBetween(a: string, b: string): number {
  const t = (s: string) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10));
  return Math.round((t(b) - t(a)) / 86_400_000);
}
