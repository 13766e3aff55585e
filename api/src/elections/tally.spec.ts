import type { VotingRoll } from '../owners/voting-weights';
import { RuleViolationError } from '../shared/rule-violation';
import { Matter } from './thresholds';
import { Choice, ElectionBallot, tallyElection, tallyResolution } from './tally';

/** A roll of persons p1…pn with the given areas (hundredths of m²). */
function rollOf(areas: number[]): VotingRoll {
  const persons = areas.map((areaHundredths, i) => ({ personKey: `p${i + 1}`, unitIds: [`u${i + 1}`], areaHundredths }));
  return {
    persons,
    totals: { headcount: persons.length, areaHundredths: areas.reduce((a, b) => a + b, 0) },
    undesignatedUnitIds: [],
  };
}
const equalRoll = (n: number) => rollOf(Array(n).fill(10_000)); // n persons of 100 m²
const ballots = (choices: Choice[]) => choices.map((choice, i) => ({ personKey: `p${i + 1}`, choice }));
const approvals = (lists: string[][]): ElectionBallot[] => lists.map((approvals, i) => ({ personKey: `p${i + 1}`, approvals }));

function problemsOf(call: () => unknown): string[] {
  try {
    call();
  } catch (error) {
    if (error instanceof RuleViolationError) return error.problems.map((p) => p.rule);
    throw error;
  }
  throw new Error('expected a RuleViolationError');
}

describe('resolution: yes / no / abstain', () => {
  // 10 persons × 100 m²: quorum needs 7 persons (3 × 7 = 21 ≥ 20) and 70,000 hundredths.
  it.each<[string, Matter, number, Choice[], boolean | undefined, string, string]>([
    ['fee 1.69 → 1.99 元/m²: 4 yes of 7 is more than half', Matter.OTHER_MAJOR_MATTER, 10, ['YES', 'YES', 'YES', 'YES', 'NO', 'NO', 'ABSTAIN'], undefined, 'PASSED', 'MORE_THAN_HALF'],
    ['fee change: abstentions take part, so 3 yes of 7 is not more than half', Matter.OTHER_MAJOR_MATTER, 10, ['YES', 'YES', 'YES', 'NO', 'NO', 'ABSTAIN', 'ABSTAIN'], undefined, 'REJECTED', 'MORE_THAN_HALF'],
    ['fee change: 6 of 10 vote, no quorum even if all say yes', Matter.OTHER_MAJOR_MATTER, 10, Array(6).fill('YES'), undefined, 'NO_QUORUM', 'QUORUM_TWO_THIRDS'],
    ['raising the fund (6): exactly 3/4 (6 of 8) passes', Matter.RAISE_MAINTENANCE_FUND, 8, ['YES', 'YES', 'YES', 'YES', 'YES', 'YES', 'NO', 'NO'], undefined, 'PASSED', 'THREE_QUARTERS'],
    ['raising the fund (6): 5 of 8 is below 3/4', Matter.RAISE_MAINTENANCE_FUND, 8, ['YES', 'YES', 'YES', 'YES', 'YES', 'NO', 'NO', 'ABSTAIN'], undefined, 'REJECTED', 'THREE_QUARTERS'],
    ['using the fund (5): the same 5 of 8 is more than half', Matter.USE_MAINTENANCE_FUND, 8, ['YES', 'YES', 'YES', 'YES', 'YES', 'NO', 'NO', 'ABSTAIN'], undefined, 'PASSED', 'MORE_THAN_HALF'],
    ['deemed votes explicitly off: same as default', Matter.OTHER_MAJOR_MATTER, 10, ['YES', 'YES', 'YES', 'NO', 'NO', 'ABSTAIN', 'ABSTAIN'], false, 'REJECTED', 'MORE_THAN_HALF'],
    // on: yes 3 > no 2 on both measures, so the 3 non-voters join YES: 6 of 10 is more than half
    ['deemed votes on: non-voters join the yes majority and carry it', Matter.OTHER_MAJOR_MATTER, 10, ['YES', 'YES', 'YES', 'NO', 'NO', 'ABSTAIN', 'ABSTAIN'], true, 'PASSED', 'MORE_THAN_HALF'],
    ['deemed votes on: non-voters join a no majority', Matter.OTHER_MAJOR_MATTER, 10, ['YES', 'YES', 'NO', 'NO', 'NO', 'ABSTAIN', 'ABSTAIN'], true, 'REJECTED', 'MORE_THAN_HALF'],
    ['deemed votes on: a yes/no tie has no majority, nobody is deemed', Matter.OTHER_MAJOR_MATTER, 10, ['YES', 'YES', 'YES', 'NO', 'NO', 'NO', 'ABSTAIN'], true, 'REJECTED', 'MORE_THAN_HALF'],
    ['deemed votes never make a quorum', Matter.OTHER_MAJOR_MATTER, 10, Array(6).fill('YES'), true, 'NO_QUORUM', 'QUORUM_TWO_THIRDS'],
  ])('%s', (_why, matter, persons, choices, deemedVotes, outcome, decidedBy) => {
    const result = tallyResolution({ matter, roll: equalRoll(persons), ballots: ballots(choices), deemedVotes });
    expect(result.outcome).toBe(outcome);
    expect(result.decidedBy).toBe(decidedBy);
  });

  it('explains a pass with numbers, fractions and the article item', () => {
    const result = tallyResolution({
      matter: Matter.OTHER_MAJOR_MATTER,
      roll: equalRoll(10),
      ballots: ballots(['YES', 'YES', 'YES', 'YES', 'NO', 'NO', 'ABSTAIN']),
    });
    expect(result.article278Item).toBe(9);
    expect(result.participating).toEqual({ headcount: 7, areaHundredths: 70_000 });
    expect(result.counts).toEqual({
      YES: { headcount: 4, areaHundredths: 40_000 },
      NO: { headcount: 2, areaHundredths: 20_000 },
      ABSTAIN: { headcount: 1, areaHundredths: 10_000 },
    });
    expect(result.quorum.headcount.share).toEqual({ numerator: 7, denominator: 10 });
    expect(result.pass.headcount).toEqual({ part: 4, whole: 7, share: { numerator: 4, denominator: 7 }, met: true });
    expect(result.deemed).toEqual({ outcome: 'OFF', side: null, persons: { headcount: 0, areaHundredths: 0 } });
  });

  it('shows the deemed non-voters it added and the base it used', () => {
    const result = tallyResolution({
      matter: Matter.OTHER_MAJOR_MATTER,
      roll: equalRoll(10),
      ballots: ballots(['YES', 'YES', 'YES', 'NO', 'NO', 'ABSTAIN', 'ABSTAIN']),
      deemedVotes: true,
    });
    expect(result.deemed).toEqual({ outcome: 'APPLIED', side: 'YES', persons: { headcount: 3, areaHundredths: 30_000 } });
    expect(result.counts.YES).toEqual({ headcount: 3, areaHundredths: 30_000 }); // the cast ballots stay as cast
    expect(result.pass.headcount).toMatchObject({ part: 6, whole: 10 });
    expect(result.participating.headcount).toBe(7);
  });

  it('decides a split between headcount and area by both measures', () => {
    // p1 owns a 1,000 m² shop; p2–p5 own 100 m² each. p2–p5 say yes: 4/5 of persons, 400/1,400 of the area.
    const result = tallyResolution({
      matter: Matter.HIRE_OR_DISMISS_MANAGER,
      roll: rollOf([100_000, 10_000, 10_000, 10_000, 10_000]),
      ballots: ballots(['NO', 'YES', 'YES', 'YES', 'YES']),
    });
    expect(result.pass.headcount.met).toBe(true);
    expect(result.pass.area).toMatchObject({ share: { numerator: 2, denominator: 7 }, met: false });
    expect(result.outcome).toBe('REJECTED');
  });

  it('reports a split majority as no clear majority when deeming', () => {
    // p6 (100 m²) does not vote. YES: 4 persons, 400 m²; NO: 1 person, 1,000 m² — a split, nobody is deemed.
    const result = tallyResolution({
      matter: Matter.OTHER_MAJOR_MATTER,
      roll: rollOf([100_000, 10_000, 10_000, 10_000, 10_000, 10_000]),
      ballots: ballots(['NO', 'YES', 'YES', 'YES', 'YES']),
      deemedVotes: true,
    });
    expect(result.deemed).toEqual({ outcome: 'NO_CLEAR_MAJORITY', side: null, persons: { headcount: 0, areaHundredths: 0 } });
    expect(result.pass.headcount.whole).toBe(5);
  });

  it.each<[string, Array<{ personKey: string; choice: Choice }>, string[]]>([
    ['a ballot from someone not on the roll', [{ personKey: 'stranger', choice: 'YES' }], ['BALLOT_NOT_ON_ROLL']],
    ['two ballots from one person', [{ personKey: 'p1', choice: 'YES' }, { personKey: 'p1', choice: 'YES' }], ['BALLOT_DUPLICATE_PERSON']],
    ['an unknown choice', [{ personKey: 'p1', choice: 'MAYBE' as Choice }], ['BALLOT_INVALID_CHOICE']],
  ])('refuses %s', (_why, cast, rules) => {
    expect(problemsOf(() => tallyResolution({ matter: Matter.REBUILD, roll: equalRoll(3), ballots: cast }))).toEqual(rules);
  });
});

describe('election: N seats, approval ballots', () => {
  // 10 persons × 100 m²; 7 vote (quorum: 21 ≥ 20). More than half of 7 is 4 or more.
  // A: p1–p6 = 6 · B: p1–p4 = 4 · C: p1, p2, p5 = 3 · D: p3, p4, p5 = 3 · E: p6 = 1 · p7 casts a blank ballot.
  const sevenOfTen = approvals([['A', 'B', 'C'], ['A', 'B', 'C'], ['A', 'B', 'D'], ['A', 'B', 'D'], ['A', 'C', 'D'], ['A', 'E'], []]);
  const base = { seats: 3, candidates: ['A', 'B', 'C', 'D', 'E'], roll: equalRoll(10), ballots: sevenOfTen };

  it('elects those with more than half of the participants, reports the unfilled seat', () => {
    const result = tallyElection(base);
    expect(result.participating).toEqual({ headcount: 7, areaHundredths: 70_000 });
    expect(result.quorum.met).toBe(true);
    expect(result.elected).toEqual(['A', 'B']);
    expect(result.candidates.map((c) => [c.candidate, c.approvals.headcount, c.rank, c.status])).toEqual([
      ['A', 6, 1, 'ELECTED'],
      ['B', 4, 2, 'ELECTED'],
      ['C', 3, 3, 'NOT_PASSED'], // 2 × 3 = 6 is not more than 7
      ['D', 3, 3, 'NOT_PASSED'],
      ['E', 1, 5, 'NOT_PASSED'],
    ]);
    expect(result.issues).toEqual([{ code: 'SEATS_UNFILLED', seats: 3, filled: 2, message: '2 of 3 seats filled' }]);
    expect(result.candidates[1].pass).toMatchObject({
      threshold: { rule: 'MORE_THAN_HALF' },
      headcount: { part: 4, whole: 7, share: { numerator: 4, denominator: 7 }, met: true },
    });
  });

  it('reports a tie at the last seat and fills it with nobody', () => {
    // 5 vote of 5; A: 4, B: 3, C: 3 — all more than half of 5; 2 seats: A, then B and C tie for one seat
    const result = tallyElection({
      seats: 2,
      candidates: ['A', 'B', 'C'],
      roll: equalRoll(5),
      ballots: approvals([['A', 'B'], ['A', 'C'], ['A', 'B'], ['A', 'C'], ['B', 'C']]),
    });
    expect(result.elected).toEqual(['A']);
    expect(result.candidates.map((c) => c.status)).toEqual(['ELECTED', 'TIED_AT_LAST_SEAT', 'TIED_AT_LAST_SEAT']);
    expect(result.issues.map((i) => i.code)).toEqual(['TIE_AT_LAST_SEAT', 'SEATS_UNFILLED']);
    expect(result.issues[0]).toMatchObject({ candidates: ['B', 'C'], seatsLeft: 1 });
  });

  it('elects a tied pair when both fit in the seats left', () => {
    const result = tallyElection({ seats: 2, candidates: ['A', 'B'], roll: equalRoll(3), ballots: approvals([['A', 'B'], ['A', 'B'], []]) });
    expect(result.elected).toEqual(['A', 'B']);
    expect(result.issues).toEqual([]);
  });

  it('ranks by approving persons whatever the order candidates are listed in', () => {
    // 1 seat, one choice each: A 4 of 5 passes, B 1 of 5 does not
    const result = tallyElection({ seats: 1, candidates: ['B', 'A'], roll: equalRoll(5), ballots: approvals([['A'], ['A'], ['A'], ['B'], ['A']]) });
    expect(result.candidates.map((c) => [c.candidate, c.status])).toEqual([['A', 'ELECTED'], ['B', 'NOT_PASSED']]);
    const two = tallyElection({ seats: 1, candidates: ['A', 'B'], roll: equalRoll(5), ballots: approvals([['A'], ['A'], ['A'], ['A'], ['A']]) });
    expect(two.elected).toEqual(['A']);
  });

  it('marks a candidate who passed but was outranked', () => {
    // 9 vote of 9, 2 seats; ballots: 4 × {A,B}, 3 × {A,C}, 2 × {B,C} → A 7, B 6, C 5, all more than 4.5
    const result = tallyElection({
      seats: 2,
      candidates: ['C', 'B', 'A'],
      roll: equalRoll(9),
      ballots: approvals([['A', 'B'], ['A', 'B'], ['A', 'B'], ['A', 'B'], ['A', 'C'], ['A', 'C'], ['A', 'C'], ['B', 'C'], ['B', 'C']]),
    });
    expect(result.candidates.map((c) => [c.candidate, c.approvals.headcount, c.rank, c.status])).toEqual([
      ['A', 7, 1, 'ELECTED'],
      ['B', 6, 2, 'ELECTED'],
      ['C', 5, 3, 'PASSED_NOT_ELECTED'],
    ]);
    expect(result.issues).toEqual([]);
  });

  it('fails a candidate with most persons but too little area', () => {
    // p1 owns 1,000 m², p2–p5 100 m² each. A: p2–p5 (4/5 persons, 400/1,400 m²); B: p1, p2, p3 (3/5, 1,200/1,400)
    const result = tallyElection({
      seats: 2,
      candidates: ['A', 'B'],
      roll: rollOf([100_000, 10_000, 10_000, 10_000, 10_000]),
      ballots: approvals([['B'], ['A', 'B'], ['A', 'B'], ['A'], ['A']]),
    });
    expect(result.elected).toEqual(['B']);
    const a = result.candidates.find((c) => c.candidate === 'A')!;
    expect([a.status, a.pass.headcount.met, a.pass.area.met]).toEqual(['NOT_PASSED', true, false]);
  });

  it('elects nobody without a quorum and says so', () => {
    // 6 of 10 vote: 3 × 6 = 18 < 20
    const result = tallyElection({ ...base, ballots: sevenOfTen.slice(0, 6) });
    expect(result.quorum.met).toBe(false);
    expect(result.elected).toEqual([]);
    expect(result.candidates.every((c) => c.status === 'NO_QUORUM')).toBe(true);
    expect(result.issues.map((i) => i.code)).toEqual(['NO_QUORUM']);
  });

  it('elects nobody when the quorum fails on area alone', () => {
    // 3 persons of 4 vote (9 ≥ 8) but the absent p1 holds 1,000 of 1,300 m²
    const result = tallyElection({ seats: 1, candidates: ['A'], roll: rollOf([100_000, 10_000, 10_000, 10_000]), ballots: [
      { personKey: 'p2', approvals: ['A'] }, { personKey: 'p3', approvals: ['A'] }, { personKey: 'p4', approvals: ['A'] },
    ] });
    expect([result.quorum.headcount.met, result.quorum.area.met, result.elected]).toEqual([true, false, []]);
  });

  it('with no candidates, reports every seat unfilled', () => {
    const result = tallyElection({ seats: 5, candidates: [], roll: equalRoll(3), ballots: approvals([[], [], []]) });
    expect(result.issues).toEqual([{ code: 'SEATS_UNFILLED', seats: 5, filled: 0, message: '0 of 5 seats filled' }]);
  });

  describe('deemed votes', () => {
    it('off by default: the numbers are the cast ballots', () => {
      const a = tallyElection(base).candidates[0];
      expect(a.deemed.outcome).toBe('OFF');
      expect(a.pass.headcount).toMatchObject({ part: 6, whole: 7 });
    });

    it('on: non-voters join each candidate’s majority; the elected are the same', () => {
      const result = tallyElection({ ...base, deemedVotes: true });
      const byName = Object.fromEntries(result.candidates.map((c) => [c.candidate, c]));
      // A 6/7 approve → the 3 non-voters approve: 9/10. C 3/7: 4/7 did not approve → deemed not to: 3/10.
      expect(byName.A.deemed).toEqual({ outcome: 'APPLIED', side: 'APPROVE', persons: { headcount: 3, areaHundredths: 30_000 } });
      expect(byName.A.pass.headcount).toMatchObject({ part: 9, whole: 10 });
      expect(byName.C.deemed.side).toBe('NOT_APPROVE');
      expect(byName.C.pass.headcount).toMatchObject({ part: 3, whole: 10 });
      expect(byName.A.approvals.headcount).toBe(6);
      expect(result.elected).toEqual(['A', 'B']);
    });

    it('on: a split between headcount and area deems nobody for that candidate', () => {
      // p6 does not vote. A: p2–p5 = 4/5 persons but 400/1,400 m² → split. B: p1–p3 = 3/5, 1,200/1,400 → approve.
      const result = tallyElection({
        seats: 2,
        candidates: ['A', 'B'],
        roll: rollOf([100_000, 10_000, 10_000, 10_000, 10_000, 10_000]),
        ballots: approvals([['B'], ['A', 'B'], ['A', 'B'], ['A'], ['A']]),
        deemedVotes: true,
      });
      const byName = Object.fromEntries(result.candidates.map((c) => [c.candidate, c]));
      expect(byName.A.deemed.outcome).toBe('NO_CLEAR_MAJORITY');
      expect(byName.A.pass.area).toMatchObject({ part: 40_000, whole: 140_000, met: false });
      expect(byName.B.pass.area).toMatchObject({ part: 130_000, whole: 150_000, met: true });
    });

    it('on: never applied without a quorum', () => {
      const result = tallyElection({ ...base, ballots: sevenOfTen.slice(0, 6), deemedVotes: true });
      expect(result.candidates.every((c) => c.deemed.outcome === 'NO_QUORUM')).toBe(true);
      expect(result.elected).toEqual([]);
    });
  });

  it.each<[string, Partial<Parameters<typeof tallyElection>[0]>, string[]]>([
    ['a ballot naming more choices than seats', { seats: 2, ballots: [{ personKey: 'p1', approvals: ['A', 'B', 'C'] }] }, ['BALLOT_TOO_MANY_CHOICES']],
    ['a ballot from someone not on the roll', { ballots: [{ personKey: 'tenant-9', approvals: ['A'] }] }, ['BALLOT_NOT_ON_ROLL']],
    ['two ballots from one person', { ballots: [{ personKey: 'p1', approvals: ['A'] }, { personKey: 'p1', approvals: ['B'] }] }, ['BALLOT_DUPLICATE_PERSON']],
    ['a ballot naming someone not standing', { ballots: [{ personKey: 'p1', approvals: ['Z'] }] }, ['BALLOT_UNKNOWN_CANDIDATE']],
    ['a ballot approving one candidate twice', { ballots: [{ personKey: 'p1', approvals: ['A', 'A'] }] }, ['BALLOT_REPEATED_CHOICE']],
    ['zero seats', { seats: 0, ballots: [] }, ['ELECTION_SEATS_INVALID']],
    ['a candidate listed twice', { candidates: ['A', 'A'], ballots: [] }, ['ELECTION_DUPLICATE_CANDIDATE']],
  ])('refuses %s', (_why, override, rules) => {
    expect(problemsOf(() => tallyElection({ ...base, ...override }))).toEqual(rules);
  });
});
