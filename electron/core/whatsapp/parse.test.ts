import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseChat, type ParsedMessage, type ParseResult } from './parse.js';

const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');

type Msg = Omit<ParsedMessage, 'index'>;

/** A user message; `extra` overrides the defaults (no phone, no attachments, no flags). */
function u(line: number, sender: string, sentAt: string, text: string, extra: Partial<Msg> = {}): Msg {
  return { line, kind: 'user', sender, senderPhone: null, sentAt, text, attachments: [], mediaOmitted: false, deleted: false, edited: false, ...extra };
}
function s(line: number, sentAt: string, text: string): Msg {
  return { line, kind: 'system', sender: null, senderPhone: null, sentAt, text, attachments: [], mediaOmitted: false, deleted: false, edited: false };
}

interface Case {
  file: string;
  format: ParseResult['format'];
  dateOrder: ParseResult['dateOrder'];
  headerShape: string | null;
  counts: ParseResult['counts'];
  messages: Msg[];
  warnings?: number;
  groupName?: string | null;
}

const ENC_NEW = 'Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.';

const CASES: Case[] = [
  {
    // §2 Android user + system lines, "You …"; §3 12h, lower-case am/pm after NNBSP, 2-digit year; 12 am = 00h
    file: 'android-12h-nnbsp.txt',
    format: 'android',
    dateOrder: 'dmy',
    headerShape: 'dd/mm/yy, h:mm am - ',
    counts: { userMessages: 3, systemMessages: 4, attachments: 0, mediaOmitted: 0 },
    messages: [
      s(1, '2025-01-07T09:58:00', ENC_NEW + ' Tap to learn more.'),
      s(2, '2025-01-07T09:59:00', 'SHO Rajesh Tiwari created group "थाना पिपराइच सूचना"'),
      s(3, '2025-01-07T09:59:00', 'SHO Rajesh Tiwari added you'),
      s(4, '2025-01-07T10:02:00', "You changed this group's icon"),
      u(5, 'HC Suresh Nishad', '2025-01-14T09:00:00', 'बीट 4 सामान्य।'),
      u(6, 'प्रधान रामप्रीत यादव', '2025-01-14T12:14:00', 'गाँव में सब ठीक है सर।'),
      u(7, 'Ct. Vikas Yadav', '2025-01-14T00:30:00', 'रात्रि गश्त पूरी।'),
    ],
  },
  {
    // §3 12h with a 4-digit year
    file: 'android-12h-4digit-year.txt',
    format: 'android',
    dateOrder: 'dmy',
    headerShape: 'dd/mm/yyyy, h:mm am - ',
    counts: { userMessages: 3, systemMessages: 0, attachments: 0, mediaOmitted: 0 },
    messages: [
      u(1, 'SHO Rajesh Tiwari', '2025-01-07T10:02:00', 'सभी बीट प्रभारी 11 बजे थाने पर उपस्थित हों।'),
      u(2, 'HC Suresh Nishad', '2025-01-07T10:05:00', 'जी सर।'),
      u(3, 'SI Anita Verma', '2025-01-13T18:45:00', 'Mela duty list: Ct. Vikas, Ct. Ramesh'),
    ],
  },
  {
    // §3 en-US: M/d/yy, upper-case AM/PM after NNBSP -> month first
    file: 'android-en-us.txt',
    format: 'android',
    dateOrder: 'mdy',
    headerShape: 'mm/dd/yy, h:mm am - ',
    counts: { userMessages: 3, systemMessages: 0, attachments: 0, mediaOmitted: 0 },
    messages: [
      u(1, 'Vinod Jaiswal Kirana', '2025-01-13T20:04:00', 'Sir, shop ke bahar 2 ladke roz sham ko jhagda karte hain.'),
      u(2, 'SI Anita Verma', '2025-01-14T09:15:00', 'Beat constable ko bhej rahe hain.'),
      u(3, 'Vinod Jaiswal Kirana', '2025-02-01T12:00:00', 'Thank you madam 🙏'),
    ],
  },
  {
    // §3 older exports: no comma, plain space or U+00A0 before "p. m."
    file: 'android-old-p-m.txt',
    format: 'android',
    dateOrder: 'dmy',
    headerShape: 'dd/mm/yyyy h:mm a. m. - ',
    counts: { userMessages: 3, systemMessages: 0, attachments: 0, mediaOmitted: 0 },
    messages: [
      u(1, 'SI Anita Verma', '2017-06-20T20:28:00', 'Beat 2 mein sab theek hai.'),
      u(2, 'HC Suresh Nishad', '2017-06-21T09:05:00', 'जी मैडम।'),
      u(3, 'Ct. Vikas Yadav', '2017-06-21T12:01:00', 'Night patrol report jama kar di.'),
    ],
  },
  {
    // §3 "a.m." / "p.m." with dots (iOS); §2 iOS system line under the group's name
    file: 'ios-dotted-am-pm.txt',
    format: 'ios',
    dateOrder: 'dmy',
    headerShape: '[dd/mm/yyyy, h:mm:ss a.m.] ',
    groupName: 'थाना पिपराइच सूचना',
    counts: { userMessages: 3, systemMessages: 1, attachments: 0, mediaOmitted: 0 },
    messages: [
      s(1, '2019-12-31T23:58:03', ENC_NEW),
      u(2, 'SHO Rajesh Tiwari', '2019-12-31T23:59:10', 'नववर्ष पर सभी बीट में गश्त बढ़ाएँ।'),
      u(3, 'HC Suresh Nishad', '2020-01-01T02:14:40', 'Beat 4 all quiet.'),
      u(4, 'SI Anita Verma', '2020-01-01T12:00:05', 'ok'),
    ],
  },
  {
    // §3 24h, 4-digit year; Android system line "removed"
    file: 'android-24h-4digit-year.txt',
    format: 'android',
    dateOrder: 'dmy',
    headerShape: 'dd/mm/yyyy, hh:mm - ',
    counts: { userMessages: 4, systemMessages: 1, attachments: 0, mediaOmitted: 0 },
    messages: [
      u(1, 'SI Anita Verma', '2025-01-11T21:35:00', 'Raat 9:30 baje Bhatahat road par accident, 2 ghayal.'),
      u(2, 'SI Anita Verma', '2025-01-11T21:36:00', 'एम्बुलेंस 108 बुलाई गई।'),
      s(3, '2025-01-11T21:40:00', 'SHO Rajesh Tiwari removed Ct. Ramesh'),
      u(4, 'HC Suresh Nishad', '2025-01-12T00:05:00', 'दोनों घायल जिला अस्पताल भेजे गए।'),
      u(5, 'SHO Rajesh Tiwari', '2025-01-13T08:00:00', 'सुप्रभात।'),
    ],
  },
  {
    // §3 24h, 2-digit year
    file: 'android-24h-2digit-year.txt',
    format: 'android',
    dateOrder: 'dmy',
    headerShape: 'dd/mm/yy, hh:mm - ',
    counts: { userMessages: 3, systemMessages: 0, attachments: 0, mediaOmitted: 0 },
    messages: [
      u(1, 'प्रधान सुनीता देवी', '2025-01-16T09:05:00', 'सर, गाँव में बिजली का तार चोरी हो गया।'),
      u(2, 'HC Suresh Nishad', '2025-01-16T09:07:00', 'लिखित तहरीर भेजिए।'),
      u(3, 'प्रधान सुनीता देवी', '2025-01-16T23:59:00', 'भेज दी है।'),
    ],
  },
  {
    // §3 dotted dates (German Android)
    file: 'android-dotted-date.txt',
    format: 'android',
    dateOrder: 'dmy',
    headerShape: 'dd.mm.yy, hh:mm - ',
    counts: { userMessages: 2, systemMessages: 1, attachments: 0, mediaOmitted: 0 },
    messages: [
      u(1, 'SHO Rajesh Tiwari', '2025-01-18T08:10:00', 'Heute 10 Uhr: Besprechung. / आज 10 बजे बैठक।'),
      u(2, 'SI Anita Verma', '2025-01-18T08:12:00', '👍'),
      s(3, '2025-01-19T17:45:00', 'HC Suresh Nishad left'),
    ],
  },
  {
    // §3 dashed dates and dotted times
    file: 'android-dashed-dotted-time.txt',
    format: 'android',
    dateOrder: 'dmy',
    headerShape: 'dd-mm-yyyy, h.mm am - ',
    counts: { userMessages: 3, systemMessages: 0, attachments: 0, mediaOmitted: 0 },
    messages: [
      u(1, 'SI Anita Verma', '2018-06-03T13:55:00', 'Chauraha par jam hai.'),
      u(2, 'Ct. Vikas Yadav', '2018-06-03T14:10:00', 'Khul gaya madam.'),
      u(3, 'SHO Rajesh Tiwari', '2018-06-14T10:05:00', 'Sabhi ko dhanyavaad.'),
    ],
  },
  {
    // §3 year first, iOS
    file: 'ios-year-first.txt',
    format: 'ios',
    dateOrder: null,
    headerShape: '[yyyy/mm/dd, hh:mm:ss] ',
    counts: { userMessages: 3, systemMessages: 0, attachments: 0, mediaOmitted: 1 },
    messages: [
      u(1, 'SHO Rajesh Tiwari', '2018-06-13T21:25:15', 'आज रात नाकाबंदी 10 बजे से।'),
      u(2, 'HC Suresh Nishad', '2018-06-13T21:26:02', 'जी सर।'),
      u(3, 'SI Anita Verma', '2018-06-14T06:00:00', '', { mediaOmitted: true }),
    ],
  },
  {
    // §3 year first, Android, no comma
    file: 'android-year-first.txt',
    format: 'android',
    dateOrder: null,
    headerShape: 'yyyy-mm-dd hh:mm - ',
    counts: { userMessages: 2, systemMessages: 1, attachments: 0, mediaOmitted: 0 },
    messages: [
      s(1, '2019-01-01T12:00:00', 'You created group "बीट 4 प्रधान"'),
      u(2, 'HC Suresh Nishad', '2019-01-01T12:00:00', 'नववर्ष की शुभकामनाएँ।'),
      u(3, '+91 94150 22318', '2019-01-02T08:30:00', 'धन्यवाद दीवान जी।', { senderPhone: '+919415022318' }),
    ],
  },
  {
    // §3 locale words inside the header: "13.6.2018 klo 21.25.15 - "
    file: 'android-locale-words.txt',
    format: 'android',
    dateOrder: 'dmy',
    headerShape: 'dd.mm.yyyy klo hh.mm.ss - ',
    counts: { userMessages: 3, systemMessages: 0, attachments: 0, mediaOmitted: 0 },
    messages: [
      u(1, 'SHO Rajesh Tiwari', '2018-06-13T21:25:15', 'Kaikki partiot valmiina? / सभी गश्त तैयार?'),
      u(2, 'SI Anita Verma', '2018-06-13T21:26:40', 'Kyllä. / जी हाँ।'),
      u(3, 'HC Suresh Nishad', '2018-06-14T07:05:00', 'Beat 4 OK'),
    ],
  },
  {
    // §3 iOS with seconds and NNBSP before AM/PM; §2 iOS system lines under the group's name
    file: 'ios-nnbsp-seconds.txt',
    format: 'ios',
    dateOrder: 'dmy',
    headerShape: '[dd/mm/yyyy, h:mm:ss am] ',
    groupName: 'थाना पिपराइच सूचना',
    counts: { userMessages: 3, systemMessages: 2, attachments: 0, mediaOmitted: 0 },
    messages: [
      s(1, '2025-01-10T08:58:03', ENC_NEW),
      s(2, '2025-01-10T08:58:03', 'Rajesh Tiwari SHO created this group'),
      u(3, 'Rajesh Tiwari SHO', '2025-01-10T09:05:12', 'सुप्रभात।'),
      u(4, 'प्रधान रामप्रीत यादव', '2025-01-10T13:15:00', 'सर, गाँव के बाहर संदिग्ध गाड़ी खड़ी है।'),
      u(5, 'Rajesh Tiwari SHO', '2025-01-22T00:00:59', 'ठीक है, दिखवाते हैं।'),
    ],
  },
  {
    // §3 Hindi-locale guess (d/M/yy, h:mm am, plain space); §5 Hindi placeholders and "(फ़ाइल संलग्न)"
    file: 'android-hindi-locale.txt',
    format: 'android',
    dateOrder: 'dmy',
    headerShape: 'dd/mm/yy, h:mm am - ',
    counts: { userMessages: 5, systemMessages: 0, attachments: 2, mediaOmitted: 2 },
    messages: [
      u(1, 'प्रधान रामप्रीत यादव', '2025-01-09T19:48:00', '', { mediaOmitted: true }),
      u(2, 'प्रधान रामप्रीत यादव', '2025-01-09T19:49:00', 'ये फोटो खेत में मिली बाइक की है।'),
      u(3, 'HC Suresh Nishad', '2025-01-15T10:15:00', '', { mediaOmitted: true }),
      u(4, 'HC Suresh Nishad', '2025-01-15T10:20:00', '', { attachments: ['FIR 0012-2025.pdf'] }),
      u(6, 'HC Suresh Nishad', '2025-01-15T10:21:00', 'बाइक की फोटो', { attachments: ['IMG-20250115-WA0007.jpg'] }),
    ],
  },
  {
    // §2 multi-line: blank lines, ": ", lines starting with dates and with other apps' / formats' headers
    file: 'android-multiline.txt',
    format: 'android',
    dateOrder: 'dmy',
    headerShape: 'dd/mm/yy, h:mm am - ',
    counts: { userMessages: 3, systemMessages: 0, attachments: 0, mediaOmitted: 0 },
    messages: [
      u(
        1,
        'HC Suresh Nishad',
        '2025-01-12T22:00:00',
        'ग्राम जंगल धूसड़ में विवाद:\n\n12/01/25, 9:40 pm को मारपीट हुई\n[12/01/2025, 9:41:00 PM] Ram: पुराना संदेश\n' +
          '12/01/2025, 21:41 - Shyam: दूसरा प्रारूप\n32/01/25, 9:40\u202Fpm - नकली: अमान्य तारीख़\nTime: 21:40, place: Ward 7',
      ),
      u(8, 'SHO Rajesh Tiwari', '2025-01-12T22:05:00', 'मौके पर जाएँ।'),
      u(9, 'HC Suresh Nishad', '2025-01-13T07:00:00', 'पहुँच गए सर।\nदोनों पक्ष थाने बुलाए गए।'),
    ],
  },
  {
    // §2 phone-number senders; §4 U+202A/U+202C and U+00A0 around names and numbers
    file: 'android-phone-senders.txt',
    format: 'android',
    dateOrder: 'dmy',
    headerShape: 'dd/mm/yy, h:mm am - ',
    counts: { userMessages: 4, systemMessages: 1, attachments: 0, mediaOmitted: 0 },
    messages: [
      u(1, '+91 98390 47125', '2025-01-15T08:01:00', 'सर मेरी भैंस चोरी हो गई है।', { senderPhone: '+919839047125' }),
      u(2, '+91 94150 22318', '2025-01-15T08:02:00', 'मेरे गाँव में भी कल रात चोरी हुई।', { senderPhone: '+919415022318' }),
      u(3, 'SI Anita Verma', '2025-01-15T08:05:00', '\u202A+91 98390 47125\u202C आप थाने आ जाइए।'),
      u(4, '9839047125', '2025-01-15T08:06:00', 'ok', { senderPhone: '+919839047125' }),
      s(5, '2025-01-15T08:07:00', "\u202A+91 70078 11902\u202C joined using this group's invite link"),
    ],
  },
  {
    // §4 LRM before "[" on iOS attachment lines and after "Sender: "; U+202A/U+202C around a name
    file: 'ios-lrm.txt',
    format: 'ios',
    dateOrder: 'dmy',
    headerShape: '[dd/mm/yyyy, h:mm:ss am] ',
    groupName: null,
    counts: { userMessages: 4, systemMessages: 0, attachments: 2, mediaOmitted: 0 },
    messages: [
      u(1, 'SI Anita Verma', '2025-01-15T11:02:45', 'बरामद मोबाइल की फोटो:'),
      u(2, 'SI Anita Verma', '2025-01-15T11:03:10', '', { attachments: ['00000009-PHOTO-2025-01-15-11-03-10.jpg'] }),
      u(3, 'प्रधान रामप्रीत यादव', '2025-01-15T11:04:00', '', { attachments: ['00000010-VIDEO-2025-01-15-11-04-00.mp4'] }),
      u(4, 'प्रधान रामप्रीत यादव', '2025-01-15T11:05:30', 'धन्यवाद मैडम।'),
    ],
  },
  {
    // §5 Android with media: caption on the next line, IMG/VID/PTT/AUD/GIF names, audio without extension,
    // document name repeated on the next line (not a caption), contact .vcf, locations; "(please come)" is no attachment
    file: 'android-media.txt',
    format: 'android',
    dateOrder: 'dmy',
    headerShape: 'dd/mm/yy, h:mm am - ',
    counts: { userMessages: 12, systemMessages: 0, attachments: 8, mediaOmitted: 0 },
    messages: [
      u(1, 'SI Anita Verma', '2025-01-08T10:30:00', 'घटनास्थल की फोटो', { attachments: ['IMG-20250108-WA0001.jpg'] }),
      u(3, 'SI Anita Verma', '2025-01-08T10:31:00', '', { attachments: ['VID-20250108-WA0003.mp4'] }),
      u(4, 'HC Suresh Nishad', '2025-01-08T10:32:00', '', { attachments: ['PTT-20250108-WA0006.opus'] }),
      u(5, 'Vinod Jaiswal Kirana', '2025-01-08T10:33:00', '', { attachments: ['AUD-20190101-WA0000.'] }),
      u(6, 'Vinod Jaiswal Kirana', '2025-01-08T10:34:00', '', { attachments: ['GIF-20250108-WA0002.mp4'] }),
      u(7, 'SHO Rajesh Tiwari', '2025-01-08T10:35:00', '', { attachments: ['FIR 0012-2025.pdf'] }),
      u(9, 'SHO Rajesh Tiwari', '2025-01-08T10:36:00', 'कृपया पढ़ लें।', { attachments: ['FIR.pdf'] }),
      u(12, 'HC Suresh Nishad', '2025-01-08T10:37:00', '', { attachments: ['Ram Prasad Gupta.vcf'] }),
      u(13, 'HC Suresh Nishad', '2025-01-08T10:38:00', 'Police Chowki Bhatahat\nBhatahat, Gorakhpur\nlocation: https://maps.google.com/?q=26.8467,83.4567'),
      u(16, 'HC Suresh Nishad', '2025-01-08T10:39:00', 'live location shared'),
      u(17, 'Ct. Vikas Yadav', '2025-01-08T10:40:00', 'Meeting 5.30 (please come)'),
      u(18, 'Ct. Vikas Yadav', '2025-01-13T09:00:00', 'ok'),
    ],
  },
  {
    // §5 Android without media: "<Media omitted>"
    file: 'android-media-omitted.txt',
    format: 'android',
    dateOrder: 'dmy',
    headerShape: 'dd/mm/yy, h:mm am - ',
    counts: { userMessages: 4, systemMessages: 0, attachments: 0, mediaOmitted: 3 },
    messages: [
      u(1, 'SI Anita Verma', '2025-01-08T10:30:00', '', { mediaOmitted: true }),
      u(2, 'SI Anita Verma', '2025-01-08T10:31:00', '', { mediaOmitted: true }),
      u(3, 'प्रधान रामप्रीत यादव', '2025-01-08T10:32:00', 'ये ऊपर वाली फोटो देखिए।'),
      u(4, 'HC Suresh Nishad', '2025-01-13T09:00:00', '', { mediaOmitted: true }),
    ],
  },
  {
    // §5 iOS with media: <attached: …>, document with page count, contact card; location text stays text
    file: 'ios-media.txt',
    format: 'ios',
    dateOrder: 'dmy',
    headerShape: '[dd/mm/yyyy, h:mm:ss am] ',
    counts: { userMessages: 6, systemMessages: 0, attachments: 4, mediaOmitted: 0 },
    messages: [
      u(1, 'SI Anita Verma', '2025-01-15T11:03:10', '', { attachments: ['00000009-PHOTO-2025-01-15-11-03-10.jpg'] }),
      u(2, 'HC Suresh Nishad', '2025-01-15T11:04:00', '', { attachments: ['00000010-AUDIO-2025-01-15-11-04-00.opus'] }),
      u(3, 'SHO Rajesh Tiwari', '2025-01-15T11:05:00', '', { attachments: ['00000014-FIR 0012-2025.pdf'] }),
      u(4, 'HC Suresh Nishad', '2025-01-15T11:06:00', '', { attachments: ['00000015-Ram Prasad Gupta.vcf'] }),
      u(5, 'HC Suresh Nishad', '2025-01-15T11:07:00', 'Police Chowki Bhatahat (Bhatahat): https://maps.google.com/?q=26.846700,83.456700'),
      u(6, 'SI Anita Verma', '2025-01-15T11:08:00', 'मिल गया।'),
    ],
  },
  {
    // §5 iOS without media: "image omitted" … "Contact card omitted", document with page count
    file: 'ios-media-omitted.txt',
    format: 'ios',
    dateOrder: 'dmy',
    headerShape: '[dd/mm/yyyy, h:mm:ss am] ',
    counts: { userMessages: 8, systemMessages: 0, attachments: 0, mediaOmitted: 7 },
    messages: [
      u(1, 'SI Anita Verma', '2025-01-15T11:03:10', '', { mediaOmitted: true }),
      u(2, 'SI Anita Verma', '2025-01-15T11:03:11', '', { mediaOmitted: true }),
      u(3, 'HC Suresh Nishad', '2025-01-15T11:03:12', '', { mediaOmitted: true }),
      u(4, 'HC Suresh Nishad', '2025-01-15T11:03:13', '', { mediaOmitted: true }),
      u(5, 'Ct. Vikas Yadav', '2025-01-15T11:03:14', '', { mediaOmitted: true }),
      u(6, 'SHO Rajesh Tiwari', '2025-01-15T11:03:15', '', { mediaOmitted: true }),
      u(7, 'HC Suresh Nishad', '2025-01-15T11:03:16', '', { mediaOmitted: true }),
      u(8, 'SI Anita Verma', '2025-01-15T11:04:00', 'सब फोटो भेज दी हैं।'),
    ],
  },
  {
    // §5 localised markers: "(Datei angehängt)", "<Medien ausgeschlossen>", "<adjunto: …>", and an unknown
    // placeholder "<Bild fehlt>" found because it repeats
    file: 'android-localised-markers.txt',
    format: 'android',
    dateOrder: 'dmy',
    headerShape: 'dd.mm.yy, hh:mm - ',
    counts: { userMessages: 7, systemMessages: 0, attachments: 3, mediaOmitted: 4 },
    messages: [
      u(1, 'SI Anita Verma', '2025-01-18T08:10:00', 'Tatort / घटनास्थल', { attachments: ['IMG-20250118-WA0004.jpg'] }),
      u(3, 'SI Anita Verma', '2025-01-18T08:11:00', '', { attachments: ['Bericht.pdf'] }),
      u(5, 'HC Suresh Nishad', '2025-01-18T08:12:00', '', { mediaOmitted: true }),
      u(6, 'HC Suresh Nishad', '2025-01-18T08:13:00', '', { attachments: ['00000003-PHOTO-2025-01-18-08-13-00.jpg'] }),
      u(7, 'HC Suresh Nishad', '2025-01-19T08:14:00', '', { mediaOmitted: true }),
      u(8, 'HC Suresh Nishad', '2025-01-19T08:15:00', '', { mediaOmitted: true }),
      u(9, 'HC Suresh Nishad', '2025-01-19T08:16:00', '', { mediaOmitted: true }),
    ],
  },
  {
    // §5 Android header with the iOS form "‎<attached: VID-…>"
    file: 'android-ios-attach-form.txt',
    format: 'android',
    dateOrder: 'dmy',
    headerShape: 'dd/mm/yy, h:mm am - ',
    counts: { userMessages: 3, systemMessages: 0, attachments: 2, mediaOmitted: 0 },
    messages: [
      u(1, 'SI Anita Verma', '2025-01-08T10:30:00', '', { attachments: ['VID-20250108-WA0003.mp4'] }),
      u(2, 'SI Anita Verma', '2025-01-08T10:31:00', 'वीडियो और फोटो', { attachments: ['IMG-20250108-WA0004.jpg'] }),
      u(4, 'HC Suresh Nishad', '2025-01-13T09:00:00', 'देख लिया।'),
    ],
  },
  {
    // §6 deleted (Android, no full stop) and edited markers, also on a multi-line message
    file: 'android-deleted-edited.txt',
    format: 'android',
    dateOrder: 'dmy',
    headerShape: 'dd/mm/yy, h:mm am - ',
    counts: { userMessages: 4, systemMessages: 0, attachments: 0, mediaOmitted: 0 },
    messages: [
      u(1, 'Ct. Vikas Yadav', '2025-01-14T09:10:00', '', { deleted: true }),
      u(2, 'SI Anita Verma', '2025-01-14T09:11:00', '', { deleted: true }),
      u(3, 'SHO Rajesh Tiwari', '2025-01-14T09:12:00', 'स्थिति नियंत्रण में है।', { edited: true }),
      u(4, 'SHO Rajesh Tiwari', '2025-01-14T09:13:00', 'पहली पंक्ति\nदूसरी पंक्ति', { edited: true }),
    ],
  },
  {
    // §6 deleted on iOS ("‎This message was deleted.") and edited
    file: 'ios-deleted-edited.txt',
    format: 'ios',
    dateOrder: 'dmy',
    headerShape: '[dd/mm/yyyy, h:mm:ss am] ',
    counts: { userMessages: 4, systemMessages: 0, attachments: 0, mediaOmitted: 0 },
    messages: [
      u(1, 'Ct. Vikas Yadav', '2025-01-14T09:10:00', '', { deleted: true }),
      u(2, 'SI Anita Verma', '2025-01-14T09:11:00', '', { deleted: true }),
      u(3, 'SHO Rajesh Tiwari', '2025-01-14T09:12:00', 'स्थिति नियंत्रण में है।', { edited: true }),
      u(4, 'SHO Rajesh Tiwari', '2025-01-14T09:13:00', 'सभी सतर्क रहें।'),
    ],
  },
  {
    // §6 encryption notices (old and new wording), group events incl. a subject with ": " inside quotes,
    // security code changed
    file: 'android-system-events.txt',
    format: 'android',
    dateOrder: 'dmy',
    headerShape: 'dd/mm/yy, h:mm am - ',
    counts: { userMessages: 1, systemMessages: 10, attachments: 0, mediaOmitted: 0 },
    messages: [
      s(1, '2025-01-02T08:00:00', 'Messages to this group are now secured with end-to-end encryption. Tap for more info.'),
      s(2, '2025-01-02T08:00:00', ENC_NEW + ' Tap to learn more.'),
      s(3, '2025-01-02T08:01:00', 'SHO Rajesh Tiwari created group "बीट 4: प्रधान"'),
      s(4, '2025-01-02T08:02:00', 'SHO Rajesh Tiwari added HC Suresh Nishad'),
      s(5, '2025-01-02T08:03:00', "+91 94150 22318 joined using this group's invite link"),
      s(6, '2025-01-02T08:04:00', 'SHO Rajesh Tiwari changed the subject from "बीट 4: प्रधान" to "बीट 4 प्रधान: सूचना"'),
      s(7, '2025-01-02T08:05:00', "SHO Rajesh Tiwari changed this group's icon"),
      s(8, '2025-01-02T08:06:00', 'Your security code with Vinod Jaiswal Kirana changed. Tap to learn more.'),
      s(9, '2025-01-02T08:07:00', 'Ct. Ramesh left'),
      u(10, 'HC Suresh Nishad', '2025-01-02T08:08:00', 'सभी प्रधान जुड़ गए हैं।'),
      s(11, '2025-01-20T08:09:00', 'You changed the group description'),
    ],
  },
  {
    // §2/§6 iOS 1:1 chat: events under the contact's name (LRM + known shape); a missed call stays a user message
    file: 'ios-one-to-one.txt',
    format: 'ios',
    dateOrder: 'dmy',
    headerShape: '[dd/mm/yyyy, h:mm:ss am] ',
    groupName: null,
    counts: { userMessages: 3, systemMessages: 2, attachments: 0, mediaOmitted: 0 },
    messages: [
      s(1, '2025-01-05T19:00:00', ENC_NEW),
      u(2, 'Vinod Jaiswal Kirana', '2025-01-05T19:01:00', 'नमस्ते सर, दुकान का ताला टूटा मिला।'),
      u(3, 'SI Anita Verma', '2025-01-05T19:02:00', 'मौके पर आ रहे हैं।'),
      s(4, '2025-01-18T09:00:00', 'Your security code with Vinod Jaiswal Kirana changed. Tap to learn more.'),
      u(5, 'Vinod Jaiswal Kirana', '2025-01-18T09:01:00', 'Missed voice call'),
    ],
  },
  {
    // §6 older iOS encryption wording under a group name that holds ", "; 24h dotted iOS time
    file: 'ios-encryption-old.txt',
    format: 'ios',
    dateOrder: 'dmy',
    headerShape: '[dd.mm.yyyy, hh.mm.ss] ',
    groupName: 'थाना पिपराइच, बीट 4, बीट 5',
    counts: { userMessages: 2, systemMessages: 2, attachments: 0, mediaOmitted: 0 },
    messages: [
      s(1, '2019-01-01T12:00:00', 'Messages to this group are now secured with end-to-end encryption.'),
      s(2, '2019-01-01T12:00:05', 'You created group "थाना पिपराइच, बीट 4, बीट 5"'),
      u(3, 'HC Suresh Nishad', '2019-01-01T12:01:00', 'जय हिंद।'),
      u(4, 'SHO Rajesh Tiwari', '2019-01-13T09:30:00', 'जय हिंद।'),
    ],
  },
  {
    // §7 web paste, en-IN 12h guess; prefix-less lines are continuations
    file: 'web-paste-12h.txt',
    format: 'web',
    dateOrder: 'dmy',
    headerShape: '[h:mm am, dd/mm/yyyy] ',
    counts: { userMessages: 3, systemMessages: 0, attachments: 0, mediaOmitted: 0 },
    messages: [
      u(1, 'SI Ramesh Yadav', '2025-01-16T10:32:00', 'गाँव भटहट में भीड़ जमा है।\nकृपया फ़ोर्स भेजें।'),
      u(3, 'SHO Rajesh Tiwari', '2025-01-16T10:35:00', 'रवाना कर दिया है।\nमैं भी पहुँच रहा हूँ'),
      u(5, 'SI Ramesh Yadav', '2025-01-16T21:02:00', 'स्थिति सामान्य।'),
    ],
  },
  {
    // §7 web paste, 24h
    file: 'web-paste-24h.txt',
    format: 'web',
    dateOrder: 'dmy',
    headerShape: '[hh:mm, dd/mm/yyyy] ',
    counts: { userMessages: 3, systemMessages: 0, attachments: 0, mediaOmitted: 0 },
    messages: [
      u(1, 'प्रधान सुनीता देवी', '2025-08-27T12:46:00', 'सर, स्कूल के पास शराब की दुकान पर झगड़ा।'),
      u(2, 'HC Suresh Nishad', '2025-08-27T12:50:00', 'पहुँच रहे हैं।'),
      u(3, 'प्रधान सुनीता देवी', '2025-09-14T15:33:00', 'धन्यवाद'),
    ],
  },
  {
    // §7 web paste, en-US browser (month first), with and without NNBSP
    file: 'web-paste-us.txt',
    format: 'web',
    dateOrder: 'mdy',
    headerShape: '[h:mm am, mm/dd/yyyy] ',
    counts: { userMessages: 2, systemMessages: 0, attachments: 0, mediaOmitted: 0 },
    messages: [
      u(1, 'Vinod Jaiswal Kirana', '2026-06-13T20:19:00', 'Sir, market me chori.'),
      u(2, 'SI Anita Verma', '2026-06-13T20:20:00', 'Aa rahe hain.'),
    ],
  },
  {
    // §1 one message copied on the phone: no header at all (a date inside the text is not a header)
    file: 'forwarded.txt',
    format: 'forwarded',
    dateOrder: null,
    headerShape: null,
    counts: { userMessages: 1, systemMessages: 0, attachments: 0, mediaOmitted: 0 },
    messages: [
      {
        line: 1,
        kind: 'user',
        sender: null,
        senderPhone: null,
        sentAt: null,
        text: '*सूचना*\nदिनांक 14/01/25, 9:00 am से बाज़ार में वाहन प्रवेश बंद रहेगा।\nसमस्त व्यापारी सहयोग करें।\n— थानाध्यक्ष पिपराइच',
        attachments: [],
        mediaOmitted: false,
        deleted: false,
        edited: false,
      },
    ],
  },
];

describe('parseChat: one fixture per variation in whatsapp-formats.md', () => {
  for (const c of CASES) {
    it(c.file, () => {
      const r = parseChat(fixture(c.file));
      expect(r.format).toBe(c.format);
      expect(r.dateOrder).toBe(c.dateOrder);
      expect(r.dateOrderAssumed).toBe(false);
      expect(r.headerShape).toBe(c.headerShape);
      expect(r.messages).toEqual(c.messages.map((m, index) => ({ index, ...m })));
      expect(r.counts).toEqual(c.counts);
      expect(r.warnings).toHaveLength(c.warnings ?? 0);
      if (c.groupName !== undefined) expect(r.groupName).toBe(c.groupName);
    });
  }

  it('counts add up: user + system = messages, attachments = file references', () => {
    for (const c of CASES) {
      const r = parseChat(fixture(c.file));
      const users = r.messages.filter((m) => m.kind === 'user');
      expect(r.counts.userMessages + r.counts.systemMessages).toBe(r.messages.length);
      expect(r.counts.attachments).toBe(users.reduce((n, m) => n + m.attachments.length, 0));
      expect(r.counts.mediaOmitted).toBe(users.filter((m) => m.mediaOmitted).length);
    }
  });

  it('gives the same result when told the kind', () => {
    for (const c of CASES) {
      const kind = c.format === 'web' ? 'paste' : c.format === 'forwarded' ? 'forwarded' : 'export';
      expect(parseChat(fixture(c.file), { kind })).toEqual(parseChat(fixture(c.file)));
    }
  });
});

describe('day / month order', () => {
  it('defaults to day-first with a bilingual warning when nothing decides', () => {
    const r = parseChat(fixture('ambiguous-order.txt'));
    expect(r.dateOrder).toBe('dmy');
    expect(r.dateOrderAssumed).toBe(true);
    expect(r.messages.map((m) => m.sentAt)).toEqual(['2025-04-03T10:00:00', '2025-06-05T11:30:00']);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/दिन.*\/ .*day\/month order could not be decided/);
    expect(r.headerShape).toBe('dd/mm/yy, h:mm am - ');
  });

  it('options.dateOrder overrides, without a warning when the file does not contradict it', () => {
    const r = parseChat(fixture('ambiguous-order.txt'), { dateOrder: 'mdy' });
    expect(r.dateOrder).toBe('mdy');
    expect(r.dateOrderAssumed).toBe(false);
    expect(r.messages.map((m) => m.sentAt)).toEqual(['2025-03-04T10:00:00', '2025-05-06T11:30:00']);
    expect(r.warnings).toEqual([]);
  });

  it('an override the file contradicts is used, warned about, and impossible dates become null', () => {
    const r = parseChat(fixture('android-en-us.txt'), { dateOrder: 'dmy' });
    expect(r.dateOrder).toBe('dmy');
    expect(r.messages.map((m) => m.sentAt)).toEqual([null, null, '2025-01-02T12:00:00']);
    expect(r.warnings).toHaveLength(2);
    expect(r.warnings[0]).toMatch(/line 1$/);
    expect(r.warnings[1]).toMatch(/lines: 1–2$/);
  });

  it('decides from a late line (the whole file counts, not only the start)', () => {
    const lines = [];
    for (let d = 1; d <= 12; d++) lines.push(`${d}/3/24, 10:00 am - HC Suresh Nishad: दिन ${d}`);
    lines.push('3/13/24, 10:00 am - HC Suresh Nishad: आख़िरी');
    const r = parseChat(lines.join('\n'));
    expect(r.dateOrder).toBe('mdy');
    expect(r.dateOrderAssumed).toBe(false);
    expect(r.messages[0].sentAt).toBe('2024-01-03T10:00:00');
    expect(r.messages[12].sentAt).toBe('2024-03-13T10:00:00');
  });

  it('with dates in both orders, uses the majority and warns with both line numbers', () => {
    const r = parseChat(
      ['13/01/25, 10:00 - A: x', '14/01/25, 10:00 - A: y', '01/15/25, 10:00 - A: z'].join('\n'),
    );
    expect(r.dateOrder).toBe('dmy');
    expect(r.messages.map((m) => m.sentAt)).toEqual(['2025-01-13T10:00:00', '2025-01-14T10:00:00', null]);
    expect(r.warnings.some((w) => w.includes('day-first at line 1, month-first at line 3'))).toBe(true);
    expect(r.warnings.some((w) => w.endsWith('lines: 3'))).toBe(true);
  });

  it('31 February is left null with a warning naming the line', () => {
    const r = parseChat('13/01/25, 10:00 - A: x\n31/02/25, 10:00 - A: y');
    expect(r.messages.map((m) => m.sentAt)).toEqual(['2025-01-13T10:00:00', null]);
    expect(r.warnings).toEqual([expect.stringMatching(/Invalid date or time, left empty, on lines: 2$/)]);
  });
});

describe('header detection', () => {
  it('body lines in another shape, or with an impossible date, stay in the body', () => {
    const r = parseChat(fixture('android-multiline.txt'));
    expect(r.messages).toHaveLength(3);
  });

  it('the majority shape wins even when the first line is another shape', () => {
    const text = [
      '[12/01/2025, 9:41:00 PM] Ram: this line is quoted at the top',
      '13/01/25, 10:00 pm - HC Suresh Nishad: one',
      '13/01/25, 10:01 pm - HC Suresh Nishad: two',
    ].join('\n');
    const r = parseChat(text);
    expect(r.format).toBe('android');
    expect(r.messages.map((m) => m.line)).toEqual([2, 3]);
    expect(r.warnings).toEqual([expect.stringMatching(/Lines before the first message were skipped: 1$/)]);
  });

  it('finds the shape after a first message longer than the lines scored', () => {
    const long = Array.from({ length: 6000 }, (_, i) => `पंक्ति ${i + 1}`).join('\n');
    const r = parseChat(`13/01/25, 10:00 - SI Anita Verma: ${long}\n13/01/25, 10:01 - HC Suresh Nishad: ok`);
    expect(r.messages).toHaveLength(2);
    expect(r.messages[1].line).toBe(6001);
    const late = parseChat(`${'विवरण\n'.repeat(6000)}13/01/25, 10:01 - HC Suresh Nishad: ok`, { kind: 'export' });
    expect(late.messages).toHaveLength(1);
  });

  it('lines before the first header are reported, not silently dropped', () => {
    const r = parseChat('some garbage\n\nmore\n13/01/25, 10:00 - A: x\n', { kind: 'export' });
    expect(r.messages).toHaveLength(1);
    expect(r.warnings).toEqual([expect.stringMatching(/skipped: 1, 3$/)]);
  });

  it('a single header-like line inside other text is a forwarded message', () => {
    const text = 'सूचना:\n14/01/25, 9:00 am - HC Suresh Nishad: बीट 4 सामान्य।\nधन्यवाद';
    const r = parseChat(text);
    expect(r.format).toBe('forwarded');
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0].text).toBe(text);
  });

  it('kind "forwarded" makes the whole text one message, even a chat export', () => {
    const r = parseChat(fixture('android-12h-nnbsp.txt'), { kind: 'forwarded' });
    expect(r.format).toBe('forwarded');
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]).toMatchObject({ sender: null, sentAt: null, kind: 'user', line: 1 });
    expect(r.counts.userMessages).toBe(1);
  });

  it('kind "export" on text without headers gives no messages and says why', () => {
    const r = parseChat('कोई संदेश नहीं\nबस पाठ', { kind: 'export' });
    expect(r.messages).toEqual([]);
    expect(r.warnings[0]).toMatch(/No message header/);
    expect(r.warnings[1]).toMatch(/skipped: 1–2$/);
  });

  it('kind "paste" ignores export headers', () => {
    const r = parseChat('14/01/25, 9:00 am - HC Suresh Nishad: बीट 4', { kind: 'paste' });
    expect(r.format).toBe('web');
    expect(r.messages).toEqual([]);
  });

  it('empty and blank input', () => {
    expect(parseChat('').messages).toEqual([]);
    expect(parseChat('\n\n  \n').messages).toEqual([]);
    expect(parseChat('').format).toBe('forwarded');
  });

  it('a web paste line without "Sender: " is a user message with an unknown sender, and is warned about', () => {
    const r = parseChat('[10:32 am, 16/01/2025] SI Ramesh Yadav: एक\n[10:33 am, 16/01/2025] बिना नाम');
    expect(r.messages[1]).toMatchObject({ kind: 'user', sender: null, text: 'बिना नाम' });
    expect(r.counts.systemMessages).toBe(0);
    expect(r.warnings).toEqual([expect.stringMatching(/No sender name found on lines: 2$/)]);
  });

  it('options.groupName marks the group lines of an iOS chat as system, whatever the name holds', () => {
    const text = [
      '[10/01/2025, 8:58:03 AM] थाना "पिपराइच": \u200EMessages and calls are end-to-end encrypted.',
      '[10/01/2025, 9:05:12 AM] Rajesh Tiwari SHO: सुप्रभात।',
      '[13/01/2025, 9:05:12 AM] Rajesh Tiwari SHO: सुप्रभात।',
    ].join('\n');
    const r = parseChat(text, { groupName: 'थाना "पिपराइच"' });
    expect(r.messages[0]).toMatchObject({ kind: 'system', text: 'Messages and calls are end-to-end encrypted.' });
    expect(r.counts).toEqual({ userMessages: 2, systemMessages: 1, attachments: 0, mediaOmitted: 0 });
    expect(r.groupName).toBe('थाना "पिपराइच"');
  });

  it('"Name:" with the text on the next line', () => {
    const r = parseChat('13/01/25, 10:00 - SI Anita Verma:\nपहली पंक्ति\n13/01/25, 10:01 - HC Suresh Nishad: ok');
    expect(r.messages[0]).toMatchObject({ kind: 'user', sender: 'SI Anita Verma', text: '\nपहली पंक्ति' });
  });
});
