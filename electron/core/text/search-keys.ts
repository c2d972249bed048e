import { phoneticKey, isDevanagari } from '../../shared/text/phonetic';

// What the search index stores beside a text: kept apart from search.ts (which needs the database)
// so the import's key worker bundles only this.

/** Same word boundaries as the FTS tokenizer: letters, marks, numbers and private-use characters. */
const WORD = /[\p{L}\p{M}\p{N}\p{Co}]+/gu;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * Phonetic keys, tagged by the script they came from ('d' Devanagari, 'l' Latin), so a Hindi query
 * reaches Latin-spelt text through keys but never a different Hindi word that merely sounds alike.
 */
export function scriptKeys(text: string): string {
  const out = new Set<string>();
  for (const w of words(text)) {
    const k = taggedKey(w);
    if (k) out.add(k);
  }
  return [...out].join(' ');
}

const keyCache = new Map<string, string>();
function taggedKey(w: string): string {
  let k = keyCache.get(w);
  if (k === undefined) {
    const p = phoneticKey(w);
    k = p ? (isDevanagari(w) ? 'd' : 'l') + p : '';
    if (keyCache.size > 200_000) keyCache.clear();
    keyCache.set(w, k);
  }
  return k;
}
