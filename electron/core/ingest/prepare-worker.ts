// Key worker: derives dedupe keys, search keys and digest JSON for one chat's message batches, in order,
// while the writer thread inserts the batches before them (see chat-source.ts).
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { deriveBatch, type MessageTuple } from './derive';
import { MessageKeyer } from './message-keys';
import { REPLIES } from './chat-signal';

const { port, signal } = workerData as { port: MessagePort; signal: Int32Array };
const keyer = new MessageKeyer();

parentPort!.on('message', (tuples: MessageTuple[]) => {
  let reply: { derived: ReturnType<typeof deriveBatch> } | { error: string };
  try {
    reply = { derived: deriveBatch(keyer, tuples) };
  } catch (e) {
    reply = { error: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(reply);
  Atomics.add(signal, REPLIES, 1);
  Atomics.notify(signal, REPLIES);
});
parentPort!.postMessage('ready');
