import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { makeRegister, type TestRegister } from './testing/fixture';

let reg: TestRegister;
let entryId: number;
beforeEach(async () => {
  reg = await makeRegister();
  const e = await reg.call('entries.create', {
    receivedAt: '2025-01-08T10:32',
    mode: 'whatsapp-group',
    source: 'बीट 4',
    informant: { name: 'विनोद जायसवाल' },
    summary: 'दुकान के सामने जाम',
  });
  entryId = e.id;
  await reg.call('entries.addAction', { entryId, text: 'हल्का सिपाही भेजा गया' });
});
afterEach(() => reg.close());

const raw = (sql: string, ...p: unknown[]) => reg.folder.db.sqlite.prepare(sql).run(...p);

describe('audit trail', () => {
  it('writes one chained row per change, with operator, channel and before/after', async () => {
    const rows = reg.folder.db.sqlite.prepare('SELECT * FROM audit_log ORDER BY id').all() as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(4);
    for (let i = 1; i < rows.length; i++) expect(rows[i].prev_hash).toBe(rows[i - 1].hash);
    const ins = rows.find((r) => r.entity === 'entries')!;
    expect(ins).toMatchObject({ channel: 'entries.create', operator_name: 'राजेश तिवारी', before: null });
    expect(JSON.parse(ins.after).summary).toBe('दुकान के सामने जाम');
    expect(ins.at).toBe('2025-01-20T06:30:00.000Z');
    expect((await reg.call('audit.verify')).ok).toBe(true);
  });

  it('a refused change writes no audit row', async () => {
    const n = () => (reg.folder.db.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    const before = n();
    await reg.try('entries.dispose', { entryId, at: '2025-01-01T00:00', note: 'before it arrived' });
    expect(n()).toBe(before);
  });

  it('reports a raw SQL edit of an entry with the row it concerns', async () => {
    raw("UPDATE entries SET summary = 'बदला हुआ' WHERE id = ?", entryId);
    const v = await reg.call('audit.verify');
    expect(v.ok).toBe(false);
    expect(v.problems).toEqual([expect.objectContaining({ kind: 'row-changed', entity: 'entries', id: entryId })]);
  });

  it('reports a raw edit of an audit row by its id', async () => {
    const target = reg.folder.db.sqlite.prepare("SELECT id FROM audit_log WHERE entity = 'entry_actions'").get() as { id: number };
    raw("UPDATE audit_log SET after = replace(after, 'सिपाही', 'दरोगा') WHERE id = ?", target.id);
    const v = await reg.call('audit.verify');
    expect(v.ok).toBe(false);
    expect(v.problems).toContainEqual(expect.objectContaining({ kind: 'chain', auditId: target.id }));
  });

  it('reports rows deleted or added behind the app', async () => {
    raw('DELETE FROM entry_actions WHERE entry_id = ?', entryId);
    raw("INSERT INTO persons (name, created_at) VALUES ('अज्ञात', '2025-01-01')");
    const v = await reg.call('audit.verify');
    expect(v.problems.map((p) => `${p.kind}:${p.entity}`).sort()).toEqual(['row-missing:entry_actions', 'row-unaudited:persons']);
  });

  it('notices the last audit rows deleted together with the change they recorded', async () => {
    const last = reg.folder.db.sqlite.prepare('SELECT max(id) AS m FROM audit_log').get() as { m: number };
    raw('DELETE FROM audit_log WHERE id = ?', last.m);
    expect((await reg.call('audit.verify')).ok).toBe(false);
  });
});

describe('audit across schema migrations', () => {
  it('a row audited before a column was added still verifies, but an edit of that column does not', async () => {
    const { sqlite } = reg.folder.db;
    sqlite.exec('ALTER TABLE entries ADD COLUMN later_note text; ALTER TABLE entries ADD COLUMN later_flag integer DEFAULT 0 NOT NULL');
    expect((await reg.call('audit.verify')).problems).toEqual([]);
    raw("UPDATE entries SET later_note = 'पीछे से' WHERE id = ?", entryId);
    const v = await reg.call('audit.verify');
    expect(v.problems).toEqual([expect.objectContaining({ kind: 'row-changed', entity: 'entries', id: entryId })]);
  });
});

describe('verify runs', () => {
  it('are recorded so the desk can show the last result and when it ran', async () => {
    expect(await reg.call('audit.lastVerify')).toBeNull();
    await reg.call('audit.verify');
    expect(await reg.call('audit.lastVerify')).toMatchObject({ at: '2025-01-20T06:30:00.000Z', ok: true, problems: 0 });
    raw("UPDATE entries SET summary = 'x' WHERE id = ?", entryId);
    await reg.call('audit.verify');
    expect(await reg.call('audit.lastVerify')).toMatchObject({ ok: false, problems: 1 });
  });
});
