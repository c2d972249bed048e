import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseChat } from './parse.js';

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');

import { CASES } from './fixtures/cases.js';

describe('parseChat: one fixture per variation in whatsapp-formats.md', () => {
  for (const c of CASES) {
    it(c.file, () => {
      const r = parseChat(fixture(c.file));
      expect(r.format).toBe(c.format);
      expect(r.dateOrder).toBe(c.dateOrder);
      expect(r.dateOrderAssumed).toBe(false);
      expect(r.headerShape).toBe(c.headerShape);
      expect(r.messages).toEqual(c.messages.map((m, index) => ({ index, ...m })));
      expect(r.counts).toEqual(c.counts);
      expect(r.warnings).toHaveLength(c.warnings ?? 0);
      if (c.groupName !== undefined) expect(r.groupName).toBe(c.groupName);
    });
  }

  it('counts add up: user + system = messages, attachments = file references', () => {
    for (const c of CASES) {
      const r = parseChat(fixture(c.file));
      const users = r.messages.filter((m) => m.kind === 'user');
      expect(r.counts.userMessages + r.counts.systemMessages).toBe(r.messages.length);
      expect(r.counts.attachments).toBe(users.reduce((n, m) => n + m.attachments.length, 0));
      expect(r.counts.mediaOmitted).toBe(users.filter((m) => m.mediaOmitted).length);
    }
  });

  it('gives the same result when told the kind', () => {
    for (const c of CASES) {
      const kind = c.format === 'web' ? 'paste' : c.format === 'forwarded' ? 'forwarded' : 'export';
      expect(parseChat(fixture(c.file), { kind })).toEqual(parseChat(fixture(c.file)));
    }
  });
});

describe('day / month order', () => {
  it('defaults to day-first with a bilingual warning when nothing decides', () => {
    const r = parseChat(fixture('ambiguous-order.txt'));
    expect(r.dateOrder).toBe('dmy');
    expect(r.dateOrderAssumed).toBe(true);
    expect(r.messages.map((m) => m.sentAt)).toEqual(['2025-04-03T10:00:00', '2025-06-05T11:30:00']);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/दिन.*\/ .*day\/month order could not be decided/);
    expect(r.headerShape).toBe('dd/mm/yy, h:mm am - ');
  });

  it('options.dateOrder overrides, without a warning when the file does not contradict it', () => {
    const r = parseChat(fixture('ambiguous-order.txt'), { dateOrder: 'mdy' });
    expect(r.dateOrder).toBe('mdy');
    expect(r.dateOrderAssumed).toBe(false);
    expect(r.messages.map((m) => m.sentAt)).toEqual(['2025-03-04T10:00:00', '2025-05-06T11:30:00']);
    expect(r.warnings).toEqual([]);
  });

  it('an override the file contradicts is used, warned about, and impossible dates become null', () => {
    const r = parseChat(fixture('android-en-us.txt'), { dateOrder: 'dmy' });
    expect(r.dateOrder).toBe('dmy');
    expect(r.messages.map((m) => m.sentAt)).toEqual([null, null, '2025-01-02T12:00:00']);
    expect(r.warnings).toHaveLength(2);
    expect(r.warnings[0]).toMatch(/line 1$/);
    expect(r.warnings[1]).toMatch(/lines: 1–2$/);
  });

  it('decides from a late line (the whole file counts, not only the start)', () => {
    const lines = [];
    for (let d = 1; d <= 12; d++) lines.push(`${d}/3/24, 10:00 am - HC Suresh Nishad: दिन ${d}`);
    lines.push('3/13/24, 10:00 am - HC Suresh Nishad: आख़िरी');
    const r = parseChat(lines.join('\n'));
    expect(r.dateOrder).toBe('mdy');
    expect(r.dateOrderAssumed).toBe(false);
    expect(r.messages[0].sentAt).toBe('2024-01-03T10:00:00');
    expect(r.messages[12].sentAt).toBe('2024-03-13T10:00:00');
  });

  it('with dates in both orders, uses the majority and warns with both line numbers', () => {
    const r = parseChat(['13/01/25, 10:00 - A: x', '14/01/25, 10:00 - A: y', '01/15/25, 10:00 - A: z'].join('\n'));
    expect(r.dateOrder).toBe('dmy');
    expect(r.messages.map((m) => m.sentAt)).toEqual(['2025-01-13T10:00:00', '2025-01-14T10:00:00', null]);
    expect(r.warnings.some((w) => w.includes('day-first at line 1, month-first at line 3'))).toBe(true);
    expect(r.warnings.some((w) => w.endsWith('lines: 3'))).toBe(true);
  });

  it('31 February is left null with a warning naming the line', () => {
    const r = parseChat('13/01/25, 10:00 - A: x\n31/02/25, 10:00 - A: y');
    expect(r.messages.map((m) => m.sentAt)).toEqual(['2025-01-13T10:00:00', null]);
    expect(r.warnings).toEqual([expect.stringMatching(/Invalid date or time, left empty, on lines: 2$/)]);
  });
});

describe('header detection', () => {
  it('body lines in another shape, or with an impossible date, stay in the body', () => {
    const r = parseChat(fixture('android-multiline.txt'));
    expect(r.messages).toHaveLength(3);
  });

  it('the majority shape wins even when the first line is another shape', () => {
    const text = [
      '[12/01/2025, 9:41:00 PM] Ram: this line is quoted at the top',
      '13/01/25, 10:00 pm - HC Suresh Nishad: one',
      '13/01/25, 10:01 pm - HC Suresh Nishad: two',
    ].join('\n');
    const r = parseChat(text);
    expect(r.format).toBe('android');
    expect(r.messages.map((m) => m.line)).toEqual([2, 3]);
    expect(r.warnings).toEqual([expect.stringMatching(/Lines before the first message were skipped: 1$/)]);
  });

  it('finds the shape after a first message longer than the lines scored', () => {
    const long = Array.from({ length: 6000 }, (_, i) => `पंक्ति ${i + 1}`).join('\n');
    const r = parseChat(`13/01/25, 10:00 - SI Anita Verma: ${long}\n13/01/25, 10:01 - HC Suresh Nishad: ok`);
    expect(r.messages).toHaveLength(2);
    expect(r.messages[1].line).toBe(6001);
    const late = parseChat(`${'विवरण\n'.repeat(6000)}13/01/25, 10:01 - HC Suresh Nishad: ok`, { kind: 'export' });
    expect(late.messages).toHaveLength(1);
  });

  it('lines before the first header are reported, not silently dropped', () => {
    const r = parseChat('some garbage\n\nmore\n13/01/25, 10:00 - A: x\n', { kind: 'export' });
    expect(r.messages).toHaveLength(1);
    expect(r.warnings).toEqual([expect.stringMatching(/skipped: 1, 3$/)]);
  });

  it('a single header-like line inside other text is a forwarded message', () => {
    const text = 'सूचना:\n14/01/25, 9:00 am - HC Suresh Nishad: बीट 4 सामान्य।\nधन्यवाद';
    const r = parseChat(text);
    expect(r.format).toBe('forwarded');
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0].text).toBe(text);
  });

  it('kind "forwarded" makes the whole text one message, even a chat export', () => {
    const r = parseChat(fixture('android-12h-nnbsp.txt'), { kind: 'forwarded' });
    expect(r.format).toBe('forwarded');
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]).toMatchObject({ sender: null, sentAt: null, kind: 'user', line: 1 });
    expect(r.counts.userMessages).toBe(1);
  });

  it('kind "export" on text without headers gives no messages and says why', () => {
    const r = parseChat('कोई संदेश नहीं\nबस पाठ', { kind: 'export' });
    expect(r.messages).toEqual([]);
    expect(r.warnings[0]).toMatch(/No message header/);
    expect(r.warnings[1]).toMatch(/skipped: 1–2$/);
  });

  it('kind "paste" reads Web/Desktop headers first, and lines copied out of an export when there are none', () => {
    const r = parseChat('14/01/25, 9:00 am - HC Suresh Nishad: बीट 4\nसब सामान्य\n14/01/25, 9:05 am - SHO Rajesh Tiwari: ठीक है', {
      kind: 'paste',
    });
    expect(r.format).toBe('android');
    expect(r.messages.map((m) => [m.sender, m.sentAt, m.text])).toEqual([
      ['HC Suresh Nishad', '2025-01-14T09:00:00', 'बीट 4\nसब सामान्य'],
      ['SHO Rajesh Tiwari', '2025-01-14T09:05:00', 'ठीक है'],
    ]);
    const web = parseChat('[10:32 am, 16/01/2025] SI Ramesh Yadav: 14/01/25, 9:00 am - यह पाठ है', { kind: 'paste' });
    expect(web.format).toBe('web');
    expect(web.messages.map((m) => [m.sender, m.text])).toEqual([['SI Ramesh Yadav', '14/01/25, 9:00 am - यह पाठ है']]);
  });

  it('empty and blank input', () => {
    expect(parseChat('').messages).toEqual([]);
    expect(parseChat('\n\n  \n').messages).toEqual([]);
    expect(parseChat('').format).toBe('forwarded');
  });

  it('a web paste line without "Sender: " is a user message with an unknown sender, and is warned about', () => {
    const r = parseChat('[10:32 am, 16/01/2025] SI Ramesh Yadav: एक\n[10:33 am, 16/01/2025] बिना नाम');
    expect(r.messages[1]).toMatchObject({ kind: 'user', sender: null, text: 'बिना नाम' });
    expect(r.counts.systemMessages).toBe(0);
    expect(r.warnings).toEqual([expect.stringMatching(/No sender name found on lines: 2$/)]);
  });

  it('options.groupName marks the group lines of an iOS chat as system, whatever the name holds', () => {
    const text = [
      '[10/01/2025, 8:58:03 AM] थाना "पिपराइच": \u200EMessages and calls are end-to-end encrypted.',
      '[10/01/2025, 9:05:12 AM] Rajesh Tiwari SHO: सुप्रभात।',
      '[13/01/2025, 9:05:12 AM] Rajesh Tiwari SHO: सुप्रभात।',
    ].join('\n');
    const r = parseChat(text, { groupName: 'थाना "पिपराइच"' });
    expect(r.messages[0]).toMatchObject({ kind: 'system', text: 'Messages and calls are end-to-end encrypted.' });
    expect(r.counts).toEqual({ userMessages: 2, systemMessages: 1, attachments: 0, mediaOmitted: 0 });
    expect(r.groupName).toBe('थाना "पिपराइच"');
  });

  it('"Name:" with the text on the next line', () => {
    const r = parseChat('13/01/25, 10:00 - SI Anita Verma:\nपहली पंक्ति\n13/01/25, 10:01 - HC Suresh Nishad: ok');
    expect(r.messages[0]).toMatchObject({ kind: 'user', sender: 'SI Anita Verma', text: '\nपहली पंक्ति' });
  });
});
