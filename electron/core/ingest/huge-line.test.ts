// A 50 MB file that is one line: no WhatsApp chat (a message holds at most 65,536 characters), so it is
// refused with a clear message, early and without the stack overflow the search keys of a 17-million-letter
// "word" used to cause. Its own test file, so that the process's peak memory is this test's.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRegister, tempDir, type TestRegister } from '../testing/fixture';
import { parseChat } from '../whatsapp/parse';

const MB = 1024 * 1024;
const SIZE = 50 * MB;
let reg: TestRegister;
let work: string;
let file: string;

beforeAll(async () => {
  reg = await makeRegister();
  work = tempDir('thana-huge-');
  file = path.join(work, 'WhatsApp Chat with SI Anita Verma.txt');
  // Written in pieces, so that the test itself never holds the whole text.
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, '14/01/25, 9:00 am - SI Anita Verma: ');
  const piece = Buffer.from('क'.repeat(MB / 3));
  for (let written = 0; written < SIZE; written += piece.length) fs.writeSync(fd, piece);
  fs.closeSync(fd);
});
afterAll(() => {
  reg.close();
  // Only the big file: folders are left, as other tests walk the temp dir while they run.
  fs.rmSync(file, { force: true });
});

describe('a 50 MB single line', () => {
  it('is refused as no chat, naming the line and its length, with memory within a few times the file', async () => {
    const size = fs.statSync(file).size;
    const before = process.memoryUsage().rss;
    const r = await reg.try('import.files', { paths: [file], source: 'बीट' });
    // ru_maxrss: the peak of this process, which reached its highest point during the import.
    const peak = process.resourceUsage().maxRSS * 1024;
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('validation');
    expect(r.error.message).toMatch(
      /^WhatsApp Chat with SI Anita Verma\.txt: पंक्ति 1 में \d+ अक्षर हैं, जबकि WhatsApp एक संदेश में 65536 से अधिक अक्षर नहीं भेजता; .* \/ line 1 holds \d+ characters, but WhatsApp sends at most 65536 in a message; this does not look like a WhatsApp chat, nothing was saved$/,
    );
    expect(Number(/line 1 holds (\d+)/.exec(r.error.message)![1])).toBeGreaterThan(17_000_000);
    expect(peak - before).toBeLessThan(4 * size);
    expect(await reg.call('imports.list')).toEqual([]);
    expect((await reg.call('messages.list', {})).total).toBe(0);
  });

  it('the parser alone (as the import preview uses it) reads it as one message, without a stack overflow', () => {
    const text = fs.readFileSync(file, 'utf8');
    const r = parseChat(text);
    expect(r.warnings).toEqual([]);
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]).toMatchObject({ sender: 'SI Anita Verma', sentAt: '2025-01-14T09:00:00' });
    expect(r.messages[0].text.length).toBe(text.length - '14/01/25, 9:00 am - SI Anita Verma: '.length);
  });
});
