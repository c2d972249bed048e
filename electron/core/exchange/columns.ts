/**
 * The register CSV's columns: a Hindi label printed in the header row, each mapped one-to-one to a stable
 * key (documented in README.md beside this file). The import accepts either the label or the key. Keys
 * never change meaning; a new column gets a new key at the end.
 */
import { ENTRY_MODES, ENTRY_STATUSES } from '../../contract/index';
import { MODE_HI, STATUS_HI, phoneHi, type EntryMode, type EntryStatus } from '../../shared/labels';
import { dateHi } from '../../shared/dates';

export const CSV_COLUMNS = [
  { key: 'station', hi: 'थाना' },
  { key: 'district', hi: 'जनपद' },
  { key: 'year', hi: 'वर्ष' },
  { key: 'serial', hi: 'क्रम संख्या' },
  { key: 'receivedAt', hi: 'प्राप्ति दिनांक व समय' },
  { key: 'mode', hi: 'प्राप्ति का माध्यम' },
  { key: 'source', hi: 'समूह / स्रोत' },
  { key: 'informantName', hi: 'सूचनाकर्ता / शिकायतकर्ता का नाम' },
  { key: 'informantRelative', hi: 'पिता / पति का नाम' },
  { key: 'informantAddress', hi: 'सूचनाकर्ता का पता' },
  { key: 'informantPhone', hi: 'सूचनाकर्ता का मोबाइल' },
  { key: 'opponent', hi: 'विपक्षी का नाम व पता' },
  { key: 'place', hi: 'घटना स्थल' },
  { key: 'beat', hi: 'बीट / हल्का' },
  { key: 'category', hi: 'श्रेणी' },
  { key: 'summary', hi: 'शिकायत का संक्षिप्त विवरण' },
  { key: 'markedTo', hi: 'जांच हेतु अंकित अधिकारी' },
  { key: 'status', hi: 'स्थिति' },
  { key: 'dueAt', hi: 'निस्तारण की नियत तिथि' },
  { key: 'actionAt', hi: 'अंतिम कार्यवाही की तिथि' },
  { key: 'action', hi: 'की गई कार्यवाही / आख्या' },
  { key: 'fir', hi: 'मु0अ0सं0 व धारा' },
  { key: 'accusedArrested', hi: 'गिरफ्तार अभियुक्त (संख्या)' },
  { key: 'accusedWanted', hi: 'वांछित अभियुक्त (संख्या)' },
  { key: 'disposedAt', hi: 'निस्तारण की तिथि' },
  { key: 'cancelReason', hi: 'निरस्त करने का कारण' },
  { key: 'remarks', hi: 'अभ्युक्ति' },
  { key: 'seal', hi: 'मुहर (ऑडिट हैश)' },
] as const;

export type ColumnKey = (typeof CSV_COLUMNS)[number]['key'];
export const COLUMN_KEYS = CSV_COLUMNS.map((c) => c.key) as ColumnKey[];
export const LABEL_OF = Object.fromEntries(CSV_COLUMNS.map((c) => [c.key, c.hi])) as Record<ColumnKey, string>;

/** The text a masked export writes instead of a name, an address or a phone number. */
export const MASK = '[गोपनीय]';

/** One register row in the exchange's terms: typed, canonical, the same whether exported or imported. */
export interface ExchangeRow {
  station: string;
  district: string;
  year: number;
  serial: number;
  /** Local India time YYYY-MM-DDTHH:mm:ss. */
  receivedAt: string;
  mode: EntryMode;
  source: string | null;
  informantName: string;
  informantRelative: string | null;
  informantAddress: string | null;
  /** E.164, or the mask. */
  informantPhone: string | null;
  opponent: string | null;
  place: string | null;
  beat: string | null;
  category: string | null;
  summary: string;
  markedTo: string | null;
  status: EntryStatus;
  /** YYYY-MM-DD */
  dueAt: string;
  actionAt: string | null;
  action: string | null;
  fir: string | null;
  accusedArrested: number;
  accusedWanted: number;
  disposedAt: string | null;
  cancelReason: string | null;
  remarks: string | null;
}

/** Local date-time as written in the CSV: dd-mm-yyyy HH:mm, with seconds only when they are not zero. */
export function csvDateTime(local: string | null): string {
  if (!local) return '';
  const t = local.slice(11, 19);
  if (!t) return dateHi(local);
  return `${dateHi(local)} ${t.endsWith(':00') ? t.slice(0, 5) : t}`;
}

/** The row as the CSV's cells (before formula neutralising), keyed by column key; the seal is added by the writer. */
export function cellsOf(r: ExchangeRow): Record<Exclude<ColumnKey, 'seal'>, string> {
  const phone = r.informantPhone === MASK ? MASK : phoneHi(r.informantPhone);
  return {
    station: r.station,
    district: r.district,
    year: String(r.year),
    serial: String(r.serial),
    receivedAt: csvDateTime(r.receivedAt),
    mode: MODE_HI[r.mode],
    source: r.source ?? '',
    informantName: r.informantName,
    informantRelative: r.informantRelative ?? '',
    informantAddress: r.informantAddress ?? '',
    informantPhone: phone,
    opponent: r.opponent ?? '',
    place: r.place ?? '',
    beat: r.beat ?? '',
    category: r.category ?? '',
    summary: r.summary,
    markedTo: r.markedTo ?? '',
    status: STATUS_HI[r.status],
    dueAt: dateHi(r.dueAt),
    actionAt: csvDateTime(r.actionAt),
    action: r.action ?? '',
    fir: r.fir ?? '',
    accusedArrested: String(r.accusedArrested),
    accusedWanted: String(r.accusedWanted),
    disposedAt: csvDateTime(r.disposedAt),
    cancelReason: r.cancelReason ?? '',
    remarks: r.remarks ?? '',
  };
}

// ---------------------------------------------------------------------------------------------
// Formula injection: a spreadsheet runs a cell that begins with = + - @ (or a tab / carriage return that
// hides one). Such a cell gets a leading apostrophe, which spreadsheets show as text. To keep the mapping
// reversible, a cell that already begins with apostrophes before such a character gets one more; the
// import removes exactly one.

const DANGEROUS = /^'*[=+\-@\t\r]/;

export function neutralise(cell: string): string {
  return DANGEROUS.test(cell) ? `'${cell}` : cell;
}

export function unneutralise(cell: string): string {
  return cell.startsWith("'") && DANGEROUS.test(cell.slice(1)) ? cell.slice(1) : cell;
}

// ---------------------------------------------------------------------------------------------
// Values the import accepts for the coded columns: the Hindi word, the key, and a few common spellings.

const fold = (s: string) =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s_\-./()]+/g, '');

function table<K extends string>(keys: readonly K[], hi: Record<K, string>, extra: [string, K][]): Map<string, K> {
  const m = new Map<string, K>();
  for (const k of keys) {
    m.set(fold(k), k);
    m.set(fold(hi[k]), k);
  }
  for (const [w, k] of extra) m.set(fold(w), k);
  return m;
}

const MODES = table(ENTRY_MODES, MODE_HI, [
  ['whatsapp group', 'whatsapp-group'],
  ['ग्रुप', 'whatsapp-group'],
  ['समूह', 'whatsapp-group'],
  ['व्हाट्सऐप', 'whatsapp-number'],
  ['whatsapp number', 'whatsapp-number'],
  ['स्वयं', 'in-person'],
  ['in person', 'in-person'],
  ['प्रार्थना पत्र', 'in-person'],
  ['फोन', 'phone'],
  ['दूरभाष', 'phone'],
  ['112', 'phone'],
  ['आईजीआरएस', 'igrs'],
  ['जनसुनवाई', 'igrs'],
  ['IGRS', 'igrs'],
  ['other', 'other'],
]);

const STATUSES = table(ENTRY_STATUSES, STATUS_HI, [
  ['लम्बित', 'pending'],
  ['जाँच में', 'under-inquiry'],
  ['जांच', 'under-inquiry'],
  ['विवेचना', 'under-inquiry'],
  ['एफ0आई0आर0 दर्ज', 'fir-registered'],
  ['FIR दर्ज', 'fir-registered'],
  ['fir', 'fir-registered'],
  ['मुकदमा दर्ज', 'fir-registered'],
  ['निस्तारित', 'disposed'],
  ['निस्तारण', 'disposed'],
  ['disposed', 'disposed'],
  ['निरस्त', 'cancelled'],
  ['cancelled', 'cancelled'],
]);

/** WhatsApp is spelt many ways in Hindi (व्हाट्सऐप, व्हाट्सएप, वाट्सअप, वॉट्सऐप ...); a group is also a ग्रुप. */
const canonMode = (s: string) =>
  fold(s)
    .replace(/व(?:्ह)?[ाॉ]ट्?स[ऐएअ]ै?प|whats?app/gu, 'व्हाट्सऐप')
    .replace(/ग्रुप|group/g, 'समूह')
    .replace(/नम्बर|number/g, 'नंबर');

export const parseMode = (s: string): EntryMode | undefined => MODES.get(fold(s)) ?? MODES.get(canonMode(s));
export const parseStatus = (s: string): EntryStatus | undefined => STATUSES.get(fold(s));

const HEADERS = new Map<string, ColumnKey>();
for (const c of CSV_COLUMNS) {
  HEADERS.set(fold(c.key), c.key);
  HEADERS.set(fold(c.hi), c.key);
}

/** A header cell (a Hindi label or a key, any case and spacing) -> its column key. */
export function headerKey(cell: string): ColumnKey | undefined {
  return HEADERS.get(fold(cell.replace(/^\uFEFF/, '')));
}
