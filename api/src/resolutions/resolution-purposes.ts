import { ARTICLE_278_ITEM, Matter } from '../elections/thresholds';
import { RuleProblem } from '../shared/rule-violation';

/** What another record cites an owners' resolution for (docs/domain-rules.md#resolution-purposes). */
export enum ResolutionPurpose {
  /** the committee's spending of public income above its delegated limit (业账社管) */
  SPENDING_ABOVE_LIMIT = 'SPENDING_ABOVE_LIMIT',
  /** the fee that funds a small-repair fund (以养代修) */
  REPAIR_FUND_FEE = 'REPAIR_FUND_FEE',
}

/**
 * Which of the Art. 278 matters decide each purpose, as data. Spending public income is none of items (1)–(8) — using or
 * raising the maintenance fund, rebuilding, changing the use of common parts are decisions about other money or
 * things — so it is "other major matters" (9). The small-repair fund is set aside from the property fee the owners
 * raise: a fee change is (9) (domain-rules §1.1), raising the maintenance fund is (6).
 */
export const PURPOSE_MATTERS: Readonly<Record<ResolutionPurpose, readonly Matter[]>> = {
  [ResolutionPurpose.SPENDING_ABOVE_LIMIT]: [Matter.OTHER_MAJOR_MATTER],
  [ResolutionPurpose.REPAIR_FUND_FEE]: [Matter.RAISE_MAINTENANCE_FUND, Matter.OTHER_MAJOR_MATTER],
};

const RULE: Record<ResolutionPurpose, string> = {
  [ResolutionPurpose.SPENDING_ABOVE_LIMIT]: 'RESOLUTION_MATTER_NOT_SPENDING',
  [ResolutionPurpose.REPAIR_FUND_FEE]: 'RESOLUTION_MATTER_NOT_FEE',
};

const WHAT: Record<ResolutionPurpose, string> = {
  [ResolutionPurpose.SPENDING_ABOVE_LIMIT]: 'spending public income above the committee’s limit',
  [ResolutionPurpose.REPAIR_FUND_FEE]: 'the fee that funds the repair fund',
};

/** null when a resolution of `matter` decides `purpose`. */
export function purposeProblem(purpose: ResolutionPurpose, matter: Matter): RuleProblem | null {
  const matters = PURPOSE_MATTERS[purpose];
  if (matters.includes(matter)) return null;
  const items = matters.map((m) => `(${ARTICLE_278_ITEM[m]})`).join(' or ');
  return { rule: RULE[purpose], message: `a resolution of matter (${ARTICLE_278_ITEM[matter]}) does not decide ${WHAT[purpose]}: it takes matter ${items}` };
}
