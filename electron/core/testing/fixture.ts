import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Channel, Input, Output } from '../../contract/index';
import { dispatch } from '../dispatch';
import { makeCtx, openDataFolder, resolveOperator, type DataFolder } from '../data-folder';
import type { Ctx, Operator } from '../context';
import { dispatchToFile } from '../downloads';
import { OPERATOR_OWN_FILES } from '../file-access';

/** A real data folder in the temp dir, with a clock the test controls. */
export interface TestRegister {
  folder: DataFolder;
  dir: string;
  clock: { now: Date };
  operator: Operator | null;
  /** Calls a channel and returns its value, throwing on a refused call. */
  call<C extends Channel>(channel: C, input?: Input<C>): Promise<Output<C>>;
  /** Runs a download channel into a file, as the command line's --out does, and returns its value. */
  download<C extends Channel>(channel: C, input: Input<C>, file: string, overwrite?: boolean): Promise<Output<C> & { path: string }>;
  /** Calls a channel and returns the raw result. */
  try<C extends Channel>(channel: C, input?: unknown): ReturnType<typeof dispatch>;
  as(name: string): void;
  /** The context a call runs with: this register, the test's clock and operator, the files a terminal user may name. */
  ctx(): Omit<Ctx, 'channel'>;
  close(): void;
}

export function tempDir(prefix = 'thana-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function makeRegister(options: { init?: boolean; dir?: string; now?: string } = {}): Promise<TestRegister> {
  const dir = options.dir ?? tempDir();
  const folder = openDataFolder(dir);
  const clock = { now: new Date(options.now ?? '2025-01-20T06:30:00Z') };
  const reg: TestRegister = {
    folder,
    dir,
    clock,
    operator: resolveOperator(folder.db),
    try: (channel, input) => dispatch(reg.ctx(), channel, input, { checkOutput: true }),
    async download(channel, input, file, overwrite = false) {
      const r = await dispatchToFile(reg.ctx(), channel, input, file, { overwrite });
      if (!r.ok) throw new Error(`${channel}: [${r.error.code}] ${r.error.message}`);
      return r.value as never;
    },
    ctx: () => ({ ...makeCtx(folder, reg.operator, () => clock.now), files: OPERATOR_OWN_FILES }),
    async call(channel, input) {
      const r = await reg.try(channel, input);
      if (!r.ok) throw new Error(`${channel}: [${r.error.code}] ${r.error.message}`);
      return r.value as never;
    },
    as(name) {
      reg.operator = resolveOperator(folder.db, name);
    },
    close: () => folder.close(),
  };
  if (options.init !== false && !reg.operator) {
    await reg.call('station.init', { name: 'गगहा', district: 'गोरखपुर', operator: 'राजेश तिवारी' });
    reg.operator = resolveOperator(folder.db);
  }
  return reg;
}
