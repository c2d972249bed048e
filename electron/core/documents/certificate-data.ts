/**
 * What a section 63 (BSA) certificate and its chain-of-custody sheet say about one evidence file, all from
 * the record: the first import that stored it, every later sighting, the register entries it belongs to,
 * and a fresh re-hash of the stored file at print time.
 */
import { asc, eq } from 'drizzle-orm';
import type { Ctx } from '../context';
import { entries, entryEvidence, evidence, evidenceSightings, imports, messages, operators, sources } from '../../../db/schema/index';
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
  const { orm } = ctx.db;
  const ev = orm
    .select({
      id: evidence.id,
      sha256: evidence.sha256,
      size: evidence.size,
      mime: evidence.mime,
      storedAt: evidence.storedAt,
      importId: imports.id,
      kind: imports.kind,
      fileName: imports.fileName,
      fileSha256: imports.fileSha256,
      startedAt: imports.startedAt,
      operator: operators.name,
      source: sources.name,
    })
    .from(evidence)
    .innerJoin(imports, eq(imports.id, evidence.importId))
    .innerJoin(sources, eq(sources.id, imports.sourceId))
    .leftJoin(operators, eq(operators.id, imports.operatorId))
    .where(eq(evidence.sha256, sha256))
    .get();
  if (!ev) throw new AppError('not_found', `साक्ष्य ${sha256} भंडार में नहीं / evidence ${sha256} is not in the store`, 'sha256');
  const sightings: CustodySighting[] = orm
    .select({
      source: sources.name,
      sourceKind: sources.kind,
      fileName: evidenceSightings.fileName,
      sender: evidenceSightings.sender,
      senderPhone: messages.senderPhone,
      sentAt: evidenceSightings.sentAt,
      seenAt: evidenceSightings.seenAt,
      importId: evidenceSightings.importId,
      importKind: imports.kind,
      importFile: imports.fileName,
      importFileSha256: imports.fileSha256,
      operator: operators.name,
      messageId: evidenceSightings.messageId,
    })
    .from(evidenceSightings)
    .innerJoin(sources, eq(sources.id, evidenceSightings.sourceId))
    .innerJoin(imports, eq(imports.id, evidenceSightings.importId))
    .leftJoin(operators, eq(operators.id, imports.operatorId))
    .leftJoin(messages, eq(messages.id, evidenceSightings.messageId))
    .where(eq(evidenceSightings.evidenceId, ev.id))
    .orderBy(asc(evidenceSightings.id))
    .all();
  const linked = orm
    .select({ year: entries.year, serial: entries.serial, station: entries.originStation })
    .from(entryEvidence)
    .innerJoin(entries, eq(entries.id, entryEvidence.entryId))
    .where(eq(entryEvidence.evidenceId, ev.id))
    .orderBy(asc(entries.year), asc(entries.serial))
    .all()
    .map((e) => `${e.serial}/${e.year}${e.station ? ` थाना ${e.station}` : ''}`);
  return {
    station: { name: st.name, district: st.district, receivingDevice: st.receivingDevice },
    sha256: ev.sha256,
    size: ev.size,
    mime: ev.mime,
    names: [...new Set(sightings.map((s) => s.fileName))],
    storedAt: ev.storedAt,
    firstImport: {
      id: ev.importId,
      kind: ev.kind,
      file: ev.fileName,
      fileSha256: ev.fileSha256,
      startedAt: ev.startedAt,
      operator: ev.operator,
      source: ev.source,
    },
    sightings,
    entries: linked,
  };
}

/** Re-hashes the stored file now: the certificate states what it found at print time. */
export async function reverify(ctx: Pick<Ctx, 'dataDir' | 'now'>, sha256: string): Promise<CertificateData['verify']> {
  const v = await evidenceStore(ctx).verify(sha256);
  return { status: v.status, actual: v.actual ?? null, at: ctx.now().toISOString() };
}
