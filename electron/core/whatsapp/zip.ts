/**
 * Safe reading of WhatsApp export zips (untrusted input).
 *
 * - Entry names are decoded (UTF-8 flag, Info-ZIP Unicode Path field) but never used as paths; bad
 *   names (zip-slip, absolute, drive letters, backslashes, control characters), symlinks and other
 *   special files, encrypted entries, unsupported compression and duplicate names are reported in
 *   `rejected` and cannot be opened.
 * - Zip bombs: the declared sizes are checked up front (entry count, total, per entry, compression
 *   ratio, overlapping entries) and again while streaming (a lying header), raising ZipBombError.
 * - Every streamed entry is checked against its declared size and CRC-32, so damaged data is never
 *   passed on as complete.
 *
 * Speed: yauzl's own file reader and inflater work in 16 KiB chunks (one thread-pool round trip
 * each); a 200 MB video then takes several times longer than hashing it. The zip is read through a
 * small RandomAccessReader with 1 MiB reads, and deflated data is inflated here with 256 KiB output
 * chunks (the guard below does the size and CRC checks yauzl's validateEntrySizes would do).
 *
 * yauzl runs with decodeStrings:false because with decodeStrings:true a single bad name aborts the
 * whole archive; names are decoded here with yauzl's own getFileNameLowLevel (same UTF-8 handling).
 */
import { close as closeFd, fstat, open as openFd, read as readFd } from 'node:fs';
import { open as openFile } from 'node:fs/promises';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { crc32, createInflateRaw } from 'node:zlib';
import { promisify } from 'node:util';
import yauzl from 'yauzl';

export interface ZipLimits {
  /** Sum of the declared uncompressed sizes of all entries. */
  maxTotalBytes: number;
  /** Uncompressed size of one entry. */
  maxEntryBytes: number;
  /** Uncompressed / compressed size of one entry; not applied to entries below 1 MiB. */
  maxRatio: number;
  maxEntries: number;
}

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

export const DEFAULT_ZIP_LIMITS: Readonly<ZipLimits> = Object.freeze({
  maxTotalBytes: 8 * GiB,
  maxEntryBytes: 4 * GiB,
  maxRatio: 200,
  // WhatsApp exports at most the last 10,000 messages with media (its help pages), so twice that many files
  // is no export. Each stored file costs a few fsyncs (several ms here): 50,000 would take many minutes.
  maxEntries: 20_000,
});

/** Entries smaller than this are not subject to the ratio check (tiny text compresses very well). */
export const RATIO_MIN_BYTES = 1 * MiB;

export interface ZipEntryInfo {
  name: string;
  size: number;
  compressedSize: number;
  isDirectory: boolean;
}

export interface RejectedEntry {
  /** The decoded name with control characters shown as \xNN. Display as text only. */
  name: string;
  /** Bilingual "हिंदी / English". */
  reason: string;
}

/** The archive or an entry exceeds the size limits, or its data is larger than declared. */
export class ZipBombError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipBombError';
  }
}

/** Not a zip, truncated, or damaged (bad structure, data shorter than declared, CRC mismatch). */
export class ZipFormatError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ZipFormatError';
  }
}

export interface OpenedZip {
  /** Safe file entries only (no directories, nothing rejected), in archive order. */
  entries: ZipEntryInfo[];
  rejected: RejectedEntry[];
  /** '_chat.txt' (iOS) or the chat .txt at the root (Android); null if none. */
  chatFile: ZipEntryInfo | null;
  /** Streams one entry; the stream errors with ZipBombError / ZipFormatError if the data does not match its header. */
  openEntry(name: string): Promise<NodeJS.ReadableStream>;
  /** Reads a whole entry into memory; ZipBombError if it is (or turns out) larger than maxBytes. */
  readEntry(name: string, maxBytes: number): Promise<Buffer>;
  close(): void;
}

// ---------------------------------------------------------------------------------------------
// Names

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;

const REASONS = {
  empty: 'खाली नाम / Empty name',
  control: 'नाम में नियंत्रण वर्ण (जैसे NUL) / Control character (e.g. NUL) in name',
  absolute: 'पूर्ण पथ (/ या \\ से शुरू) / Absolute path (starts with / or \\)',
  drive: 'ड्राइव अक्षर वाला पथ (जैसे C:) / Path with a drive letter (e.g. C:)',
  backslash: 'नाम में बैकस्लैश (\\) / Backslash (\\) in name',
  traversal: 'नाम में ".." (फ़ोल्डर से बाहर का पथ) / ".." segment in name (path traversal)',
  symlink: 'सिमलिंक की अनुमति नहीं / Symbolic link not allowed',
  special: 'विशेष फ़ाइल (डिवाइस/FIFO/सॉकेट) / Special file (device, FIFO or socket)',
  encrypted: 'एन्क्रिप्टेड (पासवर्ड वाली) प्रविष्टि / Encrypted (password-protected) entry',
  method: (m: number) => `असमर्थित संपीड़न विधि ${m} / Unsupported compression method ${m}`,
  duplicate: 'एक ही नाम की एक से अधिक प्रविष्टियाँ / Duplicate name: more than one entry with this name',
} as const;

function hasControlChar(s: string): boolean {
  // C0 controls, DEL and C1 controls.
  return /[\u0000-\u001f\u007f-\u009f]/.test(s);
}

/** Reason a name is unsafe, or null. Names use '/' as the separator; a trailing '/' marks a directory. */
export function unsafeNameReason(name: string): string | null {
  if (name.length === 0) return REASONS.empty;
  if (hasControlChar(name)) return REASONS.control;
  if (name.startsWith('/') || name.startsWith('\\')) return REASONS.absolute;
  if (/^[A-Za-z]:/.test(name)) return REASONS.drive;
  if (name.includes('\\')) return REASONS.backslash;
  const body = name.endsWith('/') ? name.slice(0, -1) : name;
  if (body.length === 0) return REASONS.empty;
  if (body.split('/').includes('..')) return REASONS.traversal;
  return null;
}

function displayName(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function isValidUtf8(buf: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}

/** The decoded names of an entry: the effective one and (if different) the raw header one. */
function decodeNames(entry: yauzl.Entry): string[] {
  const raw = entry.fileNameRaw;
  const flagUtf8 = (entry.generalPurposeBitFlag & 0x800) !== 0;
  // Without the UTF-8 flag the spec says CP437, but many tools write UTF-8 anyway; bytes that are
  // valid UTF-8 with non-ASCII content are almost never intended as CP437.
  const rawName =
    !flagUtf8 && raw.some((b) => b >= 0x80) && isValidUtf8(raw)
      ? raw.toString('utf8')
      : yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, [], true);
  const effective = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, true);
  const hasUnicodeField = entry.extraFields.some((f) => f.id === 0x7075);
  const name = hasUnicodeField ? effective : rawName;
  return name === rawName ? [name] : [name, rawName];
}

function entryTypeReason(entry: yauzl.Entry): string | null {
  const mode = (entry.externalFileAttributes >>> 16) & S_IFMT;
  if (mode === S_IFLNK) return REASONS.symlink;
  if (mode !== 0 && mode !== S_IFREG && mode !== S_IFDIR) return REASONS.special;
  // bit 0: encrypted; bit 6: strong encryption; method 99: WinZip AES.
  if (entry.isEncrypted() || (entry.generalPurposeBitFlag & 0x40) !== 0 || entry.compressionMethod === 99) return REASONS.encrypted;
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) return REASONS.method(entry.compressionMethod);
  return null;
}

// ---------------------------------------------------------------------------------------------
// Errors

function fmtBytes(n: number): string {
  if (n >= GiB) return `${(n / GiB).toFixed(2)} GiB`;
  if (n >= MiB) return `${(n / MiB).toFixed(1)} MiB`;
  return `${n} bytes`;
}

function bomb(hi: string, en: string): ZipBombError {
  return new ZipBombError(`${hi} / ${en}`);
}

function tooManyEntries(count: string, limit: number): ZipBombError {
  return bomb(
    `ज़िप में ${count} प्रविष्टियाँ हैं, सीमा ${limit} है (WhatsApp मीडिया सहित एक्सपोर्ट में इतनी फ़ाइलें नहीं होतीं); ज़िप को छोटे हिस्सों में बाँटकर आयात करें`,
    `The zip holds ${count} entries, above the limit of ${limit} (no WhatsApp export with media holds that many files); import it in smaller parts`,
  );
}

async function describeOpenFailure(path: string, err: unknown): Promise<Error> {
  const code = typeof err === 'object' && err !== null && 'code' in err ? (err as { code: unknown }).code : undefined;
  if (code === 'ENOENT') return new ZipFormatError(`ज़िप फ़ाइल नहीं मिली / Zip file not found: ${path}`, { cause: err });
  if (code === 'EISDIR') return new ZipFormatError(`यह फ़ाइल नहीं, फ़ोल्डर है / This is a folder, not a zip file: ${path}`, { cause: err });
  if (code === 'EACCES' || code === 'EPERM')
    return new ZipFormatError(`ज़िप फ़ाइल पढ़ने की अनुमति नहीं / No permission to read the zip file: ${path}`, { cause: err });
  let magic = Buffer.alloc(0);
  try {
    const fh = await openFile(path, 'r');
    try {
      const buf = Buffer.alloc(4);
      const { bytesRead } = await fh.read(buf, 0, 4, 0);
      magic = buf.subarray(0, bytesRead);
    } finally {
      await fh.close();
    }
  } catch {
    // fall through to the generic message
  }
  const detail = err instanceof Error ? err.message : String(err);
  const looksLikeZip = magic.length === 4 && magic[0] === 0x50 && magic[1] === 0x4b && (magic[2] === 3 || magic[2] === 5 || magic[2] === 7);
  if (looksLikeZip) {
    return new ZipFormatError(
      `ज़िप फ़ाइल अधूरी या ख़राब है (शायद पूरी कॉपी/डाउनलोड नहीं हुई) / The zip file is truncated or damaged (perhaps not fully copied or downloaded): ${detail}`,
      { cause: err },
    );
  }
  return new ZipFormatError(`यह ज़िप फ़ाइल नहीं है / This is not a zip file: ${detail}`, { cause: err });
}

function damaged(name: string, detail: string, cause?: unknown): ZipFormatError {
  return new ZipFormatError(
    `ज़िप प्रविष्टि "${displayName(name)}" ख़राब या अधूरी है / Zip entry "${displayName(name)}" is damaged or incomplete: ${detail}`,
    { cause },
  );
}

/** Map an error from yauzl's entry stream to ours. */
function mapStreamError(name: string, err: unknown): Error {
  if (err instanceof ZipBombError || err instanceof ZipFormatError) return err;
  const msg = err instanceof Error ? err.message : String(err);
  if (msg.startsWith('too many bytes in the stream')) {
    return bomb(
      `प्रविष्टि "${displayName(name)}" घोषित आकार से बड़ी है`,
      `Entry "${displayName(name)}" is larger than its declared size (${msg})`,
    );
  }
  return damaged(name, msg, err);
}

// ---------------------------------------------------------------------------------------------
// Streaming guard

interface StoredEntry {
  info: ZipEntryInfo;
  entry: yauzl.Entry;
}

/** Counts bytes and CRC-32 of an entry stream; enforces declared size, caps and ratio while streaming. */
class EntryGuard extends Transform {
  private count = 0;
  private crc = 0;

  constructor(
    private readonly name: string,
    private readonly declaredSize: number,
    private readonly compressedSize: number,
    private readonly expectedCrc: number,
    private readonly limits: ZipLimits,
    private readonly maxBytes: number,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.count += chunk.length;
    const n = displayName(this.name);
    if (this.count > this.declaredSize) {
      cb(
        bomb(
          `प्रविष्टि "${n}" घोषित आकार (${fmtBytes(this.declaredSize)}) से बड़ी निकली`,
          `Entry "${n}" is larger than its declared size (${fmtBytes(this.declaredSize)})`,
        ),
      );
      return;
    }
    if (this.count > this.maxBytes || this.count > this.limits.maxEntryBytes) {
      const cap = Math.min(this.maxBytes, this.limits.maxEntryBytes);
      cb(bomb(`प्रविष्टि "${n}" सीमा (${fmtBytes(cap)}) से बड़ी है`, `Entry "${n}" exceeds the size limit (${fmtBytes(cap)})`));
      return;
    }
    if (this.count >= RATIO_MIN_BYTES && this.count / Math.max(this.compressedSize, 1) > this.limits.maxRatio) {
      cb(bomb(`प्रविष्टि "${n}" का संपीड़न अनुपात असामान्य है (ज़िप बम)`, `Entry "${n}" has an abnormal compression ratio (zip bomb)`));
      return;
    }
    this.crc = crc32(chunk, this.crc);
    cb(null, chunk);
  }

  override _flush(cb: TransformCallback): void {
    if (this.count !== this.declaredSize) {
      cb(damaged(this.name, `expected ${this.declaredSize} bytes, got ${this.count}`));
      return;
    }
    if (this.crc >>> 0 !== this.expectedCrc >>> 0) {
      cb(damaged(this.name, 'CRC-32 mismatch'));
      return;
    }
    cb();
  }
}

// ---------------------------------------------------------------------------------------------
// File access

const READ_CHUNK_BYTES = 1024 * 1024;
const INFLATE_CHUNK_BYTES = 256 * 1024;

/** Positional reads of [start, end) in large chunks. Never closes the descriptor (the reader owns it). */
class RangeReadStream extends Readable {
  private pos: number;

  constructor(
    private readonly fd: number,
    start: number,
    private readonly end: number,
  ) {
    super({ highWaterMark: READ_CHUNK_BYTES });
    this.pos = start;
  }

  override _read(): void {
    const len = Math.min(READ_CHUNK_BYTES, this.end - this.pos);
    if (len <= 0) {
      this.push(null);
      return;
    }
    const buf = Buffer.allocUnsafe(len);
    readFd(this.fd, buf, 0, len, this.pos, (err, bytesRead) => {
      if (this.destroyed) return;
      if (err) {
        this.destroy(err);
        return;
      }
      if (bytesRead === 0) {
        this.destroy(new Error('unexpected end of file'));
        return;
      }
      this.pos += bytesRead;
      this.push(bytesRead < len ? buf.subarray(0, bytesRead) : buf);
    });
  }
}

/** yauzl reader over a file descriptor with large reads. yauzl closes it when the zip and all its streams are done. */
class LargeChunkFdReader extends yauzl.RandomAccessReader {
  constructor(private readonly fd: number) {
    super();
  }

  override _readStreamForRange(start: number, end: number): Readable {
    return new RangeReadStream(this.fd, start, end);
  }

  override read(
    buffer: Buffer,
    offset: number,
    length: number,
    position: number,
    callback: (err: Error | null, bytesRead?: number) => void,
  ): void {
    readFd(this.fd, buffer, offset, length, position, (err, bytesRead) => callback(err, bytesRead));
  }

  override close(callback: (err: Error | null) => void): void {
    closeFd(this.fd, (err) => callback(err ?? null));
  }
}

const openFdAsync = promisify(openFd);
const fstatAsync = promisify(fstat);
const closeFdAsync = promisify(closeFd);

async function openYauzl(path: string): Promise<yauzl.ZipFile> {
  // A raw descriptor, not a FileHandle: a FileHandle would be closed when garbage-collected.
  const fd = await openFdAsync(path, 'r');
  try {
    const st = await fstatAsync(fd);
    if (!st.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'EISDIR' });
    // From here on the reader owns the descriptor and yauzl closes it via ZipFile.close().
    return await yauzl.fromRandomAccessReaderPromise(new LargeChunkFdReader(fd), st.size, {
      lazyEntries: true,
      autoClose: false,
      decodeStrings: false,
      validateEntrySizes: true,
      strictFileNames: true,
    });
  } catch (err) {
    // yauzl does not release the reader when opening fails.
    await closeFdAsync(fd).catch(() => undefined);
    throw err;
  }
}

// ---------------------------------------------------------------------------------------------
// openZip

function readAllEntries(zf: yauzl.ZipFile, limits: ZipLimits): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const list: yauzl.Entry[] = [];
    const onEntry = (entry: yauzl.Entry) => {
      list.push(entry);
      if (list.length > limits.maxEntries) {
        cleanup();
        reject(tooManyEntries(`${limits.maxEntries}+`, limits.maxEntries));
        return;
      }
      zf.readEntry();
    };
    const onEnd = () => {
      cleanup();
      resolve(list);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const cleanup = () => {
      zf.off('entry', onEntry);
      zf.off('end', onEnd);
      zf.off('error', onError);
    };
    zf.on('entry', onEntry);
    zf.on('end', onEnd);
    zf.on('error', onError);
    zf.readEntry();
  });
}

/** Throws ZipBombError if the declared sizes exceed the limits or entries overlap (a non-recursive zip bomb). */
function checkDeclaredSizes(all: Array<{ entry: yauzl.Entry; name: string }>, limits: ZipLimits): void {
  let total = 0;
  for (const { entry, name } of all) {
    const n = displayName(name);
    const size = entry.uncompressedSize;
    total += size;
    if (size > limits.maxEntryBytes) {
      throw bomb(
        `प्रविष्टि "${n}" (${fmtBytes(size)}) अधिकतम सीमा ${fmtBytes(limits.maxEntryBytes)} से बड़ी है`,
        `Entry "${n}" (${fmtBytes(size)}) exceeds the limit of ${fmtBytes(limits.maxEntryBytes)}`,
      );
    }
    if (size >= RATIO_MIN_BYTES && size / Math.max(entry.compressedSize, 1) > limits.maxRatio) {
      const ratio = Math.round(size / Math.max(entry.compressedSize, 1));
      throw bomb(
        `प्रविष्टि "${n}" का संपीड़न अनुपात ${ratio}:1 असामान्य है (ज़िप बम)`,
        `Entry "${n}" has a compression ratio of ${ratio}:1, above the limit of ${limits.maxRatio}:1 (zip bomb)`,
      );
    }
  }
  if (total > limits.maxTotalBytes) {
    throw bomb(
      `ज़िप का कुल आकार ${fmtBytes(total)} सीमा ${fmtBytes(limits.maxTotalBytes)} से अधिक है`,
      `Total uncompressed size ${fmtBytes(total)} exceeds the limit of ${fmtBytes(limits.maxTotalBytes)}`,
    );
  }
  // Entries whose data overlap share compressed bytes: the trick behind non-recursive zip bombs.
  const byOffset = all.map((a) => a.entry).sort((a, b) => a.relativeOffsetOfLocalHeader - b.relativeOffsetOfLocalHeader);
  for (let i = 1; i < byOffset.length; i++) {
    const prev = byOffset[i - 1];
    if (prev.relativeOffsetOfLocalHeader + 30 + prev.compressedSize > byOffset[i].relativeOffsetOfLocalHeader) {
      throw bomb('ज़िप की प्रविष्टियाँ एक-दूसरे पर चढ़ी हुई हैं (ज़िप बम)', 'Zip entries overlap each other (zip bomb)');
    }
  }
}

function pickChatFile(files: ZipEntryInfo[]): ZipEntryInfo | null {
  const ios = files.find((f) => f.name === '_chat.txt');
  if (ios) return ios;
  const rootTxt = files.filter((f) => !f.name.includes('/') && f.name.toLowerCase().endsWith('.txt'));
  if (rootTxt.length <= 1) return rootTxt[0] ?? null;
  // Attached documents can also be .txt files at the root; the chat is named "WhatsApp Chat with …"
  // (localised, but the word WhatsApp stays) and is written first by the phone.
  const named = rootTxt.filter((f) => /whatsapp/i.test(f.name));
  return named[0] ?? rootTxt[0];
}

export async function openZip(path: string, limits: Partial<ZipLimits> = {}): Promise<OpenedZip> {
  const lim: ZipLimits = { ...DEFAULT_ZIP_LIMITS };
  for (const key of Object.keys(DEFAULT_ZIP_LIMITS) as Array<keyof ZipLimits>) {
    const v = limits[key];
    if (v === undefined) continue;
    if (typeof v !== 'number' || Number.isNaN(v) || v < 0) throw new RangeError(`Invalid zip limit ${key}: ${String(v)}`);
    lim[key] = v;
  }
  let zf: yauzl.ZipFile;
  try {
    zf = await openYauzl(path);
  } catch (err) {
    throw await describeOpenFailure(path, err);
  }

  // After the entry list is read, yauzl only emits 'error' here if closing the file fails; never crash on it.
  zf.on('error', () => undefined);
  const byName = new Map<string, StoredEntry>();
  const entries: ZipEntryInfo[] = [];
  const rejected: RejectedEntry[] = [];
  try {
    if (zf.entryCount > lim.maxEntries) throw tooManyEntries(String(zf.entryCount), lim.maxEntries);
    let rawEntries: yauzl.Entry[];
    try {
      rawEntries = await readAllEntries(zf, lim);
    } catch (err) {
      if (err instanceof ZipBombError) throw err;
      throw new ZipFormatError(
        `ज़िप फ़ाइल की सूची ख़राब है / The zip file's directory is damaged: ${err instanceof Error ? err.message : String(err)}`,
        { cause: err },
      );
    }

    const all = rawEntries.map((entry) => {
      const names = decodeNames(entry);
      return { entry, name: names[0], names };
    });
    checkDeclaredSizes(all, lim);

    const counts = new Map<string, number>();
    for (const { name } of all) {
      const key = name.normalize('NFC');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }

    for (const { entry, name, names } of all) {
      const reason =
        names.map(unsafeNameReason).find((r) => r !== null) ??
        entryTypeReason(entry) ??
        ((counts.get(name.normalize('NFC')) ?? 0) > 1 ? REASONS.duplicate : null);
      if (reason) {
        rejected.push({ name: displayName(name), reason });
        continue;
      }
      const isDirectory =
        name.endsWith('/') || ((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFDIR || (entry.externalFileAttributes & 0x10) !== 0; // MS-DOS directory attribute
      if (isDirectory) continue;
      const info: ZipEntryInfo = { name, size: entry.uncompressedSize, compressedSize: entry.compressedSize, isDirectory };
      entries.push(info);
      byName.set(name, { info, entry });
      // Also findable by the NFC form (chat text and file names may differ in Unicode normalisation;
      // NFC-equal names are rejected as duplicates above, so this is unambiguous).
      if (!byName.has(name.normalize('NFC'))) byName.set(name.normalize('NFC'), { info, entry });
    }
  } catch (err) {
    zf.close();
    throw err;
  }

  let closed = false;

  const lookup = (name: string): StoredEntry => {
    if (closed) throw new Error('ज़िप फ़ाइल बंद हो चुकी है / The zip file has been closed');
    const found = byName.get(name) ?? byName.get(name.normalize('NFC'));
    if (!found) throw new Error(`ज़िप में यह फ़ाइल नहीं है (या अस्वीकृत है) / No such (accepted) entry in the zip: "${displayName(name)}"`);
    return found;
  };

  const stream = async (name: string, maxBytes: number): Promise<NodeJS.ReadableStream> => {
    const { entry } = lookup(name);
    // Raw file data; deflated entries are inflated below with large output chunks.
    const raw = await new Promise<Readable>((resolve, reject) => {
      zf.openReadStream(entry, { decodeFileData: false }, (err, s) => (err ? reject(mapStreamError(name, err)) : resolve(s)));
    });
    const inflate = entry.compressionMethod === 8 ? createInflateRaw({ chunkSize: INFLATE_CHUNK_BYTES }) : null;
    const guard = new EntryGuard(name, entry.uncompressedSize, entry.compressedSize, entry.crc32, lim, maxBytes);
    const upstream: Readable[] = inflate ? [raw, inflate] : [raw];
    for (const s of upstream) s.on('error', (err: unknown) => guard.destroy(mapStreamError(name, err)));
    guard.on('close', () => {
      for (const s of upstream) if (!s.destroyed) s.destroy();
    });
    if (inflate) raw.pipe(inflate).pipe(guard);
    else raw.pipe(guard);
    return guard;
  };

  return {
    entries,
    rejected,
    chatFile: pickChatFile(entries),
    openEntry: (name) => stream(name, Infinity),
    async readEntry(name, maxBytes) {
      const { info } = lookup(name);
      if (info.size > maxBytes) {
        throw bomb(
          `प्रविष्टि "${displayName(name)}" (${fmtBytes(info.size)}) पढ़ने की सीमा ${fmtBytes(maxBytes)} से बड़ी है`,
          `Entry "${displayName(name)}" (${fmtBytes(info.size)}) is larger than the read limit of ${fmtBytes(maxBytes)}`,
        );
      }
      const s = await stream(name, maxBytes);
      const parts: Buffer[] = [];
      for await (const chunk of s as AsyncIterable<Buffer>) parts.push(chunk);
      return Buffer.concat(parts);
    },
    close() {
      if (closed) return;
      closed = true;
      zf.close();
    },
  };
}
