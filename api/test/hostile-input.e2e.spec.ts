import { getNamedType, GraphQLEnumType, GraphQLInputObjectType, isNonNullType } from 'graphql';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { CONSOLE_DIR, CONSOLE_ROUTES } from '../src/console-assets';
import { creditCodeCheckCharacter } from '../src/firms/credit-code';
import { appSchema } from '../src/graphql/schema';
import { isListContract, MAX_NESTING } from '../src/graphql/query-limits';
import { MAX_JSON_NESTING } from '../src/http/json-body';
import { startTestApp, TestApp } from './harness';
import { firmInput } from './operations';

/**
 * Each class of hostile input closed at the edge: the request is refused with a coded 4xx before anything
 * runs (for those refused before execution: one SQL statement, the token lookup), never answered with an
 * INTERNAL_SERVER_ERROR or a 5xx.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const forge = (parts: unknown) => Buffer.from(JSON.stringify(parts)).toString('base64url');
const codeOf = (result: { errors?: Array<{ extensions: { code: string } }> }) => result.errors?.[0].extensions.code;

async function refusedBeforeExecution(query: string, variables: Record<string, unknown> = {}, username: string | null = 'manager') {
  const result = await app.gql(query, variables, username ? await app.tokenFor(username) : null);
  expect(result.data).toBeUndefined();
  // the version read only, which checks the token (refusals in front of Apollo have no statement count at all)
  if (!Number.isNaN(result.sqlStatements)) expect(result.sqlStatements).toBe(username ? 1 : 0);
  return result;
}

describe('ids beyond what a 32-bit integer column holds', () => {
  it.each([
    ['an argument', 'query { firm(id: "2147483648") { id } }', {}, 'id', 'manager'],
    ['an argument written as an Int', 'query { firm(id: 2147483648) { id } }', {}, 'id', 'manager'],
    ['an argument in a variable', 'query Q($id: ID!) { firm(id: $id) { id } }', { id: '99999999999999999999' }, 'id', 'manager'],
    ['a list filter', 'query { firms(options: { filter: { ids: ["1", "4294967296"] } }) { totalItems } }', {}, 'options.filter.ids[1]', 'manager'],
    ['a filter in a variable', 'query Q($o: ProjectListOptions) { projects(options: $o) { totalItems } }', { o: { filter: { estateId: '2147483648' } } }, 'options.filter.estateId', 'manager'],
    ['a negative id', 'query { firm(id: "-1") { id } }', {}, 'id', 'manager'],
    ['a mutation id', 'mutation { approveFirm(id: "2147483648", version: 1) { id } }', {}, 'id', 'registrar'],
  ])('in %s: BAD_USER_INPUT (400) on the field, before any SQL', async (_where, query, variables, field, username) => {
    const result = await refusedBeforeExecution(query, variables, username);
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field, rule: 'ID' }] });
  });

  it('in a nested mutation input', async () => {
    const input = {
      name: '测试',
      estateId: '2147483648',
      firmId: '1',
      projectManager: '张三',
      managerPhone: '13800138000',
      contractStart: '2025-01-01',
      contractEnd: '2027-12-31',
      selectionMethod: 'TENDER',
      billingModel: 'LUMP_SUM',
      residentialFee: '1.69',
      households: 100,
      managedArea: '10000',
    };
    const result = await refusedBeforeExecution(`mutation C($input: ProjectInput!) { createProject(input: $input) { id } }`, { input }, 'clerk');
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'estateId', rule: 'ID' }] });
  });

  it('the largest 32-bit id is an id: it is simply not found', async () => {
    const result = await app.gql('query { firm(id: "2147483647") { id } }', {}, await app.tokenFor('manager'));
    expect(codeOf(result)).toBe('NOT_FOUND');
  });
});

describe('text PostgreSQL cannot store', () => {
  const LOGIN = 'mutation L($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';

  it.each([
    ['NUL in the username', { u: 'admin\u0000', p: 'wuye-demo' }, 'u'],
    ['NUL in the password', { u: 'admin', p: 'wuye\u0000demo' }, 'p'],
    ['an unpaired surrogate', { u: '\ud800admin', p: 'x' }, 'u'],
  ])('%s of a login is BAD_USER_INPUT (400), for an anonymous caller too', async (_what, variables) => {
    const result = await refusedBeforeExecution(LOGIN, variables, null);
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ rule: 'TEXT' }] });
  });

  it('NUL written in the query text (\\u0000) is refused the same way', async () => {
    const result = await refusedBeforeExecution('mutation { login(username: "admin\\u0000", password: "x") { token } }', {}, null);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'username', rule: 'TEXT' }] });
  });

  it('an unpaired surrogate written in the query text is a parse error (400)', async () => {
    const result = await app.gql('mutation { login(username: "\\ud800", password: "x") { token } }', {}, null);
    expect(result.status).toBe(400);
    expect(codeOf(result)).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('NUL deep in a mutation input, and text too long to be a name, are refused with their paths', async () => {
    const input = { name: '测试\u0000企业', creditCode: '91330502MA2B3C4D5E', legalRepresentative: 'x'.repeat(20_000), registeredAddress: '湖州', contactPerson: '张三', contactPhone: '13800138000', districtId: '1' };
    const result = await refusedBeforeExecution(`mutation C($input: FirmInput!) { createFirm(input: $input) { id } }`, { input }, 'clerk');
    expect(result.errors?.[0].extensions.fieldErrors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'name', rule: 'TEXT' }), expect.objectContaining({ field: 'legalRepresentative', rule: 'LENGTH' })]),
    );
  });

  it('a field of a mutation input is named alike whichever check refuses it, before execution or in it, as the console’s form names it (attacker round 12)', async () => {
    const token = await app.tokenFor('clerk');
    const create = `mutation C($input: FirmInput!) { createFirm(input: $input) { id } }`;
    const fieldOf = async (input: Record<string, unknown>) => (await app.gql(create, { input: firmInput(input) }, token)).errors?.[0].extensions.fieldErrors.map((e: { field: string }) => e.field);
    expect(await fieldOf({ name: '测试\u0000企业' })).toEqual(['name']); // before execution: NUL
    expect(await fieldOf({ name: 'x'.repeat(300) })).toEqual(['name']); // in validation: too long for a name
    expect(await fieldOf({ name: '测试\u200b企业' })).toEqual(['name']); // in validation: invisible
    // a query's options keep their argument's name, as the list contract's own refusals (options.take) do
    const listed = await app.gql(`query Q($o: FirmListOptions) { firms(options: $o) { totalItems } }`, { o: { filter: { name: 'a\u0000b' } } }, await app.tokenFor('manager'));
    expect(listed.errors?.[0].extensions.fieldErrors).toEqual([expect.objectContaining({ field: 'options.filter.name', rule: 'TEXT' })]);
  });
});

describe('text padded with spaces, or nothing but spaces', () => {
  // judged as it would be stored: "x  " is one character and "   " is empty (docs/architecture.md#errors)
  const estateInput = (name: string) => ({ communityId: '1', name, address: '湖州市吴兴区测试路1号', totalFloorArea: '100', residentialFloorArea: '50', households: 3, buildings: 1 });
  it.each([
    ['a firm named by spaces', `mutation($i: FirmInput!) { createFirm(input: $i) { id } }`, () => ({ i: firmInput({ name: '    ' }) }), 'name', `SELECT count(*)::int AS n FROM firm WHERE btrim(name) = ''`],
    ['an estate named by spaces', `mutation($i: EstateInput!) { createEstate(input: $i) { id } }`, () => ({ i: estateInput('   ') }), 'name', `SELECT count(*)::int AS n FROM estate WHERE btrim(name) = ''`],
    ['a designation whose document is one character and spaces', `mutation($i: DemonstrationDesignationInput!) { designateDemonstrationEstate(input: $i) { id } }`,
      () => ({ i: { estateId: '1', level: 'CITY', year: 2020, documentNumber: 'x   ' } }), 'documentNumber', `SELECT count(*)::int AS n FROM demonstration_designation WHERE document_number = 'x'`],
  ])('%s is BAD_USER_INPUT with the field, and nothing is stored', async (_what, mutation, variables, field, stored) => {
    const before = (await app.ds.query(stored))[0].n;
    const result = await app.gql(mutation, variables(), await app.tokenFor('clerk'));
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [expect.objectContaining({ field, rule: 'LENGTH' })] });
    expect((await app.ds.query(stored))[0].n).toBe(before);
  });

  // a plain String! argument of a mutation, outside any input object: refused before anything runs
  it.each([
    ['a resolution of spaces', `mutation { resolveObjection(id: "1", resolution: " \u3000 ") { id } }`, 'officer', 'resolution'],
    ['a quarter of spaces', `mutation { publishRedBlackList(quarter: "   ") { quarter } }`, 'registrar', 'quarter'],
    ['a return note of spaces', `mutation { returnAssessment(id: "1", version: 1, note: "  ") { id } }`, 'registrar', 'note'],
    ['a new password of spaces', `mutation { changeOwnPassword(currentPassword: "wuye-demo", newPassword: "            ") }`, 'clerk', 'newPassword'],
  ])('%s is BAD_USER_INPUT, REQUIRED on its argument', async (_what, mutation, username, field) => {
    const result = await app.gql(mutation, {}, await app.tokenFor(username));
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field, rule: 'REQUIRED' }] });
  });

  it('a value with spaces around it is stored without them', async () => {
    const name = `湖州留白物业服务有限公司${Date.now().toString(36)}`;
    const { createFirm } = await app.as('clerk', `mutation($i: FirmInput!) { createFirm(input: $i) { id name } }`, { i: firmInput({ name: `  ${name}  ` }) });
    expect(createFirm.name).toBe(name);
  });
});

describe('text from an imported file', () => {
  it('NUL in a cell is that cell’s TEXT error: the row is invalid and nothing is written', async () => {
    const creditCode = '91330502MA2B3C4D5' + creditCodeCheckCharacter('91330502MA2B3C4D5');
    const csv = ['企业名称,统一社会信用代码,法定代表人,注册地址,联系人,联系电话,所在区县', `测试\u0000企业,${creditCode},张三,湖州,李四,13800138000,吴兴区`].join('\n');
    const file = { name: 'firms.csv', contentBase64: Buffer.from(csv).toString('base64') };
    const result = await app.as('clerk', `mutation R($file: ImportFileInput!) { runImport(kind: FIRMS, file: $file, mode: VALID_ROWS) { created invalid rows { fieldErrors { field rule } } } }`, { file });
    expect(result.runImport).toEqual({ created: 0, invalid: 1, rows: [{ fieldErrors: [{ field: 'name', rule: 'TEXT' }] }] });
  });
});

describe('list cursors', () => {
  const LIST = `query L($o: ProjectListOptions) { projects(options: $o) { items { id } nextCursor } }`;

  it.each([
    // each forged in the cursor's own shape (list, sort field, direction, value, id), so each is refused for what it says
    ['text on a date sort', 'CONTRACT_START', forge(['Project', 'contractStart', 'ASC', 'yesterday', 1])],
    ['a number beyond 32 bits on an integer sort', 'ID', forge(['Project', 'id', 'ASC', 2147483648, 2147483648])],
    ['text on a timestamp sort', 'UPDATED_AT', forge(['Project', 'updatedAt', 'ASC', 'now', 1])],
    ['NUL on a text sort', 'NAME', forge(['Project', 'name', 'ASC', 'a\u0000', 1])],
    ['another sort’s cursor', 'NAME', forge(['Project', 'contractStart', 'ASC', '2025-01-01', 1])],
    ['another list’s cursor', 'NAME', forge(['Firm', 'name', 'ASC', 'a', 1])],
    ['the other direction’s cursor', 'NAME', forge(['Project', 'name', 'DESC', 'a', 1])],
    ['an old three-part cursor', 'NAME', forge(['name', 'a', 1])],
    ['an old two-part cursor', 'NAME', forge(['a', 1])],
    ['garbage', 'NAME', '%%%'],
  ])('%s is BAD_USER_INPUT on options.after, never a PostgreSQL error', async (_what, field, after) => {
    const result = await app.gql(LIST, { o: { sort: { field }, after } }, await app.tokenFor('manager'));
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'options.after', rule: 'CURSOR_INVALID' }] });
  });

  it('every list, sorted by each of its sort fields, pages on with its own cursor', async () => {
    const schema = await appSchema();
    const checked: string[] = [];
    for (const field of Object.values(schema.getQueryType()!.getFields())) {
      const options = field.args.find((arg) => arg.name === 'options');
      if (!options || !isListContract(getNamedType(field.type)) || field.args.some((arg) => isNonNullType(arg.type))) continue;
      const sortType = (getNamedType(options.type) as GraphQLInputObjectType).getFields().sort;
      const sortFields = (getNamedType((getNamedType(sortType.type) as GraphQLInputObjectType).getFields().field.type) as GraphQLEnumType).getValues();
      for (const sort of sortFields) {
        const query = `query L($o: ${getNamedType(options.type).name}) { list: ${field.name}(options: $o) { items { id } nextCursor } }`;
        let reached = false;
        for (const username of ['manager', 'admin', 'officer']) {
          const first = await app.gql(query, { o: { take: 1, sort: { field: sort.name } } }, await app.tokenFor(username));
          if (codeOf(first) === 'FORBIDDEN') continue;
          expect(first.errors).toBeUndefined();
          if (!first.data.list.nextCursor) break; // one row or none: nothing to page
          for (const direction of ['ASC', 'DESC']) {
            const start = await app.gql(query, { o: { take: 1, sort: { field: sort.name, direction } } }, await app.tokenFor(username));
            const next = await app.gql(query, { o: { take: 1, sort: { field: sort.name, direction }, after: start.data.list.nextCursor } }, await app.tokenFor(username));
            expect({ list: field.name, sort: sort.name, errors: next.errors }).toEqual({ list: field.name, sort: sort.name, errors: undefined });
            expect(next.data.list.items[0].id).not.toBe(start.data.list.items[0].id);
          }
          reached = true;
          break;
        }
        if (reached) checked.push(`${field.name}.${sort.name}`);
      }
    }
    expect(checked.length).toBeGreaterThan(20);
    expect(checked).toEqual(expect.arrayContaining(['firms.NAME', 'projects.CONTRACT_START', 'projects.UPDATED_AT', 'estates.HOUSEHOLDS', 'auditEvents.ID']));
  });
});

describe('variables that do not fit their types: 400, not 500', () => {
  it.each([
    ['null for ID!', 'query Q($id: ID!) { firm(id: $id) { id } }', { id: null }],
    ['an unknown enum value', 'query Q($o: FirmListOptions) { firms(options: $o) { totalItems } }', { o: { sort: { field: 'NOPE' } } }],
    ['text for an Int', 'query Q($o: FirmListOptions) { firms(options: $o) { totalItems } }', { o: { take: 'ten' } }],
    ['an Int beyond 32 bits', 'query Q($o: FirmListOptions) { firms(options: $o) { totalItems } }', { o: { take: 2147483648 } }],
    ['an object for an ID', 'query Q($id: ID!) { firm(id: $id) { id } }', { id: { $gt: 0 } }],
    ['a missing required variable', 'query Q($id: ID!) { firm(id: $id) { id } }', {}],
  ])('%s is BAD_USER_INPUT (400)', async (_what, query, variables) => {
    const result = await refusedBeforeExecution(query, variables);
    expect(result.status).toBe(400);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
  });

  it.each([['0050-01-01'], ['9999-12-31'], ['1899-12-31']])('a date of %s, whose deadline arithmetic would leave four-digit years, is refused (400)', async (eventDate) => {
    const asVariable = await refusedBeforeExecution('mutation M($d: LocalDate!) { createCommitteeFiling(committeeId: "1", eventDate: $d, kind: CHANGE) { id } }', { d: eventDate }, 'officer');
    expect({ status: asVariable.status, code: codeOf(asVariable) }).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
    const written = await refusedBeforeExecution(`mutation { createCommitteeFiling(committeeId: "1", eventDate: "${eventDate}", kind: CHANGE) { id } }`, {}, 'officer');
    expect({ status: written.status, code: codeOf(written) }).toEqual({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('null in a nullable variable for a non-null argument is BAD_USER_INPUT (400)', async () => {
    const result = await refusedBeforeExecution('mutation M($v: Int = 1) { approveFirm(id: "1", version: $v) { id } }', { v: null }, 'registrar');
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'approveFirm', rule: 'ARGUMENT' }] });
  });

  it('a list of 1,001 ids is BAD_USER_INPUT (400)', async () => {
    const ids = Array.from({ length: 1001 }, (_, i) => String(i + 1));
    const result = await refusedBeforeExecution('query Q($ids: [ID!]) { firms(options: { filter: { ids: $ids } }) { totalItems } }', { ids });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'options.filter.ids', rule: 'LIST_TOO_LONG' }] });
  });

  it('a page beyond MAX_PAGE_SIZE is BAD_USER_INPUT on options.take, whatever its size', async () => {
    for (const take of [201, 100_000, 2147483647]) {
      const result = await app.gql(`query { firms(options: { take: ${take} }) { items { id } } }`, {}, await app.tokenFor('manager'));
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'options.take' }] });
    }
  });
});

describe('what a query may cost', () => {
  const cheap = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

  it.each([
    ['1,000 aliases of a cheap field', cheap(1000, 'me { id }')],
    ['16 aliases of the dashboard', cheap(16, 'dashboard { waitingTotal }')],
    ['16 aliases of the schema', cheap(16, '__schema { queryType { name } }')],
    ['a dashboard priced per alias', cheap(5, 'dashboard { waitingTotal }')],
    ['selections nested 5,000 deep', `{${'me{'.repeat(5000)}id${'}'.repeat(5001)}`],
    ['a list literal nested 100,000 deep', `{ firms(options: { filter: { ids: ${'['.repeat(100_000)}${']'.repeat(100_000)} } }) { totalItems } }`],
    ['a real path 13 levels deep', '{ firms { items { projects { firm { projects { firm { projects { firm { projects { estate { community { name } } } } } } } } } } } }'],
    ['a field repeated 300 times', `{ ${'me { id } '.repeat(300)}}`],
    ['3,000 tokens', `{ me { ${'id '.repeat(3000)}} }`],
    ['fragments doubling 20 times', `{ ...F19 } ${Array.from({ length: 20 }, (_, i) => (i === 0 ? 'fragment F0 on Query { me { id } }' : `fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`)).join(' ')}`],
    ['100 directives', `{ me ${'@include(if: true) '.repeat(100)}{ id } }`],
    ['a page of 200 with lists nested three deep', '{ firms(options: { take: 200 }) { items { projects { firm { projects { estate { projects { name } } } } } } } }'],
  ])('%s is QUERY_TOO_COMPLEX (400), refused before anything runs', async (_what, query) => {
    // a refusal, not work: refusedBeforeExecution counts the statements (the token's version read only), not the time
    const result = await refusedBeforeExecution(query);
    expect({ status: result.status, code: codeOf(result) }).toEqual({ status: 400, code: 'QUERY_TOO_COMPLEX' });
    expect(JSON.stringify(result.errors)).not.toContain('call stack');
  });

  it(`JSON nested deeper than ${MAX_JSON_NESTING} levels is refused before it is parsed (400)`, async () => {
    const body = `{"query":"query Q($ids: [ID!]) { firms(options: { filter: { ids: $ids } }) { totalItems } }","variables":{"ids":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
    // with a token: without one, a body this long is refused for its size alone (ANONYMOUS_BODY_BYTES)
    const response = await fetch(`${app.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${await app.tokenFor('manager')}` }, body });
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it(`brackets nested ${MAX_NESTING} deep within the token limit are refused, not parsed`, async () => {
    const result = await refusedBeforeExecution(`{ firms(options: { filter: { ids: ${'['.repeat(MAX_NESTING + 1)}${']'.repeat(MAX_NESTING + 1)} } }) { totalItems } }`);
    expect(codeOf(result)).toBe('QUERY_TOO_COMPLEX');
  });

  it('what the console asks for still passes: a full page with references, and introspection for a signed-in caller', async () => {
    const page = await app.gql('{ firms(options: { take: 200 }) { items { id name creditCode district { name } projects { id name } } totalItems } }', {}, await app.tokenFor('manager'));
    expect(page.errors).toBeUndefined();
    const introspection = await app.gql('{ __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }', {}, await app.tokenFor('clerk'));
    expect(introspection.errors).toBeUndefined();
  });
});

describe('HTTP', () => {
  const SECURITY_HEADERS = {
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
  };

  it.each([
    ['a GraphQL reply', () => fetch(`${app.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })],
    ['a refusal', () => fetch(`${app.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' })],
    ['a probe', () => fetch(`${app.baseUrl}/readyz`)],
    ['a 404', () => fetch(`${app.baseUrl}/statistics`)],
  ])('%s carries the security headers and no internal ones', async (_what, request) => {
    const response = await request();
    expect(Object.fromEntries(Object.keys(SECURITY_HEADERS).map((name) => [name, response.headers.get(name)]))).toEqual(SECURITY_HEADERS);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('x-sql-statements is only there when EXPOSE_SQL_STATEMENTS=1 (the tests set it)', async () => {
    const plain = await startTestApp({ EXPOSE_SQL_STATEMENTS: '' });
    try {
      const response = await fetch(`${plain.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      expect(response.headers.get('x-sql-statements')).toBeNull();
      expect((await app.gql('{ __typename }')).sqlStatements).toBe(0);
    } finally {
      await plain.close();
    }
  });

  it('/readyz is ready when the database has every migration, and 503 when one is missing', async () => {
    expect(await (await fetch(`${app.baseUrl}/readyz`)).json()).toEqual({ status: 'ready' });
    const [last] = await app.ds.query(`SELECT id, timestamp, name FROM migrations ORDER BY id DESC LIMIT 1`);
    await app.ds.query(`DELETE FROM migrations WHERE id = $1`, [last.id]);
    try {
      const response = await fetch(`${app.baseUrl}/readyz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'migrations pending', pending: [last.name] });
    } finally {
      await app.ds.query(`INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)`, [last.id, last.timestamp, last.name]);
    }
  });

  it.each([['/statistics'], ['/readyzz'], ['/api/x'], ['/x.php'], ['/graphql.json'], ['/%ff']])('GET %s is a JSON 404 (or 400), never a page', async (url) => {
    const response = await fetch(`${app.baseUrl}${url}`, { headers: { accept: 'text/html' } });
    expect([404, 400]).toContain(response.status);
    expect(response.headers.get('content-type')).toContain('application/json');
  });

  /** Writes `raw` on a socket of its own and reads the whole answer (the server closes it). */
  const rawExchange = (raw: string) =>
    new Promise<string>((resolve, reject) => {
      const { hostname, port } = new URL(app.baseUrl);
      const socket = net.connect(Number(port), hostname, () => socket.end(raw));
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk.toString('utf8')));
      socket.on('end', () => resolve(answer));
      socket.on('error', reject);
    });

  it.each([
    ['a URL over the header limit', `GET /graphql?query=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`, 431, 'PAYLOAD_TOO_LARGE'],
    ['a header over the limit', `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Filler: ${'b'.repeat(20_000)}\r\n\r\n`, 431, 'PAYLOAD_TOO_LARGE'],
    ['a request that is not HTTP', 'HELLO THERE\r\n\r\n', 400, 'BAD_USER_INPUT'],
  ])('%s, refused by the HTTP parser before any route, is JSON with a code', async (_what, raw, status, code) => {
    const answer = await rawExchange(raw);
    const [head, body] = answer.split('\r\n\r\n');
    expect(head.split('\r\n')[0]).toBe(`HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}`);
    expect(head).toMatch(/content-type: application\/json/i);
    expect(JSON.parse(body).errors[0].extensions.code).toBe(code);
  });

  it('POST to an unknown path is a JSON 404 with NOT_FOUND', async () => {
    const response = await fetch(`${app.baseUrl}/nothing`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(404);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('a request that trickles in', () => {
  let slowApp: TestApp;
  beforeAll(async () => {
    slowApp = await startTestApp({ REQUEST_TIMEOUT_SECONDS: '1' });
  });
  afterAll(() => slowApp?.close());

  /** Sends `head` and a part of the body it announces, then nothing: what the server answers, and when. */
  const trickle = (head: string) =>
    new Promise<{ answer: string; ms: number }>((resolve, reject) => {
      const { hostname, port } = new URL(slowApp.baseUrl);
      const started = Date.now();
      const socket = net.connect(Number(port), hostname, () => socket.write(head));
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk.toString('utf8')));
      socket.on('close', () => resolve({ answer, ms: Date.now() - started }));
      socket.on('error', reject);
      setTimeout(() => socket.destroy(), 15_000);
    });

  it.each([
    ['a body that never ends', 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":'],
    ['headers that never end', 'POST /graphql HTTP/1.1\r\nHost: x\r\nX-Slow: a'],
  ])('%s is answered 408 in the API’s shape and its socket closed, not held for Node’s 5 minutes', async (_what, head) => {
    const { answer, ms } = await trickle(head);
    expect(ms).toBeLessThan(10_000);
    const [status, body] = [answer.split('\r\n')[0], answer.split('\r\n\r\n')[1]];
    expect(status).toBe('HTTP/1.1 408 Request Timeout');
    expect(JSON.parse(body).errors[0]).toMatchObject({ message: 'the request did not arrive in time (REQUEST_TIMEOUT_SECONDS: 1 s)', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('HTTP with the console served', () => {
  let consoleApp: TestApp;
  beforeAll(async () => {
    consoleApp = await startTestApp({ API_ONLY: '' });
  });
  afterAll(() => consoleApp?.close());

  it.each([['/'], ['/firms/1/show'], ['/login'], ['/import']])('%s (a console route) is the console', async (url) => {
    const response = await fetch(`${consoleApp.baseUrl}${url}`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<div id="root"></div>');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it.each([['/statistics'], ['/readyzz'], ['/api/x'], ['/x.php'], ['/firms/1/show.js'], ['/assets/nothing.js'], ['/robots.txt']])('%s is a JSON 404, not the console', async (url) => {
    const response = await fetch(`${consoleApp.baseUrl}${url}`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(404);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('the console routes are the resources and custom routes of console/src/App.tsx', () => {
    const app = fs.readFileSync(path.join(CONSOLE_DIR, 'src', 'App.tsx'), 'utf8');
    const declared = [...app.matchAll(/<Resource name="(\w+)"/g), ...app.matchAll(/<Route path="\/([\w-]+)[/"]/g)].map((m) => m[1]);
    expect(declared.length).toBeGreaterThan(10);
    expect([...CONSOLE_ROUTES].sort()).toEqual([...new Set(['login', ...declared])].sort());
  });
});
