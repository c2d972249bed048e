// WhatsApp's own texts in every language of the table (the corpus's languages and those of India): the notice
// and the tombstones are recognised whole, in the shapes WhatsApp writes them, and ordinary text is not.
import { describe, expect, it } from 'vitest';
import { parseChat } from './parse.js';
import { ENCRYPTION_RE, LANGUAGES } from './system-texts.js';
import { s, u } from './fixtures/cases.js';

const LRM = '\u200E';
const INDIA = ['hi', 'ur', 'bn', 'mr', 'gu', 'pa', 'ta', 'te', 'kn', 'ml', 'or'];
const msgs = (text: string) => parseChat(text).messages.map(({ index: _i, ...m }) => m);

describe('the language table', () => {
  it('holds every language of India that WhatsApp offers, and those of the corpus', () => {
    const langs = LANGUAGES.map((l) => l.lang);
    for (const lang of [...INDIA, 'en', 'de', 'cs', 'es', 'id', 'vi', 'ja', 'ar', 'ru']) expect(langs).toContain(lang);
  });

  it.each(LANGUAGES.map((l) => [l.lang, l] as const))('%s: its notice is the encryption notice, its tombstones are not', (_lang, l) => {
    expect(ENCRYPTION_RE.test(l.notice)).toBe(true);
    for (const d of l.deleted) expect(ENCRYPTION_RE.test(d), d).toBe(false);
  });
});

describe.each(LANGUAGES.map((l) => [l.lang, l] as const))('%s', (_lang, l) => {
  const [other, mine] = l.deleted;

  it('iOS 1:1: the contact who wrote only the notice and a tombstone is a participant through the tombstone alone', () => {
    const text = [
      `[18/01/2025, 14:56:01] Vinod Jaiswal Kirana: ${LRM}${l.notice}`,
      `[18/01/2025, 14:57:00] SI Anita Verma: थाने आ जाइए।`,
      `[18/01/2025, 14:58:00] Vinod Jaiswal Kirana: ${LRM}${other}.`,
      `[18/01/2025, 14:59:00] SI Anita Verma: ${LRM}${mine}`,
    ].join('\n');
    const r = parseChat(text);
    expect(r.messages.map(({ index: _i, ...m }) => m)).toEqual([
      s(1, '2025-01-18T14:56:01', l.notice),
      u(2, 'SI Anita Verma', '2025-01-18T14:57:00', 'थाने आ जाइए।'),
      u(3, 'Vinod Jaiswal Kirana', '2025-01-18T14:58:00', '', { deleted: true }),
      u(4, 'SI Anita Verma', '2025-01-18T14:59:00', '', { deleted: true }),
    ]);
    expect(r.counts).toEqual({ userMessages: 3, systemMessages: 1, attachments: 0, mediaOmitted: 0 });
    expect(r.groupName).toBeNull();
  });

  it('older iOS without the mark: the notice under the contact who then chats is still an event', () => {
    expect(
      msgs([`[18/01/2025, 14:56:01] Vinod Jaiswal Kirana: ${l.notice}`, `[18/01/2025, 14:57:00] Vinod Jaiswal Kirana: नमस्ते सर`].join('\n')),
    ).toEqual([s(1, '2025-01-18T14:56:01', l.notice), u(2, 'Vinod Jaiswal Kirana', '2025-01-18T14:57:00', 'नमस्ते सर')]);
  });

  it("Android: the notice under the group's name; tombstones (with their full stop or the language's) stay messages", () => {
    const stop = l.lang === 'hi' || l.lang === 'mr' ? '।' : l.lang === 'ja' ? '。' : '.';
    const r = parseChat(
      [
        `18/01/2025, 08:00 - थाना पिपराइच सूचना: ${l.notice}`,
        `18/01/2025, 08:05 - HC Suresh Nishad: ${other}${stop}`,
        `18/01/2025, 08:06 - SI Anita Verma: ${mine}`,
      ].join('\n'),
    );
    expect(r.messages.map(({ index: _i, ...m }) => m)).toEqual([
      s(1, '2025-01-18T08:00:00', l.notice),
      u(2, 'HC Suresh Nishad', '2025-01-18T08:05:00', '', { deleted: true }),
      u(3, 'SI Anita Verma', '2025-01-18T08:06:00', '', { deleted: true }),
    ]);
    expect(r.groupName).toBe('थाना पिपराइच सूचना');
  });

  it('a tombstone is the whole message: with more text it is an ordinary message', () => {
    const r = parseChat(`18/01/2025, 08:05 - HC Suresh Nishad: ${other} sir?`);
    expect(r.messages[0]).toMatchObject({ kind: 'user', deleted: false, text: `${other} sir?` });
  });
});

describe('ordinary text that reads like a notice', () => {
  it('a participant who mentions end-to-end encryption after writing is no event', () => {
    const text = [
      '[18/01/2025, 14:56:01] SI Anita Verma: सुप्रभात',
      '[18/01/2025, 14:57:00] SI Anita Verma: Messages and calls are end-to-end encrypted, so share the FIR copy here.',
      '[18/01/2025, 14:58:00] HC Suresh Nishad: यह मैसेज डिलीट कर दो',
    ].join('\n');
    expect(msgs(text)).toEqual([
      u(1, 'SI Anita Verma', '2025-01-18T14:56:01', 'सुप्रभात'),
      u(2, 'SI Anita Verma', '2025-01-18T14:57:00', 'Messages and calls are end-to-end encrypted, so share the FIR copy here.'),
      u(3, 'HC Suresh Nishad', '2025-01-18T14:58:00', 'यह मैसेज डिलीट कर दो'),
    ]);
  });
});
