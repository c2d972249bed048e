import type { Ctx } from '../context';
import type { Output, ParsedInput } from '../../contract/index';
import { createBackup, verifyBackup } from './backup';
import { AppError } from '../errors';
import { utcIso } from '../../shared/dates';
import type { DataFolder } from '../data-folder';
import type { AreaHandlers } from '../context';
import { isInside } from '../file-access';

/** A backup older than this is flagged on the desk. */
export const STALE_AFTER_HOURS = 48;
/** The app makes one on its own when the last is older than this. */
export const AUTO_EVERY_HOURS = 24;

function backupDirOf(ctx: Pick<Ctx, 'db'>): string | null {
  return (
    (ctx.db.sqlite.prepare('SELECT backup_dir FROM station WHERE id = 1').get() as { backup_dir: string | null } | undefined)?.backup_dir ??
    null
  );
}

function record(
  ctx: Pick<Ctx, 'db'>,
  at: Date,
  dir: string,
  ok: boolean,
  files: number,
  bytes: number,
  head: string,
  error: string | null,
) {
  ctx.db.sqlite
    .prepare('INSERT INTO backups (at, dir, ok, files, bytes, audit_head, error) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(utcIso(at), dir, ok ? 1 : 0, files, bytes, head, error);
}

export async function runBackup(ctx: Pick<Ctx, 'db' | 'dataDir' | 'now'>, dirIn?: string | null): Promise<Output<'backup.create'>> {
  const dir = dirIn ?? backupDirOf(ctx);
  if (!dir) throw new AppError('validation', 'बैकअप फ़ोल्डर चुनें (सेटिंग्स) / choose a backup folder in the settings', 'dir');
  // Also the folder saved in the settings: only the store writes inside the data folder.
  if (isInside(dir, ctx.dataDir))
    throw new AppError(
      'forbidden',
      'बैकअप फ़ोल्डर रजिस्टर के डेटा फ़ोल्डर में नहीं हो सकता; पेन ड्राइव या दूसरी डिस्क चुनें / the backup folder cannot be inside the data folder: choose a pen drive or another disk',
      'dir',
    );
  const now = ctx.now();
  const folder: DataFolder = {
    dir: ctx.dataDir,
    db: ctx.db,
    readonly: ctx.db.readonly,
    housekeeping: { tempFilesRemoved: 0, orphansRemoved: 0, skipped: true },
    close: () => {},
  };
  try {
    const r = await createBackup(folder, dir, now);
    const check = await verifyBackup(r.dir);
    record(ctx, now, r.dir, check.ok, r.files, r.bytes, r.auditHead, check.ok ? null : check.problems.join('; '));
    if (!check.ok) throw new AppError('rule', `बैकअप की जाँच विफल / the new backup failed its check: ${check.problems[0]}`);
    return { dir: r.dir, files: r.files, bytes: r.bytes, auditHead: r.auditHead, removedOld: r.removedOld };
  } catch (e) {
    if (!(e instanceof AppError && e.message.includes('failed its check'))) record(ctx, now, dir, false, 0, 0, '', (e as Error).message);
    throw e;
  }
}

export function backupStatus(ctx: Ctx): Output<'backup.status'> {
  const last = ctx.db.sqlite.prepare('SELECT at, dir FROM backups WHERE ok = 1 ORDER BY id DESC LIMIT 1').get() as
    { at: string; dir: string } | undefined;
  const ageHours = last ? (ctx.now().getTime() - Date.parse(last.at)) / 3_600_000 : null;
  return {
    dir: backupDirOf(ctx),
    lastGoodAt: last?.at ?? null,
    lastGoodDir: last?.dir ?? null,
    ageHours: ageHours === null ? null : Math.round(ageHours * 10) / 10,
    stale: ageHours === null || ageHours > STALE_AFTER_HOURS,
  };
}

export async function checkBackup(_ctx: Ctx, input: ParsedInput<'backup.verify'>): Promise<Output<'backup.verify'>> {
  const r = await verifyBackup(input.dir);
  return { ok: r.ok, dir: r.dir, createdAt: r.manifest?.createdAt ?? null, files: r.manifest?.files.length ?? 0, problems: r.problems };
}

/** Called by the desktop shell hourly: one backup a day while the app is open, to the SHO's folder. */
export async function maybeAutoBackup(ctx: Pick<Ctx, 'db' | 'dataDir' | 'now'>): Promise<Output<'backup.create'> | null> {
  if (!backupDirOf(ctx)) return null;
  const last = ctx.db.sqlite.prepare('SELECT at FROM backups WHERE ok = 1 ORDER BY id DESC LIMIT 1').get() as { at: string } | undefined;
  if (last && ctx.now().getTime() - Date.parse(last.at) < AUTO_EVERY_HOURS * 3_600_000) return null;
  return runBackup(ctx);
}

export const backupHandlers: AreaHandlers<'backup'> = {
  'backup.create': (ctx, input) => runBackup(ctx, input.dir),
  'backup.status': (ctx) => backupStatus(ctx),
  'backup.verify': checkBackup,
};
