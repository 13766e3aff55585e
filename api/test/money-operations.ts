/** The operations of the estates' money tests (small-repair fund, committee accounts), typed by `npm run codegen`. */
import { graphql } from './generated';
import type { TestApp } from './harness';
import { todayInChina } from '../src/shared/iso-date';
import { MOVE_RESOLUTION, RESOLUTION_BALLOT } from './election-operations';

export const FUND_FIELDS = graphql(`
  fragment FundFields on RepairFund {
    id version projectId estateId openedMonth balance
    terms { fromMonth feeRate setAsidePercent resolutionId }
  }`);

export const OPEN_FUND = graphql(`mutation OpenRepairFund($input: OpenRepairFundInput!) { openRepairFund(input: $input) { ...FundFields } }`);
export const SET_FUND_TERMS = graphql(`mutation SetRepairFundTerms($id: ID!, $version: Int!, $input: RepairFundTermsInput!) {
  setRepairFundTerms(id: $id, version: $version, input: $input) { ...FundFields pendingTerms { id version fromMonth feeRate setAsidePercent status } } }`);
export const POST_ACCRUAL = graphql(`mutation PostRepairFundAccrual($fundId: ID!, $month: String!) {
  postRepairFundAccrual(fundId: $fundId, month: $month) { id month chargedArea feeRate setAsidePercent amount } }`);
export const GET_FUND = graphql(`query GetRepairFund($id: ID!) { repairFund(id: $id) { ...FundFields } }`);
export const LIST_FUNDS = graphql(`query ListRepairFunds($options: RepairFundListOptions) {
  repairFunds(options: $options) { totalItems items { ...FundFields } } }`);
export const FUND_STATEMENT = graphql(`query RepairFundStatement($id: ID!, $year: Int!, $quarter: Int) {
  repairFund(id: $id) { id balance statement(year: $year, quarter: $quarter) {
    from to opening accruals withdrawals closing withdrawalsByCategory { category amount } } } }`);
export const REQUEST_WITHDRAWAL = graphql(`mutation RequestRepairFundWithdrawal($input: WithdrawalInput!) {
  requestRepairFundWithdrawal(input: $input) { id version status amount availableActions } }`);
export const MOVE_WITHDRAWAL = graphql(`mutation MoveRepairFundWithdrawal($id: ID!, $version: Int!, $action: WithdrawalAction!, $note: String) {
  moveRepairFundWithdrawal(id: $id, version: $version, action: $action, note: $note) { id version status amount decidedById decidedAt } }`);
export const LIST_WITHDRAWALS = graphql(`query ListRepairFundWithdrawals($options: RepairFundWithdrawalListOptions) {
  repairFundWithdrawals(options: $options) { totalItems items { id version status amount estateId } } }`);

export const PERIOD_FIELDS = graphql(`
  fragment PeriodFields on AccountPeriod {
    id version accountId estateId year quarter status closedById closedByMemberId countersignedById publishedAt availableActions
  }`);
export const STATEMENT_FIELDS = graphql(`
  fragment StatementFields on AccountStatement {
    periodId estateName year quarter from to opening income spending closing
    incomeByCategory { category amount } spendingByCategory { category amount }
  }`);
export const OPEN_ACCOUNT = graphql(`mutation OpenCommitteeAccount($input: OpenCommitteeAccountInput!) {
  openCommitteeAccount(input: $input) { id version estateId spendingLimit } }`);
export const GET_ACCOUNT = graphql(`query GetCommitteeAccount($id: ID!) { committeeAccount(id: $id) { id version estateId spendingLimit statementDueDays
  pendingTerms { id version spendingLimit statementDueDays status proposedById availableActions confirmRefusal } } }`);
export const ACCOUNT_TERMS_PROPOSALS = graphql(`query CommitteeAccountTermsProposals($id: ID!) { committeeAccount(id: $id) { id
  termsProposals { id version spendingLimit statementDueDays status proposedById decidedById decidedAt decisionNote } } }`);
export const DECIDE_ACCOUNT_TERMS = graphql(`mutation DecideCommitteeAccountTerms($id: ID!, $version: Int!, $action: ProposalAction!, $note: String) {
  decideCommitteeAccountTerms(id: $id, version: $version, action: $action, note: $note) { id version status decidedById decidedAt spendingLimit statementDueDays availableActions } }`);
export const FUND_PROPOSALS = graphql(`query RepairFundProposals($id: ID!) { repairFund(id: $id) { id version balance
  pendingTerms { id version fromMonth feeRate setAsidePercent status proposedById availableActions }
  pendingCorrection { id version accrualId amount reason status proposedById availableActions }
  corrections { id accrualId amount proposalId } terms { fromMonth feeRate setAsidePercent } } }`);
export const POST_FUND_CORRECTION = graphql(`mutation PostRepairFundCorrection($fundId: ID!, $input: RepairFundCorrectionInput!) {
  postRepairFundCorrection(fundId: $fundId, input: $input) {
    __typename ... on RepairFundCorrection { id accrualId postedOn amount } ... on RepairFundCorrectionProposal { id version accrualId amount status } } }`);
export const DECIDE_FUND_CORRECTION = graphql(`mutation DecideRepairFundCorrection($id: ID!, $version: Int!, $action: ProposalAction!, $note: String) {
  decideRepairFundCorrection(id: $id, version: $version, action: $action, note: $note) { id version status decidedById } }`);
export const DECIDE_FUND_TERMS = graphql(`mutation DecideRepairFundTerms($id: ID!, $version: Int!, $action: ProposalAction!, $note: String) {
  decideRepairFundTerms(id: $id, version: $version, action: $action, note: $note) { id version status decidedById } }`);
export const SET_SPENDING_LIMIT = graphql(`mutation SetCommitteeSpendingLimit($id: ID!, $version: Int!, $spendingLimit: Decimal!) {
  setCommitteeSpendingLimit(id: $id, version: $version, spendingLimit: $spendingLimit) { id version spendingLimit statementDueDays pendingTerms { id version spendingLimit statementDueDays } } }`);
export const SET_ACCOUNT_TERMS = graphql(`mutation SetCommitteeAccountTerms($id: ID!, $version: Int!, $input: CommitteeAccountTermsInput!) {
  setCommitteeAccountTerms(id: $id, version: $version, input: $input) { id version spendingLimit statementDueDays pendingTerms { id version spendingLimit statementDueDays } } }`);
export const ADD_ENTRY = graphql(`mutation AddAccountEntry($input: AccountEntryInput!) {
  addAccountEntry(input: $input) { id version periodId direction category amount occurredOn signOffRequired signedOffById correctsEntryId enteredBy } }`);
export const SIGN_OFF_ENTRY = graphql(`mutation SignOffAccountEntry($id: ID!, $version: Int!) {
  signOffAccountEntry(id: $id, version: $version) { id version signedOffById } }`);
export const REFUSE_SIGN_OFF = graphql(`mutation RefuseAccountEntrySignOff($id: ID!, $version: Int!, $note: String!) {
  refuseAccountEntrySignOff(id: $id, version: $version, note: $note) { id version signOffRequired signedOffById signOffRefusedById signOffRefusedAt signOffRefusalNote } }`);
export const ADD_VOUCHER = graphql(`mutation AddAccountVoucher($entryId: ID!, $input: VoucherInput!) {
  addAccountVoucher(entryId: $entryId, input: $input) { id fileName contentType sizeBytes sha256 } }`);
export const VOUCHER_CONTENT = graphql(`query AccountVoucherContent($id: ID!) { accountVoucherContent(id: $id) }`);
export const MOVE_PERIOD = graphql(`mutation MoveAccountPeriod($id: ID!, $version: Int!, $action: AccountPeriodAction!, $memberId: ID) {
  moveAccountPeriod(id: $id, version: $version, action: $action, memberId: $memberId) { ...PeriodFields } }`);
export const GET_PERIOD = graphql(`query GetAccountPeriod($id: ID!) { accountPeriod(id: $id) { ...PeriodFields statement { ...StatementFields } } }`);
export const LIST_PERIODS = graphql(`query ListAccountPeriods($options: AccountPeriodListOptions) {
  accountPeriods(options: $options) { totalItems items { ...PeriodFields } } }`);
export const LIST_ENTRIES = graphql(`query ListAccountEntries($options: AccountEntryListOptions) {
  accountEntries(options: $options) { totalItems items { id amount category periodId } } }`);
export const PUBLISHED_STATEMENT = graphql(`query PublishedAccountStatement($periodId: ID!) {
  publishedAccountStatement(periodId: $periodId) {
    periodId estateName year quarter from to opening income spending closing publishedAt
    incomeByCategory { category amount } spendingByCategory { category amount } } }`);

export const RESOLUTION_VOTERS = graphql(`query ResolutionVoters($id: ID!, $skip: Int!, $take: Int!) {
  resolution(id: $id) { id version phase voters(voted: false, skip: $skip, take: $take) { totalItems items { ownerId personKey } } } }`);


/** 龙庭小区 in the demo: its estate, project and the fee resolution (1.69 → 1.99) its owners passed. */
export async function longting(app: TestApp): Promise<{ estateId: string; projectId: string; resolutionId: string; subdistrictId: number }> {
  const [row] = await app.ds.query(
    `SELECT e.id AS estate_id, (SELECT min(id) FROM project WHERE estate_id = e.id) AS project_id,
            (SELECT id FROM resolution WHERE estate_id = e.id AND title = '住宅物业服务费调整') AS resolution_id, c.subdistrict_id
       FROM estate e JOIN community c ON c.id = e.community_id WHERE e.name = '龙庭小区'`,
  );
  return { estateId: String(row.estate_id), projectId: String(row.project_id), resolutionId: String(row.resolution_id), subdistrictId: row.subdistrict_id };
}

export interface NewBook {
  accountId: string;
  estateId: number;
  estateName: string;
  /** a member of the estate's sitting committee, to book and close by */
  memberId: string;
}

/**
 * A committee book opened by `officer` for an estate of hers and officer3's subdistricts whose committee sits today
 * and which has no book yet (each call takes the next such estate), with its entries booked by a sitting member.
 */
export async function openNewBook(
  app: TestApp,
  entries: Array<{ amount: string; occurredOn: string; direction?: 'INCOME' | 'SPENDING'; category?: string }> = [],
  exceptEstateId: string | null = null,
  checker = 'officer3',
): Promise<NewBook> {
  // its member sat on every entry's date too (an entry names a member who sat on its date)
  const estate = await estateWithoutBook(app, exceptEstateId, entries.map((e) => e.occurredOn).sort()[0]);
  const accountId = await openConfirmedBook(app, String(estate.id));
  const book: NewBook = { accountId, estateId: estate.id, estateName: estate.name, memberId: String(estate.member_id) };
  for (const { amount, occurredOn, direction = 'INCOME', category = direction === 'INCOME' ? 'PARKING' : 'REPAIRS_AND_MAINTENANCE' } of entries) {
    const { addAccountEntry } = await app.as('officer', ADD_ENTRY, {
      input: { accountId: book.accountId, direction, category, amount, occurredOn, counterparty: '物业服务中心（代收）', description: '', enteredByMemberId: book.memberId },
    });
    // income above the limit counts once another officer signs it off (docs/domain-rules.md#committee-accounts)
    if (direction === 'INCOME' && addAccountEntry.signOffRequired) await app.as(checker, SIGN_OFF_ENTRY, { id: addAccountEntry.id, version: addAccountEntry.version });
  }
  return book;
}

/** An estate of officer's and officer3's subdistricts whose committee sits today and which has no book yet, with a member sitting from `since` (today) on. */
export async function estateWithoutBook(app: TestApp, exceptEstateId: string | null = null, since?: string): Promise<{ id: number; name: string; member_id: number }> {
  const today = todayInChina();
  const from = since && since < today ? since : today;
  const ofOfficer = (username: string) => `co.subdistrict_id IN (SELECT oj.subdistrict_id FROM officer_jurisdiction oj JOIN app_user u ON u.id = oj.user_id WHERE u.username = '${username}')`;
  const [estate] = await app.ds.query(
    `SELECT e.id, e.name, min(m.id) AS member_id FROM estate e JOIN community co ON co.id = e.community_id
       JOIN committee c ON c.estate_id = e.id AND c.term_start <= $3 AND c.term_end >= $1
       JOIN committee_member m ON m.committee_id = c.id AND m.starts_on <= $3 AND m.ends_on IS NULL
      WHERE NOT EXISTS (SELECT 1 FROM committee_account a WHERE a.estate_id = e.id) AND e.id IS DISTINCT FROM $2::int
        AND ${ofOfficer('officer')} AND ${ofOfficer('officer3')}
      GROUP BY e.id ORDER BY e.id LIMIT 1`,
    [today, exceptEstateId, from],
  );
  if (!estate) throw new Error('the demo has no estate left with a sitting committee and no book');
  return estate;
}

export const BOOK_TERMS = graphql(`query CommitteeAccountPendingTerms($id: ID!) { committeeAccount(id: $id) { id version spendingLimit statementDueDays
  pendingTerms { id version spendingLimit statementDueDays status } } }`);
export const FUND_PENDING_TERMS = graphql(`query RepairFundPendingTerms($id: ID!) { repairFund(id: $id) { id version balance terms { fromMonth }
  pendingTerms { id version fromMonth feeRate setAsidePercent status proposedById availableActions } } }`);

/** A book opened by `maker` (it opens strict, docs/roles-and-workflows.md#money-proposals) with its asked terms confirmed by `checker`. */
export async function openConfirmedBook(app: TestApp, estateId: string, terms: { spendingLimit: string; statementDueDays?: number } = { spendingLimit: '5000' }, maker = 'officer', checker = 'officer3'): Promise<string> {
  const { openCommitteeAccount } = await app.as(maker, OPEN_ACCOUNT, { input: { estateId, ...terms } });
  await confirmBookTerms(app, openCommitteeAccount.id, checker);
  return openCommitteeAccount.id;
}

/** `checker` confirms the book's pending terms, if any. */
export async function confirmBookTerms(app: TestApp, accountId: string, checker = 'officer3'): Promise<void> {
  const pending = (await app.as(checker, BOOK_TERMS, { id: accountId })).committeeAccount.pendingTerms;
  if (pending) await app.as(checker, DECIDE_ACCOUNT_TERMS, { id: pending.id, version: pending.version, action: 'CONFIRM' });
}

/** `checker` confirms the fund's pending (first) terms: until then it accrues and pays nothing (docs/domain-rules.md#repair-fund). */
export async function confirmFundTerms(app: TestApp, fundId: string, checker = 'officer3'): Promise<void> {
  const pending = (await app.as(checker, FUND_PENDING_TERMS, { id: fundId })).repairFund.pendingTerms;
  if (!pending) throw new Error(`fund ${fundId} has no terms pending`);
  await app.as(checker, DECIDE_FUND_TERMS, { id: pending.id, version: pending.version, action: 'CONFIRM' });
}

/** The demo's other fee vote, still open (about half its roll in): its estate, an approved project and the resolution. */
export async function openFeeVote(app: TestApp): Promise<{ estateId: string; projectId: string; resolutionId: string }> {
  const [row] = await app.ds.query(
    `SELECT r.estate_id, r.id AS resolution_id, (SELECT min(id) FROM project WHERE estate_id = r.estate_id AND filing_status = 'APPROVED') AS project_id
       FROM resolution r WHERE r.phase = 'VOTING' AND r.matter = 'OTHER_MAJOR_MATTER' AND r.title = '调整物业服务费标准' ORDER BY r.id LIMIT 1`,
  );
  return { estateId: String(row.estate_id), projectId: String(row.project_id), resolutionId: String(row.resolution_id) };
}

/** The rest of the estate's owners vote yes, and the officer closes the vote: the fee change passes. */
export async function passFeeResolution(app: TestApp, resolutionId: string): Promise<void> {
  const token = await app.tokenFor('officer');
  for (;;) {
    const { resolution } = await app.as('officer', RESOLUTION_VOTERS, { id: resolutionId, skip: 0, take: 50 });
    if (resolution.voters.items.length === 0) break;
    await Promise.all(
      resolution.voters.items.map(async (p) => {
        const input = { ownerId: p.ownerId, developer: p.personKey === 'DEVELOPER', method: 'ONLINE' as const, choice: 'YES' as const };
        const r = await app.gql(RESOLUTION_BALLOT, { resolutionId, input }, token);
        if (r.errors) throw new Error(JSON.stringify(r.errors));
      }),
    );
  }
  const { resolution } = await app.as('officer', RESOLUTION_VOTERS, { id: resolutionId, skip: 0, take: 1 });
  const { moveResolution } = await app.as('officer', MOVE_RESOLUTION, { id: resolutionId, version: resolution.version, action: 'CLOSE_VOTING' });
  if ((moveResolution.outcome as { outcome: string }).outcome !== 'PASSED') throw new Error(`the fee resolution did not pass: ${JSON.stringify(moveResolution.outcome)}`);
}

// party organisations of firms and estates (红色物业), the same programme's registry
export const PARTY_ORG_FIELDS = graphql(`
  fragment PartyOrgFields on PartyOrganisation { id version name kind firmId estateId memberCount establishedOn estate { name } firm { name } }`);
export const CREATE_PARTY_ORG = graphql(`mutation CreatePartyOrganisation($input: PartyOrganisationInput!) {
  createPartyOrganisation(input: $input) { ...PartyOrgFields } }`);
export const UPDATE_PARTY_ORG = graphql(`mutation UpdatePartyOrganisation($id: ID!, $version: Int!, $input: PartyOrganisationInput!) {
  updatePartyOrganisation(id: $id, version: $version, input: $input) { ...PartyOrgFields } }`);
export const LIST_PARTY_ORGS = graphql(`query ListPartyOrganisations($options: PartyOrganisationListOptions) {
  partyOrganisations(options: $options) { totalItems items { ...PartyOrgFields } } }`);

type Book = { accountId: string; memberId: string };

/** An entry of `book` dated today by its sitting member: income as parking, spending as repairs, unless `extra` says otherwise. */
export const bookEntry = (
  book: Book,
  direction: 'INCOME' | 'SPENDING',
  amount: string,
  extra: { counterparty?: string; correctsEntryId?: string | null; resolutionId?: string; occurredOn?: string } = {},
) => ({
  accountId: book.accountId,
  direction,
  category: direction === 'INCOME' ? 'PARKING' : 'REPAIRS_AND_MAINTENANCE',
  amount,
  enteredByMemberId: book.memberId,
  occurredOn: todayInChina(),
  counterparty: '物业服务中心（代收）',
  description: '',
  ...extra,
});

/** A spending of `book` to `counterparty`, dated today. */
export const spendingOf = (book: Book, amount: string, counterparty: string, extra: { correctsEntryId?: string; resolutionId?: string } = {}) =>
  ({ ...bookEntry(book, 'SPENDING', amount, { counterparty, ...extra }), direction: 'SPENDING' as const });
