import { placesFor, rankCategory, rankQuarter, RankEntry } from './ranking';
import type { EstateCategory } from './scheme';

const entries = (totals: Array<number | null>, category: EstateCategory = 'OWNER_HIRED'): Array<RankEntry<string>> =>
  totals.map((total, i) => ({ key: `p${i + 1}`, category, total }));

/** The keys placed RED and BLACK, and the unranked, for a compact table. */
function placed(totals: Array<number | null>, red: number, black: number) {
  const result = rankCategory('OWNER_HIRED', entries(totals), { redSharePercent: red, blackSharePercent: black });
  return {
    red: result.ranked.filter((e) => e.place === 'RED').map((e) => e.key),
    black: result.ranked.filter((e) => e.place === 'BLACK').map((e) => e.key),
    unranked: result.unranked.map((e) => e.key),
  };
}

describe('placesFor: a share of the ranked projects, rounded down', () => {
  it.each([
    [20, 15, 3],
    [7, 15, 1],
    [6, 15, 0],
    [100, 15, 15],
    [0, 15, 0],
    [13, 50, 6],
    [10, 0, 0],
  ])('%i projects at %i %% → %i places', (count, share, places) => {
    expect(placesFor(count, share)).toBe(places);
  });
});

describe('rankCategory', () => {
  it.each<[string, Array<number | null>, number, number, { red: string[]; black: string[]; unranked: string[] }]>([
    ['no ties: the top and bottom share', [90, 80, 70, 60, 50, 40, 30, 20, 10, 5], 20, 20, { red: ['p1', 'p2'], black: ['p9', 'p10'], unranked: [] }],
    ['too few projects for one place: empty lists', [90, 80, 70, 60, 50], 15, 15, { red: [], black: [], unranked: [] }],
    // 7 projects at 15 % → 1 place each
    ['a tie at the red boundary that does not fit: none of it', [95, 95, 80, 70, 60, 50, 40], 15, 15, { red: [], black: ['p7'], unranked: [] }],
    ['a tie at the black boundary that does not fit: none of it', [95, 90, 80, 70, 60, 40, 40], 15, 15, { red: ['p1'], black: [], unranked: [] }],
    // 10 projects at 30 % → 3 places: the tied pair fits after the first, the next tie would not
    ['a tie that fits is placed whole', [99, 90, 90, 85, 85, 70, 60, 50, 40, 30], 30, 30, { red: ['p1', 'p2', 'p3'], black: ['p8', 'p9', 'p10'], unranked: [] }],
    ['a tie after a partly filled list stops it there', [99, 90, 90, 90, 70, 60, 50, 40, 30, 20], 30, 20, { red: ['p1'], black: ['p9', 'p10'], unranked: [] }],
    ['incomplete assessments are listed apart and do not count towards the share', [90, null, 80, 70, null, 60, 50, 40, 30, 20], 15, 15, { red: ['p1'], black: ['p10'], unranked: ['p2', 'p5'] }],
    ['all equal: no one is placed', [80, 80, 80, 80, 80, 80, 80, 80, 80, 80], 20, 20, { red: [], black: [], unranked: [] }],
    ['shares of 0: empty lists', [90, 80, 70, 60, 50, 40, 30, 20, 10, 5], 0, 0, { red: [], black: [], unranked: [] }],
  ])('%s', (_name, totals, red, black, expected) => {
    expect(placed(totals, red, black)).toEqual(expected);
  });

  it('equal totals share a rank, the next rank skips (1, 2, 2, 4)', () => {
    const result = rankCategory('MATURE', entries([70, 90, 80, 80], 'MATURE'), { redSharePercent: 15, blackSharePercent: 15 });
    expect(result.ranked.map((e) => [e.key, e.rank])).toEqual([['p2', 1], ['p3', 2], ['p4', 2], ['p1', 4]]);
    expect(result).toMatchObject({ redPlaces: 0, blackPlaces: 0 });
  });

  it('red and black never share a project, even at 50 % with an odd count and a middle tie', () => {
    const result = rankCategory('OWNER_HIRED', entries([90, 80, 70, 70, 70, 60, 50]), { redSharePercent: 50, blackSharePercent: 50 });
    const red = result.ranked.filter((e) => e.place === 'RED').map((e) => e.key);
    const black = result.ranked.filter((e) => e.place === 'BLACK').map((e) => e.key);
    expect(red).toEqual(['p1', 'p2']);
    expect(black).toEqual(['p6', 'p7']);
  });
});

describe('rankQuarter: each category on its own', () => {
  it('ranks, shares and unranked are per category', () => {
    const all = [
      ...entries([90, 80, 70, 60, 50, 40, 30], 'PRELIMINARY'),
      ...entries([99, 10, null], 'MATURE').map((e) => ({ ...e, key: `m${e.key}` })),
    ];
    const [preliminary, ownerHired, mature] = rankQuarter(['PRELIMINARY', 'OWNER_HIRED', 'MATURE'], all, { redSharePercent: 15, blackSharePercent: 15 });
    expect(preliminary.ranked.filter((e) => e.place).map((e) => [e.key, e.place])).toEqual([['p1', 'RED'], ['p7', 'BLACK']]);
    expect(ownerHired).toMatchObject({ ranked: [], unranked: [] });
    expect(mature.ranked.map((e) => [e.key, e.rank, e.place])).toEqual([['mp1', 1, null], ['mp2', 2, null]]);
    expect(mature.unranked.map((e) => e.key)).toEqual(['mp3']);
  });
});
