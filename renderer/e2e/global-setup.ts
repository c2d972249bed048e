import { spawnSync } from 'node:child_process';

/** Builds the renderer and the command line once for the whole run (THANA_E2E_NO_BUILD=1 skips it when dist/ is fresh). */
export default function globalSetup() {
  if (process.env.THANA_E2E_NO_BUILD === '1') return;
  for (const target of ['renderer', 'cli']) {
    const r = spawnSync('node', ['scripts/build.mjs', target], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`${target} build failed`);
  }
}
