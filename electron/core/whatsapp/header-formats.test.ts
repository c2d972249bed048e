import { describe, expect, it } from 'vitest';
import { compileShape, describeShape, detectExportLine, detectShape, detectWebLine, type HeaderShape } from './header-formats.js';

// Header examples from whatsapp-formats.md §2, §3 and §7 (with invented names).
const EXPORT_EXAMPLES: [string, Partial<HeaderShape>][] = [
  ['14/01/25, 9:00 am - HC Suresh Nishad: बीट 4 सामान्य।', { format: 'android', yearDigits: 2, ampm: 'xm', closer: ' - ' }],
  ['[10/01/2025, 9:05:12 AM] Rajesh Tiwari SHO: सुप्रभात।', { format: 'ios', seconds: true, ampm: 'xm', closer: '] ' }],
  ['07/01/25, 10:02\u202Fam - X: y', { format: 'android', ampm: 'xm' }],
  ['1/13/25, 8:04\u202FPM - X: y', { format: 'android', ampm: 'xm' }],
  ['20/6/2017 8:28 p. m. - X: y', { format: 'android', dateTimeSep: ' ', ampm: 'x. m.' }],
  ['20/6/2017 8:28\u00A0p. m. - X: y', { format: 'android', dateTimeSep: ' ', ampm: 'x. m.' }],
  ['[31/12/2019, 2:14:40 a.m.] X: y', { format: 'ios', ampm: 'x.m.' }],
  ['11/01/2025, 21:35 - X: y', { format: 'android', yearDigits: 4, ampm: null }],
  ['16/01/25, 09:05 - X: y', { format: 'android', yearDigits: 2, ampm: null }],
  ['18.01.25, 08:10 - X: y', { format: 'android', dateSep: '.' }],
  ['03-06-2018, 01.55 PM - X: y', { format: 'android', dateSep: '-', timeSep: '.', ampm: 'xm' }],
  ['[2018/06/13, 21:25:15] X: y', { format: 'ios', yearFirst: true }],
  ['2019-01-01 12:00 - X: y', { format: 'android', yearFirst: true, dateTimeSep: ' ' }],
  ['13.6.2018 klo 21.25.15 - X: y', { format: 'android', dateTimeSep: ' klo ', timeSep: '.', seconds: true }],
  ['[10/01/2025, 9:05:12\u202FAM] X: y', { format: 'ios', seconds: true }],
  ['9/1/25, 7:48 pm - X: y', { format: 'android', ampm: 'xm' }],
  ['\u200E[15/01/2025, 11:03:10 AM] X: \u200E<attached: 00000009-PHOTO-2025-01-15-11-03-10.jpg>', { format: 'ios' }],
  ['[1.1.2019, 12.00.00] You created group "John, Jane, Joe"', { format: 'ios', dateSep: '.', timeSep: '.' }],
  // Other locales' digits, marks inside the date, day-period words, other calendars, no brackets
  ['[١٨\u200F/١\u200F/٢٠٢٥، ٢:٥٦:٠١\u00A0م] X: y', { format: 'ios', dateTimeSep: '، ', ampm: 'ar', seconds: true }],
  ['[\u200F18\u200F/3\u200F/2022، 14:56:01] X: y', { format: 'ios', dateTimeSep: '، ', ampm: null }],
  ['१४/०१/२०२५, २१:३५ - X: y', { format: 'android', yearDigits: 4 }],
  ['۱۴\u061C/\u061C۱\u061C/\u061C۲۵، ۰۹:۰۵ - X: y', { format: 'android', yearDigits: 2, dateTimeSep: '، ' }],
  ['\uFEFF[\uFEFF29.01.18, 23:45:03] X: y', { format: 'ios', dateSep: '.' }],
  ['[1/18/2568 BE, 14:56:01] X: y', { format: 'ios', dateTimeSep: ' BE, ', yearDigits: 4 }],
  ['[3/18/R4, 14:56:01] X: y', { format: 'ios', yearEra: true, yearFirst: false }],
  ['令和7年1月18日 14:56 - X: y', { format: 'android', yearEra: true, yearFirst: true, dateSep: '年' }],
  ['2025年1月18日 14:56 - X: y', { format: 'android', yearEra: false, yearFirst: true, dateSep: '年' }],
  ['18/01/2025, 10:30:00 AM X: y', { format: 'ios', closer: ' ', seconds: true }],
];

const WEB_EXAMPLES: [string, Partial<HeaderShape>][] = [
  ['[10:32 am, 16/01/2025] SI Ramesh Yadav: text', { format: 'web', ampm: 'xm', yearDigits: 4 }],
  ['[12:46, 27/08/2025] Karl: x', { format: 'web', ampm: null }],
  ['[15:33, 14/9/2026] X: y', { format: 'web', ampm: null }],
  ['[8:19 PM, 6/13/2026] X: y', { format: 'web', ampm: 'xm' }],
  // iOS with the time first (Vietnamese locale): seconds, unlike a paste
  ['[14:56:01, 3/18/22] X: y', { format: 'ios', timeFirst: true, seconds: true }],
];

const NOT_HEADERS = [
  '12/01/25, 9:40 pm को मारपीट हुई',
  'Time: 21:40, place: Ward 7',
  '32/01/25, 9:40 pm - X: y',
  '13/13/25, 9:40 pm - X: y',
  '12/01/25, 25:40 - X: y',
  '12/01/25, 13:40 pm - X: y',
  '123/01/25, 9:40 - X: y',
  '12/01/123, 9:40 - X: y',
  '[12/01/25, 9:40 - X: y',
  '12/01/25, 9:40] X: y',
  '',
  '[',
  // A bare space after the time counts only with seconds and a "Name: " after it
  '18/01/2025, 10:30:00 AM से बाज़ार बंद रहेगा',
  '18/01/2025, 10:30 AM X: y',
];

describe('detectExportLine / detectWebLine', () => {
  it.each(EXPORT_EXAMPLES)('export header %j', (line, expected) => {
    expect(detectExportLine(line)).toMatchObject(expected);
    expect(detectWebLine(line)).toBeNull();
  });
  it.each(WEB_EXAMPLES)('time-first header %j', (line, expected) => {
    expect(detectWebLine(line)).toMatchObject(expected);
    expect(detectExportLine(line)).toBeNull();
  });
  it.each(NOT_HEADERS)('not a header %j', (line) => {
    expect(detectExportLine(line)).toBeNull();
    expect(detectWebLine(line)).toBeNull();
  });
});

describe('compileShape', () => {
  it('matches every example with the regex compiled from its own shape', () => {
    for (const [line] of [...EXPORT_EXAMPLES, ...WEB_EXAMPLES]) {
      const shape = detectExportLine(line) ?? detectWebLine(line)!;
      const { re } = compileShape(shape);
      re.lastIndex = 0;
      expect(re.test(line), line).toBe(true);
    }
  });

  it('is strict: another separator, seconds, clock or bracket does not match', () => {
    const { re } = compileShape(detectExportLine('14/01/25, 9:00 am - X: y')!);
    const test = (s: string) => {
      re.lastIndex = 0;
      return re.test(s);
    };
    expect(test('14/01/25, 9:00 AM - X: y')).toBe(true); // case and space kind vary within a file
    expect(test('14/01/25, 9:00\u202Fpm - X: y')).toBe(true);
    expect(test('14/01/2025, 9:00 am - X: y')).toBe(false);
    expect(test('14.01.25, 9:00 am - X: y')).toBe(false);
    expect(test('14/01/25, 9:00:10 am - X: y')).toBe(false);
    expect(test('14/01/25, 21:00 - X: y')).toBe(false);
    expect(test('[14/01/25, 9:00 am] X: y')).toBe(false);
    expect(test('14/01/25 9:00 am - X: y')).toBe(false);
    expect(test('14/01/25, 9:00 a.m. - X: y')).toBe(false);
  });
});

describe('detectShape', () => {
  it('picks the most frequent shape', () => {
    const text = ['[12/01/2025, 9:41:00 PM] A: b', '13/01/25, 10:00 - A: b', '13/01/25, 10:01 - A: b'].join('\n');
    expect(detectShape(text, 'any')).toMatchObject({ count: 2, firstLine: 2, shape: { format: 'android' } });
    expect(detectShape(text, 'export')?.shape.format).toBe('android');
    expect(detectShape(text, 'paste')).toBeNull();
  });
});

describe('describeShape', () => {
  it('renders the date order', () => {
    const shape = detectExportLine('1/13/25, 8:04\u202FPM - X: y')!;
    expect(describeShape(shape, 'mdy')).toBe('mm/dd/yy, h:mm am - ');
    expect(describeShape(shape, 'dmy')).toBe('dd/mm/yy, h:mm am - ');
    expect(describeShape(shape, null)).toBe('??/??/yy, h:mm am - ');
  });
});
