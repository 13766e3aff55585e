import { EntityManager } from 'typeorm';
import { HolidayCalendar, HolidayNotice, NoticeDay, NoticeDayKind } from '../shared/holiday-calendar';

export interface StoredNotice extends HolidayNotice {
  days: NoticeDay[];
  enteredAt: Date;
  enteredById: number | null;
}

/** The entered notices, one per year, oldest first (every deadline reads them: a few dozen rows a year). */
export async function loadNotices(em: EntityManager, year?: number): Promise<StoredNotice[]> {
  const rows: Array<{ date: string; year: number; kind: NoticeDayKind; note: string; document: string; created_at: Date; entered_by_id: number | null }> =
    await em.query(
      `SELECT date, year, kind, note, document, created_at, entered_by_id FROM holiday_notice_day
        WHERE $1::int IS NULL OR year = $1 ORDER BY year, date`,
      [year ?? null],
    );
  const notices = new Map<number, StoredNotice>();
  for (const row of rows) {
    let notice = notices.get(row.year);
    if (!notice) {
      notice = { year: row.year, document: row.document, days: [], enteredAt: row.created_at, enteredById: row.entered_by_id };
      notices.set(row.year, notice);
    }
    notice.days.push({ date: row.date, kind: row.kind, note: row.note });
  }
  return [...notices.values()];
}

/** The calendar deadlines are computed over: the law (in code) and the notices entered so far. */
export async function loadHolidayCalendar(em: EntityManager): Promise<HolidayCalendar> {
  return { notices: await loadNotices(em) };
}
