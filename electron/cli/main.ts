#!/usr/bin/env node
/**
 * The command line over the same handlers as the desktop app:
 *   npm run -s cli -- [--data DIR] [--operator NAME] COMMAND ...
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { restoreBackup } from '../core/backup/backup';
import { dispatch } from '../core/dispatch';
import { DB_FILE, defaultDataDir, makeCtx, openDataFolder, resolveOperator, type DataFolder } from '../core/data-folder';
import { findCommand, opt, parseStrict, UsageError, type ParsedArgs } from './args';
import { COMMANDS, GLOBAL_OPTIONS, VALUE_OPTIONS, commandUsage, usage } from './spec';
import { authenticate, pinsInUse } from '../core/auth';
import { AppError } from '../core/errors';
import { toAppError } from '../core/storage-errors';
import type { Operator } from '../core/context';
import { commands } from './commands';
import { dispatchToFile } from '../core/downloads';
import { OPERATOR_OWN_FILES } from '../core/file-access';
import type { CommandEnv } from './command';
import { appPaths } from '../core/app-paths';
import { setFontDir } from '../core/documents/fonts';
import { setMigrationsFolder } from '../../db/client';

declare const __THANA_BUNDLE__: boolean | undefined;
/** The repository (or the unpacked app): migrations and fonts are found from here, bundled or not. */
const ROOT =
  typeof __THANA_BUNDLE__ !== 'undefined'
    ? path.resolve(__dirname, '..', '..')
    : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const PATHS = appPaths(ROOT);
setFontDir(PATHS.fonts);
setMigrationsFolder(PATHS.migrations);
const openFolder = (dir: string) => openDataFolder(dir, { migrationsFolder: PATHS.migrations });

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

/**
 * The operator a command acts as: the one named (or the first SHO). Once PINs are in use every command
 * needs the operator's PIN, from THANA_PIN or typed at the terminal.
 */
async function signIn(f: DataFolder, name: string | null): Promise<Operator | null> {
  const fallback = resolveOperator(f.db, name);
  if (!pinsInUse(f.db)) {
    if (name && !fallback) throw new CliError(`ऑपरेटर "${name}" नहीं मिला / operator "${name}" not found`);
    return fallback;
  }
  const who = name ?? fallback?.name;
  if (!who) throw new CliError('--operator NAME दें / give --operator NAME');
  const pin = process.env.THANA_PIN ?? (process.stdin.isTTY ? await askHidden(`${who} का पिन / PIN: `) : undefined);
  try {
    return await authenticate(f.db, who, pin, new Date());
  } catch (e) {
    const known = toAppError(e, f.dir);
    throw new CliError(known ? known.message : String(e));
  }
}

/** Reads a line from the terminal without echoing it. */
function askHidden(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    process.stderr.write(prompt);
    const stdin = process.stdin;
    stdin.setRawMode?.(true);
    stdin.resume();
    let value = '';
    const onData = (buf: Buffer) => {
      for (const ch of buf.toString('utf8')) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') {
          stdin.setRawMode?.(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stderr.write('\n');
          return resolve(value);
        }
        if (ch === '\u0003') process.exit(130);
        if (ch === '\u007f') value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.on('data', onData);
  });
}

/**
 * `restore DIR`: checks the backup, then puts it in place of the data folder, keeping what was there.
 * Run with the app closed. When the current data has PINs, the SHO must sign in first.
 */
async function restore(dataDir: string, backupDir: string | undefined, operatorName: string | null): Promise<number> {
  if (!backupDir) {
    process.stderr.write('त्रुटि / error: restore BACKUP_DIR\n');
    return 2;
  }
  try {
    if (fs.existsSync(path.join(dataDir, DB_FILE))) {
      let current: DataFolder | null = null;
      try {
        current = openFolder(dataDir);
      } catch (e) {
        // A lost or damaged register is what restore is for: it is kept aside, not opened.
        if (!(e instanceof AppError && e.code === 'storage')) throw e;
        process.stdout.write(
          'वर्तमान डेटा खुल नहीं सका; वह जैसा है वैसा अलग रखा जाएगा / the current data cannot be opened; it is kept aside as it is\n',
        );
      }
      if (current) {
        try {
          const op = await signIn(current, operatorName);
          if (pinsInUse(current.db) && op?.role !== 'sho') throw new CliError('पुनर्स्थापना केवल थानाध्यक्ष / only the SHO may restore');
        } finally {
          current.close();
        }
      }
    }
    const r = await restoreBackup(backupDir, dataDir, new Date());
    process.stdout.write(`पुनर्स्थापित / restored from ${r.restoredFrom} into ${r.dataDir}\n`);
    if (r.keptPrevious) process.stdout.write(`पहले का डेटा सुरक्षित रखा / the previous data was kept in ${r.keptPrevious}\n`);
    return 0;
  } catch (e) {
    process.stderr.write(`${errorLine(e, dataDir)}\n`);
    return e instanceof CliError ? e.exitCode : 2;
  }
}

/** One line for stderr: a known trouble's bilingual message (disk full, read-only, damaged...), never a stack. */
function errorLine(e: unknown, dataDir: string): string {
  if (e instanceof CliError) return `त्रुटि / error: ${e.message.split('\n')[0]}`;
  const known = toAppError(e, dataDir);
  if (known) return `त्रुटि / error [${known.code}]: ${known.message.replace(/\s*\n\s*/g, ' ')}`;
  return `त्रुटि / error: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`;
}

/** The arguments, checked against the command's own options: anything it does not take is an error. */
function readArgs(argv: string[]): { command: string | undefined; args: ParsedArgs } {
  const command = findCommand(argv, VALUE_OPTIONS);
  const spec = command ? COMMANDS[command] : undefined;
  const args = parseStrict(argv, { ...GLOBAL_OPTIONS, ...(spec?.options ?? {}) });
  if (spec) {
    const n = args.positionals.length - 1;
    const [min, max] = spec.positionals;
    if (!args.options.has('help') && (n < min || n > max))
      throw new UsageError(
        `"${command}" के बाद ${n < min ? 'और' : 'कम'} शब्द चाहिए / "${command}" takes ${
          max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : min === max ? `${min}` : `${min} to ${max}`
        } word(s) after it, not ${n}`,
      );
  }
  return { command, args };
}

async function main(argv: string[]): Promise<number> {
  let command: string | undefined;
  let args: ParsedArgs;
  try {
    ({ command, args } = readArgs(argv));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    const known = findCommand(argv, VALUE_OPTIONS);
    process.stderr.write(`त्रुटि / error: ${e.message}\n${known && COMMANDS[known] ? commandUsage(known) : usage(defaultDataDir())}\n`);
    return 2;
  }
  const rest = args.positionals.slice(1);
  if (!command || args.options.has('help')) {
    process.stdout.write(`${command && COMMANDS[command] ? commandUsage(command) : usage(defaultDataDir())}\n`);
    return args.options.has('help') ? 0 : 2;
  }
  if (!COMMANDS[command]) {
    process.stderr.write(`अज्ञात आदेश "${command}" / unknown command "${command}"\n${usage(defaultDataDir())}\n`);
    return 2;
  }
  // Restore replaces the data folder, so it must not run with that folder open.
  if (command === 'restore')
    return restore(opt(args, 'data') ?? defaultDataDir(), rest[0], opt(args, 'operator') ?? process.env.THANA_OPERATOR ?? null);
  const run = commands[command];
  const dataDir = opt(args, 'data') ?? defaultDataDir();
  let folder: DataFolder | null = null;
  try {
    folder = openFolder(dataDir);
    const f = folder;
    const operator = command === 'init' ? null : await signIn(f, opt(args, 'operator') ?? process.env.THANA_OPERATOR ?? null);
    // The operator at the terminal names their own files; nothing is replaced without --force.
    const ctx = { ...makeCtx(f, operator), files: OPERATOR_OWN_FILES };
    const force = args.options.has('force');
    const env: CommandEnv = {
      folder: f,
      args,
      rest,
      ctx,
      call: (channel, input) => dispatch(ctx, channel, input),
      download: (channel, input, target) => dispatchToFile(ctx, channel, input, target, { overwrite: force }),
      force,
      out: (s) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`),
      err: (s) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
      readStdin: () => (process.stdin.isTTY ? '' : fs.readFileSync(0, 'utf8')),
      isTTY: !!process.stderr.isTTY,
    };
    return await run(env);
  } catch (e) {
    process.stderr.write(`${errorLine(e, dataDir)}\n`);
    return e instanceof CliError ? e.exitCode : e instanceof AppError ? 2 : 1;
  } finally {
    folder?.close();
  }
}

// `… --json | head` closes the pipe early: that is the reader's choice, not a failure worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    let dataDir = defaultDataDir();
    try {
      dataDir = opt(readArgs(process.argv.slice(2)).args, 'data') ?? dataDir;
    } catch {
      // The arguments were parsed once already; the default folder is only used to word the message.
    }
    process.stderr.write(`${errorLine(e, dataDir)}\n`);
    process.exitCode = 1;
  },
);
