import { print, type DocumentNode } from 'graphql';
import { HttpError } from 'ra-core';
import { firms } from '../firms/firm.api';
import { projects } from '../projects/project.api';
import { districts } from '../shared/geography.api';
import { elections } from '../elections/election.api';
import { buildQueryOf, type ListOptions } from './buildQuery';
import { creditCodeProblem, toHttpError } from './errors';

/** What buildQuery hands Apollo, as these tests read it. */
interface Built {
  query: DocumentNode;
  variables: { options: ListOptions<string, Record<string, unknown>>; id?: string; version?: number; input?: Record<string, unknown> };
}

const buildQuery = buildQueryOf({ firms, projects, districts })(undefined as never);
const build = (method: string, resource: string, params: object): Built => {
  const { query, variables } = buildQuery(method, resource, params);
  return { query, variables: variables as Built['variables'] };
};

describe('buildQuery', () => {
  it('maps getList onto the list contract: page → skip/take, sort → the API enum, empty filters dropped', () => {
    const { query, variables } = build('GET_LIST', 'firms', {
      pagination: { page: 3, perPage: 25 },
      sort: { field: 'creditCode', order: 'DESC' },
      filter: { name: '湖州', filingStatus: '', districtId: undefined },
    });
    expect(print(query)).toContain('firms(options: $options)');
    expect(variables).toEqual({
      options: { take: 25, skip: 50, sort: { field: 'CREDIT_CODE', direction: 'DESC' }, filter: { name: '湖州' } },
    });
  });

  it('falls back to the default sort when a column cannot be sorted by the API', () => {
    const { variables } = build('GET_LIST', 'projects', { pagination: { page: 1, perPage: 10 }, sort: { field: 'billingModel', order: 'ASC' }, filter: {} });
    expect(variables.options.sort).toEqual({ field: 'NAME', direction: 'ASC' });
  });

  it('pages with the keyset cursor when one is given', () => {
    const { variables } = build('GET_LIST', 'firms', { pagination: { page: 1, perPage: 100 }, sort: { field: 'id', order: 'ASC' }, filter: {}, meta: { after: 'abc' } });
    expect(variables.options).toEqual({ take: 100, after: 'abc', sort: { field: 'ID', direction: 'ASC' } });
  });

  it('reads getMany through the ids filter and getManyReference through the target', () => {
    expect(build('GET_MANY', 'districts', { ids: [1, '2'] }).variables).toEqual({ options: { take: 2, filter: { ids: ['1', '2'] } } });
    const { variables } = build('GET_MANY_REFERENCE', 'projects', {
      target: 'estateId',
      id: 7,
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'contractStart', order: 'ASC' },
      filter: {},
    });
    expect(variables.options.filter).toEqual({ estateId: '7' });
    expect(variables.options.sort).toEqual({ field: 'CONTRACT_START', direction: 'ASC' });
  });

  it('updates at the version the form was opened with, sending only the input fields', () => {
    const { query, variables } = build('UPDATE', 'firms', {
      id: 5,
      previousData: { id: 5, version: 3 },
      data: { id: 5, version: 4, name: ' 湖州物业 ', creditCode: '91330599T00000001X', establishedOn: '', districtId: 1, filingStatus: 'DRAFT' },
    });
    expect(print(query)).toContain('updateFirm(id: $id, version: $version, input: $input)');
    expect(variables.version).toBe(3);
    expect(variables.input).toMatchObject({ name: '湖州物业', establishedOn: null, districtId: '1', status: 'ACTIVE' });
    expect(variables.input).not.toHaveProperty('filingStatus');
  });

  it('writes decimals as exact strings and counts as integers for projects', () => {
    const { variables } = build('CREATE', 'projects', { data: { residentialFee: 1.9, commercialFee: '', households: '428', managedArea: 45210.5 } });
    expect(variables.input).toMatchObject({ residentialFee: '1.9', commercialFee: null, households: 428, managedArea: '45210.5' });
  });

  it('refuses what the API does not offer (delete)', () => {
    expect(() => build('DELETE', 'firms', { id: 1 })).toThrow(/not offered/);
  });

  it.each([
    ['firms', 'creditCode', 'CREDIT_CODE'],
    ['firms', 'updatedAt', 'UPDATED_AT'],
    ['projects', 'contractStart', 'CONTRACT_START'],
    ['districts', 'name', 'NAME'],
  ])('sorts %s by %s with the API’s enum %s', (resource, field, sortField) => {
    const { variables } = build('GET_LIST', resource, { pagination: { page: 1, perPage: 5 }, sort: { field, order: 'ASC' }, filter: {} });
    expect(variables.options.sort).toEqual({ field: sortField, direction: 'ASC' });
  });
});

const apolloError = (extensions: Record<string, unknown>, message = 'server words') => new HttpError(message, 200, { graphQLErrors: [{ message, extensions }] });

describe('toHttpError', () => {
  it('puts BAD_USER_INPUT field errors where react-admin shows them, translated by rule', () => {
    const error = toHttpError(
      apolloError({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'contactPhone', rule: 'PHONE', message: 'must be a phone' }, { field: 'creditCode', rule: 'CREDIT_CODE_TAKEN', message: 'taken' }] }),
    );
    expect(error.status).toBe(400);
    expect(error.message).toBe('wuye.errors.BAD_USER_INPUT');
    const errors = error.body.errors;
    expect(JSON.parse(errors.contactPhone.replace('@@react-admin@@', ''))).toEqual({ message: 'wuye.rules.PHONE', args: { _: 'must be a phone' } });
    expect(errors.creditCode).toContain('wuye.rules.CREDIT_CODE_TAKEN');
  });

  it('puts an ALREADY_EXISTS that names its field at that field, by its rule and figures', () => {
    const error = toHttpError(apolloError({ code: 'ALREADY_EXISTS', field: 'month', rule: 'ACCRUAL_POSTED', month: '2026-03' }, '2026-03 is posted already'));
    expect(error.status).toBe(409);
    expect(JSON.parse(error.body.errors.month.replace('@@react-admin@@', ''))).toEqual({ message: 'wuye.rules.ACCRUAL_POSTED', args: { _: '2026-03 is posted already', month: '2026-03' } });
    expect(error.body.fieldErrors).toEqual([{ field: 'month', rule: 'ACCRUAL_POSTED', message: '2026-03 is posted already', args: { month: '2026-03' } }]);
    // a refusal that names no field stays the notification's
    expect(toHttpError(apolloError({ code: 'ALREADY_EXISTS', rule: 'ELECTION_RUNNING', electionId: '3' })).body.errors).toBeUndefined();
  });

  it('puts a field the API names in its input at the form source the resource gives for it, and the rest as named', () => {
    const plan = { phasePlan: { PREPARATION: { startsOn: '2026-12-01' }, VOTING: { startsOn: '2026-12-05', endsOn: '2026-12-09' } } };
    const error = toHttpError(
      apolloError({
        code: 'BAD_USER_INPUT',
        fieldErrors: [
          { field: 'phases[1].startsOn', rule: 'VOTING_NOTICE_TOO_SHORT', message: 'x' },
          { field: 'title', rule: 'LENGTH', message: 'y' },
        ],
      }),
      plan,
      elections.formField,
    );
    expect(Object.keys(error.body.errors)).toEqual(['phasePlan.VOTING.startsOn', 'title']);
    // an entry the form did not send stays as the API named it
    const unknown = toHttpError(apolloError({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'phases[5].endsOn', rule: 'X', message: 'z' }] }), plan, elections.formField);
    expect(Object.keys(unknown.body.errors)).toEqual(['phases[5].endsOn']);
  });

  it.each([
    ['CREDIT_CODE_CHECK', '91350100M000100Y44', { expected: '3', actual: '4' }],
    ['CREDIT_CODE_CHECK', '９１３５０１００ｍ０００１００ｙ４４', { expected: '3', actual: '4' }],
    ['CREDIT_CODE_LENGTH', '9135', { count: 4 }],
    ['CREDIT_CODE_CHARACTER', '91350100M000100Y4Z', { position: 18, character: 'Z' }],
  ])('explains the server’s %s from the value sent, with its figures', (rule, creditCode, args) => {
    const error = toHttpError(apolloError({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'creditCode', rule, message: 'x' }] }), { creditCode });
    expect(JSON.parse(error.body.errors.creditCode.replace('@@react-admin@@', ''))).toMatchObject({ message: `wuye.rules.${rule}`, args });
  });

  it('explains a bad credit code from the value sent, by the server’s own rule', () => {
    const error = toHttpError(apolloError({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'creditCode', rule: 'CREDIT_CODE', message: 'x' }] }), {
      creditCode: '91350100M000100Y44',
    });
    expect(JSON.parse(error.body.errors.creditCode.replace('@@react-admin@@', ''))).toMatchObject({
      message: 'wuye.rules.CREDIT_CODE_CHECK',
      args: { expected: '3', actual: '4' },
    });
    expect(creditCodeProblem('91350100M000100Y43')).toBeUndefined();
    expect(creditCodeProblem('9135')).toMatchObject({ message: 'wuye.rules.CREDIT_CODE_LENGTH', args: { count: 4 } });
  });

  it.each([
    [{ code: 'UNAUTHENTICATED' }, 401, 'wuye.errors.UNAUTHENTICATED'],
    [{ code: 'FORBIDDEN', reason: 'ROLE' }, 403, 'wuye.errors.FORBIDDEN'],
    [{ code: 'FORBIDDEN', reason: 'MAKER_CHECKER' }, 403, 'wuye.errors.MAKER_CHECKER'],
    [{ code: 'FORBIDDEN', reason: 'JURISDICTION' }, 403, 'wuye.errors.JURISDICTION'],
    [{ code: 'FORBIDDEN', reason: 'SELF' }, 403, 'wuye.errors.SELF'],
    [{ code: 'CONFLICT', currentVersion: 4 }, 409, 'wuye.errors.CONFLICT'],
    [{ code: 'INVALID_TRANSITION' }, 409, 'wuye.errors.INVALID_TRANSITION'],
    [{ code: 'CONTRACT_OVERLAP' }, 409, 'wuye.errors.CONTRACT_OVERLAP'],
    // the project in the way, named when the server names it
    [{ code: 'CONTRACT_OVERLAP', projectId: '381', projectName: '爱山公寓物业服务', filingNumber: '湖物项备〔2026〕0001号' }, 409, 'wuye.errors.CONTRACT_OVERLAP_WITH'],
    [{ code: 'GRAPHQL_VALIDATION_FAILED' }, 400, 'server words'],
  ])('maps %j to HTTP %s with message %s', (extensions, status, message) => {
    const error = toHttpError(apolloError(extensions));
    expect([error.status, error.message, error.body.code]).toEqual([status, message, extensions.code]);
  });

  it('keeps CONFLICT’s current version for the reload offer', () => {
    expect(toHttpError(apolloError({ code: 'CONFLICT', currentVersion: 4 })).body.currentVersion).toBe(4);
  });

  it('reports a failed network as NETWORK', () => {
    const error = toHttpError(new HttpError('Failed to fetch', 0, { networkError: { message: 'Failed to fetch' } }));
    expect([error.message, error.body.code]).toEqual(['wuye.errors.NETWORK', 'NETWORK']);
  });
});
