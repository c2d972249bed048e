// Child process of the import benchmark: imports one file into a fresh data folder and reports
// its own wall time, CPU time and peak RSS as JSON on stdout (so the parent's memory does not count).
// It runs either from source under tsx or bundled as the app ships (see import-bench.ts).
import { openDataFolder, makeCtx, resolveOperator } from '../electron/core/data-folder';
import { dispatch } from '../electron/core/dispatch';
import { OPERATOR_OWN_FILES } from '../electron/core/file-access';

async function main() {
  const [dataDir, file] = process.argv.slice(2);
  const folder = openDataFolder(dataDir, { migrationsFolder: process.env.THANA_MIGRATIONS || undefined });
  await dispatch(makeCtx(folder, null), 'station.init', { name: 'बेंच', district: 'गोरखपुर', operator: 'bench' });
  const ctx = makeCtx(folder, resolveOperator(folder.db), undefined, OPERATOR_OWN_FILES);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const r = await dispatch(ctx, 'import.files', { paths: [file], source: 'बेंच समूह' });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  if (!r.ok) {
    process.stderr.write(JSON.stringify(r.error));
    process.exit(1);
  }
  const v = r.value as { newMessages: number };
  process.stdout.write(
    JSON.stringify({
      ms: Math.round(ms),
      cpu_ms: Math.round((cpu.user + cpu.system) / 1000),
      newMessages: v.newMessages,
      peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
  folder.close();
}

void main();
