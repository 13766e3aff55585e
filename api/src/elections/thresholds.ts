import type { Totals } from '../owners/voting-weights';
import { RuleProblem, throwIfAny } from '../shared/rule-violation';

/**
 * Owners' joint decisions — PRC Civil Code Art. 278 (docs/domain-rules.md#thresholds).
 * Exact integer comparisons (BigInt), never floats: "以上" includes the bound, "过半数" excludes it (Art. 1259).
 */

/** The nine matters of Art. 278, in the article's order. */
export enum Matter {
  RULES_OF_PROCEDURE = 'RULES_OF_PROCEDURE', // (1) 制定和修改业主大会议事规则
  MANAGEMENT_COVENANT = 'MANAGEMENT_COVENANT', // (2) 制定和修改管理规约
  ELECT_OR_REPLACE_COMMITTEE = 'ELECT_OR_REPLACE_COMMITTEE', // (3) 选举业主委员会或者更换业主委员会成员
  HIRE_OR_DISMISS_MANAGER = 'HIRE_OR_DISMISS_MANAGER', // (4) 选聘和解聘物业服务企业或者其他管理人
  USE_MAINTENANCE_FUND = 'USE_MAINTENANCE_FUND', // (5) 使用维修资金
  RAISE_MAINTENANCE_FUND = 'RAISE_MAINTENANCE_FUND', // (6) 筹集维修资金
  REBUILD = 'REBUILD', // (7) 改建、重建建筑物及其附属设施
  CHANGE_USE_OF_COMMON_PARTS = 'CHANGE_USE_OF_COMMON_PARTS', // (8) 改变共有部分的用途或者利用共有部分从事经营活动
  OTHER_MAJOR_MATTER = 'OTHER_MAJOR_MATTER', // (9) 其他重大事项, e.g. a property-fee change
}

/** Item number in Art. 278 para. 1, for explanations ("matter (6)"). */
export const ARTICLE_278_ITEM: Readonly<Record<Matter, number>> = {
  [Matter.RULES_OF_PROCEDURE]: 1,
  [Matter.MANAGEMENT_COVENANT]: 2,
  [Matter.ELECT_OR_REPLACE_COMMITTEE]: 3,
  [Matter.HIRE_OR_DISMISS_MANAGER]: 4,
  [Matter.USE_MAINTENANCE_FUND]: 5,
  [Matter.RAISE_MAINTENANCE_FUND]: 6,
  [Matter.REBUILD]: 7,
  [Matter.CHANGE_USE_OF_COMMON_PARTS]: 8,
  [Matter.OTHER_MAJOR_MATTER]: 9,
};

// the roll counts them (owners/); re-exported for the rules' readers
export type { Totals };

/** A reduced fraction for display; `null` where the whole is zero. */
export interface Fraction {
  numerator: number;
  denominator: number;
}

export type ThresholdRule = 'QUORUM_TWO_THIRDS' | 'MORE_THAN_HALF' | 'THREE_QUARTERS';

export interface Threshold {
  rule: ThresholdRule;
  numerator: number;
  denominator: number;
  /** true: the bound itself is enough ("以上"); false: strictly more is needed ("过半数"). */
  inclusive: boolean;
}

export const QUORUM_TWO_THIRDS: Threshold = { rule: 'QUORUM_TWO_THIRDS', numerator: 2, denominator: 3, inclusive: true };
export const MORE_THAN_HALF: Threshold = { rule: 'MORE_THAN_HALF', numerator: 1, denominator: 2, inclusive: false };
export const THREE_QUARTERS: Threshold = { rule: 'THREE_QUARTERS', numerator: 3, denominator: 4, inclusive: true };

/** Art. 278 para. 2: matters (6)–(8) need 3/4 of the participating area and headcount. */
export const THREE_QUARTER_MATTERS: readonly Matter[] = [
  Matter.RAISE_MAINTENANCE_FUND,
  Matter.REBUILD,
  Matter.CHANGE_USE_OF_COMMON_PARTS,
];

export function thresholdFor(matter: Matter): Threshold {
  return THREE_QUARTER_MATTERS.includes(matter) ? THREE_QUARTERS : MORE_THAN_HALF;
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** part/whole reduced by their gcd; null when whole is 0 (nothing to be a share of). */
export function fraction(part: number, whole: number): Fraction | null {
  if (whole === 0) return null;
  const divisor = gcd(part, whole);
  return { numerator: part / divisor, denominator: whole / divisor };
}

/** One measure (headcount or area) against one threshold, with the numbers that explain it. */
export interface MeasureCheck {
  part: number;
  whole: number;
  share: Fraction | null;
  met: boolean;
}

/** A zero whole never meets a threshold: nobody taking part, or nobody voting, decides nothing. */
export function meetsThreshold(part: number, whole: number, threshold: Threshold): boolean {
  if (whole === 0) return false;
  const lhs = BigInt(threshold.denominator) * BigInt(part);
  const rhs = BigInt(threshold.numerator) * BigInt(whole);
  return threshold.inclusive ? lhs >= rhs : lhs > rhs;
}

function measure(part: number, whole: number, threshold: Threshold): MeasureCheck {
  return { part, whole, share: fraction(part, whole), met: meetsThreshold(part, whole, threshold) };
}

/** Both measures must meet the threshold (Art. 278: area AND headcount). */
export interface ThresholdCheck {
  threshold: Threshold;
  met: boolean;
  headcount: MeasureCheck;
  area: MeasureCheck;
}

function checkBoth(part: Totals, whole: Totals, threshold: Threshold): ThresholdCheck {
  const headcount = measure(part.headcount, whole.headcount, threshold);
  const area = measure(part.areaHundredths, whole.areaHundredths, threshold);
  return { threshold, met: headcount.met && area.met, headcount, area };
}

function validateParts(parts: Array<[string, Totals]>, wholeName: string, whole: Totals): void {
  const problems: RuleProblem[] = [];
  for (const [name, totals] of [...parts, [wholeName, whole] as [string, Totals]]) {
    for (const [field, value] of [['headcount', totals.headcount], ['areaHundredths', totals.areaHundredths]] as const) {
      if (!Number.isSafeInteger(value) || value < 0) {
        problems.push({ rule: 'TOTALS_NOT_COUNTABLE', subject: `${name}.${field}`, message: `must be a non-negative integer, got ${value}`, args: { value: String(value) } });
      }
    }
  }
  for (const [name, totals] of parts) {
    if (totals.headcount > whole.headcount || totals.areaHundredths > whole.areaHundredths) {
      problems.push({ rule: 'TOTALS_EXCEED_WHOLE', subject: name, message: `cannot exceed ${wholeName}` });
    }
  }
  throwIfAny(problems);
}

/** Art. 278 para. 2: ≥ 2/3 of the owners' area AND ≥ 2/3 of the owners' headcount take part. */
export function checkQuorum(totals: Totals, participating: Totals): ThresholdCheck {
  validateParts([['participating', participating]], 'totals', totals);
  return checkBoth(participating, totals, QUORUM_TWO_THIRDS);
}

export function quorumMet(totals: Totals, participating: Totals): boolean {
  return checkQuorum(totals, participating).met;
}

/** Whether `yes` carries `matter` among those taking part (quorum is checked separately). */
export function checkPass(matter: Matter, participating: Totals, yes: Totals): ThresholdCheck {
  validateParts([['yes', yes]], 'participating', participating);
  return checkBoth(yes, participating, thresholdFor(matter));
}

export function passes(matter: Matter, participating: Totals, yes: Totals): boolean {
  return checkPass(matter, participating, yes).met;
}
