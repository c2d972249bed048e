import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeRegister, tempDir, type TestRegister } from '../core/testing/fixture';
import { startBridge, sanitiseName, attachmentDisposition, MAX_BODY, MAX_NAME_BYTES, type Bridge, type BridgeOptions } from './server';

let reg: TestRegister;
let bridge: Bridge;
afterEach(async () => {
  await bridge?.close();
  reg?.close();
});

const at = (b: Bridge, p: string) => `http://127.0.0.1:${b.port}${p}`;

interface Answer {
  status: number;
  headers: Headers;
  body: any;
}

async function answer(res: Response): Promise<Answer> {
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // plain text
  }
  return { status: res.status, headers: res.headers, body };
}

const invokeRaw = (b: Bridge, channel: string, input: unknown, session?: string | null, headers: Record<string, string> = {}) =>
  fetch(at(b, '/api/invoke'), {
    method: 'POST',
    headers: {
      'X-Thana-Token': b.token,
      'Content-Type': 'application/json',
      ...(session ? { 'X-Thana-Session': session } : {}),
      ...headers,
    },
    body: JSON.stringify({ channel, input }),
  }).then(answer);

const invoke = (b: Bridge, channel: string, input: unknown, session?: string | null) =>
  invokeRaw(b, channel, input, session).then((a) => a.body);

const up = (b: Bridge, name: string, body: string | Uint8Array, session?: string | null, headers: Record<string, string> = {}) =>
  fetch(at(b, `/api/upload?name=${encodeURIComponent(name)}`), {
    method: 'PUT',
    headers: { 'X-Thana-Token': b.token, ...(session ? { 'X-Thana-Session': session } : {}), ...headers },
    body: typeof body === 'string' ? body : new Blob([body as Uint8Array<ArrayBuffer>]),
  }).then(answer);

/** Sends bytes as they are (what fetch would refuse to send) and returns the raw answer. */
function raw(b: Bridge, request: string | Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = net.connect(b.port, '127.0.0.1', () => s.write(request));
    let out = '';
    s.on('data', (d) => (out += d.toString('utf8')));
    s.on('end', () => resolve(out));
    s.on('error', reject);
    setTimeout(() => (s.destroy(), resolve(out)), 5000);
  });
}
const statusOf = (rawAnswer: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(rawAnswer)?.[1] ?? 0);

async function setup(o: { pins?: boolean } & Partial<BridgeOptions> = {}) {
  reg = await makeRegister({ init: !o.pins });
  if (o.pins) {
    await reg.call('station.init', { name: 'गगहा', district: 'गोरखपुर', operator: 'राजेश तिवारी', pin: '2468' });
    reg.as('राजेश तिवारी');
    await reg.call('operators.create', { name: 'मुंशी रामू', role: 'munshi', pin: '1357' });
    await reg.call('operators.create', { name: 'दर्शक', role: 'viewer', pin: '8642' });
  }
  const rendererDir = fs.mkdtempSync(path.join(reg.dir, 'r-'));
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<html></html>');
  bridge = await startBridge({ folder: reg.folder, rendererDir, ...o });
  return bridge;
}

/** One stored evidence file of known bytes (0 … 99), imported as a terminal user would. */
async function storeEvidence(): Promise<string> {
  const inbox = tempDir('thana-bridge-in-');
  fs.writeFileSync(path.join(inbox, 'chat.txt'), '08/01/25, 10:32 am - आयुष चौधरी: VID-1.mp4 (file attached)\n');
  fs.writeFileSync(
    path.join(inbox, 'VID-1.mp4'),
    Uint8Array.from({ length: 100 }, (_, i) => i),
  );
  await reg.call('import.files', { paths: [path.join(inbox, 'chat.txt'), path.join(inbox, 'VID-1.mp4')], source: 'गगहा', token: 'e' });
  return (reg.folder.db.sqlite.prepare('SELECT sha256 FROM evidence').get() as { sha256: string }).sha256;
}

const login = async (b: Bridge, name: string, pin: string) => {
  const r = await invokeRaw(b, 'auth.login', { name, pin });
  expect(r.body.ok).toBe(true);
  const session = r.headers.get('x-thana-session');
  expect(session).toMatch(/^[A-Za-z0-9_-]{32}$/);
  return session!;
};

const BILINGUAL = /[\u0900-\u097F].* \/ [A-Za-z]/;

describe('browser bridge: uploads, events and evidence', () => {
  it('uploads need the token; import.files takes only uploaded paths and deletes them afterwards', async () => {
    const b = await setup();
    const chat = '08/01/25, 10:31 am - आयुष चौधरी: मारपीट हुई\n08/01/25, 10:32 am - आयुष चौधरी: VID-1.mp4 (file attached)\n';
    const bad = await fetch(at(b, '/api/upload?name=x.txt'), { method: 'PUT', body: chat });
    expect(bad.status).toBe(401);

    const refused = await invoke(b, 'import.files', { paths: [path.join(reg.dir, 'register.sqlite')], source: 'x' });
    expect(refused.ok).toBe(false);
    expect(refused.error.code).toBe('forbidden');

    // Progress events reach a connected stream.
    const events = await fetch(at(b, `/api/events?token=${b.token}`));
    expect(events.headers.get('content-type')).toContain('text/event-stream');
    const reader = events.body!.getReader();
    let seen = '';
    const reading = (async () => {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        seen += new TextDecoder().decode(value);
        if (seen.includes('"phase":"done"')) break;
      }
    })();

    const txt = (await up(b, '../../WhatsApp Chat with गगहा.txt', chat)).body;
    const vid = (await up(b, 'VID-1.mp4', new TextEncoder().encode('not really a video but bytes'))).body;
    expect(txt.ok).toBe(true);
    expect(path.basename(txt.value.path)).toBe('WhatsApp Chat with गगहा.txt');
    // Uploads wait outside the data folder: only the store writes there.
    expect(txt.value.path.startsWith(reg.dir)).toBe(false);

    const r = await invoke(b, 'import.files', { paths: [txt.value.path, vid.value.path], source: 'गगहा', token: 't1' });
    expect(r.ok).toBe(true);
    expect(r.value.newMessages).toBe(2);
    expect(r.value.evidenceStored).toBe(1);
    expect(fs.existsSync(txt.value.path)).toBe(false);
    await Promise.race([reading, new Promise((res) => setTimeout(res, 2000))]);
    expect(seen).toContain('event: import.progress');
    await reader.cancel();

    // Evidence is served by hash with the token, and supports Range for seeking.
    const sha = (reg.folder.db.sqlite.prepare('SELECT sha256 FROM evidence').get() as { sha256: string }).sha256;
    expect((await fetch(at(b, `/evidence/${sha}`))).status).toBe(401);
    expect((await fetch(at(b, `/evidence/..%2f..%2fregister.sqlite?token=${b.token}`))).status).toBe(400);
    const full = await fetch(at(b, `/evidence/${sha}?token=${b.token}`));
    expect(full.status).toBe(200);
    expect(await full.text()).toBe('not really a video but bytes');
    const part = await fetch(at(b, `/evidence/${sha}?token=${b.token}`), { headers: { Range: 'bytes=4-9' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 4-9/28');
    expect(await part.text()).toBe('really');
  });

  it('serves evidence by the one rule of both shells: suffix ranges, 416, 404 unknown, 410 missing', async () => {
    const b = await setup();
    const sha = await storeEvidence();
    const ev = (range?: string, hash = sha) =>
      fetch(at(b, `/evidence/${hash}?token=${b.token}`), { headers: range ? { Range: range } : {} });
    const last = await ev('bytes=-10');
    expect(last.status).toBe(206);
    expect(last.headers.get('content-range')).toBe('bytes 90-99/100');
    expect([...new Uint8Array(await last.arrayBuffer())]).toEqual([90, 91, 92, 93, 94, 95, 96, 97, 98, 99]);
    const clamped = await ev('bytes=98-5000');
    expect(clamped.headers.get('content-range')).toBe('bytes 98-99/100');
    const none = await ev('bytes=100-');
    expect(none.status).toBe(416);
    expect(none.headers.get('content-range')).toBe('bytes */100');
    expect((await ev('bytes=0-1,4-5')).status).toBe(200);
    const head = await fetch(at(b, `/evidence/${sha}?token=${b.token}`), { method: 'HEAD' });
    expect(head.headers.get('content-length')).toBe('100');
    expect(head.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(head.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await ev(undefined, 'cd'.repeat(32))).status).toBe(404);
    fs.rmSync(path.join(reg.dir, 'evidence', sha.slice(0, 2), sha.slice(2, 4), sha));
    const gone = await ev();
    expect(gone.status).toBe(410);
    expect(await gone.text()).toMatch(BILINGUAL);
  });
});

describe('browser bridge: every request is answered and the bridge stays up', () => {
  it('bad percent-encoding, a NUL, a malformed token cookie: 4xx with a bilingual message', async () => {
    const b = await setup();
    const sha = await storeEvidence();
    for (const p of ['/%E0%A4%A', '/%E0%A4%A.js', '/a%00b', '/%00', '/assets/%C0%AF..%C0%AF']) {
      const r = await answer(await fetch(at(b, p)));
      expect(r.status, p).toBeGreaterThanOrEqual(400);
      expect(r.status, p).toBeLessThan(500);
      expect(r.body, p).toMatch(BILINGUAL);
    }
    const nul = await raw(b, `GET /a\u0000b HTTP/1.1\r\nHost: 127.0.0.1:${b.port}\r\nConnection: close\r\n\r\n`);
    expect(statusOf(nul)).toBe(400);
    expect(nul).toMatch(BILINGUAL);
    const cookie = { Cookie: 'thana_token=%E0%A4%A' };
    expect((await fetch(at(b, `/evidence/${sha}`), { headers: cookie })).status).toBe(401);
    const events = await answer(await fetch(at(b, '/api/events'), { headers: cookie }));
    expect(events.status).toBe(401);
    expect(events.body.error.message).toMatch(BILINGUAL);
    const page = await fetch(at(b, '/?token=%E0%A4%A'), { headers: cookie });
    expect(page.status).toBe(200);
    expect(page.headers.get('set-cookie')).toBeNull();
    // Still up.
    expect((await invoke(b, 'app.info', {})).ok).toBe(true);
  });

  it('an oversized JSON body is answered 413, declared or streamed, and an upload too big by its length', async () => {
    const b = await setup();
    const big = JSON.stringify({ channel: 'app.info', input: { pad: 'x'.repeat(MAX_BODY) } });
    const declared = await answer(await fetch(at(b, '/api/invoke'), { method: 'POST', headers: { 'X-Thana-Token': b.token }, body: big }));
    expect(declared.status).toBe(413);
    expect(declared.body.error.message).toMatch(BILINGUAL);
    // No Content-Length: counted while it arrives.
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        if (sent++ > MAX_BODY / chunk.length + 2) c.close();
        else c.enqueue(chunk);
      },
    });
    const streamed = await fetch(at(b, '/api/invoke'), {
      method: 'POST',
      headers: { 'X-Thana-Token': b.token },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    const upload = await raw(
      b,
      `PUT /api/upload?name=x.zip HTTP/1.1\r\nHost: 127.0.0.1:${b.port}\r\nX-Thana-Token: ${b.token}\r\nContent-Length: 5000000000\r\nConnection: close\r\n\r\n`,
    );
    expect(statusOf(upload)).toBe(413);
    expect(upload).toContain('फ़ाइल बहुत बड़ी है / file too large');
    const garbage = await answer(
      await fetch(at(b, '/api/invoke'), { method: 'POST', headers: { 'X-Thana-Token': b.token }, body: '{"channel":' }),
    );
    expect(garbage.status).toBe(400);
    expect(garbage.body.error.code).toBe('validation');
    const notThere = await answer(await fetch(at(b, '/api/nothing'), { headers: { 'X-Thana-Token': b.token } }));
    expect(notThere.status).toBe(404);
    expect(notThere.body.error.message).toMatch(BILINGUAL);
    expect((await invoke(b, 'app.info', {})).ok).toBe(true);
  });

  it('keeps the Host check; refuses a state-changing request from another origin; lets a token-bearing client without Origin in', async () => {
    const b = await setup();
    const wrongHost = await raw(b, `GET / HTTP/1.1\r\nHost: evil.example:${b.port}\r\nConnection: close\r\n\r\n`);
    expect(statusOf(wrongHost)).toBe(421);
    expect(wrongHost).toMatch(BILINGUAL);
    const absolute = await raw(b, `GET http://evil.example/ HTTP/1.1\r\nHost: 127.0.0.1:${b.port}\r\nConnection: close\r\n\r\n`);
    expect(statusOf(absolute)).toBe(400);

    for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${b.port + 1}`, `https://127.0.0.1:${b.port}`]) {
      const r = await invokeRaw(b, 'app.info', {}, null, { Origin: origin });
      expect(r.status, origin).toBe(403);
      expect(r.body.error.code).toBe('forbidden');
      expect(r.body.error.message).toMatch(BILINGUAL);
      expect((await up(b, 'x.txt', 'x', null, { Origin: origin })).status).toBe(403);
    }
    for (const origin of [`http://127.0.0.1:${b.port}`, `http://localhost:${b.port}`]) {
      expect((await invokeRaw(b, 'app.info', {}, null, { Origin: origin })).status).toBe(200);
    }
    expect((await invokeRaw(b, 'app.info', {})).status).toBe(200);
    // A GET needs no Origin and may have any: evidence is guarded by the token.
    expect((await fetch(at(b, '/'), { headers: { Origin: 'http://evil.example' } })).status).toBe(200);
  });
});

describe('browser bridge: locked means locked, and each tab signs in for itself', () => {
  it('a second tab is not signed in by the first; evidence, events and uploads need the tab’s own sign-in', async () => {
    const b = await setup({ pins: true });
    const sha = await storeEvidence();
    // Nobody signed in: sign-in and app information answer, nothing else.
    expect((await invoke(b, 'app.info', {})).ok).toBe(true);
    expect((await invoke(b, 'auth.status', {})).value.operator).toBeNull();
    const locked = await invoke(b, 'entries.list', {});
    expect(locked.error.code).toBe('locked');

    const tabA = await login(b, 'मुंशी रामू', '1357');
    expect((await invoke(b, 'entries.list', {}, tabA)).ok).toBe(true);
    expect((await invoke(b, 'auth.status', {}, tabA)).value.operator.name).toBe('मुंशी रामू');
    // Tab B has no session, or a made-up one: still locked.
    for (const tabB of [null, 'x'.repeat(32)]) {
      expect((await invoke(b, 'entries.list', {}, tabB)).error.code).toBe('locked');
      expect((await invoke(b, 'auth.status', {}, tabB)).value.operator).toBeNull();
      const ev = await fetch(at(b, `/evidence/${sha}?token=${b.token}${tabB ? `&session=${tabB}` : ''}`));
      expect(ev.status).toBe(401);
      expect(await ev.text()).toMatch(BILINGUAL);
      const events = await answer(await fetch(at(b, `/api/events?token=${b.token}${tabB ? `&session=${tabB}` : ''}`)));
      expect(events.status).toBe(401);
      expect(events.body.error.code).toBe('locked');
      const upload = await up(b, 'chat.txt', 'x', tabB);
      expect(upload.status).toBe(401);
      expect(upload.body.error.code).toBe('locked');
    }
    // Tab A has them all.
    expect((await fetch(at(b, `/evidence/${sha}?token=${b.token}&session=${tabA}`))).status).toBe(200);
    const stream = await fetch(at(b, `/api/events?token=${b.token}&session=${tabA}`));
    expect(stream.status).toBe(200);
    const upA = await up(b, 'chat.txt', '08/01/25, 10:31 am - आयुष: नमस्ते\n', tabA);
    expect(upA.body.ok).toBe(true);
    // An upload is for the tab that made it: another signed-in tab cannot name it.
    const tabC = await login(b, 'राजेश तिवारी', '2468');
    const stolen = await invoke(b, 'import.files', { paths: [upA.body.value.path], source: 'गगहा' }, tabC);
    expect(stolen.error.code).toBe('forbidden');
    // A viewer may not hand files over at all.
    const viewer = await login(b, 'दर्शक', '8642');
    const byViewer = await up(b, 'chat.txt', 'x', viewer);
    expect(byViewer.status).toBe(403);
    expect(byViewer.body.error.message).toMatch(BILINGUAL);

    // Signing out ends tab A: its calls, its evidence URL and its open event stream.
    await invoke(b, 'auth.logout', {}, tabA);
    expect((await invoke(b, 'entries.list', {}, tabA)).error.code).toBe('locked');
    expect((await fetch(at(b, `/evidence/${sha}?token=${b.token}&session=${tabA}`))).status).toBe(401);
    const reader = stream.body!.getReader();
    let ended = false;
    for (let i = 0; i < 5 && !ended; i++) ended = (await reader.read()).done;
    expect(ended).toBe(true);
    // Tab C is untouched.
    expect((await invoke(b, 'entries.list', {}, tabC)).ok).toBe(true);
  });

  it('the station’s idle time locks a tab that never signs out, on the server', async () => {
    const clock = { now: new Date('2025-01-20T06:30:00Z') };
    const b = await setup({ pins: true, now: () => clock.now });
    await reg.call('station.update', { lockMinutes: 2 });
    const tab = await login(b, 'मुंशी रामू', '1357');
    const step = (ms: number) => (clock.now = new Date(clock.now.getTime() + ms));
    step(110_000);
    expect((await invoke(b, 'entries.list', {}, tab)).ok).toBe(true);
    step(110_000);
    expect((await invoke(b, 'entries.list', {}, tab)).ok).toBe(true);
    step(121_000);
    const r = await invoke(b, 'entries.list', {}, tab);
    expect(r.ok).toBe(false);
    expect(r.error.code).toBe('locked');
    expect((await invoke(b, 'auth.status', {}, tab)).value.operator).toBeNull();
  });
});

describe('browser bridge: downloads', () => {
  const month = { from: '2025-01-01', to: '2025-01-31' };
  const download = (b: Bridge, channel: string, input: unknown, session?: string | null) =>
    fetch(at(b, '/api/download'), {
      method: 'POST',
      headers: { 'X-Thana-Token': b.token, 'Content-Type': 'application/json', ...(session ? { 'X-Thana-Session': session } : {}) },
      body: JSON.stringify({ channel, input }),
    });

  it('streams a download channel as an attachment named by the contract', async () => {
    const b = await setup();
    await reg.call('entries.create', { receivedAt: '2025-01-08T10:00', mode: 'phone', informant: { name: 'आयुष' }, summary: 'मारपीट' });
    const res = await download(b, 'exchange.exportCsv', month);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    // Small enough to be held back whole: sent with its length.
    expect(Number(res.headers.get('content-length'))).toBeGreaterThan(100);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="thana-register-2025-01-01-2025-01-31.csv"; filename*=UTF-8''thana-register-2025-01-01-2025-01-31.csv`,
    );
    const bytes = Buffer.from(await res.arrayBuffer());
    // The BOM Excel needs to read UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('मारपीट');
    expect(text.trim().split('\r\n')).toHaveLength(2);
  });

  it('a refused download is a JSON error with its status, before any byte of the file', async () => {
    const b = await setup({ pins: true });
    const refused = async (res: Response, status: number, code: string) => {
      const a = await answer(res);
      expect(a.status).toBe(status);
      expect(a.headers.get('content-disposition')).toBeNull();
      expect(a.headers.get('content-type')).toContain('application/json');
      expect(a.body.ok).toBe(false);
      expect(a.body.error.code).toBe(code);
      expect(a.body.error.message).toMatch(BILINGUAL);
    };
    await refused(await download(b, 'exchange.exportCsv', month), 401, 'locked');
    const viewer = await login(b, 'दर्शक', '8642');
    await refused(await download(b, 'exchange.exportCsv', month, viewer), 403, 'forbidden');
    const munshi = await login(b, 'मुंशी रामू', '1357');
    await refused(await download(b, 'exchange.exportCsv', { from: '2025-02-01', to: '2025-01-01' }, munshi), 400, 'validation');
    await refused(await download(b, 'entries.list', {}, munshi), 400, 'validation');
    await refused(await download(b, 'no.such', {}, munshi), 404, 'unknown_channel');
    // A download channel through /api/invoke has nowhere to write: refused, as before.
    expect((await invoke(b, 'exchange.exportCsv', month, munshi)).error.code).toBe('validation');
    expect((await download(b, 'exchange.exportCsv', month, munshi)).status).toBe(200);
  });

  it('a download bigger than what is held back streams through whole', async () => {
    const b = await setup({ downloadHold: 512 });
    for (let i = 0; i < 30; i++)
      await reg.call('entries.create', {
        receivedAt: '2025-01-08T10:00',
        mode: 'phone',
        informant: { name: `सूचक ${i}` },
        summary: `शिकायत संख्या ${i} `.repeat(5),
      });
    const res = await download(b, 'exchange.exportCsv', month);
    expect(res.status).toBe(200);
    // Past the hold it streams: no length known up front.
    expect(res.headers.get('content-length')).toBeNull();
    const text = await res.text();
    expect(Buffer.byteLength(text)).toBeGreaterThan(10 * 512);
    expect(text.trim().split('\r\n')).toHaveLength(31);
    expect(text).toContain('शिकायत संख्या 29');
  });

  it('Content-Disposition carries a Devanagari name in filename* and an ASCII fallback', () => {
    expect(attachmentDisposition('रजिस्टर "जनवरी".csv')).toBe(
      `attachment; filename="_______ _______.csv"; filename*=UTF-8''${encodeURIComponent('रजिस्टर "जनवरी".csv')}`,
    );
    expect(attachmentDisposition("it's (1).csv")).toBe(`attachment; filename="it's (1).csv"; filename*=UTF-8''it%27s%20%281%29.csv`);
  });
});

describe('browser bridge: upload names', () => {
  it('sanitises upload names to a base name', () => {
    expect(sanitiseName('../../etc/passwd')).toBe('passwd');
    expect(sanitiseName('C:\\Users\\x\\chat.zip')).toBe('chat.zip');
    expect(sanitiseName('..')).toBe('upload.bin');
    expect(sanitiseName('a<b>.txt')).toBe('a_b_.txt');
    expect(sanitiseName('CON.txt')).toBe('_CON.txt');
    expect(sanitiseName('chat.zip. ')).toBe('chat.zip');
  });

  it('cuts a long name by UTF-8 bytes, between whole letters, keeping its extension', () => {
    const long = `${'शिकायत'.repeat(50)}.zip`;
    expect(long.length).toBe(304);
    const cut = sanitiseName(long);
    expect(cut.endsWith('.zip')).toBe(true);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(Buffer.byteLength(cut)).toBeGreaterThan(MAX_NAME_BYTES - 20);
    expect(long.startsWith(cut.slice(0, -4))).toBe(true);
    // No vowel sign left without its consonant: the cut falls between grapheme clusters.
    const stem = cut.slice(0, -4);
    const clusters = [...new Intl.Segmenter('hi', { granularity: 'grapheme' }).segment(stem)].map((s) => s.segment);
    expect(clusters.join('')).toBe(stem);
    expect(
      [...new Intl.Segmenter('hi', { granularity: 'grapheme' }).segment(long)].map((s) => s.segment).slice(0, clusters.length),
    ).toEqual(clusters);
    const ascii = sanitiseName(`${'a'.repeat(400)}.txt`);
    expect(ascii).toBe(`${'a'.repeat(251)}.txt`);
  });

  it('a 300-character Devanagari name ending in .zip uploads (no ENAMETOOLONG) and stays a .zip', async () => {
    const b = await setup();
    const name = `${'व्हाट्सऐप चैट '.repeat(22).slice(0, 296)}.zip`;
    expect(name.length).toBe(300);
    const r = await up(b, name, 'PK not a real zip');
    expect(r.status).toBe(200);
    expect(r.body.ok).toBe(true);
    const base = path.basename(r.body.value.path);
    expect(base).toBe(sanitiseName(name));
    expect(base.endsWith('.zip')).toBe(true);
    expect(fs.readFileSync(r.body.value.path, 'utf8')).toBe('PK not a real zip');
  });
});
