import { asc, eq } from 'drizzle-orm';
import type { Ctx } from './context';
import type { Output, ParsedInput } from '../contract/index';
import { operators, pinAttempts } from '../../db/schema/index';
import { auditedInsert, auditedUpdate } from './audit';
import { AppError, notFound } from './errors';
import { utcIso } from '../shared/dates';
import { hashPin, pinsInUse } from './auth';
import { requireStation } from './station';
import type { AreaHandlers } from './context';

export function listOperators(ctx: Ctx): Output<'operators.list'> {
  return ctx.db.orm
    .select({ id: operators.id, name: operators.name, role: operators.role, active: operators.active })
    .from(operators)
    .orderBy(asc(operators.id))
    .all();
}

export function createOperator(ctx: Ctx, input: ParsedInput<'operators.create'>): Output<'operators.create'> {
  requireStation(ctx);
  const exists = ctx.db.orm.select({ id: operators.id }).from(operators).where(eq(operators.name, input.name)).get();
  if (exists) throw new AppError('conflict', `ऑपरेटर "${input.name}" पहले से है / operator "${input.name}" already exists`, 'name');
  if (!input.pin && pinsInUse(ctx.db)) {
    throw new AppError('validation', 'नए ऑपरेटर का पिन दें / give the new operator a PIN', 'pin');
  }
  const id = auditedInsert(
    ctx,
    'operators',
    () =>
      ctx.db.orm
        .insert(operators)
        .values({
          name: input.name,
          role: input.role,
          active: true,
          pinHash: input.pin ? hashPin(input.pin) : null,
          createdAt: utcIso(ctx.now()),
        })
        .returning({ id: operators.id })
        .get().id,
  );
  return { id };
}

/** Sets a PIN: the SHO for anyone, an operator for themself. */
export function setPin(ctx: Ctx, input: ParsedInput<'operators.setPin'>): Output<'operators.setPin'> {
  const me = ctx.operator;
  if (!me) throw new AppError('forbidden', 'कोई ऑपरेटर चयनित नहीं / no operator is signed in');
  if (me.role !== 'sho' && me.id !== input.operatorId)
    throw new AppError('forbidden', "केवल थानाध्यक्ष दूसरों का पिन बदल सकते हैं / only the SHO may set another operator's PIN");
  const row = ctx.db.orm.select({ id: operators.id }).from(operators).where(eq(operators.id, input.operatorId)).get();
  if (!row) throw notFound({ hi: 'ऑपरेटर', en: 'operator' }, input.operatorId);
  const hash = hashPin(input.pin);
  auditedUpdate(ctx, 'operators', input.operatorId, () => {
    ctx.db.orm.update(operators).set({ pinHash: hash }).where(eq(operators.id, input.operatorId)).run();
  });
  ctx.db.orm.delete(pinAttempts).where(eq(pinAttempts.operatorId, input.operatorId)).run();
  return { id: input.operatorId };
}

export const operatorsHandlers: AreaHandlers<'operators'> = {
  'operators.list': (ctx) => listOperators(ctx),
  'operators.create': createOperator,
  'operators.setPin': setPin,
};
