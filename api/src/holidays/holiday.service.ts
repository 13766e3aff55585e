import { recordAudit } from '../audit/audit.service';
import { actorId, RequestContext, withTransaction } from '../request/context';
import { translateDbError } from '../shared/db-errors';
import { fail } from '../shared/errors';
import { checkHolidayNotice, HolidayCalendar, HolidayNotice, noticeWindow, yearOverview, YearOverview } from '../shared/holiday-calendar';
import { todayInChina, type IsoDate } from '../shared/iso-date';
import { isSupportedYear, FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from '../shared/statutory-holidays';
import { loadHolidayCalendar, loadNotices, StoredNotice } from './holiday-notice.store';
import type { HolidayNoticeDayInput } from './holiday.types';

/** What reacts to a changed notice in the same transaction (committee filing deadlines); returns how many records it changed. */
export type NoticeFollower = (ctx: RequestContext, calendar: HolidayCalendar, window: { from: IsoDate; to: IsoDate }) => Promise<number>;

const followers: NoticeFollower[] = [];

/** Wired at the roof (graphql/schema.ts), so the calendar imports none of the domains that count on it. */
export function followNotices(list: readonly NoticeFollower[]): void {
  followers.splice(0, followers.length, ...list);
}

export class HolidayService {
  /** The entered notices, newest first (or the one of `year`). */
  async notices(ctx: RequestContext, year?: number | null): Promise<StoredNotice[]> {
    return (await loadNotices(ctx.em, year ?? undefined)).reverse();
  }

  async calendar(ctx: RequestContext, year: number): Promise<YearOverview & { notice: StoredNotice | null; noticeEntered: boolean }> {
    if (!isSupportedYear(year)) {
      throw fail.badField('year', 'HOLIDAY_YEAR', `the law's holidays are computed for ${FIRST_SUPPORTED_YEAR} to ${LAST_SUPPORTED_YEAR}`, { from: FIRST_SUPPORTED_YEAR, to: LAST_SUPPORTED_YEAR });
    }
    const notices = await loadNotices(ctx.em);
    const notice = notices.find((n) => n.year === year) ?? null;
    return { ...yearOverview(year, { notices }), notice, noticeEntered: notice !== null };
  }

  /**
   * Enters (or replaces) a year's notice, and in the same transaction recomputes the committee filings' due
   * dates it can move: every check first, so a refused notice changes nothing. A year that has ended keeps the
   * notice entered for it (its deadlines were judged by it); one still missing may be entered late.
   */
  async setNotice(ctx: RequestContext, year: number, document: string, days: HolidayNoticeDayInput[]): Promise<{ notice: StoredNotice; recomputedFilings: number }> {
    const notice: HolidayNotice = { year, document: document.trim(), days: days.map((d) => ({ date: d.date, kind: d.kind, note: (d.note ?? '').trim() })) };
    return withTransaction(ctx, async (ctx) => {
      // one notice edit at a time: each checks its days against the others' as committed
      await ctx.em.query(`LOCK TABLE holiday_notice_day IN EXCLUSIVE MODE`);
      const entered = await loadNotices(ctx.em);
      const before = entered.find((n) => n.year === year) ?? null;
      const pastKept = () => fail.badField('year', 'NOTICE_YEAR_PAST', `${year} has ended: its notice (${before?.document ?? 'entered'}) is kept as entered`, { year, ...(before?.document ? { document: before.document } : {}) });
      if (before && year < Number(todayInChina().slice(0, 4))) throw pastKept();
      const problems = checkHolidayNotice(notice, entered);
      if (problems.length) throw fail.badInput(problems.map((p) => ({ field: p.subject ?? 'days', rule: p.rule, message: p.message, args: p.args })));
      try {
        await ctx.em.query(`DELETE FROM holiday_notice_day WHERE year = $1`, [year]);
        await ctx.em.query(
          `INSERT INTO holiday_notice_day (date, year, kind, note, document, entered_by_id)
           SELECT d.date, $1, d.kind, d.note, $2, $3 FROM unnest($4::date[], $5::text[], $6::text[]) AS d(date, kind, note)`,
          [year, notice.document, actorId(ctx), notice.days.map((d) => d.date), notice.days.map((d) => d.kind), notice.days.map((d) => d.note)],
        );
      } catch (error) {
        // the database's clock may have crossed New Year since the check (migrations/1764804700000-what-a-decision-rests-on.ts)
        translateDbError(error, { holiday_notice_kept: pastKept });
      }
      const snapshot = (n: HolidayNotice | null) => n && { document: n.document, days: n.days };
      await recordAudit(ctx, { action: before ? 'holidayNotice.replace' : 'holidayNotice.enter', entityType: 'HolidayNotice', entityId: year, before: snapshot(before), after: snapshot(notice) });
      const calendar = await loadHolidayCalendar(ctx.em);
      let recomputedFilings = 0;
      for (const follow of followers) recomputedFilings += await follow(ctx, calendar, noticeWindow(year));
      const [stored] = await loadNotices(ctx.em, year);
      return { notice: stored, recomputedFilings };
    });
  }
}

export const holidayService = new HolidayService();
