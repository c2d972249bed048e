/**
 * Which files a channel may read or write, whoever calls it. The register's own folder is never a channel's
 * to read or write (only the store and the database write there); an existing file is replaced only when the
 * user chose it in a save dialog or passed --force on the command line. Each transport says which other paths
 * its caller may name (`Ctx.files`): the command line its operator's own, the browser bridge only its uploads,
 * the desktop app only what its own dialogs returned or a real drop named.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { AppError } from './errors';

/** What a transport lets its caller name. */
export interface FileGrants {
  /** May the app read this file or folder for this caller? */
  mayRead(absPath: string): boolean;
  /** May the app create files in this folder (a backup folder) for this caller? */
  mayWriteIn(absPath: string): boolean;
}

/** The command line: the operator at the terminal names their own files. */
export const OPERATOR_OWN_FILES: FileGrants = { mayRead: () => true, mayWriteIn: () => true };

/** The real path of a file, or of its nearest existing parent joined with the rest (a file not made yet). */
export function realPathOf(p: string): string {
  const abs = path.resolve(p);
  const missing: string[] = [];
  let cur = abs;
  for (;;) {
    try {
      return path.join(fs.realpathSync.native(cur), ...missing.reverse());
    } catch {
      const parent = path.dirname(cur);
      if (parent === cur) return abs;
      missing.push(path.basename(cur));
      cur = parent;
    }
  }
}

/** Whether `p` is `folder` or lies inside it, after following symbolic links on both. */
export function isInside(p: string, folder: string): boolean {
  const a = realPathOf(p);
  const f = realPathOf(folder);
  const rel = path.relative(f, a);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

const INSIDE_DATA = (what: string) =>
  new AppError(
    'forbidden',
    `${what} रजिस्टर के अपने डेटा फ़ोल्डर में नहीं हो सकता; कोई दूसरा फ़ोल्डर चुनें / ${what === 'फ़ाइल' ? 'a file' : 'a folder'} inside the register's own data folder cannot be used: choose another`,
    'path',
  );

/** Refuses a path the caller may not have the app read. */
export function checkRead(grants: FileGrants | undefined, dataDir: string, p: string): string {
  const abs = path.resolve(p);
  if (isInside(abs, dataDir)) throw INSIDE_DATA('फ़ाइल');
  if (!grants?.mayRead(abs))
    throw new AppError(
      'forbidden',
      `यह फ़ाइल यहाँ से नहीं खोली जा सकती; उसे चुनकर या खींचकर दें / this file cannot be opened from here: choose it or drop it onto the window`,
      'path',
    );
  return abs;
}

/** Refuses a folder the caller may not have the app write new files into. */
export function checkWriteIn(grants: FileGrants | undefined, dataDir: string, p: string): string {
  const abs = path.resolve(p);
  if (isInside(abs, dataDir)) throw INSIDE_DATA('फ़ोल्डर');
  if (!grants?.mayWriteIn(abs))
    throw new AppError('forbidden', 'इस फ़ोल्डर में यहाँ से नहीं लिखा जा सकता / this folder cannot be written to from here', 'dir');
  return abs;
}

export interface FileSink {
  /** Where the bytes go; written to a temporary name beside the target. */
  stream: Writable;
  /** Makes the written file durable and gives it its name; returns the final path. */
  commit(): string;
  /** Removes what was written. */
  abort(): void;
}

/**
 * A file about to be written for the user (a CSV, a PDF): refused inside the data folder, refused when it is a
 * folder, and refused when it exists unless `overwrite` (chosen in a save dialog, or --force). Returns its absolute path.
 */
export function checkNewFile(target: string, o: { dataDir: string; overwrite: boolean }): string {
  const out = path.resolve(target);
  if (isInside(out, o.dataDir)) throw INSIDE_DATA('फ़ाइल');
  let st: fs.Stats | null = null;
  try {
    st = fs.statSync(out);
  } catch {
    st = null;
  }
  if (st?.isDirectory()) throw new AppError('validation', `${out} एक फ़ोल्डर है, फ़ाइल नहीं / ${out} is a folder, not a file`, 'path');
  if (st && !o.overwrite)
    throw new AppError('conflict', `फ़ाइल ${out} पहले से है; बदलने के लिए --force दें / ${out} already exists; pass --force to replace it`, 'path');
  return out;
}

/**
 * The file a download channel writes on the command line or after a save dialog, checked as checkNewFile checks
 * it. Written to a temporary name, fsynced, then renamed: a crash leaves the old file or the whole new one.
 */
export function fileSink(target: string, o: { dataDir: string; overwrite: boolean }): FileSink {
  const out = checkNewFile(target, o);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const tmp = `${out}.${process.pid}.${Date.now()}.part`;
  const fd = fs.openSync(tmp, 'wx');
  let closed = false;
  const close = () => {
    if (!closed) fs.closeSync(fd);
    closed = true;
  };
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      try {
        fs.writeSync(fd, chunk);
        cb();
      } catch (e) {
        cb(e as Error);
      }
    },
  });
  return {
    stream,
    commit() {
      fs.fsyncSync(fd);
      close();
      fs.renameSync(tmp, out);
      return out;
    },
    abort() {
      close();
      fs.rmSync(tmp, { force: true });
    },
  };
}
