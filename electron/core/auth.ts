import { randomBytes, scrypt as scryptCb, scryptSync, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { Db } from '../../db/client';
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

type OperatorRow = Operator & { active: number; pin_hash: string | null };

export function findOperator(db: Db, name: string): OperatorRow | null {
  return (
    (db.sqlite.prepare('SELECT id, name, role, active, pin_hash FROM operators WHERE name = ?').get(name) as OperatorRow | undefined) ??
    null
  );
}

/** True once any operator has a PIN: from then on every operator must sign in with one. */
export function pinsInUse(db: Db): boolean {
  return !!db.sqlite.prepare('SELECT 1 FROM operators WHERE pin_hash IS NOT NULL LIMIT 1').get();
}

/**
 * Checks an operator's PIN. Wrong PINs are counted; after three, each further try must wait longer
 * (5 s, 10 s, 20 s ... 5 min), and tries during the wait are refused without checking the PIN.
 */
export async function authenticate(db: Db, name: string, pin: string | null | undefined, now: Date): Promise<Operator> {
  const op = findOperator(db, name);
  if (!op || !op.active) throw new AppError('forbidden', `ऑपरेटर "${name}" नहीं मिला / operator "${name}" not found`, 'name');
  if (!op.pin_hash) {
    if (pinsInUse(db))
      throw new AppError(
        'forbidden',
        `"${name}" का पिन अभी तय नहीं है; थानाध्यक्ष से पिन बनवाएँ / "${name}" has no PIN yet; ask the SHO to set one`,
        'pin',
      );
    return { id: op.id, name: op.name, role: op.role };
  }
  const attempt = db.sqlite.prepare('SELECT failures, locked_until FROM pin_attempts WHERE operator_id = ?').get(op.id) as
    { failures: number; locked_until: string | null } | undefined;
  if (attempt?.locked_until && attempt.locked_until > now.toISOString()) {
    const s = Math.ceil((Date.parse(attempt.locked_until) - now.getTime()) / 1000);
    throw new AppError('forbidden', `बहुत से गलत पिन: ${s} सेकंड बाद फिर प्रयास करें / too many wrong PINs: try again in ${s} s`, 'pin');
  }
  if (!pin || !(await pinMatches(pin, op.pin_hash))) {
    const failures = (attempt?.failures ?? 0) + 1;
    const wait = waitAfter(failures);
    const until = wait ? new Date(now.getTime() + wait * 1000).toISOString() : null;
    db.sqlite
      .prepare(
        'INSERT INTO pin_attempts (operator_id, failures, locked_until) VALUES (?, ?, ?) ON CONFLICT(operator_id) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until',
      )
      .run(op.id, failures, until);
    throw new AppError('forbidden', `गलत पिन${wait ? `; ${wait} सेकंड प्रतीक्षा करें` : ''} / wrong PIN${wait ? `; wait ${wait} s` : ''}`, 'pin');
  }
  // Only when there is something to clear: a register opened read-only still lets its operators sign in.
  if (attempt) db.sqlite.prepare('DELETE FROM pin_attempts WHERE operator_id = ?').run(op.id);
  return { id: op.id, name: op.name, role: op.role };
}

export async function login(ctx: Ctx, input: ParsedInput<'auth.login'>): Promise<Output<'auth.login'>> {
  return authenticate(ctx.db, input.name, input.pin, ctx.now());
}

export function authStatus(ctx: Ctx): Output<'auth.status'> {
  const operators = ctx.db.sqlite
    .prepare('SELECT name, role FROM operators WHERE active = 1 ORDER BY id')
    .all() as Output<'auth.status'>['operators'];
  return { operator: ctx.operator, pinsInUse: pinsInUse(ctx.db), operators };
}

export const authHandlers: AreaHandlers<'auth'> = {
  'auth.login': login,
  'auth.logout': () => ({ ok: true }),
  'auth.status': (ctx) => authStatus(ctx),
};
