/**
 * Cross-script, spelling-tolerant keys for names (and other words).
 *
 * 'आयुष चौधरी', 'ayush chaudhary', 'Aayush Choudhary' and 'Ayush Chaudhari' all give the keys
 * 'ayus', 'codri'. A key is lowercase ASCII letters and digits only, so it is a single token for the
 * FTS5 tokenizer (`unicode61 categories 'L* N* Co M*'`) and can be quoted safely.
 *
 * How a key is made:
 *  1. Devanagari is romanised with a small table of our own (Hindi-style: ई -> ee, औ -> au, श/ष -> sh,
 *     क़ -> q, ज़ -> z, फ़ -> f, ड़ -> r, ज्ञ -> gy, anusvara -> n/m/ng), with schwa deletion at the end of a
 *     word (except after a conjunct: मौर्य -> maurya) and in the V C _ C V position (रेहमान -> rehmaan,
 *     जायसवाल -> jaaysvaal). A table of our own rather than sanscript: sanscript takes ~6 µs a word
 *     and does not spell nukta, ऑ or anusvara the way Hindi names are spelt in Latin.
 *  2. The Latin spelling is folded: x -> ks, q -> k, ph -> f, ch/chh -> c, other c -> k, z -> j,
 *     w -> v, h after a consonant dropped (kh, gh, th, dh, bh, sh, ...), eh + consonant -> ah (Rehman),
 *     y/w without a following vowel become vowels (Sanjay = Sanjai, Chowdhary = Choudhary),
 *     'iy' + vowel -> 'i' + vowel (Priyanka = Prianka), final 'ore' -> 'or' (Kishore), consonant + 'er'
 *     before a consonant or at the end -> consonant + 'r' (Devender = Devendra, Verma = Varma,
 *     Inderjeet = Indrajeet), double consonants collapse.
 *  3. Vowels are reduced to classes: a/aa (dropped except at the start of a word), i/ee (i),
 *     e/ai/ae/ay/ey (e), o/au/ou/ow (o), u/oo (u). Keeping the i/e/o/u classes is what keeps
 *     'chaudhary' (codri) apart from 'chadar' (cdr).
 *  4. A few abbreviations and spelling families are aliased as whole words (Mohd./Md./मो0 ->
 *     mohammad, Kr. -> kumar, Smt -> shrimati).
 */

/** Two-generation cache: at most 2 x CACHE_GEN words; recent words survive a generation change. */
const CACHE_GEN = 100_000;
let cache = new Map<string, string>();
let oldCache = new Map<string, string>();

// ---------------------------------------------------------------------------------------------
// Devanagari -> Hindi-style Latin

/** Independent vowels (and ॐ). */
const DEV_VOWELS: Record<string, string> = {
  ऄ: 'a',
  अ: 'a',
  आ: 'aa',
  इ: 'i',
  ई: 'ee',
  उ: 'u',
  ऊ: 'oo',
  ऋ: 'ri',
  ॠ: 'ri',
  ऌ: 'li',
  ॡ: 'li',
  ऍ: 'e',
  ऎ: 'e',
  ए: 'e',
  ऐ: 'ai',
  ऑ: 'o',
  ऒ: 'o',
  ओ: 'o',
  औ: 'au',
  ॲ: 'a',
  ॐ: 'om',
};
/** Dependent vowel signs. */
const DEV_MATRAS: Record<string, string> = {
  'ा': 'aa',
  'ि': 'i',
  'ी': 'ee',
  'ु': 'u',
  'ू': 'oo',
  'ृ': 'ri',
  'ॄ': 'ri',
  'ॢ': 'li',
  'ॣ': 'li',
  'ॅ': 'e',
  'ॆ': 'e',
  'े': 'e',
  'ै': 'ai',
  'ॉ': 'o',
  'ॊ': 'o',
  'ो': 'o',
  'ौ': 'au',
  'ॕ': 'e',
  'ॖ': 'u',
  'ॗ': 'u',
  'ऺ': 'e',
  'ऻ': 'ee',
  'ॎ': 'e',
  'ॏ': 'au',
};
/** Consonants. ञ is a placeholder 'N' so that ज्ञ can become 'gy'. */
const DEV_CONS: Record<string, string> = {
  क: 'k',
  ख: 'kh',
  ग: 'g',
  घ: 'gh',
  ङ: 'n',
  च: 'ch',
  छ: 'chh',
  ज: 'j',
  झ: 'jh',
  ञ: 'N',
  ट: 't',
  ठ: 'th',
  ड: 'd',
  ढ: 'dh',
  ण: 'n',
  त: 't',
  थ: 'th',
  द: 'd',
  ध: 'dh',
  न: 'n',
  ऩ: 'n',
  प: 'p',
  फ: 'ph',
  ब: 'b',
  भ: 'bh',
  म: 'm',
  य: 'y',
  र: 'r',
  ऱ: 'r',
  ल: 'l',
  ळ: 'l',
  ऴ: 'l',
  व: 'v',
  श: 'sh',
  ष: 'sh',
  स: 's',
  ह: 'h',
  // precomposed nukta forms (written as escapes: NFC would decompose the literals)
  '\u0958': 'q',
  '\u0959': 'kh',
  '\u095A': 'g',
  '\u095B': 'z',
  '\u095C': 'r',
  '\u095D': 'rh',
  '\u095E': 'f',
  '\u095F': 'y',
  '\u0979': 'z',
  '\u097A': 'y',
  '\u097B': 'g',
  '\u097C': 'j',
  '\u097E': 'd',
  '\u097F': 'b',
};
/** A consonant followed by the nukta sign. */
const NUKTA_OF: Record<string, string> = { k: 'q', kh: 'kh', g: 'g', j: 'z', d: 'r', dh: 'rh', ph: 'f', y: 'y' };

/** The tables above as arrays indexed by code point - 0x0900 (much faster than string-keyed lookups). */
const table = (rec: Record<string, string>) => {
  const t: (string | undefined)[] = new Array(128).fill(undefined);
  for (const [k, v] of Object.entries(rec)) if (k.length === 1) t[k.charCodeAt(0) - 0x0900] = v;
  return t;
};
const CONS_T = table(DEV_CONS);
const MATRA_T = table(DEV_MATRAS);
const VOWEL_T = table({ ...DEV_MATRAS, ...DEV_VOWELS });

const DEV_RANGE = /[\u0900-\u097F]/;
const DEV_DIGIT0 = 0x0966;

export function isDevanagari(s: string): boolean {
  return DEV_RANGE.test(s);
}

// token kinds for schwa deletion
const C = 0; // consonant
const V = 1; // vowel
const S = 2; // inherent schwa (deletable)
const N = 3; // nasal (anusvara / chandrabindu), resolved against the next consonant
const X = 4; // other (digit, Latin letter) - acts as a boundary

const VIRAMA_C = 0x094d;
const NUKTA_C = 0x093c;
const ANUSVARA_C = 0x0902;
const CHANDRABINDU_C = 0x0901;
const INV_CHANDRABINDU_C = 0x0900;
const VISARGA_C = 0x0903;
const ZWJ_C = 0x200d;
const ZWNJ_C = 0x200c;
const DIGITS = '0123456789';

/** Reused between calls (no re-entrancy: the function never calls itself or user code). */
const toks: string[] = [];
const kinds: number[] = [];

const devTable = (t: (string | undefined)[], code: number) => (code >= 0x0900 && code < 0x0980 ? t[code - 0x0900] : undefined);

function devToLatin(word: string): string {
  toks.length = 0;
  kinds.length = 0;
  const n = word.length;
  let i = 0;
  while (i < n) {
    const code = word.charCodeAt(i);
    let cons = devTable(CONS_T, code);
    if (cons !== undefined) {
      i++;
      if (word.charCodeAt(i) === NUKTA_C) {
        cons = NUKTA_OF[cons] ?? cons;
        i++;
      }
      let nx = word.charCodeAt(i);
      while (nx === ZWJ_C || nx === ZWNJ_C) nx = word.charCodeAt(++i);
      toks.push(cons);
      kinds.push(C);
      if (nx === VIRAMA_C) {
        nx = word.charCodeAt(++i);
        while (nx === ZWJ_C || nx === ZWNJ_C) nx = word.charCodeAt(++i);
      } else {
        const m = devTable(MATRA_T, nx);
        if (m !== undefined) {
          toks.push(m);
          kinds.push(V);
          i++;
        } else {
          toks.push('a');
          kinds.push(S);
        }
      }
      continue;
    }
    i++;
    const vow = devTable(VOWEL_T, code);
    if (vow !== undefined) {
      toks.push(vow);
      kinds.push(V);
    } else if (code === ANUSVARA_C || code === CHANDRABINDU_C || code === INV_CHANDRABINDU_C) {
      toks.push(code === ANUSVARA_C ? 'M' : 'Z');
      kinds.push(N);
    } else if (code === VISARGA_C) {
      toks.push('h');
      kinds.push(C);
    } else if (code >= DEV_DIGIT0 && code <= DEV_DIGIT0 + 9) {
      toks.push(DIGITS[code - DEV_DIGIT0]);
      kinds.push(X);
    } else if (!((code >= 0x0900 && code <= 0x097f) || code === ZWJ_C || code === ZWNJ_C)) {
      // anything else (Latin letters, ASCII digits) passes through; stray Devanagari signs are ignored
      toks.push(word[i - 1].toLowerCase());
      kinds.push(X);
    }
  }
  // '0' written after Devanagari letters is the abbreviation mark (मो0, मु0अ0सं0): drop it.
  for (let k = 1; k < toks.length; k++) {
    if (kinds[k] === X && toks[k] === '0' && kinds[k - 1] !== X) toks[k] = '';
  }
  // Schwa deletion, left to right: word-final, and V C _ C V.
  const last = toks.length - 1;
  for (let k = 0; k <= last; k++) {
    if (kinds[k] !== S) continue;
    if (k === last || (kinds[k + 1] === X && toks[k + 1] === '')) {
      // kept after a conjunct (सूर्य surya, मौर्य maurya, मित्र mitra), dropped otherwise (राम ram)
      if (!(k >= 2 && kinds[k - 1] === C && kinds[k - 2] === C)) toks[k] = '';
      continue;
    }
    if (
      k >= 2 &&
      kinds[k - 1] === C &&
      (kinds[k - 2] === V || (kinds[k - 2] === S && toks[k - 2] !== '')) &&
      k + 2 <= last &&
      kinds[k + 1] === C &&
      (kinds[k + 2] === V || kinds[k + 2] === S)
    ) {
      toks[k] = '';
    }
  }
  // Nasals: before a labial 'm', before h 'ng' (सिंह -> singh), before another consonant 'n';
  // anusvara at the end 'n', chandrabindu at the end nothing.
  for (let k = 0; k <= last; k++) {
    if (kinds[k] !== N) continue;
    let j = k + 1;
    while (j <= last && toks[j] === '') j++;
    const nx = j <= last && kinds[j] === C ? toks[j] : '';
    if (nx === '') toks[k] = toks[k] === 'M' && j > last ? 'n' : '';
    else if (nx[0] === 'p' || nx[0] === 'b' || nx[0] === 'm' || nx[0] === 'f') toks[k] = 'm';
    else if (nx[0] === 'h') toks[k] = 'ng';
    else toks[k] = 'n';
  }
  let s = toks.join('');
  if (s.includes('N')) s = s.replace(/jN/g, 'gy').replace(/N/g, 'n');
  return s;
}

// ---------------------------------------------------------------------------------------------
// Latin folding

/** Whole-word aliases, applied to the plain lowercase Latin spelling (after Devanagari romanisation). */
const ALIASES = new Map<string, string>(
  Object.entries({
    mohd: 'mohammad',
    md: 'mohammad',
    mo: 'mohammad',
    mohammed: 'mohammad',
    mohamed: 'mohammad',
    muhammad: 'mohammad',
    muhammed: 'mohammad',
    mohamad: 'mohammad',
    mohmmad: 'mohammad',
    mohmad: 'mohammad',
    mahammad: 'mohammad',
    mohammd: 'mohammad',
    muhmmad: 'mohammad',
    mohammad: 'mohammad',
    tewari: 'tiwari',
    tewary: 'tiwari',
    kr: 'kumar',
    smt: 'shrimati',
  }),
);

const VOWEL_CODES = new Uint8Array(128);
for (const c of 'aeiou') VOWEL_CODES[c.charCodeAt(0)] = 1;

/** Vowel cluster -> class letter ('a' is only kept at the start of a word). */
function vowelClass(cl: string): string {
  if (cl.length === 1) return cl;
  // trailing a's after another vowel belong to the next syllable: 'ia' -> 'i', 'ua' -> 'u'
  let end = cl.length;
  while (end > 1 && cl.charCodeAt(end - 1) === 97) end--;
  let start = 0;
  while (start < end && cl.charCodeAt(start) === 97) start++;
  if (start === end) return 'a';
  const first = cl[start];
  if (start > 0) return first === 'i' || first === 'e' ? 'e' : 'o'; // ai, ae, aai -> e; au, ao -> o
  const second = start + 1 < end ? cl[start + 1] : '';
  if (first === 'e') return second === 'e' ? 'i' : 'e'; // ee -> i; e, ei -> e
  if (first === 'o') return second === 'o' ? 'u' : 'o'; // oo -> u; o, ou, oi -> o
  return first; // i..., u...
}

/** Is s[i] one of a e i o u (false past the end)? */
const isV = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c < 128 && VOWEL_CODES[c] === 1;
};
/** Consonants after folding (C is the ch placeholder); used by the eh -> ah rule. */
const EH_NEXT = new Uint8Array(128);
for (const c of 'bdfgjklmnprstvC') EH_NEXT[c.charCodeAt(0)] = 1;

function latinKey(raw: string): string {
  const r = ALIASES.get(raw) ?? raw;
  const n0 = r.length;
  // Pass 1, consonant spellings: x -> ks, qu(+a/e/i/o) / q -> k, ck / c+h+ / c -> k / C, ph -> f, z -> j,
  // w after a vowel and not before a vowel or y -> u, other w -> v; (i|ee) y + vowel -> drop y,
  // y not before a vowel -> i.
  let f = '';
  for (let i = 0; i < n0;) {
    const c = r[i];
    switch (c) {
      case 'x':
        f += 'ks';
        i++;
        break;
      case 'q':
        f += 'k';
        i += r[i + 1] === 'u' && (r[i + 2] === 'a' || r[i + 2] === 'e' || r[i + 2] === 'i' || r[i + 2] === 'o') ? 2 : 1;
        break;
      case 'c': {
        let j = i;
        while (r[j] === 'c') j++;
        if (r[j] === 'h') {
          while (r[j] === 'h') j++;
          f += 'C';
        } else {
          if (r[j] === 'k') j++;
          f += 'k';
        }
        i = j;
        break;
      }
      case 'p':
        if (r[i + 1] === 'h') {
          f += 'f';
          i += 2;
        } else {
          f += 'p';
          i++;
        }
        break;
      case 'z':
        f += 'j';
        i++;
        break;
      case 'w': {
        const nx = r[i + 1];
        f += i > 0 && isV(r, i - 1) && !isV(r, i + 1) && nx !== 'y' ? 'u' : 'v';
        i++;
        break;
      }
      case 'y':
        if (isV(r, i + 1)) {
          if (!(r[i - 1] === 'i' || (r[i - 1] === 'e' && r[i - 2] === 'e'))) f += 'y';
        } else f += 'i';
        i++;
        break;
      default:
        f += c;
        i++;
    }
  }
  // Pass 2, h: eh + consonant -> ah (Rehman = Rahman); h after a consonant is dropped (kh, gh, sh, ...).
  let s = f;
  if (f.includes('h')) {
    s = '';
    const n1 = f.length;
    for (let i = 0; i < n1; i++) {
      const c = f[i];
      if (c === 'h') {
        const p = f.charCodeAt(i - 1);
        if (i > 0 && !isV(f, i - 1) && !(p >= 48 && p <= 57)) continue;
        if (p === 101 && EH_NEXT[f.charCodeAt(i + 1)] === 1) s = s.slice(0, -1) + 'a';
      }
      s += c;
    }
  }
  // Hindi short a before r + consonant is often spelt 'e' (Verma, Inderjeet, Pervez): fold to the schwa.
  if (s.includes('er')) s = s.replace(/(?<=[^aeiou])er(?=[^aeiou])/g, 'r');
  if (s.endsWith('ore')) s = s.slice(0, -1);
  else if (s.length > 3 && s.endsWith('er') && !VOWEL_CODES[s.charCodeAt(s.length - 3)]) s = s.slice(0, -2) + 'r';

  // skeleton
  let out = '';
  let lastCons = '';
  const n = s.length;
  let i = 0;
  while (i < n) {
    const code = s.charCodeAt(i);
    if (code < 128 && VOWEL_CODES[code]) {
      let j = i + 1;
      while (j < n && s.charCodeAt(j) < 128 && VOWEL_CODES[s.charCodeAt(j)]) j++;
      const cls = j === i + 1 ? s[i] : vowelClass(s.slice(i, j));
      if (i === 0 || cls !== 'a') out += cls;
      lastCons = '';
      i = j;
      continue;
    }
    const ch = code === 67 ? 'c' : s[i]; // 'C' placeholder for ch/chh
    if (code >= 48 && code <= 57) {
      out += ch;
      lastCons = '';
    } else if (ch !== lastCons) {
      out += ch;
      lastCons = ch;
    }
    i++;
  }
  return out;
}

/** Lowercase ASCII letters/digits of a Latin word: strips accents (Rām -> ram) and anything else. */
function plainLatin(word: string): string {
  let plain = true;
  let ascii = true;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
      plain = false;
      if (c >= 128) {
        ascii = false;
        break;
      }
    }
  }
  if (plain) return word;
  const s = ascii ? word.toLowerCase() : word.normalize('NFD').toLowerCase();
  return /^[a-z0-9]*$/.test(s) ? s : s.replace(/[^a-z0-9]+/g, '');
}

function computeKey(word: string): string {
  const latin = isDevanagari(word) ? plainLatin(devToLatin(word)) : plainLatin(word);
  if (!latin) return '';
  return latinKey(latin);
}

/**
 * Normalises one word (Devanagari or Latin) to a coarse phonetic Latin key:
 * 'चौधरी', 'chaudhary', 'Choudhari' -> 'codri'. Returns '' for a word with no letters or digits.
 */
export function phoneticKey(word: string): string {
  let k = cache.get(word);
  if (k !== undefined) return k;
  k = oldCache.get(word) ?? computeKey(word);
  if (cache.size >= CACHE_GEN) {
    oldCache = cache;
    cache = new Map();
  }
  cache.set(word, k);
  return k;
}

// ---------------------------------------------------------------------------------------------
// Words, document keys, query keys

/**
 * Devanagari words (letters, signs, virama, nukta, ZWJ/ZWNJ, with the '0' or '॰' abbreviation mark kept
 * inside: मो0, मु0अ0सं0) or Latin letters/digits (incl. accented).
 */
const WORD_RE =
  /[\u0900-\u0963\u0970-\u097F\u200C\u200D]+(?:0(?![0-9])[\u0900-\u0963\u0970-\u097F\u200C\u200D]+)*(?:0(?![0-9]))?|[A-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF\u0300-\u036F\u0966-\u096F]+/g;

/** Splits text into words the way phoneticKeys does. */
export function splitWords(text: string): string[] {
  return text.match(WORD_RE) ?? [];
}

export interface KeyOptions {
  /**
   * Also index the key of each pair of neighbouring words written together, so that the query
   * 'Rampreet' finds 'Ram Preet' / 'राम प्रीत'. Default true.
   */
  joinAdjacent?: boolean;
}

const hasLetter = (w: string) => /[^0-9\u0966-\u096F]/.test(w);

/**
 * The keys of every word in `text`, deduplicated, in order of first appearance (and, by default,
 * the keys of adjacent word pairs joined: see KeyOptions). Used to fill the 'name_keys' search column.
 */
export function phoneticKeys(text: string, opts: KeyOptions = {}): string[] {
  const join = opts.joinAdjacent ?? true;
  const out = new Set<string>();
  const ws = splitWords(text);
  let prev = '';
  let prevDev = false;
  for (const w of ws) {
    const k = phoneticKey(w);
    if (k) out.add(k);
    const dev = isDevanagari(w);
    if (join) {
      if (prev && dev === prevDev && hasLetter(w)) {
        const jk = phoneticKey(prev + w);
        if (jk) out.add(jk);
      }
      prev = hasLetter(w) ? w : '';
      prevDev = dev;
    }
  }
  return [...out];
}

/** For a user query: the keys to search for, one per query word (duplicates and empty keys dropped). */
export function queryKeys(q: string): string[] {
  const out: string[] = [];
  for (const w of splitWords(q)) {
    const k = phoneticKey(w);
    if (k && !out.includes(k)) out.push(k);
  }
  return out;
}

/**
 * An FTS5 MATCH expression over a keys column: every query word's key must be present, or, for two
 * neighbouring query words, the key of the two written together ('Ram Prit' finds 'रामप्रीत').
 * `prefix` makes the last word a prefix query (typing as you search). Returns '' for an empty query.
 * Keys are [a-z0-9] only, so quoting them is safe.
 */
export function keysMatchQuery(q: string, opts: { column?: string; prefix?: boolean } = {}): string {
  const ws = splitWords(q).filter((w) => phoneticKey(w));
  if (!ws.length) return '';
  const col = opts.column ? `${opts.column} : ` : '';
  const term = (k: string, isLast: boolean) => `${col}"${k}"${isLast && opts.prefix ? '*' : ''}`;
  const keys = ws.map((w) => phoneticKey(w));
  const all = keys.map((k, i) => term(k, i === keys.length - 1));
  const alts = [`(${all.join(' AND ')})`];
  if (ws.length <= 6) {
    for (let i = 0; i + 1 < ws.length; i++) {
      if (isDevanagari(ws[i]) !== isDevanagari(ws[i + 1])) continue;
      const jk = phoneticKey(ws[i] + ws[i + 1]);
      if (!jk) continue;
      const parts = [...all.slice(0, i), term(jk, i + 1 === keys.length - 1), ...all.slice(i + 2)];
      alts.push(`(${parts.join(' AND ')})`);
    }
  }
  return alts.length === 1 ? alts[0] : alts.join(' OR ');
}

/** Clears the per-word cache (tests, or to free memory after a large import). */
export function clearPhoneticCache(): void {
  cache = new Map();
  oldCache = new Map();
}
