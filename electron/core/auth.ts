import { randomBytes, scrypt as scryptCb, scryptSync, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { asc, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { operators, pinAttempts } from '../../db/schema/index';
import type { Ctx, Operator } from './context';
import type { Output, ParsedInput } from '../contract/index';
import { AppError } from './errors';
import type { AreaHandlers } from './context';

/** scrypt cost: about 50-100 ms on a station PC, slow enough to make guessing expensive. */
const SCRYPT = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const KEY_LEN = 32;

function scrypt(pin: string, salt: Buffer, opts: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => scryptCb(pin, salt, KEY_LEN, opts, (e, k) => (e ? reject(e) : resolve(k))));
}

/** Hashing runs inside the caller's transaction (setting a PIN is rare), so it is synchronous. */
export function hashPin(pin: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(pin, salt, KEY_LEN, SCRYPT);
  return `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function pinMatches(pin: string, stored: string): Promise<boolean> {
  const [alg, n, r, p, salt, key] = stored.split('$');
  if (alg !== 'scrypt') return false;
  const want = Buffer.from(key, 'base64');
  const got = await scrypt(pin, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p), maxmem: SCRYPT.maxmem });
  return got.length === want.length && timingSafeEqual(got, want);
}

/** Wrong PINs in a row before the wait starts, and how the wait grows (doubling, capped). */
export const FREE_ATTEMPTS = 3;
const BASE_WAIT_S = 5;
const MAX_WAIT_S = 300;

export function waitAfter(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_WAIT_S, BASE_WAIT_S * 2 ** (failures - FREE_ATTEMPTS));
}

export function findOperator(db: Db, name: string): (Operator & { active: boolean; pinHash: string | null }) | null {
  return (
    db.orm
      .select({ id: operators.id, name: operators.name, role: operators.role, active: operators.active, pinHash: operators.pinHash })
      .from(operators)
      .where(eq(operators.name, name))
      .get() ?? null
  );
}

/** True once any operator has a PIN: from then on every operator must sign in with one. */
export function pinsInUse(db: Db): boolean {
  return !!db.orm.select({ id: operators.id }).from(operators).where(isNotNull(operators.pinHash)).limit(1).get();
}

/**
 * Checks an operator's PIN. Wrong PINs are counted; after three, each further try must wait longer
 * (5 s, 10 s, 20 s ... 5 min), and tries during the wait are refused without checking the PIN.
 *
 * The attempt is counted before the PIN is checked, in an IMMEDIATE transaction (one writer at a time across
 * every process on this data folder), and un-counted only when the PIN is right. So forty attempts sent at once
 * count as forty: none of them can see the counter as it was before the others. A try refused during the wait
 * still counts (the next wait after it is longer) but does not move the current wait's end.
 */
export async function authenticate(db: Db, name: string, pin: string | null | undefined, now: Date): Promise<Operator> {
  const op = findOperator(db, name);
  if (!op || !op.active) throw new AppError('forbidden', `ऑपरेटर "${name}" नहीं मिला / operator "${name}" not found`, 'name');
  if (!op.pinHash) {
    if (pinsInUse(db))
      throw new AppError(
        'forbidden',
        `"${name}" का पिन अभी तय नहीं है; थानाध्यक्ष से पिन बनवाएँ / "${name}" has no PIN yet; ask the SHO to set one`,
        'pin',
      );
    return { id: op.id, name: op.name, role: op.role };
  }
  const taken = takeAttempt(db, op.id, now);
  if (taken.refusedFor) {
    throw new AppError(
      'forbidden',
      `बहुत से गलत पिन: ${taken.refusedFor} सेकंड बाद फिर प्रयास करें / too many wrong PINs: try again in ${taken.refusedFor} s`,
      'pin',
    );
  }
  if (!pin || !(await pinMatches(pin, op.pinHash))) {
    const wait = taken.waitIfWrong;
    throw new AppError('forbidden', `गलत पिन${wait ? `; ${wait} सेकंड प्रतीक्षा करें` : ''} / wrong PIN${wait ? `; wait ${wait} s` : ''}`, 'pin');
  }
  if (!db.sqlite.readonly) db.orm.delete(pinAttempts).where(eq(pinAttempts.operatorId, op.id)).run();
  return { id: op.id, name: op.name, role: op.role };
}

/** Counts one attempt as failed until proven right; says whether it must be refused unchecked (seconds left). */
function takeAttempt(db: Db, operatorId: number, now: Date): { refusedFor: number; waitIfWrong: number } {
  // A register opened read-only (a damaged disk, a backup on a locked pen drive) cannot count: it still honours a
  // wait already recorded, and scrypt keeps each check slow. Its operators can still sign in to read it.
  if (db.sqlite.readonly) {
    const a = db.orm.select({ lockedUntil: pinAttempts.lockedUntil }).from(pinAttempts).where(eq(pinAttempts.operatorId, operatorId)).get();
    const left = a?.lockedUntil ? Math.ceil((Date.parse(a.lockedUntil) - now.getTime()) / 1000) : 0;
    return { refusedFor: Math.max(0, left), waitIfWrong: 0 };
  }
  return db.sqlite
    .transaction(() => {
      const a = db.orm
        .select({ failures: pinAttempts.failures, lockedUntil: pinAttempts.lockedUntil })
        .from(pinAttempts)
        .where(eq(pinAttempts.operatorId, operatorId))
        .get();
      const failures = (a?.failures ?? 0) + 1;
      const locked = !!a?.lockedUntil && a.lockedUntil > now.toISOString();
      const wait = locked ? 0 : waitAfter(failures);
      const until = locked ? a!.lockedUntil : wait ? new Date(now.getTime() + wait * 1000).toISOString() : null;
      db.orm
        .insert(pinAttempts)
        .values({ operatorId, failures, lockedUntil: until })
        .onConflictDoUpdate({ target: pinAttempts.operatorId, set: { failures, lockedUntil: until } })
        .run();
      const refusedFor = locked ? Math.max(1, Math.ceil((Date.parse(a!.lockedUntil!) - now.getTime()) / 1000)) : 0;
      return { refusedFor, waitIfWrong: wait };
    })
    .immediate();
}

export async function login(ctx: Ctx, input: ParsedInput<'auth.login'>): Promise<Output<'auth.login'>> {
  return authenticate(ctx.db, input.name, input.pin, ctx.now());
}

export function authStatus(ctx: Ctx): Output<'auth.status'> {
  const active = ctx.db.orm
    .select({ name: operators.name, role: operators.role })
    .from(operators)
    .where(eq(operators.active, true))
    .orderBy(asc(operators.id))
    .all();
  return { operator: ctx.operator, pinsInUse: pinsInUse(ctx.db), operators: active };
}

export const authHandlers: AreaHandlers<'auth'> = {
  'auth.login': login,
  'auth.logout': () => ({ ok: true }),
  'auth.status': (ctx) => authStatus(ctx),
};
