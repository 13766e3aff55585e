import { IsOptional, Matches, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ListOptionsType, ListType } from '../shared/list';
import { Decimal, LocalDate } from '../shared/scalars';
import { DecimalPlaces, TextLength } from '../shared/validators';
import { AccountEntry, AccountPeriod, CommitteeAccount } from './committee-account.entity';
import { EntryDirection, PeriodStatus } from './account-states';
import { StatementLag } from './statement-due';

@InputType()
export class OpenCommitteeAccountInput {
  @Field(() => ID)
  @Matches(/^[0-9]+$/)
  estateId: string;

  @Field(() => Decimal, {
    description: '元: spending above it needs the owners’ resolution and the community’s sign-off (the rules of procedure say how much); at most two decimals. The book opens at 0: a higher limit is proposed for another officer to confirm',
  })
  @DecimalPlaces(2)
  spendingLimit: string;

  @Field(() => Int, { defaultValue: 30, description: 'days after a quarter ends within which its statement is due (docs/domain-rules.md#statement-due); more than 30 is proposed for another officer to confirm' })
  @Min(1)
  @Max(366)
  statementDueDays: number;
}

/** What an estate's rules of procedure say of its book, changed as they change. */
@InputType()
export class CommitteeAccountTermsInput {
  @Field(() => Decimal, { description: '元: spending above it needs the owners’ resolution and the community’s sign-off; at most two decimals' })
  @DecimalPlaces(2)
  spendingLimit: string;

  @Field(() => Int, { description: 'days after a quarter ends within which its statement is due (docs/domain-rules.md#statement-due)' })
  @Min(1)
  @Max(366)
  statementDueDays: number;
}

@InputType()
export class AccountEntryInput {
  @Field(() => ID)
  @Matches(/^[0-9]+$/)
  accountId: string;

  @Field(() => EntryDirection)
  direction: EntryDirection;

  @Field({ description: 'an IncomeCategory for income, a SpendingCategory for spending' })
  @TextLength(1, 40)
  category: string;

  @Field(() => Decimal, { description: '元, more than zero; a correction may be negative (it takes back part of what it corrects); at most two decimals' })
  @DecimalPlaces(2)
  amount: string;

  @Field()
  @TextLength(1, 200)
  counterparty: string;

  @Field(() => LocalDate)
  occurredOn: string;

  @Field({ defaultValue: '' })
  @TextLength(0, 1000)
  description: string;

  @Field(() => ID, { description: 'the committee member entering it (a member of the estate’s sitting committee)' })
  @Matches(/^[0-9]+$/)
  enteredByMemberId: string;

  @Field(() => ID, { nullable: true, description: 'the entry this one corrects (of a closed quarter, typically)' })
  @IsOptional()
  @Matches(/^[0-9]+$/)
  correctsEntryId?: string | null;

  @Field(() => ID, { nullable: true, description: 'the passed owners’ resolution, for spending above the limit' })
  @IsOptional()
  @Matches(/^[0-9]+$/)
  resolutionId?: string | null;
}

@InputType()
export class VoucherInput {
  @Field()
  @TextLength(1, 200)
  fileName: string;

  @Field({ description: 'the file, base64 (at most 5 MB decoded): a PDF, an image, a Word or Excel document' })
  contentBase64: string;
}

@InputType()
export class CommitteeAccountFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  estateId?: string;

  @Field(() => StatementLag, { nullable: true, description: 'books with a late statement: OVERDUE, or UNPUBLISHED and none overdue (docs/domain-rules.md#statement-due)' })
  statementLag?: StatementLag;
}

export enum CommitteeAccountSortField {
  ID = 'id',
  UPDATED_AT = 'updatedAt',
}
registerEnumType(CommitteeAccountSortField, { name: 'CommitteeAccountSortField' });
export const CommitteeAccountListOptions = ListOptionsType<CommitteeAccountFilter, `${CommitteeAccountSortField}`>('CommitteeAccount', CommitteeAccountFilter, CommitteeAccountSortField);
export type CommitteeAccountListOptions = InstanceType<typeof CommitteeAccountListOptions>;
export const CommitteeAccountList = ListType('CommitteeAccount', CommitteeAccount);

@InputType()
export class AccountPeriodFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  accountId?: string;

  @Field(() => ID, { nullable: true })
  estateId?: string;

  @Field(() => Int, { nullable: true })
  year?: number;

  @Field(() => PeriodStatus, { nullable: true })
  status?: PeriodStatus;
}

export enum AccountPeriodSortField {
  ID = 'id',
  UPDATED_AT = 'updatedAt',
}
registerEnumType(AccountPeriodSortField, { name: 'AccountPeriodSortField' });
export const AccountPeriodListOptions = ListOptionsType<AccountPeriodFilter, `${AccountPeriodSortField}`>('AccountPeriod', AccountPeriodFilter, AccountPeriodSortField);
export type AccountPeriodListOptions = InstanceType<typeof AccountPeriodListOptions>;
export const AccountPeriodList = ListType('AccountPeriod', AccountPeriod);

@InputType()
export class AccountEntryFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  periodId?: string;

  @Field(() => ID, { nullable: true })
  estateId?: string;

  @Field(() => EntryDirection, { nullable: true })
  direction?: EntryDirection;

  @Field({ nullable: true })
  category?: string;

  @Field({ nullable: true, description: 'entries waiting for the community’s sign-off' })
  awaitingSignOff?: boolean;
}

export enum AccountEntrySortField {
  ID = 'id',
  OCCURRED_ON = 'occurredOn',
  UPDATED_AT = 'updatedAt',
}
registerEnumType(AccountEntrySortField, { name: 'AccountEntrySortField' });
export const AccountEntryListOptions = ListOptionsType<AccountEntryFilter, `${AccountEntrySortField}`>('AccountEntry', AccountEntryFilter, AccountEntrySortField);
export type AccountEntryListOptions = InstanceType<typeof AccountEntryListOptions>;
export const AccountEntryList = ListType('AccountEntry', AccountEntry);
