import path from 'node:path';
import { Worker, MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { readChat, prepareRows, tupleBatches, toRows, type ChatHeader, type ReadChatOptions } from './prepare';
import type { Derived, MessageTuple, PreparedRow } from './derive';
import { REPLIES, SIGNAL_SLOTS } from './chat-signal';
import type { ParseResult } from '../whatsapp/types';
import { AppError } from '../errors';

/**
 * A chat text on its way into the database. This thread parses it; for a big chat a key worker
 * derives each message's dedupe key, phonetic search keys and digest JSON in parallel, a few batches
 * ahead of the SQLite writes, so a 2-core PC does both at once. The import's transaction is synchronous
 * (better-sqlite3), so the writer takes the worker's replies with receiveMessageOnPort and sleeps on
 * Atomics.wait until one is there.
 */
export interface ChatSource {
  header: ChatHeader;
  /** Prepared messages in chat order; iterate once. */
  rows(): Iterable<PreparedRow[]>;
  /** Where the keys are worked out: a key worker, or this thread. */
  via: 'worker' | 'inline';
  /** Stops the worker, if any. Safe to call more than once. */
  close(): void;
}

/** Written to stderr when a big chat has to be prepared on one thread because the worker would not start. */
export const KEY_WORKER_FALLBACK = 'key worker could not start; preparing the chat on the main thread';

/** Below this a worker's start-up costs more than it saves. */
export const WORKER_MIN_BYTES = 1024 * 1024;
/** Batches handed to the worker before the writer takes the first reply. */
const BATCHES_AHEAD = 3;
/** A worker that answers nothing for this long is treated as dead. */
const STALL_MS = 120_000;

export async function openChat(
  bytes: Uint8Array,
  fileName: string,
  opts: ReadChatOptions,
  workerMinBytes = WORKER_MIN_BYTES,
): Promise<ChatSource> {
  // The worker starts up while this thread parses.
  const worker = bytes.length >= workerMinBytes ? startKeyWorker() : null;
  let read;
  try {
    read = readChat(bytes, fileName, opts);
  } catch (e) {
    worker?.close();
    throw e;
  }
  const { header, parsed } = read;
  if (worker && (await worker.ready)) {
    return { header, rows: () => pipelined(parsed, opts, worker), via: 'worker', close: worker.close };
  }
  if (worker) process.emitWarning(KEY_WORKER_FALLBACK);
  worker?.close();
  return { header, rows: () => prepareRows(parsed, opts), via: 'inline', close: () => {} };
}

declare const __THANA_BUNDLE__: boolean | undefined;

/** The worker's script: beside the bundled main in a build, else the TypeScript source through tsx. */
function workerScript(): string | URL {
  if (typeof __THANA_BUNDLE__ !== 'undefined') return path.join(__dirname, 'prepare-worker.cjs');
  return new URL('./prepare-worker.dev.mjs', import.meta.url);
}

interface KeyWorker {
  worker: Worker;
  port: MessagePort;
  signal: Int32Array;
  /** false when the script could not start: the chat is then prepared on this thread. */
  ready: Promise<boolean>;
  close: () => void;
}

function startKeyWorker(): KeyWorker | null {
  const signal = new Int32Array(new SharedArrayBuffer(SIGNAL_SLOTS * 4));
  const { port1, port2 } = new MessageChannel();
  let worker: Worker;
  try {
    // A small young generation: the worker's live data is small and its garbage should not pile up.
    worker = new Worker(workerScript(), {
      execArgv: [],
      resourceLimits: { maxYoungGenerationSizeMb: 16 },
      workerData: { port: port2, signal },
      transferList: [port2],
    });
  } catch {
    port1.close();
    return null;
  }
  const ready = new Promise<boolean>((resolve) => {
    worker.once('message', (m) => resolve(m === 'ready'));
    worker.once('error', () => resolve(false));
    worker.once('exit', () => resolve(false));
  });
  // Later failures reach the writer as an error reply or a stall; an unheard 'error' would end the process.
  worker.on('error', () => {});
  // Once it is ready, a forgotten worker must not keep the process alive (it is held until then).
  void ready.then(() => worker.unref());
  const close = () => {
    port1.close();
    void worker.terminate();
  };
  return { worker, port: port1, signal, ready, close };
}

function* pipelined(parsed: ParseResult, opts: ReadChatOptions, kw: KeyWorker): Generator<PreparedRow[]> {
  const source = tupleBatches(parsed, opts);
  const inFlight: { tuples: MessageTuple[]; attachments: string[][] }[] = [];
  const send = () => {
    const next = source.next();
    if (next.done) return;
    inFlight.push(next.value);
    kw.worker.postMessage(next.value.tuples);
  };
  for (let i = 0; i < BATCHES_AHEAD; i++) send();
  while (inFlight.length) {
    const batch = inFlight.shift()!;
    const reply = nextReply(kw.port, kw.signal);
    send();
    yield toRows(batch.tuples, reply, batch.attachments);
  }
}

function nextReply(port: MessagePort, signal: Int32Array): Derived[] {
  let waited = 0;
  for (;;) {
    const seen = Atomics.load(signal, REPLIES);
    const got = receiveMessageOnPort(port);
    if (got) {
      const m = got.message as { derived?: Derived[]; error?: string };
      if (m.error !== undefined) throw new AppError('internal', `संदेश तैयार नहीं हो सके / preparing the messages failed: ${m.error}`);
      return m.derived!;
    }
    if (Atomics.wait(signal, REPLIES, seen, 1000) === 'timed-out' && (waited += 1000) >= STALL_MS) {
      throw new AppError('internal', `${STALL_MS / 1000} s से संदेश तैयार नहीं हुए / preparing the messages stalled`);
    }
  }
}
