/** The one full-text index (FTS5) over entries, persons, FIRs and messages, with phonetic keys across scripts. */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Ctx } from '../context';
import { asciiDigits } from '../../shared/dates';
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
  // A phone number matches wherever it is stored, however it was typed; the same digits also match as words
  // (a PIN code in an address, a year).
  const byPhone = phoneMatches(ctx, kind, q, limit) ?? [];
  const fq = ftsQuery(q);
  if (!fq) return byPhone;
  // FTS5 MATCH: raw SQL, the query builder has no words for a virtual table's match and rank.
  const rows = ctx.db.sqlite
    .prepare(
      `SELECT rowid / ${SEARCH_KIND_SLOTS} AS ref_id FROM search_fts WHERE search_fts MATCH ? AND rowid % ${SEARCH_KIND_SLOTS} = ? ORDER BY rank LIMIT ?`,
    )
    .all(fq, SEARCH_KINDS[kind], limit) as { ref_id: number }[];
  if (!byPhone.length) return rows.map((r) => r.ref_id);
  return [...new Set([...byPhone, ...rows.map((r) => r.ref_id)])].slice(0, limit);
}

/** Where each kind keeps a phone number (stored as E.164, +919839047125). */
const PHONE_COLUMNS: Partial<Record<SearchKind, { table: string; column: string }>> = {
  entry: { table: 'entries', column: 'informant_phone' },
  person: { table: 'persons', column: 'phone' },
  message: { table: 'messages', column: 'sender_phone' },
};

/**
 * A query that is a phone number however it was typed (9839047125, +91 98390 47125, 098390-47125) or its last
 * digits (47125): the rows whose number ends so. Null when the query is not a run of five or more digits.
 */
export function phoneMatches(ctx: Ctx, kind: SearchKind, q: string, limit: number): number[] | null {
  const digits = phoneDigits(q);
  if (!digits) return null;
  const where = PHONE_COLUMNS[kind];
  if (!where) return [];
  const rows = ctx.db.sqlite
    .prepare(`SELECT id FROM "${where.table}" WHERE ${where.column} LIKE ? ORDER BY id DESC LIMIT ?`)
    .all(`%${digits}`, limit) as { id: number }[];
  return rows.map((r) => r.id);
}

/** The digits to look for at the end of a stored number, or null when the query is not a phone number. */
export function phoneDigits(q: string): string | null {
  const typed = asciiDigits(q).replace(/[\s\-().]/g, '');
  // Five digits at least: fewer are a year, a serial or an FIR number far more often than a phone's tail.
  if (!/^\+?\d{5,15}$/.test(typed)) return null;
  // A whole Indian number, written any way, ends in its 10 national digits; a shorter run is its last digits.
  const p = parsePhoneNumberFromString(typed, 'IN');
  if (p?.isValid()) return p.nationalNumber as string;
  return typed.replace(/^\+/, '').replace(/^0+/, '');
}
