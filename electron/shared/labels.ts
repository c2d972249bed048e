/**
 * Hindi words the printed documents and the CSV share: register columns (domain.md), modes, statuses,
 * months, and the way dates are written on paper (dd-mm-yyyy, India time).
 */
import { ENTRY_MODES, ENTRY_STATUSES, PERSON_STATUSES } from '../contract/index';

export type EntryMode = (typeof ENTRY_MODES)[number];
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

export const MODE_HI: Record<EntryMode, string> = {
  'whatsapp-group': 'व्हाट्सऐप समूह',
  'whatsapp-number': 'व्हाट्सऐप नंबर',
  'in-person': 'स्वयं उपस्थित',
  phone: 'फ़ोन',
  igrs: 'आईजीआरएस',
  other: 'अन्य',
};

export const STATUS_HI: Record<EntryStatus, string> = {
  pending: 'लंबित',
  'under-inquiry': 'जांच में',
  'fir-registered': 'एफआईआर दर्ज',
  disposed: 'निस्तारित',
  cancelled: 'निरस्त',
};

export const PERSON_STATUS_HI: Record<(typeof PERSON_STATUSES)[number], string> = {
  named: 'नामजद',
  wanted: 'वांछित',
  arrested: 'गिरफ्तार',
  jailed: 'गिरफ्तार कर जेल भेजा',
  bailed: 'गिरफ्तार, जमानत पर',
  surrendered: 'आत्मसमर्पण',
  absconding: 'फरार',
};

/** Accused statuses counted as arrested, and as still wanted, in the summary and the CSV. */
export const ARRESTED_STATUSES = ['arrested', 'jailed', 'bailed'] as const;
export const WANTED_STATUSES = ['wanted', 'absconding'] as const;

/** The time each status of an accused is a fact of (named, wanted and absconding have none), in the order they happen. */
export const STATUS_TIME = { arrested: 'arrestedAt', jailed: 'jailedAt', bailed: 'bailedAt', surrendered: 'surrenderedAt' } as const;
export type TimedStatus = keyof typeof STATUS_TIME;
export const STATUS_TIME_FIELDS = Object.values(STATUS_TIME);
export const isTimedStatus = (s: string | null | undefined): s is TimedStatus => !!s && s in STATUS_TIME;

/** The register's columns as on the paper register (domain.md), in print order. */
export const REGISTER_COLUMNS = [
  { key: 'serial', hi: 'क्रम संख्या' },
  { key: 'receivedAt', hi: 'प्राप्ति दिनांक व समय' },
  { key: 'mode', hi: 'प्राप्ति का माध्यम' },
  { key: 'source', hi: 'समूह / स्रोत' },
  { key: 'informant', hi: 'सूचनाकर्ता / शिकायतकर्ता का नाम, पिता/पति का नाम, पता, मोबाइल' },
  { key: 'opponent', hi: 'विपक्षी का नाम व पता' },
  { key: 'summary', hi: 'शिकायत का संक्षिप्त विवरण' },
  { key: 'markedTo', hi: 'जांच हेतु अंकित अधिकारी' },
  { key: 'action', hi: 'की गई कार्यवाही / आख्या' },
  { key: 'fir', hi: 'मु0अ0सं0 व धारा' },
  { key: 'disposedAt', hi: 'निस्तारण की तिथि' },
  { key: 'remarks', hi: 'अभ्युक्ति' },
  { key: 'signature', hi: 'हस्ताक्षर' },
] as const;

export const MONTHS_HI = ['जनवरी', 'फ़रवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर', 'अक्टूबर', 'नवंबर', 'दिसंबर'];

/** 'YYYY-MM' -> 'जनवरी 2025' */
export function monthHi(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${MONTHS_HI[m - 1]} ${y}`;
}

/** Bytes as the courts read them: "1,234,567 बाइट (1.2 MB)". */
export function sizeHi(bytes: number): string {
  const exact = bytes.toLocaleString('en-IN');
  if (bytes < 1024) return `${exact} बाइट`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = bytes / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${exact} बाइट (${v.toFixed(1)} ${units[u]})`;
}

/** +919839047125 -> '98390 47125' (Indian mobiles as people write them); other numbers as stored. */
export function phoneHi(e164: string | null | undefined): string {
  if (!e164) return '';
  const m = /^\+91(\d{5})(\d{5})$/.exec(e164);
  return m ? `${m[1]} ${m[2]}` : e164;
}
