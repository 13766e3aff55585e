import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import { Allow, Policies } from '../auth/policies';
import { bookTotals } from '../committee-accounts/committee-account.resolver';
import { committeeAccountService, PublishedYear } from '../committee-accounts/committee-account.service';
import { fundTotals } from '../repair-fund/repair-fund.resolver';
import { PublicFundStatement, repairFundService } from '../repair-fund/repair-fund.service';
import type { RequestContext } from '../request/context';
import { fromHundredths } from '../shared/decimal';
import { toId } from '../shared/ids';
import { ListResult, selects } from '../shared/list';
import { publicStatementsService } from './public-statements.service';
import {
  PublicAccountYearStatement,
  PublicRepairFundStatement,
  PublicStatementEstate,
  PublicStatementEstateList,
  PublicStatementListOptions,
} from './public-statements.types';

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
  return { accountId: String(y.accountId), ...bookTotals(y.statement, y.estateName, y.year, y.publishedAt) };
}

export function publicFundStatementType(s: PublicFundStatement): PublicRepairFundStatement {
  return {
    ...fundTotals(s),
    estateName: s.estateName,
    projectName: s.projectName,
    year: s.year,
    quarter: s.quarter,
    withdrawalsByCategory: s.outByCategory.map((t) => ({ category: t.category, amount: fromHundredths(t.amountFen) })),
  };
}
