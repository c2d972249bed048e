import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { open, defaultMigrationsFolder } from './client';
import os from 'node:os';

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'thana-db-test-'));

describe('migrations', () => {
  it('build the whole schema from an empty database, and a second open changes nothing', () => {
    const file = path.join(tempDir(), 'r.sqlite');
    const db = open(file);
    const tables = (
      db.sqlite.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name").all() as { name: string }[]
    ).map((r) => r.name);
    for (const t of [
      'station',
      'operators',
      'sources',
      'contacts',
      'entries',
      'entry_actions',
      'firs',
      'fir_sections',
      'entry_firs',
      'persons',
      'fir_persons',
      'audit_log',
      'search_fts',
      'imports',
      'messages',
      'evidence',
      'evidence_sightings',
      'message_attachments',
      'entry_messages',
      'entry_evidence',
    ]) {
      expect(tables).toContain(t);
    }
    const journal = JSON.parse(fs.readFileSync(path.join(defaultMigrationsFolder(), 'meta', '_journal.json'), 'utf8')) as {
      entries: unknown[];
    };
    const applied = () => (db.sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n;
    expect(applied()).toBe(journal.entries.length);
    db.close();
    const again = open(file);
    expect((again.sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n).toBe(journal.entries.length);
    expect(again.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(again.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    again.close();
  });

  it('every migration file is in the journal and none is edited after landing (hash recorded in the database matches)', () => {
    const files = fs
      .readdirSync(defaultMigrationsFolder())
      .filter((f) => f.endsWith('.sql'))
      .sort();
    const journal = JSON.parse(fs.readFileSync(path.join(defaultMigrationsFolder(), 'meta', '_journal.json'), 'utf8')) as {
      entries: { tag: string }[];
    };
    expect(files.map((f) => f.replace(/\.sql$/, ''))).toEqual(journal.entries.map((e) => e.tag));
  });

  it('the search index keeps Hindi words whole (vowel signs are part of the word)', () => {
    const db = open(':memory:');
    db.sqlite.prepare("INSERT INTO search_fts (rowid, body, keys) VALUES (1, 'आयुष चौधरी', ''), (2, 'चाधर', '')").run();
    const hits = (q: string) =>
      (db.sqlite.prepare('SELECT rowid FROM search_fts WHERE search_fts MATCH ?').all(q) as { rowid: number }[]).map((r) => r.rowid);
    expect(hits('"चौधरी"')).toEqual([1]);
    expect(hits('"चाधर"')).toEqual([2]);
    db.close();
  });
});
