/**
 * What SQLite and the file system say when the data itself is the problem (a full disk, a read-only folder,
 * a damaged or lost database, another program holding the write lock), turned into AppErrors that tell the
 * person at the desk what happened and what to do, Hindi first. The dispatch, openDataFolder and the command
 * line's top level all use this one mapping, so the same trouble reads the same everywhere.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from './errors';
import { readHeadFile } from './anchors';
import { listBackups } from './backup/folder';

export type StorageTrouble = 'full' | 'busy' | 'readonly' | 'denied' | 'damaged' | 'io' | 'cantopen';

interface ErrLike {
  code?: unknown;
  path?: unknown;
  cause?: unknown;
}

/** The error's code (SQLite's `SQLITE_FULL`, Node's `ENOSPC`), looking through `cause` chains. */
function codeAndPath(e: unknown): { code: string | null; path: string | null } {
  for (let cur = e as ErrLike | undefined, depth = 0; cur && typeof cur === 'object' && depth < 5; cur = cur.cause as ErrLike, depth++) {
    if (typeof cur.code === 'string' && /^(SQLITE_|E[A-Z]+$)/.test(cur.code))
      return { code: cur.code, path: typeof cur.path === 'string' ? cur.path : null };
  }
  return { code: null, path: null };
}

/** No free block left on the disk holding `dir` (SQLite reports a full disk at open as an I/O error). */
export function diskIsFull(dir: string | undefined): boolean {
  if (!dir) return false;
  try {
    let d = path.resolve(dir);
    while (!fs.existsSync(d) && path.dirname(d) !== d) d = path.dirname(d);
    const s = fs.statfsSync(d);
    return s.bavail === 0 || s.bavail * s.bsize < 64 * 1024;
  } catch {
    return false;
  }
}

export function classify(e: unknown, dataDir?: string): StorageTrouble | null {
  const { code } = codeAndPath(e);
  if (!code) return null;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'full';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy';
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') return 'readonly';
  if (code === 'EACCES' || code === 'EPERM') return 'denied';
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'damaged';
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return diskIsFull(dataDir) ? 'full' : 'io';
  if (code.startsWith('SQLITE_CANTOPEN')) return diskIsFull(dataDir) ? 'full' : 'cantopen';
  return null;
}

const inside = (dir: string | undefined, p: string | null) => !!dir && !!p && (p === dir || p.startsWith(dir + path.sep));

/** How to restore, naming the newest backup when the head file remembers the backup folder. */
export function restoreHint(dataDir?: string): { hi: string; en: string } {
  let newest: string | null = null;
  let root: string | null = null;
  if (dataDir) {
    root = readHeadFile(dataDir).head?.backupDir ?? null;
    if (root) newest = listBackups(root)[0] ?? null;
  }
  const data = dataDir ? `--data "${dataDir}" ` : '';
  const cmd = `npm run -s cli -- ${data}restore "${newest ?? 'BACKUP_DIR'}"`;
  const where = newest
    ? { hi: `(नवीनतम बैकअप: ${newest})`, en: `(the newest backup is ${newest})` }
    : root
      ? { hi: `(बैकअप फ़ोल्डर ${root} का नवीनतम thana-backup-… फ़ोल्डर)`, en: `(the newest thana-backup-… folder in ${root})` }
      : {
          hi: '(बैकअप फ़ोल्डर, जैसे पेन ड्राइव, का नवीनतम thana-backup-… फ़ोल्डर)',
          en: '(the newest thana-backup-… folder in the backup folder, e.g. on the pen drive)',
        };
  return { hi: `बैकअप से वापस लाएँ: ${cmd} ${where.hi}`, en: `restore it from a backup: ${cmd} ${where.en}` };
}

function messageFor(kind: StorageTrouble, dataDir: string | undefined, p: string | null): string {
  const outside = p && !inside(dataDir, p) ? p : null;
  switch (kind) {
    case 'full':
      return outside
        ? `डिस्क भर गई है (${outside}): कुछ भी सहेजा नहीं गया; जगह खाली करके फिर से प्रयास करें / the disk holding ${outside} is full: nothing was saved; free some space and try again`
        : 'डिस्क भर गई है: कुछ भी सहेजा नहीं गया (अधूरा कुछ नहीं लिखा गया)। डिस्क पर जगह खाली करें (पुरानी फ़ाइलें हटाएँ या दूसरी डिस्क पर ले जाएँ) और फिर से प्रयास करें / ' +
            'the disk is full: nothing was saved (nothing half-written). Free some space on the disk (delete or move old files) and try again';
    case 'busy':
      return (
        'रजिस्टर में अभी कोई दूसरा कार्य लिख रहा है (जैसे कोई बड़ा आयात, या ऐप कहीं और खुला है): कुछ भी सहेजा नहीं गया। थोड़ी देर प्रतीक्षा करें और फिर से प्रयास करें / ' +
        'the register is busy: another program is writing to it (a long import, or the app open elsewhere). Nothing was saved. Wait a minute and try again'
      );
    case 'readonly':
      return outside
        ? `${outside} केवल पढ़ने योग्य है: वहाँ लिखा नहीं जा सकता / ${outside} is read-only: nothing can be written there`
        : 'डेटा फ़ोल्डर केवल पढ़ने योग्य है: रजिस्टर देखा जा सकता है पर बदला नहीं जा सकता, कुछ भी सहेजा नहीं गया। फ़ोल्डर को लिखने योग्य बनाएँ (जैसे पेन ड्राइव का लॉक हटाएँ) या डेटा लिखने योग्य डिस्क पर कॉपी करें / ' +
            'the data folder is read-only: the register can be read but not changed, and nothing was saved. Make the folder writable (e.g. unlock the pen drive) or copy the data to a writable disk';
    case 'denied':
      return outside
        ? `${outside} पर अनुमति नहीं है / no permission for ${outside}`
        : 'डेटा फ़ोल्डर में लिखने की अनुमति नहीं है: कुछ भी सहेजा नहीं गया। रजिस्टर उसी Windows खाते से खोलें जिससे वह बना था, या फ़ोल्डर की अनुमति ठीक करें / ' +
            'no permission to write in the data folder: nothing was saved. Open the register from the Windows account it was made with, or fix the folder permissions';
    case 'damaged': {
      const h = restoreHint(dataDir);
      return `रजिस्टर की डेटाबेस फ़ाइल (register.sqlite) क्षतिग्रस्त है; उसे बदलें नहीं। ${h.hi} / the register's database file (register.sqlite) is damaged; do not change it. ${cap(h.en)}`;
    }
    case 'io':
      return (
        'डिस्क पढ़ने/लिखने में त्रुटि: कुछ भी सहेजा नहीं गया। डिस्क जाँचें (पेन ड्राइव निकल तो नहीं गई?) और फिर से प्रयास करें; बार-बार हो तो verify चलाएँ और बैकअप से वापस लाएँ / ' +
        'a disk error while reading or writing the register: nothing was saved. Check the disk (was a pen drive pulled out?) and try again; if it keeps happening run verify and restore from a backup'
      );
    case 'cantopen':
      return (
        'रजिस्टर की फ़ाइल खोली नहीं जा सकी (फ़ोल्डर नहीं है, अनुमति नहीं, या डिस्क की त्रुटि) / ' +
        'the register file cannot be opened (the folder is missing, there is no permission, or a disk error)'
      );
  }
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The AppError for a storage trouble, or null when `e` is something else. */
export function storageError(e: unknown, dataDir?: string): AppError | null {
  if (e instanceof AppError) return null;
  const kind = classify(e, dataDir);
  if (!kind) return null;
  return new AppError(
    kind === 'busy' ? 'busy' : 'storage',
    messageFor(kind, dataDir ? path.resolve(dataDir) : undefined, codeAndPath(e).path),
  );
}

/** An AppError as is, a storage trouble mapped, anything else null. */
export function toAppError(e: unknown, dataDir?: string): AppError | null {
  return e instanceof AppError ? e : storageError(e, dataDir);
}

/** register.sqlite is missing or empty in a folder that still holds this station's files: not a new install. */
export function lostDatabaseError(dataDir: string, found: string[]): AppError {
  const h = restoreHint(dataDir);
  return new AppError(
    'storage',
    `इस फ़ोल्डर में रजिस्टर डेटाबेस (register.sqlite) गायब या खाली है, पर थाने की फ़ाइलें (${found.join(', ')}) मौजूद हैं: यह नई स्थापना नहीं है, इसलिए खाली रजिस्टर नहीं बनाया गया। ${h.hi} / ` +
      `the register database register.sqlite is missing or empty in ${dataDir}, but the folder still holds this station's files (${found.join(', ')}): this is not a new install, so no empty register was made. ${cap(h.en)}`,
  );
}

/** A read-only folder whose database is older than this version: the migrations cannot run. */
export function schemaBehindError(applied: number, expected: number): AppError {
  return new AppError(
    'storage',
    `रजिस्टर ऐप के पुराने संस्करण का है और पहले अद्यतन होना चाहिए (${applied}/${expected}), पर डेटा फ़ोल्डर केवल पढ़ने योग्य है। फ़ोल्डर को लिखने योग्य बनाएँ या डेटा लिखने योग्य डिस्क पर कॉपी करके खोलें / ` +
      `the register was made by an older version of the app and must be updated first (${applied} of ${expected} updates applied), but the data folder is read-only. Make it writable, or copy the data to a writable disk and open it there`,
  );
}

/** A folder that is read-only and has no register in it yet. */
export function readonlyEmptyError(dataDir: string): AppError {
  return new AppError(
    'storage',
    `डेटा फ़ोल्डर ${dataDir} केवल पढ़ने योग्य है और उसमें रजिस्टर नहीं है: नया रजिस्टर यहाँ नहीं बन सकता / the data folder ${dataDir} is read-only and holds no register: a new one cannot be made there`,
  );
}
