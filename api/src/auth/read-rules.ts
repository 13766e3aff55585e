import { Policies, Policy } from './policies';

/**
 * Who may read an object of a type, whatever path reaches it (docs/roles-and-workflows.md#policies): a root
 * field's own policy admits the caller to the operation; every other field that returns an object is checked
 * against the rule of the type it returns (auth/read-guard.ts), and the audit log shows an event only to those
 * who may read its subject.
 */
export interface ReadRule {
  policy: Policy;
  /**
   * Row-level reading (officers' jurisdiction, the audit log's subjects):
   * - 'estate': the row carries `estateId`; reached from a type without a row rule, rows outside the reader's
   *   jurisdiction are left out (a single one becomes null);
   * - 'parent': rows are narrowed where they are listed (the root queries' services) or belong to a parent that
   *   is itself row-checked; a field reaching them from anywhere else is refused when the schema is built.
   */
  rows?: 'estate' | 'parent';
}

const registry: ReadRule = { policy: Policies.registryRead };
const places: ReadRule = { policy: Policies.placesRead };
/** election data (owner rolls, elections, committees, resolutions), narrowed to an officer's subdistricts */
const onEstate: ReadRule = { policy: Policies.electionsRead, rows: 'estate' };
const ofElectionData: ReadRule = { policy: Policies.electionsRead, rows: 'parent' };
const admin: ReadRule = { policy: Policies.administer };
/** the dashboard is for people who follow the whole city's registry (officers do not read it) */
const dashboard: ReadRule = { policy: Policies.dashboardRead };
const cityElections: ReadRule = { policy: Policies.electionsRead };
const imports: ReadRule = { policy: Policies.imports };

/** GraphQL object type → its rule; a type missing here fails the schema's build (deny by default). */
export const READ_RULES: Readonly<Record<string, ReadRule>> = {
  // the registry
  Firm: registry,
  FirmList: registry,
  Project: registry,
  ProjectList: registry,
  // party organisations of firms and estates (红色物业): registry facts, no personal data
  PartyOrganisation: registry,
  PartyOrganisationList: registry,
  // five-party meetings (五方会谈): every registry reader, officers only in their subdistricts (the estate's rows)
  FivePartyMeeting: { policy: Policies.registryRead, rows: 'estate' },
  FivePartyMeetingList: { policy: Policies.registryRead, rows: 'parent' },
  FivePartyParticipant: { policy: Policies.registryRead, rows: 'parent' },
  FivePartyIssue: { policy: Policies.registryRead, rows: 'estate' },
  FivePartyFollowUp: { policy: Policies.registryRead, rows: 'estate' },
  FivePartyCorrection: { policy: Policies.registryRead, rows: 'parent' },
  // rectification campaigns: their configuration and totals for every registry reader (officers' totals: their
  // subdistricts, narrowed by the service); estates' reports as the estate's rows
  Campaign: registry,
  CampaignList: registry,
  CampaignMeasure: registry,
  CampaignTotals: registry,
  MeasureTotal: registry,
  CampaignReport: { policy: Policies.registryRead, rows: 'estate' },
  CampaignReportList: { policy: Policies.registryRead, rows: 'parent' },
  ReportedQuantity: { policy: Policies.registryRead, rows: 'parent' },
  // places: the registry's and the elections' common ground
  District: places,
  DistrictList: places,
  Subdistrict: places,
  SubdistrictList: places,
  Community: places,
  CommunityList: places,
  Estate: places,
  EstateList: places,
  // a designation is a public honour of the estate, read wherever the estate is
  DemonstrationDesignation: places,
  // owner rolls, elections, resolutions, committees
  Owner: onEstate,
  Unit: onEstate,
  Election: onEstate,
  Resolution: onEstate,
  Committee: onEstate,
  OwnerList: ofElectionData,
  UnitList: ofElectionData,
  Ownership: ofElectionData,
  OwnerRollSummary: ofElectionData,
  ElectionList: ofElectionData,
  ElectionPhaseDates: ofElectionData,
  ElectionStep: ofElectionData,
  ElectionTally: ofElectionData,
  CandidateTally: ofElectionData,
  SlateWarning: ofElectionData,
  TallyIssue: ofElectionData,
  TieSettlement: ofElectionData,
  ResolutionList: ofElectionData,
  ResolutionTally: ofElectionData,
  ChoiceCounts: ofElectionData,
  VoteTotals: ofElectionData,
  DeemedVotes: ofElectionData,
  ThresholdCheck: ofElectionData,
  AreaCheck: ofElectionData,
  HeadcountCheck: ofElectionData,
  Fraction: ofElectionData,
  Ballot: ofElectionData,
  ResolutionBallot: ofElectionData,
  // the record of a vote (roll fixed at opening, ballots, result, seal): read with its election or resolution
  VoteRecord: ofElectionData,
  Candidate: ofElectionData,
  EligibilityCheck: ofElectionData,
  RegisterFinding: ofElectionData,
  Objection: ofElectionData,
  CommitteeList: ofElectionData,
  CommitteeMember: ofElectionData,
  CommitteeFiling: ofElectionData,
  CommitteeFilingList: ofElectionData,
  FilingMaterial: ofElectionData,
  // the estates' money: the small-repair fund and the committee's book, read like the estate's other records
  RepairFund: onEstate,
  RepairFundWithdrawal: onEstate,
  CommitteeAccount: onEstate,
  AccountPeriod: onEstate,
  AccountEntry: onEstate,
  // a proposal of looser terms or an upward correction is read with its book or fund (docs/roles-and-workflows.md#money-proposals)
  CommitteeAccountTermsProposal: onEstate,
  RepairFundTermsProposal: onEstate,
  RepairFundCorrectionProposal: onEstate,
  RepairFundRefundProposal: onEstate,
  RepairFundList: ofElectionData,
  RepairFundTerms: ofElectionData,
  RepairFundAccrual: ofElectionData,
  RepairFundCorrection: ofElectionData,
  RepairFundRefund: ofElectionData,
  RepairFundStatement: ofElectionData,
  WithdrawalCategoryTotal: ofElectionData,
  RepairFundWithdrawalList: ofElectionData,
  CommitteeAccountList: ofElectionData,
  AccountPeriodList: ofElectionData,
  AccountEntryList: ofElectionData,
  AccountVoucher: ofElectionData,
  AccountStatement: ofElectionData,
  // a published quarter's totals are the owners' to read, signed in or not (no entry, person or file in it)
  PublicAccountStatement: { policy: Policies.anonymous },
  StatementLine: { policy: Policies.anonymous },
  // the owners' index and the statements that can no longer move: names of estates and projects, totals only
  PublicAccountYearStatement: { policy: Policies.anonymous },
  PublicRepairFundStatement: { policy: Policies.anonymous },
  PublicStatementEstate: { policy: Policies.anonymous },
  PublicStatementEstateList: { policy: Policies.anonymous },
  PublicBookQuarter: { policy: Policies.anonymous },
  PublicFundPeriod: { policy: Policies.anonymous },
  PublicFundStatements: { policy: Policies.anonymous },
  // who voted: for the officers entering ballots only
  VotingPerson: { policy: Policies.electionsRun, rows: 'parent' },
  VotingPersonPage: { policy: Policies.electionsRun, rows: 'parent' },
  // the checklist is the city's, the same for every estate
  ChecklistVersion: cityElections,
  ChecklistItemType: cityElections,
  // drafts of the next checklist are the admin's until published
  ChecklistDraft: admin,
  // the holiday calendar: the law's days and the State Council's notices, public facts for every signed-in user
  HolidayCalendarYear: { policy: Policies.signedIn },
  HolidayCalendarDay: { policy: Policies.signedIn },
  StatutoryHoliday: { policy: Policies.signedIn },
  HolidayNotice: { policy: Policies.signedIn },
  HolidayNoticeDay: { policy: Policies.signedIn },
  HolidayNoticeResult: admin,
  // assessments: officers in their subdistricts; the scheme is the city's, the same everywhere
  AssessmentScheme: { policy: Policies.assessmentsRead },
  AssessmentSchemeItem: { policy: Policies.assessmentsRead },
  CategoryMaximum: { policy: Policies.assessmentsRead },
  Assessment: { policy: Policies.assessmentsRead, rows: 'estate' },
  AssessmentList: { policy: Policies.assessmentsRead, rows: 'parent' },
  AssessmentItem: { policy: Policies.assessmentsRead, rows: 'parent' },
  QuarterRanking: { policy: Policies.assessmentsCity },
  RankingRow: { policy: Policies.assessmentsCity },
  // a published red/black list is public: only what the list states (names, scores, places), no ids of records
  RedBlackList: { policy: Policies.publicRead },
  RedBlackEntry: { policy: Policies.publicRead },
  RedBlackCategoryCount: { policy: Policies.publicRead },
  RedBlackListList: { policy: Policies.publicRead },
  AssessmentOverview: dashboard,
  // the dashboard
  Dashboard: dashboard,
  FilingProgress: dashboard,
  DistrictFilingCount: dashboard,
  WaitingFiling: dashboard,
  ElectionsOverview: cityElections,
  PhaseCount: cityElections,
  OverdueCommitteeFiling: cityElections,
  // the committee books are read by those who read elections (the dashboard leaves it null for clerks)
  StatementsOverview: cityElections,
  LateStatementBook: cityElections,
  DemonstrationOverview: dashboard,
  // imports: the report of the caller's own file
  ImportReport: imports,
  ImportRowReport: imports,
  ImportFieldError: imports,
  OpenVote: imports,
  ImportErrorFile: imports,
  ImportProgress: imports,
  // accounts and the audit log
  LoginResult: { policy: Policies.anonymous },
  User: admin,
  AccountChangeProposal: admin,
  UserList: admin,
  AccountChangeProposalList: admin,
  ApiToken: admin,
  ApiTokenUsage: admin,
  CreatedApiToken: admin,
  // webhooks: an admin registers them for an integrator's token, and reads their delivery log
  WebhookEndpoint: admin,
  CreatedWebhookEndpoint: admin,
  WebhookDelivery: admin,
  WebhookDeliveryList: admin,
  AuditEvent: { policy: Policies.auditRead, rows: 'parent' },
  AuditPerson: { policy: Policies.auditRead, rows: 'parent' },
  // the audit chain's check and anchors are the admin's
  AuditChainVerification: admin,
  AuditAnchor: admin,
  // the change feed names records, never their content; the service narrows by scope and jurisdiction
  ChangeEvent: { policy: Policies.changeFeed, rows: 'parent' },
  ChangePage: { policy: Policies.changeFeed, rows: 'parent' },
  ChangeFeedHead: { policy: Policies.changeFeed, rows: 'parent' },
  AuditEventList: { policy: Policies.auditRead, rows: 'parent' },
};

export function readRuleOf(typeName: string): ReadRule | undefined {
  return Object.prototype.hasOwnProperty.call(READ_RULES, typeName) ? READ_RULES[typeName] : undefined;
}
