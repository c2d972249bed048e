/**
 * Anchors of the audit chain kept outside the database file. The chain inside register.sqlite shows an edit
 * made behind the app's back, but not a loss at its end: deleting the newest rows together with their audit
 * rows, rewriting the whole chain with recomputed hashes, or losing the WAL after a crash all leave a chain
 * that is sound in itself. An anchor records "audit row N had hash H at time T" somewhere else:
 *
 * - `register.head` beside the database, rewritten (temp file, fsync, rename) after every commit that moved
 *   the head, by one hook in the db layer that sees every transaction (dispatch, imports, CSV imports);
 * - every backup's manifest (on a pen drive kept elsewhere, the anchor that matters most);
 * - the seal printed on every document (`verify --seal HASH [--row N]`).
 *
 * `verify` compares the chain with each anchor it finds and says how many audited changes are missing since
 * when, or that the chain was rewritten. Anyone with the PC can still delete everything, anchors included:
 * an anchor shows a loss, it cannot prevent one.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Db } from '../../db/client';
import { GENESIS_HASH, type VerifyProblem } from './audit';
import { listBackups, readManifest } from './backup/folder';
import { istLocal } from '../shared/dates';

export const HEAD_FILE = 'register.head';

export interface HeadFile {
  format: 'thana-register-head/1';
  /** The newest audit row when it was written, its hash and its time (UTC). */
  auditId: number;
  hash: string;
  at: string | null;
  writtenAt: string;
  /** The backup folder set in the settings, so the newest backup can be found even when the database is lost. */
  backupDir: string | null;
  /** Set by a restore: backups made before it may hold changes the restore gave up (reported as warnings). */
  restoredAt?: string | null;
  restoredFrom?: string | null;
}

/**
 * Bit 0 of the database's user_version: this database has had a head file beside it. A missing head file is
 * then worth a warning; a database that never had one (made by an older version) gets one when first opened.
 */
const HEAD_FILE_KEPT = 1;

export function headFileKept(sqlite: Database.Database): boolean {
  return ((sqlite.pragma('user_version', { simple: true }) as number) & HEAD_FILE_KEPT) !== 0;
}

export interface ChainHead {
  id: number;
  hash: string;
  at: string | null;
}

export function chainHead(sqlite: Database.Database): ChainHead {
  const r = sqlite.prepare('SELECT id, hash, at FROM audit_log ORDER BY id DESC LIMIT 1').get() as ChainHead | undefined;
  return r ?? { id: 0, hash: GENESIS_HASH, at: null };
}

export function readHeadFile(dataDir: string): { head: HeadFile | null; exists: boolean; error: string | null } {
  const file = path.join(dataDir, HEAD_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { head: null, exists: code !== 'ENOENT', error: code === 'ENOENT' ? null : String(code ?? e) };
  }
  try {
    const h = JSON.parse(text) as HeadFile;
    if (h.format !== 'thana-register-head/1' || !Number.isInteger(h.auditId) || !/^[0-9a-f]{64}$/.test(h.hash)) throw new Error('format');
    return { head: h, exists: true, error: null };
  } catch {
    return { head: null, exists: true, error: 'not a head file' };
  }
}

function fsyncDir(dir: string) {
  try {
    const fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
  } catch {
    // Windows cannot open a folder for fsync; the rename is still atomic there.
  }
}

/** Writes the head file atomically: a temp file, fsynced, renamed over the old one. */
export function writeHeadFile(dataDir: string, head: HeadFile): void {
  const file = path.join(dataDir, HEAD_FILE);
  const tmp = `${file}.tmp-${process.pid}`;
  try {
    const fd = fs.openSync(tmp, 'w');
    try {
      fs.writeSync(fd, `${JSON.stringify(head, null, 2)}\n`);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  fsyncDir(dataDir);
}

function hashAt(sqlite: Database.Database, id: number): string | null {
  if (id === 0) return GENESIS_HASH;
  return (sqlite.prepare('SELECT hash FROM audit_log WHERE id = ?').get(id) as { hash: string } | undefined)?.hash ?? null;
}

/** The anchor is a point of the current chain: its row is there and has its hash. */
function consistent(sqlite: Database.Database, head: HeadFile): boolean {
  return hashAt(sqlite, head.auditId) === head.hash;
}

function backupDirSetting(sqlite: Database.Database): string | null {
  try {
    return (
      (sqlite.prepare('SELECT backup_dir FROM station WHERE id = 1').get() as { backup_dir: string | null } | undefined)?.backup_dir ?? null
    );
  } catch {
    return null;
  }
}

export type HeadUpdate = 'written' | 'unchanged' | 'empty' | 'kept-anchor';

/**
 * Moves the head file up to the chain's head. It never moves it back or onto another chain: when the file
 * records a row the chain no longer has (or with another hash), that is the evidence of a loss, and it stays
 * until someone deals with it (restore, or move the file aside on purpose).
 */
export function updateHeadFile(sqlite: Database.Database, dataDir: string, extra: Partial<HeadFile> = {}): HeadUpdate {
  const head = chainHead(sqlite);
  const current = readHeadFile(dataDir).head;
  if (current && current.auditId === head.id && current.hash === head.hash && !Object.keys(extra).length) return 'unchanged';
  if (current && !consistent(sqlite, current)) return 'kept-anchor';
  if (head.id === 0 && !current && !Object.keys(extra).length) return 'empty';
  writeHeadFile(dataDir, {
    format: 'thana-register-head/1',
    auditId: head.id,
    hash: head.hash,
    at: head.at,
    writtenAt: new Date().toISOString(),
    backupDir: backupDirSetting(sqlite),
    restoredAt: current?.restoredAt ?? null,
    restoredFrom: current?.restoredFrom ?? null,
    ...extra,
  });
  return 'written';
}

/**
 * Keeps `register.head` beside a database opened for writing: written now when this database never had one
 * (a register made before this version), then after every commit that moved the chain's head.
 */
export function keepHeadFile(db: Db, dataDir: string): void {
  if (db.readonly) return;
  if (!headFileKept(db.sqlite)) {
    updateHeadFile(db.sqlite, dataDir);
    const v = db.sqlite.pragma('user_version', { simple: true }) as number;
    db.sqlite.pragma(`user_version = ${v | HEAD_FILE_KEPT}`);
  }
  let last = '';
  db.onCommit(() => {
    const head = chainHead(db.sqlite);
    const key = `${head.id}:${head.hash}`;
    if (key === last) return;
    // A full disk or a read-only folder leaves the head file behind the chain: an older anchor, still true.
    updateHeadFile(db.sqlite, dataDir);
    last = key;
  });
}

// ---------- comparing the chain with its anchors ----------

export interface Anchor {
  source: 'head-file' | 'backup' | 'seal';
  /** Bilingual name of where it was found. */
  label: { hi: string; en: string };
  /** The audit row it records; null when unknown (a backup made before rows were recorded, a seal without --row). */
  auditId: number | null;
  hash: string;
  /** When that row was written (UTC), or when the anchor was made. */
  at: string | null;
  madeAt: string | null;
}

export interface AnchorStatus {
  source: string;
  label: string;
  auditId: number | null;
  at: string | null;
  ok: boolean;
}

/** "2025-01-20 12:00 IST" for a UTC ISO time; the register's users live by India time. */
export function istText(iso: string | null | undefined): string {
  if (!iso || Number.isNaN(Date.parse(iso))) return '?';
  return `${istLocal(new Date(iso)).slice(0, 16).replace('T', ' ')} IST`;
}

const both = (l: { hi: string; en: string }) => `${l.hi} / ${l.en}`;

/** The anchor matches the chain, or the problem that says how it does not. */
export function checkAnchor(sqlite: Database.Database, a: Anchor): VerifyProblem | null {
  const head = chainHead(sqlite);
  const made = a.madeAt ?? a.at;
  if (a.auditId === null) {
    const found = a.hash === GENESIS_HASH || !!sqlite.prepare('SELECT 1 FROM audit_log WHERE hash = ?').get(a.hash);
    if (found) return null;
    return {
      kind: 'anchor-lost',
      message:
        `${a.label.hi} (${istText(made)}) का शीर्ष हैश अब ऑडिट श्रृंखला में नहीं है: उसके बाद ऑडिट किए गए बदलाव गायब हैं या श्रृंखला दोबारा लिखी गई / ` +
        `the head hash of ${a.label.en} (${istText(made)}) is no longer in the audit chain: audited changes made up to then are missing or the chain was rewritten`,
    };
  }
  if (a.auditId > head.id || hashAt(sqlite, a.auditId) === null) {
    const missing = a.auditId > head.id ? a.auditId - head.id : null;
    const since = head.id === 0 ? { hi: 'शुरुआत', en: 'the start of the register' } : { hi: istText(head.at), en: istText(head.at) };
    const n = missing ?? 'कुछ';
    return {
      kind: 'anchor-missing',
      auditId: a.auditId,
      message:
        `${n} ऑडिट किए गए बदलाव गायब हैं, ${since.hi} के बाद से: ऑडिट श्रृंखला पंक्ति ${head.id} पर समाप्त होती है, पर ${a.label.hi} (${istText(made)}) में पंक्ति ${a.auditId} दर्ज है / ` +
        `${missing ?? 'some'} audited change(s) missing since ${since.en}: the audit chain ends at row ${head.id}, but ${a.label.en} (${istText(made)}) records row ${a.auditId}`,
    };
  }
  if (hashAt(sqlite, a.auditId) !== a.hash) {
    return {
      kind: 'anchor-rewritten',
      auditId: a.auditId,
      message:
        `ऑडिट श्रृंखला दोबारा लिखी गई है: पंक्ति ${a.auditId} का हैश ${a.label.hi} (${istText(made)}) से मेल नहीं खाता; तब तक के ${a.auditId} ऑडिट किए गए बदलाव ऐप के बाहर बदले या बदल दिए गए / ` +
        `the audit chain was rewritten: audit row ${a.auditId} does not match ${a.label.en} (${istText(made)}); the ${a.auditId} audited change(s) recorded up to then were altered or replaced behind the app's back`,
    };
  }
  return null;
}

export interface AnchorReport {
  problems: VerifyProblem[];
  warnings: VerifyProblem[];
  anchors: AnchorStatus[];
}

/** The backup folders to look in: the one set in the settings, and the one the head file remembers. */
function backupRoots(sqlite: Database.Database, head: HeadFile | null): string[] {
  const roots = [backupDirSetting(sqlite), head?.backupDir ?? null].filter((d): d is string => !!d).map((d) => path.resolve(d));
  return [...new Set(roots)];
}

/** Compares the chain with the head file, the newest backup in the backup folder and any `extra` anchors (a seal). */
export function anchorReport(sqlite: Database.Database, dataDir: string, extra: Anchor[] = []): AnchorReport {
  const problems: VerifyProblem[] = [];
  const warnings: VerifyProblem[] = [];
  const anchors: AnchorStatus[] = [];
  const chain = chainHead(sqlite);
  const file = readHeadFile(dataDir);
  const found: Anchor[] = [];

  if (file.head) {
    found.push({
      source: 'head-file',
      label: { hi: `शीर्ष-फ़ाइल ${HEAD_FILE}`, en: `the head file ${HEAD_FILE}` },
      auditId: file.head.auditId,
      hash: file.head.hash,
      at: file.head.at,
      madeAt: file.head.writtenAt,
    });
  } else if (file.exists) {
    warnings.push({
      kind: 'anchor-unreadable',
      message: `शीर्ष-फ़ाइल ${HEAD_FILE} पढ़ी नहीं जा सकी (${file.error}): श्रृंखला की तुलना उससे नहीं हुई / the head file ${HEAD_FILE} cannot be read (${file.error}): the chain was not compared with it`,
    });
  } else if (chain.id > 0 && headFileKept(sqlite)) {
    warnings.push({
      kind: 'anchor-missing-file',
      message:
        `शीर्ष-फ़ाइल ${HEAD_FILE} गायब है (हटाई गई, या डेटाबेस अकेले कॉपी किया गया): श्रृंखला की तुलना उससे नहीं हो सकी; अगला बदलाव नई फ़ाइल लिखेगा / ` +
        `the head file ${HEAD_FILE} is missing (deleted, or the database was copied on its own): the chain could not be compared with it; the next change writes a new one`,
    });
  }

  for (const root of backupRoots(sqlite, file.head)) {
    if (!fs.existsSync(root)) {
      warnings.push({
        kind: 'anchor-backup-unavailable',
        message: `बैकअप फ़ोल्डर ${root} नहीं मिला (पेन ड्राइव लगी नहीं?): नवीनतम बैकअप से तुलना नहीं हुई / the backup folder ${root} was not found (is the pen drive plugged in?): the chain was not compared with the newest backup`,
      });
      continue;
    }
    const newest = listBackups(root)[0];
    if (!newest) continue;
    const m = readManifest(newest);
    if (!m) {
      warnings.push({
        kind: 'anchor-unreadable',
        message: `बैकअप ${newest} का मैनिफ़ेस्ट पढ़ा नहीं जा सका / the manifest of backup ${newest} cannot be read`,
      });
      continue;
    }
    const name = path.basename(newest);
    found.push({
      source: 'backup',
      label: { hi: `नवीनतम बैकअप ${name}`, en: `the newest backup ${name}` },
      auditId: typeof m.auditHeadId === 'number' ? m.auditHeadId : null,
      hash: m.auditHead,
      at: m.auditHeadAt ?? null,
      madeAt: m.createdAt,
    });
  }
  found.push(...extra);

  const restoredAt = file.head?.restoredAt ?? null;
  for (const a of found) {
    const p = checkAnchor(sqlite, a);
    anchors.push({ source: a.source, label: both(a.label), auditId: a.auditId, at: a.at ?? a.madeAt, ok: !p });
    if (!p) continue;
    // A backup made before a restore may well hold changes the restore gave up on purpose: said, not failed.
    if (a.source === 'backup' && restoredAt && a.madeAt && a.madeAt < restoredAt) {
      warnings.push({
        ...p,
        message: `${istText(restoredAt)} को बैकअप से पुनर्स्थापना हुई थी; उससे पहले का बैकअप कहता है / the register was restored from a backup at ${istText(restoredAt)}; a backup made before that says: ${p.message}`,
      });
    } else problems.push(p);
  }
  return { problems, warnings, anchors };
}
