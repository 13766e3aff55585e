import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, registerEnumType, Resolver, Root } from 'type-graphql';
import { assertJurisdiction } from '../estates/jurisdiction';
import { admits, Allow, Policies, refusal } from '../auth/policies';
import { Estate } from '../estates/estate.entity';
import type { RequestContext } from '../request/context';
import { toId } from '../shared/ids';
import { ListResult, selects } from '../shared/list';
import { ballotService } from '../elections/ballot.service';
import { Resolution, ResolutionBallot } from './resolution.entity';
import { ResolutionBallotInput, ResolutionInput, ResolutionList, ResolutionListOptions, ResolutionVotingPeriodInput } from './resolution.inputs';
import { ResolutionAction, resolutionService } from './resolution.service';
import { resolutionTallyForReader } from '../elections/tally.service';
import { ResolutionTally } from '../elections/tally.types';
import { VotingPersonPage, votingPersons } from '../elections/voting-persons';
import { resolutionRecordOf, resolutionVote } from '../elections/records/vote-record.service';
import { VoteRecordType, voteRecordType } from '../elections/records/vote-record.types';

registerEnumType(ResolutionAction, { name: 'ResolutionAction' });

@Resolver(() => Resolution)
export class ResolutionResolver {
  @Allow(Policies.electionsRead)
  @Query(() => ResolutionList)
  resolutions(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('options', () => ResolutionListOptions, { nullable: true }) options?: ResolutionListOptions,
  ): Promise<ListResult<Resolution>> {
    return resolutionService.list(ctx, options, selects(info, 'totalItems'));
  }

  @Allow(Policies.electionsRead)
  @Query(() => Resolution)
  resolution(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Resolution> {
    return resolutionService.get(ctx, toId(id));
  }

  @Allow(Policies.electionsRun)
  @Mutation(() => Resolution)
  createResolution(@Ctx() ctx: RequestContext, @Arg('input') input: ResolutionInput): Promise<Resolution> {
    return resolutionService.create(ctx, input);
  }

  @Allow(Policies.electionsRun)
  @Mutation(() => Resolution, { description: 'Announce the voting period anew: before the vote opens, or extending an open one (never shortening it).' })
  updateResolutionVotingPeriod(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: ResolutionVotingPeriodInput,
  ): Promise<Resolution> {
    return resolutionService.updateVotingPeriod(ctx, toId(id), version, input);
  }

  @Allow(Policies.electionsRun)
  @Mutation(() => Resolution, { description: 'Open the vote (on the first day of its announced period), or close it (not before its last day unless everyone on the roll voted; the tally is then frozen into outcome).' })
  moveResolution(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('action', () => ResolutionAction) action: ResolutionAction,
  ): Promise<Resolution> {
    return resolutionService.move(ctx, toId(id), version, action);
  }

  @Allow(Policies.electionsRun)
  @Mutation(() => ResolutionBallot)
  recordResolutionBallot(
    @Ctx() ctx: RequestContext,
    @Arg('resolutionId', () => ID) resolutionId: string,
    @Arg('input') input: ResolutionBallotInput,
  ): Promise<ResolutionBallot> {
    return ballotService.recordResolutionBallot(ctx, toId(resolutionId, 'resolutionId'), input);
  }

  @FieldResolver(() => Estate)
  estate(@Root() resolution: Resolution, @Ctx() ctx: RequestContext): Promise<Estate | null> {
    return ctx.loaders.byId(Estate).load(resolution.estateId);
  }

  @FieldResolver(() => ResolutionTally, {
    nullable: true,
    description: 'live from the ballots on the roll fixed when voting opened (null while voting is open for all but the officers running the vote: docs/domain-rules.md#vote-record); once closed, the stored result',
  })
  tally(@Root() resolution: Resolution, @Ctx() ctx: RequestContext): Promise<ResolutionTally | null> {
    return resolutionTallyForReader(ctx, resolution);
  }

  @FieldResolver(() => VoteRecordType, { nullable: true, description: 'the record of the vote (表决结果公告): null until closed, when it is counted and sealed' })
  async record(@Root() resolution: Resolution, @Ctx() ctx: RequestContext): Promise<VoteRecordType | null> {
    const record = await resolutionRecordOf(ctx, resolution);
    return record && voteRecordType(record, admits(Policies.electionsRun, ctx.principal));
  }

  @FieldResolver(() => VotingPersonPage, { description: 'the roll for ballot entry (officers): each voting person once, and whether they voted' })
  async voters(
    @Root() resolution: Resolution,
    @Ctx() ctx: RequestContext,
    @Arg('q', () => String, { nullable: true, description: 'part of a name or a unit, e.g. 3幢' }) q?: string | null,
    @Arg('voted', () => Boolean, { nullable: true }) voted?: boolean | null,
    @Arg('skip', () => Int, { defaultValue: 0 }) skip = 0,
    @Arg('take', () => Int, { defaultValue: 25 }) take = 25,
  ): Promise<VotingPersonPage> {
    // the same people as votingPersons of an election: officers, in their own subdistricts
    const refused = refusal(Policies.electionsRun, ctx.principal, 'voters');
    if (refused) throw refused;
    await assertJurisdiction(ctx, resolution.estateId);
    return votingPersons(ctx, resolutionVote(resolution), { q, voted, skip: Math.max(0, skip), take });
  }
}
