import path from 'node:path';
import { spawnSync } from 'node:child_process';

const ROOT = path.resolve(__dirname, '../../..');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  json: () => any;
}

/** Runs the command line in one process (node with the tsx loader), as `npm run -s cli` does. */
export function runCli(dataDir: string, args: string[], options: { input?: string; env?: Record<string, string> } = {}): CliRun {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'electron/cli/main.ts'), '--data', dataDir, ...args], {
    input: options.input,
    encoding: 'utf8',
    cwd: ROOT,
    env: { ...process.env, THANA_PIN: '', ...options.env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout) };
}
