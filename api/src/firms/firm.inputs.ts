import { Matches, ValidationOptions } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { FilingStatus } from '../filings/filing';
import { ListOptionsType, ListType } from '../shared/list';
import { LocalDate } from '../shared/scalars';
import { fieldRule, IsNotFuture, IsPhone, TextLength } from '../shared/validators';
import { checkCreditCode, CreditCodeProblem } from './credit-code';
import { Firm, FirmStatus } from './firm.entity';

const CREDIT_CODE_RULES: ReadonlyArray<CreditCodeProblem['rule']> = ['CREDIT_CODE_LENGTH', 'CREDIT_CODE_CHARACTER', 'CREDIT_CODE_CHECK'];

/**
 * GB 32100-2015 (docs/domain-rules.md#credit-code): the first problem checkCreditCode finds, under its own rule
 * (CREDIT_CODE_LENGTH, _CHARACTER or _CHECK), so the console can say which.
 */
export const IsCreditCode = (options?: ValidationOptions) => (target: object, property: string) => {
  const problemOf = (value: unknown) => (typeof value === 'string' ? checkCreditCode(value) : { rule: 'CREDIT_CODE_LENGTH', message: 'must be a credit code' });
  for (const rule of CREDIT_CODE_RULES) {
    fieldRule(rule, (value) => problemOf(value)?.rule !== rule, (args) => problemOf(args.value)?.message ?? 'must be a credit code', options)(target, property);
  }
};

/** The editable fields of a firm filing: the whole of them on create and on update. */
@InputType()
export class FirmInput {
  @Field()
  @TextLength(2, 100)
  name: string;

  @Field({ description: '18 characters; the check character is verified (GB 32100-2015)' })
  @IsCreditCode()
  creditCode: string;

  @Field()
  @TextLength(1, 40)
  legalRepresentative: string;

  @Field()
  @TextLength(2, 200)
  registeredAddress: string;

  @Field()
  @TextLength(1, 40)
  contactPerson: string;

  @Field()
  @IsPhone()
  contactPhone: string;

  @Field(() => LocalDate, { nullable: true })
  @IsNotFuture()
  establishedOn?: string | null;

  @Field(() => ID)
  @Matches(/^[0-9]+$/)
  districtId: string;

  @Field(() => FirmStatus, { nullable: true, defaultValue: FirmStatus.ACTIVE })
  status?: FirmStatus;
}

@InputType()
export class FirmFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field({ nullable: true, description: 'part of the name' })
  name?: string;

  @Field({ nullable: true, description: 'the whole code, or its beginning' })
  creditCode?: string;

  @Field(() => ID, { nullable: true })
  districtId?: string;

  @Field(() => FirmStatus, { nullable: true })
  status?: FirmStatus;

  @Field(() => FilingStatus, { nullable: true })
  filingStatus?: FilingStatus;

  @Field({ nullable: true, description: 'true: only the filings the caller created; false: only those of others' })
  mine?: boolean;

  @Field({ nullable: true, description: 'true: only the filings the caller submitted (which they may not decide); false: only those they did not' })
  submittedByMe?: boolean;

  @Field({ nullable: true, description: 'changed after this instant (for sync)' })
  updatedAfter?: Date;
}

export enum FirmSortField {
  ID = 'id',
  NAME = 'name',
  CREDIT_CODE = 'creditCode',
  CREATED_AT = 'createdAt',
  UPDATED_AT = 'updatedAt',
  /** the waiting queue: submitted filings oldest first; never-submitted ones come last */
  SUBMITTED_AT = 'submittedAt',
}
registerEnumType(FirmSortField, { name: 'FirmSortField' });

export const FirmListOptions = ListOptionsType<FirmFilter, `${FirmSortField}`>('Firm', FirmFilter, FirmSortField);
export type FirmListOptions = InstanceType<typeof FirmListOptions>;
export const FirmList = ListType('Firm', Firm);
