#!/usr/bin/env node
// Builds the Electron shell (main + preload bundles), the command line and the renderer into dist/.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { copyResources } from './copy-resources.mjs';
import { SHELL_BUNDLE } from './bundle-options.mjs';
import { ensureCliBundle } from './cli-bundle.mjs';

const only = process.argv[2];
// Fonts and other shipped files into resources/ (packaged inside app.asar beside dist/).
copyResources();
if (!only || only === 'shell') {
  const common = { ...SHELL_BUNDLE, sourcemap: true, logLevel: 'info' };
  await build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/main/main.cjs' });
  await build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/preload/preload.cjs' });
  // The import's parse worker, found by main beside itself (electron/core/ingest/chat-source.ts).
  await build({ ...common, entryPoints: ['electron/core/ingest/prepare-worker.ts'], outfile: 'dist/main/prepare-worker.cjs' });
}
if (!only || only === 'cli') await ensureCliBundle({ force: true });
if (!only || only === 'renderer') {
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
