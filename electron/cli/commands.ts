import { CHANNELS } from '../contract/index';
import { opt } from './args';
import { report, type Command } from './command';
import { verifyCommand } from './verify-command';
import { backupCommand } from './backup-commands';
import { documentCommands } from './document-commands';
import { importCommand, messagesCommand } from './import-command';
import { demoCommand } from './demo-command';

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
