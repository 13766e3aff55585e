import { addDays, todayInChina } from '../src/shared/iso-date';
import { asRequestRole, outcomeOf, refusedBy, startTestApp, TestApp } from './harness';
import type { AccountEntryInput } from './generated/graphql';
import { ADD_ENTRY, BOOK_TERMS, DECIDE_ACCOUNT_TERMS, estateWithoutBook, openConfirmedBook, SET_ACCOUNT_TERMS } from './money-operations';

/**
 * A quarter's statement is judged against the due days in force on its last day, not the book's current ones, and a
 * book's entry names a member who sat on the entry's date (migrations/1764806510000-due-days-in-force.ts,
 * docs/domain-rules.md#statement-due; attacker review round 9, O5).
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const LATE = `query L($lag: StatementLag) { committeeAccounts(options: { take: 100, filter: { statementLag: $lag } }) { items { id } } }`;
const DASHBOARD = `query { dashboard { statements { late { accountId lag dueOn } } } }`;

/** The book's verdict in the committee-account list: OVERDUE, UNPUBLISHED or null. */
async function verdict(accountId: string): Promise<string | null> {
  for (const lag of ['OVERDUE', 'UNPUBLISHED']) {
    const { committeeAccounts } = await app.as('manager', LATE, { lag });
    if (committeeAccounts.items.some((a: { id: string }) => a.id === accountId)) return lag;
  }
  return null;
}
const dueOn = async (accountId: string) =>
  (await app.as('manager', DASHBOARD)).dashboard.statements.late.find((b: { accountId: string }) => b.accountId === accountId)?.dueOn as string | undefined;

/** A seeded book with `days` due days and the given verdict, in an estate officer and officer3 both oversee. */
async function seededBook(days: number, lag: string): Promise<{ id: string }> {
  const books: Array<{ id: number }> = await app.ds.query(
    `SELECT a.id FROM committee_account a JOIN estate e ON e.id = a.estate_id JOIN community co ON co.id = e.community_id
      WHERE a.statement_due_days = $1
        AND co.subdistrict_id IN (SELECT oj.subdistrict_id FROM officer_jurisdiction oj JOIN app_user u ON u.id = oj.user_id WHERE u.username = 'officer')
        AND co.subdistrict_id IN (SELECT oj.subdistrict_id FROM officer_jurisdiction oj JOIN app_user u ON u.id = oj.user_id WHERE u.username = 'officer3')
      ORDER BY a.id`,
    [days],
  );
  for (const book of books) if ((await verdict(String(book.id))) === lag) return { id: String(book.id) };
  throw new Error(`the demo has no book at ${days} days that is ${lag} in officer's and officer3's subdistricts`);
}

async function setDays(accountId: string, days: number, maker = 'officer', checker = 'officer3'): Promise<void> {
  const { committeeAccount } = await app.as(maker, BOOK_TERMS, { id: accountId });
  const { setCommitteeAccountTerms } = await app.as(maker, SET_ACCOUNT_TERMS, { id: accountId, version: committeeAccount.version, input: { spendingLimit: committeeAccount.spendingLimit, statementDueDays: days } });
  const pending = setCommitteeAccountTerms.pendingTerms;
  if (pending) await app.as(checker, DECIDE_ACCOUNT_TERMS, { id: pending.id, version: pending.version, action: 'CONFIRM' });
  expect((await app.as(maker, BOOK_TERMS, { id: accountId })).committeeAccount.statementDueDays).toBe(days);
}

describe('a quarter keeps the verdict of the due days in force for it', () => {
  it('more days, confirmed by another officer, do not hide a quarter already overdue', async () => {
    const book = await seededBook(30, 'OVERDUE');
    const due = await dueOn(book.id);
    await setDays(book.id, 366);
    expect(await verdict(book.id)).toBe('OVERDUE');
    expect(await dueOn(book.id)).toBe(due);
  });

  it('fewer days do not make a quarter late after the fact', async () => {
    const book = await seededBook(100, 'UNPUBLISHED');
    const due = await dueOn(book.id);
    await setDays(book.id, 1);
    expect(await verdict(book.id)).toBe('UNPUBLISHED');
    expect(await dueOn(book.id)).toBe(due);
  });

  it('keeps each change with the day it takes effect, written only by the book’s change', async () => {
    const [row] = await app.ds.query(`SELECT account_id FROM committee_account_due_days WHERE effective_from = $1 LIMIT 1`, [todayInChina()]);
    const history = await app.ds.query(`SELECT effective_from::text, statement_due_days FROM committee_account_due_days WHERE account_id = $1 ORDER BY effective_from`, [row.account_id]);
    expect(history).toEqual([
      { effective_from: '-infinity', statement_due_days: expect.any(Number) },
      { effective_from: todayInChina(), statement_due_days: expect.any(Number) },
    ]);
    const id = row.account_id;
    expect(refusedBy(await asRequestRole(app, [`UPDATE committee_account_due_days SET statement_due_days = 366 WHERE account_id = $1`, [id]]))).toBe('committee_account_due_days_in_force');
    expect(refusedBy(await asRequestRole(app, [`DELETE FROM committee_account_due_days WHERE account_id = $1 AND effective_from = $2`, [id, todayInChina()]]))).toBe('committee_account_due_days_in_force');
    expect(refusedBy(await asRequestRole(app, [`INSERT INTO committee_account_due_days VALUES ($1, $2, 366)`, [id, addDays(todayInChina(), -200)]]))).toBe('committee_account_due_days_in_force');
    // today's row, rewritten without the book's change
    expect(refusedBy(await asRequestRole(app, [`UPDATE committee_account_due_days SET statement_due_days = statement_due_days + 1 WHERE account_id = $1 AND effective_from = $2`, [id, todayInChina()]]))).toBe('committee_account_due_days_in_force');
  });
});

describe('an entry names a member who sat on its date', () => {
  it('refuses a member who joined after the entry’s date, who sits today', async () => {
    const estate = await estateWithoutBook(app);
    const accountId = await openConfirmedBook(app, String(estate.id));
    const today = todayInChina();
    // the member joined today (as a by-election would seat them)
    await app.ds.query(`UPDATE committee_member SET starts_on = $2 WHERE id = $1`, [estate.member_id, today]);
    const entry = (occurredOn: string): AccountEntryInput => ({
      accountId, direction: 'INCOME', category: 'PARKING', amount: '100.00', counterparty: '物业服务中心（代收）', occurredOn, description: '', enteredByMemberId: String(estate.member_id),
    });
    expect(outcomeOf(await app.gql(ADD_ENTRY, { input: entry(addDays(today, -1)) }, await app.tokenFor('officer')))).toBe('BAD_USER_INPUT/NOT_A_SITTING_MEMBER');
    const { addAccountEntry } = await app.as('officer', ADD_ENTRY, { input: entry(today) });
    expect(addAccountEntry.occurredOn).toBe(today);
  });
});
