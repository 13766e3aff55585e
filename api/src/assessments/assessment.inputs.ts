import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { TextLength } from '../shared/validators';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { EstateRecordFilter } from '../geography/place-filter';
import { ListOptionsType, ListType } from '../shared/list';
import { AssessingBody, Assessment, AssessmentState, EstateCategory, RedBlackList } from './assessment.entity';
import { ESTATE_CATEGORIES } from './scheme';
import type { EstateCategory as Category } from './scheme';

const QUARTER = /^20[0-9]{2}-Q[1-4]$/;

@InputType()
export class AssessmentSchemeItemInput {
  @Field({ description: 'UPPER_SNAKE_CASE, stable while the meaning stays' })
  @Matches(/^[A-Z][A-Z0-9_]*$/)
  key: string;

  @Field()
  @TextLength(2, 200)
  titleZh: string;

  @Field()
  @TextLength(2, 200)
  titleEn: string;

  @Field(() => Int, { description: 'whole points' })
  @IsInt()
  @Min(1)
  @Max(100)
  maxScore: number;

  @Field(() => [EstateCategory])
  @IsIn(ESTATE_CATEGORIES, { each: true })
  @ArrayMinSize(1)
  categories: Category[];
}

@InputType()
export class AssessmentSchemeInput {
  @Field()
  @TextLength(2, 100)
  title: string;

  @Field({ description: 'where the items come from, e.g. the authority’s notice' })
  @TextLength(2, 300)
  source: string;

  @Field(() => [AssessmentSchemeItemInput])
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(60)
  items: AssessmentSchemeItemInput[];

  @Field(() => Int, { description: 'percent of each category on the red list' })
  @IsInt()
  @Min(0)
  @Max(50)
  redSharePercent: number;

  @Field(() => Int, { description: 'percent of each category on the black list' })
  @IsInt()
  @Min(0)
  @Max(50)
  blackSharePercent: number;

  @Field(() => Int, { description: 'years after delivery from which an estate is MATURE' })
  @IsInt()
  @Min(1)
  @Max(50)
  matureAfterYears: number;
}

@InputType()
export class AssessmentInput {
  @Field(() => ID)
  @Matches(/^[0-9]+$/)
  projectId: string;

  @Field({ description: 'e.g. 2026-Q3' })
  @Matches(QUARTER)
  quarter: string;

  @Field(() => AssessingBody)
  assessingBody: AssessingBody;
}

@InputType()
export class ItemScoreInput {
  @Field()
  @TextLength(1, 60)
  itemKey: string;

  @Field(() => Int)
  score: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(0, 500)
  note?: string | null;
}

@InputType()
export class ItemAdjustmentInput {
  @Field()
  @TextLength(1, 60)
  itemKey: string;

  @Field(() => Int)
  score: number;

  @Field(() => String, { nullable: true, description: 'required when the score changes' })
  @IsOptional()
  @TextLength(0, 500)
  reason?: string | null;
}

@InputType()
export class AssessmentFilter extends EstateRecordFilter {
  @Field({ nullable: true })
  @IsOptional()
  @Matches(QUARTER)
  quarter?: string;

  @Field(() => AssessmentState, { nullable: true })
  state?: AssessmentState;

  @Field(() => EstateCategory, { nullable: true })
  category?: EstateCategory;

  @Field(() => ID, { nullable: true })
  projectId?: string;

  @Field(() => ID, { nullable: true })
  firmId?: string;
}

export enum AssessmentSortField {
  ID = 'id',
  QUARTER = 'quarter',
  TOTAL = 'total',
  UPDATED_AT = 'updatedAt',
}
registerEnumType(AssessmentSortField, { name: 'AssessmentSortField' });

export const AssessmentListOptions = ListOptionsType<AssessmentFilter, `${AssessmentSortField}`>('Assessment', AssessmentFilter, AssessmentSortField);
export type AssessmentListOptions = InstanceType<typeof AssessmentListOptions>;
export const AssessmentList = ListType('Assessment', Assessment);

@InputType()
export class RedBlackListFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field({ nullable: true, description: 'one quarter, e.g. 2026-Q3' })
  quarter?: string;
}

export enum RedBlackListSortField {
  QUARTER = 'quarter',
}
registerEnumType(RedBlackListSortField, { name: 'RedBlackListSortField' });
export const RedBlackListListOptions = ListOptionsType<RedBlackListFilter, `${RedBlackListSortField}`>('RedBlackList', RedBlackListFilter, RedBlackListSortField);
export type RedBlackListListOptions = InstanceType<typeof RedBlackListListOptions>;
export const RedBlackListList = ListType('RedBlackList', RedBlackList);
