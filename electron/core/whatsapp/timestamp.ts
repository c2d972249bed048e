// Turning header numbers into local wall-clock ISO text ('YYYY-MM-DDTHH:mm:ss'), with small caches so a
// 200,000-message file builds few strings.

import type { DateOrder } from './types.js';
import { gregorianYear } from './header-locale.js';

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/** 24h hour from a 12h clock: 12 am = 0, 12 pm = 12, 1 pm = 13. `pm` null means the clock is 24h. */
export function to24h(hour: number, pm: boolean | null): number {
  if (pm === null) return hour;
  if (hour === 12) return pm ? 12 : 0;
  return pm ? hour + 12 : hour;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Evidence for the day/month order gathered over a whole file. */
export class DateOrderEvidence {
  /** Messages whose first date field is above 12 (so it must be the day). */
  dmyCount = 0;
  dmyLine = 0;
  /** Messages whose second date field is above 12. */
  mdyCount = 0;
  mdyLine = 0;

  add(f1: number, f2: number, line: number): void {
    if (f1 > 12) {
      if (this.dmyCount++ === 0) this.dmyLine = line;
    } else if (f2 > 12) {
      if (this.mdyCount++ === 0) this.mdyLine = line;
    }
  }

  /** The order the file itself supports: the side with evidence, or the larger side when both have some. */
  decide(): { order: DateOrder; assumed: boolean; conflict: boolean } {
    if (this.dmyCount === 0 && this.mdyCount === 0) return { order: 'dmy', assumed: true, conflict: false };
    if (this.mdyCount === 0) return { order: 'dmy', assumed: false, conflict: false };
    if (this.dmyCount === 0) return { order: 'mdy', assumed: false, conflict: false };
    return { order: this.mdyCount > this.dmyCount ? 'mdy' : 'dmy', assumed: false, conflict: true };
  }
}

/** Builds 'YYYY-MM-DDTHH:mm:ss' strings with caches for the date and the time parts. */
export class IsoBuilder {
  private dates = new Map<number, string | null>();
  private times: (string | null)[] = new Array<string | null>(86400).fill(null);

  /**
   * The date part followed by 'T', or null when the date does not exist (month 13, 31 April...). `year` may be
   * 2-digit, or Buddhist era.
   */
  dateT(year: number, month: number, day: number): string | null {
    const key = year * 10000 + month * 100 + day;
    const hit = this.dates.get(key);
    if (hit !== undefined) return hit;
    const y = year < 100 ? 2000 + year : gregorianYear(year);
    const ok = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(y, month);
    const out = ok ? `${String(y).padStart(4, '0')}-${pad2(month)}-${pad2(day)}T` : null;
    this.dates.set(key, out);
    return out;
  }

  /** The time part from a 24h clock; null when out of range. */
  time(hour: number, minute: number, second: number): string | null {
    if (hour > 23 || minute > 59 || second > 59 || hour < 0 || minute < 0 || second < 0) return null;
    const key = hour * 3600 + minute * 60 + second;
    let t = this.times[key];
    if (t === null) {
      t = `${pad2(hour)}:${pad2(minute)}:${pad2(second)}`;
      this.times[key] = t;
    }
    return t;
  }
}
