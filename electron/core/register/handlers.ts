/**
 * Handlers of the documents and exchange channels (electron/contract/documents.ts), spread into the one
 * dispatch table in ../handlers.ts.
 */
import type { documentsContract } from '../../contract/documents';
import type { Ctx } from '../context';
import type { Handler } from '../handlers';
import { exportCsv } from '../exchange/export-csv';
import { importCsv } from '../exchange/import-csv';
import { CSV_COLUMNS } from '../exchange/columns';
import { certificateHtml, registerHtml, summaryHtml } from './render';
import { checkSeal } from './seal';

type DocumentChannel = keyof typeof documentsContract;

export const documentHandlers: { [C in DocumentChannel]: Handler<C> } = {
  'documents.registerHtml': (ctx, input) => registerHtml(ctx, input),
  'documents.summaryHtml': (ctx, input) => summaryHtml(ctx, input),
  'documents.certificateHtml': (ctx, input) => certificateHtml(ctx, input),
  'documents.checkSeal': (ctx, input) => checkSeal(ctx.db.sqlite, input.seal),
  'exchange.columns': () => CSV_COLUMNS.map((c) => ({ key: c.key, label: c.hi })),
  'exchange.exportCsv': (ctx: Ctx, input) =>
    exportCsv(ctx, {
      from: input.from,
      to: input.to,
      mask: input.mask,
      path: input.path,
      statuses: input.status === undefined ? undefined : Array.isArray(input.status) ? input.status : [input.status],
    }),
  'exchange.importCsv': (ctx, input) => importCsv(ctx, input.path),
};

/**
 * Reading documents is open to every operator. Exports carry personal data (names, phone numbers) out of
 * the register, so a viewer may not make one; imports change the register.
 */
export const documentAccess: { [C in DocumentChannel]: 'read' | 'write' | 'sho' | 'setup' } = {
  'documents.registerHtml': 'read',
  'documents.summaryHtml': 'read',
  'documents.certificateHtml': 'read',
  'documents.checkSeal': 'read',
  'exchange.columns': 'read',
  'exchange.exportCsv': 'write',
  'exchange.importCsv': 'write',
};

/** Async handlers that stream files or re-hash evidence and run their own transactions. */
export const DOCUMENT_SELF_TRANSACTED = ['documents.certificateHtml', 'exchange.exportCsv', 'exchange.importCsv'] as const;
