/**
 * The one typed contract: every channel the UI, the CLI and the tests call, declared once.
 * No Node, no DOM, no electron here.
 */
import { z } from 'zod';
import { localDateTime, localDate, text, optText, id, phone, sha256, pin } from './common';
import { uiContract } from './ui';
import { documentsContract } from './documents';
import { OPERATOR_ROLES, roleMayCall, type Access, type ChannelSpec, type OperatorRole, type Tx } from './rules';

export { OPERATOR_ROLES, roleMayCall, type Access, type ChannelSpec, type OperatorRole, type Tx };

export const SOURCE_KINDS = ['thana-group', 'beat-group', 'officer-group', 'whatsapp-number', 'other'] as const;
export const CONTACT_ROLES = [
  'pradhan',
  'sabhasad',
  'trader',
  'public-representative',
  'beat-constable',
  'citizen',
  'officer',
  'other',
] as const;
export const ENTRY_MODES = ['whatsapp-group', 'whatsapp-number', 'in-person', 'phone', 'igrs', 'other'] as const;
export const ENTRY_STATUSES = ['pending', 'under-inquiry', 'fir-registered', 'disposed', 'cancelled'] as const;
export const FIR_STATUSES = ['under-investigation', 'charge-sheet', 'final-report'] as const;
export const PERSON_ROLES = ['accused', 'victim', 'complainant', 'witness'] as const;
export const PERSON_STATUSES = ['named', 'wanted', 'arrested', 'jailed', 'bailed', 'surrendered', 'absconding'] as const;
export const GENDERS = ['male', 'female', 'other'] as const;

// ---------- shapes returned ----------

export const stationOut = z.object({
  name: z.string(),
  district: z.string(),
  code: z.string().nullable(),
  dueDays: z.number(),
  igrsDueDays: z.number(),
  receivingDevice: z.string().nullable(),
  backupDir: z.string().nullable(),
  lockMinutes: z.number(),
});

export const operatorOut = z.object({ id: z.number(), name: z.string(), role: z.enum(OPERATOR_ROLES), active: z.boolean() });
export const sourceOut = z.object({ id: z.number(), name: z.string(), kind: z.enum(SOURCE_KINDS), beat: z.string().nullable() });
export const contactOut = z.object({ id: z.number(), name: z.string(), phone: z.string().nullable(), role: z.enum(CONTACT_ROLES) });

/** An entry as people refer to it: its register number, never an internal id. */
export const entryRef = z.object({ id: z.number(), serial: z.number(), year: z.number() });

/** A General Diary (रोजनामचा आम) report: "रपट संख्या 23 समय 10:40". */
const gdNumber = optText(30);

export const actionOut = z.object({
  id: z.number(),
  /** When it happened (local, as typed). */
  at: z.string(),
  text: z.string(),
  status: z.enum(ENTRY_STATUSES).nullable(),
  operator: z.string().nullable(),
  /** When it was recorded (UTC). */
  recordedAt: z.string(),
  gdNumber: z.string().nullable(),
  gdAt: z.string().nullable(),
});

export const sectionRef = z.object({ act: text(60), section: text(30) });

export const firPersonOut = z.object({
  linkId: z.number(),
  personId: z.number(),
  name: z.string(),
  relativeName: z.string().nullable(),
  relation: z.string().nullable(),
  age: z.number().nullable(),
  gender: z.enum(GENDERS).nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  role: z.enum(PERSON_ROLES),
  status: z.enum(PERSON_STATUSES).nullable(),
  /** Each fact with its own local time, as typed: arrest and jail are separate facts. */
  arrestedAt: z.string().nullable(),
  jailedAt: z.string().nullable(),
  bailedAt: z.string().nullable(),
  surrenderedAt: z.string().nullable(),
});

export const firOut = z.object({
  id: z.number(),
  district: z.string(),
  station: z.string(),
  year: z.number(),
  number: z.number(),
  registeredAt: z.string(),
  sections: z.array(z.object({ act: z.string(), section: z.string() })),
  io: z.string().nullable(),
  status: z.enum(FIR_STATUSES),
  /** The charge sheet's or final report's number and date. */
  closureNumber: z.string().nullable(),
  closureDate: z.string().nullable(),
  gdNumber: z.string().nullable(),
  gdAt: z.string().nullable(),
  persons: z.array(firPersonOut),
  entryIds: z.array(z.number()),
  entries: z.array(entryRef),
});

export const attachmentOut = z.object({
  name: z.string(),
  sha256: z.string().nullable(),
  size: z.number().nullable(),
  mime: z.string().nullable(),
});

export const messageOut = z.object({
  id: z.number(),
  source: z.string(),
  kind: z.enum(['user', 'system']),
  sender: z.string().nullable(),
  senderPhone: z.string().nullable(),
  sentAt: z.string().nullable(),
  text: z.string(),
  deleted: z.boolean(),
  edited: z.boolean(),
  mediaOmitted: z.boolean(),
  attachments: z.array(attachmentOut),
  entryIds: z.array(z.number()),
  entries: z.array(entryRef),
  infoOnly: z.boolean(),
});

export const evidenceOut = z.object({
  sha256: z.string(),
  size: z.number(),
  mime: z.string(),
  names: z.array(z.string()),
  firstSeenAt: z.string(),
});

export const entryListRow = z.object({
  id: z.number(),
  year: z.number(),
  serial: z.number(),
  receivedAt: z.string(),
  mode: z.enum(ENTRY_MODES),
  source: z.string().nullable(),
  informantName: z.string(),
  place: z.string().nullable(),
  summary: z.string(),
  markedTo: z.string().nullable(),
  status: z.enum(ENTRY_STATUSES),
  dueAt: z.string(),
  overdue: z.boolean(),
  disposedAt: z.string().nullable(),
});

export const entryOut = entryListRow.extend({
  sourceId: z.number().nullable(),
  informant: z.object({
    name: z.string(),
    relativeName: z.string().nullable(),
    phone: z.string().nullable(),
    role: z.string().nullable(),
    address: z.string().nullable(),
  }),
  opponent: z.string().nullable(),
  beat: z.string().nullable(),
  category: z.string().nullable(),
  disposalNote: z.string().nullable(),
  remarks: z.string().nullable(),
  cancelReason: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  /** A wrong-year entry struck through and the entry that replaced it, each pointing at the other. */
  replacesEntry: entryRef.nullable(),
  replacedByEntry: entryRef.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  actions: z.array(actionOut),
  firs: z.array(firOut),
  persons: z.array(firPersonOut.extend({ firId: z.number() })),
  messages: z.array(messageOut),
  evidence: z.array(evidenceOut),
});

export const verifyProblem = z.object({
  kind: z.string(),
  entity: z.string().optional(),
  id: z.union([z.number(), z.string()]).optional(),
  auditId: z.number().optional(),
  message: z.string(),
});

// ---------- inputs ----------

export const TEXT_KINDS = ['export', 'paste', 'forwarded'] as const;
export const DATE_ORDERS = ['dmy', 'mdy'] as const;

const importFields = {
  /** The group or number it came from; when absent, taken from the chat's name in the export. */
  source: optText(200),
  sourceKind: z.enum(SOURCE_KINDS).optional(),
  kind: z.enum(TEXT_KINDS).optional(),
  dateOrder: z.enum(DATE_ORDERS).optional(),
  /** Chosen by the caller so it can cancel the import and match progress events. */
  token: optText(100),
  /** Supplied by the munshi when the text carries no sender or time (a forwarded message). */
  sender: optText(200),
  sentAt: localDateTime.optional(),
};

export const importSummary = z.object({
  importId: z.number(),
  source: z.string(),
  userMessages: z.number(),
  systemMessages: z.number(),
  attachments: z.number(),
  mediaOmitted: z.number(),
  newMessages: z.number(),
  duplicateMessages: z.number(),
  evidenceStored: z.number(),
  evidenceDuplicates: z.number(),
  missingAttachments: z.array(z.string()),
  rejectedEntries: z.array(z.string()),
  warnings: z.array(z.string()),
});

const informantIn = z.object({
  name: text(200),
  relativeName: optText(200),
  phone,
  role: z.enum(CONTACT_ROLES).nullish(),
  address: optText(500),
});

const entryFields = {
  receivedAt: localDateTime,
  mode: z.enum(ENTRY_MODES),
  source: optText(200),
  informant: informantIn,
  opponent: optText(1000),
  place: optText(500),
  beat: optText(100),
  category: optText(100),
  summary: text(20_000),
  markedTo: optText(200),
  remarks: optText(5000),
  messageIds: z.array(id).max(10_000).optional(),
  evidence: z.array(sha256).max(10_000).optional(),
  /** The munshi confirms a receipt date the register questions (before the register began, or years old). */
  confirmDate: z.boolean().optional(),
};

/** When each status of a person on an FIR happened (local, as typed; now by default). */
const personStatusTimes = {
  arrestedAt: localDateTime.nullish(),
  jailedAt: localDateTime.nullish(),
  bailedAt: localDateTime.nullish(),
  surrenderedAt: localDateTime.nullish(),
};

const personFields = {
  name: text(200),
  relativeName: optText(200),
  relation: optText(50),
  age: z.number().int().min(0).max(130).nullish(),
  gender: z.enum(GENDERS).nullish(),
  address: optText(500),
  phone,
};

export const contract = {
  'station.get': { access: 'viewer', tx: 'read', input: z.object({}).optional(), output: stationOut.nullable() },
  'station.init': {
    access: 'setup',
    tx: 'write',
    input: z.object({ name: text(200), district: text(200), code: optText(50), operator: text(200), pin: pin.optional() }),
    output: z.object({ operatorId: z.number() }),
  },
  'station.update': {
    access: 'sho',
    tx: 'write',
    writesIn: ['backupDir'],
    input: z.object({
      name: text(200).optional(),
      district: text(200).optional(),
      code: optText(50).optional(),
      dueDays: z.number().int().min(1).max(365).optional(),
      igrsDueDays: z.number().int().min(1).max(365).optional(),
      receivingDevice: optText(500).optional(),
      backupDir: optText(4096).optional(),
      lockMinutes: z.number().int().min(0).max(240).optional(),
    }),
    output: stationOut,
  },
  'operators.list': { access: 'viewer', tx: 'read', input: z.object({}).optional(), output: z.array(operatorOut) },
  'operators.create': {
    access: 'sho',
    tx: 'write',
    input: z.object({ name: text(200), role: z.enum(OPERATOR_ROLES), pin: pin.optional() }),
    output: z.object({ id: z.number() }),
  },
  'operators.setPin': { access: 'viewer', tx: 'write', input: z.object({ operatorId: id, pin }), output: z.object({ id: z.number() }) },
  'auth.login': {
    access: 'open',
    tx: 'self',
    input: z.object({ name: text(200), pin: z.string().max(50).optional() }),
    output: operatorOut.omit({ active: true }),
  },
  'auth.logout': { access: 'open', tx: 'read', input: z.object({}).optional(), output: z.object({ ok: z.boolean() }) },
  'auth.status': {
    access: 'open',
    tx: 'read',
    input: z.object({}).optional(),
    output: z.object({
      operator: operatorOut.omit({ active: true }).nullable(),
      pinsInUse: z.boolean(),
      /** Who may sign in at the lock screen (active operators, names and roles only). */
      operators: z.array(operatorOut.pick({ name: true, role: true })),
    }),
  },
  'sources.list': {
    access: 'viewer',
    tx: 'read',
    input: z.object({}).optional(),
    output: z.array(sourceOut.extend({ messages: z.number(), entries: z.number() })),
  },
  'sources.create': {
    access: 'munshi',
    tx: 'write',
    input: z.object({ name: text(200), kind: z.enum(SOURCE_KINDS), beat: optText(100) }),
    output: z.object({ id: z.number() }),
  },
  'contacts.list': { access: 'viewer', tx: 'read', input: z.object({ q: optText(200) }).optional(), output: z.array(contactOut) },
  'contacts.create': {
    access: 'munshi',
    tx: 'write',
    input: z.object({ name: text(200), phone, role: z.enum(CONTACT_ROLES).default('citizen') }),
    output: z.object({ id: z.number() }),
  },
  'entries.create': {
    access: 'munshi',
    tx: 'write',
    input: z.object(entryFields),
    output: z.object({ id: z.number(), year: z.number(), serial: z.number(), dueAt: z.string() }),
  },
  'entries.update': {
    access: 'munshi',
    tx: 'write',
    input: z
      .object(entryFields)
      .partial()
      .extend({
        id,
        informant: informantIn.partial().optional(),
        status: z.enum(['pending', 'under-inquiry', 'fir-registered'] as const).optional(),
      }),
    output: z.object({ id: z.number() }),
  },
  /**
   * The SHO puts right a receipt date typed wrongly, with the reason; the old value stays in the trail. In
   * another year, the entry is struck through and a new one made in the right year, each pointing at the other.
   */
  'entries.correctReceipt': {
    access: 'sho',
    tx: 'write',
    input: z.object({ id, receivedAt: localDateTime, reason: text(2000), confirmDate: z.boolean().optional() }),
    output: z.object({ id: z.number(), year: z.number(), serial: z.number(), replaced: entryRef.nullable() }),
  },
  'entries.get': { access: 'viewer', tx: 'read', input: z.object({ id }), output: entryOut },
  'entries.addAction': {
    access: 'munshi',
    tx: 'write',
    input: z.object({
      entryId: id,
      /** When it happened (default now): not before the receipt, not in the future. */
      at: localDateTime.optional(),
      text: text(20_000),
      status: z.enum(['pending', 'under-inquiry', 'fir-registered'] as const).optional(),
      gdNumber,
      gdAt: localDateTime.nullish(),
    }),
    output: z.object({ id: z.number() }),
  },
  'entries.dispose': {
    access: 'sho',
    tx: 'write',
    input: z.object({ entryId: id, at: localDateTime, note: text(20_000) }),
    output: z.object({ id: z.number() }),
  },
  'entries.cancel': {
    access: 'sho',
    tx: 'write',
    input: z.object({ entryId: id, reason: text(5000) }),
    output: z.object({ id: z.number() }),
  },
  'entries.list': {
    access: 'viewer',
    tx: 'read',
    input: z
      .object({
        from: localDate.optional(),
        to: localDate.optional(),
        status: z.union([z.enum(ENTRY_STATUSES), z.array(z.enum(ENTRY_STATUSES))]).optional(),
        overdue: z.boolean().optional(),
        source: optText(200),
        q: optText(500),
        limit: z.number().int().min(1).max(1000).default(100),
        offset: z.number().int().min(0).default(0),
      })
      .prefault({}),
    output: z.object({ total: z.number(), rows: z.array(entryListRow) }),
  },
  'firs.create': {
    access: 'munshi',
    tx: 'write',
    input: z.object({
      district: optText(200),
      station: optText(200),
      year: z.number().int().min(1900).max(2200),
      number: z.number().int().positive(),
      registeredAt: localDateTime,
      sections: z.array(sectionRef).min(1, 'कम से कम एक धारा / at least one section').max(50),
      io: optText(200),
      status: z.enum(FIR_STATUSES).optional(),
      entryId: id.optional(),
      gdNumber,
      gdAt: localDateTime.nullish(),
    }),
    output: z.object({ id: z.number() }),
  },
  'firs.update': {
    access: 'munshi',
    tx: 'write',
    input: z.object({
      id,
      registeredAt: localDateTime.optional(),
      sections: z.array(sectionRef).min(1).max(50).optional(),
      // .optional(): a field left out stays as it is (optText alone would turn it into null and clear it).
      io: optText(200).optional(),
      status: z.enum(FIR_STATUSES).optional(),
      /** With a charge sheet or final report: its number and date. */
      closureNumber: optText(50).optional(),
      closureDate: localDate.nullish(),
      gdNumber: gdNumber.optional(),
      gdAt: localDateTime.nullish(),
    }),
    output: z.object({ id: z.number() }),
  },
  'firs.get': { access: 'viewer', tx: 'read', input: z.object({ id }), output: firOut },
  'firs.list': {
    access: 'viewer',
    tx: 'read',
    input: z
      .object({
        year: z.number().int().optional(),
        limit: z.number().int().min(1).max(1000).default(100),
        offset: z.number().int().min(0).default(0),
      })
      .prefault({}),
    output: z.object({ total: z.number(), rows: z.array(firOut) }),
  },
  'firs.linkEntry': { access: 'munshi', tx: 'write', input: z.object({ firId: id, entryId: id }), output: z.object({ id: z.number() }) },
  'firs.linkPerson': {
    access: 'munshi',
    tx: 'write',
    input: z.object({
      firId: id,
      personId: id,
      role: z.enum(PERSON_ROLES),
      /** Only an accused has a status (named, wanted, arrested...); a victim, complainant or witness has none. */
      status: z.enum(PERSON_STATUSES).optional(),
      ...personStatusTimes,
    }),
    output: z.object({ id: z.number() }),
  },
  'firs.updatePerson': {
    access: 'munshi',
    tx: 'write',
    input: z.object({
      linkId: id,
      status: z.enum(PERSON_STATUSES).optional(),
      /** When the new status happened (default now); the time of the fact it names (arrest, jail, bail, surrender). */
      at: localDateTime.optional(),
      ...personStatusTimes,
    }),
    output: z.object({ id: z.number() }),
  },
  'persons.create': { access: 'munshi', tx: 'write', input: z.object(personFields), output: z.object({ id: z.number() }) },
  'persons.update': {
    access: 'munshi',
    tx: 'write',
    input: z.object(personFields).partial().extend({ id }),
    output: z.object({ id: z.number() }),
  },
  'persons.get': {
    access: 'viewer',
    tx: 'read',
    input: z.object({ id }),
    output: z.object({
      id: z.number(),
      name: z.string(),
      relativeName: z.string().nullable(),
      relation: z.string().nullable(),
      age: z.number().nullable(),
      gender: z.enum(GENDERS).nullable(),
      address: z.string().nullable(),
      phone: z.string().nullable(),
      firs: z.array(
        z.object({
          firId: z.number(),
          linkId: z.number(),
          label: z.string(),
          role: z.enum(PERSON_ROLES),
          status: z.enum(PERSON_STATUSES).nullable(),
          arrestedAt: z.string().nullable(),
        }),
      ),
    }),
  },
  search: {
    access: 'viewer',
    tx: 'read',
    input: z.object({ q: text(500), limit: z.number().int().min(1).max(200).default(50) }),
    output: z.object({
      entries: z.array(entryListRow),
      persons: z.array(z.object({ id: z.number(), name: z.string(), relativeName: z.string().nullable(), address: z.string().nullable() })),
      firs: z.array(z.object({ id: z.number(), label: z.string() })),
      messages: z.array(
        z.object({ id: z.number(), source: z.string(), sender: z.string().nullable(), sentAt: z.string().nullable(), text: z.string() }),
      ),
    }),
  },
  'import.files': {
    access: 'munshi',
    tx: 'self',
    reads: ['paths'],
    input: z.object({ paths: z.array(text(4096)).min(1, 'कम से कम एक फ़ाइल / at least one file').max(10_000), ...importFields }),
    output: importSummary,
  },
  'import.text': { access: 'munshi', tx: 'self', input: z.object({ text: text(50_000_000), ...importFields }), output: importSummary },
  'import.preview': {
    access: 'viewer',
    tx: 'read',
    input: z.object({
      text: text(50_000_000),
      kind: z.enum(TEXT_KINDS).optional(),
      dateOrder: z.enum(DATE_ORDERS).optional(),
      limit: z.number().int().min(1).max(5000).default(500),
    }),
    output: z.object({
      format: z.enum(['android', 'ios', 'web', 'forwarded']),
      dateOrder: z.enum(DATE_ORDERS).nullable(),
      dateOrderAssumed: z.boolean(),
      counts: z.object({ userMessages: z.number(), systemMessages: z.number(), attachments: z.number(), mediaOmitted: z.number() }),
      warnings: z.array(z.string()),
      total: z.number(),
      messages: z.array(
        z.object({
          kind: z.enum(['user', 'system']),
          sender: z.string().nullable(),
          sentAt: z.string().nullable(),
          text: z.string(),
          attachments: z.array(z.string()),
          mediaOmitted: z.boolean(),
          deleted: z.boolean(),
          edited: z.boolean(),
        }),
      ),
    }),
  },
  'import.cancel': { access: 'munshi', tx: 'self', input: z.object({ token: text(100) }), output: z.object({ cancelled: z.boolean() }) },
  'imports.list': {
    access: 'viewer',
    tx: 'read',
    input: z.object({}).optional(),
    output: z.array(
      z.object({
        id: z.number(),
        source: z.string(),
        kind: z.string(),
        fileName: z.string().nullable(),
        operator: z.string().nullable(),
        startedAt: z.string(),
        finishedAt: z.string(),
        summary: z.record(z.string(), z.unknown()),
      }),
    ),
  },
  'messages.list': {
    access: 'viewer',
    tx: 'read',
    input: z
      .object({
        source: optText(200),
        sender: optText(200),
        from: localDate.optional(),
        to: localDate.optional(),
        q: optText(500),
        unprocessed: z.boolean().optional(),
        hasMedia: z.boolean().optional(),
        kind: z.enum(['user', 'system']).optional(),
        limit: z.number().int().min(1).max(1_000_000).default(200),
        offset: z.number().int().min(0).default(0),
      })
      .prefault({}),
    output: z.object({ total: z.number(), rows: z.array(messageOut) }),
  },
  'messages.markInfoOnly': {
    access: 'munshi',
    tx: 'write',
    input: z.object({ ids: z.array(id).min(1).max(10_000), infoOnly: z.boolean().default(true) }),
    output: z.object({ count: z.number() }),
  },
  'evidence.list': {
    access: 'viewer',
    tx: 'read',
    input: z.object({ limit: z.number().int().min(1).max(1000).default(100), offset: z.number().int().min(0).default(0) }).prefault({}),
    output: z.object({ total: z.number(), rows: z.array(evidenceOut) }),
  },
  'evidence.get': {
    access: 'viewer',
    tx: 'read',
    input: z.object({ sha256 }),
    output: evidenceOut.extend({
      sightings: z.array(
        z.object({
          source: z.string(),
          fileName: z.string(),
          sender: z.string().nullable(),
          sentAt: z.string().nullable(),
          seenAt: z.string(),
          messageId: z.number().nullable(),
          importId: z.number(),
          operator: z.string().nullable(),
        }),
      ),
      entryIds: z.array(z.number()),
    }),
  },
  'evidence.verify': {
    access: 'viewer',
    tx: 'self',
    input: z.object({ sha256: sha256.optional() }).prefault({}),
    output: z.object({ ok: z.boolean(), checked: z.number(), problems: z.array(verifyProblem) }),
  },
  'backup.create': {
    access: 'sho',
    tx: 'self',
    writesIn: ['dir'],
    input: z.object({ dir: optText(4096) }).prefault({}),
    output: z.object({ dir: z.string(), files: z.number(), bytes: z.number(), auditHead: z.string(), removedOld: z.array(z.string()) }),
  },
  'backup.status': {
    access: 'viewer',
    tx: 'read',
    input: z.object({}).optional(),
    output: z.object({
      dir: z.string().nullable(),
      lastGoodAt: z.string().nullable(),
      lastGoodDir: z.string().nullable(),
      ageHours: z.number().nullable(),
      stale: z.boolean(),
    }),
  },
  'backup.verify': {
    access: 'sho',
    tx: 'self',
    reads: ['dir'],
    input: z.object({ dir: text(4096) }),
    output: z.object({
      ok: z.boolean(),
      dir: z.string(),
      createdAt: z.string().nullable(),
      files: z.number(),
      problems: z.array(z.string()),
    }),
  },
  'audit.lastVerify': {
    access: 'viewer',
    tx: 'read',
    input: z.object({}).optional(),
    output: z.object({ at: z.string(), ok: z.boolean(), checked: z.number(), problems: z.number() }).nullable(),
  },
  'audit.verify': {
    access: 'viewer',
    tx: 'self',
    input: z.object({}).optional(),
    output: z.object({
      ok: z.boolean(),
      checked: z.number(),
      problems: z.array(verifyProblem),
      /** Said but not failed: an anchor that could not be compared (head file missing, backup folder not plugged in). */
      warnings: z.array(verifyProblem),
      /** The anchors of the chain found outside the database (head file, newest backup) and whether each matched. */
      anchors: z.array(
        z.object({ source: z.string(), label: z.string(), auditId: z.number().nullable(), at: z.string().nullable(), ok: z.boolean() }),
      ),
      head: z.string(),
    }),
  },
  ...uiContract,
  ...documentsContract,
} as const satisfies Record<string, ChannelSpec>;

/** Push events from the core to whoever started the work (import progress for a progress bar). */
export const events = {
  'import.progress': z.object({
    token: z.string().nullable(),
    phase: z.enum(['reading', 'saving', 'done']),
    bytesDone: z.number(),
    bytesTotal: z.number(),
    messages: z.number(),
    /** Messages written so far while saving (the whole import commits at once at the end). */
    saved: z.number(),
    file: z.string().nullable(),
  }),
} as const;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What a caller passes (before defaults and transforms). */
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives (after validation). */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = z.output<Contract[C]['output']>;

/** What went wrong, for the desk to say in its own language; the message is bilingual for the CLI and logs. */
export type ErrorCode =
  | 'validation'
  | 'not_found'
  | 'conflict'
  | 'forbidden'
  | 'locked'
  | 'rule'
  /** A value the register questions (a receipt date years old): send it again with the confirmation. */
  | 'needs_confirmation'
  | 'cancelled'
  | 'internal'
  | 'unknown_channel'
  /** The data itself: disk full, folder read-only, database damaged or lost (electron/core/storage-errors.ts). */
  | 'storage'
  /** Another program holds the register's write lock (a long import): wait and retry. */
  | 'busy';
export interface ContractError {
  code: ErrorCode;
  /** One bilingual line, Hindi first, for the command line and logs. */
  message: string;
  /** The input field at fault, as a path ('informant.phone'). */
  field?: string;
  /** The same message in each language, without any field path: what the desk shows in its own language. */
  hi?: string;
  en?: string;
  /** Every invalid field at once (validation), so a form can mark them all beside their labels. */
  issues?: { field: string; hi: string; en: string }[];
}

/** Splits a message written "हिंदी / English" into its halves; a message in one language serves both. */
export function bilingual(message: string): { hi: string; en: string } {
  const i = message.indexOf(' / ');
  if (i > 0 && /[\u0900-\u097F]/.test(message.slice(0, i))) return { hi: message.slice(0, i).trim(), en: message.slice(i + 3).trim() };
  return { hi: message, en: message };
}
export type Result<T> = { ok: true; value: T } | { ok: false; error: ContractError };

export const CHANNELS = Object.keys(contract) as Channel[];

/** Whether the signed-in operator (null when locked or nobody is signed in) may call this channel. */
export function mayCall(role: OperatorRole | null, channel: Channel): boolean {
  return roleMayCall(role, contract[channel].access);
}
export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
