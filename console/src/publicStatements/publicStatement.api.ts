import { call } from '../dataProvider/client';
import { graphql } from '../generated';

/** Estates shown on one page of the owners' index. */
export const ESTATES_PER_PAGE = 25;

const Index = graphql(`
  query PublicStatementIndex($options: PublicStatementListOptions) {
    publicStatements(options: $options) {
      totalItems
      items {
        id estateName address accountId
        bookQuarters { periodId year quarter }
        bookYears
        repairFunds { fundId projectName periods { year quarter } }
      }
    }
  }
`);
const QuarterStatement = graphql(`
  query PublicAccountStatementOf($periodId: ID!) {
    publishedAccountStatement(periodId: $periodId) {
      periodId estateName year quarter from to opening income spending closing publishedAt
      incomeByCategory { category amount } spendingByCategory { category amount }
    }
  }
`);
const YearStatement = graphql(`
  query PublicAccountYearStatementOf($accountId: ID!, $year: Int!) {
    publishedAccountYearStatement(accountId: $accountId, year: $year) {
      accountId estateName year from to opening income spending closing publishedAt
      incomeByCategory { category amount } spendingByCategory { category amount }
    }
  }
`);
const FundStatement = graphql(`
  query PublicRepairFundStatementOf($fundId: ID!, $year: Int!, $quarter: Int) {
    publishedRepairFundStatement(fundId: $fundId, year: $year, quarter: $quarter) {
      fundId estateName projectName year quarter from to opening accruals withdrawals closing
      withdrawalsByCategory { category amount }
    }
  }
`);

/** What the owners read without signing in (the API admits anyone to these): anything unpublished is NOT_FOUND. */
export const publicStatementCalls = {
  /** a page of the estates with anything public, by name, those whose name or address contains `q` when given */
  async publicStatements({ q, page }: { q: string; page: number }) {
    const { publicStatements } = await call(Index, {
      options: { skip: page * ESTATES_PER_PAGE, take: ESTATES_PER_PAGE, sort: { field: 'NAME', direction: 'ASC' }, filter: q ? { q } : null },
    });
    return { data: publicStatements.items, total: publicStatements.totalItems };
  },
  /** a committee book's published quarter */
  async publishedAccountStatement(periodId: string) {
    return { data: (await call(QuarterStatement, { periodId })).publishedAccountStatement };
  },
  /** a committee book's year, once every quarter of it is published */
  async publishedAccountYearStatement(accountId: string, year: number) {
    return { data: (await call(YearStatement, { accountId, year })).publishedAccountYearStatement };
  },
  /** a small-repair fund's quarter, or its year when `quarter` is null, once nothing can move its figures */
  async publishedRepairFundStatement(fundId: string, year: number, quarter: number | null) {
    return { data: (await call(FundStatement, { fundId, year, quarter })).publishedRepairFundStatement };
  },
};
