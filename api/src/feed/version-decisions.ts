import { ChangeEntityType } from './change-feed';

/**
 * What every audited action does to the change feed (docs/architecture.md#change-feed-versions), decided once per
 * action: `record` names the fed record whose reader sees the change — the feed carries an event of it, and its
 * version moves once in the transaction (the service's own save, or the feed trigger's `change_event_version`) —
 * or null, with the reason no fed record's reader sees it. `feed/version-decisions.spec.ts` finds every action the
 * API audits and fails on one without a decision here; test/change-feed-versions.e2e.spec.ts checks the decisions
 * against what the database did. A lifecycle's moves are decided together as `subject.*` (one record, one table).
 */
export interface VersionDecision {
  record: ChangeEntityType | null;
  why: string;
}

const moves = (record: ChangeEntityType, why: string): VersionDecision => ({ record, why });
const none = (why: string): VersionDecision => ({ record: null, why });

const T = ChangeEntityType;

export const VERSION_DECISIONS: Readonly<Record<string, VersionDecision>> = {
  // registry records, their own changes and lifecycle moves
  'firm.*': moves(T.Firm, 'the firm itself'),
  'firm.redBlackPlaced': moves(T.Firm, 'a firm reads its red/black placements (Firm.redBlackPlacements)'),
  'project.*': moves(T.Project, 'the project itself'),
  'estate.create': moves(T.Estate, 'the estate itself'),
  'estate.update': moves(T.Estate, 'the estate itself'),
  'estate.designate': moves(T.Estate, 'an estate reads its demonstration designations (Estate.demonstrations)'),
  'estate.withdrawDesignation': moves(T.Estate, 'an estate reads its demonstration designations (Estate.demonstrations)'),
  'partyOrganisation.create': moves(T.PartyOrganisation, 'the organisation itself'),
  'partyOrganisation.update': moves(T.PartyOrganisation, 'the organisation itself'),
  'fivePartyMeeting.create': moves(T.FivePartyMeeting, 'the meeting itself'),
  'fivePartyMeeting.update': moves(T.FivePartyMeeting, 'the meeting itself'),
  'fivePartyIssue.resolve': moves(T.FivePartyMeeting, 'a meeting reads its issues'),
  'fivePartyFollowUp.complete': moves(T.FivePartyMeeting, 'a meeting reads its follow-ups'),
  'fivePartyIssue.correct': moves(T.FivePartyMeeting, 'a meeting reads its issues'),
  'fivePartyFollowUp.correct': moves(T.FivePartyMeeting, 'a meeting reads its follow-ups'),

  // elections and what hangs on them
  'election.*': moves(T.Election, 'the election itself'),
  'ballot.record': none('a ballot is not announced: its time would name the voter to someone watching the room; readers learn of the count when voting closes'),
  'candidate.nominate': moves(T.Candidate, 'the candidate itself'),
  'candidate.withdraw': moves(T.Candidate, 'the candidate itself'),
  'candidate.check': moves(T.Candidate, 'a candidate reads its checks and decision'),
  'candidate.checks': moves(T.Candidate, 'a candidate reads its checks and decision'),
  'candidate.objection': moves(T.Candidate, 'a candidate reads its objections'),
  'candidate.resolveObjection': moves(T.Candidate, 'a candidate reads its objections'),
  'committee.create': moves(T.Committee, 'the committee itself'),
  'committee.register': moves(T.Committee, 'the committee itself'),
  'committee.byElection': moves(T.Committee, 'a committee reads its members'),
  'committee.succeeded': moves(T.Committee, 'the outgoing committee’s term ends'),
  'committee.setMembers': moves(T.Committee, 'a committee reads its members'),
  'committeeFiling.*': moves(T.CommitteeFiling, 'the filing itself'),
  'committeeFiling.addMaterial': moves(T.CommitteeFiling, 'a filing reads its materials'),
  'committeeFiling.removeMaterial': moves(T.CommitteeFiling, 'a filing reads its materials'),
  'committeeFiling.recomputeDue': moves(T.CommitteeFiling, 'a filing reads its due date'),
  'resolution.*': moves(T.Resolution, 'the resolution itself'),
  'resolutionBallot.record': none('a ballot is not announced: its time would name the voter to someone watching the room; readers learn of the count when voting closes'),

  // the estates' money
  'repairFund.open': moves(T.RepairFund, 'the fund itself'),
  'repairFund.proposeTerms': moves(T.RepairFund, 'a fund reads its pending terms'),
  'repairFundTerms.*': moves(T.RepairFund, 'a fund reads its terms and their proposals'),
  'repairFund.proposeCorrection': moves(T.RepairFund, 'a fund reads its pending correction'),
  'repairFundCorrection.*': moves(T.RepairFund, 'a fund reads its balance, corrections and their proposals'),
  'repairFundRefund.*': moves(T.RepairFund, 'a fund reads its pending refund, its balance and its withdrawals’ refunds'),
  'repairFund.accrue': moves(T.RepairFund, 'a fund reads its balance and accruals'),
  'repairFund.correct': moves(T.RepairFund, 'a fund reads its balance and corrections'),
  'repairFundWithdrawal.request': moves(T.RepairFund, 'a fund reads its withdrawals'),
  'repairFundWithdrawal.*': moves(T.RepairFund, 'a fund reads its withdrawals and balance'),
  'repairFundWithdrawal.refund': moves(T.RepairFund, 'a fund reads its balance, and its withdrawals their refunds'),
  'committeeAccount.open': moves(T.CommitteeAccount, 'the book itself'),
  'committeeAccount.setTerms': moves(T.CommitteeAccount, 'the book itself'),
  'committeeAccount.setSpendingLimit': moves(T.CommitteeAccount, 'the book itself'),
  'committeeAccount.proposeTerms': moves(T.CommitteeAccount, 'a book reads its pending terms'),
  'committeeAccountTerms.*': moves(T.CommitteeAccount, 'the book’s terms and their proposals'),
  'accountPeriod.*': moves(T.CommitteeAccount, 'a book reads its quarters'),
  'accountEntry.create': moves(T.CommitteeAccount, 'a book reads its entries'),
  'accountEntry.signOff': moves(T.CommitteeAccount, 'a book reads its entries'),
  'accountEntry.refuseSignOff': moves(T.CommitteeAccount, 'a book reads its entries and what they count for'),
  'accountEntry.addVoucher': moves(T.CommitteeAccount, 'a book reads its entries’ vouchers'),

  // not fed: no record of the feed shows them
  'ownerRoll.import': none('the owner roll is personal data, read through its own lists, never fed; one import would be thousands of events'),
  'owner.create': none('owners are personal data, not fed'),
  'owner.update': none('owners are personal data, not fed'),
  'unit.create': none('units belong to the owner roll, not fed'),
  'unit.update': none('units belong to the owner roll, not fed'),
  'unit.remove': none('units belong to the owner roll, not fed'),
  'redBlackList.publish': none('the list is its own record, not fed; the firms it places change (firm.redBlackPlaced)'),
  'assessment.*': none('assessments are read through their own list, not fed; the published list changes firms'),
  'assessment.create': none('assessments are read through their own list, not fed'),
  'assessment.score': none('assessments are read through their own list, not fed'),
  'assessmentScheme.*': none('a scheme is configuration, not fed'),
  'campaign.create': none('a campaign is configuration, read through its own list, not fed'),
  'campaign.update': none('a campaign is configuration, read through its own list, not fed'),
  'campaign.conclude': none('a campaign is configuration, read through its own list, not fed'),
  'campaignReport.create': none('campaign reports are read through their own list (updatedAfter), not fed'),
  'campaignReport.update': none('campaign reports are read through their own list (updatedAfter), not fed'),
  'campaignReport.verify': none('campaign reports are read through their own list (updatedAfter), not fed'),
  'checklist.publish': none('a checklist is configuration, not fed'),
  'checklistDraft.create': none('a draft checklist is configuration, not fed'),
  'checklistDraft.update': none('a draft checklist is configuration, not fed'),
  'checklistDraft.publish': none('a draft checklist is configuration, not fed'),
  'holidayNotice.enter': none('the holiday calendar is configuration; filings whose due dates move change (committeeFiling.recomputeDue)'),
  'holidayNotice.replace': none('the holiday calendar is configuration; filings whose due dates move change (committeeFiling.recomputeDue)'),
  'apiToken.create': none('tokens are administration, not fed'),
  'apiToken.revoke': none('tokens are administration, not fed'),
  'apiToken.rateLimit': none('tokens are administration, not fed'),
  'webhook.create': none('endpoints are administration, not fed'),
  'webhook.delete': none('endpoints are administration, not fed'),
  'webhook.pause': none('endpoints are administration, not fed'),
  'webhook.resume': none('endpoints are administration, not fed'),
  'session.login': none('sign-ins are not records'),
  'session.login_failed': none('sign-ins are not records'),
  'session.logout': none('sign-ins are not records'),
  'user.bootstrap': none('users are administration, not fed'),
  'user.create': none('users are administration, not fed'),
  'user.update': none('users are administration, not fed'),
  'user.update+password': none('users are administration, not fed'),
  'user.retireDemo': none('users are administration, not fed'),
  'accountChange.*': none('an account change waiting for a second admin is administration, not fed'),
  'user.jurisdiction': none('users are administration, not fed'),
  'user.password_change': none('users are administration, not fed'),
  'user.password_change_failed': none('users are administration, not fed'),
};

/** The decision for an action: its own, or its lifecycle's (`subject.*`); undefined when none was made. */
export function versionDecision(action: string): VersionDecision | undefined {
  return VERSION_DECISIONS[action] ?? VERSION_DECISIONS[`${action.split('.')[0]}.*`];
}
