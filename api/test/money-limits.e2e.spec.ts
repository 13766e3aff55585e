import { todayInChina } from '../src/shared/iso-date';
import { MAX_AMOUNT_FEN, MAX_TOTAL_FEN } from '../src/shared/money-limits';
import { bareEstateId } from './election-operations';
import type { AccountEntryInput } from './generated/graphql';
import { outcomeOf, startTestApp, TestApp } from './harness';
import {
  ADD_ENTRY,
  GET_ACCOUNT,
  GET_FUND,
  LIST_FUNDS,
  longting,
  confirmFundTerms,
  openConfirmedBook,
  OPEN_FUND,
  openFeeVote,
  passFeeResolution,
  POST_ACCRUAL,
  REQUEST_WITHDRAWAL,
  SET_ACCOUNT_TERMS,
  SET_SPENDING_LIMIT,
  SIGN_OFF_ENTRY,
} from './money-operations';
import { APPROVE_FIRM, APPROVE_PROJECT, CREATE_FIRM, CREATE_PROJECT, firmInput, projectInput, SUBMIT_FIRM, SUBMIT_PROJECT } from './operations';

/**
 * Money that cannot overflow or be corrected into nonsense (docs/domain-rules.md#money-limits): one amount is at
 * most 100,000,000 元, a posting that would take a ledger's totals out of range is refused and changes nothing, a
 * correction is checked against what earlier corrections left of the entry, and a month is never posted over an
 * empty owner roll.
 */
let app: TestApp;
let story: Awaited<ReturnType<typeof longting>>;
let fundId: string;
let accountId: string;
let chairId: string;
beforeAll(async () => {
  app = await startTestApp();
  story = await longting(app);
  const { repairFunds } = await app.as('officer', LIST_FUNDS, { options: { filter: { estateId: story.estateId } } });
  fundId = repairFunds.items[0].id;
  accountId = await openConfirmedBook(app, story.estateId, { spendingLimit: '5000', statementDueDays: 30 });
  const today = todayInChina();
  [{ id: chairId }] = await app.ds.query(
    `SELECT m.id::text AS id FROM committee_member m JOIN committee c ON c.id = m.committee_id
      WHERE c.estate_id = $2 AND c.term_start <= $1 AND c.term_end >= $1 AND m.ends_on IS NULL ORDER BY (m.position = 'CHAIR') DESC, m.id LIMIT 1`,
    [today, story.estateId],
  );
});
afterAll(() => app?.close());

const thisMonth = () => todayInChina().slice(0, 7);
const count = async (sql: string, params: unknown[]) => (await app.ds.query(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n as number;
const entry = (overrides: Record<string, unknown> = {}): AccountEntryInput => ({
  accountId,
  direction: 'INCOME',
  category: 'PARKING',
  amount: '100.00',
  counterparty: '停车场',
  occurredOn: todayInChina(),
  description: '',
  enteredByMemberId: chairId,
  ...overrides,
}) as AccountEntryInput;

describe('one amount is at most 100,000,000 元: AMOUNT_TOO_LARGE, nothing written', () => {
  it.each([
    ['100000000.01', 'AMOUNT_TOO_LARGE'],
    ['100000001', 'AMOUNT_TOO_LARGE'],
    ['999999999999', 'AMOUNT_TOO_LARGE'],
    ['999999999999.99', 'AMOUNT_TOO_LARGE'],
    ['1.001', 'DECIMAL_PLACES'],
    ['0', 'AMOUNT'],
    ['-1', 'AMOUNT'],
  ])('a withdrawal of %s 元 is %s', async (amount, rule) => {
    const before = await count(`repair_fund_withdrawal WHERE fund_id = $1`, [fundId]);
    const r = await app.gql(REQUEST_WITHDRAWAL, { input: { fundId, category: 'OTHER', purpose: '金额上限', amount } }, await app.tokenFor('officer'));
    expect(outcomeOf(r)).toBe(`BAD_USER_INPUT/${rule}`);
    expect(r.errors?.[0].extensions?.fieldErrors).toEqual([expect.objectContaining({ field: 'amount', rule })]);
    expect(await count(`repair_fund_withdrawal WHERE fund_id = $1`, [fundId])).toBe(before);
  });

  it.each([
    [{ amount: '100000000.01' }, 'AMOUNT_TOO_LARGE'],
    [{ amount: '999999999999.99' }, 'AMOUNT_TOO_LARGE'],
    [{ amount: '-100000000.01', correctsEntryId: '1' }, 'AMOUNT_TOO_LARGE'],
    [{ direction: 'SPENDING', category: 'PUBLIC_SERVICES', amount: '123456789012' }, 'AMOUNT_TOO_LARGE'],
  ])('an entry %j is %s', async (overrides, rule) => {
    const before = await count(`account_entry WHERE estate_id = $1`, [story.estateId]);
    expect(outcomeOf(await app.gql(ADD_ENTRY, { input: entry(overrides) }, await app.tokenFor('officer')))).toBe(`BAD_USER_INPUT/${rule}`);
    expect(await count(`account_entry WHERE estate_id = $1`, [story.estateId])).toBe(before);
  });

  it('the largest amount itself is accepted (100,000,000.00 元, above the limit: the owners decide)', async () => {
    const r = await app.gql(ADD_ENTRY, { input: entry({ amount: '100000000.00' }) }, await app.tokenFor('officer'));
    expect(r.errors).toBeUndefined();
    expect(r.data.addAccountEntry.amount).toBe('100000000.00');
    // income above the limit counts once another officer signs it off (docs/domain-rules.md#committee-accounts)
    expect(r.data.addAccountEntry.signOffRequired).toBe(true);
    await app.as('officer3', SIGN_OFF_ENTRY, { id: r.data.addAccountEntry.id, version: r.data.addAccountEntry.version });
  });

  it('beyond twelve digits a number is no Decimal at all: refused as a malformed variable, nothing written', async () => {
    const before = await count(`repair_fund_withdrawal WHERE fund_id = $1`, [fundId]);
    for (const amount of ['9007199254740993', '99999999999999999999999999', '1e12']) {
      const r = await app.gql(REQUEST_WITHDRAWAL, { input: { fundId, category: 'OTHER', purpose: '金额上限', amount } }, await app.tokenFor('officer'));
      expect(outcomeOf(r)).toBe('BAD_USER_INPUT/VARIABLE');
    }
    expect(await count(`repair_fund_withdrawal WHERE fund_id = $1`, [fundId])).toBe(before);
  });

  it.each(['100000000.01', '999999999999', '90071992547.93'])('a spending limit of %s is refused, the book unchanged', async (spendingLimit) => {
    const { committeeAccount } = await app.as('officer', GET_ACCOUNT, { id: accountId });
    const token = await app.tokenFor('officer');
    const viaTerms = await app.gql(SET_ACCOUNT_TERMS, { id: accountId, version: committeeAccount.version, input: { spendingLimit, statementDueDays: 30 } }, token);
    const viaLimit = await app.gql(SET_SPENDING_LIMIT, { id: accountId, version: committeeAccount.version, spendingLimit }, token);
    for (const r of [viaTerms, viaLimit]) expect(outcomeOf(r)).toBe('BAD_USER_INPUT/AMOUNT_TOO_LARGE');
    expect((await app.as('officer', GET_ACCOUNT, { id: accountId })).committeeAccount).toEqual(committeeAccount);
  });
});

describe('corrections are checked against what earlier corrections left: CORRECTION_TOO_LARGE', () => {
  const add = async (overrides: Record<string, unknown>) => app.gql(ADD_ENTRY, { input: entry(overrides) }, await app.tokenFor('officer'));
  const standing = async (id: string) =>
    Number(
      (
        await app.ds.query(
          `WITH RECURSIVE tree AS (SELECT id, amount_fen FROM account_entry WHERE id = $1
             UNION ALL SELECT e.id, e.amount_fen FROM account_entry e JOIN tree ON e.corrects_entry_id = tree.id)
           SELECT sum(amount_fen)::text AS s FROM tree`,
          [id],
        )
      )[0].s,
    );

  it('two corrections cannot together take back more than the entry booked, nor can a correction of a correction', async () => {
    const original = (await add({ amount: '100.00' })).data.addAccountEntry;
    const first = await add({ amount: '-60.00', correctsEntryId: original.id });
    expect(first.errors).toBeUndefined();
    // each alone is below the original; together they are not
    expect(outcomeOf(await add({ amount: '-60.00', correctsEntryId: original.id }))).toBe('BAD_USER_INPUT/CORRECTION_TOO_LARGE');
    expect(outcomeOf(await add({ amount: '-40.01', correctsEntryId: original.id }))).toBe('BAD_USER_INPUT/CORRECTION_TOO_LARGE');
    // through a correction the chain leads back to the original: what is left of it is what counts
    expect(outcomeOf(await add({ amount: '-40.01', correctsEntryId: first.data.addAccountEntry.id }))).toBe('BAD_USER_INPUT/CORRECTION_TOO_LARGE');
    expect((await add({ amount: '-40.00', correctsEntryId: original.id })).errors).toBeUndefined();
    expect(await standing(original.id)).toBe(0);
    expect(outcomeOf(await add({ amount: '-0.01', correctsEntryId: original.id }))).toBe('BAD_USER_INPUT/CORRECTION_TOO_LARGE');
    expect(outcomeOf(await add({ amount: '-0.01', correctsEntryId: first.data.addAccountEntry.id }))).toBe('BAD_USER_INPUT/CORRECTION_TOO_LARGE');
    // a correction that adds back makes room again, to exactly what it added, once another officer signs it off (it counts then)
    const addedBack = (await add({ amount: '25.00', correctsEntryId: original.id })).data.addAccountEntry;
    expect(outcomeOf(await add({ amount: '-0.01', correctsEntryId: original.id }))).toBe('BAD_USER_INPUT/CORRECTION_TOO_LARGE');
    await app.as('officer3', SIGN_OFF_ENTRY, { id: addedBack.id, version: addedBack.version });
    expect(outcomeOf(await add({ amount: '-25.01', correctsEntryId: original.id }))).toBe('BAD_USER_INPUT/CORRECTION_TOO_LARGE');
    expect((await add({ amount: '-25.00', correctsEntryId: original.id })).errors).toBeUndefined();
    expect(await standing(original.id)).toBe(0);
  });

  it.each([2, 4])('%i corrections at once that each fit alone but not together: exactly those that fit are booked', async (n) => {
    const original = (await add({ amount: '100.00' })).data.addAccountEntry;
    const token = await app.tokenFor('officer');
    const results = await Promise.all(Array.from({ length: n }, () => app.gql(ADD_ENTRY, { input: entry({ amount: '-60.00', correctsEntryId: original.id }) }, token)));
    const outcomes = results.map(outcomeOf).sort();
    expect(outcomes).toEqual(['OK', ...Array(n - 1).fill('BAD_USER_INPUT/CORRECTION_TOO_LARGE')].sort());
    expect(await standing(original.id)).toBe(4000);
    expect(await count(`account_entry WHERE corrects_entry_id = $1`, [original.id])).toBe(1);
  });
});

describe('a month is never posted over an empty owner roll: EMPTY_ROLL', () => {
  it('a fund of an estate without units posts nothing', async () => {
    const estateId = await bareEstateId(app);
    // a fund sets aside under an approved contract in force: the firm and the project filed and approved first
    const { createFirm } = await app.as('clerk', CREATE_FIRM, { input: firmInput() });
    const { submitFirm } = await app.as('clerk', SUBMIT_FIRM, { id: createFirm.id, version: createFirm.version });
    await app.as('registrar', APPROVE_FIRM, { id: submitFirm.id, version: submitFirm.version });
    const { createProject } = await app.as('clerk', CREATE_PROJECT, { input: projectInput({ firmId: createFirm.id, estateId, contractStart: `${thisMonth()}-01`, contractEnd: '2029-12-31' }) });
    const { submitProject } = await app.as('clerk', SUBMIT_PROJECT, { id: createProject.id, version: createProject.version });
    await app.as('registrar', APPROVE_PROJECT, { id: submitProject.id, version: submitProject.version });
    const { openRepairFund } = await app.as('officer', OPEN_FUND, { input: { projectId: createProject.id, feeRate: '1.99', setAsidePercent: '10', fromMonth: thisMonth() } });
    await confirmFundTerms(app, openRepairFund.id);
    const confirmed = (await app.as('officer', GET_FUND, { id: openRepairFund.id })).repairFund;
    const r = await app.gql(POST_ACCRUAL, { fundId: openRepairFund.id, month: thisMonth() }, await app.tokenFor('officer'));
    expect(outcomeOf(r)).toBe('BAD_USER_INPUT/EMPTY_ROLL');
    expect(await count(`repair_fund_accrual WHERE fund_id = $1`, [openRepairFund.id])).toBe(0);
    expect((await app.as('officer', GET_FUND, { id: openRepairFund.id })).repairFund).toMatchObject({ balance: '0.00', version: confirmed.version });
  });
});

describe('no total leaves the safe range: TOTAL_OUT_OF_RANGE, and nothing changes', () => {
  it('a month whose accrual would take the fund’s turnover beyond the limit is refused', async () => {
    const vote = await openFeeVote(app);
    await passFeeResolution(app, vote.resolutionId);
    const { openRepairFund } = await app.as('officer', OPEN_FUND, {
      input: { projectId: vote.projectId, feeRate: '1.99', setAsidePercent: '10', fromMonth: thisMonth(), resolutionId: vote.resolutionId },
    });
    await confirmFundTerms(app, openRepairFund.id);
    // a fund whose history (kept before the registry, say) is within a few fen of the limit
    await app.ds.query(
      `INSERT INTO repair_fund_accrual (fund_id, month, charged_area, fee_rate, set_aside_basis_points, amount_fen) VALUES ($1, '2000-01-01', 1, 1, 1, $2)`,
      [openRepairFund.id, MAX_TOTAL_FEN - 5],
    );
    const before = (await app.as('officer', GET_FUND, { id: openRepairFund.id })).repairFund;
    const r = await app.gql(POST_ACCRUAL, { fundId: openRepairFund.id, month: thisMonth() }, await app.tokenFor('officer'));
    expect(outcomeOf(r)).toBe('BAD_USER_INPUT/TOTAL_OUT_OF_RANGE');
    expect(await count(`repair_fund_accrual WHERE fund_id = $1`, [openRepairFund.id])).toBe(1);
    expect((await app.as('officer', GET_FUND, { id: openRepairFund.id })).repairFund).toEqual(before);
  });

  it('an entry that would take the book’s turnover beyond the limit is refused; one that fits exactly is booked', async () => {
    const [turnover] = await app.ds.query(
      `SELECT COALESCE(sum(abs(e.amount_fen)), 0)::text AS fen, min(e.id) AS any_entry FROM account_entry e JOIN account_period p ON p.id = e.period_id WHERE p.account_id = $1`,
      [accountId],
    );
    const [open] = await app.ds.query(`SELECT id FROM account_period WHERE account_id = $1 AND status = 'OPEN' ORDER BY year DESC, quarter DESC LIMIT 1`, [accountId]);
    // history brought in from before the registry: the book stands 100.00 元 short of the limit
    const fill = BigInt(MAX_TOTAL_FEN) - BigInt(turnover.fen) - 10_000n;
    await app.ds.query(
      `INSERT INTO account_entry (period_id, estate_id, direction, category, amount_fen, counterparty, occurred_on, description, entered_by_member_id, sign_off_required)
       SELECT $1, estate_id, 'INCOME', 'OTHER_INCOME', $2, '历史账目', occurred_on, '', entered_by_member_id, false FROM account_entry WHERE id = $3`,
      [open.id, String(fill), turnover.any_entry],
    );
    const before = await count(`account_entry WHERE estate_id = $1`, [story.estateId]);
    const token = await app.tokenFor('officer');
    for (const amount of ['100.01', '100000000.00']) {
      expect(outcomeOf(await app.gql(ADD_ENTRY, { input: entry({ amount }) }, token))).toBe('BAD_USER_INPUT/TOTAL_OUT_OF_RANGE');
    }
    // a correction counts by its size too: taking back is movement as much as booking
    const [last] = await app.ds.query(`SELECT id::text AS id FROM account_entry WHERE estate_id = $1 AND category = 'PARKING' AND amount_fen = $2 LIMIT 1`, [story.estateId, MAX_AMOUNT_FEN]);
    expect(outcomeOf(await app.gql(ADD_ENTRY, { input: entry({ amount: '-100.01', correctsEntryId: last.id }) }, token))).toBe('BAD_USER_INPUT/TOTAL_OUT_OF_RANGE');
    expect(await count(`account_entry WHERE estate_id = $1`, [story.estateId])).toBe(before);
    expect((await app.gql(ADD_ENTRY, { input: entry({ amount: '100.00' }) }, token)).errors).toBeUndefined();
    expect(outcomeOf(await app.gql(ADD_ENTRY, { input: entry({ amount: '0.01' }) }, token))).toBe('BAD_USER_INPUT/TOTAL_OUT_OF_RANGE');
    // the quarter's statement still adds up exactly
    const s = (await app.as('officer', `query P($id: ID!) { accountPeriod(id: $id) { statement { opening income spending closing } } }`, { id: String(open.id) })).accountPeriod.statement;
    expect(BigInt(s.opening.replace('.', '')) + BigInt(s.income.replace('.', '')) - BigInt(s.spending.replace('.', ''))).toBe(BigInt(s.closing.replace('.', '')));
    expect(MAX_AMOUNT_FEN).toBeLessThan(MAX_TOTAL_FEN);
  });
});
