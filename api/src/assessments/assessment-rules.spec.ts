import { allowedActions, nextState } from '../filings/transitions';
import { applyAdjustments, applyScores, ASSESSMENT_TRANSITIONS, AssessmentAction, AssessmentStateName, emptyItems, totalOf } from './assessment-rules';
import { DEFAULT_SCHEME, itemsFor } from './scheme';

const STATES: AssessmentStateName[] = ['DRAFT', 'SUBMITTED', 'RETURNED', 'REVIEWED', 'PUBLISHED'];

describe('the assessment lifecycle, move by move', () => {
  const allowed: Record<AssessmentStateName, Partial<Record<AssessmentAction, AssessmentStateName>>> = {
    DRAFT: { SUBMIT: 'SUBMITTED' },
    SUBMITTED: { RETURN: 'RETURNED', REVIEW: 'REVIEWED' },
    RETURNED: { SUBMIT: 'SUBMITTED' },
    REVIEWED: { PUBLISH: 'PUBLISHED' },
    PUBLISHED: {},
  };
  it.each(STATES.flatMap((from) => Object.values(AssessmentAction).map((action) => [from, action] as const)))('%s by %s', (from, action) => {
    expect(nextState(ASSESSMENT_TRANSITIONS, from, action)).toBe(allowed[from][action] ?? null);
  });
  it('a published assessment has no move left', () => {
    expect(allowedActions(ASSESSMENT_TRANSITIONS, 'PUBLISHED')).toEqual([]);
  });
});

describe('scoring and the city’s adjustments', () => {
  const scheme = itemsFor(DEFAULT_SCHEME, 'OWNER_HIRED');
  const blank = emptyItems(scheme);

  it.each([
    ['a score above the item’s maximum', [{ itemKey: 'CLEANING', score: 16 }], 'SCORE_RANGE'],
    ['a negative score', [{ itemKey: 'CLEANING', score: -1 }], 'SCORE_RANGE'],
    ['half a point', [{ itemKey: 'CLEANING', score: 7.5 }], 'SCORE_RANGE'],
    ['an item of another category', [{ itemKey: 'HANDOVER', score: 5 }], 'NOT_IN_SCHEME'],
    ['an item twice', [{ itemKey: 'CLEANING', score: 5 }, { itemKey: 'CLEANING', score: 6 }], 'DUPLICATE'],
  ])('refuses %s', (_name, scores, rule) => {
    expect(applyScores(blank, scheme, scores).problems.map((p) => p.rule)).toContain(rule);
  });

  it('the total waits for every item, then sums them', () => {
    const partly = applyScores(blank, scheme, [{ itemKey: 'CLEANING', score: 12 }]).items;
    expect(totalOf(partly)).toBeNull();
    const all = applyScores(blank, scheme, scheme.map((i) => ({ itemKey: i.key, score: i.maxScore - 1 }))).items;
    expect(totalOf(all)).toBe(100 - scheme.length);
  });

  it('a changed score needs a reason; an unchanged one is no adjustment', () => {
    const scored = applyScores(blank, scheme, scheme.map((i) => ({ itemKey: i.key, score: i.maxScore }))).items;
    const noReason = applyAdjustments(scored, scheme, [{ itemKey: 'CLEANING', score: 10 }]);
    expect(noReason.problems).toEqual([expect.objectContaining({ field: 'adjustments[0].reason', rule: 'REASON_REQUIRED' })]);
    const same = applyAdjustments(scored, scheme, [{ itemKey: 'CLEANING', score: 15 }]);
    expect(same).toMatchObject({ problems: [], changed: [] });
    const adjusted = applyAdjustments(scored, scheme, [{ itemKey: 'CLEANING', score: 10, reason: '复核发现楼道堆物未清理' }]);
    expect(adjusted.changed).toEqual(['CLEANING']);
    expect(adjusted.items.find((i) => i.key === 'CLEANING')).toMatchObject({ score: 15, adjustedScore: 10, adjustReason: '复核发现楼道堆物未清理' });
    expect(totalOf(adjusted.items)).toBe(95);
  });
});
