import { describe, it, expect, afterEach } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { makeRegister, tempDir, type TestRegister } from '../testing/fixture';
import { generateExport } from '../../../bench/generate-export';
import { collectPaths, collectText, closeCollected } from './collect';
import { saveImport } from './save';
import { evidenceStore } from './import';
import { openChat } from './chat-source';
import { ImportDigester, importDigest } from './digest';
import { dispatch } from '../dispatch';
import type { EventPayload } from '../../contract/index';

const open: TestRegister[] = [];
afterEach(() => {
  for (const r of open.splice(0)) r.close();
});

async function register() {
  const reg = await makeRegister();
  open.push(reg);
  return reg;
}

async function importWith(reg: TestRegister, file: string, workerMinBytes: number) {
  const ctx = { ...reg.ctx(), channel: 'import.files' as const };
  const collected = await collectPaths(evidenceStore(ctx), [file], { workerMinBytes });
  try {
    const via = collected.chats.map((c) => c.via);
    const summary = saveImport(ctx, collected, {
      source: 'थाना गगहा',
      sourceKind: 'thana-group',
      kind: 'export',
      fileName: path.basename(file),
      startedAt: reg.clock.now,
    });
    return { via, summary };
  } finally {
    closeCollected(collected);
  }
}

const rows = (reg: TestRegister, sql: string) => reg.folder.db.sqlite.prepare(sql).raw().all();

describe('preparing a big chat in a key worker', () => {
  it('stores exactly what preparing on one thread stores: rows, search index and digest', async () => {
    const dir = tempDir('thana-chat-source-');
    for (const format of ['android', 'ios'] as const) {
      const file = path.join(dir, `WhatsApp Chat with गगहा ${format}.txt`);
      fs.writeFileSync(file, generateExport(6_000, { format, seed: 7 }));
      const [a, b] = [await register(), await register()];
      const viaWorker = await importWith(a, file, 0);
      const inline = await importWith(b, file, Number.POSITIVE_INFINITY);
      expect(viaWorker.via).toEqual(['worker']);
      expect(inline.via).toEqual(['inline']);
      expect(viaWorker.summary).toEqual(inline.summary);
      expect(viaWorker.summary.newMessages).toBeGreaterThan(5_000);
      for (const table of ['messages', 'message_attachments', 'evidence_sightings']) {
        expect(rows(a, `SELECT * FROM ${table} ORDER BY id`)).toEqual(rows(b, `SELECT * FROM ${table} ORDER BY id`));
      }
      const digest = (r: TestRegister) => (r.folder.db.sqlite.prepare('SELECT digest FROM imports').get() as { digest: string }).digest;
      expect(digest(a)).toBe(digest(b));
      expect(importDigest(a.folder.db.sqlite, 1)).toBe(digest(a));
      for (const q of ['चोरी', 'chori', 'Vinod'])
        expect((await a.call('search', { q })).messages).toEqual((await b.call('search', { q })).messages);
      expect((await a.call('search', { q: 'chori' })).messages.length).toBeGreaterThan(0);
      const again = await importWith(a, file, 0);
      expect(again.summary).toMatchObject({ newMessages: 0, duplicateMessages: viaWorker.summary.newMessages });
      expect(await a.call('audit.verify')).toMatchObject({ ok: true, problems: [] });
    }
  });

  it('gives the munshi’s sender and time to a forwarded message either way', async () => {
    const text = 'रेलवे क्रॉसिंग पर युवक को पीटा जा रहा है\nवीडियो देखें';
    const opts = { kind: 'forwarded' as const, sender: 'Vinod Jaiswal Kirana', sentAt: '2025-01-08T10:30:00' };
    for (const workerMinBytes of [0, Number.POSITIVE_INFINITY]) {
      const c = await collectText(text, { ...opts, workerMinBytes });
      const [rowsOut] = [...c.chats[0].rows()];
      closeCollected(c);
      expect(rowsOut).toHaveLength(1);
      expect(rowsOut[0].slice(0, 5)).toEqual(['user', 'Vinod Jaiswal Kirana', null, '2025-01-08T10:30:00', text]);
    }
  });

  it('closing a chat that was never read stops its worker', async () => {
    const chat = await openChat(Buffer.from(generateExport(500)), 'x.txt', {}, 0);
    expect(chat.via).toBe('worker');
    chat.close();
    chat.close();
  });
});

describe('import progress', () => {
  it('reports reading in bytes, then saving in messages written, then done', async () => {
    const reg = await register();
    const file = path.join(tempDir('thana-progress-'), 'WhatsApp Chat with गगहा.txt');
    fs.writeFileSync(file, generateExport(30_000, { seed: 11 }));
    const seen: EventPayload<'import.progress'>[] = [];
    const ctx = {
      ...reg.ctx(),
      emit: (_e: string, p: unknown) => seen.push(p as EventPayload<'import.progress'>),
    };
    const r = await dispatch(ctx, 'import.files', { paths: [file], source: 'गगहा', token: 'p1' });
    expect(r.ok).toBe(true);
    const phases = seen.map((p) => p.phase).filter((ph, i, a) => ph !== a[i - 1]);
    expect(phases).toEqual(['reading', 'saving', 'done']);
    const saving = seen.filter((p) => p.phase === 'saving');
    expect(saving.every((p) => p.messages === 30_000 && p.token === 'p1')).toBe(true);
    const saved = saving.map((p) => p.saved);
    expect(saved).toEqual([...saved].sort((x, y) => x - y));
    expect(Math.max(...saved)).toBeLessThanOrEqual(30_000);
    expect(saved.some((n) => n > 0)).toBe(true);
    expect(seen.at(-1)).toMatchObject({ phase: 'done', bytesDone: fs.statSync(file).size, bytesTotal: fs.statSync(file).size });
  });
});

describe('the import digest', () => {
  it('hashes a message given as ids and column JSON the same as the whole row', () => {
    const cols = ['user', 'प्रधान "रामप्रीत"\n', null, '2025-01-08T10:30:00', 'टेक्स्ट \u2028 \\ ', 0, 1, 0, 'key#1'];
    const whole = new ImportDigester();
    const split = new ImportDigester();
    for (let id = 1; id <= 1500; id++) {
      whole.add('messages', [id, 3, 2, id - 1, ...cols]);
      split.addMessage(id, 3, 2, id - 1, JSON.stringify(cols));
    }
    expect(split.digest()).toBe(whole.digest());
  });
});
