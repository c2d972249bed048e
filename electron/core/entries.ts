import {
  and,
  asc,
  count,
  desc,
  eq,
  getTableColumns,
  getTableName,
  gte,
  inArray,
  isNull,
  lt,
  lte,
  max,
  not,
  sql,
  type Placeholder,
  type SQL,
} from 'drizzle-orm';
import type { Ctx } from './context';
import type { Output, ParsedInput } from '../contract/index';
import { entries, entryActions, entryEvidence, entryFirs, entryMessages, operators, serialCounters, sources } from '../../db/schema/index';
import { inJson, prepared } from './orm';
import type { Orm } from '../../db/client';
import { auditedInsert, auditedUpdate } from './audit';
import { AppError, notFound, ruleError } from './errors';
import { notBefore, notInFuture, questionReceipt } from './record-dates';
import { addDays, dateTimeHi, istLocal, istToday, utcIso } from '../shared/dates';
import { requireStation } from './station';
import { ensureSource } from './sources';
import { ensureContactByPhone } from './contacts';
import { indexDoc, matchIds } from './text/search-index';
import { getFirsOfEntry } from './fir-records';
import { entryLinks, linkEntryEvidence, linkEntryMessages } from './entry-links';
import type { AreaHandlers } from './context';

const ENTRY = { hi: 'प्रविष्टि', en: 'entry' };
const RECEIPT = { hi: 'प्राप्ति', en: 'the receipt' };
/** Statuses on which the clock of the due date still runs. */
const OPEN_STATUSES = ['pending', 'under-inquiry'] as const;

type EntryRow = typeof entries.$inferSelect & { source: string | null };
type EntryChange = Partial<typeof entries.$inferInsert>;

// Statements run for every entry written or shown, built once per connection (see `prepared`).
/** An entry with the name of the source it came through. */
const entryById = prepared((orm) =>
  orm
    .select({ ...getTableColumns(entries), source: sources.name })
    .from(entries)
    .leftJoin(sources, eq(sources.id, entries.sourceId))
    .where(eq(entries.id, sql.placeholder('id')))
    .prepare(),
);
const entryExists = prepared((orm) =>
  orm
    .select({ id: entries.id })
    .from(entries)
    .where(eq(entries.id, sql.placeholder('id')))
    .prepare(),
);
const lastSerialOf = prepared((orm) =>
  orm
    .select({ lastSerial: serialCounters.lastSerial })
    .from(serialCounters)
    .where(eq(serialCounters.year, sql.placeholder('year')))
    .prepare(),
);
const maxOwnSerialOf = prepared((orm) =>
  orm
    .select({ m: max(entries.serial) })
    .from(entries)
    .where(and(eq(entries.year, sql.placeholder('year')), isNull(entries.originStation)))
    .prepare(),
);
const setLastSerial = prepared((orm) =>
  orm
    .insert(serialCounters)
    .values({ year: sql.placeholder('year'), lastSerial: sql.placeholder('serial') })
    .onConflictDoUpdate({ target: serialCounters.year, set: { lastSerial: sql`excluded.last_serial` } })
    .prepare(),
);
/** What a new entry is written with, every field given (null when empty); the other columns start null. */
const NEW_ENTRY_FIELDS = [
  'year',
  'serial',
  'receivedAt',
  'mode',
  'sourceId',
  'informantContactId',
  'informantName',
  'informantRelative',
  'informantPhone',
  'informantRole',
  'informantAddress',
  'opponent',
  'place',
  'beat',
  'category',
  'summary',
  'markedTo',
  'status',
  'dueAt',
  'remarks',
  'createdBy',
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof typeof entries.$inferInsert)[];
type NewEntry = Required<Pick<typeof entries.$inferInsert, (typeof NEW_ENTRY_FIELDS)[number]>>;
/** The insert, with a placeholder named after each field; `insertEntry` fills them from a `NewEntry`. */
const insertEntryStatement = prepared((orm) =>
  orm
    .insert(entries)
    .values(Object.fromEntries(NEW_ENTRY_FIELDS.map((k) => [k, sql.placeholder(k)])) as Record<keyof NewEntry, Placeholder>)
    .returning({ id: entries.id })
    .prepare(),
);
/** Writes a new entry; returns its id. */
function insertEntry(orm: Orm, values: NewEntry): number {
  return insertEntryStatement(orm).get(values)!.id;
}
const actionsOfEntry = prepared((orm) =>
  orm
    .select({
      id: entryActions.id,
      at: entryActions.at,
      text: entryActions.text,
      status: entryActions.status,
      operator: operators.name,
      recordedAt: entryActions.createdAt,
      gdNumber: entryActions.gdNumber,
      gdAt: entryActions.gdAt,
    })
    .from(entryActions)
    .leftJoin(operators, eq(operators.id, entryActions.operatorId))
    .where(eq(entryActions.entryId, sql.placeholder('id')))
    .orderBy(asc(entryActions.at), asc(entryActions.id))
    .prepare(),
);
const actionTexts = prepared((orm) =>
  orm
    .select({ text: entryActions.text })
    .from(entryActions)
    .where(eq(entryActions.entryId, sql.placeholder('id')))
    .orderBy(entryActions.id)
    .prepare(),
);

function dueDate(ctx: Ctx, receivedAt: string, mode: string): string {
  const st = requireStation(ctx);
  return addDays(receivedAt, mode === 'igrs' ? st.igrsDueDays : st.dueDays);
}

function isOverdue(r: { status: string; dueAt: string }, today: string): boolean {
  return (OPEN_STATUSES as readonly string[]).includes(r.status) && r.dueAt < today;
}

/** The next serial of a year. The counter outlives any row, so a serial is never handed out twice. */
function nextSerial(ctx: Ctx, year: number): number {
  const { orm } = ctx.db;
  const counter = lastSerialOf(orm).get({ year })?.lastSerial ?? 0;
  // Rows imported from other stations' registers keep their own serials and do not move this register's.
  const maxUsed = maxOwnSerialOf(orm).get({ year })?.m ?? 0;
  const serial = Math.max(counter, maxUsed) + 1;
  setLastSerial(orm).run({ year, serial });
  return serial;
}

function sourceIdFor(ctx: Ctx, name: string | null | undefined, mode: string): number | null {
  if (!name) return null;
  return ensureSource(ctx, name, mode === 'whatsapp-number' ? 'whatsapp-number' : mode === 'whatsapp-group' ? 'thana-group' : 'other');
}

export function createEntry(ctx: Ctx, input: ParsedInput<'entries.create'>): Output<'entries.create'> {
  requireStation(ctx);
  questionReceipt(ctx, input.receivedAt, input.confirmDate);
  const { orm } = ctx.db;
  const year = Number(input.receivedAt.slice(0, 4));
  const serial = nextSerial(ctx, year);
  const dueAt = dueDate(ctx, input.receivedAt, input.mode);
  const sourceId = sourceIdFor(ctx, input.source, input.mode);
  const inf = input.informant;
  const contactId = inf.phone ? ensureContactByPhone(ctx, inf.name, inf.phone, inf.role) : null;
  const now = utcIso(ctx.now());
  const id = auditedInsert(ctx, 'entries', () =>
    insertEntry(orm, {
      year,
      serial,
      receivedAt: input.receivedAt,
      mode: input.mode,
      sourceId,
      informantContactId: contactId,
      informantName: inf.name,
      informantRelative: inf.relativeName ?? null,
      informantPhone: inf.phone ?? null,
      informantRole: inf.role ?? null,
      informantAddress: inf.address ?? null,
      opponent: input.opponent,
      place: input.place,
      beat: input.beat,
      category: input.category,
      summary: input.summary,
      markedTo: input.markedTo,
      status: 'pending',
      dueAt,
      remarks: input.remarks,
      createdBy: ctx.operator?.id ?? null,
      createdAt: now,
      updatedAt: now,
    }),
  );
  if (input.messageIds?.length) linkEntryMessages(ctx, id, input.messageIds);
  if (input.evidence?.length) linkEntryEvidence(ctx, id, input.evidence);
  reindexEntry(ctx, id);
  return { id, year, serial, dueAt };
}

function loadRow(ctx: Ctx, id: number): EntryRow {
  const r = entryById(ctx.db.orm).get({ id });
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
  const cols: EntryChange = {};
  // The receipt date is the SHO's to correct, with a reason (entries.correctReceipt); an edit may resend it unchanged.
  if (input.receivedAt !== undefined && input.receivedAt !== r.receivedAt)
    throw new AppError(
      'forbidden',
      'प्राप्ति की तिथि थानाध्यक्ष कारण सहित सुधारते हैं ("तिथि सुधारें") / the date of receipt is corrected by the SHO, with a reason ("correct the date")',
      'receivedAt',
    );
  if (input.mode !== undefined) cols.mode = input.mode;
  if (input.mode !== undefined) cols.dueAt = dueDate(ctx, r.receivedAt, input.mode);
  if (input.source !== undefined) cols.sourceId = sourceIdFor(ctx, input.source, input.mode ?? r.mode);
  const inf = input.informant;
  if (inf) {
    if (inf.name !== undefined) cols.informantName = inf.name;
    if (inf.relativeName !== undefined) cols.informantRelative = inf.relativeName;
    if (inf.role !== undefined) cols.informantRole = inf.role;
    if (inf.address !== undefined) cols.informantAddress = inf.address;
    if (inf.phone !== undefined) {
      cols.informantPhone = inf.phone;
      cols.informantContactId = inf.phone
        ? ensureContactByPhone(ctx, inf.name ?? r.informantName, inf.phone, inf.role ?? r.informantRole)
        : null;
    }
  }
  if (input.opponent !== undefined) cols.opponent = input.opponent;
  if (input.place !== undefined) cols.place = input.place;
  if (input.beat !== undefined) cols.beat = input.beat;
  if (input.category !== undefined) cols.category = input.category;
  if (input.summary !== undefined) cols.summary = input.summary;
  if (input.markedTo !== undefined) cols.markedTo = input.markedTo;
  if (input.remarks !== undefined) cols.remarks = input.remarks;
  if (input.status !== undefined) cols.status = input.status;
  if (input.status !== undefined && r.status === 'disposed') {
    cols.disposedAt = null;
    cols.disposalNote = null;
  }
  if (Object.keys(cols).length) {
    cols.updatedAt = utcIso(ctx.now());
    auditedUpdate(ctx, 'entries', r.id, () => {
      ctx.db.orm.update(entries).set(cols).where(eq(entries.id, r.id)).run();
    });
  }
  if (input.messageIds) linkEntryMessages(ctx, r.id, input.messageIds);
  if (input.evidence) linkEntryEvidence(ctx, r.id, input.evidence);
  reindexEntry(ctx, r.id);
  return { id: r.id };
}

function insertAction(
  ctx: Ctx,
  entryId: number,
  at: string,
  text: string,
  status: EntryRow['status'] | null,
  gd: { gdNumber?: string | null; gdAt?: string | null } = {},
): number {
  return auditedInsert(
    ctx,
    'entry_actions',
    () =>
      ctx.db.orm
        .insert(entryActions)
        .values({
          entryId,
          at,
          text,
          status,
          operatorId: ctx.operator?.id ?? null,
          gdNumber: gd.gdNumber ?? null,
          gdAt: gd.gdAt ?? null,
          createdAt: utcIso(ctx.now()),
        })
        .returning({ id: entryActions.id })
        .get().id,
  );
}

function setStatus(ctx: Ctx, id: number, cols: EntryChange) {
  cols.updatedAt = utcIso(ctx.now());
  auditedUpdate(ctx, 'entries', id, () => {
    ctx.db.orm.update(entries).set(cols).where(eq(entries.id, id)).run();
  });
}

export function addAction(ctx: Ctx, input: ParsedInput<'entries.addAction'>): Output<'entries.addAction'> {
  const r = loadRow(ctx, input.entryId);
  assertNotCancelled(r);
  const at = input.at ?? istLocal(ctx.now()).slice(0, 16) + ':00';
  notInFuture(ctx, at, 'at');
  notBefore(at, r.receivedAt, 'at', RECEIPT);
  notInFuture(ctx, input.gdAt, 'gdAt');
  const id = insertAction(ctx, r.id, at, input.text, input.status ?? null, input);
  if (input.status && input.status !== r.status) {
    // Reopening a disposed entry clears its disposal; the audit trail keeps what it was.
    setStatus(ctx, r.id, { status: input.status, ...(r.status === 'disposed' ? { disposedAt: null, disposalNote: null } : {}) });
  }
  reindexEntry(ctx, r.id);
  return { id };
}

export function disposeEntry(ctx: Ctx, input: ParsedInput<'entries.dispose'>): Output<'entries.dispose'> {
  const r = loadRow(ctx, input.entryId);
  assertNotCancelled(r);
  if (r.status === 'disposed')
    throw ruleError(`प्रविष्टि ${r.serial}/${r.year} पहले से निस्तारित है`, `entry ${r.serial}/${r.year} is already disposed`);
  notInFuture(ctx, input.at, 'at');
  notBefore(input.at, r.receivedAt, 'at', RECEIPT);
  insertAction(ctx, r.id, input.at, input.note, 'disposed');
  setStatus(ctx, r.id, { status: 'disposed', disposedAt: input.at, disposalNote: input.note });
  reindexEntry(ctx, r.id);
  return { id: r.id };
}

export function cancelEntry(ctx: Ctx, input: ParsedInput<'entries.cancel'>): Output<'entries.cancel'> {
  const r = loadRow(ctx, input.entryId);
  assertNotCancelled(r);
  insertAction(ctx, r.id, istLocal(ctx.now()), `निरस्त: ${input.reason}`, 'cancelled');
  setStatus(ctx, r.id, { status: 'cancelled', cancelReason: input.reason, cancelledAt: utcIso(ctx.now()) });
  reindexEntry(ctx, r.id);
  return { id: r.id };
}

/**
 * The SHO corrects a wrongly typed receipt date. In the same year the entry keeps its serial: the date and the
 * due date change, the audit trail keeps the old values, and an action says what was corrected and why. In
 * another year the serial belongs to the wrong year, so the paper way is followed in one step: a new entry is
 * made in the right year carrying the same complaint, its messages, evidence, FIRs and action log; the wrong one
 * is struck through (cancelled) with the reason; each points at the other. Serials are never reused.
 */
export function correctReceipt(ctx: Ctx, input: ParsedInput<'entries.correctReceipt'>): Output<'entries.correctReceipt'> {
  const r = loadRow(ctx, input.id);
  assertNotCancelled(r);
  if (r.originStation)
    throw ruleError(
      'दूसरे थाने से आई प्रविष्टि की तिथि वही थाना सुधारता है',
      "an entry from another station's register is corrected by that station",
      'receivedAt',
    );
  if (input.receivedAt === r.receivedAt)
    throw new AppError('validation', 'नई तिथि पहले जैसी ही है / the new date is the same as before', 'receivedAt');
  questionReceipt(ctx, input.receivedAt, input.confirmDate);
  const firstAction = actionsOfEntry(ctx.db.orm).all({ id: r.id })[0];
  if (firstAction && firstAction.at < input.receivedAt)
    throw ruleError(
      `इस प्रविष्टि पर ${firstAction.at.slice(0, 10)} की कार्यवाही दर्ज है; प्राप्ति उसके बाद की नहीं हो सकती`,
      `this entry has an action of ${firstAction.at.slice(0, 10)}: it cannot have been received after that`,
      'receivedAt',
    );
  const note = `प्राप्ति दिनांक सुधारा: ${dateTimeHi(r.receivedAt)} के स्थान पर ${dateTimeHi(input.receivedAt)} — ${input.reason}`;
  const year = Number(input.receivedAt.slice(0, 4));
  const now = istLocal(ctx.now());
  if (year === r.year) {
    setStatus(ctx, r.id, { receivedAt: input.receivedAt, dueAt: dueDate(ctx, input.receivedAt, r.mode) });
    insertAction(ctx, r.id, now, note, null);
    reindexEntry(ctx, r.id);
    return { id: r.id, year: r.year, serial: r.serial, replaced: null };
  }
  const { orm } = ctx.db;
  const serial = nextSerial(ctx, year);
  const stamp = utcIso(ctx.now());
  const id = auditedInsert(ctx, 'entries', () =>
    insertEntry(orm, {
      year,
      serial,
      receivedAt: input.receivedAt,
      mode: r.mode,
      sourceId: r.sourceId,
      informantContactId: r.informantContactId,
      informantName: r.informantName,
      informantRelative: r.informantRelative,
      informantPhone: r.informantPhone,
      informantRole: r.informantRole,
      informantAddress: r.informantAddress,
      opponent: r.opponent,
      place: r.place,
      beat: r.beat,
      category: r.category,
      summary: r.summary,
      markedTo: r.markedTo,
      status: r.status,
      dueAt: dueDate(ctx, input.receivedAt, r.mode),
      remarks: r.remarks,
      createdBy: ctx.operator?.id ?? null,
      createdAt: stamp,
      updatedAt: stamp,
    }),
  );
  auditedUpdate(ctx, 'entries', id, () => {
    orm
      .update(entries)
      .set({ replacesEntryId: r.id, disposedAt: r.disposedAt, disposalNote: r.disposalNote })
      .where(eq(entries.id, id))
      .run();
  });
  // The matter's record goes with it: the action log is copied, the links move.
  for (const a of ctx.db.orm.select().from(entryActions).where(eq(entryActions.entryId, r.id)).orderBy(entryActions.id).all())
    insertAction(ctx, id, a.at, a.text, a.status, a);
  for (const t of [entryMessages, entryEvidence, entryFirs]) {
    const table = getTableName(t) as 'entry_messages' | 'entry_evidence' | 'entry_firs';
    for (const link of orm.select({ id: t.id }).from(t).where(eq(t.entryId, r.id)).all())
      auditedUpdate(ctx, table, link.id, () => {
        orm.update(t).set({ entryId: id }).where(eq(t.id, link.id)).run();
      });
  }
  insertAction(ctx, id, now, `${note} (पहले क्रमांक ${r.serial}/${r.year} पर दर्ज)`, null);
  const reason = `गलत वर्ष में दर्ज; सही प्रविष्टि ${serial}/${year} — ${input.reason}`;
  insertAction(ctx, r.id, now, `निरस्त: ${reason}`, 'cancelled');
  setStatus(ctx, r.id, { status: 'cancelled', cancelReason: reason, cancelledAt: stamp, replacedByEntryId: id });
  reindexEntry(ctx, r.id);
  reindexEntry(ctx, id);
  return { id, year, serial, replaced: { id: r.id, serial: r.serial, year: r.year } };
}

/** Marks an entry as having become an FIR (called when an FIR is linked). */
export function markFirRegistered(ctx: Ctx, entryId: number, label: string, at: string): void {
  const r = loadRow(ctx, entryId);
  assertNotCancelled(r);
  insertAction(ctx, r.id, at < r.receivedAt ? r.receivedAt : at, `${label} पंजीकृत`, r.status === 'disposed' ? null : 'fir-registered');
  if (r.status === 'pending' || r.status === 'under-inquiry') setStatus(ctx, r.id, { status: 'fir-registered' });
  reindexEntry(ctx, r.id);
}

export function reindexEntry(ctx: Ctx, id: number): void {
  const r = loadRow(ctx, id);
  const actions = actionTexts(ctx.db.orm).all({ id });
  const body = [
    `${r.serial}/${r.year}`,
    r.source,
    r.informantName,
    r.informantRelative,
    r.informantPhone,
    r.informantAddress,
    r.opponent,
    r.place,
    r.beat,
    r.category,
    r.summary,
    r.markedTo,
    r.remarks,
    r.disposalNote,
    r.cancelReason,
    ...actions.map((a) => a.text),
  ]
    .filter(Boolean)
    .join('\n');
  indexDoc(ctx, 'entry', id, body);
}

/** What the register list shows of an entry. */
const LIST_COLUMNS = {
  id: entries.id,
  year: entries.year,
  serial: entries.serial,
  receivedAt: entries.receivedAt,
  mode: entries.mode,
  source: sources.name,
  informantName: entries.informantName,
  place: entries.place,
  summary: entries.summary,
  markedTo: entries.markedTo,
  status: entries.status,
  dueAt: entries.dueAt,
  disposedAt: entries.disposedAt,
};
type ListRow = Pick<EntryRow, keyof typeof LIST_COLUMNS>;

function toListRow(r: ListRow, today: string): Output<'entries.list'>['rows'][number] {
  return {
    id: r.id,
    year: r.year,
    serial: r.serial,
    receivedAt: r.receivedAt,
    mode: r.mode,
    source: r.source,
    informantName: r.informantName,
    place: r.place,
    summary: r.summary,
    markedTo: r.markedTo,
    status: r.status,
    dueAt: r.dueAt,
    overdue: isOverdue(r, today),
    disposedAt: r.disposedAt,
  };
}

function selectListRows(ctx: Ctx, where: SQL | undefined) {
  return ctx.db.orm.select(LIST_COLUMNS).from(entries).leftJoin(sources, eq(sources.id, entries.sourceId)).where(where);
}

/** Register list rows matching `where` (conditions on `entries` and its source), in no particular order. */
export function listEntryRows(ctx: Ctx, where: SQL | undefined): Output<'entries.list'>['rows'] {
  const today = istToday(ctx.now());
  return selectListRows(ctx, where)
    .all()
    .map((r) => toListRow(r, today));
}

export function listEntries(ctx: Ctx, input: ParsedInput<'entries.list'>): Output<'entries.list'> {
  const where: SQL[] = [];
  if (input.from) where.push(gte(entries.receivedAt, `${input.from}T00:00:00`));
  if (input.to) where.push(lte(entries.receivedAt, `${input.to}T23:59:59`));
  if (input.status) where.push(inArray(entries.status, Array.isArray(input.status) ? input.status : [input.status]));
  if (input.overdue !== undefined) {
    const cond = and(inArray(entries.status, OPEN_STATUSES), lt(entries.dueAt, istToday(ctx.now())))!;
    where.push(input.overdue ? cond : not(cond));
  }
  if (input.source) where.push(eq(sources.name, input.source));
  if (input.q) {
    const ids = matchIds(ctx, 'entry', input.q, 100_000);
    if (!ids.length) return { total: 0, rows: [] };
    where.push(inJson(entries.id, ids));
  }
  const w = and(...where);
  const total =
    ctx.db.orm.select({ total: count() }).from(entries).leftJoin(sources, eq(sources.id, entries.sourceId)).where(w).get()?.total ?? 0;
  const today = istToday(ctx.now());
  const rows = selectListRows(ctx, w)
    .orderBy(desc(entries.receivedAt), desc(entries.id))
    .limit(input.limit)
    .offset(input.offset)
    .all()
    .map((r) => toListRow(r, today));
  return { total, rows };
}

export function getEntry(ctx: Ctx, input: ParsedInput<'entries.get'>): Output<'entries.get'> {
  const r = loadRow(ctx, input.id);
  const today = istToday(ctx.now());
  const actions = actionsOfEntry(ctx.db.orm).all({ id: r.id });
  const firs = getFirsOfEntry(ctx, r.id);
  const persons = firs.flatMap((f) => f.persons.map((p) => ({ ...p, firId: f.id })));
  const links = entryLinks(ctx, r.id);
  return {
    ...toListRow(r, today),
    sourceId: r.sourceId,
    informant: {
      name: r.informantName,
      relativeName: r.informantRelative,
      phone: r.informantPhone,
      role: r.informantRole,
      address: r.informantAddress,
    },
    opponent: r.opponent,
    beat: r.beat,
    category: r.category,
    disposalNote: r.disposalNote,
    remarks: r.remarks,
    cancelReason: r.cancelReason,
    cancelledAt: r.cancelledAt,
    replacesEntry: entryRefOf(ctx, r.replacesEntryId),
    replacedByEntry: entryRefOf(ctx, r.replacedByEntryId),
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    actions,
    firs,
    persons,
    messages: links.messages,
    evidence: links.evidence,
  };
}

/** An entry by its register number (serial/year), for pointing at it. */
function entryRefOf(ctx: Ctx, id: number | null): { id: number; serial: number; year: number } | null {
  if (id == null) return null;
  return (
    ctx.db.orm.select({ id: entries.id, serial: entries.serial, year: entries.year }).from(entries).where(eq(entries.id, id)).get() ?? null
  );
}

export function requireEntry(ctx: Ctx, id: number): void {
  if (!entryExists(ctx.db.orm).get({ id })) throw notFound(ENTRY, id);
}

export { AppError };

export const entriesHandlers: AreaHandlers<'entries'> = {
  'entries.create': createEntry,
  'entries.update': updateEntry,
  'entries.correctReceipt': correctReceipt,
  'entries.get': getEntry,
  'entries.addAction': addAction,
  'entries.dispose': disposeEntry,
  'entries.cancel': cancelEntry,
  'entries.list': listEntries,
};
