/**
 * The browser bridge: serves the built renderer and the same dispatch to a browser on 127.0.0.1,
 * guarded by a random token per run. For development, for Playwright, and for machines without Electron.
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { dispatch } from '../core/dispatch';
import { makeCtx, resolveOperator, type DataFolder } from '../core/data-folder';
import { CONTENT_SECURITY_POLICY } from '../shared/security-policy';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.ico': 'image/x-icon',
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

  const server = http.createServer(async (req, res) => {
    const send = (status: number, body: string | Buffer, type = 'text/plain; charset=utf-8', extra: Record<string, string> = {}) => {
      res.writeHead(status, { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store', ...extra });
      res.end(body);
    };
    // Only this machine, by the name we printed: blocks DNS-rebinding pages from reaching the data.
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(421, 'wrong host');
    const url = new URL(req.url ?? '/', `http://${host}`);

    if (url.pathname.startsWith('/api/')) {
      const given = String(req.headers['x-thana-token'] ?? '');
      if (!safeEqual(given, token)) return send(401, JSON.stringify({ ok: false, error: { code: 'forbidden', message: 'टोकन गलत / bad token' } }), 'application/json');
      if (url.pathname === '/api/invoke' && req.method === 'POST') {
        try {
          const { channel, input } = JSON.parse(await readBody(req)) as { channel: string; input: unknown };
          const result = await dispatch(makeCtx(folder, resolveOperator(folder.db)), channel, input);
          return send(200, JSON.stringify(result), 'application/json; charset=utf-8');
        } catch (e) {
          return send(400, JSON.stringify({ ok: false, error: { code: 'validation', message: `अनुरोध पढ़ा नहीं गया / bad request: ${(e as Error).message}` } }), 'application/json');
        }
      }
      return send(404, 'not found');
    }

    const rel = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.normalize(path.join(root, rel));
    if (!file.startsWith(root + path.sep)) return send(403, 'forbidden');
    fs.readFile(file, (err, data) => {
      if (err) {
        // Client-side routes fall back to the app shell.
        if (!path.extname(rel)) {
          return fs.readFile(path.join(root, 'index.html'), (e2, html) =>
            e2 ? send(404, 'renderer not built: run npm run build:renderer') : send(200, html, TYPES['.html'], { 'Content-Security-Policy': CONTENT_SECURITY_POLICY }),
          );
        }
        return send(404, 'not found');
      }
      send(200, data, TYPES[path.extname(file)] ?? 'application/octet-stream', rel.endsWith('.html') ? { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } : {});
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
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}
