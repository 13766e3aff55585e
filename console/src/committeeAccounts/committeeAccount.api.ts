import { call } from '../dataProvider/client';
import { defineResource } from '../dataProvider/buildQuery';
import { graphql } from '../generated';
import type { AccountEntryInput, AccountPeriodAction, CommitteeAccountTermsInput, OpenCommitteeAccountInput, ProposalAction } from '../generated/graphql';
import { withEstatePlace } from '../shared/estatePlace';
import { requiredDecimal, requiredId, requiredInt } from '../shared/inputs';

export const CommitteeAccountRecord = graphql(`
  fragment CommitteeAccountRecord on CommitteeAccount { id version estateId spendingLimit statementDueDays updatedAt estate { ...EstatePlace } }
`);
export const CommitteeAccountTermsProposalParts = graphql(`
  fragment CommitteeAccountTermsProposalParts on CommitteeAccountTermsProposal { id version spendingLimit statementDueDays status proposedById proposedBy createdAt availableActions confirmRefusal }
`);
export const AccountStatementParts = graphql(`
  fragment AccountStatementParts on AccountStatement {
    periodId estateName year quarter from to opening income spending closing publishedAt
    incomeByCategory { category amount } spendingByCategory { category amount }
  }
`);

/** The new book's form (CommitteeAccountCreate): the estate and what its rules of procedure say of the book. */
export interface CommitteeAccountForm {
  estateId?: string;
  spendingLimit?: number | string;
  statementDueDays?: number;
}

/** The form as the API's OpenCommitteeAccountInput: the limit in 元 as an exact decimal string. */
export const openCommitteeAccountInput = (d: CommitteeAccountForm): OpenCommitteeAccountInput => ({
  estateId: requiredId(d.estateId),
  spendingLimit: requiredDecimal(d.spendingLimit),
  statementDueDays: requiredInt(d.statementDueDays),
});

export const committeeAccounts = defineResource('committeeAccounts', {
  list: graphql(`
    query CommitteeAccountList($options: CommitteeAccountListOptions) {
      list: committeeAccounts(options: $options) { totalItems nextCursor items { ...CommitteeAccountRecord } }
    }
  `),
  one: graphql(`query CommitteeAccount($id: ID!) { record: committeeAccount(id: $id) { ...CommitteeAccountRecord pendingTerms { ...CommitteeAccountTermsProposalParts } } }`),
  create: {
    document: graphql(`mutation OpenCommitteeAccount($input: OpenCommitteeAccountInput!) { record: openCommitteeAccount(input: $input) { ...CommitteeAccountRecord } }`),
    input: openCommitteeAccountInput,
  },
  normalise: withEstatePlace,
  sort: { fields: { id: 'ID', updatedAt: 'UPDATED_AT' }, default: 'ID' },
});

const Periods = graphql(`
  query AccountPeriodsOf($options: AccountPeriodListOptions) {
    accountPeriods(options: $options) {
      items { id version year quarter status closedAt countersignedAt publishedAt returnedAt returnReason availableActions closeHoldRule statement { ...AccountStatementParts } }
    }
  }
`);
const Entries = graphql(`
  query AccountEntriesOf($options: AccountEntryListOptions) {
    accountEntries(options: $options) {
      totalItems
      items {
        id version direction category amount counterparty occurredOn description enteredBy correctsEntryId resolutionId
        signOffRequired signedOffAt signOffRefusedAt signOffRefusalNote createdById vouchers { id fileName contentType sizeBytes }
      }
    }
  }
`);
const Members = graphql(`
  query SittingMembersOf($id: ID!) { estate(id: $id) { id currentCommittee { id members { id name position endsOn } } } }
`);
const AddEntry = graphql(`mutation AddAccountEntryOf($input: AccountEntryInput!) { addAccountEntry(input: $input) { id periodId } }`);
const SignOff = graphql(`mutation SignOffAccountEntryOf($id: ID!, $version: Int!) { signOffAccountEntry(id: $id, version: $version) { id version } }`);
const RefuseSignOff = graphql(`
  mutation RefuseAccountEntrySignOffOf($id: ID!, $version: Int!, $note: String!) { refuseAccountEntrySignOff(id: $id, version: $version, note: $note) { id version } }
`);
const MovePeriod = graphql(`
  mutation MoveAccountPeriodOf($id: ID!, $version: Int!, $action: AccountPeriodAction!, $memberId: ID, $note: String) {
    moveAccountPeriod(id: $id, version: $version, action: $action, memberId: $memberId, note: $note) { id version status }
  }
`);
const SetTerms = graphql(`
  mutation SetCommitteeAccountTermsOf($id: ID!, $version: Int!, $input: CommitteeAccountTermsInput!) {
    setCommitteeAccountTerms(id: $id, version: $version, input: $input) { ...CommitteeAccountRecord pendingTerms { id } }
  }
`);
const DecideTerms = graphql(`
  mutation DecideCommitteeAccountTermsOf($id: ID!, $version: Int!, $action: ProposalAction!, $note: String) {
    decideCommitteeAccountTerms(id: $id, version: $version, action: $action, note: $note) { id version status }
  }
`);
const AddVoucher = graphql(`
  mutation AddAccountVoucherOf($entryId: ID!, $input: VoucherInput!) { addAccountVoucher(entryId: $entryId, input: $input) { id fileName } }
`);

/** The book's own calls: its quarters with their statements, a quarter's entries, booking, signing off, moving a quarter. */
export const committeeAccountCalls = {
  async accountPeriods(accountId: string) {
    const { accountPeriods } = await call(Periods, { options: { filter: { accountId }, take: 40, sort: { field: 'ID', direction: 'DESC' } } });
    return { data: accountPeriods.items };
  },
  async accountEntries(periodId: string) {
    const { accountEntries } = await call(Entries, { options: { filter: { periodId }, take: 200, sort: { field: 'OCCURRED_ON', direction: 'ASC' } } });
    return { data: accountEntries.items, total: accountEntries.totalItems };
  },
  async sittingMembers(estateId: string) {
    const { estate } = await call(Members, { id: estateId });
    return { data: (estate.currentCommittee?.members ?? []).filter((m) => !m.endsOn) };
  },
  async addAccountEntry(input: AccountEntryInput) {
    return { data: (await call(AddEntry, { input }, { ...input })).addAccountEntry };
  },
  async signOffAccountEntry(id: string, version: number) {
    return { data: (await call(SignOff, { id, version })).signOffAccountEntry };
  },
  /** the community does not sign the entry off, saying why: it is kept but counts nowhere */
  async refuseAccountEntrySignOff(id: string, version: number, note: string) {
    return { data: (await call(RefuseSignOff, { id, version, note })).refuseAccountEntrySignOff };
  },
  /** CLOSE names the member who closes; RETURN (the community sends the quarter back) says why in `note` */
  async moveAccountPeriod({ id, version, action, memberId, note }: { id: string; version: number; action: AccountPeriodAction; memberId?: string | null; note?: string | null }) {
    return { data: (await call(MovePeriod, { id, version, action, memberId: memberId ?? null, note: note ?? null })).moveAccountPeriod };
  },
  /** the limit and the statement's due days, as the estate's rules of procedure now say */
  async setCommitteeAccountTerms(id: string, version: number, input: CommitteeAccountTermsInput) {
    return { data: (await call(SetTerms, { id, version, input }, { ...input })).setCommitteeAccountTerms };
  },
  /** another officer confirms or refuses looser terms; their proposer withdraws them */
  async decideCommitteeAccountTerms({ id, version, action, note }: { id: string; version: number; action: ProposalAction; note?: string | null }) {
    return { data: (await call(DecideTerms, { id, version, action, note: note || null })).decideCommitteeAccountTerms };
  },
  async addAccountVoucher(entryId: string, fileName: string, contentBase64: string) {
    return { data: (await call(AddVoucher, { entryId, input: { fileName, contentBase64 } })).addAccountVoucher };
  },
};
