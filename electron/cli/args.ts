/** Minimal argv parsing: `--name value`, `--flag`, `--name=value`, and positionals, in any order. */
export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string | true>;
  /** Options that may repeat (e.g. several paths) keep every value here. */
  all: Map<string, string[]>;
}

export function parseArgs(argv: string[], flags: ReadonlySet<string>): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  const all = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      let value: string | true;
      if (eq > 0) value = a.slice(eq + 1);
      else if (flags.has(name)) value = true;
      else if (i + 1 < argv.length) value = argv[++i];
      else throw new Error(`--${name} के बाद मान चाहिए / --${name} needs a value`);
      options.set(name, value);
      if (typeof value === 'string') all.set(name, [...(all.get(name) ?? []), value]);
    } else positionals.push(a);
  }
  return { positionals, options, all };
}

export function opt(args: ParsedArgs, name: string): string | undefined {
  const v = args.options.get(name);
  return typeof v === 'string' ? v : undefined;
}
