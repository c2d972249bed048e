/** The documents.* channels: the monthly register, the summary sheet, the section 63 certificate and the seal. */
import type { AreaHandlers } from '../context';
import { certificateHtml, registerHtml, summaryHtml } from './render';
import { checkSeal } from './seal';

export const documentsHandlers: AreaHandlers<'documents'> = {
  'documents.registerHtml': (ctx, input) => registerHtml(ctx, input),
  'documents.summaryHtml': (ctx, input) => summaryHtml(ctx, input),
  'documents.certificateHtml': (ctx, input) => certificateHtml(ctx, input),
  'documents.checkSeal': (ctx, input) => checkSeal(ctx.db.sqlite, input.seal, { dataDir: ctx.dataDir, auditId: input.auditId }),
};
