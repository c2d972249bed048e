/**
 * What a section 63 (BSA) certificate and its chain-of-custody sheet say about one evidence file, all from
 * the record: the first import that stored it, every later sighting, the register entries it belongs to,
 * and a fresh re-hash of the stored file at print time.
 */
import type { Ctx } from '../context';
import { AppError } from '../errors';
import { evidenceStore } from '../ingest/import';
import { requireStation } from '../station';

export interface CustodySighting {
  source: string;
  sourceKind: string;
  fileName: string;
  sender: string | null;
  senderPhone: string | null;
  /** Phone's wall-clock time of the message, as exported (local, no zone). */
  sentAt: string | null;
  /** UTC time of the import that saw it. */
  seenAt: string;
  importId: number;
  importKind: string;
  importFile: string | null;
  importFileSha256: string | null;
  operator: string | null;
  messageId: number | null;
}

export interface CertificateData {
  station: { name: string; district: string; receivingDevice: string | null };
  sha256: string;
  size: number;
  mime: string;
  names: string[];
  /** UTC time the file entered the store, and the import that stored it. */
  storedAt: string;
  firstImport: {
    id: number;
    kind: string;
    file: string | null;
    fileSha256: string | null;
    startedAt: string;
    operator: string | null;
    source: string;
  };
  sightings: CustodySighting[];
  entries: string[];
  verify: { status: 'ok' | 'missing' | 'changed'; actual: string | null; at: string };
}

/** The record part; read in one consistent snapshot. */
export function loadCertificateRecord(ctx: Ctx, sha256: string): Omit<CertificateData, 'verify'> {
  const st = requireStation(ctx);
  const { sqlite } = ctx.db;
  const ev = sqlite
    .prepare(
      `SELECT ev.id, ev.sha256, ev.size, ev.mime, ev.stored_at, i.id AS import_id, i.kind, i.file_name, i.file_sha256, i.started_at, o.name AS operator, s.name AS source
       FROM evidence ev JOIN imports i ON i.id = ev.import_id JOIN sources s ON s.id = i.source_id LEFT JOIN operators o ON o.id = i.operator_id
       WHERE ev.sha256 = ?`,
    )
    .get(sha256) as
    | {
        id: number;
        sha256: string;
        size: number;
        mime: string;
        stored_at: string;
        import_id: number;
        kind: string;
        file_name: string | null;
        file_sha256: string | null;
        started_at: string;
        operator: string | null;
        source: string;
      }
    | undefined;
  if (!ev) throw new AppError('not_found', `साक्ष्य ${sha256} भंडार में नहीं / evidence ${sha256} is not in the store`, 'sha256');
  const sightings = sqlite
    .prepare(
      `SELECT s.name AS source, s.kind AS sourceKind, es.file_name AS fileName, es.sender, m.sender_phone AS senderPhone, es.sent_at AS sentAt,
         es.seen_at AS seenAt, es.import_id AS importId, i.kind AS importKind, i.file_name AS importFile, i.file_sha256 AS importFileSha256,
         o.name AS operator, es.message_id AS messageId
       FROM evidence_sightings es JOIN sources s ON s.id = es.source_id JOIN imports i ON i.id = es.import_id
       LEFT JOIN operators o ON o.id = i.operator_id LEFT JOIN messages m ON m.id = es.message_id
       WHERE es.evidence_id = ? ORDER BY es.id`,
    )
    .all(ev.id) as CustodySighting[];
  const entries = (
    sqlite
      .prepare(
        'SELECT e.year, e.serial, e.origin_station AS station FROM entry_evidence ee JOIN entries e ON e.id = ee.entry_id WHERE ee.evidence_id = ? ORDER BY e.year, e.serial',
      )
      .all(ev.id) as { year: number; serial: number; station: string | null }[]
  ).map((e) => `${e.serial}/${e.year}${e.station ? ` थाना ${e.station}` : ''}`);
  return {
    station: { name: st.name, district: st.district, receivingDevice: st.receivingDevice },
    sha256: ev.sha256,
    size: ev.size,
    mime: ev.mime,
    names: [...new Set(sightings.map((s) => s.fileName))],
    storedAt: ev.stored_at,
    firstImport: {
      id: ev.import_id,
      kind: ev.kind,
      file: ev.file_name,
      fileSha256: ev.file_sha256,
      startedAt: ev.started_at,
      operator: ev.operator,
      source: ev.source,
    },
    sightings,
    entries,
  };
}

/** Re-hashes the stored file now: the certificate states what it found at print time. */
export async function reverify(ctx: Pick<Ctx, 'dataDir' | 'now'>, sha256: string): Promise<CertificateData['verify']> {
  const v = await evidenceStore(ctx).verify(sha256);
  return { status: v.status, actual: v.actual ?? null, at: ctx.now().toISOString() };
}
