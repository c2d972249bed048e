import { eq, inArray } from 'drizzle-orm';
import type { Ctx } from './context';
import type { Output, ParsedInput } from '../contract/index';
import { firs, messages, persons, sources, entries } from '../../db/schema/index';
import { matchIds } from './text/search-index';
import { listEntryRows } from './entries';
import type { AreaHandlers } from './context';

export function search(ctx: Ctx, input: ParsedInput<'search'>): Output<'search'> {
  const { orm } = ctx.db;
  const limit = input.limit;
  const entryIds = matchIds(ctx, 'entry', input.q, limit);
  const personIds = matchIds(ctx, 'person', input.q, limit);
  const firIds = matchIds(ctx, 'fir', input.q, limit);
  const messageIds = matchIds(ctx, 'message', input.q, limit);
  const inOrder = <T extends { id: number }>(ids: number[], rows: T[]) => {
    const by = new Map(rows.map((r) => [r.id, r]));
    return ids.map((i) => by.get(i)).filter((r): r is T => !!r);
  };
  // At most `limit` (200) ids of each kind: `inArray` binds them one parameter each.
  const entryRows = inOrder(entryIds, listEntryRows(ctx, inArray(entries.id, entryIds)));
  const personRows = inOrder(
    personIds,
    orm
      .select({ id: persons.id, name: persons.name, relativeName: persons.relativeName, address: persons.address })
      .from(persons)
      .where(inArray(persons.id, personIds))
      .all(),
  );
  const firRows = inOrder(
    firIds,
    orm
      .select({ id: firs.id, year: firs.year, number: firs.number, station: firs.station })
      .from(firs)
      .where(inArray(firs.id, firIds))
      .all()
      .map((f) => ({ id: f.id, label: `मु0अ0सं0 ${f.number}/${f.year} थाना ${f.station}` })),
  );
  const messageRows = messageIds.length
    ? inOrder(
        messageIds,
        orm
          .select({ id: messages.id, source: sources.name, sender: messages.sender, sentAt: messages.sentAt, text: messages.text })
          .from(messages)
          .innerJoin(sources, eq(sources.id, messages.sourceId))
          .where(inArray(messages.id, messageIds))
          .all(),
      )
    : [];
  return { entries: entryRows, persons: personRows, firs: firRows, messages: messageRows };
}

export const searchHandlers: AreaHandlers<'search'> = { search };
