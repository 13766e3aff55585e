import { quarterOf } from '../src/shared/ledger-statement';
import { todayInChina } from '../src/shared/iso-date';
import { asRequestRole as requestRole, outcomeOf, ruleOutcomeOf, startTestApp, TestApp } from './harness';
import { ADD_ENTRY, bookEntry, GET_PERIOD, MOVE_PERIOD, openNewBook, PUBLISHED_STATEMENT, REFUSE_SIGN_OFF, SIGN_OFF_ENTRY, spendingOf } from './money-operations';

/**
 * A committee book's entry is judged by what it does to the balance, not by its direction's name
 * (docs/domain-rules.md#entry-effect): a correction taking spending back raised the balance on the booker's word alone,
 * one taking income back paid out past the limit. Demo: officer books, officer3 (same subdistricts) signs off. Each
 * story opens its own book (money-operations.ts openNewBook), so this file has its own copy of the demo.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const today = () => todayInChina();

/** statements as the request role (the server's), rolled back: what PostgreSQL holds whoever writes SQL */
const asRequestRole = (...statements: Array<[sql: string, params?: unknown[]]>) => requestRole(app, ...statements);


/** A day in the quarter before today's (a quarter that may be closed today). */
const lastQuarter = () => {
  const { year, quarter } = quarterOf(today());
  const [y, q] = quarter === 1 ? [year - 1, 4] : [year, quarter - 1];
  return { year: y, quarter: q, on: `${y}-${String(q * 3).padStart(2, '0')}-15` };
};

describe('an entry is judged by what it does to the balance, not by its direction’s name (docs/domain-rules.md#entry-effect)', () => {
  const statementOf = async (entryId: string) =>
    (await app.as('officer', GET_PERIOD, { id: (await app.ds.query(`SELECT period_id::text AS id FROM account_entry WHERE id = $1`, [entryId]))[0].id })).accountPeriod;

  it('taking spending back raises the balance: it waits for the sign-off, counts nowhere until then, and two pending cannot exceed the entry', async () => {
    const book = await openNewBook(app, [{ amount: '3000.00', occurredOn: today() }]);
    const token = await app.tokenFor('officer');
    const { addAccountEntry: repair } = await app.as('officer', ADD_ENTRY, { input: spendingOf(book, '3000.00', '湖州某水泵公司') });
    const { addAccountEntry: back } = await app.as('officer', ADD_ENTRY, { input: spendingOf(book, '-1000.00', '湖州某水泵公司', { correctsEntryId: repair.id }) });
    expect(back.signOffRequired).toBe(true);
    // on the booker's word alone it pays for nothing, and is not in the statement
    expect(outcomeOf(await app.gql(ADD_ENTRY, { input: spendingOf(book, '0.01', '湖州某五金店') }, token))).toBe('BAD_USER_INPUT/BOOK_BALANCE_SHORT');
    expect((await statementOf(back.id)).statement).toMatchObject({ income: '3000.00', spending: '3000.00', closing: '0.00' });
    // what it takes back is taken: a second take-back pending beside it cannot exceed what is left
    expect(outcomeOf(await app.gql(ADD_ENTRY, { input: spendingOf(book, '-2000.01', '湖州某水泵公司', { correctsEntryId: repair.id }) }, token))).toBe('BAD_USER_INPUT/CORRECTION_TOO_LARGE');
    const { addAccountEntry: refusedBack } = await app.as('officer', ADD_ENTRY, { input: spendingOf(book, '-2000.00', '湖州某水泵公司', { correctsEntryId: repair.id }) });
    // the booker does not sign it off; another officer does, or refuses it
    expect(outcomeOf(await app.gql(SIGN_OFF_ENTRY, { id: back.id, version: back.version }, token))).toBe('FORBIDDEN/MAKER_CHECKER');
    await app.as('officer3', REFUSE_SIGN_OFF, { id: refusedBack.id, version: refusedBack.version, note: '退款未到账' });
    await app.as('officer3', SIGN_OFF_ENTRY, { id: back.id, version: back.version });
    expect((await statementOf(back.id)).statement).toMatchObject({ spending: '2000.00', closing: '1000.00' });
    expect(outcomeOf(await app.gql(ADD_ENTRY, { input: spendingOf(book, '1000.01', '湖州某五金店') }, token))).toBe('BAD_USER_INPUT/BOOK_BALANCE_SHORT');
    expect(outcomeOf(await app.gql(ADD_ENTRY, { input: spendingOf(book, '1000.00', '湖州某五金店') }, token))).toBe('OK');
  });

  it('taking income back lowers the balance: above the limit, alone or counted together, it waits for the sign-off; the balance bounds it', async () => {
    // limit 5 000 元; 20 000 元 of parking income from one payer, signed off
    const book = await openNewBook(app, [{ amount: '20000.00', occurredOn: today() }]);
    const [income] = await app.ds.query(`SELECT e.id::text FROM account_entry e JOIN account_period p ON p.id = e.period_id WHERE p.account_id = $1`, [book.accountId]);
    const takeBack = (amount: string, correctsEntryId: string = income.id) => bookEntry(book, 'INCOME', amount, { correctsEntryId });
    const token = await app.tokenFor('officer');
    const entries = async () => (await app.ds.query(`SELECT count(*)::int AS n FROM account_entry WHERE estate_id = $1`, [book.estateId]))[0].n;
    const before = await entries();
    // above the limit at once: the community's sign-off, no owners' resolution (a record corrected, nothing spent by it)
    const { addAccountEntry: large } = await app.as('officer', ADD_ENTRY, { input: takeBack('-5000.01') });
    expect(large.signOffRequired).toBe(true);
    // in parts: they count together, a correction of a correction too
    const { addAccountEntry: first } = await app.as('officer', ADD_ENTRY, { input: takeBack('-3000.00', large.id) });
    expect(first.signOffRequired).toBe(true);
    const book2 = await openNewBook(app, [{ amount: '20000.00', occurredOn: today() }]);
    const [income2] = await app.ds.query(`SELECT e.id::text FROM account_entry e JOIN account_period p ON p.id = e.period_id WHERE p.account_id = $1`, [book2.accountId]);
    const { addAccountEntry: part } = await app.as('officer', ADD_ENTRY, { input: bookEntry(book2, 'INCOME', '-3000.00', { correctsEntryId: income2.id }) });
    expect(part.signOffRequired).toBe(false);
    const { addAccountEntry: secondPart } = await app.as('officer', ADD_ENTRY, { input: bookEntry(book2, 'INCOME', '-2000.01', { correctsEntryId: income2.id }) });
    expect(secondPart.signOffRequired).toBe(true);
    // and with what is paid to the same payee this quarter: that spending needs the owners' resolution
    expect(outcomeOf(await app.gql(ADD_ENTRY, { input: spendingOf(book2, '2000.01', '物业服务中心（代收）') }, token))).toBe('BAD_USER_INPUT/SPENDING_COUNTED_TOGETHER');
    expect(outcomeOf(await app.gql(ADD_ENTRY, { input: spendingOf(book2, '2000.01', '湖州某保安公司') }, token))).toBe('OK');
    expect(await entries()).toBe(before + 2);
    // it counts at once, as spending does: the statement shows it, and the balance bounds it
    expect((await statementOf(part.id)).statement).toMatchObject({ income: '14999.99', spending: '2000.01' });
  });

  it('PostgreSQL holds it whoever writes SQL: a correction raising the balance waits for the sign-off, and so does a take-back of income above the limit', async () => {
    const book = await openNewBook(app, [{ amount: '20000.00', occurredOn: today() }]);
    const { addAccountEntry: repair } = await app.as('officer', ADD_ENTRY, { input: spendingOf(book, '1000.00', '湖州某防水公司') });
    const [income] = await app.ds.query(`SELECT e.id::text FROM account_entry e JOIN account_period p ON p.id = e.period_id WHERE p.account_id = $1 AND e.direction = 'INCOME'`, [book.accountId]);
    const correction = (of: string, amountFen: number, signOff: boolean): [string, unknown[]] => [
      `INSERT INTO account_entry (period_id, estate_id, direction, category, amount_fen, counterparty, occurred_on, description, entered_by_member_id, corrects_entry_id, sign_off_required)
       SELECT period_id, estate_id, direction, category, $2, counterparty, occurred_on, '更正', entered_by_member_id, id, $3 FROM account_entry WHERE id = $1`,
      [of, amountFen, signOff],
    ];
    expect(await asRequestRole(correction(repair.id, -10_000, false))).toMatchObject({ code: '23514', constraint: 'account_entry_judged_by_effect' });
    expect(await asRequestRole(correction(repair.id, -10_000, true))).toBeNull();
    expect(await asRequestRole(correction(income.id, -500_001, false))).toMatchObject({ code: '23514', constraint: 'account_entry_judged_by_effect' });
    expect(await asRequestRole(correction(income.id, -500_001, true))).toBeNull();
    expect(await asRequestRole(correction(income.id, -500_000, false))).toBeNull();
  });

  it('a take-back of spending holds the quarter’s close until signed off; the close, the countersignature and the public statement count it then', async () => {
    const { on } = lastQuarter();
    const book = await openNewBook(app, [{ amount: '3000.00', occurredOn: on }]);
    const { addAccountEntry: repair } = await app.as('officer', ADD_ENTRY, { input: { ...spendingOf(book, '1000.00', '湖州某电器行'), occurredOn: on } });
    const { addAccountEntry: back } = await app.as('officer', ADD_ENTRY, { input: { ...spendingOf(book, '-400.00', '湖州某电器行', { correctsEntryId: repair.id }), occurredOn: on } });
    const period = await statementOf(back.id);
    expect(ruleOutcomeOf(await app.gql(MOVE_PERIOD, { id: period.id, version: period.version, action: 'CLOSE', memberId: book.memberId }, await app.tokenFor('officer')))).toBe(
      'INVALID_TRANSITION/ENTRIES_AWAIT_SIGN_OFF',
    );
    await app.as('officer3', SIGN_OFF_ENTRY, { id: back.id, version: back.version });
    const signed = await statementOf(back.id);
    const { moveAccountPeriod: closed } = await app.as('officer', MOVE_PERIOD, { id: period.id, version: signed.version, action: 'CLOSE', memberId: book.memberId });
    const { moveAccountPeriod: countersigned } = await app.as('officer3', MOVE_PERIOD, { id: period.id, version: closed.version, action: 'COUNTERSIGN' });
    await app.as('officer3', MOVE_PERIOD, { id: period.id, version: countersigned.version, action: 'PUBLISH' });
    const { publishedAccountStatement } = await app.gql(PUBLISHED_STATEMENT, { periodId: period.id }, null).then((r) => r.data);
    expect(publishedAccountStatement).toMatchObject({ income: '3000.00', spending: '600.00', closing: '2400.00' });
  });
});

