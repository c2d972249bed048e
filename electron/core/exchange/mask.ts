/**
 * Masking for reports sent upward (action-taken reports must not identify the complainant or the victim;
 * BNS section 72 forbids revealing a sexual-offence victim's identity):
 *
 * - the informant's name, father's/husband's name, address and mobile become "[गोपनीय]";
 * - in every free-text column (summary, opponent, place, action, remarks, cancel reason, source) the
 *   informant's and the linked FIRs' victims' / complainants' names — the whole name and each of its words
 *   of three or more letters — and anything that looks like an Indian mobile number are replaced too.
 *
 * Masking free text is best effort: a name spelt differently in the text (or in Latin script) survives.
 * Station, serial, dates, statuses and FIR numbers are kept, so the report can still be checked.
 */
import { MASK, type ExchangeRow } from './columns';

const HONORIFICS = new Set([
  'श्री',
  'श्रीमती',
  'सुश्री',
  'कुमारी',
  'मो0',
  'मोहम्मद',
  'स्व0',
  'स्वर्गीय',
  'पुत्र',
  'पुत्री',
  'पत्नी',
  'पति',
  'उर्फ',
  'उर्फ़',
  'shri',
  'smt',
  'mr',
  'mrs',
  'ms',
]);

/** Mobile numbers: 10 digits starting 6-9, optionally +91 / 0 / 91 first, optionally spaced "98390 47125". */
const PHONE = /(?<![\d])(?:(?:\+|00)?91[\s-]?|0)?[6-9]\d{4}[\s-]?\d{5}(?![\d])/g;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function nameTerms(names: string[]): string[] {
  const terms = new Set<string>();
  for (const n of names) {
    const full = n.normalize('NFC').trim();
    if (!full) continue;
    terms.add(full);
    for (const w of full.split(/[\s,.]+/)) if ([...w].length >= 3 && !HONORIFICS.has(w.toLowerCase())) terms.add(w);
  }
  // Longest first, so a whole name is replaced before its words.
  return [...terms].sort((a, b) => b.length - a.length);
}

export function makeMasker(names: string[]): (text: string | null) => string | null {
  const terms = nameTerms(names);
  const re = terms.length
    ? new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${terms.map(escapeRe).join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'giu')
    : null;
  return (text) => {
    if (text == null) return null;
    let t = text.normalize('NFC').replace(PHONE, MASK);
    if (re) t = t.replace(re, MASK);
    return t;
  };
}

/** The masked copy of a row. `protectedNames` are the victims' and complainants' names (and phones) on its FIRs. */
export function maskRow(r: ExchangeRow, protectedNames: string[]): ExchangeRow {
  const names = [r.informantName, r.informantRelative ?? '', ...protectedNames.filter((n) => !/^\+?\d[\d\s-]+$/.test(n))];
  const m = makeMasker(names);
  return {
    ...r,
    informantName: MASK,
    informantRelative: r.informantRelative ? MASK : null,
    informantAddress: r.informantAddress ? MASK : null,
    informantPhone: r.informantPhone ? MASK : null,
    source: m(r.source),
    opponent: m(r.opponent),
    place: m(r.place),
    summary: m(r.summary) ?? '',
    action: m(r.action),
    remarks: m(r.remarks),
    cancelReason: m(r.cancelReason),
  };
}
