import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { TextLength } from '../shared/validators';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { FilingStatus } from '../filings/filing';
import { ListOptionsType, ListType } from '../shared/list';
import { LocalDate } from '../shared/scalars';
import { CommitteeFiling } from './committee-filing.entity';
import { CommitteePosition } from './committee-composition';
import { Committee } from './committee.entity';
import { MaterialKind } from './filing-material.entity';
import { EstateRecordFilter } from '../geography/place-filter';

@InputType()
export class CommitteeMemberInput {
  @Field(() => ID, { nullable: true, description: 'the member on the owner roll, when the roll is kept here' })
  @IsOptional()
  @Matches(/^[0-9]+$/)
  ownerId?: string | null;

  @Field()
  @TextLength(1, 40)
  name: string;

  @Field(() => CommitteePosition)
  position: CommitteePosition;
}

@InputType()
export class CommitteeMembersInput {
  @Field(() => LocalDate, { description: 'when this composition takes effect (e.g. the first meeting)' })
  effectiveOn: string;

  @Field(() => [CommitteeMemberInput])
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(50) // the committee rules decide the size; this only bounds the request
  members: CommitteeMemberInput[];
}

@InputType()
export class CommitteeInput {
  @Field(() => ID)
  @Matches(/^[0-9]+$/)
  estateId: string;

  @Field(() => Int, { description: '第N届' })
  @IsInt()
  @Min(1)
  @Max(100)
  termNumber: number;

  @Field(() => LocalDate)
  electedOn: string;

  @Field(() => Int, { description: 'term length in whole years (3–5, Zhejiang)' })
  @IsInt()
  termYears: number;

  @Field(() => [CommitteeMemberInput])
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(50) // the committee rules decide the size; this only bounds the request
  members: CommitteeMemberInput[];
}

@InputType()
export class MaterialInput {
  @Field(() => MaterialKind)
  kind: MaterialKind;

  @Field()
  @TextLength(1, 200)
  fileName: string;

  @Field(() => String, { nullable: true, description: 'ignored: the server tells the type from the content (PDF, PNG, JPEG, GIF, WebP, Word, Excel)' })
  @IsOptional()
  @Matches(/^[a-z]+\/[a-z0-9.+-]+$/)
  contentType?: string | null;

  @Field({ description: 'the file, base64 (at most 5 MB decoded)' })
  contentBase64: string;
}

@InputType()
export class CommitteeFilter extends EstateRecordFilter {
  @Field({ nullable: true, description: 'only committees whose term covers today' })
  current?: boolean;
}

@InputType()
export class CommitteeFilingFilter extends EstateRecordFilter {
  @Field(() => ID, { nullable: true })
  committeeId?: string;

  @Field(() => FilingStatus, { nullable: true })
  filingStatus?: FilingStatus;

  @Field({ nullable: true, description: 'still with the street office after the 30-day deadline' })
  overdue?: boolean;
}

export enum CommitteeSortField {
  ID = 'id',
  TERM_END = 'termEnd',
  UPDATED_AT = 'updatedAt',
}
registerEnumType(CommitteeSortField, { name: 'CommitteeSortField' });

export enum CommitteeFilingSortField {
  ID = 'id',
  DUE_ON = 'dueOn',
  UPDATED_AT = 'updatedAt',
  /** what needs work first: drafts and returned, then submitted, then decided; by due date within each */
  WORK_ORDER = 'workOrder',
}
registerEnumType(CommitteeFilingSortField, { name: 'CommitteeFilingSortField' });

export const CommitteeListOptions = ListOptionsType<CommitteeFilter, `${CommitteeSortField}`>('Committee', CommitteeFilter, CommitteeSortField);
export type CommitteeListOptions = InstanceType<typeof CommitteeListOptions>;
export const CommitteeList = ListType('Committee', Committee);

export const CommitteeFilingListOptions = ListOptionsType<CommitteeFilingFilter, `${CommitteeFilingSortField}`>(
  'CommitteeFiling',
  CommitteeFilingFilter,
  CommitteeFilingSortField,
);
export type CommitteeFilingListOptions = InstanceType<typeof CommitteeFilingListOptions>;
export const CommitteeFilingList = ListType('CommitteeFiling', CommitteeFiling);
