// `npm run bench`: every benchmark side by side in one run; a table on stdout and JSON in bench/results/.
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchParse } from './parse-bench';
import { benchImport } from './import-bench';
import { benchEvidence } from './evidence-bench';
import { benchCliStart } from './cli-bench';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const only = new Set(process.argv.slice(2));
const want = (name: string) => only.size === 0 || only.has(name);

interface Row {
  benchmark: string;
  figure: string;
  value: number | string;
  target: string;
  met: boolean | string;
}
const rows: Row[] = [];
const results: Record<string, unknown> = { at: new Date().toISOString(), cpus: os.cpus().length, load: os.loadavg() };

if (want('parse')) {
  const p = await benchParse(200_000);
  results.parse = p;
  rows.push({ benchmark: 'parse 200k msgs', figure: 'ours ms', value: p.ours_ms, target: '', met: '' });
  rows.push({ benchmark: 'parse 200k msgs', figure: 'whatsapp-chat-parser ms', value: p.reference_ms, target: '', met: '' });
  rows.push({ benchmark: 'parse 200k msgs', figure: 'speed-up', value: p.speedup, target: '>= 1 (aim 2)', met: p.speedup >= 1 });
}
if (want('import')) {
  // The code as it ships: bundled by esbuild, the key worker beside it.
  const r = await benchImport(200_000);
  results.import = r;
  rows.push({ benchmark: 'full import 200k msgs', figure: 'wall ms', value: r.import_ms, target: '< 10000', met: r.import_ms < 10_000 });
  rows.push({ benchmark: 'full import 200k msgs', figure: 'CPU ms (user+sys)', value: r.cpu_ms, target: '', met: '' });
  rows.push({ benchmark: 'full import 200k msgs', figure: 'peak RSS MB', value: r.peak_rss_mb, target: '< 400', met: r.peak_rss_mb < 400 });
}
if (only.has('import-tsx')) {
  // The same from the TypeScript sources under tsx (the CLI in development): tsx compiles in each thread.
  const r = await benchImport(200_000, 'tsx');
  results.import_tsx = r;
  rows.push({ benchmark: 'full import 200k msgs (tsx)', figure: 'wall ms', value: r.import_ms, target: '', met: '' });
  rows.push({ benchmark: 'full import 200k msgs (tsx)', figure: 'peak RSS MB', value: r.peak_rss_mb, target: '', met: '' });
}
if (want('cli')) {
  const c = await benchCliStart();
  results.cli = c;
  rows.push({ benchmark: 'CLI start (verify, new register)', figure: 'bundled ms', value: c.verify_bundled_ms, target: '', met: '' });
  rows.push({ benchmark: 'CLI start (verify, new register)', figure: 'tsx ms', value: c.verify_tsx_ms, target: '', met: '' });
  rows.push({
    benchmark: 'CLI start (--help)',
    figure: 'bundled / tsx ms',
    value: `${c.help_bundled_ms} / ${c.help_tsx_ms}`,
    target: '',
    met: '',
  });
}
if (want('evidence')) {
  const e = await benchEvidence(200);
  results.evidence = e;
  rows.push({ benchmark: 'store 200 MB file', figure: 'store ms', value: e.store_ms, target: '', met: '' });
  rows.push({ benchmark: 'store 200 MB file', figure: 'sha256sum ms', value: e.sha256sum_ms, target: '', met: '' });
  rows.push({ benchmark: 'store 200 MB file', figure: 'throughput vs sha256sum', value: e.ratio, target: '>= 0.8', met: e.ratio >= 0.8 });
}
for (const extra of ['documents-bench', 'register-list-bench']) {
  const file = path.join(HERE, `${extra}.ts`);
  const name = extra.replace('-bench', '');
  if (!want(name) || !fs.existsSync(file)) continue;
  const mod = (await import(file)) as Record<string, () => Promise<unknown>>;
  const fn = Object.entries(mod).find(([k, v]) => k.startsWith('bench') && typeof v === 'function')?.[1];
  if (fn) results[name] = await fn();
}

console.table(rows);
for (const k of ['documents', 'register-list']) if (results[k]) console.log(k, JSON.stringify(results[k], null, 2));
const outDir = path.join(HERE, 'results');
fs.mkdirSync(outDir, { recursive: true });
const out = path.join(outDir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
fs.writeFileSync(out, JSON.stringify(results, null, 2));
fs.writeFileSync(path.join(outDir, 'latest.json'), JSON.stringify(results, null, 2));
console.log(`written ${out}`);
