import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { BIGINT_AS_NUMBER, RecordBase, VersionedRecord } from '../shared/record';
import { LocalDate } from '../shared/scalars';
import { ProposalRecord } from '../filings/proposal-record';
import { EntryDirection, PeriodStatus } from './account-states';

registerEnumType(PeriodStatus, { name: 'AccountPeriodStatus', description: '记账中 / 业委会已结账 / 社区已会签 / 已公开' });
registerEnumType(EntryDirection, { name: 'EntryDirection', description: '收入 / 支出' });

/** An estate's book of public income (业账社管): one per estate, with the spending limit its rules delegate. */
@Entity()
@ObjectType()
export class CommitteeAccount extends VersionedRecord {
  @Column()
  @Field(() => ID)
  estateId: number;

  @Column({ type: 'bigint', transformer: BIGINT_AS_NUMBER })
  spendingLimitFen: number;

  // data per estate, as its rules of procedure say (docs/domain-rules.md#statement-due)
  @Column()
  @Field(() => Int, { description: 'days after a quarter ends within which its statement is due; later it is overdue' })
  statementDueDays: number;

  @Column({ type: 'int', nullable: true })
  createdById: number | null;
}

/** A quarter of the book; its totals are frozen when the committee closes it. */
@Entity()
@ObjectType()
export class AccountPeriod extends VersionedRecord {
  @Column()
  @Field(() => ID)
  accountId: number;

  @Column()
  @Field(() => ID)
  estateId: number;

  @Column()
  @Field(() => Int)
  year: number;

  @Column()
  @Field(() => Int)
  quarter: number;

  @Column({ type: 'text' })
  @Field(() => PeriodStatus)
  status: PeriodStatus;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true, description: 'the user who recorded the committee’s close' })
  closedById: number | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true, description: 'the committee member who closed the quarter' })
  closedByMemberId: number | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  countersignedById: number | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true })
  countersignedAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'bigint', nullable: true, transformer: BIGINT_AS_NUMBER })
  openingFen: number | null;

  @Column({ type: 'bigint', nullable: true, transformer: BIGINT_AS_NUMBER })
  incomeFen: number | null;

  @Column({ type: 'bigint', nullable: true, transformer: BIGINT_AS_NUMBER })
  spendingFen: number | null;

  @Column({ type: 'bigint', nullable: true, transformer: BIGINT_AS_NUMBER })
  closingFen: number | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true, description: 'when the community last sent the closed quarter back to the committee' })
  returnedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  returnedById: number | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'why the community sent it back' })
  returnReason: string | null;
}

/** One line of the book; never edited once its quarter is closed (a trigger refuses it). */
@Entity()
@ObjectType()
export class AccountEntry extends VersionedRecord {
  @Column()
  @Field(() => ID)
  periodId: number;

  @Column()
  @Field(() => ID)
  estateId: number;

  @Column({ type: 'text' })
  @Field(() => EntryDirection)
  direction: EntryDirection;

  @Column({ type: 'text' })
  @Field({ description: 'an IncomeCategory or a SpendingCategory' })
  category: string;

  @Column({ type: 'bigint', transformer: BIGINT_AS_NUMBER })
  amountFen: number;

  @Column()
  @Field({ description: 'who paid, or who was paid' })
  counterparty: string;

  @Column({ type: 'date' })
  @Field(() => LocalDate)
  occurredOn: string;

  @Column()
  @Field()
  description: string;

  @Column()
  @Field(() => ID, { description: 'the committee member who entered it' })
  enteredByMemberId: number;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true, description: 'the entry this one corrects' })
  correctsEntryId: number | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true, description: 'the owners’ resolution that allowed spending above the limit' })
  resolutionId: number | null;

  @Column()
  @Field({ description: 'above the committee’s limit: the community must sign it off' })
  signOffRequired: boolean;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  signedOffById: number | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true })
  signedOffAt: Date | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true, description: 'the officer who refused the sign-off: the entry is kept but counts nowhere' })
  signOffRefusedById: number | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true })
  signOffRefusedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'why the community refused to sign it off' })
  signOffRefusalNote: string | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  createdById: number | null;
}

/** A voucher (invoice, receipt, contract) kept with its entry, under the filing materials' file rules. */
@Entity()
@ObjectType()
export class AccountVoucher extends RecordBase {
  @Column()
  @Field(() => ID)
  entryId: number;

  @Column()
  @Field()
  fileName: string;

  @Column()
  @Field()
  contentType: string;

  @Column()
  @Field(() => Int)
  sizeBytes: number;

  @Column({ type: 'bytea' })
  sha256: Buffer;

  @Column({ type: 'bytea', select: false })
  content: Buffer;

  @Column({ type: 'int', nullable: true })
  uploadedById: number | null;
}

/** New terms of a book that loosen its controls, waiting for another officer (docs/roles-and-workflows.md#money-proposals). */
@Entity()
@ObjectType()
export class CommitteeAccountTermsProposal extends ProposalRecord {
  @Column()
  @Field(() => ID)
  accountId: number;

  @Column()
  @Field(() => ID)
  estateId: number;

  @Column({ type: 'bigint', transformer: BIGINT_AS_NUMBER })
  spendingLimitFen: number;

  @Column()
  @Field(() => Int)
  statementDueDays: number;

  /** the book's terms it was proposed on: confirmed only while the book still stands at them (PROPOSAL_STALE) */
  @Column({ type: 'bigint', nullable: true, transformer: BIGINT_AS_NUMBER })
  spendingLimitFenAtProposal: number | null;

  @Column({ type: 'integer', nullable: true })
  statementDueDaysAtProposal: number | null;
}
