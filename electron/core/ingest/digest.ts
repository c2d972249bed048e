import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { VerifyProblem } from '../audit';

/**
 * Imported rows are immutable and can number in the hundreds of thousands, so instead of one audit row
 * each, every import stores a digest over all the rows it wrote (and the import row itself is audited).
 */
export const IMPORTED_TABLES = ['messages', 'message_attachments', 'evidence', 'evidence_sightings'] as const;

export function importDigest(sqlite: Database.Database, importId: number): string {
  const h = createHash('sha256');
  for (const t of IMPORTED_TABLES) {
    h.update(`#${t}\n`);
    for (const row of sqlite.prepare(`SELECT * FROM ${t} WHERE import_id = ? ORDER BY id`).raw().iterate(importId) as IterableIterator<unknown[]>) {
      h.update(JSON.stringify(row)).update('\n');
    }
  }
  return h.digest('hex');
}

export function verifyImportDigests(sqlite: Database.Database): { checked: number; problems: VerifyProblem[] } {
  const problems: VerifyProblem[] = [];
  const known = new Map<number, string>();
  for (const r of sqlite.prepare('SELECT id, digest FROM imports ORDER BY id').all() as { id: number; digest: string }[]) known.set(r.id, r.digest);
  // One streaming pass per table, grouped by import, instead of one query per import.
  const hashers = new Map<number, ReturnType<typeof createHash>>();
  const hasherOf = (id: number) => {
    let h = hashers.get(id);
    if (!h) hashers.set(id, (h = createHash('sha256')));
    return h;
  };
  let checked = 0;
  for (const t of IMPORTED_TABLES) {
    for (const id of known.keys()) hasherOf(id).update(`#${t}\n`);
    const stmt = sqlite.prepare(`SELECT * FROM ${t} ORDER BY import_id, id`).raw();
    const idCol = stmt.columns().findIndex((c) => c.name === 'id');
    const importCol = stmt.columns().findIndex((c) => c.name === 'import_id');
    for (const row of stmt.iterate() as IterableIterator<unknown[]>) {
      checked++;
      const importId = row[importCol] as number;
      if (!known.has(importId)) {
        problems.push({ kind: 'row-unaudited', entity: t, id: row[idCol] as number, message: `${t} ${row[idCol]}: किसी आयात से नहीं / row belongs to no recorded import` });
        continue;
      }
      hasherOf(importId).update(JSON.stringify(row)).update('\n');
    }
  }
  for (const [id, digest] of known) {
    if (hasherOf(id).digest('hex') !== digest) {
      problems.push({ kind: 'row-changed', entity: 'imports', id, message: `आयात ${id} के संदेश/साक्ष्य ऐप के बाहर बदले गए / messages or evidence of import ${id} were changed outside the app` });
    }
  }
  return { checked, problems };
}
