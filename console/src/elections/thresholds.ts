/**
 * What the tally view draws against (docs/domain-rules.md#thresholds): the least part that meets a threshold, in integers
 * (areas as hundredths of m²), so the numbers shown agree with the server's exact comparison.
 */
export { toHundredths as hundredths } from '../../../api/src/shared/decimal';

export interface Fraction {
  numerator: number;
  denominator: number;
}

/** The least part that meets the threshold: ≥ n/d of the whole when inclusive (以上), more than n/d otherwise (过半数). */
export function neededFor(whole: number, threshold: Fraction, inclusive: boolean): number {
  const product = whole * threshold.numerator;
  const remainder = product % threshold.denominator;
  const floor = (product - remainder) / threshold.denominator; // exact: integers only
  return inclusive && remainder === 0 ? floor : floor + 1;
}

