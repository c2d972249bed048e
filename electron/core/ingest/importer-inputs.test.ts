// Inputs that are chats in a form the importer did not expect, and inputs that are no chats at all: real files
// in a temp dir through the real import path into a real register.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeRegister, tempDir, type TestRegister } from '../testing/fixture';
import { writeZip } from '../whatsapp/test-zip-writer';

let reg: TestRegister;
let work: string;
beforeEach(async () => {
  reg = await makeRegister();
  work = tempDir('thana-inputs-');
});
afterEach(() => reg.close());

/** Every file in the register's evidence store (the temp folder included). */
function storedFiles(): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const f of fs.readdirSync(d, { withFileTypes: true })) {
      if (f.isDirectory()) walk(path.join(d, f.name));
      else out.push(f.name);
    }
  };
  walk(path.join(reg.dir, 'evidence'));
  return out;
}

/** A refused import leaves no import, no message and no file behind. */
async function expectNothingStored() {
  expect(await reg.call('imports.list')).toEqual([]);
  expect((await reg.call('messages.list', {})).total).toBe(0);
  expect(storedFiles()).toEqual([]);
}

const CHAT = Array.from(
  { length: 20 },
  (_, i) => `14/01/25, 9:${String(i).padStart(2, '0')} am - SI Anita Verma: बीट ${i + 1} सामान्य।`,
).join('\r\n');

function utf16(text: string, be: boolean): Buffer {
  const le = Buffer.from(text, 'utf16le');
  return be ? le.swap16() : le;
}

describe('UTF-16 without a byte-order mark', () => {
  it.each([
    ['little-endian', false],
    ['big-endian', true],
  ])('%s: every message arrives as written', async (_name, be) => {
    const file = path.join(work, 'WhatsApp Chat with SI Anita Verma.txt');
    fs.writeFileSync(file, utf16(CHAT, be));
    const r = await reg.call('import.files', { paths: [file], source: 'बीट' });
    expect(r).toMatchObject({ userMessages: 20, systemMessages: 0, newMessages: 20, warnings: [] });
    const rows = (await reg.call('messages.list', { source: 'बीट', limit: 100 })).rows;
    expect(rows.map((m) => [m.sender, m.sentAt, m.text])).toEqual(
      Array.from({ length: 20 }, (_, i) => ['SI Anita Verma', `2025-01-14T09:${String(i).padStart(2, '0')}:00`, `बीट ${i + 1} सामान्य।`]),
    );
  });
});

describe('files that hold no chat are refused with a bilingual message, and nothing is stored', () => {
  it('a photo renamed to .txt', async () => {
    const file = path.join(work, 'WhatsApp Chat with थाना.txt');
    // A JPEG's start, then bytes as compressed image data has them.
    const data = Buffer.alloc(20_000);
    for (let i = 0, x = 7; i < data.length; i++) data[i] = x = (x * 1103515245 + 12345) & 0xff;
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]), data]));
    const r = await reg.try('import.files', { paths: [file], source: 'थाना' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('validation');
    expect(r.error.message).toBe(
      'WhatsApp Chat with थाना.txt: यह पाठ (टेक्स्ट) फ़ाइल नहीं है — शायद कोई फ़ोटो, वीडियो या दूसरी फ़ाइल जिसका नाम .txt रखा गया है; कुछ भी सहेजा नहीं गया / ' +
        'this is not a text file (perhaps a photo, video or other file renamed to .txt); nothing was saved',
    );
    await expectNothingStored();
  });

  it.each([
    ['an empty file', ''],
    ['a file of blank lines', '\r\n  \r\n\t\r\n'],
  ])('%s', async (_name, content) => {
    const file = path.join(work, 'chat.txt');
    fs.writeFileSync(file, content);
    const r = await reg.try('import.files', { paths: [file], source: 'थाना' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('validation');
    expect(r.error.message).toBe(
      'chat.txt: फ़ाइल खाली है, इसमें कोई संदेश नहीं; कुछ भी सहेजा नहीं गया / the file is empty, there are no messages in it; nothing was saved',
    );
    await expectNothingStored();
  });

  it('an empty _chat.txt inside a zip, with its media', async () => {
    const zip = writeZip(path.join(work, 'WhatsApp Chat - थाना.zip'), [
      { name: '_chat.txt', data: '' },
      { name: '00000009-PHOTO-2025-01-15-11-03-10.jpg', data: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), method: 0 },
    ]);
    const r = await reg.try('import.files', { paths: [zip], source: 'थाना' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^_chat\.txt: फ़ाइल खाली है.* \/ the file is empty/);
    await expectNothingStored();
  });
});

describe('a zip of 50,000 entries', () => {
  it('is refused at once, with the limit named in both languages', async () => {
    const entries = [{ name: '_chat.txt', data: '[15/01/2025, 11:03:10 AM] SI Anita Verma: फोटो' }];
    for (let i = 0; i < 50_000; i++) entries.push({ name: `${String(i).padStart(8, '0')}-PHOTO-2025-01-15-11-03-10.jpg`, data: `${i}` });
    const zip = writeZip(path.join(work, 'WhatsApp Chat - थाना.zip'), entries);
    const t0 = performance.now();
    const r = await reg.try('import.files', { paths: [zip], source: 'थाना' });
    expect(performance.now() - t0).toBeLessThan(10_000);
    fs.rmSync(zip);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('validation');
    expect(r.error.message).toBe(
      'WhatsApp Chat - थाना.zip: ज़िप में 50001 प्रविष्टियाँ हैं, सीमा 20000 है (WhatsApp मीडिया सहित एक्सपोर्ट में इतनी फ़ाइलें नहीं होतीं); ज़िप को छोटे हिस्सों में बाँटकर आयात करें / ' +
        'The zip holds 50001 entries, above the limit of 20000 (no WhatsApp export with media holds that many files); import it in smaller parts',
    );
    await expectNothingStored();
  });
});
