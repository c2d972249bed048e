/**
 * A correct record (issue 14): what is entered is what happened, typed by the munshi, and what was entered
 * wrongly is put right with its trail. Real data folders, real SQLite, through the contract.
 */
import { beforeEach, afterEach, describe, expect, it } from 'vitest';
import { makeRegister, type TestRegister } from './testing/fixture';

let reg: TestRegister;
beforeEach(async () => {
  // 10 January 2026, 16:00 India time: the day after the January arrests.
  reg = await makeRegister({ now: '2026-01-10T10:30:00Z' });
  await reg.call('operators.create', { name: 'मुंशी रामू', role: 'munshi' });
});
afterEach(() => reg.close());

const complaint = (receivedAt: string, extra: Record<string, unknown> = {}) => ({
  receivedAt,
  mode: 'whatsapp-group' as const,
  source: 'थाना गगहा सूचना',
  informant: { name: 'रामप्रीत यादव', phone: '9839047125' },
  summary: 'रेलवे क्रॉसिंग पर युवक की पिटाई का वीडियो',
  ...extra,
});
const audits = (entity: string) =>
  reg.folder.db.sqlite.prepare('SELECT before, after FROM audit_log WHERE entity = ? ORDER BY id').all(entity) as {
    before: string | null;
    after: string | null;
  }[];

describe('receipt dates', () => {
  it('a date in the future is refused and takes no serial (2027 typed for 2026)', async () => {
    const r = await reg.try('entries.create', complaint('2027-01-08T10:32'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.error.code, r.error.field]).toEqual(['validation', 'receivedAt']);
    if (!r.ok) expect(r.error.message).toMatch(/भविष्य में नहीं .* cannot be in the future/);
    const ok = await reg.call('entries.create', complaint('2026-01-08T10:32'));
    expect(`${ok.serial}/${ok.year}`).toBe('1/2026');
    expect(reg.folder.db.sqlite.prepare('SELECT count(*) AS n FROM serial_counters WHERE year = 2027').get()).toEqual({ n: 0 });
  });

  it('a date before the register began, or years old, is questioned until confirmed', async () => {
    for (const at of ['2025-12-30T10:00', '2020-05-01T10:00']) {
      const q = await reg.try('entries.create', complaint(at));
      expect(q.ok).toBe(false);
      if (!q.ok) expect([q.error.code, q.error.field]).toEqual(['needs_confirmation', 'receivedAt']);
      const confirmed = await reg.call('entries.create', complaint(at, { confirmDate: true }));
      expect(confirmed.year).toBe(Number(at.slice(0, 4)));
    }
  });

  it('are accepted as people type them: 8/1/26, 08-01-2026 10:32, Devanagari digits', async () => {
    for (const [typed, stored] of [
      ['8/1/26', '2026-01-08T00:00:00'],
      ['08-01-2026 10:32', '2026-01-08T10:32:00'],
      ['०८-०१-२०२६ १०:३२', '2026-01-08T10:32:00'],
      ['8/1/2026 4:05 pm', '2026-01-08T16:05:00'],
    ]) {
      const e = await reg.call('entries.create', complaint(typed));
      expect((await reg.call('entries.get', { id: e.id })).receivedAt, typed).toBe(stored);
    }
    const bad = await reg.try('entries.create', complaint('31/2/26'));
    expect(bad.ok).toBe(false);
  });

  it('the SHO corrects a wrong receipt date in the same year, with the reason and the old value in the trail', async () => {
    const e = await reg.call('entries.create', complaint('2026-01-06T10:32'));
    reg.as('मुंशी रामू');
    // A munshi can neither correct it nor slip it through an edit.
    expect((await reg.try('entries.correctReceipt', { id: e.id, receivedAt: '2026-01-08T10:32', reason: 'गलत' })).ok).toBe(false);
    const edit = await reg.try('entries.update', { id: e.id, receivedAt: '2026-01-08T10:32' });
    expect(edit.ok).toBe(false);
    if (!edit.ok) expect([edit.error.code, edit.error.field]).toEqual(['forbidden', 'receivedAt']);
    reg.as('राजेश तिवारी');
    const r = await reg.call('entries.correctReceipt', { id: e.id, receivedAt: '08-01-2026 10:32', reason: 'संदेश 8 जनवरी का है' });
    expect(r).toEqual({ id: e.id, year: 2026, serial: e.serial, replaced: null });
    const got = await reg.call('entries.get', { id: e.id });
    expect([got.receivedAt, got.dueAt]).toEqual(['2026-01-08T10:32:00', '2026-01-18']);
    expect(got.actions.map((a) => a.text)).toEqual(['प्राप्ति दिनांक सुधारा: 06-01-2026 10:32 के स्थान पर 08-01-2026 10:32 — संदेश 8 जनवरी का है']);
    const trail = audits('entries').at(-1)!;
    expect(JSON.parse(trail.before!).received_at).toBe('2026-01-06T10:32:00');
    expect(JSON.parse(trail.after!).received_at).toBe('2026-01-08T10:32:00');
  });

  it('a wrong year is struck through and re-entered in the right year in one step, each pointing at the other', async () => {
    // 1/2025 typed for a complaint of January 2026 (confirmed, as the desk asks), with its messages, FIR and action log.
    await reg.call('import.text', { text: '08/01/26, 10:32 am - रामप्रीत यादव: रेलवे क्रॉसिंग पर युवक की पिटाई\n', source: 'थाना गगहा सूचना' });
    const msg = (await reg.call('messages.list', {})).rows[0];
    const wrong = await reg.call('entries.create', complaint('2025-01-08T10:32', { confirmDate: true, messageIds: [msg.id] }));
    await reg.call('entries.addAction', { entryId: wrong.id, at: '2026-01-08T11:00', text: 'हल्का प्रभारी को मौके पर भेजा' });
    const fir = await reg.call('firs.create', {
      year: 2026,
      number: 7,
      registeredAt: '2026-01-08T13:00',
      sections: [{ act: 'BNS', section: '115(2)' }],
      entryId: wrong.id,
    });
    const r = await reg.call('entries.correctReceipt', { id: wrong.id, receivedAt: '2026-01-08T10:32', reason: 'वर्ष गलत टाइप हुआ' });
    expect(r.replaced).toEqual({ id: wrong.id, serial: 1, year: 2025 });
    expect(`${r.serial}/${r.year}`).toBe('1/2026');
    const old = await reg.call('entries.get', { id: wrong.id });
    const now = await reg.call('entries.get', { id: r.id });
    expect(old.status).toBe('cancelled');
    expect(old.cancelReason).toBe('गलत वर्ष में दर्ज; सही प्रविष्टि 1/2026 — वर्ष गलत टाइप हुआ');
    expect(old.replacedByEntry).toEqual({ id: r.id, serial: 1, year: 2026 });
    expect(now.replacesEntry).toEqual({ id: wrong.id, serial: 1, year: 2025 });
    // The matter's record went with it: messages, FIR, the action log; the old entry keeps none of the links.
    expect(now.messages.map((m) => m.id)).toEqual([msg.id]);
    expect(now.firs.map((f) => f.id)).toEqual([fir.id]);
    expect(now.status).toBe('fir-registered');
    expect(now.actions.map((a) => a.text)).toContain('हल्का प्रभारी को मौके पर भेजा');
    expect([old.messages.length, old.firs.length]).toEqual([0, 0]);
    expect((await reg.call('firs.get', { id: fir.id })).entries).toEqual([{ id: r.id, serial: 1, year: 2026 }]);
    expect((await reg.call('messages.list', {})).rows[0].entries).toEqual([{ id: r.id, serial: 1, year: 2026 }]);
    // Serials are never reused: the next 2025 entry is 2/2025.
    expect((await reg.call('entries.create', complaint('2025-02-01T10:00', { confirmDate: true }))).serial).toBe(2);
    expect((await reg.call('audit.verify')).ok).toBe(true);
  });
});

describe('actions', () => {
  it('carry when they happened (typed; not before receipt, not in the future), when recorded, and the GD report', async () => {
    const e = await reg.call('entries.create', complaint('2026-01-08T10:32'));
    const before = await reg.try('entries.addAction', { entryId: e.id, at: '2026-01-08T09:00', text: 'x' });
    expect(before.ok).toBe(false);
    if (!before.ok) expect(before.error.field).toBe('at');
    const future = await reg.try('entries.addAction', { entryId: e.id, at: '2026-01-12T09:00', text: 'x' });
    expect(future.ok).toBe(false);
    // Recorded out of order: the timeline orders by when it happened.
    await reg.call('entries.addAction', { entryId: e.id, at: '09-01-2026 08:15', text: 'छह अभियुक्त गिरफ्तार' });
    await reg.call('entries.addAction', {
      entryId: e.id,
      at: '2026-01-08T10:40',
      text: 'रपट दर्ज कर हल्का प्रभारी रवाना',
      gdNumber: '23',
      gdAt: '2026-01-08T10:40',
    });
    const got = await reg.call('entries.get', { id: e.id });
    expect(got.actions.map((a) => [a.at, a.text, a.gdNumber])).toEqual([
      ['2026-01-08T10:40:00', 'रपट दर्ज कर हल्का प्रभारी रवाना', '23'],
      ['2026-01-09T08:15:00', 'छह अभियुक्त गिरफ्तार', null],
    ]);
    expect(got.actions.every((a) => a.recordedAt.startsWith('2026-01-10T10:30'))).toBe(true);
    // The printed register shows the month's actions in that order, with the GD report.
    const doc = await reg.call('documents.registerHtml', { month: '2026-01' });
    const cell = doc.html.slice(doc.html.indexOf('रपट दर्ज कर'));
    expect(cell.indexOf('रपट दर्ज कर')).toBeLessThan(cell.indexOf('छह अभियुक्त गिरफ्तार'));
    expect(doc.html).toContain('रपट संख्या 23 समय 10:40');
  });
});

describe('persons and FIRs', () => {
  const setup = async () => {
    const e = await reg.call('entries.create', complaint('2026-01-08T10:32'));
    const fir = await reg.call('firs.create', {
      year: 2026,
      number: 7,
      registeredAt: '2026-01-08T13:00',
      sections: [{ act: 'BNS', section: '115(2)' }],
      io: 'उ0नि0 अनीता वर्मा',
      gdNumber: '31',
      gdAt: '2026-01-08T13:05',
      entryId: e.id,
    });
    return { e, fir };
  };

  it('each status carries its own typed time; arrest and jail are separate facts', async () => {
    const { fir } = await setup();
    const p = await reg.call('persons.create', { name: 'मोनू', relativeName: 'रामधनी', age: 24 });
    const link = await reg.call('firs.linkPerson', { firId: fir.id, personId: p.id, role: 'accused' });
    // Arrested on 9 January at 06:30 (typed on the 10th), sent to jail the same evening.
    await reg.call('firs.updatePerson', { linkId: link.id, status: 'arrested', at: '09-01-2026 06:30' });
    await reg.call('firs.updatePerson', { linkId: link.id, status: 'jailed', at: '2026-01-09T18:00' });
    const got = (await reg.call('firs.get', { id: fir.id })).persons[0];
    expect([got.status, got.arrestedAt, got.jailedAt]).toEqual(['jailed', '2026-01-09T06:30:00', '2026-01-09T18:00:00']);
    // Bail before the arrest, or a time in the future, are refused.
    expect((await reg.try('firs.updatePerson', { linkId: link.id, status: 'bailed', at: '2026-01-08T10:00' })).ok).toBe(false);
    expect((await reg.try('firs.updatePerson', { linkId: link.id, status: 'bailed', at: '2026-02-01T10:00' })).ok).toBe(false);
    // A time given with the status the accused already has corrects that fact's time; a future one is refused,
    // never dropped in silence; a status without a time (named) takes none.
    expect((await reg.try('firs.updatePerson', { linkId: link.id, status: 'jailed', at: '2027-01-09T18:00' })).ok).toBe(false);
    await reg.call('firs.updatePerson', { linkId: link.id, status: 'jailed', at: '2026-01-09T19:15' });
    expect((await reg.call('firs.get', { id: fir.id })).persons[0].jailedAt).toBe('2026-01-09T19:15:00');
    const named = await reg.try('firs.updatePerson', { linkId: link.id, status: 'named', at: '2026-01-09T19:15' });
    expect(named.ok ? null : named.error.message).toMatch(/has no time/);
    // The default is now, never the click of a later day: typed times are what the dashboard counts.
    const dash = await reg.call('stats.dashboard', { month: '2026-01' });
    expect(dash.arrested).toBe(1);
  });

  it('victims, complainants and witnesses have no accused statuses', async () => {
    const { fir } = await setup();
    const v = await reg.call('persons.create', { name: 'पीड़ित युवक' });
    const link = await reg.call('firs.linkPerson', { firId: fir.id, personId: v.id, role: 'victim' });
    expect((await reg.call('firs.get', { id: fir.id })).persons[0].status).toBeNull();
    for (const input of [
      { linkId: link.id, status: 'named' as const },
      { linkId: link.id, arrestedAt: '2026-01-09T06:30' },
    ]) {
      const r = await reg.try('firs.updatePerson', input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(/only an accused has a status/);
    }
    expect((await reg.try('firs.linkPerson', { firId: fir.id, personId: v.id, role: 'witness', status: 'wanted' })).ok).toBe(false);
  });

  it("a person's particulars and an FIR's sections, officer and closure are edited, each change in the trail", async () => {
    const { fir } = await setup();
    const p = await reg.call('persons.create', { name: 'मोनु', age: 42 });
    await reg.call('persons.update', {
      id: p.id,
      name: 'मोनू',
      relativeName: 'रामधनी',
      age: 24,
      address: 'ग्राम सोहगौरा',
      phone: '9935012345',
    });
    expect(await reg.call('persons.get', { id: p.id })).toMatchObject({ name: 'मोनू', age: 24, phone: '+919935012345' });
    await reg.call('firs.update', {
      id: fir.id,
      sections: [
        { act: 'BNS', section: '115(2)' },
        { act: 'BNS', section: '352' },
      ],
      io: 'उ0नि0 सुरेश यादव',
      status: 'charge-sheet',
      closureNumber: '12/2026',
      closureDate: '2026-01-10',
    });
    const f = await reg.call('firs.get', { id: fir.id });
    expect([f.io, f.status, f.closureNumber, f.closureDate, f.sections.length, f.gdNumber]).toEqual([
      'उ0नि0 सुरेश यादव',
      'charge-sheet',
      '12/2026',
      '2026-01-10',
      2,
      '31',
    ]);
    const trail = audits('firs').at(-1)!;
    expect(JSON.parse(trail.before!).io).toBe('उ0नि0 अनीता वर्मा');
    expect(audits('persons').at(-1)!.before).toContain('मोनु');
    // The FIR's GD report prints with it in the register.
    expect((await reg.call('documents.registerHtml', { month: '2026-01' })).html).toContain('रपट संख्या 31 समय 13:05');
  });
});

describe('phones', () => {
  it('are Indian numbers as libphonenumber knows them: an 11-digit "mobile" is refused', async () => {
    const bad = await reg.try('entries.create', complaint('2026-01-08T10:32', { informant: { name: 'क', phone: '98390471251' } }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.field).toBe('informant.phone');
    for (const typed of ['98390 47125', '+91 98390 47125', '098390-47125', '९८३९०४७१२५'])
      expect((await reg.try('entries.create', complaint('2026-01-08T10:32', { informant: { name: 'क', phone: typed } }))).ok, typed).toBe(
        true,
      );
  });

  it('are found typed as 10 digits, with +91, with spaces, or by their last digits', async () => {
    const e = await reg.call('entries.create', complaint('2026-01-08T10:32'));
    const p = await reg.call('persons.create', { name: 'मोनू', phone: '9935012345' });
    for (const q of ['9839047125', '+91 98390 47125', '98390 47125', '47125']) {
      const r = await reg.call('search', { q });
      expect(
        r.entries.map((x) => x.id),
        q,
      ).toContain(e.id);
    }
    expect((await reg.call('search', { q: '012345' })).persons.map((x) => x.id)).toEqual([p.id]);
    expect((await reg.call('entries.list', { q: '9839047125' })).total).toBe(1);
  });
});

describe('an edit changes only what it names', () => {
  it('leaving a field out keeps it (the station code when the backup folder is saved, the IO when the status changes)', async () => {
    await reg.call('station.update', { code: 'GKP-12', receivingDevice: 'थाना का मोबाइल' });
    await reg.call('station.update', { lockMinutes: 5 });
    expect(await reg.call('station.get')).toMatchObject({ code: 'GKP-12', receivingDevice: 'थाना का मोबाइल', lockMinutes: 5 });
    const fir = await reg.call('firs.create', {
      year: 2026,
      number: 9,
      registeredAt: '2026-01-09T10:00',
      sections: [{ act: 'BNS', section: '303(2)' }],
      io: 'उ0नि0 अनीता वर्मा',
    });
    await reg.call('firs.update', { id: fir.id, status: 'final-report', closureNumber: '3/2026', closureDate: '2026-01-10' });
    expect((await reg.call('firs.get', { id: fir.id })).io).toBe('उ0नि0 अनीता वर्मा');
    // Cleared on purpose: an empty value.
    await reg.call('station.update', { code: '' });
    expect((await reg.call('station.get'))?.code).toBeNull();
  });
});

describe('imports that cannot duplicate', () => {
  const lines = (n: number, from = 0) =>
    Array.from({ length: n }, (_, i) => `08/01/26, 10:${String(i + from).padStart(2, '0')} am - रामप्रीत यादव: संदेश ${i + from}`).join('\n') +
    '\n';

  it('the same chat under another source name is added to the source it is in, and the munshi is told', async () => {
    const first = await reg.call('import.text', { text: lines(20), source: 'थाना गगहा सूचना' });
    expect(first.newMessages).toBe(20);
    // The same file again, named after its file by the desk: nothing doubles.
    const again = await reg.call('import.text', { text: lines(20), source: 'WhatsApp Chat with Thana Gagaha' });
    expect([again.source, again.newMessages, again.duplicateMessages]).toEqual(['थाना गगहा सूचना', 0, 20]);
    expect(again.warnings.join('\n')).toMatch(/already imported as "थाना गगहा सूचना"/);
    // A later export of the same group (most of it already here, 5 new) goes to the same source.
    const later = await reg.call('import.text', { text: lines(25), source: 'गगहा ग्रुप' });
    expect([later.source, later.newMessages]).toEqual(['थाना गगहा सूचना', 5]);
    expect((await reg.call('messages.list', {})).total).toBe(25);
    expect((await reg.call('sources.list')).map((s) => s.name)).toEqual(['थाना गगहा सूचना']);
    // A different chat keeps its own name.
    const other = await reg.call('import.text', { text: lines(10, 40).replaceAll('रामप्रीत यादव', 'आयुष चौधरी'), source: 'बीट 4' });
    expect(other.source).toBe('बीट 4');
  });
});
