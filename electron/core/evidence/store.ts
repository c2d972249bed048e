/**
 * Content-addressed evidence store.
 *
 * Layout: <rootDir>/ab/cd/<sha256>  (two-level fan-out on the first four hex digits)
 *         <rootDir>/tmp/*.part       (files being written; leftovers after a crash)
 *
 * A stored file is written once to a temp name, fsynced, made read-only and then published under
 * its hash with link(2) — which, unlike rename(2), never replaces an existing file, so concurrent
 * or repeated puts of the same content (even from two processes) can never rewrite stored evidence.
 * File systems without hard links fall back to an existence check plus rename.
 */
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, createReadStream, mkdirSync, readdirSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { chmod, link, mkdir, open, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { detectMediaType, SNIFF_BYTES } from './media-type';
import { assertSha256, HASH_CHUNK_BYTES, isSha256, sha256File } from './sha256';

export { sha256File, isSha256, assertSha256 } from './sha256';

export interface StoredFile {
  sha256: string;
  size: number;
  mime: string;
  ext: string | null;
  /** True when the store already held this content; nothing was written. */
  existed: boolean;
  path: string;
}

export interface PutOptions {
  /** Called with the number of bytes consumed so far, once per chunk. */
  onProgress?: (bytes: number) => void;
  /** Cancels the put: the temp file is removed and nothing is stored. A stream input is destroyed. */
  signal?: AbortSignal;
  /**
   * The original file name (for example a zip entry name), used only as a media-type hint for
   * content that sniffing cannot identify (voice notes, text). Defaults to the basename of a path input.
   */
  name?: string;
}

export interface VerifyResult {
  sha256: string;
  status: 'ok' | 'missing' | 'changed';
  /** The hash actually found, when status is 'changed'. */
  actual?: string;
}

const FANOUT_RE = /^[0-9a-f]{2}$/;
const TEMP_SUFFIX = '.part';
/** Errors from link(2) meaning "this file system has no hard links here". */
const NO_HARDLINK_CODES = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK', 'EACCES']);

function errCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
}

/** fsync a directory so a rename/link/unlink in it is durable. Not possible on Windows: ignored there. */
async function fsyncDir(dir: string): Promise<void> {
  let fh: FileHandle | undefined;
  try {
    fh = await open(dir, 'r');
    await fh.sync();
  } catch (err) {
    const code = errCode(err);
    if (process.platform !== 'win32' && code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EBADF') throw err;
  } finally {
    await fh?.close().catch(() => undefined);
  }
}

/** Write all of `buffers` at `position`, looping over short writes. */
async function writeAll(fh: FileHandle, buffers: Buffer[], position: number): Promise<void> {
  let bufs = buffers;
  let pos = position;
  while (bufs.length > 0) {
    const { bytesWritten } = bufs.length === 1 ? await fh.write(bufs[0], 0, bufs[0].length, pos) : await fh.writev(bufs, pos);
    pos += bytesWritten;
    let skip = bytesWritten;
    const rest: Buffer[] = [];
    for (const b of bufs) {
      if (skip >= b.length) {
        skip -= b.length;
        continue;
      }
      rest.push(skip > 0 ? b.subarray(skip) : b);
      skip = 0;
    }
    if (rest.length > 0 && bytesWritten === 0) throw new Error('लिखने में विफल / Write made no progress');
    bufs = rest;
  }
}

function toBuffer(chunk: unknown, encoding: BufferEncoding): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (typeof chunk === 'string') return Buffer.from(chunk, encoding);
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw new TypeError('साक्ष्य स्ट्रीम में बाइट्स नहीं हैं / Evidence stream must yield bytes');
}

/**
 * The temp-file sink: hashes each chunk on the JS thread while the write runs in the thread pool,
 * keeps the first bytes for media-type sniffing and reports progress.
 */
class HashingFileSink extends Writable {
  readonly hash = createHash('sha256');
  bytes = 0;
  private headParts: Buffer[] = [];
  private headLen = 0;

  constructor(
    private readonly fh: FileHandle,
    private readonly onProgress?: (bytes: number) => void,
  ) {
    super({ highWaterMark: HASH_CHUNK_BYTES, decodeStrings: true });
  }

  get head(): Buffer {
    return Buffer.concat(this.headParts, this.headLen);
  }

  private consume(bufs: Buffer[]): Promise<void> {
    const position = this.bytes;
    const written = writeAll(this.fh, bufs, position);
    for (const b of bufs) {
      this.hash.update(b);
      if (this.headLen < SNIFF_BYTES) {
        const part = Buffer.from(b.subarray(0, SNIFF_BYTES - this.headLen)); // copy: chunk memory is not ours
        this.headParts.push(part);
        this.headLen += part.length;
      }
      this.bytes += b.length;
    }
    return written;
  }

  private done(cb: (err?: Error | null) => void): void {
    try {
      this.onProgress?.(this.bytes);
    } catch (err) {
      cb(err as Error); // a throwing progress callback fails the put instead of going unhandled
      return;
    }
    cb();
  }

  override _write(chunk: unknown, encoding: BufferEncoding, cb: (err?: Error | null) => void): void {
    let buf: Buffer;
    try {
      buf = toBuffer(chunk, encoding);
    } catch (err) {
      cb(err as Error);
      return;
    }
    this.consume([buf]).then(() => this.done(cb), cb);
  }

  override _writev(chunks: Array<{ chunk: unknown; encoding: BufferEncoding }>, cb: (err?: Error | null) => void): void {
    let bufs: Buffer[];
    try {
      bufs = chunks.map((c) => toBuffer(c.chunk, c.encoding));
    } catch (err) {
      cb(err as Error);
      return;
    }
    this.consume(bufs).then(() => this.done(cb), cb);
  }
}

export class EvidenceStore {
  readonly rootDir: string;
  readonly tmpDir: string;
  /** Temp files of puts in flight in this process; cleanupTemp() leaves them alone. */
  private readonly activeTemps = new Set<string>();

  constructor(rootDir: string) {
    this.rootDir = resolve(rootDir);
    this.tmpDir = join(this.rootDir, 'tmp');
    mkdirSync(this.tmpDir, { recursive: true });
  }

  pathOf(sha256: string): string {
    assertSha256(sha256);
    return join(this.rootDir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  has(sha256: string): boolean {
    return statSync(this.pathOf(sha256), { throwIfNoEntry: false })?.isFile() ?? false;
  }

  async put(input: string | NodeJS.ReadableStream, opts: PutOptions = {}): Promise<StoredFile> {
    const { onProgress, signal } = opts;
    const nameHint = opts.name ?? (typeof input === 'string' ? basename(input) : undefined);
    if (signal?.aborted) {
      if (typeof input !== 'string') destroyStream(input);
      signal.throwIfAborted();
    }

    const tmpPath = join(this.tmpDir, `${Date.now().toString(36)}-${process.pid}-${randomBytes(8).toString('hex')}${TEMP_SUFFIX}`);
    this.activeTemps.add(tmpPath);
    let fh: FileHandle | undefined;
    let tmpExists = false;
    try {
      fh = await open(tmpPath, 'wx', 0o600);
      tmpExists = true;
      const source = typeof input === 'string' ? createReadStream(input, { highWaterMark: HASH_CHUNK_BYTES }) : input;
      const sink = new HashingFileSink(fh, onProgress);
      await pipeline(source, sink, signal ? { signal } : {});
      await fh.sync();
      await fh.close();
      fh = undefined;

      const sha256 = sink.hash.digest('hex');
      const size = sink.bytes;
      const { mime, ext } = await detectMediaType(tmpPath, sink.head, size, nameHint);
      signal?.throwIfAborted();

      await chmod(tmpPath, 0o444);
      const finalPath = this.pathOf(sha256);
      const finalDir = dirname(finalPath);
      const createdDir = await mkdir(finalDir, { recursive: true });
      if (createdDir !== undefined) {
        await fsyncDir(dirname(finalDir));
        await fsyncDir(this.rootDir);
      }
      signal?.throwIfAborted();

      const existed = await this.publish(tmpPath, finalPath);
      tmpExists = false;
      if (!existed) await fsyncDir(finalDir);
      return { sha256, size, mime, ext, existed, path: finalPath };
    } catch (err) {
      if (typeof input !== 'string') destroyStream(input);
      if (fh) await fh.close().catch(() => undefined);
      if (tmpExists) await removeFile(tmpPath).catch(() => undefined); // keep the original error; cleanupTemp() retries
      throw err;
    } finally {
      this.activeTemps.delete(tmpPath);
    }
  }

  /** Move a complete, read-only temp file to its final name without ever replacing an existing file. Returns `existed`. */
  private async publish(tmpPath: string, finalPath: string): Promise<boolean> {
    let linkError: unknown;
    try {
      await link(tmpPath, finalPath);
    } catch (err) {
      linkError = err;
    }
    if (linkError === undefined) {
      await removeFile(tmpPath);
      // Windows keeps attributes per file, not per name: deleting the temp name may have cleared the
      // read-only flag of the shared file. Re-assert it (a no-op on POSIX).
      await chmod(finalPath, 0o444);
      return false;
    }
    const code = errCode(linkError);
    if (code === 'EEXIST') {
      await removeFile(tmpPath);
      return true;
    }
    if (!code || !NO_HARDLINK_CODES.has(code)) {
      await removeFile(tmpPath);
      throw linkError;
    }
    // No hard links on this file system (for example FAT/exFAT). Small race window: two concurrent
    // puts of the same content could both rename, but both files hold the same bytes, and on
    // Windows rename cannot replace the read-only file anyway.
    if (await isFile(finalPath)) {
      await removeFile(tmpPath);
      return true;
    }
    try {
      await rename(tmpPath, finalPath);
      return false;
    } catch (err) {
      const existed = await isFile(finalPath);
      await removeFile(tmpPath);
      if (existed) return true;
      throw err;
    }
  }

  async verify(sha256: string): Promise<VerifyResult> {
    const path = this.pathOf(sha256);
    let actual: string;
    try {
      actual = await sha256File(path);
    } catch (err) {
      const code = errCode(err);
      if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return { sha256, status: 'missing' };
      throw err;
    }
    return actual === sha256 ? { sha256, status: 'ok' } : { sha256, status: 'changed', actual };
  }

  /**
   * Remove leftover temp files (from a crash or a killed process). Call at startup, before any
   * import runs in another process; temp files of puts in flight in this process are kept.
   */
  cleanupTemp(): number {
    let removed = 0;
    let names: string[];
    try {
      names = readdirSync(this.tmpDir);
    } catch (err) {
      if (errCode(err) === 'ENOENT') {
        mkdirSync(this.tmpDir, { recursive: true });
        return 0;
      }
      throw err;
    }
    for (const name of names) {
      const p = join(this.tmpDir, name);
      if (this.activeTemps.has(p)) continue;
      // Never chmod here: a temp left by a crash between link() and unlink() shares its inode with
      // the published file, and a chmod would make that file writable. On Windows, deleting it can
      // clear the shared read-only flag; the content and its hash are unaffected.
      rmSync(p, { recursive: true, force: true, maxRetries: process.platform === 'win32' ? 3 : 0 });
      removed++;
    }
    return removed;
  }

  /** Hashes of all files present in the store (sorted), for finding orphans the database does not reference. */
  listStored(): string[] {
    const out: string[] = [];
    for (const a of safeReaddir(this.rootDir)) {
      if (!FANOUT_RE.test(a)) continue;
      for (const b of safeReaddir(join(this.rootDir, a))) {
        if (!FANOUT_RE.test(b)) continue;
        const dir = join(this.rootDir, a, b);
        for (const name of safeReaddir(dir)) {
          if (isSha256(name) && name.startsWith(a + b) && statSync(join(dir, name), { throwIfNoEntry: false })?.isFile()) out.push(name);
        }
      }
    }
    return out.sort();
  }

  /**
   * Delete a stored file. Only for orphans — files no database row references (left by a crashed
   * import). The caller is responsible for checking that. Missing files are ignored.
   */
  removeOrphan(sha256: string): void {
    const p = this.pathOf(sha256);
    if (!statSync(p, { throwIfNoEntry: false })?.isFile()) return;
    if (process.platform === 'win32') {
      try {
        chmodSync(p, 0o600); // older Windows runtimes refuse to delete read-only files
      } catch {
        // ignore; unlink reports real problems
      }
    }
    unlinkSync(p);
  }
}

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch (err) {
    if (errCode(err) === 'ENOENT' || errCode(err) === 'ENOTDIR') return [];
    throw err;
  }
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

async function removeFile(p: string): Promise<void> {
  try {
    await unlink(p);
  } catch (err) {
    const code = errCode(err);
    if (code === 'ENOENT') return;
    if (process.platform === 'win32' && (code === 'EPERM' || code === 'EACCES')) {
      // Windows: read-only files may not be deletable until made writable. Callers re-assert the
      // read-only flag of a published file that shared this one's attributes.
      await chmod(p, 0o600).catch(() => undefined);
      await unlink(p).catch((e: unknown) => {
        if (errCode(e) !== 'ENOENT') throw e;
      });
      return;
    }
    throw err;
  }
}

function destroyStream(stream: NodeJS.ReadableStream): void {
  const s = stream as NodeJS.ReadableStream & { destroy?: (err?: Error) => void; destroyed?: boolean };
  if (typeof s.destroy === 'function' && !s.destroyed) s.destroy();
}
