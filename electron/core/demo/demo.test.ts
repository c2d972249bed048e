import { afterEach, describe, expect, it } from 'vitest';
import { makeRegister, type TestRegister } from '../testing/fixture';
import { fillDemo } from './demo';

let reg: TestRegister;
afterEach(() => reg?.close());

describe('demo data', () => {
  it('fills a new folder with a marked training month in every status, and refuses a used folder', async () => {
    reg = await makeRegister({ init: false });
    const s = await fillDemo(reg.folder, new Date('2025-03-20T06:30:00Z'));
    expect(s.station).toContain('DEMO');
    expect(s.entries).toBeGreaterThan(30);
    expect(s.firs).toBeGreaterThan(3);
    expect(s.videos).toBeGreaterThanOrEqual(1);
    const statuses = reg.folder.db.sqlite
      .prepare('SELECT DISTINCT status FROM entries')
      .all()
      .map((r) => (r as { status: string }).status)
      .sort();
    expect(statuses).toEqual(['cancelled', 'disposed', 'fir-registered', 'pending', 'under-inquiry']);
    reg.as('निरीक्षक राजेश तिवारी');
    expect((await reg.call('app.info')).demo).toBe(true);
    expect((await reg.call('audit.verify')).ok).toBe(true);
    await expect(fillDemo(reg.folder)).rejects.toThrow(/not empty/);
  });

  it('refuses a real register that already has entries', async () => {
    reg = await makeRegister();
    await reg.call('entries.create', { receivedAt: '2025-01-10T10:00', mode: 'phone', informant: { name: 'रामू' }, summary: 'शिकायत' });
    await expect(fillDemo(reg.folder)).rejects.toThrow(/खाली नहीं/);
    expect((await reg.call('station.get'))?.name).toBe('गगहा');
  });
});
