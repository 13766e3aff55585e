import { Estate } from '../estates/estate.entity';
import type { RequestContext } from '../request/context';
import { todayInChina } from '../shared/iso-date';
import { findList, ListResult } from '../shared/list';
import { BookQuarter, publicBookYears } from '../committee-accounts/book-publicity';
import { postedThrough, publicFundPeriods } from '../repair-fund/fund-publicity';
import type { PublicStatementEstate, PublicStatementListOptions } from './public-statements.types';

/**
 * Estates with anything public: a published quarter of the book, or a fund whose first quarter has ended with every
 * month of it posted (the first public period of a fund, docs/domain-rules.md#public-statements).
 */
const HAS_PUBLIC_STATEMENT = `(
  e.id IN (SELECT ap.estate_id FROM account_period ap WHERE ap.status = 'PUBLISHED')
  OR e.id IN (
    SELECT f.estate_id FROM repair_fund f
     WHERE (date_trunc('quarter', f.opened_month) + interval '3 months')::date <= :publicToday
       AND (SELECT count(*) FROM repair_fund_accrual a WHERE a.fund_id = f.id AND a.month < date_trunc('quarter', f.opened_month) + interval '3 months')
           = 3 - (extract(month FROM f.opened_month)::int - 1) % 3))`;

export class PublicStatementsService {
  /** A page of estates with what the owners may read of each: four statements (the page, its count, the books, the funds), whatever its size. */
  async list(ctx: RequestContext, options: PublicStatementListOptions | undefined, wantTotal: boolean): Promise<ListResult<PublicStatementEstate>> {
    const today = todayInChina();
    const page = await findList(
      ctx,
      { entity: Estate, list: 'PublicStatementEstate', alias: 'e', defaultSort: 'name', filters: { q: { op: 'contains', columns: ['e.name', 'e.address'] } } },
      options,
      { wantTotal, scope: (qb) => qb.andWhere(HAS_PUBLIC_STATEMENT, { publicToday: today }) },
    );
    const ids = page.items.map((e) => e.id);
    if (!ids.length) return { ...page, items: [] };
    const quarters: Array<BookQuarter & { id: number; account_id: number; estate_id: number; published_at: Date | null }> = await ctx.em.query(
      `SELECT id, account_id, estate_id, year, quarter, status, published_at FROM account_period WHERE estate_id = ANY($1) ORDER BY year, quarter`,
      [ids],
    );
    const funds: Array<{ id: number; estate_id: number; opened: string; project_name: string; months: string[] }> = await ctx.em.query(
      `SELECT f.id, f.estate_id, to_char(f.opened_month, 'YYYY-MM-DD') AS opened, p.name AS project_name,
              array(SELECT to_char(a.month, 'YYYY-MM-DD') FROM repair_fund_accrual a WHERE a.fund_id = f.id) AS months
         FROM repair_fund f JOIN project p ON p.id = f.project_id WHERE f.estate_id = ANY($1) ORDER BY f.id`,
      [ids],
    );
    const items = page.items.map((estate): PublicStatementEstate => {
      const book = quarters.filter((q) => q.estate_id === estate.id);
      return {
        id: String(estate.id),
        estateName: estate.name,
        address: estate.address,
        accountId: book.length ? String(book[0].account_id) : null,
        bookQuarters: book
          .filter((q) => q.status === 'PUBLISHED')
          .map((q) => ({ periodId: String(q.id), year: q.year, quarter: q.quarter, publishedAt: q.published_at })),
        bookYears: publicBookYears(book),
        repairFunds: funds
          .filter((f) => f.estate_id === estate.id)
          .map((f) => ({ fundId: String(f.id), projectName: f.project_name, periods: publicFundPeriods(f.opened, postedThrough(f.opened, f.months), today) }))
          .filter((f) => f.periods.length > 0),
      };
    });
    return { ...page, items };
  }
}

export const publicStatementsService = new PublicStatementsService();
