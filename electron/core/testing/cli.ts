import path from 'node:path';
import { spawnSync } from 'node:child_process';

const ROOT = path.resolve(__dirname, '../../..');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  json: () => any;
}

/** The command line as it ships: the esbuild bundle (built by the test run's global setup, and rebuilt by
 * scripts/cli.mjs if a source changed since), run in one process as `npm run -s cli` does. */
export const CLI = path.join(ROOT, 'scripts', 'cli.mjs');

/** Runs the command line in one process, as `npm run -s cli` does. */
export function runCli(dataDir: string, args: string[], options: { input?: string; env?: Record<string, string> } = {}): CliRun {
  const r = spawnSync(process.execPath, [CLI, '--data', dataDir, ...args], {
    input: options.input,
    encoding: 'utf8',
    cwd: ROOT,
    env: { ...process.env, THANA_PIN: '', ...options.env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout) };
}
