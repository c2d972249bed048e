import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync, crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EvidenceStore } from '../evidence/store';
import { buildZip, writeZip, type TestZipEntry } from './test-zip-writer';
import { DEFAULT_ZIP_LIMITS, openZip, unsafeNameReason, ZipBombError, ZipFormatError, type OpenedZip } from './zip';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'thana-zip-test-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

let seq = 0;
function zipFile(entries: TestZipEntry[]): string {
  return writeZip(join(dir, `t${++seq}.zip`), entries);
}

async function readAll(s: NodeJS.ReadableStream): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of s as AsyncIterable<Buffer>) parts.push(c);
  return Buffer.concat(parts);
}

async function withZip<T>(path: string, fn: (z: OpenedZip) => Promise<T>, limits?: Parameters<typeof openZip>[1]): Promise<T> {
  const z = await openZip(path, limits);
  try {
    return await fn(z);
  } finally {
    z.close();
  }
}

const DEVANAGARI_BILINGUAL = /[\u0900-\u097f].* \/ \S/;

const androidChat = [
  '08/01/2025, 10:32 - SI Ramesh Yadav: थाना गगहा में शिकायत दर्ज',
  '08/01/2025, 10:33 - SI Ramesh Yadav: VID-20250108-WA0003.mp4 (file attached)',
  'घटना का वीडियो',
  '08/01/2025, 10:35 - SI Anita Verma: PTT-20250108-WA0006.opus (file attached)',
  '',
].join('\n');

describe('openZip: normal exports', () => {
  it('reads an Android export (UTF-8 flagged Devanagari chat name, data descriptors, stored media)', async () => {
    const video = randomBytes(300_000);
    const opus = Buffer.concat([Buffer.from('OggS'), Buffer.alloc(24), Buffer.from('OpusHead'), randomBytes(5000)]);
    const chatName = 'WhatsApp Chat with थाना गगहा.txt';
    const path = zipFile([
      { name: chatName, data: androidChat, dataDescriptor: true },
      { name: 'VID-20250108-WA0003.mp4', data: video, method: 0 },
      { name: 'PTT-20250108-WA0006.opus', data: opus, dataDescriptor: true },
    ]);
    await withZip(path, async (z) => {
      expect(z.rejected).toEqual([]);
      expect(z.entries.map((e) => e.name)).toEqual([chatName, 'VID-20250108-WA0003.mp4', 'PTT-20250108-WA0006.opus']);
      expect(z.chatFile?.name).toBe(chatName);
      expect(z.chatFile?.size).toBe(Buffer.byteLength(androidChat));
      expect(z.entries[1]).toEqual({
        name: 'VID-20250108-WA0003.mp4',
        size: video.length,
        compressedSize: video.length,
        isDirectory: false,
      });
      expect((await z.readEntry(chatName, 1024 * 1024)).toString('utf8')).toBe(androidChat);
      expect((await readAll(await z.openEntry('VID-20250108-WA0003.mp4'))).equals(video)).toBe(true);
      expect((await readAll(await z.openEntry('PTT-20250108-WA0006.opus'))).equals(opus)).toBe(true);
    });
  });

  it('reads an iOS export (_chat.txt, unix modes, a folder entry) and streams entries concurrently', async () => {
    const chat = '[10/01/25, 11:02:45 AM] SI Ramesh Yadav: \u200e<attached: 00000009-VIDEO-2025-01-10-11-02-45.mp4>\n';
    const a = randomBytes(2_000_000);
    const b = randomBytes(1_500_000);
    const path = zipFile([
      { name: 'media/', unixMode: 0o040755, method: 0 },
      { name: '_chat.txt', data: chat, unixMode: 0o100644 },
      { name: '00000009-VIDEO-2025-01-10-11-02-45.mp4', data: a, unixMode: 0o100644 },
      { name: '00000010-PHOTO-2025-01-10-11-03-00.jpg', data: b, unixMode: 0o100644, method: 0 },
    ]);
    await withZip(path, async (z) => {
      expect(z.rejected).toEqual([]);
      expect(z.entries.every((e) => !e.isDirectory)).toBe(true);
      expect(z.entries).toHaveLength(3);
      expect(z.chatFile?.name).toBe('_chat.txt');
      const [ra, rb] = await Promise.all([
        z.openEntry('00000009-VIDEO-2025-01-10-11-02-45.mp4').then(readAll),
        z.openEntry('00000010-PHOTO-2025-01-10-11-03-00.jpg').then(readAll),
      ]);
      expect(ra.equals(a)).toBe(true);
      expect(rb.equals(b)).toBe(true);
    });
  });

  it('picks the WhatsApp chat among several root .txt files, and null when there is none', async () => {
    const p1 = zipFile([
      { name: 'notes.txt', data: 'attached document' },
      { name: 'WhatsApp Chat with SHO Gagaha.txt', data: androidChat },
      { name: 'sub/other.txt', data: 'x' },
    ]);
    await withZip(p1, async (z) => expect(z.chatFile?.name).toBe('WhatsApp Chat with SHO Gagaha.txt'));
    const p2 = zipFile([
      { name: 'IMG-20250108-WA0001.jpg', data: randomBytes(10) },
      { name: 'sub/_chat.txt.bak', data: 'x' },
    ]);
    await withZip(p2, async (z) => expect(z.chatFile).toBeNull());
  });

  it('decodes UTF-8 names written without the UTF-8 flag', async () => {
    const name = 'WhatsApp Chat with थाना गगहा.txt';
    const path = zipFile([{ name: Buffer.from(name, 'utf8'), utf8: false, data: 'x' }]);
    await withZip(path, async (z) => expect(z.chatFile?.name).toBe(name));
  });

  it('finds entries by NFC or NFD name', async () => {
    const nfd = 'क़ानून.jpg'.normalize('NFD');
    const path = zipFile([{ name: nfd, data: 'img' }]);
    await withZip(path, async (z) => {
      expect((await z.readEntry(nfd.normalize('NFC'), 100)).toString()).toBe('img');
      expect((await z.readEntry(nfd, 100)).toString()).toBe('img');
    });
  });
});

describe('openZip: unsafe entries are rejected and reported', () => {
  it('rejects zip-slip, absolute, drive-letter, backslash and NUL names', async () => {
    const bad = ['../x', '/etc/x', 'C:\\x', 'a/../../x', '\\x', 'a\\..\\..\\x', 'c:/windows/x', 'x\u0000.jpg', '..', 'a/..'];
    const path = zipFile([{ name: 'IMG-20250108-WA0001.jpg', data: 'ok' }, ...bad.map((name) => ({ name, data: 'evil' }))]);
    await withZip(path, async (z) => {
      expect(z.entries.map((e) => e.name)).toEqual(['IMG-20250108-WA0001.jpg']);
      expect(z.rejected).toHaveLength(bad.length);
      for (const r of z.rejected) expect(r.reason).toMatch(DEVANAGARI_BILINGUAL);
      const reasonOf = (n: string) => z.rejected.find((r) => r.name === n)?.reason;
      expect(reasonOf('../x')).toMatch(/traversal/);
      expect(reasonOf('a/../../x')).toMatch(/traversal/);
      expect(reasonOf('/etc/x')).toMatch(/Absolute/);
      expect(reasonOf('\\x')).toMatch(/Absolute/);
      expect(reasonOf('C:\\x')).toMatch(/drive letter/);
      expect(reasonOf('c:/windows/x')).toMatch(/drive letter/);
      expect(reasonOf('a\\..\\..\\x')).toMatch(/Backslash/);
      expect(reasonOf('x\\x00.jpg')).toMatch(/Control character/); // shown escaped
      await expect(z.openEntry('../x')).rejects.toThrow(/No such \(accepted\) entry/);
      await expect(z.readEntry('/etc/x', 100)).rejects.toThrow(/No such/);
    });
  });

  it('unsafeNameReason accepts ordinary names', () => {
    for (const ok of ['_chat.txt', 'WhatsApp Chat with थाना गगहा.txt', 'media/IMG-1.jpg', 'a..b.jpg', '..hidden', 'dir/']) {
      expect(unsafeNameReason(ok)).toBeNull();
    }
  });

  it('rejects symlinks, special files, encrypted entries and unsupported compression', async () => {
    const path = zipFile([
      { name: 'link.jpg', data: '/etc/passwd', unixMode: 0o120777, method: 0 },
      { name: 'fifo', unixMode: 0o010644, method: 0 },
      { name: 'secret.jpg', data: 'xxxxxxxxxxxx', extraFlags: 0x1 },
      { name: 'bzip.jpg', data: 'abc', method: 12 },
      { name: 'fine.jpg', data: 'fine', unixMode: 0o100644 },
    ]);
    await withZip(path, async (z) => {
      expect(z.entries.map((e) => e.name)).toEqual(['fine.jpg']);
      const reasonOf = (n: string) => z.rejected.find((r) => r.name === n)?.reason;
      expect(reasonOf('link.jpg')).toMatch(/Symbolic link/);
      expect(reasonOf('fifo')).toMatch(/Special file/);
      expect(reasonOf('secret.jpg')).toMatch(/Encrypted/);
      expect(reasonOf('bzip.jpg')).toMatch(/compression method 12/);
      await expect(z.openEntry('link.jpg')).rejects.toThrow();
    });
  });

  it('rejects every copy of a duplicated name, including Unicode-normalisation twins', async () => {
    const nfc = '\u0958.jpg'; // क़ (a composition exclusion: NFC is the decomposed form)
    const nfd = '\u0915\u093c.jpg';
    const path = zipFile([
      { name: 'IMG-1.jpg', data: 'first' },
      { name: 'IMG-1.jpg', data: 'second' },
      { name: nfc, data: 'a' },
      { name: nfd, data: 'b' },
      { name: 'IMG-2.jpg', data: 'ok' },
    ]);
    await withZip(path, async (z) => {
      expect(z.entries.map((e) => e.name)).toEqual(['IMG-2.jpg']);
      expect(z.rejected).toHaveLength(4);
      expect(z.rejected.every((r) => /Duplicate name/.test(r.reason))).toBe(true);
    });
  });
});

describe('openZip: zip bombs and lying headers', () => {
  const fiftyMb = 50 * 1024 * 1024;
  let bombZip: string;
  let lyingZip: string;
  beforeAll(() => {
    const zeros = Buffer.alloc(fiftyMb);
    const compressed = deflateRawSync(zeros, { level: 9 });
    const crc = crc32(zeros);
    bombZip = zipFile([
      { name: '_chat.txt', data: 'hi' },
      { name: 'VID-20250108-WA0003.mp4', rawCompressed: compressed, rawSize: fiftyMb, rawCrc: crc },
    ]);
    lyingZip = zipFile([{ name: 'VID-20250108-WA0003.mp4', rawCompressed: compressed, rawSize: fiftyMb, rawCrc: crc, declaredSize: 1000 }]);
  });

  it('has sensible defaults', () => {
    expect(DEFAULT_ZIP_LIMITS).toEqual({ maxTotalBytes: 8 * 1024 ** 3, maxEntryBytes: 4 * 1024 ** 3, maxRatio: 200, maxEntries: 20_000 });
  });

  it('refuses a highly compressible 50 MB entry by its declared ratio', async () => {
    const err = await openZip(bombZip).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZipBombError);
    expect((err as Error).message).toMatch(/compression ratio/);
    expect((err as Error).message).toMatch(DEVANAGARI_BILINGUAL);
  });

  it('refuses by per-entry and total caps', async () => {
    await expect(openZip(bombZip, { maxRatio: 1e9, maxEntryBytes: 10 * 1024 * 1024 })).rejects.toThrow(ZipBombError);
    await expect(openZip(bombZip, { maxRatio: 1e9, maxTotalBytes: 10 * 1024 * 1024 })).rejects.toThrow(/Total uncompressed size/);
    await withZip(bombZip, async (z) => expect(z.entries).toHaveLength(2), { maxRatio: 1e9 });
  });

  it('stops a lying header while streaming (declared 1000 bytes, inflates to 50 MB)', async () => {
    await withZip(lyingZip, async (z) => {
      expect(z.entries[0].size).toBe(1000);
      const s = await z.openEntry('VID-20250108-WA0003.mp4');
      const err = await readAll(s).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ZipBombError);
      expect((err as Error).message).toMatch(/larger than its declared size/);
      await expect(z.readEntry('VID-20250108-WA0003.mp4', 1_000_000)).rejects.toThrow(ZipBombError);
    });
  });

  it('readEntry refuses entries larger than maxBytes', async () => {
    const path = zipFile([{ name: '_chat.txt', data: 'x'.repeat(5000) }]);
    await withZip(path, async (z) => {
      await expect(z.readEntry('_chat.txt', 4999)).rejects.toThrow(ZipBombError);
      expect((await z.readEntry('_chat.txt', 5000)).length).toBe(5000);
    });
  });

  it('refuses too many entries', async () => {
    const path = zipFile(Array.from({ length: 5 }, (_, i) => ({ name: `IMG-${i}.jpg`, data: 'x' })));
    await expect(openZip(path, { maxEntries: 4 })).rejects.toThrow(ZipBombError);
    await withZip(path, async (z) => expect(z.entries).toHaveLength(5), { maxEntries: 5 });
  });

  it('refuses overlapping entries (non-recursive zip bomb)', async () => {
    const path = zipFile([
      { name: 'a.jpg', data: randomBytes(1000) },
      { name: 'b.jpg', aliasOf: 0 },
      { name: 'c.jpg', aliasOf: 0 },
    ]);
    await expect(openZip(path)).rejects.toThrow(/overlap/);
  });
});

describe('openZip: damaged input', () => {
  const good = () =>
    buildZip([
      { name: 'WhatsApp Chat with थाना गगहा.txt', data: androidChat },
      { name: 'IMG-20250108-WA0001.jpg', data: randomBytes(100_000) },
    ]);

  it('reports a truncated zip clearly (bilingual)', async () => {
    const buf = good();
    const path = join(dir, 'truncated.zip');
    writeFileSync(path, buf.subarray(0, Math.floor(buf.length / 2)));
    const err = await openZip(path).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZipFormatError);
    expect((err as Error).message).toMatch(/truncated or damaged/);
    expect((err as Error).message).toMatch(DEVANAGARI_BILINGUAL);
  });

  it('reports a zip cut just before the end record', async () => {
    const buf = good();
    const path = join(dir, 'cut.zip');
    writeFileSync(path, buf.subarray(0, buf.length - 10));
    await expect(openZip(path)).rejects.toThrow(/truncated or damaged/);
  });

  it('reports a file that is not a zip, an empty file, and a missing file', async () => {
    const txt = join(dir, 'chat.txt');
    writeFileSync(txt, androidChat);
    await expect(openZip(txt)).rejects.toThrow(/This is not a zip file/);
    const empty = join(dir, 'empty.zip');
    writeFileSync(empty, '');
    await expect(openZip(empty)).rejects.toThrow(ZipFormatError);
    await expect(openZip(join(dir, 'nope.zip'))).rejects.toThrow(/Zip file not found/);
  });

  it('reports a stored entry whose sizes disagree as damaged', async () => {
    const path = zipFile([{ name: 'IMG-1.jpg', data: 'abcdef', method: 0, declaredSize: 3 }]);
    await expect(openZip(path)).rejects.toThrow(ZipFormatError);
  });

  it('detects a CRC mismatch while streaming', async () => {
    const path = zipFile([{ name: 'IMG-1.jpg', data: randomBytes(5000), crc: 12345 }]);
    await withZip(path, async (z) => {
      await expect(z.openEntry('IMG-1.jpg').then(readAll)).rejects.toThrow(/CRC-32 mismatch/);
    });
  });

  it.runIf(process.platform === 'linux')('releases the file descriptor on close(), also after a stream is abandoned half-way', async () => {
    const path = zipFile([
      { name: 'VID-1.mp4', data: randomBytes(3_000_000) },
      { name: 'VID-2.mp4', data: randomBytes(3_000_000), method: 0 },
    ]);
    const fds = () => readdirSync('/proc/self/fd').length;
    const settle = () => new Promise((r) => setTimeout(r, 50));
    await settle();
    const before = fds();
    for (let i = 0; i < 5; i++) {
      const z = await openZip(path);
      await readAll(await z.openEntry('VID-1.mp4'));
      const half = await z.openEntry('VID-2.mp4');
      await new Promise<void>((resolve) => half.once('data', () => resolve()));
      (half as unknown as { destroy(): void }).destroy();
      z.close();
    }
    await settle();
    expect(fds()).toBe(before);
    await expect(openZip(join(dir, 'nope.zip'))).rejects.toThrow();
    const notZip = join(dir, 'plain.txt');
    writeFileSync(notZip, 'hello');
    await expect(openZip(notZip)).rejects.toThrow();
    await settle();
    expect(fds()).toBe(before);
  });

  it('refuses to open entries after close()', async () => {
    const path = zipFile([{ name: 'IMG-1.jpg', data: 'x' }]);
    const z = await openZip(path);
    z.close();
    z.close();
    await expect(z.openEntry('IMG-1.jpg')).rejects.toThrow(/closed/);
  });
});

describe('zip entries into the evidence store', () => {
  it('streams an entry into EvidenceStore.put with the entry name as a media hint', async () => {
    const opus = Buffer.concat([Buffer.from('OggS'), randomBytes(40_000)]); // no OpusHead: content sniffing fails
    const path = zipFile([{ name: 'PTT-20250108-WA0006.opus', data: opus }]);
    const store = new EvidenceStore(join(dir, 'evidence'));
    await withZip(path, async (z) => {
      const stored = await store.put(await z.openEntry('PTT-20250108-WA0006.opus'), { name: 'PTT-20250108-WA0006.opus' });
      expect(stored.sha256).toBe(createHash('sha256').update(opus).digest('hex'));
      expect(stored.size).toBe(opus.length);
      expect(stored.mime).toBe('audio/ogg; codecs=opus');
      expect(stored.ext).toBe('opus');
    });
  });

  it('leaves nothing in the store when the entry turns out to be a bomb', async () => {
    const zeros = Buffer.alloc(8 * 1024 * 1024);
    const path = zipFile([
      { name: 'VID-1.mp4', rawCompressed: deflateRawSync(zeros), rawSize: zeros.length, rawCrc: crc32(zeros), declaredSize: 500 },
    ]);
    const store = new EvidenceStore(join(dir, 'evidence-bomb'));
    await withZip(path, async (z) => {
      await expect(store.put(await z.openEntry('VID-1.mp4'))).rejects.toThrow(ZipBombError);
    });
    expect(store.listStored()).toEqual([]);
    expect(store.cleanupTemp()).toBe(0);
  });
});
