// Parse speed: our parseChat against whatsapp-chat-parser's parseString on the same generated export.
// Run: npx tsx bench/parse-bench.ts [n]

import { pathToFileURL } from 'node:url';
import { parseString } from 'whatsapp-chat-parser';
import { parseChat } from '../electron/core/whatsapp/parse.js';
import { generateExport } from './generate-export.js';

export interface ParseBenchResult {
  ours_ms: number;
  reference_ms: number;
  /** reference_ms / ours_ms: above 1 means we are faster. */
  speedup: number;
  messages: number;
}

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/**
 * Best of 3 for each parser on the same string. Runs alternate (ours, reference, ours, ...) after one
 * untimed warm-up each, so JIT warm-up and background load (the test machine is shared) hit both alike.
 */
export async function benchParse(n = 200_000): Promise<ParseBenchResult> {
  const text = generateExport(n, { format: 'android' });
  let messages = 0;
  const runOurs = () => {
    messages = parseChat(text).messages.length;
  };
  const runReference = () => parseString(text);
  runOurs();
  runReference();
  let ours = Infinity;
  let reference = Infinity;
  for (let i = 0; i < 3; i++) {
    ours = Math.min(ours, time(runOurs));
    reference = Math.min(reference, time(runReference));
  }
  return {
    ours_ms: Math.round(ours),
    reference_ms: Math.round(reference),
    speedup: Math.round((reference / ours) * 100) / 100,
    messages,
  };
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const n = process.argv[2] ? Number(process.argv[2]) : 200_000;
  const text = generateExport(n, { format: 'android' });
  console.log(`export: ${n} messages, ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB`);
  const r = await benchParse(n);
  console.log(JSON.stringify(r));
}
