import { RuleViolationError } from '../shared/rule-violation';
import {
  CheckResult, Checklist, ChecklistItem, DEFAULT_CHECKLIST_V1, EligibilityCheck, EligibilityOverride,
  checkChecklist, decideEligibility, slateWarning,
} from './checklist';

const V1 = DEFAULT_CHECKLIST_V1;
/** Every v1 item PASS, except the results given. */
function checks(results: Record<string, CheckResult | undefined> = {}): EligibilityCheck[] {
  return V1.items.flatMap((it) => {
    if (it.key in results && results[it.key] === undefined) return []; // no check recorded at all
    return [{ itemKey: it.key, result: results[it.key] ?? 'PASS' }];
  });
}
const reasons = (d: ReturnType<typeof decideEligibility>) => d.decidedBy.map((c) => [c.itemKey, c.reason]);

function problemsOf(call: () => unknown): string[] {
  try {
    call();
  } catch (error) {
    if (error instanceof RuleViolationError) return error.problems.map((p) => p.rule);
    throw error;
  }
  throw new Error('expected a RuleViolationError');
}

describe('the default checklist v1 (docs/domain-rules.md#eligibility-checklist)', () => {
  it('is well formed', () => {
    expect(checkChecklist(V1)).toEqual([]);
    expect([V1.id, V1.version]).toEqual(['zhejiang-default', 1]);
  });

  it.each([
    ['MUST', ['OWNER_IN_ESTATE', 'FULL_CIVIL_CAPACITY', 'AGED_18_OR_OVER', 'RESIDENT_6_OF_12_MONTHS', 'SIGNED_THREE_PLEDGES']],
    ['DISQUALIFYING', [
      'CRIMINAL_INVESTIGATION_OR_RECENT_PENALTY', 'PARTY_DISCIPLINE', 'CULT_OR_ILLEGAL_PETITIONS', 'ORGANISED_CRIME',
      'OBSTRUCTED_ASSEMBLY', 'WORKS_FOR_ESTATE_FIRM', 'PROPERTY_FEE_ARREARS', 'MAINTENANCE_FUND_UNPAID', 'REFUSES_COURT_RULINGS',
    ]],
    ['UNSUITABLE', ['NOT_LIVING_IN_UNIT', 'OTHER_CHARGES_ARREARS', 'CLOSE_RELATIVE_AT_FIRM', 'ACCEPTED_FIRM_GIFTS']],
  ])('has exactly the %s items of §4', (kind, keys) => {
    expect(V1.items.filter((i) => i.kind === kind).map((i) => i.key)).toEqual(keys);
  });

  it('suggests the bodies the brief names for the typical checks', () => {
    const reviewers = (key: string) => V1.items.find((i) => i.key === key)!.suggestedReviewers;
    expect(reviewers('CRIMINAL_INVESTIGATION_OR_RECENT_PENALTY')).toContain('POLICE_STATION');
    expect(reviewers('PARTY_DISCIPLINE')).toContain('COMMUNITY_PARTY_ORGANISATION');
    expect(reviewers('PROPERTY_FEE_ARREARS')).toContain('PROPERTY_FIRM');
    expect(reviewers('REFUSES_COURT_RULINGS')).toContain('COURT');
  });
});

describe('decideEligibility', () => {
  it.each<[string, Record<string, CheckResult | undefined>, string, Array<[string, string]>]>([
    ['a disqualifying fail', { WORKS_FOR_ESTATE_FIRM: 'FAIL' }, 'INELIGIBLE', [['WORKS_FOR_ESTATE_FIRM', 'DISQUALIFYING_FAILED']]],
    ['a disqualifying fail outranks a pending must', { PROPERTY_FEE_ARREARS: 'FAIL', RESIDENT_6_OF_12_MONTHS: 'PENDING' }, 'INELIGIBLE', [['PROPERTY_FEE_ARREARS', 'DISQUALIFYING_FAILED']]],
    ['an unsuitable fail without override', { CLOSE_RELATIVE_AT_FIRM: 'FAIL' }, 'INELIGIBLE', [['CLOSE_RELATIVE_AT_FIRM', 'UNSUITABLE_FAILED']]],
    ['an unsuitable fail outranks a pending must', { OTHER_CHARGES_ARREARS: 'FAIL', AGED_18_OR_OVER: 'PENDING' }, 'INELIGIBLE', [['OTHER_CHARGES_ARREARS', 'UNSUITABLE_FAILED']]],
    ['both kinds of fail, disqualifying listed first', { ACCEPTED_FIRM_GIFTS: 'FAIL', ORGANISED_CRIME: 'FAIL' }, 'INELIGIBLE', [['ORGANISED_CRIME', 'DISQUALIFYING_FAILED'], ['ACCEPTED_FIRM_GIFTS', 'UNSUITABLE_FAILED']]],
    ['a must not met (pledges not signed)', { SIGNED_THREE_PLEDGES: 'FAIL' }, 'NOT_YET_ELIGIBLE', [['SIGNED_THREE_PLEDGES', 'MUST_NOT_MET']]],
    ['a must pending', { RESIDENT_6_OF_12_MONTHS: 'PENDING' }, 'NOT_YET_ELIGIBLE', [['RESIDENT_6_OF_12_MONTHS', 'MUST_PENDING']]],
    ['a must with no check recorded is pending', { OWNER_IN_ESTATE: undefined }, 'NOT_YET_ELIGIBLE', [['OWNER_IN_ESTATE', 'MUST_PENDING']]],
    ['an unmet must is listed before a pending one', { AGED_18_OR_OVER: 'PENDING', SIGNED_THREE_PLEDGES: 'FAIL' }, 'NOT_YET_ELIGIBLE', [['SIGNED_THREE_PLEDGES', 'MUST_NOT_MET'], ['AGED_18_OR_OVER', 'MUST_PENDING']]],
    ['a disqualifying check pending (police not answered)', { CRIMINAL_INVESTIGATION_OR_RECENT_PENALTY: 'PENDING' }, 'NOT_YET_ELIGIBLE', [['CRIMINAL_INVESTIGATION_OR_RECENT_PENALTY', 'DISQUALIFYING_PENDING']]],
    ['an unsuitable check pending', { NOT_LIVING_IN_UNIT: 'PENDING' }, 'NOT_YET_ELIGIBLE', [['NOT_LIVING_IN_UNIT', 'UNSUITABLE_PENDING']]],
  ])('%s → %s', (_why, results, decision, decidedBy) => {
    const result = decideEligibility(V1, checks(results));
    expect(result.decision).toBe(decision);
    expect(reasons(result)).toEqual(decidedBy);
  });

  it('is eligible when every check passed, and lists them all', () => {
    const result = decideEligibility(V1, checks());
    expect(result).toMatchObject({ checklistId: 'zhejiang-default', checklistVersion: 1, decision: 'ELIGIBLE' });
    expect(result.decidedBy).toHaveLength(18);
    expect(result.decidedBy.every((c) => c.reason === 'PASSED')).toBe(true);
  });

  it('with no checks at all, lists every item as awaiting review, musts first', () => {
    const result = decideEligibility(V1, []);
    expect(result.decision).toBe('NOT_YET_ELIGIBLE');
    expect(result.decidedBy.map((c) => c.reason)).toEqual([
      ...Array(5).fill('MUST_PENDING'), ...Array(9).fill('DISQUALIFYING_PENDING'), ...Array(4).fill('UNSUITABLE_PENDING'),
    ]);
  });

  describe('overrides of unsuitable (不宜) items', () => {
    const rented: EligibilityOverride = { itemKey: 'NOT_LIVING_IN_UNIT', reason: 'rents the unit to a relative and lives next door in 3-2-101', by: 'officer-7' };

    it('makes a candidate eligible, and says why', () => {
      const result = decideEligibility(V1, checks({ NOT_LIVING_IN_UNIT: 'FAIL' }), [rented]);
      expect(result.decision).toBe('ELIGIBLE');
      expect(result.decidedBy[0]).toEqual({
        itemKey: 'NOT_LIVING_IN_UNIT',
        kind: 'UNSUITABLE',
        result: 'FAIL',
        reason: 'UNSUITABLE_OVERRIDDEN',
        reviewingBody: 'RESIDENTS_COMMITTEE',
        overrideReason: 'rents the unit to a relative and lives next door in 3-2-101',
        why: 'found: no longer lives in the unit (rented out, lent or empty) — unsuitable (不宜), accepted because: rents the unit to a relative and lives next door in 3-2-101',
      });
    });

    it('does not save a candidate from a disqualifying fail', () => {
      const result = decideEligibility(V1, checks({ NOT_LIVING_IN_UNIT: 'FAIL', MAINTENANCE_FUND_UNPAID: 'FAIL' }), [rented]);
      expect(reasons(result)).toEqual([['MAINTENANCE_FUND_UNPAID', 'DISQUALIFYING_FAILED']]);
    });

    it('does not replace a review still pending', () => {
      const result = decideEligibility(V1, checks({ NOT_LIVING_IN_UNIT: 'PENDING' }), [rented]);
      expect(reasons(result)).toEqual([['NOT_LIVING_IN_UNIT', 'UNSUITABLE_PENDING']]);
    });

    it('has no effect on a check that passed', () => {
      const result = decideEligibility(V1, checks(), [rented]);
      expect(result.decision).toBe('ELIGIBLE');
      expect(result.decidedBy.find((c) => c.itemKey === 'NOT_LIVING_IN_UNIT')?.reason).toBe('PASSED');
    });

    it.each<[string, EligibilityOverride[], string[]]>([
      ['an override without a reason', [{ itemKey: 'NOT_LIVING_IN_UNIT', reason: '' }], ['ELIGIBILITY_OVERRIDE_WITHOUT_REASON']],
      ['an override whose reason is blank', [{ itemKey: 'NOT_LIVING_IN_UNIT', reason: '  \n' }], ['ELIGIBILITY_OVERRIDE_WITHOUT_REASON']],
      ['an override of a disqualifying item', [{ itemKey: 'WORKS_FOR_ESTATE_FIRM', reason: 'resigning next month' }], ['ELIGIBILITY_OVERRIDE_NOT_ALLOWED']],
      ['an override of a must item', [{ itemKey: 'AGED_18_OR_OVER', reason: 'turns 18 soon' }], ['ELIGIBILITY_OVERRIDE_NOT_ALLOWED']],
      ['an override of an unknown item', [{ itemKey: 'NO_SUCH_ITEM', reason: 'x' }], ['ELIGIBILITY_OVERRIDE_UNKNOWN_ITEM']],
      ['two overrides of one item', [rented, rented], ['ELIGIBILITY_DUPLICATE_OVERRIDE']],
    ])('refuses %s', (_why, overrides, rules) => {
      expect(problemsOf(() => decideEligibility(V1, checks({ NOT_LIVING_IN_UNIT: 'FAIL' }), overrides))).toEqual(rules);
    });
  });

  it.each<[string, EligibilityCheck[], string[]]>([
    ['a check for an item not on the checklist', [...checks(), { itemKey: 'HUZHOU_ONLY_ITEM', result: 'PASS' }], ['ELIGIBILITY_UNKNOWN_ITEM']],
    ['two checks for one item', [...checks(), { itemKey: 'AGED_18_OR_OVER', result: 'FAIL' }], ['ELIGIBILITY_DUPLICATE_CHECK']],
    ['a result that is not PASS, FAIL or PENDING', [{ itemKey: 'AGED_18_OR_OVER', result: 'MAYBE' as CheckResult }], ['ELIGIBILITY_INVALID_RESULT']],
  ])('refuses %s', (_why, given, rules) => {
    expect(problemsOf(() => decideEligibility(V1, given))).toEqual(rules);
  });

  it('explains pending checks with the body to ask', () => {
    const [first] = decideEligibility(V1, checks({ PARTY_DISCIPLINE: 'PENDING' })).decidedBy;
    expect(first).toMatchObject({ reviewingBody: 'COMMUNITY_PARTY_ORGANISATION', why: 'awaiting review: under Party discipline investigation, or a serious Party sanction ended less than 3 years ago' });
  });

  it('names the body that actually answered', () => {
    const given = checks({ PROPERTY_FEE_ARREARS: 'FAIL' }).map((c) =>
      c.itemKey === 'PROPERTY_FEE_ARREARS' ? { ...c, reviewingBody: 'RESIDENTS_COMMITTEE' as const, evidence: '2024 fees unpaid' } : c);
    expect(decideEligibility(V1, given).decidedBy[0]).toMatchObject({
      reviewingBody: 'RESIDENTS_COMMITTEE',
      why: 'found: refuses or delays property fees, or incites others to — disqualifying (不能), the candidate cannot stand',
    });
  });
});

describe('another authority’s checklist loads as data', () => {
  // shaped like Huzhou's 四过硬、五不能、六不宜; the wording here is a placeholder, not Huzhou's text
  const item = (key: string, kind: ChecklistItem['kind']): ChecklistItem => ({ key, kind, title: { zh: key, en: key.toLowerCase() }, suggestedReviewers: ['ELECTION_ORGANISER'] });
  const huzhou: Checklist = {
    id: 'huzhou',
    version: 3,
    source: 'test fixture',
    kindTitles: { MUST: { zh: '四过硬', en: 'four musts' }, DISQUALIFYING: { zh: '五不能', en: 'five cannots' }, UNSUITABLE: { zh: '六不宜', en: 'six unsuitables' } },
    items: [item('POLITICAL_QUALITY', 'MUST'), item('NO_CRIMINAL_RECORD', 'DISQUALIFYING'), item('NOT_RESIDENT', 'UNSUITABLE')],
  };

  it('decides with its own items and records its version', () => {
    const result = decideEligibility(huzhou, [
      { itemKey: 'POLITICAL_QUALITY', result: 'PASS' },
      { itemKey: 'NO_CRIMINAL_RECORD', result: 'PASS' },
      { itemKey: 'NOT_RESIDENT', result: 'FAIL' },
    ]);
    expect(result).toMatchObject({ checklistId: 'huzhou', checklistVersion: 3, decision: 'INELIGIBLE' });
  });

  it.each<[string, Partial<Checklist>, string]>([
    ['a lower-case key', { items: [item('bad key', 'MUST')] }, 'CHECKLIST_ITEM_KEY'],
    ['a key used twice', { items: [item('A', 'MUST'), item('A', 'UNSUITABLE')] }, 'CHECKLIST_ITEM_KEY_TWICE'],
    ['an unknown kind', { items: [item('A', 'OPTIONAL' as ChecklistItem['kind'])] }, 'CHECKLIST_ITEM_KIND'],
    ['a missing English title', { items: [{ ...item('A', 'MUST'), title: { zh: '甲', en: ' ' } }] }, 'CHECKLIST_ITEM_TITLE'],
    ['an unknown reviewing body', { items: [{ ...item('A', 'MUST'), suggestedReviewers: ['NEIGHBOURS' as never] }] }, 'CHECKLIST_ITEM_REVIEWER'],
    ['version 0', { version: 0 }, 'CHECKLIST_VERSION'],
    ['no items', { items: [] }, 'CHECKLIST_EMPTY'],
  ])('is refused with %s', (_why, change, rule) => {
    const broken = { ...huzhou, ...change };
    expect(checkChecklist(broken).map((p) => p.rule)).toEqual([rule]);
    expect(() => decideEligibility(broken, [])).toThrow(RuleViolationError);
  });
});

describe('slate warning: Party members at least half of the candidates (原则上)', () => {
  const slate = (members: number, others: number) => [
    ...Array(members).fill({ partyMember: true }), ...Array(others).fill({ partyMember: false }),
  ];
  it.each([
    [0, 0, null],
    [3, 2, null],
    [2, 2, null], // exactly half
    [7, 0, null],
    [2, 3, 3],
    [1, 3, 2],
    [0, 1, 1],
    [4, 5, 5], // 9 candidates: 4.5 rounds up to 5
  ])('%i members and %i others → needed %s', (members, others, needed) => {
    const warning = slateWarning(slate(members, others));
    expect(warning?.needed ?? null).toBe(needed);
  });

  it('says what it means', () => {
    expect(slateWarning(slate(2, 3))).toEqual({
      rule: 'SLATE_PARTY_MEMBERS_BELOW_HALF',
      partyMembers: 2,
      candidates: 5,
      needed: 3,
      message: '2 of 5 candidates are Party members; in principle at least 3 should be',
    });
  });
});
