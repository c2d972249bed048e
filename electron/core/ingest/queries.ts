import { desc, eq } from 'drizzle-orm';
import type { Ctx } from '../context';
import type { Output, ParsedInput } from '../../contract/index';
import { imports, operators, sources } from '../../../db/schema/index';
import { parseChat } from '../whatsapp/parse';

export function previewText(_ctx: Ctx, input: ParsedInput<'import.preview'>): Output<'import.preview'> {
  const r = parseChat(input.text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, ''), { kind: input.kind, dateOrder: input.dateOrder });
  return {
    format: r.format,
    dateOrder: r.dateOrder,
    dateOrderAssumed: r.dateOrderAssumed,
    counts: r.counts,
    warnings: r.warnings,
    total: r.messages.length,
    messages: r.messages.slice(0, input.limit).map((m) => ({
      kind: m.kind,
      sender: m.sender,
      sentAt: m.sentAt,
      text: m.text,
      attachments: m.attachments,
      mediaOmitted: m.mediaOmitted,
      deleted: m.deleted,
      edited: m.edited,
    })),
  };
}

export function listImports(ctx: Ctx): Output<'imports.list'> {
  return ctx.db.orm
    .select({
      id: imports.id,
      source: sources.name,
      kind: imports.kind,
      fileName: imports.fileName,
      operator: operators.name,
      startedAt: imports.startedAt,
      finishedAt: imports.finishedAt,
      summary: imports.summary,
    })
    .from(imports)
    .innerJoin(sources, eq(sources.id, imports.sourceId))
    .leftJoin(operators, eq(operators.id, imports.operatorId))
    .orderBy(desc(imports.id))
    .all()
    .map((r) => ({ ...r, summary: JSON.parse(r.summary) as Output<'imports.list'>[number]['summary'] }));
}
