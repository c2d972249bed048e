/**
 * Running a download channel (one that writes a file for its caller) into a file: the command line's --out,
 * or the path the desktop app's save dialog returned. The browser bridge streams the same channel into its
 * HTTP response instead.
 */
import type { z } from 'zod';
import { contract, isChannel, type Result } from '../contract/index';
import type { ChannelSpec } from '../contract/rules';
import type { Ctx } from './context';
import { authorise, dispatch, validationError } from './dispatch';
import { AppError } from './errors';
import { fileSink } from './file-access';

/**
 * Before a transport asks where to save (a save dialog) or sends a byte (a download response): is this a download
 * channel, is its input valid, may the operator at this desk call it? Gives the file name and type to offer.
 * The dispatch checks all of it again when the download runs.
 */
export function downloadPlan(
  ctx: Pick<Ctx, 'operator'>,
  channel: string,
  input: unknown,
): Result<{ channel: string; name: string; mime: string }> {
  if (!isChannel(channel))
    return { ok: false, error: { code: 'unknown_channel', message: `अज्ञात चैनल "${channel}" / unknown channel "${channel}"` } };
  const spec = contract[channel] as ChannelSpec;
  if (!spec.download)
    return {
      ok: false,
      error: { code: 'validation', message: `यह चैनल कोई फ़ाइल नहीं बनाता (${channel}) / this channel makes no file to save (${channel})` },
    };
  const parsed = (spec.input as z.ZodTypeAny).safeParse(input ?? undefined);
  if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
  try {
    authorise({ operator: ctx.operator, channel }, spec.access);
  } catch (e) {
    if (e instanceof AppError) return { ok: false, error: { code: e.code, message: e.message, field: e.field } };
    throw e;
  }
  return { ok: true, value: { channel, name: spec.download.name(parsed.data as never), mime: spec.download.mime } };
}

export async function dispatchToFile(
  ctx: Omit<Ctx, 'channel'>,
  channel: string,
  input: unknown,
  target: string,
  o: { overwrite: boolean },
): Promise<Result<Record<string, unknown> & { path: string }>> {
  let sink;
  try {
    sink = fileSink(target, { dataDir: ctx.dataDir, overwrite: o.overwrite });
  } catch (e) {
    if (e instanceof AppError) return { ok: false, error: { code: e.code, message: e.message, field: e.field } };
    return { ok: false, error: { code: 'internal', message: `फ़ाइल नहीं बनी / cannot create ${target}: ${(e as Error).message}` } };
  }
  const r = await dispatch({ ...ctx, sink: sink.stream }, channel, input);
  if (!r.ok) {
    sink.abort();
    return r;
  }
  try {
    return { ok: true, value: { ...(r.value as Record<string, unknown>), path: sink.commit() } };
  } catch (e) {
    sink.abort();
    return { ok: false, error: { code: 'internal', message: `फ़ाइल सहेजी नहीं गई / cannot save ${target}: ${(e as Error).message}` } };
  }
}
