import { RuleViolationError } from '../shared/rule-violation';
import { DEVELOPER_PERSON_KEY, RollUnit, buildVotingRoll } from './voting-weights';

const unit = (unitId: string, owners: string[], areaHundredths = 10_000, extra: Partial<RollUnit> = {}): RollUnit => ({
  unitId, owners, areaHundredths, developerHeld: false, ...extra,
});
const developerUnit = (unitId: string, areaHundredths = 10_000, extra: Partial<RollUnit> = {}): RollUnit => ({
  unitId, owners: [], areaHundredths, developerHeld: true, ...extra,
});

describe('the worked example of docs/domain-rules.md#counting-example', () => {
  // 400 units of 100 m²; units 1–40 unsold (developer); buyer B owns units 41 and 42; 43–400 one owner each.
  const units: RollUnit[] = Array.from({ length: 400 }, (_, i) => {
    const n = i + 1;
    if (n <= 40) return developerUnit(`u${n}`);
    if (n <= 42) return unit(`u${n}`, ['buyer-B']);
    return unit(`u${n}`, [`owner-${n}`]);
  });
  const roll = buildVotingRoll(units);

  it('counts 360 persons: 360 sold units − 2 + 1 for buyer B, + 1 for the developer', () => {
    expect(roll.totals).toEqual({ headcount: 360, areaHundredths: 4_000_000 });
  });

  it('gives the developer and buyer B the full area of their units', () => {
    const developer = roll.persons.find((p) => p.personKey === DEVELOPER_PERSON_KEY);
    expect(developer?.unitIds).toHaveLength(40);
    expect(developer?.areaHundredths).toBe(400_000);
    expect(roll.persons.find((p) => p.personKey === 'buyer-B')).toEqual({ personKey: 'buyer-B', unitIds: ['u41', 'u42'], areaHundredths: 20_000 });
  });
});

describe('who counts as one person', () => {
  it.each<[string, RollUnit[], Array<[string, string[], number]>, string[]]>([
    ['an empty register', [], [], []],
    ['one owner, one unit of 89.12 m²', [unit('u1', ['a'], 8_912)], [['a', ['u1'], 8_912]], []],
    ['a unit of zero recorded area still counts one person', [unit('u1', ['a'], 0)], [['a', ['u1'], 0]], []],
    ['co-owners vote through the designated voter', [unit('u1', ['x', 'y'], 10_000, { designatedVoter: 'y' })], [['y', ['u1'], 10_000]], []],
    ['no designation: the key that sorts first, and a warning', [unit('u1', ['wang', 'li'])], [['li', ['u1'], 10_000]], ['u1']],
    [
      'a designated voter who also owns a unit alone is one person with both areas',
      [unit('u1', ['x', 'y'], 9_000, { designatedVoter: 'x' }), unit('u2', ['x'], 6_000)],
      [['x', ['u1', 'u2'], 15_000]],
      [],
    ],
    [
      'the co-owner who is not designated but owns a unit alone counts for that unit',
      [unit('u1', ['x', 'y'], 9_000, { designatedVoter: 'y' }), unit('u2', ['x'], 6_000)],
      [['x', ['u2'], 6_000], ['y', ['u1'], 9_000]],
      [],
    ],
    [
      'the same owners in another order are the same buyer; one designation covers both units',
      [unit('u1', ['x', 'y'], 9_000, { designatedVoter: 'y' }), unit('u2', ['y', 'x'], 7_000)],
      [['y', ['u1', 'u2'], 16_000]],
      [],
    ],
    [
      'an undesignated co-owned unit votes through the co-owner who owns nothing alone: two buyers stay two persons',
      [unit('u1', ['y', 'x'], 9_000), unit('u2', ['x'], 6_000)],
      [['x', ['u2'], 6_000], ['y', ['u1'], 9_000]],
      ['u1'],
    ],
    [
      'the same, whichever co-owner sorts first',
      [unit('u1', ['x', 'y'], 9_000), unit('u2', ['y'], 6_000)],
      [['x', ['u1'], 9_000], ['y', ['u2'], 6_000]],
      ['u1'],
    ],
    [
      'when every co-owner votes for another buyer, the unit joins the first of them',
      [unit('u1', ['x', 'y'], 9_000), unit('u2', ['x'], 6_000), unit('u3', ['y'], 5_000)],
      [['x', ['u1', 'u2'], 15_000], ['y', ['u3'], 5_000]],
      ['u1'],
    ],
    [
      'two undesignated co-owned units sharing an owner each take a voter of their own where they can',
      [unit('u1', ['a', 'b'], 9_000), unit('u2', ['b', 'c'], 8_000), unit('u3', ['a'], 7_000)],
      [['a', ['u3'], 7_000], ['b', ['u1'], 9_000], ['c', ['u2'], 8_000]],
      ['u1', 'u2'],
    ],
    [
      'all developer-held units are one person, owners listed on them are ignored',
      [developerUnit('u1', 5_000), developerUnit('u2', 7_000), developerUnit('u3', 1_000, { owners: ['buyer-not-handed-over'] })],
      [[DEVELOPER_PERSON_KEY, ['u1', 'u2', 'u3'], 13_000]],
      [],
    ],
  ])('%s', (_why, units, expectedPersons, undesignated) => {
    const roll = buildVotingRoll(units);
    expect(roll.persons).toEqual(expectedPersons.map(([personKey, unitIds, areaHundredths]) => ({ personKey, unitIds, areaHundredths })));
    expect(roll.totals).toEqual({
      headcount: expectedPersons.length,
      areaHundredths: units.reduce((sum, u) => sum + u.areaHundredths, 0),
    });
    expect(roll.undesignatedUnitIds).toEqual(undesignated);
  });

  it('does not depend on the order of the register', () => {
    const units = [unit('u1', ['b', 'a']), unit('u2', ['c']), developerUnit('u3'), unit('u4', ['a', 'b'])];
    expect(buildVotingRoll([...units].reverse()).totals).toEqual(buildVotingRoll(units).totals);
    expect(buildVotingRoll([...units].reverse()).persons.map((p) => p.personKey)).toEqual(['DEVELOPER', 'a', 'c']);
  });

  it.each([
    ['A owns one unit alone and one with B, nobody designated', [unit('u101', ['A']), unit('u102', ['A', 'B']), unit('u103', ['C'])], 3],
    ['the same with B listed first', [unit('u101', ['A']), unit('u102', ['B', 'A']), unit('u103', ['C'])], 3],
  ])('%s: the headcount is the same in every order of the register', (_why, units, headcount) => {
    const orders = [units, [...units].reverse(), [units[1], units[0], units[2]], [units[2], units[1], units[0]]];
    for (const order of orders) expect(buildVotingRoll(order).totals.headcount).toBe(headcount);
  });
});

describe('a register that cannot be counted', () => {
  it.each<[string, RollUnit[], string]>([
    ['a negative area', [unit('u1', ['a'], -1)], 'ROLL_AREA_INVALID'],
    ['a fractional hundredth', [unit('u1', ['a'], 12.5)], 'ROLL_AREA_INVALID'],
    ['an area that is not a number', [unit('u1', ['a'], Number.NaN)], 'ROLL_AREA_INVALID'],
    ['an owned unit without owners', [unit('u1', [])], 'ROLL_NO_OWNER'],
    ['a designated voter who is not an owner', [unit('u1', ['x', 'y'], 100, { designatedVoter: 'z' })], 'ROLL_VOTER_NOT_OWNER'],
    ['a designated voter on a developer-held unit', [developerUnit('u1', 100, { designatedVoter: 'x' })], 'ROLL_DEVELOPER_UNIT_VOTER'],
    ['the same unit twice', [unit('u1', ['a']), unit('u1', ['b'])], 'ROLL_DUPLICATE_UNIT'],
    ['a unit without id', [unit('', ['a'])], 'ROLL_UNIT_ID_MISSING'],
    ['an owner listed twice', [unit('u1', ['a', 'a'])], 'ROLL_OWNER_LISTED_TWICE'],
    ['an empty owner key', [unit('u1', ['a', ''])], 'ROLL_OWNER_KEY_EMPTY'],
    ['an owner named like the developer person', [unit('u1', [DEVELOPER_PERSON_KEY])], 'ROLL_RESERVED_KEY'],
    [
      'the same owners designating different voters',
      [unit('u1', ['x', 'y'], 100, { designatedVoter: 'x' }), unit('u2', ['y', 'x'], 100, { designatedVoter: 'y' })],
      'ROLL_VOTERS_DISAGREE',
    ],
  ])('%s is refused with %s', (_why, units, rule) => {
    expect(() => buildVotingRoll(units)).toThrow(RuleViolationError);
    try {
      buildVotingRoll(units);
    } catch (error) {
      expect((error as RuleViolationError).problems).toEqual([expect.objectContaining({ rule })]);
    }
  });

  it('reports every problem at once, naming the unit', () => {
    try {
      buildVotingRoll([unit('u1', ['a'], -5), unit('u2', []), unit('u3', ['c'])]);
      throw new Error('expected a RuleViolationError');
    } catch (error) {
      expect((error as RuleViolationError).problems.map((p) => [p.subject, p.rule])).toEqual([
        ['u1', 'ROLL_AREA_INVALID'],
        ['u2', 'ROLL_NO_OWNER'],
      ]);
      expect((error as Error).message).toMatch(/u1: area must be a non-negative whole number/);
    }
  });
});
