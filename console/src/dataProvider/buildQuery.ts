import type { BuildQueryFactory, BuildQueryResult } from 'ra-data-graphql';
import { CREATE, GET_LIST, GET_MANY, GET_MANY_REFERENCE, GET_ONE, UPDATE } from 'ra-core';
import type { CreateParams, GetListParams, GetManyParams, GetManyReferenceParams, GetOneParams, Identifier, RaRecord, UpdateParams } from 'ra-core';
import type { ReturnReason, RevokeReason, SortDirection } from '../generated/graphql';
import { call, documentOf, type Operation } from './client';

/** A page of the list contract, as every list answers it (its documents alias it `list`). */
export interface Page<Raw> {
  totalItems: number;
  nextCursor?: string | null;
  items: Raw[];
}

/** The list contract's options, with the resource's sort enum S and filter input F. */
export interface ListOptions<S extends string, F> {
  skip?: number | null;
  take?: number | null;
  after?: string | null;
  sort?: { field: S; direction?: SortDirection } | null;
  filter?: F | null;
}

/** A move of the filing lifecycle: Return and Revoke carry a coded reason and a note. */
export type FilingMove =
  | { action: 'SUBMIT' | 'APPROVE' }
  | { action: 'RETURN'; reason: ReturnReason; note?: string | null }
  | { action: 'REVOKE'; reason: RevokeReason; note?: string | null };
export type FilingActionName = FilingMove['action'];

interface Versioned {
  id: string;
  version: number;
}

/** The record a filing action names: the one on screen, at the version the user saw. */
export interface FilingTarget {
  id: Identifier;
  version: number;
}

/** The four filing mutations of a filed record (firms, projects, committee filings), answers aliased `record`. */
export interface FilingDocuments<Raw> {
  SUBMIT: Operation<{ record: Raw }, Versioned>;
  APPROVE: Operation<{ record: Raw }, Versioned>;
  RETURN: Operation<{ record: Raw }, Versioned & { reason: ReturnReason; note?: string | null }>;
  REVOKE: Operation<{ record: Raw }, Versioned & { reason: RevokeReason; note?: string | null }>;
}

/**
 * How one react-admin resource maps onto the API, in its own folder (e.g. firms/firm.api.ts): typed documents
 * whose answers are aliased `list` / `record`, the record as the console uses it, the form values as the
 * API's input, and the columns the API sorts by (console field → the list's sort enum).
 */
export interface ResourceSpec<Raw, Rec extends RaRecord, S extends string, F, C, U, CV, UV> {
  /** absent when records are only read one by one */
  list?: Operation<{ list: Page<Raw> }, { options?: ListOptions<S, F> | null }>;
  one?: Operation<{ record: Raw }, { id: string }>;
  /** absent when the resource is read-only */
  create?: { document: Operation<{ record: Raw }, { input: C }>; input(values: CV): C };
  update?: { document: Operation<{ record: Raw }, { id: string; version: number; input: U }>; input(values: UV): U };
  /** the record as the console uses it (e.g. flattening nested places) */
  normalise?(raw: Raw): Rec;
  /** the sort enum comes from the list document: a column it does not know fails to compile */
  sort?: { fields: Partial<Record<keyof Rec & string, NoInfer<S>>>; default: NoInfer<S> };
  filing?: FilingDocuments<Raw>;
  /** the form's source for a field the API names in its input (`phases[2].startsOn`), where the two differ */
  formField?(apiField: string, values: Record<string, unknown>): string | undefined;
}

/** A resource's requests with its types closed over: what buildQuery and the filing buttons need. */
export interface Resource {
  getList(params: Pick<GetListParams, 'pagination' | 'sort' | 'filter' | 'meta'>): BuildQueryResult;
  getMany(params: Pick<GetManyParams, 'ids'>): BuildQueryResult;
  getOne(params: Pick<GetOneParams, 'id'>): BuildQueryResult;
  create(params: Pick<CreateParams, 'data'>): BuildQueryResult;
  update(params: Pick<UpdateParams, 'id' | 'data' | 'previousData'>): BuildQueryResult;
  /** submit / approve / return / revoke at the version the user saw; absent for records that are not filed */
  filingAction?(params: FilingTarget & FilingMove): Promise<RaRecord>;
  /** the form's source for a field the API names in its input, where the two differ (ResourceSpec.formField) */
  formField?(apiField: string, values: Record<string, unknown>): string | undefined;
}

/** The page size the API accepts at most (MAX_PAGE_SIZE); larger reads are paged with the keyset cursor. */
export const MAX_TAKE = 200;

/**
 * Page size for reading everything (CSV export): the API's complexity limit counts a list's items ten times
 * over on top of `take`, so 100 full records per request stay well inside it.
 */
export const EXPORT_PAGE = 100;

/**
 * The filter of react-admin's list as the API's filter input, empty values dropped: the screens' filter
 * inputs are named by the API's filter fields (getMany reads by `ids`, which every list filter takes), and
 * the server checks every value's type.
 */
function apiFilter<F>(values: Record<string, unknown>): F | undefined {
  const entries = Object.entries(values).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return entries.length ? (Object.fromEntries(entries) as F) : undefined;
}

/** A react-admin form's values (untyped there) as the resource's form type: its *Inputs name their sources by it. */
const formValues = <V,>(data: object) => data as V;

const unoffered = (what: string): never => {
  throw new Error(`${what} is not offered by the API`);
};

/**
 * A resource from its spec: its types (the record, the sort enum, the filter and input types, the form values)
 * are inferred from its documents and mappers, checked there, and closed over here.
 */
export function defineResource<Raw extends RaRecord, S extends string = never, F = never, C = never, U = never, CV = never, UV = never, Rec extends RaRecord = Raw>(
  name: string,
  spec: ResourceSpec<Raw, Rec, S, F, C, U, CV, UV>,
): Resource {
  const normalise = (raw: Raw): Rec | Raw => (spec.normalise ? spec.normalise(raw) : raw);
  const list = () => spec.list ?? unoffered(`A list of ${name}`);
  const sortOf = (field: string | undefined, order: string | undefined): ListOptions<S, F>['sort'] => {
    const sort = spec.sort ?? unoffered(`Sorting ${name}`);
    const chosen = Object.entries(sort.fields).find(([column]) => column === field)?.[1];
    return chosen ? { field: chosen, direction: order === 'DESC' ? 'DESC' : 'ASC' } : { field: sort.default, direction: 'ASC' };
  };
  const readPage = ({ data }: { data: { list: Page<Raw> } }) => ({
    data: data.list.items.map(normalise),
    total: data.list.totalItems,
    meta: { nextCursor: data.list.nextCursor },
  });
  const readRecord = ({ data }: { data: { record: Raw } }) => ({ data: normalise(data.record) });

  return {
    formField: spec.formField,
    getList({ pagination, sort, filter = {}, meta }) {
      const { page = 1, perPage = 25 } = pagination ?? {};
      const after: string | undefined = meta?.after ?? undefined;
      const options: ListOptions<S, F> = {
        take: Math.min(perPage, MAX_TAKE),
        ...(after ? { after } : { skip: (page - 1) * perPage }),
        sort: sortOf(sort?.field, sort?.order),
      };
      const filterInput = apiFilter<F>(filter);
      if (filterInput) options.filter = filterInput;
      return { query: documentOf(list()), variables: { options }, parseResponse: readPage };
    },
    getMany({ ids }) {
      const wanted = ids.map(String);
      const options: ListOptions<S, F> = { take: Math.max(1, Math.min(wanted.length, MAX_TAKE)), filter: apiFilter<F>({ ids: wanted }) };
      return { query: documentOf(list()), variables: { options }, parseResponse: readPage };
    },
    getOne({ id }) {
      const one = spec.one ?? unoffered(`A single ${name} record`);
      return { query: documentOf(one), variables: { id: String(id) }, parseResponse: readRecord };
    },
    create({ data }) {
      const create = spec.create ?? unoffered(`Creating ${name}`);
      return { query: documentOf(create.document), variables: { input: create.input(formValues<CV>(data)) }, parseResponse: readRecord };
    },
    update({ id, data, previousData }) {
      const update = spec.update ?? unoffered(`Editing ${name}`);
      // optimistic locking: the version the form was opened with, never the latest one
      const version = Number(previousData?.version ?? data.version);
      return { query: documentOf(update.document), variables: { id: String(id), version, input: update.input(formValues<UV>(data)) }, parseResponse: readRecord };
    },
    filingAction: spec.filing && filingActionOf(spec.filing, normalise),
  };
}

function filingActionOf<Raw, Rec>(documents: FilingDocuments<Raw>, normalise: (raw: Raw) => Rec) {
  return async ({ id, version, ...move }: FilingTarget & FilingMove): Promise<Rec> => {
    const at = { id: String(id), version };
    switch (move.action) {
      case 'SUBMIT':
      case 'APPROVE':
        return normalise((await call(documents[move.action], at)).record);
      case 'RETURN':
        return normalise((await call(documents.RETURN, { ...at, reason: move.reason, note: move.note || null })).record);
      case 'REVOKE':
        return normalise((await call(documents.REVOKE, { ...at, reason: move.reason, note: move.note || null })).record);
    }
  };
}

/**
 * react-admin's data provider methods as the API's operations (our own buildQuery: ra-data-graphql-simple wants graphql 15, and introspection is off).
 * getMany reads through the `ids` filter every list accepts; getManyReference narrows by the target field.
 */
export const buildQueryOf =
  (resources: Readonly<Record<string, Resource>>): BuildQueryFactory =>
  () =>
  (method, name, params) => {
    const resource = resources[name];
    if (!resource) throw new Error(`Unknown resource ${name}`);
    switch (method) {
      case GET_LIST:
        return resource.getList(params);
      case GET_MANY_REFERENCE: {
        const { target, id, filter }: GetManyReferenceParams = params;
        return resource.getList({ ...params, filter: { ...filter, [target]: String(id) } });
      }
      case GET_MANY:
        return resource.getMany(params);
      case GET_ONE:
        return resource.getOne(params);
      case CREATE:
        return resource.create(params);
      case UPDATE:
        return resource.update(params);
      default:
        throw new Error(`${method} is not offered by the API for ${name}`);
    }
  };
