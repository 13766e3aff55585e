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

/**
 * The rule of a decimal with more decimals than its field keeps: refused, never rounded, so the registry stores
 * what the clerk typed (docs/domain-rules.md#exact-arithmetic). One code for every decimal input and import cell.
 */
export const DECIMAL_PLACES = 'DECIMAL_PLACES';

/** A decimal as written by hand: an optional minus, digits, at most one point; no exponent, NaN, Infinity or grouping. */
const PLAIN_DECIMAL = /^-?\d+(?:\.(\d+))?$/;

/** The decimals a written number needs: "1.230" → 2 (trailing zeros change nothing), "7" → 0; null when it is not a plain decimal. */
export function decimalPlacesOf(text: string): number | null {
  const match = PLAIN_DECIMAL.exec(text.trim());
  if (!match) return null;
  return (match[1] ?? '').replace(/0+$/, '').length;
}

/** Whether a plain decimal keeps within `places` decimals; a text that is no decimal is the format rule's to refuse. */
export function fitsDecimalPlaces(text: string, places: number): boolean {
  const needed = decimalPlacesOf(text);
  return needed === null || needed <= places;
}

/** The words of the DECIMAL_PLACES refusal; the console reads the figure back (console/src/dataProvider/errors.ts). */
export const decimalPlacesMessage = (places: number): string =>
  `must have at most ${places} decimal place${places === 1 ? '' : 's'}: this field keeps ${places}, and a value is never rounded`;
