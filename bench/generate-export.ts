// A realistic, deterministic WhatsApp export of a thana group (Hindi + English), for benchmarks and
// crash tests. Same n, format and seed -> the same text, byte for byte.

import { seededRandom as rng } from '../electron/core/testing/seeded-random';

export interface GenerateOptions {
  format?: 'android' | 'ios';
  seed?: number;
}

const GROUP = 'थाना पिपराइच सूचना';

const SENDERS = [
  'SHO Rajesh Tiwari',
  'SI Anita Verma',
  'HC Suresh Nishad',
  'Ct. Vikas Yadav',
  'प्रधान रामप्रीत यादव',
  'प्रधान सुनीता देवी',
  'Vinod Jaiswal Kirana',
  'सभासद मोहम्मद इरफ़ान',
  'Beat 4 Pradhan Kailash',
  '+91 98390 47125',
  '+91 94150 22318',
  '+91 70078 11902',
  'Adv. Pramod Shukla',
  'Mahesh Agrahari (Trader)',
];

const TEXTS = [
  'बीट 4 सामान्य।',
  'सुप्रभात सर, गाँव में सब ठीक है।',
  'Sir, road jam near Pipraich chauraha, please send force.',
  'जंगल धूसड़ में ज़मीन विवाद, पुलिस मौके पर।',
  'Noted. HC Suresh please reach the spot.',
  'जी सर, रवाना हो रहे हैं।',
  'रात 10 बजे बाद दुकानें बंद रहेंगी।',
  'Mobile chori ki shikayat: Ram Prasad, gram Bhatahat, phone Redmi 9, kal sham 7 baje.',
  'ठीक है।',
  'ok sir',
  '🙏🙏',
  'Thank you sir 🙏',
  'सभी प्रधान सूचना समय से दें।',
  'Night patrolling: Ct. Vikas, Ct. Ramesh — 11 pm to 4 am, Beat 2 and 3.',
  'महिला हेल्पलाइन 1090, आपात सेवा 112 — सभी लोग नोट कर लें।',
  'मेरी भैंस कल रात से लापता है, कोई जानकारी मिले तो बताएँ। मो. 9839047125',
];

const CONTINUATIONS = [
  'मौके पर शांति है।',
  '',
  'Time: 21:40, place: Ward 7',
  '12/01/25, 9:40 pm को मारपीट हुई थी',
  '2. दूसरा पक्ष थाने आया है',
  // A line quoting a header of the *other* platform's shape: body text for a strict parser.
  'QUOTED_HEADER',
  'सर कृपया संज्ञान लें।',
  'https://maps.google.com/?q=26.8467,83.4567',
];

const SYSTEM_ANDROID = [
  'SHO Rajesh Tiwari added +91 70078 11902',
  "+91 94150 22318 joined using this group's invite link",
  'Ct. Vikas Yadav left',
  'SHO Rajesh Tiwari changed the subject from "थाना पिपराइच: सूचना" to "थाना पिपराइच सूचना"',
  "SHO Rajesh Tiwari changed this group's icon",
];

const SYSTEM_IOS = [
  'SHO Rajesh Tiwari added +91 70078 11902',
  "+91 94150 22318 joined using this group's invite link",
  'Ct. Vikas Yadav left',
  'SHO Rajesh Tiwari changed the group description',
];

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

export function generateExport(n: number, opts: GenerateOptions = {}): string {
  const format = opts.format ?? 'android';
  const rand = rng(opts.seed ?? 20250114);
  const pick = <T>(arr: readonly T[]): T => arr[Math.floor(rand() * arr.length)];
  const out: string[] = [];
  // Start on 1 Jan 2024, 08:00; advance 0-40 minutes per message.
  let t = Date.UTC(2024, 0, 1, 8, 0, 0);
  let media = 0;

  const header = (sec: number): string => {
    const d = new Date(t);
    const day = d.getUTCDate();
    const mon = d.getUTCMonth() + 1;
    const yr = d.getUTCFullYear();
    const h24 = d.getUTCHours();
    const h12 = h24 % 12 === 0 ? 12 : h24 % 12;
    const min = pad2(d.getUTCMinutes());
    if (format === 'android') {
      return `${pad2(day)}/${pad2(mon)}/${String(yr).slice(2)}, ${h12}:${min}\u202F${h24 < 12 ? 'am' : 'pm'} - `;
    }
    return `[${pad2(day)}/${pad2(mon)}/${yr}, ${h12}:${min}:${pad2(sec)} ${h24 < 12 ? 'AM' : 'PM'}] `;
  };
  const stamp = (d: Date): string => `${d.getUTCFullYear()}${pad2(d.getUTCMonth() + 1)}${pad2(d.getUTCDate())}`;

  const quoted = format === 'android' ? '[10/01/2025, 9:05:12 AM] यह पुराना संदेश था' : '10/01/25, 9:05 am - SHO: यह पुराना संदेश था';

  if (format === 'ios') {
    out.push(
      `[01/01/2024, 8:00:00 AM] ${GROUP}: \u200EMessages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.`,
    );
  } else {
    out.push(
      `01/01/24, 8:00\u202Fam - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.`,
    );
  }

  for (let i = 1; i < n; i++) {
    t += Math.floor(rand() * 40) * 60_000;
    const sec = Math.floor(rand() * 60);
    const h = header(sec);
    const r = rand();
    if (r < 0.02) {
      // system line
      if (format === 'android') out.push(h + pick(SYSTEM_ANDROID));
      else out.push(`${h}${GROUP}: \u200E${pick(SYSTEM_IOS)}`);
      continue;
    }
    const sender = pick(SENDERS);
    let body: string;
    if (r < 0.08) {
      media++;
      const kind = pick(['IMG', 'VID', 'PTT', 'DOC'] as const);
      const d = new Date(t);
      if (format === 'android') {
        const wa = `WA${String(media % 10000).padStart(4, '0')}`;
        if (kind === 'DOC') body = `FIR ${pad2(media % 100)}-2024.pdf (file attached)\nFIR ${pad2(media % 100)}-2024`;
        else {
          const ext = kind === 'IMG' ? 'jpg' : kind === 'VID' ? 'mp4' : 'opus';
          body = `${kind}-${stamp(d)}-${wa}.${ext} (file attached)`;
          if (rand() < 0.5) body += '\n' + pick(TEXTS);
        }
      } else {
        const id = String(media).padStart(8, '0');
        if (kind === 'DOC') body = `FIR ${pad2(media % 100)}-2024 • 2 pages \u200E<attached: ${id}-FIR ${pad2(media % 100)}-2024.pdf>`;
        else {
          const word = kind === 'IMG' ? 'PHOTO' : kind === 'VID' ? 'VIDEO' : 'AUDIO';
          const ext = kind === 'IMG' ? 'jpg' : kind === 'VID' ? 'mp4' : 'opus';
          const ts = `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}-${pad2(d.getUTCHours())}-${pad2(d.getUTCMinutes())}-${pad2(sec)}`;
          body = `\u200E<attached: ${id}-${word}-${ts}.${ext}>`;
        }
      }
    } else if (r < 0.12) {
      body =
        format === 'android' ? '<Media omitted>' : `\u200E${pick(['image omitted', 'video omitted', 'audio omitted', 'sticker omitted'])}`;
    } else if (r < 0.13) {
      body = format === 'android' ? 'This message was deleted' : '\u200EThis message was deleted.';
    } else if (r < 0.15) {
      body = `${pick(TEXTS)} <This message was edited>`;
    } else {
      body = pick(TEXTS);
      if (rand() < 0.15) {
        const extra = 1 + Math.floor(rand() * 3);
        for (let k = 0; k < extra; k++) {
          const c = pick(CONTINUATIONS);
          body += '\n' + (c === 'QUOTED_HEADER' ? quoted : c);
        }
      }
    }
    out.push(h + sender + ': ' + body);
  }
  return out.join('\n') + '\n';
}
