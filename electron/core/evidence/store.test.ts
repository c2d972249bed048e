import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { crc32, deflateSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EvidenceStore, sha256File } from './store';

const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

let dir: string;
let store: EvidenceStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'thana-evidence-test-'));
  store = new EvidenceStore(join(dir, 'evidence'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string, content: Buffer | string): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

const tmpFiles = () => readdirSync(join(dir, 'evidence', 'tmp'));

/** A stream that yields `chunk` every few milliseconds until destroyed (or `count` chunks). */
function slowStream(chunk: Buffer, count = Infinity, delayMs = 5): Readable {
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= count) {
        this.push(null);
        return;
      }
      sent++;
      setTimeout(() => this.push(chunk), delayMs);
    },
  });
}

describe('EvidenceStore.put', () => {
  it('creates rootDir and tmp/', () => {
    expect(statSync(join(dir, 'evidence', 'tmp')).isDirectory()).toBe(true);
  });

  it('stores a file under ab/cd/<sha256>, read-only, with progress', async () => {
    const content = randomBytes(3 * 1024 * 1024 + 17);
    const progress: number[] = [];
    const stored = await store.put(file('VID-20250108-WA0003.bin', content), { onProgress: (b) => progress.push(b) });
    const h = sha(content);
    expect(stored).toEqual({
      sha256: h,
      size: content.length,
      mime: 'application/octet-stream',
      ext: null,
      existed: false,
      path: join(dir, 'evidence', h.slice(0, 2), h.slice(2, 4), h),
    });
    expect(store.pathOf(h)).toBe(stored.path);
    expect(store.has(h)).toBe(true);
    expect(readFileSync(stored.path).equals(content)).toBe(true);
    expect(statSync(stored.path).mode & 0o777).toBe(0o444);
    if (!isRoot) expect(() => writeFileSync(stored.path, 'tamper')).toThrow();
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe(content.length);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    expect(tmpFiles()).toEqual([]);
  });

  it('stores from a stream (many small chunks) with the same hash as from a file', async () => {
    const chunks = Array.from({ length: 200 }, () => randomBytes(3000));
    const all = Buffer.concat(chunks);
    const stored = await store.put(Readable.from(chunks));
    expect(stored.sha256).toBe(sha(all));
    expect(stored.size).toBe(all.length);
    expect(readFileSync(stored.path).equals(all)).toBe(true);
  });

  it('stores an empty file', async () => {
    const stored = await store.put(Readable.from([]));
    expect(stored.sha256).toBe(sha(''));
    expect(stored.size).toBe(0);
    expect(stored.mime).toBe('application/octet-stream');
  });

  it('dedupes: the same content twice is stored once and reported as existed', async () => {
    const content = randomBytes(100_000);
    const first = await store.put(file('a.jpg', content));
    const before = statSync(first.path);
    const second = await store.put(Readable.from([content]));
    expect(first.existed).toBe(false);
    expect(second.existed).toBe(true);
    expect(second.path).toBe(first.path);
    expect(second.sha256).toBe(first.sha256);
    const after = statSync(first.path);
    expect(after.ino).toBe(before.ino); // never rewritten
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(store.listStored()).toEqual([first.sha256]);
    expect(tmpFiles()).toEqual([]);
  });

  it('concurrent puts of the same content: exactly one writes, the rest see existed', async () => {
    const content = randomBytes(2 * 1024 * 1024);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => (i % 2 ? store.put(Readable.from([content])) : store.put(file(`c${i}.bin`, content)))),
    );
    expect(new Set(results.map((r) => r.sha256))).toEqual(new Set([sha(content)]));
    expect(results.filter((r) => !r.existed)).toHaveLength(1);
    expect(store.listStored()).toEqual([sha(content)]);
    expect(readFileSync(results[0].path).equals(content)).toBe(true);
    expect(tmpFiles()).toEqual([]);
  });

  it('cancel via AbortSignal: rejects, removes the temp file, stores nothing', async () => {
    const ac = new AbortController();
    let seen = 0;
    const p = store.put(slowStream(randomBytes(64 * 1024)), {
      signal: ac.signal,
      onProgress: (b) => {
        seen = b;
        if (b >= 256 * 1024) ac.abort();
      },
    });
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toBeGreaterThanOrEqual(256 * 1024);
    expect(tmpFiles()).toEqual([]);
    expect(store.listStored()).toEqual([]);
  });

  it('an already-aborted signal stores nothing', async () => {
    const ac = new AbortController();
    ac.abort();
    await expect(store.put(file('x.bin', 'x'), { signal: ac.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(tmpFiles()).toEqual([]);
    expect(store.listStored()).toEqual([]);
  });

  it('a failing input stream stores nothing and leaves no temp file', async () => {
    const bad = new Readable({
      read() {
        this.push(randomBytes(1000));
        this.destroy(new Error('disk read failed'));
      },
    });
    await expect(store.put(bad)).rejects.toThrow('disk read failed');
    await expect(store.put(join(dir, 'does-not-exist.mp4'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(tmpFiles()).toEqual([]);
    expect(store.listStored()).toEqual([]);
  });
});

describe('media type detection', () => {
  it('detects from content, not from the name', async () => {
    const chunk = (type: string, data: Buffer) => {
      const len = Buffer.alloc(4);
      len.writeUInt32BE(data.length);
      const crc = Buffer.alloc(4);
      crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type), data])));
      return Buffer.concat([len, Buffer.from(type), data, crc]);
    };
    const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]); // 1x1, 8-bit greyscale
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(Buffer.from([0, 0]))),
      chunk('IEND', Buffer.alloc(0)),
    ]);
    expect(await store.put(file('photo.mp4', png))).toMatchObject({ mime: 'image/png', ext: 'png' });
    const jpg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(500)]);
    expect(await store.put(Readable.from([jpg]))).toMatchObject({ mime: 'image/jpeg', ext: 'jpg' });
    const opus = Buffer.concat([Buffer.from('OggS'), Buffer.alloc(24), Buffer.from('OpusHead'), randomBytes(500)]);
    expect(await store.put(Readable.from([opus]))).toMatchObject({ mime: 'audio/ogg; codecs=opus', ext: 'opus' });
  });

  it('falls back to the name for voice notes and text, only when the content fits', async () => {
    const ogg = Buffer.concat([Buffer.from('OggS'), randomBytes(500)]);
    expect(await store.put(file('PTT-20250108-WA0006.opus', ogg))).toMatchObject({ mime: 'audio/ogg; codecs=opus', ext: 'opus' });
    expect(
      await store.put(Readable.from([Buffer.from('BEGIN:VCARD\nFN:SI Ramesh Yadav\nEND:VCARD\n')]), { name: 'SI Ramesh.vcf' }),
    ).toMatchObject({
      mime: 'text/vcard',
      ext: 'vcf',
    });
    const hindi = Buffer.from('थाना गगहा में शिकायत दर्ज की गई।\n'.repeat(2000)); // > sniff window: cut mid-character
    expect(await store.put(file('note.txt', hindi))).toMatchObject({ mime: 'text/plain', ext: 'txt' });
    expect(await store.put(file('unnamed', 'plain words\n'))).toMatchObject({ mime: 'text/plain', ext: 'txt' });
    expect(await store.put(file('fake.txt', randomBytes(1000)))).toMatchObject({ mime: 'application/octet-stream', ext: null });
    expect(await store.put(file('fake.opus', randomBytes(1000)))).toMatchObject({ mime: 'application/octet-stream', ext: null });
  });
});

describe('EvidenceStore.verify', () => {
  it('reports ok, changed (with the actual hash) and missing', async () => {
    const content = randomBytes(500_000);
    const { sha256, path } = await store.put(Readable.from([content]));
    expect(await store.verify(sha256)).toEqual({ sha256, status: 'ok' });

    chmodSync(path, 0o644);
    const tampered = Buffer.from(content);
    tampered[1234] ^= 1;
    writeFileSync(path, tampered);
    expect(await store.verify(sha256)).toEqual({ sha256, status: 'changed', actual: sha(tampered) });

    unlinkSync(path);
    expect(await store.verify(sha256)).toEqual({ sha256, status: 'missing' });
    expect(store.has(sha256)).toBe(false);
    expect(await store.verify('0'.repeat(64))).toEqual({ sha256: '0'.repeat(64), status: 'missing' });
  });
});

describe('cleanupTemp, listStored, removeOrphan', () => {
  it('removes leftover temp files and reports their count', async () => {
    writeFileSync(join(dir, 'evidence', 'tmp', 'crash-1.part'), randomBytes(100));
    writeFileSync(join(dir, 'evidence', 'tmp', 'crash-2.part'), randomBytes(100));
    chmodSync(join(dir, 'evidence', 'tmp', 'crash-2.part'), 0o444);
    expect(store.cleanupTemp()).toBe(2);
    expect(tmpFiles()).toEqual([]);
    expect(store.cleanupTemp()).toBe(0);
  });

  it('a temp hard-linked to a published file (crash between link and unlink) is removed without touching the file', async () => {
    const a = await store.put(Readable.from([Buffer.from('evidence')]));
    const leftover = join(dir, 'evidence', 'tmp', 'crashed.part');
    linkSync(a.path, leftover);
    expect(store.cleanupTemp()).toBe(1);
    expect(statSync(a.path).mode & 0o777).toBe(0o444);
    expect(await store.verify(a.sha256)).toEqual({ sha256: a.sha256, status: 'ok' });
  });

  it('leaves the temp file of a put in flight alone', async () => {
    const chunk = randomBytes(16 * 1024);
    const p = store.put(slowStream(chunk, 20));
    await new Promise((r) => setTimeout(r, 30));
    expect(tmpFiles()).toHaveLength(1);
    expect(store.cleanupTemp()).toBe(0);
    const stored = await p;
    expect(stored.size).toBe(20 * chunk.length);
    expect(tmpFiles()).toEqual([]);
  });

  it('another store instance (a later run) cleans up what a crashed one left', async () => {
    writeFileSync(join(dir, 'evidence', 'tmp', 'x.part'), 'partial');
    const later = new EvidenceStore(join(dir, 'evidence'));
    expect(later.cleanupTemp()).toBe(1);
  });

  it('lists stored hashes (sorted) and ignores unrelated files', async () => {
    const a = await store.put(Readable.from([Buffer.from('one')]));
    const b = await store.put(Readable.from([Buffer.from('two')]));
    writeFileSync(join(dir, 'evidence', 'README.txt'), 'x');
    mkdirSync(join(dir, 'evidence', 'zz', 'yy'), { recursive: true });
    writeFileSync(join(dir, 'evidence', a.sha256.slice(0, 2), a.sha256.slice(2, 4), 'junk'), 'x');
    writeFileSync(join(dir, 'evidence', 'tmp', 'left.part'), 'x');
    expect(store.listStored()).toEqual([a.sha256, b.sha256].sort());
  });

  it('removeOrphan deletes a stored file; missing is a no-op', async () => {
    const a = await store.put(Readable.from([Buffer.from('orphan')]));
    store.removeOrphan(a.sha256);
    expect(existsSync(a.path)).toBe(false);
    expect(store.has(a.sha256)).toBe(false);
    expect(store.listStored()).toEqual([]);
    expect(() => store.removeOrphan(a.sha256)).not.toThrow();
    // and the same content can be stored again afterwards
    expect((await store.put(Readable.from([Buffer.from('orphan')]))).existed).toBe(false);
  });
});

describe('sha256 validation', () => {
  it('rejects anything but 64 lowercase hex before building a path', async () => {
    const bad = [
      '',
      'abc',
      '../../../../etc/passwd',
      'A'.repeat(64),
      'g'.repeat(64),
      `${'a'.repeat(63)}/`,
      `${'a'.repeat(64)}\n`,
      'a'.repeat(65),
    ];
    for (const s of bad) {
      expect(() => store.pathOf(s)).toThrow(/SHA-256/);
      expect(() => store.has(s)).toThrow(/SHA-256/);
      expect(() => store.removeOrphan(s)).toThrow(/SHA-256/);
      await expect(store.verify(s)).rejects.toThrow(/SHA-256/);
    }
  });
});

describe('sha256File', () => {
  it('matches node:crypto on a multi-chunk file and an empty file', async () => {
    const content = randomBytes(9 * 1024 * 1024 + 3);
    expect(await sha256File(file('big.bin', content))).toBe(sha(content));
    expect(await sha256File(file('empty.bin', ''))).toBe(sha(''));
  });
});
