/**
 * Characters whose reading in this registry's names is not ICU's one reading of them (docs/architecture.md#pinyin-order):
 * 长 is cháng in 长兴县, 长安 and 长江, where ICU's pinyin order reads it zhǎng and put every 长兴 name after 张 and 浙.
 * Each sorts as the character beside it, just after it where the two names are otherwise alike.
 */
export const NAME_READINGS: ReadonlyArray<readonly [character: string, readAs: string]> = [['长', '常']];

/** The ICU rules PostgreSQL's zh_pinyin collation carries for them (migrations/1764807330000-pinyin-readings-of-names.ts). */
export function readingRules(): string {
  return NAME_READINGS.map(([character, readAs]) => `&${readAs}<<<${character}`).join(' ');
}

const readAs = new Map(NAME_READINGS);
const asRead = (name: string) => Array.from(name, (sign) => readAs.get(sign) ?? sign).join('');

/** A pinyin collator's comparison with these readings: by the names as read, then as written (常 before 长, as the rules). */
export function byReading(collator: Intl.Collator): (a: string, b: string) => number {
  return (a, b) => collator.compare(asRead(a), asRead(b)) || collator.compare(a, b);
}
