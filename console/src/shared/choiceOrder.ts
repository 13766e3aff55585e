import { byReading } from '../../../api/src/shared/pinyin-readings';

/**
 * The one order of choice lists whose order means nothing (places, firms, reasons, bodies): Chinese labels in
 * pinyin order with the names' own readings (长兴 cháng), as the server's zh_pinyin collation sorts names
 * (docs/architecture.md#pinyin-order), English ones alphabetically. Lists whose order means something (statuses,
 * phases, steps, ranks, articles) keep it.
 */
/** What a catch-all answer is called: it stays last, wherever its label would sort. */
const LAST = new Set(['OTHER']);

/** The collator for a console locale: ICU's Chinese collation is pinyin order, as the server's zh-u-co-pinyin. */
export function labelCollator(locale: string): Intl.Collator {
  return new Intl.Collator(locale === 'en' ? 'en' : 'zh-CN-u-co-pinyin', { numeric: true, sensitivity: 'base' });
}

/** `items` by their labels in the locale's order, a catch-all (OTHER) last; a new array, ties in their given order. */
export function sortByLabel<T extends { id: unknown }>(items: readonly T[], labelOf: (item: T) => string, locale: string): T[] {
  const compare = locale === 'en' ? labelCollator(locale).compare : byReading(labelCollator(locale));
  const last = (item: T) => (LAST.has(String(item.id)) ? 1 : 0);
  return [...items].sort((a, b) => last(a) - last(b) || compare(labelOf(a), labelOf(b)));
}

/** The sort a reference list asks the server for: by name, in the names' pinyin collation. */
export const BY_NAME = { field: 'name', order: 'ASC' } as const;

/** The sort a person picker and the users list ask the server for: by display name, in its pinyin collation. */
export const BY_DISPLAY_NAME = { field: 'displayName', order: 'ASC' } as const;
