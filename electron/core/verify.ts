import type { Ctx } from './context';
import type { Output } from '../contract/index';
import { verifyAudit, type VerifyProblem } from './audit';
import { verifyImportDigests } from './ingest/digest';
import { verifyEvidence } from './evidence/handlers';
import type { AreaHandlers } from './context';
import { anchorReport, type Anchor } from './anchors';
import { restoreHint } from './storage-errors';

/** SQLite's own check of the file: pages, indexes, free lists. A damaged file says how to restore. */
export function integrityProblems(ctx: Ctx): VerifyProblem[] {
  const rows = ctx.db.sqlite.pragma('integrity_check') as { integrity_check: string }[];
  const bad = rows.filter((r) => r.integrity_check !== 'ok');
  if (!bad.length) return [];
  const hint = restoreHint(ctx.dataDir);
  return [
    { kind: 'integrity', message: `डेटाबेस फ़ाइल क्षतिग्रस्त / database file damaged: ${hint.hi} / ${hint.en}` },
    ...bad.map((r) => ({ kind: 'integrity', message: `डेटाबेस फ़ाइल क्षतिग्रस्त / database file damaged: ${r.integrity_check}` })),
  ];
}

/**
 * Everything `verify` checks: the database file, the audit chain, every row, every import, every evidence
 * file, and the chain against its anchors outside the database (head file, newest backup, a seal).
 */
export async function verifyAll(ctx: Ctx, extraAnchors: Anchor[] = []): Promise<Output<'audit.verify'>> {
  const audit = verifyAudit(ctx.db.sqlite);
  const anchored = anchorReport(ctx.db.sqlite, ctx.dataDir, extraAnchors);
  const imported = verifyImportDigests(ctx.db.sqlite);
  const files = await verifyEvidence(ctx);
  const problems = [...integrityProblems(ctx), ...anchored.problems, ...audit.problems, ...imported.problems, ...files.problems];
  const result = {
    ok: problems.length === 0,
    checked: audit.checked + imported.checked + files.checked,
    problems,
    warnings: anchored.warnings,
    anchors: anchored.anchors,
    head: audit.head,
  };
  if (!ctx.db.readonly) recordRun(ctx, result);
  return result;
}

/** Logged outside the audit trail (a check is not a change), so the desk can say when it last ran. */
function recordRun(ctx: Ctx, r: Output<'audit.verify'>) {
  ctx.db.sqlite
    .prepare('INSERT INTO verify_runs (at, ok, checked, problems, audit_head) VALUES (?, ?, ?, ?, ?)')
    .run(ctx.now().toISOString(), r.ok ? 1 : 0, r.checked, r.problems.length, r.head);
}

export function lastVerify(ctx: Ctx): Output<'audit.lastVerify'> {
  const r = ctx.db.sqlite.prepare('SELECT at, ok, checked, problems FROM verify_runs ORDER BY id DESC LIMIT 1').get() as
    { at: string; ok: number; checked: number; problems: number } | undefined;
  return r ? { at: r.at, ok: !!r.ok, checked: r.checked, problems: r.problems } : null;
}

export const auditHandlers: AreaHandlers<'audit'> = {
  'audit.verify': (ctx) => verifyAll(ctx),
  'audit.lastVerify': (ctx) => lastVerify(ctx),
};
