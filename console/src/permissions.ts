import serverPolicies from '../../schema/policies.json';
import type { SessionUser } from './session';

type Role = SessionUser['role'];

/** A query or mutation of the API (schema/policies.json names the policy of each). */
export type Operation = keyof typeof serverPolicies.Query | keyof typeof serverPolicies.Mutation;
type PolicyName = keyof typeof serverPolicies.policies;

/**
 * What a console action needs: the operations its screen calls, and — where a service admits by a policy of its
 * own — that policy (the import mutations admit clerks, registrars and officers; the service then admits
 * filings to registryWrite and owner rolls to electionsRun).
 */
export interface Gate {
  calls: readonly Operation[];
  service?: PolicyName;
}

const calls = (...operations: Operation[]): Gate => ({ calls: operations });
/** Reading a resource: its list (and the CSV export of it) and, when it has one, its single record. */
const reading = (list: Operation, one?: Operation): Record<string, Gate> => ({ list: calls(list), export: calls(list), ...(one ? { show: calls(one) } : {}) });
const importing = (service: PolicyName): Gate => ({ calls: ['previewImport', 'runImport'], service });

/**
 * The console's actions and the API operations behind each. Which roles may take an action is not written
 * here: it is what the server's policies (schema/policies.json, emitted from api/src/auth/policies.ts by
 * `npm run schema`) admit for all of its calls, so menus and buttons follow the server; the server still
 * checks every call, and row by row (jurisdiction, maker-checker).
 */
export const GATES: Record<string, Record<string, Gate>> = {
  firms: {
    ...reading('firms', 'firm'),
    create: calls('createFirm'),
    edit: calls('updateFirm'),
    submit: calls('submitFirm'),
    approve: calls('approveFirm'),
    return: calls('returnFirm'),
    revoke: calls('revokeFirm'),
    import: importing('registryWrite'),
  },
  projects: {
    ...reading('projects', 'project'),
    create: calls('createProject'),
    edit: calls('updateProject'),
    submit: calls('submitProject'),
    approve: calls('approveProject'),
    return: calls('returnProject'),
    revoke: calls('revokeProject'),
    import: importing('registryWrite'),
  },
  estates: {
    ...reading('estates', 'estate'),
    create: calls('createEstate'),
    edit: calls('updateEstate'),
    designate: calls('designateDemonstrationEstate'),
    withdrawDesignation: calls('withdrawDemonstrationDesignation'),
  },
  users: { ...reading('users', 'user'), create: calls('createUser'), edit: calls('updateUser') },
  // account changes waiting for a second admin, all in one place (roles-and-workflows.md#account-dual-control)
  accountChanges: { list: calls('accountChangeProposals'), decide: calls('confirmAccountChange', 'refuseAccountChange', 'withdrawAccountChange') },
  auditEvents: { list: calls('auditEvents'), export: calls('auditEvents') },
  // the eligibility checklist: its versions for everyone who follows elections, drafts and publishing for the admin
  checklists: { list: calls('checklistVersions'), draft: calls('checklistDrafts', 'createChecklistDraft', 'updateChecklistDraft'), publish: calls('publishChecklistDraft') },
  dashboard: { show: calls('dashboard') },
  // 'create' opens the import page; the kinds say what the role may import there
  imports: { create: calls('previewImport'), FIRMS: importing('registryWrite'), PROJECTS: importing('registryWrite'), OWNER_ROLL: importing('electionsRun') },
  elections: {
    ...reading('elections', 'election'),
    create: calls('createElection'),
    edit: calls('updateElection'),
    move: calls('moveElection'),
    settleTie: calls('settleTieAtLastSeat'),
    confirmTie: calls('confirmTieSettlement'),
    nominate: calls('nominateCandidate'),
    ballot: calls('votingPersons', 'recordBallot'),
  },
  // resolutions are created and moved, never edited; their ballots are entered by owner
  resolutions: { ...reading('resolutions', 'resolution'), create: calls('createResolution'), move: calls('moveResolution'), ballot: calls('owners', 'recordResolutionBallot') },
  candidates: { show: calls('candidate'), review: calls('recordEligibilityCheck'), object: calls('fileObjection', 'resolveObjection') },
  owners: { list: calls('owners') },
  ownerRoll: { show: calls('ownerRoll'), import: importing('electionsRun'), removeUnit: calls('units', 'removeUnit') },
  // a committee elected outside the system is registered by the officer (its establishment filing opens with it)
  committees: { ...reading('committees', 'committee'), create: calls('registerCommittee'), members: calls('setCommitteeMembers') },
  committeeFilings: {
    ...reading('committeeFilings', 'committeeFiling'),
    submit: calls('submitCommitteeFiling'),
    approve: calls('approveCommitteeFiling'),
    return: calls('returnCommitteeFiling'),
    revoke: calls('revokeCommitteeFiling'),
    upload: calls('addFilingMaterial', 'removeFilingMaterial'),
    // the materials name owners: the street office and the registrar deciding the filing download them, the others read their list
    download: calls('filingMaterialContent'),
  },
  // the small-repair fund: officers post and correct months, request and decide withdrawals (never their own: the server checks) and refund approved ones
  repairFunds: {
    ...reading('repairFunds', 'repairFund'),
    create: calls('openRepairFund'),
    accrue: calls('postRepairFundAccrual'),
    // a correction adding money and new terms wait for another officer's decision (never the proposer's: the server checks)
    correct: calls('postRepairFundCorrection', 'decideRepairFundCorrection', 'decideRepairFundTerms'),
    refund: calls('postRepairFundRefund'),
    withdraw: calls('requestRepairFundWithdrawal'),
    decide: calls('moveRepairFundWithdrawal'),
  },
  // a committee's book: officers book for the committee, sign off, close, countersign and publish quarters
  committeeAccounts: {
    ...reading('committeeAccounts', 'committeeAccount'),
    create: calls('openCommitteeAccount'),
    book: calls('addAccountEntry', 'signOffAccountEntry', 'addAccountVoucher'),
    move: calls('moveAccountPeriod'),
    terms: calls('setCommitteeAccountTerms', 'decideCommitteeAccountTerms'),
  },
  // party organisations: registry clerks and registrars keep them, every registry reader lists them
  partyOrganisations: { ...reading('partyOrganisations', 'partyOrganisation'), create: calls('createPartyOrganisation'), edit: calls('updatePartyOrganisation') },
  // five-party meetings: officers record them and move their issues and follow-ups on (in their subdistricts: the server checks)
  fivePartyMeetings: {
    ...reading('fivePartyMeetings', 'fivePartyMeeting'),
    create: calls('createFivePartyMeeting'),
    edit: calls('updateFivePartyMeeting'),
    resolve: calls('resolveMeetingIssue'),
    complete: calls('completeMeetingFollowUp'),
    correct: calls('correctMeetingIssue', 'correctMeetingFollowUp'),
  },
  // rectification campaigns: the registrar sets and closes them; officers report estates' work and verify each other's (the server checks who)
  campaigns: { ...reading('campaigns', 'campaign'), create: calls('createCampaign'), edit: calls('updateCampaign'), close: calls('closeCampaign'), report: calls('reportCampaignProgress'), verify: calls('verifyCampaignReport') },
  campaignReports: { list: calls('campaignReports') },
  // the holiday calendar: everyone reads it (deadlines rest on it); an admin enters the yearly notice
  holidays: { show: calls('holidayCalendar'), edit: calls('setHolidayNotice') },
  // integrator tokens and their webhooks: the admin's (README "Webhooks and rate limits")
  apiTokens: {
    list: calls('apiTokens'),
    create: calls('createApiToken'),
    revoke: calls('revokeApiToken'),
    rateLimit: calls('setApiTokenRateLimit'),
    webhooks: calls('webhookEndpoints', 'webhookDeliveries', 'createWebhookEndpoint', 'pauseWebhookEndpoint', 'resumeWebhookEndpoint', 'deleteWebhookEndpoint'),
  },
  // assessments: officers score in their subdistricts, registrars review; the lists are public
  assessments: {
    ...reading('assessments', 'assessment'),
    create: calls('createAssessment'),
    score: calls('scoreAssessment', 'submitAssessment'),
    review: calls('reviewAssessment', 'returnAssessment'),
  },
  assessmentSchemes: { list: calls('assessmentSchemes'), show: calls('assessmentScheme'), create: calls('createAssessmentScheme'), publish: calls('publishAssessmentScheme') },
  redBlackLists: { show: calls('quarterRanking'), publish: calls('publishRedBlackList') },
  districts: reading('districts', 'district'),
  subdistricts: reading('subdistricts', 'subdistrict'),
  communities: reading('communities', 'community'),
};

const OPERATION_POLICIES: Record<string, PolicyName> = { ...serverPolicies.Query, ...serverPolicies.Mutation } as Record<Operation, PolicyName>;

/** Whether the server's policy of this operation (or this policy, by name) admits a signed-in person of the role. */
export function serverAdmits(role: Role, required: { operation: Operation } | { policy: PolicyName }): boolean {
  const policy = 'policy' in required ? required.policy : OPERATION_POLICIES[required.operation];
  const roles: readonly string[] = policy ? serverPolicies.policies[policy].roles : [];
  return roles.includes(role);
}

/** A filing's content changes only while the clerk holds it (DRAFT or RETURNED), as on the server. */
const EDITABLE = ['DRAFT', 'RETURNED'];
/** No move leads out of these, and nothing is edited in them. */
export const FINAL_ELECTION_PHASES = ['CERTIFIED', 'CANCELLED'];

export function canAccess(role: Role | undefined, resource: string, action: string, record?: Record<string, unknown>): boolean {
  if (!role) return false;
  const gate = GATES[resource]?.[action];
  if (!gate) return false;
  if (!gate.calls.every((operation) => serverAdmits(role, { operation }))) return false;
  if (gate.service && !serverAdmits(role, { policy: gate.service })) return false;
  if (action === 'edit' && typeof record?.filingStatus === 'string') return EDITABLE.includes(record.filingStatus);
  if (action === 'edit' && resource === 'elections' && typeof record?.phase === 'string') return !FINAL_ELECTION_PHASES.includes(record.phase);
  // a closed campaign changes no more (CAMPAIGN_CLOSED)
  if (action === 'edit' && resource === 'campaigns' && typeof record?.status === 'string') return record.status === 'OPEN';
  if (action === 'upload' && typeof record?.filingStatus === 'string') return EDITABLE.includes(record.filingStatus);
  return true;
}
