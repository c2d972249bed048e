import { z } from 'zod';
import { bilingual, contract, isChannel, type ContractError, type Result } from '../contract/index';
import type { Ctx } from './context';
import { AppError } from './errors';
import { storageError } from './storage-errors';
import { handlers } from './handlers';
import { roleMayCall, type Access, type ChannelSpec } from '../contract/rules';
import { checkRead, checkWriteIn } from './file-access';

const FIELD_HI: Record<string, string> = {
  invalid_type: 'आवश्यक या गलत प्रकार',
  invalid_value: 'अमान्य मान',
  too_small: 'बहुत छोटा',
  too_big: 'बहुत बड़ा',
  unrecognized_keys: 'अज्ञात फ़ील्ड',
};

/** Turns a zod failure into one line naming the field (Hindi first), and every invalid field for a form. */
export function validationError(err: z.ZodError): ContractError {
  const issues = err.issues.map((issue) => {
    const hasHindi = /[\u0900-\u097F]/.test(issue.message);
    const text = bilingual(hasHindi ? issue.message : `${FIELD_HI[issue.code] ?? 'अमान्य'} / ${issue.message}`);
    return { field: issue.path.join('.'), ...text };
  });
  const first = issues[0];
  const more = issues.length > 1 ? ` (+${issues.length - 1})` : '';
  return {
    code: 'validation',
    field: first.field || undefined,
    message: `${first.field ? `${first.field}: ` : ''}${first.hi} / ${first.en}${more}`,
    hi: first.hi,
    en: first.en,
    issues,
  };
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
  const c: Ctx = { ...ctx, channel };
  // Who may call comes before what was sent: a locked desk or a refused role learns nothing about the input.
  try {
    authorise(c, spec.access);
  } catch (e) {
    return fail(e);
  }
  const parsed = (spec.input as z.ZodTypeAny).safeParse(rawInput ?? undefined);
  if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
  try {
    checkFiles(c, spec as ChannelSpec, parsed.data as Record<string, unknown>);
    const handler = handlers[channel] as (ctx: Ctx, input: unknown) => unknown;
    const run = () => handler(c, parsed.data);
    // Writes run in one IMMEDIATE transaction with their audit rows; reads see one consistent snapshot.
    let value: unknown;
    if (spec.tx === 'self') value = await run();
    else if (spec.tx === 'read') value = c.db.sqlite.transaction(run).deferred();
    else value = c.db.sqlite.transaction(run).immediate();
    if (options.checkOutput) (spec.output as z.ZodTypeAny).parse(value);
    return { ok: true, value };
  } catch (e) {
    return fail(e, c.dataDir);
  }
}

/** A thrown error as a plain result: nothing rich crosses a process boundary. */
function fail(e: unknown, dataDir?: string): { ok: false; error: ContractError } {
  const error = (code: ContractError['code'], message: string, field?: string): { ok: false; error: ContractError } => ({
    ok: false,
    error: { code, message, field, ...bilingual(message) },
  });
  if (e instanceof AppError) return error(e.code, e.message, e.field);
  // A full disk, a read-only folder, a damaged database, a write lock held elsewhere: the transaction has
  // rolled back; say what happened and what to do.
  const storage = dataDir ? storageError(e, dataDir) : null;
  if (storage) return error(storage.code, storage.message);
  if (e instanceof z.ZodError) return error('internal', `आंतरिक त्रुटि / internal error: ${e.message}`);
  const msg = e instanceof Error ? e.message : String(e);
  if (/UNIQUE constraint failed/.test(msg)) return error('conflict', `पहले से दर्ज / already exists (${msg})`);
  return error('internal', `आंतरिक त्रुटि / internal error: ${msg}`);
}

const ROLE_HI = { viewer: 'दर्शक (viewer)', munshi: 'मुंशी (munshi)', sho: 'थानाध्यक्ष (SHO)' } as const;

/** Refuses a call the contract does not allow for the operator signed in at this desk (none while it is locked). */
export function authorise(ctx: Pick<Ctx, 'operator' | 'channel'>, access: Access) {
  if (roleMayCall(ctx.operator?.role ?? null, access)) return;
  if (!ctx.operator) throw new AppError('locked', 'रजिस्टर बंद है: पहले अपने पिन से खोलें / the register is locked: sign in with your PIN first');
  if (access === 'sho') throw new AppError('forbidden', `यह कार्य केवल थानाध्यक्ष (SHO) कर सकते हैं / only the SHO may do this (${ctx.channel})`);
  throw new AppError(
    'forbidden',
    `${ROLE_HI[ctx.operator.role]} यह कार्य नहीं कर सकते / a ${ctx.operator.role} may not do this (${ctx.channel})`,
  );
}

/** Every path a channel reads or writes in must be one this caller may name, and never inside the data folder. */
function checkFiles(ctx: Ctx, spec: ChannelSpec, input: Record<string, unknown>) {
  const named = (fields: readonly string[] | undefined) =>
    (fields ?? []).flatMap((f) => {
      const v = input?.[f];
      return v == null ? [] : Array.isArray(v) ? v.map(String) : [String(v)];
    });
  for (const p of named(spec.reads)) checkRead(ctx.files, ctx.dataDir, p);
  for (const p of named(spec.writesIn)) checkWriteIn(ctx.files, ctx.dataDir, p);
  if (spec.download && !ctx.sink)
    throw new AppError(
      'validation',
      'यह फ़ाइल केवल सहेजने के संवाद, डाउनलोड या --out से बनती है / this file is made only through a save dialog, a download or --out',
    );
}
