import { afterEach, describe, expect, it } from 'vitest';
import { makeRegister, type TestRegister } from './testing/fixture';
import { DeskSession, DeskSessions, lockMinutes } from './session';
import { dispatch } from './dispatch';
import { makeCtx } from './data-folder';

let reg: TestRegister;
afterEach(() => reg?.close());

/** A station whose SHO and munshi have PINs, the desk locking after `minutes` idle. */
async function withPins(minutes: number) {
  reg = await makeRegister({ init: false });
  await reg.call('station.init', { name: 'गगहा', district: 'गोरखपुर', operator: 'राजेश तिवारी', pin: '2468' });
  reg.as('राजेश तिवारी');
  await reg.call('operators.create', { name: 'मुंशी रामू', role: 'munshi', pin: '1357' });
  await reg.call('station.update', { lockMinutes: minutes });
  return reg;
}

const entry = { receivedAt: '2025-01-08T10:00', mode: 'phone', informant: { name: 'क' }, summary: 'ख' };

/** One desk calling the real dispatch, as a transport does. */
function deskCalls(desk: DeskSession) {
  return async (channel: string, input?: unknown) => {
    const r = await dispatch(
      makeCtx(reg.folder, desk.operator(), () => reg.clock.now),
      channel,
      input,
    );
    desk.observe(channel, r);
    return r;
  };
}

describe('DeskSession: the idle lock is enforced by the server', () => {
  it('a sign-in ends after lock_minutes without a call, though the page never said auth.logout', async () => {
    await withPins(5);
    expect(lockMinutes(reg.folder.db)).toBe(5);
    const desk = new DeskSession(reg.folder.db, () => reg.clock.now);
    const call = deskCalls(desk);
    expect((await call('auth.login', { name: 'मुंशी रामू', pin: '1357' })).ok).toBe(true);
    const t0 = reg.clock.now.getTime();

    // Calls keep it alive: 4 minutes, a call, 4 more minutes, still signed in.
    reg.clock.now = new Date(t0 + 4 * 60_000);
    expect((await call('entries.create', entry)).ok).toBe(true);
    reg.clock.now = new Date(t0 + 8 * 60_000);
    expect(desk.peek()?.name).toBe('मुंशी रामू');
    // peek (evidence, event stream) does not count as use: 5 minutes after the last call the desk is locked.
    reg.clock.now = new Date(t0 + 9 * 60_000);
    expect(desk.peek()).toBeNull();
    const r = await call('entries.create', entry);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('locked');
    expect(desk.isSignedIn()).toBe(false);
  });

  it('lock_minutes 0 never locks by itself; auth.logout still does', async () => {
    await withPins(0);
    const desk = new DeskSession(reg.folder.db, () => reg.clock.now);
    const call = deskCalls(desk);
    await call('auth.login', { name: 'मुंशी रामू', pin: '1357' });
    reg.clock.now = new Date(reg.clock.now.getTime() + 30 * 24 * 3600_000);
    expect((await call('entries.create', entry)).ok).toBe(true);
    await call('auth.logout');
    expect(desk.operator()).toBeNull();
  });

  it('an operator made inactive is signed out at the next call; a changed role applies at once', async () => {
    await withPins(10);
    const desk = new DeskSession(reg.folder.db, () => reg.clock.now);
    const call = deskCalls(desk);
    await call('auth.login', { name: 'मुंशी रामू', pin: '1357' });
    reg.folder.db.sqlite.prepare("UPDATE operators SET role = 'viewer' WHERE name = 'मुंशी रामू'").run();
    const asViewer = await call('entries.create', entry);
    expect(asViewer.ok).toBe(false);
    if (!asViewer.ok) expect(asViewer.error.code).toBe('forbidden');
    reg.folder.db.sqlite.prepare("UPDATE operators SET active = 0 WHERE name = 'मुंशी रामू'").run();
    expect(desk.operator()).toBeNull();
  });

  it('before any PIN exists the SHO acts at every desk, signed in or not', async () => {
    reg = await makeRegister();
    const desk = new DeskSession(reg.folder.db, () => reg.clock.now);
    expect(desk.operator()?.role).toBe('sho');
    expect(desk.isSignedIn()).toBe(false);
  });
});

describe('DeskSessions: one desk per tab or window', () => {
  it('a desk signed in under one id does not sign in another, nor a caller with no id or an unknown one', async () => {
    await withPins(10);
    const sessions = new DeskSessions(reg.folder.db, () => reg.clock.now);
    const a = sessions.open();
    const b = sessions.open();
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[A-Za-z0-9_-]{32}$/);
    await deskCalls(sessions.desk(a))('auth.login', { name: 'मुंशी रामू', pin: '1357' });
    expect(sessions.desk(a).operator()?.name).toBe('मुंशी रामू');
    expect(sessions.desk(b).operator()).toBeNull();
    expect(sessions.desk(null).operator()).toBeNull();
    expect(sessions.desk('made-up').operator()).toBeNull();
    expect(sessions.has('made-up')).toBe(false);

    // The sweep forgets desks nobody is signed in to and those gone idle.
    expect(sessions.sweep()).toEqual([b]);
    reg.clock.now = new Date(reg.clock.now.getTime() + 11 * 60_000);
    expect(sessions.sweep()).toEqual([a]);
    expect(sessions.has(a)).toBe(false);
  });
});
