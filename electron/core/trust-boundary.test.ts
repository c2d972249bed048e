/**
 * The trust boundary at the dispatch (issue 11): what a signed-in operator of each role, or nobody, can make a
 * channel read, write or show, whichever transport carries the call. Real data folders, real SQLite files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract, mayCall, type Channel } from '../contract/index';
import { dispatch } from './dispatch';
import { makeCtx, resolveOperator } from './data-folder';
import type { FileGrants } from './file-access';
import { makeRegister, tempDir, type TestRegister } from './testing/fixture';
import { runCli } from './testing/cli';
import { neutraliseBidi } from '../shared/text/bidi';

/** What the browser bridge grants: only the files it received as uploads. */
const uploadsOnly = (uploaded: string[]): FileGrants => ({ mayRead: (p) => uploaded.includes(p), mayWriteIn: () => true });

let reg: TestRegister;
let outside: string;
beforeAll(async () => {
  reg = await makeRegister();
  reg.as('राजेश तिवारी');
  await reg.call('operators.create', { name: 'मुंशी रामू', role: 'munshi' });
  await reg.call('operators.create', { name: 'दर्शक', role: 'viewer' });
  await reg.call('entries.create', {
    receivedAt: '2025-01-08T10:32',
    mode: 'whatsapp-group',
    source: 'थाना गगहा सूचना',
    informant: { name: 'रामप्रीत यादव', phone: '9839047125' },
    summary: 'रेलवे क्रॉसिंग पर युवक की पिटाई',
  });
  outside = tempDir('thana-outside-');
});
afterAll(() => reg.close());

const as = (name: string | null, files?: FileGrants) => ({
  ...makeCtx(reg.folder, name ? resolveOperator(reg.folder.db, name) : null, () => reg.clock.now),
  files,
});

describe('paths in channels', () => {
  it('a CSV import cannot read a file the transport did not grant (/etc/passwd through the bridge)', async () => {
    const r = await dispatch(as('मुंशी रामू', uploadsOnly([])), 'exchange.importCsv', { path: '/etc/passwd' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.error.code, r.error.field]).toEqual(['forbidden', 'path']);
  });

  it('no channel reads inside the data folder, even for the SHO at the terminal', async () => {
    const db = path.join(reg.dir, 'register.sqlite');
    for (const [channel, input] of [
      ['exchange.importCsv', { path: db }],
      ['import.files', { paths: [db] }],
      ['backup.verify', { dir: reg.dir }],
    ] as const) {
      const r = await dispatch(as('राजेश तिवारी', { mayRead: () => true, mayWriteIn: () => true }), channel, input);
      expect(r.ok, channel).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(/data folder/);
    }
  });

  it('backups are the SHO’s: a munshi can neither make one nor read one', async () => {
    for (const [channel, input] of [
      ['backup.create', { dir: outside }],
      ['backup.verify', { dir: outside }],
    ] as const) {
      const r = await dispatch(as('मुंशी रामू', { mayRead: () => true, mayWriteIn: () => true }), channel, input);
      expect(r.ok, channel).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('forbidden');
    }
  });

  it('a backup folder inside the data folder is refused, typed or saved in the settings', async () => {
    const files = { mayRead: () => true, mayWriteIn: () => true };
    const typed = await dispatch(as('राजेश तिवारी', files), 'backup.create', { dir: path.join(reg.dir, 'evidence') });
    expect(typed.ok).toBe(false);
    const saved = await dispatch(as('राजेश तिवारी', files), 'station.update', { backupDir: path.join(reg.dir, 'bk') });
    expect(saved.ok).toBe(false);
    // A setting written before this rule (or a folder moved since) is refused when the backup runs.
    reg.folder.db.sqlite.prepare('UPDATE station SET backup_dir = ?').run(path.join(reg.dir, 'bk'));
    const later = await dispatch(as('राजेश तिवारी', files), 'backup.create', {});
    reg.folder.db.sqlite.prepare('UPDATE station SET backup_dir = NULL').run();
    expect(later.ok).toBe(false);
    if (!later.ok) expect(later.error.message).toMatch(/inside the data folder/);
    expect(fs.existsSync(path.join(reg.dir, 'bk'))).toBe(false);
  });

  it('the CSV export names no path: without a transport’s file it is refused', async () => {
    const r = await dispatch(as('मुंशी रामू', uploadsOnly([])), 'exchange.exportCsv', {
      from: '2025-01-01',
      to: '2025-01-31',
      path: path.join(reg.dir, 'register.sqlite'),
    });
    expect(r.ok).toBe(false);
    expect(fs.statSync(path.join(reg.dir, 'register.sqlite')).size).toBeGreaterThan(0);
  });
});

describe('the command line', () => {
  it('export-csv refuses the register itself, and an existing file without --force', () => {
    const dbFile = path.join(reg.dir, 'register.sqlite');
    const before = fs.readFileSync(dbFile);
    const self = runCli(reg.dir, ['export-csv', '--from', '2025-01-01', '--to', '2025-01-31', '--out', dbFile]);
    expect(self.code).toBe(2);
    expect(self.stderr).toMatch(/data folder/);
    expect(fs.readFileSync(dbFile).equals(before)).toBe(true);

    const out = path.join(outside, 'jan.csv');
    fs.writeFileSync(out, 'CO office copy');
    const again = runCli(reg.dir, ['export-csv', '--from', '2025-01-01', '--to', '2025-01-31', '--out', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/--force/);
    expect(fs.readFileSync(out, 'utf8')).toBe('CO office copy');
    const forced = runCli(reg.dir, ['export-csv', '--from', '2025-01-01', '--to', '2025-01-31', '--out', out, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toContain('रामप्रीत यादव');
  });

  it('a document is not written over the register, nor over a file without --force', () => {
    const evidenceDir = path.join(reg.dir, 'evidence');
    const r = runCli(reg.dir, ['register', '--month', '2025-01', '--html', path.join(evidenceDir, 'x.html')]);
    expect(r.code).toBe(2);
    expect(fs.existsSync(path.join(evidenceDir, 'x.html'))).toBe(false);
    const out = path.join(outside, 'jan.html');
    fs.writeFileSync(out, 'kept');
    expect(runCli(reg.dir, ['register', '--month', '2025-01', '--html', out]).code).toBe(2);
    expect(fs.readFileSync(out, 'utf8')).toBe('kept');
  });
});

describe('locked means locked', () => {
  it('with nobody signed in, only sign-in and app information answer', async () => {
    const answered: Channel[] = [];
    for (const channel of CHANNELS) {
      const r = await dispatch(as(null), channel, {});
      if (r.ok || r.error.code !== 'locked') answered.push(channel);
    }
    // station.init answers "already set up", not "locked": it is the first-run channel.
    expect(answered.sort()).toEqual(['app.info', 'auth.login', 'auth.logout', 'auth.status', 'station.init']);
    const info = await dispatch(as(null), 'app.info', {});
    expect(info.ok && info.value).toMatchObject({ station: { name: 'गगहा' }, counts: null });
  });

  it('the desk reads the same rules: a viewer may read, a munshi may not dispose, the SHO may', () => {
    expect(mayCall('viewer', 'entries.list')).toBe(true);
    expect(mayCall('viewer', 'entries.create')).toBe(false);
    expect(mayCall('munshi', 'entries.dispose')).toBe(false);
    expect(mayCall('sho', 'entries.dispose')).toBe(true);
    expect(mayCall(null, 'entries.list')).toBe(false);
    expect(mayCall(null, 'auth.login')).toBe(true);
    for (const c of CHANNELS) expect(['open', 'setup', 'viewer', 'munshi', 'sho'], c).toContain(contract[c].access);
  });
});

describe('text that deceives', () => {
  it('search finds क़ typed as one code point or as क + nukta, both ways', async () => {
    const composed = '\u0958ानून'; // U+0958: NFC keeps it decomposed
    const decomposed = 'क\u093Cानून';
    expect(composed).not.toBe(decomposed);
    const { id } = await reg.call('entries.create', {
      receivedAt: '2025-01-09T11:00',
      mode: 'phone',
      informant: { name: 'सलीम' },
      summary: `${composed} व्यवस्था की शिकायत`,
    });
    for (const q of [composed, decomposed]) {
      const r = await reg.call('search', { q });
      expect(
        r.entries.map((e) => e.id),
        q,
      ).toContain(id);
    }
    await reg.call('import.text', {
      text: `09/01/25, 11:05 am - सलीम: ${decomposed} का पालन हो\n`,
      source: 'थाना गगहा सूचना',
    });
    for (const q of [composed, decomposed]) {
      const r = await reg.call('search', { q });
      expect(r.messages.map((m) => m.text).join('\n'), q).toContain('का पालन हो');
    }
  });

  it('a bidi override in a name cannot reorder the printed register', async () => {
    const rlo = '\u202E';
    await reg.call('entries.create', {
      receivedAt: '2025-01-10T09:00',
      mode: 'whatsapp-number',
      informant: { name: `${rlo}fdp.exe` },
      summary: 'फ़ाइल भेजी',
    });
    const doc = await reg.call('documents.registerHtml', { month: '2025-01' });
    expect(doc.html).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(doc.html).toContain('\uFFFDfdp.exe');
    expect(neutraliseBidi('a\u2067b\u2069c\u202Ad')).toBe('a\uFFFDb\uFFFDc\uFFFDd');
    expect(neutraliseBidi('\u200Eok\u200F')).toBe('\u200Eok\u200F');
  });
});
