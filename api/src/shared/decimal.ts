/**
 * Exact conversions between decimal strings (as PostgreSQL numeric and the Decimal scalar carry them) and
 * integer hundredths, so areas are summed and compared without floating point (docs/domain-rules.md#exact-arithmetic).
 */
export function toHundredths(decimal: string): number {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(decimal.trim());
  if (!match) throw new RangeError(`not a decimal: ${decimal}`);
  const [, sign, whole, fraction = ''] = match;
  if (/[1-9]/.test(fraction.slice(2))) throw new RangeError(`more than two decimal places: ${decimal}`);
  const value = Number(whole) * 100 + Number(fraction.slice(0, 2).padEnd(2, '0'));
  if (!Number.isSafeInteger(value)) throw new RangeError(`too large: ${decimal}`);
  return sign ? -value : value;
}

export function fromHundredths(hundredths: number): string {
  const sign = hundredths < 0 ? '-' : '';
  const abs = Math.abs(hundredths);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
