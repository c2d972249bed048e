/**
 * Every command the command line knows, with the options it takes and the words after it. The parser
 * (args.ts) refuses anything else, and the usage text is made from this table, so the two cannot drift.
 */
import type { OptionSpecs } from './args';

export interface CommandSpec {
  /** What follows the command's name in the usage line (PATH..., CHANNEL [JSON]). */
  args: string;
  /** Words after the command: how many at least and at most. */
  positionals: [min: number, max: number];
  options: OptionSpecs;
  help: string;
}

const json = { type: 'boolean', help: 'JSON output' } as const;
const force = { type: 'boolean', help: 'replace an existing file' } as const;
const pdf = { type: 'string', value: 'FILE', help: 'the PDF to write' } as const;
const html = { type: 'string', value: 'FILE', help: 'also the HTML' } as const;
const month = { type: 'string', value: 'YYYY-MM', help: 'the month' } as const;
const station = { type: 'string', value: 'NAME', help: "another station's imported rows" } as const;
const MANY = Number.MAX_SAFE_INTEGER;

/** Options every command takes. */
export const GLOBAL_OPTIONS: OptionSpecs = {
  data: { type: 'string', value: 'DIR', help: 'the data folder' },
  operator: { type: 'string', value: 'NAME', help: 'act as this operator (PIN from THANA_PIN or asked for)' },
  help: { type: 'boolean', help: 'this text' },
};

export const COMMANDS: Record<string, CommandSpec> = {
  init: {
    args: '',
    positionals: [0, 0],
    options: {
      station: { type: 'string', value: 'NAME', help: 'the office' },
      district: { type: 'string', value: 'NAME', help: 'its district' },
      code: { type: 'string', value: 'CODE', help: 'its code' },
      pin: { type: 'string', value: 'PIN', help: "the first operator's (the SHO's) PIN" },
    },
    help: 'sets up the station and its first operator (--operator NAME, the SHO)',
  },
  call: {
    args: 'CHANNEL [JSON]',
    positionals: [1, 2],
    options: {},
    help: "calls one channel; JSON from the argument or stdin; prints the channel's JSON output",
  },
  channels: { args: '', positionals: [0, 0], options: {}, help: "lists the contract's channels" },
  verify: {
    args: '',
    positionals: [0, MANY],
    options: {
      json,
      seal: { type: 'string', value: 'HASH', help: "is a printed document's seal a point of the audit chain" },
      row: { type: 'string', value: 'N', help: 'the audit row printed beside the seal (counts changes lost after it)' },
    },
    help: 'audit chain, rows, evidence store and SQLite integrity; exit 0 only when all are sound',
  },
  import: {
    args: 'PATH... | -',
    positionals: [1, MANY],
    options: {
      source: { type: 'string', value: 'NAME', help: 'the group or number (default: the chat’s own name)' },
      'source-kind': { type: 'string', value: 'KIND', help: 'thana-group | beat-group | officer-group | whatsapp-number | other' },
      kind: { type: 'string', value: 'KIND', help: 'export | paste | forwarded' },
      'date-order': { type: 'string', value: 'ORDER', help: 'dmy | mdy' },
      sender: { type: 'string', value: 'NAME', help: 'who sent a forwarded message' },
      'sent-at': { type: 'string', value: 'TIME', help: 'when (YYYY-MM-DDTHH:mm)' },
      'no-progress': { type: 'boolean', help: 'no progress bar' },
      json,
    },
    help: 'imports WhatsApp exports (.txt/.zip), pasted text (- for stdin), forwarded messages, media files or folders',
  },
  messages: {
    args: '',
    positionals: [0, 0],
    options: { source: { type: 'string', value: 'NAME', help: 'one source only' }, json },
    help: 'lists imported messages in chat order',
  },
  backup: {
    args: '[verify DIR]',
    positionals: [0, 2],
    options: { out: { type: 'string', value: 'DIR', help: 'the backup folder (default: the one in the settings)' }, json },
    help: 'a verified backup (database, evidence, manifest); `backup verify DIR` re-hashes one against its manifest',
  },
  restore: {
    args: 'DIR',
    positionals: [1, 1],
    options: {},
    help: 'restores a verified backup into the data folder, keeping the data that was there',
  },
  register: {
    args: '',
    positionals: [0, 0],
    options: { month, pdf, html, station, force },
    help: 'the monthly register (A4 landscape) with its summary sheet',
  },
  summary: {
    args: '',
    positionals: [0, 0],
    options: { month, pdf, html, station, 'all-stations': { type: 'boolean', help: 'every station imported' }, force },
    help: 'the monthly summary sheet on its own',
  },
  certificate: {
    args: '',
    positionals: [0, 0],
    options: { evidence: { type: 'string', value: 'SHA256', help: 'the evidence file' }, pdf, html, force },
    help: 'the BSA section 63 certificate and chain of custody for one evidence file',
  },
  'export-csv': {
    args: '',
    positionals: [0, 0],
    options: {
      from: { type: 'string', value: 'DATE', help: 'first day' },
      to: { type: 'string', value: 'DATE', help: 'last day' },
      out: { type: 'string', value: 'FILE', help: 'the CSV to write' },
      mask: { type: 'boolean', help: "mask informants' and victims' names and phones" },
      status: { type: 'string', value: 'S[,S]', help: 'only these statuses' },
      force,
    },
    help: 'CSV for the CO office (UTF-8 BOM, CRLF; columns: electron/core/exchange/README.md)',
  },
  'import-csv': {
    args: 'FILE',
    positionals: [1, 1],
    options: { json },
    help: "imports a register CSV (this station's or other stations'); nothing on any invalid row",
  },
  demo: {
    args: '',
    positionals: [0, 0],
    options: {},
    help: 'fills a new, empty data folder with an invented month for training (refuses a real one)',
  },
};

/** Options that take a value, anywhere on the line: what findCommand must skip over. */
export const VALUE_OPTIONS = new Set(
  [GLOBAL_OPTIONS, ...Object.values(COMMANDS).map((c) => c.options)].flatMap((o) =>
    Object.entries(o)
      .filter(([, s]) => s.type === 'string')
      .map(([k]) => k),
  ),
);

const optionText = (name: string, s: { type: string; value?: string }) =>
  s.type === 'string' ? `--${name} ${s.value ?? 'VALUE'}` : `--${name}`;

/** One command's usage, made from its spec. */
export function commandUsage(name: string): string {
  const c = COMMANDS[name];
  const opts = Object.entries(c.options).map(([k, s]) => `[${optionText(k, s)}]`);
  const head = ['  ', name, c.args, ...opts].filter(Boolean).join(' ');
  const lines = Object.entries(c.options).map(([k, s]) => `      ${optionText(k, s).padEnd(24)} ${s.help}`);
  return [head, `      ${c.help}`, ...lines].join('\n');
}

export function usage(defaultDataDir: string): string {
  return [
    'थाना शिकायत रजिस्टर / Thana Register — command line',
    '',
    '  npm run -s cli -- [--data DIR] [--operator NAME] COMMAND [OPTIONS]',
    '',
    ...Object.keys(COMMANDS).map(commandUsage),
    '',
    `  --data DIR        the data folder (default: ${defaultDataDir})`,
    '  --operator NAME   act as this operator; with PINs in use the PIN comes from THANA_PIN or is asked for',
  ].join('\n');
}
