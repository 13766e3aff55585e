import { addDays, todayInChina } from '../src/shared/iso-date';
import { periodOf, quarterOf } from '../src/shared/ledger-statement';
import { outcomeOf, startTestApp, TestApp } from './harness';
import { confirmFundTerms, openNewBook } from './money-operations';

/**
 * The owners' statements without signing in (docs/roles-and-workflows.md#public-statements): an index of estates and
 * what of their money is public, a committee book's year once every quarter of it is published, and a small-repair
 * fund's quarter or year once nothing can move its figures. Anything else is NOT_FOUND, and no entry, purpose or
 * person is in any of it.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const fen = (yuan: string) => Math.round(Number(yuan) * 100);
const today = () => todayInChina();
function monthsBack(n: number): string {
  const [y, m] = today().split('-').map(Number);
  const index = y * 12 + m - 1 - n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const INDEX = `query PublicStatements($options: PublicStatementListOptions) { publicStatements(options: $options) { totalItems nextCursor
  items { id estateName address accountId bookQuarters { periodId year quarter publishedAt } bookYears repairFunds { fundId projectName periods { year quarter } } } } }`;
const YEAR = `query Year($accountId: ID!, $year: Int!) { publishedAccountYearStatement(accountId: $accountId, year: $year) {
  accountId estateName year from to opening income incomeByCategory { category amount } spending spendingByCategory { category amount } closing publishedAt } }`;
const FUND = `query Fund($fundId: ID!, $year: Int!, $quarter: Int) { publishedRepairFundStatement(fundId: $fundId, year: $year, quarter: $quarter) {
  fundId estateName projectName year quarter from to opening accruals withdrawals withdrawalsByCategory { category amount } closing } }`;
const pdfOf = async (path: string) => {
  const response = await fetch(`${app.baseUrl}${path}`);
  return { status: response.status, type: response.headers.get('content-type') ?? '', head: Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString() };
};

describe('the index: every estate with something public, and only what is public', () => {
  it('lists, for anyone, the published quarters of each book and the public periods of each fund', async () => {
    const r = await app.gql(INDEX, { options: { take: 100 } }, null);
    expect(r.errors).toBeUndefined();
    const { items, totalItems } = r.data.publicStatements;
    expect(totalItems).toBe(items.length);
    const published: Array<{ id: number; estate_id: number }> = await app.ds.query(`SELECT id, estate_id FROM account_period WHERE status = 'PUBLISHED'`);
    expect(published.length).toBeGreaterThan(0);
    const listedQuarters = items.flatMap((e: any) => e.bookQuarters.map((q: any) => Number(q.periodId))).sort((a: number, b: number) => a - b);
    expect(listedQuarters).toEqual(published.map((p) => p.id).sort((a, b) => a - b));
    // the demo's funds opened a year ago or more and are posted through this month: last quarter is public, this one is not
    const funds = items.flatMap((e: any) => e.repairFunds);
    expect(funds.length).toBeGreaterThanOrEqual(4);
    const last = quarterOf(addDays(periodOf(quarterOf(today()).year, quarterOf(today()).quarter).from, -1));
    for (const fund of funds) {
      expect(fund.periods).toContainEqual({ year: last.year, quarter: last.quarter });
      expect(fund.periods).not.toContainEqual({ year: quarterOf(today()).year, quarter: quarterOf(today()).quarter });
    }
    // the demo's fourth book kept last year's second half, published: that year is the owners' to read whole
    const lastYear = Number(today().slice(0, 4)) - 1;
    const withYear = items.find((e: any) => e.bookYears.includes(lastYear));
    expect(withYear).toBeDefined();
    expect((await app.gql(YEAR, { accountId: withYear.accountId, year: lastYear }, null)).errors).toBeUndefined();
    // every estate listed has something to read
    for (const e of items) expect(e.bookQuarters.length + e.bookYears.length + e.repairFunds.length).toBeGreaterThan(0);
  });

  it('finds an estate by part of its name, pages by the list contract, and refuses an empty page', async () => {
    const all = (await app.gql(INDEX, { options: { take: 100 } }, null)).data.publicStatements.items;
    const name: string = all[0].estateName;
    const found = (await app.gql(INDEX, { options: { filter: { q: name.slice(0, 2) } } }, null)).data.publicStatements;
    expect(found.items.map((e: any) => e.estateName)).toContain(name);
    for (const e of found.items) expect(`${e.estateName}${e.address}`).toContain(name.slice(0, 2));
    const first = (await app.gql(INDEX, { options: { take: 1 } }, null)).data.publicStatements;
    expect(first.items).toHaveLength(1);
    expect(first.totalItems).toBe(all.length);
    const second = (await app.gql(INDEX, { options: { take: 1, after: first.nextCursor } }, null)).data.publicStatements;
    expect(second.items[0].id).toBe(all[1].id);
    expect(outcomeOf(await app.gql(INDEX, { options: { take: 0 } }, null))).toBe('BAD_USER_INPUT/TAKE_RANGE');
  });

  it('reads a page in the same number of statements, one estate or many', async () => {
    const small = await app.gql(INDEX, { options: { take: 1 } }, null);
    const large = await app.gql(INDEX, { options: { take: 100 } }, null);
    expect(large.data.publicStatements.items.length).toBeGreaterThan(3);
    expect(large.sqlStatements).toBe(small.sqlStatements);
    expect(large.sqlStatements).toBeLessThanOrEqual(4);
  });

  it('carries names and totals only: an entry, a purpose or a person is a schema error', async () => {
    for (const probe of [
      `{ publicStatements { items { repairFunds { withdrawals { purpose } } } } }`,
      `{ publicStatements { items { bookQuarters { entries { counterparty } } } } }`,
      `{ publishedRepairFundStatement(fundId: "1", year: 2026) { requestedById } }`,
      `{ publishedAccountYearStatement(accountId: "1", year: 2026) { closedById } }`,
    ]) {
      expect(outcomeOf(await app.gql(probe, {}, null))).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });
});

describe('a small-repair fund’s statement is public once nothing can move its figures', () => {
  let fundId: string;
  // a fund opened 15 months back, its first month posted, then a gap before the rest
  const opened = monthsBack(15);

  beforeAll(async () => {
    const [project] = await app.ds.query(
      `SELECT p.id FROM project p JOIN estate e ON e.id = p.estate_id JOIN community c ON c.id = e.community_id
        WHERE p.filing_status = 'APPROVED' AND EXISTS (SELECT 1 FROM unit u WHERE u.estate_id = e.id)
          AND p.contract_start <= $1::date AND p.contract_end >= now()::date -- a fund sets aside under a contract in force
          AND c.subdistrict_id IN (SELECT oj.subdistrict_id FROM officer_jurisdiction oj JOIN app_user u ON u.id = oj.user_id WHERE u.username = 'officer')
          AND NOT EXISTS (SELECT 1 FROM repair_fund f WHERE f.project_id = p.id)
        ORDER BY p.id LIMIT 1`,
      [`${opened}-01`],
    );
    const { openRepairFund } = await app.as('officer', `mutation O($input: OpenRepairFundInput!) { openRepairFund(input: $input) { id } }`, {
      input: { projectId: String(project.id), feeRate: '1.50', setAsidePercent: '10', fromMonth: opened },
    });
    fundId = openRepairFund.id;
    await confirmFundTerms(app, fundId);
    await app.as('officer', `mutation P($fundId: ID!, $month: String!) { postRepairFundAccrual(fundId: $fundId, month: $month) { id } }`, { fundId, month: opened });
  });

  const post = (month: string) => app.as('officer', `mutation P($fundId: ID!, $month: String!) { postRepairFundAccrual(fundId: $fundId, month: $month) { id } }`, { fundId, month });
  const publicPeriods = async () => {
    const items = (await app.gql(INDEX, { options: { take: 100 } }, null)).data.publicStatements.items;
    return items.flatMap((e: any) => e.repairFunds).find((f: any) => f.fundId === fundId)?.periods ?? [];
  };

  it('a quarter with a month missing is NOT_FOUND, and so is every later one; posting the month makes them public', async () => {
    const second = monthsBack(14);
    const q = quarterOf(`${second}-01`);
    // the opening month's quarter, if it ended before the gap, may be public; the gap's quarter is not
    expect(outcomeOf(await app.gql(FUND, { fundId, year: q.year, quarter: q.quarter }, null))).toBe('NOT_FOUND');
    expect(await pdfOf(`/documents/repair-funds/${fundId}/${q.year}Q${q.quarter}/statement.pdf`)).toMatchObject({ status: 404 });
    for (let n = 14; n >= 0; n--) await post(monthsBack(n));
    const r = await app.gql(FUND, { fundId, year: q.year, quarter: q.quarter }, null);
    expect(r.errors).toBeUndefined();
    const s = r.data.publishedRepairFundStatement;
    expect(fen(s.opening) + fen(s.accruals) - fen(s.withdrawals)).toBe(fen(s.closing));
    expect(s.accruals).not.toBe('0.00');
    expect(await publicPeriods()).toContainEqual({ year: q.year, quarter: q.quarter });
  });

  it('the quarter not yet ended and a year not yet ended are NOT_FOUND, whatever is posted', async () => {
    const now = quarterOf(today());
    expect(outcomeOf(await app.gql(FUND, { fundId, year: now.year, quarter: now.quarter }, null))).toBe('NOT_FOUND');
    expect(outcomeOf(await app.gql(FUND, { fundId, year: now.year }, null))).toBe('NOT_FOUND');
    expect(outcomeOf(await app.gql(FUND, { fundId, year: now.year, quarter: 7 }, null))).toBe('NOT_FOUND');
    expect(outcomeOf(await app.gql(FUND, { fundId: '999999', year: now.year - 1 }, null))).toBe('NOT_FOUND');
    expect(await pdfOf(`/documents/repair-funds/${fundId}/nonsense/statement.pdf`)).toMatchObject({ status: 404 });
  });

  it('last year, every month since the opening posted, is public with its withdrawals by category; the PDF prints it', async () => {
    const year = Number(today().slice(0, 4)) - 1;
    const r = await app.gql(FUND, { fundId, year }, null);
    expect(r.errors).toBeUndefined();
    const s = r.data.publishedRepairFundStatement;
    expect(s).toMatchObject({ fundId, year, quarter: null, from: `${year}-01-01`, to: `${year}-12-31` });
    const [inDb] = await app.ds.query(
      `SELECT COALESCE(sum(amount_fen) FILTER (WHERE month <= $2::date), 0)::int AS accrued FROM repair_fund_accrual WHERE fund_id = $1 AND month >= $3::date`,
      [fundId, `${year}-12-01`, `${year}-01-01`],
    );
    expect(fen(s.accruals)).toBe(inDb.accrued);
    expect(s.withdrawalsByCategory.reduce((n: number, l: any) => n + fen(l.amount), 0)).toBe(fen(s.withdrawals));
    expect(await pdfOf(`/documents/repair-funds/${fundId}/${year}/statement.pdf`)).toEqual({ status: 200, type: 'application/pdf', head: '%PDF-' });
    expect(await publicPeriods()).toContainEqual({ year, quarter: null });
  });
});

describe('a committee book’s year is public once every quarter of it is published and the year is shut', () => {
  let accountId: string;
  let memberId: string;
  const year = Number(today().slice(0, 4)) - 1;

  beforeAll(async () => {
    ({ accountId, memberId } = await openNewBook(app, [
      { amount: '3000.00', occurredOn: `${year}-08-10` },
      { direction: 'SPENDING', amount: '800.00', occurredOn: `${year}-09-01` },
      { category: 'ADVERTISING', amount: '500.00', occurredOn: `${year}-11-20` },
    ]));
  });

  const periods = async (): Promise<Array<{ id: number; version: number; quarter: number }>> =>
    app.ds.query(`SELECT id, version, quarter FROM account_period WHERE account_id = $1 ORDER BY year, quarter`, [accountId]);
  const move = async (id: number, action: string, as: string) => {
    const [{ version }] = await app.ds.query(`SELECT version FROM account_period WHERE id = $1`, [id]);
    await app.as(as, `mutation M($id: ID!, $version: Int!, $action: AccountPeriodAction!, $memberId: ID) { moveAccountPeriod(id: $id, version: $version, action: $action, memberId: $memberId) { id } }`, {
      id: String(id),
      version,
      action,
      memberId: action === 'CLOSE' ? memberId : null,
    });
  };

  it('is NOT_FOUND until its last quarter is published; then anyone reads the year, and the PDF prints it', async () => {
    const [q3, q4] = await periods();
    expect([q3.quarter, q4.quarter]).toEqual([3, 4]);
    for (const p of [q3, q4]) {
      await move(p.id, 'CLOSE', 'officer');
      await move(p.id, 'COUNTERSIGN', 'officer3');
    }
    await move(q3.id, 'PUBLISH', 'officer');
    // the third quarter published, the fourth only countersigned: the year is not the owners’ yet
    expect(outcomeOf(await app.gql(YEAR, { accountId, year }, null))).toBe('NOT_FOUND');
    expect(await pdfOf(`/documents/account-years/${accountId}/${year}/statement.pdf`)).toMatchObject({ status: 404 });
    await move(q4.id, 'PUBLISH', 'officer');

    const r = await app.gql(YEAR, { accountId, year }, null);
    expect(r.errors).toBeUndefined();
    const s = r.data.publishedAccountYearStatement;
    expect(s).toMatchObject({ accountId, year, from: `${year}-01-01`, to: `${year}-12-31`, opening: '0.00', income: '3500.00', spending: '800.00', closing: '2700.00' });
    expect(s.incomeByCategory).toEqual([
      { category: 'PARKING', amount: '3000.00' },
      { category: 'ADVERTISING', amount: '500.00' },
    ]);
    expect(s.spendingByCategory).toEqual([{ category: 'REPAIRS_AND_MAINTENANCE', amount: '800.00' }]);
    // the year is the sum of its published quarters
    const quarters = await Promise.all([q3, q4].map(async (p) => (await app.gql(`query Q($id: ID!) { publishedAccountStatement(periodId: $id) { opening income spending closing } }`, { id: String(p.id) }, null)).data.publishedAccountStatement));
    expect(fen(quarters[0].opening)).toBe(fen(s.opening));
    expect(fen(quarters[1].closing)).toBe(fen(s.closing));
    expect(fen(quarters[0].income) + fen(quarters[1].income)).toBe(fen(s.income));
    expect(await pdfOf(`/documents/account-years/${accountId}/${year}/statement.pdf`)).toEqual({ status: 200, type: 'application/pdf', head: '%PDF-' });

    const listed = (await app.gql(INDEX, { options: { take: 100 } }, null)).data.publicStatements.items.find((e: any) => e.accountId === accountId);
    expect(listed.bookYears).toEqual([year]);
    expect(listed.bookQuarters.map((q: any) => q.quarter)).toEqual([3, 4]);
  });

  it('another year of the book, a year the book never had, and a malformed year are NOT_FOUND', async () => {
    expect(outcomeOf(await app.gql(YEAR, { accountId, year: year - 1 }, null))).toBe('NOT_FOUND');
    expect(outcomeOf(await app.gql(YEAR, { accountId, year: year + 1 }, null))).toBe('NOT_FOUND');
    expect(outcomeOf(await app.gql(YEAR, { accountId: '999999', year }, null))).toBe('NOT_FOUND');
    expect(await pdfOf(`/documents/account-years/${accountId}/20x5/statement.pdf`)).toMatchObject({ status: 404 });
  });
});

describe('what a published statement rests on is held by the database, whoever writes through the request role', () => {
  let accountId: string;
  let memberId: string;
  let estateId: number;
  const year = Number(today().slice(0, 4)) - 1;
  const periodsOf = async (): Promise<Array<{ id: number; year: number; quarter: number; status: string; closed_by_id: number | null }>> =>
    app.ds.query(`SELECT id, year, quarter, status, closed_by_id FROM account_period WHERE account_id = $1 ORDER BY year, quarter`, [accountId]);
  const move = async (id: number, action: string, as: string, note: string | null = null) => {
    const [{ version }] = await app.ds.query(`SELECT version FROM account_period WHERE id = $1`, [id]);
    return app.gql(
      `mutation M($id: ID!, $version: Int!, $action: AccountPeriodAction!, $memberId: ID, $note: String) { moveAccountPeriod(id: $id, version: $version, action: $action, memberId: $memberId, note: $note) { id } }`,
      { id: String(id), version, action, memberId: action === 'CLOSE' ? memberId : null, note },
      await app.tokenFor(as),
    );
  };

  beforeAll(async () => {
    ({ accountId, memberId, estateId } = await openNewBook(app, [
      { amount: '3000.00', occurredOn: `${year}-08-10` },
      { amount: '100.00', occurredOn: `${year + 1}-02-10` },
    ]));
  });

  it('a year with no fourth quarter is shut by a later quarter countersigned, not merely closed (the community may still send that back)', async () => {
    const [q3, next] = await periodsOf();
    for (const action of ['CLOSE', 'COUNTERSIGN', 'PUBLISH']) expect(outcomeOf(await move(q3.id, action, action === 'COUNTERSIGN' ? 'officer3' : 'officer'))).toBe('OK');
    expect(outcomeOf(await move(next.id, 'CLOSE', 'officer'))).toBe('OK');
    expect(outcomeOf(await app.gql(YEAR, { accountId, year }, null))).toBe('NOT_FOUND');
    expect(outcomeOf(await move(next.id, 'COUNTERSIGN', 'officer3'))).toBe('OK');
    const s = (await app.gql(YEAR, { accountId, year }, null)).data.publishedAccountYearStatement;
    expect(s).toMatchObject({ income: '3000.00', closing: '3000.00' });
  });

  it('no quarter is added under one no longer open, nor does one close before an earlier open one', async () => {
    await expect(app.serverDs.query(`INSERT INTO account_period (account_id, estate_id, year, quarter) VALUES ($1, $2, $3, 4)`, [accountId, estateId, year])).rejects.toThrow(/no quarter is added before a closed one/);
    await expect(app.serverDs.query(`INSERT INTO account_period (account_id, estate_id, year, quarter) VALUES ($1, $2, $3, 1)`, [accountId, estateId, year])).rejects.toThrow(/no quarter is added before a closed one/);
    expect((await periodsOf()).map((p) => p.status)).toEqual(['PUBLISHED', 'COUNTERSIGNED']);
    // a later quarter's first entry opens it; closing it while an earlier one is open is refused
    await app.serverDs.query(`INSERT INTO account_period (account_id, estate_id, year, quarter) VALUES ($1, $2, $3, 3), ($1, $2, $3, 4)`, [accountId, estateId, year + 1]);
    const later = (await periodsOf()).filter((p) => p.status === 'OPEN');
    await expect(app.serverDs.query(`UPDATE account_period SET status = 'CLOSED', closed_at = now() WHERE id = $1`, [later[1].id])).rejects.toThrow(/earlier quarter of the book is open/);
  });

  it('a closed quarter goes back only by another than its closer, and never under a later closed quarter', async () => {
    // the two open quarters closed in order, as the committee would once they end (whatever day this runs)
    const [closer] = await app.ds.query(`SELECT id FROM app_user WHERE username = 'officer'`);
    for (const p of (await periodsOf()).filter((p) => p.status === 'OPEN')) {
      await app.serverDs.query(
        `UPDATE account_period SET status = 'CLOSED', closed_by_id = $2, closed_at = now(), opening_fen = 0, income_fen = 0, spending_fen = 0, closing_fen = 0 WHERE id = $1`,
        [p.id, closer.id],
      );
    }
    const [, , first, second] = await periodsOf();
    expect([first.status, second.status]).toEqual(['CLOSED', 'CLOSED']);
    const sqlReturn = (id: number, by: number) =>
      app.serverDs.query(
        `UPDATE account_period SET status = 'OPEN', closed_by_id = NULL, closed_by_member_id = NULL, closed_at = NULL, opening_fen = NULL, income_fen = NULL,
                spending_fen = NULL, closing_fen = NULL, returned_at = now(), returned_by_id = $2, return_reason = 'sql' WHERE id = $1`,
        [id, by],
      );
    const [other] = await app.ds.query(`SELECT id FROM app_user WHERE username = 'officer3'`);
    await expect(sqlReturn(first.id, other.id)).rejects.toThrow(/closed quarter is final/);
    await expect(sqlReturn(second.id, second.closed_by_id!)).rejects.toThrow(/closed quarter is final/);
    await expect(sqlReturn(second.id, other.id)).resolves.toBeDefined();
    // the return's record, once written, is the community's: no UPDATE of the quarter open again rewrites or clears it
    for (const rewrite of [`return_reason = 'rewritten'`, `returned_by_id = NULL`, `returned_at = returned_at - interval '1 day'`]) {
      await expect(app.serverDs.query(`UPDATE account_period SET ${rewrite} WHERE id = $1`, [second.id])).rejects.toThrow(/return is written only by the return itself/);
    }
    expect((await app.ds.query(`SELECT return_reason, returned_by_id FROM account_period WHERE id = $1`, [second.id]))[0]).toEqual({ return_reason: 'sql', returned_by_id: other.id });
    // nor is a quarter inserted already returned (a quarter is born open and undecided: migrations/1764806200000)
    await expect(
      app.serverDs.query(`INSERT INTO account_period (account_id, estate_id, year, quarter, returned_at, returned_by_id, return_reason) VALUES ($1, $2, $3, 1, now(), $4, 'forged')`, [accountId, estateId, year + 3, other.id]),
    ).rejects.toThrow(/return is written only by the return itself|opened by its first entry, undecided/);
  });

  it('a repair-fund correction is dated today by the database; a withdrawal is never inserted decided, and a decision is dated when made', async () => {
    const [fund] = await app.ds.query(`SELECT f.id, f.estate_id, (SELECT id FROM repair_fund_accrual WHERE fund_id = f.id ORDER BY month LIMIT 1) AS accrual_id FROM repair_fund f ORDER BY f.id LIMIT 1`);
    // with the balance moved in the same transaction, as a posting must (migrations/1764804700000-what-a-decision-rests-on.ts);
    // taking back (one adding money carries out a confirmed proposal: migrations/1764805500000)
    const correction = await app.serverDs.transaction(async (em) => {
      const [posted] = await em.query(
        `INSERT INTO repair_fund_correction (fund_id, accrual_id, posted_on, amount_fen, reason) VALUES ($1, $2, '2020-01-01', -100, 'sql') RETURNING to_char(posted_on, 'YYYY-MM-DD') AS posted_on`,
        [fund.id, fund.accrual_id],
      );
      await em.query(`UPDATE repair_fund SET balance_fen = balance_fen - 100, version = version + 1 WHERE id = $1`, [fund.id]);
      return posted;
    });
    expect(correction.posted_on).toBe(today());
    await expect(
      app.serverDs.query(`INSERT INTO repair_fund_withdrawal (fund_id, estate_id, category, purpose, amount_fen, status, decided_at) VALUES ($1, $2, 'OTHER', 'sql', 100, 'APPROVED', '2020-01-01')`, [fund.id, fund.estate_id]),
    ).rejects.toThrow(/requested first and decided by an update/);
    const [requested] = await app.serverDs.query(`INSERT INTO repair_fund_withdrawal (fund_id, estate_id, category, purpose, amount_fen, status) VALUES ($1, $2, 'OTHER', 'sql', 100, 'REQUESTED') RETURNING id`, [fund.id, fund.estate_id]);
    // TypeORM answers an UPDATE … RETURNING with its rows and their count
    const [[decided]] = await app.serverDs.query(`UPDATE repair_fund_withdrawal SET status = 'REJECTED', decided_at = '2020-01-01' WHERE id = $1 RETURNING (decided_at AT TIME ZONE 'Asia/Shanghai')::date::text AS day`, [requested.id]);
    expect(decided.day).toBe(today());
  });
});
