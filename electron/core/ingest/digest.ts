import { createHash, type Hash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { VerifyProblem } from '../audit';

/**
 * Imported rows are immutable and can number in the hundreds of thousands, so instead of one audit row
 * each, every import stores a digest over all the rows it wrote (and the import row itself is audited).
 */
export const IMPORTED_TABLES = ['messages', 'message_attachments', 'evidence', 'evidence_sightings'] as const;
export type ImportedTable = (typeof IMPORTED_TABLES)[number];

/**
 * digest = SHA-256 over the SHA-256 of each table's rows, every row as the JSON array of its columns
 * in schema order, by id. The importer feeds rows as it inserts them; verify feeds them from the database.
 */
export class ImportDigester {
  private readonly hashes = new Map<ImportedTable, Hash>(IMPORTED_TABLES.map((t) => [t, createHash('sha256')]));
  /** Rows are gathered into chunks before hashing: one native call per chunk instead of two per row. */
  private readonly pending = new Map<ImportedTable, string[]>(IMPORTED_TABLES.map((t) => [t, []]));

  add(table: ImportedTable, row: readonly unknown[]): void {
    this.push(table, JSON.stringify(row));
  }

  /**
   * A message row given as its ids and the JSON of its other columns (PreparedRow's digestTail):
   * the same text as add('messages', [id, sourceId, importId, seq, ...columns]).
   */
  addMessage(id: number, sourceId: number, importId: number, seq: number, tailJson: string): void {
    this.push('messages', `[${id},${sourceId},${importId},${seq},${tailJson.slice(1)}`);
  }

  private push(table: ImportedTable, json: string): void {
    const p = this.pending.get(table)!;
    p.push(json);
    if (p.length >= 512) this.flush(table);
  }

  private flush(table: ImportedTable): void {
    const p = this.pending.get(table)!;
    if (!p.length) return;
    this.hashes.get(table)!.update(p.join('\n') + '\n');
    p.length = 0;
  }

  digest(): string {
    const h = createHash('sha256');
    for (const t of IMPORTED_TABLES) {
      this.flush(t);
      h.update(`${t}:${this.hashes.get(t)!.digest('hex')}\n`);
    }
    return h.digest('hex');
  }
}

export function importDigest(sqlite: Database.Database, importId: number): string {
  const d = new ImportDigester();
  for (const t of IMPORTED_TABLES) {
    for (const row of sqlite.prepare(`SELECT * FROM ${t} WHERE import_id = ? ORDER BY id`).raw().iterate(importId) as IterableIterator<
      unknown[]
    >)
      d.add(t, row);
  }
  return d.digest();
}

export function verifyImportDigests(sqlite: Database.Database): { checked: number; problems: VerifyProblem[] } {
  const problems: VerifyProblem[] = [];
  const known = new Map<number, string>();
  for (const r of sqlite.prepare('SELECT id, digest FROM imports ORDER BY id').all() as { id: number; digest: string }[])
    known.set(r.id, r.digest);
  const digesters = new Map<number, ImportDigester>([...known.keys()].map((id) => [id, new ImportDigester()]));
  let checked = 0;
  // One pass per table in id order; rows go to their import's digester.
  for (const t of IMPORTED_TABLES) {
    const stmt = sqlite.prepare(`SELECT * FROM ${t} ORDER BY id`).raw();
    const importCol = stmt.columns().findIndex((c) => c.name === 'import_id');
    for (const row of stmt.iterate() as IterableIterator<unknown[]>) {
      checked++;
      const d = digesters.get(row[importCol] as number);
      if (d) d.add(t, row);
      else
        problems.push({
          kind: 'row-unaudited',
          entity: t,
          id: row[0] as number,
          message: `${t} ${row[0]}: किसी आयात से नहीं / row belongs to no recorded import`,
        });
    }
  }
  for (const [id, digest] of known) {
    if (digesters.get(id)!.digest() !== digest) {
      problems.push({
        kind: 'row-changed',
        entity: 'imports',
        id,
        message: `आयात ${id} के संदेश/साक्ष्य ऐप के बाहर बदले गए / messages or evidence of import ${id} were changed outside the app`,
      });
    }
  }
  return { checked, problems };
}
