import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider } from 'react-admin';
import { CALENDAR_DATE, calendarDay, DATE_OPTIONS } from '../shared/formats';
import zh from './zh';

export type Locale = 'zh-CN' | 'en';

/** The Intl locale for dates and numbers of each UI language. */
export const INTL_LOCALE: Record<Locale, string> = { 'zh-CN': 'zh-CN', en: 'en-US' };

/**
 * zh-CN by default; English by the switch in the app bar (react-admin remembers the choice). The English
 * messages load when first chosen, so the first load carries one language.
 */
const polyglot = polyglotI18nProvider(
  (locale) => (locale === 'en' ? import('./en').then((m) => m.default) : zh),
  'zh-CN',
  [
    { locale: 'zh-CN', name: '简体中文' },
    { locale: 'en', name: 'English' },
  ],
  { allowMissing: true },
);

/** A message's arguments with every calendar date (a refusal's endsOn, earliest, day…) written in the UI's language. */
export function datesWritten(options: Record<string, unknown>, locale: string): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(options).map(([name, value]) => [name, name !== '_' && typeof value === 'string' && CALENDAR_DATE.test(value) ? calendarDay(value, locale, DATE_OPTIONS) : value]),
  );
}

/**
 * The messages, every date in them as the UI writes dates (officer review: "2026-12-20" in a Chinese sentence):
 * once here, for every message, refusal and hint, rather than at each place that passes one.
 */
export const i18nProvider: I18nProvider = {
  ...polyglot,
  translate: (key, options) => polyglot.translate(key, options && datesWritten(options, INTL_LOCALE[polyglot.getLocale() as Locale] ?? 'zh-CN')),
};
