import { AppError } from '../errors';
import { looksBinary } from '../whatsapp/decode';

/**
 * Refusals before a chat text is parsed: inputs that would otherwise be "imported" with nothing in them, or
 * with one absurd message that costs the key worker and the search index many times the file's size.
 */

/** WhatsApp sends at most 65,536 characters in one message. */
const WHATSAPP_MAX_MESSAGE = 65_536;
/** Longer than any message (with its header and marks) that WhatsApp writes on one line. */
export const MAX_LINE_CHARS = 100_000;

const refuse = (fileName: string, hi: string, en: string) => new AppError('validation', `${fileName}: ${hi} / ${en}`);

/** Before decoding: a file that is no text at all. */
export function refuseBinary(bytes: Uint8Array, fileName: string): void {
  if (looksBinary(bytes)) {
    throw refuse(
      fileName,
      'यह पाठ (टेक्स्ट) फ़ाइल नहीं है — शायद कोई फ़ोटो, वीडियो या दूसरी फ़ाइल जिसका नाम .txt रखा गया है; कुछ भी सहेजा नहीं गया',
      'this is not a text file (perhaps a photo, video or other file renamed to .txt); nothing was saved',
    );
  }
}

/** After decoding: an empty text, or a line no WhatsApp chat can hold. */
export function refuseUnusableText(text: string, fileName: string): void {
  if (text.trim().length === 0) {
    throw refuse(
      fileName,
      'फ़ाइल खाली है, इसमें कोई संदेश नहीं; कुछ भी सहेजा नहीं गया',
      'the file is empty, there are no messages in it; nothing was saved',
    );
  }
  const { line, length } = longestLine(text);
  if (length > MAX_LINE_CHARS) {
    throw refuse(
      fileName,
      `पंक्ति ${line} में ${length} अक्षर हैं, जबकि WhatsApp एक संदेश में ${WHATSAPP_MAX_MESSAGE} से अधिक अक्षर नहीं भेजता; यह WhatsApp चैट नहीं लगती, कुछ भी सहेजा नहीं गया`,
      `line ${line} holds ${length} characters, but WhatsApp sends at most ${WHATSAPP_MAX_MESSAGE} in a message; this does not look like a WhatsApp chat, nothing was saved`,
    );
  }
}

/** The longest line (1-based number and length in UTF-16 units), without splitting the text. */
export function longestLine(text: string): { line: number; length: number } {
  let best = { line: 1, length: 0 };
  let pos = 0;
  for (let line = 1; pos <= text.length; line++) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = text.length;
    if (eol - pos > best.length) best = { line, length: eol - pos };
    pos = eol + 1;
  }
  return best;
}
