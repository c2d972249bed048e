// Hindi and English plurals come from i18next's plural rules (Intl.PluralRules), not from one form for every count.
import { describe, expect, it } from 'vitest';
import i18n from './index';

describe('plurals', () => {
  it('say one file, one new message, one entry in Hindi and in English', async () => {
    await i18n.changeLanguage('hi');
    expect(i18n.t('imp.files', { count: 1 })).toBe('1 फ़ाइल चुनी गई');
    expect(i18n.t('imp.files', { count: 3 })).toBe('3 फ़ाइलें चुनी गईं');
    expect(i18n.t('imp.newMessages', { count: 1 })).toBe('1 नया संदेश आया');
    expect(i18n.t('imp.newMessages', { count: 200 })).toBe('200 नए संदेश आए');
    expect(i18n.t('reg.total', { count: 1 })).toBe('कुल 1 प्रविष्टि');
    await i18n.changeLanguage('en');
    expect(i18n.t('imp.files', { count: 1 })).toBe('1 file chosen');
    expect(i18n.t('reg.total', { count: 2 })).toBe('2 entries');
    await i18n.changeLanguage('hi');
  });
});
