/**
 * Real small file systems for the storage tests: a tmpfs of a few MB for a full disk, a read-only bind mount
 * for a read-only folder (root ignores file modes, so chmod proves nothing). Needs root, as CI runs; elsewhere
 * the tests that need it are skipped with this reason.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const run = (args: string[]) => execFileSync('mount', args, { stdio: ['ignore', 'ignore', 'pipe'] });

/** Null when mounting works here, else why not (the skip reason). */
export function mountUnavailable(): string | null {
  if (process.platform !== 'linux') return 'mount tests need Linux';
  if (process.getuid?.() !== 0) return 'mount tests need root (CI runs as root)';
  const probe = fs.mkdtempSync(path.join(os.tmpdir(), 'thana-mount-probe-'));
  try {
    run(['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe]);
    execFileSync('umount', [probe]);
    return null;
  } catch (e) {
    return `mount is not available here: ${(e as Error).message.split('\n')[0]}`;
  } finally {
    fs.rmSync(probe, { recursive: true, force: true });
  }
}

const mounted: string[] = [];

/** A tmpfs of `size` (e.g. '3m') at a new temp folder. */
export function smallDisk(size: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thana-disk-'));
  run(['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
  mounted.push(dir);
  return dir;
}

/** `src` seen read-only at a new temp folder (a bind mount remounted ro). */
export function readonlyView(src: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thana-ro-'));
  run(['--bind', src, dir]);
  mounted.push(dir);
  run(['-o', 'remount,ro,bind', dir]);
  return dir;
}

/** Fills the disk holding `dir` with one file until it is full; returns that file. */
export function fillDisk(dir: string): string {
  const filler = path.join(dir, 'filler.bin');
  const fd = fs.openSync(filler, 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) fs.writeSync(fd, chunk);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
  }
  // Then the last small pieces, so not even one page is left.
  try {
    for (;;) fs.writeSync(fd, chunk.subarray(0, 512));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
  } finally {
    fs.closeSync(fd);
  }
  return filler;
}

/** Unmounts everything mounted here (newest first), lazily if still busy. */
export function unmountAll(): void {
  for (const dir of mounted.splice(0).reverse()) {
    try {
      execFileSync('umount', [dir], { stdio: 'ignore' });
    } catch {
      execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
    }
    // Only the empty mount point: never a recursive delete that could reach through a mount still in place.
    fs.rmdirSync(dir);
  }
}
