import type { Ctx } from './context';
import type { Output, ParsedInput } from '../contract/index';
import { matchIds } from './text/search-index';
import { listEntryRows } from './entries';
import type { AreaHandlers } from './context';

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

export const searchHandlers: AreaHandlers<'search'> = { search };
