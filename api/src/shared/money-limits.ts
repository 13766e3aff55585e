import { DECIMAL_PLACES, decimalPlacesMessage, fitsDecimalPlaces, fromHundredths } from './decimal';
import { fail } from './errors';

/**
 * The limits on money (docs/domain-rules.md#money-limits), in one place: one amount a person types is at most
 * 100,000,000 元, and every sum the registry keeps or prints (a fund's balance, a month's accrual, a quarter's or a
 * year's statement, a book's totals) stays within MAX_TOTAL_FEN, far inside both the `bigint` columns and
 * JavaScript's safe integers, so no total can overflow or lose a fen. A ledger keeps its **turnover** (the sum of
 * the absolute values of everything posted to it) within MAX_TOTAL_FEN: every balance, subtotal and statement line
 * of it is then within that bound too, whatever the order or the period.
 */

/** 100,000,000 元 (一亿元), in fen: the largest single amount accepted. */
export const MAX_AMOUNT_FEN = 10_000_000_000;

/** 10,000,000,000,000 元 in fen: the largest turnover of one ledger, hence of any sum printed from it. */
export const MAX_TOTAL_FEN = 1_000_000_000_000_000;

export const AMOUNT = 'AMOUNT';
export const AMOUNT_TOO_LARGE = 'AMOUNT_TOO_LARGE';
export const TOTAL_OUT_OF_RANGE = 'TOTAL_OUT_OF_RANGE';

export type AmountRule = typeof DECIMAL_PLACES | typeof AMOUNT | typeof AMOUNT_TOO_LARGE;

export interface AmountOptions {
  /** a correction may take back part of what it corrects */
  negativeAllowed?: boolean;
  /** e.g. a spending limit of 0: every spending needs the owners' resolution */
  zeroAllowed?: boolean;
}

export type AmountReading = { fen: number } | { rule: AmountRule; message: string; args?: { places: number } | { max: string } };

const PLAIN = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * An amount in 元 as the client wrote it ("1200.50") → integer fen, or the rule it breaks. Read exactly (BigInt), so
 * "1e30" is no amount and 99999999999999999999 is too large rather than a rounded float.
 */
export function readAmount(text: string, { negativeAllowed = false, zeroAllowed = false }: AmountOptions = {}): AmountReading {
  const trimmed = text.trim();
  if (!fitsDecimalPlaces(trimmed, 2)) return { rule: DECIMAL_PLACES, message: decimalPlacesMessage(2), args: { places: 2 } };
  const match = PLAIN.exec(trimmed);
  if (!match) return { rule: AMOUNT, message: 'must be an amount in 元 with at most two decimals' };
  const [, sign, whole, fraction = ''] = match;
  const magnitude = BigInt(whole) * 100n + BigInt(fraction.slice(0, 2).padEnd(2, '0'));
  if (magnitude > BigInt(MAX_AMOUNT_FEN)) return { rule: AMOUNT_TOO_LARGE, message: `must be at most ${formatYuan(MAX_AMOUNT_FEN)} 元`, args: { max: fromHundredths(MAX_AMOUNT_FEN) } };
  const fen = Number(magnitude) * (sign ? -1 : 1);
  if (fen === 0 && !zeroAllowed) return { rule: AMOUNT, message: negativeAllowed ? 'must not be zero' : 'must be more than zero' };
  if (fen < 0 && !negativeAllowed) return { rule: AMOUNT, message: 'must be more than zero' };
  return { fen: fen === 0 ? 0 : fen };
}

/** The amount in fen, or BAD_USER_INPUT on `field` with the rule it breaks: every money input goes through here. */
export function amountInFen(text: string, field: string, options: AmountOptions = {}): number {
  const reading = readAmount(text, options);
  if ('rule' in reading) throw fail.problemAt(field, reading);
  return reading.fen;
}

/** TOTAL_OUT_OF_RANGE on `field`: the posting would take a ledger's totals out of range, and changes nothing. */
export const totalOutOfRange = (field: string) => fail.badField(field, TOTAL_OUT_OF_RANGE, totalOutOfRangeMessage);

/** Whether a computed amount (e.g. a month's accrual) is one the registry can post as a single movement. */
export function amountFits(fen: number): boolean {
  return Number.isSafeInteger(fen) && Math.abs(fen) <= MAX_AMOUNT_FEN;
}

/**
 * Whether a ledger whose turnover is `turnoverFen` (as summed by PostgreSQL: a numeric, text or bigint) can take a
 * movement of `amountFen` and keep every total within MAX_TOTAL_FEN.
 */
export function turnoverFits(turnoverFen: number | bigint | string, amountFen: number): boolean {
  if (!Number.isSafeInteger(amountFen)) return false;
  const current = BigInt(turnoverFen);
  const next = current + BigInt(Math.abs(amountFen));
  return current >= 0n && next <= BigInt(MAX_TOTAL_FEN);
}

/** 10_000_000_000 → "100,000,000.00" */
export function formatYuan(fen: number): string {
  const abs = Math.abs(fen);
  // thousands grouped by hand: no locale-dependent formatting in the API (iso-date.spec forbids toLocale*)
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${fen < 0 ? '-' : ''}${whole}.${String(abs % 100).padStart(2, '0')}`;
}

export const totalOutOfRangeMessage = `would take the ledger's totals beyond ${formatYuan(MAX_TOTAL_FEN)} 元; nothing was posted`;
