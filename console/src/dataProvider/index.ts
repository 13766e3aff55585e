import { ApolloClient, ApolloLink, from, gql, HttpLink, InMemoryCache } from '@apollo/client';
import buildGraphQLProvider from 'ra-data-graphql';
import type { DataProvider } from 'react-admin';
import { session } from '../session';
import { buildQuery } from './buildQuery';
import { toHttpError } from './errors';
import { EXPORT_PAGE, MAX_TAKE, RESOURCES } from './resources';

/**
 * The API answers refusals made before execution (401, 403, 413…) with an HTTP error status and the usual
 * GraphQL error body; handing that body on as a 200 lets Apollo report the coded error like any other.
 */
const fetchKeepingErrorBodies: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  if (response.status >= 400 && response.status < 500 && response.headers.get('content-type')?.includes('json')) {
    return new Response(await response.text(), { status: 200, headers: response.headers });
  }
  return response;
};

const authLink = new ApolloLink((operation, forward) => {
  const token = session.token();
  if (token) operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({ headers: { ...headers, authorization: `Bearer ${token}` } }));
  return forward(operation);
});

export const apolloClient = new ApolloClient({
  link: from([authLink, new HttpLink({ uri: '/graphql', fetch: fetchKeepingErrorBodies })]),
  cache: new InMemoryCache(),
  defaultOptions: { query: { fetchPolicy: 'no-cache' }, mutate: { fetchPolicy: 'no-cache' } },
});

export type FilingActionName = 'SUBMIT' | 'APPROVE' | 'RETURN' | 'REVOKE';
export type ImportKind = 'FIRMS' | 'PROJECTS' | 'OWNER_ROLL';
export type ImportMode = 'ALL_OR_NOTHING' | 'VALID_ROWS';
export interface ImportFile {
  name: string;
  contentBase64: string;
}

const VERB: Record<FilingActionName, string> = { SUBMIT: 'submit', APPROVE: 'approve', RETURN: 'return', REVOKE: 'revoke' };

const IMPORT_REPORT = `kind estateId mode format encoding committed totalRows valid invalid duplicates created updated skipped removed
  rows { row status label recordId duplicateOfRow changes fieldErrors { field column rule message } }`;

const TALLY = `seats ballots totals { headcount area } participating { headcount area }
  quorum { rule met inclusive threshold { numerator denominator } headcount { part whole met } area { part whole met } }
  candidates { candidateId rank status approvals { headcount area } deemed { outcome side persons { headcount area } }
    pass { rule met inclusive threshold { numerator denominator } headcount { part whole met } area { part whole met } } }
  electedIds issues { code message candidateIds }`;

export interface BallotInput {
  ownerId: string | null;
  developer: boolean;
  method: string;
  choices: string[];
}

export interface ResolutionBallotInput {
  ownerId: string | null;
  developer: boolean;
  method: string;
  choice: 'YES' | 'NO' | 'ABSTAIN';
}

export interface EligibilityCheckInput {
  itemKey: string;
  result: string;
  reviewingBody: string;
  reviewer: string;
  checkedOn: string;
  evidenceNote?: string | null;
  overrideReason?: string | null;
}

export interface RegistryDataProvider extends DataProvider {
  /** submit / approve / return / revoke a filing at the version the user saw */
  filingAction(resource: string, params: { id: string | number; version: number; action: FilingActionName; reason?: string; note?: string }): Promise<{ data: any }>;
  getDashboard(): Promise<{ data: any }>;
  previewImport(kind: ImportKind, file: ImportFile, estateId?: string | null): Promise<{ data: any }>;
  runImport(kind: ImportKind, file: ImportFile, mode: ImportMode, estateId?: string | null): Promise<{ data: any }>;
  /** the subdistricts an officer acts in (empty for other roles) */
  getMyJurisdiction(): Promise<{ data: Array<{ id: string; name: string }> }>;
  getOwnerRoll(estateId: string): Promise<{ data: any }>;
  moveElection(params: { id: string; version: number; action: string; cancelReason?: string | null }): Promise<{ data: any }>;
  nominateCandidate(electionId: string, input: { ownerId: string; partyMember: boolean; nominatedBy: string; nominatedOn: string }): Promise<{ data: any }>;
  recordEligibilityCheck(candidateId: string, version: number, input: EligibilityCheckInput): Promise<{ data: any }>;
  fileObjection(candidateId: string, input: { filedOn: string; filedBy: string; reason: string }): Promise<{ data: any }>;
  resolveObjection(id: string, resolution: string): Promise<{ data: any }>;
  votingPersons(electionId: string, params: { q?: string; skip?: number; take?: number }): Promise<{ data: any[]; total: number }>;
  recordBallot(electionId: string, input: BallotInput): Promise<{ data: any }>;
  /** open or close the vote on a resolution at the version the user saw */
  moveResolution(params: { id: string; version: number; action: 'OPEN_VOTING' | 'CLOSE_VOTING' }): Promise<{ data: any }>;
  recordResolutionBallot(resolutionId: string, input: ResolutionBallotInput): Promise<{ data: any }>;
  getTally(electionId: string): Promise<{ data: any }>;
  setCommitteeMembers(id: string, version: number, input: { effectiveOn: string; members: Array<{ name: string; position: string; ownerId?: string | null }> }): Promise<{ data: any }>;
  addFilingMaterial(filingId: string, input: { kind: string; fileName: string; contentType: string; contentBase64: string }): Promise<{ data: any }>;
  removeFilingMaterial(id: string): Promise<{ data: boolean }>;
  getFilingMaterialContent(id: string): Promise<{ data: string }>;
  /** a year's statutory holidays and its notice's days, and whether the notice is entered */
  getHolidayCalendar(year: number): Promise<{ data: any }>;
  /** enters or replaces a year's notice (admins); the answer says how many filings' due dates were recomputed */
  setHolidayNotice(year: number, document: string, days: readonly HolidayNoticeDayInput[]): Promise<{ data: { recomputedFilings: number } }>;
}

export interface HolidayNoticeDayInput {
  date: string;
  kind: 'OFF' | 'WORKDAY';
  note: string;
}

async function mutate<T>(mutation: string, variables: Record<string, unknown>, values?: Record<string, unknown>): Promise<T> {
  try {
    const result = await apolloClient.mutate({ mutation: gql(mutation), variables });
    return result.data as T;
  } catch (error) {
    throw toHttpError(error, values);
  }
}

const base = buildGraphQLProvider({ client: apolloClient as never, buildQuery, introspection: false });

/** Every call's error as a coded HttpError (see errors.ts), with the submitted values for field messages. */
function withErrors<A extends unknown[], R>(call: (...args: A) => Promise<R>, values?: (...args: A) => Record<string, unknown>) {
  return async (...args: A): Promise<R> => {
    try {
      return await call(...args);
    } catch (error) {
      throw toHttpError(error, values?.(...args));
    }
  };
}

const unsupported = (what: string) => () => Promise.reject(new Error(`${what} is not offered by the API`));

export const dataProvider: RegistryDataProvider = {
  getList: withErrors(async (resource, params) => {
    const perPage = params.pagination?.perPage ?? 25;
    if (perPage <= MAX_TAKE) return base.getList(resource, params);
    // exports ask for more than a page may hold: read it all with the keyset cursor
    const data: any[] = [];
    let after: string | undefined;
    let total = 0;
    do {
      const page = await base.getList(resource, { ...params, pagination: { page: 1, perPage: EXPORT_PAGE }, meta: { ...params.meta, after } });
      data.push(...page.data);
      total = page.total ?? data.length;
      after = (page as { meta?: { nextCursor?: string } }).meta?.nextCursor ?? undefined;
    } while (after && data.length < perPage);
    return { data: data.slice(0, perPage), total };
  }),
  getOne: withErrors(base.getOne),
  getMany: withErrors(base.getMany),
  getManyReference: withErrors(base.getManyReference),
  create: withErrors(base.create, (_resource, params) => params.data),
  update: withErrors(base.update, (_resource, params) => params.data),
  updateMany: unsupported('updateMany'),
  delete: unsupported('delete'),
  deleteMany: unsupported('deleteMany'),

  async filingAction(resource, { id, version, action, reason, note }) {
    const spec = RESOURCES[resource];
    const name = `${VERB[action]}${spec.type}`;
    const decision = action === 'RETURN' || action === 'REVOKE';
    const reasonType = action === 'RETURN' ? 'ReturnReason' : 'RevokeReason';
    const data = await mutate<Record<string, any>>(
      `mutation ${name}($id: ID!, $version: Int!${decision ? `, $reason: ${reasonType}!, $note: String` : ''}) {
        ${name}(id: $id, version: $version${decision ? ', reason: $reason, note: $note' : ''}) { ${spec.fields} }
      }`,
      { id: String(id), version, ...(decision ? { reason, note: note || null } : {}) },
    );
    return { data: data[name] };
  },

  async getDashboard() {
    const data = await query(`query Dashboard { dashboard {
      firms { approved target submitted total } projects { approved target submitted total }
      committees { approved target submitted total } waitingTotal
      waiting { kind id name submittedAt waitingDays } byDistrict { districtId code name firms projects committees }
      elections { byPhase { phase count } overdueFilingsTotal overdueFilings { id committeeId estateName dueOn dueOnProvisional daysOverdue } } } }`);
    return { data: data.dashboard };
  },

  async previewImport(kind, file, estateId) {
    const data = await mutate<any>(`mutation PreviewImport($kind: ImportKind!, $file: ImportFileInput!, $estateId: ID) {
      previewImport(kind: $kind, file: $file, estateId: $estateId) { ${IMPORT_REPORT} } }`, { kind, file, estateId: estateId ?? null });
    return { data: data.previewImport };
  },

  async runImport(kind, file, mode, estateId) {
    const data = await mutate<any>(`mutation RunImport($kind: ImportKind!, $file: ImportFileInput!, $mode: ImportMode!, $estateId: ID) {
      runImport(kind: $kind, file: $file, mode: $mode, estateId: $estateId) { ${IMPORT_REPORT} } }`, { kind, file, mode, estateId: estateId ?? null });
    return { data: data.runImport };
  },

  async getMyJurisdiction() {
    const data = await query(`query MyJurisdiction { me { jurisdiction { id name } } }`);
    return { data: data.me.jurisdiction };
  },

  async getOwnerRoll(estateId) {
    const data = await query(`query OwnerRoll($estateId: ID!) {
      ownerRoll(estateId: $estateId) { estateId units headcount totalArea developerHeldUnits undesignatedUnits } }`, { estateId });
    return { data: data.ownerRoll };
  },

  async moveElection({ id, version, action, cancelReason }) {
    const spec = RESOURCES.elections;
    const data = await mutate<any>(`mutation MoveElection($id: ID!, $version: Int!, $action: ElectionAction!, $cancelReason: ElectionCancelReason) {
      moveElection(id: $id, version: $version, action: $action, cancelReason: $cancelReason) { ${spec.fields} } }`, { id, version, action, cancelReason: cancelReason ?? null });
    return { data: data.moveElection };
  },

  async nominateCandidate(electionId, input) {
    const data = await mutate<any>(`mutation Nominate($electionId: ID!, $input: NominationInput!) {
      nominateCandidate(electionId: $electionId, input: $input) { id decision } }`, { electionId, input }, input);
    return { data: data.nominateCandidate };
  },

  async recordEligibilityCheck(candidateId, version, input) {
    const data = await mutate<any>(`mutation Check($candidateId: ID!, $version: Int!, $input: EligibilityCheckInput!) {
      recordEligibilityCheck(candidateId: $candidateId, version: $version, input: $input) { id version decision } }`, { candidateId, version, input }, { ...input });
    return { data: data.recordEligibilityCheck };
  },

  async fileObjection(candidateId, input) {
    const data = await mutate<any>(`mutation Object($candidateId: ID!, $input: ObjectionInput!) {
      fileObjection(candidateId: $candidateId, input: $input) { id } }`, { candidateId, input }, input);
    return { data: data.fileObjection };
  },

  async resolveObjection(id, resolution) {
    const data = await mutate<any>(`mutation Resolve($id: ID!, $resolution: String!) { resolveObjection(id: $id, resolution: $resolution) { id resolvedOn } }`, { id, resolution });
    return { data: data.resolveObjection };
  },

  async votingPersons(electionId, { q, skip = 0, take = 10 }) {
    const data = await query(`query VotingPersons($electionId: ID!, $q: String, $skip: Int, $take: Int) {
      votingPersons(electionId: $electionId, q: $q, skip: $skip, take: $take) { totalItems items { personKey ownerId name units area voted } } }`, {
      electionId,
      q: q?.trim() || null,
      skip,
      take,
    });
    return { data: data.votingPersons.items, total: data.votingPersons.totalItems };
  },

  async recordBallot(electionId, input) {
    const data = await mutate<any>(`mutation Ballot($electionId: ID!, $input: BallotInput!) {
      recordBallot(electionId: $electionId, input: $input) { id voterKey method choices recordedAt } }`, { electionId, input }, { ...input });
    return { data: data.recordBallot };
  },

  async moveResolution({ id, version, action }) {
    const spec = RESOURCES.resolutions;
    const data = await mutate<any>(`mutation MoveResolution($id: ID!, $version: Int!, $action: ResolutionAction!) {
      moveResolution(id: $id, version: $version, action: $action) { ${spec.fields} } }`, { id, version, action });
    return { data: data.moveResolution };
  },

  async recordResolutionBallot(resolutionId, input) {
    const data = await mutate<any>(`mutation ResolutionBallot($resolutionId: ID!, $input: ResolutionBallotInput!) {
      recordResolutionBallot(resolutionId: $resolutionId, input: $input) { id voterKey method choice recordedAt } }`, { resolutionId, input }, { ...input });
    return { data: data.recordResolutionBallot };
  },

  async getTally(electionId) {
    const data = await query(`query Tally($id: ID!) { election(id: $id) { id tally { ${TALLY} } } }`, { id: electionId });
    return { data: data.election.tally };
  },

  async setCommitteeMembers(id, version, input) {
    const spec = RESOURCES.committees;
    const data = await mutate<any>(`mutation Members($id: ID!, $version: Int!, $input: CommitteeMembersInput!) {
      setCommitteeMembers(id: $id, version: $version, input: $input) { ${spec.fields} ${spec.oneFields} } }`, { id, version, input }, input);
    return { data: data.setCommitteeMembers };
  },

  async addFilingMaterial(filingId, input) {
    const data = await mutate<any>(`mutation Material($filingId: ID!, $input: MaterialInput!) {
      addFilingMaterial(filingId: $filingId, input: $input) { id kind fileName sizeBytes } }`, { filingId, input });
    return { data: data.addFilingMaterial };
  },

  async removeFilingMaterial(id) {
    const data = await mutate<any>(`mutation RemoveMaterial($id: ID!) { removeFilingMaterial(id: $id) }`, { id });
    return { data: data.removeFilingMaterial };
  },

  async getFilingMaterialContent(id) {
    const data = await query(`query MaterialContent($id: ID!) { filingMaterialContent(id: $id) }`, { id });
    return { data: data.filingMaterialContent };
  },

  async getHolidayCalendar(year) {
    const data = await query(`query HolidayCalendar($year: Int!) { holidayCalendar(year: $year) {
      year decree noticeEntered notice { year document enteredAt days { date kind note } }
      days { date dayOff reason festivals note missingNotices } } }`, { year });
    return { data: data.holidayCalendar };
  },

  async setHolidayNotice(year, document, days) {
    const data = await mutate<any>(`mutation SetHolidayNotice($year: Int!, $document: String!, $days: [HolidayNoticeDayInput!]!) {
      setHolidayNotice(year: $year, document: $document, days: $days) { recomputedFilings notice { year } } }`, { year, document, days });
    return { data: data.setHolidayNotice };
  },
};

async function query(text: string, variables: Record<string, unknown> = {}): Promise<any> {
  try {
    const result = await apolloClient.query({ query: gql(text), variables, fetchPolicy: 'no-cache' });
    return result.data;
  } catch (error) {
    throw toHttpError(error);
  }
}
