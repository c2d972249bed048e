import path from 'node:path';
import type { Ctx } from '../context';
import type { EventPayload, Output, ParsedInput } from '../../contract/index';
import { EvidenceStore } from '../evidence/store';
import { EVIDENCE_DIR } from '../data-folder';
import { AppError } from '../errors';
import { requireStation } from '../station';
import { collectPaths, collectText, closeCollected, measureInputs, type Collected } from './collect';
import { saveImport, type ImportKind, type ImportSummary } from './save';
import { acquireImportLock } from './locks';
import { and, eq, sql } from 'drizzle-orm';
import { imports, messages, sources } from '../../../db/schema/index';
import { findSourceId } from '../sources';
import { prepared } from '../orm';

export type { ImportSummary };

export type ImportProgress = EventPayload<'import.progress'>;

/** Imports in flight in this process, by the token the caller gave, so a UI can cancel one. */
const running = new Map<string, AbortController>();

export function cancelImport(token: string): boolean {
  const c = running.get(token);
  c?.abort(new AppError('cancelled', 'आयात रद्द किया गया / import cancelled'));
  return !!c;
}

export function evidenceStore(ctx: Pick<Ctx, 'dataDir'>): EvidenceStore {
  return new EvidenceStore(path.join(ctx.dataDir, EVIDENCE_DIR));
}

function removeWritten(store: EvidenceStore, written: string[], ctx: Ctx) {
  const known = ctx.db.sqlite.prepare('SELECT 1 FROM evidence WHERE sha256 = ?');
  for (const sha of written) if (!known.get(sha)) store.removeOrphan(sha);
}

/**
 * The chat's name as WhatsApp wrote it: the iOS group name, or "WhatsApp Chat with NAME.txt";
 * else the file's own name.
 */
export function sourceNameFrom(collected: Collected, fileName: string | null): string {
  for (const c of collected.chats) {
    if (c.header.groupName) return c.header.groupName;
    const m = /^WhatsApp Chat (?:with|-)\s*(.+?)\.txt$/i.exec(c.header.fileName);
    if (m) return m[1].trim();
  }
  const base = (fileName ?? '')
    .split(',')[0]
    .trim()
    .replace(/\.(zip|txt)$/i, '');
  return base || 'अन्य / other';
}

/** Share of a chat's first messages that must already be under one source for it to be that source's chat. */
const SAME_CHAT_SHARE = 0.8;

/**
 * The source a chat is already in under another name, if any: the same file imported before, or most of its
 * first messages already there (an overlapping export of the same group, named differently by its file). Messages
 * are unique per source, so importing it under a new name would store every one of them twice.
 */
export function alreadyImportedAs(ctx: Ctx, collected: Collected, name: string): string | null {
  const { orm } = ctx.db;
  const chosen = findSourceId(ctx, name);
  const others = orm
    .select({ id: sources.id, name: sources.name })
    .from(sources)
    .all()
    .filter((s) => s.id !== chosen);
  for (const chat of collected.chats) {
    const same = orm
      .select({ name: sources.name })
      .from(imports)
      .innerJoin(sources, eq(sources.id, imports.sourceId))
      // The same file read the same way (a file read again with the other day/month order is another reading).
      .where(and(eq(imports.fileSha256, chat.header.fileSha256), sql`${imports.dateOrder} IS ${chat.header.dateOrder}`))
      .orderBy(imports.id)
      .get();
    if (same && same.name !== name) return same.name;
    const sample = chat.header.sampleKeys;
    if (sample.length < 5) continue;
    for (const s of others) {
      let found = 0;
      for (const k of sample) if (messageByKey(orm).get({ sourceId: s.id, sentAt: k.sentAt, key: k.key })) found++;
      if (found >= sample.length * SAME_CHAT_SHARE) return s.name;
    }
  }
  return null;
}

/** A message by its place in the dedupe index (source, time, key). */
const messageByKey = prepared((orm) =>
  orm
    .select({ id: messages.id })
    .from(messages)
    .where(
      and(
        eq(messages.sourceId, sql.placeholder('sourceId')),
        sql`coalesce(${messages.sentAt}, '') = ${sql.placeholder('sentAt')}`,
        eq(messages.dedupeKey, sql.placeholder('key')),
      ),
    )
    .prepare(),
);

interface RunOptions {
  token?: string | null;
  request: Omit<Parameters<typeof saveImport>[2], 'startedAt' | 'kind' | 'fileName' | 'source'> & {
    kind?: ImportKind;
    source: string | null;
  };
  collect: (store: EvidenceStore, signal: AbortSignal, progress: (p: Partial<ImportProgress>) => void) => Promise<Collected>;
  bytesTotal: number;
  fileName: string | null;
}

/**
 * Two phases: read and store files (slow, streamed, cancellable), then one transaction for every row.
 * A failure or cancel in either phase leaves no messages and removes the files this import added.
 */
async function runImport(ctx: Ctx, o: RunOptions): Promise<ImportSummary> {
  requireStation(ctx);
  const store = evidenceStore(ctx);
  const controller = new AbortController();
  if (o.token) {
    if (running.has(o.token)) throw new AppError('conflict', 'यह आयात पहले से चल रहा है / an import with this token is already running');
    running.set(o.token, controller);
  }
  const startedAt = ctx.now();
  const release = acquireImportLock(ctx.db, startedAt);
  const state: ImportProgress = {
    token: o.token ?? null,
    phase: 'reading',
    bytesDone: 0,
    bytesTotal: o.bytesTotal,
    messages: 0,
    saved: 0,
    file: null,
  };
  let lastEmit = 0;
  const progress = (p: Partial<ImportProgress>, force = false) => {
    Object.assign(state, p);
    const t = Date.now();
    if (force || t - lastEmit > 100) {
      lastEmit = t;
      ctx.emit?.('import.progress', { ...state });
    }
  };
  let collected: Collected | null = null;
  try {
    collected = await o.collect(store, controller.signal, progress);
    controller.signal.throwIfAborted();
    const messages = collected.chats.reduce((n, c) => n + c.header.messages, 0);
    progress({ phase: 'saving', messages }, true);
    const named = o.request.source ?? sourceNameFrom(collected, o.fileName);
    // Never duplicate silently: a chat already in the register under another name is added to that source.
    const earlier = collected.chats.length ? alreadyImportedAs(ctx, collected, named) : null;
    const source = earlier ?? named;
    if (earlier)
      collected.warnings.push(
        `यह चैट पहले से स्रोत "${earlier}" में आयातित है, इसलिए "${named}" के स्थान पर उसी में जोड़ा गया / this chat was already imported as "${earlier}", so it was added there instead of "${named}"`,
      );
    const kind: ImportKind =
      o.request.kind ??
      (collected.chats.length
        ? collected.chats[0].header.format === 'forwarded'
          ? 'forwarded'
          : collected.chats[0].header.format === 'web'
            ? 'paste'
            : 'export'
        : 'media');
    const summary = saveImport(ctx, collected, { ...o.request, source, kind, fileName: o.fileName, startedAt }, (saved) =>
      progress({ saved }),
    );
    progress({ phase: 'done', bytesDone: state.bytesTotal }, true);
    return summary;
  } catch (e) {
    if (collected) removeWritten(store, collected.written, ctx);
    else store.cleanupTemp();
    if (controller.signal.aborted)
      throw new AppError('cancelled', 'आयात रद्द किया गया; कुछ भी सहेजा नहीं गया / import cancelled; nothing was saved');
    throw e;
  } finally {
    if (collected) closeCollected(collected);
    if (o.token) running.delete(o.token);
    release();
  }
}

/** The kind recorded for an import: what the caller said, else what the parser found. */
const recordedKind = (k: string | undefined): ImportKind | undefined => (k === 'paste' || k === 'forwarded' ? k : undefined);

const sourceKindFor = (input: { sourceKind?: string | null }) => (input.sourceKind ?? 'other') as ParsedInput<'sources.create'>['kind'];

export async function importFiles(ctx: Ctx, input: ParsedInput<'import.files'>): Promise<Output<'import.files'>> {
  const bytesTotal = measureInputs(input.paths);
  return runImport(ctx, {
    token: input.token,
    request: {
      source: input.source,
      sourceKind: sourceKindFor(input),
      kind: recordedKind(input.kind),
      sender: input.sender,
      sentAt: input.sentAt,
    },
    bytesTotal,
    fileName: input.paths
      .map((p) => path.basename(p))
      .join(', ')
      .slice(0, 1000),
    collect: (store, signal, progress) => {
      let done = 0;
      // Missing media and pastes never change the kind of an export; paste/forwarded only steer the parser.
      return collectPaths(store, input.paths, {
        kind: input.kind,
        dateOrder: input.dateOrder,
        sender: input.sender,
        sentAt: input.sentAt,
        signal,
        onBytes: (d) => progress({ bytesDone: (done += d) }),
        onFile: (file) => progress({ file }),
      });
    },
  });
}

export async function importText(ctx: Ctx, input: ParsedInput<'import.text'>): Promise<Output<'import.text'>> {
  const bytes = Buffer.byteLength(input.text);
  return runImport(ctx, {
    token: input.token,
    request: {
      source: input.source,
      sourceKind: sourceKindFor(input),
      kind: recordedKind(input.kind),
      sender: input.sender,
      sentAt: input.sentAt,
    },
    bytesTotal: bytes,
    fileName: null,
    collect: () => collectText(input.text, { kind: input.kind, dateOrder: input.dateOrder, sender: input.sender, sentAt: input.sentAt }),
  });
}
