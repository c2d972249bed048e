/**
 * Fuzzing the browser bridge as it runs for real: `electron/web/main.ts` in a child process over a fresh data
 * folder, so that a request that kills it is seen (the child exits) instead of taking the test runner down with it.
 * Each request goes out over a raw socket (fetch would refuse to send most of them) and must be answered: a status
 * below 500, or a deliberate 5xx with a message. Afterwards the child must still be alive and answer a normal call.
 *
 * Not generated: a Content-Length larger than the body sent. The request is then legitimately unfinished and
 * no server can answer it before its timeout; a smaller one, a malformed one and a huge one are generated.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI } from '../core/testing/cli';

const NODE_TSX = [process.execPath, '--import', 'tsx'] as const;
let child: ChildProcess;
let port = 0;
let token = '';
let stderr = '';
let dataDir = '';

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thana-fuzz-'));
  // A station without PINs: the SHO acts, so calls with the token reach the handlers.
  const init = spawnSync(process.execPath, [CLI, '--data', dataDir, 'init', '--station', 'गगहा', '--district', 'गोरखपुर'], {
    encoding: 'utf8',
  });
  expect(init.status, init.stderr).toBe(0);
  child = spawn(NODE_TSX[0], [...NODE_TSX.slice(1), 'electron/web/main.ts', '--data', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`bridge did not start: ${stderr}`)), 60_000);
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /^(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/m.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`bridge exited ${code}: ${stderr}`)));
  });
  const u = new URL(url);
  port = Number(u.port);
  token = u.searchParams.get('token')!;
}, 120_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

interface Sent {
  method: string;
  target: string;
  headers: [string, string][];
  body: Buffer;
  contentLength: 'exact' | 'absent' | 'smaller' | string;
}

/** Sends one request as bytes; resolves with the status and, for a 5xx, the body. Rejects when nothing comes back. */
function send(r: Sent): Promise<{ status: number; body: string }> {
  const lines = [`${r.method} ${r.target} HTTP/1.1`, `Host: 127.0.0.1:${port}`, 'Connection: close'];
  for (const [k, v] of r.headers) lines.push(`${k}: ${v}`);
  if (r.contentLength === 'exact') lines.push(`Content-Length: ${r.body.length}`);
  else if (r.contentLength === 'smaller') lines.push(`Content-Length: ${Math.floor(r.body.length / 2)}`);
  else if (r.contentLength !== 'absent') lines.push(`Content-Length: ${r.contentLength}`);
  const head = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'utf8');
  return new Promise((resolve, reject) => {
    const s = net.connect(port, '127.0.0.1');
    let got = Buffer.alloc(0);
    let status = 0;
    let done = false;
    const finish = (f: () => void) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      s.destroy();
      f();
    };
    const timer = setTimeout(() => finish(() => reject(new Error(`no answer within 10 s (${got.length} bytes)`))), 10_000);
    s.on('connect', () => {
      s.write(head);
      // The server may answer (and close) before reading the body: that is fine.
      s.write(r.body, () => undefined);
    });
    s.on('data', (d: Buffer) => {
      got = Buffer.concat([got, d]);
      const text = got.toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      if (end < 0) return;
      status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
      // An event stream never ends; anything below 500 is enough once its head is in.
      if (status > 0 && status < 500) finish(() => resolve({ status, body: '' }));
    });
    const closed = () => {
      const text = got.toString('utf8');
      const end = text.indexOf('\r\n\r\n');
      if (!status) finish(() => reject(new Error(`connection closed without an answer (${JSON.stringify(text.slice(0, 200))})`)));
      else finish(() => resolve({ status, body: end >= 0 ? text.slice(end + 4) : '' }));
    };
    s.on('end', closed);
    s.on('close', closed);
    s.on('error', (e) => finish(() => reject(e)));
  });
}

const NASTY_PATHS = [
  '/%E0%A4%A',
  '/%E0%A4%A.js',
  '/a%00b',
  '/%00',
  '/..%2f..%2fregister.sqlite',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/assets/%ff%fe',
  '/evidence/%E0%A4%A',
  '/evidence/..%2f..%2fregister.sqlite',
  '/api/events?token=%E0%A4%A',
  '/api/upload?name=%E0%A4%A',
  '/api/upload?name=..%2f..%2f..%2fx',
  '/?token=%E0%A4%A',
  '/a\u0000b',
  '/é',
  '//evil.example/x',
  'http://evil.example/',
  '*',
  '/\\..\\register.sqlite',
];
const PREFIXES = ['/', '/api/', '/api/invoke', '/api/download', '/api/upload?name=', '/api/events?token=', '/evidence/', '/?token=', '/x/'];

/** Text for a request target or header value: printable ASCII, percent signs, raw non-ASCII, NUL, no CR/LF. */
const wild = fc
  .array(
    fc.oneof(
      fc.constantFrom('%', '%E0', '%A4', '%00', '%2f', '..', '/', '\\', '?', '#', '&', '=', ';', '"', "'", '\u0000', 'अ', 'ि', '😀'),
      fc.string({ unit: 'grapheme-ascii', maxLength: 6 }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join('').replace(/[\r\n]/g, ''));

/** Mostly what a parser lets through (so the request reaches our code), sometimes raw bytes it must refuse. */
const percentEncoded = wild.map((w) =>
  [...w]
    .map((ch) => (/[\x21-\x7e]/.test(ch) ? ch : [...Buffer.from(ch)].map((x) => `%${x.toString(16).padStart(2, '0')}`).join('')))
    .join(''),
);
const target = fc.oneof(
  { arbitrary: fc.constantFrom(...NASTY_PATHS), weight: 1 },
  {
    arbitrary: fc.constantFrom(
      '/',
      '/api/invoke',
      '/api/download',
      '/api/events',
      '/api/upload?name=chat.txt',
      `/evidence/${'ab'.repeat(32)}`,
    ),
    weight: 3,
  },
  { arbitrary: fc.tuple(fc.constantFrom(...PREFIXES), percentEncoded).map(([p, w]) => p + w), weight: 4 },
  { arbitrary: fc.tuple(fc.constantFrom(...PREFIXES), wild).map(([p, w]) => p + w.replace(/ /g, '%20')), weight: 1 },
);
const headerText = fc.oneof({ arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 40 }), weight: 4 }, { arbitrary: wild, weight: 1 });

const SAFE_CHANNELS = [
  'app.info',
  'auth.status',
  'auth.login',
  'entries.list',
  'station.get',
  'evidence.list',
  'import.files',
  'exchange.exportCsv',
  'no.such',
];

describe('browser bridge under fuzzing, in a child process', () => {
  it('answers every request with a status below 500 (or a deliberate 5xx with a message) and stays up', async () => {
    const tokenOrNot = fc.oneof({ arbitrary: fc.constant(token), weight: 3 }, fc.constant(''), headerText);
    const headerArb = fc.record(
      {
        cookie: fc.oneof(
          fc.constantFrom('thana_token=%E0%A4%A', `thana_token=${token}`, 'thana_token=', '=;=;;', 'thana_token="%"'),
          headerText.map((t) => `thana_token=${t}`),
          headerText,
        ),
        range: fc.oneof(
          fc.constantFrom('bytes=-10', 'bytes=0-', 'bytes=5-2', 'bytes=99999999999999999999-', 'bytes=0-1,2-3', 'bytes=-0'),
          headerText,
        ),
        origin: fc.oneof(
          { arbitrary: fc.constantFrom(`http://127.0.0.1:${port}`, `http://localhost:${port}`), weight: 3 },
          fc.constantFrom('null', 'http://evil.example', ''),
          headerText,
        ),
        'x-thana-token': tokenOrNot,
        'x-thana-session': headerText,
        'content-type': fc.constantFrom('application/json', 'text/plain', 'multipart/form-data; boundary=x'),
      },
      { requiredKeys: [] },
    );
    const jsonCall = fc
      .record({ channel: fc.constantFrom(...SAFE_CHANNELS), input: fc.anything({ maxDepth: 2 }) })
      .map((v) => Buffer.from(JSON.stringify(v) ?? ''));
    const body = fc.oneof(
      fc.constant(Buffer.alloc(0)),
      jsonCall,
      jsonCall,
      wild.map((s) => Buffer.from(s)),
      fc.uint8Array({ maxLength: 2048 }).map((a) => Buffer.from(a)),
    );
    const contentLength = fc.oneof(
      { arbitrary: fc.constantFrom('exact', 'absent'), weight: 6 },
      { arbitrary: fc.constant('smaller'), weight: 1 },
      { arbitrary: fc.constantFrom('abc', '-1', '1e3', '0x10', '99999999999999999999', '5000000000', '1, 2'), weight: 1 },
    );
    const request = fc
      .record({
        method: fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'),
        target,
        headers: headerArb,
        body,
        contentLength,
      })
      .map((r): Sent => ({
        ...r,
        // Bytes after a request without a length are the next request: 'smaller' covers that.
        body: r.contentLength === 'absent' ? Buffer.alloc(0) : r.body,
        headers: Object.entries(r.headers).filter((e): e is [string, string] => typeof e[1] === 'string'),
      }));

    // Well-formed calls with random input: they get past the transport into the dispatch and the handlers.
    const wellFormed = fc
      .record({ target: fc.constantFrom('/api/invoke', '/api/download'), body: jsonCall, origin: fc.boolean() })
      .map((r): Sent => ({
        method: 'POST',
        target: r.target,
        headers: [
          ['x-thana-token', token],
          ['content-type', 'application/json'],
          ...(r.origin ? [['origin', `http://127.0.0.1:${port}`] as [string, string]] : []),
        ],
        body: r.body,
        contentLength: 'exact',
      }));
    const any = fc.oneof({ arbitrary: request, weight: 2 }, { arbitrary: wellFormed, weight: 1 });

    const known: Sent[] = [
      ...NASTY_PATHS.map((t) => ({ method: 'GET', target: t, headers: [], body: Buffer.alloc(0), contentLength: 'absent' })),
      {
        method: 'GET',
        target: '/evidence/' + 'a'.repeat(64),
        headers: [['cookie', 'thana_token=%E0%A4%A']],
        body: Buffer.alloc(0),
        contentLength: 'absent',
      },
      {
        method: 'GET',
        target: '/api/events',
        headers: [['cookie', 'thana_token=%E0%A4%A']],
        body: Buffer.alloc(0),
        contentLength: 'absent',
      },
      {
        method: 'POST',
        target: '/api/invoke',
        headers: [['x-thana-token', token]],
        body: Buffer.from(JSON.stringify({ channel: 'app.info', input: 'x'.repeat(33 * 1024 * 1024) })),
        contentLength: 'exact',
      },
    ];

    const outcome = await fc.check(
      fc.asyncProperty(any, async (r) => {
        const a = await send(r);
        if (a.status < 100 || a.status > 599) throw new Error(`no HTTP status: ${a.status}`);
        if (a.status >= 500 && !/ \/ \S/.test(a.body)) throw new Error(`a ${a.status} without a message: ${JSON.stringify(a.body)}`);
      }),
      { numRuns: 400, examples: known.map((k) => [k]), endOnFailure: true, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) },
    );
    expect(child.exitCode, `the bridge died: ${stderr}`).toBeNull();
    const bad = outcome.counterexample?.[0];
    const shown = bad && {
      ...bad,
      target: JSON.stringify(bad.target),
      body: `${bad.body.length} bytes: ${JSON.stringify(bad.body.subarray(0, 200).toString('latin1'))}`,
    };
    expect(
      outcome.failed,
      `seed ${outcome.seed}: ${String(outcome.errorInstance)}\n${JSON.stringify(shown, null, 1)}\nbridge stderr: ${stderr}`,
    ).toBe(false);

    // Still alive, and still itself.
    const res = await fetch(`http://127.0.0.1:${port}/api/invoke`, {
      method: 'POST',
      headers: { 'X-Thana-Token': token, 'Content-Type': 'application/json' },
      body: JSON.stringify({ channel: 'app.info', input: {} }),
    });
    const info = (await res.json()) as { ok: boolean; value: { station: { name: string } } };
    expect(info.ok).toBe(true);
    expect(info.value.station.name).toBe('गगहा');
    expect(child.exitCode).toBeNull();
  }, 300_000);
});
