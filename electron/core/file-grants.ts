/**
 * The files one desktop window may have the app read or write in: exactly what its user handed it, through the
 * open dialog, the folder picker or a real drop (the preload registers a dropped file's path; a File the page
 * made up has none). Everything else is refused by the dispatch (see file-access.ts), whatever path the page names.
 */
import { contract, isChannel, type Result } from '../contract/index';
import type { ChannelSpec } from '../contract/rules';
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

export interface OpenRequest {
  multiple: boolean;
  filters: { name: string; extensions: string[] }[];
}

/**
 * What the page may ask of the open dialog: only for a contract channel that reads files, with plain filters.
 * Whatever it asks, only what the user then chooses is granted.
 */
export function openRequest(channel: unknown, options: unknown): Result<OpenRequest> {
  if (!isChannel(channel) || !(contract[channel] as ChannelSpec).reads)
    return {
      ok: false,
      error: {
        code: 'unknown_channel',
        message: `यह चैनल फ़ाइलें नहीं पढ़ता (${String(channel)}) / not a channel that reads files (${String(channel)})`,
      },
    };
  const o = (typeof options === 'object' && options !== null ? options : {}) as { multiple?: unknown; filters?: unknown };
  const filters = Array.isArray(o.filters)
    ? o.filters
        .filter(
          (f): f is { name: string; extensions: string[] } =>
            typeof f?.name === 'string' && Array.isArray(f.extensions) && f.extensions.every((e: unknown) => typeof e === 'string'),
        )
        .slice(0, 10)
        .map((f) => ({
          name: f.name.slice(0, 100),
          extensions: f.extensions.slice(0, 20).map((e) => e.replace(/[^\w*]/g, '').slice(0, 16)),
        }))
    : [];
  return { ok: true, value: { multiple: o.multiple === true, filters } };
}
