/**
 * The dates the register records are what the munshi says happened, typed (now only as the default): these
 * rules keep a typo from becoming the record. Nothing is dated in the future (a 2027 typed for 2026 would take
 * serial 1/2027 for ever); nothing happens before the complaint arrived; a receipt date from before the register
 * began, or years old, is questioned and needs the munshi's confirmation.
 */
import { min } from 'drizzle-orm';
import { entries } from '../../db/schema/index';
import { stationTable } from './station';
import type { Ctx } from './context';
import { AppError } from './errors';
import { addDays, dateTimeHi, istLocal } from '../shared/dates';

/** A phone's clock and the PC's may differ a little: a time up to this far ahead is still "now". */
const CLOCK_SLACK_MS = 10 * 60 * 1000;
/** Older than this, a receipt date is questioned even in a register that has run for years. */
const QUESTION_AFTER_DAYS = 2 * 365;

// Hindi agrees with the noun: तिथि (date) is feminine, समय (time) masculine.
const what = {
  receivedAt: { hi: 'प्राप्ति की तिथि', en: 'the date of receipt', can: 'सकती' },
  at: { hi: 'कार्यवाही की तिथि', en: 'the date of the action', can: 'सकती' },
  registeredAt: { hi: 'एफआईआर की तिथि', en: 'the date of the FIR', can: 'सकती' },
  gdAt: { hi: 'रपट का समय', en: 'the time of the GD report', can: 'सकता' },
  arrestedAt: { hi: 'गिरफ्तारी का समय', en: 'the time of arrest', can: 'सकता' },
  jailedAt: { hi: 'जेल भेजने का समय', en: 'the time sent to jail', can: 'सकता' },
  bailedAt: { hi: 'जमानत का समय', en: 'the time of bail', can: 'सकता' },
  surrenderedAt: { hi: 'आत्मसमर्पण का समय', en: 'the time of surrender', can: 'सकता' },
  closureDate: { hi: 'आरोप पत्र / अंतिम रिपोर्ट की तिथि', en: 'the date of the charge sheet or final report', can: 'सकती' },
} as const;
export type DatedField = keyof typeof what;

/** Refuses a local time later than now (India time, with a little slack for clocks). */
export function notInFuture(ctx: Pick<Ctx, 'now'>, local: string | null | undefined, field: DatedField): void {
  if (!local) return;
  const now = istLocal(new Date(ctx.now().getTime() + CLOCK_SLACK_MS));
  if (local > now)
    throw new AppError(
      'validation',
      `${what[field].hi} (${dateTimeHi(local)}) भविष्य में नहीं हो ${what[field].can}; वर्ष और महीना जाँचें / ${what[field].en} (${dateTimeHi(local)}) cannot be in the future: check the year and month`,
      field,
    );
}

/** Refuses a time before another (an action before the complaint arrived, bail before arrest). */
export function notBefore(
  local: string | null | undefined,
  earliest: string | null | undefined,
  field: DatedField,
  than: { hi: string; en: string },
) {
  if (!local || !earliest || local >= earliest) return;
  throw new AppError(
    'validation',
    `${what[field].hi} (${dateTimeHi(local)}) ${than.hi} (${dateTimeHi(earliest)}) से पहले नहीं हो ${what[field].can} / ${what[field].en} (${dateTimeHi(local)}) cannot be before ${than.en} (${dateTimeHi(earliest)})`,
    field,
  );
}

/**
 * A receipt date the register should not take on trust: before the year this register began (a register set up
 * in December still takes that year's entries copied from the paper register, whose serials run from January;
 * older years count as begun once entries of theirs are in it),
 * or more than two years ago. Either can be right (an old complaint entered late), so the munshi confirms it.
 */
export function questionReceipt(ctx: Ctx, receivedAt: string, confirmed: boolean | undefined): void {
  notInFuture(ctx, receivedAt, 'receivedAt');
  if (confirmed) return;
  const began = stationTable(ctx)?.createdAt;
  // The register began in the year it was set up, or earlier when older years were brought in (a CSV of the paper register).
  const firstEntryYear =
    ctx.db.orm
      .select({ y: min(entries.year) })
      .from(entries)
      .get()?.y ?? null;
  const beganYear = began ? Math.min(Number(istLocal(new Date(began)).slice(0, 4)), firstEntryYear ?? Infinity) : null;
  const beganLocal = beganYear ? `${beganYear}-01-01` : null;
  const today = istLocal(ctx.now()).slice(0, 10);
  const day = receivedAt.slice(0, 10);
  if (beganLocal && day < beganLocal)
    throw new AppError(
      'needs_confirmation',
      `प्राप्ति की तिथि ${dateTimeHi(receivedAt)} इस रजिस्टर के पहले वर्ष (${beganLocal.slice(0, 4)}) से पहले की है: सही हो तो पुष्टि करें / the date of receipt ${dateTimeHi(receivedAt)} is before this register's first year (${beganLocal.slice(0, 4)}): confirm it if it is right`,
      'receivedAt',
    );
  if (day < addDays(today, -QUESTION_AFTER_DAYS))
    throw new AppError(
      'needs_confirmation',
      `प्राप्ति की तिथि ${dateTimeHi(receivedAt)} दो वर्ष से अधिक पुरानी है: सही हो तो पुष्टि करें / the date of receipt ${dateTimeHi(receivedAt)} is more than two years old: confirm it if it is right`,
      'receivedAt',
    );
}
