/**
 * Test data for the documents and the CSV: a month of realistic register entries made through the real
 * handlers (Hindi names and places of a Gorakhpur thana, every mode and status, FIRs with BNS and other
 * Acts' sections, accused arrested and wanted, a victim, a cancelled entry), plus the hostile ones every
 * document must print as typed: a summary with <script>, one with a spreadsheet formula, one with commas,
 * quotes and line breaks. Deterministic for a seed. Test and benchmark use only.
 */
import path from 'node:path';
import { createHash } from 'node:crypto';
import { contract, type Input } from '../../../contract/index';
import type { Ctx } from '../../context';
import { createEntry, addAction, disposeEntry } from '../../entries';
import { writeZip } from '../../whatsapp/test-zip-writer';
import { tempDir, type TestRegister } from '../../testing/fixture';
import { monthRange } from '../../../shared/dates';
import { seededRandom as rng } from '../../testing/seeded-random';

export const SCRIPT_SUMMARY = 'गाँव में पोस्टर चिपकाया गया जिस पर लिखा था <script>alert(1)</script> — शरारती तत्वों की शिकायत';
export const FORMULA_SUMMARY = '=HYPERLINK("http://example.invalid/x","इनाम पाने हेतु क्लिक करें") वाला संदेश समूह में फैलाया गया';
export const QUOTED_SUMMARY = 'गवाह ने कहा "मैंने देखा, वह भाग गया", फिर\nदूसरी पंक्ति: मोटरसाइकिल UP53 AB 1234, लाल रंग';
export const PREVIOUS_MONTH_SUMMARY = 'पिछले माह के अंतिम दिन की प्रविष्टि PREVMONTHMARK';
export const NEXT_MONTH_SUMMARY = 'अगले माह के पहले दिन की प्रविष्टि NEXTMONTHMARK';

const INFORMANTS: [string, string, string][] = [
  ['रामप्रीत यादव', 'श्यामलाल यादव', 'पुरुष'],
  ['सुनीता देवी', 'रमेश चौहान', 'स्त्री'],
  ['मोहम्मद इरफ़ान', 'अब्दुल रशीद', 'पुरुष'],
  ['अनिल कुमार श्रीवास्तव', 'कृष्ण कुमार श्रीवास्तव', 'पुरुष'],
  ['प्रियंका त्रिपाठी', 'विजय शंकर त्रिपाठी', 'स्त्री'],
  ['राजेन्द्र प्रसाद निषाद', 'भगवती निषाद', 'पुरुष'],
  ['कृष्ण मोहन चौरसिया', 'रामधनी चौरसिया', 'पुरुष'],
  ['शबनम खातून', 'मो0 सलीम', 'स्त्री'],
  ['विनोद जायसवाल', 'शिवशंकर जायसवाल', 'पुरुष'],
  ['कमला देवी', 'स्व0 रामअवध पासवान', 'स्त्री'],
  ['धर्मेन्द्र सिंह', 'ज्ञानेन्द्र सिंह', 'पुरुष'],
  ['पूजा गुप्ता', 'अशोक गुप्ता', 'स्त्री'],
];
const VILLAGES = [
  'भरोहिया',
  'गगहा',
  'बांसपार',
  'हाटा बुजुर्ग',
  'कौड़ीराम',
  'सोहगौरा',
  'मझगांवा',
  'देवकली',
  'बड़हलगंज मार्ग',
  'रानीपुर',
  'जगदीशपुर',
  'क्षेत्रपाल नगर',
];
const OPPONENTS = [
  'सुरेश यादव पुत्र रामकिशुन, ग्राम भरोहिया',
  'अज्ञात',
  'मनोज व दो अन्य, ग्राम सोहगौरा',
  'पति सुनील चौहान व सास',
  'अज्ञात मोबाइल धारक 70xxxxxx12',
  null,
];
const OFFICERS = ['उ0नि0 अनिल कुमार', 'उ0नि0 सुनीता यादव', 'है0का0 सुरेश निषाद', 'का0 विकास यादव', 'म0उ0नि0 रेखा मौर्य'];
const SUMMARIES = [
  'खेत की मेड़ को लेकर विवाद; विपक्षी द्वारा लाठी-डंडे से मारपीट व गाली-गलौज, प्रार्थी को चोटें आईं',
  'रात्रि में घर के सामने से मोटरसाइकिल चोरी हो गई',
  'ऑनलाइन ठगी: ₹25,000 खाते से निकाल लिए गए, कॉल करने वाले ने स्वयं को बैंक कर्मचारी बताया',
  'पड़ोसी द्वारा जान से मारने की धमकी दी जा रही है',
  'दहेज हेतु ससुराल पक्ष द्वारा उत्पीड़न व मारपीट',
  'सार्वजनिक रास्ते पर अवैध कब्जा कर दीवार खड़ी की जा रही है',
  'शराब पीकर चौराहे पर उपद्रव, दुकानदारों से अभद्रता',
  'विद्यालय जाते समय छात्रा का पीछा कर परेशान करना',
  'रेलवे क्रॉसिंग पर युवक की पिटाई का वीडियो समूह में आया',
  'बिजली के तार चोरी, ट्रांसफार्मर से तेल निकाला गया',
];
const SOURCES: [string, Input<'entries.create'>['mode']][] = [
  ['थाना गगहा सूचना', 'whatsapp-group'],
  ['डिजिटल वालंटियर बीट 3', 'whatsapp-group'],
  ['थाना गगहा व्हाट्सऐप नंबर', 'whatsapp-number'],
];
const FIR_SECTIONS: { act: string; section: string }[][] = [
  [
    { act: 'BNS', section: '115(2)' },
    { act: 'BNS', section: '352' },
    { act: 'BNS', section: '351(3)' },
  ],
  [{ act: 'BNS', section: '303(2)' }],
  [
    { act: 'BNS', section: '318(4)' },
    { act: 'IT Act', section: '66D' },
  ],
  [
    { act: 'BNS', section: '85' },
    { act: 'BNS', section: '115(2)' },
    { act: 'Dowry Prohibition Act', section: '3/4' },
  ],
  [
    { act: 'BNS', section: '191(2)' },
    { act: 'BNS', section: '115(2)' },
    { act: 'BNS', section: '352' },
  ],
  [
    { act: 'BNS', section: '78' },
    { act: 'POCSO Act', section: '11/12' },
  ],
];
const ACCUSED = ['सुरेश यादव', 'मनोज कुमार', 'राहुल चौहान', 'अजय निषाद', 'इमरान', 'सोनू उर्फ़ संदीप', 'पप्पू पासवान', 'दीपक गुप्ता'];

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const pad = (n: number) => String(n).padStart(2, '0');

function addDaysLocal(local: string, days: number, time = '11:00:00'): string {
  const [y, m, d] = local.slice(0, 10).split('-').map(Number);
  return `${new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)}T${time}`;
}

export interface MadeEntry {
  id: number;
  year: number;
  serial: number;
  receivedAt: string;
  status: 'pending' | 'under-inquiry' | 'fir-registered' | 'disposed' | 'cancelled';
  informant: string;
  summary: string;
  firNumber: number | null;
}

export interface MonthData {
  month: string;
  entries: MadeEntry[];
  /** Entries on the last day of the month before and the first day of the month after. */
  outside: MadeEntry[];
  /** SHA-256 of the video linked to the first entry, when `evidence` was asked for. */
  evidence: { sha256: string; bytes: Buffer; fileName: string } | null;
}

export interface MonthOptions {
  month: string;
  count: number;
  seed?: number;
  /** Also make one entry just before and one just after the month. */
  neighbours?: boolean;
  /** Import a WhatsApp export with a video and link the video to the first entry. */
  evidence?: boolean;
  /** First FIR number to use (FIR numbers are unique per station and year). */
  firStart?: number;
}

/** A fake but well-formed MP4 (real magic bytes) so the store's sniffing sees a video. */
export function fakeMp4(seed: string, size = 6000): Buffer {
  const body = Buffer.alloc(size);
  let h = createHash('sha256').update(seed).digest();
  for (let i = 0; i < size; i += 32) {
    h.copy(body, i);
    h = createHash('sha256').update(h).digest();
  }
  return Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom'), Buffer.from([0, 0, 2, 0]), Buffer.from('isomiso2'), body]);
}

export async function makeMonthData(reg: TestRegister, o: MonthOptions): Promise<MonthData> {
  const r = rng(o.seed ?? 7);
  const { from, to } = monthRange(o.month);
  const days = Number(to.slice(8, 10));
  const out: MonthData = { month: o.month, entries: [], outside: [], evidence: null };
  let firNo = o.firStart ?? 700;

  if (o.evidence) {
    const video = fakeMp4(`video-${o.month}`);
    const fileName = `VID-${from.replace(/-/g, '')}-WA0003.mp4`;
    const [y, m] = o.month.split('-');
    const chat = [
      `01/${m}/${y.slice(2)}, 10:30 am - Vinod Jaiswal Kirana: रेलवे क्रॉसिंग पर एक युवक को पीटा जा रहा है`,
      `01/${m}/${y.slice(2)}, 10:31 am - Vinod Jaiswal Kirana: ${fileName} (file attached)`,
      'मारपीट का वीडियो',
      `01/${m}/${y.slice(2)}, 10:35 am - +91 98390 47125: ${fileName} (file attached)`,
    ].join('\n');
    const zip = writeZip(path.join(tempDir('thana-month-ev-'), 'WhatsApp Chat with थाना गगहा सूचना.zip'), [
      { name: 'WhatsApp Chat with थाना गगहा सूचना.txt', data: chat },
      { name: fileName, data: video, method: 0 },
    ]);
    await reg.call('import.files', { paths: [zip], source: 'थाना गगहा सूचना', sourceKind: 'thana-group' });
    out.evidence = { sha256: createHash('sha256').update(video).digest('hex'), bytes: video, fileName };
  }

  const base = (receivedAt: string, i: number, summary?: string): Input<'entries.create'> => {
    const [name, relative] = pick(r, INFORMANTS);
    const [source, mode] = i % 7 === 3 ? [null, pick(r, ['in-person', 'phone', 'igrs', 'other'] as const)] : pick(r, SOURCES);
    return {
      receivedAt,
      mode,
      source,
      informant: {
        name,
        relativeName: relative,
        address: `ग्राम ${pick(r, VILLAGES)}, थाना गगहा, जनपद गोरखपुर`,
        phone: r() < 0.8 ? `9${String(Math.floor(r() * 1e9)).padStart(9, '0')}` : null,
        role: pick(r, ['citizen', 'pradhan', 'trader', 'sabhasad'] as const),
      },
      opponent: pick(r, OPPONENTS),
      place: r() < 0.5 ? `ग्राम ${pick(r, VILLAGES)}` : null,
      summary: summary ?? pick(r, SUMMARIES),
      markedTo: r() < 0.85 ? pick(r, OFFICERS) : null,
      remarks: r() < 0.15 ? 'क्षेत्राधिकारी महोदय के संज्ञान में' : null,
    };
  };

  const made = async (
    input: Input<'entries.create'>,
    status: MadeEntry['status'] = 'pending',
    firNumber: number | null = null,
  ): Promise<MadeEntry> => {
    // The month's data reaches back into the previous year on purpose (confirmed, as a munshi would).
    const e = await reg.call('entries.create', { ...input, confirmDate: true });
    return {
      id: e.id,
      year: e.year,
      serial: e.serial,
      receivedAt: input.receivedAt,
      status,
      informant: input.informant.name,
      summary: input.summary,
      firNumber,
    };
  };

  if (o.neighbours) out.outside.push(await made(base(`${addDaysLocal(from, -1).slice(0, 10)}T23:59:00`, 0, PREVIOUS_MONTH_SUMMARY)));

  const times = Array.from({ length: o.count }, (_, i) => {
    const day = 1 + Math.floor((i * days) / o.count);
    return `${o.month}-${pad(day)}T${pad(8 + Math.floor(r() * 12))}:${pad(Math.floor(r() * 60))}:00`;
  }).sort();
  const special = [SCRIPT_SUMMARY, FORMULA_SUMMARY, QUOTED_SUMMARY];

  for (let i = 0; i < o.count; i++) {
    const receivedAt = times[i];
    const input = base(receivedAt, i, i >= 1 && i <= 3 ? special[i - 1] : undefined);
    if (o.evidence && i === 0 && out.evidence) input.evidence = [out.evidence.sha256];
    // Every status appears: the pattern walks through them; entry 4 (0-based) is the cancelled one.
    const kind =
      i === 4
        ? 'cancelled'
        : (['pending', 'under-inquiry', 'fir-registered', 'disposed', 'fir-disposed', 'disposed', 'under-inquiry'] as const)[i % 7];
    const e = await made(input);
    const step = (d: number, t = '12:00:00') => addDaysLocal(receivedAt, d, t);
    if (kind === 'under-inquiry' || kind === 'disposed' || kind === 'fir-disposed') {
      await reg.call('entries.addAction', {
        entryId: e.id,
        at: step(1),
        text: `जांच ${input.markedTo ?? 'थानाध्यक्ष'} को सौंपी गई; मौके पर जाकर बयान लिए गए`,
        status: 'under-inquiry',
      });
      e.status = 'under-inquiry';
    }
    if (kind === 'fir-registered' || kind === 'fir-disposed') {
      const number = firNo++;
      const registeredAt = step(kind === 'fir-registered' ? 1 : 2, '18:30:00');
      const fir = await reg.call('firs.create', {
        year: Number(registeredAt.slice(0, 4)),
        number,
        registeredAt,
        sections: pick(r, FIR_SECTIONS),
        io: pick(r, OFFICERS),
        entryId: e.id,
      });
      const nAccused = 1 + Math.floor(r() * 3);
      for (let k = 0; k < nAccused; k++) {
        const p = await reg.call('persons.create', {
          name: pick(r, ACCUSED),
          relativeName: pick(r, INFORMANTS)[1],
          age: 20 + Math.floor(r() * 30),
          gender: 'male',
          address: `ग्राम ${pick(r, VILLAGES)}`,
        });
        const arrested = k === 0 && r() < 0.7;
        await reg.call('firs.linkPerson', {
          firId: fir.id,
          personId: p.id,
          role: 'accused',
          status: arrested ? 'arrested' : 'wanted',
          ...(arrested ? { arrestedAt: step(3, '06:15:00') } : {}),
        });
      }
      if (i % 3 === 0) {
        const v = await reg.call('persons.create', {
          name: input.informant.name,
          relativeName: input.informant.relativeName,
          gender: 'female',
          phone: input.informant.phone,
        });
        await reg.call('firs.linkPerson', { firId: fir.id, personId: v.id, role: 'victim' });
      }
      e.status = 'fir-registered';
      e.firNumber = number;
    }
    if (kind === 'disposed' || kind === 'fir-disposed') {
      const after = [3, 9, 15, 40][i % 4];
      await reg.call('entries.dispose', {
        entryId: e.id,
        at: step(after, '16:00:00'),
        note: `दोनों पक्षों में सुलह; प्रार्थी संतुष्ट, आख्या प्रेषित (${after} दिन)`,
      });
      e.status = 'disposed';
    }
    if (kind === 'cancelled') {
      await reg.call('entries.cancel', { entryId: e.id, reason: 'दोहरी प्रविष्टि — वही शिकायत पहले से दर्ज' });
      e.status = 'cancelled';
    }
    out.entries.push(e);
  }

  if (o.neighbours) out.outside.push(await made(base(`${addDaysLocal(to, 1).slice(0, 10)}T00:00:00`, 1, NEXT_MONTH_SUMMARY)));
  return out;
}

/**
 * Many entries fast, for benchmarks: the real service functions with real validation, audit rows and
 * search index, but thousands per transaction instead of one transaction each.
 */
export function bulkEntries(ctx: Omit<Ctx, 'channel'>, n: number, o: { from: string; days: number; seed?: number; batch?: number }): void {
  const r = rng(o.seed ?? 11);
  const c: Ctx = { ...ctx, channel: 'bench.bulk' };
  const schema = contract['entries.create'].input;
  const batch = o.batch ?? 5000;
  for (let start = 0; start < n; start += batch) {
    c.db.sqlite
      .transaction(() => {
        for (let i = start; i < Math.min(n, start + batch); i++) {
          const day = Math.floor((i * o.days) / n);
          const receivedAt = `${addDaysLocal(o.from, day, `${pad(8 + (i % 12))}:${pad(i % 60)}:00`)}`;
          const [name, relative] = pick(r, INFORMANTS);
          const [source, mode] = pick(r, SOURCES);
          const input = schema.parse({
            receivedAt,
            mode,
            source,
            informant: {
              name,
              relativeName: relative,
              address: `ग्राम ${pick(r, VILLAGES)}, थाना गगहा`,
              phone: `9${String(Math.floor(r() * 1e9)).padStart(9, '0')}`,
            },
            opponent: pick(r, OPPONENTS),
            summary: `${pick(r, SUMMARIES)} (${i})`,
            markedTo: pick(r, OFFICERS),
            confirmDate: true,
          });
          const e = createEntry(c, input);
          if (i % 3 === 1)
            addAction(
              c,
              contract['entries.addAction'].input.parse({
                entryId: e.id,
                at: addDaysLocal(receivedAt, 1),
                text: 'जांच प्रारम्भ, बयान अंकित',
                status: 'under-inquiry',
              }),
            );
          if (i % 3 === 2)
            disposeEntry(
              c,
              contract['entries.dispose'].input.parse({ entryId: e.id, at: addDaysLocal(receivedAt, 5), note: 'सुलह, आख्या प्रेषित' }),
            );
        }
      })
      .immediate();
  }
}
