/**
 * The layer rules hold because `npm test` fails when one is broken: each planted violation below must be
 * reported by the same command `npm test` runs (dependency-cruiser with .dependency-cruiser.cjs, and the
 * renderer's own TypeScript project without Node types).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const planted: string[] = [];
const tag = `zz-planted-${process.pid}`;

/** Writes a file inside the tree (the rules are about where a file is) and removes it after the suite. */
function plant(rel: string, text: string): string {
  const file = path.join(ROOT, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  planted.push(file);
  return rel;
}

function cruise(...files: string[]) {
  const r = spawnSync('npx', ['depcruise', ...files, '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

afterAll(() => {
  for (const f of planted) fs.rmSync(f, { force: true });
  for (const d of new Set(planted.map((f) => path.dirname(f)))) if (d.includes(tag)) fs.rmSync(d, { recursive: true, force: true });
});

describe('layer rules fail npm test when broken', () => {
  const cases: [string, string, Record<string, string>][] = [
    [
      'no-cycles',
      'an import cycle',
      {
        [`electron/core/${tag}/a.ts`]: "import { b } from './b';\nexport const a = () => b;\n",
        [`electron/core/${tag}/b.ts`]: "import { a } from './a';\nexport const b = () => a;\n",
      },
    ],
    [
      'electron-only-in-shell',
      'electron imported by core',
      { [`electron/core/${tag}/e.ts`]: "import { app } from 'electron';\nexport const x = app;\n" },
    ],
    [
      'core-below-transports',
      'core importing the command line',
      { [`electron/core/${tag}/c.ts`]: "import { opt } from '../../cli/args';\nexport const x = opt;\n" },
    ],
    [
      'contract-no-node',
      'the contract importing node:fs',
      { [`electron/contract/${tag}.ts`]: "import fs from 'node:fs';\nexport const x = fs;\n" },
    ],
    [
      'contract-is-pure',
      'the contract importing core',
      { [`electron/contract/${tag}-core.ts`]: "import { AppError } from '../core/errors';\nexport const x = AppError;\n" },
    ],
    [
      'renderer-only-contract-and-shared',
      'the renderer importing core',
      { [`renderer/src/${tag}.ts`]: "import { AppError } from '../../electron/core/errors';\nexport const x = AppError;\n" },
    ],
    [
      'renderer-no-node',
      'the renderer importing node:path',
      { [`renderer/src/${tag}-node.ts`]: "import path from 'node:path';\nexport const x = path;\n" },
    ],
    [
      'shared-is-pure',
      'shared code importing core',
      { [`electron/shared/${tag}.ts`]: "import { AppError } from '../core/errors';\nexport const x = AppError;\n" },
    ],
    [
      'db-below-core',
      'the schema importing core',
      { [`db/${tag}.ts`]: "import { AppError } from '../electron/core/errors';\nexport const x = AppError;\n" },
    ],
  ];

  for (const [rule, what, files] of cases) {
    it(`reports ${what} as ${rule}`, () => {
      const rels = Object.entries(files).map(([rel, text]) => plant(rel, text));
      const r = cruise(...rels);
      expect(r.status, r.out).not.toBe(0);
      expect(r.out).toContain(rule);
    });
  }

  it('passes on the tree as it is', () => {
    const r = cruise('electron', 'db', 'renderer/src', 'renderer/e2e', 'bench', 'scripts');
    // Files planted by the cases above may still exist while this runs; only they may be reported.
    const unexpected = r.out.split('\n').filter((l) => /^\s+error /.test(l) && !l.includes(tag));
    expect(unexpected).toEqual([]);
  });

  it('the renderer typecheck refuses Node globals', () => {
    plant(`renderer/src/${tag}-process.ts`, 'export const dir = process.cwd();\n');
    const r = spawnSync('npx', ['tsc', '--noEmit', '-p', 'tsconfig.web.json'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stdout).toMatch(new RegExp(`${tag}-process\\.ts.*Cannot find name 'process'`));
  });
});
