import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeRegister, tempDir, type TestRegister } from '../testing/fixture';
import { parseRange, serveEvidence, EVIDENCE_CSP } from './serve';

let reg: TestRegister;
let sha: string;
/** 100 bytes: 0, 1, 2 … 99, so every range's content can be checked. */
const BYTES = Uint8Array.from({ length: 100 }, (_, i) => i);

beforeEach(async () => {
  reg = await makeRegister();
  const inbox = tempDir('thana-serve-in-');
  fs.writeFileSync(path.join(inbox, 'chat.txt'), '08/01/25, 10:32 am - आयुष चौधरी: VID-1.mp4 (file attached)\n');
  fs.writeFileSync(path.join(inbox, 'VID-1.mp4'), BYTES);
  await reg.call('import.files', { paths: [path.join(inbox, 'chat.txt'), path.join(inbox, 'VID-1.mp4')], source: 'गगहा', token: 't' });
  sha = (reg.folder.db.sqlite.prepare('SELECT sha256 FROM evidence').get() as { sha256: string }).sha256;
});
afterEach(() => reg?.close());

const get = (range?: string, method = 'GET', hash = sha, operator = reg.operator) =>
  serveEvidence(
    new Request(`app://thana/evidence/${hash}`, { method, headers: range ? { Range: range } : {} }),
    { db: reg.folder.db, dataDir: reg.dir, operator },
    hash,
  );

const bytes = async (r: Response) => [...new Uint8Array(await r.arrayBuffer())];
const span = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

describe('serveEvidence (both shells): ranges', () => {
  it('no Range: the whole file, with the headers that keep it inert', async () => {
    const r = get();
    expect(r.status).toBe(200);
    expect(r.headers.get('content-length')).toBe('100');
    expect(r.headers.get('accept-ranges')).toBe('bytes');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('content-security-policy')).toBe(EVIDENCE_CSP);
    expect(EVIDENCE_CSP).toBe("default-src 'none'; sandbox");
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(await bytes(r)).toEqual(span(0, 99));
  });

  it.each([
    ['bytes=0-9', 0, 9],
    ['bytes=10-19', 10, 19],
    // a suffix range is the LAST n bytes
    ['bytes=-10', 90, 99],
    ['bytes=-1', 99, 99],
    // more than the file: all of it, still as a range
    ['bytes=-500', 0, 99],
    ['bytes=95-', 95, 99],
    ['bytes=0-', 0, 99],
    // the end is clamped to the last byte
    ['bytes=90-1000', 90, 99],
    ['bytes=99-99', 99, 99],
    [' bytes = 3 - 4 ', 3, 4],
  ])('%s → 206 bytes %i-%i', async (range, start, end) => {
    const r = get(range);
    expect(r.status).toBe(206);
    expect(r.headers.get('content-range')).toBe(`bytes ${start}-${end}/100`);
    expect(r.headers.get('content-length')).toBe(String(end - start + 1));
    expect(await bytes(r)).toEqual(span(start, end));
  });

  it.each(['bytes=100-', 'bytes=100-200', 'bytes=-0', 'bytes=5000-'])('%s cannot be satisfied: 416 with bytes */size', async (range) => {
    const r = get(range);
    expect(r.status).toBe(416);
    expect(r.headers.get('content-range')).toBe('bytes */100');
    expect(await r.text()).toContain(' / requested range not satisfiable');
  });

  it.each(['bytes=0-1,5-6', 'bytes=5-2', 'items=0-5', 'bytes=abc', 'bytes=-', ''])(
    '%j is ignored (several ranges, another unit, nonsense): the whole file with 200',
    async (range) => {
      const r = serveEvidence(
        new Request('app://thana/evidence/x', { headers: { Range: range } }),
        { db: reg.folder.db, dataDir: reg.dir, operator: reg.operator },
        sha,
      );
      expect(r.status).toBe(200);
      expect(await bytes(r)).toEqual(span(0, 99));
    },
  );

  it('HEAD answers the same headers and no body', async () => {
    const r = get('bytes=-10', 'HEAD');
    expect(r.status).toBe(206);
    expect(r.headers.get('content-range')).toBe('bytes 90-99/100');
    expect(r.headers.get('content-length')).toBe('10');
    expect(r.body).toBeNull();
  });

  it('parseRange of an empty file: every range is unsatisfiable, no range is the (empty) whole', () => {
    expect(parseRange('bytes=0-', 0)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=-5', 0)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange(null, 0)).toEqual({ kind: 'whole' });
    expect(parseRange('bytes=99999999999999999999-', 10)).toEqual({ kind: 'unsatisfiable' });
  });
});

describe('serveEvidence (both shells): one rule for what is not there, and for a locked desk', () => {
  it('an unknown hash is 404; a known hash whose file is gone is 410; not a hash is 400', async () => {
    expect(get(undefined, 'GET', 'ab'.repeat(32)).status).toBe(404);
    expect(get(undefined, 'GET', '../../register.sqlite').status).toBe(400);
    // Upper-case hex names the same file.
    expect(get(undefined, 'GET', sha.toUpperCase()).status).toBe(200);
    const file = path.join(reg.dir, 'evidence', sha.slice(0, 2), sha.slice(2, 4), sha);
    fs.rmSync(file, { force: true });
    const gone = get();
    expect(gone.status).toBe(410);
    expect(await gone.text()).toMatch(/भंडार .* \/ the evidence file is missing/);
  });

  it('nobody signed in: 401, whatever the hash; only GET and HEAD', async () => {
    const locked = get(undefined, 'GET', sha, null);
    expect(locked.status).toBe(401);
    expect(await locked.text()).toContain('रजिस्टर बंद है');
    expect(get(undefined, 'GET', 'ab'.repeat(32), null).status).toBe(401);
    const post = get(undefined, 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });
});
