/**
 * Training data: an invented month of a thana's WhatsApp groups, entries in every status, FIRs, accused
 * and a few short videos, all put in through the real handlers (import.files / import.text / entries.* / firs.*).
 * Refuses any folder that already holds entries or messages, and marks the station as DEMO, so training
 * data never mixes with a real register.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { count, like } from 'drizzle-orm';
import type { Channel, Input, Output } from '../../contract/index';
import * as schema from '../../../db/schema/index';
import { dispatch } from '../dispatch';
import { makeCtx, resolveOperator, type DataFolder } from '../data-folder';
import { AppError } from '../errors';
import { DEMO_SUFFIX } from '../app-info';
import { addDays, istLocal } from '../../shared/dates';
import { OPERATOR_OWN_FILES } from '../file-access';

export interface DemoSummary {
  station: string;
  messages: number;
  entries: number;
  firs: number;
  videos: number;
}

const GROUPS = {
  thana: 'थाना गगहा डिजिटल वालंटियर',
  beat: 'बीट 4 हल्का बड़हलगंज',
  officer: 'एसपी दक्षिणी कार्यालय',
};

const VOLUNTEERS = [
  ['प्रधान रामअवतार यादव', '+91 94150 11223'],
  ['सभासद मीना देवी', '+91 94500 22334'],
  ['विनोद जायसवाल किराना', '+91 98390 33445'],
  ['आयुष चौधरी', '+91 97210 44556'],
  ['मास्टर शिवपूजन तिवारी', '+91 80040 55667'],
  ['पूर्व सैनिक हरिनारायण सिंह', '+91 73550 66778'],
  ['अधिवक्ता संजय श्रीवास्तव', '+91 99350 77889'],
] as const;

const COMPLAINTS = [
  'ग्राम सोहगौरा में पुरानी रंजिश में मारपीट हुई, दो लोग घायल हैं। कृपया पुलिस भेजें।',
  'बड़हलगंज चौराहे पर रोज़ शाम जाम लगता है, ट्रैक्टर-ट्रॉली सड़क पर खड़ी रहती हैं।',
  'ग्राम देवकली में नाली के विवाद को लेकर दोनों पक्षों में गाली-गलौज और धमकी।',
  'मेरी भैंस कल रात से गायब है, पड़ोस के गाँव में देखी गई है।',
  'गगहा बाज़ार में एक दुकान का ताला तोड़कर चोरी, करीब 40 हज़ार का सामान गया।',
  'ग्राम कौड़ीराम के पास बाइक सवार युवकों ने महिला का पर्स छीना।',
  'स्कूल के पास शराब पीकर लोग हंगामा करते हैं, छात्राओं को परेशानी है।',
  'ज़मीन की मेड़ को लेकर विवाद, विपक्षी ने खेत जोत लिया और जान से मारने की धमकी दी।',
  'सोशल मीडिया पर गाँव के बारे में भड़काऊ वीडियो डाला गया है, वीडियो संलग्न है।',
  'हैंडपंप पर पानी भरने को लेकर झगड़ा, एक महिला को चोट आई।',
  'रात में खेत से ट्यूबवेल का मोटर चोरी हो गया।',
  'दहेज के लिए बहू को मारपीट कर घर से निकाला, मायके वालों की शिकायत।',
  'अवैध बालू खनन की ट्रॉली रात भर गाँव से गुज़रती हैं।',
  'पड़ोसी ने रास्ता बंद कर दिया है, आने-जाने में दिक्कत।',
  'मोबाइल पर फर्जी कॉल कर बैंक खाते से 15 हज़ार निकाल लिए गए।',
];

const INFO = [
  'सुप्रभात, आज गगहा बाज़ार में साप्ताहिक हाट है, भीड़ रहेगी।',
  'बीट 4 में रात्रि गश्त सामान्य रही।',
  'सभी स्वयंसेवक कल 11 बजे थाने पर बैठक में आएँ।',
  'होली के त्योहार को देखते हुए शांति समिति की बैठक शुक्रवार को।',
  'धन्यवाद साहब, मामला सुलझ गया।',
];

const OFFICERS = ['उ0नि0 अनीता वर्मा', 'उ0नि0 राकेश सिंह', 'हे0का0 सुरेश निषाद', 'उ0नि0 दिनेश पाण्डेय'];
const ACCUSED = [
  ['मोहन यादव', 'रामलखन यादव', 32],
  ['सोनू उर्फ़ शिवम', 'जगदीश', 24],
  ['राजू चौहान', 'बब्बन चौहान', 29],
  ['दीपक निषाद', 'रामदरश निषाद', 21],
  ['पप्पू खान', 'अब्दुल रहीम', 35],
] as const;

/** Android export timestamp: 08/01/25, 10:32 am */
function androidTime(local: string): string {
  const [d, t] = local.split('T');
  const [y, m, day] = d.split('-');
  let h = Number(t.slice(0, 2));
  const ampm = h >= 12 ? 'pm' : 'am';
  h = h % 12 || 12;
  return `${day}/${m}/${y.slice(2)}, ${h}:${t.slice(3, 5)}\u202f${ampm}`;
}

/** A deterministic pseudo-random sequence, so every demo folder looks the same. */
function rng(seed = 7) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function demoVideos(tmp: string): string[] {
  const ffmpeg = ['/usr/bin/ffmpeg', '/usr/local/bin/ffmpeg'].find((p) => fs.existsSync(p));
  const out: string[] = [];
  for (let i = 1; i <= 3; i++) {
    const name = path.join(tmp, `VID-DEMO-WA000${i}.mp4`);
    if (ffmpeg) {
      const r = spawnSync(ffmpeg, [
        '-y',
        '-loglevel',
        'error',
        '-f',
        'lavfi',
        '-i',
        `testsrc=duration=2:size=320x240:rate=15`,
        '-vf',
        `hue=h=${i * 90}`,
        '-c:v',
        'libx264',
        '-pix_fmt',
        'yuv420p',
        '-movflags',
        '+faststart',
        name,
      ]);
      if (r.status === 0) {
        out.push(name);
        continue;
      }
    }
    const shipped = shippedDemoVideo(i);
    if (shipped) {
      fs.copyFileSync(shipped, name);
      out.push(name);
    }
  }
  return out;
}

function shippedDemoVideo(i: number): string | null {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const root of [path.resolve(here, '../../..'), process.cwd()]) {
    const p = path.join(root, 'resources', 'demo', `demo-video-${i}.mp4`);
    if (fs.existsSync(p)) return p;
  }
  return null;
}

export async function fillDemo(folder: DataFolder, now: Date = new Date()): Promise<DemoSummary> {
  const { orm } = folder.db;
  const rowsOf = (table: typeof schema.entries | typeof schema.messages) => orm.select({ n: count() }).from(table).get()!.n;
  if (rowsOf(schema.entries) > 0 || rowsOf(schema.messages) > 0) {
    throw new AppError(
      'rule',
      'यह डेटा फ़ोल्डर खाली नहीं है: प्रशिक्षण डेटा केवल नए फ़ोल्डर में / this data folder is not empty: demo data only goes into a new folder',
    );
  }
  const call = async <C extends Channel>(channel: C, input?: Input<C>): Promise<Output<C>> => {
    const r = await dispatch(
      makeCtx(folder, resolveOperator(folder.db), () => now, OPERATOR_OWN_FILES),
      channel,
      input,
    );
    if (!r.ok) throw new AppError(r.error.code, `${channel}: ${r.error.message}`);
    return r.value as Output<C>;
  };

  const st = (await call('app.info')).station;
  if (!st)
    await call('station.init', { name: `गगहा ${DEMO_SUFFIX}`, district: 'गोरखपुर', code: 'GKP-GAGAHA', operator: 'निरीक्षक राजेश तिवारी' });
  else if (!st.name.includes(DEMO_SUFFIX)) await call('station.update', { name: `${st.name} ${DEMO_SUFFIX}` });
  await call('station.update', { receivingDevice: 'थाना कार्यालय का मोबाइल (प्रशिक्षण) / training phone' });
  if (!resolveOperator(folder.db, 'मुंशी रामकेश')) await call('operators.create', { name: 'मुंशी रामकेश', role: 'munshi' });

  const rand = rng();
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const today = istLocal(now).slice(0, 10);
  const start = addDays(today, -29);
  const at = (dayOffset: number, hour: number, min: number) =>
    `${addDays(start, dayOffset)}T${String(hour).padStart(2, '0')}:${String(min).padStart(2, '0')}:00`;

  // 1. The thana group export, with three videos (imported as files, like a dropped zip's contents).
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'thana-demo-'));
  try {
    const videos = demoVideos(tmp);
    const lines: string[] = [
      `${androidTime(at(0, 8, 0))} - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.`,
    ];
    let v = 0;
    for (let d = 0; d < 30; d++) {
      const n = 1 + Math.floor(rand() * 3);
      for (let k = 0; k < n; k++) {
        const [who] = pick(VOLUNTEERS);
        const local = at(d, 7 + Math.floor(rand() * 14), Math.floor(rand() * 60));
        if (d > 28 && local.slice(0, 10) === today && Number(local.slice(11, 13)) > Number(istLocal(now).slice(11, 13))) continue;
        lines.push(`${androidTime(local)} - ${who}: ${rand() < 0.7 ? pick(COMPLAINTS) : pick(INFO)}`);
        if (v < videos.length && d % 9 === 4) {
          lines.push(`${androidTime(local)} - ${who}: ${path.basename(videos[v])} (file attached)`);
          lines.push(`${androidTime(local)} - ${who}: घटना का वीडियो भेज रहे हैं`);
          v++;
        }
      }
    }
    const txt = path.join(tmp, `WhatsApp Chat with ${GROUPS.thana}.txt`);
    fs.writeFileSync(txt, `${lines.join('\n')}\n`);
    await call('import.files', { paths: [txt, ...videos], source: GROUPS.thana, sourceKind: 'thana-group' });

    // 2. The beat group and the officers' group as pasted text (Web copy style and Android style).
    const beat: string[] = [];
    for (let d = 1; d < 30; d += 2) {
      const local = at(d, 9 + Math.floor(rand() * 10), Math.floor(rand() * 60));
      const [dd, tt] = local.split('T');
      const [y, m, day] = dd.split('-');
      beat.push(
        `[${tt.slice(0, 5)}, ${day}/${m}/${y}] ${pick(['हे0का0 सुरेश निषाद', 'का0 अमित कुमार', 'चौकीदार बाबूलाल'])}: ${rand() < 0.5 ? pick(COMPLAINTS) : pick(INFO)}`,
      );
    }
    await call('import.text', { text: beat.join('\n'), source: GROUPS.beat, sourceKind: 'beat-group', kind: 'paste' });
    const off = [0, 7, 14, 21, 27].map(
      (d) =>
        `${androidTime(at(d, 10, 15))} - CO Campierganj: ${pick(['लंबित शिकायतों की सूची शाम तक भेजें।', 'आईजीआरएस डिफाल्टर प्रकरण आज ही निस्तारित करें।', 'त्योहार को लेकर सतर्कता बरतें।'])}`,
    );
    await call('import.text', { text: off.join('\n'), source: GROUPS.officer, sourceKind: 'officer-group' });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }

  // 3. Entries from complaint messages of the thana group, in every status.
  const msgs = (await call('messages.list', { source: GROUPS.thana, kind: 'user', limit: 1000 })).rows;
  const complaints = msgs.filter((m) => COMPLAINTS.includes(m.text) || m.attachments.length > 0);
  const info = msgs.filter((m) => INFO.includes(m.text));
  if (info.length) await call('messages.markInfoOnly', { ids: info.slice(0, Math.ceil(info.length / 2)).map((m) => m.id) });

  let entries = 0;
  let firs = 0;
  let firNo = 600 + Math.floor(rand() * 100);
  const made: { id: number; receivedAt: string }[] = [];
  for (let i = 0; i < complaints.length; i++) {
    const m = complaints[i];
    // A video message goes with the complaint before it (same sender, same minute).
    if (m.attachments.length && i > 0 && made.length) continue;
    const ids = [
      m.id,
      ...complaints
        .slice(i + 1, i + 3)
        .filter((x) => x.sender === m.sender && x.sentAt === m.sentAt && x.attachments.length)
        .map((x) => x.id),
    ];
    if (i % 5 === 4) continue; // some complaints are still waiting in the inbox
    const informant = VOLUNTEERS.find(([n]) => n === m.sender);
    const e = await call('entries.create', {
      receivedAt: m.sentAt!,
      mode: 'whatsapp-group',
      source: GROUPS.thana,
      informant: {
        name: m.sender ?? 'अज्ञात',
        phone: informant?.[1] ?? null,
        address: pick(['ग्राम सोहगौरा', 'ग्राम देवकली', 'कस्बा गगहा', 'ग्राम कौड़ीराम', 'बड़हलगंज']),
      },
      summary: m.text,
      markedTo: pick(OFFICERS),
      messageIds: ids,
      // The invented month may reach back into last year: it is training data, not a typo.
      confirmDate: true,
    });
    entries++;
    made.push({ id: e.id, receivedAt: m.sentAt! });
  }
  // A few walk-in and IGRS complaints.
  for (let d = 2; d < 30; d += 6) {
    const e = await call('entries.create', {
      receivedAt: at(d, 11, 30),
      mode: d % 12 === 2 ? 'igrs' : 'in-person',
      informant: {
        name: pick(['रामप्यारी देवी', 'श्यामसुंदर गुप्ता', 'कमला देवी', 'इरफ़ान अली', 'सुनीता सिंह']),
        relativeName: pick(['स्व0 रामनरेश', 'मोतीलाल', 'अशोक कुमार']),
        address: pick(['ग्राम भैंसहा', 'ग्राम जगदीशपुर', 'कस्बा गगहा']),
      },
      summary: pick(COMPLAINTS),
      markedTo: pick(OFFICERS),
      opponent: rand() < 0.5 ? pick(ACCUSED)[0] : null,
      confirmDate: true,
    });
    entries++;
    made.push({ id: e.id, receivedAt: at(d, 11, 30) });
  }

  // Walk the entries through their lives: inquiries, FIRs with accused, disposals, one cancellation.
  for (let i = 0; i < made.length; i++) {
    const e = made[i];
    const later = (days: number, h = 16) => {
      const t = `${addDays(e.receivedAt, days)}T${String(h).padStart(2, '0')}:00:00`;
      return t > istLocal(now) ? istLocal(now) : t;
    };
    const phase = i % 6;
    if (phase === 0) continue; // pending
    await call('entries.addAction', {
      entryId: e.id,
      at: later(1, 12),
      text: 'मौके पर जाकर जांच की, दोनों पक्षों के बयान लिए।',
      status: 'under-inquiry',
    });
    if (phase === 1) continue; // under inquiry
    if (phase === 2 || phase === 5) {
      const year = Number(e.receivedAt.slice(0, 4));
      const sections =
        phase === 2
          ? [
              { act: 'BNS', section: '115(2)' },
              { act: 'BNS', section: '352' },
              { act: 'BNS', section: '351(3)' },
            ]
          : [
              { act: 'BNS', section: '303(2)' },
              { act: 'BNS', section: '317(2)' },
            ];
      const fir = await call('firs.create', {
        year,
        number: firNo++,
        registeredAt: later(2, 10),
        sections,
        io: pick(OFFICERS),
        entryId: e.id,
      });
      firs++;
      const [name, rel, age] = ACCUSED[firs % ACCUSED.length];
      const p = await call('persons.create', {
        name,
        relativeName: rel,
        relation: 'पुत्र',
        age,
        gender: 'male',
        address: 'ग्राम सोहगौरा, थाना गगहा',
      });
      const arrested = firs % 2 === 1;
      await call('firs.linkPerson', {
        firId: fir.id,
        personId: p.id,
        role: 'accused',
        status: arrested ? 'jailed' : 'wanted',
        arrestedAt: arrested ? later(3, 9) : undefined,
      });
      const [n2, r2, a2] = ACCUSED[(firs + 2) % ACCUSED.length];
      const p2 = await call('persons.create', { name: n2, relativeName: r2, relation: 'पुत्र', age: a2, gender: 'male' });
      await call('firs.linkPerson', { firId: fir.id, personId: p2.id, role: 'accused', status: 'wanted' });
      continue;
    }
    if (phase === 3) {
      await call('entries.dispose', {
        entryId: e.id,
        at: later(4, 17),
        note: 'दोनों पक्षों में सुलह हो गई, लिखित समझौता प्राप्त। शिकायत निस्तारित।',
      });
      continue;
    }
    if (phase === 4 && i % 4 === 0) {
      await call('entries.cancel', { entryId: e.id, reason: 'दोहरी प्रविष्टि — यही शिकायत पहले से दर्ज है।' });
    }
  }

  const videos = orm.select({ n: count() }).from(schema.evidence).where(like(schema.evidence.mime, 'video/%')).get()!.n;
  const station = (await call('station.get'))!.name;
  return { station, messages: rowsOf(schema.messages), entries, firs, videos };
}
