/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AccountEntryFilter = {
  /** entries waiting for the community’s sign-off */
  awaitingSignOff?: boolean | null | undefined;
  category?: string | null | undefined;
  direction?: EntryDirection | null | undefined;
  estateId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  periodId?: string | number | null | undefined;
};

export type AccountEntryInput = {
  accountId: string | number;
  /** 元, more than zero; a correction may be negative (it takes back part of what it corrects); at most two decimals */
  amount: string;
  /** an IncomeCategory for income, a SpendingCategory for spending */
  category: string;
  /** the entry this one corrects (of a closed quarter, typically) */
  correctsEntryId?: string | number | null | undefined;
  counterparty: string;
  description?: string;
  direction: EntryDirection;
  /** the committee member entering it (a member of the estate’s sitting committee) */
  enteredByMemberId: string | number;
  occurredOn: string;
  /** the passed owners’ resolution, for spending above the limit */
  resolutionId?: string | number | null | undefined;
};

export type AccountEntryListOptions = {
  /** Keyset cursor: the `nextCursor` of the previous page, for stable sync. */
  after?: string | null | undefined;
  filter?: AccountEntryFilter | null | undefined;
  /** Rows to skip; ignored when `after` is given. */
  skip?: number | null | undefined;
  sort?: AccountEntrySort | null | undefined;
  /** Page size, 25 by default, capped by the server. */
  take?: number | null | undefined;
};

export type AccountEntrySort = {
  direction?: SortDirection;
  field: AccountEntrySortField;
};

export type AccountEntrySortField =
  | 'ID'
  | 'OCCURRED_ON'
  | 'UPDATED_AT';

export type AccountPeriodAction =
  | 'CLOSE'
  | 'COUNTERSIGN'
  | 'PUBLISH'
  | 'RETURN';

export type AccountPeriodFilter = {
  accountId?: string | number | null | undefined;
  estateId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  status?: AccountPeriodStatus | null | undefined;
  year?: number | null | undefined;
};

export type AccountPeriodListOptions = {
  /** Keyset cursor: the `nextCursor` of the previous page, for stable sync. */
  after?: string | null | undefined;
  filter?: AccountPeriodFilter | null | undefined;
  /** Rows to skip; ignored when `after` is given. */
  skip?: number | null | undefined;
  sort?: AccountPeriodSort | null | undefined;
  /** Page size, 25 by default, capped by the server. */
  take?: number | null | undefined;
};

export type AccountPeriodSort = {
  direction?: SortDirection;
  field: AccountPeriodSortField;
};

export type AccountPeriodSortField =
  | 'ID'
  | 'UPDATED_AT';

/** 记账中 / 业委会已结账 / 社区已会签 / 已公开 */
export type AccountPeriodStatus =
  | 'CLOSED'
  | 'COUNTERSIGNED'
  | 'OPEN'
  | 'PUBLISHED';

export type ApiTokenInput = {
  expiresInDays?: number | null | undefined;
  /** The integrating system, e.g. 市物业监管平台 */
  name: string;
  /** requests a minute; leave out for the server's default */
  rateLimitPerMinute?: number | null | undefined;
  scopes: Array<Scope>;
};

/** 不动产登记 / 测绘 / 购房合同 */
export type AreaSource =
  | 'CONTRACT'
  | 'REGISTER'
  | 'SURVEY';

/** 区县建设局 / 街道 / 社区 / 业委会 */
export type AssessingBody =
  | 'COMMITTEE'
  | 'COMMUNITY'
  | 'DISTRICT_BUREAU'
  | 'STREET_OFFICE';

export type AssessmentAction =
  | 'PUBLISH'
  | 'RETURN'
  | 'REVIEW'
  | 'SUBMIT';

export type AssessmentFilter = {
  category?: EstateCategory | null | undefined;
  /** 区县 */
  districtId?: string | number | null | undefined;
  estateId?: string | number | null | undefined;
  firmId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  projectId?: string | number | null | undefined;
  quarter?: string | null | undefined;
  state?: AssessmentState | null | undefined;
  /** 街道 / 乡镇 */
  subdistrictId?: string | number | null | undefined;
  /** changed after this instant (for sync) */
  updatedAfter?: string | null | undefined;
};

export type AssessmentInput = {
  assessingBody: AssessingBody;
  projectId: string | number;
  /** e.g. 2026-Q3 */
  quarter: string;
};

export type AssessmentListOptions = {
  /** Keyset cursor: the `nextCursor` of the previous page, for stable sync. */
  after?: string | null | undefined;
  filter?: AssessmentFilter | null | undefined;
  /** Rows to skip; ignored when `after` is given. */
  skip?: number | null | undefined;
  sort?: AssessmentSort | null | undefined;
  /** Page size, 25 by default, capped by the server. */
  take?: number | null | undefined;
};

export type AssessmentSchemeInput = {
  /** percent of each category on the black list */
  blackSharePercent: number;
  items: Array<AssessmentSchemeItemInput>;
  /** years after delivery from which an estate is MATURE */
  matureAfterYears: number;
  /** percent of each category on the red list */
  redSharePercent: number;
  /** where the items come from, e.g. the authority’s notice */
  source: string;
  title: string;
};

export type AssessmentSchemeItemInput = {
  categories: Array<EstateCategory>;
  /** UPPER_SNAKE_CASE, stable while the meaning stays */
  key: string;
  /** whole points */
  maxScore: number;
  titleEn: string;
  titleZh: string;
};

export type AssessmentSchemeState =
  | 'DRAFT'
  | 'PUBLISHED';

export type AssessmentSort = {
  direction?: SortDirection;
  field: AssessmentSortField;
};

export type AssessmentSortField =
  | 'ID'
  | 'QUARTER'
  | 'TOTAL'
  | 'UPDATED_AT';

/** scored → submitted → reviewed by the city → published with the quarter’s list (locked) */
export type AssessmentState =
  | 'DRAFT'
  | 'PUBLISHED'
  | 'RETURNED'
  | 'REVIEWED'
  | 'SUBMITTED';

export type AuditEventFilter = {
  action?: string | null | undefined;
  actorId?: string | number | null | undefined;
  /** on or after this day (China time) */
  atFrom?: string | null | undefined;
  /** on or before this day (China time) */
  atTo?: string | null | undefined;
  entityId?: string | number | null | undefined;
  /** e.g. Firm, Project, User */
  entityType?: string | null | undefined;
};

export type AuditEventListOptions = {
  /** Keyset cursor: the `nextCursor` of the previous page, for stable sync. */
  after?: string | null | undefined;
  filter?: AuditEventFilter | null | undefined;
  /** Rows to skip; ignored when `after` is given. */
  skip?: number | null | undefined;
  sort?: AuditEventSort | null | undefined;
  /** Page size, 25 by default, capped by the server. */
  take?: number | null | undefined;
};

export type AuditEventSort = {
  direction?: SortDirection;
  field: AuditEventSortField;
};

export type AuditEventSortField =
  | 'ID';

export type BallotInput = {
  /** approved candidates, at most the seats; none is a blank ballot */
  choices: Array<string | number>;
  /** the ballot of the developer’s unsold units (one person) */
  developer?: boolean;
  method: VotingMethod;
  /** the voting owner; leave out with developer: true */
  ownerId?: string | number | null | undefined;
};

/** 计费方式: 包干制 / 酬金制 */
export type BillingModel =
  | 'COMMISSION'
  | 'LUMP_SUM';

export type CampaignFilter = {
  ids?: Array<string | number> | null | undefined;
  /** part of the name */
  q?: string | null | undefined;
  status?: CampaignStatus | null | undefined;
  /** changed after this instant (for sync) */
  updatedAfter?: string | null | undefined;
  year?: number | null | undefined;
};

export type CampaignInput = {
  description?: string | null | undefined;
  endsOn: string;
  /** replaced as a whole; only while no estate has reported */
  measures: Array<CampaignMeasureInput>;
  name: string;
  startsOn: string;
  year: number;
};

export type CampaignListOptions = {
  /** Keyset cursor: the `nextCursor` of the previous page, for stable sync. */
  after?: string | null | undefined;
  filter?: CampaignFilter | null | undefined;
  /** Rows to skip; ignored when `after` is given. */
  skip?: number | null | undefined;
  sort?: CampaignSort | null | undefined;
  /** Page size, 25 by default, capped by the server. */
  take?: number | null | undefined;
};

/** one thing a campaign measures */
export type CampaignMeasureInput = {
  bound?: MeasureBound | null | undefined;
  /** 2–40 capital letters, digits or _, e.g. FLOOD_BARRIERS */
  code: string;
  kind: MeasureKind;
  labelEn: string;
  labelZh: string;
  /** e.g. 块, 根, 平方米, 部, 个 */
  unit: string;
};

export type CampaignReportFilter = {
  campaignId?: string | number | null | undefined;
  /** 区县 */
  districtId?: string | number | null | undefined;
  estateId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  /** true: the reports in force (not corrected by a verified report); false: those corrected */
  inForce?: boolean | null | undefined;
  status?: CampaignReportStatus | null | undefined;
  /** 街道 / 乡镇 */
  subdistrictId?: string | number | null | undefined;
  /** changed after this instant (for sync) */
  updatedAfter?: string | null | undefined;
};

export type CampaignReportInput = {
  campaignId: string | number;
  /** the day the work was completed, within the campaign */
  completedOn: string;
  /** the verified report of the estate this one corrects */
  correctsId?: string | number | null | undefined;
  estateId: string | number;
  note?: string | null | undefined;
  /** every measure of the campaign once (0 for none) */
  quantities: Array<ReportedQuantityInput>;
};

export type CampaignReportListOptions = {
  /** Keyset cursor: the `nextCursor` of the previous page, for stable sync. */
  after?: string | null | undefined;
  filter?: CampaignReportFilter | null | undefined;
  /** Rows to skip; ignored when `after` is given. */
  skip?: number | null | undefined;
  sort?: CampaignReportSort | null | undefined;
  /** Page size, 25 by default, capped by the server. */
  take?: number | null | undefined;
};

export type CampaignReportSort = {
  direction?: SortDirection;
  field: CampaignReportSortField;
};

export type CampaignReportSortField =
  | 'COMPLETED_ON'
  | 'ID'
  | 'UPDATED_AT';

/** SUBMITTED by an officer; VERIFIED by another, then locked */
export type CampaignReportStatus =
  | 'SUBMITTED'
  | 'VERIFIED';

export type CampaignSort = {
  direction?: SortDirection;
  field: CampaignSortField;
};

export type CampaignSortField =
  | 'ID'
  | 'NAME'
  | 'STARTS_ON'
  | 'UPDATED_AT';

/** OPEN: estates report; CLOSED: no new report */
export type CampaignStatus =
  | 'CLOSED'
  | 'OPEN';

/** Registry types need REGISTRY_READ, election types ELECTIONS_READ. */
export type ChangeEntityType =
  | 'Candidate'
  | 'Committee'
  /** a committee’s book, its quarters and its entries, whose changes name the book (elections) */
  | 'CommitteeAccount'
  | 'CommitteeFiling'
  | 'Election'
  | 'Estate'
  | 'Firm'
  /** a five-party meeting, its issues and its follow-ups, whose changes name the meeting (registry; officers: their jurisdiction) */
  | 'FivePartyMeeting'
  /** a party organisation of a firm or an estate (registry) */
  | 'PartyOrganisation'
  | 'Project'
  /** a small-repair fund and its withdrawals, whose changes name the fund (elections) */
  | 'RepairFund'
  | 'Resolution';

/** MUST (必备) / DISQUALIFYING (不能) / UNSUITABLE (不宜) */
export type CheckKind =
  | 'DISQUALIFYING'
  | 'MUST'
  | 'UNSUITABLE';

export type CheckResult =
  | 'FAIL'
  | 'PASS'
  | 'PENDING';

export type ChecklistDraftAction =
  | 'EDIT'
  | 'PUBLISH';

export type ChecklistInput = {
  items: Array<ChecklistItemInput>;
  /** where the wording comes from, e.g. the authority’s notice */
  source: string;
  title: string;
};

export type ChecklistItemInput = {
  /** UPPER_SNAKE_CASE, stable while the meaning stays */
  key: string;
  kind: CheckKind;
  suggestedReviewers: Array<ReviewingBody>;
  titleEn: string;
  titleZh: string;
};

export type CommitteeAccountFilter = {
  estateId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  /** books with a late statement: OVERDUE, or UNPUBLISHED and none overdue (docs/domain-rules.md#statement-due) */
  statementLag?: StatementLag | null | undefined;
};

export type CommitteeAccountListOptions = {
  /** Keyset cursor: the `nextCursor` of the previous page, for stable sync. */
  after?: string | null | undefined;
  filter?: CommitteeAccountFilter | null | undefined;
  /** Rows to skip; ignored when `after` is given. */
  skip?: number | null | undefined;
  sort?: CommitteeAccountSort | null | undefined;
  /** Page size, 25 by default, capped by the server. */
  take?: number | null | undefined;
};

export type CommitteeAccountSort = {
  direction?: SortDirection;
  field: CommitteeAccountSortField;
};

export type CommitteeAccountSortField =
  | 'ID'
  | 'UPDATED_AT';

export type CommitteeAccountTermsInput = {
  /** 元: spending above it needs the owners’ resolution and the community’s sign-off; at most two decimals */
  spendingLimit: string;
  /** days after a quarter ends within which its statement is due (docs/domain-rules.md#statement-due) */
  statementDueDays: number;
};

export type CommitteeFilingFilter = {
  committeeId?: string | number | null | undefined;
  /** 区县 */
  districtId?: string | number | null | undefined;
  estateId?: string | number | null | undefined;
  filingStatus?: FilingStatus | null | undefined;
  ids?: Array<string | number> | null | undefined;
  /** still with the street office after the 30-day deadline */
  overdue?: boolean | null | undefined;
  /** 街道 / 乡镇 */
  subdistrictId?: string | number | null | undefined;
  /** changed after this instant (for sync) */
  updatedAfter?: string | null | undefined;
};

/** 成立备案 / 变更备案 */
export type CommitteeFilingKind =
  | 'CHANGE'
  | 'ESTABLISHMENT';

export type CommitteeFilingListOptions = {
  /** Keyset cursor: the `nextCursor` of the previous page, for stable sync. */
  after?: string | null | undefined;
  filter?: CommitteeFilingFilter | null | undefined;
  /** Rows to skip; ignored when `after` is given. */
  skip?: number | null | undefined;
  sort?: CommitteeFilingSort | null | undefined;
  /** Page size, 25 by default, capped by the server. */
  take?: number | null | undefined;
};

export type CommitteeFilingSort = {
  direction?: SortDirection;
  field: CommitteeFilingSortField;
};

export type CommitteeFilingSortField =
  | 'DUE_ON'
  | 'ID'
  | 'UPDATED_AT'
  | 'WORK_ORDER';

export type CommitteeFilter = {
  /** only committees whose term covers today */
  current?: boolean | null | undefined;
  /** 区县 */
  districtId?: string | number | null | undefined;
  estateId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  /** 街道 / 乡镇 */
  subdistrictId?: string | number | null | undefined;
  /** changed after this instant (for sync) */
  updatedAfter?: string | null | undefined;
};

export type CommitteeInput = {
  electedOn: string;
  estateId: string | number;
  members: Array<CommitteeMemberInput>;
  /** 第N届 */
  termNumber: number;
  /** term length in whole years (3–5, Zhejiang) */
  termYears: number;
};

export type CommitteeListOptions = {
  /** Keyset cursor: the `nextCursor` of the previous page, for stable sync. */
  after?: string | null | undefined;
  filter?: CommitteeFilter | null | undefined;
  /** Rows to skip; ignored when `after` is given. */
  skip?: number | null | undefined;
  sort?: CommitteeSort | null | undefined;
  /** Page size, 25 by default, capped by the server. */
  take?: number | null | undefined;
};

export type CommitteeMemberInput = {
  name: string;
  /** the member on the owner roll, when the roll is kept here */
  ownerId?: string | number | null | undefined;
  position: CommitteePosition;
};

export type CommitteeMembersInput = {
  /** when this composition takes effect (e.g. the first meeting) */
  effectiveOn: string;
  members: Array<CommitteeMemberInput>;
};

/** 主任 / 副主任 / 委员 */
export type CommitteePosition =
  | 'CHAIR'
  | 'MEMBER'
  | 'VICE_CHAIR';

export type CommitteeSort = {
  direction?: SortDirection;
  field: CommitteeSortField;
};

export type CommitteeSortField =
  | 'ID'
  | 'TERM_END'
  | 'UPDATED_AT';

export type CommunityFilter = {
  districtId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  name?: string | null | undefined;
  subdistrictId?: string | number | null | undefined;
};

export type CommunityListOptions = {
  /** Keyset cursor: the `nextCursor` of the previous page, for stable sync. */
  after?: string | null | undefined;
  filter?: CommunityFilter | null | undefined;
  /** Rows to skip; ignored when `after` is given. */
  skip?: number | null | undefined;
  sort?: CommunitySort | null | undefined;
  /** Page size, 25 by default, capped by the server. */
  take?: number | null | undefined;
};

export type CommunitySort = {
  direction?: SortDirection;
  field: PlaceSortField;
};

export type CompleteMeetingFollowUpInput = {
  doneOn: string;
  note?: string | null | undefined;
};

/** a follow-up as it should have been recorded, and why it is corrected */
export type CorrectMeetingFollowUpInput = {
  dueOn: string;
  ownerName: string;
  ownerParty: MeetingParty;
  /** why the record is corrected (kept in the audit log) */
  reason: string;
  task: string;
};

/** an issue as it should have been recorded, and why it is corrected */
export type CorrectMeetingIssueInput = {
  description: string;
  raisedBy: MeetingParty;
  /** why the record is corrected (kept in the audit log) */
  reason: string;
};

/** What decides whether a day is a day off: the law, then the notice, then the week */
export type DayReason =
  | 'NOTICE_OFF'
  | 'NOTICE_WORKDAY'
  | 'STATUTORY'
  | 'WEEKEND'
  | 'WORKING_DAY';

/** a designation as a demonstration estate (红色物业示范小区), as the designating document gives it */
export type DemonstrationDesignationInput = {
  /** e.g. 湖建发〔2023〕15号 */
  documentNumber: string;
  estateId: string | number;
  level: DemonstrationLevel;
  year: number;
};

/** 红色物业示范小区: 市级 / 省级 */
export type DemonstrationLevel =
  | 'CITY'
  | 'PROVINCIAL';

export type DemonstrationWithdrawalInput = {
  /** the withdrawing document, when there is one */
  documentNumber?: string | null | undefined;
  reason: string;
  withdrawnOn: string;
};

export type DistrictFilter = {
  /** GB/T 2260 code */
  code?: string | null | undefined;
  ids?: Array<string | number> | null | undefined;
  name?: string | null | undefined;
};

export type DistrictListOptions = {
  /** Keyset cursor: the `nextCursor` of the previous page, for stable sync. */
  after?: string | null | undefined;
  filter?: DistrictFilter | null | undefined;
  /** Rows to skip; ignored when `after` is given. */
  skip?: number | null | undefined;
  sort?: DistrictSort | null | undefined;
  /** Page size, 25 by default, capped by the server. */
  take?: number | null | undefined;
};

export type DistrictSort = {
  direction?: SortDirection;
  field: DistrictSortField;
};

export type DistrictSortField =
  | 'CODE'
  | 'ID'
  | 'NAME';

export type ElectionAction =
  | 'CANCEL'
  | 'CERTIFY'
  | 'CLOSE_NOMINATION'
  | 'CLOSE_VOTING'
  | 'OPEN_NOMINATION'
  | 'OPEN_VOTING'
  | 'PUBLISH_CANDIDATES'
  | 'PUBLISH_RESULT'
  | 'RECOUNT'
  | 'REOPEN_REVIEW';

export type ElectionCancelReason =
  | 'IRREGULARITY'
  | 'NO_QUORUM'
  | 'ORDERED_BY_AUTHORITY'
  | 'OTHER'
  | 'TOO_FEW_ELIGIBLE_CANDIDATES';

export type ElectionFilter = {
  /** 区县 */
  districtId?: string | number | null | undefined;
  estateId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  kind?: ElectionKind | null | undefined;
  /** true: only elections still running (neither certified nor cancelled); false: only finished ones */
  open?: boolean | null | undefined;
  phase?: ElectionPhase | null | undefined;
  /** 街道 / 乡镇 */
  subdistrictId?: string | number | null | undefined;
  /** changed after this instant (for sync) */
  updatedAfter?: string | null | undefined;
};

export type ElectionInput = {
  /** count non-voters with the majority (off by default; contested) */
  deemedVotes?: boolean;
  estateId: string | number;
  kind: ElectionKind;
  phases?: Array<PhaseDatesInput>;
  /** the day the owners are planned to vote */
  plannedVotingOn?: string | null | undefined;
  /** committee seats to fill (odd, 5–11; 3 where the estate has ≤ 100 households) */
  seats: number;
  /** e.g. 龙庭小区第三届业主委员会换届选举 */
  title: string;
};

/** 首次选举 / 换届选举 / 补选 */
export type ElectionKind =
  | 'BY_ELECTION'
  | 'FIRST'
  | 'RE_ELECTION';

export type ElectionListOptions = {
  /** Keyset cursor: the `nextCursor` of the previous page, for stable sync. */
  after?: string | null | undefined;
  filter?: ElectionFilter | null | undefined;
  /** Rows to skip; ignored when `after` is given. */
  skip?: number | null | undefined;
  sort?: ElectionSort | null | undefined;
  /** Page size, 25 by default, capped by the server. */
  take?: number | null | undefined;
};

export type ElectionPhase =
  | 'CANCELLED'
  | 'CANDIDATE_PUBLICITY'
  | 'CERTIFIED'
  | 'COUNTING'
  | 'ELIGIBILITY_REVIEW'
  | 'NOMINATION'
  | 'PREPARATION'
  | 'RESULT_PUBLICITY'
  | 'VOTING';

export type ElectionSort = {
  direction?: SortDirection;
  field: ElectionSortField;
};

export type ElectionSortField =
  | 'ID'
  | 'TITLE'
  | 'UPDATED_AT';

export type ElectionUpdateInput = {
  deemedVotes: boolean;
  phases: Array<PhaseDatesInput>;
  /** the day the owners are planned to vote; left as it is when omitted */
  plannedVotingOn?: string | null | undefined;
  seats: number;
  title: string;
  /** corrects the voting day recorded at closing, while the votes are counted (once the result notice is posted, by a recount); left as it is when omitted */
  votedOn?: string | null | undefined;
};

export type EligibilityCheckInput = {
  checkedOn: string;
  evidenceNote?: string | null | undefined;
  /** the checklist item’s key */
  itemKey: string;
  /** required to let an unsuitable (不宜) finding stand aside */
  overrideReason?: string | null | undefined;
  result: CheckResult;
  reviewer: string;
  reviewingBody: ReviewingBody;
};

export type EligibilityCheckItemInput = {
  evidenceNote?: string | null | undefined;
  /** the checklist item’s key */
  itemKey: string;
  /** required to let an unsuitable (不宜) finding stand aside */
  overrideReason?: string | null | undefined;
  result: CheckResult;
  /** who reviewed it, when another than the batch’s reviewer (another body’s) */
  reviewer?: string | null | undefined;
  /** when this item was answered by another body than the batch’s; one of the item’s suggested bodies */
  reviewingBody?: ReviewingBody | null | undefined;
};

export type EligibilityChecksInput = {
  checkedOn: string;
  items: Array<EligibilityCheckItemInput>;
  /** who reviewed the items that name none of their own */
  reviewer?: string | null | undefined;
  /** the body that answered; without it, each item’s first suggested body; refused on an item it may not answer */
  reviewingBody?: ReviewingBody | null | undefined;
};

export type EligibilityDecision =
  | 'ELIGIBLE'
  | 'INELIGIBLE'
  | 'NOT_YET_ELIGIBLE';

/** 收入 / 支出 */
export type EntryDirection =
  | 'INCOME'
  | 'SPENDING';

/** 考评类别: 前期物业 / 业主选聘且交付未满年限 / 交付满年限 (docs/domain-rules.md#assessment) */
export type EstateCategory =
  | 'MATURE'
  | 'OWNER_HIRED'
  | 'PRELIMINARY';

export type EstateFilter = {
  communityId?: string | number | null | undefined;
  /** demonstration estates designated at this level (红色物业示范小区) */
  demonstrationLevel?: DemonstrationLevel | null | undefined;
  /** 区县 */
  districtId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  /** part of the name or address */
  q?: string | null | undefined;
  /** 街道 / 乡镇 */
  subdistrictId?: string | number | null | undefined;
  /** changed after this instant (for sync) */
  updatedAfter?: string | null | undefined;
};

export type EstateInput = {
  address: string;
  buildings: number;
  communityId: string | number;
  deliveredOn?: string | null | undefined;
  elevators?: number;
  households: number;
  name: string;
  /** m², at most two decimals */
  residentialFloorArea: string;
  /** m², at most two decimals */
  totalFloorArea: string;
};

export type EstateListOptions = {
  /** Keyset cursor: the `nextCursor` of the previous page, for stable sync. */
  after?: string | null | undefined;
  filter?: EstateFilter | null | undefined;
  /** Rows to skip; ignored when `after` is given. */
  skip?: number | null | undefined;
  sort?: EstateSort | null | undefined;
  /** Page size, 25 by default, capped by the server. */
  take?: number | null | undefined;
};

export type EstateSort = {
  direction?: SortDirection;
  field: EstateSortField;
};

export type EstateSortField =
  | 'HOUSEHOLDS'
  | 'ID'
  | 'NAME'
  | 'UPDATED_AT';

/** A holiday of 全国年节及纪念日放假办法 */
export type Festival =
  /** 端午节 */
  | 'DRAGON_BOAT'
  /** 劳动节 */
  | 'LABOUR_DAY'
  /** 中秋节 */
  | 'MID_AUTUMN'
  /** 国庆节 */
  | 'NATIONAL_DAY'
  /** 元旦 */
  | 'NEW_YEAR'
  /** 清明节 */
  | 'QINGMING'
  /** 春节 */
  | 'SPRING_FESTIVAL';

export type FilingAction =
  | 'APPROVE'
  | 'RETURN'
  | 'REVOKE'
  | 'SUBMIT';

export type FilingKindName =
  | 'COMMITTEE'
  | 'FIRM'
  | 'PROJECT';

/** 备案状态 */
export type FilingStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'RETURNED'
  | 'REVOKED'
  | 'SUBMITTED';

export type FirmFilter = {
  /** the whole code, or its beginning */
  creditCode?: string | null | undefined;
  districtId?: string | number | null | undefined;
  filingStatus?: FilingStatus | null | undefined;
  ids?: Array<string | number> | null | undefined;
  /** true: only the filings the caller created; false: only those of others */
  mine?: boolean | null | undefined;
  /** part of the name */
  name?: string | null | undefined;
  status?: FirmStatus | null | undefined;
  /** true: only the filings the caller submitted (which they may not decide); false: only those they did not */
  submittedByMe?: boolean | null | undefined;
  /** changed after this instant (for sync) */
  updatedAfter?: string | null | undefined;
};

export type FirmInput = {
  contactPerson: string;
  contactPhone: string;
  /** 18 characters; the check character is verified (GB 32100-2015) */
  creditCode: string;
  districtId: string | number;
  establishedOn?: string | null | undefined;
  legalRepresentative: string;
  name: string;
  registeredAddress: string;
  status?: FirmStatus | null | undefined;
};

export type FirmListOptions = {
  /** Keyset cursor: the `nextCursor` of the previous page, for stable sync. */
  after?: string | null | undefined;
  filter?: FirmFilter | null | undefined;
  /** Rows to skip; ignored when `after` is given. */
  skip?: number | null | undefined;
  sort?: FirmSort | null | undefined;
  /** Page size, 25 by default, capped by the server. */
  take?: number | null | undefined;
};

export type FirmSort = {
  direction?: SortDirection;
  field: FirmSortField;
};

export type FirmSortField =
  | 'CREATED_AT'
  | 'CREDIT_CODE'
  | 'ID'
  | 'NAME'
  | 'SUBMITTED_AT'
  | 'UPDATED_AT';

/** 经营状态 */
export type FirmStatus =
  | 'ACTIVE'
  | 'DEREGISTERED'
  | 'SUSPENDED';

export type FivePartyMeetingFilter = {
  /** 区县 */
  districtId?: string | number | null | undefined;
  estateId?: string | number | null | undefined;
  /** held on or after this day */
  heldFrom?: string | null | undefined;
  /** held on or before this day */
  heldTo?: string | null | undefined;
  ids?: Array<string | number> | null | undefined;
  /** meetings with a follow-up not done after its due day */
  overdue?: boolean | null | undefined;
  /** part of the minutes, an issue, a follow-up or the estate’s name */
  q?: string | null | undefined;
  /** 街道 / 乡镇 */
  subdistrictId?: string | number | null | undefined;
  /** changed after this instant (for sync) */
  updatedAfter?: string | null | undefined;
};

export type FivePartyMeetingInput = {
  estateId: string | number;
  followUps?: Array<MeetingFollowUpInput>;
  heldOn: string;
  issues?: Array<MeetingIssueInput>;
  participants: Array<MeetingParticipantInput>;
  /** the minutes in brief (会议纪要) */
  summary: string;
};

export type FivePartyMeetingListOptions = {
  /** Keyset cursor: the `nextCursor` of the previous page, for stable sync. */
  after?: string | null | undefined;
  filter?: FivePartyMeetingFilter | null | undefined;
  /** Rows to skip; ignored when `after` is given. */
  skip?: number | null | undefined;
  sort?: FivePartyMeetingSort | null | undefined;
  /** Page size, 25 by default, capped by the server. */
  take?: number | null | undefined;
};

export type FivePartyMeetingSort = {
  direction?: SortDirection;
  field: FivePartyMeetingSortField;
};

export type FivePartyMeetingSortField =
  | 'HELD_ON'
  | 'ID'
  | 'UPDATED_AT';

export type FivePartyMeetingUpdateInput = {
  /** follow-ups agreed that the record missed */
  addFollowUps?: Array<MeetingFollowUpInput>;
  /** issues raised that the record missed */
  addIssues?: Array<MeetingIssueInput>;
  heldOn: string;
  participants: Array<MeetingParticipantInput>;
  /** why the minutes change: required once the day the meeting was recorded (Beijing) has passed, when the edit is kept as a correction */
  reason?: string | null | undefined;
  summary: string;
};

export type HolidayNoticeDayInput = {
  date: string;
  kind: NoticeDayKind;
  note?: string;
};

export type ImportFileInput = {
  /** the file’s bytes in base64 (at most IMPORT_MAX_BYTES once decoded) */
  contentBase64: string;
  /** the file name; its extension (.csv or .xlsx) picks the reader */
  name: string;
};

export type ImportKind =
  | 'FIRMS'
  | 'OWNER_ROLL'
  | 'PROJECTS';

export type ImportMode =
  | 'ALL_OR_NOTHING'
  | 'VALID_ROWS';

export type ImportPhase =
  | 'CHECKING'
  | 'DONE'
  | 'FAILED'
  | 'WRITING';

/** A row of an import file to fix, with the words the client shows for its problems */
export type ImportRowMessageInput = {
  /** what is wrong with the row, in the user's language (at most 4000 characters) */
  message: string;
  /** row number in the file, as its report gives it */
  row: number;
};

export type ImportRowStatus =
  | 'CREATED'
  | 'DUPLICATE'
  | 'INVALID'
  | 'SKIPPED'
  | 'UPDATED'
  | 'VALID';

export type ItemAdjustmentInput = {
  itemKey: string;
  /** required when the score changes */
  reason?: string | null | undefined;
  score: number;
};

export type ItemScoreInput = {
  itemKey: string;
  note?: string | null | undefined;
  score: number;
};

export type MaterialInput = {
  /** the file, base64 (at most 5 MB decoded) */
  contentBase64: string;
  /** ignored: the server tells the type from the content (PDF, PNG, JPEG, GIF, WebP, Word, Excel) */
  contentType?: string | null | undefined;
  fileName: string;
  kind: MaterialKind;
};

/** 会议记录与决定 / 管理规约 / 议事规则 / 委员名单 / 其他 */
export type MaterialKind =
  | 'COVENANT'
  | 'MEMBER_LIST'
  | 'MINUTES'
  | 'OTHER'
  | 'RULES_OF_PROCEDURE';

/** the nine matters of Civil Code Art. 278 */
export type Matter =
  | 'CHANGE_USE_OF_COMMON_PARTS'
  | 'ELECT_OR_REPLACE_COMMITTEE'
  | 'HIRE_OR_DISMISS_MANAGER'
  | 'MANAGEMENT_COVENANT'
  | 'OTHER_MAJOR_MATTER'
  | 'RAISE_MAINTENANCE_FUND'
  | 'REBUILD'
  | 'RULES_OF_PROCEDURE'
  | 'USE_MAINTENANCE_FUND';

/** ESTATE_ELEVATORS: no more than the lifts the estate has */
export type MeasureBound =
  | 'ESTATE_ELEVATORS';

/** COUNT (whole things), AREA (m², 2 decimals), YES_NO (1 done, 0 not) */
export type MeasureKind =
  | 'AREA'
  | 'COUNT'
  | 'YES_NO';

export type MeetingFollowUpInput = {
  dueOn: string;
  ownerName: string;
  ownerParty: MeetingParty;
  task: string;
};

export type MeetingIssueInput = {
  description: string;
  raisedBy: MeetingParty;
};

export type MeetingIssueStatus =
  | 'RAISED'
  | 'RESOLVED';

export type MeetingParticipantInput = {
  name: string;
  party: MeetingParty;
  /** e.g. 书记, 项目经理, 主任 */
  role?: string | null | undefined;
};

/** 社区党组织 / 物业服务企业 / 业主委员会 / 社会组织 / 人大代表 */
export type MeetingParty =
  | 'COMMUNITY_PARTY'
  | 'CONGRESS_SUPERVISOR'
  | 'OWNERS_COMMITTEE'
  | 'PROPERTY_FIRM'
  | 'SOCIAL_ORGANISATION';

export type NominationInput = {
  /** e.g. 社区党组织推荐, 业主联名推荐, 自荐 */
  nominatedBy: string;
  nominatedOn: string;
  ownerId: string | number;
  partyMember: boolean;
};

/** A day the yearly notice names */
export type NoticeDayKind =
  /** 放假调休: a day off */
  | 'OFF'
  /** 调休上班: a weekend day worked */
  | 'WORKDAY';

export type ObjectionInput = {
  filedBy: string;
  filedOn: string;
  reason: string;
};

export type OpenCommitteeAccountInput = {
  estateId: string | number;
  /** 元: spending above it needs the owners’ resolution and the community’s sign-off (the rules of procedure say how much); at most two decimals. The book opens at 0: a higher limit is proposed for another officer to confirm */
  spendingLimit: string;
  /** days after a quarter ends within which its statement is due (docs/domain-rules.md#statement-due); more than 30 is proposed for another officer to confirm */
  statementDueDays?: number;
};

export type OpenRepairFundInput = {
  /** 元/m²/月, e.g. "1.99"; at most four decimals */
  feeRate: string;
  /** YYYY-MM: the first month these terms apply to */
  fromMonth: string;
  projectId: string | number;
  /** the passed owners’ resolution that decided the fee */
  resolutionId?: string | number | null | undefined;
  /** per cent of the fee set aside, e.g. "10"; at most two decimals */
  setAsidePercent: string;
};

export type OwnerFilter = {
  estateId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  /** persons only (e.g. to nominate a candidate) or organisations only */
  kind?: OwnerKind | null | undefined;
  /** part of the name */
  name?: string | null | undefined;
};

/** a person (citizen ID number) or an organisation (unified social credit code) */
export type OwnerKind =
  | 'ORGANISATION'
  | 'PERSON';

export type OwnerListOptions = {
  /** Keyset cursor: the `nextCursor` of the previous page, for stable sync. */
  after?: string | null | undefined;
  filter?: OwnerFilter | null | undefined;
  /** Rows to skip; ignored when `after` is given. */
  skip?: number | null | undefined;
  sort?: OwnerSort | null | undefined;
  /** Page size, 25 by default, capped by the server. */
  take?: number | null | undefined;
};

export type OwnerSort = {
  direction?: SortDirection;
  field: OwnerSortField;
};

export type OwnerSortField =
  | 'ID'
  | 'NAME';

export type PartyOrganisationFilter = {
  estateId?: string | number | null | undefined;
  firmId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  kind?: PartyOrganisationKind | null | undefined;
  /** part of the name */
  q?: string | null | undefined;
};

export type PartyOrganisationInput = {
  establishedOn: string;
  /** the estate it is formed in (or give firmId) */
  estateId?: string | number | null | undefined;
  /** the firm it is formed in (or give estateId) */
  firmId?: string | number | null | undefined;
  kind: PartyOrganisationKind;
  memberCount: number;
  /** e.g. 东郡红树湾小区红色物业功能型党支部 */
  name: string;
};

/** 单建 / 联建 / 行业统建 / 功能型 */
export type PartyOrganisationKind =
  | 'FUNCTIONAL'
  | 'JOINT'
  | 'SECTOR'
  | 'STANDALONE';

export type PartyOrganisationListOptions = {
  /** Keyset cursor: the `nextCursor` of the previous page, for stable sync. */
  after?: string | null | undefined;
  filter?: PartyOrganisationFilter | null | undefined;
  /** Rows to skip; ignored when `after` is given. */
  skip?: number | null | undefined;
  sort?: PartyOrganisationSort | null | undefined;
  /** Page size, 25 by default, capped by the server. */
  take?: number | null | undefined;
};

export type PartyOrganisationSort = {
  direction?: SortDirection;
  field: PartyOrganisationSortField;
};

export type PartyOrganisationSortField =
  | 'ID'
  | 'MEMBER_COUNT'
  | 'NAME'
  | 'UPDATED_AT';

export type PhaseDatesInput = {
  endsOn?: string | null | undefined;
  phase: ElectionPhase;
  startsOn?: string | null | undefined;
};

export type PlaceSortField =
  | 'ID'
  | 'NAME';

export type ProjectFilter = {
  /** contracts in force on this day */
  activeOn?: string | null | undefined;
  /** 区县 */
  districtId?: string | number | null | undefined;
  estateId?: string | number | null | undefined;
  filingStatus?: FilingStatus | null | undefined;
  firmId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  /** true: only the filings the caller created; false: only those of others */
  mine?: boolean | null | undefined;
  /** part of the name */
  name?: string | null | undefined;
  selectionMethod?: SelectionMethod | null | undefined;
  /** 街道 / 乡镇 */
  subdistrictId?: string | number | null | undefined;
  /** true: only the filings the caller submitted (which they may not decide); false: only those they did not */
  submittedByMe?: boolean | null | undefined;
  /** changed after this instant (for sync) */
  updatedAfter?: string | null | undefined;
};

export type ProjectInput = {
  billingModel: BillingModel;
  /** 元/m²/月, at most two decimals */
  commercialFee?: string | null | undefined;
  contractEnd: string;
  contractStart: string;
  estateId: string | number;
  firmId: string | number;
  households: number;
  /** m², at most two decimals */
  managedArea: string;
  managerPhone: string;
  name: string;
  /** 元/space/月, at most two decimals */
  parkingFee?: string | null | undefined;
  projectManager: string;
  /** 元/m²/月, at most two decimals */
  residentialFee: string;
  selectionMethod: SelectionMethod;
};

export type ProjectListOptions = {
  /** Keyset cursor: the `nextCursor` of the previous page, for stable sync. */
  after?: string | null | undefined;
  filter?: ProjectFilter | null | undefined;
  /** Rows to skip; ignored when `after` is given. */
  skip?: number | null | undefined;
  sort?: ProjectSort | null | undefined;
  /** Page size, 25 by default, capped by the server. */
  take?: number | null | undefined;
};

export type ProjectSort = {
  direction?: SortDirection;
  field: ProjectSortField;
};

export type ProjectSortField =
  | 'CONTRACT_END'
  | 'CONTRACT_START'
  | 'CREATED_AT'
  | 'ID'
  | 'NAME'
  | 'SUBMITTED_AT'
  | 'UPDATED_AT';

export type ProposalAction =
  | 'CONFIRM'
  | 'REFUSE'
  | 'WITHDRAW';

/** 待复核 / 已确认 / 已驳回 / 已撤回 */
export type ProposalStatus =
  | 'CONFIRMED'
  | 'PENDING'
  | 'REFUSED'
  | 'WITHDRAWN';

export type PublicStatementFilter = {
  /** part of the estate’s name or address */
  q?: string | null | undefined;
};

export type PublicStatementListOptions = {
  /** Keyset cursor: the `nextCursor` of the previous page, for stable sync. */
  after?: string | null | undefined;
  filter?: PublicStatementFilter | null | undefined;
  /** Rows to skip; ignored when `after` is given. */
  skip?: number | null | undefined;
  sort?: PublicStatementSort | null | undefined;
  /** Page size, 25 by default, capped by the server. */
  take?: number | null | undefined;
};

export type PublicStatementSort = {
  direction?: SortDirection;
  field: PublicStatementSortField;
};

export type PublicStatementSortField =
  | 'ID'
  | 'NAME';

/** 红榜 / 黑榜 */
export type RedBlackPlace =
  | 'BLACK'
  | 'RED';

/** a correction of a posted month: the amount to add (negative to take back) and why */
export type RepairFundCorrectionInput = {
  /** the posted month (RepairFundAccrual) it corrects */
  accrualId: string | number;
  /** 元, at most two decimals, not zero; negative takes money back */
  amount: string;
  /** why: what was wrong with the month (e.g. the roll’s area then) */
  reason: string;
};

export type RepairFundFilter = {
  estateId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  projectId?: string | number | null | undefined;
};

export type RepairFundListOptions = {
  /** Keyset cursor: the `nextCursor` of the previous page, for stable sync. */
  after?: string | null | undefined;
  filter?: RepairFundFilter | null | undefined;
  /** Rows to skip; ignored when `after` is given. */
  skip?: number | null | undefined;
  sort?: RepairFundSort | null | undefined;
  /** Page size, 25 by default, capped by the server. */
  take?: number | null | undefined;
};

/** a refund of an approved withdrawal: the amount taken back into the fund and why */
export type RepairFundRefundInput = {
  /** 元, more than zero, at most two decimals; in all never more than the withdrawal paid out */
  amount: string;
  /** why: the repair cost less than approved, the contractor paid back, … */
  reason: string;
};

export type RepairFundSort = {
  direction?: SortDirection;
  field: RepairFundSortField;
};

export type RepairFundSortField =
  | 'ID'
  | 'UPDATED_AT';

export type RepairFundWithdrawalListOptions = {
  /** Keyset cursor: the `nextCursor` of the previous page, for stable sync. */
  after?: string | null | undefined;
  filter?: WithdrawalFilter | null | undefined;
  /** Rows to skip; ignored when `after` is given. */
  skip?: number | null | undefined;
  sort?: RepairFundWithdrawalSort | null | undefined;
  /** Page size, 25 by default, capped by the server. */
  take?: number | null | undefined;
};

export type RepairFundWithdrawalSort = {
  direction?: SortDirection;
  field: WithdrawalSortField;
};

/** a quantity of one measure, by its code */
export type ReportedQuantityInput = {
  measure: string;
  /** a count as a whole number, an area with at most 2 decimals, yes/no as 1 or 0 */
  quantity: string;
};

export type ResolutionAction =
  | 'CLOSE_VOTING'
  | 'OPEN_VOTING';

export type ResolutionBallotInput = {
  choice: ResolutionChoice;
  developer?: boolean;
  method: VotingMethod;
  ownerId?: string | number | null | undefined;
};

/** 同意 / 反对 / 弃权 */
export type ResolutionChoice =
  | 'ABSTAIN'
  | 'NO'
  | 'YES';

export type ResolutionFilter = {
  estateId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  matter?: Matter | null | undefined;
  phase?: ResolutionPhase | null | undefined;
};

export type ResolutionInput = {
  deemedVotes?: boolean;
  description?: string;
  estateId: string | number;
  /** decides the threshold: ≥ 3/4 for matters 6–8, more than half otherwise */
  matter: Matter;
  /** e.g. 物业服务费由1.69元/㎡·月调整为1.99元/㎡·月 */
  title: string;
  votingEndsOn?: string | null | undefined;
  votingStartsOn?: string | null | undefined;
};

export type ResolutionListOptions = {
  /** Keyset cursor: the `nextCursor` of the previous page, for stable sync. */
  after?: string | null | undefined;
  filter?: ResolutionFilter | null | undefined;
  /** Rows to skip; ignored when `after` is given. */
  skip?: number | null | undefined;
  sort?: ResolutionSort | null | undefined;
  /** Page size, 25 by default, capped by the server. */
  take?: number | null | undefined;
};

export type ResolutionPhase =
  | 'CLOSED'
  | 'DRAFT'
  | 'VOTING';

export type ResolutionSort = {
  direction?: SortDirection;
  field: ResolutionSortField;
};

export type ResolutionSortField =
  | 'ID'
  | 'UPDATED_AT';

export type ResolutionVotingPeriodInput = {
  votingEndsOn?: string | null | undefined;
  votingStartsOn?: string | null | undefined;
};

export type ResolveMeetingIssueInput = {
  /** how it was resolved */
  resolutionNote: string;
  resolvedOn: string;
};

/** 退回原因 */
export type ReturnReason =
  | 'CONTRACT_PROBLEM'
  | 'INCOMPLETE_MATERIALS'
  | 'INCONSISTENT_DATA'
  | 'INVALID_QUALIFICATION'
  | 'OTHER';

export type ReviewingBody =
  | 'COMMUNITY_PARTY_ORGANISATION'
  | 'COURT'
  | 'DISCIPLINE_INSPECTION'
  | 'ELECTION_ORGANISER'
  | 'MAINTENANCE_FUND_AUTHORITY'
  | 'POLICE_STATION'
  | 'PROPERTY_FIRM'
  | 'REAL_ESTATE_REGISTRY'
  | 'RESIDENTS_COMMITTEE'
  | 'SUBDISTRICT_OFFICE';

/** 撤销原因 */
export type RevokeReason =
  | 'CONTRACT_TERMINATED'
  | 'FALSE_INFORMATION'
  | 'FIRM_DEREGISTERED'
  | 'OTHER'
  | 'SERIOUS_VIOLATION';

export type Role =
  | 'ADMIN'
  | 'CLERK'
  | 'INTEGRATOR'
  | 'MANAGER'
  | 'OFFICER'
  | 'REGISTRAR';

export type Scope =
  | 'ELECTIONS_READ'
  | 'REGISTRY_READ';

/** 选聘方式: 招投标 / 协议 / 业主大会 */
export type SelectionMethod =
  | 'AGREEMENT'
  | 'OWNERS_ASSEMBLY'
  | 'TENDER';

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** 已结束未公开（仍在期限内） / 逾期未公开 */
export type StatementLag =
  | 'OVERDUE'
  | 'UNPUBLISHED';

export type SubdistrictFilter = {
  districtId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  name?: string | null | undefined;
};

/** 街道 / 镇 / 乡 */
export type SubdistrictKind =
  | 'STREET'
  | 'TOWN'
  | 'TOWNSHIP';

export type SubdistrictListOptions = {
  /** Keyset cursor: the `nextCursor` of the previous page, for stable sync. */
  after?: string | null | undefined;
  filter?: SubdistrictFilter | null | undefined;
  /** Rows to skip; ignored when `after` is given. */
  skip?: number | null | undefined;
  sort?: SubdistrictSort | null | undefined;
  /** Page size, 25 by default, capped by the server. */
  take?: number | null | undefined;
};

export type SubdistrictSort = {
  direction?: SortDirection;
  field: PlaceSortField;
};

/** ≥ 2/3 take part; > 1/2 or ≥ 3/4 of those taking part */
export type ThresholdRule =
  | 'MORE_THAN_HALF'
  | 'QUORUM_TWO_THIRDS'
  | 'THREE_QUARTERS';

/** how the rules of procedure (议事规则) settled a tie at the last seat */
export type TieSettlementInput = {
  /** the tied candidates chosen: exactly as many as seats were left to the tie */
  chosenCandidateIds: Array<string | number>;
  /** the day it was decided: not before the count, not in the future */
  decidedOn: string;
  /** RUNOFF_VOTE 再次投票 or DRAWING_LOTS 抽签, as the estate’s rules provide */
  method: TieSettlementMethod;
  /** who witnessed it, and where the minutes record it */
  note: string;
};

/** how the rules of procedure broke a tie at the last seat: RUNOFF_VOTE 再次投票, DRAWING_LOTS 抽签 */
export type TieSettlementMethod =
  | 'DRAWING_LOTS'
  | 'RUNOFF_VOTE';

export type UnitFilter = {
  building?: string | null | undefined;
  developerHeld?: boolean | null | undefined;
  estateId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
};

export type UnitListOptions = {
  /** Keyset cursor: the `nextCursor` of the previous page, for stable sync. */
  after?: string | null | undefined;
  filter?: UnitFilter | null | undefined;
  /** Rows to skip; ignored when `after` is given. */
  skip?: number | null | undefined;
  sort?: UnitSort | null | undefined;
  /** Page size, 25 by default, capped by the server. */
  take?: number | null | undefined;
};

export type UnitRemovalInput = {
  /** e.g. "no such unit in the property register: typed 1102 for 1101" */
  reason: string;
};

export type UnitSort = {
  direction?: SortDirection;
  field: UnitSortField;
};

export type UnitSortField =
  | 'BUILDING'
  | 'ID'
  | 'ROOM';

export type UserFilter = {
  active?: boolean | null | undefined;
  ids?: Array<string | number> | null | undefined;
  /** part of the username or display name */
  q?: string | null | undefined;
  role?: Role | null | undefined;
};

export type UserInput = {
  displayName: string;
  /** why: shown to the admin who confirms or refuses it (docs/roles-and-workflows.md#account-dual-control) */
  reason?: string | null | undefined;
  role: Role;
  /** for officers: the subdistricts they run elections in */
  subdistrictIds?: Array<string | number> | null | undefined;
  /** 3–40 of a-z 0-9 . _ - */
  username: string;
};

export type UserListOptions = {
  /** Keyset cursor: the `nextCursor` of the previous page, for stable sync. */
  after?: string | null | undefined;
  filter?: UserFilter | null | undefined;
  /** Rows to skip; ignored when `after` is given. */
  skip?: number | null | undefined;
  sort?: UserSort | null | undefined;
  /** Page size, 25 by default, capped by the server. */
  take?: number | null | undefined;
};

export type UserSort = {
  direction?: SortDirection;
  field: UserSortField;
};

export type UserSortField =
  | 'DISPLAY_NAME'
  | 'ID'
  | 'USERNAME';

export type UserUpdateInput = {
  active: boolean;
  displayName: string;
  /** why: shown to the admin who confirms or refuses it (docs/roles-and-workflows.md#account-dual-control) */
  reason?: string | null | undefined;
  /** propose a one-time password for the person, generated in two halves: you are shown the first, the confirming admin the second (docs/roles-and-workflows.md#account-dual-control) */
  resetPassword?: boolean | null | undefined;
  role: Role;
  /** for officers: the subdistricts they run elections in (replaces the set); leave out to keep it */
  subdistrictIds?: Array<string | number> | null | undefined;
};

/** 书面 / 现场 / 网络 / 上门 */
export type VotingMethod =
  | 'DOOR_TO_DOOR'
  | 'ONLINE'
  | 'ON_SITE'
  | 'PAPER';

export type VoucherInput = {
  /** the file, base64 (at most 5 MB decoded): a PDF, an image, a Word or Excel document */
  contentBase64: string;
  fileName: string;
};

export type WebhookDeliveryFilter = {
  /** the endpoint whose deliveries are listed */
  endpointId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  status?: WebhookDeliveryStatus | null | undefined;
};

export type WebhookDeliveryListOptions = {
  /** Keyset cursor: the `nextCursor` of the previous page, for stable sync. */
  after?: string | null | undefined;
  filter?: WebhookDeliveryFilter | null | undefined;
  /** Rows to skip; ignored when `after` is given. */
  skip?: number | null | undefined;
  sort?: WebhookDeliverySort | null | undefined;
  /** Page size, 25 by default, capped by the server. */
  take?: number | null | undefined;
};

export type WebhookDeliverySort = {
  direction?: SortDirection;
  field: WebhookDeliverySortField;
};

export type WebhookDeliverySortField =
  | 'CREATED_AT'
  | 'DELIVERED_AT'
  | 'ID';

/** PENDING: not yet answered with 2xx, retried at nextAttemptAt. */
export type WebhookDeliveryStatus =
  | 'DELIVERED'
  | 'PENDING';

export type WebhookEndpointInput = {
  /** leave out for every type the token may read */
  eventTypes?: Array<ChangeEntityType> | null | undefined;
  /** the signing secret (24+ characters); leave out to have one made */
  secret?: string | null | undefined;
  /** deliver changes after this position (a replay); default: from now on */
  startAfter?: number | null | undefined;
  /** the integrator API token whose scopes bound what the endpoint receives */
  tokenId: string | number;
  /** http(s) URL of the receiver */
  url: string;
};

/** ACTIVE endpoints receive deliveries; PAUSED ones keep their place in the feed. */
export type WebhookStatus =
  | 'ACTIVE'
  | 'PAUSED';

export type WithdrawalAction =
  | 'APPROVE'
  | 'REJECT';

/** 小额维修的类别 */
export type WithdrawalCategory =
  | 'DOORS_AND_SECURITY'
  | 'ELECTRICAL_AND_LIGHTING'
  | 'ELEVATOR'
  | 'FIRE_SAFETY'
  | 'GREENERY'
  | 'OTHER'
  | 'ROADS_AND_PARKING'
  | 'ROOF_AND_WALLS'
  | 'WATER_AND_DRAINAGE';

export type WithdrawalFilter = {
  category?: WithdrawalCategory | null | undefined;
  estateId?: string | number | null | undefined;
  fundId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  status?: WithdrawalStatus | null | undefined;
};

export type WithdrawalInput = {
  /** 元, at most two decimals */
  amount: string;
  category: WithdrawalCategory;
  fundId: string | number;
  /** what is repaired, where, by whom */
  purpose: string;
};

export type WithdrawalSortField =
  | 'AMOUNT'
  | 'ID'
  | 'UPDATED_AT';

/** 待审批 / 已批准 / 已驳回 */
export type WithdrawalStatus =
  | 'APPROVED'
  | 'REJECTED'
  | 'REQUESTED';

export type ApiTokenRecordFragment = { id: string, name: string, scopes: Array<Scope>, expiresAt: string, revokedAt: string | null, createdAt: string, rateLimitPerMinute: number | null, effectiveRateLimitPerMinute: number, usage: { requestsThisMinute: number, refusedThisMinute: number, requestsLast24h: number, refusedLast24h: number, lastUsedAt: string | null } };

export type WebhookEndpointRecordFragment = { id: string, tokenId: string, url: string, eventTypes: Array<ChangeEntityType>, status: WebhookStatus, cursor: number, lag: number, version: number, problem: string | null, createdAt: string, lastDeliveredAt: string | null };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { apiTokens: Array<{ id: string, name: string, scopes: Array<Scope>, expiresAt: string, revokedAt: string | null, createdAt: string, rateLimitPerMinute: number | null, effectiveRateLimitPerMinute: number, usage: { requestsThisMinute: number, refusedThisMinute: number, requestsLast24h: number, refusedLast24h: number, lastUsedAt: string | null } }> };

export type CreateApiTokenInConsoleMutationVariables = Exact<{
  input: ApiTokenInput;
}>;


export type CreateApiTokenInConsoleMutation = { createApiToken: { token: string, apiToken: { id: string, name: string, scopes: Array<Scope>, expiresAt: string, revokedAt: string | null, createdAt: string, rateLimitPerMinute: number | null, effectiveRateLimitPerMinute: number, usage: { requestsThisMinute: number, refusedThisMinute: number, requestsLast24h: number, refusedLast24h: number, lastUsedAt: string | null } } } };

export type RevokeApiTokenInConsoleMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiTokenInConsoleMutation = { revokeApiToken: { id: string, name: string, scopes: Array<Scope>, expiresAt: string, revokedAt: string | null, createdAt: string, rateLimitPerMinute: number | null, effectiveRateLimitPerMinute: number, usage: { requestsThisMinute: number, refusedThisMinute: number, requestsLast24h: number, refusedLast24h: number, lastUsedAt: string | null } } };

export type SetApiTokenRateLimitMutationVariables = Exact<{
  id: string | number;
  perMinute?: number | null | undefined;
}>;


export type SetApiTokenRateLimitMutation = { setApiTokenRateLimit: { id: string, name: string, scopes: Array<Scope>, expiresAt: string, revokedAt: string | null, createdAt: string, rateLimitPerMinute: number | null, effectiveRateLimitPerMinute: number, usage: { requestsThisMinute: number, refusedThisMinute: number, requestsLast24h: number, refusedLast24h: number, lastUsedAt: string | null } } };

export type WebhookEndpointsQueryVariables = Exact<{
  tokenId?: string | number | null | undefined;
}>;


export type WebhookEndpointsQuery = { webhookEndpoints: Array<{ id: string, tokenId: string, url: string, eventTypes: Array<ChangeEntityType>, status: WebhookStatus, cursor: number, lag: number, version: number, problem: string | null, createdAt: string, lastDeliveredAt: string | null }> };

export type WebhookDeliveriesQueryVariables = Exact<{
  options?: WebhookDeliveryListOptions | null | undefined;
}>;


export type WebhookDeliveriesQuery = { webhookDeliveries: { totalItems: number, nextCursor: string | null, items: Array<{ id: string, status: WebhookDeliveryStatus, attempts: number, lastError: string | null, responseCode: number | null, nextAttemptAt: string | null, firstPosition: number, lastPosition: number, eventCount: number, createdAt: string, deliveredAt: string | null }> } };

export type CreateWebhookEndpointMutationVariables = Exact<{
  input: WebhookEndpointInput;
}>;


export type CreateWebhookEndpointMutation = { createWebhookEndpoint: { secret: string, endpoint: { id: string, tokenId: string, url: string, eventTypes: Array<ChangeEntityType>, status: WebhookStatus, cursor: number, lag: number, version: number, problem: string | null, createdAt: string, lastDeliveredAt: string | null } } };

export type PauseWebhookEndpointMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type PauseWebhookEndpointMutation = { pauseWebhookEndpoint: { id: string, tokenId: string, url: string, eventTypes: Array<ChangeEntityType>, status: WebhookStatus, cursor: number, lag: number, version: number, problem: string | null, createdAt: string, lastDeliveredAt: string | null } };

export type ResumeWebhookEndpointMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type ResumeWebhookEndpointMutation = { resumeWebhookEndpoint: { id: string, tokenId: string, url: string, eventTypes: Array<ChangeEntityType>, status: WebhookStatus, cursor: number, lag: number, version: number, problem: string | null, createdAt: string, lastDeliveredAt: string | null } };

export type DeleteWebhookEndpointMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteWebhookEndpointMutation = { deleteWebhookEndpoint: boolean };

export type SchemeRecordFragment = { id: string, version: number, edition: number | null, title: string, source: string, state: AssessmentSchemeState, publishedAt: string | null, createdAt: string, updatedAt: string, redSharePercent: number, blackSharePercent: number, matureAfterYears: number, availableActions: Array<AssessmentAction>, items: Array<{ key: string, titleZh: string, titleEn: string, maxScore: number, categories: Array<EstateCategory> }>, maxTotals: Array<{ category: EstateCategory, maxTotal: number }> };

export type SchemeListQueryVariables = Exact<{ [key: string]: never; }>;


export type SchemeListQuery = { list: Array<{ id: string, version: number, edition: number | null, title: string, source: string, state: AssessmentSchemeState, publishedAt: string | null, createdAt: string, updatedAt: string, redSharePercent: number, blackSharePercent: number, matureAfterYears: number, availableActions: Array<AssessmentAction>, items: Array<{ key: string, titleZh: string, titleEn: string, maxScore: number, categories: Array<EstateCategory> }>, maxTotals: Array<{ category: EstateCategory, maxTotal: number }> }> };

export type SchemeOneQueryVariables = Exact<{
  id: string | number;
}>;


export type SchemeOneQuery = { record: { id: string, version: number, edition: number | null, title: string, source: string, state: AssessmentSchemeState, publishedAt: string | null, createdAt: string, updatedAt: string, redSharePercent: number, blackSharePercent: number, matureAfterYears: number, availableActions: Array<AssessmentAction>, items: Array<{ key: string, titleZh: string, titleEn: string, maxScore: number, categories: Array<EstateCategory> }>, maxTotals: Array<{ category: EstateCategory, maxTotal: number }> } };

export type SchemeCreateMutationVariables = Exact<{
  input: AssessmentSchemeInput;
}>;


export type SchemeCreateMutation = { record: { id: string, version: number, edition: number | null, title: string, source: string, state: AssessmentSchemeState, publishedAt: string | null, createdAt: string, updatedAt: string, redSharePercent: number, blackSharePercent: number, matureAfterYears: number, availableActions: Array<AssessmentAction>, items: Array<{ key: string, titleZh: string, titleEn: string, maxScore: number, categories: Array<EstateCategory> }>, maxTotals: Array<{ category: EstateCategory, maxTotal: number }> } };

export type SchemePublishMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type SchemePublishMutation = { record: { id: string, version: number, edition: number | null, title: string, source: string, state: AssessmentSchemeState, publishedAt: string | null, createdAt: string, updatedAt: string, redSharePercent: number, blackSharePercent: number, matureAfterYears: number, availableActions: Array<AssessmentAction>, items: Array<{ key: string, titleZh: string, titleEn: string, maxScore: number, categories: Array<EstateCategory> }>, maxTotals: Array<{ category: EstateCategory, maxTotal: number }> } };

export type AssessmentRecordFragment = { id: string, version: number, projectId: string, estateId: string, firmId: string, quarter: string, category: EstateCategory, state: AssessmentState, assessingBody: AssessingBody, total: number | null, maxTotal: number, submittedAt: string | null, reviewedAt: string | null, returnNote: string | null, availableActions: Array<AssessmentAction>, createdAt: string, updatedAt: string, project: { id: string, name: string }, firm: { id: string, name: string }, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } };

export type AssessmentDetailFragment = { id: string, version: number, projectId: string, estateId: string, firmId: string, quarter: string, category: EstateCategory, state: AssessmentState, assessingBody: AssessingBody, total: number | null, maxTotal: number, submittedAt: string | null, reviewedAt: string | null, returnNote: string | null, availableActions: Array<AssessmentAction>, createdAt: string, updatedAt: string, items: Array<{ key: string, titleZh: string, titleEn: string, maxScore: number, score: number | null, note: string | null, adjustedScore: number | null, adjustReason: string | null, finalScore: number | null }>, scheme: { id: string, edition: number | null, title: string }, project: { id: string, name: string }, firm: { id: string, name: string }, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } };

export type AssessmentCreateMutationVariables = Exact<{
  input: AssessmentInput;
}>;


export type AssessmentCreateMutation = { record: { id: string, version: number, projectId: string, estateId: string, firmId: string, quarter: string, category: EstateCategory, state: AssessmentState, assessingBody: AssessingBody, total: number | null, maxTotal: number, submittedAt: string | null, reviewedAt: string | null, returnNote: string | null, availableActions: Array<AssessmentAction>, createdAt: string, updatedAt: string, items: Array<{ key: string, titleZh: string, titleEn: string, maxScore: number, score: number | null, note: string | null, adjustedScore: number | null, adjustReason: string | null, finalScore: number | null }>, scheme: { id: string, edition: number | null, title: string }, project: { id: string, name: string }, firm: { id: string, name: string }, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } } };

export type AssessmentListQueryVariables = Exact<{
  options?: AssessmentListOptions | null | undefined;
}>;


export type AssessmentListQuery = { list: { totalItems: number, nextCursor: string | null, items: Array<{ id: string, version: number, projectId: string, estateId: string, firmId: string, quarter: string, category: EstateCategory, state: AssessmentState, assessingBody: AssessingBody, total: number | null, maxTotal: number, submittedAt: string | null, reviewedAt: string | null, returnNote: string | null, availableActions: Array<AssessmentAction>, createdAt: string, updatedAt: string, project: { id: string, name: string }, firm: { id: string, name: string }, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } }> } };

export type AssessmentOneQueryVariables = Exact<{
  id: string | number;
}>;


export type AssessmentOneQuery = { record: { id: string, version: number, projectId: string, estateId: string, firmId: string, quarter: string, category: EstateCategory, state: AssessmentState, assessingBody: AssessingBody, total: number | null, maxTotal: number, submittedAt: string | null, reviewedAt: string | null, returnNote: string | null, availableActions: Array<AssessmentAction>, createdAt: string, updatedAt: string, items: Array<{ key: string, titleZh: string, titleEn: string, maxScore: number, score: number | null, note: string | null, adjustedScore: number | null, adjustReason: string | null, finalScore: number | null }>, scheme: { id: string, edition: number | null, title: string }, project: { id: string, name: string }, firm: { id: string, name: string }, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } } };

export type AssessmentScoreMutationVariables = Exact<{
  id: string | number;
  version: number;
  scores: Array<ItemScoreInput> | ItemScoreInput;
}>;


export type AssessmentScoreMutation = { record: { id: string, version: number, projectId: string, estateId: string, firmId: string, quarter: string, category: EstateCategory, state: AssessmentState, assessingBody: AssessingBody, total: number | null, maxTotal: number, submittedAt: string | null, reviewedAt: string | null, returnNote: string | null, availableActions: Array<AssessmentAction>, createdAt: string, updatedAt: string, items: Array<{ key: string, titleZh: string, titleEn: string, maxScore: number, score: number | null, note: string | null, adjustedScore: number | null, adjustReason: string | null, finalScore: number | null }>, scheme: { id: string, edition: number | null, title: string }, project: { id: string, name: string }, firm: { id: string, name: string }, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } } };

export type AssessmentSubmitMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type AssessmentSubmitMutation = { record: { id: string, version: number, projectId: string, estateId: string, firmId: string, quarter: string, category: EstateCategory, state: AssessmentState, assessingBody: AssessingBody, total: number | null, maxTotal: number, submittedAt: string | null, reviewedAt: string | null, returnNote: string | null, availableActions: Array<AssessmentAction>, createdAt: string, updatedAt: string, items: Array<{ key: string, titleZh: string, titleEn: string, maxScore: number, score: number | null, note: string | null, adjustedScore: number | null, adjustReason: string | null, finalScore: number | null }>, scheme: { id: string, edition: number | null, title: string }, project: { id: string, name: string }, firm: { id: string, name: string }, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } } };

export type AssessmentReturnMutationVariables = Exact<{
  id: string | number;
  version: number;
  note: string;
}>;


export type AssessmentReturnMutation = { record: { id: string, version: number, projectId: string, estateId: string, firmId: string, quarter: string, category: EstateCategory, state: AssessmentState, assessingBody: AssessingBody, total: number | null, maxTotal: number, submittedAt: string | null, reviewedAt: string | null, returnNote: string | null, availableActions: Array<AssessmentAction>, createdAt: string, updatedAt: string, items: Array<{ key: string, titleZh: string, titleEn: string, maxScore: number, score: number | null, note: string | null, adjustedScore: number | null, adjustReason: string | null, finalScore: number | null }>, scheme: { id: string, edition: number | null, title: string }, project: { id: string, name: string }, firm: { id: string, name: string }, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } } };

export type AssessmentReviewMutationVariables = Exact<{
  id: string | number;
  version: number;
  adjustments: Array<ItemAdjustmentInput> | ItemAdjustmentInput;
}>;


export type AssessmentReviewMutation = { record: { id: string, version: number, projectId: string, estateId: string, firmId: string, quarter: string, category: EstateCategory, state: AssessmentState, assessingBody: AssessingBody, total: number | null, maxTotal: number, submittedAt: string | null, reviewedAt: string | null, returnNote: string | null, availableActions: Array<AssessmentAction>, createdAt: string, updatedAt: string, items: Array<{ key: string, titleZh: string, titleEn: string, maxScore: number, score: number | null, note: string | null, adjustedScore: number | null, adjustReason: string | null, finalScore: number | null }>, scheme: { id: string, edition: number | null, title: string }, project: { id: string, name: string }, firm: { id: string, name: string }, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type CampaignRecordFragment = { id: string, version: number, name: string, year: number, startsOn: string, endsOn: string, status: CampaignStatus, description: string | null, updatedAt: string, measures: Array<{ id: string, code: string, labelZh: string, labelEn: string, unit: string, kind: MeasureKind, bound: MeasureBound | null }>, totals: Array<{ districtId: string | null, districtName: string | null, estatesCovered: number, estateElevators: number | null, measures: Array<{ total: string, estates: number, measure: { code: string } }> }> };

export type CampaignListQueryVariables = Exact<{
  options?: CampaignListOptions | null | undefined;
}>;


export type CampaignListQuery = { list: { totalItems: number, nextCursor: string | null, items: Array<{ id: string, version: number, name: string, year: number, startsOn: string, endsOn: string, status: CampaignStatus, updatedAt: string }> } };

export type CampaignOneQueryVariables = Exact<{
  id: string | number;
}>;


export type CampaignOneQuery = { record: { id: string, version: number, name: string, year: number, startsOn: string, endsOn: string, status: CampaignStatus, description: string | null, updatedAt: string, measures: Array<{ id: string, code: string, labelZh: string, labelEn: string, unit: string, kind: MeasureKind, bound: MeasureBound | null }>, totals: Array<{ districtId: string | null, districtName: string | null, estatesCovered: number, estateElevators: number | null, measures: Array<{ total: string, estates: number, measure: { code: string } }> }> } };

export type CreateCampaignRecordMutationVariables = Exact<{
  input: CampaignInput;
}>;


export type CreateCampaignRecordMutation = { record: { id: string, version: number, name: string, year: number, startsOn: string, endsOn: string, status: CampaignStatus, description: string | null, updatedAt: string, measures: Array<{ id: string, code: string, labelZh: string, labelEn: string, unit: string, kind: MeasureKind, bound: MeasureBound | null }>, totals: Array<{ districtId: string | null, districtName: string | null, estatesCovered: number, estateElevators: number | null, measures: Array<{ total: string, estates: number, measure: { code: string } }> }> } };

export type UpdateCampaignRecordMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: CampaignInput;
}>;


export type UpdateCampaignRecordMutation = { record: { id: string, version: number, name: string, year: number, startsOn: string, endsOn: string, status: CampaignStatus, description: string | null, updatedAt: string, measures: Array<{ id: string, code: string, labelZh: string, labelEn: string, unit: string, kind: MeasureKind, bound: MeasureBound | null }>, totals: Array<{ districtId: string | null, districtName: string | null, estatesCovered: number, estateElevators: number | null, measures: Array<{ total: string, estates: number, measure: { code: string } }> }> } };

export type CampaignReportRecordFragment = { id: string, version: number, campaignId: string, estateId: string, completedOn: string, note: string | null, status: CampaignReportStatus, correctsId: string | null, reportedBy: string | null, verifiedBy: string | null, verifiedAt: string | null, verifyHeldBy: string | null, inForce: boolean, updatedAt: string, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } | null, quantities: Array<{ quantity: string, measure: { code: string, unit: string } }> };

export type CampaignReportListQueryVariables = Exact<{
  options?: CampaignReportListOptions | null | undefined;
}>;


export type CampaignReportListQuery = { list: { totalItems: number, nextCursor: string | null, items: Array<{ id: string, version: number, campaignId: string, estateId: string, completedOn: string, note: string | null, status: CampaignReportStatus, correctsId: string | null, reportedBy: string | null, verifiedBy: string | null, verifiedAt: string | null, verifyHeldBy: string | null, inForce: boolean, updatedAt: string, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } | null, quantities: Array<{ quantity: string, measure: { code: string, unit: string } }> }> } };

export type CampaignReportOneQueryVariables = Exact<{
  id: string | number;
}>;


export type CampaignReportOneQuery = { record: { id: string, version: number, campaignId: string, estateId: string, completedOn: string, note: string | null, status: CampaignReportStatus, correctsId: string | null, reportedBy: string | null, verifiedBy: string | null, verifiedAt: string | null, verifyHeldBy: string | null, inForce: boolean, updatedAt: string, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } | null, quantities: Array<{ quantity: string, measure: { code: string, unit: string } }> } };

export type ReportCampaignProgressOfMutationVariables = Exact<{
  input: CampaignReportInput;
}>;


export type ReportCampaignProgressOfMutation = { reportCampaignProgress: { id: string, version: number, status: CampaignReportStatus } };

export type CloseCampaignOfMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type CloseCampaignOfMutation = { closeCampaign: { id: string, version: number, status: CampaignStatus } };

export type VerifyCampaignReportOfMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type VerifyCampaignReportOfMutation = { verifyCampaignReport: { id: string, version: number, status: CampaignReportStatus, verifyHeldBy: string | null } };

export type CandidateRecordFragment = { id: string, version: number, electionId: string, ownerId: string, partyMember: boolean, nominatedBy: string, nominatedOn: string, decision: EligibilityDecision, decisionExplanation: unknown, withdrawn: boolean, owner: { id: string, name: string }, election: { id: string, title: string, phase: ElectionPhase, estateId: string, seats: number }, checklist: { id: string, version: number, title: string, items: Array<{ key: string, kind: CheckKind, titleZh: string, titleEn: string, suggestedReviewers: Array<ReviewingBody> }> }, checks: Array<{ itemKey: string, result: CheckResult, reviewingBody: ReviewingBody | null, reviewer: string | null, checkedOn: string | null, evidenceNote: string | null, overrideReason: string | null, updatedAt: string }>, registerFindings: Array<{ itemKey: string, says: CheckResult, unitsInEstate: number | null }>, objections: Array<{ id: string, filedOn: string, filedBy: string, reason: string, resolution: string | null, resolvedOn: string | null }> };

export type CandidateQueryVariables = Exact<{
  id: string | number;
}>;


export type CandidateQuery = { record: { id: string, version: number, electionId: string, ownerId: string, partyMember: boolean, nominatedBy: string, nominatedOn: string, decision: EligibilityDecision, decisionExplanation: unknown, withdrawn: boolean, owner: { id: string, name: string }, election: { id: string, title: string, phase: ElectionPhase, estateId: string, seats: number }, checklist: { id: string, version: number, title: string, items: Array<{ key: string, kind: CheckKind, titleZh: string, titleEn: string, suggestedReviewers: Array<ReviewingBody> }> }, checks: Array<{ itemKey: string, result: CheckResult, reviewingBody: ReviewingBody | null, reviewer: string | null, checkedOn: string | null, evidenceNote: string | null, overrideReason: string | null, updatedAt: string }>, registerFindings: Array<{ itemKey: string, says: CheckResult, unitsInEstate: number | null }>, objections: Array<{ id: string, filedOn: string, filedBy: string, reason: string, resolution: string | null, resolvedOn: string | null }> } };

export type CheckMutationVariables = Exact<{
  candidateId: string | number;
  version: number;
  input: EligibilityCheckInput;
}>;


export type CheckMutation = { recordEligibilityCheck: { id: string, version: number, decision: EligibilityDecision } };

export type ChecksMutationVariables = Exact<{
  candidateId: string | number;
  version: number;
  input: EligibilityChecksInput;
}>;


export type ChecksMutation = { recordEligibilityChecks: { id: string, version: number, decision: EligibilityDecision } };

export type ObjectMutationVariables = Exact<{
  candidateId: string | number;
  input: ObjectionInput;
}>;


export type ObjectMutation = { fileObjection: { id: string } };

export type ResolveMutationVariables = Exact<{
  id: string | number;
  resolution: string;
}>;


export type ResolveMutation = { resolveObjection: { id: string, resolvedOn: string | null } };

export type ChecklistItemPartsFragment = { key: string, kind: CheckKind, titleZh: string, titleEn: string, suggestedReviewers: Array<ReviewingBody> };

export type ChecklistVersionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ChecklistVersionsQuery = { checklistVersions: Array<{ id: string, version: number, title: string, source: string, publishedById: string | null, createdAt: string, items: Array<{ key: string, kind: CheckKind, titleZh: string, titleEn: string, suggestedReviewers: Array<ReviewingBody> }> }> };

export type ChecklistDraftListQueryVariables = Exact<{ [key: string]: never; }>;


export type ChecklistDraftListQuery = { checklistDrafts: Array<{ id: string, version: number, title: string, source: string, updatedAt: string, availableActions: Array<ChecklistDraftAction>, items: Array<{ key: string, kind: CheckKind, titleZh: string, titleEn: string, suggestedReviewers: Array<ReviewingBody> }> }> };

export type ChecklistDraftOneQueryVariables = Exact<{
  id: string | number;
}>;


export type ChecklistDraftOneQuery = { checklistDraft: { id: string, version: number, title: string, source: string, publishedVersionId: string | null, items: Array<{ key: string, kind: CheckKind, titleZh: string, titleEn: string, suggestedReviewers: Array<ReviewingBody> }> } };

export type CreateChecklistDraftCallMutationVariables = Exact<{
  input: ChecklistInput;
}>;


export type CreateChecklistDraftCallMutation = { createChecklistDraft: { id: string, version: number } };

export type UpdateChecklistDraftCallMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: ChecklistInput;
}>;


export type UpdateChecklistDraftCallMutation = { updateChecklistDraft: { id: string, version: number } };

export type PublishChecklistDraftCallMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type PublishChecklistDraftCallMutation = { publishChecklistDraft: { id: string, version: number } };

export type CommitteeAccountRecordFragment = { id: string, version: number, estateId: string, spendingLimit: string, statementDueDays: number, updatedAt: string, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } };

export type CommitteeAccountTermsProposalPartsFragment = { id: string, version: number, spendingLimit: string, statementDueDays: number, status: ProposalStatus, proposedById: string, proposedBy: string | null, createdAt: string, availableActions: Array<ProposalAction>, confirmRefusal: string | null };

export type AccountStatementPartsFragment = { periodId: string, estateName: string, year: number, quarter: number, from: string, to: string, opening: string, income: string, spending: string, closing: string, publishedAt: string | null, incomeByCategory: Array<{ category: string, amount: string }>, spendingByCategory: Array<{ category: string, amount: string }> };

export type CommitteeAccountListQueryVariables = Exact<{
  options?: CommitteeAccountListOptions | null | undefined;
}>;


export type CommitteeAccountListQuery = { list: { totalItems: number, nextCursor: string | null, items: Array<{ id: string, version: number, estateId: string, spendingLimit: string, statementDueDays: number, updatedAt: string, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } }> } };

export type CommitteeAccountQueryVariables = Exact<{
  id: string | number;
}>;


export type CommitteeAccountQuery = { record: { id: string, version: number, estateId: string, spendingLimit: string, statementDueDays: number, updatedAt: string, pendingTerms: { id: string, version: number, spendingLimit: string, statementDueDays: number, status: ProposalStatus, proposedById: string, proposedBy: string | null, createdAt: string, availableActions: Array<ProposalAction>, confirmRefusal: string | null } | null, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } } };

export type OpenCommitteeAccountMutationVariables = Exact<{
  input: OpenCommitteeAccountInput;
}>;


export type OpenCommitteeAccountMutation = { record: { id: string, version: number, estateId: string, spendingLimit: string, statementDueDays: number, updatedAt: string, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } } };

export type AccountPeriodsOfQueryVariables = Exact<{
  options?: AccountPeriodListOptions | null | undefined;
}>;


export type AccountPeriodsOfQuery = { accountPeriods: { items: Array<{ id: string, version: number, year: number, quarter: number, status: AccountPeriodStatus, closedAt: string | null, countersignedAt: string | null, publishedAt: string | null, returnedAt: string | null, returnReason: string | null, availableActions: Array<AccountPeriodAction>, closeHoldRule: string | null, statement: { periodId: string, estateName: string, year: number, quarter: number, from: string, to: string, opening: string, income: string, spending: string, closing: string, publishedAt: string | null, incomeByCategory: Array<{ category: string, amount: string }>, spendingByCategory: Array<{ category: string, amount: string }> } }> } };

export type AccountEntriesOfQueryVariables = Exact<{
  options?: AccountEntryListOptions | null | undefined;
}>;


export type AccountEntriesOfQuery = { accountEntries: { totalItems: number, items: Array<{ id: string, version: number, direction: EntryDirection, category: string, amount: string, counterparty: string, occurredOn: string, description: string, enteredBy: string, correctsEntryId: string | null, resolutionId: string | null, signOffRequired: boolean, signedOffAt: string | null, signOffRefusedAt: string | null, signOffRefusalNote: string | null, createdById: string | null, vouchers: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number }> }> } };

export type SittingMembersOfQueryVariables = Exact<{
  id: string | number;
}>;


export type SittingMembersOfQuery = { estate: { id: string, currentCommittee: { id: string, members: Array<{ id: string, name: string, position: CommitteePosition, endsOn: string | null }> } | null } };

export type AddAccountEntryOfMutationVariables = Exact<{
  input: AccountEntryInput;
}>;


export type AddAccountEntryOfMutation = { addAccountEntry: { id: string, periodId: string } };

export type SignOffAccountEntryOfMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type SignOffAccountEntryOfMutation = { signOffAccountEntry: { id: string, version: number } };

export type RefuseAccountEntrySignOffOfMutationVariables = Exact<{
  id: string | number;
  version: number;
  note: string;
}>;


export type RefuseAccountEntrySignOffOfMutation = { refuseAccountEntrySignOff: { id: string, version: number } };

export type MoveAccountPeriodOfMutationVariables = Exact<{
  id: string | number;
  version: number;
  action: AccountPeriodAction;
  memberId?: string | number | null | undefined;
  note?: string | null | undefined;
}>;


export type MoveAccountPeriodOfMutation = { moveAccountPeriod: { id: string, version: number, status: AccountPeriodStatus } };

export type SetCommitteeAccountTermsOfMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: CommitteeAccountTermsInput;
}>;


export type SetCommitteeAccountTermsOfMutation = { setCommitteeAccountTerms: { id: string, version: number, estateId: string, spendingLimit: string, statementDueDays: number, updatedAt: string, pendingTerms: { id: string } | null, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } } };

export type DecideCommitteeAccountTermsOfMutationVariables = Exact<{
  id: string | number;
  version: number;
  action: ProposalAction;
  note?: string | null | undefined;
}>;


export type DecideCommitteeAccountTermsOfMutation = { decideCommitteeAccountTerms: { id: string, version: number, status: ProposalStatus } };

export type AddAccountVoucherOfMutationVariables = Exact<{
  entryId: string | number;
  input: VoucherInput;
}>;


export type AddAccountVoucherOfMutation = { addAccountVoucher: { id: string, fileName: string } };

export type CommitteeFilingRecordFragment = { id: string, version: number, committeeId: string, kind: CommitteeFilingKind, eventDate: string, dueOn: string, dueOnProvisional: boolean, overdue: boolean, daysRemaining: number, submittedLate: boolean, filingStatus: FilingStatus, filingNumber: string | null, createdById: string | null, submittedById: string | null, submittedAt: string | null, decidedById: string | null, decidedAt: string | null, returnReason: ReturnReason | null, returnNote: string | null, revokeReason: RevokeReason | null, revokeNote: string | null, availableActions: Array<FilingAction>, createdAt: string, updatedAt: string, committee: { id: string, termNumber: number, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } } };

export type CommitteeFilingDetailFragment = { id: string, version: number, committeeId: string, kind: CommitteeFilingKind, eventDate: string, dueOn: string, dueOnProvisional: boolean, overdue: boolean, daysRemaining: number, submittedLate: boolean, filingStatus: FilingStatus, filingNumber: string | null, createdById: string | null, submittedById: string | null, submittedAt: string | null, decidedById: string | null, decidedAt: string | null, returnReason: ReturnReason | null, returnNote: string | null, revokeReason: RevokeReason | null, revokeNote: string | null, availableActions: Array<FilingAction>, createdAt: string, updatedAt: string, materials: Array<{ id: string, kind: MaterialKind, fileName: string, contentType: string, sizeBytes: number, sha256: string, createdAt: string }>, committee: { id: string, termNumber: number, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } } };

export type CommitteeFilingListQueryVariables = Exact<{
  options?: CommitteeFilingListOptions | null | undefined;
}>;


export type CommitteeFilingListQuery = { list: { totalItems: number, nextCursor: string | null, items: Array<{ id: string, version: number, committeeId: string, kind: CommitteeFilingKind, eventDate: string, dueOn: string, dueOnProvisional: boolean, overdue: boolean, daysRemaining: number, submittedLate: boolean, filingStatus: FilingStatus, filingNumber: string | null, createdById: string | null, submittedById: string | null, submittedAt: string | null, decidedById: string | null, decidedAt: string | null, returnReason: ReturnReason | null, returnNote: string | null, revokeReason: RevokeReason | null, revokeNote: string | null, availableActions: Array<FilingAction>, createdAt: string, updatedAt: string, committee: { id: string, termNumber: number, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } } }> } };

export type CommitteeFilingQueryVariables = Exact<{
  id: string | number;
}>;


export type CommitteeFilingQuery = { record: { id: string, version: number, committeeId: string, kind: CommitteeFilingKind, eventDate: string, dueOn: string, dueOnProvisional: boolean, overdue: boolean, daysRemaining: number, submittedLate: boolean, filingStatus: FilingStatus, filingNumber: string | null, createdById: string | null, submittedById: string | null, submittedAt: string | null, decidedById: string | null, decidedAt: string | null, returnReason: ReturnReason | null, returnNote: string | null, revokeReason: RevokeReason | null, revokeNote: string | null, availableActions: Array<FilingAction>, createdAt: string, updatedAt: string, materials: Array<{ id: string, kind: MaterialKind, fileName: string, contentType: string, sizeBytes: number, sha256: string, createdAt: string }>, committee: { id: string, termNumber: number, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } } } };

export type SubmitCommitteeFilingMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type SubmitCommitteeFilingMutation = { record: { id: string, version: number, committeeId: string, kind: CommitteeFilingKind, eventDate: string, dueOn: string, dueOnProvisional: boolean, overdue: boolean, daysRemaining: number, submittedLate: boolean, filingStatus: FilingStatus, filingNumber: string | null, createdById: string | null, submittedById: string | null, submittedAt: string | null, decidedById: string | null, decidedAt: string | null, returnReason: ReturnReason | null, returnNote: string | null, revokeReason: RevokeReason | null, revokeNote: string | null, availableActions: Array<FilingAction>, createdAt: string, updatedAt: string, committee: { id: string, termNumber: number, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } } } };

export type ApproveCommitteeFilingMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type ApproveCommitteeFilingMutation = { record: { id: string, version: number, committeeId: string, kind: CommitteeFilingKind, eventDate: string, dueOn: string, dueOnProvisional: boolean, overdue: boolean, daysRemaining: number, submittedLate: boolean, filingStatus: FilingStatus, filingNumber: string | null, createdById: string | null, submittedById: string | null, submittedAt: string | null, decidedById: string | null, decidedAt: string | null, returnReason: ReturnReason | null, returnNote: string | null, revokeReason: RevokeReason | null, revokeNote: string | null, availableActions: Array<FilingAction>, createdAt: string, updatedAt: string, committee: { id: string, termNumber: number, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } } } };

export type ReturnCommitteeFilingMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: ReturnReason;
  note?: string | null | undefined;
}>;


export type ReturnCommitteeFilingMutation = { record: { id: string, version: number, committeeId: string, kind: CommitteeFilingKind, eventDate: string, dueOn: string, dueOnProvisional: boolean, overdue: boolean, daysRemaining: number, submittedLate: boolean, filingStatus: FilingStatus, filingNumber: string | null, createdById: string | null, submittedById: string | null, submittedAt: string | null, decidedById: string | null, decidedAt: string | null, returnReason: ReturnReason | null, returnNote: string | null, revokeReason: RevokeReason | null, revokeNote: string | null, availableActions: Array<FilingAction>, createdAt: string, updatedAt: string, committee: { id: string, termNumber: number, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } } } };

export type RevokeCommitteeFilingMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: RevokeReason;
  note?: string | null | undefined;
}>;


export type RevokeCommitteeFilingMutation = { record: { id: string, version: number, committeeId: string, kind: CommitteeFilingKind, eventDate: string, dueOn: string, dueOnProvisional: boolean, overdue: boolean, daysRemaining: number, submittedLate: boolean, filingStatus: FilingStatus, filingNumber: string | null, createdById: string | null, submittedById: string | null, submittedAt: string | null, decidedById: string | null, decidedAt: string | null, returnReason: ReturnReason | null, returnNote: string | null, revokeReason: RevokeReason | null, revokeNote: string | null, availableActions: Array<FilingAction>, createdAt: string, updatedAt: string, committee: { id: string, termNumber: number, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } } } };

export type MaterialMutationVariables = Exact<{
  filingId: string | number;
  input: MaterialInput;
}>;


export type MaterialMutation = { addFilingMaterial: { id: string, kind: MaterialKind, fileName: string, sizeBytes: number } };

export type RemoveMaterialMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveMaterialMutation = { removeFilingMaterial: boolean };

export type MaterialContentQueryVariables = Exact<{
  id: string | number;
}>;


export type MaterialContentQuery = { filingMaterialContent: string };

export type CommitteeRecordFragment = { id: string, version: number, estateId: string, termNumber: number, electedOn: string, termStart: string, termEnd: string, createdAt: string, updatedAt: string, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } };

export type CommitteeDetailFragment = { id: string, version: number, estateId: string, termNumber: number, electedOn: string, termStart: string, termEnd: string, createdAt: string, updatedAt: string, members: Array<{ id: string, name: string, position: CommitteePosition, ownerId: string | null, startsOn: string }>, filings: Array<{ id: string, version: number, kind: CommitteeFilingKind, eventDate: string, dueOn: string, dueOnProvisional: boolean, filingStatus: FilingStatus, filingNumber: string | null, overdue: boolean, daysRemaining: number }>, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } };

export type CommitteeListQueryVariables = Exact<{
  options?: CommitteeListOptions | null | undefined;
}>;


export type CommitteeListQuery = { list: { totalItems: number, nextCursor: string | null, items: Array<{ id: string, version: number, estateId: string, termNumber: number, electedOn: string, termStart: string, termEnd: string, createdAt: string, updatedAt: string, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } }> } };

export type CommitteeQueryVariables = Exact<{
  id: string | number;
}>;


export type CommitteeQuery = { record: { id: string, version: number, estateId: string, termNumber: number, electedOn: string, termStart: string, termEnd: string, createdAt: string, updatedAt: string, members: Array<{ id: string, name: string, position: CommitteePosition, ownerId: string | null, startsOn: string }>, filings: Array<{ id: string, version: number, kind: CommitteeFilingKind, eventDate: string, dueOn: string, dueOnProvisional: boolean, filingStatus: FilingStatus, filingNumber: string | null, overdue: boolean, daysRemaining: number }>, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } } };

export type RegisterCommitteeMutationVariables = Exact<{
  input: CommitteeInput;
}>;


export type RegisterCommitteeMutation = { record: { id: string, version: number, estateId: string, termNumber: number, electedOn: string, termStart: string, termEnd: string, createdAt: string, updatedAt: string, members: Array<{ id: string, name: string, position: CommitteePosition, ownerId: string | null, startsOn: string }>, filings: Array<{ id: string, version: number, kind: CommitteeFilingKind, eventDate: string, dueOn: string, dueOnProvisional: boolean, filingStatus: FilingStatus, filingNumber: string | null, overdue: boolean, daysRemaining: number }>, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } } };

export type MembersMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: CommitteeMembersInput;
}>;


export type MembersMutation = { record: { id: string, version: number, estateId: string, termNumber: number, electedOn: string, termStart: string, termEnd: string, createdAt: string, updatedAt: string, members: Array<{ id: string, name: string, position: CommitteePosition, ownerId: string | null, startsOn: string }>, filings: Array<{ id: string, version: number, kind: CommitteeFilingKind, eventDate: string, dueOn: string, dueOnProvisional: boolean, filingStatus: FilingStatus, filingNumber: string | null, overdue: boolean, daysRemaining: number }>, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } } };

export type DashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardQuery = { dashboard: { waitingTotal: number, firms: { approved: number, target: number, submitted: number, total: number }, projects: { approved: number, target: number, submitted: number, total: number }, committees: { approved: number, target: number, submitted: number, total: number }, waiting: Array<{ kind: FilingKindName, id: string, name: string, submittedAt: string, waitingDays: number }>, byDistrict: Array<{ districtId: string, code: string, name: string, firms: number, projects: number, committees: number }>, elections: { overdueFilingsTotal: number, byPhase: Array<{ phase: ElectionPhase, count: number }>, overdueFilings: Array<{ id: string, committeeId: string, estateName: string, dueOn: string, dueOnProvisional: boolean, daysOverdue: number }> } | null, assessments: { quarter: string, projects: number, completed: number, submitted: number, inProgress: number, latestList: { quarter: string, categories: Array<{ redPlaces: number, blackPlaces: number }> } | null }, statements: { books: number, overdue: number, unpublished: number, late: Array<{ accountId: string, estateId: string, estateName: string, lag: StatementLag, year: number, quarter: number, dueOn: string, quarters: number }> } | null, demonstrations: { city: number, cityTarget: number, provincial: number, provincialTarget: number }, campaigns: Array<{ id: string, name: string, status: CampaignStatus, measures: Array<{ code: string, labelZh: string, labelEn: string, unit: string }>, totals: Array<{ districtId: string | null, estatesCovered: number, measures: Array<{ total: string, measure: { code: string } }> }> }> } };

export type ElectionRecordFragment = { id: string, version: number, estateId: string, kind: ElectionKind, title: string, seats: number, phase: ElectionPhase, deemedVotes: boolean, committeeId: string | null, cancelReason: ElectionCancelReason | null, cancelNote: string | null, availableActions: Array<ElectionAction>, createdAt: string, updatedAt: string, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } };

export type ElectionDetailFragment = { plannedVotingOn: string | null, votedOn: string | null, id: string, version: number, estateId: string, kind: ElectionKind, title: string, seats: number, phase: ElectionPhase, deemedVotes: boolean, committeeId: string | null, cancelReason: ElectionCancelReason | null, cancelNote: string | null, availableActions: Array<ElectionAction>, createdAt: string, updatedAt: string, phases: Array<{ phase: ElectionPhase, startsOn: string | null, endsOn: string | null, enteredAt: string | null }>, history: Array<{ at: string, action: ElectionAction | null, phase: ElectionPhase, actorName: string, cancelReason: ElectionCancelReason | null, note: string | null, objectionId: string | null }>, record: { sha256: string | null, sealedAt: string | null, pdfPath: string, jsonPath: string | null } | null, candidates: Array<{ id: string, version: number, ownerId: string, partyMember: boolean, nominatedBy: string, nominatedOn: string, decision: EligibilityDecision, withdrawn: boolean, owner: { id: string, name: string } }>, slateWarning: { partyMembers: number, candidates: number, needed: number } | null, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } };

export type ElectionListQueryVariables = Exact<{
  options?: ElectionListOptions | null | undefined;
}>;


export type ElectionListQuery = { list: { totalItems: number, nextCursor: string | null, items: Array<{ id: string, version: number, estateId: string, kind: ElectionKind, title: string, seats: number, phase: ElectionPhase, deemedVotes: boolean, committeeId: string | null, cancelReason: ElectionCancelReason | null, cancelNote: string | null, availableActions: Array<ElectionAction>, createdAt: string, updatedAt: string, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } }> } };

export type ElectionQueryVariables = Exact<{
  id: string | number;
}>;


export type ElectionQuery = { record: { plannedVotingOn: string | null, votedOn: string | null, id: string, version: number, estateId: string, kind: ElectionKind, title: string, seats: number, phase: ElectionPhase, deemedVotes: boolean, committeeId: string | null, cancelReason: ElectionCancelReason | null, cancelNote: string | null, availableActions: Array<ElectionAction>, createdAt: string, updatedAt: string, phases: Array<{ phase: ElectionPhase, startsOn: string | null, endsOn: string | null, enteredAt: string | null }>, history: Array<{ at: string, action: ElectionAction | null, phase: ElectionPhase, actorName: string, cancelReason: ElectionCancelReason | null, note: string | null, objectionId: string | null }>, record: { sha256: string | null, sealedAt: string | null, pdfPath: string, jsonPath: string | null } | null, candidates: Array<{ id: string, version: number, ownerId: string, partyMember: boolean, nominatedBy: string, nominatedOn: string, decision: EligibilityDecision, withdrawn: boolean, owner: { id: string, name: string } }>, slateWarning: { partyMembers: number, candidates: number, needed: number } | null, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } } };

export type CreateElectionMutationVariables = Exact<{
  input: ElectionInput;
}>;


export type CreateElectionMutation = { record: { plannedVotingOn: string | null, votedOn: string | null, id: string, version: number, estateId: string, kind: ElectionKind, title: string, seats: number, phase: ElectionPhase, deemedVotes: boolean, committeeId: string | null, cancelReason: ElectionCancelReason | null, cancelNote: string | null, availableActions: Array<ElectionAction>, createdAt: string, updatedAt: string, phases: Array<{ phase: ElectionPhase, startsOn: string | null, endsOn: string | null, enteredAt: string | null }>, history: Array<{ at: string, action: ElectionAction | null, phase: ElectionPhase, actorName: string, cancelReason: ElectionCancelReason | null, note: string | null, objectionId: string | null }>, record: { sha256: string | null, sealedAt: string | null, pdfPath: string, jsonPath: string | null } | null, candidates: Array<{ id: string, version: number, ownerId: string, partyMember: boolean, nominatedBy: string, nominatedOn: string, decision: EligibilityDecision, withdrawn: boolean, owner: { id: string, name: string } }>, slateWarning: { partyMembers: number, candidates: number, needed: number } | null, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } } };

export type UpdateElectionMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: ElectionUpdateInput;
}>;


export type UpdateElectionMutation = { record: { plannedVotingOn: string | null, votedOn: string | null, id: string, version: number, estateId: string, kind: ElectionKind, title: string, seats: number, phase: ElectionPhase, deemedVotes: boolean, committeeId: string | null, cancelReason: ElectionCancelReason | null, cancelNote: string | null, availableActions: Array<ElectionAction>, createdAt: string, updatedAt: string, phases: Array<{ phase: ElectionPhase, startsOn: string | null, endsOn: string | null, enteredAt: string | null }>, history: Array<{ at: string, action: ElectionAction | null, phase: ElectionPhase, actorName: string, cancelReason: ElectionCancelReason | null, note: string | null, objectionId: string | null }>, record: { sha256: string | null, sealedAt: string | null, pdfPath: string, jsonPath: string | null } | null, candidates: Array<{ id: string, version: number, ownerId: string, partyMember: boolean, nominatedBy: string, nominatedOn: string, decision: EligibilityDecision, withdrawn: boolean, owner: { id: string, name: string } }>, slateWarning: { partyMembers: number, candidates: number, needed: number } | null, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } } };

export type MoveElectionMutationVariables = Exact<{
  id: string | number;
  version: number;
  action: ElectionAction;
  cancelReason?: ElectionCancelReason | null | undefined;
  votedOn?: string | null | undefined;
  note?: string | null | undefined;
}>;


export type MoveElectionMutation = { record: { id: string, version: number, estateId: string, kind: ElectionKind, title: string, seats: number, phase: ElectionPhase, deemedVotes: boolean, committeeId: string | null, cancelReason: ElectionCancelReason | null, cancelNote: string | null, availableActions: Array<ElectionAction>, createdAt: string, updatedAt: string, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } } };

export type NominateMutationVariables = Exact<{
  electionId: string | number;
  input: NominationInput;
}>;


export type NominateMutation = { nominateCandidate: { id: string, decision: EligibilityDecision } };

export type VotingPersonsQueryVariables = Exact<{
  electionId: string | number;
  q?: string | null | undefined;
  skip?: number | null | undefined;
  take?: number | null | undefined;
}>;


export type VotingPersonsQuery = { votingPersons: { totalItems: number, items: Array<{ personKey: string, ownerId: string | null, name: string, units: Array<string>, area: string, voted: boolean }> } };

export type BallotMutationVariables = Exact<{
  electionId: string | number;
  input: BallotInput;
}>;


export type BallotMutation = { recordBallot: { id: string, voterKey: string, method: VotingMethod, choices: Array<string>, recordedAt: string } };

export type SettleTieMutationVariables = Exact<{
  electionId: string | number;
  version: number;
  input: TieSettlementInput;
}>;


export type SettleTieMutation = { record: { id: string, version: number, estateId: string, kind: ElectionKind, title: string, seats: number, phase: ElectionPhase, deemedVotes: boolean, committeeId: string | null, cancelReason: ElectionCancelReason | null, cancelNote: string | null, availableActions: Array<ElectionAction>, createdAt: string, updatedAt: string, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } } };

export type ConfirmTieMutationVariables = Exact<{
  electionId: string | number;
  version: number;
}>;


export type ConfirmTieMutation = { record: { id: string, version: number, estateId: string, kind: ElectionKind, title: string, seats: number, phase: ElectionPhase, deemedVotes: boolean, committeeId: string | null, cancelReason: ElectionCancelReason | null, cancelNote: string | null, availableActions: Array<ElectionAction>, createdAt: string, updatedAt: string, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } } };

export type TallyQueryVariables = Exact<{
  id: string | number;
}>;


export type TallyQuery = { election: { id: string, tally: { seats: number, ballots: number, electedIds: Array<string>, totals: { headcount: number, area: string }, participating: { headcount: number, area: string }, quorum: { rule: ThresholdRule, met: boolean, inclusive: boolean, threshold: { numerator: number, denominator: number }, headcount: { part: number, whole: number, met: boolean }, area: { part: string, whole: string, met: boolean } }, candidates: Array<{ candidateId: string, rank: number, status: string, approvals: { headcount: number, area: string }, deemed: { outcome: string, side: string | null, persons: { headcount: number, area: string } }, pass: { rule: ThresholdRule, met: boolean, inclusive: boolean, threshold: { numerator: number, denominator: number }, headcount: { part: number, whole: number, met: boolean }, area: { part: string, whole: string, met: boolean } } }>, issues: Array<{ code: string, message: string, candidateIds: Array<string> | null, settled: boolean | null }>, tieSettlement: { method: TieSettlementMethod, chosenCandidateIds: Array<string>, decidedOn: string, note: string, recordedAt: string, confirmed: boolean, confirmedAt: string | null, confirmRefusal: string | null } | null } | null } };

export type EstateRecordFragment = { id: string, version: number, communityId: string, name: string, address: string, totalFloorArea: string, residentialFloorArea: string, households: number, buildings: number, elevators: number, deliveredOn: string | null, createdAt: string, updatedAt: string, subdistrict: { id: string, districtId: string }, demonstrations: Array<{ id: string, version: number, level: DemonstrationLevel, year: number, documentNumber: string, withdrawnOn: string | null, withdrawalReason: string | null, withdrawalDocument: string | null }> };

export type EstateListQueryVariables = Exact<{
  options?: EstateListOptions | null | undefined;
}>;


export type EstateListQuery = { list: { totalItems: number, nextCursor: string | null, items: Array<{ id: string, version: number, communityId: string, name: string, address: string, totalFloorArea: string, residentialFloorArea: string, households: number, buildings: number, elevators: number, deliveredOn: string | null, createdAt: string, updatedAt: string, subdistrict: { id: string, districtId: string }, demonstrations: Array<{ id: string, version: number, level: DemonstrationLevel, year: number, documentNumber: string, withdrawnOn: string | null, withdrawalReason: string | null, withdrawalDocument: string | null }> }> } };

export type EstateQueryVariables = Exact<{
  id: string | number;
}>;


export type EstateQuery = { record: { id: string, version: number, communityId: string, name: string, address: string, totalFloorArea: string, residentialFloorArea: string, households: number, buildings: number, elevators: number, deliveredOn: string | null, createdAt: string, updatedAt: string, subdistrict: { id: string, districtId: string }, demonstrations: Array<{ id: string, version: number, level: DemonstrationLevel, year: number, documentNumber: string, withdrawnOn: string | null, withdrawalReason: string | null, withdrawalDocument: string | null }> } };

export type CreateEstateMutationVariables = Exact<{
  input: EstateInput;
}>;


export type CreateEstateMutation = { record: { id: string, version: number, communityId: string, name: string, address: string, totalFloorArea: string, residentialFloorArea: string, households: number, buildings: number, elevators: number, deliveredOn: string | null, createdAt: string, updatedAt: string, subdistrict: { id: string, districtId: string }, demonstrations: Array<{ id: string, version: number, level: DemonstrationLevel, year: number, documentNumber: string, withdrawnOn: string | null, withdrawalReason: string | null, withdrawalDocument: string | null }> } };

export type UpdateEstateMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: EstateInput;
}>;


export type UpdateEstateMutation = { record: { id: string, version: number, communityId: string, name: string, address: string, totalFloorArea: string, residentialFloorArea: string, households: number, buildings: number, elevators: number, deliveredOn: string | null, createdAt: string, updatedAt: string, subdistrict: { id: string, districtId: string }, demonstrations: Array<{ id: string, version: number, level: DemonstrationLevel, year: number, documentNumber: string, withdrawnOn: string | null, withdrawalReason: string | null, withdrawalDocument: string | null }> } };

export type DesignateDemonstrationEstateMutationVariables = Exact<{
  input: DemonstrationDesignationInput;
}>;


export type DesignateDemonstrationEstateMutation = { designateDemonstrationEstate: { id: string, version: number } };

export type WithdrawDemonstrationDesignationMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: DemonstrationWithdrawalInput;
}>;


export type WithdrawDemonstrationDesignationMutation = { withdrawDemonstrationDesignation: { id: string, version: number, withdrawnOn: string | null } };

export type FirmRecordFragment = { id: string, version: number, name: string, creditCode: string, legalRepresentative: string, registeredAddress: string, contactPerson: string, contactPhone: string, establishedOn: string | null, districtId: string, status: FirmStatus, filingStatus: FilingStatus, filingNumber: string | null, createdById: string | null, submittedById: string | null, submittedAt: string | null, decidedById: string | null, decidedAt: string | null, returnReason: ReturnReason | null, returnNote: string | null, revokeReason: RevokeReason | null, revokeNote: string | null, availableActions: Array<FilingAction>, createdAt: string, updatedAt: string };

export type FirmListQueryVariables = Exact<{
  options?: FirmListOptions | null | undefined;
}>;


export type FirmListQuery = { list: { totalItems: number, nextCursor: string | null, items: Array<{ id: string, version: number, name: string, creditCode: string, legalRepresentative: string, registeredAddress: string, contactPerson: string, contactPhone: string, establishedOn: string | null, districtId: string, status: FirmStatus, filingStatus: FilingStatus, filingNumber: string | null, createdById: string | null, submittedById: string | null, submittedAt: string | null, decidedById: string | null, decidedAt: string | null, returnReason: ReturnReason | null, returnNote: string | null, revokeReason: RevokeReason | null, revokeNote: string | null, availableActions: Array<FilingAction>, createdAt: string, updatedAt: string }> } };

export type FirmQueryVariables = Exact<{
  id: string | number;
}>;


export type FirmQuery = { record: { id: string, version: number, name: string, creditCode: string, legalRepresentative: string, registeredAddress: string, contactPerson: string, contactPhone: string, establishedOn: string | null, districtId: string, status: FirmStatus, filingStatus: FilingStatus, filingNumber: string | null, createdById: string | null, submittedById: string | null, submittedAt: string | null, decidedById: string | null, decidedAt: string | null, returnReason: ReturnReason | null, returnNote: string | null, revokeReason: RevokeReason | null, revokeNote: string | null, availableActions: Array<FilingAction>, createdAt: string, updatedAt: string, redBlackPlacements: Array<{ quarter: string, category: EstateCategory, place: RedBlackPlace, rank: number, total: number, maxTotal: number, projectName: string, estateName: string }>, projects: Array<{ id: string, filingStatus: FilingStatus, contractEnd: string }> } };

export type CreateFirmMutationVariables = Exact<{
  input: FirmInput;
}>;


export type CreateFirmMutation = { record: { id: string, version: number, name: string, creditCode: string, legalRepresentative: string, registeredAddress: string, contactPerson: string, contactPhone: string, establishedOn: string | null, districtId: string, status: FirmStatus, filingStatus: FilingStatus, filingNumber: string | null, createdById: string | null, submittedById: string | null, submittedAt: string | null, decidedById: string | null, decidedAt: string | null, returnReason: ReturnReason | null, returnNote: string | null, revokeReason: RevokeReason | null, revokeNote: string | null, availableActions: Array<FilingAction>, createdAt: string, updatedAt: string } };

export type UpdateFirmMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: FirmInput;
}>;


export type UpdateFirmMutation = { record: { id: string, version: number, name: string, creditCode: string, legalRepresentative: string, registeredAddress: string, contactPerson: string, contactPhone: string, establishedOn: string | null, districtId: string, status: FirmStatus, filingStatus: FilingStatus, filingNumber: string | null, createdById: string | null, submittedById: string | null, submittedAt: string | null, decidedById: string | null, decidedAt: string | null, returnReason: ReturnReason | null, returnNote: string | null, revokeReason: RevokeReason | null, revokeNote: string | null, availableActions: Array<FilingAction>, createdAt: string, updatedAt: string } };

export type SubmitFirmMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type SubmitFirmMutation = { record: { id: string, version: number, name: string, creditCode: string, legalRepresentative: string, registeredAddress: string, contactPerson: string, contactPhone: string, establishedOn: string | null, districtId: string, status: FirmStatus, filingStatus: FilingStatus, filingNumber: string | null, createdById: string | null, submittedById: string | null, submittedAt: string | null, decidedById: string | null, decidedAt: string | null, returnReason: ReturnReason | null, returnNote: string | null, revokeReason: RevokeReason | null, revokeNote: string | null, availableActions: Array<FilingAction>, createdAt: string, updatedAt: string } };

export type ApproveFirmMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type ApproveFirmMutation = { record: { id: string, version: number, name: string, creditCode: string, legalRepresentative: string, registeredAddress: string, contactPerson: string, contactPhone: string, establishedOn: string | null, districtId: string, status: FirmStatus, filingStatus: FilingStatus, filingNumber: string | null, createdById: string | null, submittedById: string | null, submittedAt: string | null, decidedById: string | null, decidedAt: string | null, returnReason: ReturnReason | null, returnNote: string | null, revokeReason: RevokeReason | null, revokeNote: string | null, availableActions: Array<FilingAction>, createdAt: string, updatedAt: string } };

export type ReturnFirmMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: ReturnReason;
  note?: string | null | undefined;
}>;


export type ReturnFirmMutation = { record: { id: string, version: number, name: string, creditCode: string, legalRepresentative: string, registeredAddress: string, contactPerson: string, contactPhone: string, establishedOn: string | null, districtId: string, status: FirmStatus, filingStatus: FilingStatus, filingNumber: string | null, createdById: string | null, submittedById: string | null, submittedAt: string | null, decidedById: string | null, decidedAt: string | null, returnReason: ReturnReason | null, returnNote: string | null, revokeReason: RevokeReason | null, revokeNote: string | null, availableActions: Array<FilingAction>, createdAt: string, updatedAt: string } };

export type RevokeFirmMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: RevokeReason;
  note?: string | null | undefined;
}>;


export type RevokeFirmMutation = { record: { id: string, version: number, name: string, creditCode: string, legalRepresentative: string, registeredAddress: string, contactPerson: string, contactPhone: string, establishedOn: string | null, districtId: string, status: FirmStatus, filingStatus: FilingStatus, filingNumber: string | null, createdById: string | null, submittedById: string | null, submittedAt: string | null, decidedById: string | null, decidedAt: string | null, returnReason: ReturnReason | null, returnNote: string | null, revokeReason: RevokeReason | null, revokeNote: string | null, availableActions: Array<FilingAction>, createdAt: string, updatedAt: string } };

export type MeetingCorrectionShownFragment = { id: string, before: string, after: string, reason: string, correctedAt: string, correctedBy: string | null };

export type FivePartyMeetingRecordFragment = { id: string, version: number, estateId: string, heldOn: string, summary: string, overdue: boolean, overdueFollowUps: number, issuesRaised: number, issuesResolved: number, absentParties: Array<MeetingParty>, updatedAt: string, editsAreCorrections: boolean, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } | null, participants: Array<{ party: MeetingParty, name: string, role: string | null }>, issues: Array<{ id: string, version: number, description: string, raisedBy: MeetingParty, status: MeetingIssueStatus, resolutionNote: string | null, resolvedOn: string | null }>, followUps: Array<{ id: string, version: number, task: string, ownerParty: MeetingParty, ownerName: string, dueOn: string, firstDueOn: string, dueOnFixedBy: string | null, doneOn: string | null, doneNote: string | null, overdue: boolean }> };

export type FivePartyMeetingShownFragment = { id: string, version: number, estateId: string, heldOn: string, summary: string, overdue: boolean, overdueFollowUps: number, issuesRaised: number, issuesResolved: number, absentParties: Array<MeetingParty>, updatedAt: string, editsAreCorrections: boolean, issues: Array<{ id: string, version: number, description: string, raisedBy: MeetingParty, status: MeetingIssueStatus, resolutionNote: string | null, resolvedOn: string | null, corrections: Array<{ id: string, before: string, after: string, reason: string, correctedAt: string, correctedBy: string | null }> }>, followUps: Array<{ id: string, version: number, task: string, ownerParty: MeetingParty, ownerName: string, dueOn: string, firstDueOn: string, dueOnFixedBy: string | null, doneOn: string | null, doneNote: string | null, overdue: boolean, corrections: Array<{ id: string, before: string, after: string, reason: string, correctedAt: string, correctedBy: string | null }> }>, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } | null, participants: Array<{ party: MeetingParty, name: string, role: string | null }> };

export type FivePartyMeetingListQueryVariables = Exact<{
  options?: FivePartyMeetingListOptions | null | undefined;
}>;


export type FivePartyMeetingListQuery = { list: { totalItems: number, nextCursor: string | null, items: Array<{ id: string, version: number, estateId: string, heldOn: string, summary: string, overdue: boolean, overdueFollowUps: number, issuesRaised: number, issuesResolved: number, absentParties: Array<MeetingParty>, updatedAt: string, editsAreCorrections: boolean, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } | null, participants: Array<{ party: MeetingParty, name: string, role: string | null }>, issues: Array<{ id: string, version: number, description: string, raisedBy: MeetingParty, status: MeetingIssueStatus, resolutionNote: string | null, resolvedOn: string | null }>, followUps: Array<{ id: string, version: number, task: string, ownerParty: MeetingParty, ownerName: string, dueOn: string, firstDueOn: string, dueOnFixedBy: string | null, doneOn: string | null, doneNote: string | null, overdue: boolean }> }> } };

export type FivePartyMeetingQueryVariables = Exact<{
  id: string | number;
}>;


export type FivePartyMeetingQuery = { record: { id: string, version: number, estateId: string, heldOn: string, summary: string, overdue: boolean, overdueFollowUps: number, issuesRaised: number, issuesResolved: number, absentParties: Array<MeetingParty>, updatedAt: string, editsAreCorrections: boolean, issues: Array<{ id: string, version: number, description: string, raisedBy: MeetingParty, status: MeetingIssueStatus, resolutionNote: string | null, resolvedOn: string | null, corrections: Array<{ id: string, before: string, after: string, reason: string, correctedAt: string, correctedBy: string | null }> }>, followUps: Array<{ id: string, version: number, task: string, ownerParty: MeetingParty, ownerName: string, dueOn: string, firstDueOn: string, dueOnFixedBy: string | null, doneOn: string | null, doneNote: string | null, overdue: boolean, corrections: Array<{ id: string, before: string, after: string, reason: string, correctedAt: string, correctedBy: string | null }> }>, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } | null, participants: Array<{ party: MeetingParty, name: string, role: string | null }> } };

export type CreateFivePartyMeetingRecordMutationVariables = Exact<{
  input: FivePartyMeetingInput;
}>;


export type CreateFivePartyMeetingRecordMutation = { record: { id: string, version: number, estateId: string, heldOn: string, summary: string, overdue: boolean, overdueFollowUps: number, issuesRaised: number, issuesResolved: number, absentParties: Array<MeetingParty>, updatedAt: string, editsAreCorrections: boolean, issues: Array<{ id: string, version: number, description: string, raisedBy: MeetingParty, status: MeetingIssueStatus, resolutionNote: string | null, resolvedOn: string | null, corrections: Array<{ id: string, before: string, after: string, reason: string, correctedAt: string, correctedBy: string | null }> }>, followUps: Array<{ id: string, version: number, task: string, ownerParty: MeetingParty, ownerName: string, dueOn: string, firstDueOn: string, dueOnFixedBy: string | null, doneOn: string | null, doneNote: string | null, overdue: boolean, corrections: Array<{ id: string, before: string, after: string, reason: string, correctedAt: string, correctedBy: string | null }> }>, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } | null, participants: Array<{ party: MeetingParty, name: string, role: string | null }> } };

export type UpdateFivePartyMeetingRecordMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: FivePartyMeetingUpdateInput;
}>;


export type UpdateFivePartyMeetingRecordMutation = { record: { id: string, version: number, estateId: string, heldOn: string, summary: string, overdue: boolean, overdueFollowUps: number, issuesRaised: number, issuesResolved: number, absentParties: Array<MeetingParty>, updatedAt: string, editsAreCorrections: boolean, issues: Array<{ id: string, version: number, description: string, raisedBy: MeetingParty, status: MeetingIssueStatus, resolutionNote: string | null, resolvedOn: string | null, corrections: Array<{ id: string, before: string, after: string, reason: string, correctedAt: string, correctedBy: string | null }> }>, followUps: Array<{ id: string, version: number, task: string, ownerParty: MeetingParty, ownerName: string, dueOn: string, firstDueOn: string, dueOnFixedBy: string | null, doneOn: string | null, doneNote: string | null, overdue: boolean, corrections: Array<{ id: string, before: string, after: string, reason: string, correctedAt: string, correctedBy: string | null }> }>, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } | null, participants: Array<{ party: MeetingParty, name: string, role: string | null }> } };

export type ResolveMeetingIssueOfMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: ResolveMeetingIssueInput;
}>;


export type ResolveMeetingIssueOfMutation = { resolveMeetingIssue: { id: string, version: number, status: MeetingIssueStatus, resolvedOn: string | null, resolutionNote: string | null } };

export type CompleteMeetingFollowUpOfMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: CompleteMeetingFollowUpInput;
}>;


export type CompleteMeetingFollowUpOfMutation = { completeMeetingFollowUp: { id: string, version: number, doneOn: string | null, overdue: boolean } };

export type CorrectMeetingIssueOfMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: CorrectMeetingIssueInput;
}>;


export type CorrectMeetingIssueOfMutation = { correctMeetingIssue: { id: string, version: number, description: string, raisedBy: MeetingParty, corrections: Array<{ id: string, before: string, after: string, reason: string, correctedAt: string, correctedBy: string | null }> } };

export type CorrectMeetingFollowUpOfMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: CorrectMeetingFollowUpInput;
}>;


export type CorrectMeetingFollowUpOfMutation = { correctMeetingFollowUp: { id: string, version: number, task: string, ownerParty: MeetingParty, ownerName: string, dueOn: string, overdue: boolean, corrections: Array<{ id: string, before: string, after: string, reason: string, correctedAt: string, correctedBy: string | null }> } };

export type HolidayCalendarQueryVariables = Exact<{
  year: number;
}>;


export type HolidayCalendarQuery = { holidayCalendar: { year: number, decree: string, noticeEntered: boolean, notice: { year: number, document: string, enteredAt: string, days: Array<{ date: string, kind: NoticeDayKind, note: string }> } | null, days: Array<{ date: string, dayOff: boolean, reason: DayReason, festivals: Array<Festival>, note: string | null, missingNotices: Array<number> }> } };

export type SetHolidayNoticeMutationVariables = Exact<{
  year: number;
  document: string;
  days: Array<HolidayNoticeDayInput> | HolidayNoticeDayInput;
}>;


export type SetHolidayNoticeMutation = { setHolidayNotice: { recomputedFilings: number, notice: { year: number } } };

export type OfficerHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type OfficerHomeQuery = { me: { jurisdiction: Array<{ id: string, name: string }> }, elections: { totalItems: number, items: Array<{ id: string, title: string, phase: ElectionPhase, estate: { name: string }, phases: Array<{ phase: ElectionPhase, endsOn: string | null }> }> }, overdue: { totalItems: number, items: Array<{ id: string, dueOn: string, dueOnProvisional: boolean, filingStatus: FilingStatus, committee: { estate: { name: string } } }> }, upcoming: { totalItems: number, items: Array<{ id: string, dueOn: string, dueOnProvisional: boolean, filingStatus: FilingStatus, committee: { estate: { name: string } } }> } };

export type ClerkHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type ClerkHomeQuery = { firmDrafts: { totalItems: number, items: Array<{ id: string, name: string, updatedAt: string }> }, projectDrafts: { totalItems: number, items: Array<{ id: string, name: string, updatedAt: string }> }, firmsReturned: { totalItems: number, items: Array<{ id: string, name: string, decidedAt: string | null, returnReason: ReturnReason | null, returnNote: string | null }> }, projectsReturned: { totalItems: number, items: Array<{ id: string, name: string, decidedAt: string | null, returnReason: ReturnReason | null, returnNote: string | null }> } };

export type RegistrarHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type RegistrarHomeQuery = { firms: { totalItems: number, items: Array<{ id: string, name: string, submittedAt: string | null }> }, projects: { totalItems: number, items: Array<{ id: string, name: string, submittedAt: string | null }> }, committeeFilings: { totalItems: number, items: Array<{ id: string, submittedAt: string | null, submittedById: string | null, committee: { estate: { name: string } } }> }, ownFirms: { totalItems: number }, ownProjects: { totalItems: number } };

export type ImportReportFieldsFragment = { kind: ImportKind, estateId: string | null, mode: ImportMode | null, format: string, encoding: string | null, committed: boolean, totalRows: number, valid: number, invalid: number, duplicates: number, created: number, updated: number, skipped: number, removed: number, rows: Array<{ row: number, status: ImportRowStatus, label: string | null, recordId: string | null, duplicateOfRow: number | null, changes: Array<string>, fieldErrors: Array<{ field: string, column: string | null, rule: string, message: string, given: string | null, allowed: Array<string> | null, expected: string | null, args: Record<string, unknown> | null }> }>, openVotes: Array<{ kind: string, id: string, phase: string }> };

export type PreviewImportMutationVariables = Exact<{
  kind: ImportKind;
  file: ImportFileInput;
  estateId?: string | number | null | undefined;
}>;


export type PreviewImportMutation = { previewImport: { kind: ImportKind, estateId: string | null, mode: ImportMode | null, format: string, encoding: string | null, committed: boolean, totalRows: number, valid: number, invalid: number, duplicates: number, created: number, updated: number, skipped: number, removed: number, rows: Array<{ row: number, status: ImportRowStatus, label: string | null, recordId: string | null, duplicateOfRow: number | null, changes: Array<string>, fieldErrors: Array<{ field: string, column: string | null, rule: string, message: string, given: string | null, allowed: Array<string> | null, expected: string | null, args: Record<string, unknown> | null }> }>, openVotes: Array<{ kind: string, id: string, phase: string }> } };

export type RunImportMutationVariables = Exact<{
  kind: ImportKind;
  file: ImportFileInput;
  mode: ImportMode;
  estateId?: string | number | null | undefined;
  progressKey?: string | null | undefined;
}>;


export type RunImportMutation = { runImport: { kind: ImportKind, estateId: string | null, mode: ImportMode | null, format: string, encoding: string | null, committed: boolean, totalRows: number, valid: number, invalid: number, duplicates: number, created: number, updated: number, skipped: number, removed: number, rows: Array<{ row: number, status: ImportRowStatus, label: string | null, recordId: string | null, duplicateOfRow: number | null, changes: Array<string>, fieldErrors: Array<{ field: string, column: string | null, rule: string, message: string, given: string | null, allowed: Array<string> | null, expected: string | null, args: Record<string, unknown> | null }> }>, openVotes: Array<{ kind: string, id: string, phase: string }> } };

export type ImportErrorFileMutationVariables = Exact<{
  file: ImportFileInput;
  rows: Array<ImportRowMessageInput> | ImportRowMessageInput;
}>;


export type ImportErrorFileMutation = { importErrorFile: { name: string, contentType: string, contentBase64: string } | null };

export type ImportProgressQueryVariables = Exact<{
  key: string;
}>;


export type ImportProgressQuery = { importProgress: { phase: ImportPhase, done: number, total: number } | null };

export type OwnerRecordFragment = { id: string, kind: OwnerKind, name: string, idNumber: string, phone: string | null, estateId: string, ownerships: Array<{ unitId: string, unit: { id: string, building: string, unitNo: string, room: string } }> };

export type OwnerListQueryVariables = Exact<{
  options?: OwnerListOptions | null | undefined;
}>;


export type OwnerListQuery = { list: { totalItems: number, nextCursor: string | null, items: Array<{ id: string, kind: OwnerKind, name: string, idNumber: string, phone: string | null, estateId: string, ownerships: Array<{ unitId: string, unit: { id: string, building: string, unitNo: string, room: string } }> }> } };

export type OwnerQueryVariables = Exact<{
  id: string | number;
}>;


export type OwnerQuery = { record: { id: string, kind: OwnerKind, name: string, idNumber: string, phone: string | null, estateId: string, ownerships: Array<{ unitId: string, unit: { id: string, building: string, unitNo: string, room: string } }> } };

export type OwnerRollQueryVariables = Exact<{
  estateId: string | number;
}>;


export type OwnerRollQuery = { ownerRoll: { estateId: string, units: number, headcount: number, totalArea: string, developerHeldUnits: number, undesignatedUnits: number } };

export type RollUnitsQueryVariables = Exact<{
  options?: UnitListOptions | null | undefined;
}>;


export type RollUnitsQuery = { units: { totalItems: number, items: Array<{ id: string, version: number, building: string, unitNo: string, room: string, area: string, areaSource: AreaSource, developerHeld: boolean, ownerships: Array<{ designatedVoter: boolean, owner: { id: string, name: string, kind: OwnerKind } }> }> } };

export type RemoveUnitMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: UnitRemovalInput;
}>;


export type RemoveUnitMutation = { removeUnit: boolean };

export type PartyOrganisationRecordFragment = { id: string, version: number, name: string, kind: PartyOrganisationKind, firmId: string | null, estateId: string | null, memberCount: number, establishedOn: string, updatedAt: string, firm: { id: string, name: string } | null, estate: { id: string, name: string } | null };

export type PartyOrganisationListQueryVariables = Exact<{
  options?: PartyOrganisationListOptions | null | undefined;
}>;


export type PartyOrganisationListQuery = { list: { totalItems: number, nextCursor: string | null, items: Array<{ id: string, version: number, name: string, kind: PartyOrganisationKind, firmId: string | null, estateId: string | null, memberCount: number, establishedOn: string, updatedAt: string, firm: { id: string, name: string } | null, estate: { id: string, name: string } | null }> } };

export type PartyOrganisationQueryVariables = Exact<{
  id: string | number;
}>;


export type PartyOrganisationQuery = { record: { id: string, version: number, name: string, kind: PartyOrganisationKind, firmId: string | null, estateId: string | null, memberCount: number, establishedOn: string, updatedAt: string, firm: { id: string, name: string } | null, estate: { id: string, name: string } | null } };

export type CreatePartyOrganisationRecordMutationVariables = Exact<{
  input: PartyOrganisationInput;
}>;


export type CreatePartyOrganisationRecordMutation = { record: { id: string, version: number, name: string, kind: PartyOrganisationKind, firmId: string | null, estateId: string | null, memberCount: number, establishedOn: string, updatedAt: string, firm: { id: string, name: string } | null, estate: { id: string, name: string } | null } };

export type UpdatePartyOrganisationRecordMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: PartyOrganisationInput;
}>;


export type UpdatePartyOrganisationRecordMutation = { record: { id: string, version: number, name: string, kind: PartyOrganisationKind, firmId: string | null, estateId: string | null, memberCount: number, establishedOn: string, updatedAt: string, firm: { id: string, name: string } | null, estate: { id: string, name: string } | null } };

export type ProjectRecordFragment = { id: string, version: number, name: string, estateId: string, firmId: string, projectManager: string, managerPhone: string, contractStart: string, contractEnd: string, selectionMethod: SelectionMethod, billingModel: BillingModel, residentialFee: string, commercialFee: string | null, parkingFee: string | null, households: number, managedArea: string, filingStatus: FilingStatus, filingNumber: string | null, createdById: string | null, submittedById: string | null, submittedAt: string | null, decidedById: string | null, decidedAt: string | null, returnReason: ReturnReason | null, returnNote: string | null, revokeReason: RevokeReason | null, revokeNote: string | null, availableActions: Array<FilingAction>, createdAt: string, updatedAt: string };

export type ProjectListQueryVariables = Exact<{
  options?: ProjectListOptions | null | undefined;
}>;


export type ProjectListQuery = { list: { totalItems: number, nextCursor: string | null, items: Array<{ id: string, version: number, name: string, estateId: string, firmId: string, projectManager: string, managerPhone: string, contractStart: string, contractEnd: string, selectionMethod: SelectionMethod, billingModel: BillingModel, residentialFee: string, commercialFee: string | null, parkingFee: string | null, households: number, managedArea: string, filingStatus: FilingStatus, filingNumber: string | null, createdById: string | null, submittedById: string | null, submittedAt: string | null, decidedById: string | null, decidedAt: string | null, returnReason: ReturnReason | null, returnNote: string | null, revokeReason: RevokeReason | null, revokeNote: string | null, availableActions: Array<FilingAction>, createdAt: string, updatedAt: string }> } };

export type ProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectQuery = { record: { id: string, version: number, name: string, estateId: string, firmId: string, projectManager: string, managerPhone: string, contractStart: string, contractEnd: string, selectionMethod: SelectionMethod, billingModel: BillingModel, residentialFee: string, commercialFee: string | null, parkingFee: string | null, households: number, managedArea: string, filingStatus: FilingStatus, filingNumber: string | null, createdById: string | null, submittedById: string | null, submittedAt: string | null, decidedById: string | null, decidedAt: string | null, returnReason: ReturnReason | null, returnNote: string | null, revokeReason: RevokeReason | null, revokeNote: string | null, availableActions: Array<FilingAction>, createdAt: string, updatedAt: string, overlapsApproved: { id: string, name: string, filingNumber: string | null } | null, firm: { id: string, name: string, filingStatus: FilingStatus, status: FirmStatus } } };

export type CreateProjectMutationVariables = Exact<{
  input: ProjectInput;
}>;


export type CreateProjectMutation = { record: { id: string, version: number, name: string, estateId: string, firmId: string, projectManager: string, managerPhone: string, contractStart: string, contractEnd: string, selectionMethod: SelectionMethod, billingModel: BillingModel, residentialFee: string, commercialFee: string | null, parkingFee: string | null, households: number, managedArea: string, filingStatus: FilingStatus, filingNumber: string | null, createdById: string | null, submittedById: string | null, submittedAt: string | null, decidedById: string | null, decidedAt: string | null, returnReason: ReturnReason | null, returnNote: string | null, revokeReason: RevokeReason | null, revokeNote: string | null, availableActions: Array<FilingAction>, createdAt: string, updatedAt: string } };

export type UpdateProjectMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: ProjectInput;
}>;


export type UpdateProjectMutation = { record: { id: string, version: number, name: string, estateId: string, firmId: string, projectManager: string, managerPhone: string, contractStart: string, contractEnd: string, selectionMethod: SelectionMethod, billingModel: BillingModel, residentialFee: string, commercialFee: string | null, parkingFee: string | null, households: number, managedArea: string, filingStatus: FilingStatus, filingNumber: string | null, createdById: string | null, submittedById: string | null, submittedAt: string | null, decidedById: string | null, decidedAt: string | null, returnReason: ReturnReason | null, returnNote: string | null, revokeReason: RevokeReason | null, revokeNote: string | null, availableActions: Array<FilingAction>, createdAt: string, updatedAt: string } };

export type SubmitProjectMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type SubmitProjectMutation = { record: { id: string, version: number, name: string, estateId: string, firmId: string, projectManager: string, managerPhone: string, contractStart: string, contractEnd: string, selectionMethod: SelectionMethod, billingModel: BillingModel, residentialFee: string, commercialFee: string | null, parkingFee: string | null, households: number, managedArea: string, filingStatus: FilingStatus, filingNumber: string | null, createdById: string | null, submittedById: string | null, submittedAt: string | null, decidedById: string | null, decidedAt: string | null, returnReason: ReturnReason | null, returnNote: string | null, revokeReason: RevokeReason | null, revokeNote: string | null, availableActions: Array<FilingAction>, createdAt: string, updatedAt: string } };

export type ApproveProjectMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type ApproveProjectMutation = { record: { id: string, version: number, name: string, estateId: string, firmId: string, projectManager: string, managerPhone: string, contractStart: string, contractEnd: string, selectionMethod: SelectionMethod, billingModel: BillingModel, residentialFee: string, commercialFee: string | null, parkingFee: string | null, households: number, managedArea: string, filingStatus: FilingStatus, filingNumber: string | null, createdById: string | null, submittedById: string | null, submittedAt: string | null, decidedById: string | null, decidedAt: string | null, returnReason: ReturnReason | null, returnNote: string | null, revokeReason: RevokeReason | null, revokeNote: string | null, availableActions: Array<FilingAction>, createdAt: string, updatedAt: string } };

export type ReturnProjectMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: ReturnReason;
  note?: string | null | undefined;
}>;


export type ReturnProjectMutation = { record: { id: string, version: number, name: string, estateId: string, firmId: string, projectManager: string, managerPhone: string, contractStart: string, contractEnd: string, selectionMethod: SelectionMethod, billingModel: BillingModel, residentialFee: string, commercialFee: string | null, parkingFee: string | null, households: number, managedArea: string, filingStatus: FilingStatus, filingNumber: string | null, createdById: string | null, submittedById: string | null, submittedAt: string | null, decidedById: string | null, decidedAt: string | null, returnReason: ReturnReason | null, returnNote: string | null, revokeReason: RevokeReason | null, revokeNote: string | null, availableActions: Array<FilingAction>, createdAt: string, updatedAt: string } };

export type RevokeProjectMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: RevokeReason;
  note?: string | null | undefined;
}>;


export type RevokeProjectMutation = { record: { id: string, version: number, name: string, estateId: string, firmId: string, projectManager: string, managerPhone: string, contractStart: string, contractEnd: string, selectionMethod: SelectionMethod, billingModel: BillingModel, residentialFee: string, commercialFee: string | null, parkingFee: string | null, households: number, managedArea: string, filingStatus: FilingStatus, filingNumber: string | null, createdById: string | null, submittedById: string | null, submittedAt: string | null, decidedById: string | null, decidedAt: string | null, returnReason: ReturnReason | null, returnNote: string | null, revokeReason: RevokeReason | null, revokeNote: string | null, availableActions: Array<FilingAction>, createdAt: string, updatedAt: string } };

export type PublicStatementIndexQueryVariables = Exact<{
  options?: PublicStatementListOptions | null | undefined;
}>;


export type PublicStatementIndexQuery = { publicStatements: { totalItems: number, items: Array<{ id: string, estateName: string, address: string, accountId: string | null, bookYears: Array<number>, bookQuarters: Array<{ periodId: string, year: number, quarter: number }>, repairFunds: Array<{ fundId: string, projectName: string, periods: Array<{ year: number, quarter: number | null }> }> }> } };

export type PublicAccountStatementOfQueryVariables = Exact<{
  periodId: string | number;
}>;


export type PublicAccountStatementOfQuery = { publishedAccountStatement: { periodId: string, estateName: string, year: number, quarter: number, from: string, to: string, opening: string, income: string, spending: string, closing: string, publishedAt: string | null, incomeByCategory: Array<{ category: string, amount: string }>, spendingByCategory: Array<{ category: string, amount: string }> } };

export type PublicAccountYearStatementOfQueryVariables = Exact<{
  accountId: string | number;
  year: number;
}>;


export type PublicAccountYearStatementOfQuery = { publishedAccountYearStatement: { accountId: string, estateName: string, year: number, from: string, to: string, opening: string, income: string, spending: string, closing: string, publishedAt: string | null, incomeByCategory: Array<{ category: string, amount: string }>, spendingByCategory: Array<{ category: string, amount: string }> } };

export type PublicRepairFundStatementOfQueryVariables = Exact<{
  fundId: string | number;
  year: number;
  quarter?: number | null | undefined;
}>;


export type PublicRepairFundStatementOfQuery = { publishedRepairFundStatement: { fundId: string, estateName: string, projectName: string, year: number, quarter: number | null, from: string, to: string, opening: string, accruals: string, withdrawals: string, closing: string, withdrawalsByCategory: Array<{ category: string, amount: string }> } };

export type PublicListFragment = { quarter: string, schemeEdition: number, redSharePercent: number, blackSharePercent: number, publishedAt: string, sha256: string, sealVerified: boolean, categories: Array<{ category: EstateCategory, ranked: number, unranked: number, redPlaces: number, blackPlaces: number }>, entries: Array<{ category: EstateCategory, place: RedBlackPlace, rank: number, projectName: string, estateName: string, firmName: string, total: number, maxTotal: number }> };

export type PublicRedBlackListsQueryVariables = Exact<{
  take?: number | null | undefined;
}>;


export type PublicRedBlackListsQuery = { redBlackLists: { totalItems: number, items: Array<{ quarter: string, publishedAt: string }> } };

export type PublicRedBlackListQueryVariables = Exact<{
  quarter: string;
}>;


export type PublicRedBlackListQuery = { redBlackList: { canonicalJson: string, quarter: string, schemeEdition: number, redSharePercent: number, blackSharePercent: number, publishedAt: string, sha256: string, sealVerified: boolean, categories: Array<{ category: EstateCategory, ranked: number, unranked: number, redPlaces: number, blackPlaces: number }>, entries: Array<{ category: EstateCategory, place: RedBlackPlace, rank: number, projectName: string, estateName: string, firmName: string, total: number, maxTotal: number }> } | null };

export type RankingPreviewQueryVariables = Exact<{
  quarter: string;
}>;


export type RankingPreviewQuery = { quarterRanking: { quarter: string, schemeEdition: number, published: boolean, availableActions: Array<AssessmentAction>, waitingForReview: number, waitingForResubmission: number, reviewedByYou: number, categories: Array<{ category: EstateCategory, ranked: number, unranked: number, redPlaces: number, blackPlaces: number }>, ranked: Array<{ projectId: string, assessmentId: string | null, projectName: string, estateName: string, firmName: string, category: EstateCategory, state: string | null, total: number | null, maxTotal: number | null, rank: number | null, place: RedBlackPlace | null }>, unranked: Array<{ projectId: string, assessmentId: string | null, projectName: string, estateName: string, firmName: string, category: EstateCategory, state: string | null, total: number | null, maxTotal: number | null }> } };

export type PublishListMutationVariables = Exact<{
  quarter: string;
}>;


export type PublishListMutation = { publishRedBlackList: { quarter: string, schemeEdition: number, redSharePercent: number, blackSharePercent: number, publishedAt: string, sha256: string, sealVerified: boolean, categories: Array<{ category: EstateCategory, ranked: number, unranked: number, redPlaces: number, blackPlaces: number }>, entries: Array<{ category: EstateCategory, place: RedBlackPlace, rank: number, projectName: string, estateName: string, firmName: string, total: number, maxTotal: number }> } };

export type RepairFundRecordFragment = { id: string, version: number, projectId: string, estateId: string, openedMonth: string, balance: string, updatedAt: string, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } }, project: { id: string, name: string }, terms: Array<{ fromMonth: string, feeRate: string, setAsidePercent: string, resolutionId: string | null }> };

export type RepairFundRefundProposalPartsFragment = { id: string, version: number, withdrawalId: string, amount: string, reason: string, status: ProposalStatus, proposedById: string, proposedBy: string | null, createdAt: string, availableActions: Array<ProposalAction>, confirmRefusal: string | null };

export type RepairFundCorrectionProposalPartsFragment = { id: string, version: number, accrualId: string, amount: string, reason: string, status: ProposalStatus, proposedById: string, proposedBy: string | null, createdAt: string, availableActions: Array<ProposalAction>, confirmRefusal: string | null };

export type RepairFundTermsProposalPartsFragment = { id: string, version: number, fromMonth: string, feeRate: string, setAsidePercent: string, resolutionId: string | null, status: ProposalStatus, proposedById: string, proposedBy: string | null, createdAt: string, availableActions: Array<ProposalAction>, confirmRefusal: string | null };

export type RepairFundListQueryVariables = Exact<{
  options?: RepairFundListOptions | null | undefined;
}>;


export type RepairFundListQuery = { list: { totalItems: number, nextCursor: string | null, items: Array<{ id: string, version: number, projectId: string, estateId: string, openedMonth: string, balance: string, updatedAt: string, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } }, project: { id: string, name: string }, terms: Array<{ fromMonth: string, feeRate: string, setAsidePercent: string, resolutionId: string | null }> }> } };

export type RepairFundQueryVariables = Exact<{
  id: string | number;
}>;


export type RepairFundQuery = { record: { id: string, version: number, projectId: string, estateId: string, openedMonth: string, balance: string, updatedAt: string, accruals: Array<{ id: string, month: string, chargedArea: string, feeRate: string, setAsidePercent: string, amount: string }>, corrections: Array<{ id: string, accrualId: string, postedOn: string, amount: string, reason: string, proposalId: string | null }>, pendingCorrection: { id: string, version: number, accrualId: string, amount: string, reason: string, status: ProposalStatus, proposedById: string, proposedBy: string | null, createdAt: string, availableActions: Array<ProposalAction>, confirmRefusal: string | null } | null, pendingRefund: { id: string, version: number, withdrawalId: string, amount: string, reason: string, status: ProposalStatus, proposedById: string, proposedBy: string | null, createdAt: string, availableActions: Array<ProposalAction>, confirmRefusal: string | null } | null, pendingTerms: { id: string, version: number, fromMonth: string, feeRate: string, setAsidePercent: string, resolutionId: string | null, status: ProposalStatus, proposedById: string, proposedBy: string | null, createdAt: string, availableActions: Array<ProposalAction>, confirmRefusal: string | null } | null, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } }, project: { id: string, name: string }, terms: Array<{ fromMonth: string, feeRate: string, setAsidePercent: string, resolutionId: string | null }> } };

export type OpenRepairFundMutationVariables = Exact<{
  input: OpenRepairFundInput;
}>;


export type OpenRepairFundMutation = { record: { id: string, version: number, projectId: string, estateId: string, openedMonth: string, balance: string, updatedAt: string, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } }, project: { id: string, name: string }, terms: Array<{ fromMonth: string, feeRate: string, setAsidePercent: string, resolutionId: string | null }> } };

export type RepairFundWithdrawalsOfQueryVariables = Exact<{
  options?: RepairFundWithdrawalListOptions | null | undefined;
}>;


export type RepairFundWithdrawalsOfQuery = { repairFundWithdrawals: { totalItems: number, items: Array<{ id: string, version: number, category: WithdrawalCategory, purpose: string, amount: string, status: WithdrawalStatus, requestedById: string | null, decidedById: string | null, decidedAt: string | null, decisionNote: string | null, createdAt: string, availableActions: Array<WithdrawalAction>, refunded: string, refunds: Array<{ id: string, postedOn: string, amount: string, reason: string }> }> } };

export type RepairFundStatementOfQueryVariables = Exact<{
  id: string | number;
  year: number;
  quarter?: number | null | undefined;
}>;


export type RepairFundStatementOfQuery = { repairFund: { id: string, statement: { from: string, to: string, opening: string, accruals: string, withdrawals: string, closing: string, withdrawalsByCategory: Array<{ category: WithdrawalCategory, amount: string }> } } };

export type PostRepairFundAccrualOfMutationVariables = Exact<{
  fundId: string | number;
  month: string;
}>;


export type PostRepairFundAccrualOfMutation = { postRepairFundAccrual: { id: string, month: string, amount: string } };

export type PostRepairFundCorrectionOfMutationVariables = Exact<{
  fundId: string | number;
  input: RepairFundCorrectionInput;
}>;


export type PostRepairFundCorrectionOfMutation = { postRepairFundCorrection:
    | { __typename: 'RepairFundCorrection', id: string, amount: string }
    | { __typename: 'RepairFundCorrectionProposal', id: string, amount: string, status: ProposalStatus }
   };

export type DecideRepairFundCorrectionOfMutationVariables = Exact<{
  id: string | number;
  version: number;
  action: ProposalAction;
  note?: string | null | undefined;
}>;


export type DecideRepairFundCorrectionOfMutation = { decideRepairFundCorrection: { id: string, version: number, status: ProposalStatus } };

export type DecideRepairFundTermsOfMutationVariables = Exact<{
  id: string | number;
  version: number;
  action: ProposalAction;
  note?: string | null | undefined;
}>;


export type DecideRepairFundTermsOfMutation = { decideRepairFundTerms: { id: string, version: number, status: ProposalStatus } };

export type DecideRepairFundRefundOfMutationVariables = Exact<{
  id: string | number;
  version: number;
  action: ProposalAction;
  note?: string | null | undefined;
}>;


export type DecideRepairFundRefundOfMutation = { decideRepairFundRefund: { id: string, version: number, status: ProposalStatus } };

export type PostRepairFundRefundOfMutationVariables = Exact<{
  withdrawalId: string | number;
  input: RepairFundRefundInput;
}>;


export type PostRepairFundRefundOfMutation = { postRepairFundRefund: { id: string, amount: string } };

export type RequestRepairFundWithdrawalOfMutationVariables = Exact<{
  input: WithdrawalInput;
}>;


export type RequestRepairFundWithdrawalOfMutation = { requestRepairFundWithdrawal: { id: string, status: WithdrawalStatus, amount: string } };

export type MoveRepairFundWithdrawalOfMutationVariables = Exact<{
  id: string | number;
  version: number;
  action: WithdrawalAction;
  note?: string | null | undefined;
}>;


export type MoveRepairFundWithdrawalOfMutation = { moveRepairFundWithdrawal: { id: string, version: number, status: WithdrawalStatus } };

export type ResolutionRecordFragment = { id: string, version: number, estateId: string, matter: Matter, title: string, phase: ResolutionPhase, deemedVotes: boolean, votingStartsOn: string | null, votingEndsOn: string | null, createdAt: string, updatedAt: string, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } };

export type ResolutionDetailFragment = { description: string, id: string, version: number, estateId: string, matter: Matter, title: string, phase: ResolutionPhase, deemedVotes: boolean, votingStartsOn: string | null, votingEndsOn: string | null, createdAt: string, updatedAt: string, record: { sha256: string | null, sealedAt: string | null, pdfPath: string, jsonPath: string | null } | null, tally: { matter: Matter, article278Item: number, ballots: number, outcome: string, decidedBy: ThresholdRule, totals: { headcount: number, area: string }, participating: { headcount: number, area: string }, counts: { yes: { headcount: number, area: string }, no: { headcount: number, area: string }, abstain: { headcount: number, area: string } }, deemed: { outcome: string, side: string | null, persons: { headcount: number, area: string } }, quorum: { rule: ThresholdRule, met: boolean, inclusive: boolean, threshold: { numerator: number, denominator: number }, headcount: { part: number, whole: number, met: boolean }, area: { part: string, whole: string, met: boolean } }, pass: { rule: ThresholdRule, met: boolean, inclusive: boolean, threshold: { numerator: number, denominator: number }, headcount: { part: number, whole: number, met: boolean }, area: { part: string, whole: string, met: boolean } } } | null, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } };

export type ResolutionListQueryVariables = Exact<{
  options?: ResolutionListOptions | null | undefined;
}>;


export type ResolutionListQuery = { list: { totalItems: number, nextCursor: string | null, items: Array<{ id: string, version: number, estateId: string, matter: Matter, title: string, phase: ResolutionPhase, deemedVotes: boolean, votingStartsOn: string | null, votingEndsOn: string | null, createdAt: string, updatedAt: string, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } }> } };

export type ResolutionQueryVariables = Exact<{
  id: string | number;
}>;


export type ResolutionQuery = { record: { description: string, id: string, version: number, estateId: string, matter: Matter, title: string, phase: ResolutionPhase, deemedVotes: boolean, votingStartsOn: string | null, votingEndsOn: string | null, createdAt: string, updatedAt: string, record: { sha256: string | null, sealedAt: string | null, pdfPath: string, jsonPath: string | null } | null, tally: { matter: Matter, article278Item: number, ballots: number, outcome: string, decidedBy: ThresholdRule, totals: { headcount: number, area: string }, participating: { headcount: number, area: string }, counts: { yes: { headcount: number, area: string }, no: { headcount: number, area: string }, abstain: { headcount: number, area: string } }, deemed: { outcome: string, side: string | null, persons: { headcount: number, area: string } }, quorum: { rule: ThresholdRule, met: boolean, inclusive: boolean, threshold: { numerator: number, denominator: number }, headcount: { part: number, whole: number, met: boolean }, area: { part: string, whole: string, met: boolean } }, pass: { rule: ThresholdRule, met: boolean, inclusive: boolean, threshold: { numerator: number, denominator: number }, headcount: { part: number, whole: number, met: boolean }, area: { part: string, whole: string, met: boolean } } } | null, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } } };

export type CreateResolutionMutationVariables = Exact<{
  input: ResolutionInput;
}>;


export type CreateResolutionMutation = { record: { description: string, id: string, version: number, estateId: string, matter: Matter, title: string, phase: ResolutionPhase, deemedVotes: boolean, votingStartsOn: string | null, votingEndsOn: string | null, createdAt: string, updatedAt: string, record: { sha256: string | null, sealedAt: string | null, pdfPath: string, jsonPath: string | null } | null, tally: { matter: Matter, article278Item: number, ballots: number, outcome: string, decidedBy: ThresholdRule, totals: { headcount: number, area: string }, participating: { headcount: number, area: string }, counts: { yes: { headcount: number, area: string }, no: { headcount: number, area: string }, abstain: { headcount: number, area: string } }, deemed: { outcome: string, side: string | null, persons: { headcount: number, area: string } }, quorum: { rule: ThresholdRule, met: boolean, inclusive: boolean, threshold: { numerator: number, denominator: number }, headcount: { part: number, whole: number, met: boolean }, area: { part: string, whole: string, met: boolean } }, pass: { rule: ThresholdRule, met: boolean, inclusive: boolean, threshold: { numerator: number, denominator: number }, headcount: { part: number, whole: number, met: boolean }, area: { part: string, whole: string, met: boolean } } } | null, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } } };

export type MoveResolutionMutationVariables = Exact<{
  id: string | number;
  version: number;
  action: ResolutionAction;
}>;


export type MoveResolutionMutation = { record: { id: string, version: number, estateId: string, matter: Matter, title: string, phase: ResolutionPhase, deemedVotes: boolean, votingStartsOn: string | null, votingEndsOn: string | null, createdAt: string, updatedAt: string, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } } };

export type UpdateResolutionVotingPeriodMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: ResolutionVotingPeriodInput;
}>;


export type UpdateResolutionVotingPeriodMutation = { record: { id: string, version: number, estateId: string, matter: Matter, title: string, phase: ResolutionPhase, deemedVotes: boolean, votingStartsOn: string | null, votingEndsOn: string | null, createdAt: string, updatedAt: string, estate: { id: string, name: string, subdistrict: { id: string, districtId: string } } } };

export type ResolutionBallotMutationVariables = Exact<{
  resolutionId: string | number;
  input: ResolutionBallotInput;
}>;


export type ResolutionBallotMutation = { recordResolutionBallot: { id: string, voterKey: string, method: VotingMethod, choice: ResolutionChoice, recordedAt: string } };

export type ResolutionVotersQueryVariables = Exact<{
  id: string | number;
  q?: string | null | undefined;
  skip?: number | null | undefined;
  take?: number | null | undefined;
}>;


export type ResolutionVotersQuery = { resolution: { id: string, voters: { totalItems: number, items: Array<{ personKey: string, ownerId: string | null, name: string, units: Array<string>, area: string, voted: boolean }> } } };

export type CheckPartsFragment = { rule: ThresholdRule, met: boolean, inclusive: boolean, threshold: { numerator: number, denominator: number }, headcount: { part: number, whole: number, met: boolean }, area: { part: string, whole: string, met: boolean } };

export type AuditEventListQueryVariables = Exact<{
  options?: AuditEventListOptions | null | undefined;
}>;


export type AuditEventListQuery = { list: { totalItems: number, nextCursor: string | null, items: Array<{ id: string, at: string, actorId: string | null, actorName: string, action: string, entityType: string, entityId: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null, people: Array<{ id: string, name: string }> }> } };

export type EstatePlaceFragment = { id: string, name: string, subdistrict: { id: string, districtId: string } };

export type DistrictListQueryVariables = Exact<{
  options?: DistrictListOptions | null | undefined;
}>;


export type DistrictListQuery = { list: { totalItems: number, nextCursor: string | null, items: Array<{ id: string, code: string, name: string }> } };

export type DistrictQueryVariables = Exact<{
  id: string | number;
}>;


export type DistrictQuery = { record: { id: string, code: string, name: string } };

export type SubdistrictListQueryVariables = Exact<{
  options?: SubdistrictListOptions | null | undefined;
}>;


export type SubdistrictListQuery = { list: { totalItems: number, nextCursor: string | null, items: Array<{ id: string, name: string, districtId: string, kind: SubdistrictKind }> } };

export type SubdistrictQueryVariables = Exact<{
  id: string | number;
}>;


export type SubdistrictQuery = { record: { id: string, name: string, districtId: string, kind: SubdistrictKind } };

export type CommunityListQueryVariables = Exact<{
  options?: CommunityListOptions | null | undefined;
}>;


export type CommunityListQuery = { list: { totalItems: number, nextCursor: string | null, items: Array<{ id: string, name: string, subdistrictId: string }> } };

export type CommunityQueryVariables = Exact<{
  id: string | number;
}>;


export type CommunityQuery = { record: { id: string, name: string, subdistrictId: string } };

export type MyJurisdictionQueryVariables = Exact<{ [key: string]: never; }>;


export type MyJurisdictionQuery = { me: { jurisdiction: Array<{ id: string, name: string }> } };

export type ChangeOwnPasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangeOwnPasswordMutation = { changeOwnPassword: boolean };

export type KeepAliveQueryVariables = Exact<{ [key: string]: never; }>;


export type KeepAliveQuery = { me: { id: string } };

export type AccountChangePartsFragment = { id: string, version: number, status: ProposalStatus, creates: boolean, activates: boolean, role: Role | null, setsPassword: boolean, passwordHalf: string | null, reason: string | null, proposedById: string, proposedBy: string | null, createdAt: string, availableActions: Array<ProposalAction>, confirmRefusal: string | null, subdistricts: Array<{ id: string, name: string }> | null };

export type UserRecordFragment = { id: string, version: number, username: string, displayName: string, role: Role, active: boolean, createdAt: string, jurisdiction: Array<{ id: string }>, pendingChange: { id: string, version: number, status: ProposalStatus, creates: boolean, activates: boolean, role: Role | null, setsPassword: boolean, passwordHalf: string | null, reason: string | null, proposedById: string, proposedBy: string | null, createdAt: string, availableActions: Array<ProposalAction>, confirmRefusal: string | null, subdistricts: Array<{ id: string, name: string }> | null } | null };

export type UserListQueryVariables = Exact<{
  options?: UserListOptions | null | undefined;
}>;


export type UserListQuery = { list: { totalItems: number, nextCursor: string | null, items: Array<{ id: string, version: number, username: string, displayName: string, role: Role, active: boolean, createdAt: string, jurisdiction: Array<{ id: string }>, pendingChange: { id: string, version: number, status: ProposalStatus, creates: boolean, activates: boolean, role: Role | null, setsPassword: boolean, passwordHalf: string | null, reason: string | null, proposedById: string, proposedBy: string | null, createdAt: string, availableActions: Array<ProposalAction>, confirmRefusal: string | null, subdistricts: Array<{ id: string, name: string }> | null } | null }> } };

export type UserQueryVariables = Exact<{
  id: string | number;
}>;


export type UserQuery = { record: { id: string, version: number, username: string, displayName: string, role: Role, active: boolean, createdAt: string, jurisdiction: Array<{ id: string }>, pendingChange: { id: string, version: number, status: ProposalStatus, creates: boolean, activates: boolean, role: Role | null, setsPassword: boolean, passwordHalf: string | null, reason: string | null, proposedById: string, proposedBy: string | null, createdAt: string, availableActions: Array<ProposalAction>, confirmRefusal: string | null, subdistricts: Array<{ id: string, name: string }> | null } | null } };

export type CreateUserMutationVariables = Exact<{
  input: UserInput;
}>;


export type CreateUserMutation = { record: { id: string, version: number, username: string, displayName: string, role: Role, active: boolean, createdAt: string, jurisdiction: Array<{ id: string }>, pendingChange: { id: string, version: number, status: ProposalStatus, creates: boolean, activates: boolean, role: Role | null, setsPassword: boolean, passwordHalf: string | null, reason: string | null, proposedById: string, proposedBy: string | null, createdAt: string, availableActions: Array<ProposalAction>, confirmRefusal: string | null, subdistricts: Array<{ id: string, name: string }> | null } | null } };

export type UpdateUserMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: UserUpdateInput;
}>;


export type UpdateUserMutation = { record: { id: string, version: number, username: string, displayName: string, role: Role, active: boolean, createdAt: string, jurisdiction: Array<{ id: string }>, pendingChange: { id: string, version: number, status: ProposalStatus, creates: boolean, activates: boolean, role: Role | null, setsPassword: boolean, passwordHalf: string | null, reason: string | null, proposedById: string, proposedBy: string | null, createdAt: string, availableActions: Array<ProposalAction>, confirmRefusal: string | null, subdistricts: Array<{ id: string, name: string }> | null } | null } };

export type ConfirmAccountChangeOfMutationVariables = Exact<{
  id: string | number;
  version: number;
  note?: string | null | undefined;
}>;


export type ConfirmAccountChangeOfMutation = { confirmAccountChange: { id: string, version: number, status: ProposalStatus, passwordHalf: string | null } };

export type RefuseAccountChangeOfMutationVariables = Exact<{
  id: string | number;
  version: number;
  note?: string | null | undefined;
}>;


export type RefuseAccountChangeOfMutation = { refuseAccountChange: { id: string, version: number, status: ProposalStatus } };

export type WithdrawAccountChangeOfMutationVariables = Exact<{
  id: string | number;
  version: number;
  note?: string | null | undefined;
}>;


export type WithdrawAccountChangeOfMutation = { withdrawAccountChange: { id: string, version: number, status: ProposalStatus } };

export type PendingAccountChangesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type PendingAccountChangesQuery = { accountChangeProposals: { nextCursor: string | null, items: Array<{ id: string, version: number, status: ProposalStatus, creates: boolean, activates: boolean, role: Role | null, setsPassword: boolean, passwordHalf: string | null, reason: string | null, proposedById: string, proposedBy: string | null, createdAt: string, availableActions: Array<ProposalAction>, confirmRefusal: string | null, user: { id: string, username: string, displayName: string }, subdistricts: Array<{ id: string, name: string }> | null }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ApiTokenRecordFragmentDoc = new TypedDocumentString(`
    fragment ApiTokenRecord on ApiToken {
  id
  name
  scopes
  expiresAt
  revokedAt
  createdAt
  rateLimitPerMinute
  effectiveRateLimitPerMinute
  usage {
    requestsThisMinute
    refusedThisMinute
    requestsLast24h
    refusedLast24h
    lastUsedAt
  }
}
    `, {"fragmentName":"ApiTokenRecord"}) as unknown as TypedDocumentString<ApiTokenRecordFragment, unknown>;
export const WebhookEndpointRecordFragmentDoc = new TypedDocumentString(`
    fragment WebhookEndpointRecord on WebhookEndpoint {
  id
  tokenId
  url
  eventTypes
  status
  cursor
  lag
  version
  problem
  createdAt
  lastDeliveredAt
}
    `, {"fragmentName":"WebhookEndpointRecord"}) as unknown as TypedDocumentString<WebhookEndpointRecordFragment, unknown>;
export const SchemeRecordFragmentDoc = new TypedDocumentString(`
    fragment SchemeRecord on AssessmentScheme {
  id
  version
  edition
  title
  source
  state
  publishedAt
  createdAt
  updatedAt
  redSharePercent
  blackSharePercent
  matureAfterYears
  availableActions
  items {
    key
    titleZh
    titleEn
    maxScore
    categories
  }
  maxTotals {
    category
    maxTotal
  }
}
    `, {"fragmentName":"SchemeRecord"}) as unknown as TypedDocumentString<SchemeRecordFragment, unknown>;
export const EstatePlaceFragmentDoc = new TypedDocumentString(`
    fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}
    `, {"fragmentName":"EstatePlace"}) as unknown as TypedDocumentString<EstatePlaceFragment, unknown>;
export const AssessmentRecordFragmentDoc = new TypedDocumentString(`
    fragment AssessmentRecord on Assessment {
  id
  version
  projectId
  estateId
  firmId
  quarter
  category
  state
  assessingBody
  total
  maxTotal
  submittedAt
  reviewedAt
  returnNote
  availableActions
  createdAt
  updatedAt
  project {
    id
    name
  }
  firm {
    id
    name
  }
  estate {
    ...EstatePlace
  }
}
    fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`, {"fragmentName":"AssessmentRecord"}) as unknown as TypedDocumentString<AssessmentRecordFragment, unknown>;
export const AssessmentDetailFragmentDoc = new TypedDocumentString(`
    fragment AssessmentDetail on Assessment {
  ...AssessmentRecord
  items {
    key
    titleZh
    titleEn
    maxScore
    score
    note
    adjustedScore
    adjustReason
    finalScore
  }
  scheme {
    id
    edition
    title
  }
}
    fragment AssessmentRecord on Assessment {
  id
  version
  projectId
  estateId
  firmId
  quarter
  category
  state
  assessingBody
  total
  maxTotal
  submittedAt
  reviewedAt
  returnNote
  availableActions
  createdAt
  updatedAt
  project {
    id
    name
  }
  firm {
    id
    name
  }
  estate {
    ...EstatePlace
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`, {"fragmentName":"AssessmentDetail"}) as unknown as TypedDocumentString<AssessmentDetailFragment, unknown>;
export const CampaignRecordFragmentDoc = new TypedDocumentString(`
    fragment CampaignRecord on Campaign {
  id
  version
  name
  year
  startsOn
  endsOn
  status
  description
  updatedAt
  measures {
    id
    code
    labelZh
    labelEn
    unit
    kind
    bound
  }
  totals {
    districtId
    districtName
    estatesCovered
    estateElevators
    measures {
      measure {
        code
      }
      total
      estates
    }
  }
}
    `, {"fragmentName":"CampaignRecord"}) as unknown as TypedDocumentString<CampaignRecordFragment, unknown>;
export const CampaignReportRecordFragmentDoc = new TypedDocumentString(`
    fragment CampaignReportRecord on CampaignReport {
  id
  version
  campaignId
  estateId
  completedOn
  note
  status
  correctsId
  reportedBy
  verifiedBy
  verifiedAt
  verifyHeldBy
  inForce
  updatedAt
  estate {
    ...EstatePlace
  }
  quantities {
    measure {
      code
      unit
    }
    quantity
  }
}
    fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`, {"fragmentName":"CampaignReportRecord"}) as unknown as TypedDocumentString<CampaignReportRecordFragment, unknown>;
export const CandidateRecordFragmentDoc = new TypedDocumentString(`
    fragment CandidateRecord on Candidate {
  id
  version
  electionId
  ownerId
  partyMember
  nominatedBy
  nominatedOn
  decision
  decisionExplanation
  withdrawn
  owner {
    id
    name
  }
  election {
    id
    title
    phase
    estateId
    seats
  }
  checklist {
    id
    version
    title
    items {
      key
      kind
      titleZh
      titleEn
      suggestedReviewers
    }
  }
  checks {
    itemKey
    result
    reviewingBody
    reviewer
    checkedOn
    evidenceNote
    overrideReason
    updatedAt
  }
  registerFindings {
    itemKey
    says
    unitsInEstate
  }
  objections {
    id
    filedOn
    filedBy
    reason
    resolution
    resolvedOn
  }
}
    `, {"fragmentName":"CandidateRecord"}) as unknown as TypedDocumentString<CandidateRecordFragment, unknown>;
export const ChecklistItemPartsFragmentDoc = new TypedDocumentString(`
    fragment ChecklistItemParts on ChecklistItemType {
  key
  kind
  titleZh
  titleEn
  suggestedReviewers
}
    `, {"fragmentName":"ChecklistItemParts"}) as unknown as TypedDocumentString<ChecklistItemPartsFragment, unknown>;
export const CommitteeAccountRecordFragmentDoc = new TypedDocumentString(`
    fragment CommitteeAccountRecord on CommitteeAccount {
  id
  version
  estateId
  spendingLimit
  statementDueDays
  updatedAt
  estate {
    ...EstatePlace
  }
}
    fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`, {"fragmentName":"CommitteeAccountRecord"}) as unknown as TypedDocumentString<CommitteeAccountRecordFragment, unknown>;
export const CommitteeAccountTermsProposalPartsFragmentDoc = new TypedDocumentString(`
    fragment CommitteeAccountTermsProposalParts on CommitteeAccountTermsProposal {
  id
  version
  spendingLimit
  statementDueDays
  status
  proposedById
  proposedBy
  createdAt
  availableActions
  confirmRefusal
}
    `, {"fragmentName":"CommitteeAccountTermsProposalParts"}) as unknown as TypedDocumentString<CommitteeAccountTermsProposalPartsFragment, unknown>;
export const AccountStatementPartsFragmentDoc = new TypedDocumentString(`
    fragment AccountStatementParts on AccountStatement {
  periodId
  estateName
  year
  quarter
  from
  to
  opening
  income
  spending
  closing
  publishedAt
  incomeByCategory {
    category
    amount
  }
  spendingByCategory {
    category
    amount
  }
}
    `, {"fragmentName":"AccountStatementParts"}) as unknown as TypedDocumentString<AccountStatementPartsFragment, unknown>;
export const CommitteeFilingRecordFragmentDoc = new TypedDocumentString(`
    fragment CommitteeFilingRecord on CommitteeFiling {
  id
  version
  committeeId
  kind
  eventDate
  dueOn
  dueOnProvisional
  overdue
  daysRemaining
  submittedLate
  filingStatus
  filingNumber
  createdById
  submittedById
  submittedAt
  decidedById
  decidedAt
  returnReason
  returnNote
  revokeReason
  revokeNote
  availableActions
  createdAt
  updatedAt
  committee {
    id
    termNumber
    estate {
      ...EstatePlace
    }
  }
}
    fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`, {"fragmentName":"CommitteeFilingRecord"}) as unknown as TypedDocumentString<CommitteeFilingRecordFragment, unknown>;
export const CommitteeFilingDetailFragmentDoc = new TypedDocumentString(`
    fragment CommitteeFilingDetail on CommitteeFiling {
  ...CommitteeFilingRecord
  materials {
    id
    kind
    fileName
    contentType
    sizeBytes
    sha256
    createdAt
  }
}
    fragment CommitteeFilingRecord on CommitteeFiling {
  id
  version
  committeeId
  kind
  eventDate
  dueOn
  dueOnProvisional
  overdue
  daysRemaining
  submittedLate
  filingStatus
  filingNumber
  createdById
  submittedById
  submittedAt
  decidedById
  decidedAt
  returnReason
  returnNote
  revokeReason
  revokeNote
  availableActions
  createdAt
  updatedAt
  committee {
    id
    termNumber
    estate {
      ...EstatePlace
    }
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`, {"fragmentName":"CommitteeFilingDetail"}) as unknown as TypedDocumentString<CommitteeFilingDetailFragment, unknown>;
export const CommitteeRecordFragmentDoc = new TypedDocumentString(`
    fragment CommitteeRecord on Committee {
  id
  version
  estateId
  termNumber
  electedOn
  termStart
  termEnd
  createdAt
  updatedAt
  estate {
    ...EstatePlace
  }
}
    fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`, {"fragmentName":"CommitteeRecord"}) as unknown as TypedDocumentString<CommitteeRecordFragment, unknown>;
export const CommitteeDetailFragmentDoc = new TypedDocumentString(`
    fragment CommitteeDetail on Committee {
  ...CommitteeRecord
  members {
    id
    name
    position
    ownerId
    startsOn
  }
  filings {
    id
    version
    kind
    eventDate
    dueOn
    dueOnProvisional
    filingStatus
    filingNumber
    overdue
    daysRemaining
  }
}
    fragment CommitteeRecord on Committee {
  id
  version
  estateId
  termNumber
  electedOn
  termStart
  termEnd
  createdAt
  updatedAt
  estate {
    ...EstatePlace
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`, {"fragmentName":"CommitteeDetail"}) as unknown as TypedDocumentString<CommitteeDetailFragment, unknown>;
export const ElectionRecordFragmentDoc = new TypedDocumentString(`
    fragment ElectionRecord on Election {
  id
  version
  estateId
  kind
  title
  seats
  phase
  deemedVotes
  committeeId
  cancelReason
  cancelNote
  availableActions
  createdAt
  updatedAt
  estate {
    ...EstatePlace
  }
}
    fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`, {"fragmentName":"ElectionRecord"}) as unknown as TypedDocumentString<ElectionRecordFragment, unknown>;
export const ElectionDetailFragmentDoc = new TypedDocumentString(`
    fragment ElectionDetail on Election {
  ...ElectionRecord
  plannedVotingOn
  votedOn
  phases {
    phase
    startsOn
    endsOn
    enteredAt
  }
  history {
    at
    action
    phase
    actorName
    cancelReason
    note
    objectionId
  }
  record {
    sha256
    sealedAt
    pdfPath
    jsonPath
  }
  candidates {
    id
    version
    ownerId
    partyMember
    nominatedBy
    nominatedOn
    decision
    withdrawn
    owner {
      id
      name
    }
  }
  slateWarning {
    partyMembers
    candidates
    needed
  }
}
    fragment ElectionRecord on Election {
  id
  version
  estateId
  kind
  title
  seats
  phase
  deemedVotes
  committeeId
  cancelReason
  cancelNote
  availableActions
  createdAt
  updatedAt
  estate {
    ...EstatePlace
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`, {"fragmentName":"ElectionDetail"}) as unknown as TypedDocumentString<ElectionDetailFragment, unknown>;
export const EstateRecordFragmentDoc = new TypedDocumentString(`
    fragment EstateRecord on Estate {
  id
  version
  communityId
  name
  address
  totalFloorArea
  residentialFloorArea
  households
  buildings
  elevators
  deliveredOn
  createdAt
  updatedAt
  subdistrict {
    id
    districtId
  }
  demonstrations {
    id
    version
    level
    year
    documentNumber
    withdrawnOn
    withdrawalReason
    withdrawalDocument
  }
}
    `, {"fragmentName":"EstateRecord"}) as unknown as TypedDocumentString<EstateRecordFragment, unknown>;
export const FirmRecordFragmentDoc = new TypedDocumentString(`
    fragment FirmRecord on Firm {
  id
  version
  name
  creditCode
  legalRepresentative
  registeredAddress
  contactPerson
  contactPhone
  establishedOn
  districtId
  status
  filingStatus
  filingNumber
  createdById
  submittedById
  submittedAt
  decidedById
  decidedAt
  returnReason
  returnNote
  revokeReason
  revokeNote
  availableActions
  createdAt
  updatedAt
}
    `, {"fragmentName":"FirmRecord"}) as unknown as TypedDocumentString<FirmRecordFragment, unknown>;
export const FivePartyMeetingRecordFragmentDoc = new TypedDocumentString(`
    fragment FivePartyMeetingRecord on FivePartyMeeting {
  id
  version
  estateId
  heldOn
  summary
  overdue
  overdueFollowUps
  issuesRaised
  issuesResolved
  absentParties
  updatedAt
  editsAreCorrections
  estate {
    ...EstatePlace
  }
  participants {
    party
    name
    role
  }
  issues {
    id
    version
    description
    raisedBy
    status
    resolutionNote
    resolvedOn
  }
  followUps {
    id
    version
    task
    ownerParty
    ownerName
    dueOn
    firstDueOn
    dueOnFixedBy
    doneOn
    doneNote
    overdue
  }
}
    fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`, {"fragmentName":"FivePartyMeetingRecord"}) as unknown as TypedDocumentString<FivePartyMeetingRecordFragment, unknown>;
export const MeetingCorrectionShownFragmentDoc = new TypedDocumentString(`
    fragment MeetingCorrectionShown on FivePartyCorrection {
  id
  before
  after
  reason
  correctedAt
  correctedBy
}
    `, {"fragmentName":"MeetingCorrectionShown"}) as unknown as TypedDocumentString<MeetingCorrectionShownFragment, unknown>;
export const FivePartyMeetingShownFragmentDoc = new TypedDocumentString(`
    fragment FivePartyMeetingShown on FivePartyMeeting {
  ...FivePartyMeetingRecord
  issues {
    id
    corrections {
      ...MeetingCorrectionShown
    }
  }
  followUps {
    id
    corrections {
      ...MeetingCorrectionShown
    }
  }
}
    fragment MeetingCorrectionShown on FivePartyCorrection {
  id
  before
  after
  reason
  correctedAt
  correctedBy
}
fragment FivePartyMeetingRecord on FivePartyMeeting {
  id
  version
  estateId
  heldOn
  summary
  overdue
  overdueFollowUps
  issuesRaised
  issuesResolved
  absentParties
  updatedAt
  editsAreCorrections
  estate {
    ...EstatePlace
  }
  participants {
    party
    name
    role
  }
  issues {
    id
    version
    description
    raisedBy
    status
    resolutionNote
    resolvedOn
  }
  followUps {
    id
    version
    task
    ownerParty
    ownerName
    dueOn
    firstDueOn
    dueOnFixedBy
    doneOn
    doneNote
    overdue
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`, {"fragmentName":"FivePartyMeetingShown"}) as unknown as TypedDocumentString<FivePartyMeetingShownFragment, unknown>;
export const ImportReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment ImportReportFields on ImportReport {
  kind
  estateId
  mode
  format
  encoding
  committed
  totalRows
  valid
  invalid
  duplicates
  created
  updated
  skipped
  removed
  rows {
    row
    status
    label
    recordId
    duplicateOfRow
    changes
    fieldErrors {
      field
      column
      rule
      message
      given
      allowed
      expected
      args
    }
  }
  openVotes {
    kind
    id
    phase
  }
}
    `, {"fragmentName":"ImportReportFields"}) as unknown as TypedDocumentString<ImportReportFieldsFragment, unknown>;
export const OwnerRecordFragmentDoc = new TypedDocumentString(`
    fragment OwnerRecord on Owner {
  id
  kind
  name
  idNumber
  phone
  estateId
  ownerships {
    unitId
    unit {
      id
      building
      unitNo
      room
    }
  }
}
    `, {"fragmentName":"OwnerRecord"}) as unknown as TypedDocumentString<OwnerRecordFragment, unknown>;
export const PartyOrganisationRecordFragmentDoc = new TypedDocumentString(`
    fragment PartyOrganisationRecord on PartyOrganisation {
  id
  version
  name
  kind
  firmId
  estateId
  memberCount
  establishedOn
  updatedAt
  firm {
    id
    name
  }
  estate {
    id
    name
  }
}
    `, {"fragmentName":"PartyOrganisationRecord"}) as unknown as TypedDocumentString<PartyOrganisationRecordFragment, unknown>;
export const ProjectRecordFragmentDoc = new TypedDocumentString(`
    fragment ProjectRecord on Project {
  id
  version
  name
  estateId
  firmId
  projectManager
  managerPhone
  contractStart
  contractEnd
  selectionMethod
  billingModel
  residentialFee
  commercialFee
  parkingFee
  households
  managedArea
  filingStatus
  filingNumber
  createdById
  submittedById
  submittedAt
  decidedById
  decidedAt
  returnReason
  returnNote
  revokeReason
  revokeNote
  availableActions
  createdAt
  updatedAt
}
    `, {"fragmentName":"ProjectRecord"}) as unknown as TypedDocumentString<ProjectRecordFragment, unknown>;
export const PublicListFragmentDoc = new TypedDocumentString(`
    fragment PublicList on RedBlackList {
  quarter
  schemeEdition
  redSharePercent
  blackSharePercent
  publishedAt
  sha256
  sealVerified
  categories {
    category
    ranked
    unranked
    redPlaces
    blackPlaces
  }
  entries {
    category
    place
    rank
    projectName
    estateName
    firmName
    total
    maxTotal
  }
}
    `, {"fragmentName":"PublicList"}) as unknown as TypedDocumentString<PublicListFragment, unknown>;
export const RepairFundRecordFragmentDoc = new TypedDocumentString(`
    fragment RepairFundRecord on RepairFund {
  id
  version
  projectId
  estateId
  openedMonth
  balance
  updatedAt
  estate {
    ...EstatePlace
  }
  project {
    id
    name
  }
  terms {
    fromMonth
    feeRate
    setAsidePercent
    resolutionId
  }
}
    fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`, {"fragmentName":"RepairFundRecord"}) as unknown as TypedDocumentString<RepairFundRecordFragment, unknown>;
export const RepairFundRefundProposalPartsFragmentDoc = new TypedDocumentString(`
    fragment RepairFundRefundProposalParts on RepairFundRefundProposal {
  id
  version
  withdrawalId
  amount
  reason
  status
  proposedById
  proposedBy
  createdAt
  availableActions
  confirmRefusal
}
    `, {"fragmentName":"RepairFundRefundProposalParts"}) as unknown as TypedDocumentString<RepairFundRefundProposalPartsFragment, unknown>;
export const RepairFundCorrectionProposalPartsFragmentDoc = new TypedDocumentString(`
    fragment RepairFundCorrectionProposalParts on RepairFundCorrectionProposal {
  id
  version
  accrualId
  amount
  reason
  status
  proposedById
  proposedBy
  createdAt
  availableActions
  confirmRefusal
}
    `, {"fragmentName":"RepairFundCorrectionProposalParts"}) as unknown as TypedDocumentString<RepairFundCorrectionProposalPartsFragment, unknown>;
export const RepairFundTermsProposalPartsFragmentDoc = new TypedDocumentString(`
    fragment RepairFundTermsProposalParts on RepairFundTermsProposal {
  id
  version
  fromMonth
  feeRate
  setAsidePercent
  resolutionId
  status
  proposedById
  proposedBy
  createdAt
  availableActions
  confirmRefusal
}
    `, {"fragmentName":"RepairFundTermsProposalParts"}) as unknown as TypedDocumentString<RepairFundTermsProposalPartsFragment, unknown>;
export const ResolutionRecordFragmentDoc = new TypedDocumentString(`
    fragment ResolutionRecord on Resolution {
  id
  version
  estateId
  matter
  title
  phase
  deemedVotes
  votingStartsOn
  votingEndsOn
  createdAt
  updatedAt
  estate {
    ...EstatePlace
  }
}
    fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`, {"fragmentName":"ResolutionRecord"}) as unknown as TypedDocumentString<ResolutionRecordFragment, unknown>;
export const CheckPartsFragmentDoc = new TypedDocumentString(`
    fragment CheckParts on ThresholdCheck {
  rule
  met
  inclusive
  threshold {
    numerator
    denominator
  }
  headcount {
    part
    whole
    met
  }
  area {
    part
    whole
    met
  }
}
    `, {"fragmentName":"CheckParts"}) as unknown as TypedDocumentString<CheckPartsFragment, unknown>;
export const ResolutionDetailFragmentDoc = new TypedDocumentString(`
    fragment ResolutionDetail on Resolution {
  ...ResolutionRecord
  description
  record {
    sha256
    sealedAt
    pdfPath
    jsonPath
  }
  tally {
    matter
    article278Item
    ballots
    outcome
    decidedBy
    totals {
      headcount
      area
    }
    participating {
      headcount
      area
    }
    counts {
      yes {
        headcount
        area
      }
      no {
        headcount
        area
      }
      abstain {
        headcount
        area
      }
    }
    deemed {
      outcome
      side
      persons {
        headcount
        area
      }
    }
    quorum {
      ...CheckParts
    }
    pass {
      ...CheckParts
    }
  }
}
    fragment ResolutionRecord on Resolution {
  id
  version
  estateId
  matter
  title
  phase
  deemedVotes
  votingStartsOn
  votingEndsOn
  createdAt
  updatedAt
  estate {
    ...EstatePlace
  }
}
fragment CheckParts on ThresholdCheck {
  rule
  met
  inclusive
  threshold {
    numerator
    denominator
  }
  headcount {
    part
    whole
    met
  }
  area {
    part
    whole
    met
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`, {"fragmentName":"ResolutionDetail"}) as unknown as TypedDocumentString<ResolutionDetailFragment, unknown>;
export const AccountChangePartsFragmentDoc = new TypedDocumentString(`
    fragment AccountChangeParts on AccountChangeProposal {
  id
  version
  status
  creates
  activates
  role
  setsPassword
  passwordHalf
  reason
  proposedById
  proposedBy
  createdAt
  availableActions
  confirmRefusal
  subdistricts {
    id
    name
  }
}
    `, {"fragmentName":"AccountChangeParts"}) as unknown as TypedDocumentString<AccountChangePartsFragment, unknown>;
export const UserRecordFragmentDoc = new TypedDocumentString(`
    fragment UserRecord on User {
  id
  version
  username
  displayName
  role
  active
  createdAt
  jurisdiction {
    id
  }
  pendingChange {
    ...AccountChangeParts
  }
}
    fragment AccountChangeParts on AccountChangeProposal {
  id
  version
  status
  creates
  activates
  role
  setsPassword
  passwordHalf
  reason
  proposedById
  proposedBy
  createdAt
  availableActions
  confirmRefusal
  subdistricts {
    id
    name
  }
}`, {"fragmentName":"UserRecord"}) as unknown as TypedDocumentString<UserRecordFragment, unknown>;
export const ApiTokensDocument = new TypedDocumentString(`
    query ApiTokens {
  apiTokens {
    ...ApiTokenRecord
  }
}
    fragment ApiTokenRecord on ApiToken {
  id
  name
  scopes
  expiresAt
  revokedAt
  createdAt
  rateLimitPerMinute
  effectiveRateLimitPerMinute
  usage {
    requestsThisMinute
    refusedThisMinute
    requestsLast24h
    refusedLast24h
    lastUsedAt
  }
}`) as unknown as TypedDocumentString<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenInConsoleDocument = new TypedDocumentString(`
    mutation CreateApiTokenInConsole($input: ApiTokenInput!) {
  createApiToken(input: $input) {
    token
    apiToken {
      ...ApiTokenRecord
    }
  }
}
    fragment ApiTokenRecord on ApiToken {
  id
  name
  scopes
  expiresAt
  revokedAt
  createdAt
  rateLimitPerMinute
  effectiveRateLimitPerMinute
  usage {
    requestsThisMinute
    refusedThisMinute
    requestsLast24h
    refusedLast24h
    lastUsedAt
  }
}`) as unknown as TypedDocumentString<CreateApiTokenInConsoleMutation, CreateApiTokenInConsoleMutationVariables>;
export const RevokeApiTokenInConsoleDocument = new TypedDocumentString(`
    mutation RevokeApiTokenInConsole($id: ID!) {
  revokeApiToken(id: $id) {
    ...ApiTokenRecord
  }
}
    fragment ApiTokenRecord on ApiToken {
  id
  name
  scopes
  expiresAt
  revokedAt
  createdAt
  rateLimitPerMinute
  effectiveRateLimitPerMinute
  usage {
    requestsThisMinute
    refusedThisMinute
    requestsLast24h
    refusedLast24h
    lastUsedAt
  }
}`) as unknown as TypedDocumentString<RevokeApiTokenInConsoleMutation, RevokeApiTokenInConsoleMutationVariables>;
export const SetApiTokenRateLimitDocument = new TypedDocumentString(`
    mutation SetApiTokenRateLimit($id: ID!, $perMinute: Int) {
  setApiTokenRateLimit(id: $id, perMinute: $perMinute) {
    ...ApiTokenRecord
  }
}
    fragment ApiTokenRecord on ApiToken {
  id
  name
  scopes
  expiresAt
  revokedAt
  createdAt
  rateLimitPerMinute
  effectiveRateLimitPerMinute
  usage {
    requestsThisMinute
    refusedThisMinute
    requestsLast24h
    refusedLast24h
    lastUsedAt
  }
}`) as unknown as TypedDocumentString<SetApiTokenRateLimitMutation, SetApiTokenRateLimitMutationVariables>;
export const WebhookEndpointsDocument = new TypedDocumentString(`
    query WebhookEndpoints($tokenId: ID) {
  webhookEndpoints(tokenId: $tokenId) {
    ...WebhookEndpointRecord
  }
}
    fragment WebhookEndpointRecord on WebhookEndpoint {
  id
  tokenId
  url
  eventTypes
  status
  cursor
  lag
  version
  problem
  createdAt
  lastDeliveredAt
}`) as unknown as TypedDocumentString<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>;
export const WebhookDeliveriesDocument = new TypedDocumentString(`
    query WebhookDeliveries($options: WebhookDeliveryListOptions) {
  webhookDeliveries(options: $options) {
    items {
      id
      status
      attempts
      lastError
      responseCode
      nextAttemptAt
      firstPosition
      lastPosition
      eventCount
      createdAt
      deliveredAt
    }
    totalItems
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const CreateWebhookEndpointDocument = new TypedDocumentString(`
    mutation CreateWebhookEndpoint($input: WebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    secret
    endpoint {
      ...WebhookEndpointRecord
    }
  }
}
    fragment WebhookEndpointRecord on WebhookEndpoint {
  id
  tokenId
  url
  eventTypes
  status
  cursor
  lag
  version
  problem
  createdAt
  lastDeliveredAt
}`) as unknown as TypedDocumentString<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>;
export const PauseWebhookEndpointDocument = new TypedDocumentString(`
    mutation PauseWebhookEndpoint($id: ID!, $version: Int!) {
  pauseWebhookEndpoint(id: $id, version: $version) {
    ...WebhookEndpointRecord
  }
}
    fragment WebhookEndpointRecord on WebhookEndpoint {
  id
  tokenId
  url
  eventTypes
  status
  cursor
  lag
  version
  problem
  createdAt
  lastDeliveredAt
}`) as unknown as TypedDocumentString<PauseWebhookEndpointMutation, PauseWebhookEndpointMutationVariables>;
export const ResumeWebhookEndpointDocument = new TypedDocumentString(`
    mutation ResumeWebhookEndpoint($id: ID!, $version: Int!) {
  resumeWebhookEndpoint(id: $id, version: $version) {
    ...WebhookEndpointRecord
  }
}
    fragment WebhookEndpointRecord on WebhookEndpoint {
  id
  tokenId
  url
  eventTypes
  status
  cursor
  lag
  version
  problem
  createdAt
  lastDeliveredAt
}`) as unknown as TypedDocumentString<ResumeWebhookEndpointMutation, ResumeWebhookEndpointMutationVariables>;
export const DeleteWebhookEndpointDocument = new TypedDocumentString(`
    mutation DeleteWebhookEndpoint($id: ID!, $version: Int!) {
  deleteWebhookEndpoint(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<DeleteWebhookEndpointMutation, DeleteWebhookEndpointMutationVariables>;
export const SchemeListDocument = new TypedDocumentString(`
    query SchemeList {
  list: assessmentSchemes {
    ...SchemeRecord
  }
}
    fragment SchemeRecord on AssessmentScheme {
  id
  version
  edition
  title
  source
  state
  publishedAt
  createdAt
  updatedAt
  redSharePercent
  blackSharePercent
  matureAfterYears
  availableActions
  items {
    key
    titleZh
    titleEn
    maxScore
    categories
  }
  maxTotals {
    category
    maxTotal
  }
}`) as unknown as TypedDocumentString<SchemeListQuery, SchemeListQueryVariables>;
export const SchemeOneDocument = new TypedDocumentString(`
    query SchemeOne($id: ID!) {
  record: assessmentScheme(id: $id) {
    ...SchemeRecord
  }
}
    fragment SchemeRecord on AssessmentScheme {
  id
  version
  edition
  title
  source
  state
  publishedAt
  createdAt
  updatedAt
  redSharePercent
  blackSharePercent
  matureAfterYears
  availableActions
  items {
    key
    titleZh
    titleEn
    maxScore
    categories
  }
  maxTotals {
    category
    maxTotal
  }
}`) as unknown as TypedDocumentString<SchemeOneQuery, SchemeOneQueryVariables>;
export const SchemeCreateDocument = new TypedDocumentString(`
    mutation SchemeCreate($input: AssessmentSchemeInput!) {
  record: createAssessmentScheme(input: $input) {
    ...SchemeRecord
  }
}
    fragment SchemeRecord on AssessmentScheme {
  id
  version
  edition
  title
  source
  state
  publishedAt
  createdAt
  updatedAt
  redSharePercent
  blackSharePercent
  matureAfterYears
  availableActions
  items {
    key
    titleZh
    titleEn
    maxScore
    categories
  }
  maxTotals {
    category
    maxTotal
  }
}`) as unknown as TypedDocumentString<SchemeCreateMutation, SchemeCreateMutationVariables>;
export const SchemePublishDocument = new TypedDocumentString(`
    mutation SchemePublish($id: ID!, $version: Int!) {
  record: publishAssessmentScheme(id: $id, version: $version) {
    ...SchemeRecord
  }
}
    fragment SchemeRecord on AssessmentScheme {
  id
  version
  edition
  title
  source
  state
  publishedAt
  createdAt
  updatedAt
  redSharePercent
  blackSharePercent
  matureAfterYears
  availableActions
  items {
    key
    titleZh
    titleEn
    maxScore
    categories
  }
  maxTotals {
    category
    maxTotal
  }
}`) as unknown as TypedDocumentString<SchemePublishMutation, SchemePublishMutationVariables>;
export const AssessmentCreateDocument = new TypedDocumentString(`
    mutation AssessmentCreate($input: AssessmentInput!) {
  record: createAssessment(input: $input) {
    ...AssessmentDetail
  }
}
    fragment AssessmentRecord on Assessment {
  id
  version
  projectId
  estateId
  firmId
  quarter
  category
  state
  assessingBody
  total
  maxTotal
  submittedAt
  reviewedAt
  returnNote
  availableActions
  createdAt
  updatedAt
  project {
    id
    name
  }
  firm {
    id
    name
  }
  estate {
    ...EstatePlace
  }
}
fragment AssessmentDetail on Assessment {
  ...AssessmentRecord
  items {
    key
    titleZh
    titleEn
    maxScore
    score
    note
    adjustedScore
    adjustReason
    finalScore
  }
  scheme {
    id
    edition
    title
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`) as unknown as TypedDocumentString<AssessmentCreateMutation, AssessmentCreateMutationVariables>;
export const AssessmentListDocument = new TypedDocumentString(`
    query AssessmentList($options: AssessmentListOptions) {
  list: assessments(options: $options) {
    totalItems
    nextCursor
    items {
      ...AssessmentRecord
    }
  }
}
    fragment AssessmentRecord on Assessment {
  id
  version
  projectId
  estateId
  firmId
  quarter
  category
  state
  assessingBody
  total
  maxTotal
  submittedAt
  reviewedAt
  returnNote
  availableActions
  createdAt
  updatedAt
  project {
    id
    name
  }
  firm {
    id
    name
  }
  estate {
    ...EstatePlace
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`) as unknown as TypedDocumentString<AssessmentListQuery, AssessmentListQueryVariables>;
export const AssessmentOneDocument = new TypedDocumentString(`
    query AssessmentOne($id: ID!) {
  record: assessment(id: $id) {
    ...AssessmentDetail
  }
}
    fragment AssessmentRecord on Assessment {
  id
  version
  projectId
  estateId
  firmId
  quarter
  category
  state
  assessingBody
  total
  maxTotal
  submittedAt
  reviewedAt
  returnNote
  availableActions
  createdAt
  updatedAt
  project {
    id
    name
  }
  firm {
    id
    name
  }
  estate {
    ...EstatePlace
  }
}
fragment AssessmentDetail on Assessment {
  ...AssessmentRecord
  items {
    key
    titleZh
    titleEn
    maxScore
    score
    note
    adjustedScore
    adjustReason
    finalScore
  }
  scheme {
    id
    edition
    title
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`) as unknown as TypedDocumentString<AssessmentOneQuery, AssessmentOneQueryVariables>;
export const AssessmentScoreDocument = new TypedDocumentString(`
    mutation AssessmentScore($id: ID!, $version: Int!, $scores: [ItemScoreInput!]!) {
  record: scoreAssessment(id: $id, version: $version, scores: $scores) {
    ...AssessmentDetail
  }
}
    fragment AssessmentRecord on Assessment {
  id
  version
  projectId
  estateId
  firmId
  quarter
  category
  state
  assessingBody
  total
  maxTotal
  submittedAt
  reviewedAt
  returnNote
  availableActions
  createdAt
  updatedAt
  project {
    id
    name
  }
  firm {
    id
    name
  }
  estate {
    ...EstatePlace
  }
}
fragment AssessmentDetail on Assessment {
  ...AssessmentRecord
  items {
    key
    titleZh
    titleEn
    maxScore
    score
    note
    adjustedScore
    adjustReason
    finalScore
  }
  scheme {
    id
    edition
    title
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`) as unknown as TypedDocumentString<AssessmentScoreMutation, AssessmentScoreMutationVariables>;
export const AssessmentSubmitDocument = new TypedDocumentString(`
    mutation AssessmentSubmit($id: ID!, $version: Int!) {
  record: submitAssessment(id: $id, version: $version) {
    ...AssessmentDetail
  }
}
    fragment AssessmentRecord on Assessment {
  id
  version
  projectId
  estateId
  firmId
  quarter
  category
  state
  assessingBody
  total
  maxTotal
  submittedAt
  reviewedAt
  returnNote
  availableActions
  createdAt
  updatedAt
  project {
    id
    name
  }
  firm {
    id
    name
  }
  estate {
    ...EstatePlace
  }
}
fragment AssessmentDetail on Assessment {
  ...AssessmentRecord
  items {
    key
    titleZh
    titleEn
    maxScore
    score
    note
    adjustedScore
    adjustReason
    finalScore
  }
  scheme {
    id
    edition
    title
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`) as unknown as TypedDocumentString<AssessmentSubmitMutation, AssessmentSubmitMutationVariables>;
export const AssessmentReturnDocument = new TypedDocumentString(`
    mutation AssessmentReturn($id: ID!, $version: Int!, $note: String!) {
  record: returnAssessment(id: $id, version: $version, note: $note) {
    ...AssessmentDetail
  }
}
    fragment AssessmentRecord on Assessment {
  id
  version
  projectId
  estateId
  firmId
  quarter
  category
  state
  assessingBody
  total
  maxTotal
  submittedAt
  reviewedAt
  returnNote
  availableActions
  createdAt
  updatedAt
  project {
    id
    name
  }
  firm {
    id
    name
  }
  estate {
    ...EstatePlace
  }
}
fragment AssessmentDetail on Assessment {
  ...AssessmentRecord
  items {
    key
    titleZh
    titleEn
    maxScore
    score
    note
    adjustedScore
    adjustReason
    finalScore
  }
  scheme {
    id
    edition
    title
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`) as unknown as TypedDocumentString<AssessmentReturnMutation, AssessmentReturnMutationVariables>;
export const AssessmentReviewDocument = new TypedDocumentString(`
    mutation AssessmentReview($id: ID!, $version: Int!, $adjustments: [ItemAdjustmentInput!]!) {
  record: reviewAssessment(id: $id, version: $version, adjustments: $adjustments) {
    ...AssessmentDetail
  }
}
    fragment AssessmentRecord on Assessment {
  id
  version
  projectId
  estateId
  firmId
  quarter
  category
  state
  assessingBody
  total
  maxTotal
  submittedAt
  reviewedAt
  returnNote
  availableActions
  createdAt
  updatedAt
  project {
    id
    name
  }
  firm {
    id
    name
  }
  estate {
    ...EstatePlace
  }
}
fragment AssessmentDetail on Assessment {
  ...AssessmentRecord
  items {
    key
    titleZh
    titleEn
    maxScore
    score
    note
    adjustedScore
    adjustReason
    finalScore
  }
  scheme {
    id
    edition
    title
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`) as unknown as TypedDocumentString<AssessmentReviewMutation, AssessmentReviewMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const CampaignListDocument = new TypedDocumentString(`
    query CampaignList($options: CampaignListOptions) {
  list: campaigns(options: $options) {
    totalItems
    nextCursor
    items {
      id
      version
      name
      year
      startsOn
      endsOn
      status
      updatedAt
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignListQuery, CampaignListQueryVariables>;
export const CampaignOneDocument = new TypedDocumentString(`
    query CampaignOne($id: ID!) {
  record: campaign(id: $id) {
    ...CampaignRecord
  }
}
    fragment CampaignRecord on Campaign {
  id
  version
  name
  year
  startsOn
  endsOn
  status
  description
  updatedAt
  measures {
    id
    code
    labelZh
    labelEn
    unit
    kind
    bound
  }
  totals {
    districtId
    districtName
    estatesCovered
    estateElevators
    measures {
      measure {
        code
      }
      total
      estates
    }
  }
}`) as unknown as TypedDocumentString<CampaignOneQuery, CampaignOneQueryVariables>;
export const CreateCampaignRecordDocument = new TypedDocumentString(`
    mutation CreateCampaignRecord($input: CampaignInput!) {
  record: createCampaign(input: $input) {
    ...CampaignRecord
  }
}
    fragment CampaignRecord on Campaign {
  id
  version
  name
  year
  startsOn
  endsOn
  status
  description
  updatedAt
  measures {
    id
    code
    labelZh
    labelEn
    unit
    kind
    bound
  }
  totals {
    districtId
    districtName
    estatesCovered
    estateElevators
    measures {
      measure {
        code
      }
      total
      estates
    }
  }
}`) as unknown as TypedDocumentString<CreateCampaignRecordMutation, CreateCampaignRecordMutationVariables>;
export const UpdateCampaignRecordDocument = new TypedDocumentString(`
    mutation UpdateCampaignRecord($id: ID!, $version: Int!, $input: CampaignInput!) {
  record: updateCampaign(id: $id, version: $version, input: $input) {
    ...CampaignRecord
  }
}
    fragment CampaignRecord on Campaign {
  id
  version
  name
  year
  startsOn
  endsOn
  status
  description
  updatedAt
  measures {
    id
    code
    labelZh
    labelEn
    unit
    kind
    bound
  }
  totals {
    districtId
    districtName
    estatesCovered
    estateElevators
    measures {
      measure {
        code
      }
      total
      estates
    }
  }
}`) as unknown as TypedDocumentString<UpdateCampaignRecordMutation, UpdateCampaignRecordMutationVariables>;
export const CampaignReportListDocument = new TypedDocumentString(`
    query CampaignReportList($options: CampaignReportListOptions) {
  list: campaignReports(options: $options) {
    totalItems
    nextCursor
    items {
      ...CampaignReportRecord
    }
  }
}
    fragment CampaignReportRecord on CampaignReport {
  id
  version
  campaignId
  estateId
  completedOn
  note
  status
  correctsId
  reportedBy
  verifiedBy
  verifiedAt
  verifyHeldBy
  inForce
  updatedAt
  estate {
    ...EstatePlace
  }
  quantities {
    measure {
      code
      unit
    }
    quantity
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`) as unknown as TypedDocumentString<CampaignReportListQuery, CampaignReportListQueryVariables>;
export const CampaignReportOneDocument = new TypedDocumentString(`
    query CampaignReportOne($id: ID!) {
  record: campaignReport(id: $id) {
    ...CampaignReportRecord
  }
}
    fragment CampaignReportRecord on CampaignReport {
  id
  version
  campaignId
  estateId
  completedOn
  note
  status
  correctsId
  reportedBy
  verifiedBy
  verifiedAt
  verifyHeldBy
  inForce
  updatedAt
  estate {
    ...EstatePlace
  }
  quantities {
    measure {
      code
      unit
    }
    quantity
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`) as unknown as TypedDocumentString<CampaignReportOneQuery, CampaignReportOneQueryVariables>;
export const ReportCampaignProgressOfDocument = new TypedDocumentString(`
    mutation ReportCampaignProgressOf($input: CampaignReportInput!) {
  reportCampaignProgress(input: $input) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<ReportCampaignProgressOfMutation, ReportCampaignProgressOfMutationVariables>;
export const CloseCampaignOfDocument = new TypedDocumentString(`
    mutation CloseCampaignOf($id: ID!, $version: Int!) {
  closeCampaign(id: $id, version: $version) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<CloseCampaignOfMutation, CloseCampaignOfMutationVariables>;
export const VerifyCampaignReportOfDocument = new TypedDocumentString(`
    mutation VerifyCampaignReportOf($id: ID!, $version: Int!) {
  verifyCampaignReport(id: $id, version: $version) {
    id
    version
    status
    verifyHeldBy
  }
}
    `) as unknown as TypedDocumentString<VerifyCampaignReportOfMutation, VerifyCampaignReportOfMutationVariables>;
export const CandidateDocument = new TypedDocumentString(`
    query Candidate($id: ID!) {
  record: candidate(id: $id) {
    ...CandidateRecord
  }
}
    fragment CandidateRecord on Candidate {
  id
  version
  electionId
  ownerId
  partyMember
  nominatedBy
  nominatedOn
  decision
  decisionExplanation
  withdrawn
  owner {
    id
    name
  }
  election {
    id
    title
    phase
    estateId
    seats
  }
  checklist {
    id
    version
    title
    items {
      key
      kind
      titleZh
      titleEn
      suggestedReviewers
    }
  }
  checks {
    itemKey
    result
    reviewingBody
    reviewer
    checkedOn
    evidenceNote
    overrideReason
    updatedAt
  }
  registerFindings {
    itemKey
    says
    unitsInEstate
  }
  objections {
    id
    filedOn
    filedBy
    reason
    resolution
    resolvedOn
  }
}`) as unknown as TypedDocumentString<CandidateQuery, CandidateQueryVariables>;
export const CheckDocument = new TypedDocumentString(`
    mutation Check($candidateId: ID!, $version: Int!, $input: EligibilityCheckInput!) {
  recordEligibilityCheck(
    candidateId: $candidateId
    version: $version
    input: $input
  ) {
    id
    version
    decision
  }
}
    `) as unknown as TypedDocumentString<CheckMutation, CheckMutationVariables>;
export const ChecksDocument = new TypedDocumentString(`
    mutation Checks($candidateId: ID!, $version: Int!, $input: EligibilityChecksInput!) {
  recordEligibilityChecks(
    candidateId: $candidateId
    version: $version
    input: $input
  ) {
    id
    version
    decision
  }
}
    `) as unknown as TypedDocumentString<ChecksMutation, ChecksMutationVariables>;
export const ObjectDocument = new TypedDocumentString(`
    mutation Object($candidateId: ID!, $input: ObjectionInput!) {
  fileObjection(candidateId: $candidateId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ObjectMutation, ObjectMutationVariables>;
export const ResolveDocument = new TypedDocumentString(`
    mutation Resolve($id: ID!, $resolution: String!) {
  resolveObjection(id: $id, resolution: $resolution) {
    id
    resolvedOn
  }
}
    `) as unknown as TypedDocumentString<ResolveMutation, ResolveMutationVariables>;
export const ChecklistVersionsDocument = new TypedDocumentString(`
    query ChecklistVersions {
  checklistVersions {
    id
    version
    title
    source
    publishedById
    createdAt
    items {
      ...ChecklistItemParts
    }
  }
}
    fragment ChecklistItemParts on ChecklistItemType {
  key
  kind
  titleZh
  titleEn
  suggestedReviewers
}`) as unknown as TypedDocumentString<ChecklistVersionsQuery, ChecklistVersionsQueryVariables>;
export const ChecklistDraftListDocument = new TypedDocumentString(`
    query ChecklistDraftList {
  checklistDrafts {
    id
    version
    title
    source
    updatedAt
    availableActions
    items {
      ...ChecklistItemParts
    }
  }
}
    fragment ChecklistItemParts on ChecklistItemType {
  key
  kind
  titleZh
  titleEn
  suggestedReviewers
}`) as unknown as TypedDocumentString<ChecklistDraftListQuery, ChecklistDraftListQueryVariables>;
export const ChecklistDraftOneDocument = new TypedDocumentString(`
    query ChecklistDraftOne($id: ID!) {
  checklistDraft(id: $id) {
    id
    version
    title
    source
    publishedVersionId
    items {
      ...ChecklistItemParts
    }
  }
}
    fragment ChecklistItemParts on ChecklistItemType {
  key
  kind
  titleZh
  titleEn
  suggestedReviewers
}`) as unknown as TypedDocumentString<ChecklistDraftOneQuery, ChecklistDraftOneQueryVariables>;
export const CreateChecklistDraftCallDocument = new TypedDocumentString(`
    mutation CreateChecklistDraftCall($input: ChecklistInput!) {
  createChecklistDraft(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CreateChecklistDraftCallMutation, CreateChecklistDraftCallMutationVariables>;
export const UpdateChecklistDraftCallDocument = new TypedDocumentString(`
    mutation UpdateChecklistDraftCall($id: ID!, $version: Int!, $input: ChecklistInput!) {
  updateChecklistDraft(id: $id, version: $version, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateChecklistDraftCallMutation, UpdateChecklistDraftCallMutationVariables>;
export const PublishChecklistDraftCallDocument = new TypedDocumentString(`
    mutation PublishChecklistDraftCall($id: ID!, $version: Int!) {
  publishChecklistDraft(id: $id, version: $version) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<PublishChecklistDraftCallMutation, PublishChecklistDraftCallMutationVariables>;
export const CommitteeAccountListDocument = new TypedDocumentString(`
    query CommitteeAccountList($options: CommitteeAccountListOptions) {
  list: committeeAccounts(options: $options) {
    totalItems
    nextCursor
    items {
      ...CommitteeAccountRecord
    }
  }
}
    fragment CommitteeAccountRecord on CommitteeAccount {
  id
  version
  estateId
  spendingLimit
  statementDueDays
  updatedAt
  estate {
    ...EstatePlace
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`) as unknown as TypedDocumentString<CommitteeAccountListQuery, CommitteeAccountListQueryVariables>;
export const CommitteeAccountDocument = new TypedDocumentString(`
    query CommitteeAccount($id: ID!) {
  record: committeeAccount(id: $id) {
    ...CommitteeAccountRecord
    pendingTerms {
      ...CommitteeAccountTermsProposalParts
    }
  }
}
    fragment CommitteeAccountRecord on CommitteeAccount {
  id
  version
  estateId
  spendingLimit
  statementDueDays
  updatedAt
  estate {
    ...EstatePlace
  }
}
fragment CommitteeAccountTermsProposalParts on CommitteeAccountTermsProposal {
  id
  version
  spendingLimit
  statementDueDays
  status
  proposedById
  proposedBy
  createdAt
  availableActions
  confirmRefusal
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`) as unknown as TypedDocumentString<CommitteeAccountQuery, CommitteeAccountQueryVariables>;
export const OpenCommitteeAccountDocument = new TypedDocumentString(`
    mutation OpenCommitteeAccount($input: OpenCommitteeAccountInput!) {
  record: openCommitteeAccount(input: $input) {
    ...CommitteeAccountRecord
  }
}
    fragment CommitteeAccountRecord on CommitteeAccount {
  id
  version
  estateId
  spendingLimit
  statementDueDays
  updatedAt
  estate {
    ...EstatePlace
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`) as unknown as TypedDocumentString<OpenCommitteeAccountMutation, OpenCommitteeAccountMutationVariables>;
export const AccountPeriodsOfDocument = new TypedDocumentString(`
    query AccountPeriodsOf($options: AccountPeriodListOptions) {
  accountPeriods(options: $options) {
    items {
      id
      version
      year
      quarter
      status
      closedAt
      countersignedAt
      publishedAt
      returnedAt
      returnReason
      availableActions
      closeHoldRule
      statement {
        ...AccountStatementParts
      }
    }
  }
}
    fragment AccountStatementParts on AccountStatement {
  periodId
  estateName
  year
  quarter
  from
  to
  opening
  income
  spending
  closing
  publishedAt
  incomeByCategory {
    category
    amount
  }
  spendingByCategory {
    category
    amount
  }
}`) as unknown as TypedDocumentString<AccountPeriodsOfQuery, AccountPeriodsOfQueryVariables>;
export const AccountEntriesOfDocument = new TypedDocumentString(`
    query AccountEntriesOf($options: AccountEntryListOptions) {
  accountEntries(options: $options) {
    totalItems
    items {
      id
      version
      direction
      category
      amount
      counterparty
      occurredOn
      description
      enteredBy
      correctsEntryId
      resolutionId
      signOffRequired
      signedOffAt
      signOffRefusedAt
      signOffRefusalNote
      createdById
      vouchers {
        id
        fileName
        contentType
        sizeBytes
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccountEntriesOfQuery, AccountEntriesOfQueryVariables>;
export const SittingMembersOfDocument = new TypedDocumentString(`
    query SittingMembersOf($id: ID!) {
  estate(id: $id) {
    id
    currentCommittee {
      id
      members {
        id
        name
        position
        endsOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SittingMembersOfQuery, SittingMembersOfQueryVariables>;
export const AddAccountEntryOfDocument = new TypedDocumentString(`
    mutation AddAccountEntryOf($input: AccountEntryInput!) {
  addAccountEntry(input: $input) {
    id
    periodId
  }
}
    `) as unknown as TypedDocumentString<AddAccountEntryOfMutation, AddAccountEntryOfMutationVariables>;
export const SignOffAccountEntryOfDocument = new TypedDocumentString(`
    mutation SignOffAccountEntryOf($id: ID!, $version: Int!) {
  signOffAccountEntry(id: $id, version: $version) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<SignOffAccountEntryOfMutation, SignOffAccountEntryOfMutationVariables>;
export const RefuseAccountEntrySignOffOfDocument = new TypedDocumentString(`
    mutation RefuseAccountEntrySignOffOf($id: ID!, $version: Int!, $note: String!) {
  refuseAccountEntrySignOff(id: $id, version: $version, note: $note) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<RefuseAccountEntrySignOffOfMutation, RefuseAccountEntrySignOffOfMutationVariables>;
export const MoveAccountPeriodOfDocument = new TypedDocumentString(`
    mutation MoveAccountPeriodOf($id: ID!, $version: Int!, $action: AccountPeriodAction!, $memberId: ID, $note: String) {
  moveAccountPeriod(
    id: $id
    version: $version
    action: $action
    memberId: $memberId
    note: $note
  ) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<MoveAccountPeriodOfMutation, MoveAccountPeriodOfMutationVariables>;
export const SetCommitteeAccountTermsOfDocument = new TypedDocumentString(`
    mutation SetCommitteeAccountTermsOf($id: ID!, $version: Int!, $input: CommitteeAccountTermsInput!) {
  setCommitteeAccountTerms(id: $id, version: $version, input: $input) {
    ...CommitteeAccountRecord
    pendingTerms {
      id
    }
  }
}
    fragment CommitteeAccountRecord on CommitteeAccount {
  id
  version
  estateId
  spendingLimit
  statementDueDays
  updatedAt
  estate {
    ...EstatePlace
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`) as unknown as TypedDocumentString<SetCommitteeAccountTermsOfMutation, SetCommitteeAccountTermsOfMutationVariables>;
export const DecideCommitteeAccountTermsOfDocument = new TypedDocumentString(`
    mutation DecideCommitteeAccountTermsOf($id: ID!, $version: Int!, $action: ProposalAction!, $note: String) {
  decideCommitteeAccountTerms(
    id: $id
    version: $version
    action: $action
    note: $note
  ) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<DecideCommitteeAccountTermsOfMutation, DecideCommitteeAccountTermsOfMutationVariables>;
export const AddAccountVoucherOfDocument = new TypedDocumentString(`
    mutation AddAccountVoucherOf($entryId: ID!, $input: VoucherInput!) {
  addAccountVoucher(entryId: $entryId, input: $input) {
    id
    fileName
  }
}
    `) as unknown as TypedDocumentString<AddAccountVoucherOfMutation, AddAccountVoucherOfMutationVariables>;
export const CommitteeFilingListDocument = new TypedDocumentString(`
    query CommitteeFilingList($options: CommitteeFilingListOptions) {
  list: committeeFilings(options: $options) {
    totalItems
    nextCursor
    items {
      ...CommitteeFilingRecord
    }
  }
}
    fragment CommitteeFilingRecord on CommitteeFiling {
  id
  version
  committeeId
  kind
  eventDate
  dueOn
  dueOnProvisional
  overdue
  daysRemaining
  submittedLate
  filingStatus
  filingNumber
  createdById
  submittedById
  submittedAt
  decidedById
  decidedAt
  returnReason
  returnNote
  revokeReason
  revokeNote
  availableActions
  createdAt
  updatedAt
  committee {
    id
    termNumber
    estate {
      ...EstatePlace
    }
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`) as unknown as TypedDocumentString<CommitteeFilingListQuery, CommitteeFilingListQueryVariables>;
export const CommitteeFilingDocument = new TypedDocumentString(`
    query CommitteeFiling($id: ID!) {
  record: committeeFiling(id: $id) {
    ...CommitteeFilingDetail
  }
}
    fragment CommitteeFilingRecord on CommitteeFiling {
  id
  version
  committeeId
  kind
  eventDate
  dueOn
  dueOnProvisional
  overdue
  daysRemaining
  submittedLate
  filingStatus
  filingNumber
  createdById
  submittedById
  submittedAt
  decidedById
  decidedAt
  returnReason
  returnNote
  revokeReason
  revokeNote
  availableActions
  createdAt
  updatedAt
  committee {
    id
    termNumber
    estate {
      ...EstatePlace
    }
  }
}
fragment CommitteeFilingDetail on CommitteeFiling {
  ...CommitteeFilingRecord
  materials {
    id
    kind
    fileName
    contentType
    sizeBytes
    sha256
    createdAt
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`) as unknown as TypedDocumentString<CommitteeFilingQuery, CommitteeFilingQueryVariables>;
export const SubmitCommitteeFilingDocument = new TypedDocumentString(`
    mutation SubmitCommitteeFiling($id: ID!, $version: Int!) {
  record: submitCommitteeFiling(id: $id, version: $version) {
    ...CommitteeFilingRecord
  }
}
    fragment CommitteeFilingRecord on CommitteeFiling {
  id
  version
  committeeId
  kind
  eventDate
  dueOn
  dueOnProvisional
  overdue
  daysRemaining
  submittedLate
  filingStatus
  filingNumber
  createdById
  submittedById
  submittedAt
  decidedById
  decidedAt
  returnReason
  returnNote
  revokeReason
  revokeNote
  availableActions
  createdAt
  updatedAt
  committee {
    id
    termNumber
    estate {
      ...EstatePlace
    }
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`) as unknown as TypedDocumentString<SubmitCommitteeFilingMutation, SubmitCommitteeFilingMutationVariables>;
export const ApproveCommitteeFilingDocument = new TypedDocumentString(`
    mutation ApproveCommitteeFiling($id: ID!, $version: Int!) {
  record: approveCommitteeFiling(id: $id, version: $version) {
    ...CommitteeFilingRecord
  }
}
    fragment CommitteeFilingRecord on CommitteeFiling {
  id
  version
  committeeId
  kind
  eventDate
  dueOn
  dueOnProvisional
  overdue
  daysRemaining
  submittedLate
  filingStatus
  filingNumber
  createdById
  submittedById
  submittedAt
  decidedById
  decidedAt
  returnReason
  returnNote
  revokeReason
  revokeNote
  availableActions
  createdAt
  updatedAt
  committee {
    id
    termNumber
    estate {
      ...EstatePlace
    }
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`) as unknown as TypedDocumentString<ApproveCommitteeFilingMutation, ApproveCommitteeFilingMutationVariables>;
export const ReturnCommitteeFilingDocument = new TypedDocumentString(`
    mutation ReturnCommitteeFiling($id: ID!, $version: Int!, $reason: ReturnReason!, $note: String) {
  record: returnCommitteeFiling(
    id: $id
    version: $version
    reason: $reason
    note: $note
  ) {
    ...CommitteeFilingRecord
  }
}
    fragment CommitteeFilingRecord on CommitteeFiling {
  id
  version
  committeeId
  kind
  eventDate
  dueOn
  dueOnProvisional
  overdue
  daysRemaining
  submittedLate
  filingStatus
  filingNumber
  createdById
  submittedById
  submittedAt
  decidedById
  decidedAt
  returnReason
  returnNote
  revokeReason
  revokeNote
  availableActions
  createdAt
  updatedAt
  committee {
    id
    termNumber
    estate {
      ...EstatePlace
    }
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`) as unknown as TypedDocumentString<ReturnCommitteeFilingMutation, ReturnCommitteeFilingMutationVariables>;
export const RevokeCommitteeFilingDocument = new TypedDocumentString(`
    mutation RevokeCommitteeFiling($id: ID!, $version: Int!, $reason: RevokeReason!, $note: String) {
  record: revokeCommitteeFiling(
    id: $id
    version: $version
    reason: $reason
    note: $note
  ) {
    ...CommitteeFilingRecord
  }
}
    fragment CommitteeFilingRecord on CommitteeFiling {
  id
  version
  committeeId
  kind
  eventDate
  dueOn
  dueOnProvisional
  overdue
  daysRemaining
  submittedLate
  filingStatus
  filingNumber
  createdById
  submittedById
  submittedAt
  decidedById
  decidedAt
  returnReason
  returnNote
  revokeReason
  revokeNote
  availableActions
  createdAt
  updatedAt
  committee {
    id
    termNumber
    estate {
      ...EstatePlace
    }
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`) as unknown as TypedDocumentString<RevokeCommitteeFilingMutation, RevokeCommitteeFilingMutationVariables>;
export const MaterialDocument = new TypedDocumentString(`
    mutation Material($filingId: ID!, $input: MaterialInput!) {
  addFilingMaterial(filingId: $filingId, input: $input) {
    id
    kind
    fileName
    sizeBytes
  }
}
    `) as unknown as TypedDocumentString<MaterialMutation, MaterialMutationVariables>;
export const RemoveMaterialDocument = new TypedDocumentString(`
    mutation RemoveMaterial($id: ID!) {
  removeFilingMaterial(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveMaterialMutation, RemoveMaterialMutationVariables>;
export const MaterialContentDocument = new TypedDocumentString(`
    query MaterialContent($id: ID!) {
  filingMaterialContent(id: $id)
}
    `) as unknown as TypedDocumentString<MaterialContentQuery, MaterialContentQueryVariables>;
export const CommitteeListDocument = new TypedDocumentString(`
    query CommitteeList($options: CommitteeListOptions) {
  list: committees(options: $options) {
    totalItems
    nextCursor
    items {
      ...CommitteeRecord
    }
  }
}
    fragment CommitteeRecord on Committee {
  id
  version
  estateId
  termNumber
  electedOn
  termStart
  termEnd
  createdAt
  updatedAt
  estate {
    ...EstatePlace
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`) as unknown as TypedDocumentString<CommitteeListQuery, CommitteeListQueryVariables>;
export const CommitteeDocument = new TypedDocumentString(`
    query Committee($id: ID!) {
  record: committee(id: $id) {
    ...CommitteeDetail
  }
}
    fragment CommitteeRecord on Committee {
  id
  version
  estateId
  termNumber
  electedOn
  termStart
  termEnd
  createdAt
  updatedAt
  estate {
    ...EstatePlace
  }
}
fragment CommitteeDetail on Committee {
  ...CommitteeRecord
  members {
    id
    name
    position
    ownerId
    startsOn
  }
  filings {
    id
    version
    kind
    eventDate
    dueOn
    dueOnProvisional
    filingStatus
    filingNumber
    overdue
    daysRemaining
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`) as unknown as TypedDocumentString<CommitteeQuery, CommitteeQueryVariables>;
export const RegisterCommitteeDocument = new TypedDocumentString(`
    mutation RegisterCommittee($input: CommitteeInput!) {
  record: registerCommittee(input: $input) {
    ...CommitteeDetail
  }
}
    fragment CommitteeRecord on Committee {
  id
  version
  estateId
  termNumber
  electedOn
  termStart
  termEnd
  createdAt
  updatedAt
  estate {
    ...EstatePlace
  }
}
fragment CommitteeDetail on Committee {
  ...CommitteeRecord
  members {
    id
    name
    position
    ownerId
    startsOn
  }
  filings {
    id
    version
    kind
    eventDate
    dueOn
    dueOnProvisional
    filingStatus
    filingNumber
    overdue
    daysRemaining
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`) as unknown as TypedDocumentString<RegisterCommitteeMutation, RegisterCommitteeMutationVariables>;
export const MembersDocument = new TypedDocumentString(`
    mutation Members($id: ID!, $version: Int!, $input: CommitteeMembersInput!) {
  record: setCommitteeMembers(id: $id, version: $version, input: $input) {
    ...CommitteeDetail
  }
}
    fragment CommitteeRecord on Committee {
  id
  version
  estateId
  termNumber
  electedOn
  termStart
  termEnd
  createdAt
  updatedAt
  estate {
    ...EstatePlace
  }
}
fragment CommitteeDetail on Committee {
  ...CommitteeRecord
  members {
    id
    name
    position
    ownerId
    startsOn
  }
  filings {
    id
    version
    kind
    eventDate
    dueOn
    dueOnProvisional
    filingStatus
    filingNumber
    overdue
    daysRemaining
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`) as unknown as TypedDocumentString<MembersMutation, MembersMutationVariables>;
export const DashboardDocument = new TypedDocumentString(`
    query Dashboard {
  dashboard {
    firms {
      approved
      target
      submitted
      total
    }
    projects {
      approved
      target
      submitted
      total
    }
    committees {
      approved
      target
      submitted
      total
    }
    waitingTotal
    waiting {
      kind
      id
      name
      submittedAt
      waitingDays
    }
    byDistrict {
      districtId
      code
      name
      firms
      projects
      committees
    }
    elections {
      byPhase {
        phase
        count
      }
      overdueFilingsTotal
      overdueFilings {
        id
        committeeId
        estateName
        dueOn
        dueOnProvisional
        daysOverdue
      }
    }
    assessments {
      quarter
      projects
      completed
      submitted
      inProgress
      latestList {
        quarter
        categories {
          redPlaces
          blackPlaces
        }
      }
    }
    statements {
      books
      overdue
      unpublished
      late {
        accountId
        estateId
        estateName
        lag
        year
        quarter
        dueOn
        quarters
      }
    }
    demonstrations {
      city
      cityTarget
      provincial
      provincialTarget
    }
    campaigns {
      id
      name
      status
      measures {
        code
        labelZh
        labelEn
        unit
      }
      totals {
        districtId
        estatesCovered
        measures {
          measure {
            code
          }
          total
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardQuery, DashboardQueryVariables>;
export const ElectionListDocument = new TypedDocumentString(`
    query ElectionList($options: ElectionListOptions) {
  list: elections(options: $options) {
    totalItems
    nextCursor
    items {
      ...ElectionRecord
    }
  }
}
    fragment ElectionRecord on Election {
  id
  version
  estateId
  kind
  title
  seats
  phase
  deemedVotes
  committeeId
  cancelReason
  cancelNote
  availableActions
  createdAt
  updatedAt
  estate {
    ...EstatePlace
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`) as unknown as TypedDocumentString<ElectionListQuery, ElectionListQueryVariables>;
export const ElectionDocument = new TypedDocumentString(`
    query Election($id: ID!) {
  record: election(id: $id) {
    ...ElectionDetail
  }
}
    fragment ElectionRecord on Election {
  id
  version
  estateId
  kind
  title
  seats
  phase
  deemedVotes
  committeeId
  cancelReason
  cancelNote
  availableActions
  createdAt
  updatedAt
  estate {
    ...EstatePlace
  }
}
fragment ElectionDetail on Election {
  ...ElectionRecord
  plannedVotingOn
  votedOn
  phases {
    phase
    startsOn
    endsOn
    enteredAt
  }
  history {
    at
    action
    phase
    actorName
    cancelReason
    note
    objectionId
  }
  record {
    sha256
    sealedAt
    pdfPath
    jsonPath
  }
  candidates {
    id
    version
    ownerId
    partyMember
    nominatedBy
    nominatedOn
    decision
    withdrawn
    owner {
      id
      name
    }
  }
  slateWarning {
    partyMembers
    candidates
    needed
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`) as unknown as TypedDocumentString<ElectionQuery, ElectionQueryVariables>;
export const CreateElectionDocument = new TypedDocumentString(`
    mutation CreateElection($input: ElectionInput!) {
  record: createElection(input: $input) {
    ...ElectionDetail
  }
}
    fragment ElectionRecord on Election {
  id
  version
  estateId
  kind
  title
  seats
  phase
  deemedVotes
  committeeId
  cancelReason
  cancelNote
  availableActions
  createdAt
  updatedAt
  estate {
    ...EstatePlace
  }
}
fragment ElectionDetail on Election {
  ...ElectionRecord
  plannedVotingOn
  votedOn
  phases {
    phase
    startsOn
    endsOn
    enteredAt
  }
  history {
    at
    action
    phase
    actorName
    cancelReason
    note
    objectionId
  }
  record {
    sha256
    sealedAt
    pdfPath
    jsonPath
  }
  candidates {
    id
    version
    ownerId
    partyMember
    nominatedBy
    nominatedOn
    decision
    withdrawn
    owner {
      id
      name
    }
  }
  slateWarning {
    partyMembers
    candidates
    needed
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`) as unknown as TypedDocumentString<CreateElectionMutation, CreateElectionMutationVariables>;
export const UpdateElectionDocument = new TypedDocumentString(`
    mutation UpdateElection($id: ID!, $version: Int!, $input: ElectionUpdateInput!) {
  record: updateElection(id: $id, version: $version, input: $input) {
    ...ElectionDetail
  }
}
    fragment ElectionRecord on Election {
  id
  version
  estateId
  kind
  title
  seats
  phase
  deemedVotes
  committeeId
  cancelReason
  cancelNote
  availableActions
  createdAt
  updatedAt
  estate {
    ...EstatePlace
  }
}
fragment ElectionDetail on Election {
  ...ElectionRecord
  plannedVotingOn
  votedOn
  phases {
    phase
    startsOn
    endsOn
    enteredAt
  }
  history {
    at
    action
    phase
    actorName
    cancelReason
    note
    objectionId
  }
  record {
    sha256
    sealedAt
    pdfPath
    jsonPath
  }
  candidates {
    id
    version
    ownerId
    partyMember
    nominatedBy
    nominatedOn
    decision
    withdrawn
    owner {
      id
      name
    }
  }
  slateWarning {
    partyMembers
    candidates
    needed
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`) as unknown as TypedDocumentString<UpdateElectionMutation, UpdateElectionMutationVariables>;
export const MoveElectionDocument = new TypedDocumentString(`
    mutation MoveElection($id: ID!, $version: Int!, $action: ElectionAction!, $cancelReason: ElectionCancelReason, $votedOn: LocalDate, $note: String) {
  record: moveElection(
    id: $id
    version: $version
    action: $action
    cancelReason: $cancelReason
    votedOn: $votedOn
    note: $note
  ) {
    ...ElectionRecord
  }
}
    fragment ElectionRecord on Election {
  id
  version
  estateId
  kind
  title
  seats
  phase
  deemedVotes
  committeeId
  cancelReason
  cancelNote
  availableActions
  createdAt
  updatedAt
  estate {
    ...EstatePlace
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`) as unknown as TypedDocumentString<MoveElectionMutation, MoveElectionMutationVariables>;
export const NominateDocument = new TypedDocumentString(`
    mutation Nominate($electionId: ID!, $input: NominationInput!) {
  nominateCandidate(electionId: $electionId, input: $input) {
    id
    decision
  }
}
    `) as unknown as TypedDocumentString<NominateMutation, NominateMutationVariables>;
export const VotingPersonsDocument = new TypedDocumentString(`
    query VotingPersons($electionId: ID!, $q: String, $skip: Int, $take: Int) {
  votingPersons(electionId: $electionId, q: $q, skip: $skip, take: $take) {
    totalItems
    items {
      personKey
      ownerId
      name
      units
      area
      voted
    }
  }
}
    `) as unknown as TypedDocumentString<VotingPersonsQuery, VotingPersonsQueryVariables>;
export const BallotDocument = new TypedDocumentString(`
    mutation Ballot($electionId: ID!, $input: BallotInput!) {
  recordBallot(electionId: $electionId, input: $input) {
    id
    voterKey
    method
    choices
    recordedAt
  }
}
    `) as unknown as TypedDocumentString<BallotMutation, BallotMutationVariables>;
export const SettleTieDocument = new TypedDocumentString(`
    mutation SettleTie($electionId: ID!, $version: Int!, $input: TieSettlementInput!) {
  record: settleTieAtLastSeat(
    electionId: $electionId
    version: $version
    input: $input
  ) {
    ...ElectionRecord
  }
}
    fragment ElectionRecord on Election {
  id
  version
  estateId
  kind
  title
  seats
  phase
  deemedVotes
  committeeId
  cancelReason
  cancelNote
  availableActions
  createdAt
  updatedAt
  estate {
    ...EstatePlace
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`) as unknown as TypedDocumentString<SettleTieMutation, SettleTieMutationVariables>;
export const ConfirmTieDocument = new TypedDocumentString(`
    mutation ConfirmTie($electionId: ID!, $version: Int!) {
  record: confirmTieSettlement(electionId: $electionId, version: $version) {
    ...ElectionRecord
  }
}
    fragment ElectionRecord on Election {
  id
  version
  estateId
  kind
  title
  seats
  phase
  deemedVotes
  committeeId
  cancelReason
  cancelNote
  availableActions
  createdAt
  updatedAt
  estate {
    ...EstatePlace
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`) as unknown as TypedDocumentString<ConfirmTieMutation, ConfirmTieMutationVariables>;
export const TallyDocument = new TypedDocumentString(`
    query Tally($id: ID!) {
  election(id: $id) {
    id
    tally {
      seats
      ballots
      totals {
        headcount
        area
      }
      participating {
        headcount
        area
      }
      quorum {
        ...CheckParts
      }
      candidates {
        candidateId
        rank
        status
        approvals {
          headcount
          area
        }
        deemed {
          outcome
          side
          persons {
            headcount
            area
          }
        }
        pass {
          ...CheckParts
        }
      }
      electedIds
      issues {
        code
        message
        candidateIds
        settled
      }
      tieSettlement {
        method
        chosenCandidateIds
        decidedOn
        note
        recordedAt
        confirmed
        confirmedAt
        confirmRefusal
      }
    }
  }
}
    fragment CheckParts on ThresholdCheck {
  rule
  met
  inclusive
  threshold {
    numerator
    denominator
  }
  headcount {
    part
    whole
    met
  }
  area {
    part
    whole
    met
  }
}`) as unknown as TypedDocumentString<TallyQuery, TallyQueryVariables>;
export const EstateListDocument = new TypedDocumentString(`
    query EstateList($options: EstateListOptions) {
  list: estates(options: $options) {
    totalItems
    nextCursor
    items {
      ...EstateRecord
    }
  }
}
    fragment EstateRecord on Estate {
  id
  version
  communityId
  name
  address
  totalFloorArea
  residentialFloorArea
  households
  buildings
  elevators
  deliveredOn
  createdAt
  updatedAt
  subdistrict {
    id
    districtId
  }
  demonstrations {
    id
    version
    level
    year
    documentNumber
    withdrawnOn
    withdrawalReason
    withdrawalDocument
  }
}`) as unknown as TypedDocumentString<EstateListQuery, EstateListQueryVariables>;
export const EstateDocument = new TypedDocumentString(`
    query Estate($id: ID!) {
  record: estate(id: $id) {
    ...EstateRecord
  }
}
    fragment EstateRecord on Estate {
  id
  version
  communityId
  name
  address
  totalFloorArea
  residentialFloorArea
  households
  buildings
  elevators
  deliveredOn
  createdAt
  updatedAt
  subdistrict {
    id
    districtId
  }
  demonstrations {
    id
    version
    level
    year
    documentNumber
    withdrawnOn
    withdrawalReason
    withdrawalDocument
  }
}`) as unknown as TypedDocumentString<EstateQuery, EstateQueryVariables>;
export const CreateEstateDocument = new TypedDocumentString(`
    mutation CreateEstate($input: EstateInput!) {
  record: createEstate(input: $input) {
    ...EstateRecord
  }
}
    fragment EstateRecord on Estate {
  id
  version
  communityId
  name
  address
  totalFloorArea
  residentialFloorArea
  households
  buildings
  elevators
  deliveredOn
  createdAt
  updatedAt
  subdistrict {
    id
    districtId
  }
  demonstrations {
    id
    version
    level
    year
    documentNumber
    withdrawnOn
    withdrawalReason
    withdrawalDocument
  }
}`) as unknown as TypedDocumentString<CreateEstateMutation, CreateEstateMutationVariables>;
export const UpdateEstateDocument = new TypedDocumentString(`
    mutation UpdateEstate($id: ID!, $version: Int!, $input: EstateInput!) {
  record: updateEstate(id: $id, version: $version, input: $input) {
    ...EstateRecord
  }
}
    fragment EstateRecord on Estate {
  id
  version
  communityId
  name
  address
  totalFloorArea
  residentialFloorArea
  households
  buildings
  elevators
  deliveredOn
  createdAt
  updatedAt
  subdistrict {
    id
    districtId
  }
  demonstrations {
    id
    version
    level
    year
    documentNumber
    withdrawnOn
    withdrawalReason
    withdrawalDocument
  }
}`) as unknown as TypedDocumentString<UpdateEstateMutation, UpdateEstateMutationVariables>;
export const DesignateDemonstrationEstateDocument = new TypedDocumentString(`
    mutation DesignateDemonstrationEstate($input: DemonstrationDesignationInput!) {
  designateDemonstrationEstate(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DesignateDemonstrationEstateMutation, DesignateDemonstrationEstateMutationVariables>;
export const WithdrawDemonstrationDesignationDocument = new TypedDocumentString(`
    mutation WithdrawDemonstrationDesignation($id: ID!, $version: Int!, $input: DemonstrationWithdrawalInput!) {
  withdrawDemonstrationDesignation(id: $id, version: $version, input: $input) {
    id
    version
    withdrawnOn
  }
}
    `) as unknown as TypedDocumentString<WithdrawDemonstrationDesignationMutation, WithdrawDemonstrationDesignationMutationVariables>;
export const FirmListDocument = new TypedDocumentString(`
    query FirmList($options: FirmListOptions) {
  list: firms(options: $options) {
    totalItems
    nextCursor
    items {
      ...FirmRecord
    }
  }
}
    fragment FirmRecord on Firm {
  id
  version
  name
  creditCode
  legalRepresentative
  registeredAddress
  contactPerson
  contactPhone
  establishedOn
  districtId
  status
  filingStatus
  filingNumber
  createdById
  submittedById
  submittedAt
  decidedById
  decidedAt
  returnReason
  returnNote
  revokeReason
  revokeNote
  availableActions
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<FirmListQuery, FirmListQueryVariables>;
export const FirmDocument = new TypedDocumentString(`
    query Firm($id: ID!) {
  record: firm(id: $id) {
    ...FirmRecord
    redBlackPlacements {
      quarter
      category
      place
      rank
      total
      maxTotal
      projectName
      estateName
    }
    projects {
      id
      filingStatus
      contractEnd
    }
  }
}
    fragment FirmRecord on Firm {
  id
  version
  name
  creditCode
  legalRepresentative
  registeredAddress
  contactPerson
  contactPhone
  establishedOn
  districtId
  status
  filingStatus
  filingNumber
  createdById
  submittedById
  submittedAt
  decidedById
  decidedAt
  returnReason
  returnNote
  revokeReason
  revokeNote
  availableActions
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<FirmQuery, FirmQueryVariables>;
export const CreateFirmDocument = new TypedDocumentString(`
    mutation CreateFirm($input: FirmInput!) {
  record: createFirm(input: $input) {
    ...FirmRecord
  }
}
    fragment FirmRecord on Firm {
  id
  version
  name
  creditCode
  legalRepresentative
  registeredAddress
  contactPerson
  contactPhone
  establishedOn
  districtId
  status
  filingStatus
  filingNumber
  createdById
  submittedById
  submittedAt
  decidedById
  decidedAt
  returnReason
  returnNote
  revokeReason
  revokeNote
  availableActions
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CreateFirmMutation, CreateFirmMutationVariables>;
export const UpdateFirmDocument = new TypedDocumentString(`
    mutation UpdateFirm($id: ID!, $version: Int!, $input: FirmInput!) {
  record: updateFirm(id: $id, version: $version, input: $input) {
    ...FirmRecord
  }
}
    fragment FirmRecord on Firm {
  id
  version
  name
  creditCode
  legalRepresentative
  registeredAddress
  contactPerson
  contactPhone
  establishedOn
  districtId
  status
  filingStatus
  filingNumber
  createdById
  submittedById
  submittedAt
  decidedById
  decidedAt
  returnReason
  returnNote
  revokeReason
  revokeNote
  availableActions
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UpdateFirmMutation, UpdateFirmMutationVariables>;
export const SubmitFirmDocument = new TypedDocumentString(`
    mutation SubmitFirm($id: ID!, $version: Int!) {
  record: submitFirm(id: $id, version: $version) {
    ...FirmRecord
  }
}
    fragment FirmRecord on Firm {
  id
  version
  name
  creditCode
  legalRepresentative
  registeredAddress
  contactPerson
  contactPhone
  establishedOn
  districtId
  status
  filingStatus
  filingNumber
  createdById
  submittedById
  submittedAt
  decidedById
  decidedAt
  returnReason
  returnNote
  revokeReason
  revokeNote
  availableActions
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<SubmitFirmMutation, SubmitFirmMutationVariables>;
export const ApproveFirmDocument = new TypedDocumentString(`
    mutation ApproveFirm($id: ID!, $version: Int!) {
  record: approveFirm(id: $id, version: $version) {
    ...FirmRecord
  }
}
    fragment FirmRecord on Firm {
  id
  version
  name
  creditCode
  legalRepresentative
  registeredAddress
  contactPerson
  contactPhone
  establishedOn
  districtId
  status
  filingStatus
  filingNumber
  createdById
  submittedById
  submittedAt
  decidedById
  decidedAt
  returnReason
  returnNote
  revokeReason
  revokeNote
  availableActions
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ApproveFirmMutation, ApproveFirmMutationVariables>;
export const ReturnFirmDocument = new TypedDocumentString(`
    mutation ReturnFirm($id: ID!, $version: Int!, $reason: ReturnReason!, $note: String) {
  record: returnFirm(id: $id, version: $version, reason: $reason, note: $note) {
    ...FirmRecord
  }
}
    fragment FirmRecord on Firm {
  id
  version
  name
  creditCode
  legalRepresentative
  registeredAddress
  contactPerson
  contactPhone
  establishedOn
  districtId
  status
  filingStatus
  filingNumber
  createdById
  submittedById
  submittedAt
  decidedById
  decidedAt
  returnReason
  returnNote
  revokeReason
  revokeNote
  availableActions
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ReturnFirmMutation, ReturnFirmMutationVariables>;
export const RevokeFirmDocument = new TypedDocumentString(`
    mutation RevokeFirm($id: ID!, $version: Int!, $reason: RevokeReason!, $note: String) {
  record: revokeFirm(id: $id, version: $version, reason: $reason, note: $note) {
    ...FirmRecord
  }
}
    fragment FirmRecord on Firm {
  id
  version
  name
  creditCode
  legalRepresentative
  registeredAddress
  contactPerson
  contactPhone
  establishedOn
  districtId
  status
  filingStatus
  filingNumber
  createdById
  submittedById
  submittedAt
  decidedById
  decidedAt
  returnReason
  returnNote
  revokeReason
  revokeNote
  availableActions
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<RevokeFirmMutation, RevokeFirmMutationVariables>;
export const FivePartyMeetingListDocument = new TypedDocumentString(`
    query FivePartyMeetingList($options: FivePartyMeetingListOptions) {
  list: fivePartyMeetings(options: $options) {
    totalItems
    nextCursor
    items {
      ...FivePartyMeetingRecord
    }
  }
}
    fragment FivePartyMeetingRecord on FivePartyMeeting {
  id
  version
  estateId
  heldOn
  summary
  overdue
  overdueFollowUps
  issuesRaised
  issuesResolved
  absentParties
  updatedAt
  editsAreCorrections
  estate {
    ...EstatePlace
  }
  participants {
    party
    name
    role
  }
  issues {
    id
    version
    description
    raisedBy
    status
    resolutionNote
    resolvedOn
  }
  followUps {
    id
    version
    task
    ownerParty
    ownerName
    dueOn
    firstDueOn
    dueOnFixedBy
    doneOn
    doneNote
    overdue
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`) as unknown as TypedDocumentString<FivePartyMeetingListQuery, FivePartyMeetingListQueryVariables>;
export const FivePartyMeetingDocument = new TypedDocumentString(`
    query FivePartyMeeting($id: ID!) {
  record: fivePartyMeeting(id: $id) {
    ...FivePartyMeetingShown
  }
}
    fragment MeetingCorrectionShown on FivePartyCorrection {
  id
  before
  after
  reason
  correctedAt
  correctedBy
}
fragment FivePartyMeetingRecord on FivePartyMeeting {
  id
  version
  estateId
  heldOn
  summary
  overdue
  overdueFollowUps
  issuesRaised
  issuesResolved
  absentParties
  updatedAt
  editsAreCorrections
  estate {
    ...EstatePlace
  }
  participants {
    party
    name
    role
  }
  issues {
    id
    version
    description
    raisedBy
    status
    resolutionNote
    resolvedOn
  }
  followUps {
    id
    version
    task
    ownerParty
    ownerName
    dueOn
    firstDueOn
    dueOnFixedBy
    doneOn
    doneNote
    overdue
  }
}
fragment FivePartyMeetingShown on FivePartyMeeting {
  ...FivePartyMeetingRecord
  issues {
    id
    corrections {
      ...MeetingCorrectionShown
    }
  }
  followUps {
    id
    corrections {
      ...MeetingCorrectionShown
    }
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`) as unknown as TypedDocumentString<FivePartyMeetingQuery, FivePartyMeetingQueryVariables>;
export const CreateFivePartyMeetingRecordDocument = new TypedDocumentString(`
    mutation CreateFivePartyMeetingRecord($input: FivePartyMeetingInput!) {
  record: createFivePartyMeeting(input: $input) {
    ...FivePartyMeetingShown
  }
}
    fragment MeetingCorrectionShown on FivePartyCorrection {
  id
  before
  after
  reason
  correctedAt
  correctedBy
}
fragment FivePartyMeetingRecord on FivePartyMeeting {
  id
  version
  estateId
  heldOn
  summary
  overdue
  overdueFollowUps
  issuesRaised
  issuesResolved
  absentParties
  updatedAt
  editsAreCorrections
  estate {
    ...EstatePlace
  }
  participants {
    party
    name
    role
  }
  issues {
    id
    version
    description
    raisedBy
    status
    resolutionNote
    resolvedOn
  }
  followUps {
    id
    version
    task
    ownerParty
    ownerName
    dueOn
    firstDueOn
    dueOnFixedBy
    doneOn
    doneNote
    overdue
  }
}
fragment FivePartyMeetingShown on FivePartyMeeting {
  ...FivePartyMeetingRecord
  issues {
    id
    corrections {
      ...MeetingCorrectionShown
    }
  }
  followUps {
    id
    corrections {
      ...MeetingCorrectionShown
    }
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`) as unknown as TypedDocumentString<CreateFivePartyMeetingRecordMutation, CreateFivePartyMeetingRecordMutationVariables>;
export const UpdateFivePartyMeetingRecordDocument = new TypedDocumentString(`
    mutation UpdateFivePartyMeetingRecord($id: ID!, $version: Int!, $input: FivePartyMeetingUpdateInput!) {
  record: updateFivePartyMeeting(id: $id, version: $version, input: $input) {
    ...FivePartyMeetingShown
  }
}
    fragment MeetingCorrectionShown on FivePartyCorrection {
  id
  before
  after
  reason
  correctedAt
  correctedBy
}
fragment FivePartyMeetingRecord on FivePartyMeeting {
  id
  version
  estateId
  heldOn
  summary
  overdue
  overdueFollowUps
  issuesRaised
  issuesResolved
  absentParties
  updatedAt
  editsAreCorrections
  estate {
    ...EstatePlace
  }
  participants {
    party
    name
    role
  }
  issues {
    id
    version
    description
    raisedBy
    status
    resolutionNote
    resolvedOn
  }
  followUps {
    id
    version
    task
    ownerParty
    ownerName
    dueOn
    firstDueOn
    dueOnFixedBy
    doneOn
    doneNote
    overdue
  }
}
fragment FivePartyMeetingShown on FivePartyMeeting {
  ...FivePartyMeetingRecord
  issues {
    id
    corrections {
      ...MeetingCorrectionShown
    }
  }
  followUps {
    id
    corrections {
      ...MeetingCorrectionShown
    }
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`) as unknown as TypedDocumentString<UpdateFivePartyMeetingRecordMutation, UpdateFivePartyMeetingRecordMutationVariables>;
export const ResolveMeetingIssueOfDocument = new TypedDocumentString(`
    mutation ResolveMeetingIssueOf($id: ID!, $version: Int!, $input: ResolveMeetingIssueInput!) {
  resolveMeetingIssue(id: $id, version: $version, input: $input) {
    id
    version
    status
    resolvedOn
    resolutionNote
  }
}
    `) as unknown as TypedDocumentString<ResolveMeetingIssueOfMutation, ResolveMeetingIssueOfMutationVariables>;
export const CompleteMeetingFollowUpOfDocument = new TypedDocumentString(`
    mutation CompleteMeetingFollowUpOf($id: ID!, $version: Int!, $input: CompleteMeetingFollowUpInput!) {
  completeMeetingFollowUp(id: $id, version: $version, input: $input) {
    id
    version
    doneOn
    overdue
  }
}
    `) as unknown as TypedDocumentString<CompleteMeetingFollowUpOfMutation, CompleteMeetingFollowUpOfMutationVariables>;
export const CorrectMeetingIssueOfDocument = new TypedDocumentString(`
    mutation CorrectMeetingIssueOf($id: ID!, $version: Int!, $input: CorrectMeetingIssueInput!) {
  correctMeetingIssue(id: $id, version: $version, input: $input) {
    id
    version
    description
    raisedBy
    corrections {
      ...MeetingCorrectionShown
    }
  }
}
    fragment MeetingCorrectionShown on FivePartyCorrection {
  id
  before
  after
  reason
  correctedAt
  correctedBy
}`) as unknown as TypedDocumentString<CorrectMeetingIssueOfMutation, CorrectMeetingIssueOfMutationVariables>;
export const CorrectMeetingFollowUpOfDocument = new TypedDocumentString(`
    mutation CorrectMeetingFollowUpOf($id: ID!, $version: Int!, $input: CorrectMeetingFollowUpInput!) {
  correctMeetingFollowUp(id: $id, version: $version, input: $input) {
    id
    version
    task
    ownerParty
    ownerName
    dueOn
    overdue
    corrections {
      ...MeetingCorrectionShown
    }
  }
}
    fragment MeetingCorrectionShown on FivePartyCorrection {
  id
  before
  after
  reason
  correctedAt
  correctedBy
}`) as unknown as TypedDocumentString<CorrectMeetingFollowUpOfMutation, CorrectMeetingFollowUpOfMutationVariables>;
export const HolidayCalendarDocument = new TypedDocumentString(`
    query HolidayCalendar($year: Int!) {
  holidayCalendar(year: $year) {
    year
    decree
    noticeEntered
    notice {
      year
      document
      enteredAt
      days {
        date
        kind
        note
      }
    }
    days {
      date
      dayOff
      reason
      festivals
      note
      missingNotices
    }
  }
}
    `) as unknown as TypedDocumentString<HolidayCalendarQuery, HolidayCalendarQueryVariables>;
export const SetHolidayNoticeDocument = new TypedDocumentString(`
    mutation SetHolidayNotice($year: Int!, $document: String!, $days: [HolidayNoticeDayInput!]!) {
  setHolidayNotice(year: $year, document: $document, days: $days) {
    recomputedFilings
    notice {
      year
    }
  }
}
    `) as unknown as TypedDocumentString<SetHolidayNoticeMutation, SetHolidayNoticeMutationVariables>;
export const OfficerHomeDocument = new TypedDocumentString(`
    query OfficerHome {
  me {
    jurisdiction {
      id
      name
    }
  }
  elections(
    options: {take: 100, filter: {open: true}, sort: {field: UPDATED_AT, direction: DESC}}
  ) {
    totalItems
    items {
      id
      title
      phase
      estate {
        name
      }
      phases {
        phase
        endsOn
      }
    }
  }
  overdue: committeeFilings(
    options: {take: 25, filter: {overdue: true}, sort: {field: DUE_ON}}
  ) {
    totalItems
    items {
      id
      dueOn
      dueOnProvisional
      filingStatus
      committee {
        estate {
          name
        }
      }
    }
  }
  upcoming: committeeFilings(
    options: {take: 25, filter: {overdue: false, filingStatus: DRAFT}, sort: {field: DUE_ON}}
  ) {
    totalItems
    items {
      id
      dueOn
      dueOnProvisional
      filingStatus
      committee {
        estate {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OfficerHomeQuery, OfficerHomeQueryVariables>;
export const ClerkHomeDocument = new TypedDocumentString(`
    query ClerkHome {
  firmDrafts: firms(
    options: {take: 25, filter: {mine: true, filingStatus: DRAFT}, sort: {field: UPDATED_AT, direction: DESC}}
  ) {
    totalItems
    items {
      id
      name
      updatedAt
    }
  }
  projectDrafts: projects(
    options: {take: 25, filter: {mine: true, filingStatus: DRAFT}, sort: {field: UPDATED_AT, direction: DESC}}
  ) {
    totalItems
    items {
      id
      name
      updatedAt
    }
  }
  firmsReturned: firms(
    options: {take: 25, filter: {mine: true, filingStatus: RETURNED}, sort: {field: UPDATED_AT, direction: DESC}}
  ) {
    totalItems
    items {
      id
      name
      decidedAt
      returnReason
      returnNote
    }
  }
  projectsReturned: projects(
    options: {take: 25, filter: {mine: true, filingStatus: RETURNED}, sort: {field: UPDATED_AT, direction: DESC}}
  ) {
    totalItems
    items {
      id
      name
      decidedAt
      returnReason
      returnNote
    }
  }
}
    `) as unknown as TypedDocumentString<ClerkHomeQuery, ClerkHomeQueryVariables>;
export const RegistrarHomeDocument = new TypedDocumentString(`
    query RegistrarHome {
  firms(
    options: {take: 50, filter: {filingStatus: SUBMITTED, submittedByMe: false}, sort: {field: SUBMITTED_AT}}
  ) {
    totalItems
    items {
      id
      name
      submittedAt
    }
  }
  projects(
    options: {take: 50, filter: {filingStatus: SUBMITTED, submittedByMe: false}, sort: {field: SUBMITTED_AT}}
  ) {
    totalItems
    items {
      id
      name
      submittedAt
    }
  }
  committeeFilings(options: {take: 50, filter: {filingStatus: SUBMITTED}}) {
    totalItems
    items {
      id
      submittedAt
      submittedById
      committee {
        estate {
          name
        }
      }
    }
  }
  ownFirms: firms(
    options: {take: 1, filter: {filingStatus: SUBMITTED, submittedByMe: true}}
  ) {
    totalItems
  }
  ownProjects: projects(
    options: {take: 1, filter: {filingStatus: SUBMITTED, submittedByMe: true}}
  ) {
    totalItems
  }
}
    `) as unknown as TypedDocumentString<RegistrarHomeQuery, RegistrarHomeQueryVariables>;
export const PreviewImportDocument = new TypedDocumentString(`
    mutation PreviewImport($kind: ImportKind!, $file: ImportFileInput!, $estateId: ID) {
  previewImport(kind: $kind, file: $file, estateId: $estateId) {
    ...ImportReportFields
  }
}
    fragment ImportReportFields on ImportReport {
  kind
  estateId
  mode
  format
  encoding
  committed
  totalRows
  valid
  invalid
  duplicates
  created
  updated
  skipped
  removed
  rows {
    row
    status
    label
    recordId
    duplicateOfRow
    changes
    fieldErrors {
      field
      column
      rule
      message
      given
      allowed
      expected
      args
    }
  }
  openVotes {
    kind
    id
    phase
  }
}`) as unknown as TypedDocumentString<PreviewImportMutation, PreviewImportMutationVariables>;
export const RunImportDocument = new TypedDocumentString(`
    mutation RunImport($kind: ImportKind!, $file: ImportFileInput!, $mode: ImportMode!, $estateId: ID, $progressKey: String) {
  runImport(
    kind: $kind
    file: $file
    mode: $mode
    estateId: $estateId
    progressKey: $progressKey
  ) {
    ...ImportReportFields
  }
}
    fragment ImportReportFields on ImportReport {
  kind
  estateId
  mode
  format
  encoding
  committed
  totalRows
  valid
  invalid
  duplicates
  created
  updated
  skipped
  removed
  rows {
    row
    status
    label
    recordId
    duplicateOfRow
    changes
    fieldErrors {
      field
      column
      rule
      message
      given
      allowed
      expected
      args
    }
  }
  openVotes {
    kind
    id
    phase
  }
}`) as unknown as TypedDocumentString<RunImportMutation, RunImportMutationVariables>;
export const ImportErrorFileDocument = new TypedDocumentString(`
    mutation ImportErrorFile($file: ImportFileInput!, $rows: [ImportRowMessageInput!]!) {
  importErrorFile(file: $file, rows: $rows) {
    name
    contentType
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<ImportErrorFileMutation, ImportErrorFileMutationVariables>;
export const ImportProgressDocument = new TypedDocumentString(`
    query ImportProgress($key: String!) {
  importProgress(key: $key) {
    phase
    done
    total
  }
}
    `) as unknown as TypedDocumentString<ImportProgressQuery, ImportProgressQueryVariables>;
export const OwnerListDocument = new TypedDocumentString(`
    query OwnerList($options: OwnerListOptions) {
  list: owners(options: $options) {
    totalItems
    nextCursor
    items {
      ...OwnerRecord
    }
  }
}
    fragment OwnerRecord on Owner {
  id
  kind
  name
  idNumber
  phone
  estateId
  ownerships {
    unitId
    unit {
      id
      building
      unitNo
      room
    }
  }
}`) as unknown as TypedDocumentString<OwnerListQuery, OwnerListQueryVariables>;
export const OwnerDocument = new TypedDocumentString(`
    query Owner($id: ID!) {
  record: owner(id: $id) {
    ...OwnerRecord
  }
}
    fragment OwnerRecord on Owner {
  id
  kind
  name
  idNumber
  phone
  estateId
  ownerships {
    unitId
    unit {
      id
      building
      unitNo
      room
    }
  }
}`) as unknown as TypedDocumentString<OwnerQuery, OwnerQueryVariables>;
export const OwnerRollDocument = new TypedDocumentString(`
    query OwnerRoll($estateId: ID!) {
  ownerRoll(estateId: $estateId) {
    estateId
    units
    headcount
    totalArea
    developerHeldUnits
    undesignatedUnits
  }
}
    `) as unknown as TypedDocumentString<OwnerRollQuery, OwnerRollQueryVariables>;
export const RollUnitsDocument = new TypedDocumentString(`
    query RollUnits($options: UnitListOptions) {
  units(options: $options) {
    totalItems
    items {
      id
      version
      building
      unitNo
      room
      area
      areaSource
      developerHeld
      ownerships {
        designatedVoter
        owner {
          id
          name
          kind
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RollUnitsQuery, RollUnitsQueryVariables>;
export const RemoveUnitDocument = new TypedDocumentString(`
    mutation RemoveUnit($id: ID!, $version: Int!, $input: UnitRemovalInput!) {
  removeUnit(id: $id, version: $version, input: $input)
}
    `) as unknown as TypedDocumentString<RemoveUnitMutation, RemoveUnitMutationVariables>;
export const PartyOrganisationListDocument = new TypedDocumentString(`
    query PartyOrganisationList($options: PartyOrganisationListOptions) {
  list: partyOrganisations(options: $options) {
    totalItems
    nextCursor
    items {
      ...PartyOrganisationRecord
    }
  }
}
    fragment PartyOrganisationRecord on PartyOrganisation {
  id
  version
  name
  kind
  firmId
  estateId
  memberCount
  establishedOn
  updatedAt
  firm {
    id
    name
  }
  estate {
    id
    name
  }
}`) as unknown as TypedDocumentString<PartyOrganisationListQuery, PartyOrganisationListQueryVariables>;
export const PartyOrganisationDocument = new TypedDocumentString(`
    query PartyOrganisation($id: ID!) {
  record: partyOrganisation(id: $id) {
    ...PartyOrganisationRecord
  }
}
    fragment PartyOrganisationRecord on PartyOrganisation {
  id
  version
  name
  kind
  firmId
  estateId
  memberCount
  establishedOn
  updatedAt
  firm {
    id
    name
  }
  estate {
    id
    name
  }
}`) as unknown as TypedDocumentString<PartyOrganisationQuery, PartyOrganisationQueryVariables>;
export const CreatePartyOrganisationRecordDocument = new TypedDocumentString(`
    mutation CreatePartyOrganisationRecord($input: PartyOrganisationInput!) {
  record: createPartyOrganisation(input: $input) {
    ...PartyOrganisationRecord
  }
}
    fragment PartyOrganisationRecord on PartyOrganisation {
  id
  version
  name
  kind
  firmId
  estateId
  memberCount
  establishedOn
  updatedAt
  firm {
    id
    name
  }
  estate {
    id
    name
  }
}`) as unknown as TypedDocumentString<CreatePartyOrganisationRecordMutation, CreatePartyOrganisationRecordMutationVariables>;
export const UpdatePartyOrganisationRecordDocument = new TypedDocumentString(`
    mutation UpdatePartyOrganisationRecord($id: ID!, $version: Int!, $input: PartyOrganisationInput!) {
  record: updatePartyOrganisation(id: $id, version: $version, input: $input) {
    ...PartyOrganisationRecord
  }
}
    fragment PartyOrganisationRecord on PartyOrganisation {
  id
  version
  name
  kind
  firmId
  estateId
  memberCount
  establishedOn
  updatedAt
  firm {
    id
    name
  }
  estate {
    id
    name
  }
}`) as unknown as TypedDocumentString<UpdatePartyOrganisationRecordMutation, UpdatePartyOrganisationRecordMutationVariables>;
export const ProjectListDocument = new TypedDocumentString(`
    query ProjectList($options: ProjectListOptions) {
  list: projects(options: $options) {
    totalItems
    nextCursor
    items {
      ...ProjectRecord
    }
  }
}
    fragment ProjectRecord on Project {
  id
  version
  name
  estateId
  firmId
  projectManager
  managerPhone
  contractStart
  contractEnd
  selectionMethod
  billingModel
  residentialFee
  commercialFee
  parkingFee
  households
  managedArea
  filingStatus
  filingNumber
  createdById
  submittedById
  submittedAt
  decidedById
  decidedAt
  returnReason
  returnNote
  revokeReason
  revokeNote
  availableActions
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ProjectListQuery, ProjectListQueryVariables>;
export const ProjectDocument = new TypedDocumentString(`
    query Project($id: ID!) {
  record: project(id: $id) {
    ...ProjectRecord
    overlapsApproved {
      id
      name
      filingNumber
    }
    firm {
      id
      name
      filingStatus
      status
    }
  }
}
    fragment ProjectRecord on Project {
  id
  version
  name
  estateId
  firmId
  projectManager
  managerPhone
  contractStart
  contractEnd
  selectionMethod
  billingModel
  residentialFee
  commercialFee
  parkingFee
  households
  managedArea
  filingStatus
  filingNumber
  createdById
  submittedById
  submittedAt
  decidedById
  decidedAt
  returnReason
  returnNote
  revokeReason
  revokeNote
  availableActions
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ProjectQuery, ProjectQueryVariables>;
export const CreateProjectDocument = new TypedDocumentString(`
    mutation CreateProject($input: ProjectInput!) {
  record: createProject(input: $input) {
    ...ProjectRecord
  }
}
    fragment ProjectRecord on Project {
  id
  version
  name
  estateId
  firmId
  projectManager
  managerPhone
  contractStart
  contractEnd
  selectionMethod
  billingModel
  residentialFee
  commercialFee
  parkingFee
  households
  managedArea
  filingStatus
  filingNumber
  createdById
  submittedById
  submittedAt
  decidedById
  decidedAt
  returnReason
  returnNote
  revokeReason
  revokeNote
  availableActions
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CreateProjectMutation, CreateProjectMutationVariables>;
export const UpdateProjectDocument = new TypedDocumentString(`
    mutation UpdateProject($id: ID!, $version: Int!, $input: ProjectInput!) {
  record: updateProject(id: $id, version: $version, input: $input) {
    ...ProjectRecord
  }
}
    fragment ProjectRecord on Project {
  id
  version
  name
  estateId
  firmId
  projectManager
  managerPhone
  contractStart
  contractEnd
  selectionMethod
  billingModel
  residentialFee
  commercialFee
  parkingFee
  households
  managedArea
  filingStatus
  filingNumber
  createdById
  submittedById
  submittedAt
  decidedById
  decidedAt
  returnReason
  returnNote
  revokeReason
  revokeNote
  availableActions
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UpdateProjectMutation, UpdateProjectMutationVariables>;
export const SubmitProjectDocument = new TypedDocumentString(`
    mutation SubmitProject($id: ID!, $version: Int!) {
  record: submitProject(id: $id, version: $version) {
    ...ProjectRecord
  }
}
    fragment ProjectRecord on Project {
  id
  version
  name
  estateId
  firmId
  projectManager
  managerPhone
  contractStart
  contractEnd
  selectionMethod
  billingModel
  residentialFee
  commercialFee
  parkingFee
  households
  managedArea
  filingStatus
  filingNumber
  createdById
  submittedById
  submittedAt
  decidedById
  decidedAt
  returnReason
  returnNote
  revokeReason
  revokeNote
  availableActions
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<SubmitProjectMutation, SubmitProjectMutationVariables>;
export const ApproveProjectDocument = new TypedDocumentString(`
    mutation ApproveProject($id: ID!, $version: Int!) {
  record: approveProject(id: $id, version: $version) {
    ...ProjectRecord
  }
}
    fragment ProjectRecord on Project {
  id
  version
  name
  estateId
  firmId
  projectManager
  managerPhone
  contractStart
  contractEnd
  selectionMethod
  billingModel
  residentialFee
  commercialFee
  parkingFee
  households
  managedArea
  filingStatus
  filingNumber
  createdById
  submittedById
  submittedAt
  decidedById
  decidedAt
  returnReason
  returnNote
  revokeReason
  revokeNote
  availableActions
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ApproveProjectMutation, ApproveProjectMutationVariables>;
export const ReturnProjectDocument = new TypedDocumentString(`
    mutation ReturnProject($id: ID!, $version: Int!, $reason: ReturnReason!, $note: String) {
  record: returnProject(id: $id, version: $version, reason: $reason, note: $note) {
    ...ProjectRecord
  }
}
    fragment ProjectRecord on Project {
  id
  version
  name
  estateId
  firmId
  projectManager
  managerPhone
  contractStart
  contractEnd
  selectionMethod
  billingModel
  residentialFee
  commercialFee
  parkingFee
  households
  managedArea
  filingStatus
  filingNumber
  createdById
  submittedById
  submittedAt
  decidedById
  decidedAt
  returnReason
  returnNote
  revokeReason
  revokeNote
  availableActions
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ReturnProjectMutation, ReturnProjectMutationVariables>;
export const RevokeProjectDocument = new TypedDocumentString(`
    mutation RevokeProject($id: ID!, $version: Int!, $reason: RevokeReason!, $note: String) {
  record: revokeProject(id: $id, version: $version, reason: $reason, note: $note) {
    ...ProjectRecord
  }
}
    fragment ProjectRecord on Project {
  id
  version
  name
  estateId
  firmId
  projectManager
  managerPhone
  contractStart
  contractEnd
  selectionMethod
  billingModel
  residentialFee
  commercialFee
  parkingFee
  households
  managedArea
  filingStatus
  filingNumber
  createdById
  submittedById
  submittedAt
  decidedById
  decidedAt
  returnReason
  returnNote
  revokeReason
  revokeNote
  availableActions
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<RevokeProjectMutation, RevokeProjectMutationVariables>;
export const PublicStatementIndexDocument = new TypedDocumentString(`
    query PublicStatementIndex($options: PublicStatementListOptions) {
  publicStatements(options: $options) {
    totalItems
    items {
      id
      estateName
      address
      accountId
      bookQuarters {
        periodId
        year
        quarter
      }
      bookYears
      repairFunds {
        fundId
        projectName
        periods {
          year
          quarter
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicStatementIndexQuery, PublicStatementIndexQueryVariables>;
export const PublicAccountStatementOfDocument = new TypedDocumentString(`
    query PublicAccountStatementOf($periodId: ID!) {
  publishedAccountStatement(periodId: $periodId) {
    periodId
    estateName
    year
    quarter
    from
    to
    opening
    income
    spending
    closing
    publishedAt
    incomeByCategory {
      category
      amount
    }
    spendingByCategory {
      category
      amount
    }
  }
}
    `) as unknown as TypedDocumentString<PublicAccountStatementOfQuery, PublicAccountStatementOfQueryVariables>;
export const PublicAccountYearStatementOfDocument = new TypedDocumentString(`
    query PublicAccountYearStatementOf($accountId: ID!, $year: Int!) {
  publishedAccountYearStatement(accountId: $accountId, year: $year) {
    accountId
    estateName
    year
    from
    to
    opening
    income
    spending
    closing
    publishedAt
    incomeByCategory {
      category
      amount
    }
    spendingByCategory {
      category
      amount
    }
  }
}
    `) as unknown as TypedDocumentString<PublicAccountYearStatementOfQuery, PublicAccountYearStatementOfQueryVariables>;
export const PublicRepairFundStatementOfDocument = new TypedDocumentString(`
    query PublicRepairFundStatementOf($fundId: ID!, $year: Int!, $quarter: Int) {
  publishedRepairFundStatement(fundId: $fundId, year: $year, quarter: $quarter) {
    fundId
    estateName
    projectName
    year
    quarter
    from
    to
    opening
    accruals
    withdrawals
    closing
    withdrawalsByCategory {
      category
      amount
    }
  }
}
    `) as unknown as TypedDocumentString<PublicRepairFundStatementOfQuery, PublicRepairFundStatementOfQueryVariables>;
export const PublicRedBlackListsDocument = new TypedDocumentString(`
    query PublicRedBlackLists($take: Int) {
  redBlackLists(options: {take: $take}) {
    totalItems
    items {
      quarter
      publishedAt
    }
  }
}
    `) as unknown as TypedDocumentString<PublicRedBlackListsQuery, PublicRedBlackListsQueryVariables>;
export const PublicRedBlackListDocument = new TypedDocumentString(`
    query PublicRedBlackList($quarter: String!) {
  redBlackList(quarter: $quarter) {
    ...PublicList
    canonicalJson
  }
}
    fragment PublicList on RedBlackList {
  quarter
  schemeEdition
  redSharePercent
  blackSharePercent
  publishedAt
  sha256
  sealVerified
  categories {
    category
    ranked
    unranked
    redPlaces
    blackPlaces
  }
  entries {
    category
    place
    rank
    projectName
    estateName
    firmName
    total
    maxTotal
  }
}`) as unknown as TypedDocumentString<PublicRedBlackListQuery, PublicRedBlackListQueryVariables>;
export const RankingPreviewDocument = new TypedDocumentString(`
    query RankingPreview($quarter: String!) {
  quarterRanking(quarter: $quarter) {
    quarter
    schemeEdition
    published
    availableActions
    waitingForReview
    waitingForResubmission
    reviewedByYou
    categories {
      category
      ranked
      unranked
      redPlaces
      blackPlaces
    }
    ranked {
      projectId
      assessmentId
      projectName
      estateName
      firmName
      category
      state
      total
      maxTotal
      rank
      place
    }
    unranked {
      projectId
      assessmentId
      projectName
      estateName
      firmName
      category
      state
      total
      maxTotal
    }
  }
}
    `) as unknown as TypedDocumentString<RankingPreviewQuery, RankingPreviewQueryVariables>;
export const PublishListDocument = new TypedDocumentString(`
    mutation PublishList($quarter: String!) {
  publishRedBlackList(quarter: $quarter) {
    ...PublicList
  }
}
    fragment PublicList on RedBlackList {
  quarter
  schemeEdition
  redSharePercent
  blackSharePercent
  publishedAt
  sha256
  sealVerified
  categories {
    category
    ranked
    unranked
    redPlaces
    blackPlaces
  }
  entries {
    category
    place
    rank
    projectName
    estateName
    firmName
    total
    maxTotal
  }
}`) as unknown as TypedDocumentString<PublishListMutation, PublishListMutationVariables>;
export const RepairFundListDocument = new TypedDocumentString(`
    query RepairFundList($options: RepairFundListOptions) {
  list: repairFunds(options: $options) {
    totalItems
    nextCursor
    items {
      ...RepairFundRecord
    }
  }
}
    fragment RepairFundRecord on RepairFund {
  id
  version
  projectId
  estateId
  openedMonth
  balance
  updatedAt
  estate {
    ...EstatePlace
  }
  project {
    id
    name
  }
  terms {
    fromMonth
    feeRate
    setAsidePercent
    resolutionId
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`) as unknown as TypedDocumentString<RepairFundListQuery, RepairFundListQueryVariables>;
export const RepairFundDocument = new TypedDocumentString(`
    query RepairFund($id: ID!) {
  record: repairFund(id: $id) {
    ...RepairFundRecord
    accruals {
      id
      month
      chargedArea
      feeRate
      setAsidePercent
      amount
    }
    corrections {
      id
      accrualId
      postedOn
      amount
      reason
      proposalId
    }
    pendingCorrection {
      ...RepairFundCorrectionProposalParts
    }
    pendingRefund {
      ...RepairFundRefundProposalParts
    }
    pendingTerms {
      ...RepairFundTermsProposalParts
    }
  }
}
    fragment RepairFundRecord on RepairFund {
  id
  version
  projectId
  estateId
  openedMonth
  balance
  updatedAt
  estate {
    ...EstatePlace
  }
  project {
    id
    name
  }
  terms {
    fromMonth
    feeRate
    setAsidePercent
    resolutionId
  }
}
fragment RepairFundRefundProposalParts on RepairFundRefundProposal {
  id
  version
  withdrawalId
  amount
  reason
  status
  proposedById
  proposedBy
  createdAt
  availableActions
  confirmRefusal
}
fragment RepairFundCorrectionProposalParts on RepairFundCorrectionProposal {
  id
  version
  accrualId
  amount
  reason
  status
  proposedById
  proposedBy
  createdAt
  availableActions
  confirmRefusal
}
fragment RepairFundTermsProposalParts on RepairFundTermsProposal {
  id
  version
  fromMonth
  feeRate
  setAsidePercent
  resolutionId
  status
  proposedById
  proposedBy
  createdAt
  availableActions
  confirmRefusal
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`) as unknown as TypedDocumentString<RepairFundQuery, RepairFundQueryVariables>;
export const OpenRepairFundDocument = new TypedDocumentString(`
    mutation OpenRepairFund($input: OpenRepairFundInput!) {
  record: openRepairFund(input: $input) {
    ...RepairFundRecord
  }
}
    fragment RepairFundRecord on RepairFund {
  id
  version
  projectId
  estateId
  openedMonth
  balance
  updatedAt
  estate {
    ...EstatePlace
  }
  project {
    id
    name
  }
  terms {
    fromMonth
    feeRate
    setAsidePercent
    resolutionId
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`) as unknown as TypedDocumentString<OpenRepairFundMutation, OpenRepairFundMutationVariables>;
export const RepairFundWithdrawalsOfDocument = new TypedDocumentString(`
    query RepairFundWithdrawalsOf($options: RepairFundWithdrawalListOptions) {
  repairFundWithdrawals(options: $options) {
    totalItems
    items {
      id
      version
      category
      purpose
      amount
      status
      requestedById
      decidedById
      decidedAt
      decisionNote
      createdAt
      availableActions
      refunded
      refunds {
        id
        postedOn
        amount
        reason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RepairFundWithdrawalsOfQuery, RepairFundWithdrawalsOfQueryVariables>;
export const RepairFundStatementOfDocument = new TypedDocumentString(`
    query RepairFundStatementOf($id: ID!, $year: Int!, $quarter: Int) {
  repairFund(id: $id) {
    id
    statement(year: $year, quarter: $quarter) {
      from
      to
      opening
      accruals
      withdrawals
      closing
      withdrawalsByCategory {
        category
        amount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RepairFundStatementOfQuery, RepairFundStatementOfQueryVariables>;
export const PostRepairFundAccrualOfDocument = new TypedDocumentString(`
    mutation PostRepairFundAccrualOf($fundId: ID!, $month: String!) {
  postRepairFundAccrual(fundId: $fundId, month: $month) {
    id
    month
    amount
  }
}
    `) as unknown as TypedDocumentString<PostRepairFundAccrualOfMutation, PostRepairFundAccrualOfMutationVariables>;
export const PostRepairFundCorrectionOfDocument = new TypedDocumentString(`
    mutation PostRepairFundCorrectionOf($fundId: ID!, $input: RepairFundCorrectionInput!) {
  postRepairFundCorrection(fundId: $fundId, input: $input) {
    __typename
    ... on RepairFundCorrection {
      id
      amount
    }
    ... on RepairFundCorrectionProposal {
      id
      amount
      status
    }
  }
}
    `) as unknown as TypedDocumentString<PostRepairFundCorrectionOfMutation, PostRepairFundCorrectionOfMutationVariables>;
export const DecideRepairFundCorrectionOfDocument = new TypedDocumentString(`
    mutation DecideRepairFundCorrectionOf($id: ID!, $version: Int!, $action: ProposalAction!, $note: String) {
  decideRepairFundCorrection(
    id: $id
    version: $version
    action: $action
    note: $note
  ) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<DecideRepairFundCorrectionOfMutation, DecideRepairFundCorrectionOfMutationVariables>;
export const DecideRepairFundTermsOfDocument = new TypedDocumentString(`
    mutation DecideRepairFundTermsOf($id: ID!, $version: Int!, $action: ProposalAction!, $note: String) {
  decideRepairFundTerms(id: $id, version: $version, action: $action, note: $note) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<DecideRepairFundTermsOfMutation, DecideRepairFundTermsOfMutationVariables>;
export const DecideRepairFundRefundOfDocument = new TypedDocumentString(`
    mutation DecideRepairFundRefundOf($id: ID!, $version: Int!, $action: ProposalAction!, $note: String) {
  decideRepairFundRefund(id: $id, version: $version, action: $action, note: $note) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<DecideRepairFundRefundOfMutation, DecideRepairFundRefundOfMutationVariables>;
export const PostRepairFundRefundOfDocument = new TypedDocumentString(`
    mutation PostRepairFundRefundOf($withdrawalId: ID!, $input: RepairFundRefundInput!) {
  postRepairFundRefund(withdrawalId: $withdrawalId, input: $input) {
    id
    amount
  }
}
    `) as unknown as TypedDocumentString<PostRepairFundRefundOfMutation, PostRepairFundRefundOfMutationVariables>;
export const RequestRepairFundWithdrawalOfDocument = new TypedDocumentString(`
    mutation RequestRepairFundWithdrawalOf($input: WithdrawalInput!) {
  requestRepairFundWithdrawal(input: $input) {
    id
    status
    amount
  }
}
    `) as unknown as TypedDocumentString<RequestRepairFundWithdrawalOfMutation, RequestRepairFundWithdrawalOfMutationVariables>;
export const MoveRepairFundWithdrawalOfDocument = new TypedDocumentString(`
    mutation MoveRepairFundWithdrawalOf($id: ID!, $version: Int!, $action: WithdrawalAction!, $note: String) {
  moveRepairFundWithdrawal(
    id: $id
    version: $version
    action: $action
    note: $note
  ) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<MoveRepairFundWithdrawalOfMutation, MoveRepairFundWithdrawalOfMutationVariables>;
export const ResolutionListDocument = new TypedDocumentString(`
    query ResolutionList($options: ResolutionListOptions) {
  list: resolutions(options: $options) {
    totalItems
    nextCursor
    items {
      ...ResolutionRecord
    }
  }
}
    fragment ResolutionRecord on Resolution {
  id
  version
  estateId
  matter
  title
  phase
  deemedVotes
  votingStartsOn
  votingEndsOn
  createdAt
  updatedAt
  estate {
    ...EstatePlace
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`) as unknown as TypedDocumentString<ResolutionListQuery, ResolutionListQueryVariables>;
export const ResolutionDocument = new TypedDocumentString(`
    query Resolution($id: ID!) {
  record: resolution(id: $id) {
    ...ResolutionDetail
  }
}
    fragment ResolutionRecord on Resolution {
  id
  version
  estateId
  matter
  title
  phase
  deemedVotes
  votingStartsOn
  votingEndsOn
  createdAt
  updatedAt
  estate {
    ...EstatePlace
  }
}
fragment ResolutionDetail on Resolution {
  ...ResolutionRecord
  description
  record {
    sha256
    sealedAt
    pdfPath
    jsonPath
  }
  tally {
    matter
    article278Item
    ballots
    outcome
    decidedBy
    totals {
      headcount
      area
    }
    participating {
      headcount
      area
    }
    counts {
      yes {
        headcount
        area
      }
      no {
        headcount
        area
      }
      abstain {
        headcount
        area
      }
    }
    deemed {
      outcome
      side
      persons {
        headcount
        area
      }
    }
    quorum {
      ...CheckParts
    }
    pass {
      ...CheckParts
    }
  }
}
fragment CheckParts on ThresholdCheck {
  rule
  met
  inclusive
  threshold {
    numerator
    denominator
  }
  headcount {
    part
    whole
    met
  }
  area {
    part
    whole
    met
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`) as unknown as TypedDocumentString<ResolutionQuery, ResolutionQueryVariables>;
export const CreateResolutionDocument = new TypedDocumentString(`
    mutation CreateResolution($input: ResolutionInput!) {
  record: createResolution(input: $input) {
    ...ResolutionDetail
  }
}
    fragment ResolutionRecord on Resolution {
  id
  version
  estateId
  matter
  title
  phase
  deemedVotes
  votingStartsOn
  votingEndsOn
  createdAt
  updatedAt
  estate {
    ...EstatePlace
  }
}
fragment ResolutionDetail on Resolution {
  ...ResolutionRecord
  description
  record {
    sha256
    sealedAt
    pdfPath
    jsonPath
  }
  tally {
    matter
    article278Item
    ballots
    outcome
    decidedBy
    totals {
      headcount
      area
    }
    participating {
      headcount
      area
    }
    counts {
      yes {
        headcount
        area
      }
      no {
        headcount
        area
      }
      abstain {
        headcount
        area
      }
    }
    deemed {
      outcome
      side
      persons {
        headcount
        area
      }
    }
    quorum {
      ...CheckParts
    }
    pass {
      ...CheckParts
    }
  }
}
fragment CheckParts on ThresholdCheck {
  rule
  met
  inclusive
  threshold {
    numerator
    denominator
  }
  headcount {
    part
    whole
    met
  }
  area {
    part
    whole
    met
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`) as unknown as TypedDocumentString<CreateResolutionMutation, CreateResolutionMutationVariables>;
export const MoveResolutionDocument = new TypedDocumentString(`
    mutation MoveResolution($id: ID!, $version: Int!, $action: ResolutionAction!) {
  record: moveResolution(id: $id, version: $version, action: $action) {
    ...ResolutionRecord
  }
}
    fragment ResolutionRecord on Resolution {
  id
  version
  estateId
  matter
  title
  phase
  deemedVotes
  votingStartsOn
  votingEndsOn
  createdAt
  updatedAt
  estate {
    ...EstatePlace
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`) as unknown as TypedDocumentString<MoveResolutionMutation, MoveResolutionMutationVariables>;
export const UpdateResolutionVotingPeriodDocument = new TypedDocumentString(`
    mutation UpdateResolutionVotingPeriod($id: ID!, $version: Int!, $input: ResolutionVotingPeriodInput!) {
  record: updateResolutionVotingPeriod(id: $id, version: $version, input: $input) {
    ...ResolutionRecord
  }
}
    fragment ResolutionRecord on Resolution {
  id
  version
  estateId
  matter
  title
  phase
  deemedVotes
  votingStartsOn
  votingEndsOn
  createdAt
  updatedAt
  estate {
    ...EstatePlace
  }
}
fragment EstatePlace on Estate {
  id
  name
  subdistrict {
    id
    districtId
  }
}`) as unknown as TypedDocumentString<UpdateResolutionVotingPeriodMutation, UpdateResolutionVotingPeriodMutationVariables>;
export const ResolutionBallotDocument = new TypedDocumentString(`
    mutation ResolutionBallot($resolutionId: ID!, $input: ResolutionBallotInput!) {
  recordResolutionBallot(resolutionId: $resolutionId, input: $input) {
    id
    voterKey
    method
    choice
    recordedAt
  }
}
    `) as unknown as TypedDocumentString<ResolutionBallotMutation, ResolutionBallotMutationVariables>;
export const ResolutionVotersDocument = new TypedDocumentString(`
    query ResolutionVoters($id: ID!, $q: String, $skip: Int, $take: Int) {
  resolution(id: $id) {
    id
    voters(q: $q, skip: $skip, take: $take) {
      totalItems
      items {
        personKey
        ownerId
        name
        units
        area
        voted
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResolutionVotersQuery, ResolutionVotersQueryVariables>;
export const AuditEventListDocument = new TypedDocumentString(`
    query AuditEventList($options: AuditEventListOptions) {
  list: auditEvents(options: $options) {
    totalItems
    nextCursor
    items {
      id
      at
      actorId
      actorName
      action
      entityType
      entityId
      before
      after
      people {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditEventListQuery, AuditEventListQueryVariables>;
export const DistrictListDocument = new TypedDocumentString(`
    query DistrictList($options: DistrictListOptions) {
  list: districts(options: $options) {
    totalItems
    nextCursor
    items {
      id
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<DistrictListQuery, DistrictListQueryVariables>;
export const DistrictDocument = new TypedDocumentString(`
    query District($id: ID!) {
  record: district(id: $id) {
    id
    code
    name
  }
}
    `) as unknown as TypedDocumentString<DistrictQuery, DistrictQueryVariables>;
export const SubdistrictListDocument = new TypedDocumentString(`
    query SubdistrictList($options: SubdistrictListOptions) {
  list: subdistricts(options: $options) {
    totalItems
    nextCursor
    items {
      id
      name
      districtId
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<SubdistrictListQuery, SubdistrictListQueryVariables>;
export const SubdistrictDocument = new TypedDocumentString(`
    query Subdistrict($id: ID!) {
  record: subdistrict(id: $id) {
    id
    name
    districtId
    kind
  }
}
    `) as unknown as TypedDocumentString<SubdistrictQuery, SubdistrictQueryVariables>;
export const CommunityListDocument = new TypedDocumentString(`
    query CommunityList($options: CommunityListOptions) {
  list: communities(options: $options) {
    totalItems
    nextCursor
    items {
      id
      name
      subdistrictId
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityListQuery, CommunityListQueryVariables>;
export const CommunityDocument = new TypedDocumentString(`
    query Community($id: ID!) {
  record: community(id: $id) {
    id
    name
    subdistrictId
  }
}
    `) as unknown as TypedDocumentString<CommunityQuery, CommunityQueryVariables>;
export const MyJurisdictionDocument = new TypedDocumentString(`
    query MyJurisdiction {
  me {
    jurisdiction {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<MyJurisdictionQuery, MyJurisdictionQueryVariables>;
export const ChangeOwnPasswordDocument = new TypedDocumentString(`
    mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {
  changeOwnPassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangeOwnPasswordMutation, ChangeOwnPasswordMutationVariables>;
export const KeepAliveDocument = new TypedDocumentString(`
    query KeepAlive {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<KeepAliveQuery, KeepAliveQueryVariables>;
export const UserListDocument = new TypedDocumentString(`
    query UserList($options: UserListOptions) {
  list: users(options: $options) {
    totalItems
    nextCursor
    items {
      ...UserRecord
    }
  }
}
    fragment AccountChangeParts on AccountChangeProposal {
  id
  version
  status
  creates
  activates
  role
  setsPassword
  passwordHalf
  reason
  proposedById
  proposedBy
  createdAt
  availableActions
  confirmRefusal
  subdistricts {
    id
    name
  }
}
fragment UserRecord on User {
  id
  version
  username
  displayName
  role
  active
  createdAt
  jurisdiction {
    id
  }
  pendingChange {
    ...AccountChangeParts
  }
}`) as unknown as TypedDocumentString<UserListQuery, UserListQueryVariables>;
export const UserDocument = new TypedDocumentString(`
    query User($id: ID!) {
  record: user(id: $id) {
    ...UserRecord
  }
}
    fragment AccountChangeParts on AccountChangeProposal {
  id
  version
  status
  creates
  activates
  role
  setsPassword
  passwordHalf
  reason
  proposedById
  proposedBy
  createdAt
  availableActions
  confirmRefusal
  subdistricts {
    id
    name
  }
}
fragment UserRecord on User {
  id
  version
  username
  displayName
  role
  active
  createdAt
  jurisdiction {
    id
  }
  pendingChange {
    ...AccountChangeParts
  }
}`) as unknown as TypedDocumentString<UserQuery, UserQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: UserInput!) {
  record: createUser(input: $input) {
    ...UserRecord
  }
}
    fragment AccountChangeParts on AccountChangeProposal {
  id
  version
  status
  creates
  activates
  role
  setsPassword
  passwordHalf
  reason
  proposedById
  proposedBy
  createdAt
  availableActions
  confirmRefusal
  subdistricts {
    id
    name
  }
}
fragment UserRecord on User {
  id
  version
  username
  displayName
  role
  active
  createdAt
  jurisdiction {
    id
  }
  pendingChange {
    ...AccountChangeParts
  }
}`) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = new TypedDocumentString(`
    mutation UpdateUser($id: ID!, $version: Int!, $input: UserUpdateInput!) {
  record: updateUser(id: $id, version: $version, input: $input) {
    ...UserRecord
  }
}
    fragment AccountChangeParts on AccountChangeProposal {
  id
  version
  status
  creates
  activates
  role
  setsPassword
  passwordHalf
  reason
  proposedById
  proposedBy
  createdAt
  availableActions
  confirmRefusal
  subdistricts {
    id
    name
  }
}
fragment UserRecord on User {
  id
  version
  username
  displayName
  role
  active
  createdAt
  jurisdiction {
    id
  }
  pendingChange {
    ...AccountChangeParts
  }
}`) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;
export const ConfirmAccountChangeOfDocument = new TypedDocumentString(`
    mutation ConfirmAccountChangeOf($id: ID!, $version: Int!, $note: String) {
  confirmAccountChange(id: $id, version: $version, note: $note) {
    id
    version
    status
    passwordHalf
  }
}
    `) as unknown as TypedDocumentString<ConfirmAccountChangeOfMutation, ConfirmAccountChangeOfMutationVariables>;
export const RefuseAccountChangeOfDocument = new TypedDocumentString(`
    mutation RefuseAccountChangeOf($id: ID!, $version: Int!, $note: String) {
  refuseAccountChange(id: $id, version: $version, note: $note) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<RefuseAccountChangeOfMutation, RefuseAccountChangeOfMutationVariables>;
export const WithdrawAccountChangeOfDocument = new TypedDocumentString(`
    mutation WithdrawAccountChangeOf($id: ID!, $version: Int!, $note: String) {
  withdrawAccountChange(id: $id, version: $version, note: $note) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<WithdrawAccountChangeOfMutation, WithdrawAccountChangeOfMutationVariables>;
export const PendingAccountChangesDocument = new TypedDocumentString(`
    query PendingAccountChanges($after: String) {
  accountChangeProposals(
    options: {filter: {status: PENDING}, take: 100, after: $after}
  ) {
    nextCursor
    items {
      ...AccountChangeParts
      user {
        id
        username
        displayName
      }
    }
  }
}
    fragment AccountChangeParts on AccountChangeProposal {
  id
  version
  status
  creates
  activates
  role
  setsPassword
  passwordHalf
  reason
  proposedById
  proposedBy
  createdAt
  availableActions
  confirmRefusal
  subdistricts {
    id
    name
  }
}`) as unknown as TypedDocumentString<PendingAccountChangesQuery, PendingAccountChangesQueryVariables>;