import type { Ctx } from '../context';
import type { Output, ParsedInput } from '../../contract/index';
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
  const rows = ctx.db.sqlite
    .prepare(
      `SELECT i.id, s.name AS source, i.kind, i.file_name AS fileName, o.name AS operator, i.started_at AS startedAt, i.finished_at AS finishedAt, i.summary
              FROM imports i JOIN sources s ON s.id = i.source_id LEFT JOIN operators o ON o.id = i.operator_id ORDER BY i.id DESC`,
    )
    .all() as (Omit<Output<'imports.list'>[number], 'summary'> & { summary: string })[];
  return rows.map((r) => ({ ...r, summary: JSON.parse(r.summary) }));
}
