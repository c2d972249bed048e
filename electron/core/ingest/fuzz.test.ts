import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { makeRegister, tempDir, type TestRegister } from '../testing/fixture';
import { buildZip } from '../whatsapp/test-zip-writer';

/** Every input must finish (import or a clean refusal) within this, whatever it holds. */
const TIME_BOUND_MS = 5_000;

let reg: TestRegister;
let work: string;
let outside: string;
beforeAll(async () => {
  reg = await makeRegister();
  work = tempDir('thana-fuzz-in-');
  outside = path.dirname(reg.dir);
});
afterAll(() => reg.close());

const CHAT =
  '08/01/25, 10:30 am - Vinod Jaiswal Kirana: रेलवे क्रॉसिंग पर मारपीट\n08/01/25, 10:31 am - Vinod Jaiswal Kirana: VID-20250108-WA0003.mp4 (file attached)\n';
const validZip = buildZip([
  { name: 'WhatsApp Chat with थाना.txt', data: CHAT },
  { name: 'VID-20250108-WA0003.mp4', data: Buffer.alloc(5000, 3) },
]);

function listTree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const f of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, f.name);
      if (f.isDirectory()) walk(p);
      else out.push(p);
    }
  };
  walk(dir);
  return out;
}

let n = 0;
async function importBytes(bytes: Uint8Array, ext: string) {
  const file = path.join(work, `in-${n++}.${ext}`);
  fs.writeFileSync(file, bytes);
  const t0 = performance.now();
  const r = await reg.try('import.files', { paths: [file], source: 'फ़ज़' });
  const ms = performance.now() - t0;
  fs.rmSync(file);
  expect(ms).toBeLessThan(TIME_BOUND_MS);
  if (!r.ok) {
    // A refusal is fine, but it must be a clear one and not a crash.
    expect(r.error.code).not.toBe('internal');
    expect(r.error.message).toMatch(/[\u0900-\u097F]/);
  }
  return r;
}

describe('fuzzing the importer with random, truncated and mutated files', () => {
  it('never crashes, hangs or writes outside the data folder', async () => {
    const before = new Set(listTree(outside).filter((p) => !p.startsWith(reg.dir) && !p.startsWith(work)));
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), (b) => importBytes(b, 'zip').then(() => true)),
      { numRuns: 40 },
    );
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: validZip.length - 1 }), (cut) =>
        importBytes(validZip.subarray(0, cut), 'zip').then(() => true),
      ),
      { numRuns: 40 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(validZip.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        async (edits) => {
          const b = Buffer.from(validZip);
          for (const [i, v] of edits) b[i] = v;
          await importBytes(b, 'zip');
          return true;
        },
      ),
      { numRuns: 60 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 2000 }), (s) => importBytes(Buffer.from(s), 'txt').then(() => true)),
      { numRuns: 40 },
    );
    // Hostile names: whatever they are, nothing lands outside the store.
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.constantFrom('..', '/', '\\', 'C:', '.', 'a', 'ग', '\u0000', ' '), fc.string({ maxLength: 4 })), {
          minLength: 1,
          maxLength: 6,
        }),
        async (parts) => {
          const name = parts.join('/');
          await importBytes(
            buildZip([
              { name: 'WhatsApp Chat with X.txt', data: CHAT },
              { name, data: 'x' },
            ]),
            'zip',
          );
          return true;
        },
      ),
      { numRuns: 40 },
    );
    const after = listTree(outside).filter((p) => !p.startsWith(reg.dir) && !p.startsWith(work) && !before.has(p));
    // Other tests may write their own temp folders meanwhile; none of ours may appear anywhere but the data folder.
    // By file name: a path elsewhere in the shared temp dir can hold "in-400" (a font named "…latin-400-…").
    expect(after.filter((p) => /^in-\d+\.(?:zip|txt)$/.test(path.basename(p)) || /evil|फ़ज़/.test(p))).toEqual([]);
    expect((await reg.call('audit.verify')).problems).toEqual([]);
  }, 600_000);
});
