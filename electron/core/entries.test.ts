import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { makeRegister, type TestRegister } from './testing/fixture';

let reg: TestRegister;
beforeEach(async () => {
  reg = await makeRegister();
});
afterEach(() => reg.close());

const informant = { name: 'रामप्रीत यादव', phone: '98390 47125', role: 'pradhan' as const };
const entry = (receivedAt: string, extra: Record<string, unknown> = {}) =>
  reg.call('entries.create', {
    receivedAt,
    mode: 'whatsapp-group',
    source: 'थाना गगहा सूचना',
    informant,
    summary: 'रेलवे क्रॉसिंग पर युवक की पिटाई का वीडियो',
    ...extra,
  });

const auditCount = () => (reg.folder.db.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;

describe('serial numbers', () => {
  it('run per calendar year of receipt and restart in the new year', async () => {
    // The register began in 2025: a 2024 receipt is questioned and entered once the munshi confirms it.
    const old = { confirmDate: true };
    const a = await entry('2024-12-30T10:00', old);
    const b = await entry('2024-12-31T23:59', old);
    const c = await entry('2025-01-01T00:05');
    const d = await entry('2025-01-02T09:00');
    const e = await entry('2024-12-31T08:00', old); // entered late, still counted in 2024
    expect([a, b, c, d, e].map((x) => `${x.serial}/${x.year}`)).toEqual(['1/2024', '2/2024', '1/2025', '2/2025', '3/2024']);
  });

  it('are never reused, even when a row vanished behind the app', async () => {
    await entry('2025-01-05T10:00');
    const second = await entry('2025-01-06T10:00');
    reg.folder.db.sqlite.prepare('DELETE FROM entries WHERE id = ?').run(second.id);
    const third = await entry('2025-01-07T10:00');
    expect(third.serial).toBe(3);
  });
});

describe('due date and overdue', () => {
  it('defaults to 10 days after receipt, 30 for IGRS, and follows the station profile', async () => {
    expect((await entry('2025-01-08T10:32')).dueAt).toBe('2025-01-18');
    expect((await entry('2025-01-08T10:32', { mode: 'igrs' })).dueAt).toBe('2025-02-07');
    await reg.call('station.update', { dueDays: 7 });
    expect((await entry('2025-01-08T10:32')).dueAt).toBe('2025-01-15');
  });

  it('flags open entries past their due date (India date) and filters by it', async () => {
    reg.clock.now = new Date('2025-01-19T18:31:00Z'); // 20 Jan 00:01 in India
    const late = await entry('2025-01-09T10:00'); // due 19 Jan
    const onTime = await entry('2025-01-10T10:00'); // due 20 Jan
    const doneLate = await entry('2025-01-01T10:00');
    await reg.call('entries.dispose', { entryId: doneLate.id, at: '2025-01-15T12:00', note: 'दोनों पक्षों में सुलह' });
    const got = await reg.call('entries.get', { id: late.id });
    expect(got.overdue).toBe(true);
    expect((await reg.call('entries.get', { id: onTime.id })).overdue).toBe(false);
    const overdue = await reg.call('entries.list', { overdue: true });
    expect(overdue.rows.map((r) => r.id)).toEqual([late.id]);
    expect(overdue.total).toBe(1);
  });
});

describe('life of an entry', () => {
  it('keeps an action log, disposes with a note, and a cancelled entry stays with its reason', async () => {
    const e = await entry('2025-01-08T10:32');
    await reg.call('entries.addAction', {
      entryId: e.id,
      at: '2025-01-08T12:00',
      text: 'उ0नि0 अनीता वर्मा को जांच हेतु अंकित',
      status: 'under-inquiry',
    });
    await reg.call('entries.dispose', { entryId: e.id, at: '2025-01-12T17:00', note: 'मौके पर जाकर समझौता कराया गया' });
    const got = await reg.call('entries.get', { id: e.id });
    expect(got.status).toBe('disposed');
    expect(got.disposedAt).toBe('2025-01-12T17:00:00');
    expect(got.actions.map((a) => a.status)).toEqual(['under-inquiry', 'disposed']);
    expect(got.actions[0].operator).toBe('राजेश तिवारी');

    const c = await entry('2025-01-09T09:00');
    await reg.call('entries.cancel', { entryId: c.id, reason: 'दोहरी प्रविष्टि, क्रम 1 देखें' });
    const cancelled = await reg.call('entries.get', { id: c.id });
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.cancelReason).toBe('दोहरी प्रविष्टि, क्रम 1 देखें');
    const edit = await reg.try('entries.update', { id: c.id, summary: 'x' });
    expect(edit.ok).toBe(false);
    expect((await reg.call('entries.list', {})).total).toBe(2);
  });

  it('refuses invalid input with the field named and changes nothing', async () => {
    const before = auditCount();
    const bad = [
      { receivedAt: '2025-02-30T10:00', mode: 'phone', informant, summary: 'x' },
      { receivedAt: '2025-01-08T10:00', mode: 'fax', informant, summary: 'x' },
      { receivedAt: '2025-01-08T10:00', mode: 'phone', informant: { name: '' }, summary: 'x' },
      { receivedAt: '2025-01-08T10:00', mode: 'phone', informant: { name: 'क', phone: '12' }, summary: 'x' },
      { receivedAt: '2025-01-08T10:00', mode: 'phone', informant, summary: '   ' },
    ];
    const fields = [];
    for (const input of bad) {
      const r = await reg.try('entries.create', input);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('validation');
        expect(r.error.message).toMatch(/[\u0900-\u097F]/);
        fields.push(r.error.field);
      }
    }
    expect(fields).toEqual(['receivedAt', 'mode', 'informant.name', 'informant.phone', 'summary']);
    expect(auditCount()).toBe(before);
    expect((await reg.call('entries.list', {})).total).toBe(0);
  });

  it('stores phone numbers as E.164 and makes the informant a contact', async () => {
    const e = await entry('2025-01-08T10:32');
    expect((await reg.call('entries.get', { id: e.id })).informant.phone).toBe('+919839047125');
    expect((await reg.call('contacts.list', {})).map((c) => c.phone)).toEqual(['+919839047125']);
  });

  it('refuses to move an entry into another year, since its serial belongs to the year', async () => {
    const e = await entry('2025-01-08T10:32');
    const r = await reg.try('entries.update', { id: e.id, receivedAt: '2024-12-31T10:00' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.field).toBe('receivedAt');
  });
});

describe('FIRs and persons', () => {
  it('are unique by district + station + year + number, and linking marks the entry', async () => {
    const e = await entry('2025-01-08T10:32');
    const fir = await reg.call('firs.create', {
      year: 2025,
      number: 12,
      registeredAt: '2025-01-09T11:00',
      io: 'उ0नि0 अनीता वर्मा',
      sections: [
        { act: 'BNS', section: '115 (2)' },
        { act: 'BNS', section: '352' },
        { act: 'BNS', section: '351(3)' },
      ],
    });
    const again = await reg.try('firs.create', {
      year: 2025,
      number: 12,
      registeredAt: '2025-01-09T11:00',
      sections: [{ act: 'BNS', section: '303(2)' }],
    });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.code).toBe('conflict');
    const other = await reg.try('firs.create', {
      station: 'पिपराइच',
      year: 2025,
      number: 12,
      registeredAt: '2025-01-09T11:00',
      sections: [{ act: 'BNS', section: '303(2)' }],
    });
    expect(other.ok).toBe(true);

    await reg.call('firs.linkEntry', { firId: fir.id, entryId: e.id });
    const accused = await reg.call('persons.create', {
      name: 'आयुष चौधरी',
      relativeName: 'रमेश चौधरी',
      relation: 'पिता',
      age: 22,
      gender: 'male',
      address: 'ग्राम भरवलिया',
    });
    await reg.call('firs.linkPerson', {
      firId: fir.id,
      personId: accused.id,
      role: 'accused',
      status: 'arrested',
      arrestedAt: '2025-01-10T06:00',
    });
    const got = await reg.call('entries.get', { id: e.id });
    expect(got.status).toBe('fir-registered');
    expect(got.firs[0].sections).toEqual([
      { act: 'BNS', section: '115(2)' },
      { act: 'BNS', section: '352' },
      { act: 'BNS', section: '351(3)' },
    ]);
    expect(got.persons[0]).toMatchObject({ name: 'आयुष चौधरी', role: 'accused', status: 'arrested', arrestedAt: '2025-01-10T06:00:00' });
  });
});

describe('search', () => {
  it('finds whole Hindi words, never a different word sharing letters, and crosses scripts for names', async () => {
    const a = await entry('2025-01-08T10:32', { informant: { name: 'आयुष चौधरी' }, summary: 'खेत की मेड़ को लेकर विवाद' });
    const b = await entry('2025-01-09T10:32', { informant: { name: 'सुरेश निषाद' }, summary: 'चाधर गाँव में चोरी' });
    const ids = async (q: string) => (await reg.call('search', { q })).entries.map((r) => r.id);
    expect(await ids('चौधरी')).toEqual([a.id]);
    expect(await ids('चाधर')).toEqual([b.id]);
    expect(await ids('चोरी')).toEqual([b.id]);
    expect(await ids('विवाद')).toEqual([a.id]);
    expect(await ids('ayush chaudhary')).toEqual([a.id]);
    expect(await ids('suresh')).toEqual([b.id]);
    expect(await ids('मारपीट')).toEqual([]);
    const p = await reg.call('persons.create', { name: 'Aayush Choudhary' });
    expect((await reg.call('search', { q: 'आयुष' })).persons.map((x) => x.id)).toEqual([p.id]);
  });
});

describe('operators', () => {
  it('a viewer cannot change anything', async () => {
    await reg.call('operators.create', { name: 'दर्शक', role: 'viewer' });
    reg.as('दर्शक');
    const r = await reg.try('entries.create', { receivedAt: '2025-01-08T10:32', mode: 'phone', informant, summary: 'x' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('forbidden');
    expect((await reg.call('entries.list', {})).total).toBe(0);
  });
});
