import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { makeRegister, tempDir, type TestRegister } from '../testing/fixture';

/** Every CSV must be imported or refused, cleanly, within this. */
const TIME_BOUND_MS = 5_000;

let reg: TestRegister;
let work: string;
let valid: string;
beforeAll(async () => {
  reg = await makeRegister();
  work = tempDir('thana-csv-fuzz-');
  for (let i = 0; i < 3; i++) {
    await reg.call('entries.create', {
      receivedAt: `2025-01-0${i + 1}T10:00`,
      mode: 'whatsapp-group',
      source: 'थाना गगहा सूचना',
      informant: { name: `सूचनाकर्ता "${i}", गगहा` },
      summary: `पंक्ति ${i}\nदूसरी पंक्ति, "उद्धरण"`,
    });
  }
  const out = path.join(work, 'valid.csv');
  await reg.download('exchange.exportCsv', { from: '2025-01-01', to: '2025-01-31' }, out);
  valid = fs.readFileSync(out, 'utf8');
});
afterAll(() => reg.close());

let n = 0;
async function importText(text: string | Uint8Array) {
  const file = path.join(work, `in-${n++}.csv`);
  fs.writeFileSync(file, text);
  const before = (await reg.call('entries.list', {})).total;
  const t0 = performance.now();
  const r = await reg.try('exchange.importCsv', { path: file });
  expect(performance.now() - t0).toBeLessThan(TIME_BOUND_MS);
  if (!r.ok) expect(r.error.code).not.toBe('internal');
  else if (!(r.value as { ok: boolean }).ok) expect((await reg.call('entries.list', {})).total).toBe(before); // nothing imported when any row is invalid
  fs.rmSync(file);
}

describe('fuzzing the CSV import', () => {
  it('random, truncated and mutated files never crash, hang, or import part of a bad file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 3000 }), (s) => importText(s).then(() => true)),
      { numRuns: 40 },
    );
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), (b) => importText(b).then(() => true)),
      { numRuns: 30 },
    );
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: valid.length }), (cut) => importText(valid.slice(0, cut)).then(() => true)),
      { numRuns: 40 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(valid.length - 1), fc.constantFrom('"', ',', '\n', '\r', '=', '\u0000', 'ग', '')), {
          minLength: 1,
          maxLength: 6,
        }),
        async (edits) => {
          let s = valid;
          for (const [i, ch] of edits) s = s.slice(0, i) + ch + s.slice(i + 1);
          await importText(s);
          return true;
        },
      ),
      { numRuns: 50 },
    );
    expect((await reg.call('audit.verify')).problems).toEqual([]);
  }, 600_000);
});
