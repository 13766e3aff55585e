import { ArrayMaxSize, ArrayMinSize, IsOptional, Matches, ValidateNested } from 'class-validator';
import { TextLength } from '../shared/validators';
import { Field, ID, InputType } from 'type-graphql';
import { LocalDate } from '../shared/scalars';
import type { ReviewingBody } from './checklist';
import { CheckResult, ReviewingBodyCode } from './eligibility-check.entity';

@InputType()
export class NominationInput {
  @Field(() => ID)
  @Matches(/^[0-9]+$/)
  ownerId: string;

  @Field()
  partyMember: boolean;

  @Field({ description: 'e.g. 社区党组织推荐, 业主联名推荐, 自荐' })
  @TextLength(2, 60)
  nominatedBy: string;

  @Field(() => LocalDate)
  nominatedOn: string;
}

@InputType()
export class EligibilityCheckInput {
  @Field({ description: 'the checklist item’s key' })
  @TextLength(1, 60)
  itemKey: string;

  @Field(() => CheckResult)
  result: CheckResult;

  @Field(() => ReviewingBodyCode)
  reviewingBody: ReviewingBody;

  @Field()
  @TextLength(1, 40)
  reviewer: string;

  @Field(() => LocalDate)
  checkedOn: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(0, 500)
  evidenceNote?: string | null;

  @Field(() => String, { nullable: true, description: 'required to let an unsuitable (不宜) finding stand aside' })
  @IsOptional()
  @TextLength(1, 500)
  overrideReason?: string | null;
}

/** One item of a batch: its result, and what differs from the batch (the body, a note, an override). */
@InputType()
export class EligibilityCheckItemInput {
  @Field({ description: 'the checklist item’s key' })
  @TextLength(1, 60)
  itemKey: string;

  @Field(() => CheckResult)
  result: CheckResult;

  @Field(() => ReviewingBodyCode, { nullable: true, description: 'when this item was answered by another body than the batch’s; one of the item’s suggested bodies' })
  @IsOptional()
  reviewingBody?: ReviewingBody | null;

  @Field(() => String, { nullable: true, description: 'who reviewed it, when another than the batch’s reviewer (another body’s)' })
  @IsOptional()
  @TextLength(1, 40)
  reviewer?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(0, 500)
  evidenceNote?: string | null;

  @Field(() => String, { nullable: true, description: 'required to let an unsuitable (不宜) finding stand aside' })
  @IsOptional()
  @TextLength(1, 500)
  overrideReason?: string | null;
}

/** Several checks of one candidate at once: the reviewer, date and reviewing body given once for all of them. */
@InputType()
export class EligibilityChecksInput {
  @Field(() => String, { nullable: true, description: 'who reviewed the items that name none of their own' })
  @IsOptional()
  @TextLength(1, 40)
  reviewer?: string | null;

  @Field(() => LocalDate)
  checkedOn: string;

  @Field(() => ReviewingBodyCode, { nullable: true, description: 'the body that answered; without it, each item’s first suggested body; refused on an item it may not answer' })
  @IsOptional()
  reviewingBody?: ReviewingBody | null;

  @Field(() => [EligibilityCheckItemInput])
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  items: EligibilityCheckItemInput[];
}

@InputType()
export class ObjectionInput {
  @Field(() => LocalDate)
  filedOn: string;

  @Field()
  @TextLength(1, 60)
  filedBy: string;

  @Field()
  @TextLength(2, 1000)
  reason: string;
}
