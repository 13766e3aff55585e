import { EntityManager } from 'typeorm';
import { AuditEntry, recordAudits } from '../audit/audit.service';
import type { AuditWriter } from '../audit/audit.service';
import { EDITABLE_FILING_STATUSES } from '../filings/filing';
import { loadHolidayCalendar } from '../holidays/holiday-notice.store';
import { deadlineAfter, periodOutsideCalendar } from '../shared/deadlines';
import { HolidayCalendar } from '../shared/holiday-calendar';
import { IsoDate } from '../shared/iso-date';
import { RuleProblem } from '../shared/rule-violation';
import { DEFAULT_COMMITTEE_RULES } from './committee-composition';

/**
 * The filing deadline (docs/domain-rules.md#committee-filing: 30 days, from the next day, off days off). While a notice it depends on
 * is not entered the date skips the law's holidays and weekends and is marked provisional; entering the
 * notice recomputes it (recomputeFilingDeadlines).
 */
export function committeeFilingDue(eventDate: IsoDate, calendar: HolidayCalendar): { dueOn: IsoDate; provisional: boolean } {
  const deadline = deadlineAfter(eventDate, DEFAULT_COMMITTEE_RULES.filingDays, calendar);
  return { dueOn: deadline.lastDay, provisional: deadline.provisional };
}

/** Why no filing deadline can be computed from `eventDate` (its period reaches a year the holiday calendar does not cover), or null. */
export function committeeFilingDueProblem(eventDate: IsoDate, calendar: HolidayCalendar): RuleProblem | null {
  return periodOutsideCalendar(eventDate, DEFAULT_COMMITTEE_RULES.filingDays, calendar);
}

/**
 * Recomputes the filings' due dates a change of notices can move: every provisional one, and those whose days
 * from the nominal last day to the due date touch `window` (the changed notice's days), of the filings the street
 * office still holds; a submitted one keeps the date it was judged against (the database holds it too,
 * migrations/1764804700000-what-a-decision-rests-on.ts). Changed rows get a new version and an audit event each, in
 * the caller's transaction. Returns how many changed.
 */
export async function recomputeFilingDeadlines(
  ctx: AuditWriter,
  calendar: HolidayCalendar,
  window?: { from: IsoDate; to: IsoDate },
): Promise<number> {
  const rows: Array<{ id: number; event_date: IsoDate; due_on: IsoDate; due_on_provisional: boolean }> = await ctx.em.query(
    `SELECT id, event_date, due_on, due_on_provisional FROM committee_filing
      WHERE filing_status = ANY ($4) AND (due_on_provisional OR (event_date + $1::int <= $3::date AND due_on >= $2::date))
      ORDER BY id FOR UPDATE`,
    [DEFAULT_COMMITTEE_RULES.filingDays, window?.from ?? null, window?.to ?? null, EDITABLE_FILING_STATUSES],
  );
  const audits: AuditEntry[] = [];
  for (const row of rows) {
    // a stored date from before the calendar's range keeps the due date it was given: recomputing could only fail
    if (committeeFilingDueProblem(row.event_date, calendar)) continue;
    const due = committeeFilingDue(row.event_date, calendar);
    if (due.dueOn === row.due_on && due.provisional === row.due_on_provisional) continue;
    await ctx.em.query(`UPDATE committee_filing SET due_on = $2, due_on_provisional = $3, version = version + 1 WHERE id = $1`, [row.id, due.dueOn, due.provisional]);
    audits.push({
      action: 'committeeFiling.recomputeDue',
      entityType: 'CommitteeFiling',
      entityId: row.id,
      before: { dueOn: row.due_on, dueOnProvisional: row.due_on_provisional },
      after: { dueOn: due.dueOn, dueOnProvisional: due.provisional },
      actorName: ctx.principal ? undefined : 'system',
    });
  }
  await recordAudits(ctx, audits);
  return audits.length;
}

/** Start-up: provisional due dates are recomputed over the notices entered (e.g. those a migration added). */
export async function reconcileProvisionalDeadlines(em: EntityManager): Promise<number> {
  return em.transaction(async (tx) => recomputeFilingDeadlines({ em: tx, principal: null }, await loadHolidayCalendar(tx)));
}
