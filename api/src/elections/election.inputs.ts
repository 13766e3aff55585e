import { ArrayMaxSize, IsInt, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ListOptionsType, ListType } from '../shared/list';
import { LocalDate } from '../shared/scalars';
import { IsOnOrAfter, TextLength } from '../shared/validators';
import { VotingMethod } from './ballot.entity';
import { ElectionAction, ElectionCancelReason, ElectionKind, ElectionPhase } from './election-phases';
import { Election } from './election.entity';
import { TieSettlementMethod } from './tie-settlement';
import { EstateRecordFilter } from '../geography/place-filter';

registerEnumType(ElectionAction, { name: 'ElectionAction' });
registerEnumType(ElectionCancelReason, { name: 'ElectionCancelReason' });

@InputType()
export class PhaseDatesInput {
  @Field(() => ElectionPhase)
  phase: ElectionPhase;

  @Field(() => LocalDate, { nullable: true })
  startsOn?: string | null;

  @Field(() => LocalDate, { nullable: true })
  @IsOnOrAfter('startsOn')
  endsOn?: string | null;
}

@InputType()
export class ElectionInput {
  @Field(() => ID)
  @Matches(/^[0-9]+$/)
  estateId: string;

  @Field(() => ElectionKind)
  kind: ElectionKind;

  @Field({ description: 'e.g. 龙庭小区第三届业主委员会换届选举' })
  @TextLength(4, 100)
  title: string;

  @Field(() => Int, { description: 'committee seats to fill (odd, 5–11; 3 where the estate has ≤ 100 households)' })
  @IsInt()
  @Min(1)
  @Max(11)
  seats: number;

  @Field({ defaultValue: false, description: 'count non-voters with the majority (off by default; contested)' })
  deemedVotes: boolean;

  @Field(() => LocalDate, { nullable: true, description: 'the day the owners are planned to vote' })
  plannedVotingOn?: string | null;

  @Field(() => [PhaseDatesInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @ArrayMaxSize(9)
  phases: PhaseDatesInput[];
}

@InputType()
export class ElectionUpdateInput {
  @Field()
  @TextLength(4, 100)
  title: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(11)
  seats: number;

  @Field()
  deemedVotes: boolean;

  @Field(() => LocalDate, { nullable: true, description: 'the day the owners are planned to vote; left as it is when omitted' })
  plannedVotingOn?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'corrects the voting day recorded at closing, while the votes are counted (once the result notice is posted, by a recount); left as it is when omitted' })
  votedOn?: string | null;

  @Field(() => [PhaseDatesInput])
  @ValidateNested({ each: true })
  @ArrayMaxSize(9)
  phases: PhaseDatesInput[];
}

@InputType()
export class BallotInput {
  @Field(() => ID, { nullable: true, description: 'the voting owner; leave out with developer: true' })
  @IsOptional()
  @Matches(/^[0-9]+$/)
  ownerId?: string | null;

  @Field({ defaultValue: false, description: 'the ballot of the developer’s unsold units (one person)' })
  developer: boolean;

  @Field(() => VotingMethod)
  method: VotingMethod;

  @Field(() => [ID], { description: 'approved candidates, at most the seats; none is a blank ballot' })
  @ArrayMaxSize(11)
  choices: string[];
}

@InputType()
export class ElectionFilter extends EstateRecordFilter {
  @Field(() => ElectionPhase, { nullable: true })
  phase?: ElectionPhase;

  @Field(() => ElectionKind, { nullable: true })
  kind?: ElectionKind;

  @Field({ nullable: true, description: 'true: only elections still running (neither certified nor cancelled); false: only finished ones' })
  open?: boolean;
}

export enum ElectionSortField {
  ID = 'id',
  TITLE = 'title',
  UPDATED_AT = 'updatedAt',
}
registerEnumType(ElectionSortField, { name: 'ElectionSortField' });

export const ElectionListOptions = ListOptionsType<ElectionFilter, `${ElectionSortField}`>('Election', ElectionFilter, ElectionSortField);
export type ElectionListOptions = InstanceType<typeof ElectionListOptions>;
export const ElectionList = ListType('Election', Election);

@InputType({ description: 'how the rules of procedure (议事规则) settled a tie at the last seat' })
export class TieSettlementInput {
  @Field(() => TieSettlementMethod, { description: 'RUNOFF_VOTE 再次投票 or DRAWING_LOTS 抽签, as the estate’s rules provide' })
  method: TieSettlementMethod;

  @Field(() => [ID], { description: 'the tied candidates chosen: exactly as many as seats were left to the tie' })
  @ArrayMaxSize(50)
  chosenCandidateIds: string[];

  @Field(() => LocalDate, { description: 'the day it was decided: not before the count, not in the future' })
  decidedOn: string;

  @Field({ description: 'who witnessed it, and where the minutes record it' })
  note: string;
}
