import type { Ctx } from './context';
import type { Output } from '../contract/index';
import type { AreaHandlers } from './context';

type Row = { n: number };

export const DEMO_SUFFIX = '(प्रशिक्षण / DEMO)';

export function appInfo(ctx: Ctx): Output<'app.info'> {
  const db = ctx.db.sqlite;
  const n = (sql: string) => (db.prepare(sql).get() as Row).n;
  const st = db.prepare('SELECT name, district FROM station WHERE id = 1').get() as { name: string; district: string } | undefined;
  return {
    dataDir: ctx.dataDir,
    operator: ctx.operator ? { id: ctx.operator.id, name: ctx.operator.name, role: ctx.operator.role } : null,
    station: st ? { name: st.name, district: st.district } : null,
    demo: !!st?.name.includes(DEMO_SUFFIX),
    counts: ctx.operator
      ? {
          entries: n('SELECT count(*) AS n FROM entries'),
          messages: n('SELECT count(*) AS n FROM messages'),
          evidence: n('SELECT count(*) AS n FROM evidence'),
        }
      : null,
  };
}

export const appHandlers: AreaHandlers<'app'> = { 'app.info': (ctx) => appInfo(ctx) };
