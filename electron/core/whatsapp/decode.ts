// Bytes -> text for chat files: UTF-8 with BOM stripped, CRLF/CR normalised to \n, and invalid bytes
// replaced with U+FFFD (reported with their line numbers).

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

export function decodeChatBytes(bytes: Uint8Array): { text: string; warnings: string[] } {
  const warnings: string[] = [];
  let text: string;
  // UTF-16 with a BOM: a chat re-saved by Windows Notepad as "Unicode" (the decoder drops the BOM).
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
    return { text: normaliseText(text), warnings };
  }
  try {
    text = fatalDecoder.decode(bytes);
  } catch {
    text = lenientDecoder.decode(bytes);
    const lines = invalidUtf8Lines(bytes);
    if (lines.length > 0) warnings.push(W.invalidUtf8(lines));
  }
  return { text: normaliseText(text), warnings };
}
