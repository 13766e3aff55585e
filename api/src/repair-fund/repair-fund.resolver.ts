import type { GraphQLResolveInfo } from 'graphql';
import { Arg, createUnionType, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, registerEnumType, Resolver, Root } from 'type-graphql';
import { Allow, idWithRole, Policies } from '../auth/policies';
import { Role } from '../request/principal';
import { Estate } from '../estates/estate.entity';
import { Project } from '../projects/project.entity';
import type { RequestContext } from '../request/context';
import { fromHundredths } from '../shared/decimal';
import { toId } from '../shared/ids';
import { Decimal, LocalDate } from '../shared/scalars';
import { ListResult, selects } from '../shared/list';
import { basisPointsToPercent } from './accrual';
import { RepairFund, RepairFundAccrual, RepairFundCorrection, RepairFundCorrectionProposal, RepairFundRefund, RepairFundRefundProposal, RepairFundTerms, RepairFundTermsProposal, RepairFundWithdrawal } from './repair-fund.entity';
import { ProposalAction } from '../filings/proposals';
import { MoneyProposalFields } from '../filings/money-proposal-offer';
import { officerName } from '../accounts/user-names';
import {
  OpenRepairFundInput,
  RepairFundCorrectionInput,
  RepairFundList,
  RepairFundListOptions,
  RepairFundRefundInput,
  RepairFundTermsInput,
  WithdrawalInput,
  WithdrawalList,
  WithdrawalListOptions,
} from './repair-fund.inputs';
import { FundStatement, repairFundService } from './repair-fund.service';
import { WithdrawalAction, WithdrawalCategory } from './withdrawal-states';

registerEnumType(WithdrawalAction, { name: 'WithdrawalAction' });

/** What a correction became: posted at once (taking back), or proposed for another officer (adding money). */
export const RepairFundCorrectionOutcome = createUnionType({
  name: 'RepairFundCorrectionOutcome',
  types: () => [RepairFundCorrection, RepairFundCorrectionProposal] as const,
  resolveType: (value) => ('status' in value ? RepairFundCorrectionProposal : RepairFundCorrection),
});

@ObjectType()
export class WithdrawalCategoryTotal {
  @Field(() => WithdrawalCategory)
  category: WithdrawalCategory;

  @Field(() => Decimal, { description: '元' })
  amount: string;
}

/** A fund's figures over a quarter or a year, in 元: what every statement of the fund shows and prints. */
@ObjectType()
export abstract class FundTotals {
  @Field(() => ID)
  fundId: string;

  @Field(() => LocalDate)
  from: string;

  @Field(() => LocalDate)
  to: string;

  @Field(() => Decimal)
  opening: string;

  @Field(() => Decimal, { description: 'the months’ set-asides, with any correction posted in the period' })
  accruals: string;

  @Field(() => Decimal)
  withdrawals: string;

  @Field(() => Decimal)
  closing: string;
}

export function fundTotals(s: FundStatement): FundTotals {
  return {
    fundId: String(s.fundId),
    from: s.from,
    to: s.to,
    opening: fromHundredths(s.openingFen),
    accruals: fromHundredths(s.inFen),
    withdrawals: fromHundredths(s.outFen),
    closing: fromHundredths(s.closingFen),
  };
}

@ObjectType({ description: 'a quarter’s or a year’s account of the fund, in 元' })
export class RepairFundStatement extends FundTotals {
  @Field(() => [WithdrawalCategoryTotal])
  withdrawalsByCategory: WithdrawalCategoryTotal[];
}

function statementType(s: FundStatement): RepairFundStatement {
  return {
    ...fundTotals(s),
    withdrawalsByCategory: s.outByCategory.map((c) => ({ category: c.category as WithdrawalCategory, amount: fromHundredths(c.amountFen) })),
  };
}

@Resolver(() => RepairFund)
export class RepairFundResolver {
  @Allow(Policies.electionsRead)
  @Query(() => RepairFundList)
  repairFunds(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('options', () => RepairFundListOptions, { nullable: true }) options?: RepairFundListOptions,
  ): Promise<ListResult<RepairFund>> {
    return repairFundService.list(ctx, options, selects(info, 'totalItems'));
  }

  @Allow(Policies.electionsRead)
  @Query(() => RepairFund)
  repairFund(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<RepairFund> {
    return repairFundService.get(ctx, toId(id));
  }

  @Allow(Policies.electionsRun)
  @Mutation(() => RepairFund, { description: 'Opens a project’s small-repair fund (以养代修) with its fee rate and the share set aside.' })
  openRepairFund(@Ctx() ctx: RequestContext, @Arg('input') input: OpenRepairFundInput): Promise<RepairFund> {
    return repairFundService.open(ctx, input);
  }

  @Allow(Policies.electionsRun)
  @Mutation(() => RepairFund, { description: 'Proposes new terms from a month on (months already posted keep theirs); they apply once another officer confirms them (pendingTerms).' })
  setRepairFundTerms(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: RepairFundTermsInput,
  ): Promise<RepairFund> {
    return repairFundService.setTerms(ctx, toId(id), version, input);
  }

  @Allow(Policies.electionsRun)
  @Mutation(() => RepairFundAccrual, { description: 'Posts a month’s set-aside (charged area × rate × share), once per month.' })
  postRepairFundAccrual(@Ctx() ctx: RequestContext, @Arg('fundId', () => ID) fundId: string, @Arg('month', { description: 'YYYY-MM' }) month: string): Promise<RepairFundAccrual> {
    return repairFundService.postAccrual(ctx, toId(fundId, 'fundId'), month);
  }

  @Allow(Policies.electionsRun)
  @Mutation(() => RepairFundCorrectionOutcome, {
    description: 'Corrects a posted month by a posting of its own, dated today; the month stays as posted. Taking back is posted at once (a RepairFundCorrection); adding money is proposed (a RepairFundCorrectionProposal) and counts nowhere until another officer confirms it.',
  })
  postRepairFundCorrection(
    @Ctx() ctx: RequestContext,
    @Arg('fundId', () => ID) fundId: string,
    @Arg('input') input: RepairFundCorrectionInput,
  ): Promise<RepairFundCorrection | RepairFundCorrectionProposal> {
    return repairFundService.postCorrection(ctx, toId(fundId, 'fundId'), input);
  }

  @Allow(Policies.electionsRun)
  @Mutation(() => RepairFundTermsProposal, { description: 'CONFIRM or REFUSE new terms another officer proposed (confirmed terms are written at once), or WITHDRAW your own proposal.' })
  decideRepairFundTerms(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('action', () => ProposalAction) action: ProposalAction,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ): Promise<RepairFundTermsProposal> {
    return repairFundService.decideTerms(ctx, toId(id), version, action, note ?? null);
  }

  @Allow(Policies.electionsRun)
  @Mutation(() => RepairFundCorrectionProposal, { description: 'CONFIRM (posted at once, dated today, the balance moves) or REFUSE a correction adding money another officer proposed, or WITHDRAW your own.' })
  decideRepairFundCorrection(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('action', () => ProposalAction) action: ProposalAction,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ): Promise<RepairFundCorrectionProposal> {
    return repairFundService.decideCorrection(ctx, toId(id), version, action, note ?? null);
  }

  @FieldResolver(() => RepairFundTermsProposal, { nullable: true, description: 'new terms proposed and waiting for another officer; they do not apply yet' })
  pendingTerms(@Root() fund: RepairFund, @Ctx() ctx: RequestContext): Promise<RepairFundTermsProposal | null> {
    return repairFundService.pendingTerms(ctx, fund.id);
  }

  @FieldResolver(() => RepairFundRefundProposal, { nullable: true, description: 'a refund waiting for another officer: not in the balance nor in any statement yet' })
  pendingRefund(@Root() fund: RepairFund, @Ctx() ctx: RequestContext): Promise<RepairFundRefundProposal | null> {
    return repairFundService.pendingRefund(ctx, fund.id);
  }

  @FieldResolver(() => RepairFundCorrectionProposal, { nullable: true, description: 'a correction adding money, waiting for another officer: not in the balance nor in any statement yet' })
  pendingCorrection(@Root() fund: RepairFund, @Ctx() ctx: RequestContext): Promise<RepairFundCorrectionProposal | null> {
    return repairFundService.pendingCorrection(ctx, fund.id);
  }

  @FieldResolver(() => [RepairFundTermsProposal], { description: 'every proposal of new terms, oldest first, with its decision' })
  async termsProposals(@Root() fund: RepairFund, @Ctx() ctx: RequestContext): Promise<RepairFundTermsProposal[]> {
    return (await repairFundService.proposals(ctx, fund.id)).terms;
  }

  @FieldResolver(() => [RepairFundCorrectionProposal], { description: 'every proposal of a correction adding money, oldest first, with its decision' })
  async correctionProposals(@Root() fund: RepairFund, @Ctx() ctx: RequestContext): Promise<RepairFundCorrectionProposal[]> {
    return (await repairFundService.proposals(ctx, fund.id)).corrections;
  }

  @FieldResolver(() => [RepairFundCorrection], { description: 'corrections of posted months, oldest first' })
  corrections(@Root() fund: RepairFund, @Ctx() ctx: RequestContext): Promise<RepairFundCorrection[]> {
    return repairFundService.corrections(ctx, fund.id);
  }

  @FieldResolver(() => Decimal, { description: '元, never below zero' })
  balance(@Root() fund: RepairFund): string {
    return fromHundredths(fund.balanceFen);
  }

  @FieldResolver(() => [RepairFundTerms], { description: 'every set of terms, oldest first' })
  terms(@Root() fund: RepairFund, @Ctx() ctx: RequestContext): Promise<RepairFundTerms[]> {
    return repairFundService.terms(ctx, fund.id);
  }

  @FieldResolver(() => [RepairFundAccrual], { description: 'the months posted, oldest first' })
  accruals(@Root() fund: RepairFund, @Ctx() ctx: RequestContext): Promise<RepairFundAccrual[]> {
    return repairFundService.accruals(ctx, fund.id);
  }

  @FieldResolver(() => RepairFundStatement, { description: 'a quarter (1–4), or the year when quarter is left out' })
  async statement(
    @Root() fund: RepairFund,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int) year: number,
    @Arg('quarter', () => Int, { nullable: true }) quarter?: number | null,
  ): Promise<RepairFundStatement> {
    return statementType(await repairFundService.statement(ctx, fund, year, quarter ?? null));
  }

  @FieldResolver(() => Project)
  project(@Root() fund: RepairFund, @Ctx() ctx: RequestContext): Promise<Project | null> {
    return ctx.loaders.byId(Project).load(fund.projectId);
  }

  @FieldResolver(() => Estate)
  estate(@Root() fund: RepairFund, @Ctx() ctx: RequestContext): Promise<Estate | null> {
    return ctx.loaders.byId(Estate).load(fund.estateId);
  }
}

@Resolver(() => RepairFundTerms)
export class RepairFundTermsResolver {
  @FieldResolver(() => Decimal, { description: 'per cent of the fee set aside' })
  setAsidePercent(@Root() terms: RepairFundTerms): string {
    return basisPointsToPercent(terms.setAsideBasisPoints);
  }
}

@Resolver(() => RepairFundAccrual)
export class RepairFundAccrualResolver {
  @FieldResolver(() => Decimal, { description: '元' })
  amount(@Root() accrual: RepairFundAccrual): string {
    return fromHundredths(accrual.amountFen);
  }

  @FieldResolver(() => Decimal)
  setAsidePercent(@Root() accrual: RepairFundAccrual): string {
    return basisPointsToPercent(accrual.setAsideBasisPoints);
  }
}

@Resolver(() => RepairFundCorrection)
export class RepairFundCorrectionResolver {
  @FieldResolver(() => Decimal, { description: '元, negative when it takes money back' })
  amount(@Root() correction: RepairFundCorrection): string {
    return fromHundredths(correction.amountFen);
  }
}

const officerOf = (ctx: RequestContext) => idWithRole(ctx.principal, Role.OFFICER);

const FUND_PROPOSAL = {
  nameOf: officerName,
  refusals:
    'why CONFIRM is not offered to the calling officer: MAKER_CHECKER (their own), PROPOSER_GONE (its proposer is no longer an officer of the estate); null when it is, or when decided',
};

@Resolver(() => RepairFundTermsProposal)
export class RepairFundTermsProposalResolver extends MoneyProposalFields(RepairFundTermsProposal, FUND_PROPOSAL) {
  @FieldResolver(() => Decimal, { description: 'per cent of the fee set aside' })
  setAsidePercent(@Root() proposal: RepairFundTermsProposal): string {
    return basisPointsToPercent(proposal.setAsideBasisPoints);
  }
}

@Resolver(() => RepairFundCorrectionProposal)
export class RepairFundCorrectionProposalResolver extends MoneyProposalFields(RepairFundCorrectionProposal, FUND_PROPOSAL) {
  @FieldResolver(() => Decimal, { description: '元, added to the month when confirmed' })
  amount(@Root() proposal: RepairFundCorrectionProposal): string {
    return fromHundredths(proposal.amountFen);
  }
}

@Resolver(() => RepairFundRefundProposal)
export class RepairFundRefundProposalResolver extends MoneyProposalFields(RepairFundRefundProposal, FUND_PROPOSAL) {
  @FieldResolver(() => Decimal, { description: '元, taken back into the fund when confirmed' })
  amount(@Root() proposal: RepairFundRefundProposal): string {
    return fromHundredths(proposal.amountFen);
  }
}

@Resolver(() => RepairFundRefund)
export class RepairFundRefundResolver {
  @FieldResolver(() => Decimal, { description: '元, taken back into the fund' })
  amount(@Root() refund: RepairFundRefund): string {
    return fromHundredths(refund.amountFen);
  }
}

@Resolver(() => RepairFundWithdrawal)
export class RepairFundWithdrawalResolver {
  @Allow(Policies.electionsRead)
  @Query(() => WithdrawalList)
  repairFundWithdrawals(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('options', () => WithdrawalListOptions, { nullable: true }) options?: WithdrawalListOptions,
  ): Promise<ListResult<RepairFundWithdrawal>> {
    return repairFundService.listWithdrawals(ctx, options, selects(info, 'totalItems'));
  }

  @Allow(Policies.electionsRead)
  @Query(() => RepairFundWithdrawal)
  repairFundWithdrawal(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<RepairFundWithdrawal> {
    return repairFundService.getWithdrawal(ctx, toId(id));
  }

  @Allow(Policies.electionsRun)
  @Mutation(() => RepairFundWithdrawal, { description: 'A request to pay a small repair from the fund, for another officer to decide.' })
  requestRepairFundWithdrawal(@Ctx() ctx: RequestContext, @Arg('input') input: WithdrawalInput): Promise<RepairFundWithdrawal> {
    return repairFundService.requestWithdrawal(ctx, input);
  }

  @Allow(Policies.electionsRun)
  @Mutation(() => RepairFundWithdrawal, { description: 'Approve (the money leaves the fund, if the balance covers it) or reject; never by the requester.' })
  moveRepairFundWithdrawal(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('action', () => WithdrawalAction) action: WithdrawalAction,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ): Promise<RepairFundWithdrawal> {
    return repairFundService.moveWithdrawal(ctx, toId(id), version, action, note ?? null);
  }

  @Allow(Policies.electionsRun)
  @Mutation(() => RepairFundRefundProposal, {
    description: 'Proposes taking money back into the fund from an approved withdrawal; posted, dated that day, when another officer confirms it (decideRepairFundRefund). The withdrawal stays as decided.',
  })
  postRepairFundRefund(@Ctx() ctx: RequestContext, @Arg('withdrawalId', () => ID) withdrawalId: string, @Arg('input') input: RepairFundRefundInput): Promise<RepairFundRefundProposal> {
    return repairFundService.postRefund(ctx, toId(withdrawalId, 'withdrawalId'), input);
  }

  @Allow(Policies.electionsRun)
  @Mutation(() => RepairFundRefundProposal, { description: 'CONFIRM (posted at once, dated today, the balance moves up) or REFUSE a refund another officer proposed, or WITHDRAW your own.' })
  decideRepairFundRefund(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('action', () => ProposalAction) action: ProposalAction,
    @Arg('note', () => String, { nullable: true }) note: string | null,
  ): Promise<RepairFundRefundProposal> {
    return repairFundService.decideRefund(ctx, toId(id), version, action, note);
  }

  @FieldResolver(() => [RepairFundRefundProposal], { description: 'every proposed refund of this withdrawal, oldest first, with its decision' })
  refundProposals(@Root() withdrawal: RepairFundWithdrawal, @Ctx() ctx: RequestContext): Promise<RepairFundRefundProposal[]> {
    return repairFundService.refundProposals(ctx, withdrawal.id);
  }

  @FieldResolver(() => Decimal, { description: '元' })
  amount(@Root() withdrawal: RepairFundWithdrawal): string {
    return fromHundredths(withdrawal.amountFen);
  }

  @FieldResolver(() => [RepairFundRefund], { description: 'money taken back into the fund from it, oldest first' })
  refunds(@Root() withdrawal: RepairFundWithdrawal, @Ctx() ctx: RequestContext): Promise<RepairFundRefund[]> {
    return repairFundService.refunds(ctx, withdrawal.id);
  }

  @FieldResolver(() => Decimal, { description: '元, the sum of its refunds' })
  async refunded(@Root() withdrawal: RepairFundWithdrawal, @Ctx() ctx: RequestContext): Promise<string> {
    return fromHundredths((await repairFundService.refunds(ctx, withdrawal.id)).reduce((sum, r) => sum + r.amountFen, 0));
  }

  @FieldResolver(() => RepairFund)
  fund(@Root() withdrawal: RepairFundWithdrawal, @Ctx() ctx: RequestContext): Promise<RepairFund | null> {
    return ctx.loaders.byId(RepairFund).load(withdrawal.fundId);
  }

  @FieldResolver(() => [WithdrawalAction], { description: 'what the caller may do now (the console’s buttons)' })
  availableActions(@Root() withdrawal: RepairFundWithdrawal, @Ctx() ctx: RequestContext): WithdrawalAction[] {
    const me = officerOf(ctx);
    if (me === null || withdrawal.status !== 'REQUESTED' || withdrawal.requestedById === me) return [];
    return [WithdrawalAction.APPROVE, WithdrawalAction.REJECT];
  }
}
