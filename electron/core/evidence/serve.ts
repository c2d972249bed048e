/**
 * Serving one stored evidence file by its SHA-256 to the page (a <video>, <img> or <audio> src), the same way in
 * both shells: the browser bridge (Hono) and the desktop app (`protocol.handle`), which both speak web-standard
 * Request and Response.
 *
 * The rules, in one place:
 * - Nobody signed in (the desk is locked): 401. A well-formed hash the register does not know: 404. A hash the
 *   register knows whose file is gone from the store: 410 (the verify screen says which). Not a hash: 400.
 * - GET and HEAD only (405 otherwise). HEAD answers the same headers with no body.
 * - Range (RFC 9110 §14): one `bytes=` range is honoured: `N-M` (M clamped to the last byte), `N-` (from N to the
 *   end), `-N` (the LAST N bytes; more than the size: the whole file). A range that starts at or past the end, or
 *   `-0`, cannot be satisfied: 416 with `Content-Range: bytes *\/size`. Several ranges, another unit, or a range
 *   that does not parse (`5-2`, `abc`) is ignored and the whole file is sent with 200, as the RFC allows; media
 *   elements only ever ask for one range, and a multipart/byteranges answer is not worth its code here.
 * - Every answer: nosniff, `Content-Security-Policy: default-src 'none'; sandbox` (a stored file never runs as a
 *   page), not stored in the browser's cache (a locked desk must not play a file from its cache), not to be
 *   embedded by another origin.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { Db } from '../../../db/client';
import type { Operator } from '../context';
import { isSha256 } from './sha256';
import { EVIDENCE_DIR } from '../data-folder';

export interface EvidenceServeContext {
  db: Db;
  /** The data folder; the store is its EVIDENCE_DIR folder. */
  dataDir: string;
  /** Who is signed in at the desk asking (null: locked or nobody). */
  operator: Operator | null;
}

export const EVIDENCE_CSP = "default-src 'none'; sandbox";

const BASE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': EVIDENCE_CSP,
  'Cache-Control': 'no-store',
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const;

const MIME_RE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i;

function text(status: number, message: string, extra: Record<string, string> = {}): Response {
  return new Response(message, { status, headers: { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...extra } });
}

/** What a Range header asks of a file of `size` bytes: the whole file, one range, or nothing (416). */
export type RangeAnswer = { kind: 'whole' } | { kind: 'range'; start: number; end: number } | { kind: 'unsatisfiable' };

export function parseRange(header: string | null, size: number): RangeAnswer {
  if (header == null) return { kind: 'whole' };
  const m = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  // Several ranges, another unit, or nonsense: ignored (whole file).
  if (!m || (m[1] === '' && m[2] === '')) return { kind: 'whole' };
  if (m[1] === '') {
    const n = Number(m[2]);
    if (n === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'range', start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(m[1]);
  const last = m[2] === '' ? Infinity : Number(m[2]);
  if (last < start) return { kind: 'whole' };
  if (start >= size) return { kind: 'unsatisfiable' };
  return { kind: 'range', start, end: Math.min(last, size - 1) };
}

/** Answers a request for the stored evidence file `sha256`. Never throws. */
export function serveEvidence(request: Request, ctx: EvidenceServeContext, hash: string): Response {
  const sha256 = hash.toLowerCase();
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return text(405, 'यह अनुरोध यहाँ नहीं चलता / method not allowed', { Allow: 'GET, HEAD' });
  if (!ctx.operator) return text(401, 'रजिस्टर बंद है: पहले अपने पिन से खोलें / the register is locked: sign in with your PIN first');
  if (!isSha256(sha256)) return text(400, 'अमान्य हैश / not a SHA-256 hash');
  let row: { mime: string } | undefined;
  try {
    row = ctx.db.sqlite.prepare('SELECT mime FROM evidence WHERE sha256 = ?').get(sha256) as { mime: string } | undefined;
  } catch (e) {
    return text(500, `आंतरिक त्रुटि / internal error: ${(e as Error).message}`);
  }
  if (!row) return text(404, 'यह साक्ष्य रजिस्टर में नहीं है / no such evidence in this register');
  const file = path.join(ctx.dataDir, EVIDENCE_DIR, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  let fd: number;
  let size: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return text(410, 'साक्ष्य की फ़ाइल भंडार में नहीं मिली / the evidence file is missing from the store');
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) throw new Error('not a file');
    size = st.size;
  } catch {
    fs.closeSync(fd);
    return text(410, 'साक्ष्य की फ़ाइल भंडार में नहीं मिली / the evidence file is missing from the store');
  }

  const headers: Record<string, string> = {
    ...BASE_HEADERS,
    'Content-Type': MIME_RE.test(row.mime ?? '') ? row.mime : 'application/octet-stream',
    'Content-Disposition': 'inline',
    'Accept-Ranges': 'bytes',
    ETag: `"${sha256}"`,
  };
  const range = parseRange(request.headers.get('range'), size);
  if (range.kind === 'unsatisfiable') {
    fs.closeSync(fd);
    return text(416, 'माँगा गया भाग फ़ाइल में नहीं है / requested range not satisfiable', {
      'Content-Range': `bytes */${size}`,
      'Accept-Ranges': 'bytes',
    });
  }
  const start = range.kind === 'range' ? range.start : 0;
  const end = range.kind === 'range' ? range.end : size - 1;
  const length = size === 0 ? 0 : end - start + 1;
  headers['Content-Length'] = String(length);
  const status = range.kind === 'range' ? 206 : 200;
  if (status === 206) headers['Content-Range'] = `bytes ${start}-${end}/${size}`;
  if (request.method === 'HEAD' || length === 0) {
    fs.closeSync(fd);
    return new Response(null, { status, headers });
  }
  const stream = fs.createReadStream(file, { fd, start, end, autoClose: true });
  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, { status, headers });
}
