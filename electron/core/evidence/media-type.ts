import { extname } from 'node:path';
import { fileTypeFromFile } from 'file-type';

export interface MediaType {
  mime: string;
  /** Lowercase extension without the dot, or null when unknown. */
  ext: string | null;
}

export const OCTET_STREAM = 'application/octet-stream';

/** How many leading bytes the caller should keep for {@link detectMediaType}'s text sniffing. */
export const SNIFF_BYTES = 8192;

/**
 * Formats that content sniffing cannot (or not always) recognise, keyed by file-name extension.
 * `text: true` entries are accepted only when the content looks like text.
 * Ogg entries cover voice notes whose codec header file-type does not recognise.
 */
const EXTENSION_FALLBACK: Record<string, { mime: string; text?: boolean; ogg?: boolean }> = {
  opus: { mime: 'audio/ogg; codecs=opus', ogg: true },
  ogg: { mime: 'audio/ogg', ogg: true },
  oga: { mime: 'audio/ogg', ogg: true },
  txt: { mime: 'text/plain', text: true },
  text: { mime: 'text/plain', text: true },
  log: { mime: 'text/plain', text: true },
  md: { mime: 'text/markdown', text: true },
  csv: { mime: 'text/csv', text: true },
  tsv: { mime: 'text/tab-separated-values', text: true },
  vcf: { mime: 'text/vcard', text: true },
  json: { mime: 'application/json', text: true },
  html: { mime: 'text/html', text: true },
  htm: { mime: 'text/html', text: true },
  srt: { mime: 'application/x-subrip', text: true },
};

/** Extension of a file name (lowercase, no dot), or null. Accepts names with '/' or '\\' separators. */
export function extensionOf(name: string | undefined | null): string | null {
  if (!name) return null;
  const base = name.split(/[\\/]/).pop() ?? '';
  const ext = extname(base).slice(1).toLowerCase();
  return ext && /^[a-z0-9]{1,10}$/.test(ext) ? ext : null;
}

function isOgg(head: Uint8Array): boolean {
  return head.length >= 4 && head[0] === 0x4f && head[1] === 0x67 && head[2] === 0x67 && head[3] === 0x53; // "OggS"
}

/**
 * Heuristic: the leading bytes look like text (UTF-8, or UTF-16 with a BOM) rather than binary data.
 * `truncated` says whether `head` is only the start of a longer file (a UTF-8 sequence may be cut at the end).
 */
export function looksLikeText(head: Uint8Array, truncated: boolean): boolean {
  if (head.length === 0) return false;
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) return true;
  let bytes = head;
  if (truncated) {
    // Drop a possibly cut multi-byte sequence at the end.
    let cut = bytes.length;
    for (let i = bytes.length - 1; i >= Math.max(0, bytes.length - 4); i--) {
      const b = bytes[i];
      if ((b & 0xc0) === 0x80) continue;
      if (b >= 0xc0) cut = i;
      break;
    }
    bytes = bytes.subarray(0, cut);
  }
  let control = 0;
  for (const b of bytes) {
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  if (control > bytes.length / 100) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Detect the media type of a complete file from its content (file-type), falling back to the
 * name's extension for formats content sniffing cannot identify, then to generic text or
 * application/octet-stream.
 *
 * @param path the file on disk
 * @param head its first bytes (at least min(size, SNIFF_BYTES))
 * @param size total size of the file
 * @param nameHint the original file name (for example the zip entry or the source path), if any
 */
export async function detectMediaType(path: string, head: Uint8Array, size: number, nameHint?: string | null): Promise<MediaType> {
  const ext = extensionOf(nameHint);
  const fallback = ext ? EXTENSION_FALLBACK[ext] : undefined;
  if (size > 0) {
    try {
      const detected = await fileTypeFromFile(path);
      if (detected) {
        // A generic Ogg container (codec header not recognised) named as a voice note: trust the name's audio type.
        if (detected.mime === 'application/ogg' && fallback?.ogg) return { mime: fallback.mime, ext };
        return { mime: detected.mime, ext: detected.ext };
      }
    } catch {
      // Malformed content can make a detector hit end-of-file; treat as undetected.
    }
  }
  const truncated = size > head.length;
  if (fallback) {
    if (fallback.ogg && isOgg(head)) return { mime: fallback.mime, ext };
    if (fallback.text && (size === 0 || looksLikeText(head, truncated))) return { mime: fallback.mime, ext };
  }
  if (size > 0 && looksLikeText(head, truncated)) return { mime: 'text/plain', ext: 'txt' };
  // Unknown content: the name's extension is only a claim, so it is not reported.
  return { mime: OCTET_STREAM, ext: null };
}
