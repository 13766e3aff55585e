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

/** a submitted report as its reporter corrects it before verification */
export type CampaignReportUpdateInput = {
  completedOn: string;
  note?: string | null | undefined;
  quantities: Array<ReportedQuantityInput>;
};

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

export type CompleteMeetingFollowUpInput = {
  doneOn: string;
  note?: string | null | undefined;
};

/** What decides whether a day is a day off: the law, then the notice, then the week */
export type DayReason =
  | 'NOTICE_OFF'
  | 'NOTICE_WORKDAY'
  | 'STATUTORY'
  | 'WEEKEND'
  | 'WORKING_DAY';

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

export type RedBlackListFilter = {
  ids?: Array<string | number> | null | undefined;
  /** one quarter, e.g. 2026-Q3 */
  quarter?: string | null | undefined;
};

export type RedBlackListListOptions = {
  /** Keyset cursor: the `nextCursor` of the previous page, for stable sync. */
  after?: string | null | undefined;
  filter?: RedBlackListFilter | null | undefined;
  /** Rows to skip; ignored when `after` is given. */
  skip?: number | null | undefined;
  sort?: RedBlackListSort | null | undefined;
  /** Page size, 25 by default, capped by the server. */
  take?: number | null | undefined;
};

export type RedBlackListSort = {
  direction?: SortDirection;
  field: RedBlackListSortField;
};

export type RedBlackListSortField =
  | 'QUARTER';

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

export type RepairFundSort = {
  direction?: SortDirection;
  field: RepairFundSortField;
};

export type RepairFundSortField =
  | 'ID'
  | 'UPDATED_AT';

/** the fee and the share of it set aside, from a month on */
export type RepairFundTermsInput = {
  /** 元/m²/月, e.g. "1.99"; at most four decimals */
  feeRate: string;
  /** YYYY-MM: the first month these terms apply to */
  fromMonth: string;
  /** the passed owners’ resolution that decided the fee */
  resolutionId?: string | number | null | undefined;
  /** per cent of the fee set aside, e.g. "10"; at most two decimals */
  setAsidePercent: string;
};

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

export type ResolutionPhase =
  | 'CLOSED'
  | 'DRAFT'
  | 'VOTING';

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

/** ≥ 2/3 take part; > 1/2 or ≥ 3/4 of those taking part */
export type ThresholdRule =
  | 'MORE_THAN_HALF'
  | 'QUORUM_TWO_THIRDS'
  | 'THREE_QUARTERS';

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

export type AssessmentFieldsFragment = { id: string, version: number, projectId: string, estateId: string, firmId: string, quarter: string, category: EstateCategory, state: AssessmentState, assessingBody: AssessingBody, total: number | null, maxTotal: number, assessorId: string | null, reviewerId: string | null, returnNote: string | null, availableActions: Array<AssessmentAction>, items: Array<{ key: string, maxScore: number, score: number | null, note: string | null, adjustedScore: number | null, adjustReason: string | null, finalScore: number | null }> };

export type AssessmentsQueryVariables = Exact<{
  options?: AssessmentListOptions | null | undefined;
}>;


export type AssessmentsQuery = { assessments: { totalItems: number, items: Array<{ id: string, projectId: string, quarter: string, category: EstateCategory, state: AssessmentState, project: { contractStart: string, contractEnd: string } }> } };

export type AssessmentQueryVariables = Exact<{
  id: string | number;
}>;


export type AssessmentQuery = { assessment: { id: string, version: number, projectId: string, estateId: string, firmId: string, quarter: string, category: EstateCategory, state: AssessmentState, assessingBody: AssessingBody, total: number | null, maxTotal: number, assessorId: string | null, reviewerId: string | null, returnNote: string | null, availableActions: Array<AssessmentAction>, items: Array<{ key: string, maxScore: number, score: number | null, note: string | null, adjustedScore: number | null, adjustReason: string | null, finalScore: number | null }> } };

export type CreateAssessmentMutationVariables = Exact<{
  input: AssessmentInput;
}>;


export type CreateAssessmentMutation = { createAssessment: { id: string, version: number, projectId: string, estateId: string, firmId: string, quarter: string, category: EstateCategory, state: AssessmentState, assessingBody: AssessingBody, total: number | null, maxTotal: number, assessorId: string | null, reviewerId: string | null, returnNote: string | null, availableActions: Array<AssessmentAction>, items: Array<{ key: string, maxScore: number, score: number | null, note: string | null, adjustedScore: number | null, adjustReason: string | null, finalScore: number | null }> } };

export type ScoreAssessmentMutationVariables = Exact<{
  id: string | number;
  version: number;
  scores: Array<ItemScoreInput> | ItemScoreInput;
}>;


export type ScoreAssessmentMutation = { scoreAssessment: { id: string, version: number, projectId: string, estateId: string, firmId: string, quarter: string, category: EstateCategory, state: AssessmentState, assessingBody: AssessingBody, total: number | null, maxTotal: number, assessorId: string | null, reviewerId: string | null, returnNote: string | null, availableActions: Array<AssessmentAction>, items: Array<{ key: string, maxScore: number, score: number | null, note: string | null, adjustedScore: number | null, adjustReason: string | null, finalScore: number | null }> } };

export type SubmitAssessmentMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type SubmitAssessmentMutation = { submitAssessment: { id: string, version: number, projectId: string, estateId: string, firmId: string, quarter: string, category: EstateCategory, state: AssessmentState, assessingBody: AssessingBody, total: number | null, maxTotal: number, assessorId: string | null, reviewerId: string | null, returnNote: string | null, availableActions: Array<AssessmentAction>, items: Array<{ key: string, maxScore: number, score: number | null, note: string | null, adjustedScore: number | null, adjustReason: string | null, finalScore: number | null }> } };

export type ReturnAssessmentMutationVariables = Exact<{
  id: string | number;
  version: number;
  note: string;
}>;


export type ReturnAssessmentMutation = { returnAssessment: { id: string, version: number, projectId: string, estateId: string, firmId: string, quarter: string, category: EstateCategory, state: AssessmentState, assessingBody: AssessingBody, total: number | null, maxTotal: number, assessorId: string | null, reviewerId: string | null, returnNote: string | null, availableActions: Array<AssessmentAction>, items: Array<{ key: string, maxScore: number, score: number | null, note: string | null, adjustedScore: number | null, adjustReason: string | null, finalScore: number | null }> } };

export type ReviewAssessmentMutationVariables = Exact<{
  id: string | number;
  version: number;
  adjustments: Array<ItemAdjustmentInput> | ItemAdjustmentInput;
}>;


export type ReviewAssessmentMutation = { reviewAssessment: { id: string, version: number, projectId: string, estateId: string, firmId: string, quarter: string, category: EstateCategory, state: AssessmentState, assessingBody: AssessingBody, total: number | null, maxTotal: number, assessorId: string | null, reviewerId: string | null, returnNote: string | null, availableActions: Array<AssessmentAction>, items: Array<{ key: string, maxScore: number, score: number | null, note: string | null, adjustedScore: number | null, adjustReason: string | null, finalScore: number | null }> } };

export type RedBlackListFieldsFragment = { quarter: string, schemeEdition: number, publishedAt: string, sha256: string, canonicalJson: string, sealVerified: boolean, categories: Array<{ category: EstateCategory, ranked: number, unranked: number, redPlaces: number, blackPlaces: number }>, entries: Array<{ category: EstateCategory, place: RedBlackPlace, rank: number, projectName: string, estateName: string, firmName: string, total: number, maxTotal: number }> };

export type RedBlackListQueryVariables = Exact<{
  quarter: string;
}>;


export type RedBlackListQuery = { redBlackList: { quarter: string, schemeEdition: number, publishedAt: string, sha256: string, canonicalJson: string, sealVerified: boolean, categories: Array<{ category: EstateCategory, ranked: number, unranked: number, redPlaces: number, blackPlaces: number }>, entries: Array<{ category: EstateCategory, place: RedBlackPlace, rank: number, projectName: string, estateName: string, firmName: string, total: number, maxTotal: number }> } | null };

export type RedBlackListsQueryVariables = Exact<{
  options?: RedBlackListListOptions | null | undefined;
}>;


export type RedBlackListsQuery = { redBlackLists: { totalItems: number, nextCursor: string | null, items: Array<{ quarter: string, sha256: string, sealVerified: boolean, entries: Array<{ place: RedBlackPlace }> }> } };

export type RedBlackListPagesQueryVariables = Exact<{
  options?: RedBlackListListOptions | null | undefined;
  place?: RedBlackPlace | null | undefined;
  skip?: number | null | undefined;
  take?: number | null | undefined;
}>;


export type RedBlackListPagesQuery = { redBlackLists: { totalItems: number, nextCursor: string | null, items: Array<{ quarter: string, categories: Array<{ category: EstateCategory, redPlaces: number, blackPlaces: number }>, entries: Array<{ place: RedBlackPlace, category: EstateCategory, rank: number, projectName: string }> }> } };

export type PublishRedBlackListMutationVariables = Exact<{
  quarter: string;
}>;


export type PublishRedBlackListMutation = { publishRedBlackList: { quarter: string, schemeEdition: number, publishedAt: string, sha256: string, canonicalJson: string, sealVerified: boolean, categories: Array<{ category: EstateCategory, ranked: number, unranked: number, redPlaces: number, blackPlaces: number }>, entries: Array<{ category: EstateCategory, place: RedBlackPlace, rank: number, projectName: string, estateName: string, firmName: string, total: number, maxTotal: number }> } };

export type QuarterRankingQueryVariables = Exact<{
  quarter: string;
}>;


export type QuarterRankingQuery = { quarterRanking: { quarter: string, published: boolean, availableActions: Array<AssessmentAction>, waitingForReview: number, waitingForResubmission: number, reviewedByYou: number, categories: Array<{ category: EstateCategory, ranked: number, unranked: number }>, ranked: Array<{ projectId: string, rank: number | null, place: RedBlackPlace | null, total: number | null }>, unranked: Array<{ projectId: string, state: string | null }> } };

export type FirmsWithPlacementsQueryVariables = Exact<{
  options?: FirmListOptions | null | undefined;
}>;


export type FirmsWithPlacementsQuery = { firms: { items: Array<{ id: string, name: string, redBlackPlacements: Array<{ quarter: string, place: RedBlackPlace, category: EstateCategory, rank: number, total: number }> }> } };

export type DashboardAssessmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardAssessmentsQuery = { dashboard: { assessments: { quarter: string, projects: number, completed: number, submitted: number, inProgress: number, latestList: { quarter: string, entries: Array<{ place: RedBlackPlace }> } | null } } };

export type AssessmentSchemesQueryVariables = Exact<{ [key: string]: never; }>;


export type AssessmentSchemesQuery = { assessmentSchemes: Array<{ id: string, version: number, edition: number | null, state: AssessmentSchemeState, title: string, availableActions: Array<AssessmentAction>, items: Array<{ key: string, maxScore: number, categories: Array<EstateCategory> }>, maxTotals: Array<{ category: EstateCategory, maxTotal: number }> }> };

export type CreateAssessmentSchemeMutationVariables = Exact<{
  input: AssessmentSchemeInput;
}>;


export type CreateAssessmentSchemeMutation = { createAssessmentScheme: { id: string, version: number, edition: number | null, state: AssessmentSchemeState } };

export type UpdateAssessmentSchemeMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: AssessmentSchemeInput;
}>;


export type UpdateAssessmentSchemeMutation = { updateAssessmentScheme: { id: string, version: number, edition: number | null, state: AssessmentSchemeState } };

export type PublishAssessmentSchemeMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type PublishAssessmentSchemeMutation = { publishAssessmentScheme: { id: string, version: number, edition: number | null, state: AssessmentSchemeState, publishedAt: string | null } };

export type CampaignFieldsFragment = { id: string, version: number, name: string, year: number, startsOn: string, endsOn: string, status: CampaignStatus, description: string | null, measures: Array<{ id: string, code: string, labelZh: string, labelEn: string, unit: string, kind: MeasureKind, bound: MeasureBound | null }> };

export type CampaignReportFieldsFragment = { id: string, version: number, campaignId: string, estateId: string, completedOn: string, note: string | null, status: CampaignReportStatus, correctsId: string | null, reportedBy: string | null, verifiedBy: string | null, verifiedAt: string | null, verifyHeldBy: string | null, inForce: boolean, quantities: Array<{ quantity: string, measure: { code: string } }> };

export type CreateCampaignMutationVariables = Exact<{
  input: CampaignInput;
}>;


export type CreateCampaignMutation = { createCampaign: { id: string, version: number, name: string, year: number, startsOn: string, endsOn: string, status: CampaignStatus, description: string | null, measures: Array<{ id: string, code: string, labelZh: string, labelEn: string, unit: string, kind: MeasureKind, bound: MeasureBound | null }> } };

export type UpdateCampaignMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: CampaignInput;
}>;


export type UpdateCampaignMutation = { updateCampaign: { id: string, version: number, name: string, year: number, startsOn: string, endsOn: string, status: CampaignStatus, description: string | null, measures: Array<{ id: string, code: string, labelZh: string, labelEn: string, unit: string, kind: MeasureKind, bound: MeasureBound | null }> } };

export type CloseCampaignMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type CloseCampaignMutation = { closeCampaign: { id: string, version: number, name: string, year: number, startsOn: string, endsOn: string, status: CampaignStatus, description: string | null, measures: Array<{ id: string, code: string, labelZh: string, labelEn: string, unit: string, kind: MeasureKind, bound: MeasureBound | null }> } };

export type ReportCampaignProgressMutationVariables = Exact<{
  input: CampaignReportInput;
}>;


export type ReportCampaignProgressMutation = { reportCampaignProgress: { id: string, version: number, campaignId: string, estateId: string, completedOn: string, note: string | null, status: CampaignReportStatus, correctsId: string | null, reportedBy: string | null, verifiedBy: string | null, verifiedAt: string | null, verifyHeldBy: string | null, inForce: boolean, quantities: Array<{ quantity: string, measure: { code: string } }> } };

export type UpdateCampaignReportMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: CampaignReportUpdateInput;
}>;


export type UpdateCampaignReportMutation = { updateCampaignReport: { id: string, version: number, campaignId: string, estateId: string, completedOn: string, note: string | null, status: CampaignReportStatus, correctsId: string | null, reportedBy: string | null, verifiedBy: string | null, verifiedAt: string | null, verifyHeldBy: string | null, inForce: boolean, quantities: Array<{ quantity: string, measure: { code: string } }> } };

export type VerifyCampaignReportMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type VerifyCampaignReportMutation = { verifyCampaignReport: { id: string, version: number, campaignId: string, estateId: string, completedOn: string, note: string | null, status: CampaignReportStatus, correctsId: string | null, reportedBy: string | null, verifiedBy: string | null, verifiedAt: string | null, verifyHeldBy: string | null, inForce: boolean, quantities: Array<{ quantity: string, measure: { code: string } }> } };

export type GetCampaignReportQueryVariables = Exact<{
  id: string | number;
}>;


export type GetCampaignReportQuery = { campaignReport: { id: string, version: number, campaignId: string, estateId: string, completedOn: string, note: string | null, status: CampaignReportStatus, correctsId: string | null, reportedBy: string | null, verifiedBy: string | null, verifiedAt: string | null, verifyHeldBy: string | null, inForce: boolean, quantities: Array<{ quantity: string, measure: { code: string } }> } };

export type CampaignTotalsQueryVariables = Exact<{
  id: string | number;
}>;


export type CampaignTotalsQuery = { campaign: { id: string, name: string, totals: Array<{ districtId: string | null, districtName: string | null, estatesCovered: number, estateElevators: number | null, measures: Array<{ total: string, estates: number, measure: { code: string } }> }> } };

export type ListCampaignsQueryVariables = Exact<{
  options?: CampaignListOptions | null | undefined;
}>;


export type ListCampaignsQuery = { campaigns: { totalItems: number, items: Array<{ id: string, name: string, status: CampaignStatus, totals: Array<{ districtId: string | null, estatesCovered: number, measures: Array<{ total: string, measure: { code: string } }> }> }> } };

export type ListCampaignReportsQueryVariables = Exact<{
  options?: CampaignReportListOptions | null | undefined;
}>;


export type ListCampaignReportsQuery = { campaignReports: { totalItems: number, nextCursor: string | null, items: Array<{ id: string, status: CampaignReportStatus, completedOn: string, reportedBy: string | null, verifiedBy: string | null, verifyHeldBy: string | null, inForce: boolean, campaign: { name: string }, estate: { name: string, district: { name: string } } | null, quantities: Array<{ quantity: string, measure: { code: string, unit: string } }> }> } };

export type ElectionFieldsFragment = { id: string, version: number, title: string, kind: ElectionKind, seats: number, phase: ElectionPhase, deemedVotes: boolean, committeeId: string | null, estateId: string, availableActions: Array<ElectionAction>, phases: Array<{ phase: ElectionPhase, startsOn: string | null, endsOn: string | null, enteredAt: string | null }>, candidates: Array<{ id: string, version: number, decision: EligibilityDecision, withdrawn: boolean, partyMember: boolean, owner: { id: string, name: string } }>, slateWarning: { partyMembers: number, candidates: number, needed: number } | null };

export type ElectionsQueryVariables = Exact<{
  options?: ElectionListOptions | null | undefined;
}>;


export type ElectionsQuery = { elections: { totalItems: number, items: Array<{ id: string, title: string, phase: ElectionPhase, estateId: string }> } };

export type ElectionQueryVariables = Exact<{
  id: string | number;
}>;


export type ElectionQuery = { election: { id: string, version: number, title: string, kind: ElectionKind, seats: number, phase: ElectionPhase, deemedVotes: boolean, committeeId: string | null, estateId: string, availableActions: Array<ElectionAction>, phases: Array<{ phase: ElectionPhase, startsOn: string | null, endsOn: string | null, enteredAt: string | null }>, candidates: Array<{ id: string, version: number, decision: EligibilityDecision, withdrawn: boolean, partyMember: boolean, owner: { id: string, name: string } }>, slateWarning: { partyMembers: number, candidates: number, needed: number } | null } };

export type CreateElectionMutationVariables = Exact<{
  input: ElectionInput;
}>;


export type CreateElectionMutation = { createElection: { id: string, version: number, title: string, kind: ElectionKind, seats: number, phase: ElectionPhase, deemedVotes: boolean, committeeId: string | null, estateId: string, availableActions: Array<ElectionAction>, phases: Array<{ phase: ElectionPhase, startsOn: string | null, endsOn: string | null, enteredAt: string | null }>, candidates: Array<{ id: string, version: number, decision: EligibilityDecision, withdrawn: boolean, partyMember: boolean, owner: { id: string, name: string } }>, slateWarning: { partyMembers: number, candidates: number, needed: number } | null } };

export type UpdateElectionMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: ElectionUpdateInput;
}>;


export type UpdateElectionMutation = { updateElection: { id: string, version: number, title: string, kind: ElectionKind, seats: number, phase: ElectionPhase, deemedVotes: boolean, committeeId: string | null, estateId: string, availableActions: Array<ElectionAction>, phases: Array<{ phase: ElectionPhase, startsOn: string | null, endsOn: string | null, enteredAt: string | null }>, candidates: Array<{ id: string, version: number, decision: EligibilityDecision, withdrawn: boolean, partyMember: boolean, owner: { id: string, name: string } }>, slateWarning: { partyMembers: number, candidates: number, needed: number } | null } };

export type MoveElectionMutationVariables = Exact<{
  id: string | number;
  version: number;
  action: ElectionAction;
  cancelReason?: ElectionCancelReason | null | undefined;
}>;


export type MoveElectionMutation = { moveElection: { id: string, version: number, title: string, kind: ElectionKind, seats: number, phase: ElectionPhase, deemedVotes: boolean, committeeId: string | null, estateId: string, availableActions: Array<ElectionAction>, phases: Array<{ phase: ElectionPhase, startsOn: string | null, endsOn: string | null, enteredAt: string | null }>, candidates: Array<{ id: string, version: number, decision: EligibilityDecision, withdrawn: boolean, partyMember: boolean, owner: { id: string, name: string } }>, slateWarning: { partyMembers: number, candidates: number, needed: number } | null } };

export type NominateMutationVariables = Exact<{
  electionId: string | number;
  input: NominationInput;
}>;


export type NominateMutation = { nominateCandidate: { id: string, version: number, decision: EligibilityDecision } };

export type CheckMutationVariables = Exact<{
  candidateId: string | number;
  version: number;
  input: EligibilityCheckInput;
}>;


export type CheckMutation = { recordEligibilityCheck: { id: string, version: number, decision: EligibilityDecision, decisionExplanation: unknown } };

export type ChecksMutationVariables = Exact<{
  candidateId: string | number;
  version: number;
  input: EligibilityChecksInput;
}>;


export type ChecksMutation = { recordEligibilityChecks: { id: string, version: number, decision: EligibilityDecision, decisionExplanation: unknown, checks: Array<{ itemKey: string, result: CheckResult, reviewingBody: ReviewingBody | null, reviewer: string | null, checkedOn: string | null, evidenceNote: string | null, overrideReason: string | null }> } };

export type CandidateRegisterQueryVariables = Exact<{
  id: string | number;
}>;


export type CandidateRegisterQuery = { candidate: { id: string, registerFindings: Array<{ itemKey: string, says: CheckResult, unitsInEstate: number | null }> } };

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

export type CandidateQueryVariables = Exact<{
  id: string | number;
}>;


export type CandidateQuery = { candidate: { id: string, version: number, decision: EligibilityDecision, decisionExplanation: unknown, checks: Array<{ itemKey: string, result: CheckResult, reviewingBody: ReviewingBody | null }>, objections: Array<{ id: string, resolvedOn: string | null }>, checklist: { version: number } } };

export type BallotMutationVariables = Exact<{
  electionId: string | number;
  input: BallotInput;
}>;


export type BallotMutation = { recordBallot: { id: string, voterKey: string, choices: Array<string> } };

export type PersonsQueryVariables = Exact<{
  electionId: string | number;
  voted?: boolean | null | undefined;
  take?: number | null | undefined;
  q?: string | null | undefined;
}>;


export type PersonsQuery = { votingPersons: { totalItems: number, items: Array<{ personKey: string, ownerId: string | null, name: string, units: Array<string>, area: string, voted: boolean }> } };

export type TallyQueryVariables = Exact<{
  id: string | number;
}>;


export type TallyQuery = { election: { id: string, phase: ElectionPhase, tally: { seats: number, ballots: number, electedIds: Array<string>, totals: { headcount: number, area: string }, participating: { headcount: number, area: string }, quorum: { rule: ThresholdRule, met: boolean, threshold: { numerator: number, denominator: number }, headcount: { part: number, whole: number, met: boolean, share: { numerator: number, denominator: number } | null }, area: { part: string, whole: string, met: boolean } }, candidates: Array<{ candidateId: string, rank: number, status: string, approvals: { headcount: number, area: string }, pass: { met: boolean, headcount: { part: number, whole: number, met: boolean }, area: { part: string, whole: string, met: boolean } } }>, issues: Array<{ code: string, message: string, candidateIds: Array<string> | null }> } | null } };

export type OwnersQueryVariables = Exact<{
  options?: OwnerListOptions | null | undefined;
}>;


export type OwnersQuery = { owners: { totalItems: number, items: Array<{ id: string, kind: OwnerKind, name: string, idNumber: string, phone: string | null, estateId: string }> } };

export type RollQueryVariables = Exact<{
  estateId: string | number;
}>;


export type RollQuery = { ownerRoll: { units: number, headcount: number, totalArea: string, developerHeldUnits: number, undesignatedUnits: number } };

export type RollUnitsQueryVariables = Exact<{
  options?: UnitListOptions | null | undefined;
}>;


export type RollUnitsQuery = { units: { totalItems: number, items: Array<{ id: string, version: number, estateId: string, building: string, unitNo: string, room: string, area: string, areaSource: AreaSource, developerHeld: boolean, ownerships: Array<{ ownerId: string, designatedVoter: boolean }> }> } };

export type RemoveUnitMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: UnitRemovalInput;
}>;


export type RemoveUnitMutation = { removeUnit: boolean };

export type CommitteeQueryVariables = Exact<{
  id: string | number;
}>;


export type CommitteeQuery = { committee: { id: string, version: number, termNumber: number, termStart: string, termEnd: string, estateId: string, members: Array<{ id: string, name: string, position: CommitteePosition, ownerId: string | null }>, filings: Array<{ id: string, version: number, kind: CommitteeFilingKind, eventDate: string, dueOn: string, dueOnProvisional: boolean, filingStatus: FilingStatus, filingNumber: string | null, overdue: boolean, daysRemaining: number, availableActions: Array<FilingAction>, materials: Array<{ id: string, kind: MaterialKind }> }> } };

export type FilingsQueryVariables = Exact<{
  options?: CommitteeFilingListOptions | null | undefined;
}>;


export type FilingsQuery = { committeeFilings: { totalItems: number, items: Array<{ id: string, filingStatus: FilingStatus, dueOn: string, overdue: boolean, committee: { estateId: string } }> } };

export type MembersMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: CommitteeMembersInput;
}>;


export type MembersMutation = { setCommitteeMembers: { id: string, version: number, members: Array<{ name: string, position: CommitteePosition }> } };

export type MaterialMutationVariables = Exact<{
  filingId: string | number;
  input: MaterialInput;
}>;


export type MaterialMutation = { addFilingMaterial: { id: string, kind: MaterialKind, sizeBytes: number, sha256: string } };

export type SubmitMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type SubmitMutation = { submitCommitteeFiling: { id: string, version: number, filingStatus: FilingStatus } };

export type ApproveMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type ApproveMutation = { approveCommitteeFiling: { id: string, version: number, filingStatus: FilingStatus, filingNumber: string | null } };

export type CreateResolutionMutationVariables = Exact<{
  input: ResolutionInput;
}>;


export type CreateResolutionMutation = { createResolution: { id: string, version: number, phase: ResolutionPhase } };

export type MoveResolutionMutationVariables = Exact<{
  id: string | number;
  version: number;
  action: ResolutionAction;
}>;


export type MoveResolutionMutation = { moveResolution: { id: string, version: number, phase: ResolutionPhase, outcome: unknown } };

export type ResolutionVotingPeriodMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: ResolutionVotingPeriodInput;
}>;


export type ResolutionVotingPeriodMutation = { updateResolutionVotingPeriod: { id: string, version: number, phase: ResolutionPhase, votingStartsOn: string | null, votingEndsOn: string | null } };

export type ResolutionBallotMutationVariables = Exact<{
  resolutionId: string | number;
  input: ResolutionBallotInput;
}>;


export type ResolutionBallotMutation = { recordResolutionBallot: { id: string, choice: ResolutionChoice } };

export type ResolutionTallyQueryVariables = Exact<{
  id: string | number;
}>;


export type ResolutionTallyQuery = { resolution: { id: string, tally: { matter: Matter, article278Item: number, ballots: number, outcome: string, decidedBy: ThresholdRule, quorum: { met: boolean }, pass: { rule: ThresholdRule, met: boolean, headcount: { part: number, whole: number, met: boolean }, area: { part: string, whole: string, met: boolean } } } | null } };

export type PersonsPageQueryVariables = Exact<{
  electionId: string | number;
  skip?: number | null | undefined;
  take?: number | null | undefined;
}>;


export type PersonsPageQuery = { votingPersons: { totalItems: number, items: Array<{ personKey: string, ownerId: string | null, name: string, voted: boolean }> } };

export type FundFieldsFragment = { id: string, version: number, projectId: string, estateId: string, openedMonth: string, balance: string, terms: Array<{ fromMonth: string, feeRate: string, setAsidePercent: string, resolutionId: string | null }> };

export type OpenRepairFundMutationVariables = Exact<{
  input: OpenRepairFundInput;
}>;


export type OpenRepairFundMutation = { openRepairFund: { id: string, version: number, projectId: string, estateId: string, openedMonth: string, balance: string, terms: Array<{ fromMonth: string, feeRate: string, setAsidePercent: string, resolutionId: string | null }> } };

export type SetRepairFundTermsMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: RepairFundTermsInput;
}>;


export type SetRepairFundTermsMutation = { setRepairFundTerms: { id: string, version: number, projectId: string, estateId: string, openedMonth: string, balance: string, pendingTerms: { id: string, version: number, fromMonth: string, feeRate: string, setAsidePercent: string, status: ProposalStatus } | null, terms: Array<{ fromMonth: string, feeRate: string, setAsidePercent: string, resolutionId: string | null }> } };

export type PostRepairFundAccrualMutationVariables = Exact<{
  fundId: string | number;
  month: string;
}>;


export type PostRepairFundAccrualMutation = { postRepairFundAccrual: { id: string, month: string, chargedArea: string, feeRate: string, setAsidePercent: string, amount: string } };

export type GetRepairFundQueryVariables = Exact<{
  id: string | number;
}>;


export type GetRepairFundQuery = { repairFund: { id: string, version: number, projectId: string, estateId: string, openedMonth: string, balance: string, terms: Array<{ fromMonth: string, feeRate: string, setAsidePercent: string, resolutionId: string | null }> } };

export type ListRepairFundsQueryVariables = Exact<{
  options?: RepairFundListOptions | null | undefined;
}>;


export type ListRepairFundsQuery = { repairFunds: { totalItems: number, items: Array<{ id: string, version: number, projectId: string, estateId: string, openedMonth: string, balance: string, terms: Array<{ fromMonth: string, feeRate: string, setAsidePercent: string, resolutionId: string | null }> }> } };

export type RepairFundStatementQueryVariables = Exact<{
  id: string | number;
  year: number;
  quarter?: number | null | undefined;
}>;


export type RepairFundStatementQuery = { repairFund: { id: string, balance: string, statement: { from: string, to: string, opening: string, accruals: string, withdrawals: string, closing: string, withdrawalsByCategory: Array<{ category: WithdrawalCategory, amount: string }> } } };

export type RequestRepairFundWithdrawalMutationVariables = Exact<{
  input: WithdrawalInput;
}>;


export type RequestRepairFundWithdrawalMutation = { requestRepairFundWithdrawal: { id: string, version: number, status: WithdrawalStatus, amount: string, availableActions: Array<WithdrawalAction> } };

export type MoveRepairFundWithdrawalMutationVariables = Exact<{
  id: string | number;
  version: number;
  action: WithdrawalAction;
  note?: string | null | undefined;
}>;


export type MoveRepairFundWithdrawalMutation = { moveRepairFundWithdrawal: { id: string, version: number, status: WithdrawalStatus, amount: string, decidedById: string | null, decidedAt: string | null } };

export type ListRepairFundWithdrawalsQueryVariables = Exact<{
  options?: RepairFundWithdrawalListOptions | null | undefined;
}>;


export type ListRepairFundWithdrawalsQuery = { repairFundWithdrawals: { totalItems: number, items: Array<{ id: string, version: number, status: WithdrawalStatus, amount: string, estateId: string }> } };

export type PeriodFieldsFragment = { id: string, version: number, accountId: string, estateId: string, year: number, quarter: number, status: AccountPeriodStatus, closedById: string | null, closedByMemberId: string | null, countersignedById: string | null, publishedAt: string | null, availableActions: Array<AccountPeriodAction> };

export type StatementFieldsFragment = { periodId: string, estateName: string, year: number, quarter: number, from: string, to: string, opening: string, income: string, spending: string, closing: string, incomeByCategory: Array<{ category: string, amount: string }>, spendingByCategory: Array<{ category: string, amount: string }> };

export type OpenCommitteeAccountMutationVariables = Exact<{
  input: OpenCommitteeAccountInput;
}>;


export type OpenCommitteeAccountMutation = { openCommitteeAccount: { id: string, version: number, estateId: string, spendingLimit: string } };

export type GetCommitteeAccountQueryVariables = Exact<{
  id: string | number;
}>;


export type GetCommitteeAccountQuery = { committeeAccount: { id: string, version: number, estateId: string, spendingLimit: string, statementDueDays: number, pendingTerms: { id: string, version: number, spendingLimit: string, statementDueDays: number, status: ProposalStatus, proposedById: string, availableActions: Array<ProposalAction>, confirmRefusal: string | null } | null } };

export type CommitteeAccountTermsProposalsQueryVariables = Exact<{
  id: string | number;
}>;


export type CommitteeAccountTermsProposalsQuery = { committeeAccount: { id: string, termsProposals: Array<{ id: string, version: number, spendingLimit: string, statementDueDays: number, status: ProposalStatus, proposedById: string, decidedById: string | null, decidedAt: string | null, decisionNote: string | null }> } };

export type DecideCommitteeAccountTermsMutationVariables = Exact<{
  id: string | number;
  version: number;
  action: ProposalAction;
  note?: string | null | undefined;
}>;


export type DecideCommitteeAccountTermsMutation = { decideCommitteeAccountTerms: { id: string, version: number, status: ProposalStatus, decidedById: string | null, decidedAt: string | null, spendingLimit: string, statementDueDays: number, availableActions: Array<ProposalAction> } };

export type RepairFundProposalsQueryVariables = Exact<{
  id: string | number;
}>;


export type RepairFundProposalsQuery = { repairFund: { id: string, version: number, balance: string, pendingTerms: { id: string, version: number, fromMonth: string, feeRate: string, setAsidePercent: string, status: ProposalStatus, proposedById: string, availableActions: Array<ProposalAction> } | null, pendingCorrection: { id: string, version: number, accrualId: string, amount: string, reason: string, status: ProposalStatus, proposedById: string, availableActions: Array<ProposalAction> } | null, corrections: Array<{ id: string, accrualId: string, amount: string, proposalId: string | null }>, terms: Array<{ fromMonth: string, feeRate: string, setAsidePercent: string }> } };

export type PostRepairFundCorrectionMutationVariables = Exact<{
  fundId: string | number;
  input: RepairFundCorrectionInput;
}>;


export type PostRepairFundCorrectionMutation = { postRepairFundCorrection:
    | { __typename: 'RepairFundCorrection', id: string, accrualId: string, postedOn: string, amount: string }
    | { __typename: 'RepairFundCorrectionProposal', id: string, version: number, accrualId: string, amount: string, status: ProposalStatus }
   };

export type DecideRepairFundCorrectionMutationVariables = Exact<{
  id: string | number;
  version: number;
  action: ProposalAction;
  note?: string | null | undefined;
}>;


export type DecideRepairFundCorrectionMutation = { decideRepairFundCorrection: { id: string, version: number, status: ProposalStatus, decidedById: string | null } };

export type DecideRepairFundTermsMutationVariables = Exact<{
  id: string | number;
  version: number;
  action: ProposalAction;
  note?: string | null | undefined;
}>;


export type DecideRepairFundTermsMutation = { decideRepairFundTerms: { id: string, version: number, status: ProposalStatus, decidedById: string | null } };

export type SetCommitteeSpendingLimitMutationVariables = Exact<{
  id: string | number;
  version: number;
  spendingLimit: string;
}>;


export type SetCommitteeSpendingLimitMutation = { setCommitteeSpendingLimit: { id: string, version: number, spendingLimit: string, statementDueDays: number, pendingTerms: { id: string, version: number, spendingLimit: string, statementDueDays: number } | null } };

export type SetCommitteeAccountTermsMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: CommitteeAccountTermsInput;
}>;


export type SetCommitteeAccountTermsMutation = { setCommitteeAccountTerms: { id: string, version: number, spendingLimit: string, statementDueDays: number, pendingTerms: { id: string, version: number, spendingLimit: string, statementDueDays: number } | null } };

export type AddAccountEntryMutationVariables = Exact<{
  input: AccountEntryInput;
}>;


export type AddAccountEntryMutation = { addAccountEntry: { id: string, version: number, periodId: string, direction: EntryDirection, category: string, amount: string, occurredOn: string, signOffRequired: boolean, signedOffById: string | null, correctsEntryId: string | null, enteredBy: string } };

export type SignOffAccountEntryMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type SignOffAccountEntryMutation = { signOffAccountEntry: { id: string, version: number, signedOffById: string | null } };

export type RefuseAccountEntrySignOffMutationVariables = Exact<{
  id: string | number;
  version: number;
  note: string;
}>;


export type RefuseAccountEntrySignOffMutation = { refuseAccountEntrySignOff: { id: string, version: number, signOffRequired: boolean, signedOffById: string | null, signOffRefusedById: string | null, signOffRefusedAt: string | null, signOffRefusalNote: string | null } };

export type AddAccountVoucherMutationVariables = Exact<{
  entryId: string | number;
  input: VoucherInput;
}>;


export type AddAccountVoucherMutation = { addAccountVoucher: { id: string, fileName: string, contentType: string, sizeBytes: number, sha256: string } };

export type AccountVoucherContentQueryVariables = Exact<{
  id: string | number;
}>;


export type AccountVoucherContentQuery = { accountVoucherContent: string };

export type MoveAccountPeriodMutationVariables = Exact<{
  id: string | number;
  version: number;
  action: AccountPeriodAction;
  memberId?: string | number | null | undefined;
}>;


export type MoveAccountPeriodMutation = { moveAccountPeriod: { id: string, version: number, accountId: string, estateId: string, year: number, quarter: number, status: AccountPeriodStatus, closedById: string | null, closedByMemberId: string | null, countersignedById: string | null, publishedAt: string | null, availableActions: Array<AccountPeriodAction> } };

export type GetAccountPeriodQueryVariables = Exact<{
  id: string | number;
}>;


export type GetAccountPeriodQuery = { accountPeriod: { id: string, version: number, accountId: string, estateId: string, year: number, quarter: number, status: AccountPeriodStatus, closedById: string | null, closedByMemberId: string | null, countersignedById: string | null, publishedAt: string | null, availableActions: Array<AccountPeriodAction>, statement: { periodId: string, estateName: string, year: number, quarter: number, from: string, to: string, opening: string, income: string, spending: string, closing: string, incomeByCategory: Array<{ category: string, amount: string }>, spendingByCategory: Array<{ category: string, amount: string }> } } };

export type ListAccountPeriodsQueryVariables = Exact<{
  options?: AccountPeriodListOptions | null | undefined;
}>;


export type ListAccountPeriodsQuery = { accountPeriods: { totalItems: number, items: Array<{ id: string, version: number, accountId: string, estateId: string, year: number, quarter: number, status: AccountPeriodStatus, closedById: string | null, closedByMemberId: string | null, countersignedById: string | null, publishedAt: string | null, availableActions: Array<AccountPeriodAction> }> } };

export type ListAccountEntriesQueryVariables = Exact<{
  options?: AccountEntryListOptions | null | undefined;
}>;


export type ListAccountEntriesQuery = { accountEntries: { totalItems: number, items: Array<{ id: string, amount: string, category: string, periodId: string }> } };

export type PublishedAccountStatementQueryVariables = Exact<{
  periodId: string | number;
}>;


export type PublishedAccountStatementQuery = { publishedAccountStatement: { periodId: string, estateName: string, year: number, quarter: number, from: string, to: string, opening: string, income: string, spending: string, closing: string, publishedAt: string | null, incomeByCategory: Array<{ category: string, amount: string }>, spendingByCategory: Array<{ category: string, amount: string }> } };

export type ResolutionVotersQueryVariables = Exact<{
  id: string | number;
  skip: number;
  take: number;
}>;


export type ResolutionVotersQuery = { resolution: { id: string, version: number, phase: ResolutionPhase, voters: { totalItems: number, items: Array<{ ownerId: string | null, personKey: string }> } } };

export type CommitteeAccountPendingTermsQueryVariables = Exact<{
  id: string | number;
}>;


export type CommitteeAccountPendingTermsQuery = { committeeAccount: { id: string, version: number, spendingLimit: string, statementDueDays: number, pendingTerms: { id: string, version: number, spendingLimit: string, statementDueDays: number, status: ProposalStatus } | null } };

export type RepairFundPendingTermsQueryVariables = Exact<{
  id: string | number;
}>;


export type RepairFundPendingTermsQuery = { repairFund: { id: string, version: number, balance: string, terms: Array<{ fromMonth: string }>, pendingTerms: { id: string, version: number, fromMonth: string, feeRate: string, setAsidePercent: string, status: ProposalStatus, proposedById: string, availableActions: Array<ProposalAction> } | null } };

export type PartyOrgFieldsFragment = { id: string, version: number, name: string, kind: PartyOrganisationKind, firmId: string | null, estateId: string | null, memberCount: number, establishedOn: string, estate: { name: string } | null, firm: { name: string } | null };

export type CreatePartyOrganisationMutationVariables = Exact<{
  input: PartyOrganisationInput;
}>;


export type CreatePartyOrganisationMutation = { createPartyOrganisation: { id: string, version: number, name: string, kind: PartyOrganisationKind, firmId: string | null, estateId: string | null, memberCount: number, establishedOn: string, estate: { name: string } | null, firm: { name: string } | null } };

export type UpdatePartyOrganisationMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: PartyOrganisationInput;
}>;


export type UpdatePartyOrganisationMutation = { updatePartyOrganisation: { id: string, version: number, name: string, kind: PartyOrganisationKind, firmId: string | null, estateId: string | null, memberCount: number, establishedOn: string, estate: { name: string } | null, firm: { name: string } | null } };

export type ListPartyOrganisationsQueryVariables = Exact<{
  options?: PartyOrganisationListOptions | null | undefined;
}>;


export type ListPartyOrganisationsQuery = { partyOrganisations: { totalItems: number, items: Array<{ id: string, version: number, name: string, kind: PartyOrganisationKind, firmId: string | null, estateId: string | null, memberCount: number, establishedOn: string, estate: { name: string } | null, firm: { name: string } | null }> } };

export type FirmFieldsFragment = { id: string, version: number, name: string, creditCode: string, contactPhone: string, districtId: string, status: FirmStatus, filingStatus: FilingStatus, filingNumber: string | null, submittedById: string | null, decidedById: string | null, returnReason: ReturnReason | null, returnNote: string | null, revokeReason: RevokeReason | null, availableActions: Array<FilingAction> };

export type ProjectFieldsFragment = { id: string, version: number, name: string, estateId: string, firmId: string, contractStart: string, contractEnd: string, residentialFee: string, managerPhone: string, filingStatus: FilingStatus, filingNumber: string | null, submittedById: string | null, decidedById: string | null, availableActions: Array<FilingAction> };

export type CreateFirmMutationVariables = Exact<{
  input: FirmInput;
}>;


export type CreateFirmMutation = { createFirm: { id: string, version: number, name: string, creditCode: string, contactPhone: string, districtId: string, status: FirmStatus, filingStatus: FilingStatus, filingNumber: string | null, submittedById: string | null, decidedById: string | null, returnReason: ReturnReason | null, returnNote: string | null, revokeReason: RevokeReason | null, availableActions: Array<FilingAction> } };

export type UpdateFirmMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: FirmInput;
}>;


export type UpdateFirmMutation = { updateFirm: { id: string, version: number, name: string, creditCode: string, contactPhone: string, districtId: string, status: FirmStatus, filingStatus: FilingStatus, filingNumber: string | null, submittedById: string | null, decidedById: string | null, returnReason: ReturnReason | null, returnNote: string | null, revokeReason: RevokeReason | null, availableActions: Array<FilingAction> } };

export type SubmitFirmMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type SubmitFirmMutation = { submitFirm: { id: string, version: number, name: string, creditCode: string, contactPhone: string, districtId: string, status: FirmStatus, filingStatus: FilingStatus, filingNumber: string | null, submittedById: string | null, decidedById: string | null, returnReason: ReturnReason | null, returnNote: string | null, revokeReason: RevokeReason | null, availableActions: Array<FilingAction> } };

export type ApproveFirmMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type ApproveFirmMutation = { approveFirm: { id: string, version: number, name: string, creditCode: string, contactPhone: string, districtId: string, status: FirmStatus, filingStatus: FilingStatus, filingNumber: string | null, submittedById: string | null, decidedById: string | null, returnReason: ReturnReason | null, returnNote: string | null, revokeReason: RevokeReason | null, availableActions: Array<FilingAction> } };

export type ReturnFirmMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: ReturnReason;
  note?: string | null | undefined;
}>;


export type ReturnFirmMutation = { returnFirm: { id: string, version: number, name: string, creditCode: string, contactPhone: string, districtId: string, status: FirmStatus, filingStatus: FilingStatus, filingNumber: string | null, submittedById: string | null, decidedById: string | null, returnReason: ReturnReason | null, returnNote: string | null, revokeReason: RevokeReason | null, availableActions: Array<FilingAction> } };

export type RevokeFirmMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: RevokeReason;
  note?: string | null | undefined;
}>;


export type RevokeFirmMutation = { revokeFirm: { id: string, version: number, name: string, creditCode: string, contactPhone: string, districtId: string, status: FirmStatus, filingStatus: FilingStatus, filingNumber: string | null, submittedById: string | null, decidedById: string | null, returnReason: ReturnReason | null, returnNote: string | null, revokeReason: RevokeReason | null, availableActions: Array<FilingAction> } };

export type GetFirmQueryVariables = Exact<{
  id: string | number;
}>;


export type GetFirmQuery = { firm: { id: string, version: number, name: string, creditCode: string, contactPhone: string, districtId: string, status: FirmStatus, filingStatus: FilingStatus, filingNumber: string | null, submittedById: string | null, decidedById: string | null, returnReason: ReturnReason | null, returnNote: string | null, revokeReason: RevokeReason | null, availableActions: Array<FilingAction> } };

export type ListFirmsQueryVariables = Exact<{
  options?: FirmListOptions | null | undefined;
}>;


export type ListFirmsQuery = { firms: { totalItems: number, nextCursor: string | null, items: Array<{ id: string, version: number, name: string, creditCode: string, contactPhone: string, districtId: string, status: FirmStatus, filingStatus: FilingStatus, filingNumber: string | null, submittedById: string | null, decidedById: string | null, returnReason: ReturnReason | null, returnNote: string | null, revokeReason: RevokeReason | null, availableActions: Array<FilingAction> }> } };

export type ListFirmIdsQueryVariables = Exact<{
  options?: FirmListOptions | null | undefined;
}>;


export type ListFirmIdsQuery = { firms: { nextCursor: string | null, items: Array<{ id: string, name: string, updatedAt: string }> } };

export type CreateProjectMutationVariables = Exact<{
  input: ProjectInput;
}>;


export type CreateProjectMutation = { createProject: { id: string, version: number, name: string, estateId: string, firmId: string, contractStart: string, contractEnd: string, residentialFee: string, managerPhone: string, filingStatus: FilingStatus, filingNumber: string | null, submittedById: string | null, decidedById: string | null, availableActions: Array<FilingAction> } };

export type SubmitProjectMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type SubmitProjectMutation = { submitProject: { id: string, version: number, name: string, estateId: string, firmId: string, contractStart: string, contractEnd: string, residentialFee: string, managerPhone: string, filingStatus: FilingStatus, filingNumber: string | null, submittedById: string | null, decidedById: string | null, availableActions: Array<FilingAction> } };

export type ApproveProjectMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type ApproveProjectMutation = { approveProject: { id: string, version: number, name: string, estateId: string, firmId: string, contractStart: string, contractEnd: string, residentialFee: string, managerPhone: string, filingStatus: FilingStatus, filingNumber: string | null, submittedById: string | null, decidedById: string | null, availableActions: Array<FilingAction> } };

export type GetProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type GetProjectQuery = { project: { id: string, version: number, name: string, estateId: string, firmId: string, contractStart: string, contractEnd: string, residentialFee: string, managerPhone: string, filingStatus: FilingStatus, filingNumber: string | null, submittedById: string | null, decidedById: string | null, availableActions: Array<FilingAction> } };

export type ProjectOverlapWarningQueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectOverlapWarningQuery = { project: { id: string, overlapsApproved: { id: string, name: string, filingNumber: string | null } | null } };

export type NestedProjectsQueryVariables = Exact<{
  take: number;
}>;


export type NestedProjectsQuery = { projects: { totalItems: number, items: Array<{ id: string, name: string, contractStart: string, contractEnd: string, firm: { id: string, name: string, creditCode: string, status: FirmStatus }, estate: { id: string, name: string, households: number, community: { name: string }, subdistrict: { name: string }, district: { code: string, name: string } } }> } };

export type AuditQueryVariables = Exact<{
  options?: AuditEventListOptions | null | undefined;
}>;


export type AuditQuery = { auditEvents: { totalItems: number, items: Array<{ id: string, action: string, actorId: string | null, actorName: string, entityType: string, entityId: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null }> } };

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, user: { id: string, username: string, role: Role } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, username: string, displayName: string, role: Role } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type CreateApiTokenMutationVariables = Exact<{
  input: ApiTokenInput;
}>;


export type CreateApiTokenMutation = { createApiToken: { token: string, apiToken: { id: string, name: string, scopes: Array<Scope>, expiresAt: string, revokedAt: string | null } } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { id: string, revokedAt: string | null } };

export type CreateUserMutationVariables = Exact<{
  input: UserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, version: number, username: string, role: Role, active: boolean } };

export type UpdateUserMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: UserUpdateInput;
}>;


export type UpdateUserMutation = { updateUser: { id: string, version: number, role: Role, active: boolean } };

export type DashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardQuery = { dashboard: { waitingTotal: number, firms: { approved: number, target: number, submitted: number, total: number }, projects: { approved: number, target: number, submitted: number, total: number }, committees: { approved: number, target: number, submitted: number, total: number }, waiting: Array<{ kind: FilingKindName, id: string, name: string, submittedAt: string, waitingDays: number }>, byDistrict: Array<{ districtId: string, code: string, name: string, firms: number, projects: number, committees: number }>, elections: { overdueFilingsTotal: number, byPhase: Array<{ phase: ElectionPhase, count: number }>, overdueFilings: Array<{ id: string, committeeId: string, estateName: string, dueOn: string, dueOnProvisional: boolean, daysOverdue: number }> } | null, statements: { books: number, overdue: number, unpublished: number, late: Array<{ accountId: string, estateId: string, estateName: string, lag: StatementLag, year: number, quarter: number, dueOn: string, quarters: number }> } | null, demonstrations: { city: number, cityTarget: number, provincial: number, provincialTarget: number } } };

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
}>;


export type RunImportMutation = { runImport: { kind: ImportKind, estateId: string | null, mode: ImportMode | null, format: string, encoding: string | null, committed: boolean, totalRows: number, valid: number, invalid: number, duplicates: number, created: number, updated: number, skipped: number, removed: number, rows: Array<{ row: number, status: ImportRowStatus, label: string | null, recordId: string | null, duplicateOfRow: number | null, changes: Array<string>, fieldErrors: Array<{ field: string, column: string | null, rule: string, message: string, given: string | null, allowed: Array<string> | null, expected: string | null, args: Record<string, unknown> | null }> }>, openVotes: Array<{ kind: string, id: string, phase: string }> } };

export type RunImportTrackedMutationVariables = Exact<{
  kind: ImportKind;
  file: ImportFileInput;
  mode: ImportMode;
  progressKey?: string | null | undefined;
}>;


export type RunImportTrackedMutation = { runImport: { committed: boolean, totalRows: number, created: number, invalid: number, skipped: number, rows: Array<{ row: number, status: ImportRowStatus, recordId: string | null }>, errorFile: { name: string, contentType: string, contentBase64: string } | null } };

export type ImportProgressOfQueryVariables = Exact<{
  key: string;
}>;


export type ImportProgressOfQuery = { importProgress: { phase: ImportPhase, done: number, total: number } | null };

export type HolidayCalendarQueryVariables = Exact<{
  year: number;
}>;


export type HolidayCalendarQuery = { holidayCalendar: { year: number, decree: string, noticeEntered: boolean, notice: { year: number, document: string } | null, statutoryHolidays: Array<{ date: string, festival: Festival }>, days: Array<{ date: string, dayOff: boolean, reason: DayReason, festivals: Array<Festival>, note: string | null, missingNotices: Array<number> }> } };

export type HolidayNoticesQueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type HolidayNoticesQuery = { holidayNotices: Array<{ year: number, document: string, enteredAt: string, enteredById: string | null, days: Array<{ date: string, kind: NoticeDayKind, note: string }> }> };

export type SetHolidayNoticeMutationVariables = Exact<{
  year: number;
  document: string;
  days: Array<HolidayNoticeDayInput> | HolidayNoticeDayInput;
}>;


export type SetHolidayNoticeMutation = { setHolidayNotice: { recomputedFilings: number, notice: { year: number, document: string, enteredById: string | null, days: Array<{ date: string, kind: NoticeDayKind, note: string }> } } };

export type UserJurisdictionQueryVariables = Exact<{
  id: string | number;
}>;


export type UserJurisdictionQuery = { user: { id: string, version: number, role: Role, jurisdiction: Array<{ id: string, name: string }> } };

export type SetJurisdictionMutationVariables = Exact<{
  userId: string | number;
  version: number;
  subdistrictIds: Array<string | number> | string | number;
}>;


export type SetJurisdictionMutation = { setOfficerJurisdiction: { id: string, version: number, jurisdiction: Array<{ id: string, name: string }> } };

export type UpdateUserJurisdictionMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: UserUpdateInput;
}>;


export type UpdateUserJurisdictionMutation = { updateUser: { id: string, version: number, role: Role, jurisdiction: Array<{ id: string }> } };

export type ChecklistDraftFieldsFragment = { id: string, version: number, title: string, source: string, publishedVersionId: string | null, lastEditedById: string | null, availableActions: Array<ChecklistDraftAction>, items: Array<{ key: string, kind: CheckKind, titleZh: string, titleEn: string, suggestedReviewers: Array<ReviewingBody> }> };

export type ChecklistDraftsQueryVariables = Exact<{ [key: string]: never; }>;


export type ChecklistDraftsQuery = { checklistDrafts: Array<{ id: string, version: number, title: string, source: string, publishedVersionId: string | null, lastEditedById: string | null, availableActions: Array<ChecklistDraftAction>, items: Array<{ key: string, kind: CheckKind, titleZh: string, titleEn: string, suggestedReviewers: Array<ReviewingBody> }> }> };

export type CreateChecklistDraftMutationVariables = Exact<{
  input: ChecklistInput;
}>;


export type CreateChecklistDraftMutation = { createChecklistDraft: { id: string, version: number, title: string, source: string, publishedVersionId: string | null, lastEditedById: string | null, availableActions: Array<ChecklistDraftAction>, items: Array<{ key: string, kind: CheckKind, titleZh: string, titleEn: string, suggestedReviewers: Array<ReviewingBody> }> } };

export type UpdateChecklistDraftMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: ChecklistInput;
}>;


export type UpdateChecklistDraftMutation = { updateChecklistDraft: { id: string, version: number, title: string, source: string, publishedVersionId: string | null, lastEditedById: string | null, availableActions: Array<ChecklistDraftAction>, items: Array<{ key: string, kind: CheckKind, titleZh: string, titleEn: string, suggestedReviewers: Array<ReviewingBody> }> } };

export type PublishChecklistDraftMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type PublishChecklistDraftMutation = { publishChecklistDraft: { id: string, version: number, title: string, source: string, items: Array<{ key: string }> } };

export type CurrentChecklistQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentChecklistQuery = { currentChecklist: { id: string, version: number, title: string, items: Array<{ key: string }> } };

export type AuditAtQueryVariables = Exact<{
  options?: AuditEventListOptions | null | undefined;
}>;


export type AuditAtQuery = { auditEvents: { totalItems: number, items: Array<{ id: string, at: string, action: string, entityId: string }> } };

export type MeetingFieldsFragment = { id: string, version: number, estateId: string, heldOn: string, summary: string, overdue: boolean, overdueFollowUps: number, issuesRaised: number, issuesResolved: number, absentParties: Array<MeetingParty>, updatedAt: string, estate: { name: string } | null, participants: Array<{ party: MeetingParty, name: string, role: string | null }>, issues: Array<{ id: string, version: number, description: string, raisedBy: MeetingParty, status: MeetingIssueStatus, resolutionNote: string | null, resolvedOn: string | null }>, followUps: Array<{ id: string, version: number, task: string, ownerParty: MeetingParty, ownerName: string, dueOn: string, doneOn: string | null, doneNote: string | null, overdue: boolean }> };

export type CreateFivePartyMeetingMutationVariables = Exact<{
  input: FivePartyMeetingInput;
}>;


export type CreateFivePartyMeetingMutation = { createFivePartyMeeting: { id: string, version: number, estateId: string, heldOn: string, summary: string, overdue: boolean, overdueFollowUps: number, issuesRaised: number, issuesResolved: number, absentParties: Array<MeetingParty>, updatedAt: string, estate: { name: string } | null, participants: Array<{ party: MeetingParty, name: string, role: string | null }>, issues: Array<{ id: string, version: number, description: string, raisedBy: MeetingParty, status: MeetingIssueStatus, resolutionNote: string | null, resolvedOn: string | null }>, followUps: Array<{ id: string, version: number, task: string, ownerParty: MeetingParty, ownerName: string, dueOn: string, doneOn: string | null, doneNote: string | null, overdue: boolean }> } };

export type UpdateFivePartyMeetingMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: FivePartyMeetingUpdateInput;
}>;


export type UpdateFivePartyMeetingMutation = { updateFivePartyMeeting: { id: string, version: number, estateId: string, heldOn: string, summary: string, overdue: boolean, overdueFollowUps: number, issuesRaised: number, issuesResolved: number, absentParties: Array<MeetingParty>, updatedAt: string, estate: { name: string } | null, participants: Array<{ party: MeetingParty, name: string, role: string | null }>, issues: Array<{ id: string, version: number, description: string, raisedBy: MeetingParty, status: MeetingIssueStatus, resolutionNote: string | null, resolvedOn: string | null }>, followUps: Array<{ id: string, version: number, task: string, ownerParty: MeetingParty, ownerName: string, dueOn: string, doneOn: string | null, doneNote: string | null, overdue: boolean }> } };

export type ResolveMeetingIssueMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: ResolveMeetingIssueInput;
}>;


export type ResolveMeetingIssueMutation = { resolveMeetingIssue: { id: string, version: number, status: MeetingIssueStatus, resolvedOn: string | null, resolutionNote: string | null } };

export type CompleteMeetingFollowUpMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: CompleteMeetingFollowUpInput;
}>;


export type CompleteMeetingFollowUpMutation = { completeMeetingFollowUp: { id: string, version: number, doneOn: string | null, doneNote: string | null, overdue: boolean } };

export type GetFivePartyMeetingQueryVariables = Exact<{
  id: string | number;
}>;


export type GetFivePartyMeetingQuery = { fivePartyMeeting: { id: string, version: number, estateId: string, heldOn: string, summary: string, overdue: boolean, overdueFollowUps: number, issuesRaised: number, issuesResolved: number, absentParties: Array<MeetingParty>, updatedAt: string, estate: { name: string } | null, participants: Array<{ party: MeetingParty, name: string, role: string | null }>, issues: Array<{ id: string, version: number, description: string, raisedBy: MeetingParty, status: MeetingIssueStatus, resolutionNote: string | null, resolvedOn: string | null }>, followUps: Array<{ id: string, version: number, task: string, ownerParty: MeetingParty, ownerName: string, dueOn: string, doneOn: string | null, doneNote: string | null, overdue: boolean }> } };

export type ListFivePartyMeetingsQueryVariables = Exact<{
  options?: FivePartyMeetingListOptions | null | undefined;
}>;


export type ListFivePartyMeetingsQuery = { fivePartyMeetings: { totalItems: number, nextCursor: string | null, items: Array<{ id: string, estateId: string, heldOn: string, overdue: boolean, overdueFollowUps: number }> } };

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
export const AssessmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment AssessmentFields on Assessment {
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
  assessorId
  reviewerId
  returnNote
  availableActions
  items {
    key
    maxScore
    score
    note
    adjustedScore
    adjustReason
    finalScore
  }
}
    `, {"fragmentName":"AssessmentFields"}) as unknown as TypedDocumentString<AssessmentFieldsFragment, unknown>;
export const RedBlackListFieldsFragmentDoc = new TypedDocumentString(`
    fragment RedBlackListFields on RedBlackList {
  quarter
  schemeEdition
  publishedAt
  sha256
  canonicalJson
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
    `, {"fragmentName":"RedBlackListFields"}) as unknown as TypedDocumentString<RedBlackListFieldsFragment, unknown>;
export const CampaignFieldsFragmentDoc = new TypedDocumentString(`
    fragment CampaignFields on Campaign {
  id
  version
  name
  year
  startsOn
  endsOn
  status
  description
  measures {
    id
    code
    labelZh
    labelEn
    unit
    kind
    bound
  }
}
    `, {"fragmentName":"CampaignFields"}) as unknown as TypedDocumentString<CampaignFieldsFragment, unknown>;
export const CampaignReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment CampaignReportFields on CampaignReport {
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
  quantities {
    measure {
      code
    }
    quantity
  }
}
    `, {"fragmentName":"CampaignReportFields"}) as unknown as TypedDocumentString<CampaignReportFieldsFragment, unknown>;
export const ElectionFieldsFragmentDoc = new TypedDocumentString(`
    fragment ElectionFields on Election {
  id
  version
  title
  kind
  seats
  phase
  deemedVotes
  committeeId
  estateId
  availableActions
  phases {
    phase
    startsOn
    endsOn
    enteredAt
  }
  candidates {
    id
    version
    decision
    withdrawn
    partyMember
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
    `, {"fragmentName":"ElectionFields"}) as unknown as TypedDocumentString<ElectionFieldsFragment, unknown>;
export const FundFieldsFragmentDoc = new TypedDocumentString(`
    fragment FundFields on RepairFund {
  id
  version
  projectId
  estateId
  openedMonth
  balance
  terms {
    fromMonth
    feeRate
    setAsidePercent
    resolutionId
  }
}
    `, {"fragmentName":"FundFields"}) as unknown as TypedDocumentString<FundFieldsFragment, unknown>;
export const PeriodFieldsFragmentDoc = new TypedDocumentString(`
    fragment PeriodFields on AccountPeriod {
  id
  version
  accountId
  estateId
  year
  quarter
  status
  closedById
  closedByMemberId
  countersignedById
  publishedAt
  availableActions
}
    `, {"fragmentName":"PeriodFields"}) as unknown as TypedDocumentString<PeriodFieldsFragment, unknown>;
export const StatementFieldsFragmentDoc = new TypedDocumentString(`
    fragment StatementFields on AccountStatement {
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
  incomeByCategory {
    category
    amount
  }
  spendingByCategory {
    category
    amount
  }
}
    `, {"fragmentName":"StatementFields"}) as unknown as TypedDocumentString<StatementFieldsFragment, unknown>;
export const PartyOrgFieldsFragmentDoc = new TypedDocumentString(`
    fragment PartyOrgFields on PartyOrganisation {
  id
  version
  name
  kind
  firmId
  estateId
  memberCount
  establishedOn
  estate {
    name
  }
  firm {
    name
  }
}
    `, {"fragmentName":"PartyOrgFields"}) as unknown as TypedDocumentString<PartyOrgFieldsFragment, unknown>;
export const FirmFieldsFragmentDoc = new TypedDocumentString(`
    fragment FirmFields on Firm {
  id
  version
  name
  creditCode
  contactPhone
  districtId
  status
  filingStatus
  filingNumber
  submittedById
  decidedById
  returnReason
  returnNote
  revokeReason
  availableActions
}
    `, {"fragmentName":"FirmFields"}) as unknown as TypedDocumentString<FirmFieldsFragment, unknown>;
export const ProjectFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProjectFields on Project {
  id
  version
  name
  estateId
  firmId
  contractStart
  contractEnd
  residentialFee
  managerPhone
  filingStatus
  filingNumber
  submittedById
  decidedById
  availableActions
}
    `, {"fragmentName":"ProjectFields"}) as unknown as TypedDocumentString<ProjectFieldsFragment, unknown>;
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
export const ChecklistDraftFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChecklistDraftFields on ChecklistDraft {
  id
  version
  title
  source
  publishedVersionId
  lastEditedById
  availableActions
  items {
    key
    kind
    titleZh
    titleEn
    suggestedReviewers
  }
}
    `, {"fragmentName":"ChecklistDraftFields"}) as unknown as TypedDocumentString<ChecklistDraftFieldsFragment, unknown>;
export const MeetingFieldsFragmentDoc = new TypedDocumentString(`
    fragment MeetingFields on FivePartyMeeting {
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
  estate {
    name
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
    doneOn
    doneNote
    overdue
  }
}
    `, {"fragmentName":"MeetingFields"}) as unknown as TypedDocumentString<MeetingFieldsFragment, unknown>;
export const AssessmentsDocument = new TypedDocumentString(`
    query Assessments($options: AssessmentListOptions) {
  assessments(options: $options) {
    totalItems
    items {
      id
      projectId
      quarter
      category
      state
      project {
        contractStart
        contractEnd
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AssessmentsQuery, AssessmentsQueryVariables>;
export const AssessmentDocument = new TypedDocumentString(`
    query Assessment($id: ID!) {
  assessment(id: $id) {
    ...AssessmentFields
  }
}
    fragment AssessmentFields on Assessment {
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
  assessorId
  reviewerId
  returnNote
  availableActions
  items {
    key
    maxScore
    score
    note
    adjustedScore
    adjustReason
    finalScore
  }
}`) as unknown as TypedDocumentString<AssessmentQuery, AssessmentQueryVariables>;
export const CreateAssessmentDocument = new TypedDocumentString(`
    mutation CreateAssessment($input: AssessmentInput!) {
  createAssessment(input: $input) {
    ...AssessmentFields
  }
}
    fragment AssessmentFields on Assessment {
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
  assessorId
  reviewerId
  returnNote
  availableActions
  items {
    key
    maxScore
    score
    note
    adjustedScore
    adjustReason
    finalScore
  }
}`) as unknown as TypedDocumentString<CreateAssessmentMutation, CreateAssessmentMutationVariables>;
export const ScoreAssessmentDocument = new TypedDocumentString(`
    mutation ScoreAssessment($id: ID!, $version: Int!, $scores: [ItemScoreInput!]!) {
  scoreAssessment(id: $id, version: $version, scores: $scores) {
    ...AssessmentFields
  }
}
    fragment AssessmentFields on Assessment {
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
  assessorId
  reviewerId
  returnNote
  availableActions
  items {
    key
    maxScore
    score
    note
    adjustedScore
    adjustReason
    finalScore
  }
}`) as unknown as TypedDocumentString<ScoreAssessmentMutation, ScoreAssessmentMutationVariables>;
export const SubmitAssessmentDocument = new TypedDocumentString(`
    mutation SubmitAssessment($id: ID!, $version: Int!) {
  submitAssessment(id: $id, version: $version) {
    ...AssessmentFields
  }
}
    fragment AssessmentFields on Assessment {
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
  assessorId
  reviewerId
  returnNote
  availableActions
  items {
    key
    maxScore
    score
    note
    adjustedScore
    adjustReason
    finalScore
  }
}`) as unknown as TypedDocumentString<SubmitAssessmentMutation, SubmitAssessmentMutationVariables>;
export const ReturnAssessmentDocument = new TypedDocumentString(`
    mutation ReturnAssessment($id: ID!, $version: Int!, $note: String!) {
  returnAssessment(id: $id, version: $version, note: $note) {
    ...AssessmentFields
  }
}
    fragment AssessmentFields on Assessment {
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
  assessorId
  reviewerId
  returnNote
  availableActions
  items {
    key
    maxScore
    score
    note
    adjustedScore
    adjustReason
    finalScore
  }
}`) as unknown as TypedDocumentString<ReturnAssessmentMutation, ReturnAssessmentMutationVariables>;
export const ReviewAssessmentDocument = new TypedDocumentString(`
    mutation ReviewAssessment($id: ID!, $version: Int!, $adjustments: [ItemAdjustmentInput!]!) {
  reviewAssessment(id: $id, version: $version, adjustments: $adjustments) {
    ...AssessmentFields
  }
}
    fragment AssessmentFields on Assessment {
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
  assessorId
  reviewerId
  returnNote
  availableActions
  items {
    key
    maxScore
    score
    note
    adjustedScore
    adjustReason
    finalScore
  }
}`) as unknown as TypedDocumentString<ReviewAssessmentMutation, ReviewAssessmentMutationVariables>;
export const RedBlackListDocument = new TypedDocumentString(`
    query RedBlackList($quarter: String!) {
  redBlackList(quarter: $quarter) {
    ...RedBlackListFields
  }
}
    fragment RedBlackListFields on RedBlackList {
  quarter
  schemeEdition
  publishedAt
  sha256
  canonicalJson
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
}`) as unknown as TypedDocumentString<RedBlackListQuery, RedBlackListQueryVariables>;
export const RedBlackListsDocument = new TypedDocumentString(`
    query RedBlackLists($options: RedBlackListListOptions) {
  redBlackLists(options: $options) {
    totalItems
    nextCursor
    items {
      quarter
      sha256
      sealVerified
      entries {
        place
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RedBlackListsQuery, RedBlackListsQueryVariables>;
export const RedBlackListPagesDocument = new TypedDocumentString(`
    query RedBlackListPages($options: RedBlackListListOptions, $place: RedBlackPlace, $skip: Int, $take: Int) {
  redBlackLists(options: $options) {
    totalItems
    nextCursor
    items {
      quarter
      categories {
        category
        redPlaces
        blackPlaces
      }
      entries(place: $place, skip: $skip, take: $take) {
        place
        category
        rank
        projectName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RedBlackListPagesQuery, RedBlackListPagesQueryVariables>;
export const PublishRedBlackListDocument = new TypedDocumentString(`
    mutation PublishRedBlackList($quarter: String!) {
  publishRedBlackList(quarter: $quarter) {
    ...RedBlackListFields
  }
}
    fragment RedBlackListFields on RedBlackList {
  quarter
  schemeEdition
  publishedAt
  sha256
  canonicalJson
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
}`) as unknown as TypedDocumentString<PublishRedBlackListMutation, PublishRedBlackListMutationVariables>;
export const QuarterRankingDocument = new TypedDocumentString(`
    query QuarterRanking($quarter: String!) {
  quarterRanking(quarter: $quarter) {
    quarter
    published
    availableActions
    waitingForReview
    waitingForResubmission
    reviewedByYou
    categories {
      category
      ranked
      unranked
    }
    ranked {
      projectId
      rank
      place
      total
    }
    unranked {
      projectId
      state
    }
  }
}
    `) as unknown as TypedDocumentString<QuarterRankingQuery, QuarterRankingQueryVariables>;
export const FirmsWithPlacementsDocument = new TypedDocumentString(`
    query FirmsWithPlacements($options: FirmListOptions) {
  firms(options: $options) {
    items {
      id
      name
      redBlackPlacements {
        quarter
        place
        category
        rank
        total
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FirmsWithPlacementsQuery, FirmsWithPlacementsQueryVariables>;
export const DashboardAssessmentsDocument = new TypedDocumentString(`
    query DashboardAssessments {
  dashboard {
    assessments {
      quarter
      projects
      completed
      submitted
      inProgress
      latestList {
        quarter
        entries {
          place
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardAssessmentsQuery, DashboardAssessmentsQueryVariables>;
export const AssessmentSchemesDocument = new TypedDocumentString(`
    query AssessmentSchemes {
  assessmentSchemes {
    id
    version
    edition
    state
    title
    availableActions
    items {
      key
      maxScore
      categories
    }
    maxTotals {
      category
      maxTotal
    }
  }
}
    `) as unknown as TypedDocumentString<AssessmentSchemesQuery, AssessmentSchemesQueryVariables>;
export const CreateAssessmentSchemeDocument = new TypedDocumentString(`
    mutation CreateAssessmentScheme($input: AssessmentSchemeInput!) {
  createAssessmentScheme(input: $input) {
    id
    version
    edition
    state
  }
}
    `) as unknown as TypedDocumentString<CreateAssessmentSchemeMutation, CreateAssessmentSchemeMutationVariables>;
export const UpdateAssessmentSchemeDocument = new TypedDocumentString(`
    mutation UpdateAssessmentScheme($id: ID!, $version: Int!, $input: AssessmentSchemeInput!) {
  updateAssessmentScheme(id: $id, version: $version, input: $input) {
    id
    version
    edition
    state
  }
}
    `) as unknown as TypedDocumentString<UpdateAssessmentSchemeMutation, UpdateAssessmentSchemeMutationVariables>;
export const PublishAssessmentSchemeDocument = new TypedDocumentString(`
    mutation PublishAssessmentScheme($id: ID!, $version: Int!) {
  publishAssessmentScheme(id: $id, version: $version) {
    id
    version
    edition
    state
    publishedAt
  }
}
    `) as unknown as TypedDocumentString<PublishAssessmentSchemeMutation, PublishAssessmentSchemeMutationVariables>;
export const CreateCampaignDocument = new TypedDocumentString(`
    mutation CreateCampaign($input: CampaignInput!) {
  createCampaign(input: $input) {
    ...CampaignFields
  }
}
    fragment CampaignFields on Campaign {
  id
  version
  name
  year
  startsOn
  endsOn
  status
  description
  measures {
    id
    code
    labelZh
    labelEn
    unit
    kind
    bound
  }
}`) as unknown as TypedDocumentString<CreateCampaignMutation, CreateCampaignMutationVariables>;
export const UpdateCampaignDocument = new TypedDocumentString(`
    mutation UpdateCampaign($id: ID!, $version: Int!, $input: CampaignInput!) {
  updateCampaign(id: $id, version: $version, input: $input) {
    ...CampaignFields
  }
}
    fragment CampaignFields on Campaign {
  id
  version
  name
  year
  startsOn
  endsOn
  status
  description
  measures {
    id
    code
    labelZh
    labelEn
    unit
    kind
    bound
  }
}`) as unknown as TypedDocumentString<UpdateCampaignMutation, UpdateCampaignMutationVariables>;
export const CloseCampaignDocument = new TypedDocumentString(`
    mutation CloseCampaign($id: ID!, $version: Int!) {
  closeCampaign(id: $id, version: $version) {
    ...CampaignFields
  }
}
    fragment CampaignFields on Campaign {
  id
  version
  name
  year
  startsOn
  endsOn
  status
  description
  measures {
    id
    code
    labelZh
    labelEn
    unit
    kind
    bound
  }
}`) as unknown as TypedDocumentString<CloseCampaignMutation, CloseCampaignMutationVariables>;
export const ReportCampaignProgressDocument = new TypedDocumentString(`
    mutation ReportCampaignProgress($input: CampaignReportInput!) {
  reportCampaignProgress(input: $input) {
    ...CampaignReportFields
  }
}
    fragment CampaignReportFields on CampaignReport {
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
  quantities {
    measure {
      code
    }
    quantity
  }
}`) as unknown as TypedDocumentString<ReportCampaignProgressMutation, ReportCampaignProgressMutationVariables>;
export const UpdateCampaignReportDocument = new TypedDocumentString(`
    mutation UpdateCampaignReport($id: ID!, $version: Int!, $input: CampaignReportUpdateInput!) {
  updateCampaignReport(id: $id, version: $version, input: $input) {
    ...CampaignReportFields
  }
}
    fragment CampaignReportFields on CampaignReport {
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
  quantities {
    measure {
      code
    }
    quantity
  }
}`) as unknown as TypedDocumentString<UpdateCampaignReportMutation, UpdateCampaignReportMutationVariables>;
export const VerifyCampaignReportDocument = new TypedDocumentString(`
    mutation VerifyCampaignReport($id: ID!, $version: Int!) {
  verifyCampaignReport(id: $id, version: $version) {
    ...CampaignReportFields
  }
}
    fragment CampaignReportFields on CampaignReport {
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
  quantities {
    measure {
      code
    }
    quantity
  }
}`) as unknown as TypedDocumentString<VerifyCampaignReportMutation, VerifyCampaignReportMutationVariables>;
export const GetCampaignReportDocument = new TypedDocumentString(`
    query GetCampaignReport($id: ID!) {
  campaignReport(id: $id) {
    ...CampaignReportFields
  }
}
    fragment CampaignReportFields on CampaignReport {
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
  quantities {
    measure {
      code
    }
    quantity
  }
}`) as unknown as TypedDocumentString<GetCampaignReportQuery, GetCampaignReportQueryVariables>;
export const CampaignTotalsDocument = new TypedDocumentString(`
    query CampaignTotals($id: ID!) {
  campaign(id: $id) {
    id
    name
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
}
    `) as unknown as TypedDocumentString<CampaignTotalsQuery, CampaignTotalsQueryVariables>;
export const ListCampaignsDocument = new TypedDocumentString(`
    query ListCampaigns($options: CampaignListOptions) {
  campaigns(options: $options) {
    totalItems
    items {
      id
      name
      status
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
    `) as unknown as TypedDocumentString<ListCampaignsQuery, ListCampaignsQueryVariables>;
export const ListCampaignReportsDocument = new TypedDocumentString(`
    query ListCampaignReports($options: CampaignReportListOptions) {
  campaignReports(options: $options) {
    totalItems
    nextCursor
    items {
      id
      status
      completedOn
      reportedBy
      verifiedBy
      verifyHeldBy
      inForce
      campaign {
        name
      }
      estate {
        name
        district {
          name
        }
      }
      quantities {
        measure {
          code
          unit
        }
        quantity
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListCampaignReportsQuery, ListCampaignReportsQueryVariables>;
export const ElectionsDocument = new TypedDocumentString(`
    query Elections($options: ElectionListOptions) {
  elections(options: $options) {
    totalItems
    items {
      id
      title
      phase
      estateId
    }
  }
}
    `) as unknown as TypedDocumentString<ElectionsQuery, ElectionsQueryVariables>;
export const ElectionDocument = new TypedDocumentString(`
    query Election($id: ID!) {
  election(id: $id) {
    ...ElectionFields
  }
}
    fragment ElectionFields on Election {
  id
  version
  title
  kind
  seats
  phase
  deemedVotes
  committeeId
  estateId
  availableActions
  phases {
    phase
    startsOn
    endsOn
    enteredAt
  }
  candidates {
    id
    version
    decision
    withdrawn
    partyMember
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
}`) as unknown as TypedDocumentString<ElectionQuery, ElectionQueryVariables>;
export const CreateElectionDocument = new TypedDocumentString(`
    mutation CreateElection($input: ElectionInput!) {
  createElection(input: $input) {
    ...ElectionFields
  }
}
    fragment ElectionFields on Election {
  id
  version
  title
  kind
  seats
  phase
  deemedVotes
  committeeId
  estateId
  availableActions
  phases {
    phase
    startsOn
    endsOn
    enteredAt
  }
  candidates {
    id
    version
    decision
    withdrawn
    partyMember
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
}`) as unknown as TypedDocumentString<CreateElectionMutation, CreateElectionMutationVariables>;
export const UpdateElectionDocument = new TypedDocumentString(`
    mutation UpdateElection($id: ID!, $version: Int!, $input: ElectionUpdateInput!) {
  updateElection(id: $id, version: $version, input: $input) {
    ...ElectionFields
  }
}
    fragment ElectionFields on Election {
  id
  version
  title
  kind
  seats
  phase
  deemedVotes
  committeeId
  estateId
  availableActions
  phases {
    phase
    startsOn
    endsOn
    enteredAt
  }
  candidates {
    id
    version
    decision
    withdrawn
    partyMember
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
}`) as unknown as TypedDocumentString<UpdateElectionMutation, UpdateElectionMutationVariables>;
export const MoveElectionDocument = new TypedDocumentString(`
    mutation MoveElection($id: ID!, $version: Int!, $action: ElectionAction!, $cancelReason: ElectionCancelReason) {
  moveElection(
    id: $id
    version: $version
    action: $action
    cancelReason: $cancelReason
  ) {
    ...ElectionFields
  }
}
    fragment ElectionFields on Election {
  id
  version
  title
  kind
  seats
  phase
  deemedVotes
  committeeId
  estateId
  availableActions
  phases {
    phase
    startsOn
    endsOn
    enteredAt
  }
  candidates {
    id
    version
    decision
    withdrawn
    partyMember
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
}`) as unknown as TypedDocumentString<MoveElectionMutation, MoveElectionMutationVariables>;
export const NominateDocument = new TypedDocumentString(`
    mutation Nominate($electionId: ID!, $input: NominationInput!) {
  nominateCandidate(electionId: $electionId, input: $input) {
    id
    version
    decision
  }
}
    `) as unknown as TypedDocumentString<NominateMutation, NominateMutationVariables>;
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
    decisionExplanation
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
    decisionExplanation
    checks {
      itemKey
      result
      reviewingBody
      reviewer
      checkedOn
      evidenceNote
      overrideReason
    }
  }
}
    `) as unknown as TypedDocumentString<ChecksMutation, ChecksMutationVariables>;
export const CandidateRegisterDocument = new TypedDocumentString(`
    query CandidateRegister($id: ID!) {
  candidate(id: $id) {
    id
    registerFindings {
      itemKey
      says
      unitsInEstate
    }
  }
}
    `) as unknown as TypedDocumentString<CandidateRegisterQuery, CandidateRegisterQueryVariables>;
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
export const CandidateDocument = new TypedDocumentString(`
    query Candidate($id: ID!) {
  candidate(id: $id) {
    id
    version
    decision
    decisionExplanation
    checks {
      itemKey
      result
      reviewingBody
    }
    objections {
      id
      resolvedOn
    }
    checklist {
      version
    }
  }
}
    `) as unknown as TypedDocumentString<CandidateQuery, CandidateQueryVariables>;
export const BallotDocument = new TypedDocumentString(`
    mutation Ballot($electionId: ID!, $input: BallotInput!) {
  recordBallot(electionId: $electionId, input: $input) {
    id
    voterKey
    choices
  }
}
    `) as unknown as TypedDocumentString<BallotMutation, BallotMutationVariables>;
export const PersonsDocument = new TypedDocumentString(`
    query Persons($electionId: ID!, $voted: Boolean, $take: Int, $q: String) {
  votingPersons(electionId: $electionId, voted: $voted, take: $take, q: $q) {
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
    `) as unknown as TypedDocumentString<PersonsQuery, PersonsQueryVariables>;
export const TallyDocument = new TypedDocumentString(`
    query Tally($id: ID!) {
  election(id: $id) {
    id
    phase
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
        rule
        met
        threshold {
          numerator
          denominator
        }
        headcount {
          part
          whole
          share {
            numerator
            denominator
          }
          met
        }
        area {
          part
          whole
          met
        }
      }
      candidates {
        candidateId
        rank
        status
        approvals {
          headcount
          area
        }
        pass {
          met
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
      }
      electedIds
      issues {
        code
        message
        candidateIds
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TallyQuery, TallyQueryVariables>;
export const OwnersDocument = new TypedDocumentString(`
    query Owners($options: OwnerListOptions) {
  owners(options: $options) {
    totalItems
    items {
      id
      kind
      name
      idNumber
      phone
      estateId
    }
  }
}
    `) as unknown as TypedDocumentString<OwnersQuery, OwnersQueryVariables>;
export const RollDocument = new TypedDocumentString(`
    query Roll($estateId: ID!) {
  ownerRoll(estateId: $estateId) {
    units
    headcount
    totalArea
    developerHeldUnits
    undesignatedUnits
  }
}
    `) as unknown as TypedDocumentString<RollQuery, RollQueryVariables>;
export const RollUnitsDocument = new TypedDocumentString(`
    query RollUnits($options: UnitListOptions) {
  units(options: $options) {
    totalItems
    items {
      id
      version
      estateId
      building
      unitNo
      room
      area
      areaSource
      developerHeld
      ownerships {
        ownerId
        designatedVoter
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
export const CommitteeDocument = new TypedDocumentString(`
    query Committee($id: ID!) {
  committee(id: $id) {
    id
    version
    termNumber
    termStart
    termEnd
    estateId
    members {
      id
      name
      position
      ownerId
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
      availableActions
      materials {
        id
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommitteeQuery, CommitteeQueryVariables>;
export const FilingsDocument = new TypedDocumentString(`
    query Filings($options: CommitteeFilingListOptions) {
  committeeFilings(options: $options) {
    totalItems
    items {
      id
      filingStatus
      dueOn
      overdue
      committee {
        estateId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FilingsQuery, FilingsQueryVariables>;
export const MembersDocument = new TypedDocumentString(`
    mutation Members($id: ID!, $version: Int!, $input: CommitteeMembersInput!) {
  setCommitteeMembers(id: $id, version: $version, input: $input) {
    id
    version
    members {
      name
      position
    }
  }
}
    `) as unknown as TypedDocumentString<MembersMutation, MembersMutationVariables>;
export const MaterialDocument = new TypedDocumentString(`
    mutation Material($filingId: ID!, $input: MaterialInput!) {
  addFilingMaterial(filingId: $filingId, input: $input) {
    id
    kind
    sizeBytes
    sha256
  }
}
    `) as unknown as TypedDocumentString<MaterialMutation, MaterialMutationVariables>;
export const SubmitDocument = new TypedDocumentString(`
    mutation Submit($id: ID!, $version: Int!) {
  submitCommitteeFiling(id: $id, version: $version) {
    id
    version
    filingStatus
  }
}
    `) as unknown as TypedDocumentString<SubmitMutation, SubmitMutationVariables>;
export const ApproveDocument = new TypedDocumentString(`
    mutation Approve($id: ID!, $version: Int!) {
  approveCommitteeFiling(id: $id, version: $version) {
    id
    version
    filingStatus
    filingNumber
  }
}
    `) as unknown as TypedDocumentString<ApproveMutation, ApproveMutationVariables>;
export const CreateResolutionDocument = new TypedDocumentString(`
    mutation CreateResolution($input: ResolutionInput!) {
  createResolution(input: $input) {
    id
    version
    phase
  }
}
    `) as unknown as TypedDocumentString<CreateResolutionMutation, CreateResolutionMutationVariables>;
export const MoveResolutionDocument = new TypedDocumentString(`
    mutation MoveResolution($id: ID!, $version: Int!, $action: ResolutionAction!) {
  moveResolution(id: $id, version: $version, action: $action) {
    id
    version
    phase
    outcome
  }
}
    `) as unknown as TypedDocumentString<MoveResolutionMutation, MoveResolutionMutationVariables>;
export const ResolutionVotingPeriodDocument = new TypedDocumentString(`
    mutation ResolutionVotingPeriod($id: ID!, $version: Int!, $input: ResolutionVotingPeriodInput!) {
  updateResolutionVotingPeriod(id: $id, version: $version, input: $input) {
    id
    version
    phase
    votingStartsOn
    votingEndsOn
  }
}
    `) as unknown as TypedDocumentString<ResolutionVotingPeriodMutation, ResolutionVotingPeriodMutationVariables>;
export const ResolutionBallotDocument = new TypedDocumentString(`
    mutation ResolutionBallot($resolutionId: ID!, $input: ResolutionBallotInput!) {
  recordResolutionBallot(resolutionId: $resolutionId, input: $input) {
    id
    choice
  }
}
    `) as unknown as TypedDocumentString<ResolutionBallotMutation, ResolutionBallotMutationVariables>;
export const ResolutionTallyDocument = new TypedDocumentString(`
    query ResolutionTally($id: ID!) {
  resolution(id: $id) {
    id
    tally {
      matter
      article278Item
      ballots
      outcome
      decidedBy
      quorum {
        met
      }
      pass {
        rule
        met
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
    }
  }
}
    `) as unknown as TypedDocumentString<ResolutionTallyQuery, ResolutionTallyQueryVariables>;
export const PersonsPageDocument = new TypedDocumentString(`
    query PersonsPage($electionId: ID!, $skip: Int, $take: Int) {
  votingPersons(electionId: $electionId, skip: $skip, take: $take) {
    totalItems
    items {
      personKey
      ownerId
      name
      voted
    }
  }
}
    `) as unknown as TypedDocumentString<PersonsPageQuery, PersonsPageQueryVariables>;
export const OpenRepairFundDocument = new TypedDocumentString(`
    mutation OpenRepairFund($input: OpenRepairFundInput!) {
  openRepairFund(input: $input) {
    ...FundFields
  }
}
    fragment FundFields on RepairFund {
  id
  version
  projectId
  estateId
  openedMonth
  balance
  terms {
    fromMonth
    feeRate
    setAsidePercent
    resolutionId
  }
}`) as unknown as TypedDocumentString<OpenRepairFundMutation, OpenRepairFundMutationVariables>;
export const SetRepairFundTermsDocument = new TypedDocumentString(`
    mutation SetRepairFundTerms($id: ID!, $version: Int!, $input: RepairFundTermsInput!) {
  setRepairFundTerms(id: $id, version: $version, input: $input) {
    ...FundFields
    pendingTerms {
      id
      version
      fromMonth
      feeRate
      setAsidePercent
      status
    }
  }
}
    fragment FundFields on RepairFund {
  id
  version
  projectId
  estateId
  openedMonth
  balance
  terms {
    fromMonth
    feeRate
    setAsidePercent
    resolutionId
  }
}`) as unknown as TypedDocumentString<SetRepairFundTermsMutation, SetRepairFundTermsMutationVariables>;
export const PostRepairFundAccrualDocument = new TypedDocumentString(`
    mutation PostRepairFundAccrual($fundId: ID!, $month: String!) {
  postRepairFundAccrual(fundId: $fundId, month: $month) {
    id
    month
    chargedArea
    feeRate
    setAsidePercent
    amount
  }
}
    `) as unknown as TypedDocumentString<PostRepairFundAccrualMutation, PostRepairFundAccrualMutationVariables>;
export const GetRepairFundDocument = new TypedDocumentString(`
    query GetRepairFund($id: ID!) {
  repairFund(id: $id) {
    ...FundFields
  }
}
    fragment FundFields on RepairFund {
  id
  version
  projectId
  estateId
  openedMonth
  balance
  terms {
    fromMonth
    feeRate
    setAsidePercent
    resolutionId
  }
}`) as unknown as TypedDocumentString<GetRepairFundQuery, GetRepairFundQueryVariables>;
export const ListRepairFundsDocument = new TypedDocumentString(`
    query ListRepairFunds($options: RepairFundListOptions) {
  repairFunds(options: $options) {
    totalItems
    items {
      ...FundFields
    }
  }
}
    fragment FundFields on RepairFund {
  id
  version
  projectId
  estateId
  openedMonth
  balance
  terms {
    fromMonth
    feeRate
    setAsidePercent
    resolutionId
  }
}`) as unknown as TypedDocumentString<ListRepairFundsQuery, ListRepairFundsQueryVariables>;
export const RepairFundStatementDocument = new TypedDocumentString(`
    query RepairFundStatement($id: ID!, $year: Int!, $quarter: Int) {
  repairFund(id: $id) {
    id
    balance
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
    `) as unknown as TypedDocumentString<RepairFundStatementQuery, RepairFundStatementQueryVariables>;
export const RequestRepairFundWithdrawalDocument = new TypedDocumentString(`
    mutation RequestRepairFundWithdrawal($input: WithdrawalInput!) {
  requestRepairFundWithdrawal(input: $input) {
    id
    version
    status
    amount
    availableActions
  }
}
    `) as unknown as TypedDocumentString<RequestRepairFundWithdrawalMutation, RequestRepairFundWithdrawalMutationVariables>;
export const MoveRepairFundWithdrawalDocument = new TypedDocumentString(`
    mutation MoveRepairFundWithdrawal($id: ID!, $version: Int!, $action: WithdrawalAction!, $note: String) {
  moveRepairFundWithdrawal(
    id: $id
    version: $version
    action: $action
    note: $note
  ) {
    id
    version
    status
    amount
    decidedById
    decidedAt
  }
}
    `) as unknown as TypedDocumentString<MoveRepairFundWithdrawalMutation, MoveRepairFundWithdrawalMutationVariables>;
export const ListRepairFundWithdrawalsDocument = new TypedDocumentString(`
    query ListRepairFundWithdrawals($options: RepairFundWithdrawalListOptions) {
  repairFundWithdrawals(options: $options) {
    totalItems
    items {
      id
      version
      status
      amount
      estateId
    }
  }
}
    `) as unknown as TypedDocumentString<ListRepairFundWithdrawalsQuery, ListRepairFundWithdrawalsQueryVariables>;
export const OpenCommitteeAccountDocument = new TypedDocumentString(`
    mutation OpenCommitteeAccount($input: OpenCommitteeAccountInput!) {
  openCommitteeAccount(input: $input) {
    id
    version
    estateId
    spendingLimit
  }
}
    `) as unknown as TypedDocumentString<OpenCommitteeAccountMutation, OpenCommitteeAccountMutationVariables>;
export const GetCommitteeAccountDocument = new TypedDocumentString(`
    query GetCommitteeAccount($id: ID!) {
  committeeAccount(id: $id) {
    id
    version
    estateId
    spendingLimit
    statementDueDays
    pendingTerms {
      id
      version
      spendingLimit
      statementDueDays
      status
      proposedById
      availableActions
      confirmRefusal
    }
  }
}
    `) as unknown as TypedDocumentString<GetCommitteeAccountQuery, GetCommitteeAccountQueryVariables>;
export const CommitteeAccountTermsProposalsDocument = new TypedDocumentString(`
    query CommitteeAccountTermsProposals($id: ID!) {
  committeeAccount(id: $id) {
    id
    termsProposals {
      id
      version
      spendingLimit
      statementDueDays
      status
      proposedById
      decidedById
      decidedAt
      decisionNote
    }
  }
}
    `) as unknown as TypedDocumentString<CommitteeAccountTermsProposalsQuery, CommitteeAccountTermsProposalsQueryVariables>;
export const DecideCommitteeAccountTermsDocument = new TypedDocumentString(`
    mutation DecideCommitteeAccountTerms($id: ID!, $version: Int!, $action: ProposalAction!, $note: String) {
  decideCommitteeAccountTerms(
    id: $id
    version: $version
    action: $action
    note: $note
  ) {
    id
    version
    status
    decidedById
    decidedAt
    spendingLimit
    statementDueDays
    availableActions
  }
}
    `) as unknown as TypedDocumentString<DecideCommitteeAccountTermsMutation, DecideCommitteeAccountTermsMutationVariables>;
export const RepairFundProposalsDocument = new TypedDocumentString(`
    query RepairFundProposals($id: ID!) {
  repairFund(id: $id) {
    id
    version
    balance
    pendingTerms {
      id
      version
      fromMonth
      feeRate
      setAsidePercent
      status
      proposedById
      availableActions
    }
    pendingCorrection {
      id
      version
      accrualId
      amount
      reason
      status
      proposedById
      availableActions
    }
    corrections {
      id
      accrualId
      amount
      proposalId
    }
    terms {
      fromMonth
      feeRate
      setAsidePercent
    }
  }
}
    `) as unknown as TypedDocumentString<RepairFundProposalsQuery, RepairFundProposalsQueryVariables>;
export const PostRepairFundCorrectionDocument = new TypedDocumentString(`
    mutation PostRepairFundCorrection($fundId: ID!, $input: RepairFundCorrectionInput!) {
  postRepairFundCorrection(fundId: $fundId, input: $input) {
    __typename
    ... on RepairFundCorrection {
      id
      accrualId
      postedOn
      amount
    }
    ... on RepairFundCorrectionProposal {
      id
      version
      accrualId
      amount
      status
    }
  }
}
    `) as unknown as TypedDocumentString<PostRepairFundCorrectionMutation, PostRepairFundCorrectionMutationVariables>;
export const DecideRepairFundCorrectionDocument = new TypedDocumentString(`
    mutation DecideRepairFundCorrection($id: ID!, $version: Int!, $action: ProposalAction!, $note: String) {
  decideRepairFundCorrection(
    id: $id
    version: $version
    action: $action
    note: $note
  ) {
    id
    version
    status
    decidedById
  }
}
    `) as unknown as TypedDocumentString<DecideRepairFundCorrectionMutation, DecideRepairFundCorrectionMutationVariables>;
export const DecideRepairFundTermsDocument = new TypedDocumentString(`
    mutation DecideRepairFundTerms($id: ID!, $version: Int!, $action: ProposalAction!, $note: String) {
  decideRepairFundTerms(id: $id, version: $version, action: $action, note: $note) {
    id
    version
    status
    decidedById
  }
}
    `) as unknown as TypedDocumentString<DecideRepairFundTermsMutation, DecideRepairFundTermsMutationVariables>;
export const SetCommitteeSpendingLimitDocument = new TypedDocumentString(`
    mutation SetCommitteeSpendingLimit($id: ID!, $version: Int!, $spendingLimit: Decimal!) {
  setCommitteeSpendingLimit(
    id: $id
    version: $version
    spendingLimit: $spendingLimit
  ) {
    id
    version
    spendingLimit
    statementDueDays
    pendingTerms {
      id
      version
      spendingLimit
      statementDueDays
    }
  }
}
    `) as unknown as TypedDocumentString<SetCommitteeSpendingLimitMutation, SetCommitteeSpendingLimitMutationVariables>;
export const SetCommitteeAccountTermsDocument = new TypedDocumentString(`
    mutation SetCommitteeAccountTerms($id: ID!, $version: Int!, $input: CommitteeAccountTermsInput!) {
  setCommitteeAccountTerms(id: $id, version: $version, input: $input) {
    id
    version
    spendingLimit
    statementDueDays
    pendingTerms {
      id
      version
      spendingLimit
      statementDueDays
    }
  }
}
    `) as unknown as TypedDocumentString<SetCommitteeAccountTermsMutation, SetCommitteeAccountTermsMutationVariables>;
export const AddAccountEntryDocument = new TypedDocumentString(`
    mutation AddAccountEntry($input: AccountEntryInput!) {
  addAccountEntry(input: $input) {
    id
    version
    periodId
    direction
    category
    amount
    occurredOn
    signOffRequired
    signedOffById
    correctsEntryId
    enteredBy
  }
}
    `) as unknown as TypedDocumentString<AddAccountEntryMutation, AddAccountEntryMutationVariables>;
export const SignOffAccountEntryDocument = new TypedDocumentString(`
    mutation SignOffAccountEntry($id: ID!, $version: Int!) {
  signOffAccountEntry(id: $id, version: $version) {
    id
    version
    signedOffById
  }
}
    `) as unknown as TypedDocumentString<SignOffAccountEntryMutation, SignOffAccountEntryMutationVariables>;
export const RefuseAccountEntrySignOffDocument = new TypedDocumentString(`
    mutation RefuseAccountEntrySignOff($id: ID!, $version: Int!, $note: String!) {
  refuseAccountEntrySignOff(id: $id, version: $version, note: $note) {
    id
    version
    signOffRequired
    signedOffById
    signOffRefusedById
    signOffRefusedAt
    signOffRefusalNote
  }
}
    `) as unknown as TypedDocumentString<RefuseAccountEntrySignOffMutation, RefuseAccountEntrySignOffMutationVariables>;
export const AddAccountVoucherDocument = new TypedDocumentString(`
    mutation AddAccountVoucher($entryId: ID!, $input: VoucherInput!) {
  addAccountVoucher(entryId: $entryId, input: $input) {
    id
    fileName
    contentType
    sizeBytes
    sha256
  }
}
    `) as unknown as TypedDocumentString<AddAccountVoucherMutation, AddAccountVoucherMutationVariables>;
export const AccountVoucherContentDocument = new TypedDocumentString(`
    query AccountVoucherContent($id: ID!) {
  accountVoucherContent(id: $id)
}
    `) as unknown as TypedDocumentString<AccountVoucherContentQuery, AccountVoucherContentQueryVariables>;
export const MoveAccountPeriodDocument = new TypedDocumentString(`
    mutation MoveAccountPeriod($id: ID!, $version: Int!, $action: AccountPeriodAction!, $memberId: ID) {
  moveAccountPeriod(
    id: $id
    version: $version
    action: $action
    memberId: $memberId
  ) {
    ...PeriodFields
  }
}
    fragment PeriodFields on AccountPeriod {
  id
  version
  accountId
  estateId
  year
  quarter
  status
  closedById
  closedByMemberId
  countersignedById
  publishedAt
  availableActions
}`) as unknown as TypedDocumentString<MoveAccountPeriodMutation, MoveAccountPeriodMutationVariables>;
export const GetAccountPeriodDocument = new TypedDocumentString(`
    query GetAccountPeriod($id: ID!) {
  accountPeriod(id: $id) {
    ...PeriodFields
    statement {
      ...StatementFields
    }
  }
}
    fragment PeriodFields on AccountPeriod {
  id
  version
  accountId
  estateId
  year
  quarter
  status
  closedById
  closedByMemberId
  countersignedById
  publishedAt
  availableActions
}
fragment StatementFields on AccountStatement {
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
  incomeByCategory {
    category
    amount
  }
  spendingByCategory {
    category
    amount
  }
}`) as unknown as TypedDocumentString<GetAccountPeriodQuery, GetAccountPeriodQueryVariables>;
export const ListAccountPeriodsDocument = new TypedDocumentString(`
    query ListAccountPeriods($options: AccountPeriodListOptions) {
  accountPeriods(options: $options) {
    totalItems
    items {
      ...PeriodFields
    }
  }
}
    fragment PeriodFields on AccountPeriod {
  id
  version
  accountId
  estateId
  year
  quarter
  status
  closedById
  closedByMemberId
  countersignedById
  publishedAt
  availableActions
}`) as unknown as TypedDocumentString<ListAccountPeriodsQuery, ListAccountPeriodsQueryVariables>;
export const ListAccountEntriesDocument = new TypedDocumentString(`
    query ListAccountEntries($options: AccountEntryListOptions) {
  accountEntries(options: $options) {
    totalItems
    items {
      id
      amount
      category
      periodId
    }
  }
}
    `) as unknown as TypedDocumentString<ListAccountEntriesQuery, ListAccountEntriesQueryVariables>;
export const PublishedAccountStatementDocument = new TypedDocumentString(`
    query PublishedAccountStatement($periodId: ID!) {
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
    `) as unknown as TypedDocumentString<PublishedAccountStatementQuery, PublishedAccountStatementQueryVariables>;
export const ResolutionVotersDocument = new TypedDocumentString(`
    query ResolutionVoters($id: ID!, $skip: Int!, $take: Int!) {
  resolution(id: $id) {
    id
    version
    phase
    voters(voted: false, skip: $skip, take: $take) {
      totalItems
      items {
        ownerId
        personKey
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResolutionVotersQuery, ResolutionVotersQueryVariables>;
export const CommitteeAccountPendingTermsDocument = new TypedDocumentString(`
    query CommitteeAccountPendingTerms($id: ID!) {
  committeeAccount(id: $id) {
    id
    version
    spendingLimit
    statementDueDays
    pendingTerms {
      id
      version
      spendingLimit
      statementDueDays
      status
    }
  }
}
    `) as unknown as TypedDocumentString<CommitteeAccountPendingTermsQuery, CommitteeAccountPendingTermsQueryVariables>;
export const RepairFundPendingTermsDocument = new TypedDocumentString(`
    query RepairFundPendingTerms($id: ID!) {
  repairFund(id: $id) {
    id
    version
    balance
    terms {
      fromMonth
    }
    pendingTerms {
      id
      version
      fromMonth
      feeRate
      setAsidePercent
      status
      proposedById
      availableActions
    }
  }
}
    `) as unknown as TypedDocumentString<RepairFundPendingTermsQuery, RepairFundPendingTermsQueryVariables>;
export const CreatePartyOrganisationDocument = new TypedDocumentString(`
    mutation CreatePartyOrganisation($input: PartyOrganisationInput!) {
  createPartyOrganisation(input: $input) {
    ...PartyOrgFields
  }
}
    fragment PartyOrgFields on PartyOrganisation {
  id
  version
  name
  kind
  firmId
  estateId
  memberCount
  establishedOn
  estate {
    name
  }
  firm {
    name
  }
}`) as unknown as TypedDocumentString<CreatePartyOrganisationMutation, CreatePartyOrganisationMutationVariables>;
export const UpdatePartyOrganisationDocument = new TypedDocumentString(`
    mutation UpdatePartyOrganisation($id: ID!, $version: Int!, $input: PartyOrganisationInput!) {
  updatePartyOrganisation(id: $id, version: $version, input: $input) {
    ...PartyOrgFields
  }
}
    fragment PartyOrgFields on PartyOrganisation {
  id
  version
  name
  kind
  firmId
  estateId
  memberCount
  establishedOn
  estate {
    name
  }
  firm {
    name
  }
}`) as unknown as TypedDocumentString<UpdatePartyOrganisationMutation, UpdatePartyOrganisationMutationVariables>;
export const ListPartyOrganisationsDocument = new TypedDocumentString(`
    query ListPartyOrganisations($options: PartyOrganisationListOptions) {
  partyOrganisations(options: $options) {
    totalItems
    items {
      ...PartyOrgFields
    }
  }
}
    fragment PartyOrgFields on PartyOrganisation {
  id
  version
  name
  kind
  firmId
  estateId
  memberCount
  establishedOn
  estate {
    name
  }
  firm {
    name
  }
}`) as unknown as TypedDocumentString<ListPartyOrganisationsQuery, ListPartyOrganisationsQueryVariables>;
export const CreateFirmDocument = new TypedDocumentString(`
    mutation CreateFirm($input: FirmInput!) {
  createFirm(input: $input) {
    ...FirmFields
  }
}
    fragment FirmFields on Firm {
  id
  version
  name
  creditCode
  contactPhone
  districtId
  status
  filingStatus
  filingNumber
  submittedById
  decidedById
  returnReason
  returnNote
  revokeReason
  availableActions
}`) as unknown as TypedDocumentString<CreateFirmMutation, CreateFirmMutationVariables>;
export const UpdateFirmDocument = new TypedDocumentString(`
    mutation UpdateFirm($id: ID!, $version: Int!, $input: FirmInput!) {
  updateFirm(id: $id, version: $version, input: $input) {
    ...FirmFields
  }
}
    fragment FirmFields on Firm {
  id
  version
  name
  creditCode
  contactPhone
  districtId
  status
  filingStatus
  filingNumber
  submittedById
  decidedById
  returnReason
  returnNote
  revokeReason
  availableActions
}`) as unknown as TypedDocumentString<UpdateFirmMutation, UpdateFirmMutationVariables>;
export const SubmitFirmDocument = new TypedDocumentString(`
    mutation SubmitFirm($id: ID!, $version: Int!) {
  submitFirm(id: $id, version: $version) {
    ...FirmFields
  }
}
    fragment FirmFields on Firm {
  id
  version
  name
  creditCode
  contactPhone
  districtId
  status
  filingStatus
  filingNumber
  submittedById
  decidedById
  returnReason
  returnNote
  revokeReason
  availableActions
}`) as unknown as TypedDocumentString<SubmitFirmMutation, SubmitFirmMutationVariables>;
export const ApproveFirmDocument = new TypedDocumentString(`
    mutation ApproveFirm($id: ID!, $version: Int!) {
  approveFirm(id: $id, version: $version) {
    ...FirmFields
  }
}
    fragment FirmFields on Firm {
  id
  version
  name
  creditCode
  contactPhone
  districtId
  status
  filingStatus
  filingNumber
  submittedById
  decidedById
  returnReason
  returnNote
  revokeReason
  availableActions
}`) as unknown as TypedDocumentString<ApproveFirmMutation, ApproveFirmMutationVariables>;
export const ReturnFirmDocument = new TypedDocumentString(`
    mutation ReturnFirm($id: ID!, $version: Int!, $reason: ReturnReason!, $note: String) {
  returnFirm(id: $id, version: $version, reason: $reason, note: $note) {
    ...FirmFields
  }
}
    fragment FirmFields on Firm {
  id
  version
  name
  creditCode
  contactPhone
  districtId
  status
  filingStatus
  filingNumber
  submittedById
  decidedById
  returnReason
  returnNote
  revokeReason
  availableActions
}`) as unknown as TypedDocumentString<ReturnFirmMutation, ReturnFirmMutationVariables>;
export const RevokeFirmDocument = new TypedDocumentString(`
    mutation RevokeFirm($id: ID!, $version: Int!, $reason: RevokeReason!, $note: String) {
  revokeFirm(id: $id, version: $version, reason: $reason, note: $note) {
    ...FirmFields
  }
}
    fragment FirmFields on Firm {
  id
  version
  name
  creditCode
  contactPhone
  districtId
  status
  filingStatus
  filingNumber
  submittedById
  decidedById
  returnReason
  returnNote
  revokeReason
  availableActions
}`) as unknown as TypedDocumentString<RevokeFirmMutation, RevokeFirmMutationVariables>;
export const GetFirmDocument = new TypedDocumentString(`
    query GetFirm($id: ID!) {
  firm(id: $id) {
    ...FirmFields
  }
}
    fragment FirmFields on Firm {
  id
  version
  name
  creditCode
  contactPhone
  districtId
  status
  filingStatus
  filingNumber
  submittedById
  decidedById
  returnReason
  returnNote
  revokeReason
  availableActions
}`) as unknown as TypedDocumentString<GetFirmQuery, GetFirmQueryVariables>;
export const ListFirmsDocument = new TypedDocumentString(`
    query ListFirms($options: FirmListOptions) {
  firms(options: $options) {
    totalItems
    nextCursor
    items {
      ...FirmFields
    }
  }
}
    fragment FirmFields on Firm {
  id
  version
  name
  creditCode
  contactPhone
  districtId
  status
  filingStatus
  filingNumber
  submittedById
  decidedById
  returnReason
  returnNote
  revokeReason
  availableActions
}`) as unknown as TypedDocumentString<ListFirmsQuery, ListFirmsQueryVariables>;
export const ListFirmIdsDocument = new TypedDocumentString(`
    query ListFirmIds($options: FirmListOptions) {
  firms(options: $options) {
    nextCursor
    items {
      id
      name
      updatedAt
    }
  }
}
    `) as unknown as TypedDocumentString<ListFirmIdsQuery, ListFirmIdsQueryVariables>;
export const CreateProjectDocument = new TypedDocumentString(`
    mutation CreateProject($input: ProjectInput!) {
  createProject(input: $input) {
    ...ProjectFields
  }
}
    fragment ProjectFields on Project {
  id
  version
  name
  estateId
  firmId
  contractStart
  contractEnd
  residentialFee
  managerPhone
  filingStatus
  filingNumber
  submittedById
  decidedById
  availableActions
}`) as unknown as TypedDocumentString<CreateProjectMutation, CreateProjectMutationVariables>;
export const SubmitProjectDocument = new TypedDocumentString(`
    mutation SubmitProject($id: ID!, $version: Int!) {
  submitProject(id: $id, version: $version) {
    ...ProjectFields
  }
}
    fragment ProjectFields on Project {
  id
  version
  name
  estateId
  firmId
  contractStart
  contractEnd
  residentialFee
  managerPhone
  filingStatus
  filingNumber
  submittedById
  decidedById
  availableActions
}`) as unknown as TypedDocumentString<SubmitProjectMutation, SubmitProjectMutationVariables>;
export const ApproveProjectDocument = new TypedDocumentString(`
    mutation ApproveProject($id: ID!, $version: Int!) {
  approveProject(id: $id, version: $version) {
    ...ProjectFields
  }
}
    fragment ProjectFields on Project {
  id
  version
  name
  estateId
  firmId
  contractStart
  contractEnd
  residentialFee
  managerPhone
  filingStatus
  filingNumber
  submittedById
  decidedById
  availableActions
}`) as unknown as TypedDocumentString<ApproveProjectMutation, ApproveProjectMutationVariables>;
export const GetProjectDocument = new TypedDocumentString(`
    query GetProject($id: ID!) {
  project(id: $id) {
    ...ProjectFields
  }
}
    fragment ProjectFields on Project {
  id
  version
  name
  estateId
  firmId
  contractStart
  contractEnd
  residentialFee
  managerPhone
  filingStatus
  filingNumber
  submittedById
  decidedById
  availableActions
}`) as unknown as TypedDocumentString<GetProjectQuery, GetProjectQueryVariables>;
export const ProjectOverlapWarningDocument = new TypedDocumentString(`
    query ProjectOverlapWarning($id: ID!) {
  project(id: $id) {
    id
    overlapsApproved {
      id
      name
      filingNumber
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectOverlapWarningQuery, ProjectOverlapWarningQueryVariables>;
export const NestedProjectsDocument = new TypedDocumentString(`
    query NestedProjects($take: Int!) {
  projects(options: {take: $take, sort: {field: ID}}) {
    totalItems
    items {
      id
      name
      contractStart
      contractEnd
      firm {
        id
        name
        creditCode
        status
      }
      estate {
        id
        name
        households
        community {
          name
        }
        subdistrict {
          name
        }
        district {
          code
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NestedProjectsQuery, NestedProjectsQueryVariables>;
export const AuditDocument = new TypedDocumentString(`
    query Audit($options: AuditEventListOptions) {
  auditEvents(options: $options) {
    totalItems
    items {
      id
      action
      actorId
      actorName
      entityType
      entityId
      before
      after
    }
  }
}
    `) as unknown as TypedDocumentString<AuditQuery, AuditQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    token
    expiresAt
    user {
      id
      username
      role
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    username
    displayName
    role
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($input: ApiTokenInput!) {
  createApiToken(input: $input) {
    token
    apiToken {
      id
      name
      scopes
      expiresAt
      revokedAt
    }
  }
}
    `) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($id: ID!) {
  revokeApiToken(id: $id) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: UserInput!) {
  createUser(input: $input) {
    id
    version
    username
    role
    active
  }
}
    `) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = new TypedDocumentString(`
    mutation UpdateUser($id: ID!, $version: Int!, $input: UserUpdateInput!) {
  updateUser(id: $id, version: $version, input: $input) {
    id
    version
    role
    active
  }
}
    `) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;
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
  }
}
    `) as unknown as TypedDocumentString<DashboardQuery, DashboardQueryVariables>;
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
    mutation RunImport($kind: ImportKind!, $file: ImportFileInput!, $mode: ImportMode!, $estateId: ID) {
  runImport(kind: $kind, file: $file, mode: $mode, estateId: $estateId) {
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
export const RunImportTrackedDocument = new TypedDocumentString(`
    mutation RunImportTracked($kind: ImportKind!, $file: ImportFileInput!, $mode: ImportMode!, $progressKey: String) {
  runImport(kind: $kind, file: $file, mode: $mode, progressKey: $progressKey) {
    committed
    totalRows
    created
    invalid
    skipped
    rows {
      row
      status
      recordId
    }
    errorFile {
      name
      contentType
      contentBase64
    }
  }
}
    `) as unknown as TypedDocumentString<RunImportTrackedMutation, RunImportTrackedMutationVariables>;
export const ImportProgressOfDocument = new TypedDocumentString(`
    query ImportProgressOf($key: String!) {
  importProgress(key: $key) {
    phase
    done
    total
  }
}
    `) as unknown as TypedDocumentString<ImportProgressOfQuery, ImportProgressOfQueryVariables>;
export const HolidayCalendarDocument = new TypedDocumentString(`
    query HolidayCalendar($year: Int!) {
  holidayCalendar(year: $year) {
    year
    decree
    noticeEntered
    notice {
      year
      document
    }
    statutoryHolidays {
      date
      festival
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
export const HolidayNoticesDocument = new TypedDocumentString(`
    query HolidayNotices($year: Int) {
  holidayNotices(year: $year) {
    year
    document
    enteredAt
    enteredById
    days {
      date
      kind
      note
    }
  }
}
    `) as unknown as TypedDocumentString<HolidayNoticesQuery, HolidayNoticesQueryVariables>;
export const SetHolidayNoticeDocument = new TypedDocumentString(`
    mutation SetHolidayNotice($year: Int!, $document: String!, $days: [HolidayNoticeDayInput!]!) {
  setHolidayNotice(year: $year, document: $document, days: $days) {
    recomputedFilings
    notice {
      year
      document
      enteredById
      days {
        date
        kind
        note
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SetHolidayNoticeMutation, SetHolidayNoticeMutationVariables>;
export const UserJurisdictionDocument = new TypedDocumentString(`
    query UserJurisdiction($id: ID!) {
  user(id: $id) {
    id
    version
    role
    jurisdiction {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<UserJurisdictionQuery, UserJurisdictionQueryVariables>;
export const SetJurisdictionDocument = new TypedDocumentString(`
    mutation SetJurisdiction($userId: ID!, $version: Int!, $subdistrictIds: [ID!]!) {
  setOfficerJurisdiction(
    userId: $userId
    version: $version
    subdistrictIds: $subdistrictIds
  ) {
    id
    version
    jurisdiction {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SetJurisdictionMutation, SetJurisdictionMutationVariables>;
export const UpdateUserJurisdictionDocument = new TypedDocumentString(`
    mutation UpdateUserJurisdiction($id: ID!, $version: Int!, $input: UserUpdateInput!) {
  updateUser(id: $id, version: $version, input: $input) {
    id
    version
    role
    jurisdiction {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateUserJurisdictionMutation, UpdateUserJurisdictionMutationVariables>;
export const ChecklistDraftsDocument = new TypedDocumentString(`
    query ChecklistDrafts {
  checklistDrafts {
    ...ChecklistDraftFields
  }
}
    fragment ChecklistDraftFields on ChecklistDraft {
  id
  version
  title
  source
  publishedVersionId
  lastEditedById
  availableActions
  items {
    key
    kind
    titleZh
    titleEn
    suggestedReviewers
  }
}`) as unknown as TypedDocumentString<ChecklistDraftsQuery, ChecklistDraftsQueryVariables>;
export const CreateChecklistDraftDocument = new TypedDocumentString(`
    mutation CreateChecklistDraft($input: ChecklistInput!) {
  createChecklistDraft(input: $input) {
    ...ChecklistDraftFields
  }
}
    fragment ChecklistDraftFields on ChecklistDraft {
  id
  version
  title
  source
  publishedVersionId
  lastEditedById
  availableActions
  items {
    key
    kind
    titleZh
    titleEn
    suggestedReviewers
  }
}`) as unknown as TypedDocumentString<CreateChecklistDraftMutation, CreateChecklistDraftMutationVariables>;
export const UpdateChecklistDraftDocument = new TypedDocumentString(`
    mutation UpdateChecklistDraft($id: ID!, $version: Int!, $input: ChecklistInput!) {
  updateChecklistDraft(id: $id, version: $version, input: $input) {
    ...ChecklistDraftFields
  }
}
    fragment ChecklistDraftFields on ChecklistDraft {
  id
  version
  title
  source
  publishedVersionId
  lastEditedById
  availableActions
  items {
    key
    kind
    titleZh
    titleEn
    suggestedReviewers
  }
}`) as unknown as TypedDocumentString<UpdateChecklistDraftMutation, UpdateChecklistDraftMutationVariables>;
export const PublishChecklistDraftDocument = new TypedDocumentString(`
    mutation PublishChecklistDraft($id: ID!, $version: Int!) {
  publishChecklistDraft(id: $id, version: $version) {
    id
    version
    title
    source
    items {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<PublishChecklistDraftMutation, PublishChecklistDraftMutationVariables>;
export const CurrentChecklistDocument = new TypedDocumentString(`
    query CurrentChecklist {
  currentChecklist {
    id
    version
    title
    items {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<CurrentChecklistQuery, CurrentChecklistQueryVariables>;
export const AuditAtDocument = new TypedDocumentString(`
    query AuditAt($options: AuditEventListOptions) {
  auditEvents(options: $options) {
    totalItems
    items {
      id
      at
      action
      entityId
    }
  }
}
    `) as unknown as TypedDocumentString<AuditAtQuery, AuditAtQueryVariables>;
export const CreateFivePartyMeetingDocument = new TypedDocumentString(`
    mutation CreateFivePartyMeeting($input: FivePartyMeetingInput!) {
  createFivePartyMeeting(input: $input) {
    ...MeetingFields
  }
}
    fragment MeetingFields on FivePartyMeeting {
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
  estate {
    name
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
    doneOn
    doneNote
    overdue
  }
}`) as unknown as TypedDocumentString<CreateFivePartyMeetingMutation, CreateFivePartyMeetingMutationVariables>;
export const UpdateFivePartyMeetingDocument = new TypedDocumentString(`
    mutation UpdateFivePartyMeeting($id: ID!, $version: Int!, $input: FivePartyMeetingUpdateInput!) {
  updateFivePartyMeeting(id: $id, version: $version, input: $input) {
    ...MeetingFields
  }
}
    fragment MeetingFields on FivePartyMeeting {
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
  estate {
    name
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
    doneOn
    doneNote
    overdue
  }
}`) as unknown as TypedDocumentString<UpdateFivePartyMeetingMutation, UpdateFivePartyMeetingMutationVariables>;
export const ResolveMeetingIssueDocument = new TypedDocumentString(`
    mutation ResolveMeetingIssue($id: ID!, $version: Int!, $input: ResolveMeetingIssueInput!) {
  resolveMeetingIssue(id: $id, version: $version, input: $input) {
    id
    version
    status
    resolvedOn
    resolutionNote
  }
}
    `) as unknown as TypedDocumentString<ResolveMeetingIssueMutation, ResolveMeetingIssueMutationVariables>;
export const CompleteMeetingFollowUpDocument = new TypedDocumentString(`
    mutation CompleteMeetingFollowUp($id: ID!, $version: Int!, $input: CompleteMeetingFollowUpInput!) {
  completeMeetingFollowUp(id: $id, version: $version, input: $input) {
    id
    version
    doneOn
    doneNote
    overdue
  }
}
    `) as unknown as TypedDocumentString<CompleteMeetingFollowUpMutation, CompleteMeetingFollowUpMutationVariables>;
export const GetFivePartyMeetingDocument = new TypedDocumentString(`
    query GetFivePartyMeeting($id: ID!) {
  fivePartyMeeting(id: $id) {
    ...MeetingFields
  }
}
    fragment MeetingFields on FivePartyMeeting {
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
  estate {
    name
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
    doneOn
    doneNote
    overdue
  }
}`) as unknown as TypedDocumentString<GetFivePartyMeetingQuery, GetFivePartyMeetingQueryVariables>;
export const ListFivePartyMeetingsDocument = new TypedDocumentString(`
    query ListFivePartyMeetings($options: FivePartyMeetingListOptions) {
  fivePartyMeetings(options: $options) {
    totalItems
    nextCursor
    items {
      id
      estateId
      heldOn
      overdue
      overdueFollowUps
    }
  }
}
    `) as unknown as TypedDocumentString<ListFivePartyMeetingsQuery, ListFivePartyMeetingsQueryVariables>;