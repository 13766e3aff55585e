import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Allow, Policies } from '../auth/policies';
import type { RequestContext } from '../request/context';
import { holidayService } from './holiday.service';
import { HolidayCalendarYear, HolidayNotice, HolidayNoticeDayInput, HolidayNoticeResult } from './holiday.types';

@Resolver()
export class HolidayResolver {
  @Allow(Policies.signedIn)
  @Query(() => [HolidayNotice], { description: 'The State Council’s yearly holiday notices entered so far, newest first.' })
  holidayNotices(@Ctx() ctx: RequestContext, @Arg('year', () => Int, { nullable: true }) year?: number): Promise<HolidayNotice[]> {
    return holidayService.notices(ctx, year);
  }

  @Allow(Policies.signedIn)
  @Query(() => HolidayCalendarYear, { description: 'A year’s statutory holidays (by law, every year) and its notice’s days, once entered.' })
  holidayCalendar(@Ctx() ctx: RequestContext, @Arg('year', () => Int) year: number): Promise<HolidayCalendarYear> {
    return holidayService.calendar(ctx, year);
  }

  @Allow(Policies.administer)
  @Mutation(() => HolidayNoticeResult, {
    description: 'Enters or replaces a year’s holiday notice (its days off and make-up working days); the deadlines it moves are recomputed at once.',
  })
  setHolidayNotice(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int) year: number,
    @Arg('document') document: string,
    @Arg('days', () => [HolidayNoticeDayInput]) days: HolidayNoticeDayInput[],
  ): Promise<HolidayNoticeResult> {
    return holidayService.setNotice(ctx, year, document, days);
  }
}
