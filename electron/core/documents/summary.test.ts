/**
 * The summary sheet's figures on a register built by hand, where every figure is known: opening pending,
 * received by mode, settled by delay, closing pending by age, FIRs, arrests, cancelled entries.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { makeRegister, type TestRegister } from '../testing/fixture';
import type { Input } from '../../contract/index';

let reg: TestRegister;

async function entry(receivedAt: string, mode: Input<'entries.create'>['mode'] = 'whatsapp-group', summary = 'शिकायत') {
  return reg.call('entries.create', {
    receivedAt,
    mode,
    source: mode.startsWith('whatsapp') ? 'थाना गगहा सूचना' : null,
    informant: { name: 'रामप्रीत यादव' },
    summary,
    confirmDate: true, // December 2024 is before this register's first year: confirmed, as a munshi would
  });
}

beforeAll(async () => {
  reg = await makeRegister({ now: '2025-03-15T06:30:00Z' });
  const dispose = (entryId: number, at: string) => reg.call('entries.dispose', { entryId, at, note: 'निस्तारित' });
  const k = await entry('2024-12-20T10:00'); // opening; settled in Feb after 56 days -> later
  const j = await entry('2025-01-05T10:00'); // opening; disposed in March -> still pending at the end (54 days)
  const a = await entry('2025-01-10T10:00'); // opening; never settled -> pending over 30 days
  const b = await entry('2025-01-20T10:00'); // settled before February: in no February figure
  const c = await entry('2025-01-25T10:00'); // opening; disposed 3 Feb after 9 days -> within 10
  const d = await entry('2025-02-01T09:00', 'whatsapp-group'); // received; disposed after 19 days -> within 30
  const e = await entry('2025-02-05T11:00', 'phone'); // received; FIR next day -> within 10, became FIR
  const f = await entry('2025-02-10T12:00', 'igrs'); // received; pending 18 days at the end -> 11-30
  const g = await entry('2025-02-25T13:00', 'in-person'); // received; under inquiry, 3 days -> 0-10
  const h = await entry('2025-02-12T14:00', 'whatsapp-number'); // cancelled: in no figure but its own
  await entry('2025-03-02T10:00'); // next month
  await dispose(k.id, '2025-02-14T10:00');
  await dispose(j.id, '2025-03-05T10:00');
  await dispose(b.id, '2025-01-25T10:00');
  await dispose(c.id, '2025-02-03T10:00');
  await dispose(d.id, '2025-02-20T10:00');
  const fir = await reg.call('firs.create', {
    year: 2025,
    number: 88,
    registeredAt: '2025-02-06T18:00',
    sections: [
      { act: 'BNS', section: '115(2)' },
      { act: 'BNS', section: '352' },
    ],
    entryId: e.id,
  });
  const p1 = await reg.call('persons.create', { name: 'सुरेश यादव' });
  const p2 = await reg.call('persons.create', { name: 'मनोज कुमार' });
  const p3 = await reg.call('persons.create', { name: 'राहुल' });
  await reg.call('firs.linkPerson', {
    firId: fir.id,
    personId: p1.id,
    role: 'accused',
    status: 'arrested',
    arrestedAt: '2025-02-07T06:00',
  });
  await reg.call('firs.linkPerson', { firId: fir.id, personId: p2.id, role: 'accused', status: 'wanted' });
  await reg.call('firs.linkPerson', { firId: fir.id, personId: p3.id, role: 'accused', status: 'jailed', arrestedAt: '2025-03-01T06:00' }); // arrested in March
  await reg.call('entries.addAction', { entryId: g.id, at: '2025-02-26T10:00', text: 'जांच', status: 'under-inquiry' });
  await reg.call('entries.cancel', { entryId: h.id, reason: 'गलत प्रविष्टि' });
  void a;
  void f;
});
afterAll(() => reg.close());

describe('monthly summary figures', () => {
  it('counts February 2025 as a petition return would', async () => {
    const { figures } = await reg.call('documents.summaryHtml', { month: '2025-02' });
    expect(figures.stations).toHaveLength(1);
    expect(figures.total).toMatchObject({
      station: 'कुल',
      openingPending: 4,
      received: 4,
      receivedByMode: { 'whatsapp-group': 1, 'whatsapp-number': 0, phone: 1, igrs: 1, 'in-person': 1, other: 0 },
      settled: 4,
      settledWithin10: 2,
      settledWithin30: 1,
      settledLater: 1,
      closingPending: 4,
      pendingUpTo10: 1,
      pending11To30: 1,
      pendingOver30: 2,
      becameFir: 1,
      accusedArrested: 1,
      accusedWanted: 1,
      cancelled: 1,
    });
    expect(figures.stations[0]).toMatchObject({ station: 'गगहा', district: 'गोरखपुर', openingPending: 4, closingPending: 4 });
  });

  it('balances every month: opening + received - settled = closing, and closing is the next opening', async () => {
    let prevClosing: number | null = null;
    for (const month of ['2024-12', '2025-01', '2025-02', '2025-03']) {
      const { total } = (await reg.call('documents.summaryHtml', { month })).figures;
      expect(total.openingPending + total.received - total.settled, month).toBe(total.closingPending);
      if (prevClosing !== null) expect(total.openingPending, month).toBe(prevClosing);
      prevClosing = total.closingPending;
    }
  });

  it('prints each figure in its line of the sheet', async () => {
    const { html } = await reg.call('documents.summaryHtml', { month: '2025-02' });
    expect(html).toContain('data-line="1">4<');
    expect(html).toContain('data-line="3.3">1<');
    expect(html).toContain('data-line="8">1<');
    expect(html).toContain('फ़रवरी 2025');
  });

  it('refuses a month that is not YYYY-MM', async () => {
    expect((await reg.try('documents.summaryHtml', { month: '2025-13' })).ok).toBe(false);
    expect((await reg.try('documents.registerHtml', { month: 'फ़रवरी' })).ok).toBe(false);
  });
});
