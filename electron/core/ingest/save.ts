import type Database from 'better-sqlite3';
import type { Ctx } from '../context';
import type { Collected } from './collect';
import { ImportDigester } from './digest';
import { ROW, searchBody } from './derive';
import { snapshot, writeAudit } from '../audit';
import { ensureSource } from '../sources';
import { SEARCH_KINDS, SEARCH_KIND_SLOTS } from '../text/search-index';
import { utcIso } from '../../shared/dates';

export type ImportKind = 'export' | 'paste' | 'forwarded' | 'media';

export interface ImportSummary {
  importId: number;
  source: string;
  userMessages: number;
  systemMessages: number;
  attachments: number;
  mediaOmitted: number;
  newMessages: number;
  duplicateMessages: number;
  evidenceStored: number;
  evidenceDuplicates: number;
  missingAttachments: string[];
  rejectedEntries: string[];
  warnings: string[];
}

export interface SaveRequest {
  source: string;
  sourceKind: 'thana-group' | 'beat-group' | 'officer-group' | 'whatsapp-number' | 'other';
  kind: ImportKind;
  fileName: string | null;
  startedAt: Date;
  /** What the munshi supplied for media without a message (the chats got it when they were read). */
  sender?: string | null;
  sentAt?: string | null;
}

/** Prepared statements, once per database, for the hot loop of a 200,000-message import. */
const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();
function stmt(sqlite: Database.Database, sql: string): Database.Statement {
  let m = cache.get(sqlite);
  if (!m) cache.set(sqlite, (m = new Map()));
  let s = m.get(sql);
  if (!s) m.set(sql, (s = sqlite.prepare(sql)));
  return s;
}

/**
 * Writes everything an import brought, in one transaction: the import record, new messages (duplicates
 * skipped by key), their attachments, evidence rows and sightings, the search index, the import's digest
 * and its audit row. Either all of it is visible afterwards or none of it.
 */
export function saveImport(ctx: Ctx, collected: Collected, req: SaveRequest, onSaved?: (messages: number) => void): ImportSummary {
  const { sqlite } = ctx.db;
  // While a big import runs, its whole parse is in memory and a key worker has a heap of its own: give
  // SQLite's page cache less room, which costs the import nothing measurable (rows are written once, in order).
  const cacheSize = sqlite.pragma('cache_size', { simple: true }) as number;
  sqlite.pragma(`cache_size = ${IMPORT_CACHE_KIB}`);
  try {
    return writeImport(ctx, collected, req, onSaved);
  } finally {
    sqlite.pragma(`cache_size = ${cacheSize}`);
  }
}

const IMPORT_CACHE_KIB = -16384;

function writeImport(ctx: Ctx, collected: Collected, req: SaveRequest, onSaved?: (messages: number) => void): ImportSummary {
  const { sqlite } = ctx.db;
  return sqlite
    .transaction(() => {
      const now = utcIso(ctx.now());
      const sourceId = ensureSource(ctx, req.source, req.sourceKind);
      const first = collected.chats[0];
      const importId = Number(
        stmt(
          sqlite,
          `INSERT INTO imports (source_id, kind, file_name, file_sha256, format, date_order, operator_id, started_at, finished_at, summary, digest)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '{}', '')`,
        ).run(
          sourceId,
          req.kind,
          req.fileName,
          first?.header.fileSha256 ?? null,
          first?.header.format ?? null,
          first?.header.dateOrder ?? null,
          ctx.operator?.id ?? null,
          utcIso(req.startedAt),
          now,
        ).lastInsertRowid,
      );

      const summary: ImportSummary = {
        importId,
        source: req.source,
        userMessages: 0,
        systemMessages: 0,
        attachments: 0,
        mediaOmitted: 0,
        newMessages: 0,
        duplicateMessages: 0,
        evidenceStored: 0,
        evidenceDuplicates: 0,
        missingAttachments: [],
        rejectedEntries: [...collected.rejected],
        warnings: [...collected.warnings],
      };

      const digester = new ImportDigester();
      // Evidence first, so attachments can point at it.
      const evidenceByName = new Map<string, number>();
      const seenThisImport = new Set<string>();
      const findEvidence = stmt(sqlite, 'SELECT id FROM evidence WHERE sha256 = ?');
      const insertEvidence = stmt(sqlite, 'INSERT INTO evidence (sha256, size, mime, import_id, stored_at) VALUES (?, ?, ?, ?, ?)');
      for (const m of collected.media) {
        const s = m.stored;
        let row = findEvidence.get(s.sha256) as { id: number } | undefined;
        if (row || seenThisImport.has(s.sha256)) summary.evidenceDuplicates++;
        else summary.evidenceStored++;
        seenThisImport.add(s.sha256);
        if (!row) {
          row = { id: Number(insertEvidence.run(s.sha256, s.size, s.mime, importId, now).lastInsertRowid) };
          digester.add('evidence', [row.id, s.sha256, s.size, s.mime, importId, now]);
        }
        evidenceByName.set(m.name, row.id);
      }

      const insertMessage = stmt(
        sqlite,
        `INSERT INTO messages (source_id, import_id, seq, kind, sender, sender_phone, sent_at, text, deleted, edited, media_omitted, dedupe_key)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source_id, coalesce(sent_at, ''), dedupe_key) DO NOTHING`,
      );
      const findMessage = stmt(sqlite, `SELECT id FROM messages WHERE source_id = ? AND coalesce(sent_at, '') = ? AND dedupe_key = ?`);
      const insertAttachment = stmt(
        sqlite,
        'INSERT INTO message_attachments (message_id, import_id, position, name, evidence_id) VALUES (?, ?, ?, ?, ?)',
      );
      const insertSighting = stmt(
        sqlite,
        `INSERT INTO evidence_sightings (evidence_id, import_id, source_id, message_id, file_name, sender, sent_at, seen_at, dedupe_key)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (evidence_id, dedupe_key) DO NOTHING`,
      );
      const insertFts = stmt(sqlite, 'INSERT INTO search_fts (rowid, body, keys) VALUES (?, ?, ?)');
      const referenced = new Set<string>();
      const addSighting = (values: unknown[]) => {
        const r = insertSighting.run(...values);
        if (r.changes) digester.add('evidence_sightings', [Number(r.lastInsertRowid), ...values]);
      };

      let seq = 0;
      for (const chat of collected.chats) {
        const c = chat.header.counts;
        summary.userMessages += c.userMessages;
        summary.systemMessages += c.systemMessages;
        summary.attachments += c.attachments;
        summary.mediaOmitted += c.mediaOmitted;
        for (const batch of chat.rows()) {
          for (const r of batch) {
            const sender = r[ROW.sender];
            const sentAt = r[ROW.sentAt];
            const key = r[ROW.key];
            const res = insertMessage.run(
              sourceId,
              importId,
              seq,
              r[ROW.kind],
              sender,
              r[ROW.senderPhone],
              sentAt,
              r[ROW.text],
              r[ROW.deleted],
              r[ROW.edited],
              r[ROW.mediaOmitted],
              key,
            );
            let messageId: number;
            if (res.changes) {
              summary.newMessages++;
              messageId = Number(res.lastInsertRowid);
              digester.addMessage(messageId, sourceId, importId, seq, r[ROW.digestTail]);
              r[ROW.attachments].forEach((name, i) => {
                const evidenceId = evidenceByName.get(name) ?? null;
                const a = [messageId, importId, i, name, evidenceId];
                digester.add('message_attachments', [Number(insertAttachment.run(...a).lastInsertRowid), ...a]);
              });
              const keys = r[ROW.searchKeys];
              if (keys !== null) insertFts.run(messageId * SEARCH_KIND_SLOTS + SEARCH_KINDS.message, searchBody(sender, r[ROW.text]), keys);
            } else {
              summary.duplicateMessages++;
              messageId = (findMessage.get(sourceId, sentAt ?? '', key) as { id: number }).id;
            }
            seq++;
            for (const name of r[ROW.attachments]) {
              const evidenceId = evidenceByName.get(name);
              if (evidenceId == null) {
                summary.missingAttachments.push(name);
                continue;
              }
              referenced.add(name);
              addSighting([evidenceId, importId, sourceId, messageId, name, sender, sentAt, now, `m:${sourceId}:${key}:${name}`]);
            }
          }
          onSaved?.(seq);
        }
      }
      // Media that no message named (a folder of videos off a phone, extra files in a zip) is still seen here.
      for (const m of collected.media) {
        if (referenced.has(m.name)) continue;
        addSighting([
          evidenceByName.get(m.name)!,
          importId,
          sourceId,
          null,
          m.name,
          req.sender ?? null,
          req.sentAt ?? null,
          now,
          `f:${sourceId}:${m.name}`,
        ]);
      }

      const { importId: _i, warnings: _w, ...counts } = summary;
      stmt(sqlite, 'UPDATE imports SET summary = ?, digest = ? WHERE id = ?').run(
        JSON.stringify({ ...counts, warnings: summary.warnings.length }),
        digester.digest(),
        importId,
      );
      writeAudit(ctx, 'imports', importId, null, snapshot(sqlite, 'imports', importId));
      return summary;
    })
    .immediate();
}
