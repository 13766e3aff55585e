import type { RuleArgs } from '../shared/rule-violation';
import type { Checklist, CheckResult, ReviewingBody } from './checklist';
import { registerContradiction } from './register-rules';
import type { RegisterFacts } from './register-rules';

/**
 * The rules of recording checks of one candidate's review, one check or several at once
 * (docs/domain-rules.md#eligibility-checklist): every item on the candidate's checklist version, each once,
 * an override only on a failed unsuitable (不宜) item, no PASS the registry's own roll denies, each answered by one of
 * the bodies its item names (a police check is the police's or the court's, never the organiser's).
 * All problems are reported together, each on its item's field, so a batch is refused whole.
 */
export interface CheckToRecord {
  itemKey: string;
  result: CheckResult;
  overrideReason?: string | null;
  /** the body that answered it, as it will be stored (the item's own, else the batch's) */
  reviewingBody?: ReviewingBody | null;
}

/** A problem with one item, on its field; the service reports them as field errors. */
export interface CheckProblem {
  field: string;
  rule: string;
  message: string;
  /** the item the problem is about (itemKey) and the figures the message says */
  args?: RuleArgs;
}

/** The field an item's problem is reported on: `items[3].result` in a batch, `result` for a single check. */
export type FieldOf = (index: number, field: 'itemKey' | 'result' | 'overrideReason' | 'reviewingBody' | 'reviewer') => string;
export const batchField: FieldOf = (index, field) => `items[${index}].${field}`;
export const singleField: FieldOf = (_index, field) => field;

export function checkProblems(checklist: Checklist, checks: readonly CheckToRecord[], facts: RegisterFacts, checkedOn: string, fieldOf: FieldOf): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const seen = new Set<string>();
  checks.forEach((check, index) => {
    const add = (field: Parameters<FieldOf>[1], rule: string, message: string, args: RuleArgs = {}) =>
      problems.push({ field: fieldOf(index, field), rule, message: `${check.itemKey}: ${message}`, args: { itemKey: check.itemKey, ...args } });
    const item = checklist.items.find((i) => i.key === check.itemKey);
    if (!item) return add('itemKey', 'NOT_ON_CHECKLIST', `not an item of checklist version ${checklist.version}`, { version: checklist.version });
    if (seen.has(check.itemKey)) add('itemKey', 'CHECK_ITEM_TWICE', 'the item is given twice; give each item once');
    seen.add(check.itemKey);
    if (check.overrideReason && !(item.kind === 'UNSUITABLE' && check.result === 'FAIL')) {
      add('overrideReason', 'OVERRIDE_NOT_ALLOWED', 'only a failed unsuitable (不宜) check can be overridden');
    }
    // a body answers only for what it knows: a batch's body carried onto another body's item would forge its answer
    if (check.reviewingBody && !item.suggestedReviewers.includes(check.reviewingBody)) {
      add('reviewingBody', 'REVIEWING_BODY_NOT_FOR_ITEM', `answered by ${item.suggestedReviewers.join(' or ')}, not ${check.reviewingBody}`, { reviewers: item.suggestedReviewers, reviewingBody: check.reviewingBody });
    }
    // a check may not say what the registry's own roll denies
    const contradiction = registerContradiction({ itemKey: check.itemKey, result: check.result, checkedOn }, facts);
    if (contradiction) add('result', contradiction.rule, contradiction.message, contradiction.args);
  });
  return problems;
}
