import type { Ctx } from './context';
import type { Output, ParsedInput } from '../contract/index';
import { auditedInsert, auditedUpdate } from './audit';
import { AppError, notFound } from './errors';
import { utcIso } from '../shared/dates';
import { hashPin, pinsInUse } from './auth';
import { requireStation } from './station';
import type { AreaHandlers } from './context';

export function listOperators(ctx: Ctx): Output<'operators.list'> {
  return (
    ctx.db.sqlite.prepare('SELECT id, name, role, active FROM operators ORDER BY id').all() as {
      id: number;
      name: string;
      role: 'sho';
      active: number;
    }[]
  ).map((r) => ({ ...r, active: !!r.active }));
}

export function createOperator(ctx: Ctx, input: ParsedInput<'operators.create'>): Output<'operators.create'> {
  requireStation(ctx);
  const exists = ctx.db.sqlite.prepare('SELECT id FROM operators WHERE name = ?').get(input.name);
  if (exists) throw new AppError('conflict', `ऑपरेटर "${input.name}" पहले से है / operator "${input.name}" already exists`, 'name');
  if (!input.pin && pinsInUse(ctx.db)) {
    throw new AppError('validation', 'नए ऑपरेटर का पिन दें / give the new operator a PIN', 'pin');
  }
  const id = auditedInsert(ctx, 'operators', () =>
    Number(
      ctx.db.sqlite
        .prepare('INSERT INTO operators (name, role, active, pin_hash, created_at) VALUES (?, ?, 1, ?, ?)')
        .run(input.name, input.role, input.pin ? hashPin(input.pin) : null, utcIso(ctx.now())).lastInsertRowid,
    ),
  );
  return { id };
}

/** Sets a PIN: the SHO for anyone, an operator for themself. */
export function setPin(ctx: Ctx, input: ParsedInput<'operators.setPin'>): Output<'operators.setPin'> {
  const me = ctx.operator;
  if (!me) throw new AppError('forbidden', 'कोई ऑपरेटर चयनित नहीं / no operator is signed in');
  if (me.role !== 'sho' && me.id !== input.operatorId)
    throw new AppError('forbidden', "केवल थानाध्यक्ष दूसरों का पिन बदल सकते हैं / only the SHO may set another operator's PIN");
  const row = ctx.db.sqlite.prepare('SELECT id FROM operators WHERE id = ?').get(input.operatorId);
  if (!row) throw notFound({ hi: 'ऑपरेटर', en: 'operator' }, input.operatorId);
  const hash = hashPin(input.pin);
  auditedUpdate(ctx, 'operators', input.operatorId, () => {
    ctx.db.sqlite.prepare('UPDATE operators SET pin_hash = ? WHERE id = ?').run(hash, input.operatorId);
  });
  ctx.db.sqlite.prepare('DELETE FROM pin_attempts WHERE operator_id = ?').run(input.operatorId);
  return { id: input.operatorId };
}

export const operatorsHandlers: AreaHandlers<'operators'> = {
  'operators.list': (ctx) => listOperators(ctx),
  'operators.create': createOperator,
  'operators.setPin': setPin,
};
