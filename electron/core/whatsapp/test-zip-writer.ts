/**
 * A deliberately permissive zip writer for tests: it writes whatever names, flags, attributes and
 * sizes it is given (including malicious ones that real zip libraries refuse to produce).
 * Test-only; never used by the app.
 */
import { writeFileSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';

export interface TestZipEntry {
  /** A string is written as UTF-8; a Buffer is written as-is. */
  name: string | Buffer;
  data?: Buffer | string;
  /** 0 = stored, 8 = deflated (default 8). */
  method?: number;
  /** Set the UTF-8 flag (bit 11). Default: true when the name has non-ASCII characters. */
  utf8?: boolean;
  /** Write sizes and CRC in a data descriptor after the data (bit 3), as java.util.zip does. */
  dataDescriptor?: boolean;
  /** Unix mode (e.g. 0o100644, 0o120777 for a symlink), stored in the high 16 bits of the external attributes. */
  unixMode?: number;
  /** Extra general-purpose flag bits (e.g. 0x1 = encrypted). */
  extraFlags?: number;
  /** Lie in the central directory: declared uncompressed size. */
  declaredSize?: number;
  /** Lie in the central directory: declared compressed size. */
  declaredCompressedSize?: number;
  /** Lie about the CRC-32. */
  crc?: number;
  /** Pre-compressed data to write verbatim (with method 8), instead of deflating `data`. */
  rawCompressed?: Buffer;
  /** Uncompressed size to declare when rawCompressed is given. */
  rawSize?: number;
  rawCrc?: number;
  /** Write no local data: the central record points at entry #aliasOf's local header (overlapping entries). */
  aliasOf?: number;
}

export function buildZip(entries: TestZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  const offsets: number[] = [];
  const centralMeta: Array<{ crc: number; csize: number; size: number; method: number; flags: number }> = [];
  let offset = 0;
  for (const e of entries) {
    if (e.aliasOf !== undefined) {
      const target = centralMeta[e.aliasOf];
      const nameBuf = typeof e.name === 'string' ? Buffer.from(e.name, 'utf8') : e.name;
      const central = Buffer.alloc(46);
      central.writeUInt32LE(0x02014b50, 0);
      central.writeUInt16LE(20, 4);
      central.writeUInt16LE(20, 6);
      central.writeUInt16LE(target.flags, 8);
      central.writeUInt16LE(target.method, 10);
      central.writeUInt32LE(target.crc >>> 0, 16);
      central.writeUInt32LE(target.csize, 20);
      central.writeUInt32LE(target.size, 24);
      central.writeUInt16LE(nameBuf.length, 28);
      central.writeUInt32LE(offsets[e.aliasOf], 42);
      centrals.push(Buffer.concat([central, nameBuf]));
      offsets.push(offsets[e.aliasOf]);
      centralMeta.push(target);
      continue;
    }
    const nameBuf = typeof e.name === 'string' ? Buffer.from(e.name, 'utf8') : e.name;
    const data = e.data === undefined ? Buffer.alloc(0) : Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data, 'utf8');
    const method = e.rawCompressed ? 8 : (e.method ?? 8);
    const compressed = e.rawCompressed ?? (method === 8 ? deflateRawSync(data) : data);
    const size = e.rawCompressed ? (e.rawSize ?? 0) : data.length;
    const crc = e.crc ?? (e.rawCompressed ? (e.rawCrc ?? 0) : crc32(data));
    const utf8 = e.utf8 ?? /[^\x00-\x7f]/.test(typeof e.name === 'string' ? e.name : '');
    const flags = (utf8 ? 0x800 : 0) | (e.dataDescriptor ? 0x8 : 0) | (e.extraFlags ?? 0);
    const dosTime = (10 << 11) | (32 << 5); // 10:32:00
    const dosDate = ((2025 - 1980) << 9) | (1 << 5) | 8; // 2025-01-08

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(e.dataDescriptor ? 0 : crc >>> 0, 14);
    local.writeUInt32LE(e.dataDescriptor ? 0 : compressed.length, 18);
    local.writeUInt32LE(e.dataDescriptor ? 0 : size, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    local.writeUInt16LE(0, 28);
    const parts = [local, nameBuf, compressed];
    if (e.dataDescriptor) {
      const dd = Buffer.alloc(16);
      dd.writeUInt32LE(0x08074b50, 0);
      dd.writeUInt32LE(crc >>> 0, 4);
      dd.writeUInt32LE(compressed.length, 8);
      dd.writeUInt32LE(size, 12);
      parts.push(dd);
    }
    const localBuf = Buffer.concat(parts);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(e.unixMode !== undefined ? (3 << 8) | 20 : 20, 4); // made by: Unix when a mode is given
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(dosTime, 12);
    central.writeUInt16LE(dosDate, 14);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(e.declaredCompressedSize ?? compressed.length, 20);
    central.writeUInt32LE(e.declaredSize ?? size, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt16LE(0, 30);
    central.writeUInt16LE(0, 32);
    central.writeUInt16LE(0, 34);
    central.writeUInt16LE(0, 36);
    central.writeUInt32LE(e.unixMode !== undefined ? ((e.unixMode & 0xffff) << 16) >>> 0 : 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(Buffer.concat([central, nameBuf]));

    offsets.push(offset);
    centralMeta.push({ crc, csize: compressed.length, size, method, flags });
    locals.push(localBuf);
    offset += localBuf.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

export function writeZip(path: string, entries: TestZipEntry[]): string {
  writeFileSync(path, buildZip(entries));
  return path;
}
