import fs from 'node:fs';
import path from 'node:path';
import type { DateOrder, TextKind } from '../whatsapp/types';
import { openZip, ZipBombError, ZipFormatError } from '../whatsapp/zip';
import type { EvidenceStore, StoredFile } from '../evidence/store';
import { AppError } from '../errors';
import { openChat, type ChatSource } from './chat-source';

/** The biggest chat text we read into memory (a year-long group export is tens of MB). */
const MAX_CHAT_BYTES = 512 * 1024 * 1024;

export interface CollectedMedia {
  /** The name the file carried (zip entry, file on disk); the only name messages refer to. */
  name: string;
  stored: StoredFile;
}

export interface Collected {
  chats: ChatSource[];
  media: CollectedMedia[];
  rejected: string[];
  warnings: string[];
  /** Files this import wrote to the store (not there before), to remove if the import fails. */
  written: string[];
}

export interface CollectOptions {
  kind?: TextKind;
  dateOrder?: DateOrder;
  /** Stand-ins for the sender and time a forwarded message lacks. */
  sender?: string | null;
  sentAt?: string | null;
  /** Chat texts from this size on are prepared in a worker thread (see chat-source.ts). */
  workerMinBytes?: number;
  signal?: AbortSignal;
  onBytes?: (delta: number) => void;
  onFile?: (name: string) => void;
}

const isZip = (p: string) => /\.zip$/i.test(p);
const isText = (p: string) => /\.txt$/i.test(p);

function baseName(name: string): string {
  const parts = name.split('/');
  return parts[parts.length - 1];
}

/** Total bytes the inputs will feed through, for a progress bar. */
export function measureInputs(paths: string[]): number {
  let total = 0;
  const visit = (p: string) => {
    const st = fs.statSync(p, { throwIfNoEntry: false });
    if (!st) return;
    if (st.isDirectory())
      for (const f of fs.readdirSync(p)) {
        if (!f.startsWith('.')) visit(path.join(p, f));
      }
    else if (st.isFile()) total += st.size;
  };
  paths.forEach(visit);
  return total;
}

async function addChat(bytes: Buffer, opts: CollectOptions, out: Collected, fileName: string): Promise<void> {
  const chat = await openChat(
    bytes,
    fileName,
    { kind: opts.kind, dateOrder: opts.dateOrder, sender: opts.sender, sentAt: opts.sentAt },
    opts.workerMinBytes,
  );
  out.chats.push(chat);
  out.warnings.push(...chat.header.warnings);
}

async function putMedia(store: EvidenceStore, input: string | NodeJS.ReadableStream, name: string, out: Collected, opts: CollectOptions) {
  opts.onFile?.(name);
  let last = 0;
  const stored = await store.put(input, {
    name,
    signal: opts.signal,
    onProgress: (b) => {
      opts.onBytes?.(b - last);
      last = b;
    },
  });
  if (!stored.existed) out.written.push(stored.sha256);
  out.media.push({ name, stored });
}

async function collectZip(store: EvidenceStore, file: string, out: Collected, opts: CollectOptions) {
  let zip;
  try {
    zip = await openZip(file);
  } catch (e) {
    if (e instanceof ZipBombError || e instanceof ZipFormatError)
      throw new AppError('validation', `${path.basename(file)}: ${e.message}`, 'paths');
    throw e;
  }
  try {
    for (const r of zip.rejected) {
      out.rejected.push(r.name);
      out.warnings.push(`${path.basename(file)}: "${r.name}" अस्वीकृत / rejected: ${r.reason}`);
    }
    if (zip.chatFile) {
      const bytes = await zip.readEntry(zip.chatFile.name, MAX_CHAT_BYTES);
      opts.onBytes?.(zip.chatFile.compressedSize);
      await addChat(bytes, opts, out, baseName(zip.chatFile.name));
    }
    for (const entry of zip.entries) {
      opts.signal?.throwIfAborted();
      if (entry === zip.chatFile) continue;
      await putMedia(store, await zip.openEntry(entry.name), baseName(entry.name), out, opts);
    }
  } catch (e) {
    if (e instanceof ZipBombError || e instanceof ZipFormatError)
      throw new AppError('validation', `${path.basename(file)}: ${e.message}`, 'paths');
    throw e;
  } finally {
    zip.close();
  }
}

/**
 * Reads every input: chat texts are parsed, media files are streamed into the evidence store.
 * On failure the chats opened so far are closed; on success the caller closes them (closeCollected).
 */
export async function collectPaths(store: EvidenceStore, paths: string[], opts: CollectOptions): Promise<Collected> {
  const out: Collected = { chats: [], media: [], rejected: [], warnings: [], written: [] };
  try {
    return await collectInto(store, paths, opts, out);
  } catch (e) {
    closeCollected(out);
    throw e;
  }
}

export function closeCollected(c: Collected): void {
  for (const chat of c.chats) chat.close();
}

async function collectInto(store: EvidenceStore, paths: string[], opts: CollectOptions, out: Collected): Promise<Collected> {
  const visit = async (p: string, top: boolean): Promise<void> => {
    opts.signal?.throwIfAborted();
    const st = fs.lstatSync(p, { throwIfNoEntry: false });
    if (!st) throw new AppError('validation', `फ़ाइल नहीं मिली / file not found: ${p}`, 'paths');
    if (st.isSymbolicLink()) {
      out.rejected.push(path.basename(p));
      out.warnings.push(`${path.basename(p)}: लिंक छोड़ा गया / a link was skipped`);
      return;
    }
    if (st.isDirectory()) {
      for (const f of fs.readdirSync(p).sort()) if (!f.startsWith('.')) await visit(path.join(p, f), false);
      return;
    }
    if (!st.isFile()) return;
    if (isZip(p)) return collectZip(store, p, out, opts);
    if (isText(p) && (top || /whatsapp|_chat/i.test(path.basename(p)))) {
      const bytes = fs.readFileSync(p);
      opts.onBytes?.(bytes.length);
      return addChat(bytes, opts, out, path.basename(p));
    }
    await putMedia(store, p, path.basename(p), out, opts);
  };
  for (const p of paths) await visit(path.resolve(p), true);
  // An Android export copied as a folder: the .txt with its media beside it. Media named in a chat
  // but given as a separate .txt file is picked up from the same folder.
  for (const p of paths) {
    const abs = path.resolve(p);
    if (!isText(abs) || fs.statSync(abs).isDirectory()) continue;
    const dir = path.dirname(abs);
    const have = new Set(out.media.map((m) => m.name));
    const chat = out.chats.find((c) => c.header.fileName === path.basename(abs));
    for (const name of chat?.header.attachmentNames ?? []) {
      const safe = path.basename(name);
      if (safe !== name || have.has(name)) continue;
      const candidate = path.join(dir, safe);
      if (fs.statSync(candidate, { throwIfNoEntry: false })?.isFile()) {
        await putMedia(store, candidate, safe, out, opts);
        have.add(safe);
      }
    }
  }
  return out;
}

export async function collectText(text: string, opts: CollectOptions, fileName = 'paste'): Promise<Collected> {
  const out: Collected = { chats: [], media: [], rejected: [], warnings: [], written: [] };
  await addChat(Buffer.from(text, 'utf8'), opts, out, fileName);
  return out;
}
