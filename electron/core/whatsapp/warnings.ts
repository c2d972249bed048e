// Bilingual warning texts ("हिंदी / English"). Kept in one place so the wording stays consistent.

const MAX_LISTED = 20;

/** "3, 7, 9" or "3, 7, … (+12)" when the list is long. Ranges of consecutive lines are collapsed: "4–9". */
export function formatLines(lines: readonly number[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < lines.length && parts.length < MAX_LISTED) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === lines[j] + 1) j++;
    parts.push(j > i ? `${lines[i]}–${lines[j]}` : String(lines[i]));
    i = j + 1;
  }
  let rest = 0;
  for (let k = i; k < lines.length; k++) rest++;
  return rest > 0 ? `${parts.join(', ')}, … (+${rest})` : parts.join(', ');
}

export const W = {
  invalidUtf8: (lines: readonly number[]) =>
    `फ़ाइल में अमान्य UTF-8 बाइट्स थे, जिन्हें � से बदला गया; पंक्तियाँ: ${formatLines(lines)} / ` +
    `The file contained invalid UTF-8 bytes, replaced with �; lines: ${formatLines(lines)}`,
  dateOrderAssumed: () =>
    'तारीख़ में दिन और महीने का क्रम फ़ाइल से तय नहीं हो सका; दिन-पहले (दिन/महीना) माना गया — जाँच लें / ' +
    'The day/month order could not be decided from the file; day-first (day/month) was assumed — please check',
  dateOrderConflict: (dmyLine: number, mdyLine: number, chosen: 'dmy' | 'mdy') =>
    `फ़ाइल में दोनों क्रम की तारीख़ें हैं (दिन-पहले: पंक्ति ${dmyLine}, महीना-पहले: पंक्ति ${mdyLine}); ` +
    `${chosen === 'dmy' ? 'दिन-पहले' : 'महीना-पहले'} माना गया / ` +
    `The file has dates in both orders (day-first at line ${dmyLine}, month-first at line ${mdyLine}); ` +
    `${chosen === 'dmy' ? 'day-first' : 'month-first'} was used`,
  dateOrderOverrideContradicted: (chosen: 'dmy' | 'mdy', line: number) =>
    `चुना गया क्रम (${chosen === 'dmy' ? 'दिन-पहले' : 'महीना-पहले'}) पंक्ति ${line} की तारीख़ से मेल नहीं खाता / ` +
    `The chosen order (${chosen === 'dmy' ? 'day-first' : 'month-first'}) contradicts the date on line ${line}`,
  invalidDates: (lines: readonly number[]) =>
    `इन पंक्तियों की तारीख़/समय अमान्य है, समय खाली छोड़ा गया: ${formatLines(lines)} / ` +
    `Invalid date or time, left empty, on lines: ${formatLines(lines)}`,
  impossibleHours: (lines: readonly number[]) =>
    `इन पंक्तियों में 12 घंटे की घड़ी के साथ 12 से बड़ा घंटा है (जैसे 23:59 PM); घंटा 24 घंटे की घड़ी का माना गया: ${formatLines(lines)} / ` +
    `An hour above 12 next to AM/PM (e.g. 23:59 PM); the hour was read as on a 24-hour clock, on lines: ${formatLines(lines)}`,
  leadingLinesIgnored: (lines: readonly number[]) =>
    `पहले संदेश से पहले की पंक्तियाँ छोड़ी गईं: ${formatLines(lines)} / ` + `Lines before the first message were skipped: ${formatLines(lines)}`,
  noMessages: (kind: string) =>
    `कोई संदेश-शीर्ष (तारीख़, समय, नाम) नहीं मिला; यह ${kind === 'paste' ? 'WhatsApp Web से कॉपी किया गया पाठ' : 'WhatsApp एक्सपोर्ट'} नहीं लगता / ` +
    `No message header (date, time, sender) was found; this does not look like a WhatsApp ${kind === 'paste' ? 'Web paste' : 'export'}`,
  pasteWithoutSender: (lines: readonly number[]) =>
    `इन पंक्तियों में भेजने वाले का नाम नहीं मिला: ${formatLines(lines)} / ` + `No sender name found on lines: ${formatLines(lines)}`,
};
