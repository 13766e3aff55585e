import polyglotI18nProvider from 'ra-i18n-polyglot';
import en from './en';
import zh from './zh';

export type Locale = 'zh-CN' | 'en';

/** The Intl locale for dates and numbers of each UI language. */
export const INTL_LOCALE: Record<Locale, string> = { 'zh-CN': 'zh-CN', en: 'en-US' };

/** zh-CN by default; English by the switch in the app bar (react-admin remembers the choice). */
export const i18nProvider = polyglotI18nProvider(
  (locale) => (locale === 'en' ? en : zh),
  'zh-CN',
  [
    { locale: 'zh-CN', name: '简体中文' },
    { locale: 'en', name: 'English' },
  ],
  { allowMissing: true },
);
