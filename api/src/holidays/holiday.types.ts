import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { DayReason, NoticeDayKind } from '../shared/holiday-calendar';
import { LocalDate } from '../shared/scalars';
import { FESTIVAL_NAMES, FESTIVALS } from '../shared/statutory-holidays';
import type { Festival } from '../shared/statutory-holidays';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const NoticeDayKindEnum = enumOf<NoticeDayKind>(['OFF', 'WORKDAY']);
registerEnumType(NoticeDayKindEnum, {
  name: 'NoticeDayKind',
  description: 'A day the yearly notice names',
  valuesConfig: { OFF: { description: '放假调休: a day off' }, WORKDAY: { description: '调休上班: a weekend day worked' } },
});

export const FestivalEnum = enumOf<Festival>(FESTIVALS);
registerEnumType(FestivalEnum, {
  name: 'Festival',
  description: 'A holiday of 全国年节及纪念日放假办法',
  valuesConfig: Object.fromEntries(FESTIVALS.map((f) => [f, { description: FESTIVAL_NAMES[f] }])),
});

export const DayReasonEnum = enumOf<DayReason>(['NOTICE_WORKDAY', 'NOTICE_OFF', 'STATUTORY', 'WEEKEND', 'WORKING_DAY']);
registerEnumType(DayReasonEnum, { name: 'DayReason', description: 'What decides whether a day is a day off: the law, then the notice, then the week' });

@ObjectType()
export class HolidayNoticeDay {
  @Field(() => LocalDate)
  date: string;

  @Field(() => NoticeDayKindEnum)
  kind: NoticeDayKind;

  @Field({ description: 'the holiday the day serves, e.g. 春节, 春节调休上班' })
  note: string;
}

@ObjectType({ description: '国务院办公厅关于某年部分节假日安排的通知, as entered by an admin' })
export class HolidayNotice {
  @Field(() => Int)
  year: number;

  @Field({ description: 'the document number, e.g. 国办发明电〔2024〕12号' })
  document: string;

  @Field(() => [HolidayNoticeDay], { description: 'in date order; may reach back to 25 December of the year before' })
  days: HolidayNoticeDay[];

  @Field()
  enteredAt: Date;

  @Field(() => ID, { nullable: true, description: 'null for the notices the system shipped with' })
  enteredById: number | null;
}

@ObjectType()
export class StatutoryHoliday {
  @Field(() => LocalDate)
  date: string;

  @Field(() => FestivalEnum)
  festival: Festival;
}

@ObjectType()
export class HolidayCalendarDay {
  @Field(() => LocalDate)
  date: string;

  @Field()
  dayOff: boolean;

  @Field(() => DayReasonEnum)
  reason: DayReason;

  @Field(() => [FestivalEnum], { description: 'the statutory holidays on this day (two when Mid-Autumn falls on National Day)' })
  festivals: Festival[];

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => [Int], { description: 'notices not entered that may still change this day' })
  missingNotices: number[];
}

@ObjectType({ description: 'A year’s days off: the law’s, computed for every year, and the notice’s, once entered' })
export class HolidayCalendarYear {
  @Field(() => Int)
  year: number;

  @Field({ description: 'the version of 全国年节及纪念日放假办法 in force, e.g. 国务院令第795号' })
  decree: string;

  @Field({ description: 'whether the year’s notice is entered; until it is, deadlines in the year are provisional' })
  noticeEntered: boolean;

  @Field(() => HolidayNotice, { nullable: true })
  notice: HolidayNotice | null;

  @Field(() => [StatutoryHoliday])
  statutoryHolidays: readonly StatutoryHoliday[];

  @Field(() => [HolidayCalendarDay], { description: 'every day the law or a notice names, in date order (ordinary weekends are not listed)' })
  days: HolidayCalendarDay[];
}

@ObjectType()
export class HolidayNoticeResult {
  @Field(() => HolidayNotice)
  notice: HolidayNotice;

  @Field(() => Int, { description: 'committee filings whose due date or provisional mark changed' })
  recomputedFilings: number;
}

@InputType()
export class HolidayNoticeDayInput {
  @Field(() => LocalDate)
  date: string;

  @Field(() => NoticeDayKindEnum)
  kind: NoticeDayKind;

  @Field({ defaultValue: '' })
  note: string;
}
