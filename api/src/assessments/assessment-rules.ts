import type { RuleArgs } from '../shared/rule-violation';
import { TransitionTable } from '../filings/transitions';
import type { SchemeItem } from './scheme';

/**
 * The assessment's lifecycle and scoring rules (docs/roles-and-workflows.md#assessment). Pure: no database,
 * tested by table in assessment-rules.spec.ts.
 */
export type AssessmentStateName = 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'REVIEWED' | 'PUBLISHED';

export enum AssessmentAction {
  SUBMIT = 'SUBMIT',
  RETURN = 'RETURN',
  REVIEW = 'REVIEW',
  PUBLISH = 'PUBLISH',
}

export const ASSESSMENT_TRANSITIONS: TransitionTable<AssessmentStateName, AssessmentAction> = {
  [AssessmentAction.SUBMIT]: { from: ['DRAFT', 'RETURNED'], to: 'SUBMITTED' },
  [AssessmentAction.RETURN]: { from: ['SUBMITTED'], to: 'RETURNED' },
  [AssessmentAction.REVIEW]: { from: ['SUBMITTED'], to: 'REVIEWED' },
  // only as part of publishing the quarter's list: the assessment is locked from then on
  [AssessmentAction.PUBLISH]: { from: ['REVIEWED'], to: 'PUBLISHED' },
};

/** The assessor scores while the assessment is with them. */
export const SCORABLE_STATES: readonly AssessmentStateName[] = ['DRAFT', 'RETURNED'];

export type SchemeStateName = 'DRAFT' | 'PUBLISHED';
export enum SchemeAction {
  PUBLISH = 'PUBLISH',
}
export const SCHEME_TRANSITIONS: TransitionTable<SchemeStateName, SchemeAction> = {
  [SchemeAction.PUBLISH]: { from: ['DRAFT'], to: 'PUBLISHED' },
};

export interface ItemScore {
  key: string;
  score: number | null;
  note: string | null;
  adjustedScore: number | null;
  adjustReason: string | null;
}

export interface FieldProblem {
  field: string;
  rule: string;
  message: string;
  args?: RuleArgs;
}

/** The empty items of a new assessment, one per item of its category, in the scheme's order. */
export const emptyItems = (items: readonly SchemeItem[]): ItemScore[] =>
  items.map((i) => ({ key: i.key, score: null, note: null, adjustedScore: null, adjustReason: null }));

const scoreProblem = (field: string, item: SchemeItem | undefined, score: number, key: string): FieldProblem | null => {
  if (!item) return { field, rule: 'NOT_IN_SCHEME', message: `${key} is not an item of this assessment’s scheme and category`, args: { itemKey: key } };
  if (!Number.isInteger(score) || score < 0 || score > item.maxScore) {
    return { field, rule: 'SCORE_RANGE', message: `${key} is scored in whole points from 0 to ${item.maxScore}`, args: { itemKey: key, min: 0, max: item.maxScore } };
  }
  return null;
};

/** The assessor's scores laid over the items (those not named keep theirs); problems name the input's index. */
export function applyScores(
  current: readonly ItemScore[],
  schemeItems: readonly SchemeItem[],
  scores: ReadonlyArray<{ itemKey: string; score: number; note?: string | null }>,
): { items: ItemScore[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const byKey = new Map(current.map((i) => [i.key, { ...i }]));
  const seen = new Set<string>();
  scores.forEach((s, n) => {
    const field = `scores[${n}].score`;
    if (seen.has(s.itemKey)) problems.push({ field: `scores[${n}].itemKey`, rule: 'DUPLICATE', message: `${s.itemKey} is scored twice`, args: { itemKey: s.itemKey } });
    seen.add(s.itemKey);
    const problem = scoreProblem(field, byKey.has(s.itemKey) ? schemeItems.find((i) => i.key === s.itemKey) : undefined, s.score, s.itemKey);
    if (problem) return problems.push(problem);
    Object.assign(byKey.get(s.itemKey)!, { score: s.score, note: s.note?.trim() || null });
  });
  return { items: current.map((i) => byKey.get(i.key)!), problems };
}

/**
 * The city's review: each adjusted item gets its new score and the reason, which is required for every item
 * whose score changes (an adjustment to the same score is no change and is dropped).
 */
export function applyAdjustments(
  current: readonly ItemScore[],
  schemeItems: readonly SchemeItem[],
  adjustments: ReadonlyArray<{ itemKey: string; score: number; reason?: string | null }>,
): { items: ItemScore[]; problems: FieldProblem[]; changed: string[] } {
  const problems: FieldProblem[] = [];
  const changed: string[] = [];
  const byKey = new Map(current.map((i) => [i.key, { ...i }]));
  const seen = new Set<string>();
  adjustments.forEach((a, n) => {
    if (seen.has(a.itemKey)) problems.push({ field: `adjustments[${n}].itemKey`, rule: 'DUPLICATE', message: `${a.itemKey} is adjusted twice`, args: { itemKey: a.itemKey } });
    seen.add(a.itemKey);
    const problem = scoreProblem(`adjustments[${n}].score`, byKey.has(a.itemKey) ? schemeItems.find((i) => i.key === a.itemKey) : undefined, a.score, a.itemKey);
    if (problem) return problems.push(problem);
    const item = byKey.get(a.itemKey)!;
    if (item.score === a.score) return;
    const reason = a.reason?.trim();
    if (!reason) return problems.push({ field: `adjustments[${n}].reason`, rule: 'REASON_REQUIRED', message: `changing ${a.itemKey} needs a reason`, args: { itemKey: a.itemKey } });
    Object.assign(item, { adjustedScore: a.score, adjustReason: reason });
    changed.push(a.itemKey);
  });
  return { items: current.map((i) => byKey.get(i.key)!), problems, changed };
}

/** An item's score as it stands: the city's where it adjusted it. */
export const finalScore = (item: ItemScore): number | null => item.adjustedScore ?? item.score;

/** The total, or null while any item is unscored. */
export function totalOf(items: readonly ItemScore[]): number | null {
  let total = 0;
  for (const item of items) {
    const score = finalScore(item);
    if (score === null) return null;
    total += score;
  }
  return total;
}
