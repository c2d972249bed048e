/**
 * Documents benchmark:
 *  - the monthly register PDF for a month of 500 entries (render HTML, print with Chromium);
 *  - the CSV export of 100,000 entries, run in a child process so its peak RSS is its own, next to an
 *    export of 10,000 rows and of none from the same data folder: memory must not grow with rows. Each
 *    export runs twice: once timed, once sampling the live heap after forced GCs (what the export holds).
 *
 *   npx tsx bench/documents-bench.ts            prints a table
 *   (npm run bench runs it too, through bench/run.ts)
 *
 * The 100k data folder is made once through the real service functions (validation, audit rows, search
 * index) and kept in the temp dir for later runs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { makeCtx, openDataFolder, resolveOperator } from '../electron/core/data-folder';
import { makeRegister } from '../electron/core/testing/fixture';
import { bulkEntries, makeMonthData } from '../electron/core/documents/testing/month-data';
import { openPrinter } from '../electron/core/documents/pdf';
import { dispatchToFile } from '../electron/core/downloads';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;

export interface DocumentsBenchResult {
  register: { entries: number; html_ms: number; html_kb: number; pdf_ms: number; pages: number; pdf_kb: number; node_peak_rss_mb: number };
  csv: {
    rows: number;
    ms: number;
    cpu_ms: number;
    rows_per_s: number;
    file_mb: number;
    peak_rss_mb: number;
    live_heap_before_mb: number;
    live_heap_max_mb: number;
  }[];
  rss_growth_10k_to_100k_mb: number;
  /** Growth of the live heap (after GC) during the export, 100k rows minus 10k rows: ~0 when it streams. */
  live_heap_growth_10k_to_100k_mb: number;
}

/** The child: one export through the real channel, reporting its own time and peak RSS. */
async function child(dataDir: string, from: string, to: string, out: string, sample: boolean) {
  const folder = openDataFolder(dataDir);
  const ctx = makeCtx(folder, resolveOperator(folder.db));
  // Live heap after a full GC, sampled while the export runs (the child runs with --expose-gc): this is
  // what the export holds on to. Peak RSS also counts garbage V8 had no reason to collect yet.
  // A forced GC every 250 ms costs time, so the timed run does not sample.
  const gc = (globalThis as { gc?: () => void }).gc;
  const live = () => {
    gc?.();
    return process.memoryUsage().heapUsed;
  };
  const before = sample ? live() : 0;
  let liveMax = before;
  const timer = sample ? setInterval(() => (liveMax = Math.max(liveMax, live())), 250) : undefined;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  // As the command line's --out writes it (the file replaced: the bench writes the same file again).
  const r = await dispatchToFile(ctx, 'exchange.exportCsv', { from, to }, out, { overwrite: true });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  clearInterval(timer);
  if (!r.ok) {
    process.stderr.write(JSON.stringify(r.error));
    process.exit(1);
  }
  const v = r.value as unknown as { rows: number };
  process.stdout.write(
    JSON.stringify({
      rows: v.rows,
      ms: Math.round(ms),
      cpu_ms: Math.round((cpu.user + cpu.system) / 1000),
      peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
      live_heap_before_mb: mb(before),
      live_heap_max_mb: mb(liveMax),
      bytes: fs.statSync(out).size,
    }),
  );
  folder.close();
}

async function bigFolder(n: number): Promise<string> {
  const dir = path.join(os.tmpdir(), `thana-bench-documents-${n}`);
  const marker = path.join(dir, 'complete');
  if (fs.existsSync(marker)) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  const reg = await makeRegister({ dir, now: '2025-03-31T06:30:00Z' });
  const t = performance.now();
  bulkEntries(
    makeCtx(reg.folder, reg.operator, () => reg.clock.now),
    n,
    { from: '2024-01-01', days: 365 },
  );
  process.stderr.write(`made ${n} entries in ${Math.round((performance.now() - t) / 1000)} s\n`);
  reg.close();
  fs.writeFileSync(marker, String(n));
  return dir;
}

function runChild(dataDir: string, from: string, to: string, out: string, sample = false) {
  const tsx = path.join(HERE, '..', 'node_modules', '.bin', 'tsx');
  const raw = execFileSync(
    tsx,
    [path.join(HERE, 'documents-bench.ts'), '--child-export', dataDir, from, to, out, sample ? 'sample' : 'time'],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
      env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --expose-gc` },
    },
  );
  return JSON.parse(raw) as {
    rows: number;
    ms: number;
    cpu_ms: number;
    peak_rss_mb: number;
    live_heap_before_mb: number;
    live_heap_max_mb: number;
    bytes: number;
  };
}

export async function benchDocuments(csvRows = 100_000, monthEntries = 500): Promise<DocumentsBenchResult> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'thana-bench-docs-'));
  try {
    // 1. Register PDF of a month of 500 entries
    const reg = await makeRegister({ dir: path.join(work, 'month'), now: '2025-03-31T06:30:00Z' });
    await makeMonthData(reg, { month: '2025-01', count: monthEntries, firStart: 1000 });
    let t = performance.now();
    const doc = await reg.call('documents.registerHtml', { month: '2025-01' });
    const htmlMs = performance.now() - t;
    reg.close();
    const printer = await openPrinter();
    const pdf = path.join(work, 'register.pdf');
    t = performance.now();
    try {
      await printer.print(doc.html, pdf, doc.print);
    } finally {
      await printer.close();
    }
    const pdfMs = performance.now() - t;
    const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);

    // 2. CSV export of 0, 10k and 100k rows from one data folder, each in its own process
    const dir = await bigFolder(csvRows);
    const folder = openDataFolder(dir);
    const tenth = folder.db.sqlite
      .prepare('SELECT substr(received_at, 1, 10) AS d FROM entries ORDER BY received_at LIMIT 1 OFFSET ?')
      .get(Math.floor(csvRows / 10) - 1) as { d: string };
    folder.close();
    const csv = [
      { from: '2023-01-01', to: '2023-01-31' },
      { from: '2024-01-01', to: tenth.d },
      { from: '2024-01-01', to: '2025-12-31' },
    ].map((r, i) => {
      const out = path.join(work, `export-${i}.csv`);
      const c = runChild(dir, r.from, r.to, out);
      const m = runChild(dir, r.from, r.to, out, true);
      return {
        rows: c.rows,
        ms: c.ms,
        cpu_ms: c.cpu_ms,
        rows_per_s: c.ms ? Math.round((c.rows / c.ms) * 1000) : 0,
        file_mb: mb(c.bytes),
        peak_rss_mb: c.peak_rss_mb,
        live_heap_before_mb: m.live_heap_before_mb,
        live_heap_max_mb: m.live_heap_max_mb,
      };
    });
    return {
      register: {
        entries: doc.rows,
        html_ms: Math.round(htmlMs),
        html_kb: Math.round(doc.html.length / 1024),
        pdf_ms: Math.round(pdfMs),
        pages,
        pdf_kb: Math.round(fs.statSync(pdf).size / 1024),
        node_peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
      },
      csv,
      rss_growth_10k_to_100k_mb: csv[2].peak_rss_mb - csv[1].peak_rss_mb,
      live_heap_growth_10k_to_100k_mb:
        Math.round((csv[2].live_heap_max_mb - csv[2].live_heap_before_mb - (csv[1].live_heap_max_mb - csv[1].live_heap_before_mb)) * 10) /
        10,
    };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv[2] === '--child-export') {
    const [dataDir, from, to, out, mode] = process.argv.slice(3);
    await child(dataDir, from, to, out, mode === 'sample');
  } else {
    const r = await benchDocuments(Number(process.argv[2] ?? 100_000), Number(process.argv[3] ?? 500));
    console.table([
      { benchmark: `register PDF, ${r.register.entries} entries`, figure: 'render HTML ms', value: r.register.html_ms },
      { benchmark: `register PDF, ${r.register.entries} entries`, figure: 'Chromium print ms', value: r.register.pdf_ms },
      { benchmark: `register PDF, ${r.register.entries} entries`, figure: 'pages', value: r.register.pages },
      {
        benchmark: `register PDF, ${r.register.entries} entries`,
        figure: 'HTML KB / PDF KB',
        value: `${r.register.html_kb} / ${r.register.pdf_kb}`,
      },
      ...r.csv.flatMap((c) => [
        { benchmark: `CSV export ${c.rows} rows (child)`, figure: 'ms', value: c.ms },
        { benchmark: `CSV export ${c.rows} rows (child)`, figure: 'rows/s', value: c.rows_per_s },
        { benchmark: `CSV export ${c.rows} rows (child)`, figure: 'file MB', value: c.file_mb },
        { benchmark: `CSV export ${c.rows} rows (child)`, figure: 'CPU ms', value: c.cpu_ms },
        { benchmark: `CSV export ${c.rows} rows (child)`, figure: 'peak RSS MB', value: c.peak_rss_mb },
        {
          benchmark: `CSV export ${c.rows} rows (child)`,
          figure: 'live heap before / max MB',
          value: `${c.live_heap_before_mb} / ${c.live_heap_max_mb}`,
        },
      ]),
      { benchmark: 'CSV export', figure: 'peak RSS growth 10k -> 100k rows, MB', value: r.rss_growth_10k_to_100k_mb },
      { benchmark: 'CSV export', figure: 'live heap growth 10k -> 100k rows, MB', value: r.live_heap_growth_10k_to_100k_mb },
    ]);
  }
}
