import { runCli } from './testing/cli';
import { describe, it, expect } from 'vitest';
import { makeRegister, tempDir } from './testing/fixture';
import { authenticate, waitAfter, hashPin, pinMatches } from './auth';
import { DeskSession } from './session';
import { dispatch } from './dispatch';
import { makeCtx, openDataFolder } from './data-folder';
import { spawn } from 'node:child_process';
import path from 'node:path';

const cli = (dataDir: string, args: string[], env: Record<string, string> = {}) => runCli(dataDir, args, { env });

describe('PINs', () => {
  it('are stored as salted scrypt hashes, never as the PIN', () => {
    const a = hashPin('4321');
    const b = hashPin('4321');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toContain('4321');
    expect(a).not.toBe(b);
    return Promise.all([pinMatches('4321', a), pinMatches('4322', a)]).then(([yes, no]) => {
      expect(yes).toBe(true);
      expect(no).toBe(false);
    });
  });

  it('wrong PINs are refused, then slowed down more and more; the right PIN after the wait resets the count', async () => {
    const reg = await makeRegister({ init: false });
    await reg.call('station.init', { name: 'गगहा', district: 'गोरखपुर', operator: 'राजेश तिवारी', pin: '2468' });
    const db = reg.folder.db;
    let t = new Date('2025-01-20T10:00:00Z');
    for (let i = 0; i < 2; i++) await expect(authenticate(db, 'राजेश तिवारी', '0000', t)).rejects.toThrow(/^गलत पिन \//);
    await expect(authenticate(db, 'राजेश तिवारी', '0000', t)).rejects.toThrow(/wait 5 s/);
    expect(waitAfter(3)).toBe(5);
    // During the wait even the right PIN is refused, without being checked; the try still counts (4).
    await expect(authenticate(db, 'राजेश तिवारी', '2468', new Date(t.getTime() + 2000))).rejects.toThrow(/try again in 3 s/);
    t = new Date(t.getTime() + 6000);
    await expect(authenticate(db, 'राजेश तिवारी', '1111', t)).rejects.toThrow(/wait 20 s/);
    await expect(authenticate(db, 'राजेश तिवारी', '2468', new Date(t.getTime() + 19_000))).rejects.toThrow(/try again in 1 s/);
    t = new Date(t.getTime() + 21_000);
    expect(await authenticate(db, 'राजेश तिवारी', '2468', t)).toMatchObject({ name: 'राजेश तिवारी', role: 'sho' });
    await expect(authenticate(db, 'राजेश तिवारी', '0000', t)).rejects.toThrow(/^गलत पिन \//);
    expect(waitAfter(20)).toBe(300);
    reg.close();
  });

  it('forty wrong PINs sent at once from four processes count as forty', async () => {
    const reg = await makeRegister({ init: false });
    await reg.call('station.init', { name: 'गगहा', district: 'गोरखपुर', operator: 'राजेश तिवारी', pin: '2468' });
    reg.close();
    const worker = path.join(import.meta.dirname, 'testing', 'pin-worker.ts');
    const children = Array.from({ length: 4 }, () =>
      spawn(process.execPath, ['--import', 'tsx', worker, reg.dir, 'राजेश तिवारी', '10'], { stdio: ['pipe', 'pipe', 'pipe'] }),
    );
    const outputs = children.map((c) => {
      let out = '';
      c.stdout.on('data', (d) => (out += d));
      c.stderr.on('data', (d) => (out += d));
      return {
        ready: new Promise<void>((resolve) => c.stdout.on('data', () => out.includes('ready') && resolve())),
        done: new Promise<string>((resolve) => c.on('exit', () => resolve(out))),
      };
    });
    await Promise.all(outputs.map((o) => o.ready));
    for (const c of children) c.stdin.end('go\n');
    const outs = await Promise.all(outputs.map((o) => o.done));
    expect(outs.map((o) => o.match(/refused (\d+)/)?.[1])).toEqual(['10', '10', '10', '10']);
    const folder = openDataFolder(reg.dir);
    const row = folder.db.sqlite.prepare('SELECT failures, locked_until FROM pin_attempts').get() as {
      failures: number;
      locked_until: string;
    };
    expect(row.failures).toBe(40);
    expect(Date.parse(row.locked_until)).toBeGreaterThan(Date.now());
    // Locked: even the right PIN waits.
    await expect(authenticate(folder.db, 'राजेश तिवारी', '2468', new Date())).rejects.toThrow(/try again in/);
    folder.close();
  });

  it('once PINs are in use, a new operator needs one and a desk is locked until sign-in', async () => {
    const reg = await makeRegister({ init: false });
    await reg.call('station.init', { name: 'गगहा', district: 'गोरखपुर', operator: 'राजेश तिवारी', pin: '2468' });
    reg.as('राजेश तिवारी');
    const r = await reg.try('operators.create', { name: 'मुंशी रामू', role: 'munshi' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.field).toBe('pin');
    await reg.call('operators.create', { name: 'मुंशी रामू', role: 'munshi', pin: '1357' });

    const desk = new DeskSession(reg.folder.db);
    const call = async (channel: string, input?: unknown) => {
      const res = await dispatch(makeCtx(reg.folder, desk.operator()), channel, input);
      desk.observe(channel, res);
      return res;
    };
    expect(desk.operator()).toBeNull();
    const locked = await call('entries.create', { receivedAt: '2025-01-08T10:00', mode: 'phone', informant: { name: 'क' }, summary: 'ख' });
    expect(locked.ok).toBe(false);
    expect((await call('auth.login', { name: 'मुंशी रामू', pin: '9999' })).ok).toBe(false);
    expect((await call('auth.login', { name: 'मुंशी रामू', pin: '1357' })).ok).toBe(true);
    const made = await call('entries.create', { receivedAt: '2025-01-08T10:00', mode: 'phone', informant: { name: 'क' }, summary: 'ख' });
    expect(made.ok).toBe(true);
    // A munshi enters and edits, but disposing and cancelling are the SHO's.
    const cancel = await call('entries.cancel', { entryId: 1, reason: 'गलत' });
    expect(cancel.ok).toBe(false);
    if (!cancel.ok) expect(cancel.error.code).toBe('forbidden');
    const audit = reg.folder.db.sqlite.prepare("SELECT operator_name FROM audit_log WHERE entity = 'entries'").get() as {
      operator_name: string;
    };
    expect(audit.operator_name).toBe('मुंशी रामू');
    await call('auth.logout');
    expect(desk.operator()).toBeNull();
    reg.close();
  });
});

describe('the command line with PINs', () => {
  it('acts as --operator with THANA_PIN, refuses a wrong or missing PIN, and a viewer cannot change anything', () => {
    const dir = tempDir('thana-pin-cli-');
    expect(cli(dir, ['init', '--station', 'गगहा', '--district', 'गोरखपुर', '--operator', 'SHO Rajesh', '--pin', '2468']).code).toBe(0);
    // A date before this register's first year (it is set up today): confirmed, as the desk would ask.
    const entry = JSON.stringify({
      receivedAt: '2025-01-08T10:00',
      mode: 'phone',
      informant: { name: 'क' },
      summary: 'ख',
      confirmDate: true,
    });
    const noPin = cli(dir, ['call', 'entries.create', entry]);
    expect(noPin.code).toBe(2);
    expect(noPin.stderr).toMatch(/PIN/);
    expect(cli(dir, ['call', 'entries.create', entry], { THANA_PIN: '1111' }).code).toBe(2);
    expect(cli(dir, ['--operator', 'SHO Rajesh', 'call', 'entries.create', entry], { THANA_PIN: '2468' }).code).toBe(0);
    expect(
      cli(dir, ['--operator', 'SHO Rajesh', 'call', 'operators.create', '{"name":"Viewer CO","role":"viewer","pin":"5555"}'], {
        THANA_PIN: '2468',
      }).code,
    ).toBe(0);
    const asViewer = cli(dir, ['--operator', 'Viewer CO', 'call', 'entries.create', entry], { THANA_PIN: '5555' });
    expect(asViewer.code).toBe(2);
    expect(asViewer.stderr).toMatch(/forbidden/);
    const read = cli(dir, ['--operator', 'Viewer CO', 'call', 'entries.list', '{}'], { THANA_PIN: '5555' });
    expect(read.code).toBe(0);
    expect(JSON.parse(read.stdout).total).toBe(1);
  });
});
