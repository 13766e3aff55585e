import { call } from '../dataProvider/client';
import { defineResource } from '../dataProvider/buildQuery';
import { graphql } from '../generated';
import type { OpenRepairFundInput, ProposalAction, RepairFundCorrectionInput, RepairFundRefundInput, WithdrawalAction, WithdrawalInput } from '../generated/graphql';
import { withEstatePlace } from '../shared/estatePlace';
import { id, requiredDecimal, requiredId, text } from '../shared/inputs';

export const RepairFundRecord = graphql(`
  fragment RepairFundRecord on RepairFund {
    id version projectId estateId openedMonth balance updatedAt
    estate { ...EstatePlace }
    project { id name }
    terms { fromMonth feeRate setAsidePercent resolutionId }
  }
`);

export const RepairFundRefundProposalParts = graphql(`
  fragment RepairFundRefundProposalParts on RepairFundRefundProposal { id version withdrawalId amount reason status proposedById proposedBy createdAt availableActions confirmRefusal }
`);
export const RepairFundCorrectionProposalParts = graphql(`
  fragment RepairFundCorrectionProposalParts on RepairFundCorrectionProposal { id version accrualId amount reason status proposedById proposedBy createdAt availableActions confirmRefusal }
`);
export const RepairFundTermsProposalParts = graphql(`
  fragment RepairFundTermsProposalParts on RepairFundTermsProposal { id version fromMonth feeRate setAsidePercent resolutionId status proposedById proposedBy createdAt availableActions confirmRefusal }
`);

/** The new fund's form (RepairFundCreate): the project, its first terms and the owners' resolution that set the fee. */
export interface RepairFundForm {
  projectId?: string;
  feeRate?: number | string;
  setAsidePercent?: number | string;
  fromMonth?: string;
  resolutionId?: string | null;
}

/** The form as the API's OpenRepairFundInput: the rate and the share as exact decimal strings, never rounded. */
export const openRepairFundInput = (d: RepairFundForm): OpenRepairFundInput => ({
  projectId: requiredId(d.projectId),
  feeRate: requiredDecimal(d.feeRate),
  setAsidePercent: requiredDecimal(d.setAsidePercent),
  fromMonth: text(d.fromMonth),
  resolutionId: id(d.resolutionId),
});

export const repairFunds = defineResource('repairFunds', {
  list: graphql(`
    query RepairFundList($options: RepairFundListOptions) { list: repairFunds(options: $options) { totalItems nextCursor items { ...RepairFundRecord } } }
  `),
  one: graphql(`
    query RepairFund($id: ID!) {
      record: repairFund(id: $id) {
        ...RepairFundRecord accruals { id month chargedArea feeRate setAsidePercent amount } corrections { id accrualId postedOn amount reason proposalId }
        pendingCorrection { ...RepairFundCorrectionProposalParts }
        pendingRefund { ...RepairFundRefundProposalParts }
        pendingTerms { ...RepairFundTermsProposalParts }
      }
    }
  `),
  create: {
    document: graphql(`mutation OpenRepairFund($input: OpenRepairFundInput!) { record: openRepairFund(input: $input) { ...RepairFundRecord } }`),
    input: openRepairFundInput,
  },
  normalise: ({ project, ...fund }) => ({ ...withEstatePlace(fund), projectName: project?.name ?? null }),
  sort: { fields: { id: 'ID', updatedAt: 'UPDATED_AT' }, default: 'ID' },
});

const Withdrawals = graphql(`
  query RepairFundWithdrawalsOf($options: RepairFundWithdrawalListOptions) {
    repairFundWithdrawals(options: $options) {
      totalItems items {
        id version category purpose amount status requestedById decidedById decidedAt decisionNote createdAt availableActions
        refunded refunds { id postedOn amount reason }
      }
    }
  }
`);
const Statement = graphql(`
  query RepairFundStatementOf($id: ID!, $year: Int!, $quarter: Int) {
    repairFund(id: $id) { id statement(year: $year, quarter: $quarter) { from to opening accruals withdrawals closing withdrawalsByCategory { category amount } } }
  }
`);
const PostAccrual = graphql(`
  mutation PostRepairFundAccrualOf($fundId: ID!, $month: String!) { postRepairFundAccrual(fundId: $fundId, month: $month) { id month amount } }
`);
const PostCorrection = graphql(`
  mutation PostRepairFundCorrectionOf($fundId: ID!, $input: RepairFundCorrectionInput!) {
    postRepairFundCorrection(fundId: $fundId, input: $input) { __typename ... on RepairFundCorrection { id amount } ... on RepairFundCorrectionProposal { id amount status } }
  }
`);
const DecideCorrection = graphql(`
  mutation DecideRepairFundCorrectionOf($id: ID!, $version: Int!, $action: ProposalAction!, $note: String) {
    decideRepairFundCorrection(id: $id, version: $version, action: $action, note: $note) { id version status }
  }
`);
const DecideTerms = graphql(`
  mutation DecideRepairFundTermsOf($id: ID!, $version: Int!, $action: ProposalAction!, $note: String) {
    decideRepairFundTerms(id: $id, version: $version, action: $action, note: $note) { id version status }
  }
`);
const DecideRefund = graphql(`
  mutation DecideRepairFundRefundOf($id: ID!, $version: Int!, $action: ProposalAction!, $note: String) {
    decideRepairFundRefund(id: $id, version: $version, action: $action, note: $note) { id version status }
  }
`);
const PostRefund = graphql(`
  mutation PostRepairFundRefundOf($withdrawalId: ID!, $input: RepairFundRefundInput!) { postRepairFundRefund(withdrawalId: $withdrawalId, input: $input) { id amount } }
`);
const RequestWithdrawal = graphql(`
  mutation RequestRepairFundWithdrawalOf($input: WithdrawalInput!) { requestRepairFundWithdrawal(input: $input) { id status amount } }
`);
const MoveWithdrawal = graphql(`
  mutation MoveRepairFundWithdrawalOf($id: ID!, $version: Int!, $action: WithdrawalAction!, $note: String) {
    moveRepairFundWithdrawal(id: $id, version: $version, action: $action, note: $note) { id version status }
  }
`);

/** The fund's own calls beyond react-admin's: its withdrawals, its statement, posting a month, deciding a request, refunding. */
export const repairFundCalls = {
  async repairFundWithdrawals(fundId: string) {
    const { repairFundWithdrawals } = await call(Withdrawals, { options: { filter: { fundId }, take: 200, sort: { field: 'ID', direction: 'DESC' } } });
    return { data: repairFundWithdrawals.items, total: repairFundWithdrawals.totalItems };
  },
  async repairFundStatement(fundId: string, year: number, quarter: number | null) {
    return { data: (await call(Statement, { id: fundId, year, quarter })).repairFund.statement };
  },
  async postRepairFundAccrual(fundId: string, month: string) {
    return { data: (await call(PostAccrual, { fundId, month }, { month })).postRepairFundAccrual };
  },
  /** a posted month found wrong: a posting of its own, dated today (negative takes money back) */
  async postRepairFundCorrection(fundId: string, input: RepairFundCorrectionInput) {
    return { data: (await call(PostCorrection, { fundId, input }, { ...input })).postRepairFundCorrection };
  },
  /** another officer confirms or refuses a correction adding money; its proposer withdraws it */
  async decideRepairFundCorrection({ id, version, action, note }: { id: string; version: number; action: ProposalAction; note?: string | null }) {
    return { data: (await call(DecideCorrection, { id, version, action, note: note || null })).decideRepairFundCorrection };
  },
  /** the same for new terms of the fund */
  async decideRepairFundTerms({ id, version, action, note }: { id: string; version: number; action: ProposalAction; note?: string | null }) {
    return { data: (await call(DecideTerms, { id, version, action, note: note || null })).decideRepairFundTerms };
  },
  /** an approved withdrawal found wrong: money back into the fund, a posting of its own dated today */
  async decideRepairFundRefund({ id, version, action, note }: { id: string; version: number; action: ProposalAction; note?: string | null }) {
    return { data: (await call(DecideRefund, { id, version, action, note: note || null })).decideRepairFundRefund };
  },
  async postRepairFundRefund(withdrawalId: string, input: RepairFundRefundInput) {
    return { data: (await call(PostRefund, { withdrawalId, input }, { ...input })).postRepairFundRefund };
  },
  async requestRepairFundWithdrawal(input: WithdrawalInput) {
    return { data: (await call(RequestWithdrawal, { input }, { ...input })).requestRepairFundWithdrawal };
  },
  async moveRepairFundWithdrawal({ id, version, action, note }: { id: string; version: number; action: WithdrawalAction; note?: string | null }) {
    return { data: (await call(MoveWithdrawal, { id, version, action, note: note || null })).moveRepairFundWithdrawal };
  },
};
