import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { BIGINT_AS_NUMBER, RecordBase, VersionedRecord } from '../shared/record';
import { Decimal, LocalDate } from '../shared/scalars';
import { ProposalRecord } from '../filings/proposal-record';
import { WithdrawalCategory, WithdrawalStatus } from './withdrawal-states';

registerEnumType(WithdrawalStatus, { name: 'WithdrawalStatus', description: '待审批 / 已批准 / 已驳回' });
registerEnumType(WithdrawalCategory, { name: 'WithdrawalCategory', description: '小额维修的类别' });

/**
 * A project's small-repair fund (以养代修): a share of the fee set aside every month, spent on small repairs
 * the community approves. `balanceFen` is the running balance, never below zero (a CHECK in the database).
 */
@Entity()
@ObjectType()
export class RepairFund extends VersionedRecord {
  @Column()
  @Field(() => ID)
  projectId: number;

  @Column()
  @Field(() => ID)
  estateId: number;

  @Column({ type: 'date' })
  @Field(() => LocalDate, { description: 'the first month that accrues (the first day of it)' })
  openedMonth: string;

  @Column({ type: 'bigint', transformer: BIGINT_AS_NUMBER })
  balanceFen: number;

  @Column({ type: 'int', nullable: true })
  createdById: number | null;
}

/** The fee rate and the share set aside from a month on; a change is a new row, never an edit. */
@Entity()
@ObjectType()
export class RepairFundTerms extends RecordBase {
  @Column()
  @Field(() => ID)
  fundId: number;

  @Column({ type: 'date' })
  @Field(() => LocalDate)
  fromMonth: string;

  @Column({ type: 'numeric' })
  @Field(() => Decimal, { description: '元/m²/月' })
  feeRate: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'the share set aside, in basis points (1000 = 10 %)' })
  setAsideBasisPoints: number;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true, description: 'the owners’ resolution that decided the fee' })
  resolutionId: number | null;

  @Column({ type: 'int', nullable: true })
  createdById: number | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true, description: 'the proposal another officer confirmed (none for the terms the fund opened with)' })
  proposalId: number | null;
}

/** One month's set-aside: the area charged, the terms applied and the amount, as computed then. */
@Entity()
@ObjectType()
export class RepairFundAccrual extends RecordBase {
  @Column()
  @Field(() => ID)
  fundId: number;

  @Column({ type: 'date' })
  @Field(() => LocalDate)
  month: string;

  @Column({ type: 'numeric' })
  @Field(() => Decimal, { description: 'm², the units of the owner roll when posted' })
  chargedArea: string;

  @Column({ type: 'numeric' })
  @Field(() => Decimal)
  feeRate: string;

  @Column({ type: 'int' })
  @Field(() => Int)
  setAsideBasisPoints: number;

  @Column({ type: 'bigint', transformer: BIGINT_AS_NUMBER })
  amountFen: number;

  @Column({ type: 'int', nullable: true })
  createdById: number | null;
}

/** A request to pay a small repair from the fund: requested, then approved or rejected by another officer. */
@Entity()
@ObjectType()
export class RepairFundWithdrawal extends VersionedRecord {
  @Column()
  @Field(() => ID)
  fundId: number;

  @Column()
  @Field(() => ID)
  estateId: number;

  @Column({ type: 'text' })
  @Field(() => WithdrawalCategory)
  category: WithdrawalCategory;

  @Column()
  @Field()
  purpose: string;

  @Column({ type: 'bigint', transformer: BIGINT_AS_NUMBER })
  amountFen: number;

  @Column({ type: 'text' })
  @Field(() => WithdrawalStatus)
  status: WithdrawalStatus;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  requestedById: number | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  decidedById: number | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  decisionNote: string | null;
}

/**
 * A posting of money into or out of a fund that is never an edit of what it corrects: dated the day it is made, by the
 * database, and counted by that day's statement (docs/domain-rules.md#repair-fund).
 */
@ObjectType()
export abstract class FundPosting extends RecordBase {
  @Column()
  @Field(() => ID)
  fundId: number;

  // set by the database on insert, its own day in China (migrations/1764804000000-ledgers-held-by-the-database.ts,
  // 1764804200000-repair-fund-refunds.ts)
  @Column({ type: 'date', insert: false, update: false })
  @Field(() => LocalDate, { description: 'the day it was posted (China): the statement counts it then' })
  postedOn: string;

  @Column({ type: 'bigint', transformer: BIGINT_AS_NUMBER })
  amountFen: number;

  @Column()
  @Field()
  reason: string;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  createdById: number | null;
}

/** A correction of a posted month: its own posting, never an edit of the month. */
@Entity()
@ObjectType()
export class RepairFundCorrection extends FundPosting {
  @Column()
  @Field(() => ID, { description: 'the posted month it corrects' })
  accrualId: number;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true, description: 'adding money: the proposal another officer confirmed' })
  proposalId: number | null;
}

/** A refund of an approved withdrawal (the repair cost less, the contractor paid back): its own posting, never an edit of the withdrawal. */
@Entity()
@ObjectType()
export class RepairFundRefund extends FundPosting {
  @Column()
  @Field(() => ID, { description: 'the approved withdrawal it takes money back from' })
  withdrawalId: number;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true, description: 'the proposal another officer confirmed (none for refunds posted before refunds were checked)' })
  proposalId: number | null;
}

/** A proposal about a fund, placed on its estate: what every fund proposal is about. */
@ObjectType()
export abstract class FundProposal extends ProposalRecord {
  @Column()
  @Field(() => ID)
  fundId: number;

  @Column()
  @Field(() => ID)
  estateId: number;
}

/** A refund of an approved withdrawal, waiting for another officer: money in, so it counts nowhere until confirmed (review F3). */
@Entity()
@ObjectType()
export class RepairFundRefundProposal extends FundProposal {

  @Column()
  @Field(() => ID, { description: 'the approved withdrawal it would take money back from' })
  withdrawalId: number;

  @Column({ type: 'bigint', transformer: BIGINT_AS_NUMBER })
  amountFen: number;

  @Column()
  @Field()
  reason: string;
}

/** New terms of a fund, waiting for another officer (docs/roles-and-workflows.md#money-proposals). */
@Entity()
@ObjectType()
export class RepairFundTermsProposal extends FundProposal {

  @Column({ type: 'date' })
  @Field(() => LocalDate)
  fromMonth: string;

  @Column({ type: 'numeric' })
  @Field(() => Decimal, { description: '元/m²/月' })
  feeRate: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'basis points (1000 = 10 %)' })
  setAsideBasisPoints: number;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  resolutionId: number | null;
}

/** A correction adding money to a posted month, waiting for another officer: it counts nowhere until confirmed. */
@Entity()
@ObjectType()
export class RepairFundCorrectionProposal extends FundProposal {

  @Column()
  @Field(() => ID, { description: 'the posted month it would correct' })
  accrualId: number;

  @Column({ type: 'bigint', transformer: BIGINT_AS_NUMBER })
  amountFen: number;

  @Column()
  @Field()
  reason: string;
}
