// Real-world inputs that an earlier version got wrong (one test per bug, exact expected values).
import { describe, expect, it } from 'vitest';
import { parseChat, type ParsedMessage } from './parse.js';

type Msg = Omit<ParsedMessage, 'index'>;
const u = (line: number, sender: string, sentAt: string, text: string, extra: Partial<Msg> = {}): Msg => ({
  line,
  kind: 'user',
  sender,
  senderPhone: null,
  sentAt,
  text,
  attachments: [],
  mediaOmitted: false,
  deleted: false,
  edited: false,
  ...extra,
});
const s = (line: number, sentAt: string, text: string): Msg => ({
  line,
  kind: 'system',
  sender: null,
  senderPhone: null,
  sentAt,
  text,
  attachments: [],
  mediaOmitted: false,
  deleted: false,
  edited: false,
});
const msgs = (text: string, opts = {}) => parseChat(text, opts).messages.map(({ index: _i, ...m }) => m);

describe('real-world inputs', () => {
  it('the edited marker is found when trailing whitespace follows it', () => {
    expect(
      msgs('14/01/25, 9:00 am - SHO Rajesh Tiwari: स्थिति नियंत्रण में है। <This message was edited> \n14/01/25, 9:01 am - SI Anita Verma: ok'),
    ).toEqual([
      u(1, 'SHO Rajesh Tiwari', '2025-01-14T09:00:00', 'स्थिति नियंत्रण में है।', { edited: true }),
      u(2, 'SI Anita Verma', '2025-01-14T09:01:00', 'ok'),
    ]);
  });

  it('ordinary text ending in "omitted" is not a media placeholder (its text is kept)', () => {
    const r = parseChat(
      '14/01/25, 9:00 am - SI Anita Verma: Accused name omitted\n14/01/25, 9:01 am - HC Suresh Nishad: Some details were omitted',
    );
    expect(r.messages.map((m) => [m.text, m.mediaOmitted])).toEqual([
      ['Accused name omitted', false],
      ['Some details were omitted', false],
    ]);
    expect(r.counts.mediaOmitted).toBe(0);
  });

  it('sender names holding quotes or apostrophes are senders, not system lines', () => {
    const text = [
      '14/01/25, 9:00 am - Ram "Bablu" Singh: गाड़ी आ गई।',
      '14/01/25, 9:01 am - Anil D’Souza: ok sir',
      "14/01/25, 9:02 am - Anil D'Souza: ok",
      '14/01/25, 9:03 am - SHO Rajesh Tiwari changed the subject from "बीट 4: प्रधान" to "बीट 4"',
      '14/01/25, 9:04 am - SHO Rajesh Tiwari changed the subject from “A” to “B: C”',
    ].join('\n');
    expect(msgs(text)).toEqual([
      u(1, 'Ram "Bablu" Singh', '2025-01-14T09:00:00', 'गाड़ी आ गई।'),
      u(2, 'Anil D’Souza', '2025-01-14T09:01:00', 'ok sir'),
      u(3, "Anil D'Souza", '2025-01-14T09:02:00', 'ok'),
      s(4, '2025-01-14T09:03:00', 'SHO Rajesh Tiwari changed the subject from "बीट 4: प्रधान" to "बीट 4"'),
      s(5, '2025-01-14T09:04:00', 'SHO Rajesh Tiwari changed the subject from “A” to “B: C”'),
    ]);
  });

  it('whitespace-only lines and trailing spaces at the end of a message are not part of its text', () => {
    const text = '14/01/25, 9:00 am - SI Anita Verma: पहली पंक्ति\n   \n\t\n\n14/01/25, 9:01 am - HC Suresh Nishad: ok  \n  \n';
    expect(msgs(text)).toEqual([
      u(1, 'SI Anita Verma', '2025-01-14T09:00:00', 'पहली पंक्ति'),
      u(5, 'HC Suresh Nishad', '2025-01-14T09:01:00', 'ok'),
    ]);
  });

  it('iOS: a group name that holds ": " is still the group (events under it are system lines)', () => {
    const text = [
      '[10/01/2025, 8:58:03 AM] थाना: पिपराइच: \u200EMessages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.',
      '[10/01/2025, 8:58:04 AM] थाना: पिपराइच: \u200ERajesh Tiwari SHO created this group',
      '[13/01/2025, 9:05:12 AM] Rajesh Tiwari SHO: सुप्रभात।',
    ].join('\n');
    const r = parseChat(text);
    expect(r.messages.map(({ index: _i, ...m }) => m)).toEqual([
      s(
        1,
        '2025-01-10T08:58:03',
        'Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.',
      ),
      s(2, '2025-01-10T08:58:04', 'Rajesh Tiwari SHO created this group'),
      u(3, 'Rajesh Tiwari SHO', '2025-01-13T09:05:12', 'सुप्रभात।'),
    ]);
    expect(r.groupName).toBe('थाना: पिपराइच');
  });

  it('a sender name holding ": " is learned from its attachment / placeholder lines and used for its other lines', () => {
    const text = [
      '[13/01/2025, 9:00:00 AM] Beat 4: Ram Singh: \u200E<attached: 00000009-PHOTO-2025-01-13-09-00-00.jpg>',
      '[13/01/2025, 9:01:00 AM] Beat 4: Ram Singh: मौके पर हूँ।',
      '[13/01/2025, 9:02:00 AM] SI Anita Verma: Note: ठीक है',
    ].join('\n');
    expect(msgs(text)).toEqual([
      u(1, 'Beat 4: Ram Singh', '2025-01-13T09:00:00', '', { attachments: ['00000009-PHOTO-2025-01-13-09-00-00.jpg'] }),
      u(2, 'Beat 4: Ram Singh', '2025-01-13T09:01:00', 'मौके पर हूँ।'),
      u(3, 'SI Anita Verma', '2025-01-13T09:02:00', 'Note: ठीक है'),
    ]);
    const android = [
      '13/01/25, 9:00 am - Beat 4: Ram Singh: <Media omitted>',
      '13/01/25, 9:01 am - Beat 4: Ram Singh: IMG-20250113-WA0001.jpg (file attached)',
      '13/01/25, 9:02 am - Beat 4: Ram Singh: मौके पर हूँ।',
      '13/01/25, 9:03 am - SI Anita Verma: Beat 4: Ram Singh: ko bhejo',
    ].join('\n');
    expect(msgs(android)).toEqual([
      u(1, 'Beat 4: Ram Singh', '2025-01-13T09:00:00', '', { mediaOmitted: true }),
      u(2, 'Beat 4: Ram Singh', '2025-01-13T09:01:00', '', { attachments: ['IMG-20250113-WA0001.jpg'] }),
      u(3, 'Beat 4: Ram Singh', '2025-01-13T09:02:00', 'मौके पर हूँ।'),
      u(4, 'SI Anita Verma', '2025-01-13T09:03:00', 'Beat 4: Ram Singh: ko bhejo'),
    ]);
  });

  it('iOS "view once" placeholders (four words) are media placeholders, not group events', () => {
    const text = [
      '[10/01/2025, 8:58:03 AM] Ct. Vikas Yadav: \u200EView once voice message omitted',
      '[13/01/2025, 9:05:12 AM] SI Anita Verma: ok',
    ].join('\n');
    const r = parseChat(text);
    expect(r.messages.map(({ index: _i, ...m }) => m)).toEqual([
      u(1, 'Ct. Vikas Yadav', '2025-01-10T08:58:03', '', { mediaOmitted: true }),
      u(2, 'SI Anita Verma', '2025-01-13T09:05:12', 'ok'),
    ]);
    expect(r.counts).toEqual({ userMessages: 2, systemMessages: 0, attachments: 0, mediaOmitted: 1 });
  });
});

describe('real-world inputs: locales and encodings', () => {
  it('older Hindi-locale Android writes पूर्वाह्न / अपराह्न for am / pm', () => {
    const text = [
      '9/1/25, 7:48 अपराह्न - प्रधान रामप्रीत यादव: <मीडिया के बिना>',
      '10/1/25, 12:05 पूर्वाह्न - HC Suresh Nishad: गश्त पूरी।',
      '10/1/25, 12:30 अपराह्न - SI Anita Verma: ठीक है',
      '13/1/25, 9:00 पूर्वाह्न - SI Anita Verma: सुप्रभात',
    ].join('\n');
    const r = parseChat(text);
    expect(r.format).toBe('android');
    expect(r.dateOrder).toBe('dmy');
    expect(r.messages.map(({ index: _i, ...m }) => m)).toEqual([
      u(1, 'प्रधान रामप्रीत यादव', '2025-01-09T19:48:00', '', { mediaOmitted: true }),
      u(2, 'HC Suresh Nishad', '2025-01-10T00:05:00', 'गश्त पूरी।'),
      u(3, 'SI Anita Verma', '2025-01-10T12:30:00', 'ठीक है'),
      u(4, 'SI Anita Verma', '2025-01-13T09:00:00', 'सुप्रभात'),
    ]);
  });
});

describe('real-world inputs: iOS markers with extra direction marks', () => {
  it('an LRM after the edited marker, and "• ‎2 pages" / "name ‎<attached: id-name>" document prefixes', () => {
    const text = [
      '[15/01/2025, 11:04:00 AM] SHO Rajesh Tiwari: ठीक है \u200E<This message was edited>\u200E',
      '[15/01/2025, 11:05:00 AM] SHO Rajesh Tiwari: \u200EFIR 0012-2025.pdf • \u200E2 pages \u200E<attached: 00000014-FIR 0012-2025.pdf>',
      '[15/01/2025, 11:06:00 AM] HC Suresh Nishad: Ram Prasad Gupta.vcf \u200E<attached: 00000015-Ram Prasad Gupta.vcf>',
      '[15/01/2025, 11:07:00 AM] HC Suresh Nishad: see <attached: 00000016-x.pdf>',
    ].join('\n');
    expect(msgs(text)).toEqual([
      u(1, 'SHO Rajesh Tiwari', '2025-01-15T11:04:00', 'ठीक है', { edited: true }),
      u(2, 'SHO Rajesh Tiwari', '2025-01-15T11:05:00', '', { attachments: ['00000014-FIR 0012-2025.pdf'] }),
      u(3, 'HC Suresh Nishad', '2025-01-15T11:06:00', '', { attachments: ['00000015-Ram Prasad Gupta.vcf'] }),
      u(4, 'HC Suresh Nishad', '2025-01-15T11:07:00', 'see <attached: 00000016-x.pdf>'),
    ]);
  });
});

describe("real-world inputs: shapes from other parsers' test exports", () => {
  it('an hour above 12 next to PM is its own message at that hour, with a bilingual warning naming the line', () => {
    const r = parseChat(['1/18/25, 11:58 PM - SHO Rajesh Tiwari: फोटो?', '1/18/25, 23:59 PM - HC Suresh Nishad: भेज रहा हूँ'].join('\n'));
    expect(r.messages.map((m) => [m.line, m.sender, m.sentAt, m.text])).toEqual([
      [1, 'SHO Rajesh Tiwari', '2025-01-18T23:58:00', 'फोटो?'],
      [2, 'HC Suresh Nishad', '2025-01-18T23:59:00', 'भेज रहा हूँ'],
    ]);
    expect(r.warnings).toEqual([
      'इन पंक्तियों में 12 घंटे की घड़ी के साथ 12 से बड़ा घंटा है (जैसे 23:59 PM); घंटा 24 घंटे की घड़ी का माना गया: 2 / ' +
        'An hour above 12 next to AM/PM (e.g. 23:59 PM); the hour was read as on a 24-hour clock, on lines: 2',
    ]);
  });

  it('a Thai year without "BE" is read as Buddhist era too (no chat is dated 2400 or later)', () => {
    expect(
      parseChat('18/1/2568 14:56 - SHO Rajesh Tiwari: नाकाबंदी\n19/1/2568 08:00 - SI Anita Verma: ok').messages.map((m) => m.sentAt),
    ).toEqual(['2025-01-18T14:56:00', '2025-01-19T08:00:00']);
  });

  it('an export with the time first is found when the kind is given, and a web paste (no seconds) stays a paste', () => {
    const ios = '[14:56:01, 18/1/25] SHO Rajesh Tiwari: नाकाबंदी\n[14:57:00, 18/1/25] SI Anita Verma: ok';
    expect(parseChat(ios, { kind: 'export' })).toMatchObject({ format: 'ios', headerShape: '[hh:mm:ss, dd/mm/yy] ' });
    expect(parseChat('[14:56, 18/1/2025] SHO Rajesh Tiwari: नाकाबंदी', { kind: 'paste' }).format).toBe('web');
  });

  it('a forwarded message that starts with a date and a time with seconds stays one forwarded message', () => {
    const r = parseChat('18/01/2025, 10:30:00 AM से बाज़ार बंद रहेगा।\nसमस्त व्यापारी सहयोग करें।');
    expect(r.format).toBe('forwarded');
    expect(r.messages).toHaveLength(1);
  });

  it('marks inside the date and a BOM inside the bracket still make a header (Arabic RLM, Urdu ALM, BOM)', () => {
    expect(msgs('[\u200F18\u200F/3\u200F/2022، 14:56:01] Dmitry S: Hello\n[\uFEFF19\u200F/3\u200F/2022، 09:00:00] Dmitry S: ok')).toEqual([
      u(1, 'Dmitry S', '2022-03-18T14:56:01', 'Hello'),
      u(2, 'Dmitry S', '2022-03-19T09:00:00', 'ok'),
    ]);
  });
});
