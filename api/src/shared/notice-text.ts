import type { HolidayNotice, NoticeDay } from './holiday-calendar';
import { addDays, datesFromTo, IsoDate } from './iso-date';

/**
 * A holiday notice as its text reads — ranges of days off ("X至Y放假调休") and make-up working days ("Z上班") —
 * and as the system keeps it, day by day. Pure and free of the lunar library, so the console uses it too.
 */
export interface PublishedNoticeText {
  year: number;
  document: string;
  off: ReadonlyArray<readonly [from: IsoDate, to: IsoDate, note: string]>;
  workdays: ReadonlyArray<readonly [date: IsoDate, note: string]>;
}

/** The notice's days, one by one, in date order. */
export function noticeFromText(text: PublishedNoticeText): HolidayNotice {
  const days: NoticeDay[] = [
    ...text.off.flatMap(([from, to, note]) => datesFromTo(from, to).map((date) => ({ date, kind: 'OFF' as const, note }))),
    ...text.workdays.map(([date, note]) => ({ date, kind: 'WORKDAY' as const, note })),
  ];
  return { year: text.year, document: text.document, days: days.sort((a, b) => a.date.localeCompare(b.date)) };
}

/** Back to the text's shape: consecutive days off with the same note become one range. */
export function noticeToText(notice: HolidayNotice): PublishedNoticeText {
  const off: Array<[IsoDate, IsoDate, string]> = [];
  const days = [...notice.days].sort((a, b) => a.date.localeCompare(b.date));
  for (const day of days.filter((d) => d.kind === 'OFF')) {
    const last = off[off.length - 1];
    if (last && last[2] === day.note && addDays(last[1], 1) === day.date) last[1] = day.date;
    else off.push([day.date, day.date, day.note]);
  }
  const workdays = days.filter((d) => d.kind === 'WORKDAY').map((d) => [d.date, d.note] as [IsoDate, string]);
  return { year: notice.year, document: notice.document, off, workdays };
}
