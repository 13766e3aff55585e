import type { IsoDate } from './iso-date';

/**
 * A statement of a ledger over a period (docs/domain-rules.md#statements): the balance brought forward, what
 * came in and went out by category, and the balance carried forward. Money is integer fen throughout; a
 * correction is a movement of its own (negative, in the category it corrects), never an edit.
 */
export interface Movement {
  on: IsoDate;
  side: 'IN' | 'OUT';
  category: string;
  amountFen: number;
}

export interface CategoryTotal {
  category: string;
  amountFen: number;
}

export interface Statement {
  from: IsoDate;
  to: IsoDate;
  openingFen: number;
  inFen: number;
  outFen: number;
  closingFen: number;
  /** by category, in the order categories first appear in `categoryOrder`, then by name; empty ones left out */
  inByCategory: CategoryTotal[];
  outByCategory: CategoryTotal[];
}

export interface Period {
  from: IsoDate;
  to: IsoDate;
}

const pad = (n: number) => String(n).padStart(2, '0');
const LAST_DAY = ['03-31', '06-30', '09-30', '12-31'];

/** A calendar year, or one of its quarters (1–4): both ends included. */
export function periodOf(year: number, quarter?: number | null): Period {
  if (!Number.isInteger(year) || year < 1900 || year > 2999) throw new RangeError(`not a year: ${year}`);
  if (quarter === undefined || quarter === null) return { from: `${year}-01-01`, to: `${year}-12-31` };
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) throw new RangeError(`not a quarter: ${quarter}`);
  return { from: `${year}-${pad((quarter - 1) * 3 + 1)}-01`, to: `${year}-${LAST_DAY[quarter - 1]}` };
}

/** The quarter a day falls in. */
export function quarterOf(day: IsoDate): { year: number; quarter: number } {
  return { year: Number(day.slice(0, 4)), quarter: Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1 };
}

function safeAdd(a: number, b: number): number {
  const sum = a + b;
  if (!Number.isSafeInteger(sum)) throw new RangeError('amount out of range');
  return sum;
}

function byCategory(movements: Movement[], order: readonly string[]): CategoryTotal[] {
  const totals = new Map<string, number>();
  for (const m of movements) totals.set(m.category, safeAdd(totals.get(m.category) ?? 0, m.amountFen));
  const rank = (c: string) => (order.includes(c) ? order.indexOf(c) : order.length);
  return [...totals]
    .filter(([, amountFen]) => amountFen !== 0)
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([category, amountFen]) => ({ category, amountFen }));
}

/** The statement of `period` from every movement of the ledger (those before it make the opening balance). */
export function statementOf(movements: readonly Movement[], period: Period, categoryOrder: readonly string[] = []): Statement {
  if (period.from > period.to) throw new RangeError(`period ends before it starts: ${period.from} – ${period.to}`);
  const signed = (m: Movement) => (m.side === 'IN' ? m.amountFen : -m.amountFen);
  let openingFen = 0;
  const during: Movement[] = [];
  for (const m of movements) {
    if (!Number.isSafeInteger(m.amountFen)) throw new RangeError(`not an amount in fen: ${m.amountFen}`);
    if (m.on < period.from) openingFen = safeAdd(openingFen, signed(m));
    else if (m.on <= period.to) during.push(m);
  }
  const ins = during.filter((m) => m.side === 'IN');
  const outs = during.filter((m) => m.side === 'OUT');
  const inFen = ins.reduce((sum, m) => safeAdd(sum, m.amountFen), 0);
  const outFen = outs.reduce((sum, m) => safeAdd(sum, m.amountFen), 0);
  return {
    ...period,
    openingFen,
    inFen,
    outFen,
    closingFen: safeAdd(openingFen, inFen - outFen),
    inByCategory: byCategory(ins, categoryOrder),
    outByCategory: byCategory(outs, categoryOrder),
  };
}
