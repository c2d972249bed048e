/** The one full-text index (FTS5) over entries, persons, FIRs and messages, with phonetic keys across scripts. */
import type { Ctx } from '../context';
import { phoneticKey, isDevanagari } from '../../shared/text/phonetic';
import { scriptKeys, words } from './search-keys';

/** What the search index holds; the kind is folded into the FTS rowid so a row can be replaced without a scan. */
export const SEARCH_KINDS = { entry: 1, person: 2, fir: 3, message: 4 } as const;

export type SearchKind = keyof typeof SEARCH_KINDS;

export const SEARCH_KIND_SLOTS = 8;

/**
 * Index and queries are both NFC: a क़ typed as one code point (U+0958) and one typed as क + nukta are the same
 * text to the reader, and must be the same word to the index.
 */
export function indexDoc(ctx: Ctx, kind: SearchKind, refId: number, text: string): void {
  const rowid = refId * SEARCH_KIND_SLOTS + SEARCH_KINDS[kind];
  const body = text.normalize('NFC');
  const { sqlite } = ctx.db;
  sqlite.prepare('DELETE FROM search_fts WHERE rowid = ?').run(rowid);
  sqlite.prepare('INSERT INTO search_fts (rowid, body, keys) VALUES (?, ?, ?)').run(rowid, body, scriptKeys(body));
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * Builds an FTS5 query: every query word must match, either as the same whole word or through the
 * phonetic key of text in the other script (and, for Latin words, other Latin spellings).
 * Returns null when the query has no words.
 */
export function ftsQuery(q: string): string | null {
  const ws = words(q.normalize('NFC').toLowerCase());
  if (!ws.length) return null;
  return ws
    .map((w) => {
      const alts = [`body : ${quote(w)}`];
      const k = phoneticKey(w);
      if (k && k.length >= 2) {
        if (isDevanagari(w)) alts.push(`keys : ${quote('l' + k)}`);
        else alts.push(`keys : ${quote('d' + k)}`, `keys : ${quote('l' + k)}`);
      }
      return `(${alts.join(' OR ')})`;
    })
    .join(' AND ');
}

export function matchIds(ctx: Ctx, kind: SearchKind, q: string, limit = 10_000): number[] {
  const fq = ftsQuery(q);
  if (!fq) return [];
  const rows = ctx.db.sqlite
    .prepare(
      `SELECT rowid / ${SEARCH_KIND_SLOTS} AS ref_id FROM search_fts WHERE search_fts MATCH ? AND rowid % ${SEARCH_KIND_SLOTS} = ? ORDER BY rank LIMIT ?`,
    )
    .all(fq, SEARCH_KINDS[kind], limit) as { ref_id: number }[];
  return rows.map((r) => r.ref_id);
}
