/** Every GraphQL operation the API tests send, in one place (Vendure's habit), typed by `npm run codegen`. */
import { creditCodeCheckCharacter } from '../src/firms/credit-code';
import { graphql } from './generated';
import type { FirmInput, ProjectInput } from './generated/graphql';

export const FIRM_FIELDS = graphql(`
  fragment FirmFields on Firm {
    id version name creditCode contactPhone districtId status
    filingStatus filingNumber submittedById decidedById returnReason returnNote revokeReason availableActions
  }`);

export const PROJECT_FIELDS = graphql(`
  fragment ProjectFields on Project {
    id version name estateId firmId contractStart contractEnd residentialFee managerPhone
    filingStatus filingNumber submittedById decidedById availableActions
  }`);

export const CREATE_FIRM = graphql(`mutation CreateFirm($input: FirmInput!) { createFirm(input: $input) { ...FirmFields } }`);
export const UPDATE_FIRM = graphql(`mutation UpdateFirm($id: ID!, $version: Int!, $input: FirmInput!) {
  updateFirm(id: $id, version: $version, input: $input) { ...FirmFields } }`);
export const SUBMIT_FIRM = graphql(`mutation SubmitFirm($id: ID!, $version: Int!) { submitFirm(id: $id, version: $version) { ...FirmFields } }`);
export const APPROVE_FIRM = graphql(`mutation ApproveFirm($id: ID!, $version: Int!) { approveFirm(id: $id, version: $version) { ...FirmFields } }`);
export const RETURN_FIRM = graphql(`mutation ReturnFirm($id: ID!, $version: Int!, $reason: ReturnReason!, $note: String) {
  returnFirm(id: $id, version: $version, reason: $reason, note: $note) { ...FirmFields } }`);
export const REVOKE_FIRM = graphql(`mutation RevokeFirm($id: ID!, $version: Int!, $reason: RevokeReason!, $note: String) {
  revokeFirm(id: $id, version: $version, reason: $reason, note: $note) { ...FirmFields } }`);
export const GET_FIRM = graphql(`query GetFirm($id: ID!) { firm(id: $id) { ...FirmFields } }`);
export const LIST_FIRMS = graphql(`query ListFirms($options: FirmListOptions) {
  firms(options: $options) { totalItems nextCursor items { ...FirmFields } } }`);
export const LIST_FIRM_IDS = graphql(`query ListFirmIds($options: FirmListOptions) { firms(options: $options) { nextCursor items { id name updatedAt } } }`);

export const CREATE_PROJECT = graphql(`mutation CreateProject($input: ProjectInput!) { createProject(input: $input) { ...ProjectFields } }`);
export const SUBMIT_PROJECT = graphql(`mutation SubmitProject($id: ID!, $version: Int!) { submitProject(id: $id, version: $version) { ...ProjectFields } }`);
export const APPROVE_PROJECT = graphql(`mutation ApproveProject($id: ID!, $version: Int!) { approveProject(id: $id, version: $version) { ...ProjectFields } }`);
export const GET_PROJECT = graphql(`query GetProject($id: ID!) { project(id: $id) { ...ProjectFields } }`);
export const PROJECT_OVERLAP_WARNING = graphql(`query ProjectOverlapWarning($id: ID!) { project(id: $id) { id overlapsApproved { id name filingNumber } } }`);

export const NESTED_PROJECTS = graphql(`query NestedProjects($take: Int!) {
  projects(options: { take: $take, sort: { field: ID } }) {
    totalItems
    items {
      id name contractStart contractEnd
      firm { id name creditCode status }
      estate { id name households community { name } subdistrict { name } district { code name } }
    }
  }
}`);

export const AUDIT_EVENTS = graphql(`query Audit($options: AuditEventListOptions) {
  auditEvents(options: $options) { totalItems items { id action actorId actorName entityType entityId before after } } }`);

export const LOGIN = graphql(`mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) { token expiresAt user { id username role } } }`);
export const ME = graphql(`query Me { me { id username displayName role } }`);
export const LOGOUT = graphql(`mutation Logout { logout }`);
export const CREATE_API_TOKEN = graphql(`mutation CreateApiToken($input: ApiTokenInput!) {
  createApiToken(input: $input) { token apiToken { id name scopes expiresAt revokedAt } } }`);
export const REVOKE_API_TOKEN = graphql(`mutation RevokeApiToken($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }`);
export const CREATE_USER = graphql(`mutation CreateUser($input: UserInput!) { createUser(input: $input) { id version username role active } }`);
export const UPDATE_USER = graphql(`mutation UpdateUser($id: ID!, $version: Int!, $input: UserUpdateInput!) {
  updateUser(id: $id, version: $version, input: $input) { id version role active } }`);

let serial = 0;

/** A valid credit code no seeded firm has (test-only ranges: 9133059x…). */
export function freshCreditCode(): string {
  serial += 1;
  const body = `91330599T${String(process.pid % 10000).padStart(4, '0')}${String(serial).padStart(4, '0')}`;
  return body + creditCodeCheckCharacter(body);
}

export function firmInput(overrides: Partial<FirmInput> = {}): FirmInput {
  return {
    name: `湖州测试物业服务有限公司${++serial}`,
    creditCode: freshCreditCode(),
    legalRepresentative: '沈建华',
    registeredAddress: '湖州市吴兴区人民路100号',
    contactPerson: '钱丽',
    contactPhone: '13857212345',
    establishedOn: '2015-03-18',
    districtId: '1',
    ...overrides,
  };
}

export function projectInput(overrides: Partial<ProjectInput> = {}): ProjectInput {
  return {
    name: `测试项目${++serial}`,
    estateId: '1',
    firmId: '1',
    projectManager: '孙伟',
    managerPhone: '13905721234',
    contractStart: '2027-01-01',
    contractEnd: '2029-12-31',
    selectionMethod: 'TENDER',
    billingModel: 'LUMP_SUM',
    residentialFee: '1.99',
    commercialFee: '3.50',
    parkingFee: null,
    households: 428,
    managedArea: '45210.50',
    ...overrides,
  };
}

export const DASHBOARD = graphql(`query Dashboard {
  dashboard {
    firms { approved target submitted total }
    projects { approved target submitted total }
    committees { approved target submitted total }
    waitingTotal
    waiting { kind id name submittedAt waitingDays }
    byDistrict { districtId code name firms projects committees }
    elections { byPhase { phase count } overdueFilingsTotal overdueFilings { id committeeId estateName dueOn dueOnProvisional daysOverdue } }
    statements { books overdue unpublished late { accountId estateId estateName lag year quarter dueOn quarters } }
    demonstrations { city cityTarget provincial provincialTarget }
  } }`);

export const IMPORT_REPORT = graphql(`
  fragment ImportReportFields on ImportReport {
    kind estateId mode format encoding committed totalRows valid invalid duplicates created updated skipped removed
    rows { row status label recordId duplicateOfRow changes fieldErrors { field column rule message given allowed expected args } }
    openVotes { kind id phase }
  }`);
export const PREVIEW_IMPORT = graphql(`mutation PreviewImport($kind: ImportKind!, $file: ImportFileInput!, $estateId: ID) {
  previewImport(kind: $kind, file: $file, estateId: $estateId) { ...ImportReportFields } }`);
export const RUN_IMPORT = graphql(`mutation RunImport($kind: ImportKind!, $file: ImportFileInput!, $mode: ImportMode!, $estateId: ID) {
  runImport(kind: $kind, file: $file, mode: $mode, estateId: $estateId) { ...ImportReportFields } }`);

export const RUN_IMPORT_TRACKED = graphql(`mutation RunImportTracked($kind: ImportKind!, $file: ImportFileInput!, $mode: ImportMode!, $progressKey: String) {
  runImport(kind: $kind, file: $file, mode: $mode, progressKey: $progressKey) {
    committed totalRows created invalid skipped rows { row status recordId } errorFile { name contentType contentBase64 } } }`);
export const IMPORT_PROGRESS = graphql(`query ImportProgressOf($key: String!) { importProgress(key: $key) { phase done total } }`);

export const HOLIDAY_CALENDAR = graphql(`query HolidayCalendar($year: Int!) {
  holidayCalendar(year: $year) { year decree noticeEntered notice { year document } statutoryHolidays { date festival }
    days { date dayOff reason festivals note missingNotices } } }`);
export const HOLIDAY_NOTICES = graphql(`query HolidayNotices($year: Int) { holidayNotices(year: $year) { year document enteredAt enteredById days { date kind note } } }`);
export const SET_HOLIDAY_NOTICE = graphql(`mutation SetHolidayNotice($year: Int!, $document: String!, $days: [HolidayNoticeDayInput!]!) {
  setHolidayNotice(year: $year, document: $document, days: $days) { recomputedFilings notice { year document enteredById days { date kind note } } } }`);

// the admin's screens: officers' jurisdictions, checklist drafts, the audit log's filters
export const USER_JURISDICTION = graphql(`query UserJurisdiction($id: ID!) { user(id: $id) { id version role jurisdiction { id name } } }`);
export const SET_JURISDICTION = graphql(`mutation SetJurisdiction($userId: ID!, $version: Int!, $subdistrictIds: [ID!]!) {
  setOfficerJurisdiction(userId: $userId, version: $version, subdistrictIds: $subdistrictIds) { id version jurisdiction { id name } } }`);
export const UPDATE_USER_JURISDICTION = graphql(`mutation UpdateUserJurisdiction($id: ID!, $version: Int!, $input: UserUpdateInput!) {
  updateUser(id: $id, version: $version, input: $input) { id version role jurisdiction { id } } }`);
export const CHECKLIST_DRAFT_FIELDS = graphql(`fragment ChecklistDraftFields on ChecklistDraft {
  id version title source publishedVersionId lastEditedById availableActions items { key kind titleZh titleEn suggestedReviewers } }`);
export const CHECKLIST_DRAFTS = graphql(`query ChecklistDrafts { checklistDrafts { ...ChecklistDraftFields } }`);
export const CREATE_CHECKLIST_DRAFT = graphql(`mutation CreateChecklistDraft($input: ChecklistInput!) { createChecklistDraft(input: $input) { ...ChecklistDraftFields } }`);
export const UPDATE_CHECKLIST_DRAFT = graphql(`mutation UpdateChecklistDraft($id: ID!, $version: Int!, $input: ChecklistInput!) {
  updateChecklistDraft(id: $id, version: $version, input: $input) { ...ChecklistDraftFields } }`);
export const PUBLISH_CHECKLIST_DRAFT = graphql(`mutation PublishChecklistDraft($id: ID!, $version: Int!) {
  publishChecklistDraft(id: $id, version: $version) { id version title source items { key } } }`);
export const CURRENT_CHECKLIST = graphql(`query CurrentChecklist { currentChecklist { id version title items { key } } }`);
export const AUDIT_EVENTS_AT = graphql(`query AuditAt($options: AuditEventListOptions) { auditEvents(options: $options) { totalItems items { id at action entityId } } }`);
