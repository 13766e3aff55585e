import { buildVotingRoll, RollUnit } from '../owners/voting-weights';
import { RuleViolationError } from '../shared/rule-violation';
import {
  ARTICLE_278_ITEM, Matter, MORE_THAN_HALF, THREE_QUARTERS, Totals,
  checkPass, checkQuorum, fraction, passes, quorumMet, thresholdFor,
} from './thresholds';

const t = (headcount: number, areaHundredths: number): Totals => ({ headcount, areaHundredths });

// docs/domain-rules.md#counting-example: 360 persons, 40,000 m² = 4,000,000 hundredths.
// Quorum: 3 × 240 = 720 = 2 × 360; area 3a ≥ 8,000,000 ⇔ a ≥ 2,666,667 (2,666,666.67 rounded up).
const ESTATE = t(360, 4_000_000);

describe('Art. 278 quorum: ≥ 2/3 of area AND ≥ 2/3 of headcount', () => {
  it.each([
    ['exactly 2/3 of persons, area just over 2/3', ESTATE, t(240, 2_666_667), true],
    ['one person below 2/3', ESTATE, t(239, 2_666_667), false],
    ['one hundredth of a m² below 2/3', ESTATE, t(240, 2_666_666), false],
    ['everybody', ESTATE, ESTATE, true],
    ['exactly 2/3 on both', t(3, 300), t(2, 200), true],
    ['headcount met, area not', t(3, 300), t(2, 199), false],
    ['area met, headcount not', t(3, 300), t(1, 200), false],
    ['nobody takes part', ESTATE, t(0, 0), false],
    ['zero totals: no owners, no assembly', t(0, 0), t(0, 0), false],
    ['owners with zero recorded area cannot meet the area test', t(3, 0), t(3, 0), false],
  ])('%s', (_why, totals, participating, met) => {
    expect(quorumMet(totals, participating)).toBe(met);
  });

  it('explains itself with reduced fractions', () => {
    expect(checkQuorum(ESTATE, t(240, 2_666_667))).toEqual({
      threshold: { rule: 'QUORUM_TWO_THIRDS', numerator: 2, denominator: 3, inclusive: true },
      met: true,
      headcount: { part: 240, whole: 360, share: { numerator: 2, denominator: 3 }, met: true },
      // 4,000,000 = 2^8 · 5^6 and 2,666,667 is odd and ends in 7: already reduced
      area: { part: 2_666_667, whole: 4_000_000, share: { numerator: 2_666_667, denominator: 4_000_000 }, met: true },
    });
  });
});

describe('the worked example of docs/domain-rules.md#counting-example, counted by the roll', () => {
  // 400 units of 100 m²; units 1–40 unsold (developer); buyer B owns units 41 and 42; 43–400 one owner each.
  const units: RollUnit[] = Array.from({ length: 400 }, (_, i) => {
    const n = i + 1;
    const owners = n <= 40 ? [] : n <= 42 ? ['buyer-B'] : [`owner-${n}`];
    return { unitId: `u${n}`, owners, areaHundredths: 10_000, developerHeld: n <= 40 };
  });
  const roll = buildVotingRoll(units);

  it('needs 240 persons and 26,666.67 m² for a quorum', () => {
    expect(quorumMet(roll.totals, { headcount: 240, areaHundredths: 2_666_667 })).toBe(true);
    expect(quorumMet(roll.totals, { headcount: 239, areaHundredths: 4_000_000 })).toBe(false);
  });
});

describe('exactness near the limits of doubles', () => {
  // 3 × 9,000,000,000,000,003 = 27,000,000,000,000,009 lies where doubles are 4 apart and rounds to
  // 27,000,000,000,000,008 = 4 × 6,750,000,000,000,002: in floating point 4y ≥ 3p would hold; exactly it does not
  it('refuses 3/4 one unit short, where doubles would accept it', () => {
    expect(passes(Matter.REBUILD, t(4, 9_000_000_000_000_003), t(3, 6_750_000_000_000_002))).toBe(false);
    expect(passes(Matter.REBUILD, t(4, 9_000_000_000_000_003), t(3, 6_750_000_000_000_003))).toBe(true);
  });
});

describe('Art. 278 pass rules', () => {
  it.each([
    [Matter.RULES_OF_PROCEDURE, 1, 'MORE_THAN_HALF'],
    [Matter.MANAGEMENT_COVENANT, 2, 'MORE_THAN_HALF'],
    [Matter.ELECT_OR_REPLACE_COMMITTEE, 3, 'MORE_THAN_HALF'],
    [Matter.HIRE_OR_DISMISS_MANAGER, 4, 'MORE_THAN_HALF'],
    [Matter.USE_MAINTENANCE_FUND, 5, 'MORE_THAN_HALF'],
    [Matter.RAISE_MAINTENANCE_FUND, 6, 'THREE_QUARTERS'],
    [Matter.REBUILD, 7, 'THREE_QUARTERS'],
    [Matter.CHANGE_USE_OF_COMMON_PARTS, 8, 'THREE_QUARTERS'],
    [Matter.OTHER_MAJOR_MATTER, 9, 'MORE_THAN_HALF'],
  ])('%s is item (%i) and needs %s', (matter, item, rule) => {
    expect(ARTICLE_278_ITEM[matter]).toBe(item);
    expect(thresholdFor(matter).rule).toBe(rule);
  });

  const P = t(100, 10_000); // 100 persons, 100 m² taking part
  it.each([
    // more than half (过半数 excludes one half)
    ['fee change: exactly half the persons', Matter.OTHER_MAJOR_MATTER, P, t(50, 6_000), false],
    ['fee change: exactly half the area', Matter.OTHER_MAJOR_MATTER, P, t(60, 5_000), false],
    ['fee change: one person and one hundredth above half', Matter.OTHER_MAJOR_MATTER, P, t(51, 5_001), true],
    ['committee: headcount over half, area not', Matter.ELECT_OR_REPLACE_COMMITTEE, P, t(70, 4_000), false],
    ['committee: area over half, headcount not', Matter.ELECT_OR_REPLACE_COMMITTEE, P, t(40, 7_000), false],
    ['odd headcount: 121 of 240 is more than half', Matter.HIRE_OR_DISMISS_MANAGER, t(240, 2_666_667), t(121, 1_333_334), true],
    ['odd area: 1,333,333.5 is the half, 1,333,334 is above', Matter.HIRE_OR_DISMISS_MANAGER, t(240, 2_666_667), t(121, 1_333_333), false],
    ['using the fund (5) needs only more than half', Matter.USE_MAINTENANCE_FUND, P, t(51, 5_001), true],
    // three quarters (以上 includes three quarters)
    ['raising the fund (6) at the same numbers fails', Matter.RAISE_MAINTENANCE_FUND, P, t(51, 5_001), false],
    ['raising the fund: exactly 3/4 on both', Matter.RAISE_MAINTENANCE_FUND, P, t(75, 7_500), true],
    ['rebuilding: one person below 3/4', Matter.REBUILD, P, t(74, 7_500), false],
    ['common parts: one hundredth below 3/4', Matter.CHANGE_USE_OF_COMMON_PARTS, P, t(75, 7_499), false],
    ['rebuilding: unanimous', Matter.REBUILD, P, P, true],
    // nobody taking part: 0 ≥ 3/4 × 0 holds arithmetically, but nothing is decided
    ['nobody taking part, 3/4 matter', Matter.REBUILD, t(0, 0), t(0, 0), false],
    ['nobody taking part, majority matter', Matter.OTHER_MAJOR_MATTER, t(0, 0), t(0, 0), false],
    ['nobody says yes', Matter.OTHER_MAJOR_MATTER, P, t(0, 0), false],
  ])('%s', (_why, matter, participating, yes, met) => {
    expect(passes(matter, participating, yes)).toBe(met);
  });

  it('names the rule and the shares that decided', () => {
    const check = checkPass(Matter.RAISE_MAINTENANCE_FUND, t(240, 2_666_667), t(180, 2_000_000));
    expect(check.threshold).toBe(THREE_QUARTERS);
    expect(check.headcount).toEqual({ part: 180, whole: 240, share: { numerator: 3, denominator: 4 }, met: true });
    // 4 × 2,000,000 = 8,000,000 < 3 × 2,666,667 = 8,000,001
    expect(check.area.met).toBe(false);
    expect(check.met).toBe(false);
    expect(checkPass(Matter.OTHER_MAJOR_MATTER, P, t(51, 5_001)).threshold).toBe(MORE_THAN_HALF);
  });
});

describe('fractions for display', () => {
  it.each([
    [240, 360, { numerator: 2, denominator: 3 }],
    [0, 5, { numerator: 0, denominator: 1 }],
    [7, 7, { numerator: 1, denominator: 1 }],
    [180, 240, { numerator: 3, denominator: 4 }],
    [5, 0, null],
  ])('%i/%i → %j', (part, whole, expected) => {
    expect(fraction(part, whole)).toEqual(expected);
  });
});

describe('input that cannot be counted', () => {
  it.each([
    ['more taking part than owners', () => checkQuorum(t(10, 1_000), t(11, 500)), 'TOTALS_EXCEED_WHOLE'],
    ['more area taking part than exists', () => checkQuorum(t(10, 1_000), t(5, 1_001)), 'TOTALS_EXCEED_WHOLE'],
    ['more yes than taking part', () => checkPass(Matter.REBUILD, t(10, 1_000), t(11, 1_000)), 'TOTALS_EXCEED_WHOLE'],
    ['a negative count', () => checkQuorum(t(10, 1_000), t(-1, 0)), 'TOTALS_NOT_COUNTABLE'],
    ['a fractional area', () => checkQuorum(t(10, 1_000.5), t(1, 0)), 'TOTALS_NOT_COUNTABLE'],
  ])('%s is refused', (_why, call, rule) => {
    expect(call).toThrow(RuleViolationError);
    try {
      call();
    } catch (error) {
      expect((error as RuleViolationError).problems.map((p) => p.rule)).toContain(rule);
    }
  });
});
