// Property tests: parseChat never throws on any input and its result is always self-consistent;
// pathological inputs finish in linear time.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateExport } from '../../../bench/generate-export.js';
import { decodeChatBytes, parseChat, type ParseOptions, type ParseResult } from './parse.js';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;

function checkInvariants(r: ParseResult): void {
  // Plain checks collected into one assertion: expect() per message is too slow for 200k messages.
  const problems: string[] = [];
  let users = 0;
  let systems = 0;
  let attachments = 0;
  let omitted = 0;
  let lastLine = 0;
  r.messages.forEach((m, i) => {
    if (m.index !== i) problems.push(`index ${m.index} at ${i}`);
    if (!(m.line > lastLine)) problems.push(`line ${m.line} after ${lastLine}`);
    lastLine = m.line;
    if (typeof m.text !== 'string') problems.push(`text of ${i}`);
    if (m.sentAt !== null && !ISO.test(m.sentAt)) problems.push(`sentAt ${m.sentAt}`);
    if (m.senderPhone !== null && !/^\+\d{6,15}$/.test(m.senderPhone)) problems.push(`phone ${m.senderPhone}`);
    if (m.kind === 'system') {
      systems++;
      if (m.sender !== null || m.senderPhone !== null || m.attachments.length > 0) problems.push(`system ${i} has a sender or files`);
    } else {
      users++;
      attachments += m.attachments.length;
      if (m.mediaOmitted) omitted++;
    }
  });
  if (r.format === 'forwarded' && r.dateOrder !== null) problems.push('forwarded with a date order');
  for (const w of r.warnings) if (!w.includes(' / ')) problems.push(`warning not bilingual: ${w}`);
  expect(problems).toEqual([]);
  expect(r.counts).toEqual({ userMessages: users, systemMessages: systems, attachments, mediaOmitted: omitted });
}

const OPTIONS: ParseOptions[] = [
  {},
  { kind: 'export' },
  { kind: 'paste' },
  { kind: 'forwarded' },
  { dateOrder: 'mdy' },
  { dateOrder: 'dmy', groupName: 'थाना' },
];

// Pieces that make near-headers, markers and odd characters likely.
const PIECES = [
  '14/01/25, 9:00 am - ',
  '1/13/25, 8:04\u202FPM - ',
  '[10/01/2025, 9:05:12 AM] ',
  '[10:32 am, 16/01/2025] ',
  '2019-01-01 12:00 - ',
  '13.6.2018 klo 21.25.15 - ',
  '31/02/25, 10:00 - ',
  '99/99/99, 99:99 - ',
  '[',
  ']',
  ' - ',
  'HC Suresh Nishad',
  '+91 98390 47125',
  ': ',
  ':',
  '"',
  '“',
  '\u200E',
  '\u202A',
  '\u202C',
  '\u00A0',
  '\u202F',
  '\uFEFF',
  '<Media omitted>',
  '<मीडिया के बिना>',
  'image omitted',
  'This message was deleted',
  '<This message was edited>',
  'IMG-20250108-WA0001.jpg',
  ' (file attached)',
  '<attached: ',
  '>',
  ' • 2 pages ',
  '(',
  ')',
  '<',
  'थाना',
  'बीट 4',
  '\n',
  '\n',
  '\n',
  '\r\n',
  '\r',
  '12',
  '3',
  '/',
  '.',
  ',',
  ' ',
  'am',
  'PM',
  'p. m.',
  '\uFFFD',
  '\uD800',
  '😀',
];

describe('parseChat never throws', () => {
  it('on arbitrary unicode strings, with every option set', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.constantFrom(...OPTIONS), (s, opts) => {
        checkInvariants(parseChat(s, opts));
      }),
      { numRuns: 400 },
    );
  });

  it('on strings made of header-like pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 200 }), fc.constantFrom(...OPTIONS), (parts, opts) => {
        checkInvariants(parseChat(parts.join(''), opts));
      }),
      { numRuns: 800 },
    );
  });

  it('on random bytes through decodeChatBytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const { text, warnings } = decodeChatBytes(bytes);
        for (const w of warnings) expect(w).toContain(' / ');
        checkInvariants(parseChat(text));
      }),
      { numRuns: 400 },
    );
  });

  it('on mutated real exports (lines dropped, duplicated, cut)', () => {
    const base = generateExport(60, { format: 'ios', seed: 3 }).split('\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(base.length - 1), fc.nat(80)), { maxLength: 80 }), (picks) => {
        const text = picks.map(([i, cut]) => base[i].slice(cut)).join('\n');
        checkInvariants(parseChat(text));
      }),
      { numRuns: 300 },
    );
  });

  it('on non-string input from untyped callers', () => {
    checkInvariants(parseChat(undefined as unknown as string));
    checkInvariants(parseChat(42 as unknown as string, null as unknown as ParseOptions));
  });
});

describe('linear time on pathological input', () => {
  // Quadratic behaviour on these sizes would take minutes; linear takes well under a second each.
  const cases: [string, () => string][] = [
    ['200k system lines with no colon anywhere', () => '13/01/25, 10:00 - A added B\n'.repeat(200_000)],
    ['one 8 MB line of header fragments', () => '1/1/25, 1:00 - '.repeat(550_000)],
    ['200k near-miss bracket lines', () => '[13/01/2025, 9:05:12 AM] A: x\n' + '[13/01/2025, 9:05\n'.repeat(200_000)],
    ['2 MB of LRM marks before a header', () => '\u200E'.repeat(2_000_000) + '13/01/25, 10:00 - A: x\n13/01/25, 10:00 - A: x'],
    ['a message with 5 MB of parentheses', () => '13/01/25, 10:00 - A: ' + ' ('.repeat(2_500_000) + ')'],
    ['200k distinct "<…>" bodies', () => Array.from({ length: 200_000 }, (_, i) => `13/01/25, 10:00 - A: <x${i}>`).join('\n')],
    ['200k header lines with 100 colons each', () => `13/01/25, 10:00 - A: ${': '.repeat(100)}\n`.repeat(50_000)],
  ];
  for (const [name, make] of cases) {
    it(name, () => {
      const text = make();
      const t0 = performance.now();
      const r = parseChat(text);
      const ms = performance.now() - t0;
      checkInvariants(r);
      expect(ms).toBeLessThan(10_000);
    });
  }
});
