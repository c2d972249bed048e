import type { Result } from '../contract/index';
import { CHANNELS } from '../contract/index';
import type { Ctx } from '../core/context';
import type { DataFolder } from '../core/data-folder';
import { opt, type ParsedArgs } from './args';
import { verifyCommand } from './verify-command';
import { backupCommand } from './backup-commands';
import { documentCommands } from './document-commands';
import { importCommand, messagesCommand } from './import-command';
import { demoCommand } from './demo-command';

export interface CommandEnv {
  folder: DataFolder;
  args: ParsedArgs;
  rest: string[];
  ctx: Omit<Ctx, 'channel'>;
  call: (channel: string, input: unknown) => Promise<Result<unknown>>;
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

const init: Command = async (env) => {
  const station = opt(env.args, 'station');
  const district = opt(env.args, 'district');
  if (!station || !district) {
    env.err('त्रुटि / error: init को --station और --district चाहिए / init needs --station NAME and --district NAME');
    return 2;
  }
  const r = await env.call('station.init', {
    name: station,
    district,
    code: opt(env.args, 'code') ?? null,
    operator: opt(env.args, 'operator') ?? 'थानाध्यक्ष',
    pin: opt(env.args, 'pin'),
  });
  if (r.ok) env.err(`डेटा फ़ोल्डर / data folder: ${env.folder.dir}`);
  return report(env, r);
};

const call: Command = async (env) => {
  const [channel, jsonArg] = env.rest;
  if (!channel) {
    env.err('त्रुटि / error: call CHANNEL [JSON]');
    return 2;
  }
  const text = jsonArg ?? env.readStdin();
  let input: unknown = undefined;
  if (text.trim()) {
    try {
      input = JSON.parse(text);
    } catch (e) {
      env.err(`त्रुटि / error [validation]: JSON पढ़ा नहीं जा सका / invalid JSON: ${(e as Error).message}`);
      return 2;
    }
  }
  return report(env, await env.call(channel, input));
};

const channels: Command = async (env) => {
  env.out(CHANNELS.join('\n'));
  return 0;
};

export const commands: Record<string, Command> = {
  init,
  call,
  verify: verifyCommand,
  backup: backupCommand,
  import: importCommand,
  messages: messagesCommand,
  demo: demoCommand,
  channels,
  ...documentCommands,
};
