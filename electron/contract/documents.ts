/**
 * Channels for documents sent to superiors and courts: the monthly register, the summary sheet, the
 * section 63 certificate (HTML for the app to print), the register's seal, and the CSV exchange.
 * Spread into `contract` in ./index.ts. No Node, no DOM, no electron here.
 */
import { z } from 'zod';
import type { ChannelSpec } from './rules';
import { localDate, optText, sha256, text } from './common';

const ENTRY_STATUSES = ['pending', 'under-inquiry', 'fir-registered', 'disposed', 'cancelled'] as const;
const ENTRY_MODES = ['whatsapp-group', 'whatsapp-number', 'in-person', 'phone', 'igrs', 'other'] as const;

export const month = z
  .string()
  .trim()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'माह YYYY-MM के रूप में दें / expected a month YYYY-MM')
  .refine((m) => +m.slice(0, 4) >= 1900 && +m.slice(0, 4) <= 2200, 'ऐसा कोई माह नहीं / no such month');

/** How the app prints the HTML: Electron's printToPDF (or Playwright's page.pdf) with these options. */
const printSetup = z.object({ landscape: z.boolean(), footerTemplate: z.string(), headerTemplate: z.string() });

const rendered = {
  html: z.string(),
  /** The audit chain's head hash when the document was made. */
  seal: z.string(),
  auditId: z.number(),
  print: printSetup,
};

export const summaryFigures = z.object({
  station: z.string(),
  district: z.string(),
  openingPending: z.number(),
  received: z.number(),
  receivedByMode: z.record(z.enum(ENTRY_MODES), z.number()),
  settled: z.number(),
  settledWithin10: z.number(),
  settledWithin30: z.number(),
  settledLater: z.number(),
  closingPending: z.number(),
  pendingUpTo10: z.number(),
  pending11To30: z.number(),
  pendingOver30: z.number(),
  becameFir: z.number(),
  accusedArrested: z.number(),
  accusedWanted: z.number(),
  cancelled: z.number(),
});

/** Another station's imported rows (a combining office), by station name; omitted = this register. */
const stationScope = optText(200);

export const documentsContract = {
  'documents.registerHtml': {
    access: 'viewer',
    tx: 'read',
    input: z.object({ month, station: stationScope }),
    output: z.object({ ...rendered, rows: z.number() }),
  },
  'documents.summaryHtml': {
    access: 'viewer',
    tx: 'read',
    input: z.object({ month, station: stationScope, allStations: z.boolean().optional() }),
    output: z.object({
      ...rendered,
      figures: z.object({ month: z.string(), from: z.string(), to: z.string(), stations: z.array(summaryFigures), total: summaryFigures }),
    }),
  },
  'documents.certificateHtml': {
    access: 'viewer',
    tx: 'self',
    input: z.object({ sha256 }),
    output: z.object({ ...rendered, verified: z.boolean() }),
  },
  'documents.checkSeal': {
    access: 'viewer',
    tx: 'read',
    /** auditId: the audit row printed beside the seal, so a chain cut short before it can be counted. */
    input: z.object({ seal: text(200), auditId: z.number().int().min(0).optional() }),
    output: z.object({
      seal: z.string(),
      found: z.boolean(),
      ambiguous: z.boolean(),
      auditId: z.number().nullable(),
      sealedAt: z.string().nullable(),
      changesSince: z.number(),
      changedByEntity: z.array(z.object({ entity: z.string(), count: z.number() })),
      entriesChanged: z.array(z.string()),
      head: z.string(),
      headAuditId: z.number(),
      chainOk: z.boolean(),
      chainProblems: z.array(z.string()),
      message: z.string(),
    }),
  },
  'exchange.columns': {
    access: 'viewer',
    tx: 'read',
    input: z.object({}).optional(),
    output: z.array(z.object({ key: z.string(), label: z.string() })),
  },
  'exchange.exportCsv': {
    access: 'munshi',
    tx: 'self',
    download: { mime: 'text/csv; charset=utf-8', name: (i: { from: string; to: string }) => `thana-register-${i.from}-${i.to}.csv` },
    input: z
      .object({
        from: localDate,
        to: localDate,
        status: z.union([z.enum(ENTRY_STATUSES), z.array(z.enum(ENTRY_STATUSES)).max(5)]).optional(),
        /** Mask informants' and victims' names and phone numbers (action-taken reports sent upward). */
        mask: z.boolean().optional(),
      })
      .refine((v) => v.from <= v.to, { message: 'आरम्भ तिथि अंतिम तिथि के बाद नहीं हो सकती / from must not be after to', path: ['from'] }),
    output: z.object({ rows: z.number(), seal: z.string(), masked: z.boolean() }),
  },
  'exchange.importCsv': {
    access: 'munshi',
    tx: 'self',
    reads: ['path'],
    input: z.object({ path: text(4096) }),
    output: z.object({
      ok: z.boolean(),
      file: z.string(),
      sha256: z.string(),
      rows: z.number(),
      added: z.number(),
      updated: z.number(),
      unchanged: z.number(),
      stations: z.array(
        z.object({
          station: z.string(),
          district: z.string(),
          own: z.boolean(),
          added: z.number(),
          updated: z.number(),
          unchanged: z.number(),
        }),
      ),
      errors: z.array(z.object({ row: z.number(), column: z.string().nullable(), message: z.string() })),
      errorCount: z.number(),
      warnings: z.array(z.string()),
    }),
  },
} as const satisfies Record<string, ChannelSpec>;
