/**
 * The command line's arguments, parsed strictly with node:util parseArgs against each command's own options
 * (electron/cli/spec.ts): an option a command does not take is an error, never ignored.
 */
import { parseArgs as nodeParseArgs } from 'node:util';

export type OptionKind = 'string' | 'boolean';

export interface OptionSpec {
  type: OptionKind;
  /** May be given more than once (every value is kept). */
  multiple?: boolean;
  /** The value's placeholder in the usage text (NAME, DIR...). */
  value?: string;
  help: string;
}

export type OptionSpecs = Record<string, OptionSpec>;

export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string | true>;
  /** Options that may repeat keep every value here. */
  all: Map<string, string[]>;
}

export class UsageError extends Error {}

/**
 * Parses argv against the options given. Unknown options, a missing value and a value given to a flag are
 * UsageErrors with a bilingual message.
 */
export function parseStrict(argv: string[], specs: OptionSpecs): ParsedArgs {
  const options = Object.fromEntries(Object.entries(specs).map(([k, s]) => [k, { type: s.type, multiple: !!s.multiple }]));
  let r: ReturnType<typeof nodeParseArgs>;
  try {
    r = nodeParseArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (e) {
    const err = e as Error & { code?: string };
    const name = /'(-{1,2}[^'\s]+)/.exec(err.message)?.[1] ?? '';
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`अज्ञात विकल्प ${name} / unknown option ${name}`);
    if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new UsageError(`${name} के साथ मान चाहिए, या यह मान नहीं लेता / ${name}: missing value, or a flag given a value`);
    throw new UsageError(`तर्क समझ नहीं आए / cannot read the arguments: ${err.message}`);
  }
  const out: ParsedArgs = { positionals: r.positionals, options: new Map(), all: new Map() };
  for (const [k, v] of Object.entries(r.values)) {
    if (v === undefined) continue;
    const values = (Array.isArray(v) ? v : [v]) as (string | boolean)[];
    const last = values[values.length - 1];
    out.options.set(k, last === true ? true : String(last));
    const strings = values.filter((x): x is string => typeof x === 'string');
    if (strings.length) out.all.set(k, strings);
  }
  return out;
}

/**
 * The command named in argv: the first word that is not an option or an option's value. Only the options in
 * `withValue` take a value, so `--data DIR import x.zip` finds `import`.
 */
export function findCommand(argv: string[], withValue: ReadonlySet<string>): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') return argv[i + 1];
    if (a.startsWith('--')) {
      if (!a.includes('=') && withValue.has(a.slice(2))) i++;
      continue;
    }
    return a;
  }
  return undefined;
}

export function opt(args: ParsedArgs, name: string): string | undefined {
  const v = args.options.get(name);
  return typeof v === 'string' ? v : undefined;
}
