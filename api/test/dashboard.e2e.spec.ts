import { dueDaysInForce, DueDaysFrom, StatementLag, statementLag } from '../src/committee-accounts/statement-due';
import { addDays, todayInChina } from '../src/shared/iso-date';
import { ADD_ENTRY, openConfirmedBook } from './money-operations';
import { startTestApp, TestApp } from './harness';
import { APPROVE_FIRM, CREATE_FIRM, DASHBOARD, firmInput, SUBMIT_FIRM } from './operations';

const CREATE_COMMITTEE_FILING = `mutation CreateFiling($committeeId: ID!, $eventDate: LocalDate!) {
  createCommitteeFiling(committeeId: $committeeId, kind: CHANGE, eventDate: $eventDate) { id dueOn overdue } }`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

async function count(sql: string): Promise<number> {
  const [{ n }] = await app.ds.query(sql);
  return n;
}

describe('successful dashboard reads', () => {
  it('counts approved firms and projects against 105 / 380, committees against 105', async () => {
    const { dashboard } = await app.as('manager', DASHBOARD);
    expect(dashboard.firms).toEqual({
      approved: await count(`SELECT count(*)::int AS n FROM firm WHERE filing_status = 'APPROVED'`),
      submitted: await count(`SELECT count(*)::int AS n FROM firm WHERE filing_status = 'SUBMITTED'`),
      total: await count(`SELECT count(*)::int AS n FROM firm`),
      target: 105,
    });
    expect(dashboard.projects.target).toBe(380);
    expect(dashboard.projects.approved).toBe(await count(`SELECT count(*)::int AS n FROM project WHERE filing_status = 'APPROVED'`));
    expect(dashboard.committees).toEqual({
      approved: await count(`SELECT count(DISTINCT committee_id)::int AS n FROM committee_filing WHERE filing_status = 'APPROVED'`),
      submitted: await count(`SELECT count(*)::int AS n FROM committee_filing WHERE filing_status = 'SUBMITTED'`),
      total: await count(`SELECT count(*)::int AS n FROM committee`),
      target: 105,
    });
    expect(dashboard.committees.approved).toBeGreaterThan(0);
  });

  it('lists the longest-waiting filings first with their waiting days', async () => {
    const { dashboard } = await app.as('registrar', DASHBOARD);
    const waiting = await count(`SELECT (SELECT count(*) FROM firm WHERE filing_status = 'SUBMITTED') + (SELECT count(*) FROM project WHERE filing_status = 'SUBMITTED')
      + (SELECT count(*) FROM committee_filing WHERE filing_status = 'SUBMITTED') AS n`);
    expect(dashboard.waitingTotal).toBe(Number(waiting));
    expect(dashboard.waiting.length).toBe(Math.min(20, Number(waiting)));
    const times = dashboard.waiting.map((w: { submittedAt: string }) => Date.parse(w.submittedAt));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    const days = dashboard.waiting.map((w: { waitingDays: number }) => w.waitingDays);
    expect(days[0]).toBeGreaterThanOrEqual(days[days.length - 1]);
    expect(dashboard.waiting[0]).toMatchObject({ kind: expect.stringMatching(/^(FIRM|PROJECT|COMMITTEE)$/), name: expect.any(String) });
  });

  it('has every district with its counts, adding up to the approved totals', async () => {
    const { dashboard } = await app.as('manager', DASHBOARD);
    expect(dashboard.byDistrict.map((d: { code: string }) => d.code)).toEqual(['330502', '330503', '330521', '330522', '330523']);
    const sum = (key: 'firms' | 'projects' | 'committees') => dashboard.byDistrict.reduce((n, d) => n + d[key], 0);
    expect(sum('firms')).toBe(dashboard.firms.approved);
    expect(sum('projects')).toBe(dashboard.projects.approved);
    expect(sum('committees')).toBe(dashboard.committees.approved);
  });

  it('counts elections by phase, every phase in lifecycle order', async () => {
    const { dashboard } = await app.as('manager', DASHBOARD);
    const elections = dashboard.elections!; // managers read elections
    const rows: Array<{ phase: string; n: number }> = await app.ds.query(`SELECT phase, count(*)::int AS n FROM election GROUP BY phase`);
    expect(elections.byPhase.map((p) => p.phase)).toEqual([
      'PREPARATION', 'NOMINATION', 'ELIGIBILITY_REVIEW', 'CANDIDATE_PUBLICITY', 'VOTING', 'COUNTING', 'RESULT_PUBLICITY', 'CERTIFIED', 'CANCELLED',
    ]);
    for (const { phase, count: n } of elections.byPhase) expect(n).toBe(rows.find((r) => r.phase === phase)?.n ?? 0);
    expect(elections.byPhase.find((p) => p.phase === 'VOTING')!.count).toBeGreaterThan(0);
  });

  it('lists the overdue committee filings, longest overdue first, as the filings list counts them', async () => {
    const { dashboard } = await app.as('registrar', DASHBOARD);
    const overdue = dashboard.elections!.overdueFilings; // registrars read elections
    expect(dashboard.elections!.overdueFilingsTotal).toBe(
      await count(`SELECT count(*)::int AS n FROM committee_filing WHERE filing_status IN ('DRAFT', 'RETURNED') AND due_on < '${todayInChina()}'`),
    );
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue[0]).toMatchObject({ estateName: expect.any(String), daysOverdue: expect.any(Number), dueOnProvisional: expect.any(Boolean) });
    expect(overdue[0].daysOverdue).toBeGreaterThan(0);
    const days = overdue.map((f: { daysOverdue: number }) => f.daysOverdue);
    expect([...days].sort((a, b) => b - a)).toEqual(days);
  });

  it('shows the books with late statements, each kind as the rule in JavaScript finds it, overdue first', async () => {
    const { dashboard } = await app.as('manager', DASHBOARD);
    const statements = dashboard.statements!; // managers read the books
    // the rule applied quarter by quarter in JavaScript to every stored quarter, against the one SQL statement
    const periods: Array<{ account_id: number; estate_id: number; year: number; quarter: number; status: string; history: Array<{ from: string; days: number }> }> = await app.ds.query(
      `SELECT p.account_id, a.estate_id, p.year, p.quarter, p.status,
              (SELECT json_agg(json_build_object('from', h.effective_from::text, 'days', h.statement_due_days)) FROM committee_account_due_days h WHERE h.account_id = a.id) AS history
         FROM account_period p JOIN committee_account a ON a.id = p.account_id`,
    );
    const byBook = new Map<number, StatementLag>();
    for (const p of periods) {
      // each quarter by the due days in force on its last day (docs/domain-rules.md#statement-due)
      const history: DueDaysFrom[] = p.history.map((h) => ({ effectiveFrom: h.from === '-infinity' ? null : h.from, statementDueDays: h.days }));
      const lag = statementLag({ year: p.year, quarter: p.quarter, published: p.status === 'PUBLISHED' }, dueDaysInForce(history, p.year, p.quarter), todayInChina());
      if (lag && byBook.get(p.account_id) !== StatementLag.OVERDUE) byBook.set(p.account_id, lag);
    }
    const expected = (lag: StatementLag) => [...byBook].filter(([, l]) => l === lag).map(([id]) => String(id)).sort();
    expect(statements.books).toBe(await count(`SELECT count(*)::int AS n FROM committee_account`));
    expect(statements.overdue).toBe(expected(StatementLag.OVERDUE).length);
    expect(statements.unpublished).toBe(expected(StatementLag.UNPUBLISHED).length);
    // the demo has both kinds: a quarter two back never published, and a book whose rules allow 100 days
    expect(statements.overdue).toBeGreaterThan(0);
    expect(statements.unpublished).toBeGreaterThan(0);
    expect(statements.late.map((b) => b.accountId).sort()).toEqual([...expected(StatementLag.OVERDUE), ...expected(StatementLag.UNPUBLISHED)].sort().slice(0, 20));
    const lags = statements.late.map((b) => b.lag);
    expect(lags).toEqual([...lags].sort((a, b) => (a === b ? 0 : a === 'OVERDUE' ? -1 : 1)));
    expect(statements.late[0]).toMatchObject({ estateName: expect.any(String), quarters: expect.any(Number), dueOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(statements.late.find((b) => b.lag === 'OVERDUE')!.dueOn < todayInChina()).toBe(true);

    // the link's filtered list of books holds the same books
    for (const lag of [StatementLag.OVERDUE, StatementLag.UNPUBLISHED]) {
      const { committeeAccounts } = await app.as('manager', `query L($lag: StatementLag) { committeeAccounts(options: { take: 100, filter: { statementLag: $lag } }) { totalItems items { id } } }`, { lag });
      expect(committeeAccounts.items.map((a: { id: string }) => a.id).sort()).toEqual(expected(lag));
    }
  });

  it('counts demonstration estates against the programme’s 240 / 42', async () => {
    const { dashboard } = await app.as('clerk', DASHBOARD);
    expect(dashboard.demonstrations).toEqual({
      city: await count(`SELECT count(*)::int AS n FROM demonstration_designation WHERE level = 'CITY'`),
      cityTarget: 240,
      provincial: await count(`SELECT count(*)::int AS n FROM demonstration_designation WHERE level = 'PROVINCIAL'`),
      provincialTarget: 42,
    });
    expect(dashboard.demonstrations.city).toBe(240); // the demo names the programme's whole number
    expect(dashboard.demonstrations.provincial).toBe(42);
  });

  it('shows clerks no elections and no books (they read neither)', async () => {
    const { dashboard } = await app.as('clerk', DASHBOARD);
    expect(dashboard.elections).toBeNull();
    expect(dashboard.statements).toBeNull();
    expect(dashboard.firms.target).toBe(105);
  });

  it('shows a newly approved firm in its count and its district, with the same number of SQL statements', async () => {
    const before = await app.gql(DASHBOARD, {}, await app.tokenFor('manager'));
    const { createFirm } = await app.as('clerk', CREATE_FIRM, { input: firmInput({ districtId: '2' }) });
    await app.as('clerk', SUBMIT_FIRM, { id: createFirm.id, version: 1 });
    const middle = (await app.as('manager', DASHBOARD)).dashboard;
    expect(middle.waitingTotal).toBe(before.data.dashboard.waitingTotal + 1);
    await app.as('registrar', APPROVE_FIRM, { id: createFirm.id, version: 2 });
    for (let i = 0; i < 20; i++) await app.as('clerk', CREATE_FIRM, { input: firmInput() });
    // and more overdue committee filings: change filings of events six weeks ago, never submitted
    const [committee] = await app.ds.query(
      `SELECT c.id FROM committee c JOIN estate e ON e.id = c.estate_id JOIN community m ON m.id = e.community_id JOIN subdistrict s ON s.id = m.subdistrict_id
        JOIN officer_jurisdiction j ON j.subdistrict_id = s.id JOIN app_user u ON u.id = j.user_id WHERE u.username = 'officer' ORDER BY c.id LIMIT 1`,
    );
    for (let i = 0; i < 3; i++) {
      const { createCommitteeFiling } = await app.as('officer', CREATE_COMMITTEE_FILING, { committeeId: String(committee.id), eventDate: addDays(todayInChina(), -60 - i) });
      expect(createCommitteeFiling.overdue).toBe(true);
    }

    // and a late book: a committee's new book with an entry in the quarter that has ended
    const [member] = await app.ds.query(
      `SELECT m.id, c.estate_id FROM committee_member m JOIN committee c ON c.id = m.committee_id JOIN estate e ON e.id = c.estate_id
        JOIN community co ON co.id = e.community_id JOIN officer_jurisdiction j ON j.subdistrict_id = co.subdistrict_id JOIN app_user u ON u.id = j.user_id
       WHERE u.username = 'officer' AND c.term_start <= $1 AND c.term_end >= $1 AND m.ends_on IS NULL
         AND NOT EXISTS (SELECT 1 FROM committee_account a WHERE a.estate_id = c.estate_id) ORDER BY m.id LIMIT 1`,
      [todayInChina()],
    );
    const openCommitteeAccount = { id: await openConfirmedBook(app, String(member.estate_id)) };
    const lastQuarterEnd = addDays(`${todayInChina().slice(0, 4)}-${String(Math.floor((Number(todayInChina().slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0')}-01`, -1);
    await app.as('officer', ADD_ENTRY, {
      input: { accountId: openCommitteeAccount.id, direction: 'INCOME', category: 'PARKING', amount: '100.00', counterparty: '物业服务中心', occurredOn: addDays(lastQuarterEnd, -3), description: '', enteredByMemberId: String(member.id) },
    });

    const after = await app.gql(DASHBOARD, {}, await app.tokenFor('manager'));
    expect(after.data.dashboard.firms.approved).toBe(before.data.dashboard.firms.approved + 1);
    const district = (r: typeof after) => r.data.dashboard.byDistrict.find((d) => d.districtId === '2')!.firms;
    expect(district(after)).toBe(district(before) + 1);
    expect(after.data.dashboard.elections!.overdueFilingsTotal).toBe(before.data.dashboard.elections!.overdueFilingsTotal + 3);
    const late = (r: typeof after) => r.data.dashboard.statements!.overdue + r.data.dashboard.statements!.unpublished;
    expect(late(after)).toBe(late(before) + 1);
    expect(after.sqlStatements).toBe(before.sqlStatements);
    expect(after.sqlStatements).toBeLessThanOrEqual(9);
  });
});

describe('failing dashboard reads', () => {
  it.each(['officer'])('the %s role is FORBIDDEN', async (username) => {
    const result = await app.gql(DASHBOARD, {}, await app.tokenFor(username));
    expect(result.status).toBe(403);
    expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('an anonymous caller is UNAUTHENTICATED', async () => {
    const result = await app.gql(DASHBOARD, {});
    expect(result.status).toBe(401);
  });
});
