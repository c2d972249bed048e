import type { Command } from './command';
import { opt } from './args';
import { dispatch } from '../core/dispatch';

const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

/** `backup --out DIR` makes a verified backup; `backup verify DIR` checks one. */
export const backupCommand: Command = async (env) => {
  if (env.rest[0] === 'verify') {
    const dir = env.rest[1];
    if (!dir) {
      env.err('त्रुटि / error: backup verify DIR');
      return 2;
    }
    const r = await dispatch(env.ctx, 'backup.verify', { dir });
    if (!r.ok) {
      env.err(`त्रुटि / error: ${r.error.message}`);
      return 2;
    }
    const v = r.value as { ok: boolean; dir: string; createdAt: string | null; files: number; problems: string[] };
    if (env.args.options.has('json')) env.out(JSON.stringify(v, null, 2));
    else {
      env.out(
        v.ok
          ? `बैकअप ठीक है / backup is sound: ${v.dir} (${v.files} files, made ${v.createdAt})`
          : `बैकअप क्षतिग्रस्त / backup is DAMAGED: ${v.dir}`,
      );
      for (const p of v.problems) env.out(`  - ${p}`);
    }
    return v.ok ? 0 : 3;
  }
  const out = opt(env.args, 'out');
  const r = await dispatch(env.ctx, 'backup.create', { dir: out ?? null });
  if (!r.ok) {
    env.err(`त्रुटि / error: ${r.error.message}`);
    return 2;
  }
  const v = r.value as { dir: string; files: number; bytes: number; removedOld: string[] };
  if (env.args.options.has('json')) env.out(JSON.stringify(v, null, 2));
  else {
    env.out(`बैकअप बना और जाँचा गया / backup made and verified: ${v.dir}`);
    env.out(`  ${v.files} फ़ाइलें / files, ${mb(v.bytes)}`);
    for (const d of v.removedOld) env.out(`  पुराना हटाया / rotated out: ${d}`);
  }
  return 0;
};
