import { afterEach, describe, expect, it } from 'vitest';
import { makeRegister, type TestRegister } from './testing/fixture';

let reg: TestRegister;
afterEach(() => reg?.close());

const entry = (receivedAt: string, name: string) => ({
  receivedAt,
  mode: 'whatsapp-group' as const,
  source: 'थाना गगहा डिजिटल वालंटियर',
  informant: { name },
  summary: `शिकायत ${name}`,
});

describe('stats.dashboard', () => {
  it('counts the month, pending by age, overdue, FIRs and arrests', async () => {
    reg = await makeRegister({ now: '2025-01-20T06:30:00Z' }); // 20-01-2025 India time
    const a = await reg.call('entries.create', entry('2025-01-02T10:00', 'रामू')); // 18 days old, overdue (due 12-01)
    const b = await reg.call('entries.create', entry('2025-01-15T10:00', 'श्यामू')); // 5 days old
    await reg.call('entries.create', { ...entry('2024-12-10T10:00', 'पुराना'), confirmDate: true }); // 41 days old, previous month
    const c = await reg.call('entries.create', entry('2025-01-05T09:00', 'गीता'));
    await reg.call('entries.dispose', { entryId: c.id, at: '2025-01-09T12:00', note: 'सुलह' });
    const fir = await reg.call('firs.create', {
      year: 2025,
      number: 12,
      registeredAt: '2025-01-16T11:00',
      sections: [{ act: 'BNS', section: '115(2)' }],
      entryId: b.id,
    });
    const p1 = await reg.call('persons.create', { name: 'मोहन' });
    const p2 = await reg.call('persons.create', { name: 'सोहन' });
    await reg.call('firs.linkPerson', {
      firId: fir.id,
      personId: p1.id,
      role: 'accused',
      status: 'arrested',
      arrestedAt: '2025-01-17T08:00',
    });
    await reg.call('firs.linkPerson', { firId: fir.id, personId: p2.id, role: 'accused', status: 'wanted' });

    const s = await reg.call('stats.dashboard', {});
    expect(s.month).toBe('2025-01');
    expect(s.today).toBe('2025-01-20');
    expect(s.received).toBe(3);
    expect(s.disposed).toBe(1);
    expect(s.disposedWithin10).toBe(1);
    expect(s.firs).toBe(1);
    expect(s.arrested).toBe(1);
    expect(s.wanted).toBe(1);
    expect(s.overdueList.map((r) => r.id)).toContain(a.id);
    expect(s.overdueList.find((r) => r.id === a.id)?.daysOver).toBe(8);
    const byAge = s.pendingByAge;
    expect(byAge.over30).toBe(1); // the December entry
    expect(byAge.from11To30).toBe(1); // entry a
    expect(byAge.upTo10 + byAge.from11To30 + byAge.over30).toBe(s.pending);

    const dec = await reg.call('stats.dashboard', { month: '2024-12' });
    expect(dec.received).toBe(1);
    expect(dec.firs).toBe(0);
  });

  it('app.info names the operator and the data folder', async () => {
    reg = await makeRegister();
    const info = await reg.call('app.info');
    expect(info.operator?.name).toBe('राजेश तिवारी');
    expect(info.dataDir).toBe(reg.dir);
    expect(info.demo).toBe(false);
  });
});
