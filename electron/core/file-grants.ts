/**
 * The files one desktop window may have the app read or write in: exactly what its user handed it, through the
 * open dialog, the folder picker or a real drop (the preload registers a dropped file's path; a File the page
 * made up has none). Everything else is refused by the dispatch (see file-access.ts), whatever path the page names.
 */
import type { FileGrants } from './file-access';
import { isInside, realPathOf } from './file-access';

export class GrantedFiles implements FileGrants {
  private readonly reads = new Set<string>();
  private readonly folders = new Set<string>();
  private readonly writeFolders = new Set<string>();

  /** A file (or folder) the user chose or dropped: it may be read. */
  grantRead(p: string): void {
    this.reads.add(realPathOf(p));
  }

  /** A folder the user chose: its files may be read and new files made in it (a backup folder). */
  grantFolder(p: string): void {
    const real = realPathOf(p);
    this.folders.add(real);
    this.writeFolders.add(real);
  }

  mayRead(absPath: string): boolean {
    const real = realPathOf(absPath);
    if (this.reads.has(real)) return true;
    for (const f of this.folders) if (isInside(real, f)) return true;
    return false;
  }

  mayWriteIn(absPath: string): boolean {
    const real = realPathOf(absPath);
    for (const f of this.writeFolders) if (isInside(real, f)) return true;
    return false;
  }
}
