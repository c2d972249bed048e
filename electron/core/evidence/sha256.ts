import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';

/** Read/hash chunk size. Large buffers keep syscall and JS overhead negligible next to SHA-256 itself. */
export const HASH_CHUNK_BYTES = 4 * 1024 * 1024;

const SHA256_RE = /^[0-9a-f]{64}$/;

/** True for a 64-character lowercase hex SHA-256 digest. */
export function isSha256(value: unknown): value is string {
  return typeof value === 'string' && SHA256_RE.test(value);
}

export function assertSha256(value: unknown): asserts value is string {
  if (!isSha256(value)) {
    const shown = typeof value === 'string' ? JSON.stringify(value.slice(0, 80)) : typeof value;
    throw new TypeError(`अमान्य SHA-256 मान / Invalid SHA-256 value: ${shown} (expected 64 lowercase hex characters)`);
  }
}

/**
 * SHA-256 of a file, streaming in constant memory. Two buffers are used so the next read
 * (in the libuv thread pool) overlaps hashing of the current chunk (on the JS thread).
 */
export async function sha256File(path: string, signal?: AbortSignal): Promise<string> {
  signal?.throwIfAborted();
  const fh = await open(path, 'r');
  let pending: Promise<{ bytesRead: number }> | undefined;
  try {
    const hash = createHash('sha256');
    const bufs = [Buffer.allocUnsafe(HASH_CHUNK_BYTES), Buffer.allocUnsafe(HASH_CHUNK_BYTES)];
    let position = 0;
    let current = 0;
    pending = fh.read(bufs[current], 0, HASH_CHUNK_BYTES, position);
    for (;;) {
      const { bytesRead } = await pending;
      pending = undefined;
      if (bytesRead === 0) break;
      signal?.throwIfAborted();
      const chunk = bufs[current];
      position += bytesRead;
      current ^= 1;
      pending = fh.read(bufs[current], 0, HASH_CHUNK_BYTES, position);
      hash.update(chunk.subarray(0, bytesRead));
    }
    return hash.digest('hex');
  } finally {
    // A read may still be in flight if we stopped early (abort); close() waits for it.
    pending?.catch(() => undefined);
    await fh.close();
  }
}
