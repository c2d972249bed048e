/** The dashboard's figures for one month, and what the UI needs to know about the open data folder. */
import type { Output, ParsedInput } from '../contract/index';
import type { Ctx } from './context';
import { daysBetween, istToday } from '../shared/dates';
import type { AreaHandlers } from './context';

type Row = Record<string, number>;

/** Open (not yet settled) statuses; disposed and cancelled entries are settled. */
const OPEN = `('pending', 'under-inquiry')`;

export function dashboard(ctx: Ctx, input: ParsedInput<'stats.dashboard'>): Output<'stats.dashboard'> {
  const db = ctx.db.sqlite;
  const today = istToday(ctx.now());
  const month = input.month ?? today.slice(0, 7);
  const from = `${month}-01T00:00:00`;
  const to = `${month}-31T23:59:59`;
  const one = (sql: string, ...p: unknown[]) => (db.prepare(sql).get(...p) as Row).n ?? 0;

  const received = one('SELECT count(*) AS n FROM entries WHERE received_at BETWEEN ? AND ?', from, to);
  const receivedByMode = db
    .prepare('SELECT mode, count(*) AS count FROM entries WHERE received_at BETWEEN ? AND ? GROUP BY mode ORDER BY count DESC')
    .all(from, to) as { mode: string; count: number }[];
  const receivedByDay = db
    .prepare(
      'SELECT substr(received_at, 1, 10) AS day, count(*) AS count FROM entries WHERE received_at BETWEEN ? AND ? GROUP BY day ORDER BY day',
    )
    .all(from, to) as { day: string; count: number }[];

  // Disposed this month, by how long it took from receipt.
  const disposedRows = db
    .prepare("SELECT received_at, disposed_at FROM entries WHERE status = 'disposed' AND disposed_at BETWEEN ? AND ?")
    .all(from, to) as { received_at: string; disposed_at: string }[];
  let w10 = 0,
    w30 = 0,
    later = 0;
  for (const r of disposedRows) {
    const d = daysBetween(r.received_at.slice(0, 10), r.disposed_at.slice(0, 10));
    if (d <= 10) w10++;
    else if (d <= 30) w30++;
    else later++;
  }

  // Pending now (everything still open, whatever month it came in), by age.
  const open = db.prepare(`SELECT substr(received_at, 1, 10) AS day, due_at FROM entries WHERE status IN ${OPEN}`).all() as {
    day: string;
    due_at: string;
  }[];
  const age = { upTo10: 0, from11To30: 0, over30: 0 };
  let overdue = 0;
  for (const r of open) {
    const d = daysBetween(r.day, today);
    if (d <= 10) age.upTo10++;
    else if (d <= 30) age.from11To30++;
    else age.over30++;
    if (r.due_at < today) overdue++;
  }
  const overdueList = (
    db
      .prepare(
        `SELECT id, year, serial, received_at AS receivedAt, informant_name AS informantName, summary, due_at AS dueAt FROM entries WHERE status IN ${OPEN} AND due_at < ? ORDER BY due_at, id LIMIT 50`,
      )
      .all(today) as Omit<Output<'stats.dashboard'>['overdueList'][number], 'daysOver'>[]
  ).map((r) => ({ ...r, summary: r.summary.slice(0, 200), daysOver: daysBetween(r.dueAt, today) }));

  const firs = one('SELECT count(*) AS n FROM firs WHERE registered_at BETWEEN ? AND ?', from, to);
  const entriesWithFir = one(
    'SELECT count(DISTINCT ef.entry_id) AS n FROM entry_firs ef JOIN entries e ON e.id = ef.entry_id WHERE e.received_at BETWEEN ? AND ?',
    from,
    to,
  );
  const arrested = one("SELECT count(*) AS n FROM fir_persons WHERE role = 'accused' AND arrested_at BETWEEN ? AND ?", from, to);
  const wanted = one("SELECT count(*) AS n FROM fir_persons WHERE role = 'accused' AND status IN ('wanted', 'absconding', 'named')");
  const unprocessedMessages = one(
    "SELECT count(*) AS n FROM messages m LEFT JOIN message_flags f ON f.message_id = m.id WHERE m.kind = 'user' AND coalesce(f.info_only, 0) = 0 AND NOT EXISTS (SELECT 1 FROM entry_messages em WHERE em.message_id = m.id)",
  );

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
    pending: open.length,
    pendingByAge: age,
    overdue,
    overdueList,
    firs,
    entriesWithFir,
    arrested,
    wanted,
    unprocessedMessages,
  };
}

export const statsHandlers: AreaHandlers<'stats'> = { 'stats.dashboard': dashboard };
