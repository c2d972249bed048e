/**
 * Command-line documents: the monthly register and summary as PDF, the section 63 certificate, the CSV
 * exchange, and `verify --seal`. Every command goes through the same channels as the app; the PDF is
 * printed by Chromium (playwright-core) from the channel's HTML.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Output, Result } from '../contract/index';
import { ENTRY_STATUSES } from '../contract/index';
import { parseStatus } from '../core/exchange/columns';
import { printPdf } from '../core/documents/pdf';
import { parseTypedDate } from '../shared/dates';
import { opt } from './args';
import { checkNewFile } from '../core/file-access';
import { AppError } from '../core/errors';
import type { Command, CommandEnv } from './command';

/** As commands.ts's report (not imported from there: commands.ts imports this module). */
function report(env: CommandEnv, r: Result<unknown>): number {
  if (r.ok) {
    env.out(JSON.stringify(r.value, null, 2));
    return 0;
  }
  env.err(`त्रुटि / error [${r.error.code}]: ${r.error.message.replace(/\s*\n\s*/g, ' ')}`);
  return r.error.code === 'internal' ? 1 : 2;
}

const fail = (env: CommandEnv, hi: string, en: string) => {
  env.err(`त्रुटि / error: ${hi} / ${en}`);
  return 2;
};

/** YYYY-MM-DD, or dd-mm-yyyy as people type it. */
function cliDate(s: string | undefined): string | undefined {
  if (!s) return undefined;
  return parseTypedDate(s, { dateOnly: true }) ?? s;
}

async function writeDocument(
  env: CommandEnv,
  channel: string,
  input: unknown,
  out: { pdf?: string; html?: string },
  extra: (v: never) => Record<string, unknown> = () => ({}),
): Promise<number> {
  if (!out.pdf && !out.html) return fail(env, '--pdf FILE (या --html FILE) चाहिए', 'needs --pdf FILE (or --html FILE)');
  try {
    for (const f of [out.pdf, out.html]) if (f) checkNewFile(f, { dataDir: env.folder.dir, overwrite: env.force });
  } catch (e) {
    if (e instanceof AppError) return report(env, { ok: false, error: { code: e.code, message: e.message } });
    throw e;
  }
  const r = await env.call(channel, input);
  if (!r.ok) return report(env, r);
  const v = r.value as { html: string; seal: string; print: Output<'documents.registerHtml'>['print'] };
  if (out.html) {
    fs.mkdirSync(path.dirname(path.resolve(out.html)), { recursive: true });
    fs.writeFileSync(out.html, v.html);
  }
  if (out.pdf) {
    try {
      await printPdf(v.html, out.pdf, v.print);
    } catch (e) {
      env.err(`त्रुटि / error: PDF नहीं बना / the PDF could not be made: ${(e as Error).message.split('\n')[0]}`);
      return 1;
    }
  }
  env.out(
    JSON.stringify(
      { pdf: out.pdf ? path.resolve(out.pdf) : null, html: out.html ? path.resolve(out.html) : null, seal: v.seal, ...extra(v as never) },
      null,
      2,
    ),
  );
  return 0;
}

const register: Command = async (env) => {
  const month = opt(env.args, 'month');
  if (!month) return fail(env, 'register को --month YYYY-MM चाहिए', 'register needs --month YYYY-MM');
  return writeDocument(
    env,
    'documents.registerHtml',
    { month, station: opt(env.args, 'station') ?? null },
    { pdf: opt(env.args, 'pdf'), html: opt(env.args, 'html') },
    (v: { rows: number }) => ({ rows: v.rows }),
  );
};

const summary: Command = async (env) => {
  const month = opt(env.args, 'month');
  if (!month) return fail(env, 'summary को --month YYYY-MM चाहिए', 'summary needs --month YYYY-MM');
  return writeDocument(
    env,
    'documents.summaryHtml',
    { month, station: opt(env.args, 'station') ?? null, allStations: env.args.options.has('all-stations') },
    { pdf: opt(env.args, 'pdf'), html: opt(env.args, 'html') },
    (v: Output<'documents.summaryHtml'>) => ({ total: v.figures.total }),
  );
};

const certificate: Command = async (env) => {
  const sha256 = opt(env.args, 'evidence');
  if (!sha256) return fail(env, 'certificate को --evidence SHA256 चाहिए', 'certificate needs --evidence SHA256');
  return writeDocument(
    env,
    'documents.certificateHtml',
    { sha256 },
    { pdf: opt(env.args, 'pdf'), html: opt(env.args, 'html') },
    (v: { verified: boolean }) => ({ verified: v.verified }),
  );
};

const exportCsvCommand: Command = async (env) => {
  const from = cliDate(opt(env.args, 'from'));
  const to = cliDate(opt(env.args, 'to'));
  const out = opt(env.args, 'out');
  if (!from || !to || !out)
    return fail(env, 'export-csv को --from DATE --to DATE --out FILE चाहिए', 'export-csv needs --from DATE --to DATE --out FILE');
  let status: string[] | undefined;
  const s = opt(env.args, 'status');
  if (s) {
    status = [];
    for (const w of s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean)) {
      const k = parseStatus(w);
      if (!k) return fail(env, `स्थिति "${w}" अज्ञात (${ENTRY_STATUSES.join(', ')})`, `unknown status "${w}" (${ENTRY_STATUSES.join(', ')})`);
      status.push(k);
    }
  }
  const r = await env.download('exchange.exportCsv', { from, to, mask: env.args.options.has('mask'), ...(status ? { status } : {}) }, out);
  return report(env, r);
};

const importCsvCommand: Command = async (env) => {
  const [file] = env.rest;
  if (!file) return fail(env, 'import-csv FILE', 'import-csv needs a FILE');
  const r = await env.call('exchange.importCsv', { path: file });
  if (!r.ok) return report(env, r);
  const v = r.value as Output<'exchange.importCsv'>;
  if (env.args.options.has('json')) env.out(JSON.stringify(v, null, 2));
  else if (v.ok) {
    env.out(
      `आयात पूर्ण / imported ${v.file}: ${v.rows} पंक्तियाँ / rows — नई / added ${v.added}, अद्यतन / updated ${v.updated}, पहले से / unchanged ${v.unchanged}`,
    );
    for (const s of v.stations)
      env.out(
        `  थाना ${s.station}, ${s.district}${s.own ? ' (यह रजिस्टर / this register)' : ''}: +${s.added} ~${s.updated} =${s.unchanged}`,
      );
  } else {
    env.out(`कुछ भी आयात नहीं हुआ / nothing was imported: ${v.errorCount} त्रुटि / error(s)`);
  }
  if (!env.args.options.has('json')) {
    for (const e of v.errors) env.out(`  - ${e.message.replace(/\s*\n\s*/g, ' ')}`);
    if (v.errorCount > v.errors.length) env.out(`  … ${v.errorCount - v.errors.length} और / more`);
    for (const w of v.warnings) env.err(`चेतावनी / warning: ${w}`);
  }
  return v.ok ? 0 : 2;
};

/** `verify --seal HASH`: is the seal a point of the current audit chain, and how much changed since. Exit 0 only when it is and the chain is sound. */
export const sealCommand: Command = async (env) => {
  const seal = [opt(env.args, 'seal'), ...env.rest].filter(Boolean).join('');
  const row = opt(env.args, 'row');
  const r = await env.call('documents.checkSeal', { seal, ...(row !== undefined ? { auditId: Number(row) } : {}) });
  if (!r.ok) return report(env, r);
  const v = r.value as Output<'documents.checkSeal'>;
  if (env.args.options.has('json')) env.out(JSON.stringify(v, null, 2));
  else {
    env.out(`${v.found && v.chainOk ? 'ठीक / OK' : 'मेल नहीं / NOT OK'}: ${v.message}`);
    if (v.found) {
      if (v.sealedAt) env.out(`  मुहर का समय / sealed at (UTC): ${v.sealedAt}`);
      for (const c of v.changedByEntity) env.out(`  ${c.entity}: ${c.count}`);
      if (v.entriesChanged.length) env.out(`  बदली प्रविष्टियाँ / entries changed: ${v.entriesChanged.join(', ')}`);
    }
    for (const p of v.chainProblems) env.out(`  - ${p}`);
  }
  return v.found && v.chainOk ? 0 : 3;
};

export const documentCommands: Record<string, Command> = {
  register,
  summary,
  certificate,
  'export-csv': exportCsvCommand,
  'import-csv': importCsvCommand,
};
