import { IsOptional, Matches } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ListOptionsType, ListType } from '../shared/list';
import { Decimal } from '../shared/scalars';
import { DecimalPlaces, TextLength } from '../shared/validators';
import { RepairFund, RepairFundWithdrawal } from './repair-fund.entity';
import { WithdrawalCategory, WithdrawalStatus } from './withdrawal-states';

const MONTH = /^\d{4}-\d{2}$/;

@InputType({ description: 'the fee and the share of it set aside, from a month on' })
export class RepairFundTermsInput {
  @Field(() => Decimal, { description: '元/m²/月, e.g. "1.99"; at most four decimals' })
  @DecimalPlaces(4)
  feeRate: string;

  @Field(() => Decimal, { description: 'per cent of the fee set aside, e.g. "10"; at most two decimals' })
  @DecimalPlaces(2)
  setAsidePercent: string;

  @Field({ description: 'YYYY-MM: the first month these terms apply to' })
  @Matches(MONTH, { message: 'must be a month, YYYY-MM' })
  fromMonth: string;

  @Field(() => ID, { nullable: true, description: 'the passed owners’ resolution that decided the fee' })
  @IsOptional()
  @Matches(/^[0-9]+$/)
  resolutionId?: string | null;
}

@InputType()
export class OpenRepairFundInput extends RepairFundTermsInput {
  @Field(() => ID)
  @Matches(/^[0-9]+$/)
  projectId: string;
}

@InputType()
export class WithdrawalInput {
  @Field(() => ID)
  @Matches(/^[0-9]+$/)
  fundId: string;

  @Field(() => WithdrawalCategory)
  category: WithdrawalCategory;

  @Field({ description: 'what is repaired, where, by whom' })
  @TextLength(2, 500)
  purpose: string;

  @Field(() => Decimal, { description: '元, at most two decimals' })
  @DecimalPlaces(2)
  amount: string;
}

@InputType({ description: 'a correction of a posted month: the amount to add (negative to take back) and why' })
export class RepairFundCorrectionInput {
  @Field(() => ID, { description: 'the posted month (RepairFundAccrual) it corrects' })
  @Matches(/^[0-9]+$/)
  accrualId: string;

  @Field(() => Decimal, { description: '元, at most two decimals, not zero; negative takes money back' })
  @DecimalPlaces(2)
  amount: string;

  @Field({ description: 'why: what was wrong with the month (e.g. the roll’s area then)' })
  @TextLength(2, 500)
  reason: string;
}

@InputType({ description: 'a refund of an approved withdrawal: the amount taken back into the fund and why' })
export class RepairFundRefundInput {
  @Field(() => Decimal, { description: '元, more than zero, at most two decimals; in all never more than the withdrawal paid out' })
  @DecimalPlaces(2)
  amount: string;

  @Field({ description: 'why: the repair cost less than approved, the contractor paid back, …' })
  @TextLength(2, 500)
  reason: string;
}

@InputType()
export class RepairFundFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  estateId?: string;

  @Field(() => ID, { nullable: true })
  projectId?: string;
}

export enum RepairFundSortField {
  ID = 'id',
  UPDATED_AT = 'updatedAt',
}
registerEnumType(RepairFundSortField, { name: 'RepairFundSortField' });
export const RepairFundListOptions = ListOptionsType<RepairFundFilter, `${RepairFundSortField}`>('RepairFund', RepairFundFilter, RepairFundSortField);
export type RepairFundListOptions = InstanceType<typeof RepairFundListOptions>;
export const RepairFundList = ListType('RepairFund', RepairFund);

@InputType()
export class WithdrawalFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  fundId?: string;

  @Field(() => ID, { nullable: true })
  estateId?: string;

  @Field(() => WithdrawalStatus, { nullable: true })
  status?: WithdrawalStatus;

  @Field(() => WithdrawalCategory, { nullable: true })
  category?: WithdrawalCategory;
}

export enum WithdrawalSortField {
  ID = 'id',
  UPDATED_AT = 'updatedAt',
  AMOUNT = 'amountFen',
}
registerEnumType(WithdrawalSortField, { name: 'WithdrawalSortField' });
export const WithdrawalListOptions = ListOptionsType<WithdrawalFilter, `${WithdrawalSortField}`>('RepairFundWithdrawal', WithdrawalFilter, WithdrawalSortField);
export type WithdrawalListOptions = InstanceType<typeof WithdrawalListOptions>;
export const WithdrawalList = ListType('RepairFundWithdrawal', RepairFundWithdrawal);
