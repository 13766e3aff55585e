import type { EntryDirection } from './account-states';

type Direction = `${EntryDirection}`;

/**
 * What an entry of a committee's book does to its balance, and the rules that follow from it
 * (docs/domain-rules.md#entry-effect). An entry is judged by its effect, never by its direction's name: income, or a
 * correction taking spending back, raises the balance; spending, or a correction taking income back, lowers it. Pure.
 */
export type EntryEffect = 'RAISES' | 'LOWERS' | 'NONE';

/** The book's balance moves by +amount for income and −amount for spending; a correction's amount may be negative. */
export function entryEffect(direction: Direction, amountFen: number): EntryEffect {
  const movement = direction === 'INCOME' ? amountFen : -amountFen;
  return movement > 0 ? 'RAISES' : movement < 0 ? 'LOWERS' : 'NONE';
}

/** The same effect in SQL, for an `account_entry` row under `alias`: the balance rises when income is positive or spending negative. */
export const raisesSql = (alias: string) => `((${alias}.direction = 'INCOME') = (${alias}.amount_fen > 0))`;

/**
 * What a family of entries (an original and its corrections, however deep) has paid out of the book, against the
 * committee's limit: a spending by its amount as corrected; income only by what its corrections took back (never
 * below nothing, so income received from a payee never offsets what is paid to them).
 */
export function familyOutflowFen(originalDirection: Direction, countedFen: number): number {
  return originalDirection === 'SPENDING' ? countedFen : Math.max(0, -countedFen);
}

export interface EntryJudgement {
  direction: Direction;
  amountFen: number;
  /** it corrects an earlier entry */
  isCorrection: boolean;
  /** the committee's delegated limit */
  limitFen: number;
  /**
   * For an entry lowering the balance: what it is counted together with, before it (the same payee's spending this
   * quarter not under a resolution, and its own family's): `othersFen` the other families' outflow, `familyCountedFen`
   * what counts of its own family (for a spending: the whole family; for income: its corrections only), and
   * `familyDirection` the family's original's direction (its own for a new entry). `covered`: its family is under a
   * resolution (the entry it corrects, or an ancestor, cites one).
   */
  together: { othersFen: number; familyCountedFen: number; familyDirection: Direction; covered: boolean };
}

export interface EntryRuling {
  effect: EntryEffect;
  /** the owners' resolution the entry must name, with the rule that asks it; null when the committee decides alone */
  resolutionRule: 'RESOLUTION_REQUIRED' | 'SPENDING_COUNTED_TOGETHER' | null;
  /** it waits for the community's sign-off (and, if it raises the balance, counts nowhere until then) */
  signOffRequired: boolean;
}

/**
 * The income rules for what raises the balance — above the limit, or by any correction, it waits for the sign-off
 * (attacker review F2) — and the spending rules for what lowers it: above the limit, alone or counted together, the
 * owners' resolution (for spending; income taken back, the sign-off alone) and the sign-off; raising what a resolution
 * authorised, the sign-off again.
 */
export function judgeEntry(entry: EntryJudgement): EntryRuling {
  const effect = entryEffect(entry.direction, entry.amountFen);
  if (effect === 'RAISES') {
    const raise = entry.direction === 'INCOME' ? entry.amountFen : -entry.amountFen;
    return { effect, resolutionRule: null, signOffRequired: entry.isCorrection || raise > entry.limitFen };
  }
  if (effect === 'NONE') return { effect, resolutionRule: null, signOffRequired: false };
  const out = entry.direction === 'SPENDING' ? entry.amountFen : -entry.amountFen;
  // income taken back corrects what was booked: above the limit the community signs it off, but the owners' resolution
  // authorises spending (matter (9)), not the correction of a record, so none is asked (an error booked twice is undone)
  const aboveLimit = (rule: 'RESOLUTION_REQUIRED' | 'SPENDING_COUNTED_TOGETHER'): EntryRuling =>
    ({ effect, resolutionRule: entry.direction === 'INCOME' ? null : rule, signOffRequired: true });
  if (out > entry.limitFen) return aboveLimit('RESOLUTION_REQUIRED');
  const { othersFen, familyCountedFen, familyDirection, covered } = entry.together;
  // lowering what the owners' resolution authorised: the community signs the new amount off, as it did the first
  if (covered && entry.isCorrection) return { effect, resolutionRule: null, signOffRequired: true };
  const after = othersFen + familyOutflowFen(familyDirection, familyCountedFen + entry.amountFen);
  if (!covered && after > entry.limitFen) return aboveLimit('SPENDING_COUNTED_TOGETHER');
  return { effect, resolutionRule: null, signOffRequired: false };
}
