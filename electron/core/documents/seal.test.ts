/**
 * The register's seal: an office holding a signed register or CSV can later ask whether the records were
 * changed after it was signed (changes since the seal), or rewritten (the seal is no point of the chain).
 */
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import Database from 'better-sqlite3';
import path from 'node:path';
import { makeRegister, tempDir, type TestRegister } from '../testing/fixture';
import { formatSeal } from './seal';

let reg: TestRegister;
beforeEach(async () => {
  reg = await makeRegister({ now: '2025-02-05T06:30:00Z' });
  for (let i = 1; i <= 3; i++) {
    await reg.call('entries.create', {
      receivedAt: `2025-01-0${i}T10:00`,
      mode: 'phone',
      informant: { name: 'कमला देवी' },
      summary: `शिकायत ${i}`,
    });
  }
});
afterEach(() => reg.close());

describe('the seal of a printed register', () => {
  it('is the audit head when printed, the same on the register, the summary and the CSV of that moment', async () => {
    const head = (await reg.call('audit.verify')).head;
    const doc = await reg.call('documents.registerHtml', { month: '2025-01' });
    const sum = await reg.call('documents.summaryHtml', { month: '2025-01' });
    const csv = await reg.download('exchange.exportCsv', { from: '2025-01-01', to: '2025-01-31' }, path.join(tempDir(), 'r.csv'));
    expect(doc.seal).toBe(head);
    expect(sum.seal).toBe(head);
    expect(csv.seal).toBe(head);
    expect(doc.html).toContain(formatSeal(head));
  });

  it('still matches after later changes, and says how many and which entries changed', async () => {
    const { seal } = await reg.call('documents.registerHtml', { month: '2025-01' });
    expect(await reg.call('documents.checkSeal', { seal })).toMatchObject({ found: true, changesSince: 0, chainOk: true });
    await reg.call('entries.addAction', { entryId: 2, at: '2025-01-03T10:00', text: 'जांच की गई', status: 'under-inquiry' });
    const later = await reg.call('documents.checkSeal', { seal });
    expect(later.found).toBe(true);
    expect(later.chainOk).toBe(true);
    expect(later.changesSince).toBe(2); // the action row and the entry's new status
    expect(later.entriesChanged).toEqual(['2/2025']);
    expect(later.changedByEntity).toEqual(
      expect.arrayContaining([
        { entity: 'entries', count: 1 },
        { entity: 'entry_actions', count: 1 },
      ]),
    );
  });

  it('accepts the seal as printed (grouped) or a 16-digit prefix, and refuses garbage', async () => {
    const { seal } = await reg.call('documents.registerHtml', { month: '2025-01' });
    expect((await reg.call('documents.checkSeal', { seal: formatSeal(seal) })).found).toBe(true);
    expect((await reg.call('documents.checkSeal', { seal: seal.slice(0, 16).toUpperCase() })).found).toBe(true);
    expect((await reg.call('documents.checkSeal', { seal: 'f'.repeat(64) })).found).toBe(false);
    expect((await reg.call('documents.checkSeal', { seal: 'नहीं' })).found).toBe(false);
  });

  it('matches no row once the chain is rewritten behind the app, and the chain check fails', async () => {
    const { seal } = await reg.call('documents.registerHtml', { month: '2025-01' });
    await reg.call('entries.create', { receivedAt: '2025-01-09T10:00', mode: 'phone', informant: { name: 'क' }, summary: 'बाद की' });
    // someone edits entry 1 with raw SQL and recomputes nothing but the sealed row's hash
    const db = new Database(path.join(reg.dir, 'register.sqlite'));
    db.prepare("UPDATE entries SET summary = 'बदली गई' WHERE id = 1").run();
    db.prepare('UPDATE audit_log SET hash = ? WHERE hash = ?').run('e'.repeat(64), seal);
    db.close();
    const r = await reg.call('documents.checkSeal', { seal });
    expect(r.found).toBe(false);
    expect(r.chainOk).toBe(false);
    expect(r.message).toContain('altered');
  });
});
