import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, registerEnumType, Resolver, Root } from 'type-graphql';
import { Allow, hasRole, Policies } from '../auth/policies';
import { CommitteeMember } from '../committees/committee-member.entity';
import { Estate } from '../estates/estate.entity';
import type { RequestContext } from '../request/context';
import { Role } from '../request/principal';
import { fromHundredths } from '../shared/decimal';
import { toId, toOptionalId } from '../shared/ids';
import { allowedActions } from '../filings/transitions';
import { ListResult, selects } from '../shared/list';
import { Decimal, LocalDate } from '../shared/scalars';
import type { CategoryTotal, Statement } from '../shared/ledger-statement';
import { PERIOD_TRANSITIONS, PeriodAction, PeriodStatus } from './account-states';
import { inJurisdiction } from '../estates/jurisdiction';
import { AccountEntry, AccountPeriod, AccountVoucher, CommitteeAccount, CommitteeAccountTermsProposal } from './committee-account.entity';
import { ProposalAction } from '../filings/proposals';
import { MoneyProposalFields } from '../filings/money-proposal-offer';
import { officerName } from '../accounts/user-names';
import {
  AccountEntryInput,
  AccountEntryList,
  AccountEntryListOptions,
  AccountPeriodList,
  AccountPeriodListOptions,
  CommitteeAccountList,
  CommitteeAccountListOptions,
  CommitteeAccountTermsInput,
  OpenCommitteeAccountInput,
  VoucherInput,
} from './committee-account.inputs';
import { closeHolds, committeeAccountService, PeriodStatement } from './committee-account.service';
import { nameKey, namesAt } from '../shared/names-at';

registerEnumType(PeriodAction, { name: 'AccountPeriodAction' });

@ObjectType()
export class StatementLine {
  @Field({ description: 'an IncomeCategory or a SpendingCategory' })
  category: string;

  @Field(() => Decimal, { description: '元' })
  amount: string;
}

/** A book's figures over a quarter or a year, in 元: what every statement of the book shows and prints. */
@ObjectType()
export abstract class BookTotals {
  @Field()
  estateName: string;

  @Field(() => Int)
  year: number;

  @Field(() => LocalDate)
  from: string;

  @Field(() => LocalDate)
  to: string;

  @Field(() => Decimal)
  opening: string;

  @Field(() => Decimal)
  income: string;

  @Field(() => [StatementLine])
  incomeByCategory: StatementLine[];

  @Field(() => Decimal)
  spending: string;

  @Field(() => [StatementLine])
  spendingByCategory: StatementLine[];

  @Field(() => Decimal)
  closing: string;

  @Field(() => Date, { nullable: true, description: 'when it was published (a year: when its last quarter was)' })
  publishedAt: Date | null;
}

const lines = (totals: CategoryTotal[]): StatementLine[] => totals.map((t) => ({ category: t.category, amount: fromHundredths(t.amountFen) }));

/** The figures of a statement in 元, for any of the book's statement types. */
export function bookTotals(s: Statement, estateName: string, year: number, publishedAt: Date | null): BookTotals {
  return {
    estateName,
    year,
    from: s.from,
    to: s.to,
    opening: fromHundredths(s.openingFen),
    income: fromHundredths(s.inFen),
    incomeByCategory: lines(s.inByCategory),
    spending: fromHundredths(s.outFen),
    spendingByCategory: lines(s.outByCategory),
    closing: fromHundredths(s.closingFen),
    publishedAt,
  };
}

/** A quarter's statement in 元; the same figures whether read signed in or, once published, by anyone. */
@ObjectType({ description: 'a quarter of a committee’s book: opening, income and spending by category, closing (元)' })
export class AccountStatement extends BookTotals {
  @Field(() => ID)
  periodId: string;

  @Field(() => Int)
  quarter: number;
}

export function accountStatementType(s: PeriodStatement, estateName: string): AccountStatement {
  return { periodId: String(s.period.id), quarter: s.period.quarter, ...bookTotals(s, estateName, s.period.year, s.period.publishedAt) };
}

/**
 * The published statement, for anyone (业账社管: the owners see where their money went): a type of its own that
 * carries the totals only — no entry, counterparty, voucher or person.
 */
@ObjectType({ description: 'a published quarter’s statement: totals only, readable without signing in' })
export class PublicAccountStatement extends AccountStatement {}

@Resolver(() => CommitteeAccount)
export class CommitteeAccountResolver {
  @Allow(Policies.electionsRead)
  @Query(() => CommitteeAccountList)
  committeeAccounts(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('options', () => CommitteeAccountListOptions, { nullable: true }) options?: CommitteeAccountListOptions,
  ): Promise<ListResult<CommitteeAccount>> {
    return committeeAccountService.listAccounts(ctx, options, selects(info, 'totalItems'));
  }

  @Allow(Policies.electionsRead)
  @Query(() => CommitteeAccount)
  committeeAccount(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<CommitteeAccount> {
    return committeeAccountService.getAccount(ctx, toId(id));
  }

  @Allow(Policies.electionsRun)
  @Mutation(() => CommitteeAccount, { description: 'Opens an estate’s book of public income (业账社管) with the committee’s spending limit.' })
  openCommitteeAccount(@Ctx() ctx: RequestContext, @Arg('input') input: OpenCommitteeAccountInput): Promise<CommitteeAccount> {
    return committeeAccountService.openAccount(ctx, input);
  }

  @Allow(Policies.electionsRun)
  @Mutation(() => CommitteeAccount, { description: 'Sets the committee’s spending limit, when the estate’s rules of procedure change.' })
  setCommitteeSpendingLimit(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('spendingLimit', () => Decimal) spendingLimit: string,
  ): Promise<CommitteeAccount> {
    return committeeAccountService.setSpendingLimit(ctx, toId(id), version, spendingLimit);
  }

  @Allow(Policies.electionsRun)
  @Mutation(() => CommitteeAccount, { description: 'Sets the spending limit and the days after a quarter within which its statement is due, when the estate’s rules of procedure change.' })
  setCommitteeAccountTerms(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: CommitteeAccountTermsInput,
  ): Promise<CommitteeAccount> {
    return committeeAccountService.setTerms(ctx, toId(id), version, input);
  }

  @Allow(Policies.electionsRun)
  @Mutation(() => CommitteeAccountTermsProposal, {
    description: 'CONFIRM or REFUSE looser terms another officer proposed (the book takes confirmed terms at once), or WITHDRAW your own proposal.',
  })
  decideCommitteeAccountTerms(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('action', () => ProposalAction) action: ProposalAction,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ): Promise<CommitteeAccountTermsProposal> {
    return committeeAccountService.decideTerms(ctx, toId(id), version, action, note ?? null);
  }

  @FieldResolver(() => CommitteeAccountTermsProposal, { nullable: true, description: 'looser terms proposed and waiting for another officer; they do not apply yet' })
  pendingTerms(@Root() account: CommitteeAccount, @Ctx() ctx: RequestContext): Promise<CommitteeAccountTermsProposal | null> {
    return committeeAccountService.pendingTerms(ctx, account.id);
  }

  @FieldResolver(() => [CommitteeAccountTermsProposal], { description: 'every proposal of looser terms, oldest first, with its decision' })
  termsProposals(@Root() account: CommitteeAccount, @Ctx() ctx: RequestContext): Promise<CommitteeAccountTermsProposal[]> {
    return committeeAccountService.termsProposals(ctx, account.id);
  }

  @FieldResolver(() => Decimal, { description: '元: spending above it needs the owners’ resolution and the community’s sign-off' })
  spendingLimit(@Root() account: CommitteeAccount): string {
    return fromHundredths(account.spendingLimitFen);
  }

  @FieldResolver(() => Estate)
  estate(@Root() account: CommitteeAccount, @Ctx() ctx: RequestContext): Promise<Estate | null> {
    return ctx.loaders.byId(Estate).load(account.estateId);
  }
}

@Resolver(() => CommitteeAccountTermsProposal)
export class CommitteeAccountTermsProposalResolver extends MoneyProposalFields(CommitteeAccountTermsProposal, {
  nameOf: officerName,
  blocker: (ctx, proposal) => committeeAccountService.termsConfirmBlocker(ctx, proposal),
  refusals:
    'why CONFIRM is not offered to the calling officer: MAKER_CHECKER (their own), PROPOSER_GONE (its proposer is no longer an officer of the estate), PROPOSAL_STALE (the book’s terms changed since); null when it is, or when decided',
}) {
  @FieldResolver(() => Decimal, { description: '元, the limit proposed' })
  spendingLimit(@Root() proposal: CommitteeAccountTermsProposal): string {
    return fromHundredths(proposal.spendingLimitFen);
  }
}

@Resolver(() => AccountPeriod)
export class AccountPeriodResolver {
  @Allow(Policies.electionsRead)
  @Query(() => AccountPeriodList)
  accountPeriods(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('options', () => AccountPeriodListOptions, { nullable: true }) options?: AccountPeriodListOptions,
  ): Promise<ListResult<AccountPeriod>> {
    return committeeAccountService.listPeriods(ctx, options, selects(info, 'totalItems'));
  }

  @Allow(Policies.electionsRead)
  @Query(() => AccountPeriod)
  accountPeriod(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<AccountPeriod> {
    return committeeAccountService.getPeriod(ctx, toId(id));
  }

  @Allow(Policies.electionsRun)
  @Mutation(() => AccountPeriod, {
    description: 'CLOSE (by the committee: name the member), COUNTERSIGN (the community, another officer), PUBLISH; or RETURN (the community, another officer, with the reason in note): the closed quarter goes back to the committee.',
  })
  moveAccountPeriod(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('action', () => PeriodAction) action: PeriodAction,
    @Arg('memberId', () => ID, { nullable: true, description: 'CLOSE: the committee member who closes the quarter' }) memberId?: string | null,
    @Arg('note', () => String, { nullable: true, description: 'RETURN: why the community sends the quarter back' }) note?: string | null,
  ): Promise<AccountPeriod> {
    return committeeAccountService.movePeriod(ctx, toId(id), version, action, toOptionalId(memberId, 'memberId') ?? null, note ?? null);
  }

  // the published statement is the owners' to read: no sign-in, totals only (PublicAccountStatement)
  @Allow(Policies.anonymous)
  @Query(() => PublicAccountStatement, { description: 'a published quarter’s statement, for anyone; NOT_FOUND for any other id' })
  async publishedAccountStatement(@Ctx() ctx: RequestContext, @Arg('periodId', () => ID) periodId: string): Promise<PublicAccountStatement> {
    const { statement, estateName } = await committeeAccountService.publishedStatement(ctx, toId(periodId, 'periodId'));
    return accountStatementType(statement, estateName);
  }

  @FieldResolver(() => AccountStatement, { description: 'live until closed; fixed from then on (the entries cannot change)' })
  async statement(@Root() period: AccountPeriod, @Ctx() ctx: RequestContext): Promise<AccountStatement> {
    // a published quarter names the estate as it was named when published (names-at.ts); until then as it is named now
    const names = await namesAt(ctx, period.publishedAt, [{ table: 'estate', id: period.estateId }]);
    return accountStatementType(await committeeAccountService.statement(ctx, period), names.get(nameKey('estate', period.estateId)) ?? '');
  }

  @FieldResolver(() => [PeriodAction], { description: 'what the caller may do now: the table, maker-checker, jurisdiction, and CLOSE only once the quarter may close (closeHoldRule says why not)' })
  async availableActions(@Root() period: AccountPeriod, @Ctx() ctx: RequestContext): Promise<PeriodAction[]> {
    if (!hasRole(ctx.principal, Role.OFFICER) || !(await inJurisdiction(ctx, period.estateId))) return [];
    const communitysMove = (a: PeriodAction) => a === PeriodAction.COUNTERSIGN || a === PeriodAction.RETURN;
    const moves = allowedActions(PERIOD_TRANSITIONS, period.status).filter((a) => !communitysMove(a) || period.closedById !== ctx.principal!.id);
    // the close's own rules, as the move applies them (round 8 F8: offered before the quarter ended, refused on the move)
    if (moves.includes(PeriodAction.CLOSE) && (await closeHoldOf(ctx, period.id))) return moves.filter((a) => a !== PeriodAction.CLOSE);
    return moves;
  }

  @FieldResolver(() => String, { nullable: true, description: 'why an open quarter cannot be closed today (QUARTER_NOT_ENDED, EARLIER_QUARTER_OPEN, ENTRIES_AWAIT_SIGN_OFF), or null' })
  async closeHoldRule(@Root() period: AccountPeriod, @Ctx() ctx: RequestContext): Promise<string | null> {
    return period.status === PeriodStatus.OPEN ? ((await closeHoldOf(ctx, period.id))?.rule ?? null) : null;
  }

  @FieldResolver(() => Estate)
  estate(@Root() period: AccountPeriod, @Ctx() ctx: RequestContext): Promise<Estate | null> {
    return ctx.loaders.byId(Estate).load(period.estateId);
  }
}

/** A page's quarters asked together: one statement for all of them (closeHolds). */
const closeHoldOf = (ctx: RequestContext, periodId: number) => ctx.loaders.custom('AccountPeriod.closeHold', (ids) => closeHolds(ctx, ids)).load(periodId);

@Resolver(() => AccountEntry)
export class AccountEntryResolver {
  @Allow(Policies.electionsRead)
  @Query(() => AccountEntryList)
  accountEntries(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('options', () => AccountEntryListOptions, { nullable: true }) options?: AccountEntryListOptions,
  ): Promise<ListResult<AccountEntry>> {
    return committeeAccountService.listEntries(ctx, options, selects(info, 'totalItems'));
  }

  @Allow(Policies.electionsRead)
  @Query(() => AccountEntry)
  accountEntry(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<AccountEntry> {
    return committeeAccountService.getEntry(ctx, toId(id));
  }

  @Allow(Policies.electionsRun)
  @Mutation(() => AccountEntry, { description: 'Books income or spending in the open quarter of its date; corrections reference what they correct.' })
  addAccountEntry(@Ctx() ctx: RequestContext, @Arg('input') input: AccountEntryInput): Promise<AccountEntry> {
    return committeeAccountService.addEntry(ctx, input);
  }

  @Allow(Policies.electionsRun)
  @Mutation(() => AccountEntry, { description: 'The community’s sign-off of spending above the limit (not by the officer who booked it).' })
  signOffAccountEntry(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<AccountEntry> {
    return committeeAccountService.signOffEntry(ctx, toId(id), version);
  }

  @Allow(Policies.electionsRun)
  @Mutation(() => AccountEntry, { description: 'The community refuses to sign off an entry awaiting it (not by the officer who booked it), saying why: it is kept but counts nowhere.' })
  refuseAccountEntrySignOff(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('note') note: string): Promise<AccountEntry> {
    return committeeAccountService.refuseSignOff(ctx, toId(id), version, note);
  }

  @Allow(Policies.electionsRun)
  @Mutation(() => AccountVoucher)
  addAccountVoucher(@Ctx() ctx: RequestContext, @Arg('entryId', () => ID) entryId: string, @Arg('input') input: VoucherInput): Promise<AccountVoucher> {
    return committeeAccountService.addVoucher(ctx, toId(entryId, 'entryId'), input);
  }

  // vouchers name people and firms: the file for officers of the estate's subdistrict, as a filing's materials
  @Allow(Policies.electionsRun)
  @Query(() => String, { description: 'a voucher’s file, base64: for officers of the estate’s subdistrict only' })
  accountVoucherContent(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<string> {
    return committeeAccountService.voucherContent(ctx, toId(id));
  }

  @FieldResolver(() => Decimal, { description: '元 (negative only for a correction that takes money back)' })
  amount(@Root() entry: AccountEntry): string {
    return fromHundredths(entry.amountFen);
  }

  @FieldResolver(() => [AccountVoucher])
  vouchers(@Root() entry: AccountEntry, @Ctx() ctx: RequestContext): Promise<AccountVoucher[]> {
    return ctx.loaders.manyBy(AccountVoucher, 'entryId', ['id']).load(entry.id);
  }

  @FieldResolver(() => AccountPeriod)
  period(@Root() entry: AccountEntry, @Ctx() ctx: RequestContext): Promise<AccountPeriod | null> {
    return ctx.loaders.byId(AccountPeriod).load(entry.periodId);
  }

  @FieldResolver(() => String, { description: 'the name of the committee member who entered it' })
  async enteredBy(@Root() entry: AccountEntry, @Ctx() ctx: RequestContext): Promise<string> {
    return (await ctx.loaders.byId(CommitteeMember).load(entry.enteredByMemberId))?.name ?? '';
  }
}

@Resolver(() => AccountVoucher)
export class AccountVoucherResolver {
  @FieldResolver({ description: 'SHA-256 of the file, hex' })
  sha256(@Root() voucher: AccountVoucher): string {
    return voucher.sha256.toString('hex');
  }
}
