import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { hi } from './hi';
import { en } from './en';

export type { Messages } from './hi';

const saved = typeof localStorage !== 'undefined' ? localStorage.getItem('thana-lang') : null;

void i18n.use(initReactI18next).init({
  resources: { hi: { translation: hi }, en: { translation: en } },
  lng: saved === 'en' ? 'en' : 'hi',
  fallbackLng: 'hi',
  interpolation: { escapeValue: false },
});

export function setLanguage(lng: 'hi' | 'en') {
  localStorage.setItem('thana-lang', lng);
  document.documentElement.lang = lng;
  void i18n.changeLanguage(lng);
}
if (typeof document !== 'undefined') document.documentElement.lang = i18n.language;

export default i18n;
