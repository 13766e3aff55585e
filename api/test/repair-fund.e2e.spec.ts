import { todayInChina } from '../src/shared/iso-date';
import type { WithdrawalCategory } from './generated/graphql';
import { outcomeOf, rolledBack, ruleOutcomeOf, startTestApp, TestApp } from './harness';
import { CREATE_RESOLUTION } from './election-operations';
import {
  confirmFundTerms,
  FUND_STATEMENT,
  GET_FUND,
  LIST_FUNDS,
  LIST_WITHDRAWALS,
  longting,
  MOVE_WITHDRAWAL,
  OPEN_FUND,
  openFeeVote,
  passFeeResolution,
  POST_ACCRUAL,
  REQUEST_WITHDRAWAL,
  SET_FUND_TERMS,
} from './money-operations';

let app: TestApp;
let story: Awaited<ReturnType<typeof longting>>;
let vote: Awaited<ReturnType<typeof openFeeVote>>;
beforeAll(async () => {
  app = await startTestApp();
  story = await longting(app);
  vote = await openFeeVote(app);
});
afterAll(() => app?.close());

const thisMonth = () => todayInChina().slice(0, 7);
const fen = (yuan: string) => Math.round(Number(yuan) * 100);
const balanceInDb = async (fundId: string) => Number((await app.ds.query(`SELECT balance_fen FROM repair_fund WHERE id = $1`, [fundId]))[0].balance_fen);

const FUND_ACCRUALS = `query FundAccruals($id: ID!) { repairFund(id: $id) { id openedMonth balance
  terms { fromMonth feeRate setAsidePercent resolutionId } accruals { month chargedArea feeRate setAsidePercent amount } } }`;
const nextMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

describe('龙庭小区 in the demo: the owners passed the fee change, and the fund has accrued at 1.99 × 10 % since', () => {
  it('the fee resolution passed, and the fund opened the month after on it, posting every month since', async () => {
    const resolution = (await app.as('officer', `query R($id: ID!) { resolution(id: $id) { phase votingEndsOn outcome } }`, { id: story.resolutionId })).resolution;
    expect(resolution.phase).toBe('CLOSED');
    expect(resolution.outcome.outcome).toBe('PASSED');
    const { repairFunds } = await app.as('officer', LIST_FUNDS, { options: { filter: { estateId: story.estateId } } });
    expect(repairFunds.items).toHaveLength(1);
    const { repairFund } = await app.as('officer', FUND_ACCRUALS, { id: repairFunds.items[0].id });
    expect(repairFund.openedMonth.slice(0, 7)).toBe(nextMonth(resolution.votingEndsOn.slice(0, 7)));
    expect(repairFund.terms).toEqual([{ fromMonth: expect.any(String), feeRate: '1.99', setAsidePercent: '10.00', resolutionId: story.resolutionId }]);
    expect(repairFund.terms[0].fromMonth.slice(0, 7)).toBe(repairFund.openedMonth.slice(0, 7));
    // every month from the opening to this one, each the estate's charged area × 1.99 × 10 %, by PostgreSQL's numeric
    const months: string[] = [];
    for (let m = repairFund.openedMonth.slice(0, 7); m <= thisMonth(); m = nextMonth(m)) months.push(m);
    expect(months.length).toBeGreaterThanOrEqual(3);
    expect(repairFund.accruals.map((a: { month: string }) => a.month.slice(0, 7))).toEqual(months);
    const [expected] = await app.ds.query(
      `SELECT sum(area)::numeric(14,2)::text AS area, round(sum(area) * 1.99 * 0.10, 2)::text AS amount FROM unit WHERE estate_id = $1`,
      [story.estateId],
    );
    for (const accrual of repairFund.accruals) expect(accrual).toMatchObject({ chargedArea: expected.area, feeRate: '1.99', setAsidePercent: '10.00', amount: expected.amount });
    expect(repairFund.balance).toBe((fen(expected.amount) * months.length / 100).toFixed(2));
    expect(await balanceInDb(repairFund.id)).toBe(fen(expected.amount) * months.length);
  });
});

describe('another estate’s fee vote: the fund opens only once it has passed', () => {
  let fundId: string;

  it.each(['USE_MAINTENANCE_FUND', 'REBUILD', 'HIRE_OR_DISMISS_MANAGER'] as const)('refuses a resolution of %s as the one that set the fee: RESOLUTION_MATTER_NOT_FEE', async (matter) => {
    const { createResolution } = await app.as('officer', CREATE_RESOLUTION, { input: { estateId: vote.estateId, matter, title: `维修资金（${matter}）` } });
    const input = { projectId: vote.projectId, feeRate: '1.99', setAsidePercent: '10', fromMonth: thisMonth(), resolutionId: createResolution.id };
    const r = await app.gql(OPEN_FUND, { input }, await app.tokenFor('officer'));
    expect(r.errors?.[0].extensions?.fieldErrors).toEqual([expect.objectContaining({ field: 'resolutionId', rule: 'RESOLUTION_MATTER_NOT_FEE' })]);
    expect(await app.ds.query(`SELECT 1 FROM repair_fund WHERE project_id = $1`, [vote.projectId])).toHaveLength(0);
  });

  it('refuses to open the fund on a resolution still being voted on', async () => {
    const input = { projectId: vote.projectId, feeRate: '1.99', setAsidePercent: '10', fromMonth: thisMonth(), resolutionId: vote.resolutionId };
    const r = await app.gql(OPEN_FUND, { input }, await app.tokenFor('officer'));
    expect(outcomeOf(r)).toBe('BAD_USER_INPUT/RESOLUTION_NOT_PASSED');
    expect(await app.ds.query(`SELECT 1 FROM repair_fund WHERE project_id = $1`, [vote.projectId])).toHaveLength(0);
  });

  it('opens once the vote passed, and posts the month: charged area × 1.99 × 10 %, to the fen', async () => {
    await passFeeResolution(app, vote.resolutionId);
    const input = { projectId: vote.projectId, feeRate: '1.99', setAsidePercent: '10', fromMonth: thisMonth(), resolutionId: vote.resolutionId };
    const { openRepairFund } = await app.as('officer', OPEN_FUND, { input });
    fundId = openRepairFund.id;
    // the first terms wait for another officer (docs/roles-and-workflows.md#money-proposals): nothing accrues until then
    expect(openRepairFund).toMatchObject({ balance: '0.00', terms: [] });
    expect(outcomeOf(await app.gql(POST_ACCRUAL, { fundId, month: thisMonth() }, await app.tokenFor('officer')))).toBe('BAD_USER_INPUT/FUND_TERMS_UNCONFIRMED');
    await confirmFundTerms(app, fundId);
    expect((await app.as('officer', GET_FUND, { id: fundId })).repairFund).toMatchObject({ terms: [{ feeRate: '1.99', setAsidePercent: '10.00', resolutionId: vote.resolutionId }] });

    const { postRepairFundAccrual } = await app.as('officer', POST_ACCRUAL, { fundId, month: thisMonth() });
    // computed independently by PostgreSQL's numeric: round() is half away from zero, i.e. half up for money in
    const [expected] = await app.ds.query(
      `SELECT sum(area)::numeric(14,2)::text AS area, round(sum(area) * 1.99 * 0.10, 2)::text AS amount FROM unit WHERE estate_id = $1`,
      [vote.estateId],
    );
    expect(postRepairFundAccrual).toMatchObject({ chargedArea: expected.area, feeRate: '1.99', setAsidePercent: '10.00', amount: expected.amount });
    expect(Number(expected.amount)).toBeGreaterThan(0);
    expect((await app.as('officer', GET_FUND, { id: fundId })).repairFund.balance).toBe(expected.amount);
    expect(await balanceInDb(fundId)).toBe(fen(expected.amount));
  });

  it('posts a month once, never one that has not begun, never before the fund opened', async () => {
    const token = await app.tokenFor('officer');
    expect(outcomeOf(await app.gql(POST_ACCRUAL, { fundId, month: thisMonth() }, token))).toBe('ALREADY_EXISTS');
    const [y, m] = thisMonth().split('-').map(Number);
    const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
    const before = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
    expect(outcomeOf(await app.gql(POST_ACCRUAL, { fundId, month: next }, token))).toBe('BAD_USER_INPUT/NOT_FUTURE');
    expect(outcomeOf(await app.gql(POST_ACCRUAL, { fundId, month: before }, token))).toBe('BAD_USER_INPUT/BEFORE_OPENING');
    expect(outcomeOf(await app.gql(POST_ACCRUAL, { fundId, month: '2026-13' }, token))).toBe('BAD_USER_INPUT/MONTH');
  });

  it('takes new terms only for months not yet posted, on a version the caller saw', async () => {
    const token = await app.tokenFor('officer');
    const fund = (await app.as('officer', GET_FUND, { id: fundId })).repairFund;
    const posted = { feeRate: '2.10', setAsidePercent: '12.5', fromMonth: thisMonth() };
    expect(outcomeOf(await app.gql(SET_FUND_TERMS, { id: fundId, version: fund.version, input: posted }, token))).toBe('BAD_USER_INPUT/MONTH_POSTED');
    const bad = await app.gql(SET_FUND_TERMS, { id: fundId, version: fund.version, input: { feeRate: '0', setAsidePercent: '0', fromMonth: '2099-01' } }, token);
    expect(bad.errors?.[0].extensions.fieldErrors.map((e: { field: string }) => e.field).sort()).toEqual(['feeRate', 'setAsidePercent']);
    expect(outcomeOf(await app.gql(SET_FUND_TERMS, { id: fundId, version: fund.version - 1, input: { ...posted, fromMonth: '2099-01' } }, token))).toBe('CONFLICT');
  });

  it('is another subdistrict’s officer’s to neither read nor touch', async () => {
    const token = await app.tokenFor('officer2');
    expect(outcomeOf(await app.gql(GET_FUND, { id: fundId }, token))).toBe('FORBIDDEN/JURISDICTION');
    expect(outcomeOf(await app.gql(POST_ACCRUAL, { fundId, month: thisMonth() }, token))).toBe('FORBIDDEN/JURISDICTION');
    const { repairFunds } = await app.as('officer2', LIST_FUNDS, { options: { take: 100 } });
    expect(repairFunds.items.map((f) => f.id)).not.toContain(fundId);
    const mine = await app.as('officer', LIST_FUNDS, { options: { filter: { estateId: vote.estateId } } });
    expect(mine.repairFunds.items.map((f) => f.id)).toEqual([fundId]);
    expect(outcomeOf(await app.gql(GET_FUND, { id: fundId }, null))).toBe('UNAUTHENTICATED');
    expect(outcomeOf(await app.gql(OPEN_FUND, { input: { projectId: vote.projectId, feeRate: '1.99', setAsidePercent: '10', fromMonth: thisMonth() } }, await app.tokenFor('registrar')))).toBe('FORBIDDEN/ROLE');
  });
});

describe('withdrawals: requested, then approved by another officer of the subdistrict', () => {
  let fund: { id: string; balance: string };
  beforeAll(async () => {
    // a seeded fund on the officer's side (a year of accruals and repairs)
    const { repairFunds } = await app.as('officer', LIST_FUNDS, { options: { filter: { projectId: undefined }, take: 10 } });
    fund = repairFunds.items.find((f) => f.estateId !== story.estateId && f.estateId !== vote.estateId)!;
    expect(fund).toBeDefined();
  });

  it('maker-checker: the requester cannot approve; the other officer can, and the money leaves the fund', async () => {
    const before = await balanceInDb(fund.id);
    const { requestRepairFundWithdrawal: w } = await app.as('officer', REQUEST_WITHDRAWAL, { input: { fundId: fund.id, category: 'ELEVATOR', purpose: '3幢电梯门机皮带更换', amount: '100.05' } });
    expect(w).toMatchObject({ status: 'REQUESTED', amount: '100.05', availableActions: [] });
    expect(outcomeOf(await app.gql(MOVE_WITHDRAWAL, { id: w.id, version: w.version, action: 'APPROVE' }, await app.tokenFor('officer')))).toBe('FORBIDDEN/MAKER_CHECKER');
    expect(outcomeOf(await app.gql(MOVE_WITHDRAWAL, { id: w.id, version: w.version, action: 'APPROVE' }, await app.tokenFor('officer2')))).toBe('FORBIDDEN/JURISDICTION');
    expect(await balanceInDb(fund.id)).toBe(before);
    const { moveRepairFundWithdrawal } = await app.as('officer3', MOVE_WITHDRAWAL, { id: w.id, version: w.version, action: 'APPROVE' });
    expect(moveRepairFundWithdrawal.status).toBe('APPROVED');
    // the decision is dated by the database, and the answer says the day the row keeps
    const [{ decided_at }] = await app.ds.query(`SELECT decided_at FROM repair_fund_withdrawal WHERE id = $1`, [w.id]);
    expect(moveRepairFundWithdrawal.decidedAt).toBe(decided_at.toISOString());
    expect(await balanceInDb(fund.id)).toBe(before - 10_005);
    expect(outcomeOf(await app.gql(MOVE_WITHDRAWAL, { id: w.id, version: moveRepairFundWithdrawal.version, action: 'REJECT' }, await app.tokenFor('officer3')))).toBe('INVALID_TRANSITION');
    const events = await app.ds.query(`SELECT action, actor_name FROM audit_event WHERE entity_type = 'RepairFundWithdrawal' AND entity_id = $1 ORDER BY id`, [w.id]);
    expect(events.map((e: { action: string }) => e.action)).toEqual(['repairFundWithdrawal.request', 'repairFundWithdrawal.approve']);
  });

  it('refuses a request the balance does not cover, and bad amounts, changing nothing', async () => {
    const token = await app.tokenFor('officer');
    const balance = await balanceInDb(fund.id);
    const over = ((balance + 1) / 100).toFixed(2);
    const count = async () => Number((await app.ds.query(`SELECT count(*) FROM repair_fund_withdrawal WHERE fund_id = $1`, [fund.id]))[0].count);
    const before = await count();
    expect(outcomeOf(await app.gql(REQUEST_WITHDRAWAL, { input: { fundId: fund.id, category: 'OTHER', purpose: '超出余额', amount: over } }, token))).toBe('BAD_USER_INPUT/INSUFFICIENT_BALANCE');
    for (const [amount, rule] of [['0', 'AMOUNT'], ['-5', 'AMOUNT'], ['1.005', 'DECIMAL_PLACES']]) {
      expect(outcomeOf(await app.gql(REQUEST_WITHDRAWAL, { input: { fundId: fund.id, category: 'OTHER', purpose: '金额有误', amount } }, token))).toBe(`BAD_USER_INPUT/${rule}`);
    }
    expect(await count()).toBe(before);
  });

  it('20 approvals at once whose sum exceeds the balance: exactly those that fit succeed, the balance never below zero', async () => {
    const balance = await balanceInDb(fund.id);
    // 20 equal requests, each a little over a seventh of the balance: 7 fit, 13 do not
    const each = Math.floor(balance / 7) - 1;
    const fit = Math.floor(balance / each);
    expect(fit).toBe(7);
    const requested = [];
    for (let i = 0; i < 20; i++) {
      const { requestRepairFundWithdrawal } = await app.as('officer', REQUEST_WITHDRAWAL, {
        input: { fundId: fund.id, category: i % 2 ? 'WATER_AND_DRAINAGE' : 'ROOF_AND_WALLS', purpose: `并发审批 ${i + 1}`, amount: (each / 100).toFixed(2) },
      });
      requested.push(requestRepairFundWithdrawal);
    }
    const token = await app.tokenFor('officer3');
    const results = await Promise.all(requested.map((w) => app.gql(MOVE_WITHDRAWAL, { id: w.id, version: w.version, action: 'APPROVE' }, token)));
    const outcomes = results.map(outcomeOf);
    expect(outcomes.filter((o) => o === 'OK')).toHaveLength(fit);
    expect(outcomes.filter((o) => o !== 'OK')).toEqual(Array(20 - fit).fill('BAD_USER_INPUT/INSUFFICIENT_BALANCE'));
    expect(await balanceInDb(fund.id)).toBe(balance - fit * each);
    const { repairFundWithdrawals } = await app.as('officer', LIST_WITHDRAWALS, { options: { filter: { ids: requested.map((w) => w.id) }, take: 50 } });
    expect(repairFundWithdrawals.items.filter((w) => w.status === 'APPROVED')).toHaveLength(fit);
    expect(repairFundWithdrawals.items.filter((w) => w.status === 'REQUESTED')).toHaveLength(20 - fit);
  });

  it('the database itself refuses a negative balance, whoever writes SQL', async () => {
    await expect(app.ds.query(`UPDATE repair_fund SET balance_fen = -1 WHERE id = $1`, [fund.id])).rejects.toThrow(/repair_fund_balance_not_negative/);
  });

  it('states each quarter and the year: opening + accruals − withdrawals = closing, the current quarter closing on the balance', async () => {
    const today = todayInChina();
    const year = Number(today.slice(0, 4));
    const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
    const { repairFund } = await app.as('officer', FUND_STATEMENT, { id: fund.id, year, quarter });
    const s = repairFund.statement;
    expect(fen(s.opening) + fen(s.accruals) - fen(s.withdrawals)).toBe(fen(s.closing));
    expect(s.closing).toBe(repairFund.balance);
    expect(s.withdrawalsByCategory.reduce((sum, c) => sum + fen(c.amount), 0)).toBe(fen(s.withdrawals));
    const yearly = (await app.as('officer', FUND_STATEMENT, { id: fund.id, year })).repairFund.statement;
    expect(yearly).toMatchObject({ from: `${year}-01-01`, to: `${year}-12-31`, closing: repairFund.balance });
    const [sums] = await app.ds.query(
      `SELECT (SELECT COALESCE(sum(amount_fen), 0) FROM repair_fund_accrual WHERE fund_id = $1 AND month >= $2) AS accrued,
              (SELECT COALESCE(sum(amount_fen), 0) FROM repair_fund_withdrawal WHERE fund_id = $1 AND status = 'APPROVED' AND (decided_at AT TIME ZONE 'Asia/Shanghai')::date >= $2) AS withdrawn`,
      [fund.id, `${year}-01-01`],
    );
    expect([fen(yearly.accruals), fen(yearly.withdrawals)]).toEqual([Number(sums.accrued), Number(sums.withdrawn)]);
    expect(outcomeOf(await app.gql(FUND_STATEMENT, { id: fund.id, year, quarter: 5 }, await app.tokenFor('officer')))).toBe('BAD_USER_INPUT/PERIOD');
  });
});

describe('a posted month found wrong is corrected by a posting of its own', () => {
  let fund: { id: string };
  let accrual: { id: number; amount_fen: string; month: string };
  const CORRECT = `mutation Correct($fundId: ID!, $input: RepairFundCorrectionInput!) { postRepairFundCorrection(fundId: $fundId, input: $input) {
    __typename ... on RepairFundCorrection { id accrualId postedOn amount reason } ... on RepairFundCorrectionProposal { id version accrualId amount reason status } } }`;
  const CORRECTIONS = `query Corrections($id: ID!) { repairFund(id: $id) { balance corrections { id accrualId postedOn amount reason } accruals { id amount } } }`;
  const correct = async (input: Record<string, unknown>, as = 'officer') => app.gql(CORRECT, { fundId: fund.id, input }, await app.tokenFor(as));
  const state = async () => ({
    balance: await balanceInDb(fund.id),
    corrections: Number((await app.ds.query(`SELECT count(*)::int AS n FROM repair_fund_correction WHERE fund_id = $1`, [fund.id]))[0].n),
  });

  let drained: { id: string };
  beforeAll(async () => {
    const { repairFunds } = await app.as('officer', LIST_FUNDS, { options: { take: 10 } });
    const seeded = repairFunds.items.filter((f) => f.estateId !== story.estateId && f.estateId !== vote.estateId);
    // the withdrawals above emptied the first; the richest other one is corrected here
    drained = seeded[0];
    fund = seeded.slice(1).sort((a, b) => fen(b.balance) - fen(a.balance))[0];
    expect(fund).toBeDefined();
    [accrual] = await app.ds.query(`SELECT id, amount_fen, to_char(month, 'YYYY-MM') AS month FROM repair_fund_accrual WHERE fund_id = $1 ORDER BY month LIMIT 1`, [fund.id]);
  });

  it('takes money back from a month, dated today with its reason; the month stays as posted and the balance moves', async () => {
    const before = await state();
    const r = await app.gql(CORRECT, { fundId: fund.id, input: { accrualId: String(accrual.id), amount: '-12.34', reason: `${accrual.month}的计费面积多计了车库面积` } }, await app.tokenFor('officer'));
    expect(r.errors).toBeUndefined();
    expect(r.data.postRepairFundCorrection).toMatchObject({ accrualId: String(accrual.id), postedOn: todayInChina(), amount: '-12.34' });
    expect(await state()).toEqual({ balance: before.balance - 1234, corrections: before.corrections + 1 });
    const [month] = await app.ds.query(`SELECT amount_fen FROM repair_fund_accrual WHERE id = $1`, [accrual.id]);
    expect(month.amount_fen).toBe(accrual.amount_fen);
    const { repairFund } = await app.as('officer', CORRECTIONS, { id: fund.id });
    expect(repairFund.corrections.map((c: any) => c.amount)).toContain('-12.34');
    // the audit log says who corrected what
    const [event] = await app.ds.query(`SELECT action FROM audit_event WHERE entity_type = 'RepairFund' AND entity_id = $1 ORDER BY id DESC LIMIT 1`, [Number(fund.id)]);
    expect(event.action).toBe('repairFund.correct');
  });

  it('counts in the statement of the day it was posted, not in the month it corrects', async () => {
    const today = todayInChina();
    const year = Number(today.slice(0, 4));
    const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
    const s = (await app.as('officer', FUND_STATEMENT, { id: fund.id, year, quarter })).repairFund.statement;
    const [sums] = await app.ds.query(
      `SELECT (SELECT COALESCE(sum(amount_fen), 0) FROM repair_fund_accrual WHERE fund_id = $1 AND month >= $2::date) AS accrued,
              (SELECT COALESCE(sum(amount_fen), 0) FROM repair_fund_correction WHERE fund_id = $1 AND posted_on >= $2::date) AS corrected`,
      [fund.id, s.from],
    );
    expect(fen(s.accruals)).toBe(Number(sums.accrued) + Number(sums.corrected));
    expect(s.closing).toBe((await app.as('officer', GET_FUND, { id: fund.id })).repairFund.balance);
  });

  it('never takes back more than is left of the month after its corrections, nor more than the balance; refusals change nothing', async () => {
    const before = await state();
    const left = Number(accrual.amount_fen) - 1234;
    const tooMuch = `-${((left + 1) / 100).toFixed(2)}`;
    expect(outcomeOf(await correct({ accrualId: String(accrual.id), amount: tooMuch, reason: '再次更正' }))).toBe('BAD_USER_INPUT/CORRECTION_TOO_LARGE');
    // two corrections at once that fit alone but not together: one is posted, the other refused
    const half = `-${(Math.floor(left / 2 + 1) / 100).toFixed(2)}`;
    const token = await app.tokenFor('officer');
    const both = await Promise.all([1, 2].map(() => app.gql(CORRECT, { fundId: fund.id, input: { accrualId: String(accrual.id), amount: half, reason: '同时更正' } }, token)));
    expect(both.map(outcomeOf).sort()).toEqual(['BAD_USER_INPUT/CORRECTION_TOO_LARGE', 'OK']);
    expect((await state()).corrections).toBe(before.corrections + 1);
    // more than the fund holds now: its money went on repairs since the month was posted
    const [drainedMonth] = await app.ds.query(`SELECT id, amount_fen FROM repair_fund_accrual WHERE fund_id = $1 ORDER BY month DESC LIMIT 1`, [drained.id]);
    const drainedBalance = await balanceInDb(drained.id);
    expect(Number(drainedMonth.amount_fen)).toBeGreaterThan(drainedBalance);
    const r = await app.gql(CORRECT, { fundId: drained.id, input: { accrualId: String(drainedMonth.id), amount: `-${((drainedBalance + 1) / 100).toFixed(2)}`, reason: '更正' } }, token);
    expect(outcomeOf(r)).toBe('BAD_USER_INPUT/INSUFFICIENT_BALANCE');
    expect(await balanceInDb(drained.id)).toBe(drainedBalance);
    // a month of another fund, zero, three decimals, no reason: refused, nothing posted
    const [other] = await app.ds.query(`SELECT id FROM repair_fund_accrual WHERE fund_id <> $1 LIMIT 1`, [fund.id]);
    const after = await state();
    expect(outcomeOf(await correct({ accrualId: String(other.id), amount: '1.00', reason: '更正' }))).toBe('BAD_USER_INPUT/REFERENCE');
    expect(outcomeOf(await correct({ accrualId: String(accrual.id), amount: '0', reason: '更正' }))).toMatch(/^BAD_USER_INPUT/);
    expect(outcomeOf(await correct({ accrualId: String(accrual.id), amount: '1.005', reason: '更正' }))).toMatch(/^BAD_USER_INPUT/);
    expect(outcomeOf(await correct({ accrualId: String(accrual.id), amount: '1.00', reason: '   ' }))).toMatch(/^BAD_USER_INPUT/);
    expect(await state()).toEqual(after);
  });

  it('is the subdistrict’s officers’ to post: another subdistrict, a registrar and anonymous are refused', async () => {
    const before = await state();
    const input = { accrualId: String(accrual.id), amount: '1.00', reason: '更正' };
    expect(outcomeOf(await correct(input, 'officer2'))).toBe('FORBIDDEN/JURISDICTION');
    expect(outcomeOf(await correct(input, 'registrar'))).toBe('FORBIDDEN/ROLE');
    expect(outcomeOf(await app.gql(CORRECT, { fundId: fund.id, input }, null))).toBe('UNAUTHENTICATED');
    expect(await state()).toEqual(before);
  });

  it('the database refuses UPDATE, DELETE and TRUNCATE of a posted correction, whoever writes SQL', async () => {
    const [row] = await app.ds.query(`SELECT id FROM repair_fund_correction WHERE fund_id = $1 LIMIT 1`, [fund.id]);
    await expect(app.ds.query(`UPDATE repair_fund_correction SET amount_fen = 1 WHERE id = $1`, [row.id])).rejects.toThrow(/stays posted/);
    await expect(app.ds.query(`DELETE FROM repair_fund_correction WHERE id = $1`, [row.id])).rejects.toThrow(/stays posted/);
    await expect(app.ds.query(`TRUNCATE repair_fund_correction`)).rejects.toThrow(/stays posted/);
  });
});

describe('an approved withdrawal found wrong is corrected by a refund, never by editing it', () => {
  let fund: { id: string };
  let withdrawal: { id: string; version: number };
  let other: { id: string; version: number };
  let requested: { id: string };
  let rejected: { id: string };
  let lastQuarterBefore: unknown;
  let thisQuarterBefore: { withdrawals: string; closing: string; withdrawalsByCategory: Array<{ category: string; amount: string }> };
  const REFUND = `mutation Refund($withdrawalId: ID!, $input: RepairFundRefundInput!) {
    postRepairFundRefund(withdrawalId: $withdrawalId, input: $input) { id version status amount } }`;
  const CONFIRM_REFUND = `mutation ConfirmRefund($id: ID!, $version: Int!) { decideRepairFundRefund(id: $id, version: $version, action: CONFIRM) { id status } }`;
  const REFUNDS = `query Refunds($id: ID!) { repairFundWithdrawal(id: $id) { id version status amount refunded refunds { id withdrawalId fundId postedOn amount reason createdById proposalId } } }`;
  /** a refund is money in: proposed by `as`, posted when officer3 confirms it (docs/roles-and-workflows.md#money-proposals); the posted refund, or the refusal */
  const refund = async (withdrawalId: string, input: Record<string, unknown>, as = 'officer') => {
    const proposed = await app.gql(REFUND, { withdrawalId, input }, await app.tokenFor(as));
    if (proposed.errors) return proposed;
    const p = proposed.data.postRepairFundRefund;
    const confirmed = await app.gql(CONFIRM_REFUND, { id: p.id, version: p.version }, await app.tokenFor('officer3'));
    if (confirmed.errors) return confirmed;
    const { repairFundWithdrawal } = await app.as('officer', REFUNDS, { id: withdrawalId });
    return { data: { postRepairFundRefund: repairFundWithdrawal.refunds.find((r: { proposalId: string }) => r.proposalId === p.id) }, errors: undefined };
  };
  const refundsOf = async (withdrawalId: string) => Number((await app.ds.query(`SELECT count(*)::int AS n FROM repair_fund_refund WHERE withdrawal_id = $1`, [withdrawalId]))[0].n);
  const state = async () => ({ balance: await balanceInDb(fund.id), refunds: await refundsOf(withdrawal.id) });
  const periods = () => {
    const today = todayInChina();
    const year = Number(today.slice(0, 4));
    const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
    return { now: { year, quarter }, last: quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: quarter - 1 } };
  };
  const statementOf = async (period: { year: number; quarter: number }) => (await app.as('officer', FUND_STATEMENT, { id: fund.id, ...period })).repairFund.statement;
  const inCategory = (s: { withdrawalsByCategory: Array<{ category: string; amount: string }> }, category: string) =>
    fen(s.withdrawalsByCategory.find((c) => c.category === category)?.amount ?? '0');
  const requestAndDecide = async (category: WithdrawalCategory, amount: string, action: 'APPROVE' | 'REJECT' | null) => {
    const { requestRepairFundWithdrawal: w } = await app.as('officer', REQUEST_WITHDRAWAL, { input: { fundId: fund.id, category, purpose: `退款测试 ${category} ${amount}`, amount } });
    if (!action) return w;
    return (await app.as('officer3', MOVE_WITHDRAWAL, { id: w.id, version: w.version, action })).moveRepairFundWithdrawal;
  };

  beforeAll(async () => {
    const { repairFunds } = await app.as('officer', LIST_FUNDS, { options: { take: 10 } });
    fund = repairFunds.items
      .filter((f) => f.estateId !== story.estateId && f.estateId !== vote.estateId)
      .slice(1)
      .sort((a, b) => fen(b.balance) - fen(a.balance))[0];
    expect(fund).toBeDefined();
    lastQuarterBefore = await statementOf(periods().last);
    withdrawal = await requestAndDecide('GREENERY', '200.00', 'APPROVE');
    other = await requestAndDecide('OTHER', '30.00', 'APPROVE');
    requested = await requestAndDecide('OTHER', '10.00', null);
    rejected = await requestAndDecide('OTHER', '10.00', 'REJECT');
    thisQuarterBefore = await statementOf(periods().now);
  });

  it('takes money back from an approved withdrawal, dated today with its reason; the withdrawal stays as decided and the balance moves up', async () => {
    const before = await state();
    const fundVersion = async () => (await app.ds.query(`SELECT version FROM repair_fund WHERE id = $1`, [fund.id]))[0].version as number;
    const versionBefore = await fundVersion();
    const [decided] = await app.ds.query(`SELECT status, amount_fen, version, decided_at FROM repair_fund_withdrawal WHERE id = $1`, [withdrawal.id]);
    const r = await refund(withdrawal.id, { amount: '50.25', reason: '  维修实际花费少于批准金额，施工方退回差额  ' });
    expect(r.errors).toBeUndefined();
    const [officer] = await app.ds.query(`SELECT id::text AS id FROM app_user WHERE username = 'officer'`);
    expect(r.data.postRepairFundRefund).toMatchObject({
      withdrawalId: withdrawal.id,
      fundId: fund.id,
      postedOn: todayInChina(),
      amount: '50.25',
      reason: '维修实际花费少于批准金额，施工方退回差额',
      createdById: officer.id,
    });
    expect(await state()).toEqual({ balance: before.balance + 5025, refunds: before.refunds + 1 });
    expect((await app.ds.query(`SELECT status, amount_fen, version, decided_at FROM repair_fund_withdrawal WHERE id = $1`, [withdrawal.id]))[0]).toEqual(decided);
    const { repairFundWithdrawal } = await app.as('officer', REFUNDS, { id: withdrawal.id });
    expect(repairFundWithdrawal).toMatchObject({ status: 'APPROVED', amount: '200.00', refunded: '50.25' });
    expect(repairFundWithdrawal.refunds).toEqual([expect.objectContaining({ id: r.data.postRepairFundRefund.id, amount: '50.25', postedOn: todayInChina() })]);
    // the audit log says who took what back from which withdrawal
    const [event] = await app.ds.query(`SELECT action, entity_type, entity_id FROM audit_event WHERE entity_type = 'RepairFundWithdrawal' AND entity_id = $1 ORDER BY id DESC LIMIT 1`, [withdrawal.id]);
    expect(event).toEqual({ action: 'repairFundWithdrawal.proposeRefund', entity_type: 'RepairFundWithdrawal', entity_id: withdrawal.id });
    // the change feed names the fund, whose version moved with the proposal and with the confirmation (docs/architecture.md#change-feed-versions)
    expect(await fundVersion()).toBe(versionBefore + 2);
    const [change] = await app.ds.query(`SELECT action, version FROM change_event WHERE entity_type = 'RepairFund' AND entity_id = $1 ORDER BY position DESC LIMIT 1`, [fund.id]);
    expect(change).toEqual({ action: 'repairFundRefund.confirm', version: versionBefore + 2 });
  });

  it('never refunds more than is left of the withdrawal after its refunds, two at once included; refusals change nothing', async () => {
    const before = await state();
    // 149.75 is left of 200.00
    const tooMuch = await refund(withdrawal.id, { amount: '149.76', reason: '再次退款' });
    expect(outcomeOf(tooMuch)).toBe('BAD_USER_INPUT/REFUND_TOO_LARGE');
    expect(tooMuch.errors?.[0].extensions.fieldErrors[0]).toMatchObject({ field: 'amount', message: expect.stringContaining('149.75 元') });
    expect(await state()).toEqual(before);
    // two refunds at once that fit alone but not together: one is posted, the other refused (one pending at a time, or too large once the first is in)
    const both = await Promise.all([1, 2].map(() => refund(withdrawal.id, { amount: '100.00', reason: '同时退款' })));
    const outcomes = both.map(ruleOutcomeOf).sort();
    expect(outcomes[0]).toMatch(/^(BAD_USER_INPUT\/REFUND_TOO_LARGE|INVALID_TRANSITION\/PROPOSAL_PENDING)$/);
    expect(outcomes[1]).toBe('OK');
    expect(await state()).toEqual({ balance: before.balance + 10_000, refunds: before.refunds + 1 });
    expect(outcomeOf(await refund(withdrawal.id, { amount: '49.76', reason: '退款' }))).toBe('BAD_USER_INPUT/REFUND_TOO_LARGE');
    expect(outcomeOf(await refund(withdrawal.id, { amount: '49.75', reason: '退回余款' }))).toBe('OK');
    expect((await app.as('officer', REFUNDS, { id: withdrawal.id })).repairFundWithdrawal).toMatchObject({ refunded: '200.00', refunds: [{ amount: '50.25' }, { amount: '100.00' }, { amount: '49.75' }] });
    const full = await state();
    expect(full.balance).toBe(before.balance + 14_975);
    expect(outcomeOf(await refund(withdrawal.id, { amount: '0.01', reason: '退款' }))).toBe('BAD_USER_INPUT/REFUND_TOO_LARGE');
    // zero, negative, three decimals, no reason, no such withdrawal: refused, nothing posted
    for (const amount of ['0', '-1.00', '1.005']) expect(outcomeOf(await refund(other.id, { amount, reason: '退款' }))).toMatch(/^BAD_USER_INPUT/);
    expect(outcomeOf(await refund(other.id, { amount: '1.00', reason: '   ' }))).toMatch(/^BAD_USER_INPUT/);
    expect(outcomeOf(await refund('99999999', { amount: '1.00', reason: '退款' }))).toBe('NOT_FOUND');
    expect(await state()).toEqual(full);
    expect(await refundsOf(other.id)).toBe(0);
  });

  it('refunds only an approved withdrawal: a requested or a rejected one paid nothing out', async () => {
    const before = await state();
    expect(ruleOutcomeOf(await refund(requested.id, { amount: '1.00', reason: '退款' }))).toBe('INVALID_TRANSITION/WITHDRAWAL_NOT_APPROVED');
    expect(ruleOutcomeOf(await refund(rejected.id, { amount: '1.00', reason: '退款' }))).toBe('INVALID_TRANSITION/WITHDRAWAL_NOT_APPROVED');
    expect(await refundsOf(requested.id)).toBe(0);
    expect(await refundsOf(rejected.id)).toBe(0);
    expect(await state()).toEqual(before);
  });

  it('is the subdistrict’s officers’ to post: another subdistrict, a manager, a registrar and anonymous are refused', async () => {
    const before = { balance: await balanceInDb(fund.id), refunds: await refundsOf(other.id) };
    const input = { amount: '1.00', reason: '退款' };
    expect(outcomeOf(await refund(other.id, input, 'officer2'))).toBe('FORBIDDEN/JURISDICTION');
    expect(outcomeOf(await refund(other.id, input, 'manager'))).toBe('FORBIDDEN/ROLE');
    expect(outcomeOf(await refund(other.id, input, 'registrar'))).toBe('FORBIDDEN/ROLE');
    expect(outcomeOf(await app.gql(REFUND, { withdrawalId: other.id, input }, null))).toBe('UNAUTHENTICATED');
    expect(outcomeOf(await app.gql(REFUNDS, { id: other.id }, await app.tokenFor('officer2')))).toBe('FORBIDDEN/JURISDICTION');
    expect({ balance: await balanceInDb(fund.id), refunds: await refundsOf(other.id) }).toEqual(before);
  });

  it('counts on the day posted, as the category’s spending taken back: this quarter’s statement moves, the last one stays as it was', async () => {
    const now = await statementOf(periods().now);
    // 200.00 of GREENERY approved and refunded in full, all today
    expect(fen(now.withdrawals)).toBe(fen(thisQuarterBefore.withdrawals) - 20_000);
    expect(inCategory(now, 'GREENERY')).toBe(inCategory(thisQuarterBefore, 'GREENERY') - 20_000);
    expect(inCategory(now, 'OTHER')).toBe(inCategory(thisQuarterBefore, 'OTHER'));
    expect(fen(now.closing)).toBe(fen(thisQuarterBefore.closing) + 20_000);
    expect(fen(now.opening) + fen(now.accruals) - fen(now.withdrawals)).toBe(fen(now.closing));
    expect(now.closing).toBe((await app.as('officer', GET_FUND, { id: fund.id })).repairFund.balance);
    const [sums] = await app.ds.query(
      `SELECT (SELECT COALESCE(sum(amount_fen), 0) FROM repair_fund_withdrawal WHERE fund_id = $1 AND status = 'APPROVED' AND (decided_at AT TIME ZONE 'Asia/Shanghai')::date >= $2::date) AS withdrawn,
              (SELECT COALESCE(sum(amount_fen), 0) FROM repair_fund_refund WHERE fund_id = $1 AND posted_on >= $2::date) AS refunded`,
      [fund.id, now.from],
    );
    expect(fen(now.withdrawals)).toBe(Number(sums.withdrawn) - Number(sums.refunded));
    expect(await statementOf(periods().last)).toEqual(lastQuarterBefore);
  });

  it('the database holds it whoever writes SQL: kept as posted, dated today, only for an approved withdrawal and within its amount', async () => {
    const [row] = await app.serverDs.query(`SELECT id FROM repair_fund_refund WHERE withdrawal_id = $1 LIMIT 1`, [withdrawal.id]);
    await expect(app.serverDs.query(`UPDATE repair_fund_refund SET amount_fen = 1 WHERE id = $1`, [row.id])).rejects.toThrow(/a refund is posted once and stays posted: UPDATE/);
    await expect(app.serverDs.query(`DELETE FROM repair_fund_refund WHERE id = $1`, [row.id])).rejects.toThrow(/stays posted: DELETE/);
    // the request role may not TRUNCATE at all: the owner is refused too
    await expect(app.ds.query(`TRUNCATE repair_fund_refund`)).rejects.toThrow(/stays posted: TRUNCATE/);
    const insert = (withdrawalId: string, amountFen: number, fundId = fund.id) =>
      `INSERT INTO repair_fund_refund (fund_id, withdrawal_id, posted_on, amount_fen, reason) VALUES (${Number(fundId)}, ${Number(withdrawalId)}, '2020-01-01', ${amountFen}, 'sql')
       RETURNING to_char(posted_on, 'YYYY-MM-DD') AS posted_on`;
    // the request role posts no refund that no other officer confirmed (migrations/1764805930000-refund-confirmed.ts);
    // the bounds below hold for the tables' owner too, who passes that check
    await expect(app.serverDs.query(insert(other.id, 100))).rejects.toThrow(/a refund carries out a proposal another officer confirmed/);
    await expect(app.ds.query(insert(requested.id, 100))).rejects.toThrow(/only an approved withdrawal of the same fund is refunded/);
    await expect(app.ds.query(insert(rejected.id, 100))).rejects.toThrow(/only an approved withdrawal of the same fund is refunded/);
    const [elsewhere] = await app.ds.query(`SELECT id FROM repair_fund WHERE id <> $1 ORDER BY id LIMIT 1`, [fund.id]);
    await expect(app.ds.query(insert(other.id, 100, elsewhere.id))).rejects.toThrow(/only an approved withdrawal of the same fund is refunded/);
    await expect(app.ds.query(insert(withdrawal.id, 1))).rejects.toThrow(/never refunded more than it paid out/);
    await expect(app.ds.query(insert(other.id, 3001))).rejects.toThrow(/never refunded more than it paid out/);
    await expect(app.ds.query(insert(other.id, 0))).rejects.toThrow(/check/i);
    // within the amount it is taken, dated today whatever day it names (rolled back: the balance did not move with it)
    const [posted] = await rolledBack(app.ds, (runner) => runner.query(insert(other.id, 3000)));
    expect(posted.posted_on).toBe(todayInChina());
    expect(await refundsOf(other.id)).toBe(0);
  });
});
