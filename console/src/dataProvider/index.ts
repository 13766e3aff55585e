import buildGraphQLProvider from 'ra-data-graphql';
import type { DataProvider, GetListParams, GetListResult, RaRecord } from 'react-admin';
import { buildQueryOf, EXPORT_PAGE, type FilingMove, type FilingTarget, MAX_TAKE, type Resource } from './buildQuery';
import { apolloClient } from './client';
import { toHttpError } from './errors';

export type { FilingActionName, FilingMove } from './buildQuery';

/**
 * Every call's error as a coded HttpError (see errors.ts), with the submitted values for field messages and the
 * resource's own naming of the API's input fields as the form's sources (`formFieldOf`).
 */
function withErrors<A extends unknown[], R>(call: (...args: A) => Promise<R>, values?: (...args: A) => Record<string, unknown>, formFieldOf?: (...args: A) => Resource['formField']) {
  return async (...args: A): Promise<R> => {
    try {
      return await call(...args);
    } catch (error) {
      throw toHttpError(error, values?.(...args), formFieldOf?.(...args));
    }
  };
}

const unsupported = (what: string) => () => Promise.reject(new Error(`${what} is not offered by the API`));

/** The calls of the filing lifecycle, for every resource that is filed (firms, projects, committee filings). */
export interface FilingCalls {
  /** submit / approve / return / revoke a filing at the version the user saw */
  filingAction(resource: string, params: FilingTarget & FilingMove): Promise<{ data: RaRecord }>;
}

/**
 * react-admin's data provider over the API: the standard methods through buildQuery and each resource's
 * documents, plus the resources' own calls (each folder's *.api.ts), which answer `{ data }` like the rest.
 */
export function createDataProvider<Calls extends object>(resources: Readonly<Record<string, Resource>>, calls: Calls): DataProvider & FilingCalls & Calls {
  const base = buildGraphQLProvider({ client: apolloClient as never, buildQuery: buildQueryOf(resources), introspection: false });

  /** A page of the list, or for exports (more than a page may hold) all of it, read with the keyset cursor. */
  async function readList<R extends RaRecord>(resource: string, params: GetListParams): Promise<GetListResult<R>> {
    const perPage = params.pagination?.perPage ?? 25;
    if (perPage <= MAX_TAKE) return base.getList<R>(resource, params);
    const data: R[] = [];
    let after: string | undefined;
    let total = 0;
    do {
      const page = await base.getList<R>(resource, { ...params, pagination: { page: 1, perPage: EXPORT_PAGE }, meta: { ...params.meta, after } });
      data.push(...page.data);
      total = page.total ?? data.length;
      after = (page as { meta?: { nextCursor?: string } }).meta?.nextCursor ?? undefined;
    } while (after && data.length < perPage);
    return { data: data.slice(0, perPage), total };
  }

  return {
    ...calls,
    async getList<R extends RaRecord>(resource: string, params: GetListParams) {
      try {
        return await readList<R>(resource, params);
      } catch (error) {
        throw toHttpError(error);
      }
    },
    getOne: withErrors(base.getOne),
    getMany: withErrors(base.getMany),
    getManyReference: withErrors(base.getManyReference),
    create: withErrors(base.create, (_resource, params) => params.data, (resource) => resources[resource]?.formField),
    update: withErrors(base.update, (_resource, params) => params.data, (resource) => resources[resource]?.formField),
    updateMany: unsupported('updateMany'),
    delete: unsupported('delete'),
    deleteMany: unsupported('deleteMany'),
    async filingAction(resource, params) {
      const filingAction = resources[resource]?.filingAction ?? unsupported(`Filing ${resource}`);
      return { data: await filingAction(params) };
    },
  };
}
