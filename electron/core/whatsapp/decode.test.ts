import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeChatBytes, invalidUtf8Lines, looksBinary, normaliseText, utf16WithoutBom } from './decode.js';
import { parseChat } from './parse.js';

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');
const enc = (s: string) => new TextEncoder().encode(s);
const cat = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));

describe('decodeChatBytes', () => {
  it('strips a UTF-8 BOM and normalises CRLF and lone CR', () => {
    const bytes = cat([0xef, 0xbb, 0xbf], enc('a\r\nb\rc\n\r\nd'));
    expect(decodeChatBytes(bytes)).toEqual({ text: 'a\nb\nc\n\nd', warnings: [] });
  });

  it('a CRLF export with a BOM parses exactly like the LF original', () => {
    const lf = fixture('android-12h-nnbsp.txt');
    const bytes = cat([0xef, 0xbb, 0xbf], enc(lf.replace(/\n/g, '\r\n')));
    const { text, warnings } = decodeChatBytes(bytes);
    expect(warnings).toEqual([]);
    expect(text).toBe(lf);
    expect(parseChat(text)).toEqual(parseChat(lf));
  });

  it('parseChat itself copes with CRLF and a BOM in a string', () => {
    const lf = fixture('ios-media.txt');
    expect(parseChat('\uFEFF' + lf.replace(/\n/g, '\r\n'))).toEqual(parseChat(lf));
  });

  it('replaces invalid UTF-8 with U+FFFD and names the lines, counting CRLF as one break', () => {
    const bytes = cat(
      enc('13/01/25, 10:00 - A: ठीक\r\n'), // line 1
      enc('13/01/25, 10:01 - B: '),
      [0xff],
      enc(' x\r\n'), // line 2: stray byte
      enc('13/01/25, 10:02 - C: ok\n'), // line 3
      enc('13/01/25, 10:03 - D: '),
      [0xe0, 0xa4],
      enc('\r'), // line 4: truncated sequence, lone CR
      enc('13/01/25, 10:04 - E: '),
      [0xed, 0xa0, 0x80],
      enc('\n'), // line 5: surrogate
    );
    const { text, warnings } = decodeChatBytes(bytes);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/पंक्तियाँ: 2, 4–5 \/ .*lines: 2, 4–5$/);
    const r = parseChat(text);
    expect(r.messages.map((m) => m.text)).toEqual(['ठीक', '\uFFFD x', 'ok', '\uFFFD', '\uFFFD\uFFFD\uFFFD']);
  });

  it('invalidUtf8Lines agrees with TextDecoder on where replacements happen', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    for (let round = 0; round < 300; round++) {
      const bytes = new Uint8Array(64);
      for (let i = 0; i < bytes.length; i++) {
        const r = rand();
        bytes[i] = r < 0.15 ? 0x0a : r < 0.2 ? 0x0d : r < 0.6 ? 0x61 : Math.floor(rand() * 256);
      }
      const text = normaliseText(new TextDecoder().decode(bytes));
      const expected: number[] = [];
      text.split('\n').forEach((line, i) => {
        if (line.includes('\uFFFD')) expected.push(i + 1);
      });
      // A BOM at the very start is not an error; everything else must match line for line.
      expect(invalidUtf8Lines(bytes)).toEqual(expected);
    }
  });

  it('empty input', () => {
    expect(decodeChatBytes(new Uint8Array())).toEqual({ text: '', warnings: [] });
  });
});

describe('decodeChatBytes: UTF-16 (a chat re-saved by Windows Notepad as "Unicode")', () => {
  const utf16 = (s: string, be: boolean) => {
    const out = new Uint8Array(2 + s.length * 2);
    out[0] = be ? 0xfe : 0xff;
    out[1] = be ? 0xff : 0xfe;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      out[2 + 2 * i + (be ? 1 : 0)] = c & 0xff;
      out[2 + 2 * i + (be ? 0 : 1)] = c >> 8;
    }
    return out;
  };
  it('decodes UTF-16 LE and BE with a BOM', () => {
    const lf = fixture('android-12h-nnbsp.txt');
    for (const be of [false, true]) {
      const { text, warnings } = decodeChatBytes(utf16(lf.replace(/\n/g, '\r\n'), be));
      expect(warnings).toEqual([]);
      expect(text).toBe(lf);
    }
  });
});

describe('decodeChatBytes: UTF-16 without a BOM, and bytes that are no text', () => {
  const lines = [
    '14/01/25, 9:00 am - प्रधान रामप्रीत यादव: गाँव में सब ठीक है सर।',
    '14/01/25, 9:05 am - प्रधान रामप्रीत यादव: सड़क पर पेड़ गिरा है, रास्ता बंद है।',
  ].join('\n');
  const le = Buffer.from(lines, 'utf16le');
  const be = Buffer.from(le).swap16();

  it('finds the byte order of a Devanagari chat from the NULs of its headers and spaces', () => {
    expect(utf16WithoutBom(le)).toBe('utf-16le');
    expect(utf16WithoutBom(be)).toBe('utf-16be');
    expect(decodeChatBytes(le)).toEqual({ text: lines, warnings: [] });
    expect(decodeChatBytes(be)).toEqual({ text: lines, warnings: [] });
    expect(looksBinary(le)).toBe(false);
  });

  it('UTF-8, even with invalid bytes, is neither UTF-16 nor binary', () => {
    const latin1 = Buffer.from('14/01/25, 9:00 - Jürgen: Grüße aus München\n', 'latin1');
    for (const b of [Buffer.from(lines), latin1, Buffer.alloc(0)]) {
      expect(utf16WithoutBom(b)).toBeNull();
      expect(looksBinary(b)).toBe(false);
    }
  });

  it('binary data (a photo, a zip) is binary', () => {
    const noise = Buffer.alloc(8192);
    for (let i = 0, x = 1; i < noise.length; i++) noise[i] = x = (x * 1103515245 + 12345) & 0xff;
    const zip = Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), noise]);
    for (const b of [noise, zip]) {
      expect(utf16WithoutBom(b)).toBeNull();
      expect(looksBinary(b)).toBe(true);
    }
  });
});
