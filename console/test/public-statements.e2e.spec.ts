import type { Page } from 'playwright-core';
import { fromHundredths } from '../../api/src/shared/decimal';
import { addDays, todayInChina } from '../../api/src/shared/iso-date';
import { periodOf, quarterOf } from '../../api/src/shared/ledger-statement';
import en from '../src/i18n/en';
import zh from '../src/i18n/zh';
import { yuan } from '../src/shared/money';
import { openNewBook } from '../../api/test/money-operations';
import { attributeBecomes, becomes, browserIt, consoleSuite, signedOut } from './browser';

/**
 * The owners' statements in a real browser, read by someone who never signs in, on the seeded demo (3 committee
 * books with published quarters, 4 small-repair funds posted every month): the index searched by part of an
 * estate's name, a book's quarter and a fund's quarter with their figures and PDFs, a book's year made public
 * through the API, and "not found" for whatever is not public.
 */
const suite = consoleSuite();

/** A message with its %{placeholders} filled in, as polyglot does. */
const words = (message: string, values: Record<string, string | number>) => message.replace(/%\{(\w+)\}/g, (_, name: string) => String(values[name]));
/** An amount in fen as the console shows it. */
const shown = (fen: number | string) => yuan(fromHundredths(Number(fen)));

/** The last quarter that has ended: a demo fund is posted through this month, so that quarter is public. */
function lastEndedQuarter() {
  const now = quarterOf(todayInChina());
  return quarterOf(addDays(periodOf(now.year, now.quarter).from, -1));
}

async function openIndex(page: Page, search?: string) {
  await page.goto(`${suite.app.baseUrl}/#/public/statements`);
  await page.getByTestId('public-statements-estate').first().waitFor();
  if (search === undefined) return;
  await page.getByTestId('public-statements-search').fill(search);
  // the search is debounced, then kept in the address
  await page.waitForURL((url) => new URLSearchParams(url.hash.split('?')[1] ?? '').get('q') === search);
}

async function expectPdf(page: Page) {
  const href = await page.getByTestId('public-statement-pdf').getAttribute('href');
  const pdf = await page.request.get(`${suite.app.baseUrl}${href}`);
  expect(pdf.status()).toBe(200);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  return href;
}

describe('the owners’ statements, without signing in', () => {
  browserIt('an owner finds an estate by part of its name, sees its published quarters, reads one with its PDF, and Back keeps the search', async () => {
    const [book] = await suite.app.ds.query(
      `SELECT e.id AS estate_id, e.name, array_agg(p.id ORDER BY p.year, p.quarter) AS published FROM account_period p JOIN estate e ON e.id = p.estate_id
        WHERE p.status = 'PUBLISHED' GROUP BY e.id ORDER BY e.id LIMIT 1`,
    );
    const part = book.name.slice(0, 2);
    const { page } = await signedOut(suite.browser);
    await openIndex(page, part);

    // every estate listed has the words in its name or address; as many as the API counts for anyone
    const { publicStatements } = (await suite.app.gql(`query($q: String) { publicStatements(options: { filter: { q: $q } }) { totalItems } }`, { q: part }, null)).data;
    await attributeBecomes(page.getByTestId('public-statements-total'), 'data-total', String(publicStatements.totalItems));
    expect((await page.getByTestId('public-statements-estate').allTextContents()).every((row) => row.includes(part))).toBe(true);

    const row = page.locator(`[data-testid="public-statements-estate"][data-estate="${book.estate_id}"]`);
    await row.getByText(book.name, { exact: true }).waitFor();
    const periods: Array<{ id: number; year: number; quarter: number; closing_fen: string }> = await suite.app.ds.query(
      `SELECT id, year, quarter, closing_fen FROM account_period WHERE id = ANY($1) ORDER BY year, quarter`,
      [book.published],
    );
    for (const p of periods) {
      const link = row.getByTestId(`book-quarter-${p.id}`);
      await becomes(() => link.textContent(), words(zh.wuye.money.period_title, p));
      await attributeBecomes(link, 'href', `#/public/statements/${p.id}`);
    }

    const read = periods[periods.length - 1];
    await row.getByTestId(`book-quarter-${read.id}`).click();
    await page.waitForURL(new RegExp(`#/public/statements/${read.id}$`));
    await page.getByTestId('public-statement-title').filter({ hasText: words(zh.wuye.money.public_title, { estate: book.name }) }).waitFor();
    await becomes(() => page.getByTestId('public-statement-table').getByTestId('statement-closing').textContent(), shown(read.closing_fen));
    expect(await expectPdf(page)).toBe(`/documents/account-statements/${read.id}/statement.pdf`);

    await page.goBack();
    await becomes(() => page.getByTestId('public-statements-search').inputValue(), part);
    await row.getByTestId(`book-quarter-${read.id}`).waitFor();
    // the statement's own way back: every statement, not only the search's
    await page.goForward();
    await page.getByTestId('public-statements-index-link').getByText(zh.wuye.publicStatements.all).click();
    await page.waitForURL(/#\/public\/statements$/);
    await becomes(() => page.getByTestId('public-statements-search').inputValue(), '');
  });

  browserIt('a small-repair fund’s last quarter: its link on the index, the figures the database adds up, the PDF', async () => {
    const [fund] = await suite.app.ds.query(
      `SELECT f.id, e.id AS estate_id, e.name AS estate, p.name AS project FROM repair_fund f JOIN estate e ON e.id = f.estate_id JOIN project p ON p.id = f.project_id ORDER BY f.id LIMIT 1`,
    );
    const quarter = lastEndedQuarter();
    const { from, to } = periodOf(quarter.year, quarter.quarter);
    const [sums] = await suite.app.ds.query(
      `SELECT (SELECT COALESCE(sum(amount_fen), 0) FROM repair_fund_accrual WHERE fund_id = $1 AND month BETWEEN $2 AND $3) AS accrued,
              (SELECT COALESCE(sum(amount_fen), 0) FROM repair_fund_withdrawal
                WHERE fund_id = $1 AND status = 'APPROVED' AND (decided_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $2 AND $3) AS withdrawn`,
      [fund.id, from, to],
    );
    const code = `${quarter.year}Q${quarter.quarter}`;
    const { page } = await signedOut(suite.browser);
    await openIndex(page, fund.estate.slice(0, 2));
    const block = page.locator(`[data-testid="public-statements-estate"][data-estate="${fund.estate_id}"]`).getByTestId(`repair-fund-${fund.id}`);
    await block.getByText(fund.project).waitFor();
    const link = block.getByTestId(`fund-period-${fund.id}-${code}`);
    await becomes(() => link.textContent(), words(zh.wuye.money.period_title, quarter));

    await link.click();
    await page.waitForURL(new RegExp(`#/public/repair-funds/${fund.id}/${code}$`));
    await page.getByTestId('public-statement-title').filter({ hasText: words(zh.wuye.publicStatements.fund_title, { estate: fund.estate, project: fund.project }) }).waitFor();
    const table = page.getByTestId('public-statement-table');
    await becomes(() => table.getByTestId('statement-accruals').textContent(), shown(sums.accrued));
    await becomes(() => table.getByTestId('statement-withdrawals').textContent(), `−${shown(sums.withdrawn)}`);
    expect(await expectPdf(page)).toBe(`/documents/repair-funds/${fund.id}/${code}/statement.pdf`);
  });

  browserIt('a fund period not yet public or no period at all, a book year not public, and an address without an id say not found', async () => {
    const [fund] = await suite.app.ds.query(`SELECT id FROM repair_fund ORDER BY id LIMIT 1`);
    const [book] = await suite.app.ds.query(`SELECT id FROM committee_account ORDER BY id LIMIT 1`);
    const now = quarterOf(todayInChina());
    const { page } = await signedOut(suite.browser);
    for (const address of [
      `#/public/repair-funds/${fund.id}/${now.year}Q${now.quarter}`,
      `#/public/repair-funds/${fund.id}/${now.year}`,
      `#/public/repair-funds/${fund.id}/${now.year}Q7`,
      `#/public/repair-funds/${fund.id}/last-quarter`,
      `#/public/statements/years/${book.id}/${now.year}`,
      `#/public/statements/years/${book.id}/20x6`,
      `#/public/statements/years/book-one/${now.year - 1}`,
      `#/public/repair-funds/fund-one/${now.year - 1}`,
      `#/public/statements/first-quarter`,
    ]) {
      // a page of its own each time: the last address's message must not stand in for this one's
      await page.goto('about:blank');
      await page.goto(`${suite.app.baseUrl}/${address}`);
      await page.getByTestId('public-statement').getByText(zh.wuye.money.public_not_found).waitFor();
      expect(await page.getByTestId('public-statement-title').count()).toBe(0);
      // the way back to everything that is public
      await page.getByTestId('public-statements-index-link').getByText(zh.wuye.publicStatements.all).waitFor();
    }
  });

  browserIt('a book’s year, once its last quarter is published through the API: on the index, its page, its PDF', async () => {
    const year = Number(todayInChina().slice(0, 4)) - 1;
    // a new book for an estate whose committee sits, in the subdistricts of both officers: two entries last year
    const book = await openNewBook(suite.app, [
      { amount: '2400.00', occurredOn: `${year}-08-10` },
      { direction: 'SPENDING', amount: '650.00', occurredOn: `${year}-11-05` },
    ]);
    const { accountId } = book;
    // the third quarter, then the fourth: closed by the committee, countersigned by the other officer, published
    const quarters: Array<{ id: number }> = await suite.app.ds.query(`SELECT id FROM account_period WHERE account_id = $1 ORDER BY year, quarter`, [accountId]);
    for (const { id } of quarters) {
      for (const [action, officer] of [['CLOSE', 'officer'], ['COUNTERSIGN', 'officer3'], ['PUBLISH', 'officer']]) {
        const [{ version }] = await suite.app.ds.query(`SELECT version FROM account_period WHERE id = $1`, [id]);
        await suite.app.as(officer, `mutation($id: ID!, $version: Int!, $action: AccountPeriodAction!, $memberId: ID) { moveAccountPeriod(id: $id, version: $version, action: $action, memberId: $memberId) { id } }`, {
          id: String(id),
          version,
          action,
          memberId: action === 'CLOSE' ? book.memberId : null,
        });
      }
    }
    const [sums] = await suite.app.ds.query(
      `SELECT COALESCE(sum(amount_fen) FILTER (WHERE direction = 'INCOME'), 0) AS income, COALESCE(sum(amount_fen) FILTER (WHERE direction = 'SPENDING'), 0) AS spending
         FROM account_entry e JOIN account_period p ON p.id = e.period_id WHERE p.account_id = $1 AND p.year = $2`,
      [accountId, year],
    );

    const { page } = await signedOut(suite.browser);
    await openIndex(page, book.estateName);
    const link = page.locator(`[data-testid="public-statements-estate"][data-estate="${book.estateId}"]`).getByTestId(`book-year-${accountId}-${year}`);
    await becomes(() => link.textContent(), words(zh.wuye.publicStatements.year_title, { year }));
    await link.click();
    await page.waitForURL(new RegExp(`#/public/statements/years/${accountId}/${year}$`));
    await page.getByTestId('public-statement-title').filter({ hasText: words(zh.wuye.money.public_title, { estate: book.estateName }) }).waitFor();
    await page.getByTestId('public-statement-period').filter({ hasText: words(zh.wuye.publicStatements.year_title, { year }) }).waitFor();
    const table = page.getByTestId('public-statement-table');
    await becomes(() => table.getByTestId('statement-income').textContent(), shown(sums.income));
    await becomes(() => table.getByTestId('statement-spending').textContent(), `−${shown(sums.spending)}`);
    await becomes(() => table.getByTestId('statement-closing').textContent(), shown(Number(sums.income) - Number(sums.spending)));
    expect(await expectPdf(page)).toBe(`/documents/account-years/${accountId}/${year}/statement.pdf`);
  });

  browserIt('the index in English, a search that finds nothing, and the way there from either sign-in page', async () => {
    const [period] = await suite.app.ds.query(`SELECT id, year, quarter FROM account_period WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1`);
    const { page } = await signedOut(suite.browser);
    await openIndex(page);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: en.wuye.publicStatements.title }).waitFor();
    await page.getByRole('columnheader', { name: en.wuye.publicStatements.repair_funds }).waitFor();
    await becomes(() => page.getByTestId(`book-quarter-${period.id}`).textContent(), words(en.wuye.money.period_title, period));

    await page.getByTestId('public-statements-search').fill('没有这个小区');
    await page.getByTestId('public-statements-empty').getByText(words(en.wuye.publicStatements.none_found, { q: '没有这个小区' })).waitFor();
    expect(await page.getByTestId('public-statements-estate').count()).toBe(0);

    // the signed-out first page (plain DOM, before the app loads) links to the index, which links to the app's login route (the same sign-in page, drawn by the app), which links back
    const { page: visitor } = await signedOut(suite.browser);
    await visitor.goto(`${suite.app.baseUrl}/`);
    await visitor.getByTestId('login-public-statements').getByText(zh.wuye.publicStatements.link).click();
    await visitor.getByTestId('public-statements-estate').first().waitFor();
    expect(visitor.url()).toMatch(/#\/public\/statements$/);
    await visitor.getByRole('link', { name: zh.wuye.session.sign_in }).click();
    await visitor.waitForURL(/#\/login$/);
    await visitor.getByTestId('login-public-statements').click();
    await visitor.getByTestId('public-statements-estate').first().waitFor();
  });
});
