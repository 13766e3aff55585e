import { decimalPlacesOf } from '../../../api/src/shared/decimal';

/**
 * Decimal inputs keep to the decimals their field keeps, by the API's own rule (api/src/shared/decimal.ts,
 * DECIMAL_PLACES): 1.234 in a fee of two decimals is refused before saving, never rounded to 1.23.
 */

const PLAIN = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 20 });

/** A form value as the decimal it stands for: a NumberInput's number without exponent (1e-7 → "0.0000001"), a typed text as typed. */
export function decimalText(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? PLAIN.format(value) : String(value);
  return String(value).trim();
}

/** Whether a value has more decimals than `places`; what is not a number at all is another rule's. */
export function hasTooManyDecimals(value: unknown, places: number): boolean {
  const text = decimalText(value);
  const needed = text === null ? null : decimalPlacesOf(text);
  return needed !== null && needed > places;
}

/** The react-admin validator: 「最多保留 2 位小数」 under the field, the value left as typed. */
export const maxDecimals = (places: number) => (value: unknown) =>
  hasTooManyDecimals(value, places) ? { message: 'wuye.rules.DECIMAL_PLACES', args: { places } } : undefined;
