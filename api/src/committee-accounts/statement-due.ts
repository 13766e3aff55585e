import { registerEnumType } from 'type-graphql';
import { addDays, IsoDate } from '../shared/iso-date';
import { periodOf } from '../shared/ledger-statement';

/**
 * Whether a quarter's statement of a committee book is late (docs/domain-rules.md#statement-due): a quarter that
 * has ended and is not published is UNPUBLISHED while the book's due days in force for it (`dueDaysInForce`) after
 * the quarter's last day run, OVERDUE after them. A quarter not yet ended, or published, is neither.
 */
export enum StatementLag {
  UNPUBLISHED = 'UNPUBLISHED',
  OVERDUE = 'OVERDUE',
}
registerEnumType(StatementLag, { name: 'StatementLag', description: '已结束未公开（仍在期限内） / 逾期未公开' });

/** The last day on which a quarter's statement is still on time. */
export function statementDueOn(year: number, quarter: number, dueDays: number): IsoDate {
  return addDays(periodOf(year, quarter).to, dueDays);
}

/** A book's due days from the day they take effect (migrations/1764806510000-due-days-in-force.ts); `null`: from the start. */
export interface DueDaysFrom {
  effectiveFrom: IsoDate | null;
  statementDueDays: number;
}

/**
 * The due days in force for a quarter: those in effect on its last day, so a later change of the book's terms
 * neither hides a quarter already late nor makes one late after the fact (attacker review round 9, O5).
 */
export function dueDaysInForce(history: readonly DueDaysFrom[], year: number, quarter: number): number {
  const endsOn = periodOf(year, quarter).to;
  let inForce: DueDaysFrom | null = null;
  for (const terms of history) {
    const starts = terms.effectiveFrom ?? '';
    if (starts <= endsOn && (inForce === null || starts > (inForce.effectiveFrom ?? ''))) inForce = terms;
  }
  if (inForce === null) throw new Error(`no due days in force for ${year} Q${quarter}: a book's history starts with its first days`);
  return inForce.statementDueDays;
}

export function statementLag(period: { year: number; quarter: number; published: boolean }, dueDays: number, today: IsoDate): StatementLag | null {
  if (period.published || periodOf(period.year, period.quarter).to >= today) return null;
  return today > statementDueOn(period.year, period.quarter, dueDays) ? StatementLag.OVERDUE : StatementLag.UNPUBLISHED;
}

/**
 * The same rule in SQL, one row per book with a late quarter: `estate_id`, `account_id`, `lag` (OVERDUE when any
 * quarter is overdue), the oldest late quarter's `year`/`quarter`/`ends_on`/`due_on` and the `quarters` late, each
 * quarter against the due days in force on its last day. `today` is the placeholder of the day in China.
 */
export function lateBooksSql(today: string): string {
  return `SELECT a.id AS account_id, a.estate_id,
                 CASE WHEN bool_or(CAST(${today} AS date) > q.ends_on + d.statement_due_days) THEN 'OVERDUE' ELSE 'UNPUBLISHED' END AS lag,
                 min(q.ends_on) AS ends_on, (array_agg(q.ends_on + d.statement_due_days ORDER BY p.year, p.quarter))[1] AS due_on,
                 (array_agg(p.year ORDER BY p.year, p.quarter))[1] AS year,
                 (array_agg(p.quarter ORDER BY p.year, p.quarter))[1] AS quarter, count(*)::int AS quarters
            FROM account_period p
            JOIN committee_account a ON a.id = p.account_id
            CROSS JOIN LATERAL (SELECT CAST(make_date(p.year, p.quarter * 3, 1) + interval '1 month' AS date) - 1 AS ends_on) q
            CROSS JOIN LATERAL (SELECT h.statement_due_days FROM committee_account_due_days h
                                 WHERE h.account_id = a.id AND h.effective_from <= q.ends_on
                                 ORDER BY h.effective_from DESC LIMIT 1) d
           WHERE p.status <> 'PUBLISHED' AND q.ends_on < CAST(${today} AS date)
           GROUP BY a.id, a.estate_id`;
}
