import type { EstateCategory } from './scheme';

/**
 * The red/black ranking of one quarter (docs/domain-rules.md#red-black-list). Pure: the same entries give
 * the same list, tested by table in ranking.spec.ts.
 *
 * - Projects are ranked within their category by total, highest first; equal totals share a rank (1, 2, 2, 4).
 * - Red: the top `redSharePercent` of the ranked projects of the category, black: the bottom
 *   `blackSharePercent`; each share is a number of places, rounded down (15 % of 20 projects = 3 places).
 * - Ties at the boundary: a group of equal totals is placed whole or not at all. It is placed only when all of
 *   it fits in the places left, so a list never holds more than its share and never separates equal scores.
 * - A project without a complete (reviewed) assessment is not ranked: it is listed apart as unranked.
 */
export interface RankEntry<K> {
  key: K;
  category: EstateCategory;
  /** the reviewed total; null when the assessment is missing or not complete */
  total: number | null;
}

export interface RankShares {
  redSharePercent: number;
  blackSharePercent: number;
}

export type Place = 'RED' | 'BLACK' | null;

export interface RankedEntry<K> extends RankEntry<K> {
  total: number;
  /** 1 for the highest total; equal totals share a rank */
  rank: number;
  place: Place;
}

export interface CategoryRanking<K> {
  category: EstateCategory;
  ranked: Array<RankedEntry<K>>;
  unranked: Array<RankEntry<K>>;
  /** places the shares allow (rounded down); the lists may hold fewer when a tie does not fit */
  redPlaces: number;
  blackPlaces: number;
}

/** Places a share of `count` allows: rounded down, in integer arithmetic. */
export function placesFor(count: number, sharePercent: number): number {
  return Math.floor((count * sharePercent) / 100);
}

/** Groups of equal totals, in ranking order. */
function tieGroups<K>(ranked: Array<RankedEntry<K>>): Array<Array<RankedEntry<K>>> {
  const groups: Array<Array<RankedEntry<K>>> = [];
  for (const entry of ranked) {
    const last = groups[groups.length - 1];
    if (last && last[0].total === entry.total) last.push(entry);
    else groups.push([entry]);
  }
  return groups;
}

/** Whole groups from the front while they fit in `places`; stops at the first that does not. */
function takeWholeGroups<K>(groups: Array<Array<RankedEntry<K>>>, places: number): Array<RankedEntry<K>> {
  const taken: Array<RankedEntry<K>> = [];
  for (const group of groups) {
    if (taken.length + group.length > places) break;
    taken.push(...group);
  }
  return taken;
}

export function rankCategory<K>(category: EstateCategory, entries: Array<RankEntry<K>>, shares: RankShares): CategoryRanking<K> {
  const mine = entries.filter((e) => e.category === category);
  const unranked = mine.filter((e) => e.total === null);
  const scored = mine.filter((e): e is RankEntry<K> & { total: number } => e.total !== null);
  // equal totals keep the order they came in (stable sort): the rank, not the order, is what the list states
  const sorted = [...scored].sort((a, b) => b.total - a.total);
  const ranked: Array<RankedEntry<K>> = [];
  sorted.forEach((entry, i) => {
    const rank = i > 0 && sorted[i - 1].total === entry.total ? ranked[i - 1].rank : i + 1;
    ranked.push({ ...entry, rank, place: null });
  });
  const redPlaces = placesFor(ranked.length, shares.redSharePercent);
  const blackPlaces = placesFor(ranked.length, shares.blackSharePercent);
  const groups = tieGroups(ranked);
  const red = new Set(takeWholeGroups(groups, redPlaces));
  const black = new Set(takeWholeGroups([...groups].reverse(), blackPlaces).filter((e) => !red.has(e)));
  for (const entry of ranked) entry.place = red.has(entry) ? 'RED' : black.has(entry) ? 'BLACK' : null;
  return { category, ranked, unranked, redPlaces, blackPlaces };
}

/** Every category of the quarter, in the order given. */
export function rankQuarter<K>(categories: readonly EstateCategory[], entries: Array<RankEntry<K>>, shares: RankShares): Array<CategoryRanking<K>> {
  return categories.map((category) => rankCategory(category, entries, shares));
}
