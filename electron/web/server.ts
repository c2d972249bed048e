/**
 * The browser bridge: serves the built renderer and the same dispatch to a browser on 127.0.0.1,
 * guarded by a random token per run. For development, for Playwright, and for machines without Electron.
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import crypto from 'node:crypto';
import { dispatch } from '../core/dispatch';
import { makeCtx, type DataFolder } from '../core/data-folder';
import { DeskSession } from '../core/session';
import { CONTENT_SECURITY_POLICY } from '../shared/security-policy';
import type { Ctx } from '../core/context';

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
}

const MAX_BODY = 32 * 1024 * 1024;
/** One uploaded file (a WhatsApp export zip with its videos) may be large, but not unbounded. */
export const MAX_UPLOAD = 4 * 1024 * 1024 * 1024;
const SHA_RE = /^[0-9a-f]{64}$/;
const COOKIE = 'thana_token';

/** A file name from the browser reduced to a safe base name (no folders, no control characters). */
export function sanitiseName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base
    .replace(/[\u0000-\u001f<>:"|?*]/g, '_')
    .replace(/^\.+/, '')
    .slice(0, 200)
    .trim();
  return clean || 'upload.bin';
}

function cookieToken(req: http.IncomingMessage): string {
  const m = /(?:^|;\s*)thana_token=([^;]+)/.exec(String(req.headers.cookie ?? ''));
  return m ? decodeURIComponent(m[1]) : '';
}

/** Serves a stored evidence file with HTTP Range support so a <video> can seek. */
function serveEvidence(folder: DataFolder, req: http.IncomingMessage, res: http.ServerResponse, sha: string) {
  const row = folder.db.sqlite.prepare('SELECT mime, size FROM evidence WHERE sha256 = ?').get(sha) as
    { mime: string; size: number } | undefined;
  const file = path.join(folder.dir, 'evidence', sha.slice(0, 2), sha.slice(2, 4), sha);
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    if (row) res.writeHead(410).end('evidence file missing');
    else res.writeHead(404).end('not found');
    return;
  }
  if (!row) return void res.writeHead(404).end('not found');
  const headers: Record<string, string> = {
    'Content-Type': row.mime || 'application/octet-stream',
    'Accept-Ranges': 'bytes',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, max-age=3600',
    'Content-Disposition': 'inline',
    'Content-Security-Policy': "default-src 'none'; sandbox",
  };
  const range = /^bytes=(\d*)-(\d*)$/.exec(String(req.headers.range ?? ''));
  if (range && (range[1] || range[2])) {
    let start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
    let end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
    if (!range[1]) end = size - 1;
    if (start >= size || start > end) {
      res.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
      return;
    }
    start = Math.max(0, start);
    res.writeHead(206, { ...headers, 'Content-Range': `bytes ${start}-${end}/${size}`, 'Content-Length': String(end - start + 1) });
    if (req.method === 'HEAD') return void res.end();
    fs.createReadStream(file, { start, end }).pipe(res);
    return;
  }
  res.writeHead(200, { ...headers, 'Content-Length': String(size) });
  if (req.method === 'HEAD') return void res.end();
  fs.createReadStream(file).pipe(res);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function safeEqual(a: string, b: string) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

export function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  const root = path.resolve(options.rendererDir);
  const { folder } = options;
  let port = 0;
  // Uploads live outside the data folder (only the store writes there) and only for one import.
  const uploadsRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'thana-uploads-'));
  /** Paths this bridge handed out for uploads: the only paths import.files accepts from a browser. */
  const issued = new Set<string>();
  const streams = new Set<http.ServerResponse>();
  const emit: NonNullable<Ctx['emit']> = (event, payload) => {
    const line = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const s of streams) s.write(line);
  };

  const session = new DeskSession(folder.db);
  const server = http.createServer(async (req, res) => {
    const send = (status: number, body: string | Buffer, type = 'text/plain; charset=utf-8', extra: Record<string, string> = {}) => {
      res.writeHead(status, { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store', ...extra });
      res.end(body);
    };
    // Only this machine, by the name we printed: blocks DNS-rebinding pages from reaching the data.
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(421, 'wrong host');
    const url = new URL(req.url ?? '/', `http://${host}`);

    if (url.pathname.startsWith('/evidence/')) {
      const given = url.searchParams.get('token') ?? cookieToken(req);
      if (!safeEqual(given, token)) return send(401, 'bad token');
      const sha = url.pathname.slice('/evidence/'.length).toLowerCase();
      if (!SHA_RE.test(sha)) return send(400, 'bad hash');
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed');
      return serveEvidence(folder, req, res, sha);
    }

    if (url.pathname.startsWith('/api/')) {
      // EventSource cannot set headers: the event stream takes the token from the query (or the cookie).
      const given =
        url.pathname === '/api/events' ? (url.searchParams.get('token') ?? cookieToken(req)) : String(req.headers['x-thana-token'] ?? '');
      if (!safeEqual(given, token))
        return send(401, JSON.stringify({ ok: false, error: { code: 'forbidden', message: 'टोकन गलत / bad token' } }), 'application/json');
      if (url.pathname === '/api/events' && req.method === 'GET') {
        res.writeHead(200, {
          'Content-Type': 'text/event-stream; charset=utf-8',
          'Cache-Control': 'no-store',
          Connection: 'keep-alive',
          'X-Content-Type-Options': 'nosniff',
        });
        res.write(': connected\n\n');
        streams.add(res);
        const ping = setInterval(() => res.write(': ping\n\n'), 25_000);
        req.on('close', () => (clearInterval(ping), streams.delete(res)));
        return;
      }
      if (url.pathname === '/api/upload' && req.method === 'PUT') {
        const declared = Number(req.headers['content-length'] ?? 0);
        if (declared > MAX_UPLOAD)
          return send(
            413,
            JSON.stringify({ ok: false, error: { code: 'validation', message: 'फ़ाइल बहुत बड़ी / file too large' } }),
            'application/json',
          );
        const dir = path.join(uploadsRoot, crypto.randomBytes(12).toString('hex'));
        fs.mkdirSync(dir, { recursive: true });
        const target = path.join(dir, sanitiseName(url.searchParams.get('name') ?? ''));
        const out = fs.createWriteStream(target, { flags: 'wx' });
        let size = 0;
        let failed = false;
        const fail = (status: number, message: string) => {
          if (failed) return;
          failed = true;
          out.destroy();
          fs.rmSync(dir, { recursive: true, force: true });
          send(status, JSON.stringify({ ok: false, error: { code: 'validation', message } }), 'application/json');
        };
        req.on('data', (c: Buffer) => {
          size += c.length;
          if (size > MAX_UPLOAD) {
            req.unpipe(out);
            fail(413, 'फ़ाइल बहुत बड़ी / file too large');
            req.resume();
          }
        });
        req.on('aborted', () => fail(400, 'अपलोड अधूरा / upload aborted'));
        out.on('error', (e) => fail(500, `अपलोड नहीं हुआ / upload failed: ${e.message}`));
        out.on('finish', () => {
          if (failed) return;
          issued.add(target);
          send(200, JSON.stringify({ ok: true, value: { path: target, size } }), 'application/json');
        });
        req.pipe(out);
        return;
      }
      if (url.pathname === '/api/invoke' && req.method === 'POST') {
        try {
          const { channel, input } = JSON.parse(await readBody(req)) as { channel: string; input: unknown };
          // A browser names no file on this PC: a channel reads only what was uploaded to this bridge.
          const paths = (input as { paths?: unknown })?.paths;
          const uploaded = channel === 'import.files' && Array.isArray(paths) ? paths.map(String).filter((p) => issued.has(p)) : [];
          const files = { mayRead: (p: string) => issued.has(p), mayWriteIn: () => true };
          const result = await dispatch({ ...makeCtx(folder, session.operator()), emit, files }, channel, input);
          session.observe(channel, result);
          for (const p of uploaded) {
            issued.delete(p);
            fs.rmSync(path.dirname(p), { recursive: true, force: true });
          }
          return send(200, JSON.stringify(result), 'application/json; charset=utf-8');
        } catch (e) {
          return send(
            400,
            JSON.stringify({
              ok: false,
              error: { code: 'validation', message: `अनुरोध पढ़ा नहीं गया / bad request: ${(e as Error).message}` },
            }),
            'application/json',
          );
        }
      }
      return send(404, 'not found');
    }

    const rel = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
    // The page is opened once with ?token=…; a cookie lets <video src="/evidence/…"> send it back.
    const qt = url.searchParams.get('token');
    const htmlHeaders: Record<string, string> = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY };
    if (qt && safeEqual(qt, token)) htmlHeaders['Set-Cookie'] = `${COOKIE}=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Strict`;
    const file = path.normalize(path.join(root, rel));
    if (!file.startsWith(root + path.sep)) return send(403, 'forbidden');
    fs.readFile(file, (err, data) => {
      if (err) {
        // Client-side routes fall back to the app shell.
        if (!path.extname(rel)) {
          return fs.readFile(path.join(root, 'index.html'), (e2, html) =>
            e2 ? send(404, 'renderer not built: run npm run build:renderer') : send(200, html, TYPES['.html'], htmlHeaders),
          );
        }
        return send(404, 'not found');
      }
      send(200, data, TYPES[path.extname(file)] ?? 'application/octet-stream', rel.endsWith('.html') ? htmlHeaders : {});
    });
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as { port: number }).port;
      resolve({
        url: `http://127.0.0.1:${port}/?token=${token}`,
        token,
        port,
        close: () =>
          new Promise((r) => {
            for (const s of streams) s.end();
            streams.clear();
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
