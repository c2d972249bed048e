import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { makeRegister, tempDir, type TestRegister } from '../testing/fixture';
import { writeZip } from '../whatsapp/test-zip-writer';
import { generateExport } from '../../../bench/generate-export';
import { dispatch } from '../dispatch';
import { cancelImport } from './import';

let reg: TestRegister;
let work: string;
beforeEach(async () => {
  reg = await makeRegister();
  work = tempDir('thana-import-');
});
afterEach(() => reg.close());

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
/** Real magic bytes so the store's content sniffing sees a JPEG and an MP4. */
const jpeg = (seed: string) =>
  Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]),
    Buffer.from(seed.repeat(200)),
    Buffer.from([0xff, 0xd9]),
  ]);
const mp4 = (seed: string) =>
  Buffer.concat([
    Buffer.from([0, 0, 0, 0x18]),
    Buffer.from('ftypisom'),
    Buffer.from([0, 0, 2, 0]),
    Buffer.from('isomiso2'),
    randomBytesFrom(seed, 4096),
  ]);
function randomBytesFrom(seed: string, n: number) {
  const out = Buffer.alloc(n);
  let h = createHash('sha256').update(seed).digest();
  for (let i = 0; i < n; i += 32) {
    h.copy(out, i);
    h = createHash('sha256').update(h).digest();
  }
  return out;
}

const CHAT = [
  '08/01/25, 10:02 am - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.',
  '08/01/25, 10:05 am - SHO Rajesh Tiwari added HC Suresh Nishad',
  '08/01/25, 10:30 am - Vinod Jaiswal Kirana: रेलवे क्रॉसिंग पर एक युवक को पीटा जा रहा है',
  'जल्दी आइए',
  '08/01/25, 10:31 am - Vinod Jaiswal Kirana: VID-20250108-WA0003.mp4 (file attached)',
  'मारपीट का वीडियो',
  '08/01/25, 10:31 am - Vinod Jaiswal Kirana: IMG-20250108-WA0001.jpg (file attached)',
  '08/01/25, 10:32 am - +91 98390 47125: PTT-20250108-WA0006.opus (file attached)',
  '08/01/25, 10:33 am - HC Suresh Nishad: ok',
  '08/01/25, 10:33 am - HC Suresh Nishad: ok',
  '08/01/25, 10:40 am - SI Anita Verma: <Media omitted>',
].join('\n');

function androidZip(name: string, chat: string, media: Record<string, Buffer>) {
  return writeZip(path.join(work, name), [
    { name: 'WhatsApp Chat with थाना गगहा.txt', data: chat },
    ...Object.entries(media).map(([n, data]) => ({ name: n, data, method: 0 })),
  ]);
}

const evidenceFiles = (dir: string) => {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const f of fs.readdirSync(d, { withFileTypes: true })) {
      if (f.isDirectory()) walk(path.join(d, f.name));
      else out.push(f.name);
    }
  };
  walk(path.join(dir, 'evidence'));
  return out.sort();
};

describe('importing a WhatsApp export', () => {
  it('reads an Android zip: counts, media stored once by SHA-256, a second import adds nothing, verify passes', async () => {
    const video = mp4('video');
    const photo = jpeg('photo');
    const zip = androidZip('WhatsApp Chat with थाना गगहा.zip', CHAT, {
      'VID-20250108-WA0003.mp4': video,
      'IMG-20250108-WA0001.jpg': photo,
    });
    const first = await reg.call('import.files', { paths: [zip], source: 'थाना गगहा सूचना', sourceKind: 'thana-group' });
    expect(first).toMatchObject({
      userMessages: 7,
      systemMessages: 2,
      attachments: 3,
      mediaOmitted: 1,
      newMessages: 9,
      duplicateMessages: 0,
      evidenceStored: 2,
      evidenceDuplicates: 0,
      missingAttachments: ['PTT-20250108-WA0006.opus'],
      rejectedEntries: [],
    });
    expect(evidenceFiles(reg.dir)).toEqual([sha(video), sha(photo)].sort());
    const ev = await reg.call('evidence.get', { sha256: sha(video) });
    expect(ev).toMatchObject({ size: video.length, mime: 'video/mp4', names: ['VID-20250108-WA0003.mp4'] });
    expect(ev.sightings).toEqual([
      expect.objectContaining({
        source: 'थाना गगहा सूचना',
        sender: 'Vinod Jaiswal Kirana',
        sentAt: '2025-01-08T10:31:00',
        operator: 'राजेश तिवारी',
      }),
    ]);

    const msgs = (await reg.call('messages.list', { source: 'थाना गगहा सूचना' })).rows;
    expect(msgs.map((m) => m.kind)).toEqual(['system', 'system', 'user', 'user', 'user', 'user', 'user', 'user', 'user']);
    expect(msgs[2]).toMatchObject({
      sender: 'Vinod Jaiswal Kirana',
      sentAt: '2025-01-08T10:30:00',
      text: 'रेलवे क्रॉसिंग पर एक युवक को पीटा जा रहा है\nजल्दी आइए',
    });
    expect(msgs[3].attachments).toEqual([{ name: 'VID-20250108-WA0003.mp4', sha256: sha(video), size: video.length, mime: 'video/mp4' }]);
    expect(msgs[5]).toMatchObject({ sender: '+91 98390 47125', senderPhone: '+919839047125' });
    expect(msgs.filter((m) => m.text === 'ok')).toHaveLength(2);

    const again = await reg.call('import.files', { paths: [zip], source: 'थाना गगहा सूचना' });
    expect(again).toMatchObject({ newMessages: 0, duplicateMessages: 9, evidenceStored: 0, evidenceDuplicates: 2 });
    expect((await reg.call('messages.list', {})).total).toBe(9);
    expect((await reg.call('evidence.get', { sha256: sha(video) })).sightings).toHaveLength(1);
    expect(await reg.call('audit.verify')).toMatchObject({ ok: true });
  });

  it('adds only the new messages of a later export that overlaps the first', async () => {
    const lines = CHAT.split('\n');
    const early = androidZip('a.zip', lines.slice(0, 9).join('\n'), {});
    const later = androidZip(
      'b.zip',
      [...lines.slice(2), '08/01/25, 10:33 am - HC Suresh Nishad: ok', '09/01/25, 8:00 am - Ct. Vikas Yadav: अभियुक्त गिरफ्तार'].join('\n'),
      {},
    );
    const a = await reg.call('import.files', { paths: [early], source: 'थाना गगहा सूचना' });
    expect(a.newMessages).toBe(7);
    const b = await reg.call('import.files', { paths: [later], source: 'थाना गगहा सूचना' });
    // 7 user lines of the overlap were known; the third identical "ok" of 10:33 and the new day are new.
    expect(b).toMatchObject({ duplicateMessages: 5, newMessages: 4 });
    const texts = (await reg.call('messages.list', {})).rows.map((m) => m.text);
    expect(texts.filter((t) => t === 'ok')).toHaveLength(3);
    expect(texts.at(-1)).toBe('अभियुक्त गिरफ्तार');
  });

  it('keeps the same video under two names in two groups as one evidence item with two sightings', async () => {
    const video = mp4('shared');
    const one = path.join(work, 'VID-20250108-WA0003.mp4');
    fs.writeFileSync(one, video);
    const folder = path.join(work, 'phone');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'crossing beating.mp4'), video);
    fs.writeFileSync(path.join(folder, 'note.opus'), Buffer.concat([Buffer.from('OggS'), randomBytes(200)]));
    const a = await reg.call('import.files', { paths: [one], source: 'व्यापारी मंडल बीट 3', sourceKind: 'beat-group' });
    const b = await reg.call('import.files', { paths: [folder], source: 'SP North', sourceKind: 'officer-group' });
    expect(a).toMatchObject({ evidenceStored: 1, userMessages: 0 });
    expect(b).toMatchObject({ evidenceStored: 1, evidenceDuplicates: 1 });
    const ev = await reg.call('evidence.get', { sha256: sha(video) });
    expect(ev.names.sort()).toEqual(['VID-20250108-WA0003.mp4', 'crossing beating.mp4']);
    expect(ev.sightings.map((s) => s.source).sort()).toEqual(['SP North', 'व्यापारी मंडल बीट 3']);
    expect((await reg.call('evidence.list', {})).total).toBe(2);
  });

  it('imports a forwarded message with the sender and time the munshi supplies', async () => {
    const r = await reg.call('import.text', {
      text: 'गगहा बाजार में दो पक्षों में मारपीट, तुरंत पुलिस भेजें\nरामप्रीत यादव प्रधान',
      source: 'थाना नंबर',
      kind: 'forwarded',
      sender: 'रामप्रीत यादव',
      sentAt: '2025-01-09T19:45',
    });
    expect(r).toMatchObject({ userMessages: 1, newMessages: 1 });
    const [m] = (await reg.call('messages.list', {})).rows;
    expect(m).toMatchObject({
      sender: 'रामप्रीत यादव',
      sentAt: '2025-01-09T19:45:00',
      text: 'गगहा बाजार में दो पक्षों में मारपीट, तुरंत पुलिस भेजें\nरामप्रीत यादव प्रधान',
    });
    expect((await reg.call('search', { q: 'मारपीट' })).messages.map((x) => x.id)).toEqual([m.id]);
  });

  it('a forwarded message with no time, pasted twice, is stored once; a different one beside it is kept', async () => {
    const text = 'रेलवे क्रॉसिंग पर एक युवक को पीटा जा रहा है';
    const first = await reg.call('import.text', { text, source: 'थाना नंबर', kind: 'forwarded' });
    const again = await reg.call('import.text', { text, source: 'थाना नंबर', kind: 'forwarded' });
    const other = await reg.call('import.text', { text: `${text}, जल्दी आइए`, source: 'थाना नंबर', kind: 'forwarded' });
    expect([first.newMessages, again.newMessages, again.duplicateMessages, other.newMessages]).toEqual([1, 0, 1, 1]);
    const rows = (await reg.call('messages.list', {})).rows;
    expect(rows.map((m) => [m.sender, m.sentAt])).toEqual([
      [null, null],
      [null, null],
    ]);
  });

  it('links messages and their media to an entry', async () => {
    const video = mp4('video');
    const zip = androidZip('c.zip', CHAT, { 'VID-20250108-WA0003.mp4': video });
    await reg.call('import.files', { paths: [zip], source: 'थाना गगहा सूचना' });
    const msgs = (await reg.call('messages.list', { unprocessed: true, hasMedia: true })).rows;
    expect(msgs.map((m) => m.attachments[0]?.name ?? 'omitted')).toEqual([
      'VID-20250108-WA0003.mp4',
      'IMG-20250108-WA0001.jpg',
      'PTT-20250108-WA0006.opus',
      'omitted',
    ]);
    const e = await reg.call('entries.create', {
      receivedAt: '2025-01-08T10:31',
      mode: 'whatsapp-group',
      source: 'थाना गगहा सूचना',
      informant: { name: 'Vinod Jaiswal Kirana' },
      summary: 'रेलवे क्रॉसिंग पर युवक की पिटाई',
      messageIds: [msgs[0].id],
    });
    const got = await reg.call('entries.get', { id: e.id });
    expect(got.messages.map((m) => m.id)).toEqual([msgs[0].id]);
    expect(got.evidence.map((x) => x.sha256)).toEqual([sha(video)]);
    expect((await reg.call('messages.list', { unprocessed: true, hasMedia: true })).total).toBe(3);
    await reg.call('messages.markInfoOnly', { ids: [msgs[3].id] });
    expect((await reg.call('messages.list', { unprocessed: true, hasMedia: true })).total).toBe(2);
    expect((await reg.call('audit.verify')).ok).toBe(true);
  });
});

describe('hostile and broken input', () => {
  it('rejects zip-slip names and links but imports the rest, writing nothing outside the store', async () => {
    const outside = path.join(work, 'evil.txt');
    const zip = writeZip(path.join(work, 'hostile.zip'), [
      { name: 'WhatsApp Chat with X.txt', data: CHAT },
      { name: '../evil.txt', data: 'pwned' },
      { name: '/etc/evil', data: 'pwned' },
      { name: 'C:\\evil.bat', data: 'pwned' },
      { name: 'link', data: '/etc/passwd', unixMode: 0o120777 },
      { name: 'IMG-20250108-WA0001.jpg', data: jpeg('p') },
    ]);
    const r = await reg.call('import.files', { paths: [zip], source: 'X' });
    expect(r.rejectedEntries.sort()).toEqual(['../evil.txt', '/etc/evil', 'C:\\evil.bat', 'link'].sort());
    expect(r).toMatchObject({ newMessages: 9, evidenceStored: 1 });
    expect(fs.existsSync(outside)).toBe(false);
    expect(evidenceFiles(reg.dir)).toEqual([sha(jpeg('p'))]);
  });

  it('stops a zip bomb with a clear error and leaves no messages and no files', async () => {
    const zip = writeZip(path.join(work, 'bomb.zip'), [
      { name: 'WhatsApp Chat with X.txt', data: CHAT },
      { name: 'VID-1.mp4', data: Buffer.alloc(300 * 1024 * 1024) },
    ]);
    const r = await reg.try('import.files', { paths: [zip], source: 'X' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/[\u0900-\u097F].*\//);
    expect((await reg.call('messages.list', {})).total).toBe(0);
    expect(evidenceFiles(reg.dir)).toEqual([]);
  });

  it('refuses a file that is not a zip and a damaged one, keeping what was stored before', async () => {
    await reg.call('import.text', { text: '[10:32 am, 16/01/2025] SI Ramesh Yadav: बीट 4 सामान्य', source: 'web' });
    const notZip = path.join(work, 'x.zip');
    fs.writeFileSync(notZip, 'hello');
    expect((await reg.try('import.files', { paths: [notZip], source: 'X' })).ok).toBe(false);
    const good = androidZip('good.zip', CHAT, { 'VID-20250108-WA0003.mp4': mp4('v') });
    const truncated = path.join(work, 'cut.zip');
    fs.writeFileSync(truncated, fs.readFileSync(good).subarray(0, 3000));
    expect((await reg.try('import.files', { paths: [truncated], source: 'X' })).ok).toBe(false);
    expect((await reg.call('messages.list', {})).total).toBe(1);
    expect(evidenceFiles(reg.dir)).toEqual([]);
  });

  it('a cancelled import saves nothing and leaves no files', async () => {
    const big = path.join(work, 'VID-big.mp4');
    fs.writeFileSync(big, Buffer.concat([mp4('big'), randomBytes(64 * 1024 * 1024)]));
    const pending = reg.try('import.files', { paths: [big], source: 'X', token: 't1' });
    await new Promise((r) => setTimeout(r, 30));
    expect(await reg.call('import.cancel', { token: 't1' })).toEqual({ cancelled: true });
    const r = await pending;
    expect(r.ok).toBe(false);
    expect((await reg.call('evidence.list', {})).total).toBe(0);
    expect(evidenceFiles(reg.dir)).toEqual([]);
  });

  it('cancelling a big chat while its media is stored leaves nothing, and the same zip then imports whole', async () => {
    const chat = generateExport(20_000, { format: 'android' });
    expect(Buffer.byteLength(chat)).toBeGreaterThan(1024 * 1024); // big enough for the key worker
    const zip = androidZip('big.zip', chat, { 'VID-big.mp4': Buffer.concat([mp4('big'), randomBytes(48 * 1024 * 1024)]) });
    let cancelled = false;
    const ctx = {
      ...reg.ctx(),
      emit: (_e: string, p: unknown) => {
        if (!cancelled && (p as { file: string | null }).file === 'VID-big.mp4') cancelled = cancelImport('t2');
      },
    };
    const r = await dispatch(ctx, 'import.files', { paths: [zip], source: 'बीट 4', token: 't2' });
    expect(cancelled).toBe(true);
    expect(r).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect((await reg.call('messages.list', {})).total).toBe(0);
    expect(evidenceFiles(reg.dir)).toEqual([]);
    const again = await reg.call('import.files', { paths: [zip], source: 'बीट 4' });
    expect(again).toMatchObject({ newMessages: 20_000, evidenceStored: 1 });
  });
});

describe('verify covers imported rows and files', () => {
  it('reports a message edited behind the app and an evidence file changed on disk', async () => {
    const video = mp4('video');
    const zip = androidZip('d.zip', CHAT, { 'VID-20250108-WA0003.mp4': video });
    const imp = await reg.call('import.files', { paths: [zip], source: 'थाना गगहा सूचना' });
    expect((await reg.call('audit.verify')).ok).toBe(true);
    reg.folder.db.sqlite.prepare("UPDATE messages SET text = 'बदला' WHERE id = 3").run();
    const file = path.join(reg.dir, 'evidence', sha(video).slice(0, 2), sha(video).slice(2, 4), sha(video));
    fs.chmodSync(file, 0o644);
    fs.appendFileSync(file, 'x');
    const v = await reg.call('audit.verify');
    expect(v.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'row-changed', entity: 'imports', id: imp.importId }),
        expect.objectContaining({ kind: 'evidence', id: sha(video) }),
      ]),
    );
  });
});
