import { quarterOf } from '../src/shared/ledger-statement';
import { todayInChina } from '../src/shared/iso-date';
import { asRequestRole as requestRole, idInJurisdictionOf, outcomeOf, refusedBy, ruleOutcomeOf, startTestApp, TestApp } from './harness';
import {
  ACCOUNT_TERMS_PROPOSALS,
  ADD_ENTRY,
  bookEntry,
  confirmFundTerms,
  DECIDE_ACCOUNT_TERMS,
  DECIDE_FUND_CORRECTION,
  DECIDE_FUND_TERMS,
  estateWithoutBook,
  FUND_PENDING_TERMS,
  FUND_PROPOSALS,
  FUND_STATEMENT,
  GET_ACCOUNT,
  GET_PERIOD,
  LIST_FUNDS,
  MOVE_PERIOD,
  OPEN_ACCOUNT,
  OPEN_FUND,
  openNewBook,
  POST_ACCRUAL,
  POST_FUND_CORRECTION,
  REFUSE_SIGN_OFF,
  REQUEST_WITHDRAWAL,
  SET_ACCOUNT_TERMS,
  SET_FUND_TERMS,
  SET_SPENDING_LIMIT,
  SIGN_OFF_ENTRY,
  spendingOf,
} from './money-operations';

/**
 * A control loosened, or money added to a ledger, by one officer waits for another (docs/roles-and-workflows.md#money-proposals):
 * the security review's F2 (a committee's limit lifted, spent above, put back) and F5 (an unbounded upward correction of a
 * repair fund), and the same class in the committee's book (a correction adding income). Demo: officer proposes,
 * officer3 (same subdistricts) checks, officer2 works elsewhere.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const today = () => todayInChina();
const fen = (yuan: string) => Math.round(Number(yuan) * 100);

/** statements as the request role (the server's), rolled back: what PostgreSQL holds whoever writes SQL */
const asRequestRole = (...statements: Array<[sql: string, params?: unknown[]]>) => requestRole(app, ...statements);


describe('F2: one officer cannot lift a committee’s spending limit, book above it and put it back', () => {
  let book: Awaited<ReturnType<typeof openNewBook>>;
  const spending = (amount: string) => spendingOf(book, amount, '广告公司');
  const account = async () => (await app.as('officer', GET_ACCOUNT, { id: book.accountId })).committeeAccount;
  beforeAll(async () => {
    book = await openNewBook(app, [{ amount: '20000.00', occurredOn: today() }]);
  });

  it('the four-call attack fails: the raise waits for officer3, and the spending above the old limit is still refused', async () => {
    const token = await app.tokenFor('officer');
    expect(outcomeOf(await app.gql(ADD_ENTRY, { input: spending('9000.00') }, token))).toBe('BAD_USER_INPUT/RESOLUTION_REQUIRED');
    const before = await account();
    const { setCommitteeSpendingLimit: raised } = await app.as('officer', SET_SPENDING_LIMIT, { id: book.accountId, version: before.version, spendingLimit: '100000000.00' });
    expect(raised).toMatchObject({ spendingLimit: '5000.00', pendingTerms: { spendingLimit: '100000000.00', statementDueDays: 30 } });
    expect(outcomeOf(await app.gql(ADD_ENTRY, { input: spending('9000.00') }, token))).toBe('BAD_USER_INPUT/RESOLUTION_REQUIRED');
    expect(Number((await app.ds.query(`SELECT spending_limit_fen FROM committee_account WHERE id = $1`, [book.accountId]))[0].spending_limit_fen)).toBe(500_000);
    const pending = (await account()).pendingTerms!;
    expect(pending).toMatchObject({ status: 'PENDING', availableActions: ['WITHDRAW'] });
    expect((await app.as('officer3', GET_ACCOUNT, { id: book.accountId })).committeeAccount.pendingTerms).toMatchObject({ availableActions: ['CONFIRM', 'REFUSE'], confirmRefusal: null });
  });

  it('the proposer cannot confirm her own; an officer of another subdistrict cannot touch it; another proposal waits; nothing changes', async () => {
    const pending = (await account()).pendingTerms!;
    const decide = async (as: string, action: 'CONFIRM' | 'REFUSE' | 'WITHDRAW', version = pending.version) =>
      app.gql(DECIDE_ACCOUNT_TERMS, { id: pending.id, version, action }, await app.tokenFor(as));
    expect(outcomeOf(await decide('officer', 'CONFIRM'))).toBe('FORBIDDEN/MAKER_CHECKER');
    expect(outcomeOf(await decide('officer', 'REFUSE'))).toBe('FORBIDDEN/MAKER_CHECKER');
    expect(outcomeOf(await decide('officer2', 'CONFIRM'))).toBe('FORBIDDEN/JURISDICTION');
    expect(ruleOutcomeOf(await decide('officer3', 'WITHDRAW'))).toBe('INVALID_TRANSITION/PROPOSER_ONLY');
    expect(outcomeOf(await decide('officer3', 'CONFIRM', pending.version + 1))).toBe('CONFLICT');
    expect(outcomeOf(await decide('manager', 'CONFIRM'))).toBe('FORBIDDEN/ROLE');
    const now = await account();
    const again = await app.gql(SET_ACCOUNT_TERMS, { id: book.accountId, version: now.version, input: { spendingLimit: '7000', statementDueDays: 30 } }, await app.tokenFor('officer3'));
    expect(ruleOutcomeOf(again)).toBe('INVALID_TRANSITION/PROPOSAL_PENDING');
    expect(await account()).toEqual(now);
  });

  it('tightening takes effect at once, even while a raise is pending; the checker refuses the raise, and the limit stays', async () => {
    const before = await account();
    const { setCommitteeSpendingLimit: lowered } = await app.as('officer', SET_SPENDING_LIMIT, { id: book.accountId, version: before.version, spendingLimit: '4000' });
    expect(lowered).toMatchObject({ spendingLimit: '4000.00', version: before.version + 1, pendingTerms: { spendingLimit: '100000000.00' } });
    const { setCommitteeAccountTerms: shorter } = await app.as('officer', SET_ACCOUNT_TERMS, { id: book.accountId, version: lowered.version, input: { spendingLimit: '4000', statementDueDays: 20 } });
    expect(shorter).toMatchObject({ spendingLimit: '4000.00', statementDueDays: 20 });
    const pending = (await account()).pendingTerms!;
    const { decideCommitteeAccountTerms: refused } = await app.as('officer3', DECIDE_ACCOUNT_TERMS, { id: pending.id, version: pending.version, action: 'REFUSE', note: '议事规则未修改' });
    expect(refused).toMatchObject({ status: 'REFUSED', availableActions: [] });
    expect(await account()).toMatchObject({ spendingLimit: '4000.00', statementDueDays: 20, pendingTerms: null });
    expect(ruleOutcomeOf(await app.gql(DECIDE_ACCOUNT_TERMS, { id: pending.id, version: refused.version, action: 'CONFIRM' }, await app.tokenFor('officer3')))).toBe(
      'INVALID_TRANSITION/PROPOSAL_DECIDED',
    );
  });

  it('more due days wait too; the proposer withdraws; a confirmed raise applies, and is audited with who did what', async () => {
    let now = await account();
    const { setCommitteeAccountTerms: longer } = await app.as('officer', SET_ACCOUNT_TERMS, { id: book.accountId, version: now.version, input: { spendingLimit: '4000', statementDueDays: 60 } });
    expect(longer).toMatchObject({ statementDueDays: 20, pendingTerms: { statementDueDays: 60 } });
    const { decideCommitteeAccountTerms: withdrawn } = await app.as('officer', DECIDE_ACCOUNT_TERMS, { id: longer.pendingTerms!.id, version: longer.pendingTerms!.version, action: 'WITHDRAW' });
    expect(withdrawn.status).toBe('WITHDRAWN');
    now = await account();
    const { setCommitteeSpendingLimit: raised } = await app.as('officer', SET_SPENDING_LIMIT, { id: book.accountId, version: now.version, spendingLimit: '10000' });
    await app.as('officer3', DECIDE_ACCOUNT_TERMS, { id: raised.pendingTerms!.id, version: raised.pendingTerms!.version, action: 'CONFIRM' });
    expect(await account()).toMatchObject({ spendingLimit: '10000.00', statementDueDays: 20, pendingTerms: null });
    const { addAccountEntry } = await app.as('officer', ADD_ENTRY, { input: spending('9000.00') });
    expect(addAccountEntry.signOffRequired).toBe(false);
    const { committeeAccount } = await app.as('officer', ACCOUNT_TERMS_PROPOSALS, { id: book.accountId });
    const [officer, officer3] = await Promise.all(['officer', 'officer3'].map(async (u) => String((await app.ds.query(`SELECT id FROM app_user WHERE username = $1`, [u]))[0].id)));
    expect(committeeAccount.termsProposals.map((p) => [p.spendingLimit, p.statementDueDays, p.status, p.proposedById, p.decidedById])).toEqual([
      ['5000.00', 30, 'CONFIRMED', officer, officer3], // the terms the book was opened with (review F13)
      ['100000000.00', 30, 'REFUSED', officer, officer3],
      ['4000.00', 60, 'WITHDRAWN', officer, officer],
      ['10000.00', 20, 'CONFIRMED', officer, officer3],
    ]);
    const actions = await app.ds.query(`SELECT action FROM audit_event WHERE entity_type = 'CommitteeAccount' AND entity_id = $1 AND action LIKE 'committeeAccountTerms.%' ORDER BY id`, [
      book.accountId,
    ]);
    expect(actions.map((a: { action: string }) => a.action)).toEqual(['committeeAccountTerms.confirm', 'committeeAccountTerms.refuse', 'committeeAccountTerms.withdraw', 'committeeAccountTerms.confirm']);
  });

  it('a confirmation and a tightening at once queue on the book’s lock: each is done, CONFLICT or (the confirmation after the tightening) PROPOSAL_STALE, never a deadlock', async () => {
    for (let round = 0; round < 3; round++) {
      const now = await account();
      const { setCommitteeSpendingLimit: raised } = await app.as('officer', SET_SPENDING_LIMIT, { id: book.accountId, version: now.version, spendingLimit: String(20000 + round) });
      const [officer, officer3] = [await app.tokenFor('officer'), await app.tokenFor('officer3')];
      const both = await Promise.all([
        app.gql(DECIDE_ACCOUNT_TERMS, { id: raised.pendingTerms!.id, version: raised.pendingTerms!.version, action: 'CONFIRM' }, officer3),
        app.gql(SET_ACCOUNT_TERMS, { id: book.accountId, version: raised.version, input: { spendingLimit: '3000', statementDueDays: 10 } }, officer),
      ]);
      expect(['OK', 'CONFLICT', 'INVALID_TRANSITION/PROPOSAL_STALE']).toContain(ruleOutcomeOf(both[0]));
      expect(['OK', 'CONFLICT']).toContain(outcomeOf(both[1]));
      const pending = (await account()).pendingTerms;
      if (pending) await app.as('officer', DECIDE_ACCOUNT_TERMS, { id: pending.id, version: pending.version, action: 'WITHDRAW' });
    }
  });

  it('PostgreSQL holds it whoever writes SQL: no raise without a confirmation in the same transaction, no confirmation by the proposer, no rewrite', async () => {
    const LOOSENED = /rise only when another officer confirms/;
    expect(await asRequestRole([`UPDATE committee_account SET spending_limit_fen = spending_limit_fen + 1 WHERE id = $1`, [book.accountId]])).toEqual({
      code: '23514',
      constraint: 'committee_account_loosened_by_checker',
      message: expect.stringMatching(LOOSENED),
    });
    expect(await asRequestRole([`UPDATE committee_account SET statement_due_days = statement_due_days + 1 WHERE id = $1`, [book.accountId]])).toMatchObject({
      constraint: 'committee_account_loosened_by_checker',
    });
    expect(await asRequestRole([`UPDATE committee_account SET spending_limit_fen = spending_limit_fen - 1 WHERE id = $1`, [book.accountId]])).toBeNull();
    const insert = `INSERT INTO committee_account_terms_proposal (account_id, estate_id, spending_limit_fen, statement_due_days, proposed_by_id)
                    SELECT id, estate_id, spending_limit_fen + 100, statement_due_days, (SELECT id FROM app_user WHERE username = 'officer') FROM committee_account WHERE id = $1`;
    const confirmBy = (who: string) =>
      `UPDATE committee_account_terms_proposal SET status = 'CONFIRMED', decided_by_id = (SELECT id FROM app_user WHERE username = '${who}') WHERE account_id = $1 AND status = 'PENDING'`;
    const take = `UPDATE committee_account a SET spending_limit_fen = p.spending_limit_fen FROM committee_account_terms_proposal p WHERE p.account_id = a.id AND p.status = 'CONFIRMED' AND a.id = $1 AND p.spending_limit_fen = a.spending_limit_fen + 100`;
    expect(await asRequestRole([insert, [book.accountId]], [confirmBy('officer'), [book.accountId]])).toMatchObject({ code: '23514', constraint: 'committee_account_terms_proposal_checked_by_another' });
    expect(await asRequestRole([insert, [book.accountId]], [confirmBy('officer3'), [book.accountId]], [take, [book.accountId]])).toBeNull();
    const [decided] = await app.ds.query(`SELECT id FROM committee_account_terms_proposal WHERE account_id = $1 AND status <> 'PENDING' ORDER BY id LIMIT 1`, [book.accountId]);
    for (const sql of [`UPDATE committee_account_terms_proposal SET status = 'CONFIRMED' WHERE id = $1`, `DELETE FROM committee_account_terms_proposal WHERE id = $1`]) {
      expect(await asRequestRole([sql, [decided.id]])).toMatchObject({ code: '23514', constraint: 'proposal_decided_once' });
    }
  });
});

describe('F5: an upward correction of a repair fund counts nowhere until another officer confirms it', () => {
  let fund: { id: string; balance: string };
  let accrualId: string;
  const proposals = async (as = 'officer') => (await app.as(as, FUND_PROPOSALS, { id: fund.id })).repairFund;
  const balanceInDb = async () => Number((await app.ds.query(`SELECT balance_fen FROM repair_fund WHERE id = $1`, [fund.id]))[0].balance_fen);
  const thisQuarter = async () => {
    const { year, quarter } = quarterOf(today());
    return (await app.as('officer', FUND_STATEMENT, { id: fund.id, year, quarter })).repairFund.statement;
  };
  beforeAll(async () => {
    const { repairFunds } = await app.as('officer', LIST_FUNDS, { options: { take: 10 } });
    fund = [...repairFunds.items].sort((a, b) => fen(b.balance) - fen(a.balance))[0];
    [{ id: accrualId }] = await app.ds.query(`SELECT id::text FROM repair_fund_accrual WHERE fund_id = $1 ORDER BY month LIMIT 1`, [fund.id]);
  });

  it('99 999 999 元 “面积更正” is pending: not in the balance, not in the statement, not cover for a withdrawal', async () => {
    const statementBefore = await thisQuarter();
    const balanceBefore = await balanceInDb();
    const { postRepairFundCorrection } = await app.as('officer', POST_FUND_CORRECTION, { fundId: fund.id, input: { accrualId, amount: '99999999.00', reason: '面积更正' } });
    expect(postRepairFundCorrection).toMatchObject({ __typename: 'RepairFundCorrectionProposal', amount: '99999999.00', status: 'PENDING' });
    expect(await balanceInDb()).toBe(balanceBefore);
    const now = await proposals();
    expect(now.balance).toBe(fund.balance);
    expect(now.corrections.filter((c) => c.amount === '99999999.00')).toEqual([]);
    expect(now.pendingCorrection).toMatchObject({ amount: '99999999.00', availableActions: ['WITHDRAW'] });
    expect(await thisQuarter()).toEqual(statementBefore);
    const r = await app.gql(REQUEST_WITHDRAWAL, { input: { fundId: fund.id, category: 'OTHER', purpose: '虚增余额支出', amount: '1000000.00' } }, await app.tokenFor('officer'));
    expect(outcomeOf(r)).toBe('BAD_USER_INPUT/INSUFFICIENT_BALANCE');
  });

  it('maker-checker: the proposer cannot confirm, another subdistrict cannot touch, one pending at a time; officer3 refuses and nothing moved', async () => {
    const pending = (await proposals()).pendingCorrection!;
    const decide = async (as: string, action: 'CONFIRM' | 'REFUSE' | 'WITHDRAW', version = pending.version) =>
      app.gql(DECIDE_FUND_CORRECTION, { id: pending.id, version, action }, await app.tokenFor(as));
    expect(outcomeOf(await decide('officer', 'CONFIRM'))).toBe('FORBIDDEN/MAKER_CHECKER');
    expect(outcomeOf(await decide('officer2', 'CONFIRM'))).toBe('FORBIDDEN/JURISDICTION');
    expect(outcomeOf(await decide('officer3', 'CONFIRM', pending.version + 1))).toBe('CONFLICT');
    const second = await app.gql(POST_FUND_CORRECTION, { fundId: fund.id, input: { accrualId, amount: '1.00', reason: '面积更正' } }, await app.tokenFor('officer3'));
    expect(ruleOutcomeOf(second)).toBe('INVALID_TRANSITION/PROPOSAL_PENDING');
    const balance = await balanceInDb();
    expect((await app.as('officer3', DECIDE_FUND_CORRECTION, { id: pending.id, version: pending.version, action: 'REFUSE' })).decideRepairFundCorrection.status).toBe('REFUSED');
    expect(await balanceInDb()).toBe(balance);
    expect((await proposals()).pendingCorrection).toBeNull();
  });

  it('once officer3 confirms, the correction is posted today by its proposer, and the balance and the statement move', async () => {
    const balance = await balanceInDb();
    const statementBefore = await thisQuarter();
    const { postRepairFundCorrection: p } = await app.as('officer', POST_FUND_CORRECTION, { fundId: fund.id, input: { accrualId, amount: '12.34', reason: '面积复核后补记' } });
    expect(await balanceInDb()).toBe(balance);
    const { decideRepairFundCorrection } = await app.as('officer3', DECIDE_FUND_CORRECTION, { id: p.id, version: (p as { version: number }).version, action: 'CONFIRM' });
    expect(decideRepairFundCorrection.status).toBe('CONFIRMED');
    expect(await balanceInDb()).toBe(balance + 1234);
    const after = await proposals();
    expect(after.corrections.filter((c) => c.proposalId === p.id).map((c) => c.amount)).toEqual(['12.34']);
    expect(fen((await thisQuarter()).accruals)).toBe(fen(statementBefore.accruals) + 1234);
    const [row] = await app.ds.query(`SELECT c.posted_on::text AS on, u.username FROM repair_fund_correction c JOIN app_user u ON u.id = c.created_by_id WHERE c.proposal_id = $1`, [p.id]);
    expect(row).toEqual({ on: today(), username: 'officer' });
  });

  it('a correction taking money back is posted at once, as before (bounded by what is left of the month)', async () => {
    const balance = await balanceInDb();
    const { postRepairFundCorrection } = await app.as('officer', POST_FUND_CORRECTION, { fundId: fund.id, input: { accrualId, amount: '-1.00', reason: '面积复核后冲减' } });
    expect(postRepairFundCorrection).toMatchObject({ __typename: 'RepairFundCorrection', amount: '-1.00' });
    expect(await balanceInDb()).toBe(balance - 100);
  });

  it('every change of the fund’s terms waits for another officer, and applies once confirmed', async () => {
    const before = await proposals();
    const { setRepairFundTerms } = await app.as('officer', SET_FUND_TERMS, { id: fund.id, version: before.version, input: { feeRate: '2.50', setAsidePercent: '20', fromMonth: '2099-01' } });
    expect(setRepairFundTerms.terms.map((t) => t.fromMonth)).toEqual(before.terms.map((t) => t.fromMonth));
    expect(setRepairFundTerms.pendingTerms).toMatchObject({ fromMonth: '2099-01-01', feeRate: '2.50', setAsidePercent: '20.00', status: 'PENDING' });
    const pending = setRepairFundTerms.pendingTerms!;
    expect(outcomeOf(await app.gql(DECIDE_FUND_TERMS, { id: pending.id, version: pending.version, action: 'CONFIRM' }, await app.tokenFor('officer')))).toBe('FORBIDDEN/MAKER_CHECKER');
    expect(outcomeOf(await app.gql(DECIDE_FUND_TERMS, { id: pending.id, version: pending.version, action: 'CONFIRM' }, await app.tokenFor('officer2')))).toBe('FORBIDDEN/JURISDICTION');
    await app.as('officer3', DECIDE_FUND_TERMS, { id: pending.id, version: pending.version, action: 'CONFIRM' });
    const after = await proposals();
    expect(after.terms.at(-1)).toEqual({ fromMonth: '2099-01-01', feeRate: '2.50', setAsidePercent: '20.00' });
    expect(after.pendingTerms).toBeNull();
    // the same month again is told at once, not when the checker confirms
    const again = await app.gql(SET_FUND_TERMS, { id: fund.id, version: after.version, input: { feeRate: '2.60', setAsidePercent: '20', fromMonth: '2099-01' } }, await app.tokenFor('officer'));
    expect(outcomeOf(again)).toBe('ALREADY_EXISTS');
  });

  it('PostgreSQL holds it whoever writes SQL: no correction adding money and no later terms without a confirmed proposal', async () => {
    const posting = /carry out a proposal another officer confirmed/;
    expect(
      await asRequestRole([`INSERT INTO repair_fund_correction (fund_id, accrual_id, amount_fen, reason, posted_on) VALUES ($1, $2, 9999999900, '面积更正', now())`, [fund.id, accrualId]]),
    ).toEqual({ code: '23514', constraint: 'repair_fund_posting_confirmed', message: expect.stringMatching(posting) });
    expect(
      await asRequestRole([`INSERT INTO repair_fund_terms (fund_id, from_month, fee_rate, set_aside_basis_points) VALUES ($1, '2099-06-01', 9.99, 10000)`, [fund.id]]),
    ).toMatchObject({ code: '23514', constraint: 'repair_fund_posting_confirmed' });
  });
});

describe('the committee’s book: a correction adding income waits for the community’s sign-off before it pays for anything', () => {
  it('is booked as awaiting sign-off, does not count in the balance, and counts once another officer signs it off', async () => {
    const book = await openNewBook(app, [{ amount: '3000.00', occurredOn: today() }]);
    const [income] = await app.ds.query(`SELECT e.id::text FROM account_entry e JOIN account_period p ON p.id = e.period_id WHERE p.account_id = $1`, [book.accountId]);
    const entry = (direction: 'INCOME' | 'SPENDING', amount: string, correctsEntryId: string | null = null) => bookEntry(book, direction, amount, { correctsEntryId });
    const { addAccountEntry: correction } = await app.as('officer', ADD_ENTRY, { input: entry('INCOME', '50000.00', income.id) });
    expect(correction.signOffRequired).toBe(true);
    const token = await app.tokenFor('officer');
    expect(outcomeOf(await app.gql(ADD_ENTRY, { input: entry('SPENDING', '4000.00') }, token))).toBe('BAD_USER_INPUT/BOOK_BALANCE_SHORT');
    expect(outcomeOf(await app.gql(SIGN_OFF_ENTRY, { id: correction.id, version: correction.version }, token))).toBe('FORBIDDEN/MAKER_CHECKER');
    await app.as('officer3', SIGN_OFF_ENTRY, { id: correction.id, version: correction.version });
    expect(outcomeOf(await app.gql(ADD_ENTRY, { input: entry('SPENDING', '4000.00') }, token))).toBe('OK');
    // taking income back stays immediate: bounded by what is left of the entry and by the balance
    const { addAccountEntry: back } = await app.as('officer', ADD_ENTRY, { input: entry('INCOME', '-100.00', income.id) });
    expect(back.signOffRequired).toBe(false);
  });
});

describe('one spending is judged whole against the committee’s limit, however it is booked', () => {
  let book: Awaited<ReturnType<typeof openNewBook>>;
  const spend = (amount: string, counterparty: string, extra: { correctsEntryId?: string; resolutionId?: string } = {}) => spendingOf(book, amount, counterparty, extra);
  const entries = async () => (await app.ds.query(`SELECT count(*)::int AS n FROM account_entry WHERE estate_id = $1`, [book.estateId]))[0].n;
  beforeAll(async () => {
    book = await openNewBook(app, [{ amount: '30000.00', occurredOn: today() }]);
  });

  it('parts paid to one payee in a quarter count together: the part that takes them above the limit needs the owners’ resolution', async () => {
    const token = await app.tokenFor('officer');
    expect(outcomeOf(await app.gql(ADD_ENTRY, { input: spend('3000.00', '湖州某保洁公司') }, token))).toBe('OK');
    const before = await entries();
    // the same payee written with a space inside or after is the same payee (its match key)
    for (const payee of ['湖州某保洁公司', '湖州 某保洁公司', '湖州某保洁公司 ']) {
      expect([payee, outcomeOf(await app.gql(ADD_ENTRY, { input: spend('2500.00', payee) }, token))]).toEqual([payee, 'BAD_USER_INPUT/SPENDING_COUNTED_TOGETHER']);
    }
    expect(await entries()).toBe(before);
    // up to the limit together, the committee decides alone; another payee is another spending
    expect(outcomeOf(await app.gql(ADD_ENTRY, { input: spend('2000.00', '湖州某保洁公司') }, token))).toBe('OK');
    expect(outcomeOf(await app.gql(ADD_ENTRY, { input: spend('4000.00', '湖州某绿化公司') }, token))).toBe('OK');
  });

  it('a correction raising a spending counts with it', async () => {
    const token = await app.tokenFor('officer');
    const { addAccountEntry: repair } = await app.as('officer', ADD_ENTRY, { input: spend('4500.00', '湖州某电梯公司') });
    expect(outcomeOf(await app.gql(ADD_ENTRY, { input: spend('1000.00', '湖州某电梯公司', { correctsEntryId: repair.id }) }, token))).toBe('BAD_USER_INPUT/SPENDING_COUNTED_TOGETHER');
    // taking some back first leaves room for it, once the community signs the take-back off (it raises the balance)
    const { addAccountEntry: back } = await app.as('officer', ADD_ENTRY, { input: spend('-1000.00', '湖州某电梯公司', { correctsEntryId: repair.id }) });
    expect(back.signOffRequired).toBe(true);
    expect(outcomeOf(await app.gql(ADD_ENTRY, { input: spend('1000.00', '湖州某电梯公司', { correctsEntryId: repair.id }) }, token))).toBe('BAD_USER_INPUT/SPENDING_COUNTED_TOGETHER');
    await app.as('officer3', SIGN_OFF_ENTRY, { id: back.id, version: back.version });
    expect(outcomeOf(await app.gql(ADD_ENTRY, { input: spend('1000.00', '湖州某电梯公司', { correctsEntryId: repair.id }) }, token))).toBe('OK');
    const [{ spent }] = await app.ds.query(`SELECT sum(amount_fen)::int AS spent FROM account_entry WHERE estate_id = $1 AND counterparty LIKE '%电梯%'`, [book.estateId]);
    expect(spent).toBe(fen('4500.00'));
  });
});

/** The first day of the quarter before today's, and its last day (a quarter that may be closed today). */
const lastQuarter = () => {
  const { year, quarter } = quarterOf(today());
  const [y, q] = quarter === 1 ? [year - 1, 4] : [year, quarter - 1];
  return { year: y, quarter: q, on: `${y}-${String(q * 3).padStart(2, '0')}-15` };
};
const monthsBack = (n: number) => {
  const [y, m] = today().split('-').map(Number);
  const total = y * 12 + m - 1 - n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
};

describe('F12: a repair fund’s first terms are one officer’s no more: it accrues and pays nothing until another confirms them', () => {
  let fundId: string;
  const opened = monthsBack(2);
  beforeAll(async () => {
    const [project] = await app.ds.query(
      `SELECT p.id::text FROM project p JOIN estate e ON e.id = p.estate_id JOIN community c ON c.id = e.community_id
        WHERE p.filing_status = 'APPROVED' AND EXISTS (SELECT 1 FROM unit u WHERE u.estate_id = e.id AND u.area > 0)
          AND p.contract_start <= $1::date AND p.contract_end >= now()::date
          AND c.subdistrict_id IN (SELECT oj.subdistrict_id FROM officer_jurisdiction oj JOIN app_user u ON u.id = oj.user_id WHERE u.username = 'officer3')
          AND NOT EXISTS (SELECT 1 FROM repair_fund f WHERE f.project_id = p.id)
        ORDER BY p.id LIMIT 1`,
      [`${opened}-01`],
    );
    const { openRepairFund } = await app.as('officer', OPEN_FUND, { input: { projectId: project.id, feeRate: '1.99', setAsidePercent: '100', fromMonth: opened } });
    fundId = openRepairFund.id;
  });

  it('the opening proposes the terms: no accrual, no withdrawal, and the opener cannot confirm her own', async () => {
    const fund = (await app.as('officer', FUND_PENDING_TERMS, { id: fundId })).repairFund;
    expect(fund).toMatchObject({ balance: '0.00', terms: [], pendingTerms: { fromMonth: `${opened}-01`, feeRate: '1.99', setAsidePercent: '100.00', status: 'PENDING', availableActions: ['WITHDRAW'] } });
    const token = await app.tokenFor('officer');
    expect(outcomeOf(await app.gql(POST_ACCRUAL, { fundId, month: opened }, token))).toBe('BAD_USER_INPUT/FUND_TERMS_UNCONFIRMED');
    expect(outcomeOf(await app.gql(REQUEST_WITHDRAWAL, { input: { fundId, category: 'OTHER', purpose: '维修', amount: '1.00' } }, token))).toBe('BAD_USER_INPUT/FUND_TERMS_UNCONFIRMED');
    expect(outcomeOf(await app.gql(DECIDE_FUND_TERMS, { id: fund.pendingTerms!.id, version: fund.pendingTerms!.version, action: 'CONFIRM' }, token))).toBe('FORBIDDEN/MAKER_CHECKER');
    expect(await app.ds.query(`SELECT 1 FROM repair_fund_accrual WHERE fund_id = $1`, [fundId])).toHaveLength(0);
  });

  it('PostgreSQL holds it whoever writes SQL: a fund’s first terms without a confirmed proposal are refused', async () => {
    const [free] = await app.ds.query(`SELECT p.id, p.estate_id FROM project p WHERE NOT EXISTS (SELECT 1 FROM repair_fund f WHERE f.project_id = p.id) ORDER BY p.id LIMIT 1`);
    expect(
      await asRequestRole(
        [`INSERT INTO repair_fund (project_id, estate_id, opened_month, balance_fen) VALUES ($1, $2, $3::date, 0)`, [free.id, free.estate_id, `${opened}-01`]],
        [`INSERT INTO repair_fund_terms (fund_id, from_month, fee_rate, set_aside_basis_points) SELECT id, opened_month, 1.99, 10000 FROM repair_fund WHERE project_id = $1`, [free.id]],
      ),
    ).toMatchObject({ code: '23514', constraint: 'repair_fund_posting_confirmed' });
  });

  it('once officer3 confirms, months since the opening accrue, those before the confirmation too', async () => {
    await confirmFundTerms(app, fundId, 'officer3');
    const { postRepairFundAccrual } = await app.as('officer', POST_ACCRUAL, { fundId, month: opened });
    expect(postRepairFundAccrual).toMatchObject({ feeRate: '1.99', setAsidePercent: '100.00' });
    const [terms] = await app.ds.query(`SELECT t.proposal_id IS NOT NULL AS confirmed, u.username FROM repair_fund_terms t JOIN app_user u ON u.id = t.created_by_id WHERE t.fund_id = $1`, [fundId]);
    expect(terms).toEqual({ confirmed: true, username: 'officer' });
  });
});

describe('F13: a committee book opens with the strictest terms; looser ones wait for another officer', () => {
  it('100 000 000 元 and 366 days asked: the book opens at 0 and 30 days, the rest proposed; spending needs the owners until confirmed', async () => {
    const estate = await estateWithoutBook(app);
    const { openCommitteeAccount } = await app.as('officer', OPEN_ACCOUNT, { input: { estateId: String(estate.id), spendingLimit: '100000000.00', statementDueDays: 366 } });
    const book = (await app.as('officer', GET_ACCOUNT, { id: openCommitteeAccount.id })).committeeAccount;
    expect(book).toMatchObject({ spendingLimit: '0.00', statementDueDays: 30, pendingTerms: { spendingLimit: '100000000.00', statementDueDays: 366, status: 'PENDING', availableActions: ['WITHDRAW'] } });
    const input = (direction: 'INCOME' | 'SPENDING', amount: string) => ({
      accountId: book.id, direction, category: direction === 'INCOME' ? 'PARKING' : 'REPAIRS_AND_MAINTENANCE', amount,
      enteredByMemberId: String(estate.member_id), occurredOn: today(), counterparty: '物业服务中心（代收）', description: '',
    });
    const token = await app.tokenFor('officer');
    // at limit 0 every income waits for the sign-off too (F2): signed by officer3, it is there to spend
    const { addAccountEntry: income } = await app.as('officer', ADD_ENTRY, { input: input('INCOME', '100.00') });
    expect(income.signOffRequired).toBe(true);
    await app.as('officer3', SIGN_OFF_ENTRY, { id: income.id, version: income.version });
    expect(outcomeOf(await app.gql(ADD_ENTRY, { input: input('SPENDING', '1.00') }, token))).toBe('BAD_USER_INPUT/RESOLUTION_REQUIRED');
    expect(outcomeOf(await app.gql(DECIDE_ACCOUNT_TERMS, { id: book.pendingTerms!.id, version: book.pendingTerms!.version, action: 'CONFIRM' }, token))).toBe('FORBIDDEN/MAKER_CHECKER');
    await app.as('officer3', DECIDE_ACCOUNT_TERMS, { id: book.pendingTerms!.id, version: book.pendingTerms!.version, action: 'CONFIRM' });
    expect((await app.as('officer', GET_ACCOUNT, { id: book.id })).committeeAccount).toMatchObject({ spendingLimit: '100000000.00', statementDueDays: 366, pendingTerms: null });
    // stricter days than 30 with limit 0 take effect at once: nothing to confirm
    const stricter = await estateWithoutBook(app);
    const { openCommitteeAccount: strict } = await app.as('officer', OPEN_ACCOUNT, { input: { estateId: String(stricter.id), spendingLimit: '0', statementDueDays: 20 } });
    expect((await app.as('officer', GET_ACCOUNT, { id: strict.id })).committeeAccount).toMatchObject({ spendingLimit: '0.00', statementDueDays: 20, pendingTerms: null });
  });

  it('PostgreSQL holds it whoever writes SQL: a book inserted with a limit or more than 30 days is refused', async () => {
    const estate = await estateWithoutBook(app);
    for (const [limit, days] of [[1, 30], [0, 31]]) {
      expect(await asRequestRole([`INSERT INTO committee_account (estate_id, spending_limit_fen, statement_due_days) VALUES ($1, $2, $3)`, [estate.id, limit, days]])).toMatchObject({
        code: '23514',
        constraint: 'committee_account_opened_strict',
      });
    }
    expect(await asRequestRole([`INSERT INTO committee_account (estate_id, spending_limit_fen, statement_due_days) VALUES ($1, 0, 30)`, [estate.id]])).toBeNull();
  });
});

describe('F2, F9: income above the limit waits for the sign-off; a sign-off may be refused; only what counts can be taken back', () => {
  let book: Awaited<ReturnType<typeof openNewBook>>;
  const entry = (direction: 'INCOME' | 'SPENDING', amount: string, extra: { correctsEntryId?: string; occurredOn?: string } = {}) => bookEntry(book, direction, amount, extra);
  const periodOfEntry = async (id: string) => (await app.as('officer', GET_PERIOD, { id: (await app.ds.query(`SELECT period_id::text AS id FROM account_entry WHERE id = $1`, [id]))[0].id })).accountPeriod;
  beforeAll(async () => {
    book = await openNewBook(app);
  });

  it('F2: income above the committee’s limit counts nowhere until another officer signs it off; income within it counts at once', async () => {
    const token = await app.tokenFor('officer');
    const { addAccountEntry: big } = await app.as('officer', ADD_ENTRY, { input: entry('INCOME', '100000000.00') });
    expect(big.signOffRequired).toBe(true);
    expect(outcomeOf(await app.gql(ADD_ENTRY, { input: entry('SPENDING', '100.00') }, token))).toBe('BAD_USER_INPUT/BOOK_BALANCE_SHORT');
    expect((await periodOfEntry(big.id)).statement.income).toBe('0.00');
    const { addAccountEntry: small } = await app.as('officer', ADD_ENTRY, { input: entry('INCOME', '5000.00') });
    expect(small.signOffRequired).toBe(false);
    expect(outcomeOf(await app.gql(ADD_ENTRY, { input: entry('SPENDING', '100.00') }, token))).toBe('OK');
    await app.as('officer3', REFUSE_SIGN_OFF, { id: big.id, version: big.version, note: '无收款凭证' });
  });

  it('F9a: a correction takes back only what counts: a pending income correction is no room for it', async () => {
    const { addAccountEntry: income } = await app.as('officer', ADD_ENTRY, { input: entry('INCOME', '3000.00') });
    await app.as('officer', ADD_ENTRY, { input: entry('INCOME', '4000.00') });
    const { addAccountEntry: up } = await app.as('officer', ADD_ENTRY, { input: entry('INCOME', '5000.00', { correctsEntryId: income.id }) });
    expect(up.signOffRequired).toBe(true);
    const token = await app.tokenFor('officer');
    expect(ruleOutcomeOf(await app.gql(ADD_ENTRY, { input: entry('INCOME', '-5690.00', { correctsEntryId: income.id }) }, token))).toBe('BAD_USER_INPUT/CORRECTION_TOO_LARGE');
    expect(outcomeOf(await app.gql(ADD_ENTRY, { input: entry('INCOME', '-3000.00', { correctsEntryId: income.id }) }, token))).toBe('OK');
    await app.as('officer3', REFUSE_SIGN_OFF, { id: up.id, version: up.version, note: '更正无依据' });
  });

  it('F9b: another officer refuses a sign-off with a note; the entry is kept, counts nowhere, and the quarter closes', async () => {
    const { on, year, quarter } = lastQuarter();
    await app.as('officer', ADD_ENTRY, { input: entry('INCOME', '3000.00', { occurredOn: on }) });
    const { addAccountEntry: waiting } = await app.as('officer', ADD_ENTRY, { input: entry('INCOME', '6000.00', { occurredOn: on }) });
    const period = await periodOfEntry(waiting.id);
    expect(period).toMatchObject({ year, quarter });
    const close = async (version: number) => app.gql(MOVE_PERIOD, { id: period.id, version, action: 'CLOSE', memberId: book.memberId }, await app.tokenFor('officer'));
    expect(ruleOutcomeOf(await close(period.version))).toBe('INVALID_TRANSITION/ENTRIES_AWAIT_SIGN_OFF');
    const refuse = async (as: string, note: string) => app.gql(REFUSE_SIGN_OFF, { id: waiting.id, version: waiting.version, note }, await app.tokenFor(as));
    expect(outcomeOf(await refuse('officer', '不予签认'))).toBe('FORBIDDEN/MAKER_CHECKER');
    expect(outcomeOf(await refuse('officer3', '  '))).toBe('BAD_USER_INPUT/REQUIRED');
    expect(outcomeOf(await refuse('officer2', '不予签认'))).toBe('FORBIDDEN/JURISDICTION');
    const { refuseAccountEntrySignOff: refused } = await app.as('officer3', REFUSE_SIGN_OFF, { id: waiting.id, version: waiting.version, note: '收款未到账' });
    expect(refused).toMatchObject({ signOffRequired: true, signedOffById: null, signOffRefusalNote: '收款未到账', signOffRefusedAt: expect.any(String) });
    expect(ruleOutcomeOf(await app.gql(SIGN_OFF_ENTRY, { id: waiting.id, version: refused.version }, await app.tokenFor('officer3')))).toBe('INVALID_TRANSITION/SIGN_OFF_REFUSED');
    const { moveAccountPeriod: closed } = await app.as('officer', MOVE_PERIOD, { id: period.id, version: period.version, action: 'CLOSE', memberId: book.memberId });
    expect(closed.status).toBe('CLOSED');
    expect((await periodOfEntry(waiting.id)).statement.income).toBe('3000.00');
    expect(await app.ds.query(`SELECT 1 FROM account_entry WHERE id = $1`, [waiting.id])).toHaveLength(1);
  });

  it('PostgreSQL holds it whoever writes SQL: no refusal by the entry’s booker, none without a note, none of a signed entry', async () => {
    const { addAccountEntry: waiting } = await app.as('officer', ADD_ENTRY, { input: entry('INCOME', '7000.00') });
    const refuseBy = (who: string, note: string) =>
      `UPDATE account_entry SET sign_off_refused_by_id = (SELECT id FROM app_user WHERE username = '${who}'), sign_off_refused_at = now(), sign_off_refusal_note = '${note}' WHERE id = $1`;
    // the booker: refused by the entry's own trigger first (migrations/1764806700000), as by the check
    expect(await asRequestRole([refuseBy('officer', '不予签认'), [waiting.id]])).toMatchObject({ code: '23514', constraint: 'account_entry_signed_off_by_another' });
    expect(await asRequestRole([refuseBy('officer3', ' '), [waiting.id]])).toMatchObject({ code: '23514', constraint: 'account_entry_sign_off_refused' });
    expect(await asRequestRole([refuseBy('officer3', '不予签认'), [waiting.id]])).toBeNull();
  });
});

describe('F3: a refund is money into the fund: posted only when another officer confirms it', () => {
  const REFUND = `mutation Refund($withdrawalId: ID!, $input: RepairFundRefundInput!) { postRepairFundRefund(withdrawalId: $withdrawalId, input: $input) { id version status amount availableActions } }`;
  const DECIDE_REFUND = `mutation DecideRefund($id: ID!, $version: Int!, $action: ProposalAction!) { decideRepairFundRefund(id: $id, version: $version, action: $action) { id version status } }`;
  const PENDING_REFUND = `query PendingRefund($id: ID!) { repairFund(id: $id) { id balance pendingRefund { id version amount withdrawalId status proposedBy availableActions } } }`;
  let fundId: string;
  let withdrawal: { id: string };
  const balanceInDb = async () => Number((await app.ds.query(`SELECT balance_fen FROM repair_fund WHERE id = $1`, [fundId]))[0].balance_fen);
  beforeAll(async () => {
    const { repairFunds } = await app.as('officer', LIST_FUNDS, { options: { take: 10 } });
    fundId = [...repairFunds.items].sort((a, b) => fen(b.balance) - fen(a.balance))[0].id;
    // the withdrawal's requester is officer; officer3 approved it
    const { requestRepairFundWithdrawal: w } = await app.as('officer', REQUEST_WITHDRAWAL, { input: { fundId, category: 'OTHER', purpose: '退款复核', amount: '300.00' } });
    await app.as('officer3', `mutation A($id: ID!, $version: Int!) { moveRepairFundWithdrawal(id: $id, version: $version, action: APPROVE) { id } }`, { id: w.id, version: w.version });
    withdrawal = w;
  });

  it('the requester’s refund is pending: not in the balance, not spendable; she cannot confirm it, another subdistrict cannot touch it', async () => {
    const before = await balanceInDb();
    const { postRepairFundRefund: p } = await app.as('officer', REFUND, { withdrawalId: withdrawal.id, input: { amount: '300.00', reason: '施工方全额退回' } });
    expect(p).toMatchObject({ status: 'PENDING', amount: '300.00', availableActions: ['WITHDRAW'] });
    expect(await balanceInDb()).toBe(before);
    expect(await app.ds.query(`SELECT 1 FROM repair_fund_refund WHERE withdrawal_id = $1`, [withdrawal.id])).toHaveLength(0);
    expect((await app.as('officer3', PENDING_REFUND, { id: fundId })).repairFund.pendingRefund).toMatchObject({ id: p.id, availableActions: ['CONFIRM', 'REFUSE'] });
    expect(outcomeOf(await app.gql(DECIDE_REFUND, { id: p.id, version: p.version, action: 'CONFIRM' }, await app.tokenFor('officer')))).toBe('FORBIDDEN/MAKER_CHECKER');
    expect(outcomeOf(await app.gql(DECIDE_REFUND, { id: p.id, version: p.version, action: 'CONFIRM' }, await app.tokenFor('officer2')))).toBe('FORBIDDEN/JURISDICTION');
    await app.as('officer3', DECIDE_REFUND, { id: p.id, version: p.version, action: 'CONFIRM' });
    expect(await balanceInDb()).toBe(before + 30_000);
    const [row] = await app.ds.query(`SELECT r.proposal_id::text AS proposal, u.username FROM repair_fund_refund r JOIN app_user u ON u.id = r.created_by_id WHERE r.withdrawal_id = $1`, [withdrawal.id]);
    expect(row).toEqual({ proposal: p.id, username: 'officer' });
  });

  it('PostgreSQL holds it whoever writes SQL: no refund without a confirmed proposal', async () => {
    const [approved] = await app.ds.query(
      `SELECT w.id, w.fund_id FROM repair_fund_withdrawal w WHERE w.status = 'APPROVED' AND NOT EXISTS (SELECT 1 FROM repair_fund_refund r WHERE r.withdrawal_id = w.id) ORDER BY w.id LIMIT 1`,
    );
    expect(
      await asRequestRole([`INSERT INTO repair_fund_refund (fund_id, withdrawal_id, amount_fen, reason, posted_on) VALUES ($1, $2, 1, '退款', now())`, [approved.fund_id, approved.id]]),
    ).toMatchObject({ code: '23514', constraint: 'repair_fund_refund_confirmed' });
  });
});

describe('round 11 F4: PostgreSQL names a money proposal’s maker and checker by role and jurisdiction, not only as another user id', () => {
  const user = async (username: string): Promise<number> => Number((await app.ds.query(`SELECT id FROM app_user WHERE username = $1`, [username]))[0].id);
  const NO_PENDING = (table: string, key: string, id: string) => `NOT EXISTS (SELECT 1 FROM ${table} p WHERE p.${key} = ${id} AND p.status = 'PENDING')`;

  it('each kind: proposed by a clerk, confirmed by a registrar or by an officer of another subdistrict, or on another estate, is refused', async () => {
    const [clerk, registrar, officer, officer2, officer3] = await Promise.all(['clerk', 'registrar', 'officer', 'officer2', 'officer3'].map(user));
    const accountId = await idInJurisdictionOf(app, 'officer', 'committee_account', NO_PENDING('committee_account_terms_proposal', 'account_id', 't.id'));
    const fundId = await idInJurisdictionOf(
      app,
      'officer',
      'repair_fund',
      `EXISTS (SELECT 1 FROM repair_fund_withdrawal w WHERE w.fund_id = t.id) AND EXISTS (SELECT 1 FROM repair_fund_accrual a WHERE a.fund_id = t.id)
       AND ${['repair_fund_terms_proposal', 'repair_fund_correction_proposal', 'repair_fund_refund_proposal'].map((p) => NO_PENDING(p, 'fund_id', 't.id')).join(' AND ')}`,
    );
    const [elsewhere] = await app.ds.query(`SELECT e.id FROM estate e WHERE e.id <> (SELECT estate_id FROM committee_account WHERE id = $1) AND e.id <> (SELECT estate_id FROM repair_fund WHERE id = $2) ORDER BY e.id LIMIT 1`,
      [accountId, fundId],);
    const kinds: Array<[table: string, insert: (who: number, estate?: number) => [string, unknown[]]]> = [
      ['committee_account_terms_proposal', (who, estate) => [
        `INSERT INTO committee_account_terms_proposal (account_id, estate_id, spending_limit_fen, statement_due_days, proposed_by_id)
           SELECT id, coalesce($3, estate_id), 999999999, 366, $2 FROM committee_account WHERE id = $1`, [accountId, who, estate ?? null]]],
      ['repair_fund_terms_proposal', (who, estate) => [
        `INSERT INTO repair_fund_terms_proposal (fund_id, estate_id, from_month, fee_rate, set_aside_basis_points, proposed_by_id)
           SELECT id, coalesce($3, estate_id), '2099-01-01', 9.99, 10000, $2 FROM repair_fund WHERE id = $1`, [fundId, who, estate ?? null]]],
      ['repair_fund_correction_proposal', (who, estate) => [
        `INSERT INTO repair_fund_correction_proposal (fund_id, estate_id, accrual_id, amount_fen, reason, proposed_by_id)
           SELECT id, coalesce($3, estate_id), (SELECT min(id) FROM repair_fund_accrual WHERE fund_id = $1), 9999999900, '面积更正', $2 FROM repair_fund WHERE id = $1`, [fundId, who, estate ?? null]]],
      ['repair_fund_refund_proposal', (who, estate) => [
        `INSERT INTO repair_fund_refund_proposal (fund_id, estate_id, withdrawal_id, amount_fen, reason, proposed_by_id)
           SELECT id, coalesce($3, estate_id), (SELECT min(id) FROM repair_fund_withdrawal WHERE fund_id = $1), 100, '退回', $2 FROM repair_fund WHERE id = $1`, [fundId, who, estate ?? null]]],
    ];
    const decide = (table: string, status: string, who: number): [string, unknown[]] => [`UPDATE ${table} SET status = '${status}', decided_by_id = $1 WHERE status = 'PENDING' AND proposed_by_id = $2`, [who, officer]];
    const outcomes: Array<[string, string, string]> = [];
    const expected: Array<[string, string, string]> = [];
    for (const [table, insert] of kinds) {
      const cases: Array<[string, Array<[string, unknown[]]>, string]> = [
        ['proposed by a clerk', [insert(clerk)], 'money_proposal_by_officers'],
        ['on another estate than its book’s or fund’s', [insert(officer, elsewhere.id)], 'money_proposal_by_officers'],
        ['confirmed by a registrar', [insert(officer), decide(table, 'CONFIRMED', registrar)], 'money_proposal_by_officers'],
        ['confirmed by an officer of another subdistrict', [insert(officer), decide(table, 'CONFIRMED', officer2)], 'money_proposal_by_officers'],
        ['refused by an officer of another subdistrict', [insert(officer), decide(table, 'REFUSED', officer2)], 'money_proposal_by_officers'],
        ['confirmed by another officer of the estate', [insert(officer), decide(table, 'CONFIRMED', officer3)], 'accepted'],
        ['withdrawn by its proposer', [insert(officer), decide(table, 'WITHDRAWN', officer)], 'accepted'],
      ];
      for (const [name, statements, outcome] of cases) {
        outcomes.push([table, name, refusedBy(await asRequestRole(...statements))]);
        expected.push([table, name, outcome]);
      }
    }
    expect(outcomes).toEqual(expected);
  });
});

describe('round 11 F6: a raise confirmed after the book was tightened at once would undo the tightening: it is stale', () => {
  let book: Awaited<ReturnType<typeof openNewBook>>;
  const account = async () => (await app.as('officer', GET_ACCOUNT, { id: book.accountId })).committeeAccount;
  beforeAll(async () => {
    book = await openNewBook(app, [{ amount: '20000.00', occurredOn: today() }]);
  });

  it('8000 proposed on 5000 / 30, tightened to 2000 / 10 at once: the confirmation is refused as stale, in the service and in SQL', async () => {
    const opened = await account();
    expect(opened).toMatchObject({ spendingLimit: '5000.00', statementDueDays: 30 });
    const { setCommitteeSpendingLimit: raised } = await app.as('officer', SET_SPENDING_LIMIT, { id: book.accountId, version: opened.version, spendingLimit: '8000' });
    const { setCommitteeAccountTerms: tightened } = await app.as('officer', SET_ACCOUNT_TERMS, { id: book.accountId, version: raised.version, input: { spendingLimit: '2000', statementDueDays: 10 } });
    expect(tightened).toMatchObject({ spendingLimit: '2000.00', statementDueDays: 10, pendingTerms: { spendingLimit: '8000.00', statementDueDays: 30 } });
    const pending = tightened.pendingTerms!;
    // the checker is not offered the confirmation it would be refused, and is told why
    expect((await app.as('officer3', GET_ACCOUNT, { id: book.accountId })).committeeAccount.pendingTerms).toMatchObject({ availableActions: ['REFUSE'], confirmRefusal: 'PROPOSAL_STALE' });
    const confirm = await app.gql(DECIDE_ACCOUNT_TERMS, { id: pending.id, version: pending.version, action: 'CONFIRM', note: 'limit 8000 ok' }, await app.tokenFor('officer3'));
    expect(ruleOutcomeOf(confirm)).toBe('INVALID_TRANSITION/PROPOSAL_STALE');
    expect(await account()).toMatchObject({ spendingLimit: '2000.00', statementDueDays: 10, pendingTerms: { id: pending.id, status: 'PENDING' } });

    const [officer, officer3] = await Promise.all(['officer', 'officer3'].map(async (u) => Number((await app.ds.query(`SELECT id FROM app_user WHERE username = $1`, [u]))[0].id)));
    const confirmInSql: [string, unknown[]] = [`UPDATE committee_account_terms_proposal SET status = 'CONFIRMED', decided_by_id = $2 WHERE id = $1`, [pending.id, officer3]];
    const take: [string, unknown[]] = [`UPDATE committee_account SET spending_limit_fen = 800000, statement_due_days = 30 WHERE id = $1`, [book.accountId]];
    expect(refusedBy(await asRequestRole(confirmInSql, take))).toBe('committee_account_terms_proposal_stale');

    // the checker refuses it; a raise proposed on the book as it stands is confirmed, the 10 days kept
    await app.as('officer3', DECIDE_ACCOUNT_TERMS, { id: pending.id, version: pending.version, action: 'REFUSE', note: '账本条款已收紧，请按现行条款重新提出' });
    const now = await account();
    const { setCommitteeSpendingLimit: again } = await app.as('officer', SET_SPENDING_LIMIT, { id: book.accountId, version: now.version, spendingLimit: '8000' });
    expect(again.pendingTerms).toMatchObject({ spendingLimit: '8000.00', statementDueDays: 10 });
    await app.as('officer3', DECIDE_ACCOUNT_TERMS, { id: again.pendingTerms!.id, version: again.pendingTerms!.version, action: 'CONFIRM' });
    expect(await account()).toMatchObject({ spendingLimit: '8000.00', statementDueDays: 10, pendingTerms: null });

    // the terms a proposal was made on are the book's, whatever the insert says
    const runner = app.serverDs.createQueryRunner();
    await runner.startTransaction();
    try {
      const [made] = await runner.query(
        `INSERT INTO committee_account_terms_proposal (account_id, estate_id, spending_limit_fen, statement_due_days, spending_limit_fen_at_proposal, statement_due_days_at_proposal, proposed_by_id)
           SELECT id, estate_id, 900000, 10, 500000, 30, $2 FROM committee_account WHERE id = $1 RETURNING spending_limit_fen_at_proposal::int AS fen, statement_due_days_at_proposal AS days`,
        [book.accountId, officer],
      );
      expect(made).toEqual({ fen: 800000, days: 10 });
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});

describe('round 11 O1, for money: a proposal lives by its proposer’s power; once they are no officer of the estate it is refused, never confirmed', () => {
  it('a raise proposed by an officer since deactivated: the checker is offered to refuse only, told why; confirming is PROPOSER_GONE, in the service and in SQL', async () => {
    const book = await openNewBook(app, [{ amount: '20000.00', occurredOn: today() }]);
    const opened = (await app.as('officer', GET_ACCOUNT, { id: book.accountId })).committeeAccount;
    const { setCommitteeSpendingLimit: raised } = await app.as('officer', SET_SPENDING_LIMIT, { id: book.accountId, version: opened.version, spendingLimit: '8000' });
    const pending = raised.pendingTerms!;
    const checkerView = async () => (await app.as('officer3', GET_ACCOUNT, { id: book.accountId })).committeeAccount.pendingTerms;
    expect(await checkerView()).toMatchObject({ availableActions: ['CONFIRM', 'REFUSE'], confirmRefusal: null });
    const [officer3] = await app.ds.query(`SELECT id FROM app_user WHERE username = 'officer3'`);
    // the proposer leaves (deactivated by an admin, written here by the tables' owner)
    await app.ds.query(`UPDATE app_user SET active = false WHERE username = 'officer'`);
    try {
      expect(await checkerView()).toMatchObject({ availableActions: ['REFUSE'], confirmRefusal: 'PROPOSER_GONE' });
      const confirm = await app.gql(DECIDE_ACCOUNT_TERMS, { id: pending.id, version: pending.version, action: 'CONFIRM', note: 'ok' }, await app.tokenFor('officer3'));
      expect(ruleOutcomeOf(confirm)).toBe('INVALID_TRANSITION/PROPOSER_GONE');
      const confirmInSql: [string, unknown[]] = [`UPDATE committee_account_terms_proposal SET status = 'CONFIRMED', decided_by_id = $2 WHERE id = $1`, [pending.id, officer3.id]];
      expect(refusedBy(await asRequestRole(confirmInSql))).toBe('money_proposal_proposer_gone');
    } finally {
      await app.ds.query(`UPDATE app_user SET active = true WHERE username = 'officer'`);
    }
    expect((await app.as('officer3', GET_ACCOUNT, { id: book.accountId })).committeeAccount).toMatchObject({ spendingLimit: '5000.00', pendingTerms: { id: pending.id, status: 'PENDING' } });
    await app.as('officer3', DECIDE_ACCOUNT_TERMS, { id: pending.id, version: pending.version, action: 'REFUSE', note: '提出人已离岗' });
  });
});
