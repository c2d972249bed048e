/** What every command receives and how it reports a channel's result. */
import type { Result } from '../contract/index';
import type { Ctx } from '../core/context';
import type { DataFolder } from '../core/data-folder';
import type { ParsedArgs } from './args';

export interface CommandEnv {
  folder: DataFolder;
  args: ParsedArgs;
  rest: string[];
  ctx: Omit<Ctx, 'channel'>;
  call: (channel: string, input: unknown) => Promise<Result<unknown>>;
  /** Runs a download channel into a file the operator named (refused inside the data folder; replaced only with --force). */
  download: (channel: string, input: unknown, target: string) => Promise<Result<unknown>>;
  /** --force: the operator allows replacing an existing file. */
  force: boolean;
  out: (s: string) => void;
  err: (s: string) => void;
  readStdin: () => string;
  isTTY: boolean;
}

export type Command = (env: CommandEnv) => Promise<number>;

const json = (v: unknown) => JSON.stringify(v, null, 2);

/** Prints a call's value, or its error on one line; a refused call exits 2. */
export function report(env: CommandEnv, r: Result<unknown>): number {
  if (r.ok) {
    env.out(json(r.value));
    return 0;
  }
  env.err(`त्रुटि / error [${r.error.code}]: ${r.error.message.replace(/\s*\n\s*/g, ' ')}`);
  return r.error.code === 'internal' ? 1 : 2;
}
