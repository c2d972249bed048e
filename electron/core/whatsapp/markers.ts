// In-text markers: attachments, media placeholders, deleted tombstones and the edited marker.
//
// Attachments are recognised by structure: a file name followed by a phrase in parentheses on the first
// line (Android), or `<word: file>` (iOS, and newer Android). The Android phrase is localised; phrases seen
// after WhatsApp-style file names (IMG-20250108-WA0003.jpg) are learned from the file itself, so a
// document in an unknown language is still recognised once one photo has taught us the phrase.
// Placeholder and tombstone texts are localised too: known wordings plus "<…>" lines that repeat.

import { TOMBSTONES, TOMBSTONE_START_LEN, TOMBSTONE_STARTS, tombstoneKey } from './system-texts.js';

/** The fields analyseInto writes (a ParsedMessage has them all). */
export interface MarkerTarget {
  text: string;
  attachments: string[];
  mediaOmitted: boolean;
  deleted: boolean;
  edited: boolean;
}

export interface BodyMarkers extends MarkerTarget {
  /** The body started with LRM/RLM and was not a media / deleted marker (iOS system-line hint). The mark is removed from text. */
  markedLead: boolean;
}

const KNOWN_PHRASES = [
  'file attached',
  'फ़ाइल संलग्न', // फ + nukta
  'फ़ाइल संलग्न', // precomposed फ़
  'फाइल संलग्न',
  'फ़ाइल अटैच की गई',
  'Datei angehängt',
  'archivo adjunto',
  'arquivo anexado',
  'fichier joint',
  'file allegato',
  'bestand bijgevoegd',
];

const PLACEHOLDERS = new Set([
  '<Media omitted>',
  '<मीडिया के बिना>',
  '<मीडिया हटाया गया>',
  '<मीडिया छोड़ा गया>',
  '<मीडिया छोड़ा गया>',
  '<Medien ausgeschlossen>',
  '<Multimedia omitido>',
  '<Mídia oculta>',
  '<Médias omis>',
  '<Media omessi>',
  '<Media weggelaten>',
]);

/** iOS: "image omitted", "Contact card omitted", "GIF omitted", ... (without the LRM that usually leads them). */
const IOS_OMITTED_KNOWN_RE =
  /^(?:image|photo|video|audio|sticker|GIF|document|contact card|contact|voice message|video note|view once (?:photo|image|video|voice message|message)) omitted$/i;
/** Any "<words> omitted" after the LRM that iOS puts before its placeholders ("‎View once voice message omitted"). */
const IOS_OMITTED_RE = /^(?:[A-Za-z]{1,12} ){1,4}omitted$/;
/** Localised iOS placeholders, NFC (Devanagari ones arrive with precomposed nukta letters such as U+095C ड़). */
const IOS_OMITTED_LOCAL = new Set(
  [
    'imagen omitida',
    'video omitido',
    'audio omitido',
    'sticker omitido',
    'documento omitido',
    'GIF omitido',
    'Bild weggelassen',
    'Video weggelassen',
    'Audio weggelassen',
    'Sticker weggelassen',
    'Dokument weggelassen',
    'image absente',
    'vidéo absente',
    'audio omis',
    'imagem ocultada',
    'vídeo ocultado',
    'áudio ocultado',
    // Hindi iOS (corpus: whats_json hindi_ios)
    'फ़ोटो हटाई गई',
    'वीडियो छोड़ा गया',
    'ऑडियो हटाई गयी',
    'कॉन्टैक्ट कार्ड छोड़ा गया',
    'स्टिकर छोड़ा गया',
    'डॉक्यूमेंट छोड़ा गया',
    'GIF छोड़ा गया',
  ].map((p) => p.normalize('NFC')),
);

/** First characters of the tombstones, to skip the set lookups for ordinary text. */
const DELETED_FIRST = new Set([...TOMBSTONE_STARTS].map((d) => d.charCodeAt(0)));

const EDITED = [
  '<This message was edited>',
  '<यह मैसेज एडिट किया गया था>',
  '<यह मैसेज एडिट किया गया>',
  '<संदेश संपादित किया गया>',
  '<Diese Nachricht wurde bearbeitet>',
  '<Se editó este mensaje.>',
  '<Mensagem editada>',
];

/** Android media file names: TYPE-yyyymmdd-WAnnnn.ext (the extension can be lost: "AUD-…-WA0000."). */
const WA_NAME_RE = /^(?:IMG|VID|PTT|PTV|AUD|GIF|STK|DOC)-\d{8}-WA\d{1,6}(?:\.[A-Za-z0-9]{0,10})?$/;
/** A file name ends with an extension (possibly empty after the dot). */
const FILE_EXT_RE = /\.[A-Za-z0-9]{0,10}$/;
/** Older iOS media names: yyyy-mm-dd-TYPE-nnnnnnnn.ext, as in "2015-08-04-PHOTO-00004762.jpg <‎attached>". */
const OLD_IOS_NAME_RE = /^\d{4}-\d{2}-\d{2}-(?:PHOTO|VIDEO|AUDIO|GIF|STICKER)-\d{8}\.[A-Za-z0-9]{1,10}$/;
/** iOS `<attached: NAME>` (the word is localised), also written with spaces inside: `< attached: NAME >`. */
const ANGLE_ATTACH_RE = /^< ?([^<>:\n]{1,40}): ([^<>\n]{1,255})>$/;
/** The word of the older iOS form "NAME <attached>" (also seen as "NAME ‹attached>"), localised. */
const TRAILING_ATTACH_RE = /^[<\u2039][\u200E\u200F]?([^<>:\s]{1,20})>$/;
const ATTACHED_WORDS = new Set(['attached', 'Anhang', 'angehängt', 'adjunto', 'anexado', 'joint', 'allegato', 'bijgevoegd', 'संलग्न']);
/** iOS document prefix "FIR 0012-2025 • 2 pages " (the page word is localised). */
const PAGES_TAIL_RE = /^\d{1,6} [^\s•]{1,20}$/;

/** Direction marks WhatsApp and phones put around names, numbers and event texts. */
export function isBidi(c: number): boolean {
  return c === 0x200e || c === 0x200f || c === 0x061c || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/** LRM / RLM (ALM in Arabic): what iOS puts before media markers and event texts. */
export function isMark(c: number): boolean {
  return c === 0x200e || c === 0x200f || c === 0x061c;
}

/** Space, tab, no-break and narrow no-break space. */
export function isSpaceLike(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f;
}

/** Trims spaces and direction marks at both ends. */
export function trimMarks(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && (isBidi(s.charCodeAt(a)) || isSpaceLike(s.charCodeAt(a)))) a++;
  while (b > a && (isBidi(s.charCodeAt(b - 1)) || isSpaceLike(s.charCodeAt(b - 1)))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** Splits "NAME (phrase)" at the last " (" when the line ends with ")". */
function splitParen(line: string): { name: string; phrase: string } | null {
  if (line.charCodeAt(line.length - 1) !== 41) return null;
  const lp = line.lastIndexOf(' (');
  if (lp <= 0) return null;
  const phrase = line.slice(lp + 2, line.length - 1);
  if (phrase.length === 0 || phrase.length > 40 || phrase.indexOf('(') !== -1 || phrase.indexOf(')') !== -1) return null;
  const name = trimMarks(line.slice(0, lp));
  if (name.length === 0 || name.length > 255 || !FILE_EXT_RE.test(name)) return null;
  return { name, phrase };
}

/** Strips an iOS document prefix "TITLE • 2 pages " from the part before a marker; null when it is something else. */
function isDocPrefix(prefix: string, file: string): boolean {
  const p = trimMarks(prefix);
  if (p.length === 0) return true;
  const dot = p.lastIndexOf(' • ');
  if (dot >= 0) return PAGES_TAIL_RE.test(trimMarks(p.slice(dot + 3)));
  // "Ram Prasad Gupta.vcf ‎<attached: 00000015-Ram Prasad Gupta.vcf>": the name before the marker.
  const dash = file.indexOf('-');
  return dash > 0 && file.slice(dash + 1) === p;
}

export class MarkerScanner {
  private phrases = new Set<string>(KNOWN_PHRASES.map((p) => p.normalize('NFC')));
  private repeated = new Map<string, number>();

  /**
   * First look at every body: learns the file's "(file attached)" phrase from WhatsApp-style names, and
   * counts "<…>" one-liners so that a localised placeholder we do not know is still found by repetition.
   */
  learn(firstLine: string): void {
    const last = firstLine.charCodeAt(firstLine.length - 1);
    if (last === 41) {
      const sp = splitParen(firstLine);
      if (sp && WA_NAME_RE.test(sp.name)) this.phrases.add(sp.phrase.normalize('NFC'));
    } else if (last === 62 && firstLine.length <= 64) {
      const core = trimMarks(firstLine);
      if (core.charCodeAt(0) === 60 && core.indexOf(':') === -1 && core.indexOf('<', 1) === -1) {
        this.repeated.set(core, (this.repeated.get(core) ?? 0) + 1);
      }
    }
  }

  /** `marked`: the text was led by LRM / RLM, as iOS writes its placeholders (plain text never is). */
  private isPlaceholder(core: string, marked: boolean): boolean {
    if (PLACEHOLDERS.has(core)) return true;
    if (core.charCodeAt(0) === 60) {
      if (core.endsWith(' omitted>')) return true;
      return (this.repeated.get(core) ?? 0) >= 3;
    }
    return (
      (marked ? IOS_OMITTED_RE : IOS_OMITTED_KNOWN_RE).test(core) ||
      IOS_OMITTED_LOCAL.has(core) ||
      (core.charCodeAt(core.length - 1) > 127 && IOS_OMITTED_LOCAL.has(core.normalize('NFC')))
    );
  }

  /** Analyses a message body (lines joined with \n) into a new object. */
  analyse(body: string): BodyMarkers {
    const out: BodyMarkers = { text: body, attachments: [], mediaOmitted: false, deleted: false, edited: false, markedLead: false };
    out.markedLead = this.analyseInto(body, out);
    return out;
  }

  /**
   * The hot path: writes text, attachments and flags into `out` (a ParsedMessage under construction,
   * whose flags start false and attachments empty) and returns whether the body was LRM-led without
   * being a marker. No allocation for plain text. Attachments are set as a new array, never pushed: the
   * parser gives every message the same frozen empty one.
   */
  analyseInto(body: string, out: MarkerTarget): boolean {
    let text = body;
    let len = text.length;
    if (len > 0 && (isSpaceLike(text.charCodeAt(len - 1)) || isMark(text.charCodeAt(len - 1)))) {
      // Trailing whitespace (an editor's, WhatsApp trims what is sent) or marks would hide the edited marker.
      while (len > 0) {
        const c = text.charCodeAt(len - 1);
        if (isSpaceLike(c) || c === 10 || isMark(c)) len--;
        else break;
      }
      text = text.slice(0, len);
    }
    out.text = text;
    if (len === 0) return false;
    if (text.charCodeAt(len - 1) === 62) {
      for (const m of EDITED) {
        if (text.endsWith(m)) {
          let end = len - m.length;
          while (end > 0) {
            const c = text.charCodeAt(end - 1);
            if (isBidi(c) || isSpaceLike(c) || c === 10) end--;
            else break;
          }
          text = text.slice(0, end);
          out.text = text;
          out.edited = true;
          break;
        }
      }
    }

    const nl = text.indexOf('\n');
    const first = nl === -1 ? text : text.slice(0, nl);
    const firstLen = first.length;
    if (firstLen === 0) return false;
    const lead = isMark(first.charCodeAt(0));

    // Deleted tombstones are short one-liners; look them up only when the first letter fits.
    if (nl === -1 && firstLen <= 80) {
      let a = 0;
      while (a < firstLen && (isBidi(first.charCodeAt(a)) || isSpaceLike(first.charCodeAt(a)))) a++;
      if (DELETED_FIRST.has(first.charCodeAt(a)) && TOMBSTONE_STARTS.has(first.slice(a, a + TOMBSTONE_START_LEN))) {
        const key = tombstoneKey(trimMarks(first));
        if (TOMBSTONES.has(key) || key.startsWith('This message was deleted by ')) {
          out.text = '';
          out.deleted = true;
          return false;
        }
      }
    }

    const lastOfFirst = first.charCodeAt(firstLen - 1);
    const c0 = first.charCodeAt(0);

    // Placeholders: "<Media omitted>", "<मीडिया के बिना>", iOS "‎image omitted", "FIR • 2 pages ‎document omitted".
    if (firstLen <= 300 && (lead || c0 === 60 || lastOfFirst === 62 || lastOfFirst === 100 || first.indexOf(' \u2022 ') !== -1)) {
      let core = trimMarks(first);
      if (!this.isPlaceholder(core, lead)) {
        const dot = first.lastIndexOf(' \u2022 ');
        core = '';
        if (dot >= 0) {
          // "TITLE • 2 pages ‎document omitted": the tail after the page count is the placeholder.
          const tail = first.slice(dot + 3);
          const sp = tail.indexOf(' ');
          const sp2 = sp >= 0 ? tail.indexOf(' ', sp + 1) : -1;
          if (sp2 > 0 && PAGES_TAIL_RE.test(trimMarks(tail.slice(0, sp2)))) {
            const rawAfter = tail.slice(sp2 + 1);
            const after = trimMarks(rawAfter);
            if (this.isPlaceholder(after, isMark(rawAfter.charCodeAt(0)))) core = after;
          }
        }
      }
      if (core !== '') {
        out.text = nl === -1 ? '' : text.slice(nl + 1);
        out.mediaOmitted = true;
        return false;
      }
    }

    // iOS form `‎<attached: NAME>` (also seen inside Android headers), optionally after "TITLE • N pages ";
    // the older "NAME <‎attached>".
    if (lastOfFirst === 62 || isBidi(lastOfFirst)) {
      const f = trimMarks(first);
      const lt = Math.max(f.lastIndexOf('<'), f.lastIndexOf('\u2039'));
      if (lt >= 0) {
        const tail = f.slice(lt);
        const m = ANGLE_ATTACH_RE.exec(tail);
        const name = m ? trimMarks(m[2]) : '';
        if (m && FILE_EXT_RE.test(name) && isDocPrefix(f.slice(0, lt), name)) {
          out.attachments = [name];
          out.text = nl === -1 ? '' : text.slice(nl + 1);
          return false;
        }
        const word = TRAILING_ATTACH_RE.exec(tail);
        const before = word ? trimMarks(f.slice(0, lt)) : '';
        if (word && FILE_EXT_RE.test(before) && (ATTACHED_WORDS.has(word[1]) || OLD_IOS_NAME_RE.test(before))) {
          out.attachments = [before];
          out.text = nl === -1 ? '' : text.slice(nl + 1);
          return false;
        }
      }
    }

    // Android form "NAME.ext (file attached)", caption on the next lines; a document repeats its name.
    if (lastOfFirst === 41) {
      const sp = splitParen(first);
      if (sp && (this.phrases.has(sp.phrase.normalize('NFC')) || WA_NAME_RE.test(sp.name))) {
        out.attachments = [sp.name];
        let caption = nl === -1 ? '' : text.slice(nl + 1);
        if (caption.length > 0) {
          const nl2 = caption.indexOf('\n');
          const next = trimMarks(nl2 === -1 ? caption : caption.slice(0, nl2));
          const dotAt = sp.name.lastIndexOf('.');
          const stem = dotAt > 0 ? sp.name.slice(0, dotAt) : sp.name;
          if (next === stem || next === sp.name) caption = nl2 === -1 ? '' : caption.slice(nl2 + 1);
        }
        out.text = caption;
        return false;
      }
    }

    if (lead) {
      let a = 0;
      while (a < text.length && isMark(text.charCodeAt(a))) a++;
      out.text = text.slice(a);
      return true;
    }
    return false;
  }
}
