/**
 * The browser bridge: serves the built renderer and the same dispatch to a browser on 127.0.0.1, for development,
 * for Playwright, and for machines without Electron. Hono on @hono/node-server.
 *
 * Who may talk to it, checked in this order on every request:
 * - the Host header must be this bridge's own `127.0.0.1:PORT` or `localhost:PORT` (a DNS-rebinding page has
 *   another name) and the request target a path: 421 / 400 otherwise, before anything else runs;
 * - a state-changing request (anything but GET and HEAD) that carries an Origin must come from this bridge's own
 *   origin: 403 otherwise. One without Origin is let through to the token check: every browser sends Origin on a
 *   POST, PUT or DELETE fetch or XHR, so a missing Origin means a client that is not a browser page (a test, curl),
 *   and such a client cannot be tricked into sending the token; the token, printed once, is the authority;
 * - /api/* needs the per-run token (`X-Thana-Token`; the event stream, which cannot set headers, in the query or
 *   the HttpOnly cookie set when the page was opened with it); /evidence/* the same from the query or cookie;
 * - then the desk's own rule: once PINs are in use only sign-in and app information answer until this tab has
 *   signed in. Each tab signs in for itself: a successful auth.login answers with a new session id in the
 *   `X-Thana-Session` header, which the page keeps in sessionStorage (one tab) and sends with every call; the
 *   event stream and evidence URLs (a <video src> cannot send headers) carry it in the query. auth.logout and the
 *   station's idle time (enforced here, not only by the page) end it; streams of an ended session are closed.
 *
 * Every request is answered: 4xx with a bilingual message (JSON `{ ok: false, error }` under /api, plain text
 * elsewhere), 5xx only for a fault of our own, with its message. Nothing a request sends can stop the process.
 */
import http from 'node:http';
import type { Socket } from 'node:net';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import crypto from 'node:crypto';
import { Readable, Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { Hono, type Context } from 'hono';
import { getRequestListener, type HttpBindings } from '@hono/node-server';
import { dispatch } from '../core/dispatch';
import { downloadPlan } from '../core/downloads';
import { makeCtx, type DataFolder } from '../core/data-folder';
import { DeskSessions } from '../core/session';
import { serveEvidence } from '../core/evidence/serve';
import { CHANNELS, contract, mayCall, type ErrorCode, type Result } from '../contract/index';
import type { ChannelSpec } from '../contract/rules';
import { CONTENT_SECURITY_POLICY } from '../shared/security-policy';
import type { Ctx, Operator } from '../core/context';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

export interface Bridge {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

export interface BridgeOptions {
  folder: DataFolder;
  rendererDir: string;
  port?: number;
  token?: string;
  /** The clock sign-ins expire by (tests move it). */
  now?: () => Date;
  /** How many bytes of a download are held before it streams (DOWNLOAD_HOLD; tests make it small). */
  downloadHold?: number;
}

/** A call's JSON body (/api/invoke, /api/download). */
export const MAX_BODY = 32 * 1024 * 1024;
/** One uploaded file (a WhatsApp export zip with its videos) may be large, but not unbounded. */
export const MAX_UPLOAD = 4 * 1024 * 1024 * 1024;
/** A download's first bytes are held back this long, so that a refusal can still be answered as a JSON error. */
export const DOWNLOAD_HOLD = 256 * 1024;
/** The longest file name most file systems take: 255 bytes (ext4) or 255 UTF-16 units (NTFS), whichever is less. */
export const MAX_NAME_BYTES = 255;
export const SESSION_HEADER = 'X-Thana-Session';
const TOKEN_COOKIE = 'thana_token';

const MSG = {
  host: 'यह पता इस ब्रिज का नहीं है; छपा हुआ पता खोलें / wrong host: open the address the bridge printed',
  target: 'अनुरोध का पता अमान्य है / malformed request address',
  token: 'टोकन गलत है या नहीं दिया गया / missing or wrong token',
  origin: 'दूसरे पते से आया अनुरोध अस्वीकार / request from another origin refused',
  locked: 'रजिस्टर बंद है: पहले अपने पिन से खोलें / the register is locked: sign in with your PIN first',
  tooLarge: 'अनुरोध बहुत बड़ा है / request too large',
  fileTooLarge: 'फ़ाइल बहुत बड़ी है / file too large',
  badJson: 'अनुरोध पढ़ा नहीं गया / bad request: expected JSON {"channel": "...", "input": ...}',
  notFound: 'नहीं मिला / not found',
  method: 'यह अनुरोध यहाँ नहीं चलता / method not allowed',
  aborted: 'अनुरोध अधूरा रह गया / request aborted',
  noRenderer: 'रेंडरर नहीं बना: npm run build:renderer चलाएँ / renderer not built: run npm run build:renderer',
  mayNotUpload: 'आपकी भूमिका फ़ाइलें नहीं दे सकती / your role may not hand files to the register',
} as const;

/** A refusal with its status, answered in the shape of where it happened (JSON under /api, text elsewhere). */
class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const COMMON = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' };

function jsonResponse(status: number, body: unknown, extra: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...COMMON, 'Content-Type': 'application/json; charset=utf-8', ...extra },
  });
}

function textResponse(status: number, message: string, extra: Record<string, string> = {}): Response {
  return new Response(message, { status, headers: { ...COMMON, 'Content-Type': 'text/plain; charset=utf-8', ...extra } });
}

const isApi = (pathname: string) => pathname === '/api' || pathname.startsWith('/api/');

function problemResponse(pathname: string, p: HttpProblem): Response {
  // A body refused for its size was not read: the connection cannot carry another request.
  const extra: Record<string, string> = p.status === 413 ? { Connection: 'close' } : {};
  return isApi(pathname)
    ? jsonResponse(p.status, { ok: false, error: { code: p.code, message: p.message } }, extra)
    : textResponse(p.status, p.message, extra);
}

/** The HTTP status a refused call is answered with where the status matters (a download, before its body). */
export function statusOf(code: ErrorCode): number {
  switch (code) {
    case 'validation':
      return 400;
    case 'locked':
      return 401;
    case 'forbidden':
      return 403;
    case 'not_found':
    case 'unknown_channel':
      return 404;
    case 'conflict':
    case 'cancelled':
      return 409;
    case 'rule':
      return 422;
    default:
      return 500;
  }
}

/**
 * A file name from the browser reduced to a safe base name: no folders, no control or reserved characters, no
 * leading dots, and at most MAX_NAME_BYTES bytes of UTF-8, cut between whole letters (grapheme clusters) and
 * keeping its extension, so `शिकायत….zip` stays a zip and fits the file system.
 */
export function sanitiseName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  let clean = base
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(clean)) clean = `_${clean}`;
  if (!clean) return 'upload.bin';
  if (Buffer.byteLength(clean) <= MAX_NAME_BYTES) return clean;
  const dot = clean.lastIndexOf('.');
  const ext = dot > 0 && Buffer.byteLength(clean.slice(dot)) <= 32 && !/\s/.test(clean.slice(dot)) ? clean.slice(dot) : '';
  const stem = ext ? clean.slice(0, dot) : clean;
  const budget = MAX_NAME_BYTES - Buffer.byteLength(ext);
  let cut = '';
  let used = 0;
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(stem)) {
    const bytes = Buffer.byteLength(segment);
    if (used + bytes > budget) break;
    cut += segment;
    used += bytes;
  }
  cut = cut.replace(/[.\s]+$/, '');
  return `${cut || 'upload'}${ext}`;
}

/** `Content-Disposition` for a download: an ASCII fallback and the real (UTF-8) name, RFC 6266 / 8187. */
export function attachmentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** One cookie's value; a malformed cookie is no cookie. */
function cookieValue(header: string | undefined, name: string): string {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      return '';
    }
  }
  return '';
}

function safeEqual(a: string, b: string) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

/**
 * Past its limit a body is still read (and thrown away) up to this much before the 413 goes out: a client still
 * sending when the connection closes would get a reset instead of the answer. Beyond it the connection is closed.
 */
const DISCARD_LIMIT = 64 * 1024 * 1024;

/** Reads a request body of at most `max` bytes: 413 past it (declared or counted), 400 when the client gives up. */
async function readBody(req: Request, max: number): Promise<Buffer> {
  const declared = Number(req.headers.get('content-length') ?? 0);
  if (declared > max && declared > DISCARD_LIMIT) throw new HttpProblem(413, 'validation', MSG.tooLarge);
  if (!req.body) return Buffer.alloc(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let step: ReadableStreamReadResult<Uint8Array>;
    try {
      step = await reader.read();
    } catch {
      throw new HttpProblem(400, 'validation', MSG.aborted);
    }
    if (step.done) break;
    size += step.value.byteLength;
    if (size > DISCARD_LIMIT) {
      await reader.cancel().catch(() => undefined);
      throw new HttpProblem(413, 'validation', MSG.tooLarge);
    }
    if (size <= max) chunks.push(step.value);
  }
  if (size > max) throw new HttpProblem(413, 'validation', MSG.tooLarge);
  return Buffer.concat(chunks);
}

async function readCall(req: Request): Promise<{ channel: string; input: unknown }> {
  const raw = await readBody(req, MAX_BODY);
  let body: unknown;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new HttpProblem(400, 'validation', MSG.badJson);
  }
  if (typeof body !== 'object' || body === null || typeof (body as { channel?: unknown }).channel !== 'string')
    throw new HttpProblem(400, 'validation', MSG.badJson);
  return body as { channel: string; input: unknown };
}

/**
 * The sink a download channel writes into. It holds the first DOWNLOAD_HOLD bytes: a download that ends (or is
 * refused) within them is answered whole, with its true status; a bigger one is released as a stream (`out`) and a
 * failure after that can only cut the response short, which the browser reports as a failed download.
 */
class HeldDownload extends Writable {
  private held: Buffer[] = [];
  private heldBytes = 0;
  private waiting: (() => void) | null = null;
  out: Readable | null = null;
  private onRelease: () => void = () => undefined;
  readonly released = new Promise<void>((resolve) => (this.onRelease = resolve));

  constructor(private readonly hold: number) {
    super();
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (e?: Error | null) => void) {
    if (this.out) {
      if (this.out.push(chunk)) cb();
      else this.waiting = () => cb();
      return;
    }
    this.held.push(chunk);
    this.heldBytes += chunk.length;
    if (this.heldBytes >= this.hold) this.release();
    cb();
  }

  override _final(cb: (e?: Error | null) => void) {
    this.out?.push(null);
    cb();
  }

  override _destroy(err: Error | null, cb: (e?: Error | null) => void) {
    if (this.out && !this.out.destroyed) this.out.destroy(err ?? undefined);
    cb(err);
  }

  heldBody(): Buffer {
    return Buffer.concat(this.held);
  }

  private release() {
    this.out = new Readable({
      read: () => {
        const w = this.waiting;
        this.waiting = null;
        w?.();
      },
      destroy: (err, cb) => {
        // The browser went away: stop the channel writing.
        if (!this.destroyed && !this.writableFinished) this.destroy(err ?? new Error('download cancelled'));
        cb(err);
      },
    });
    for (const c of this.held) this.out.push(c);
    this.held = [];
    this.onRelease();
  }
}

interface Stream {
  controller: ReadableStreamDefaultController<Uint8Array>;
  ping: NodeJS.Timeout;
}

type Env = { Bindings: HttpBindings };

export function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  const root = path.resolve(options.rendererDir);
  const { folder } = options;
  const now = options.now ?? (() => new Date());
  let port = 0;
  let origins = new Set<string>();
  // Uploads live outside the data folder (only the store writes there) and only for one import.
  const uploadsRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'thana-uploads-'));
  /** Paths this bridge handed out for uploads, with the session that uploaded each: the only paths a call may read. */
  const issued = new Map<string, string>();
  const sessions = new DeskSessions(folder.db, now);
  /** Open event streams by session ('' for a tab without one, before PINs are in use). */
  const streams = new Map<string, Set<Stream>>();
  const enc = new TextEncoder();

  /** The session a request names, if this bridge still keeps it; '' otherwise. */
  const sessionKey = (id: string | null | undefined) => (id && sessions.has(id) ? id : '');

  const emitTo =
    (key: string): NonNullable<Ctx['emit']> =>
    (event, payload) => {
      const line = enc.encode(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
      for (const s of streams.get(key) ?? []) s.controller.enqueue(line);
    };

  const closeStreams = (key: string) => {
    for (const s of streams.get(key) ?? []) {
      clearInterval(s.ping);
      try {
        s.controller.close();
      } catch {
        // already closed by the browser
      }
    }
    streams.delete(key);
  };

  /** Ends streams whose sign-in has ended (idle time, sign-out, operator made inactive), every 15 s. */
  const sweep = setInterval(() => {
    for (const id of sessions.sweep()) closeStreams(id);
    if (streams.has('') && !sessions.desk(null).peek()) closeStreams('');
  }, 15_000);
  sweep.unref();

  const query = (c: Context<Env>, name: string) => new URL(c.req.url).searchParams.get(name);
  const pathOf = (c: Context<Env>) => new URL(c.req.url).pathname;

  /** The desk of the tab making this request, and who acts for it. `asCall`: the request counts as use of the desk. */
  const deskOf = (id: string | null | undefined, asCall: boolean): { key: string; operator: Operator | null } => {
    const key = sessionKey(id);
    const desk = sessions.desk(key || null);
    return { key, operator: asCall ? desk.operator() : desk.peek() };
  };

  const filesFor = (key: string) => ({ mayRead: (p: string) => issued.get(p) === key, mayWriteIn: () => true });

  /** An upload is read once: after the call that named it, it is gone. */
  const forgetUploads = (channel: string, input: unknown, key: string) => {
    const spec = (contract as Record<string, ChannelSpec>)[channel];
    if (!spec?.reads || typeof input !== 'object' || input === null) return;
    for (const field of spec.reads) {
      const v = (input as Record<string, unknown>)[field];
      for (const p of Array.isArray(v) ? v : [v]) {
        if (typeof p === 'string' && issued.get(p) === key) {
          issued.delete(p);
          fs.rmSync(path.dirname(p), { recursive: true, force: true });
        }
      }
    }
  };

  const app = new Hono<Env>();

  app.onError((e, c) => {
    if (e instanceof HttpProblem) return problemResponse(pathOf(c), e);
    const problem = new HttpProblem(500, 'internal', `आंतरिक त्रुटि / internal error: ${e.message}`);
    return problemResponse(pathOf(c), problem);
  });
  app.notFound((c) => problemResponse(pathOf(c), new HttpProblem(404, 'not_found', MSG.notFound)));

  // A state-changing request from a page of another origin is refused, whatever it carries.
  app.use('*', async (c, next) => {
    const method = c.req.method;
    if (method !== 'GET' && method !== 'HEAD') {
      const origin = c.req.header('origin');
      if (origin !== undefined && !origins.has(origin)) throw new HttpProblem(403, 'forbidden', MSG.origin);
    }
    await next();
  });

  app.use('/api/*', async (c, next) => {
    const given =
      pathOf(c) === '/api/events'
        ? (query(c, 'token') ?? cookieValue(c.req.header('cookie'), TOKEN_COOKIE))
        : (c.req.header('x-thana-token') ?? '');
    if (!safeEqual(given, token)) throw new HttpProblem(401, 'forbidden', MSG.token);
    await next();
  });

  app.get('/api/events', (c) => {
    const { key, operator } = deskOf(query(c, 'session'), false);
    if (!operator) throw new HttpProblem(401, 'locked', MSG.locked);
    let self: Stream | null = null;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        const ping = setInterval(() => {
          try {
            controller.enqueue(enc.encode(': ping\n\n'));
          } catch {
            clearInterval(ping);
          }
        }, 25_000);
        self = { controller, ping };
        if (!streams.has(key)) streams.set(key, new Set());
        streams.get(key)!.add(self);
        controller.enqueue(enc.encode(': connected\n\n'));
      },
      cancel() {
        if (!self) return;
        clearInterval(self.ping);
        streams.get(key)?.delete(self);
      },
    });
    return new Response(body, {
      status: 200,
      headers: { ...COMMON, 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' },
    });
  });

  app.put('/api/upload', async (c) => {
    const { key, operator } = deskOf(c.req.header(SESSION_HEADER), true);
    if (!operator) throw new HttpProblem(401, 'locked', MSG.locked);
    // Files are handed over only for a channel that reads them, by someone who may call one.
    if (!CHANNELS.some((ch) => (contract[ch] as ChannelSpec).reads && mayCall(operator.role, ch)))
      throw new HttpProblem(403, 'forbidden', MSG.mayNotUpload);
    const declared = c.req.header('content-length');
    if (declared && Number(declared) > MAX_UPLOAD) throw new HttpProblem(413, 'validation', MSG.fileTooLarge);
    const dir = path.join(uploadsRoot, crypto.randomBytes(12).toString('hex'));
    fs.mkdirSync(dir, { recursive: true });
    const target = path.join(dir, sanitiseName(query(c, 'name') ?? ''));
    let size = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _e, cb) {
        size += chunk.length;
        if (size > MAX_UPLOAD) cb(new HttpProblem(413, 'validation', MSG.fileTooLarge));
        else cb(null, chunk);
      },
    });
    try {
      const source = c.req.raw.body ? Readable.fromWeb(c.req.raw.body as NodeReadableStream<Uint8Array>) : Readable.from([]);
      await pipeline(source, counter, fs.createWriteStream(target, { flags: 'wx' }));
    } catch (e) {
      fs.rmSync(dir, { recursive: true, force: true });
      if (e instanceof HttpProblem) throw e;
      const err = e as NodeJS.ErrnoException;
      if (err.syscall) throw new HttpProblem(500, 'internal', `अपलोड सहेजा नहीं गया / upload could not be saved: ${err.message}`);
      throw new HttpProblem(400, 'validation', MSG.aborted);
    }
    issued.set(target, key);
    return jsonResponse(200, { ok: true, value: { path: target, size } });
  });

  app.post('/api/invoke', async (c) => {
    const { channel, input } = await readCall(c.req.raw);
    const sent = c.req.header(SESSION_HEADER);
    const key = sessionKey(sent);
    const desk = sessions.desk(key || null);
    const ctx = { ...makeCtx(folder, desk.operator(), now), emit: emitTo(key), files: filesFor(key) };
    const result = await dispatch(ctx, channel, input);
    const headers: Record<string, string> = {};
    if (channel === 'auth.login' && result.ok) {
      // A new id for every sign-in; the tab's previous one (if any) ends.
      sessions.close(key);
      closeStreams(key);
      const id = sessions.open();
      sessions.desk(id).observe(channel, result);
      headers[SESSION_HEADER] = id;
    } else if (channel === 'auth.logout') {
      if (key) {
        sessions.close(key);
        closeStreams(key);
      }
    } else desk.observe(channel, result);
    forgetUploads(channel, input, key);
    return jsonResponse(200, result, headers);
  });

  app.post('/api/download', async (c) => {
    const { channel, input } = await readCall(c.req.raw);
    const key = sessionKey(c.req.header(SESSION_HEADER));
    const operator = sessions.desk(key || null).operator();
    const refuse = (r: Extract<Result<unknown>, { ok: false }>) => jsonResponse(statusOf(r.error.code), r);
    const plan = downloadPlan({ operator }, channel, input);
    if (!plan.ok) return refuse(plan);
    const sink = new HeldDownload(options.downloadHold ?? DOWNLOAD_HOLD);
    const run = dispatch({ ...makeCtx(folder, operator, now), emit: emitTo(key), files: filesFor(key), sink }, channel, input);
    const first = await Promise.race([run.then((r) => ({ r })), sink.released.then(() => null)]);
    const headers = {
      ...COMMON,
      'Content-Type': plan.value.mime,
      'Content-Disposition': attachmentDisposition(plan.value.name),
    };
    if (first) {
      if (!first.r.ok) return refuse(first.r);
      return new Response(new Uint8Array(sink.heldBody()), { status: 200, headers });
    }
    void run.then((r) => {
      if (!r.ok) sink.destroy(new Error(r.error.message));
    });
    return new Response(Readable.toWeb(sink.out!) as ReadableStream<Uint8Array>, { status: 200, headers });
  });

  app.all('/api/*', () => {
    throw new HttpProblem(404, 'not_found', MSG.notFound);
  });

  app.all('/evidence/*', (c) => {
    const given = query(c, 'token') ?? cookieValue(c.req.header('cookie'), TOKEN_COOKIE);
    if (!safeEqual(given, token)) return textResponse(401, MSG.token);
    const { operator } = deskOf(query(c, 'session'), false);
    const sha = pathOf(c).slice('/evidence/'.length);
    return serveEvidence(c.req.raw, { db: folder.db, dataDir: folder.dir, operator }, sha);
  });

  app.all('*', async (c) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return textResponse(405, MSG.method, { Allow: 'GET, HEAD' });
    let rel: string;
    try {
      rel = decodeURIComponent(pathOf(c));
    } catch {
      return textResponse(400, MSG.target);
    }
    if (rel.includes('\0')) return textResponse(400, MSG.target);
    rel = rel.replace(/^\/+/, '') || 'index.html';
    // The page is opened once with ?token=…; a cookie lets <video src="/evidence/…"> send it back.
    const qt = query(c, 'token');
    const htmlHeaders: Record<string, string> = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY };
    if (qt && safeEqual(qt, token)) htmlHeaders['Set-Cookie'] = `${TOKEN_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict`;
    const file = path.resolve(root, rel);
    if (!file.startsWith(root + path.sep)) return textResponse(403, 'यह फ़ाइल नहीं दी जाती / forbidden');
    const send = (data: Buffer, type: string, extra: Record<string, string>) =>
      new Response(new Uint8Array(data), { status: 200, headers: { ...COMMON, 'Content-Type': type, ...extra } });
    try {
      const data = await fs.promises.readFile(file);
      return send(data, TYPES[path.extname(file)] ?? 'application/octet-stream', file.endsWith('.html') ? htmlHeaders : {});
    } catch {
      // Client-side routes fall back to the app shell.
      if (path.extname(rel)) return textResponse(404, MSG.notFound);
      try {
        return send(await fs.promises.readFile(path.join(root, 'index.html')), TYPES['.html'], htmlHeaders);
      } catch {
        return textResponse(404, MSG.noRenderer);
      }
    }
  });

  const listener = getRequestListener(app.fetch, {
    overrideGlobalObjects: false,
    // A request the adapter cannot even turn into a Request (a malformed target or header).
    errorHandler: () => textResponse(400, MSG.target),
  });

  const writeRaw = (res: http.ServerResponse, status: number, message: string) => {
    res.writeHead(status, { ...COMMON, 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' });
    res.end(message);
  };

  const server = http.createServer((req, res) => {
    // Only this machine, by the name we printed: blocks DNS-rebinding pages from reaching the data.
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return writeRaw(res, 421, MSG.host);
    if (!req.url?.startsWith('/') || req.url.startsWith('//')) return writeRaw(res, 400, MSG.target);
    void listener(req, res).catch(() => {
      if (!res.headersSent) writeRaw(res, 500, 'आंतरिक त्रुटि / internal error');
      else res.destroy();
    });
  });
  // Requests Node's parser rejects (a NUL or space in the path, a broken header) are answered too.
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
    const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (err.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) return void socket.destroy();
    const [status, reason] = err.code === 'HPE_HEADER_OVERFLOW' ? [431, 'Request Header Fields Too Large'] : [400, 'Bad Request'];
    const body = Buffer.from(status === 431 ? 'अनुरोध के शीर्ष बहुत बड़े / request headers too large' : MSG.target);
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: text/plain; charset=utf-8\r\nX-Content-Type-Options: nosniff\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body.toString('latin1')}`,
      'latin1',
    );
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as { port: number }).port;
      origins = new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
      resolve({
        url: `http://127.0.0.1:${port}/?token=${token}`,
        token,
        port,
        close: () =>
          new Promise((r) => {
            clearInterval(sweep);
            for (const key of [...streams.keys()]) closeStreams(key);
            server.closeAllConnections?.();
            server.close(() => {
              fs.rmSync(uploadsRoot, { recursive: true, force: true });
              r();
            });
          }),
      });
    });
  });
}
