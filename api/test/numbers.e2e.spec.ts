import { startTestApp, TestApp } from './harness';

/**
 * Numbers keep one meaning from the client to the column (docs/integrators.md#numbers): a Decimal travels as a
 * string in its one form, a JSON number JSON.parse would round is refused where the body is read, and each odd
 * writing has one defined outcome, the same in a variable and in the query text.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const CREATE_ESTATE = 'mutation C($i: EstateInput!) { createEstate(input: $i) { id residentialFloorArea households } }';
const estate = (fields: Record<string, unknown>) => ({
  communityId: '1',
  name: `数字小区${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`,
  address: '湖州市吴兴区测试路1号',
  totalFloorArea: '100',
  residentialFloorArea: '50',
  households: 3,
  buildings: 1,
  ...fields,
});
const count = async () => (await app.ds.query(`SELECT count(*)::int AS n FROM estate`))[0].n;

/** A body as written, not through JSON.stringify (which could not send 12345678901234567890 as it is). */
async function postRaw(body: string, token: string) {
  const response = await fetch(`${app.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions: Record<string, any> }> } };
}

describe('a Decimal variable', () => {
  it.each([
    ['a JSON number 0.1', 0.1],
    ['a JSON number 50', 50],
    ['a JSON number 1e21', 1e21],
    ['NaN', 'NaN'],
    ['Infinity', 'Infinity'],
    ['an exponent "1e3"', '1e3'],
    ['a leading "+"', '+50'],
    ['a space inside "5 0"', '5 0'],
    ['grouping "1,050"', '1,050'],
    ['".5"', '.5'],
    ['full-width digits', '５０'],
  ])('%s is refused as BAD_USER_INPUT (400) on the variable, storing nothing', async (_what, value) => {
    const before = await count();
    const result = await app.gql(CREATE_ESTATE, { i: estate({ residentialFloorArea: value }) }, await app.tokenFor('clerk'));
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'i', rule: 'VARIABLE', message: expect.stringContaining('Decimal must') }] });
    expect(await count()).toBe(before);
  });

  it.each([
    ['"50.5"', '50.5', '50.50'],
    ['spaces around', ' 50.5 ', '50.50'],
    ['leading zeros', '0050.5', '50.50'],
    ['"-0"', '-0', '0.00'],
    ['"-0.00"', '-0.00', '0.00'],
  ])('%s is stored as the number it writes', async (_what, value, stored) => {
    const { createEstate } = await app.as('clerk', CREATE_ESTATE, { i: estate({ residentialFloorArea: value }) });
    expect(createEstate.residentialFloorArea).toBe(stored);
  });

  it('"50.123" is DECIMAL_PLACES on the field, never rounded', async () => {
    const result = await app.gql(CREATE_ESTATE, { i: estate({ residentialFloorArea: '50.123' }) }, await app.tokenFor('clerk'));
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'residentialFloorArea', rule: 'DECIMAL_PLACES' }] });
  });
});

describe('a Decimal written in the query text', () => {
  const literal = (area: string) =>
    `mutation { createEstate(input: { communityId: "1", name: "字面小区${Math.random().toString(36).slice(2, 8)}", address: "湖州市吴兴区测试路1号", totalFloorArea: "100", residentialFloorArea: ${area}, households: 3, buildings: 1 }) { residentialFloorArea } }`;
  it.each([['0.1'], ['50'], ['1e21']])('as a number literal %s is refused, as the same number in a variable is', async (area) => {
    const before = await count();
    const result = await app.gql(literal(area), {}, await app.tokenFor('clerk'));
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0].message).toContain('Decimal must be a string');
    expect(await count()).toBe(before);
  });

  it('as a string literal it is stored', async () => {
    const result = await app.as('clerk', literal('"-0"'));
    expect(result.createEstate.residentialFloorArea).toBe('0.00');
  });
});

describe('a JSON number JSON.parse would round', () => {
  it.each([
    ['an Int beyond Number.MAX_SAFE_INTEGER', '{"i":{"communityId":"1","name":"x","address":"湖州市","totalFloorArea":"100","residentialFloorArea":"50","households":9007199254740993,"buildings":1}}', 'variables.i.households'],
    ['twenty digits', '{"i":{"communityId":"1","name":"x","address":"湖州市","totalFloorArea":"100","residentialFloorArea":"50","households":12345678901234567890,"buildings":1}}', 'variables.i.households'],
    ['sixteen significant digits', '{"i":{"communityId":"1","name":"x","address":"湖州市","totalFloorArea":"100","residentialFloorArea":1.234567890123456,"households":3,"buildings":1}}', 'variables.i.residentialFloorArea'],
    ['beyond a double', '{"i":{"communityId":"1","name":"x","address":"湖州市","totalFloorArea":"100","residentialFloorArea":"50","households":1e400,"buildings":1}}', 'variables.i.households'],
  ])('%s is BAD_USER_INPUT NUMBER_INEXACT with its path (400), before anything runs', async (_what, variables, field) => {
    const before = await count();
    const { status, body } = await postRaw(`{"query":${JSON.stringify(CREATE_ESTATE)},"variables":${variables}}`, await app.tokenFor('clerk'));
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field, rule: 'NUMBER_INEXACT' }] });
    expect(await count()).toBe(before);
  });

  it.each([
    ['variables', 'variables.id'],
    ['extensions', 'extensions.id'],
  ])('in a GET’s %s search parameter it is refused the same (a query read the id 1.00000000000000001 as firm 1: attacker round 12)', async (parameter, field) => {
    const search = new URLSearchParams({ query: 'query Q($id: ID!) { firm(id: $id) { id } }', variables: '{"id":"1"}', [parameter]: '{"id":1.00000000000000001}' });
    const response = await fetch(`${app.baseUrl}/graphql?${search}`, { headers: { authorization: `Bearer ${await app.tokenFor('manager')}`, 'apollo-require-preflight': '1' } });
    const body = (await response.json()) as { data?: unknown; errors?: Array<{ extensions: Record<string, unknown> }> };
    expect(response.status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field, rule: 'NUMBER_INEXACT' }] });
  });

  it('a GET’s variables nested deeper than a body may be are refused the same (attacker round 12)', async () => {
    const variables = `{"id":${'['.repeat(70)}1${']'.repeat(70)}}`;
    const search = new URLSearchParams({ query: 'query Q($id: ID!) { firm(id: $id) { id } }', variables });
    const response = await fetch(`${app.baseUrl}/graphql?${search}`, { headers: { authorization: `Bearer ${await app.tokenFor('manager')}`, 'apollo-require-preflight': '1' } });
    const body = (await response.json()) as { errors?: Array<{ message: string; extensions: Record<string, unknown> }> };
    expect(response.status).toBe(400);
    expect(body.errors?.[0].message).toMatch(/nests JSON deeper than 64 levels/);
  });

  it('a long digit string inside a string (the query text) is no number', async () => {
    const { status, body } = await postRaw('{"query":"query { firm(id: \\"123456789012345678901\\") { id } }"}', await app.tokenFor('manager'));
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'id', rule: 'ID' }] });
  });
});

describe('an Int', () => {
  it.each([
    ['2147483648 (beyond 32 bits)', 2147483648, 'VARIABLE'],
    ['-2147483649', -2147483649, 'VARIABLE'],
    ['3.5', 3.5, 'VARIABLE'],
    ['a string "3"', '3', 'VARIABLE'],
    ['a string "1e3"', '1e3', 'VARIABLE'],
    ['NaN (sent as null by JSON)', Number.NaN, 'VARIABLE'],
  ])('%s is refused as BAD_USER_INPUT %s', async (_what, households, rule) => {
    const result = await app.gql(CREATE_ESTATE, { i: estate({ households }) }, await app.tokenFor('clerk'));
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ rule }] });
  });

  it.each([
    ['3.0 (the same number to JSON)', '3.0', 3],
    ['1e1 (exactly 10)', '1e1', 10],
    ['-0 (zero has no sign)', '-0', 0],
  ])('%s is that integer', async (_what, written, stored) => {
    const variables = `{"i":{"communityId":"1","name":"整数小区${Math.random().toString(36).slice(2, 8)}","address":"湖州市吴兴区测试路1号","totalFloorArea":"100","residentialFloorArea":"50","households":${written},"buildings":1}}`;
    const { status, body } = await postRaw(`{"query":${JSON.stringify(CREATE_ESTATE)},"variables":${variables}}`, await app.tokenFor('clerk'));
    expect(status).toBe(200);
    expect(body.data.createEstate.households).toBe(stored);
    const [{ households }] = await app.ds.query(`SELECT households FROM estate WHERE id = $1`, [body.data.createEstate.id]);
    expect(Object.is(households, stored)).toBe(true); // -0 is stored as 0
  });
});
