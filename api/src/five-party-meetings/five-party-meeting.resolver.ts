import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { officerName } from '../accounts/user-names';
import { Allow, Policies } from '../auth/policies';
import { Estate } from '../estates/estate.entity';
import type { RequestContext } from '../request/context';
import { toId } from '../shared/ids';
import { todayInChina } from '../shared/iso-date';
import { ListResult, selects } from '../shared/list';
import { FivePartyCorrection, FivePartyFollowUp, FivePartyIssue, FivePartyMeeting, FivePartyParticipant, MeetingIssueStatus } from './five-party-meeting.entity';
import {
  CompleteMeetingFollowUpInput,
  CorrectMeetingFollowUpInput,
  CorrectMeetingIssueInput,
  FivePartyMeetingInput,
  FivePartyMeetingList,
  FivePartyMeetingListOptions,
  FivePartyMeetingUpdateInput,
  ResolveMeetingIssueInput,
} from './five-party-meeting.inputs';
import { fivePartyMeetingService } from './five-party-meeting.service';
import { absentParties, dueOnFixed, editsAreCorrections, isFollowUpOverdue, MeetingParty, overdueCount } from './five-party-rules';

const followUpsOf = (ctx: RequestContext, meeting: FivePartyMeeting) => ctx.loaders.manyBy(FivePartyFollowUp, 'meetingId', ['dueOn', 'id']).load(meeting.id);
const issuesOf = (ctx: RequestContext, meeting: FivePartyMeeting) => ctx.loaders.manyBy(FivePartyIssue, 'meetingId').load(meeting.id);
const participantsOf = (ctx: RequestContext, meeting: FivePartyMeeting) => ctx.loaders.manyBy(FivePartyParticipant, 'meetingId', ['position']).load(meeting.id);

@Resolver(() => FivePartyMeeting)
export class FivePartyMeetingResolver {
  @Allow(Policies.registryRead)
  @Query(() => FivePartyMeetingList, { description: 'Five-party meetings (五方会谈); officers see those of their subdistricts.' })
  fivePartyMeetings(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('options', () => FivePartyMeetingListOptions, { nullable: true }) options?: FivePartyMeetingListOptions,
  ): Promise<ListResult<FivePartyMeeting>> {
    return fivePartyMeetingService.list(ctx, options, selects(info, 'totalItems'));
  }

  @Allow(Policies.registryRead)
  @Query(() => FivePartyMeeting)
  fivePartyMeeting(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<FivePartyMeeting> {
    return fivePartyMeetingService.get(ctx, toId(id));
  }

  @Allow(Policies.fivePartyRecord)
  @Mutation(() => FivePartyMeeting, { description: 'Records a five-party meeting held at an estate of the officer’s subdistricts.' })
  createFivePartyMeeting(@Ctx() ctx: RequestContext, @Arg('input') input: FivePartyMeetingInput): Promise<FivePartyMeeting> {
    return fivePartyMeetingService.create(ctx, input);
  }

  @Allow(Policies.fivePartyRecord)
  @Mutation(() => FivePartyMeeting, { description: 'Corrects the day, minutes and attendance; adds issues and follow-ups the record missed.' })
  updateFivePartyMeeting(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: FivePartyMeetingUpdateInput,
  ): Promise<FivePartyMeeting> {
    return fivePartyMeetingService.update(ctx, toId(id), version, input);
  }

  @Allow(Policies.fivePartyRecord)
  @Mutation(() => FivePartyIssue, { description: 'Records how an issue raised at a meeting was resolved.' })
  resolveMeetingIssue(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: ResolveMeetingIssueInput,
  ): Promise<FivePartyIssue> {
    return fivePartyMeetingService.resolveIssue(ctx, toId(id), version, input);
  }

  @Allow(Policies.fivePartyRecord)
  @Mutation(() => FivePartyIssue, { description: 'Corrects what the minutes recorded of an issue, saying why; its status and resolution stay.' })
  correctMeetingIssue(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: CorrectMeetingIssueInput,
  ): Promise<FivePartyIssue> {
    return fivePartyMeetingService.correctIssue(ctx, toId(id), version, input);
  }

  @Allow(Policies.fivePartyRecord)
  @Mutation(() => FivePartyFollowUp, { description: 'Corrects what the minutes recorded of a follow-up, saying why; a due day only before it has passed.' })
  correctMeetingFollowUp(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: CorrectMeetingFollowUpInput,
  ): Promise<FivePartyFollowUp> {
    return fivePartyMeetingService.correctFollowUp(ctx, toId(id), version, input);
  }

  @Allow(Policies.fivePartyRecord)
  @Mutation(() => FivePartyFollowUp, { description: 'Records a follow-up agreed at a meeting as done.' })
  completeMeetingFollowUp(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: CompleteMeetingFollowUpInput,
  ): Promise<FivePartyFollowUp> {
    return fivePartyMeetingService.completeFollowUp(ctx, toId(id), version, input);
  }

  @FieldResolver(() => Estate, { nullable: true })
  estate(@Root() meeting: FivePartyMeeting, @Ctx() ctx: RequestContext): Promise<Estate | null> {
    return ctx.loaders.byId(Estate).load(meeting.estateId);
  }

  @FieldResolver(() => [FivePartyParticipant], { description: 'who attended, for which party, in the minutes’ order' })
  participants(@Root() meeting: FivePartyMeeting, @Ctx() ctx: RequestContext): Promise<FivePartyParticipant[]> {
    return participantsOf(ctx, meeting);
  }

  @FieldResolver(() => [MeetingParty], { description: 'the parties nobody attended for' })
  async absentParties(@Root() meeting: FivePartyMeeting, @Ctx() ctx: RequestContext): Promise<MeetingParty[]> {
    return absentParties(await participantsOf(ctx, meeting));
  }

  @FieldResolver(() => [FivePartyIssue])
  issues(@Root() meeting: FivePartyMeeting, @Ctx() ctx: RequestContext): Promise<FivePartyIssue[]> {
    return issuesOf(ctx, meeting);
  }

  @FieldResolver(() => Int, { description: 'issues raised at the meeting' })
  async issuesRaised(@Root() meeting: FivePartyMeeting, @Ctx() ctx: RequestContext): Promise<number> {
    return (await issuesOf(ctx, meeting)).length;
  }

  @FieldResolver(() => Int, { description: 'of them, resolved' })
  async issuesResolved(@Root() meeting: FivePartyMeeting, @Ctx() ctx: RequestContext): Promise<number> {
    return (await issuesOf(ctx, meeting)).filter((i) => i.status === MeetingIssueStatus.RESOLVED).length;
  }

  @FieldResolver(() => [FivePartyFollowUp], { description: 'by due date' })
  followUps(@Root() meeting: FivePartyMeeting, @Ctx() ctx: RequestContext): Promise<FivePartyFollowUp[]> {
    return followUpsOf(ctx, meeting);
  }

  @FieldResolver(() => Int, { description: 'follow-ups not done after their due day (Beijing)' })
  async overdueFollowUps(@Root() meeting: FivePartyMeeting, @Ctx() ctx: RequestContext): Promise<number> {
    return overdueCount(await followUpsOf(ctx, meeting), todayInChina());
  }

  @FieldResolver(() => Boolean, { description: 'a follow-up is overdue (filter: overdue)' })
  async overdue(@Root() meeting: FivePartyMeeting, @Ctx() ctx: RequestContext): Promise<boolean> {
    return overdueCount(await followUpsOf(ctx, meeting), todayInChina()) > 0;
  }

  @FieldResolver(() => Boolean, { description: 'true once the day it was recorded (Beijing) has passed: an edit of its minutes is then a correction and names its reason (docs/domain-rules.md#five-party-meetings)' })
  editsAreCorrections(@Root() meeting: FivePartyMeeting): boolean {
    return editsAreCorrections(meeting, todayInChina());
  }

  @FieldResolver(() => [FivePartyCorrection], { description: 'corrections of its own minutes (day, summary, attendance) after the day it was recorded, oldest first' })
  async corrections(@Root() meeting: FivePartyMeeting, @Ctx() ctx: RequestContext): Promise<FivePartyCorrection[]> {
    const all = await ctx.loaders.manyBy(FivePartyCorrection, 'meetingId', ['id']).load(meeting.id);
    return all.filter((c) => c.issueId === null && c.followUpId === null);
  }
}

/** The corrections of the minutes, as GraphQL shows them: the fields they changed, before and after, as JSON text. */
@Resolver(() => FivePartyCorrection)
export class FivePartyCorrectionResolver {
  @FieldResolver(() => String, { description: 'the corrected fields as they were (JSON)' })
  before(@Root() correction: FivePartyCorrection): string {
    return JSON.stringify(correction.before);
  }

  @FieldResolver(() => String, { description: 'the corrected fields as corrected (JSON)' })
  after(@Root() correction: FivePartyCorrection): string {
    return JSON.stringify(correction.after);
  }

  @FieldResolver(() => String, { nullable: true, description: 'the name of who corrected it' })
  correctedBy(@Root() correction: FivePartyCorrection, @Ctx() ctx: RequestContext): Promise<string | null> {
    return officerName(ctx, correction.correctedById);
  }
}

@Resolver(() => FivePartyIssue)
export class FivePartyIssueResolver {
  @FieldResolver(() => [FivePartyCorrection], { description: 'corrections of what the minutes recorded of it, oldest first' })
  corrections(@Root() issue: FivePartyIssue, @Ctx() ctx: RequestContext): Promise<FivePartyCorrection[]> {
    return ctx.loaders.manyBy(FivePartyCorrection, 'issueId', ['id']).load(issue.id);
  }
}

@Resolver(() => FivePartyFollowUp)
export class FivePartyFollowUpResolver {
  @FieldResolver(() => [FivePartyCorrection], { description: 'corrections of what the minutes recorded of it, oldest first' })
  corrections(@Root() followUp: FivePartyFollowUp, @Ctx() ctx: RequestContext): Promise<FivePartyCorrection[]> {
    return ctx.loaders.manyBy(FivePartyCorrection, 'followUpId', ['id']).load(followUp.id);
  }

  @FieldResolver(() => Boolean, { description: 'not done after its due day (Beijing)' })
  overdue(@Root() followUp: FivePartyFollowUp): boolean {
    return isFollowUpOverdue(followUp, todayInChina());
  }

  @FieldResolver(() => String, { nullable: true, description: 'why the due day can no longer be corrected (FOLLOW_UP_DONE, DUE_DAY_PASSED), or null while it can' })
  dueOnFixedBy(@Root() followUp: FivePartyFollowUp): string | null {
    return dueOnFixed(followUp, todayInChina())?.rule ?? null;
  }
}
