import { periodOf, quarterOf } from '../src/shared/ledger-statement';
import { addDays, todayInChina } from '../src/shared/iso-date';
import { outcomeOf, startTestApp, TestApp } from './harness';
import { CREATE_RESOLUTION, openResolutionToday } from './election-operations';
import type { AccountEntryInput } from './generated/graphql';
import {
  ADD_ENTRY,
  ADD_VOUCHER,
  DECIDE_ACCOUNT_TERMS,
  GET_ACCOUNT,
  GET_PERIOD,
  LIST_ENTRIES,
  LIST_PERIODS,
  longting,
  MOVE_PERIOD,
  OPEN_ACCOUNT,
  openNewBook,
  PUBLISHED_STATEMENT,
  SET_ACCOUNT_TERMS,
  SET_SPENDING_LIMIT,
  REFUSE_SIGN_OFF,
  SIGN_OFF_ENTRY,
  VOUCHER_CONTENT,
} from './money-operations';

let app: TestApp;
let story: Awaited<ReturnType<typeof longting>>;
let chairId: string;
let otherEstatesMember: string;
beforeAll(async () => {
  app = await startTestApp();
  story = await longting(app);
  const today = todayInChina();
  const sitting = async (where: string, params: unknown[]) =>
    (await app.ds.query(
      `SELECT m.id FROM committee_member m JOIN committee c ON c.id = m.committee_id
        WHERE ${where} AND c.term_start <= $1 AND c.term_end >= $1 AND m.ends_on IS NULL ORDER BY (m.position = 'CHAIR') DESC, m.id LIMIT 1`,
      [today, ...params],
    ))[0]?.id;
  chairId = String(await sitting('c.estate_id = $2', [story.estateId]));
  otherEstatesMember = String(await sitting('c.estate_id <> $2', [story.estateId]));
  expect(chairId).not.toBe('undefined');
});
afterAll(() => app?.close());

const fen = (yuan: string) => Math.round(Number(yuan) * 100);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n').toString('base64');
const EXE = Buffer.from('MZ\x90\x00\x03\x00\x00\x00').toString('base64');

/** The last quarter that has ended: entries there can be closed today. */
function lastQuarter() {
  const { year, quarter } = quarterOf(todayInChina());
  return quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: quarter - 1 };
}

describe('the published statement is the owners’ to read without signing in', () => {
  it('anonymous reads a published quarter’s totals, and the PDF prints it', async () => {
    const [row] = await app.ds.query(`SELECT id FROM account_period WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1`);
    const r = await app.gql(PUBLISHED_STATEMENT, { periodId: String(row.id) }, null);
    expect(r.errors).toBeUndefined();
    const s = r.data.publishedAccountStatement;
    expect(fen(s.opening) + fen(s.income) - fen(s.spending)).toBe(fen(s.closing));
    expect(s.incomeByCategory.reduce((n, l) => n + fen(l.amount), 0)).toBe(fen(s.income));
    expect(s.spendingByCategory.reduce((n, l) => n + fen(l.amount), 0)).toBe(fen(s.spending));
    // the frozen totals of the close and the statement from the entries agree
    const [frozen] = await app.ds.query(`SELECT opening_fen, income_fen, spending_fen, closing_fen FROM account_period WHERE id = $1`, [row.id]);
    expect([fen(s.opening), fen(s.income), fen(s.spending), fen(s.closing)]).toEqual([frozen.opening_fen, frozen.income_fen, frozen.spending_fen, frozen.closing_fen].map(Number));

    const pdf = await fetch(`${app.baseUrl}/documents/account-statements/${row.id}/statement.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toContain('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('anonymous gets nothing else: an unpublished quarter is NOT_FOUND, the book itself UNAUTHENTICATED', async () => {
    const [closed] = await app.ds.query(`SELECT id FROM account_period WHERE status <> 'PUBLISHED' ORDER BY id LIMIT 1`);
    expect(outcomeOf(await app.gql(PUBLISHED_STATEMENT, { periodId: String(closed.id) }, null))).toBe('NOT_FOUND');
    expect(outcomeOf(await app.gql(PUBLISHED_STATEMENT, { periodId: '999999' }, null))).toBe('NOT_FOUND');
    expect((await fetch(`${app.baseUrl}/documents/account-statements/${closed.id}/statement.pdf`)).status).toBe(404);
    expect(outcomeOf(await app.gql(LIST_PERIODS, {}, null))).toBe('UNAUTHENTICATED');
    expect(outcomeOf(await app.gql(LIST_ENTRIES, {}, null))).toBe('UNAUTHENTICATED');
    expect(outcomeOf(await app.gql(GET_PERIOD, { id: String(closed.id) }, null))).toBe('UNAUTHENTICATED');
    // the public type carries totals only: asking it for an entry or a person is a schema error
    const probe = await app.gql(`query { publishedAccountStatement(periodId: "1") { entries { id } closedById } }`, {}, null);
    expect(probe.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('龙庭小区’s book: entries, the limit, close, countersign, publish', () => {
  let accountId: string;
  let periodId: string;
  let income: { id: string; version: number };
  let large: { id: string; version: number };
  const q = lastQuarter();
  const inQuarter = (day: number) => addDays(periodOf(q.year, q.quarter).from, day);
  const entry = (extra: Partial<AccountEntryInput>): AccountEntryInput => ({
    accountId,
    direction: 'INCOME',
    category: 'PARKING',
    amount: '1000.00',
    counterparty: '物业服务中心（代收）',
    occurredOn: inQuarter(10),
    description: '',
    enteredByMemberId: chairId,
    ...extra,
  });

  it('opens at limit 0, the limit the rules of procedure delegate (5 000 元) proposed for another officer to confirm, once', async () => {
    const { openCommitteeAccount } = await app.as('officer', OPEN_ACCOUNT, { input: { estateId: story.estateId, spendingLimit: '5000' } });
    accountId = openCommitteeAccount.id;
    expect(openCommitteeAccount.spendingLimit).toBe('0.00');
    const { committeeAccount: opened } = await app.as('officer', GET_ACCOUNT, { id: accountId });
    expect(opened).toMatchObject({ spendingLimit: '0.00', statementDueDays: 30, pendingTerms: { spendingLimit: '5000.00', statementDueDays: 30, status: 'PENDING', availableActions: ['WITHDRAW'] } });
    const pending = opened.pendingTerms!;
    expect(outcomeOf(await app.gql(DECIDE_ACCOUNT_TERMS, { id: pending.id, version: pending.version, action: 'CONFIRM' }, await app.tokenFor('officer')))).toBe('FORBIDDEN/MAKER_CHECKER');
    await app.as('officer3', DECIDE_ACCOUNT_TERMS, { id: pending.id, version: pending.version, action: 'CONFIRM' });
    expect((await app.as('officer', GET_ACCOUNT, { id: accountId })).committeeAccount).toMatchObject({ spendingLimit: '5000.00', statementDueDays: 30, pendingTerms: null });
    expect(outcomeOf(await app.gql(OPEN_ACCOUNT, { input: { estateId: story.estateId, spendingLimit: '1' } }, await app.tokenFor('officer')))).toBe('ALREADY_EXISTS');
    expect(outcomeOf(await app.gql(OPEN_ACCOUNT, { input: { estateId: story.estateId, spendingLimit: '1' } }, await app.tokenFor('officer2')))).toBe('FORBIDDEN/JURISDICTION');
  });

  it('its limit and its statement’s due days change as the rules of procedure do: versioned, audited, in range, in jurisdiction', async () => {
    const officer = await app.tokenFor('officer');
    const { committeeAccount: opened } = await app.as('officer', GET_ACCOUNT, { id: accountId });
    expect(opened).toMatchObject({ spendingLimit: '5000.00', statementDueDays: 30 });
    // raising both loosens the book's controls: proposed, and taken only when another officer confirms (docs/roles-and-workflows.md#money-proposals)
    const { setCommitteeAccountTerms: proposed } = await app.as('officer', SET_ACCOUNT_TERMS, { id: accountId, version: opened.version, input: { spendingLimit: '6000', statementDueDays: 45 } });
    expect(proposed).toMatchObject({ version: opened.version + 1, statementDueDays: 30, spendingLimit: '5000.00', pendingTerms: { spendingLimit: '6000.00', statementDueDays: 45 } });
    const { decideCommitteeAccountTerms: confirmed } = await app.as('officer3', DECIDE_ACCOUNT_TERMS, { id: proposed.pendingTerms!.id, version: proposed.pendingTerms!.version, action: 'CONFIRM' });
    expect(confirmed.status).toBe('CONFIRMED');
    const { committeeAccount: terms } = await app.as('officer', GET_ACCOUNT, { id: accountId });
    expect(terms).toMatchObject({ version: opened.version + 2, statementDueDays: 45, spendingLimit: '6000.00', pendingTerms: null });
    const { setCommitteeSpendingLimit: raised } = await app.as('officer', SET_SPENDING_LIMIT, { id: accountId, version: terms.version, spendingLimit: '8000' });
    expect(raised).toMatchObject({ spendingLimit: '6000.00', pendingTerms: { spendingLimit: '8000.00', statementDueDays: 45 } });
    await app.as('officer3', DECIDE_ACCOUNT_TERMS, { id: raised.pendingTerms!.id, version: raised.pendingTerms!.version, action: 'CONFIRM' });
    const { committeeAccount: limit } = await app.as('officer', GET_ACCOUNT, { id: accountId });
    expect(limit).toMatchObject({ version: terms.version + 2, statementDueDays: 45, spendingLimit: '8000.00' });

    const audits = await app.ds.query(
      `SELECT action, after ->> 'statementDueDays' AS due_after, after ->> 'spendingLimitFen' AS limit_after
         FROM audit_event WHERE entity_type = 'CommitteeAccount' AND entity_id = $1 AND action LIKE 'committeeAccount%' AND action <> 'committeeAccount.open' ORDER BY id`,
      [accountId],
    );
    expect(audits).toEqual([
      { action: 'committeeAccountTerms.confirm', due_after: '30', limit_after: '500000' },
      { action: 'committeeAccount.proposeTerms', due_after: '45', limit_after: '600000' },
      { action: 'committeeAccountTerms.confirm', due_after: '45', limit_after: '600000' },
      { action: 'committeeAccount.proposeTerms', due_after: '45', limit_after: '800000' },
      { action: 'committeeAccountTerms.confirm', due_after: '45', limit_after: '800000' },
    ]);

    // refused, and nothing changed: a stale version, out of range, a bad amount, another subdistrict's officer, another role
    const attempt = (input: { spendingLimit: string; statementDueDays: number }, version = limit.version, token = officer) => app.gql(SET_ACCOUNT_TERMS, { id: accountId, version, input }, token);
    const tries: Array<[string, ReturnType<typeof attempt>]> = [
      ['CONFLICT', attempt({ spendingLimit: '7000', statementDueDays: 60 }, terms.version)],
      ['BAD_USER_INPUT/RANGE', attempt({ spendingLimit: '7000', statementDueDays: 0 })],
      ['BAD_USER_INPUT/RANGE', attempt({ spendingLimit: '7000', statementDueDays: 367 })],
      ['BAD_USER_INPUT/AMOUNT', attempt({ spendingLimit: '-1', statementDueDays: 60 })],
      ['BAD_USER_INPUT/DECIMAL_PLACES', attempt({ spendingLimit: '12.345', statementDueDays: 60 })],
      ['FORBIDDEN/JURISDICTION', attempt({ spendingLimit: '7000', statementDueDays: 60 }, limit.version, await app.tokenFor('officer2'))],
      ['FORBIDDEN/ROLE', attempt({ spendingLimit: '7000', statementDueDays: 60 }, limit.version, await app.tokenFor('manager'))],
    ];
    for (const [outcome, refused] of tries) expect([outcome, outcomeOf(await refused)]).toEqual([outcome, outcome]);
    expect((await app.as('officer', GET_ACCOUNT, { id: accountId })).committeeAccount).toMatchObject({ version: limit.version, statementDueDays: 45, spendingLimit: '8000.00' });
    // back to the limit the rest of the story books against: tightening takes effect at once
    const { setCommitteeAccountTerms: back } = await app.as('officer', SET_ACCOUNT_TERMS, { id: accountId, version: limit.version, input: { spendingLimit: '5000', statementDueDays: 30 } });
    expect(back).toMatchObject({ spendingLimit: '5000.00', statementDueDays: 30, pendingTerms: null });
  });

  it('books income by a member of the sitting committee, in the quarter of its date', async () => {
    const token = await app.tokenFor('officer');
    const { addAccountEntry } = await app.as('officer', ADD_ENTRY, { input: entry({ amount: '20345.67' }) });
    income = addAccountEntry;
    // above the limit, income counts once another officer signs it off (docs/domain-rules.md#committee-accounts)
    expect(addAccountEntry).toMatchObject({ amount: '20345.67', signOffRequired: true, occurredOn: inQuarter(10) });
    const { signOffAccountEntry } = await app.as('officer3', SIGN_OFF_ENTRY, { id: addAccountEntry.id, version: addAccountEntry.version });
    income = { ...addAccountEntry, version: signOffAccountEntry.version };
    periodId = addAccountEntry.periodId;
    expect(outcomeOf(await app.gql(ADD_ENTRY, { input: entry({ enteredByMemberId: otherEstatesMember }) }, token))).toBe('BAD_USER_INPUT/NOT_A_SITTING_MEMBER');
    expect(outcomeOf(await app.gql(ADD_ENTRY, { input: entry({ category: 'REPAIRS_AND_MAINTENANCE' }) }, token))).toBe('BAD_USER_INPUT/CATEGORY');
    expect(outcomeOf(await app.gql(ADD_ENTRY, { input: entry({ amount: '-5' }) }, token))).toBe('BAD_USER_INPUT/AMOUNT');
    expect(outcomeOf(await app.gql(ADD_ENTRY, { input: entry({ occurredOn: addDays(todayInChina(), 1) }) }, token))).toBe('BAD_USER_INPUT/NOT_FUTURE');
    expect(outcomeOf(await app.gql(ADD_ENTRY, { input: entry({}) }, await app.tokenFor('officer2')))).toBe('FORBIDDEN/JURISDICTION');
  });

  it('vouchers follow the filing materials’ file rules: by content, named as what they are', async () => {
    const token = await app.tokenFor('officer');
    const { addAccountVoucher } = await app.as('officer', ADD_VOUCHER, { entryId: income.id, input: { fileName: '停车费收据.pdf', contentBase64: PDF } });
    expect(addAccountVoucher).toMatchObject({ contentType: 'application/pdf', fileName: '停车费收据.pdf' });
    expect(outcomeOf(await app.gql(ADD_VOUCHER, { entryId: income.id, input: { fileName: 'invoice.pdf', contentBase64: EXE } }, token))).toBe('BAD_USER_INPUT/FILE_TYPE');
    expect(outcomeOf(await app.gql(ADD_VOUCHER, { entryId: income.id, input: { fileName: 'invoice.png', contentBase64: PDF } }, token))).toBe('BAD_USER_INPUT/FILE_TYPE');
    expect((await app.as('officer', VOUCHER_CONTENT, { id: addAccountVoucher.id })).accountVoucherContent).toBe(PDF);
    expect(outcomeOf(await app.gql(VOUCHER_CONTENT, { id: addAccountVoucher.id }, await app.tokenFor('manager')))).toBe('FORBIDDEN/ROLE');
    expect(outcomeOf(await app.gql(VOUCHER_CONTENT, { id: addAccountVoucher.id }, await app.tokenFor('officer2')))).toBe('FORBIDDEN/JURISDICTION');
  });

  it('spending above the limit needs the owners’ passed resolution and the community’s sign-off by another officer', async () => {
    const token = await app.tokenFor('officer');
    const spend = (extra: Partial<AccountEntryInput>) => entry({ direction: 'SPENDING', category: 'REPAIRS_AND_MAINTENANCE', amount: '8000.00', counterparty: '湖州某维修公司', occurredOn: inQuarter(20), ...extra });
    expect(outcomeOf(await app.gql(ADD_ENTRY, { input: spend({}) }, token))).toBe('BAD_USER_INPUT/RESOLUTION_REQUIRED');
    // a resolution of 龙庭's owners still being voted on does not allow it
    const open = await openResolutionToday(app, { estateId: story.estateId, matter: 'OTHER_MAJOR_MATTER', title: '公共收益用于更换单元门禁' });
    expect(open.phase).toBe('VOTING');
    expect(outcomeOf(await app.gql(ADD_ENTRY, { input: spend({ resolutionId: open.id }) }, token))).toBe('BAD_USER_INPUT/RESOLUTION_NOT_PASSED');
    // within the limit, the committee decides alone
    const small = (await app.as('officer', ADD_ENTRY, { input: spend({ amount: '5000.00', category: 'COMMUNITY_ACTIVITIES' }) })).addAccountEntry;
    expect(small.signOffRequired).toBe(false);
    // the fee change the owners passed in the demo does
    large = (await app.as('officer', ADD_ENTRY, { input: spend({ resolutionId: story.resolutionId }) })).addAccountEntry;
    expect(large).toMatchObject({ signOffRequired: true, signedOffById: null });

    const [period] = (await app.as('officer', LIST_PERIODS, { options: { filter: { ids: [periodId] } } })).accountPeriods.items;
    expect(outcomeOf(await app.gql(MOVE_PERIOD, { id: periodId, version: period.version, action: 'CLOSE', memberId: chairId }, token))).toBe('INVALID_TRANSITION');
    // nor is CLOSE offered, and the quarter says why (round 8 F8)
    const held = await app.as('officer', `query Held($id: ID!) { accountPeriod(id: $id) { availableActions closeHoldRule } }`, { id: periodId });
    expect(held.accountPeriod.availableActions).not.toContain('CLOSE');
    expect(held.accountPeriod.closeHoldRule).toBe('ENTRIES_AWAIT_SIGN_OFF');
    expect(outcomeOf(await app.gql(SIGN_OFF_ENTRY, { id: large.id, version: large.version }, token))).toBe('FORBIDDEN/MAKER_CHECKER');
    const { signOffAccountEntry } = await app.as('officer3', SIGN_OFF_ENTRY, { id: large.id, version: large.version });
    expect(signOffAccountEntry.signedOffById).not.toBeNull();
    large = signOffAccountEntry;
    expect(outcomeOf(await app.gql(SIGN_OFF_ENTRY, { id: large.id, version: large.version }, await app.tokenFor('officer3')))).toBe('INVALID_TRANSITION');

    // raising the authorised spending afterwards, even within the limit, waits for the community again (round 8 F1)
    const raised = (await app.as('officer', ADD_ENTRY, { input: spend({ amount: '1000.00', correctsEntryId: large.id }) })).addAccountEntry;
    expect(raised.signOffRequired).toBe(true);
    // the community refuses it: it counts nowhere and holds no close
    const { refuseAccountEntrySignOff } = await app.as('officer3', REFUSE_SIGN_OFF, { id: raised.id, version: raised.version, note: '追加金额未经业主大会决议' });
    expect(refuseAccountEntrySignOff.signOffRefusedById).not.toBeNull();
  });

  it('closes by the committee (a sitting member named), countersigned by another officer, then published for anyone', async () => {
    const token = await app.tokenFor('officer');
    let period: { version: number; status: string } = (await app.as('officer', GET_PERIOD, { id: periodId })).accountPeriod;
    expect(period).toMatchObject({ status: 'OPEN', availableActions: ['CLOSE'] });
    expect(outcomeOf(await app.gql(MOVE_PERIOD, { id: periodId, version: period.version, action: 'CLOSE' }, token))).toBe('BAD_USER_INPUT/REQUIRED');
    expect(outcomeOf(await app.gql(MOVE_PERIOD, { id: periodId, version: period.version, action: 'CLOSE', memberId: otherEstatesMember }, token))).toBe('BAD_USER_INPUT/NOT_A_SITTING_MEMBER');
    expect(outcomeOf(await app.gql(MOVE_PERIOD, { id: periodId, version: period.version, action: 'PUBLISH' }, token))).toBe('INVALID_TRANSITION');
    period = (await app.as('officer', MOVE_PERIOD, { id: periodId, version: period.version, action: 'CLOSE', memberId: chairId })).moveAccountPeriod;
    expect(period).toMatchObject({ status: 'CLOSED', closedByMemberId: chairId, availableActions: [] });
    expect(outcomeOf(await app.gql(MOVE_PERIOD, { id: periodId, version: period.version, action: 'COUNTERSIGN' }, token))).toBe('FORBIDDEN/MAKER_CHECKER');
    expect(outcomeOf(await app.gql(PUBLISHED_STATEMENT, { periodId }, null))).toBe('NOT_FOUND');
    period = (await app.as('officer3', MOVE_PERIOD, { id: periodId, version: period.version, action: 'COUNTERSIGN' })).moveAccountPeriod;
    period = (await app.as('officer', MOVE_PERIOD, { id: periodId, version: period.version, action: 'PUBLISH' })).moveAccountPeriod;
    expect(period.status).toBe('PUBLISHED');

    const s = (await app.gql(PUBLISHED_STATEMENT, { periodId }, null)).data.publishedAccountStatement;
    expect(s).toMatchObject({
      estateName: '龙庭小区',
      year: q.year,
      quarter: q.quarter,
      opening: '0.00',
      income: '20345.67',
      incomeByCategory: [{ category: 'PARKING', amount: '20345.67' }],
      spending: '13000.00',
      spendingByCategory: [
        { category: 'REPAIRS_AND_MAINTENANCE', amount: '8000.00' },
        { category: 'COMMUNITY_ACTIVITIES', amount: '5000.00' },
      ],
      closing: '7345.67',
    });
    const events = await app.ds.query(`SELECT action FROM audit_event WHERE entity_type = 'AccountPeriod' AND entity_id = $1 ORDER BY id`, [periodId]);
    expect(events.map((e: { action: string }) => e.action)).toEqual(['accountPeriod.close', 'accountPeriod.countersign', 'accountPeriod.publish']);
  });

  it('a closed quarter is final: no new entry, voucher or sign-off in it; a correction goes in an open quarter and references what it corrects', async () => {
    const token = await app.tokenFor('officer');
    expect(outcomeOf(await app.gql(ADD_ENTRY, { input: entry({ occurredOn: inQuarter(30) }) }, token))).toBe('INVALID_TRANSITION');
    expect(outcomeOf(await app.gql(ADD_VOUCHER, { entryId: income.id, input: { fileName: '补充.pdf', contentBase64: PDF } }, token))).toBe('INVALID_TRANSITION');
    const today = todayInChina();
    const { addAccountEntry: correction } = await app.as('officer', ADD_ENTRY, {
      input: entry({ amount: '-345.67', occurredOn: today, correctsEntryId: income.id, description: '更正上季度停车费多记' }),
    });
    expect(correction).toMatchObject({ amount: '-345.67', correctsEntryId: income.id });
    expect(correction.periodId).not.toBe(periodId);
    expect(outcomeOf(await app.gql(ADD_ENTRY, { input: entry({ amount: '-30000', occurredOn: today, correctsEntryId: income.id }) }, token))).toBe('BAD_USER_INPUT/CORRECTION_TOO_LARGE');
    expect(outcomeOf(await app.gql(ADD_ENTRY, { input: entry({ direction: 'SPENDING', category: 'OTHER_SPENDING', amount: '-1', occurredOn: today, correctsEntryId: income.id }) }, token))).toBe('BAD_USER_INPUT/CORRECTION_MISMATCH');
    const current = (await app.as('officer', GET_PERIOD, { id: correction.periodId })).accountPeriod;
    expect(current.statement).toMatchObject({ opening: '7345.67', income: '-345.67', closing: '7000.00' });
    // the current quarter has not ended: it cannot be closed yet
    expect(outcomeOf(await app.gql(MOVE_PERIOD, { id: current.id, version: current.version, action: 'CLOSE', memberId: chairId }, token))).toBe('INVALID_TRANSITION');
  });

  it('the database refuses UPDATE and DELETE of a closed quarter’s entries, whoever writes SQL, and allows them in an open one', async () => {
    await expect(app.ds.query(`UPDATE account_entry SET amount_fen = 1 WHERE id = $1`, [income.id])).rejects.toThrow(/closed period/);
    await expect(app.ds.query(`DELETE FROM account_voucher WHERE entry_id = $1`, [income.id])).rejects.toThrow(/closed period/);
    await expect(app.ds.query(`DELETE FROM account_entry WHERE id = $1`, [large.id])).rejects.toThrow(/closed period/);
    await expect(app.ds.query(`INSERT INTO account_entry (period_id, estate_id, direction, category, amount_fen, counterparty, occurred_on, entered_by_member_id)
                               VALUES ($1, $2, 'INCOME', 'PARKING', 100, 'x', $3, $4)`, [periodId, story.estateId, inQuarter(1), chairId])).rejects.toThrow(/closed/);
    const [row] = await app.ds.query(`SELECT amount_fen FROM account_entry WHERE id = $1`, [income.id]);
    expect(Number(row.amount_fen)).toBe(2_034_567);
    const [open] = await app.ds.query(`SELECT e.id FROM account_entry e JOIN account_period p ON p.id = e.period_id WHERE p.status = 'OPEN' AND e.estate_id = $1 LIMIT 1`, [story.estateId]);
    await expect(app.ds.query(`UPDATE account_entry SET description = 'open quarter: still editable by the database' WHERE id = $1`, [open.id])).resolves.toBeDefined();
  });

  it('is read in the officer’s own subdistricts only; managers read all, the registry clerk nothing', async () => {
    expect(outcomeOf(await app.gql(GET_ACCOUNT, { id: accountId }, await app.tokenFor('officer2')))).toBe('FORBIDDEN/JURISDICTION');
    const theirs = (await app.as('officer2', LIST_PERIODS, { options: { take: 100 } })).accountPeriods.items;
    expect(theirs.map((p) => p.id)).not.toContain(periodId);
    expect((await app.as('manager', GET_PERIOD, { id: periodId })).accountPeriod.status).toBe('PUBLISHED');
    expect(outcomeOf(await app.gql(GET_PERIOD, { id: periodId }, await app.tokenFor('clerk')))).toBe('FORBIDDEN/ROLE');
    expect(outcomeOf(await app.gql(MOVE_PERIOD, { id: periodId, version: 1, action: 'PUBLISH' }, await app.tokenFor('manager')))).toBe('FORBIDDEN/ROLE');
  });
});

describe('the community may send a closed quarter back to the committee instead of countersigning it', () => {
  const RETURN_MOVE = `mutation Move($id: ID!, $version: Int!, $action: AccountPeriodAction!, $memberId: ID, $note: String) {
    moveAccountPeriod(id: $id, version: $version, action: $action, memberId: $memberId, note: $note) { id version status closedAt closedByMemberId returnedAt returnReason availableActions statement { closing } } }`;
  const year = Number(todayInChina().slice(0, 4)) - 1;
  let accountId: string;
  let memberId: string;
  let q3: number;
  let q4: number;
  const versionOf = async (id: number): Promise<number> => (await app.ds.query(`SELECT version FROM account_period WHERE id = $1`, [id]))[0].version;
  const move = async (id: number, action: string, as: string, extra: Record<string, unknown> = {}) =>
    app.gql(RETURN_MOVE, { id: String(id), version: await versionOf(id), action, ...extra }, await app.tokenFor(as));
  const rowOf = async (id: number) => (await app.ds.query(`SELECT status, closed_at, closing_fen, return_reason, returned_by_id, version FROM account_period WHERE id = $1`, [id]))[0];
  const book = (amount: string, occurredOn: string) =>
    app.as('officer', ADD_ENTRY, { input: { accountId, direction: 'INCOME', category: 'PARKING', amount, counterparty: '物业服务中心（代收）', occurredOn, description: '', enteredByMemberId: memberId } });

  beforeAll(async () => {
    ({ accountId, memberId } = await openNewBook(app, [{ amount: '1000.00', occurredOn: `${year}-08-01` }, { amount: '2000.00', occurredOn: `${year}-11-01` }], story.estateId));
    [q3, q4] = (await app.ds.query(`SELECT id FROM account_period WHERE account_id = $1 ORDER BY year, quarter`, [accountId])).map((r: { id: number }) => r.id);
    for (const id of [q3, q4]) expect(outcomeOf(await move(id, 'CLOSE', 'officer', { memberId }))).toBe('OK');
  });

  it('is the community’s move: not by the officer who recorded the close, never without a reason, never while a later quarter is closed', async () => {
    const before = await rowOf(q3);
    expect(outcomeOf(await move(q3, 'RETURN', 'officer3', { note: '停车费与银行流水不符' }))).toBe('INVALID_TRANSITION');
    expect(await rowOf(q3)).toEqual(before);
    const q4Before = await rowOf(q4);
    expect(outcomeOf(await move(q4, 'RETURN', 'officer', { note: '停车费与银行流水不符' }))).toBe('FORBIDDEN/MAKER_CHECKER');
    expect(outcomeOf(await move(q4, 'RETURN', 'officer3'))).toBe('BAD_USER_INPUT/REQUIRED');
    expect(outcomeOf(await move(q4, 'RETURN', 'officer3', { note: '   ' }))).toBe('BAD_USER_INPUT/REQUIRED');
    expect(outcomeOf(await move(q4, 'RETURN', 'officer2', { note: '停车费与银行流水不符' }))).toBe('FORBIDDEN/JURISDICTION');
    expect(await rowOf(q4)).toEqual(q4Before);
    const shown = (await app.as('officer3', GET_PERIOD, { id: String(q4) })).accountPeriod;
    expect(shown.availableActions).toEqual(['COUNTERSIGN', 'RETURN']);
    expect((await app.as('officer', GET_PERIOD, { id: String(q4) })).accountPeriod.availableActions).toEqual([]);
  });

  it('opens the quarter again with who, when and why; the committee books the correction in it and closes it again', async () => {
    const r = await move(q4, 'RETURN', 'officer3', { note: '11月停车费与银行流水不符，请核对' });
    expect(r.errors).toBeUndefined();
    expect(r.data.moveAccountPeriod).toMatchObject({ status: 'OPEN', closedAt: null, closedByMemberId: null, returnReason: '11月停车费与银行流水不符，请核对', availableActions: ['CLOSE'] });
    expect(r.data.moveAccountPeriod.returnedAt).not.toBeNull();
    const [event] = await app.ds.query(`SELECT action, after FROM audit_event WHERE entity_type = 'AccountPeriod' AND entity_id = $1 ORDER BY id DESC LIMIT 1`, [q4]);
    expect(event.action).toBe('accountPeriod.return');
    expect(JSON.stringify(event.after)).toContain('11月停车费与银行流水不符');
    // the committee books what was missing, dated in the quarter, and closes it again on the corrected figures
    await book('150.00', `${year}-11-30`);
    const closed = await move(q4, 'CLOSE', 'officer', { memberId });
    expect(closed.data.moveAccountPeriod).toMatchObject({ status: 'CLOSED', statement: { closing: '3150.00' }, returnReason: '11月停车费与银行流水不符，请核对' });
    expect(Number((await rowOf(q4)).closing_fen)).toBe(315_000);
    expect(outcomeOf(await move(q4, 'COUNTERSIGN', 'officer3'))).toBe('OK');
    // once countersigned there is no way back
    expect(outcomeOf(await move(q4, 'RETURN', 'officer3', { note: '再次退回' }))).toBe('INVALID_TRANSITION');
  });

  it('the database lets a closed quarter go back only as a return: with its reason, the close cleared, nothing else rewritten', async () => {
    await expect(app.ds.query(`UPDATE account_period SET return_reason = '改写' WHERE id = $1`, [q3])).rejects.toThrow(/closed quarter is final/);
    await expect(app.ds.query(`UPDATE account_period SET status = 'OPEN', closed_at = NULL, closed_by_id = NULL, closed_by_member_id = NULL, opening_fen = NULL, income_fen = NULL, spending_fen = NULL, closing_fen = NULL WHERE id = $1`, [q3])).rejects.toThrow(/closed quarter is final/);
    await expect(app.ds.query(`UPDATE account_period SET status = 'OPEN', returned_at = now(), returned_by_id = closed_by_id, return_reason = 'x' WHERE id = $1`, [q3])).rejects.toThrow(/closed quarter is final/);
    expect((await rowOf(q3)).status).toBe('CLOSED');
  });
});

describe('a resolution cited for spending decides that spending, once; the book pays out only what it holds', () => {
  const today = todayInChina();
  let accountId: string;
  let memberId: string;
  const spend = (amount: string, extra: Partial<AccountEntryInput> = {}): AccountEntryInput => ({
    accountId, direction: 'SPENDING', category: 'REPAIRS_AND_MAINTENANCE', amount, counterparty: '某装修公司', occurredOn: today, description: '公共区域改造', enteredByMemberId: memberId, ...extra,
  });
  const entries = async () => (await app.ds.query(`SELECT count(*)::int AS n FROM account_entry WHERE estate_id = $1`, [story.estateId]))[0].n as number;
  const balance = async (id: string) =>
    BigInt((await app.ds.query(
      // what counts, as the service's COUNTED: a refused entry nowhere, an entry raising the balance awaiting its sign-off not yet
      `SELECT COALESCE(sum(CASE WHEN e.direction = 'INCOME' THEN e.amount_fen ELSE -e.amount_fen END), 0)::text AS b FROM account_entry e JOIN account_period p ON p.id = e.period_id
        WHERE p.account_id = $1 AND e.sign_off_refused_at IS NULL AND NOT ((e.direction = 'INCOME') = (e.amount_fen > 0) AND e.sign_off_required AND e.signed_off_at IS NULL)`,
      [id],
    ))[0].b);
  const yuan = (fenAmount: bigint) => `${fenAmount / 100n}.${String(fenAmount % 100n).padStart(2, '0')}`;

  beforeAll(async () => {
    // 龙庭's book of the story above: 5 000 元 limit, its 8 000 元 spending authorised by the fee resolution
    [{ id: accountId }] = await app.ds.query(`SELECT id::text AS id FROM committee_account WHERE estate_id = $1`, [story.estateId]);
    memberId = chairId;
  });

  it.each(['RAISE_MAINTENANCE_FUND', 'REBUILD', 'USE_MAINTENANCE_FUND', 'CHANGE_USE_OF_COMMON_PARTS'] as const)(
    'a resolution of %s does not authorise spending public income: RESOLUTION_MATTER_NOT_SPENDING, nothing booked',
    async (matter) => {
      const { createResolution } = await app.as('officer', CREATE_RESOLUTION, { input: { estateId: story.estateId, matter, title: `公共收益支出（${matter}）` } });
      const before = await entries();
      const r = await app.gql(ADD_ENTRY, { input: spend('6000.00', { resolutionId: createResolution.id }) }, await app.tokenFor('officer'));
      expect(r.errors?.[0].extensions?.fieldErrors).toEqual([expect.objectContaining({ field: 'resolutionId', rule: 'RESOLUTION_MATTER_NOT_SPENDING' })]);
      expect(await entries()).toBe(before);
    },
  );

  it('authorises the one spending it names: a correction of that entry may cite it, a second spending may not', async () => {
    const token = await app.tokenFor('officer');
    const [{ id: largeId }] = await app.ds.query(`SELECT id::text AS id FROM account_entry WHERE resolution_id = $1 AND corrects_entry_id IS NULL`, [story.resolutionId]);
    const corrected = await app.gql(ADD_ENTRY, { input: spend('100.00', { correctsEntryId: largeId, resolutionId: story.resolutionId }) }, token);
    expect(corrected.errors).toBeUndefined();
    const before = await entries();
    for (const again of [spend('6000.00', { resolutionId: story.resolutionId }), spend('900.00', { category: 'COMMITTEE_OPERATIONS', resolutionId: story.resolutionId })]) {
      expect(outcomeOf(await app.gql(ADD_ENTRY, { input: again }, token))).toBe('BAD_USER_INPUT/RESOLUTION_ALREADY_CITED');
    }
    expect(await entries()).toBe(before);
    // PostgreSQL holds it whoever writes
    await expect(
      app.ds.query(
        `INSERT INTO account_entry (period_id, estate_id, direction, category, amount_fen, counterparty, occurred_on, description, entered_by_member_id, resolution_id, sign_off_required)
         SELECT (SELECT period_id FROM account_entry WHERE id = $2), estate_id, direction, category, amount_fen, counterparty, $3, description, entered_by_member_id, resolution_id, true FROM account_entry WHERE id = $1`,
        [largeId, corrected.data.addAccountEntry.id, today],
      ),
    ).rejects.toThrow(/account_entry_resolution_cited_once/);
  });

  it('never pays out more public income than the book holds: BOOK_BALANCE_SHORT, to the fen', async () => {
    const token = await app.tokenFor('officer');
    const held = await balance(accountId);
    expect(held).toBeGreaterThan(0n);
    const before = await entries();
    const r = await app.gql(ADD_ENTRY, { input: spend(yuan(held + 1n), { amount: yuan(held + 1n) }) }, token);
    // what the book holds, as a figure (args.balance, 元 as a Decimal string), not only in the English words
    expect(r.errors?.[0].extensions?.fieldErrors).toEqual([expect.objectContaining({ field: 'amount', rule: 'BOOK_BALANCE_SHORT', args: { balance: yuan(held) } })]);
    expect(await entries()).toBe(before);

    // a new book of 1 000.00 元: exactly what it holds is paid, then nothing more, nor income taken back
    const fresh = await openNewBook(app, [{ amount: '1000.00', occurredOn: today }], story.estateId);
    const [incomeEntry] = await app.ds.query(`SELECT e.id::text AS id FROM account_entry e JOIN account_period p ON p.id = e.period_id WHERE p.account_id = $1`, [fresh.accountId]);
    const freshSpend = (amount: string, extra: Partial<AccountEntryInput> = {}) => ({ ...spend(amount), accountId: fresh.accountId, enteredByMemberId: fresh.memberId, ...extra });
    expect(outcomeOf(await app.gql(ADD_ENTRY, { input: freshSpend('1000.01') }, token))).toBe('BAD_USER_INPUT/BOOK_BALANCE_SHORT');
    expect(outcomeOf(await app.gql(ADD_ENTRY, { input: freshSpend('1000.00') }, token))).toBe('OK');
    expect(outcomeOf(await app.gql(ADD_ENTRY, { input: freshSpend('-0.01', { direction: 'INCOME', category: 'PARKING', correctsEntryId: incomeEntry.id }) }, token))).toBe('BAD_USER_INPUT/BOOK_BALANCE_SHORT');
    expect(await balance(fresh.accountId)).toBe(0n);
  });
});
