/**
 * Loss the audit chain cannot see on its own (issue 11 §6): the newest rows deleted with their audit rows,
 * the whole chain rewritten with recomputed hashes, the WAL lost after a crash. Each leaves a chain that is
 * sound in itself; the anchors outside the database (register.head, the newest backup's manifest, a printed
 * seal) are what show it.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { makeRegister, tempDir, type TestRegister } from './testing/fixture';
import { runCli } from './testing/cli';
import { auditHash, canonicalJson, headHash, verifyAudit } from './audit';
import { HEAD_FILE, readHeadFile } from './anchors';
import { listBackups, readManifest } from './backup/folder';
import { verifyAll } from './verify';

const ROOT = path.resolve(__dirname, '../..');

const entry = (i: number) => ({
  receivedAt: `2025-01-1${i % 10}T10:00`,
  mode: 'phone' as const,
  informant: { name: `सूचनाकर्ता ${i}` },
  summary: `शिकायत ${i}`,
});

async function registerWith(n: number): Promise<TestRegister> {
  const reg = await makeRegister();
  for (let i = 0; i < n; i++) await reg.call('entries.create', entry(i));
  return reg;
}

/**
 * Behind the app's back, with a raw connection: every change after audit row `keep` is undone (rows put back
 * to their audited `before`, new rows deleted) and those audit rows deleted. The chain that is left is sound.
 */
function undoNewest(file: string, keep: number) {
  const db = new Database(file);
  const rows = db.prepare('SELECT id, entity, entity_id, before FROM audit_log WHERE id > ? ORDER BY id DESC').all(keep) as {
    id: number;
    entity: string;
    entity_id: number;
    before: string | null;
  }[];
  db.transaction(() => {
    for (const r of rows) {
      if (r.before === null) db.prepare(`DELETE FROM "${r.entity}" WHERE id = ?`).run(r.entity_id);
      else {
        const b = JSON.parse(r.before) as Record<string, unknown>;
        const cols = Object.keys(b);
        db.prepare(`UPDATE "${r.entity}" SET ${cols.map((c) => `"${c}" = ?`).join(', ')} WHERE id = ?`).run(
          ...cols.map((c) => b[c]),
          r.entity_id,
        );
      }
      db.prepare('DELETE FROM audit_log WHERE id = ?').run(r.id);
    }
  })();
  db.close();
}

/** Behind the app's back: changes an entry, then rewrites its audit row and every hash after it, consistently. */
function rewriteChain(file: string, entryId: number, summary: string) {
  const db = new Database(file);
  db.transaction(() => {
    db.prepare('UPDATE entries SET summary = ? WHERE id = ?').run(summary, entryId);
    const after = canonicalJson(db.prepare('SELECT * FROM entries WHERE id = ?').get(entryId) as Record<string, unknown>);
    const row = db.prepare("SELECT id FROM audit_log WHERE entity = 'entries' AND entity_id = ? ORDER BY id DESC LIMIT 1").get(entryId) as {
      id: number;
    };
    db.prepare('UPDATE audit_log SET after = ? WHERE id = ?').run(after, row.id);
    type R = {
      id: number;
      at: string;
      operator_id: number | null;
      operator_name: string | null;
      channel: string;
      entity: string;
      entity_id: number;
      before: string | null;
      after: string | null;
      prev_hash: string;
    };
    let prev = (db.prepare('SELECT prev_hash FROM audit_log WHERE id = ?').get(row.id) as { prev_hash: string }).prev_hash;
    for (const r of db.prepare('SELECT * FROM audit_log WHERE id >= ? ORDER BY id').all(row.id) as R[]) {
      const hash = auditHash(prev, {
        id: r.id,
        at: r.at,
        operatorId: r.operator_id,
        operatorName: r.operator_name,
        channel: r.channel,
        entity: r.entity,
        entityId: r.entity_id,
        before: r.before,
        after: r.after,
      });
      db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?').run(prev, hash, r.id);
      prev = hash;
    }
  })();
  db.close();
}

const dbFile = (reg: TestRegister) => path.join(reg.dir, 'register.sqlite');

describe('the head file beside the database', () => {
  it('is written atomically after each commit that moved the chain head, through the dispatch and through imports', async () => {
    const reg = await registerWith(2);
    const h = readHeadFile(reg.dir).head!;
    expect(h).toMatchObject({ format: 'thana-register-head/1', ...pick(headHash(reg.folder.db.sqlite)) });
    expect(h.at).toBe('2025-01-20T06:30:00.000Z');
    await reg.call('import.text', { text: '[10:32 am, 16/01/2025] SI Ramesh Yadav: बीट 4 में मारपीट की सूचना', source: 'web' });
    expect(readHeadFile(reg.dir).head).toMatchObject(pick(headHash(reg.folder.db.sqlite)));
    expect(fs.readdirSync(reg.dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
    reg.close();
  });

  it('a fresh install has no anchor yet, and verify is fine with that', async () => {
    const reg = await makeRegister({ init: false });
    expect(fs.existsSync(path.join(reg.dir, HEAD_FILE))).toBe(false);
    // Nobody is signed in on a fresh install, so the check runs as the desk's own would, without the dispatch.
    expect(await verifyAll({ ...reg.ctx(), channel: 'audit.verify' })).toMatchObject({ ok: true, problems: [], warnings: [], anchors: [] });
    reg.close();
  });

  it('deleted: verify still passes but warns that the anchor is missing (never silent); the next change writes a new one', async () => {
    const reg = await registerWith(2);
    fs.rmSync(path.join(reg.dir, HEAD_FILE));
    const v = await reg.call('audit.verify');
    expect(v.ok).toBe(true);
    expect(v.warnings).toEqual([
      expect.objectContaining({ kind: 'anchor-missing-file', message: expect.stringMatching(/^शीर्ष-फ़ाइल.*missing/) }),
    ]);
    const cli = runCli(reg.dir, ['verify']);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toMatch(/warning: .*register\.head is missing/);
    await reg.call('entries.create', entry(9));
    expect(readHeadFile(reg.dir).head).toMatchObject(pick(headHash(reg.folder.db.sqlite)));
    expect((await reg.call('audit.verify')).warnings).toEqual([]);
    reg.close();
  });
});

describe('verify compares the chain with its anchors', () => {
  it('the newest entries deleted together with their audit rows (raw SQL): verify fails naming how many audited changes are missing', async () => {
    const reg = await registerWith(3);
    const keep = headHash(reg.folder.db.sqlite).id;
    await reg.call('entries.create', entry(3));
    await reg.call('entries.create', entry(4));
    const head = headHash(reg.folder.db.sqlite).id;
    const missing = head - keep;
    expect(missing).toBeGreaterThanOrEqual(2);

    undoNewest(dbFile(reg), keep);
    expect(verifyAudit(reg.folder.db.sqlite)).toMatchObject({ ok: true }); // the chain alone sees nothing
    expect((await reg.call('entries.list', {})).total).toBe(3);

    const v = await reg.call('audit.verify');
    expect(v.ok).toBe(false);
    expect(v.problems).toEqual([
      expect.objectContaining({
        kind: 'anchor-missing',
        auditId: head,
        message: expect.stringMatching(
          new RegExp(
            `^${missing} ऑडिट किए गए बदलाव गायब हैं, 2025-01-20 12:00 IST के बाद से.* / ${missing} audited change\\(s\\) missing since 2025-01-20 12:00 IST`,
          ),
        ),
      }),
    ]);
    const cli = runCli(reg.dir, ['verify']);
    expect(cli.code).toBe(3);
    expect(cli.stdout).toContain(`${missing} audited change(s) missing since`);

    // Writing through the app afterwards does not move the anchor back over the loss.
    const anchor = readHeadFile(reg.dir).head;
    await reg.call('entries.create', entry(7));
    expect(readHeadFile(reg.dir).head).toEqual(anchor);
    expect((await reg.call('audit.verify')).ok).toBe(false);
    reg.close();
  });

  it('the whole chain rewritten with recomputed hashes: verify fails, by the head file and by the newest backup alone', async () => {
    const reg = await registerWith(4);
    const backups = tempDir('thana-bk-');
    await reg.call('station.update', { backupDir: backups });
    await reg.call('backup.create', {});
    const first = (await reg.call('entries.list', {})).rows.at(-1)!;

    rewriteChain(dbFile(reg), first.id, 'बदली हुई शिकायत');
    expect(verifyAudit(reg.folder.db.sqlite).ok).toBe(true); // consistent: the chain alone passes

    const v = await reg.call('audit.verify');
    expect(v.ok).toBe(false);
    expect(v.problems.map((p) => p.kind)).toEqual(['anchor-rewritten', 'anchor-rewritten']);
    expect(v.problems[0].message).toMatch(
      /^ऑडिट श्रृंखला दोबारा लिखी गई है.* \/ the audit chain was rewritten: audit row \d+ does not match the head file/,
    );
    expect(v.problems[1].message).toMatch(/does not match the newest backup thana-backup-/);

    // Whoever rewrote the chain deletes the head file too: the backup (a pen drive kept elsewhere) still shows it.
    fs.rmSync(path.join(reg.dir, HEAD_FILE));
    const cli = runCli(reg.dir, ['verify']);
    expect(cli.code).toBe(3);
    expect(cli.stdout).toMatch(/the audit chain was rewritten: .*newest backup/);
    expect(cli.stdout).toMatch(/warning: .*register\.head is missing/);
    reg.close();
  });

  it('every backup manifest records the head: audit row, hash and time', async () => {
    const reg = await registerWith(2);
    const made = await reg.call('backup.create', { dir: tempDir('thana-bk-') });
    const m = readManifest(made.dir)!;
    const h = headHash(reg.folder.db.sqlite);
    expect(m).toMatchObject({ auditHead: h.hash, auditHeadId: h.id, auditHeadAt: '2025-01-20T06:30:00.000Z' });
    reg.close();
  });

  it('the WAL lost after a crash (process killed with commits only in the -wal, then the -wal deleted): verify reports the missing changes', async () => {
    const reg = await registerWith(2);
    reg.close();
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'electron/core/testing/commit-worker.ts'), reg.dir, '3'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const said = await new Promise<string>((resolve, reject) => {
      let out = '';
      let err = '';
      child.stderr.on('data', (d) => (err += d));
      child.stdout.on('data', (d) => {
        out += d;
        if (out.includes('\n')) resolve(out.trim());
      });
      child.on('exit', (code) => reject(new Error(`worker exited ${code}: ${err}`)));
    });
    const [, before, after] = said.split(' ').map(Number);
    await new Promise<void>((done) => {
      child.removeAllListeners('exit');
      child.on('exit', () => done());
      child.kill('SIGKILL');
    });
    expect(fs.statSync(path.join(reg.dir, 'register.sqlite-wal')).size).toBeGreaterThan(0);
    fs.rmSync(path.join(reg.dir, 'register.sqlite-wal'));
    fs.rmSync(path.join(reg.dir, 'register.sqlite-shm'), { force: true });

    expect(runCli(reg.dir, ['call', 'entries.list', '{}']).json().total).toBe(2); // the 3 committed entries are gone
    const v = runCli(reg.dir, ['verify']);
    expect(v.code).toBe(3);
    expect(v.stdout).toContain(`${after - before} ऑडिट किए गए बदलाव गायब हैं`);
    expect(v.stdout).toContain(`${after - before} audited change(s) missing since`);
    expect(v.stdout).toContain(`records row ${after}`);
  });

  it('a printed seal is an anchor too: verify --seal HASH --row N counts the changes lost after it', async () => {
    const reg = await registerWith(3);
    const keep = headHash(reg.folder.db.sqlite).id;
    await reg.call('entries.create', entry(5));
    const doc = await reg.call('documents.registerHtml', { month: '2025-01' });
    expect(doc.auditId).toBeGreaterThan(keep);
    undoNewest(dbFile(reg), keep);
    fs.rmSync(path.join(reg.dir, HEAD_FILE)); // only the paper is left

    const missing = doc.auditId - keep;
    const r = await reg.call('documents.checkSeal', { seal: doc.seal, auditId: doc.auditId });
    expect(r).toMatchObject({ found: false, chainOk: false });
    expect(r.message).toContain(`${missing} audited change(s) missing since`);
    const cli = runCli(reg.dir, ['verify', '--seal', doc.seal, '--row', String(doc.auditId)]);
    expect(cli.code).toBe(3);
    expect(cli.stdout).toContain(`${missing} ऑडिट किए गए बदलाव गायब हैं`);
    expect(cli.stdout).toContain(`the seal`);
    // Without the row it can still say the seal is no longer a point of the chain.
    expect(runCli(reg.dir, ['verify', '--seal', doc.seal]).code).toBe(3);
    reg.close();
  });

  it('after restoring an older backup, the newer backup it gave up is a warning, not a failure', async () => {
    const reg = await registerWith(2);
    const backups = tempDir('thana-bk-');
    await reg.call('station.update', { backupDir: backups });
    reg.clock.now = new Date('2025-01-21T06:30:00Z');
    const older = await reg.call('backup.create', {});
    await reg.call('entries.create', entry(8));
    reg.clock.now = new Date('2025-01-22T06:30:00Z');
    await reg.call('backup.create', {});
    expect(listBackups(backups)[0]).not.toBe(older.dir);
    reg.close();

    expect(runCli(reg.dir, ['restore', older.dir]).code).toBe(0);
    expect(readHeadFile(reg.dir).head).toMatchObject({ restoredFrom: older.dir });
    const v = runCli(reg.dir, ['verify', '--json']).json();
    expect(v.ok).toBe(true);
    expect(v.warnings).toEqual([
      expect.objectContaining({ kind: 'anchor-missing', message: expect.stringMatching(/restored from a backup/) }),
    ]);
  });
});

function pick(h: { id: number; hash: string }) {
  return { auditId: h.id, hash: h.hash };
}
