import { Lunar } from 'lunar-typescript';
import { addDays, IsoDate } from './iso-date';

/**
 * The days off fixed by law for every year (docs/domain-rules.md#holidays): 全国年节及纪念日放假办法, as amended by State Council
 * Decree 795 (in force 2025-01-01). The lunar dates and the Qingming solar term come from `lunar-typescript`
 * (checked for 2008–2100 against an independent table-based library and published calendars: see the spec).
 * The State Council's yearly notice (bridging days, make-up working days) is data, not here.
 */
export type Festival = 'NEW_YEAR' | 'SPRING_FESTIVAL' | 'QINGMING' | 'LABOUR_DAY' | 'DRAGON_BOAT' | 'MID_AUTUMN' | 'NATIONAL_DAY';

export const FESTIVALS: readonly Festival[] = ['NEW_YEAR', 'SPRING_FESTIVAL', 'QINGMING', 'LABOUR_DAY', 'DRAGON_BOAT', 'MID_AUTUMN', 'NATIONAL_DAY'];

export const FESTIVAL_NAMES: Record<Festival, string> = {
  NEW_YEAR: '元旦',
  SPRING_FESTIVAL: '春节',
  QINGMING: '清明节',
  LABOUR_DAY: '劳动节',
  DRAGON_BOAT: '端午节',
  MID_AUTUMN: '中秋节',
  NATIONAL_DAY: '国庆节',
};

export interface StatutoryHoliday {
  date: IsoDate;
  festival: Festival;
}

/** One version of the law: what changed between versions is the Spring Festival and Labour Day. */
export interface HolidayLaw {
  /** first year it governs (each version came into force on 1 January) */
  fromYear: number;
  decree: string;
  /** the Spring Festival's days as offsets from lunar New Year's Day (正月初一); −1 is New Year's Eve (除夕) */
  springFestivalOffsets: readonly number[];
  labourDays: number;
}

/** Oldest first. Before 2008 the law had no Qingming, Dragon Boat or Mid-Autumn holiday: not supported. */
export const HOLIDAY_LAWS: readonly HolidayLaw[] = [
  { fromYear: 2008, decree: '国务院令第513号', springFestivalOffsets: [-1, 0, 1], labourDays: 1 },
  { fromYear: 2014, decree: '国务院令第644号', springFestivalOffsets: [0, 1, 2], labourDays: 1 },
  { fromYear: 2025, decree: '国务院令第795号', springFestivalOffsets: [-1, 0, 1, 2], labourDays: 2 },
];

export const FIRST_SUPPORTED_YEAR = HOLIDAY_LAWS[0].fromYear;
/** the range over which the lunar library was checked against an independent one */
export const LAST_SUPPORTED_YEAR = 2100;

export function isSupportedYear(year: number): boolean {
  return Number.isSafeInteger(year) && year >= FIRST_SUPPORTED_YEAR && year <= LAST_SUPPORTED_YEAR;
}

/** A year outside FIRST_SUPPORTED_YEAR–LAST_SUPPORTED_YEAR: its statutory holidays are not known here, so no day of it is judged. */
export class OutsideHolidayCalendarError extends RangeError {
  constructor(readonly year: number) {
    super(`statutory holidays are computed for ${FIRST_SUPPORTED_YEAR}–${LAST_SUPPORTED_YEAR}, got ${year}`);
    this.name = 'OutsideHolidayCalendarError';
  }
}

function assertSupportedYear(year: number): void {
  if (!isSupportedYear(year)) throw new OutsideHolidayCalendarError(year);
}

export function holidayLawFor(year: number): HolidayLaw {
  assertSupportedYear(year);
  return [...HOLIDAY_LAWS].reverse().find((law) => law.fromYear <= year)!;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lunarToIso = (year: number, month: number, day: number): IsoDate => Lunar.fromYmd(year, month, day).getSolar().toYmd();

const byYear = new Map<number, readonly StatutoryHoliday[]>();

/**
 * Every statutory day off of `year`, in date order. A day can carry two festivals (Mid-Autumn on 1 October,
 * as in 2020 and 2031): it is listed once per festival.
 */
export function statutoryHolidays(year: number): readonly StatutoryHoliday[] {
  const known = byYear.get(year);
  if (known) return known;
  const law = holidayLawFor(year);
  // lunar New Year's Day falls between 21 January and 20 February, so its eve is always in the same year
  const lunarNewYear = lunarToIso(year, 1, 1);
  const days: StatutoryHoliday[] = [
    { date: `${year}-01-01`, festival: 'NEW_YEAR' },
    ...law.springFestivalOffsets.map((offset) => ({ date: addDays(lunarNewYear, offset), festival: 'SPRING_FESTIVAL' as const })),
    // the lunar year named `year` holds the Qingming term of April `year`
    { date: Lunar.fromYmd(year, 1, 1).getJieQiTable()['清明'].toYmd(), festival: 'QINGMING' },
    ...Array.from({ length: law.labourDays }, (_, i) => ({ date: `${year}-05-${pad(i + 1)}`, festival: 'LABOUR_DAY' as const })),
    // fromYmd with a positive month is the ordinary month, never a leap month of the same number
    { date: lunarToIso(year, 5, 5), festival: 'DRAGON_BOAT' },
    { date: lunarToIso(year, 8, 15), festival: 'MID_AUTUMN' },
    ...[1, 2, 3].map((d) => ({ date: `${year}-10-${pad(d)}`, festival: 'NATIONAL_DAY' as const })),
  ];
  const sorted = days.sort((a, b) => a.date.localeCompare(b.date) || FESTIVALS.indexOf(a.festival) - FESTIVALS.indexOf(b.festival));
  byYear.set(year, sorted);
  return sorted;
}

/** The festivals whose statutory day off `date` is (empty on any other day). */
export function festivalsOn(date: IsoDate): Festival[] {
  return statutoryHolidays(Number(date.slice(0, 4)))
    .filter((h) => h.date === date)
    .map((h) => h.festival);
}

export function isStatutoryHoliday(date: IsoDate): boolean {
  return festivalsOn(date).length > 0;
}
