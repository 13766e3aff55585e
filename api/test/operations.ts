/** Every GraphQL operation the API tests send, in one place (Vendure's habit). */
import { creditCodeCheckCharacter } from '../src/firms/credit-code';

export const FIRM_FIELDS = `
  fragment FirmFields on Firm {
    id version name creditCode contactPhone districtId status
    filingStatus filingNumber submittedById decidedById returnReason returnNote revokeReason availableActions
  }`;

export const PROJECT_FIELDS = `
  fragment ProjectFields on Project {
    id version name estateId firmId contractStart contractEnd residentialFee managerPhone
    filingStatus filingNumber submittedById decidedById availableActions
  }`;

export const CREATE_FIRM = `mutation CreateFirm($input: FirmInput!) { createFirm(input: $input) { ...FirmFields } } ${FIRM_FIELDS}`;
export const UPDATE_FIRM = `mutation UpdateFirm($id: ID!, $version: Int!, $input: FirmInput!) {
  updateFirm(id: $id, version: $version, input: $input) { ...FirmFields } } ${FIRM_FIELDS}`;
export const SUBMIT_FIRM = `mutation SubmitFirm($id: ID!, $version: Int!) { submitFirm(id: $id, version: $version) { ...FirmFields } } ${FIRM_FIELDS}`;
export const APPROVE_FIRM = `mutation ApproveFirm($id: ID!, $version: Int!) { approveFirm(id: $id, version: $version) { ...FirmFields } } ${FIRM_FIELDS}`;
export const RETURN_FIRM = `mutation ReturnFirm($id: ID!, $version: Int!, $reason: ReturnReason!, $note: String) {
  returnFirm(id: $id, version: $version, reason: $reason, note: $note) { ...FirmFields } } ${FIRM_FIELDS}`;
export const REVOKE_FIRM = `mutation RevokeFirm($id: ID!, $version: Int!, $reason: RevokeReason!, $note: String) {
  revokeFirm(id: $id, version: $version, reason: $reason, note: $note) { ...FirmFields } } ${FIRM_FIELDS}`;
export const GET_FIRM = `query GetFirm($id: ID!) { firm(id: $id) { ...FirmFields } } ${FIRM_FIELDS}`;
export const LIST_FIRMS = `query ListFirms($options: FirmListOptions) {
  firms(options: $options) { totalItems nextCursor items { ...FirmFields } } } ${FIRM_FIELDS}`;
export const LIST_FIRM_IDS = `query ListFirmIds($options: FirmListOptions) { firms(options: $options) { nextCursor items { id name updatedAt } } }`;

export const CREATE_PROJECT = `mutation CreateProject($input: ProjectInput!) { createProject(input: $input) { ...ProjectFields } } ${PROJECT_FIELDS}`;
export const SUBMIT_PROJECT = `mutation SubmitProject($id: ID!, $version: Int!) { submitProject(id: $id, version: $version) { ...ProjectFields } } ${PROJECT_FIELDS}`;
export const APPROVE_PROJECT = `mutation ApproveProject($id: ID!, $version: Int!) { approveProject(id: $id, version: $version) { ...ProjectFields } } ${PROJECT_FIELDS}`;
export const GET_PROJECT = `query GetProject($id: ID!) { project(id: $id) { ...ProjectFields } } ${PROJECT_FIELDS}`;

export const NESTED_PROJECTS = `query NestedProjects($take: Int!) {
  projects(options: { take: $take, sort: { field: ID } }) {
    totalItems
    items {
      id name contractStart contractEnd
      firm { id name creditCode status }
      estate { id name households community { name } subdistrict { name } district { code name } }
    }
  }
}`;

export const AUDIT_EVENTS = `query Audit($options: AuditEventListOptions) {
  auditEvents(options: $options) { totalItems items { id action actorId actorName entityType entityId before after } } }`;

export const LOGIN = `mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) { token expiresAt user { id username role } } }`;
export const ME = `query Me { me { id username displayName role } }`;
export const LOGOUT = `mutation Logout { logout }`;
export const CREATE_API_TOKEN = `mutation CreateApiToken($input: ApiTokenInput!) {
  createApiToken(input: $input) { token apiToken { id name scopes expiresAt revokedAt } } }`;
export const REVOKE_API_TOKEN = `mutation RevokeApiToken($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }`;
export const CREATE_USER = `mutation CreateUser($input: UserInput!) { createUser(input: $input) { id version username role active } }`;
export const UPDATE_USER = `mutation UpdateUser($id: ID!, $version: Int!, $input: UserUpdateInput!) {
  updateUser(id: $id, version: $version, input: $input) { id version role active } }`;

let serial = 0;

/** A valid credit code no seeded firm has (test-only ranges: 9133059x…). */
export function freshCreditCode(): string {
  serial += 1;
  const body = `91330599T${String(process.pid % 10000).padStart(4, '0')}${String(serial).padStart(4, '0')}`;
  return body + creditCodeCheckCharacter(body);
}

export function firmInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
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

export function projectInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
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

export const DASHBOARD = `query Dashboard {
  dashboard {
    firms { approved target submitted total }
    projects { approved target submitted total }
    committees { approved target submitted total }
    waitingTotal
    waiting { kind id name submittedAt waitingDays }
    byDistrict { districtId code name firms projects committees }
    elections { byPhase { phase count } overdueFilingsTotal overdueFilings { id committeeId estateName dueOn dueOnProvisional daysOverdue } }
  } }`;

const IMPORT_REPORT = `kind estateId mode format encoding committed totalRows valid invalid duplicates created updated skipped removed
  rows { row status label recordId duplicateOfRow changes fieldErrors { field column rule message } }`;
export const PREVIEW_IMPORT = `mutation PreviewImport($kind: ImportKind!, $file: ImportFileInput!, $estateId: ID) {
  previewImport(kind: $kind, file: $file, estateId: $estateId) { ${IMPORT_REPORT} } }`;
export const RUN_IMPORT = `mutation RunImport($kind: ImportKind!, $file: ImportFileInput!, $mode: ImportMode!, $estateId: ID) {
  runImport(kind: $kind, file: $file, mode: $mode, estateId: $estateId) { ${IMPORT_REPORT} } }`;

export const HOLIDAY_CALENDAR = `query HolidayCalendar($year: Int!) {
  holidayCalendar(year: $year) { year decree noticeEntered notice { year document } statutoryHolidays { date festival }
    days { date dayOff reason festivals note missingNotices } } }`;
export const HOLIDAY_NOTICES = `query HolidayNotices($year: Int) { holidayNotices(year: $year) { year document enteredAt enteredById days { date kind note } } }`;
export const SET_HOLIDAY_NOTICE = `mutation SetHolidayNotice($year: Int!, $document: String!, $days: [HolidayNoticeDayInput!]!) {
  setHolidayNotice(year: $year, document: $document, days: $days) { recomputedFilings notice { year document enteredById days { date kind note } } } }`;
