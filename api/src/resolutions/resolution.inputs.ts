import { IsOptional, Matches } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ListOptionsType, ListType } from '../shared/list';
import { LocalDate } from '../shared/scalars';
import { IsOnOrAfter, TextLength } from '../shared/validators';
import { VotingMethod } from '../elections/ballot.entity';
import { Resolution, ResolutionChoice, ResolutionPhase } from './resolution.entity';
import { Matter } from '../elections/thresholds';

@InputType()
export class ResolutionInput {
  @Field(() => ID)
  @Matches(/^[0-9]+$/)
  estateId: string;

  @Field(() => Matter, { description: 'decides the threshold: ≥ 3/4 for matters 6–8, more than half otherwise' })
  matter: Matter;

  @Field({ description: 'e.g. 物业服务费由1.69元/㎡·月调整为1.99元/㎡·月' })
  @TextLength(4, 200)
  title: string;

  @Field({ defaultValue: '' })
  @TextLength(0, 4000)
  description: string;

  @Field({ defaultValue: false })
  deemedVotes: boolean;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  votingStartsOn?: string | null;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @IsOnOrAfter('votingStartsOn')
  votingEndsOn?: string | null;
}

/** The voting period announced anew; both days as they are to be, null for a day not announced. */
@InputType()
export class ResolutionVotingPeriodInput {
  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  votingStartsOn?: string | null;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @IsOnOrAfter('votingStartsOn')
  votingEndsOn?: string | null;
}

@InputType()
export class ResolutionBallotInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(/^[0-9]+$/)
  ownerId?: string | null;

  @Field({ defaultValue: false })
  developer: boolean;

  @Field(() => VotingMethod)
  method: VotingMethod;

  @Field(() => ResolutionChoice)
  choice: ResolutionChoice;
}

@InputType()
export class ResolutionFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  estateId?: string;

  @Field(() => ResolutionPhase, { nullable: true })
  phase?: ResolutionPhase;

  @Field(() => Matter, { nullable: true })
  matter?: Matter;
}

export enum ResolutionSortField {
  ID = 'id',
  UPDATED_AT = 'updatedAt',
}
registerEnumType(ResolutionSortField, { name: 'ResolutionSortField' });

export const ResolutionListOptions = ListOptionsType<ResolutionFilter, `${ResolutionSortField}`>('Resolution', ResolutionFilter, ResolutionSortField);
export type ResolutionListOptions = InstanceType<typeof ResolutionListOptions>;
export const ResolutionList = ListType('Resolution', Resolution);
