import { runCli } from '../testing/cli';
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { makeRegister, tempDir } from '../testing/fixture';
import { listBackups } from './backup';

const cli = runCli;
const mp4 = () =>
  Buffer.concat([
    Buffer.from([0, 0, 0, 0x18]),
    Buffer.from('ftypisom'),
    Buffer.from([0, 0, 2, 0]),
    Buffer.from('isomiso2'),
    randomBytes(200_000),
  ]);

async function filledRegister() {
  const reg = await makeRegister();
  const work = tempDir('thana-bk-src-');
  const video = path.join(work, 'VID-20250108-WA0003.mp4');
  fs.writeFileSync(video, mp4());
  await reg.call('import.files', { paths: [video], source: 'थाना गगहा सूचना' });
  await reg.call('import.text', { text: '[10:32 am, 16/01/2025] SI Ramesh Yadav: बीट 4 में मारपीट की सूचना', source: 'web' });
  for (let i = 0; i < 5; i++) {
    await reg.call('entries.create', {
      receivedAt: `2025-01-1${i}T10:00`,
      mode: 'whatsapp-group',
      source: 'थाना गगहा सूचना',
      informant: { name: `सूचनाकर्ता ${i}` },
      summary: `शिकायत ${i}`,
    });
  }
  return { reg, video: createHash('sha256').update(fs.readFileSync(video)).digest('hex') };
}

describe('backups', () => {
  it('restore into a fresh install with every entry and video intact and verified', async () => {
    const { reg, video } = await filledRegister();
    const out = tempDir('thana-bk-out-');
    const made = await reg.call('backup.create', { dir: out });
    expect(made.files).toBe(2);
    expect(fs.readdirSync(made.dir).sort()).toEqual(['evidence', 'manifest.json', 'register.sqlite']);
    expect((await reg.call('backup.status')).stale).toBe(false);
    reg.close();

    const fresh = path.join(tempDir('thana-bk-new-'), 'data');
    const r = cli(fresh, ['restore', made.dir]);
    expect(r.code, r.stderr).toBe(0);
    const v = cli(fresh, ['verify']);
    expect(v.code, v.stdout).toBe(0);
    const restored = await makeRegister({ dir: fresh });
    expect((await restored.call('entries.list', {})).total).toBe(5);
    expect((await restored.call('messages.list', {})).total).toBe(1);
    expect((await restored.call('evidence.verify', { sha256: video })).ok).toBe(true);
    restored.close();
  });

  it('a damaged backup is refused with a clear message and the live data is kept', async () => {
    const { reg } = await filledRegister();
    const out = tempDir('thana-bk-out-');
    const made = await reg.call('backup.create', { dir: out });
    const liveDir = reg.dir;
    reg.close();
    const evidenceFile = JSON.parse(fs.readFileSync(path.join(made.dir, 'manifest.json'), 'utf8')).files[1].path as string;
    const p = path.join(made.dir, evidenceFile);
    fs.chmodSync(p, 0o644);
    fs.appendFileSync(p, 'tampered');
    const check = cli(liveDir, ['backup', 'verify', made.dir]);
    expect(check.code).not.toBe(0);
    expect(check.stdout).toMatch(/DAMAGED/);
    const r = cli(liveDir, ['restore', made.dir]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/damaged; nothing was restored/);
    expect(cli(liveDir, ['verify']).code).toBe(0);
  });

  it('restoring over live data keeps the previous data folder', async () => {
    const { reg } = await filledRegister();
    const made = await reg.call('backup.create', { dir: tempDir('thana-bk-out-') });
    await reg.call('entries.create', {
      receivedAt: '2025-01-20T10:00',
      mode: 'phone',
      informant: { name: 'बाद वाला' },
      summary: 'बैकअप के बाद',
    });
    const liveDir = reg.dir;
    reg.close();
    const r = cli(liveDir, ['restore', made.dir]);
    expect(r.code, r.stderr).toBe(0);
    const kept = /kept in (.+)$/m.exec(r.stdout)![1];
    expect(fs.existsSync(path.join(kept, 'register.sqlite'))).toBe(true);
    const back = await makeRegister({ dir: liveDir });
    expect((await back.call('entries.list', {})).total).toBe(5);
    back.close();
  });

  it('rotates old backups and never writes a backup into the data folder', async () => {
    const { reg } = await filledRegister();
    const out = tempDir('thana-bk-rot-');
    for (let i = 0; i < 12; i++) {
      reg.clock.now = new Date(Date.UTC(2025, 0, 20 + i, 6));
      await reg.call('backup.create', { dir: out });
    }
    expect(listBackups(out)).toHaveLength(10);
    const inside = await reg.try('backup.create', { dir: path.join(reg.dir, 'bk') });
    expect(inside.ok).toBe(false);
    reg.clock.now = new Date(Date.UTC(2025, 1, 5, 6));
    expect(await reg.call('backup.status')).toMatchObject({ stale: true });
    reg.close();
  });
});
