import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeRegister, type TestRegister } from '../core/testing/fixture';
import { startBridge, sanitiseName, type Bridge } from './server';

let reg: TestRegister;
let bridge: Bridge;
afterEach(async () => {
  await bridge?.close();
  reg?.close();
});

const invoke = (b: Bridge, channel: string, input: unknown) =>
  fetch(`http://127.0.0.1:${b.port}/api/invoke`, {
    method: 'POST',
    headers: { 'X-Thana-Token': b.token, 'Content-Type': 'application/json' },
    body: JSON.stringify({ channel, input }),
  }).then((r) => r.json());

async function setup() {
  reg = await makeRegister();
  const rendererDir = fs.mkdtempSync(path.join(reg.dir, 'r-'));
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<html></html>');
  bridge = await startBridge({ folder: reg.folder, rendererDir });
  return bridge;
}

describe('browser bridge: uploads, events and evidence', () => {
  it('uploads need the token; import.files takes only uploaded paths and deletes them afterwards', async () => {
    const b = await setup();
    const chat = '08/01/25, 10:31 am - आयुष चौधरी: मारपीट हुई\n08/01/25, 10:32 am - आयुष चौधरी: VID-1.mp4 (file attached)\n';
    const bad = await fetch(`http://127.0.0.1:${b.port}/api/upload?name=x.txt`, { method: 'PUT', body: chat });
    expect(bad.status).toBe(401);

    const refused = await invoke(b, 'import.files', { paths: [path.join(reg.dir, 'register.sqlite')], source: 'x' });
    expect(refused.ok).toBe(false);
    expect(refused.error.code).toBe('forbidden');

    // Progress events reach a connected stream.
    const events = await fetch(`http://127.0.0.1:${b.port}/api/events?token=${b.token}`);
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

    const up = (name: string, body: string | Uint8Array) =>
      fetch(`http://127.0.0.1:${b.port}/api/upload?name=${encodeURIComponent(name)}`, {
        method: 'PUT',
        headers: { 'X-Thana-Token': b.token },
        body: typeof body === 'string' ? body : new Blob([body as Uint8Array<ArrayBuffer>]),
      }).then((r) => r.json());
    const txt = await up('../../WhatsApp Chat with गगहा.txt', chat);
    const vid = await up('VID-1.mp4', new TextEncoder().encode('not really a video but bytes'));
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
    expect((await fetch(`http://127.0.0.1:${b.port}/evidence/${sha}`)).status).toBe(401);
    expect((await fetch(`http://127.0.0.1:${b.port}/evidence/..%2f..%2fregister.sqlite?token=${b.token}`)).status).toBe(400);
    const full = await fetch(`http://127.0.0.1:${b.port}/evidence/${sha}?token=${b.token}`);
    expect(full.status).toBe(200);
    expect(await full.text()).toBe('not really a video but bytes');
    const part = await fetch(`http://127.0.0.1:${b.port}/evidence/${sha}?token=${b.token}`, { headers: { Range: 'bytes=4-9' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 4-9/28');
    expect(await part.text()).toBe('really');
  });

  it('sanitises upload names to a base name', () => {
    expect(sanitiseName('../../etc/passwd')).toBe('passwd');
    expect(sanitiseName('C:\\Users\\x\\chat.zip')).toBe('chat.zip');
    expect(sanitiseName('..')).toBe('upload.bin');
    expect(sanitiseName('a<b>.txt')).toBe('a_b_.txt');
  });
});
