import type { Ctx } from './context';
import type { Output, ParsedInput } from '../contract/index';
import { phoneticKey, isDevanagari } from './text/phonetic';
import { scriptKeys, words } from './text/search-keys';

export { scriptKeys, words };
import { listEntryRows } from './entries';

/** What the search index holds; the kind is folded into the FTS rowid so a row can be replaced without a scan. */
export const SEARCH_KINDS = { entry: 1, person: 2, fir: 3, message: 4 } as const;
export type SearchKind = keyof typeof SEARCH_KINDS;
export const SEARCH_KIND_SLOTS = 8;

export function indexDoc(ctx: Ctx, kind: SearchKind, refId: number, body: string): void {
  const rowid = refId * SEARCH_KIND_SLOTS + SEARCH_KINDS[kind];
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
  const ws = words(q.toLowerCase());
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

export function search(ctx: Ctx, input: ParsedInput<'search'>): Output<'search'> {
  const { sqlite } = ctx.db;
  const limit = input.limit;
  const entryIds = matchIds(ctx, 'entry', input.q, limit);
  const personIds = matchIds(ctx, 'person', input.q, limit);
  const firIds = matchIds(ctx, 'fir', input.q, limit);
  const messageIds = matchIds(ctx, 'message', input.q, limit);
  const inOrder = <T extends { id: number }>(ids: number[], rows: T[]) => {
    const by = new Map(rows.map((r) => [r.id, r]));
    return ids.map((i) => by.get(i)).filter((r): r is T => !!r);
  };
  const place = (ids: number[]) => ids.map(() => '?').join(',') || 'NULL';
  const entries = inOrder(entryIds, listEntryRows(ctx, `e.id IN (${place(entryIds)})`, entryIds));
  const persons = inOrder(
    personIds,
    sqlite
      .prepare(`SELECT id, name, relative_name AS relativeName, address FROM persons WHERE id IN (${place(personIds)})`)
      .all(...personIds) as Output<'search'>['persons'],
  );
  const firs = inOrder(
    firIds,
    (
      sqlite.prepare(`SELECT id, year, number, station FROM firs WHERE id IN (${place(firIds)})`).all(...firIds) as {
        id: number;
        year: number;
        number: number;
        station: string;
      }[]
    ).map((f) => ({ id: f.id, label: `मु0अ0सं0 ${f.number}/${f.year} थाना ${f.station}` })),
  );
  const messages = messageIds.length
    ? inOrder(
        messageIds,
        sqlite
          .prepare(
            `SELECT m.id, s.name AS source, m.sender, m.sent_at AS sentAt, m.text FROM messages m JOIN sources s ON s.id = m.source_id WHERE m.id IN (${place(messageIds)})`,
          )
          .all(...messageIds) as Output<'search'>['messages'],
      )
    : [];
  return { entries, persons, firs, messages };
}
