import { gql } from '@apollo/client';
import type { BuildQuery, BuildQueryFactory } from 'ra-data-graphql';
import { CREATE, GET_LIST, GET_MANY, GET_MANY_REFERENCE, GET_ONE, UPDATE } from 'ra-core';
import { MAX_TAKE, RESOURCES, ResourceSpec, sortEnum } from './resources';

/** Form and filter values the API does not take: empty strings and unset values. */
function cleanFilter(filter: Record<string, unknown> = {}): Record<string, unknown> | undefined {
  const entries = Object.entries(filter).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return entries.length ? Object.fromEntries(entries) : undefined;
}

function specOf(resource: string): ResourceSpec {
  const spec = RESOURCES[resource];
  if (!spec) throw new Error(`Unknown resource ${resource}`);
  return spec;
}

function listOptions(spec: ResourceSpec, params: any, filter: Record<string, unknown> | undefined) {
  const { page = 1, perPage = 25 } = params.pagination ?? {};
  const field = params.sort?.field;
  const sort = field && spec.sortFields.includes(field)
    ? { field: sortEnum(field), direction: params.sort.order === 'DESC' ? 'DESC' : 'ASC' }
    : { field: sortEnum(spec.defaultSort), direction: 'ASC' };
  const after: string | undefined = params.meta?.after ?? undefined;
  return {
    take: Math.min(perPage, MAX_TAKE),
    ...(after ? { after } : { skip: (page - 1) * perPage }),
    sort,
    ...(filter ? { filter } : {}),
  };
}

function listQuery(spec: ResourceSpec) {
  return gql`query ${spec.list}($options: ${spec.type}ListOptions) {
    ${spec.list}(options: $options) { totalItems nextCursor items { ${spec.fields} } }
  }`;
}

const normalise = (spec: ResourceSpec) => (record: Record<string, any>) => (spec.normalise ? spec.normalise(record) : record);

/**
 * react-admin's data provider methods as the API's operations (STACK.md: our own buildQuery, no introspection).
 * getMany reads through the `ids` filter every list accepts; getManyReference narrows by the target field.
 */
export const buildQuery: BuildQueryFactory = () => {
  const build: BuildQuery = (method, resource, params) => {
    const spec = specOf(resource);
    switch (method) {
      case GET_LIST:
      case GET_MANY_REFERENCE: {
        const filter = cleanFilter(method === GET_MANY_REFERENCE ? { ...params.filter, [params.target]: String(params.id) } : params.filter);
        return {
          query: listQuery(spec),
          variables: { options: listOptions(spec, params, filter) },
          parseResponse: ({ data }: any) => ({
            data: data[spec.list].items.map(normalise(spec)),
            total: data[spec.list].totalItems,
            meta: { nextCursor: data[spec.list].nextCursor },
          }),
        };
      }
      case GET_MANY: {
        const ids = (params.ids as Array<string | number>).map(String);
        return {
          query: listQuery(spec),
          variables: { options: { take: Math.max(1, Math.min(ids.length, MAX_TAKE)), filter: { ids } } },
          parseResponse: ({ data }: any) => ({ data: data[spec.list].items.map(normalise(spec)) }),
        };
      }
      case GET_ONE: {
        if (!spec.one) throw new Error(`${resource} has no single-record query`);
        return {
          query: gql`query ${spec.one}($id: ID!) { ${spec.one}(id: $id) { ${spec.fields} } }`,
          variables: { id: String(params.id) },
          parseResponse: ({ data }: any) => ({ data: normalise(spec)(data[spec.one!]) }),
        };
      }
      case CREATE: {
        if (!spec.createInput) throw new Error(`${resource} is read-only`);
        const name = `create${spec.type}`;
        return {
          query: gql`mutation ${name}($input: ${spec.createInputType}!) { ${name}(input: $input) { ${spec.fields} } }`,
          variables: { input: spec.createInput(params.data) },
          parseResponse: ({ data }: any) => ({ data: normalise(spec)(data[name]) }),
        };
      }
      case UPDATE: {
        if (!spec.updateInput) throw new Error(`${resource} is read-only`);
        const name = `update${spec.type}`;
        return {
          query: gql`mutation ${name}($id: ID!, $version: Int!, $input: ${spec.updateInputType}!) {
            ${name}(id: $id, version: $version, input: $input) { ${spec.fields} }
          }`,
          // optimistic locking: the version the form was opened with, never the latest one
          variables: { id: String(params.id), version: params.previousData?.version ?? params.data.version, input: spec.updateInput(params.data) },
          parseResponse: ({ data }: any) => ({ data: normalise(spec)(data[name]) }),
        };
      }
      default:
        throw new Error(`${method} is not offered by the API for ${resource}`);
    }
  };
  return build;
};

export { listQuery };
