import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { inJurisdiction } from '../estates/jurisdiction';
import { ElectionStep, electionHistories } from './election-history';
import { admits, Allow, Policies } from '../auth/policies';
import { Estate } from '../estates/estate.entity';
import { actorId, type RequestContext } from '../request/context';
import { fail } from '../shared/errors';
import { toId } from '../shared/ids';
import { ListResult, selects } from '../shared/list';
import { Ballot } from './ballot.entity';
import { ballotService } from './ballot.service';
import { Candidate } from './candidate.entity';
import { ElectionPhaseDates } from './election-phase-dates.entity';
import { ElectionAction, ElectionCancelReason } from './election-phases';
import { Election } from './election.entity';
import { BallotInput, ElectionInput, ElectionList, ElectionListOptions, ElectionUpdateInput, TieSettlementInput } from './election.inputs';
import { confirmTieSettlement, settleTieAtLastSeat } from './tie-settlement.service';
import { electionService } from './election.service';
import { electionTallyForReader } from './tally.service';
import { ElectionTally, TieSettlementType } from './tally.types';
import { tieConfirmRefusal } from './tie-settlement';
import { VotingPersonPage, votingPersons } from './voting-persons';
import { electionRecordOf, electionVote } from './records/vote-record.service';
import { VoteRecordType, voteRecordType } from './records/vote-record.types';
import { LocalDate } from '../shared/scalars';

@Resolver(() => Election)
export class ElectionResolver {
  @Allow(Policies.electionsRead)
  @Query(() => ElectionList)
  elections(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('options', () => ElectionListOptions, { nullable: true }) options?: ElectionListOptions,
  ): Promise<ListResult<Election>> {
    return electionService.list(ctx, options, selects(info, 'totalItems'));
  }

  @Allow(Policies.electionsRead)
  @Query(() => Election)
  election(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Election> {
    return electionService.get(ctx, toId(id));
  }

  @Allow(Policies.electionsRun)
  @Mutation(() => Election)
  createElection(@Ctx() ctx: RequestContext, @Arg('input') input: ElectionInput): Promise<Election> {
    return electionService.create(ctx, input);
  }

  @Allow(Policies.electionsRun)
  @Mutation(() => Election)
  updateElection(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: ElectionUpdateInput,
  ): Promise<Election> {
    return electionService.update(ctx, toId(id), version, input);
  }

  @Allow(Policies.electionsRun)
  @Mutation(() => Election, { description: 'Move to the next phase by the lifecycle table (CERTIFY forms the committee and its filing).' })
  moveElection(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('action', () => ElectionAction) action: ElectionAction,
    @Arg('cancelReason', () => ElectionCancelReason, { nullable: true }) cancelReason?: ElectionCancelReason | null,
    @Arg('votedOn', () => LocalDate, { nullable: true, description: 'CLOSE_VOTING: the day the owners voted, within the announced voting period (today when not given, or its last day once it is over); the committee filing is due 30 days after it' })
    votedOn?: string | null,
    @Arg('note', () => String, { nullable: true, description: 'why, in words (at most 500 characters): required to reopen the review and to recount (the objection answered) and to cancel for OTHER; kept on the election’s history' })
    note?: string | null,
  ): Promise<Election> {
    return electionService.move(ctx, toId(id), version, action, { cancelReason, votedOn, note });
  }

  @Allow(Policies.electionsRun)
  @Mutation(() => Election, {
    description: 'Records how the rules of procedure (再次投票 or 抽签) settled the counted result’s tie at the last seat: once per count, kept; once another officer confirms it (confirmTieSettlement) the chosen are elected and CERTIFY may go on (docs/domain-rules.md#election-tally).',
  })
  settleTieAtLastSeat(
    @Ctx() ctx: RequestContext,
    @Arg('electionId', () => ID) electionId: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: TieSettlementInput,
  ): Promise<Election> {
    return settleTieAtLastSeat(ctx, toId(electionId, 'electionId'), version, input);
  }

  @Allow(Policies.electionsRun)
  @Mutation(() => Election, {
    description: 'Confirms the settlement of the counted result’s tie that another officer recorded (maker-checker: its recorder is refused MAKER_CHECKER); the tie is then settled, the chosen elected and CERTIFY may go on.',
  })
  confirmTieSettlement(@Ctx() ctx: RequestContext, @Arg('electionId', () => ID) electionId: string, @Arg('version', () => Int) version: number): Promise<Election> {
    return confirmTieSettlement(ctx, toId(electionId, 'electionId'), version);
  }

  @Allow(Policies.electionsRun)
  @Mutation(() => Ballot, { description: 'One ballot per voting person (docs/domain-rules.md#voting-persons); a second is ALREADY_EXISTS.' })
  recordBallot(@Ctx() ctx: RequestContext, @Arg('electionId', () => ID) electionId: string, @Arg('input') input: BallotInput): Promise<Ballot> {
    return ballotService.recordElectionBallot(ctx, toId(electionId, 'electionId'), input);
  }

  @Allow(Policies.electionsRun)
  @Query(() => VotingPersonPage, { description: 'the roll for ballot entry: each voting person once, and whether they voted' })
  async votingPersons(
    @Ctx() ctx: RequestContext,
    @Arg('electionId', () => ID) electionId: string,
    @Arg('q', () => String, { nullable: true, description: 'part of a name or a unit, e.g. 3幢' }) q?: string | null,
    @Arg('voted', () => Boolean, { nullable: true }) voted?: boolean | null,
    @Arg('skip', () => Int, { defaultValue: 0 }) skip = 0,
    @Arg('take', () => Int, { defaultValue: 25 }) take = 25,
  ): Promise<VotingPersonPage> {
    const election = await electionService.get(ctx, toId(electionId, 'electionId'));
    return votingPersons(ctx, electionVote(election), { q, voted, skip: Math.max(0, skip), take });
  }

  @FieldResolver(() => Estate)
  estate(@Root() election: Election, @Ctx() ctx: RequestContext): Promise<Estate | null> {
    return ctx.loaders.byId(Estate).load(election.estateId);
  }

  @FieldResolver(() => [ElectionPhaseDates], { description: 'planned dates of each phase, and when it was entered' })
  phases(@Root() election: Election, @Ctx() ctx: RequestContext): Promise<ElectionPhaseDates[]> {
    return ctx.loaders.manyBy(ElectionPhaseDates, 'electionId', ['phase']).load(election.id);
  }

  @FieldResolver(() => [ElectionStep], { description: 'created and every move since, oldest first: when, by whom, and why (the reason and note given)' })
  history(@Root() election: Election, @Ctx() ctx: RequestContext): Promise<ElectionStep[]> {
    return ctx.loaders.custom('Election.history', (ids) => electionHistories(ctx, ids)).load(election.id);
  }

  @FieldResolver(() => [Candidate])
  candidates(@Root() election: Election, @Ctx() ctx: RequestContext): Promise<Candidate[]> {
    return ctx.loaders.manyBy(Candidate, 'electionId').load(election.id);
  }

  @FieldResolver(() => [ElectionAction], { description: 'the moves this caller may make now' })
  availableActions(@Root() election: Election, @Ctx() ctx: RequestContext): Promise<ElectionAction[]> {
    return electionService.availableActions(ctx, election);
  }

  @FieldResolver(() => ElectionTally, {
    nullable: true,
    description: 'participation and approval by headcount and by area: live from the ballots on the roll fixed when voting opened (null while voting is open for all but the officers running the vote: docs/domain-rules.md#vote-record); once counted, the stored result',
  })
  async tally(@Root() election: Election, @Ctx() ctx: RequestContext): Promise<ElectionTally | null> {
    if (!(await inJurisdiction(ctx, election.estateId))) throw fail.forbidden('This estate is outside the subdistricts assigned to you', 'JURISDICTION');
    return electionTallyForReader(ctx, election);
  }

  @FieldResolver(() => VoteRecordType, { nullable: true, description: 'the record of the vote (选举结果公告): null until counted, sealed (sha256) when certified' })
  async record(@Root() election: Election, @Ctx() ctx: RequestContext): Promise<VoteRecordType | null> {
    const record = await electionRecordOf(ctx, election);
    return record && voteRecordType(record, admits(Policies.electionsRun, ctx.principal));
  }
}

@Resolver(() => TieSettlementType)
export class TieSettlementResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'why the caller may not confirm it now (CONFIRMED; PHASE: the result is no longer counted nor published; MAKER_CHECKER: they recorded it; ROLE), or null when they may (confirmTieSettlement)',
  })
  confirmRefusal(@Root() settlement: TieSettlementType, @Ctx() ctx: RequestContext): string | null {
    if (!admits(Policies.electionsRun, ctx.principal)) return 'ROLE';
    return tieConfirmRefusal({ recordedById: settlement.recordedById === null ? null : Number(settlement.recordedById), confirmed: settlement.confirmed }, actorId(ctx), settlement.electionPhase);
  }
}
