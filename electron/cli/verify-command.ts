import type { Command } from './command';
import type { Output } from '../contract/index';
import { dispatch } from '../core/dispatch';
import { sealCommand } from './document-commands';

/** `verify [--json]`: exit 0 only when the audit chain, the rows, the store and SQLite's integrity check are sound. */
export const verifyCommand: Command = async (env) => {
  if (env.args.options.has('seal')) return sealCommand(env);
  const r = await dispatch(env.ctx, 'audit.verify', {});
  if (!r.ok) {
    env.err(`त्रुटि / error: ${r.error.message}`);
    return 1;
  }
  const v = r.value as Output<'audit.verify'>;
  if (env.args.options.has('json')) env.out(JSON.stringify(v, null, 2));
  else {
    env.out(
      v.ok ? `ठीक / OK: ${v.checked} जाँचे / checked, head ${v.head}` : `समस्याएँ / PROBLEMS: ${v.problems.length} (${v.checked} checked)`,
    );
    for (const p of v.problems) env.out(`  - ${p.message}`);
    for (const w of v.warnings) env.out(`  ! चेतावनी / warning: ${w.message}`);
    for (const a of v.anchors)
      env.out(`  ${a.ok ? 'मेल / matches' : 'मेल नहीं / DOES NOT MATCH'}: ${a.label}${a.auditId !== null ? `, row ${a.auditId}` : ''}`);
  }
  return v.ok ? 0 : 3;
};
