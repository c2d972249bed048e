/**
 * Migration 0003 (csv_import) adds columns to `entries`. A register made before it must still verify:
 * rows audited before the columns existed have no such keys in their audit JSON, and the new columns are
 * null. A value set in them behind the app's back is still reported.
 */
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { GENESIS_HASH, auditHash } from '../audit';
import { makeRegister } from '../testing/fixture';

const NEW_COLUMNS = ['origin_district', 'origin_station', 'imported'];

/**
 * Rewrites the audit trail as a register made before the migration would have it: the entries' audited
 * JSON without the new columns, the hash chain recomputed over that.
 */
function auditAsBeforeMigration(file: string) {
  const db = new Database(file);
  const strip = (json: string | null) => {
    if (json == null) return null;
    const o = JSON.parse(json) as Record<string, unknown>;
    for (const k of NEW_COLUMNS) delete o[k];
    return JSON.stringify(o);
  };
  const rows = db.prepare('SELECT * FROM audit_log ORDER BY id').all() as {
    id: number;
    at: string;
    operator_id: number | null;
    operator_name: string | null;
    channel: string;
    entity: string;
    entity_id: number;
    before: string | null;
    after: string | null;
  }[];
  let prev = GENESIS_HASH;
  const upd = db.prepare('UPDATE audit_log SET before = ?, after = ?, prev_hash = ?, hash = ? WHERE id = ?');
  db.transaction(() => {
    for (const r of rows) {
      const before = r.entity === 'entries' ? strip(r.before) : r.before;
      const after = r.entity === 'entries' ? strip(r.after) : r.after;
      const hash = auditHash(prev, {
        id: r.id,
        at: r.at,
        operatorId: r.operator_id,
        operatorName: r.operator_name,
        channel: r.channel,
        entity: r.entity,
        entityId: r.entity_id,
        before,
        after,
      });
      upd.run(before, after, prev, hash, r.id);
      prev = hash;
    }
  })();
  // Nor had such a register a head file beside it (anchors came later): otherwise the rewrite above is what it
  // would rightly report, a chain rewritten behind the app's back.
  db.pragma('user_version = 0');
  db.close();
  fs.rmSync(path.join(path.dirname(file), 'register.head'), { force: true });
}

describe('upgrading a register made before the CSV import columns', () => {
  it('verifies clean after the migration, and still catches a value set behind the app', async () => {
    const first = await makeRegister({ now: '2025-01-20T06:30:00Z' });
    const dir = first.dir;
    for (const d of ['2025-01-08T10:00', '2025-01-09T10:00']) {
      await first.call('entries.create', { receivedAt: d, mode: 'phone', informant: { name: 'कमला देवी' }, summary: 'पुरानी' });
    }
    first.close();
    auditAsBeforeMigration(path.join(dir, 'register.sqlite'));

    const reg = await makeRegister({ dir, now: '2025-01-21T06:30:00Z' });
    try {
      expect(await reg.call('audit.verify')).toMatchObject({ ok: true });
      // old rows work with the new code: documents, export, a new entry continuing the serials
      expect((await reg.call('documents.registerHtml', { month: '2025-01' })).rows).toBe(2);
      expect(
        (await reg.call('entries.create', { receivedAt: '2025-01-10T10:00', mode: 'phone', informant: { name: 'क' }, summary: 'नई' }))
          .serial,
      ).toBe(3);
      await reg.call('entries.addAction', { entryId: 1, at: '2025-01-09T10:00', text: 'जांच', status: 'under-inquiry' });
      expect(await reg.call('audit.verify')).toMatchObject({ ok: true });

      const raw = new Database(path.join(dir, 'register.sqlite'));
      raw.prepare("UPDATE entries SET origin_station = 'अन्य' WHERE id = 2").run();
      raw.close();
      const v = await reg.call('audit.verify');
      expect(v.ok).toBe(false);
      expect(v.problems).toContainEqual(expect.objectContaining({ kind: 'row-changed', entity: 'entries', id: 2 }));
    } finally {
      reg.close();
    }
  });
});
