import type { Ctx } from './context';
import type { Output, ParsedInput } from '../contract/index';
import { auditedInsert, auditedUpdate } from './audit';
import { AppError, ruleError } from './errors';
import { utcIso } from '../shared/dates';
import { hashPin } from './auth';
import type { AreaHandlers } from './context';

type StationRow = {
  name: string;
  district: string;
  code: string | null;
  due_days: number;
  igrs_due_days: number;
  receiving_device: string | null;
  backup_dir: string | null;
  lock_minutes: number;
};

export function getStation(ctx: Ctx): Output<'station.get'> {
  const r = ctx.db.sqlite.prepare('SELECT * FROM station WHERE id = 1').get() as StationRow | undefined;
  if (!r) return null;
  return {
    name: r.name,
    district: r.district,
    code: r.code,
    dueDays: r.due_days,
    igrsDueDays: r.igrs_due_days,
    receivingDevice: r.receiving_device,
    backupDir: r.backup_dir,
    lockMinutes: r.lock_minutes,
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
  const { sqlite } = ctx.db;
  auditedInsert(ctx, 'station', () => {
    sqlite
      .prepare('INSERT INTO station (id, name, district, code, created_at) VALUES (1, ?, ?, ?, ?)')
      .run(input.name, input.district, input.code, now);
    return 1;
  });
  const operatorId = auditedInsert(ctx, 'operators', () =>
    Number(
      sqlite
        .prepare("INSERT INTO operators (name, role, active, pin_hash, created_at) VALUES (?, 'sho', 1, ?, ?)")
        .run(input.operator, input.pin ? hashPin(input.pin) : null, now).lastInsertRowid,
    ),
  );
  return { operatorId };
}

export function updateStation(ctx: Ctx, input: ParsedInput<'station.update'>): Output<'station.update'> {
  requireStation(ctx);
  const cols: Record<string, unknown> = {
    name: input.name,
    district: input.district,
    code: input.code,
    due_days: input.dueDays,
    igrs_due_days: input.igrsDueDays,
    receiving_device: input.receivingDevice,
    backup_dir: input.backupDir,
    lock_minutes: input.lockMinutes,
  };
  const sets = Object.entries(cols).filter(([, v]) => v !== undefined);
  if (sets.length) {
    auditedUpdate(ctx, 'station', 1, () => {
      ctx.db.sqlite.prepare(`UPDATE station SET ${sets.map(([k]) => `${k} = ?`).join(', ')} WHERE id = 1`).run(...sets.map(([, v]) => v));
    });
  }
  return requireStation(ctx);
}

export const stationHandlers: AreaHandlers<'station'> = {
  'station.get': (ctx) => getStation(ctx),
  'station.init': initStation,
  'station.update': updateStation,
};
