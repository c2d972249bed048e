/**
 * Running a download channel (one that writes a file for its caller) into a file: the command line's --out,
 * or the path the desktop app's save dialog returned. The browser bridge streams the same channel into its
 * HTTP response instead.
 */
import type { Result } from '../contract/index';
import type { Ctx } from './context';
import { dispatch } from './dispatch';
import { AppError } from './errors';
import { fileSink } from './file-access';

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
