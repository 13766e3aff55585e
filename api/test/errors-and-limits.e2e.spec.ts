import { startTestApp, TestApp } from './harness';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ MAX_BODY_BYTES: '65536' });
});
afterAll(() => app?.close());

const noInternals = (body: unknown) => {
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/stacktrace|at [A-Za-z]+ \(|\.ts:\d+|SELECT|INSERT|postgres/i);
};

describe('hostile and malformed requests', () => {
  it('a syntax error is GRAPHQL_PARSE_FAILED without a stack trace', async () => {
    const result = await app.gql('{ firms( ', {}, await app.tokenFor('manager'));
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    noInternals(result.errors);
  });

  it('an unknown field is GRAPHQL_VALIDATION_FAILED', async () => {
    const result = await app.gql('{ firms { items { passwordHash } } }', {}, await app.tokenFor('manager'));
    expect(result.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    noInternals(result.errors);
  });

  it('a query nested too deep is QUERY_TOO_COMPLEX before anything runs', async () => {
    const deep = `{ firms { items { projects { firm { projects { firm { projects { firm { projects { estate { community { subdistrict { district { name } } } } } } } } } } } } } }`;
    const result = await app.gql(deep, {}, await app.tokenFor('manager'));
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.sqlStatements).toBe(1); // the version read only, which checks the token
  });

  it('a query asking for too much is QUERY_TOO_COMPLEX', async () => {
    const wide = `{ firms(options: { take: 200 }) { items { projects { firm { projects { estate { projects { name } } } } } } } }`;
    const result = await app.gql(wide, {}, await app.tokenFor('manager'));
    expect(result.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  describe('a field that takes or gives a whole file is asked for once a request (attacker round 6: 15 aliases of a 5 MB voucher answered 105 MB)', () => {
    // the firms template's columns and one row the import refuses, so a preview has an error file
    const firms = '企业名称,统一社会信用代码,法定代表人,注册地址,联系人,联系电话,成立日期,所在区县\r\n测试物业有限公司,123,,,,,,\r\n';
    const FILE = { name: 'x.csv', contentBase64: Buffer.from(firms).toString('base64') };
    it.each([
      ['a voucher under two aliases', 'officer', `{ a: accountVoucherContent(id: "1") b: accountVoucherContent(id: "1") }`, {}],
      ['a filing material under two aliases', 'registrar', `{ a: filingMaterialContent(id: "1") b: filingMaterialContent(id: "2") }`, {}],
      ['the same file field through two fragments', 'officer', `query { ...A ...B } fragment A on Query { a: accountVoucherContent(id: "1") } fragment B on Query { b: accountVoucherContent(id: "2") }`, {}],
      ['two previews of one upload', 'clerk', `mutation($f: ImportFileInput!) { a: previewImport(kind: FIRMS, file: $f) { totalRows } b: previewImport(kind: FIRMS, file: $f) { totalRows } }`, { f: FILE }],
      ['one preview’s error file twice', 'clerk', `mutation($f: ImportFileInput!) { previewImport(kind: FIRMS, file: $f) { a: errorFile { name } b: errorFile { name } } }`, { f: FILE }],
      ['two error files', 'clerk', `mutation($f: ImportFileInput!) { a: importErrorFile(file: $f, rows: [{ row: 2, message: "x" }]) { name } b: importErrorFile(file: $f, rows: [{ row: 2, message: "y" }]) { name } }`, { f: FILE }],
    ])('%s is QUERY_TOO_COMPLEX before anything runs', async (_case, user, query, variables) => {
      const result = await app.gql(query, variables, await app.tokenFor(user));
      expect(result.status).toBe(400);
      expect(result.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
      expect(result.errors?.[0].message).toMatch(/takes or gives a whole file: ask for it once a request/);
      expect(result.data ?? null).toBeNull();
    });

    it('one preview with its error file, and a file field skipped by @include(if: false), are answered', async () => {
      const clerk = await app.tokenFor('clerk');
      const preview = await app.gql(`mutation($f: ImportFileInput!) { previewImport(kind: FIRMS, file: $f) { totalRows errorFile { name } } }`, { f: FILE }, clerk);
      expect(preview.errors).toBeUndefined();
      expect(preview.data.previewImport).toEqual({ totalRows: 1, errorFile: { name: 'x-errors.csv' } });
      const skipped = await app.gql(`query($no: Boolean!) { a: accountVoucherContent(id: "999999") @include(if: $no) b: accountVoucherContent(id: "999999") }`, { no: false }, await app.tokenFor('officer'));
      expect(skipped.errors?.[0].extensions.code).toBe('NOT_FOUND');
    });
  });

  it('aliases do not smuggle in a field without access: every root field is checked', async () => {
    const result = await app.gql(`{ a: firms { totalItems } b: users { totalItems } }`, {}, await app.tokenFor('manager'));
    expect(result.status).toBe(403);
    expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(result.data).toBeUndefined();
  });

  it('fragments on the root type are checked too', async () => {
    const result = await app.gql(`query { ...Root } fragment Root on Query { users { totalItems } }`, {}, await app.tokenFor('manager'));
    expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('a body over the limit is PAYLOAD_TOO_LARGE (413)', async () => {
    const response = await fetch(`${app.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ me { id } }`, variables: { pad: 'x'.repeat(70_000) } }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('a body that is not JSON is BAD_USER_INPUT (400)', async () => {
    const response = await fetch(`${app.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as any;
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    noInternals(body);
  });

  it('a GET without the CSRF header is refused (Apollo CSRF prevention)', async () => {
    const response = await fetch(`${app.baseUrl}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(response.status).toBe(400);
  });

  it('the health check answers', async () => {
    const response = await fetch(`${app.baseUrl}/healthz`);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});
