/**
 * The assessment scheme (考评细则) as data (docs/domain-rules.md#assessment): scored items with their maximum,
 * the estate categories each applies to, how estates are put in categories and the shares of the red and black
 * lists. Pure: no database, so every rule is tested by table and a new edition is loaded, never coded.
 */
export const ESTATE_CATEGORIES = ['PRELIMINARY', 'OWNER_HIRED', 'MATURE'] as const;
export type EstateCategory = (typeof ESTATE_CATEGORIES)[number];

export interface SchemeItem {
  /** UPPER_SNAKE_CASE, stable while its meaning stays */
  key: string;
  titleZh: string;
  titleEn: string;
  /** whole points, 1–100 */
  maxScore: number;
  categories: EstateCategory[];
}

export interface SchemeDefinition {
  items: SchemeItem[];
  /** the top share of each category placed on the red list, in percent */
  redSharePercent: number;
  /** the bottom share of each category placed on the black list, in percent */
  blackSharePercent: number;
  /** an estate delivered this many years or more before the quarter ends counts as MATURE */
  matureAfterYears: number;
}

/** What is wrong with a definition (empty when it can be published). */
export function checkScheme(definition: SchemeDefinition): string[] {
  const problems: string[] = [];
  const keys = new Set<string>();
  for (const item of definition.items) {
    if (!/^[A-Z][A-Z0-9_]*$/.test(item.key)) problems.push(`item ${item.key}: the key is UPPER_SNAKE_CASE`);
    if (keys.has(item.key)) problems.push(`item ${item.key}: the key is used twice`);
    keys.add(item.key);
    if (!Number.isInteger(item.maxScore) || item.maxScore < 1 || item.maxScore > 100) problems.push(`item ${item.key}: the maximum is a whole number from 1 to 100`);
    if (item.categories.length === 0) problems.push(`item ${item.key}: names no category`);
    if (item.categories.some((c) => !ESTATE_CATEGORIES.includes(c))) problems.push(`item ${item.key}: names an unknown category`);
  }
  for (const category of ESTATE_CATEGORIES) {
    if (!definition.items.some((i) => i.categories.includes(category))) problems.push(`category ${category} has no item`);
  }
  for (const [name, share] of [['redSharePercent', definition.redSharePercent], ['blackSharePercent', definition.blackSharePercent]] as const) {
    if (!Number.isInteger(share) || share < 0 || share > 50) problems.push(`${name} is a whole percent from 0 to 50`);
  }
  if (!Number.isInteger(definition.matureAfterYears) || definition.matureAfterYears < 1 || definition.matureAfterYears > 50) {
    problems.push('matureAfterYears is a whole number of years from 1 to 50');
  }
  return problems;
}

export function itemsFor(definition: SchemeDefinition, category: EstateCategory): SchemeItem[] {
  return definition.items.filter((i) => i.categories.includes(category));
}

export function maxTotal(definition: SchemeDefinition, category: EstateCategory): number {
  return itemsFor(definition, category).reduce((sum, i) => sum + i.maxScore, 0);
}

/**
 * The category of a project in a quarter: an estate delivered `matureAfterYears` or more before the quarter's
 * last day is MATURE whoever hired the firm; otherwise a firm chosen by the owners' assembly serves an
 * OWNER_HIRED estate, and one chosen by the developer (tender or agreement) a PRELIMINARY one. An estate
 * without a delivery date is not MATURE.
 */
export function categoryOf(
  project: { selectionMethod: string },
  estate: { deliveredOn: string | null },
  quarterLastDay: string,
  matureAfterYears: number,
): EstateCategory {
  if (estate.deliveredOn) {
    const [y, m, d] = estate.deliveredOn.split('-');
    const anniversary = `${Number(y) + matureAfterYears}-${m}-${m === '02' && d === '29' ? '28' : d}`;
    if (anniversary <= quarterLastDay) return 'MATURE';
  }
  return project.selectionMethod === 'OWNERS_ASSEMBLY' ? 'OWNER_HIRED' : 'PRELIMINARY';
}

const ALL: EstateCategory[] = [...ESTATE_CATEGORIES];

/** Edition 1, seeded when no scheme exists: 100 points in every category, 15 % red and 15 % black. */
export const DEFAULT_SCHEME: SchemeDefinition = {
  redSharePercent: 15,
  blackSharePercent: 15,
  matureAfterYears: 8,
  items: [
    { key: 'SERVICE_DISCLOSURE', titleZh: '服务内容、收费标准公示', titleEn: 'Services and fees on public display', maxScore: 10, categories: ALL },
    { key: 'CLEANING', titleZh: '环境卫生保洁', titleEn: 'Cleaning of common areas', maxScore: 15, categories: ALL },
    { key: 'GREENING', titleZh: '绿化养护', titleEn: 'Care of green spaces', maxScore: 10, categories: ['PRELIMINARY', 'OWNER_HIRED'] },
    { key: 'AGEING_FACILITIES', titleZh: '老旧设施隐患排查与整改', titleEn: 'Checks and repairs of ageing facilities', maxScore: 10, categories: ['MATURE'] },
    { key: 'ORDER_AND_SAFETY', titleZh: '秩序维护与安全防范', titleEn: 'Order and safety', maxScore: 15, categories: ALL },
    { key: 'SHARED_FACILITIES', titleZh: '共用设施设备维护（电梯、消防、地下车库）', titleEn: 'Shared facilities (lifts, fire safety, garages)', maxScore: 20, categories: ALL },
    { key: 'REPAIR_RESPONSE', titleZh: '报修响应与维修及时率', titleEn: 'Response to repair requests', maxScore: 10, categories: ALL },
    { key: 'HANDOVER', titleZh: '承接查验与前期资料移交', titleEn: 'Takeover inspection and handover of records', maxScore: 10, categories: ['PRELIMINARY'] },
    { key: 'COMMITTEE_COOPERATION', titleZh: '配合业委会履职与账目公开', titleEn: 'Work with the committee, open accounts', maxScore: 10, categories: ['OWNER_HIRED', 'MATURE'] },
    { key: 'PARTY_LED_GOVERNANCE', titleZh: '红色物业党建引领（参与社区治理、五方会谈）', titleEn: 'Red-property work (community governance, five-party meetings)', maxScore: 10, categories: ALL },
  ],
};
