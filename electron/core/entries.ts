import type { Ctx } from './context';
import type { Output, ParsedInput } from '../contract/index';
import { auditedInsert, auditedUpdate } from './audit';
import { AppError, notFound, ruleError } from './errors';
import { addDays, istLocal, istToday, utcIso } from '../shared/dates';
import { requireStation } from './station';
import { ensureSource } from './sources';
import { ensureContactByPhone } from './contacts';
import { indexDoc, matchIds } from './text/search-index';
import { getFirsOfEntry } from './fir-records';
import { entryLinks, linkEntryEvidence, linkEntryMessages } from './entry-links';
import type { AreaHandlers } from './context';

const ENTRY = { hi: 'प्रविष्टि', en: 'entry' };
/** Statuses on which the clock of the due date still runs. */
const OPEN_STATUSES = ['pending', 'under-inquiry'] as const;

type EntryRow = {
  id: number;
  year: number;
  serial: number;
  received_at: string;
  mode: Output<'entries.get'>['mode'];
  source_id: number | null;
  source: string | null;
  informant_name: string;
  informant_relative: string | null;
  informant_phone: string | null;
  informant_role: string | null;
  informant_address: string | null;
  opponent: string | null;
  place: string | null;
  beat: string | null;
  category: string | null;
  summary: string;
  marked_to: string | null;
  status: Output<'entries.get'>['status'];
  due_at: string;
  disposed_at: string | null;
  disposal_note: string | null;
  remarks: string | null;
  cancel_reason: string | null;
  cancelled_at: string | null;
  created_at: string;
  updated_at: string;
};

const SELECT_ENTRY = `SELECT e.*, s.name AS source FROM entries e LEFT JOIN sources s ON s.id = e.source_id`;

function dueDate(ctx: Ctx, receivedAt: string, mode: string): string {
  const st = requireStation(ctx);
  return addDays(receivedAt, mode === 'igrs' ? st.igrsDueDays : st.dueDays);
}

function isOverdue(r: { status: string; due_at: string }, today: string): boolean {
  return (OPEN_STATUSES as readonly string[]).includes(r.status) && r.due_at < today;
}

/** The next serial of a year. The counter outlives any row, so a serial is never handed out twice. */
function nextSerial(ctx: Ctx, year: number): number {
  const { sqlite } = ctx.db;
  const counter =
    (sqlite.prepare('SELECT last_serial FROM serial_counters WHERE year = ?').get(year) as { last_serial: number } | undefined)
      ?.last_serial ?? 0;
  // Rows imported from other stations' registers keep their own serials and do not move this register's.
  const maxUsed =
    (sqlite.prepare('SELECT max(serial) AS m FROM entries WHERE year = ? AND origin_station IS NULL').get(year) as { m: number | null })
      .m ?? 0;
  const serial = Math.max(counter, maxUsed) + 1;
  sqlite
    .prepare(
      'INSERT INTO serial_counters (year, last_serial) VALUES (?, ?) ON CONFLICT(year) DO UPDATE SET last_serial = excluded.last_serial',
    )
    .run(year, serial);
  return serial;
}

function sourceIdFor(ctx: Ctx, name: string | null | undefined, mode: string): number | null {
  if (!name) return null;
  return ensureSource(ctx, name, mode === 'whatsapp-number' ? 'whatsapp-number' : mode === 'whatsapp-group' ? 'thana-group' : 'other');
}

export function createEntry(ctx: Ctx, input: ParsedInput<'entries.create'>): Output<'entries.create'> {
  requireStation(ctx);
  const { sqlite } = ctx.db;
  const year = Number(input.receivedAt.slice(0, 4));
  const serial = nextSerial(ctx, year);
  const dueAt = dueDate(ctx, input.receivedAt, input.mode);
  const sourceId = sourceIdFor(ctx, input.source, input.mode);
  const inf = input.informant;
  const contactId = inf.phone ? ensureContactByPhone(ctx, inf.name, inf.phone, inf.role) : null;
  const now = utcIso(ctx.now());
  const id = auditedInsert(ctx, 'entries', () =>
    Number(
      sqlite
        .prepare(
          `INSERT INTO entries (year, serial, received_at, mode, source_id, informant_contact_id, informant_name, informant_relative,
             informant_phone, informant_role, informant_address, opponent, place, beat, category, summary, marked_to, status, due_at,
             remarks, created_by, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?)`,
        )
        .run(
          year,
          serial,
          input.receivedAt,
          input.mode,
          sourceId,
          contactId,
          inf.name,
          inf.relativeName ?? null,
          inf.phone ?? null,
          inf.role ?? null,
          inf.address ?? null,
          input.opponent,
          input.place,
          input.beat,
          input.category,
          input.summary,
          input.markedTo,
          dueAt,
          input.remarks,
          ctx.operator?.id ?? null,
          now,
          now,
        ).lastInsertRowid,
    ),
  );
  if (input.messageIds?.length) linkEntryMessages(ctx, id, input.messageIds);
  if (input.evidence?.length) linkEntryEvidence(ctx, id, input.evidence);
  reindexEntry(ctx, id);
  return { id, year, serial, dueAt };
}

function loadRow(ctx: Ctx, id: number): EntryRow {
  const r = ctx.db.sqlite.prepare(`${SELECT_ENTRY} WHERE e.id = ?`).get(id) as EntryRow | undefined;
  if (!r) throw notFound(ENTRY, id);
  return r;
}

function assertNotCancelled(r: EntryRow) {
  if (r.status === 'cancelled') {
    throw ruleError(
      `प्रविष्टि ${r.serial}/${r.year} निरस्त है और बदली नहीं जा सकती`,
      `entry ${r.serial}/${r.year} is cancelled and cannot be changed`,
    );
  }
}

export function updateEntry(ctx: Ctx, input: ParsedInput<'entries.update'>): Output<'entries.update'> {
  const r = loadRow(ctx, input.id);
  assertNotCancelled(r);
  const cols: Record<string, unknown> = {};
  if (input.receivedAt !== undefined) {
    if (Number(input.receivedAt.slice(0, 4)) !== r.year) {
      throw ruleError(
        'प्राप्ति का वर्ष नहीं बदला जा सकता (क्रम संख्या उसी वर्ष की है); प्रविष्टि निरस्त कर नई बनाएँ',
        'the year of receipt cannot change (the serial belongs to that year); cancel the entry and create a new one',
        'receivedAt',
      );
    }
    cols.received_at = input.receivedAt;
  }
  if (input.mode !== undefined) cols.mode = input.mode;
  if (input.receivedAt !== undefined || input.mode !== undefined) {
    cols.due_at = dueDate(ctx, input.receivedAt ?? r.received_at, input.mode ?? r.mode);
  }
  if (input.source !== undefined) cols.source_id = sourceIdFor(ctx, input.source, input.mode ?? r.mode);
  const inf = input.informant;
  if (inf) {
    if (inf.name !== undefined) cols.informant_name = inf.name;
    if (inf.relativeName !== undefined) cols.informant_relative = inf.relativeName;
    if (inf.role !== undefined) cols.informant_role = inf.role;
    if (inf.address !== undefined) cols.informant_address = inf.address;
    if (inf.phone !== undefined) {
      cols.informant_phone = inf.phone;
      cols.informant_contact_id = inf.phone
        ? ensureContactByPhone(ctx, inf.name ?? r.informant_name, inf.phone, inf.role ?? r.informant_role)
        : null;
    }
  }
  const simple: [keyof typeof input, string][] = [
    ['opponent', 'opponent'],
    ['place', 'place'],
    ['beat', 'beat'],
    ['category', 'category'],
    ['summary', 'summary'],
    ['markedTo', 'marked_to'],
    ['remarks', 'remarks'],
    ['status', 'status'],
  ];
  for (const [k, col] of simple) if (input[k] !== undefined) cols[col] = input[k];
  if (input.status !== undefined && r.status === 'disposed') {
    cols.disposed_at = null;
    cols.disposal_note = null;
  }
  const sets = Object.entries(cols);
  if (sets.length) {
    cols.updated_at = utcIso(ctx.now());
    auditedUpdate(ctx, 'entries', r.id, () => {
      ctx.db.sqlite
        .prepare(
          `UPDATE entries SET ${Object.keys(cols)
            .map((c) => `${c} = ?`)
            .join(', ')} WHERE id = ?`,
        )
        .run(...Object.values(cols), r.id);
    });
  }
  if (input.messageIds) linkEntryMessages(ctx, r.id, input.messageIds);
  if (input.evidence) linkEntryEvidence(ctx, r.id, input.evidence);
  reindexEntry(ctx, r.id);
  return { id: r.id };
}

function insertAction(ctx: Ctx, entryId: number, at: string, text: string, status: string | null): number {
  return auditedInsert(ctx, 'entry_actions', () =>
    Number(
      ctx.db.sqlite
        .prepare('INSERT INTO entry_actions (entry_id, at, text, status, operator_id, created_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(entryId, at, text, status, ctx.operator?.id ?? null, utcIso(ctx.now())).lastInsertRowid,
    ),
  );
}

function setStatus(ctx: Ctx, id: number, cols: Record<string, unknown>) {
  cols.updated_at = utcIso(ctx.now());
  auditedUpdate(ctx, 'entries', id, () => {
    ctx.db.sqlite
      .prepare(
        `UPDATE entries SET ${Object.keys(cols)
          .map((c) => `${c} = ?`)
          .join(', ')} WHERE id = ?`,
      )
      .run(...Object.values(cols), id);
  });
}

export function addAction(ctx: Ctx, input: ParsedInput<'entries.addAction'>): Output<'entries.addAction'> {
  const r = loadRow(ctx, input.entryId);
  assertNotCancelled(r);
  const at = input.at ?? istLocal(ctx.now());
  if (at < r.received_at)
    throw ruleError('कार्यवाही की तिथि प्राप्ति से पहले नहीं हो सकती', 'an action cannot be dated before the entry was received', 'at');
  const id = insertAction(ctx, r.id, at, input.text, input.status ?? null);
  if (input.status && input.status !== r.status) {
    // Reopening a disposed entry clears its disposal; the audit trail keeps what it was.
    setStatus(ctx, r.id, { status: input.status, ...(r.status === 'disposed' ? { disposed_at: null, disposal_note: null } : {}) });
  }
  reindexEntry(ctx, r.id);
  return { id };
}

export function disposeEntry(ctx: Ctx, input: ParsedInput<'entries.dispose'>): Output<'entries.dispose'> {
  const r = loadRow(ctx, input.entryId);
  assertNotCancelled(r);
  if (r.status === 'disposed')
    throw ruleError(`प्रविष्टि ${r.serial}/${r.year} पहले से निस्तारित है`, `entry ${r.serial}/${r.year} is already disposed`);
  if (input.at < r.received_at)
    throw ruleError('निस्तारण की तिथि प्राप्ति से पहले नहीं हो सकती', 'disposal cannot be dated before the entry was received', 'at');
  insertAction(ctx, r.id, input.at, input.note, 'disposed');
  setStatus(ctx, r.id, { status: 'disposed', disposed_at: input.at, disposal_note: input.note });
  reindexEntry(ctx, r.id);
  return { id: r.id };
}

export function cancelEntry(ctx: Ctx, input: ParsedInput<'entries.cancel'>): Output<'entries.cancel'> {
  const r = loadRow(ctx, input.entryId);
  assertNotCancelled(r);
  insertAction(ctx, r.id, istLocal(ctx.now()), `निरस्त: ${input.reason}`, 'cancelled');
  setStatus(ctx, r.id, { status: 'cancelled', cancel_reason: input.reason, cancelled_at: utcIso(ctx.now()) });
  reindexEntry(ctx, r.id);
  return { id: r.id };
}

/** Marks an entry as having become an FIR (called when an FIR is linked). */
export function markFirRegistered(ctx: Ctx, entryId: number, label: string, at: string): void {
  const r = loadRow(ctx, entryId);
  assertNotCancelled(r);
  insertAction(ctx, r.id, at < r.received_at ? r.received_at : at, `${label} पंजीकृत`, r.status === 'disposed' ? null : 'fir-registered');
  if (r.status === 'pending' || r.status === 'under-inquiry') setStatus(ctx, r.id, { status: 'fir-registered' });
  reindexEntry(ctx, r.id);
}

export function reindexEntry(ctx: Ctx, id: number): void {
  const r = loadRow(ctx, id);
  const actions = ctx.db.sqlite.prepare('SELECT text FROM entry_actions WHERE entry_id = ? ORDER BY id').all(id) as { text: string }[];
  const body = [
    `${r.serial}/${r.year}`,
    r.source,
    r.informant_name,
    r.informant_relative,
    r.informant_phone,
    r.informant_address,
    r.opponent,
    r.place,
    r.beat,
    r.category,
    r.summary,
    r.marked_to,
    r.remarks,
    r.disposal_note,
    r.cancel_reason,
    ...actions.map((a) => a.text),
  ]
    .filter(Boolean)
    .join('\n');
  indexDoc(ctx, 'entry', id, body);
}

function toListRow(r: EntryRow, today: string): Output<'entries.list'>['rows'][number] {
  return {
    id: r.id,
    year: r.year,
    serial: r.serial,
    receivedAt: r.received_at,
    mode: r.mode,
    source: r.source,
    informantName: r.informant_name,
    place: r.place,
    summary: r.summary,
    markedTo: r.marked_to,
    status: r.status,
    dueAt: r.due_at,
    overdue: isOverdue(r, today),
    disposedAt: r.disposed_at,
  };
}

export function listEntryRows(ctx: Ctx, where: string, params: unknown[], tail = ''): Output<'entries.list'>['rows'] {
  const today = istToday(ctx.now());
  return (ctx.db.sqlite.prepare(`${SELECT_ENTRY} WHERE ${where} ${tail}`).all(...params) as EntryRow[]).map((r) => toListRow(r, today));
}

export function listEntries(ctx: Ctx, input: ParsedInput<'entries.list'>): Output<'entries.list'> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (input.from) {
    where.push('e.received_at >= ?');
    params.push(`${input.from}T00:00:00`);
  }
  if (input.to) {
    where.push('e.received_at <= ?');
    params.push(`${input.to}T23:59:59`);
  }
  if (input.status) {
    const st = Array.isArray(input.status) ? input.status : [input.status];
    where.push(`e.status IN (${st.map(() => '?').join(',')})`);
    params.push(...st);
  }
  if (input.overdue !== undefined) {
    const cond = `(e.status IN ('pending', 'under-inquiry') AND e.due_at < ?)`;
    where.push(input.overdue ? cond : `NOT ${cond}`);
    params.push(istToday(ctx.now()));
  }
  if (input.source) {
    where.push('s.name = ?');
    params.push(input.source);
  }
  if (input.q) {
    const ids = matchIds(ctx, 'entry', input.q, 100_000);
    if (!ids.length) return { total: 0, rows: [] };
    where.push(`e.id IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(ids));
  }
  const w = where.length ? where.join(' AND ') : '1';
  const { total } = ctx.db.sqlite
    .prepare(`SELECT count(*) AS total FROM entries e LEFT JOIN sources s ON s.id = e.source_id WHERE ${w}`)
    .get(...params) as { total: number };
  const rows = listEntryRows(ctx, w, [...params, input.limit, input.offset], 'ORDER BY e.received_at DESC, e.id DESC LIMIT ? OFFSET ?');
  return { total, rows };
}

export function getEntry(ctx: Ctx, input: ParsedInput<'entries.get'>): Output<'entries.get'> {
  const r = loadRow(ctx, input.id);
  const today = istToday(ctx.now());
  const actions = ctx.db.sqlite
    .prepare(
      'SELECT a.id, a.at, a.text, a.status, o.name AS operator FROM entry_actions a LEFT JOIN operators o ON o.id = a.operator_id WHERE a.entry_id = ? ORDER BY a.at, a.id',
    )
    .all(r.id) as Output<'entries.get'>['actions'];
  const firs = getFirsOfEntry(ctx, r.id);
  const persons = firs.flatMap((f) => f.persons.map((p) => ({ ...p, firId: f.id })));
  const links = entryLinks(ctx, r.id);
  return {
    ...toListRow(r, today),
    sourceId: r.source_id,
    informant: {
      name: r.informant_name,
      relativeName: r.informant_relative,
      phone: r.informant_phone,
      role: r.informant_role,
      address: r.informant_address,
    },
    opponent: r.opponent,
    beat: r.beat,
    category: r.category,
    disposalNote: r.disposal_note,
    remarks: r.remarks,
    cancelReason: r.cancel_reason,
    cancelledAt: r.cancelled_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    actions,
    firs,
    persons,
    messages: links.messages,
    evidence: links.evidence,
  };
}

export function requireEntry(ctx: Ctx, id: number): void {
  if (!ctx.db.sqlite.prepare('SELECT 1 FROM entries WHERE id = ?').get(id)) throw notFound(ENTRY, id);
}

export { AppError };

export const entriesHandlers: AreaHandlers<'entries'> = {
  'entries.create': createEntry,
  'entries.update': updateEntry,
  'entries.get': getEntry,
  'entries.addAction': addAction,
  'entries.dispose': disposeEntry,
  'entries.cancel': cancelEntry,
  'entries.list': listEntries,
};
