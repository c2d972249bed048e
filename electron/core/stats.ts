/** The dashboard's figures for one month, and what the UI needs to know about the open data folder. */
import { and, asc, between, count, countDistinct, desc, eq, inArray, lt, notExists, sql } from 'drizzle-orm';
import type { Output, ParsedInput } from '../contract/index';
import type { Ctx } from './context';
import { entries, entryFirs, entryMessages, firPersons, firs, messageFlags, messages } from '../../db/schema/index';
import { daysBetween, istToday } from '../shared/dates';
import type { AreaHandlers } from './context';

/** Open (not yet settled) statuses; disposed and cancelled entries are settled. */
const OPEN = ['pending', 'under-inquiry'] as const;

export function dashboard(ctx: Ctx, input: ParsedInput<'stats.dashboard'>): Output<'stats.dashboard'> {
  const { orm } = ctx.db;
  const today = istToday(ctx.now());
  const month = input.month ?? today.slice(0, 7);
  const from = `${month}-01T00:00:00`;
  const to = `${month}-31T23:59:59`;
  const receivedInMonth = between(entries.receivedAt, from, to);

  const received = orm.select({ n: count() }).from(entries).where(receivedInMonth).get()!.n;
  const receivedByMode = orm
    .select({ mode: entries.mode, count: count() })
    .from(entries)
    .where(receivedInMonth)
    .groupBy(entries.mode)
    .orderBy(desc(count()))
    .all();
  const day = sql<string>`substr(${entries.receivedAt}, 1, 10)`;
  const receivedByDay = orm.select({ day, count: count() }).from(entries).where(receivedInMonth).groupBy(day).orderBy(day).all();

  // Disposed this month, by how long it took from receipt.
  const disposedRows = orm
    .select({ receivedAt: entries.receivedAt, disposedAt: entries.disposedAt })
    .from(entries)
    .where(and(eq(entries.status, 'disposed'), between(entries.disposedAt, from, to)))
    .all();
  let w10 = 0,
    w30 = 0,
    later = 0;
  for (const r of disposedRows) {
    // between() above leaves no row without a disposal date.
    const d = daysBetween(r.receivedAt.slice(0, 10), r.disposedAt!.slice(0, 10));
    if (d <= 10) w10++;
    else if (d <= 30) w30++;
    else later++;
  }

  // Pending now (everything still open, whatever month it came in), by age: counted per day of receipt, so
  // the open entries (a third of a large register) are not each carried into JavaScript.
  const openByDay = orm
    .select({ day, count: count(), overdue: sql<number>`sum(${entries.dueAt} < ${today})` })
    .from(entries)
    .where(inArray(entries.status, OPEN))
    .groupBy(day)
    .all();
  const age = { upTo10: 0, from11To30: 0, over30: 0 };
  let pending = 0;
  let overdue = 0;
  for (const r of openByDay) {
    const d = daysBetween(r.day, today);
    if (d <= 10) age.upTo10 += r.count;
    else if (d <= 30) age.from11To30 += r.count;
    else age.over30 += r.count;
    pending += r.count;
    overdue += r.overdue;
  }
  const overdueList = orm
    .select({
      id: entries.id,
      year: entries.year,
      serial: entries.serial,
      receivedAt: entries.receivedAt,
      informantName: entries.informantName,
      summary: entries.summary,
      dueAt: entries.dueAt,
    })
    .from(entries)
    .where(and(inArray(entries.status, OPEN), lt(entries.dueAt, today)))
    .orderBy(asc(entries.dueAt), asc(entries.id))
    .limit(50)
    .all()
    .map((r) => ({ ...r, summary: r.summary.slice(0, 200), daysOver: daysBetween(r.dueAt, today) }));

  const firCount = orm
    .select({ n: count() })
    .from(firs)
    .where(between(firs.registeredAt, from, to))
    .get()!.n;
  const entriesWithFir = orm
    .select({ n: countDistinct(entryFirs.entryId) })
    .from(entryFirs)
    .innerJoin(entries, eq(entries.id, entryFirs.entryId))
    .where(receivedInMonth)
    .get()!.n;
  const arrested = orm
    .select({ n: count() })
    .from(firPersons)
    .where(and(eq(firPersons.role, 'accused'), between(firPersons.arrestedAt, from, to)))
    .get()!.n;
  const wanted = orm
    .select({ n: count() })
    .from(firPersons)
    .where(and(eq(firPersons.role, 'accused'), inArray(firPersons.status, ['wanted', 'absconding', 'named'])))
    .get()!.n;
  const unprocessedMessages = orm
    .select({ n: count() })
    .from(messages)
    .leftJoin(messageFlags, eq(messageFlags.messageId, messages.id))
    .where(
      and(
        eq(messages.kind, 'user'),
        sql`coalesce(${messageFlags.infoOnly}, 0) = 0`,
        notExists(
          orm
            .select({ one: sql`1` })
            .from(entryMessages)
            .where(eq(entryMessages.messageId, messages.id)),
        ),
      ),
    )
    .get()!.n;

  return {
    month,
    today,
    received,
    receivedByMode,
    receivedByDay,
    disposed: disposedRows.length,
    disposedWithin10: w10,
    disposedWithin30: w30,
    disposedLater: later,
    pending,
    pendingByAge: age,
    overdue,
    overdueList,
    firs: firCount,
    entriesWithFir,
    arrested,
    wanted,
    unprocessedMessages,
  };
}

export const statsHandlers: AreaHandlers<'stats'> = { 'stats.dashboard': dashboard };
