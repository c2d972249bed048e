import { describe, expect, it } from 'vitest';
import { addDays, asciiDigits, daysBetween, istLocal, monthRange, parseTypedDate, shiftMonth, utcToIstHi } from './dates';

describe('dates as people type them', () => {
  const cases: [string, string | undefined][] = [
    ['8/1/26', '2026-01-08T00:00:00'],
    ['08-01-2026 10:32', '2026-01-08T10:32:00'],
    ['०८-०१-२०२६ १०:३२', '2026-01-08T10:32:00'],
    ['2026-01-08T10:32', '2026-01-08T10:32:00'],
    ['2026-01-08', '2026-01-08T00:00:00'],
    ['8.1.2026 4:05 pm', '2026-01-08T16:05:00'],
    ['8/1/2026, 4:05 p.m.', '2026-01-08T16:05:00'],
    ['8/1/2026 12:10 am', '2026-01-08T00:10:00'],
    ['8/1/2026 10:32 पूर्वाह्न', '2026-01-08T10:32:00'],
    ['8/1/2026 4:32 अपराह्न', '2026-01-08T16:32:00'],
    ['8/1/26 10:32:15', '2026-01-08T10:32:15'],
    [' 8 / 1 / 26 ', '2026-01-08T00:00:00'],
    ['08\u202F-\u202F01-2026', '2026-01-08T00:00:00'],
    // Not dates: no such day, an hour that cannot be, a month first (India writes the day first), words.
    ['31/2/2026', undefined],
    ['8/1/26 23:00 PM', undefined],
    ['1/13/2026', undefined],
    ['08-01-2026 25:00', undefined],
    ['8/1/26 10', undefined],
    ['kal', undefined],
    ['', undefined],
  ];
  for (const [typed, want] of cases) it(`"${typed}"`, () => expect(parseTypedDate(typed)).toBe(want));

  it('a date-only field takes a date and refuses a time', () => {
    expect(parseTypedDate('8/1/26', { dateOnly: true })).toBe('2026-01-08');
    expect(parseTypedDate('8/1/26 10:30', { dateOnly: true })).toBeUndefined();
  });

  it('digits of other scripts become ASCII', () => {
    expect(asciiDigits('९८३९०४७१२५ ٠١٢ ۳۴ ০৯')).toBe('9839047125 012 34 09');
  });
});

describe('India time and calendar arithmetic', () => {
  it('turns UTC instants into India wall-clock time, across midnight', () => {
    expect(istLocal(new Date('2026-01-08T18:40:00Z'))).toBe('2026-01-09T00:10:00');
    expect(utcToIstHi('2026-01-08T18:40:00Z')).toBe('09-01-2026 00:10');
  });
  it('months, days and leap years', () => {
    expect(monthRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthRange('2025-12')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-08T10:32:00', 10)).toBe('2026-01-18');
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59);
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
  });
});
