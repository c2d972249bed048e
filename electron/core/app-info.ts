import { count, eq } from 'drizzle-orm';
import type { Ctx } from './context';
import type { Output } from '../contract/index';
import { entries, evidence, messages, station } from '../../db/schema/index';
import { prepared } from './orm';
import type { AreaHandlers } from './context';

export const DEMO_SUFFIX = '(प्रशिक्षण / DEMO)';

// Asked for whenever the desk starts or unlocks: built once per connection (see `prepared`).
const stationName = prepared((orm) =>
  orm.select({ name: station.name, district: station.district }).from(station).where(eq(station.id, 1)).prepare(),
);
const rowsOf = (table: typeof entries | typeof messages | typeof evidence) =>
  prepared((orm) => orm.select({ n: count() }).from(table).prepare());
const entryCount = rowsOf(entries);
const messageCount = rowsOf(messages);
const evidenceCount = rowsOf(evidence);

export function appInfo(ctx: Ctx): Output<'app.info'> {
  const st = stationName(ctx.db.orm).get();
  return {
    dataDir: ctx.dataDir,
    operator: ctx.operator ? { id: ctx.operator.id, name: ctx.operator.name, role: ctx.operator.role } : null,
    station: st ? { name: st.name, district: st.district } : null,
    demo: !!st?.name.includes(DEMO_SUFFIX),
    counts: ctx.operator
      ? {
          entries: entryCount(ctx.db.orm).get()!.n,
          messages: messageCount(ctx.db.orm).get()!.n,
          evidence: evidenceCount(ctx.db.orm).get()!.n,
        }
      : null,
  };
}

export const appHandlers: AreaHandlers<'app'> = { 'app.info': (ctx) => appInfo(ctx) };
