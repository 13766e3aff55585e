import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import { Allow, Policies } from '../auth/policies';
import { committeeAccountService, PublishedYear } from '../committee-accounts/committee-account.service';
import { PublicFundStatement, repairFundService } from '../repair-fund/repair-fund.service';
import type { RequestContext } from '../request/context';
import { fromHundredths } from '../shared/decimal';
import { toId } from '../shared/ids';
import type { CategoryTotal } from '../shared/ledger-statement';
import { ListResult, selects } from '../shared/list';
import { publicStatementsService } from './public-statements.service';
import {
  PublicAccountYearStatement,
  PublicRepairFundStatement,
  PublicStatementEstate,
  PublicStatementEstateList,
  PublicStatementListOptions,
} from './public-statements.types';

const lines = (totals: CategoryTotal[]) => totals.map((t) => ({ category: t.category, amount: fromHundredths(t.amountFen) }));

/** The owners' statements (业账社管, 以养代修): read by anyone, signed in or not; nothing unpublished is told. */
@Resolver()
export class PublicStatementsResolver {
  @Allow(Policies.anonymous)
  @Query(() => PublicStatementEstateList, { description: 'estates with statements the owners may read, and which: for anyone' })
  publicStatements(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('options', () => PublicStatementListOptions, { nullable: true }) options?: PublicStatementListOptions,
  ): Promise<ListResult<PublicStatementEstate>> {
    return publicStatementsService.list(ctx, options, selects(info, 'totalItems'));
  }

  @Allow(Policies.anonymous)
  @Query(() => PublicAccountYearStatement, { description: 'a committee book’s year once every quarter of it is published, for anyone; NOT_FOUND otherwise' })
  async publishedAccountYearStatement(
    @Ctx() ctx: RequestContext,
    @Arg('accountId', () => ID) accountId: string,
    @Arg('year', () => Int) year: number,
  ): Promise<PublicAccountYearStatement> {
    return publicYearStatementType(await committeeAccountService.publishedYear(ctx, toId(accountId, 'accountId'), year));
  }

  @Allow(Policies.anonymous)
  @Query(() => PublicRepairFundStatement, {
    description: 'a small-repair fund’s quarter (1–4) or year (quarter left out) once ended and every month since the fund opened is posted, for anyone; NOT_FOUND otherwise',
  })
  async publishedRepairFundStatement(
    @Ctx() ctx: RequestContext,
    @Arg('fundId', () => ID) fundId: string,
    @Arg('year', () => Int) year: number,
    @Arg('quarter', () => Int, { nullable: true }) quarter?: number | null,
  ): Promise<PublicRepairFundStatement> {
    return publicFundStatementType(await repairFundService.publicStatement(ctx, toId(fundId, 'fundId'), year, quarter ?? null));
  }
}

export function publicYearStatementType(y: PublishedYear): PublicAccountYearStatement {
  const s = y.statement;
  return {
    accountId: String(y.accountId),
    estateName: y.estateName,
    year: y.year,
    from: s.from,
    to: s.to,
    opening: fromHundredths(s.openingFen),
    income: fromHundredths(s.inFen),
    incomeByCategory: lines(s.inByCategory),
    spending: fromHundredths(s.outFen),
    spendingByCategory: lines(s.outByCategory),
    closing: fromHundredths(s.closingFen),
    publishedAt: y.publishedAt,
  };
}

export function publicFundStatementType(s: PublicFundStatement): PublicRepairFundStatement {
  return {
    fundId: String(s.fundId),
    estateName: s.estateName,
    projectName: s.projectName,
    year: s.year,
    quarter: s.quarter,
    from: s.from,
    to: s.to,
    opening: fromHundredths(s.openingFen),
    accruals: fromHundredths(s.inFen),
    withdrawals: fromHundredths(s.outFen),
    withdrawalsByCategory: lines(s.outByCategory),
    closing: fromHundredths(s.closingFen),
  };
}
