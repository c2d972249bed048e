/** The exchange.* channels: the register as CSV for the CO's office, and importing such a CSV. */
import type { AreaHandlers } from '../context';
import { exportCsv } from './export-csv';
import { importCsv } from './import-csv';
import { CSV_COLUMNS } from './columns';

export const exchangeHandlers: AreaHandlers<'exchange'> = {
  'exchange.columns': () => CSV_COLUMNS.map((c) => ({ key: c.key, label: c.hi })),
  'exchange.exportCsv': (ctx, input) =>
    exportCsv(
      ctx,
      {
        from: input.from,
        to: input.to,
        mask: input.mask,
        statuses: input.status === undefined ? undefined : Array.isArray(input.status) ? input.status : [input.status],
      },
      ctx.sink!,
    ),
  'exchange.importCsv': (ctx, input) => importCsv(ctx, input.path),
};
