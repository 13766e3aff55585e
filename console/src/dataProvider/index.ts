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
export type ImportKind = 'FIRMS' | 'PROJECTS';
export type ImportMode = 'ALL_OR_NOTHING' | 'VALID_ROWS';
export interface ImportFile {
  name: string;
  contentBase64: string;
}

const VERB: Record<FilingActionName, string> = { SUBMIT: 'submit', APPROVE: 'approve', RETURN: 'return', REVOKE: 'revoke' };

const IMPORT_REPORT = `kind mode format encoding committed totalRows valid invalid duplicates created skipped
  rows { row status label recordId duplicateOfRow fieldErrors { field column rule message } }`;

export interface RegistryDataProvider extends DataProvider {
  /** submit / approve / return / revoke a filing at the version the user saw */
  filingAction(resource: string, params: { id: string | number; version: number; action: FilingActionName; reason?: string; note?: string }): Promise<{ data: any }>;
  getDashboard(): Promise<{ data: any }>;
  previewImport(kind: ImportKind, file: ImportFile): Promise<{ data: any }>;
  runImport(kind: ImportKind, file: ImportFile, mode: ImportMode): Promise<{ data: any }>;
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
    const data = await mutateOrQuery(`query Dashboard { dashboard {
      firms { approved target submitted total } projects { approved target submitted total }
      committees { approved target submitted total } waitingTotal
      waiting { kind id name submittedAt waitingDays } byDistrict { districtId code name firms projects } } }`);
    return { data: data.dashboard };
  },

  async previewImport(kind, file) {
    const data = await mutate<any>(`mutation PreviewImport($kind: ImportKind!, $file: ImportFileInput!) {
      previewImport(kind: $kind, file: $file) { ${IMPORT_REPORT} } }`, { kind, file });
    return { data: data.previewImport };
  },

  async runImport(kind, file, mode) {
    const data = await mutate<any>(`mutation RunImport($kind: ImportKind!, $file: ImportFileInput!, $mode: ImportMode!) {
      runImport(kind: $kind, file: $file, mode: $mode) { ${IMPORT_REPORT} } }`, { kind, file, mode });
    return { data: data.runImport };
  },
};

async function mutateOrQuery(query: string): Promise<any> {
  try {
    const result = await apolloClient.query({ query: gql(query), fetchPolicy: 'no-cache' });
    return result.data;
  } catch (error) {
    throw toHttpError(error);
  }
}
