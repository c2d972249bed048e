/**
 * Opening data that is not what it seems, and storage that fails under a write (issue 11 §5). Real parts only:
 * real SQLite files, a real tmpfs of a few MB for a full disk, a read-only bind mount, a second process holding
 * the write lock.
 */
import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { makeRegister, tempDir, type TestRegister } from './testing/fixture';
import { runCli, type CliRun } from './testing/cli';
import { fillDisk, mountUnavailable, readonlyView, smallDisk, unmountAll } from './testing/mounts';
import { makeCtx, openDataFolder, resolveOperator } from './data-folder';
import { dispatch } from './dispatch';
import { AppError } from './errors';
import { headHash } from './audit';
import { defaultMigrationsFolder } from '../../db/client';
import { listBackups } from './backup/backup';

const ROOT = path.resolve(__dirname, '../..');
const noMount = mountUnavailable();
afterAll(() => unmountAll());

const entry = (i: number, summary = `शिकायत ${i}`) => ({
  receivedAt: `2025-01-1${i % 10}T10:00`,
  mode: 'phone' as const,
  informant: { name: `सूचनाकर्ता ${i}` },
  summary,
});

/** The command line failed with one line, Hindi first then English, no stack trace, not an "internal error". */
function expectOneClearLine(r: CliRun, ...english: RegExp[]) {
  expect(r.code, r.stdout + r.stderr).not.toBe(0);
  const lines = r.stderr.trim().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  const [line] = lines;
  expect(line).toMatch(/^त्रुटि \/ error( \[[a-z_]+\])?: [\u0900-\u097F]/);
  const slash = line.indexOf(' / ', 'त्रुटि / error'.length);
  expect(slash).toBeGreaterThan(0);
  expect(line.slice(slash)).toMatch(/[a-z]{3}/);
  expect(line).not.toMatch(/internal error|आंतरिक त्रुटि|\bat .+:\d+:\d+|SqliteError/);
  for (const re of english) expect(line).toMatch(re);
}

async function withEvidence(): Promise<TestRegister> {
  const reg = await makeRegister();
  const video = path.join(tempDir('thana-media-'), 'VID-20250108-WA0003.mp4');
  fs.writeFileSync(
    video,
    Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom'), Buffer.from([0, 0, 2, 0]), randomBytes(5000)]),
  );
  await reg.call('import.files', { paths: [video], source: 'थाना गगहा सूचना' });
  await reg.call('entries.create', entry(1));
  return reg;
}

describe('a missing or empty register.sqlite beside the station files is not a new install', () => {
  it('missing database with evidence files: refused, nothing created, and the message says how to restore', async () => {
    const reg = await withEvidence();
    reg.close();
    fs.rmSync(path.join(reg.dir, 'register.sqlite'));
    const r = runCli(reg.dir, ['verify']);
    expectOneClearLine(r, /missing or empty/, /not a new install/, /restore/);
    expect(r.stderr).toContain('evidence/');
    expect(fs.existsSync(path.join(reg.dir, 'register.sqlite'))).toBe(false);
    // init would have made an empty register over the evidence: refused the same way.
    expectOneClearLine(runCli(reg.dir, ['init', '--station', 'गगहा', '--district', 'गोरखपुर']), /not a new install/);
    expect(fs.existsSync(path.join(reg.dir, 'register.sqlite'))).toBe(false);
  });

  it('a 0-byte database beside a head file or a WAL file: refused, the file stays as it was', async () => {
    const reg = await makeRegister();
    await reg.call('entries.create', entry(1));
    reg.close();
    const db = path.join(reg.dir, 'register.sqlite');
    expect(fs.existsSync(path.join(reg.dir, 'register.head'))).toBe(true);
    fs.truncateSync(db, 0);
    expectOneClearLine(runCli(reg.dir, ['call', 'entries.list', '{}']), /not a new install/, /register\.head/);
    expect(fs.statSync(db).size).toBe(0);

    fs.rmSync(path.join(reg.dir, 'register.head'));
    fs.writeFileSync(path.join(reg.dir, 'register.sqlite-wal'), randomBytes(4096));
    expect(() => openDataFolder(reg.dir)).toThrow(/register\.sqlite-wal/);
    expect(fs.statSync(db).size).toBe(0);
  });

  it('a truly empty or new folder is still a fresh install', () => {
    const empty = tempDir('thana-empty-');
    const r = runCli(empty, ['init', '--station', 'गगहा', '--district', 'गोरखपुर']);
    expect(r.code, r.stderr).toBe(0);
    const fresh = path.join(tempDir('thana-new-'), 'data', 'here');
    expect(runCli(fresh, ['init', '--station', 'गगहा', '--district', 'गोरखपुर']).code).toBe(0);
    const v = runCli(fresh, ['verify']);
    expect(v.code, v.stdout).toBe(0);
    // An empty evidence folder (as init leaves it) and a 0-byte file alone are no station's files either.
    const zero = tempDir('thana-zero-');
    fs.mkdirSync(path.join(zero, 'evidence', 'tmp'), { recursive: true });
    fs.writeFileSync(path.join(zero, 'register.sqlite'), '');
    expect(runCli(zero, ['init', '--station', 'गगहा', '--district', 'गोरखपुर']).code).toBe(0);
  });

  it('the message names the newest backup (the head file remembers the folder), and restoring it works', async () => {
    const reg = await withEvidence();
    const backups = tempDir('thana-bk-');
    await reg.call('station.update', { backupDir: backups });
    await reg.call('backup.create', {});
    reg.close();
    const newest = listBackups(backups)[0];
    fs.rmSync(path.join(reg.dir, 'register.sqlite'));
    const r = runCli(reg.dir, ['call', 'entries.list', '{}']);
    expectOneClearLine(r, /not a new install/);
    expect(r.stderr).toContain(`restore "${newest}"`);
    const restored = runCli(reg.dir, ['restore', newest]);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/kept in/);
    expect(runCli(reg.dir, ['call', 'entries.list', '{}']).json().total).toBe(1);
    expect(runCli(reg.dir, ['verify']).code).toBe(0);
  });
});

describe('a damaged database', () => {
  it('garbage bytes: every command says it is damaged and how to restore, in one line', () => {
    const dir = tempDir('thana-garbage-');
    fs.writeFileSync(path.join(dir, 'register.sqlite'), randomBytes(300_000));
    for (const args of [['verify'], ['call', 'entries.list', '{}'], ['init', '--station', 'क', '--district', 'ख']])
      expectOneClearLine(runCli(dir, args), /damaged/, /restore/);
    expect(() => openDataFolder(dir)).toThrow(AppError);
  });

  it('a truncated file: the same, and restore still replaces it (the damaged file is kept aside)', async () => {
    const reg = await makeRegister();
    for (let i = 0; i < 30; i++) await reg.call('entries.create', entry(i, `शिकायत ${i} `.repeat(200)));
    const made = await reg.call('backup.create', { dir: tempDir('thana-bk-') });
    reg.close();
    const db = path.join(reg.dir, 'register.sqlite');
    fs.truncateSync(db, Math.floor(fs.statSync(db).size / 2));
    expectOneClearLine(runCli(reg.dir, ['call', 'entries.list', '{}']), /damaged/, /restore/);
    expectOneClearLine(runCli(reg.dir, ['verify']), /damaged/);
    const r = runCli(reg.dir, ['restore', made.dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(runCli(reg.dir, ['call', 'entries.list', '{}']).json().total).toBe(30);
  });
});

describe.skipIf(!!noMount)(`a read-only data folder${noMount ? ` (skipped: ${noMount})` : ''}`, () => {
  it('opens read-only: reads work, writes are refused with a clear message, verify runs', async () => {
    const reg = await makeRegister();
    await reg.call('entries.create', entry(1));
    await reg.call('entries.create', entry(2));
    reg.close();
    const ro = readonlyView(reg.dir);
    const list = runCli(ro, ['call', 'entries.list', '{}']);
    expect(list.code, list.stderr).toBe(0);
    expect(list.json().total).toBe(2);
    const write = runCli(ro, ['call', 'entries.create', JSON.stringify(entry(3))]);
    expectOneClearLine(write, /read-only/, /nothing was saved/);
    expect(write.stderr).toContain('केवल पढ़ने योग्य');
    const v = runCli(ro, ['verify']);
    expect(v.code, v.stdout + v.stderr).toBe(0);

    // The same through the dispatch: the folder says it is read-only, a write comes back as a storage error.
    const folder = openDataFolder(ro);
    try {
      expect(folder.readonly).toBe(true);
      const ctx = makeCtx(folder, resolveOperator(folder.db));
      const r = await dispatch(ctx, 'entries.create', entry(4));
      expect(r).toMatchObject({ ok: false, error: { code: 'storage' } });
      expect(!r.ok && r.error.message).toMatch(/^डेटा फ़ोल्डर केवल पढ़ने योग्य है.* \/ the data folder is read-only/);
      expect(await dispatch(ctx, 'entries.list', {})).toMatchObject({ ok: true, value: { total: 2 } });
    } finally {
      folder.close();
    }
  });

  it('a read-only folder whose schema is behind this version says so (migrations cannot run)', () => {
    const src = tempDir('thana-old-');
    const older = tempDir('thana-old-migrations-');
    fs.cpSync(defaultMigrationsFolder(), older, { recursive: true });
    const journalFile = path.join(older, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
    const last = journal.entries.pop()!;
    fs.rmSync(path.join(older, `${last.tag}.sql`));
    fs.writeFileSync(journalFile, JSON.stringify(journal));
    openDataFolder(src, { migrationsFolder: older }).close();
    const ro = readonlyView(src);
    expect(() => openDataFolder(ro)).toThrow(/older version.*read-only/);
    expectOneClearLine(runCli(ro, ['call', 'entries.list', '{}']), /older version/, /read-only/);
  });
});

describe.skipIf(!!noMount)(`a full disk${noMount ? ` (skipped: ${noMount})` : ''}`, () => {
  it('a write on a full disk is refused with what to do, nothing is half-written, and the next call works once space is freed', async () => {
    const disk = smallDisk('3m');
    const reg = await makeRegister({ dir: path.join(disk, 'data') });
    try {
      await reg.call('entries.create', entry(1));
      const before = headHash(reg.folder.db.sqlite);
      const filler = fillDisk(disk);

      const r = await reg.try('entries.create', entry(2, 'बड़ी शिकायत '.repeat(1500)));
      expect(r).toMatchObject({ ok: false, error: { code: 'storage' } });
      expect(!r.ok && r.error.message).toMatch(/^डिस्क भर गई है.* \/ the disk is full: nothing was saved/);
      expect(headHash(reg.folder.db.sqlite)).toEqual(before);
      expect((await reg.call('entries.list', {})).total).toBe(1);

      // The command line, in its own process on the same full disk: one clear line.
      expectOneClearLine(runCli(reg.dir, ['call', 'entries.create', JSON.stringify(entry(3, 'x'.repeat(15000)))]), /disk is full/);

      fs.rmSync(filler);
      await reg.call('entries.create', entry(2, 'बड़ी शिकायत '.repeat(1500)));
      expect((await reg.call('entries.list', {})).total).toBe(2);
      expect(await reg.call('audit.verify')).toMatchObject({ ok: true, problems: [] });
    } finally {
      reg.close();
    }
  });
});

/** Another process holding the register's write lock, as a long import does: resolves once it holds it. */
function holdWriteLock(dataDir: string): Promise<{ release: () => Promise<void> }> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.argv[1]);
    db.exec('BEGIN IMMEDIATE');
    process.stdout.write('locked\\n');
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['-e', script, path.join(dataDir, 'register.sqlite')], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => reject(new Error(`lock holder exited ${code}: ${err}`)));
    child.stdout.on('data', (d) => {
      if (!String(d).includes('locked')) return;
      child.removeAllListeners('exit');
      resolve({
        release: () =>
          new Promise((done) => {
            child.on('exit', () => done());
            child.kill('SIGKILL');
          }),
      });
    });
  });
}

describe('a register locked by a long write elsewhere', () => {
  it('past busy_timeout: "busy, wait and retry" through the dispatch and the command line; nothing saved; works once released', async () => {
    const reg = await makeRegister();
    try {
      await reg.call('entries.create', entry(1));
      const before = headHash(reg.folder.db.sqlite);
      const holder = await holdWriteLock(reg.dir);
      try {
        const started = Date.now();
        const r = await reg.try('entries.create', entry(2));
        expect(Date.now() - started).toBeGreaterThanOrEqual(4500);
        expect(r).toMatchObject({ ok: false, error: { code: 'busy' } });
        expect(!r.ok && r.error.message).toMatch(
          /^रजिस्टर में अभी कोई दूसरा कार्य लिख रहा है.* \/ the register is busy.*Wait a minute and try again/,
        );
        expectOneClearLine(runCli(reg.dir, ['call', 'entries.create', JSON.stringify(entry(3))]), /busy/, /try again/);
      } finally {
        await holder.release();
      }
      expect(headHash(reg.folder.db.sqlite)).toEqual(before);
      await reg.call('entries.create', entry(2));
      expect((await reg.call('entries.list', {})).total).toBe(2);
      expect((await reg.call('audit.verify')).ok).toBe(true);
    } finally {
      reg.close();
    }
  });
});
