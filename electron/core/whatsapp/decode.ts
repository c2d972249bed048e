// Bytes -> text for chat files: UTF-8 (or UTF-16, with or without a BOM) with BOMs stripped, CRLF/CR
// normalised to \n, and invalid bytes replaced with U+FFFD (reported with their line numbers).

import { W } from './warnings.js';

const fatalDecoder = new TextDecoder('utf-8', { fatal: true });
const lenientDecoder = new TextDecoder('utf-8');

/**
 * Strips BOMs and turns CRLF / lone CR into \n. Cheap when there is nothing to do. A BOM is not only at the start:
 * tools that join or rewrite exports leave one at the start of lines, inside headers and in the middle of words,
 * where it is an invisible zero-width character that only breaks matching.
 */
export function normaliseText(text: string): string {
  if (text.indexOf('\uFEFF') !== -1) text = text.replace(/\uFEFF/g, '');
  if (text.indexOf('\r') !== -1) text = text.replace(/\r\n?/g, '\n');
  return text;
}

/**
 * 1-based line numbers (CRLF and lone CR count as one line break, as after normaliseText) that hold
 * invalid UTF-8. Follows the WHATWG decoder's error rules, so each reported error is one U+FFFD.
 */
export function invalidUtf8Lines(bytes: Uint8Array): number[] {
  const lines: number[] = [];
  const n = bytes.length;
  let line = 1;
  let i = 0;
  const mark = () => {
    if (lines.length === 0 || lines[lines.length - 1] !== line) lines.push(line);
  };
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      if (b === 0x0a) line++;
      else if (b === 0x0d && bytes[i + 1] !== 0x0a) line++;
      i++;
      continue;
    }
    let need = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b === 0xe0) {
      need = 2;
      lower = 0xa0;
    } else if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) need = 2;
    else if (b === 0xed) {
      need = 2;
      upper = 0x9f;
    } else if (b === 0xf0) {
      need = 3;
      lower = 0x90;
    } else if (b >= 0xf1 && b <= 0xf3) need = 3;
    else if (b === 0xf4) {
      need = 3;
      upper = 0x8f;
    } else {
      mark();
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      const c = j < n ? bytes[j] : -1;
      if (c < lower || c > upper) {
        ok = false;
        break;
      }
      lower = 0x80;
      upper = 0xbf;
    }
    if (!ok) mark();
    i = j; // on error the offending byte (if any) is looked at again as the start of a new sequence
  }
  return lines;
}

const hasUtf16Bom = (b: Uint8Array) => b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff));

/** How much of the start of a file the sniffers below look at. */
const SNIFF_BYTES = 64 * 1024;

/**
 * UTF-16 without a BOM (a chat saved as "Unicode" by a tool that wrote no BOM), by where its NUL bytes fall:
 * every ASCII character (digits, spaces, colons, line breaks of the headers) puts one at the odd offsets in
 * little-endian and at the even ones in big-endian, while UTF-8 text has none at all.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  // A tenth of the characters being ASCII is enough (a chat in Devanagari still has its headers), and the
  // other half of the pairs must be nearly free of NULs, which random binary data is not.
  if (odd >= pairs / 10 && even * 8 <= odd) return 'utf-16le';
  if (even >= pairs / 10 && odd * 8 <= even) return 'utf-16be';
  return null;
}

/**
 * Whether the bytes are no text at all (a photo, video, PDF or zip given a .txt name): text in any 8-bit
 * encoding holds almost no C0 control bytes besides tab and line breaks, binary data about one in ten.
 * Invalid UTF-8 alone does not count: a chat saved in a legacy code page is text with a warning.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (hasUtf16Bom(bytes) || utf16WithoutBom(bytes)) return false;
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    // \t \n \v \f \r and ESC are found in text files; the other controls are not.
    if (b < 0x20 && (b < 0x09 || b > 0x0d) && b !== 0x1b) controls++;
  }
  return controls > 0 && controls * 100 >= n;
}

export function decodeChatBytes(bytes: Uint8Array): { text: string; warnings: string[] } {
  const warnings: string[] = [];
  let text: string;
  // UTF-16 with a BOM: a chat re-saved by Windows Notepad as "Unicode" (the decoder drops the BOM).
  if (hasUtf16Bom(bytes)) {
    text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
    return { text: normaliseText(text), warnings };
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: normaliseText(new TextDecoder(utf16).decode(bytes)), warnings };
  try {
    text = fatalDecoder.decode(bytes);
  } catch {
    text = lenientDecoder.decode(bytes);
    const lines = invalidUtf8Lines(bytes);
    if (lines.length > 0) warnings.push(W.invalidUtf8(lines));
  }
  return { text: normaliseText(text), warnings };
}
