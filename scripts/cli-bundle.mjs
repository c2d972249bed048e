// The command line bundled with esbuild as the app is: dist/cli/cli.cjs and its import key worker beside it.
// Rebuilt only when a source is newer than the bundle, into temporary names renamed into place, so several
// processes starting at once never run a half-written bundle.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHELL_BUNDLE } from './bundle-options.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_BUNDLE = path.join(ROOT, 'dist', 'cli', 'cli.cjs');
const WORKER_BUNDLE = path.join(ROOT, 'dist', 'cli', 'prepare-worker.cjs');
const SOURCES = ['electron', 'db', 'package.json', 'scripts/bundle-options.mjs'];

function newestSource() {
  let newest = 0;
  const walk = (p) => {
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      for (const f of fs.readdirSync(p)) if (f !== 'migrations' && f !== 'fixtures') walk(path.join(p, f));
    } else if (/\.(ts|tsx|mts|mjs|json)$/.test(p) && !/\.(test|spec|e2e)\.tsx?$/.test(p)) newest = Math.max(newest, st.mtimeMs);
  };
  for (const s of SOURCES) walk(path.join(ROOT, s));
  return newest;
}

function isFresh() {
  try {
    const built = Math.min(fs.statSync(CLI_BUNDLE).mtimeMs, fs.statSync(WORKER_BUNDLE).mtimeMs);
    return built >= newestSource();
  } catch {
    return false;
  }
}

/** Builds the CLI bundle when it is missing or older than its sources; returns its path. */
export async function ensureCliBundle({ force = false } = {}) {
  if (!force && isFresh()) return CLI_BUNDLE;
  const tag = `${process.pid}.${Date.now()}`;
  const common = { ...SHELL_BUNDLE, external: [...SHELL_BUNDLE.external, 'playwright-core'], logLevel: 'error', absWorkingDir: ROOT };
  await build({ ...common, entryPoints: ['electron/core/ingest/prepare-worker.ts'], outfile: `${WORKER_BUNDLE}.${tag}` });
  await build({ ...common, entryPoints: ['electron/cli/main.ts'], outfile: `${CLI_BUNDLE}.${tag}` });
  fs.renameSync(`${WORKER_BUNDLE}.${tag}`, WORKER_BUNDLE);
  fs.renameSync(`${CLI_BUNDLE}.${tag}`, CLI_BUNDLE);
  return CLI_BUNDLE;
}
