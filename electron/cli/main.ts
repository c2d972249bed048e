#!/usr/bin/env node
/**
 * The command line over the same handlers as the desktop app:
 *   npm run -s cli -- [--data DIR] [--operator NAME] COMMAND ...
 */
import fs from 'node:fs';
import { dispatch } from '../core/dispatch';
import { defaultDataDir, makeCtx, openDataFolder, resolveOperator, type DataFolder } from '../core/data-folder';
import { parseArgs, opt, type ParsedArgs } from './args';
import { commands, type CommandEnv } from './commands';

const FLAGS = new Set(['json', 'help', 'mask', 'no-progress']);


export class CliError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}

const USAGE = `थाना शिकायत रजिस्टर / Thana Register — command line

  npm run -s cli -- [--data DIR] [--operator NAME] COMMAND

  init --station NAME --district NAME [--operator NAME] [--code CODE]
  call CHANNEL [JSON]          JSON from the argument or stdin; prints the channel's JSON output
  verify [--json]              audit chain, rows, evidence store and SQLite integrity; exit 0 only when all are sound
  import PATH... [--source NAME] [--kind export|paste|forwarded] [--date-order dmy|mdy] [--json]
  messages [--source NAME] [--json]
  channels                     lists the contract's channels

  --data DIR   the data folder (default: ${defaultDataDir()})`;

async function main(argv: string[]): Promise<number> {
  let args: ParsedArgs;
  try {
    args = parseArgs(argv, FLAGS);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 2;
  }
  const [command, ...rest] = args.positionals;
  if (!command || args.options.has('help')) {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  const run = commands[command];
  if (!run) {
    process.stderr.write(`अज्ञात आदेश "${command}" / unknown command "${command}"\n${USAGE}\n`);
    return 2;
  }
  const dataDir = opt(args, 'data') ?? defaultDataDir();
  let folder: DataFolder | null = null;
  try {
    folder = openDataFolder(dataDir);
    const f = folder;
    const operatorName = opt(args, 'operator') ?? process.env.THANA_OPERATOR ?? null;
    const operator = command === 'init' ? null : resolveOperator(f.db, operatorName);
    if (operatorName && !operator && command !== 'init') {
      throw new CliError(`ऑपरेटर "${operatorName}" नहीं मिला / operator "${operatorName}" not found`);
    }
    const env: CommandEnv = {
      folder: f,
      args,
      rest,
      ctx: makeCtx(f, operator),
      call: (channel, input) => dispatch(makeCtx(f, operator), channel, input),
      out: (s) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`),
      err: (s) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
      readStdin: () => (process.stdin.isTTY ? '' : fs.readFileSync(0, 'utf8')),
      isTTY: !!process.stderr.isTTY,
    };
    return await run(env);
  } catch (e) {
    const code = e instanceof CliError ? e.exitCode : 1;
    process.stderr.write(`त्रुटि / error: ${(e as Error).message.split('\n')[0]}\n`);
    return code;
  } finally {
    folder?.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`${e?.stack ?? e}\n`);
    process.exitCode = 1;
  },
);
