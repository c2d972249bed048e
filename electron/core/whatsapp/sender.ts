// Sender names: strip invisible direction marks, recognise phone numbers.

import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** Direction marks and embeddings that WhatsApp wraps around names and numbers. */
const BIDI_RE = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const ODD_SPACE_RE = /[\u00A0\u202F\u2007]/g;
const PHONE_SHAPE_RE = /^\+?[\d\s().-]{6,24}$/;

export interface SenderInfo {
  /** Cleaned name; null only for the "no sender" marker of web-paste lines. */
  name: string | null;
  phone: string | null;
  /** The raw text can be a sender name (see canBeSender). */
  ok: boolean;
}

/** Removes direction marks, turns no-break spaces into plain spaces and trims. */
export function cleanName(raw: string): string {
  return raw.replace(BIDI_RE, '').replace(ODD_SPACE_RE, ' ').trim();
}

/** E.164 for a sender that is a phone number ("+91 98390 47125" -> "+919839047125"), else null. */
export function phoneOf(name: string): string | null {
  if (!PHONE_SHAPE_RE.test(name)) return null;
  let digits = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  if (digits < 7 || digits > 15) return null;
  try {
    const p = parsePhoneNumberFromString(name, 'IN');
    return p && p.isPossible() ? p.number : null;
  } catch {
    return null;
  }
}

/** Caches cleaning and phone look-ups per raw sender string (a chat has few distinct senders). */
export class SenderCache {
  private map = new Map<string, SenderInfo>();
  private raws: string[] = [];
  private firsts: number[] = [];
  private infos: SenderInfo[] = [];

  /** Distinct raw names seen so far. */
  get size(): number {
    return this.map.size;
  }

  get(raw: string): SenderInfo {
    let s = this.map.get(raw);
    if (!s) {
      const name = cleanName(raw);
      s = { name, phone: phoneOf(name), ok: canBeSender(raw) && name.length > 0 };
      this.map.set(raw, s);
      if (this.raws.length < 48) {
        this.raws.push(raw);
        this.firsts.push(raw.charCodeAt(0) * 65536 + raw.charCodeAt(raw.length - 1));
        this.infos.push(s);
      }
    }
    return s;
  }

  /**
   * The info for text[start, start + len) without cutting a substring when the name is one of the first
   * distinct names seen (the usual case: a group has a few dozen members).
   */
  getAt(text: string, start: number, len: number): SenderInfo {
    const raws = this.raws;
    const ends = text.charCodeAt(start) * 65536 + text.charCodeAt(start + len - 1);
    for (let j = 0; j < raws.length; j++) {
      const r = raws[j];
      if (this.firsts[j] === ends && r.length === len && text.startsWith(r, start)) return this.infos[j];
    }
    return this.get(text.slice(start, start + len));
  }
}

/** Double quotes that open or close a quoted group name in system lines (English, Hindi, German, French, ...). */
const QUOTES = '"\u201C\u201D\u201E\u00AB\u00BB';

/**
 * Whether the text before the first ": " of a header line can be a sender name. System events such as
 * `X changed the subject from "A: b" to "B"` put the colon inside a quoted text, so the part before it holds an
 * odd number of double quotes (or an opening single quote U+2018 without its closing U+2019). A saved contact
 * name may hold balanced quotes (`Ram "Bablu" Singh`) and apostrophes (`Anil D’Souza`).
 */
export function canBeSender(candidate: string): boolean {
  if (candidate.length === 0 || candidate.length > 100) return false;
  let doubles = 0;
  let open1 = 0;
  for (let i = 0; i < candidate.length; i++) {
    const c = candidate.charCodeAt(i);
    if (c < 0x22) continue;
    if (c === 0x2018) open1++;
    else if (c === 0x2019) {
      if (open1 > 0) open1--;
    } else if (QUOTES.indexOf(candidate[i]) !== -1) doubles++;
  }
  return doubles % 2 === 0 && open1 === 0;
}
