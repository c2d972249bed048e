/**
 * The register list at 100,000 entries versus 10,000: the first page of a month, a filter change
 * (status + overdue), a word search and the unfiltered first page, each through the real dispatch
 * (`entries.list`), median of 7 runs. Entries are created with the real `entries.create` handler
 * (audit rows, search index and all), many per transaction so setup takes seconds, not minutes.
 *
 *   npx tsx bench/register-list-bench.ts
 *
 * ratio = ms at 100k / ms at 10k. Ten times the data should cost far less than ten times the time.
 */
import { pathToFileURL } from 'node:url';
import fs from 'node:fs';
import { makeRegister, type TestRegister } from '../electron/core/testing/fixture';
import { handlers } from '../electron/core/handlers';
import { contract, type Input } from '../electron/contract/index';
import { dispatch } from '../electron/core/dispatch';
import { makeCtx } from '../electron/core/data-folder';

const WORDS = ['मारपीट', 'चोरी', 'ज़मीन विवाद', 'धमकी', 'जाम', 'शराब', 'दहेज', 'बाइक चोरी', 'नाली विवाद', 'ठगी'];
const NAMES = ['रामअवतार यादव', 'मीना देवी', 'आयुष चौधरी', 'विनोद जायसवाल', 'सुनीता सिंह', 'इरफ़ान अली', 'कमला देवी', 'शिवपूजन तिवारी'];
const MODES = ['whatsapp-group', 'in-person', 'phone', 'igrs'] as const;

/** Fills a register with n entries over 2025 through the entries.create handler, in transactions of 5,000. */
async function fill(reg: TestRegister, n: number) {
  const ctx = { ...makeCtx(reg.folder, reg.operator, () => reg.clock.now), channel: 'entries.create' };
  const create = handlers['entries.create'];
  const schema = contract['entries.create'].input;
  const statuses: string[] = [];
  for (let done = 0; done < n;) {
    const batch = Math.min(5000, n - done);
    reg.folder.db.sqlite.transaction(() => {
      for (let i = 0; i < batch; i++) {
        const k = done + i;
        const day = (k * 365) / n;
        const month = Math.min(12, Math.floor(day / 30.5) + 1);
        const dom = Math.min(28, Math.floor(day % 30.5) + 1);
        const input: Input<'entries.create'> = {
          receivedAt: `2025-${String(month).padStart(2, '0')}-${String(dom).padStart(2, '0')}T${String(8 + (k % 12)).padStart(2, '0')}:${String(k % 60).padStart(2, '0')}`,
          mode: MODES[k % MODES.length],
          confirmDate: true, // a year before the register was set up (2026): confirmed
          source: k % 3 === 0 ? 'थाना गगहा डिजिटल वालंटियर' : k % 3 === 1 ? 'बीट 4 हल्का बड़हलगंज' : null,
          informant: { name: NAMES[k % NAMES.length], address: `ग्राम ${k % 97}` },
          summary: `${WORDS[k % WORDS.length]} की शिकायत क्रमांक ${k}, ग्राम ${k % 97}`,
        };
        create(ctx, schema.parse(input));
      }
    })();
    done += batch;
  }
  // Age the register: most old entries disposed (bench-only raw SQL: status bulk update, no audit rows).
  reg.folder.db.sqlite
    .prepare("UPDATE entries SET status = 'disposed', disposed_at = received_at WHERE id % 10 < 7 AND received_at < '2025-11-01'")
    .run();
  void statuses;
}

function median(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function time(reg: TestRegister, input: Input<'entries.list'>, runs = 7): Promise<{ ms: number; total: number }> {
  const ctx = makeCtx(reg.folder, reg.operator, () => reg.clock.now);
  const ms: number[] = [];
  let total = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = await dispatch(ctx, 'entries.list', input);
    ms.push(performance.now() - t0);
    if (!r.ok) throw new Error(r.error.message);
    total = (r.value as { total: number }).total;
  }
  return { ms: Math.round(median(ms) * 100) / 100, total };
}

const CASES: Record<string, Input<'entries.list'>> = {
  'first page of a month': { from: '2025-06-01', to: '2025-06-30', limit: 200 },
  'filter change: pending + overdue, month': {
    from: '2025-06-01',
    to: '2025-06-30',
    status: ['pending', 'under-inquiry'],
    overdue: true,
    limit: 200,
  },
  'words "मारपीट", month': { from: '2025-06-01', to: '2025-06-30', q: 'मारपीट', limit: 200 },
  'first page, all months': { limit: 200 },
  'deep page (offset 5000), all months': { limit: 200, offset: 5000 },
};

export interface RegisterListBenchRow {
  case: string;
  ms_10k: number;
  ms_100k: number;
  ratio: number;
  rows_10k: number;
  rows_100k: number;
}

export async function benchRegisterList(
  small = 10_000,
  large = 100_000,
): Promise<{ fill_ms: Record<string, number>; rows: RegisterListBenchRow[] }> {
  const fill_ms: Record<string, number> = {};
  const measured: Record<number, Record<string, { ms: number; total: number }>> = {};
  for (const n of [small, large]) {
    const reg = await makeRegister({ now: '2026-01-10T06:30:00Z' });
    try {
      const t0 = performance.now();
      await fill(reg, n);
      fill_ms[String(n)] = Math.round(performance.now() - t0);
      measured[n] = {};
      for (const [name, input] of Object.entries(CASES)) measured[n][name] = await time(reg, input);
      // Without table statistics SQLite may pick the status/due index for the overdue filter and scan every
      // open entry; `PRAGMA optimize` (ANALYZE) lets it choose the received_at range instead. Measured both ways.
      reg.folder.db.sqlite.exec('ANALYZE');
      for (const [name, input] of Object.entries(CASES)) measured[n][`${name} [after ANALYZE]`] = await time(reg, input);
    } finally {
      reg.close();
      fs.rmSync(reg.dir, { recursive: true, force: true });
    }
  }
  const rows = Object.keys(measured[small]).map((name) => ({
    case: name,
    ms_10k: measured[small][name].ms,
    ms_100k: measured[large][name].ms,
    ratio: Math.round((measured[large][name].ms / Math.max(0.01, measured[small][name].ms)) * 100) / 100,
    rows_10k: measured[small][name].total,
    rows_100k: measured[large][name].total,
  }));
  return { fill_ms, rows };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await benchRegisterList();
  console.log(`fill (entries.create handler): ${JSON.stringify(r.fill_ms)} ms`);
  console.table(r.rows);
}
