import { NOTICES_2024_2026 } from '../../../migrations/1764720200000-holiday-notices';
import { checkHolidayNotice, HolidayNotice, noticeWindow, noticeYearsFor, yearOverview } from './holiday-calendar';
import { noticeFromText, noticeToText } from './notice-text';

const SHIPPED = NOTICES_2024_2026.map(noticeFromText);
const notice = (year: number, days: HolidayNotice['days']): HolidayNotice => ({ year, document: '测试通知', days });

describe('a notice as entered', () => {
  it.each(SHIPPED.map((n) => [n.year, n] as const))('the shipped %i notice is consistent', (_year, n) => {
    expect(checkHolidayNotice(n, SHIPPED)).toEqual([]);
  });

  it('expands the published text day by day', () => {
    const n2026 = SHIPPED.find((n) => n.year === 2026)!;
    expect(n2026.days.filter((d) => d.kind === 'OFF')).toHaveLength(3 + 9 + 3 + 5 + 3 + 3 + 7); // "共3天", "共9天", …
    expect(n2026.days.filter((d) => d.kind === 'WORKDAY').map((d) => d.date)).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
  });

  it.each([
    ['a day of another year', notice(2027, [{ date: '2028-01-03', kind: 'OFF', note: '' }]), 'NOTICE_DAY_OUTSIDE_YEAR', 'days[0].date'],
    ['a day before the December reach-back', notice(2027, [{ date: '2026-12-24', kind: 'OFF', note: '' }]), 'NOTICE_DAY_OUTSIDE_YEAR', 'days[0].date'],
    ['an impossible date', notice(2027, [{ date: '2027-02-30', kind: 'OFF', note: '' }]), 'NOTICE_DAY_OUTSIDE_YEAR', 'days[0].date'],
    ['a day listed twice', notice(2027, [{ date: '2027-02-09', kind: 'OFF', note: '' }, { date: '2027-02-09', kind: 'OFF', note: '春节' }]), 'NOTICE_DAY_TWICE', 'days[1].date'],
    ['a make-up working day on a weekday', notice(2027, [{ date: '2027-02-10', kind: 'WORKDAY', note: '' }]), 'NOTICE_WORKDAY_NOT_WEEKEND', 'days[0].date'],
    ['a statutory holiday made a working day', notice(2027, [{ date: '2027-02-06', kind: 'WORKDAY', note: '' }]), 'NOTICE_WORKDAY_ON_HOLIDAY', 'days[0].date'],
    ['no day at all', notice(2027, []), 'NOTICE_EMPTY', 'days'],
    ['a year the law does not cover', notice(2007, [{ date: '2007-01-01', kind: 'OFF', note: '' }]), 'HOLIDAY_YEAR', 'year'],
    ['the first year, whose December before the law does not cover', notice(2008, [{ date: '2008-01-01', kind: 'OFF', note: '' }]), 'HOLIDAY_YEAR', 'year'],
    ['a document number of one character', { ...notice(2027, [{ date: '2027-01-01', kind: 'OFF', note: '' }]), document: ' 令 ' }, 'LENGTH', 'document'],
    ['a note of 101 characters', notice(2027, [{ date: '2027-01-01', kind: 'OFF', note: '节'.repeat(101) }]), 'LENGTH', 'days[0].note'],
  ])('flags %s', (_why, bad, rule, subject) => {
    expect(checkHolidayNotice(bad, SHIPPED).map((p) => [p.rule, p.subject])).toEqual([[rule, subject]]);
  });

  it('flags a December day another year’s notice already names', () => {
    const reachingBack = notice(2027, [{ date: '2026-12-31', kind: 'OFF', note: '元旦' }]);
    const n2026WithEve: HolidayNotice = { ...SHIPPED[2], days: [...SHIPPED[2].days, { date: '2026-12-31', kind: 'OFF', note: '' }] };
    expect(checkHolidayNotice(reachingBack, [n2026WithEve]).map((p) => p.rule)).toEqual(['NOTICE_DAY_IN_OTHER_NOTICE']);
    expect(checkHolidayNotice(reachingBack, SHIPPED)).toEqual([]);
  });

  it('says which notices speak of a day', () => {
    expect(noticeWindow(2027)).toEqual({ from: '2026-12-25', to: '2027-12-31' });
    expect(noticeYearsFor('2026-12-24')).toEqual([2026]);
    expect(noticeYearsFor('2026-12-25')).toEqual([2026, 2027]);
    expect(noticeYearsFor('2027-01-01')).toEqual([2027]);
  });
});

describe('a year at a glance', () => {
  it('shows the law’s days and the notice’s, each with what decided it', () => {
    const overview = yearOverview(2026, { notices: SHIPPED });
    expect(overview).toMatchObject({ year: 2026, decree: '国务院令第795号', notice: { document: '国办发明电〔2025〕7号' } });
    const day = (date: string) => overview.days.find((d) => d.date === date);
    expect(day('2026-02-16')).toMatchObject({ dayOff: true, reason: 'STATUTORY', festivals: ['SPRING_FESTIVAL'], note: '春节' });
    expect(day('2026-02-15')).toMatchObject({ dayOff: true, reason: 'NOTICE_OFF', festivals: [] });
    expect(day('2026-02-14')).toMatchObject({ dayOff: false, reason: 'NOTICE_WORKDAY' });
    expect(day('2026-07-04')).toBeUndefined(); // an ordinary Saturday is not listed
    expect(overview.days.map((d) => d.date)).toEqual([...overview.days.map((d) => d.date)].sort());
  });

  it('shows a year without its notice: the law only, every day still open', () => {
    const overview = yearOverview(2027, { notices: SHIPPED });
    expect(overview.notice).toBeNull();
    expect(overview.days.map((d) => d.date)).toEqual(overview.statutoryHolidays.map((h) => h.date));
    expect(overview.days.every((d) => d.dayOff && d.missingNotices.includes(2027))).toBe(true);
  });
});

describe('a notice between its text and its days', () => {
  it.each(NOTICES_2024_2026.map((text) => [text.year, text] as const))('%i reads back as published', (_year, text) => {
    const back = noticeToText(noticeFromText(text));
    expect(back.off).toEqual(text.off);
    expect(back.workdays).toEqual(text.workdays);
  });

  it('splits a range where the note changes or a day is missing', () => {
    const text = noticeToText(notice(2027, [
      { date: '2027-02-05', kind: 'OFF', note: '春节' },
      { date: '2027-02-07', kind: 'OFF', note: '春节' },
      { date: '2027-02-06', kind: 'OFF', note: '春节' },
      { date: '2027-02-08', kind: 'OFF', note: '' },
      { date: '2027-02-11', kind: 'OFF', note: '' },
    ]));
    expect(text.off).toEqual([['2027-02-05', '2027-02-07', '春节'], ['2027-02-08', '2027-02-08', ''], ['2027-02-11', '2027-02-11', '']]);
  });
});
