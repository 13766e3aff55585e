import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BookTotals, StatementLine } from '../committee-accounts/committee-account.resolver';
import { FundTotals } from '../repair-fund/repair-fund.resolver';
import { ListOptionsType, ListType } from '../shared/list';

/**
 * What the owners read without signing in (docs/roles-and-workflows.md#public-statements): totals and names of
 * estates and projects only, never an entry, a counterparty, a voucher, a purpose or a person.
 */

@ObjectType({ description: 'a committee book’s year, once every quarter of it is published: totals only, readable without signing in' })
export class PublicAccountYearStatement extends BookTotals {
  @Field(() => ID)
  accountId: string;
}

@ObjectType({ description: 'a small-repair fund’s quarter or year, once its figures cannot move: totals only, readable without signing in' })
export class PublicRepairFundStatement extends FundTotals {
  @Field()
  estateName: string;

  @Field()
  projectName: string;

  @Field(() => Int)
  year: number;

  @Field(() => Int, { nullable: true, description: 'null for the whole year' })
  quarter: number | null;

  @Field(() => [StatementLine], { description: 'withdrawals by WithdrawalCategory' })
  withdrawalsByCategory: StatementLine[];
}

@ObjectType({ description: 'a published quarter of a committee book' })
export class PublicBookQuarter {
  @Field(() => ID, { description: 'for publishedAccountStatement' })
  periodId: string;

  @Field(() => Int)
  year: number;

  @Field(() => Int)
  quarter: number;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;
}

@ObjectType({ description: 'a public quarter (or, with quarter null, year) of a small-repair fund' })
export class PublicFundPeriod {
  @Field(() => Int)
  year: number;

  @Field(() => Int, { nullable: true })
  quarter: number | null;
}

@ObjectType({ description: 'a project’s small-repair fund and its public statements' })
export class PublicFundStatements {
  @Field(() => ID)
  fundId: string;

  @Field()
  projectName: string;

  @Field(() => [PublicFundPeriod], { description: 'oldest first' })
  periods: PublicFundPeriod[];
}

@ObjectType({ description: 'an estate and every statement of its money the owners may read' })
export class PublicStatementEstate {
  @Field(() => ID, { description: 'the estate’s id' })
  id: string;

  @Field()
  estateName: string;

  @Field()
  address: string;

  @Field(() => ID, { nullable: true, description: 'the committee’s book, for publishedAccountYearStatement' })
  accountId: string | null;

  @Field(() => [PublicBookQuarter], { description: 'published quarters of the committee’s book, oldest first' })
  bookQuarters: PublicBookQuarter[];

  @Field(() => [Int], { description: 'years of the book whose every quarter is published, oldest first' })
  bookYears: number[];

  @Field(() => [PublicFundStatements])
  repairFunds: PublicFundStatements[];
}

@InputType()
export class PublicStatementFilter {
  @Field({ nullable: true, description: 'part of the estate’s name or address' })
  q?: string;
}

export enum PublicStatementSortField {
  ID = 'id',
  NAME = 'name',
}
registerEnumType(PublicStatementSortField, { name: 'PublicStatementSortField' });

export const PublicStatementListOptions = ListOptionsType<PublicStatementFilter, `${PublicStatementSortField}`>('PublicStatement', PublicStatementFilter, PublicStatementSortField);
export type PublicStatementListOptions = InstanceType<typeof PublicStatementListOptions>;
export const PublicStatementEstateList = ListType('PublicStatementEstate', PublicStatementEstate);
