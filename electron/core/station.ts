import { eq } from 'drizzle-orm';
import type { Ctx } from './context';
import type { Output, ParsedInput } from '../contract/index';
import { operators, station } from '../../db/schema/index';
import { auditedInsert, auditedUpdate } from './audit';
import { AppError, ruleError } from './errors';
import { utcIso } from '../shared/dates';
import { hashPin } from './auth';
import { prepared } from './orm';
import type { AreaHandlers } from './context';

/** The station is the one row with id 1. */
const THE_STATION = eq(station.id, 1);
/** Read for every entry written (its due date), so built once. */
const stationRow = prepared((orm) => orm.select().from(station).where(THE_STATION).prepare());

/** The station's row as stored (when the register began, and the rest). */
export function stationTable(ctx: Ctx): typeof station.$inferSelect | undefined {
  return stationRow(ctx.db.orm).get();
}

export function getStation(ctx: Ctx): Output<'station.get'> {
  const r = stationRow(ctx.db.orm).get();
  if (!r) return null;
  return {
    name: r.name,
    district: r.district,
    code: r.code,
    dueDays: r.dueDays,
    igrsDueDays: r.igrsDueDays,
    receivingDevice: r.receivingDevice,
    backupDir: r.backupDir,
    lockMinutes: r.lockMinutes,
  };
}

export function requireStation(ctx: Ctx): NonNullable<Output<'station.get'>> {
  const s = getStation(ctx);
  if (!s) throw new AppError('rule', 'थाना अभी पंजीकृत नहीं है: पहले init चलाएँ / the station is not set up yet: run init first');
  return s;
}

/** First run: the station profile and its first operator, who is the SHO. */
export function initStation(ctx: Ctx, input: ParsedInput<'station.init'>): Output<'station.init'> {
  if (getStation(ctx)) throw ruleError('थाना पहले से पंजीकृत है', 'the station is already set up', 'name');
  const now = utcIso(ctx.now());
  const { orm } = ctx.db;
  auditedInsert(ctx, 'station', () => {
    // The other settings take their column defaults (10 days, 30 for IGRS, lock after 10 minutes).
    orm.insert(station).values({ id: 1, name: input.name, district: input.district, code: input.code, createdAt: now }).run();
    return 1;
  });
  const operatorId = auditedInsert(
    ctx,
    'operators',
    () =>
      orm
        .insert(operators)
        .values({ name: input.operator, role: 'sho', active: true, pinHash: input.pin ? hashPin(input.pin) : null, createdAt: now })
        .returning({ id: operators.id })
        .get().id,
  );
  return { operatorId };
}

export function updateStation(ctx: Ctx, input: ParsedInput<'station.update'>): Output<'station.update'> {
  requireStation(ctx);
  // drizzle leaves out of the SET the fields that are undefined (not given).
  const cols: Partial<typeof station.$inferInsert> = {
    name: input.name,
    district: input.district,
    code: input.code,
    dueDays: input.dueDays,
    igrsDueDays: input.igrsDueDays,
    receivingDevice: input.receivingDevice,
    backupDir: input.backupDir,
    lockMinutes: input.lockMinutes,
  };
  if (Object.values(cols).some((v) => v !== undefined)) {
    auditedUpdate(ctx, 'station', 1, () => {
      ctx.db.orm.update(station).set(cols).where(THE_STATION).run();
    });
  }
  return requireStation(ctx);
}

export const stationHandlers: AreaHandlers<'station'> = {
  'station.get': (ctx) => getStation(ctx),
  'station.init': initStation,
  'station.update': updateStation,
};
