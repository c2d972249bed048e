import { z } from 'zod';
import { contract, isChannel, type Channel, type ContractError, type Result } from '../contract/index';
import type { Ctx } from './context';
import { AppError } from './errors';
import { handlers, channelAccess, SELF_TRANSACTED } from './handlers';

const FIELD_HI: Record<string, string> = {
  invalid_type: 'आवश्यक या गलत प्रकार',
  invalid_value: 'अमान्य मान',
  too_small: 'बहुत छोटा',
  too_big: 'बहुत बड़ा',
  unrecognized_keys: 'अज्ञात फ़ील्ड',
};

/** Turns a zod failure into one line naming the field, Hindi first. */
export function validationError(err: z.ZodError): ContractError {
  const issue = err.issues[0];
  const field = issue.path.join('.') || undefined;
  const hasHindi = /[\u0900-\u097F]/.test(issue.message);
  const message = hasHindi ? issue.message : `${FIELD_HI[issue.code] ?? 'अमान्य'} / ${issue.message}`;
  const more = err.issues.length > 1 ? ` (+${err.issues.length - 1})` : '';
  return { code: 'validation', field, message: `${field ? `${field}: ` : ''}${message}${more}` };
}

export interface DispatchOptions {
  /** Validate handler output against the contract too (tests turn this on). */
  checkOutput?: boolean;
}

/**
 * The one dispatch every transport runs: validate, authorise, call the handler inside a transaction,
 * and return a plain result. Nothing rich crosses a process boundary.
 */
export async function dispatch(
  ctx: Omit<Ctx, 'channel'>,
  channel: string,
  rawInput: unknown,
  options: DispatchOptions = {},
): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'unknown_channel', message: `अज्ञात चैनल "${channel}" / unknown channel "${channel}"` } };
  }
  const spec = contract[channel];
  const parsed = (spec.input as z.ZodTypeAny).safeParse(rawInput ?? undefined);
  if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
  const c: Ctx = { ...ctx, channel };
  try {
    authorise(c, channel);
    const handler = handlers[channel] as (ctx: Ctx, input: unknown) => unknown;
    const run = () => handler(c, parsed.data);
    // Writes run in one IMMEDIATE transaction with their audit rows; reads see one consistent snapshot.
    let value: unknown;
    if (SELF_TRANSACTED.has(channel)) value = await run();
    else if (channelAccess[channel] === 'read') value = c.db.sqlite.transaction(run).deferred();
    else value = c.db.sqlite.transaction(run).immediate();
    if (options.checkOutput) (spec.output as z.ZodTypeAny).parse(value);
    return { ok: true, value };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, error: { code: e.code, message: e.message, field: e.field } };
    if (e instanceof z.ZodError) return { ok: false, error: { code: 'internal', message: `आंतरिक त्रुटि / internal error: ${e.message}` } };
    const msg = e instanceof Error ? e.message : String(e);
    if (/UNIQUE constraint failed/.test(msg))
      return { ok: false, error: { code: 'conflict', message: `पहले से दर्ज / already exists (${msg})` } };
    return { ok: false, error: { code: 'internal', message: `आंतरिक त्रुटि / internal error: ${msg}` } };
  }
}

function authorise(ctx: Ctx, channel: Channel) {
  const access = channelAccess[channel];
  if (access === 'read' || access === 'setup') return;
  if (!ctx.operator) throw new AppError('forbidden', 'कोई ऑपरेटर चयनित नहीं / no operator is signed in');
  if (ctx.operator.role === 'viewer')
    throw new AppError('forbidden', `दर्शक (viewer) बदलाव नहीं कर सकते / a viewer cannot change anything (${channel})`);
  if (access === 'sho' && ctx.operator.role !== 'sho')
    throw new AppError('forbidden', `यह कार्य केवल थानाध्यक्ष (SHO) कर सकते हैं / only the SHO may do this (${channel})`);
}
