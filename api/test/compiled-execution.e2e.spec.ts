import { MASKED_PHONE, startTestApp, TestApp } from './harness';

/**
 * Compiled execution (graphql/compiled-execution.ts): a compiled read is executed by its plan, and the answer is
 * the loader path's (COMPILED_READS=off, graphql-js over DataLoaders) for the benchmark's reads; where the plan
 * steps aside (a read guard's promise, an error) graphql-js answers, with the same rows, errors and statements.
 */
let loaders: TestApp;
let compiled: TestApp;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  loaders = await startTestApp({ COMPILED_READS: 'off' });
  compiled = await startTestApp({}, { sameDatabaseAs: loaders });
  for (const user of ['clerk', 'officer', 'manager', 'registrar']) tokens[user] = await loaders.tokenFor(user);
  const created = await loaders.as('admin', `mutation T($input: ApiTokenInput!) { createApiToken(input: $input) { token } }`, {
    input: { name: '对接 同步', scopes: ['REGISTRY_READ', 'ELECTIONS_READ'] },
  });
  tokens.integrator = created.createApiToken.token;
  const elections = await loaders.as('admin', `mutation T($input: ApiTokenInput!) { createApiToken(input: $input) { token } }`, {
    input: { name: '对接 选举', scopes: ['ELECTIONS_READ'] },
  });
  tokens.elections = elections.createApiToken.token;
});
afterAll(async () => {
  await compiled?.close();
  await loaders?.close();
});

/** this process's count of planned executions by outcome (both test servers share the registry; only `compiled` plans) */
async function planned(): Promise<{ answered: number; stepped_aside: number }> {
  const text = await (await fetch(`${compiled.baseUrl}/metrics`)).text();
  const count = (outcome: string) => Number(new RegExp(`^wuye_graphql_planned_executions_total\\{outcome="${outcome}"\\} (\\d+)`, 'm').exec(text)?.[1] ?? 0);
  return { answered: count('answered'), stepped_aside: count('stepped_aside') };
}

async function both(query: string, variables: Record<string, unknown>, token: string) {
  const before = await planned();
  const b = await compiled.gql(query, variables, token);
  const after = await planned();
  const a = await loaders.gql(query, variables, token);
  return { loaders: a, compiled: b, answered: after.answered - before.answered, steppedAside: after.stepped_aside - before.stepped_aside };
}

const FIRM_LIST = `query FirmList($options: FirmListOptions) { firms(options: $options) { totalItems nextCursor
  items { id version name creditCode legalRepresentative contactPerson contactPhone status filingStatus filingNumber submittedAt decidedAt
    updatedAt availableActions __typename district { id name } } } }`;
const SYNC = `query SyncProjects($options: ProjectListOptions) { projects(options: $options) { nextCursor
  items { id version name estateId firmId projectManager managerPhone contractStart contractEnd selectionMethod billingModel
    residentialFee commercialFee parkingFee households managedArea filingStatus filingNumber submittedAt decidedAt createdAt updatedAt } } }`;

describe('compiled execution', () => {
  it.each(['manager', 'clerk', 'officer'])('the console firm list as %s: answered by the plan, equal to the loaders, two statements', async (who) => {
    const options = { take: 25, skip: 0, sort: { field: 'NAME', direction: 'ASC' }, filter: { filingStatus: 'APPROVED', name: '物业' } };
    // the session's first request checks its token (another page: the response cache would answer the same one)
    await compiled.gql(FIRM_LIST, { options: { ...options, take: 3 } }, tokens[who]);
    const { loaders: a, compiled: b, answered } = await both(FIRM_LIST, { options }, tokens[who]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(b.data).toEqual(a.data);
    expect(JSON.stringify(b.data)).toBe(JSON.stringify(a.data)); // the same keys in the same order
    expect(b.data.firms.items.length).toBeGreaterThan(0);
    expect(answered).toBe(1);
    expect(b.sqlStatements).toBe(2);
  });

  it('the integrator full sync: every page answered by the plan, equal to the loaders (phones masked)', async () => {
    let after: string | null = null;
    let pages = 0;
    do {
      const { loaders: a, compiled: b, answered } = await both(SYNC, { options: { take: 150, sort: { field: 'ID', direction: 'ASC' }, after } }, tokens.integrator);
      expect(b.errors).toBeUndefined();
      expect(JSON.stringify(b.data)).toBe(JSON.stringify(a.data));
      expect(answered).toBe(1);
      expect(b.sqlStatements).toBe(2);
      expect(b.data.projects.items.every((p: { managerPhone: string | null }) => p.managerPhone === null || MASKED_PHONE.test(p.managerPhone))).toBe(true);
      after = b.data.projects.nextCursor;
      pages++;
    } while (after);
    expect(pages).toBeGreaterThan(1);
  });

  it('an officer\'s estates with their committees (a read guard answers with a promise): graphql-js answers, the page read once', async () => {
    const query = `query E($o: EstateListOptions) { estates(options: $o) { totalItems items { id name currentCommittee { id termNumber members { name } } } } }`;
    const { loaders: a, compiled: b, answered, steppedAside } = await both(query, { o: { take: 30 } }, tokens.officer);
    expect(b.errors).toEqual(a.errors);
    expect(JSON.stringify(b.data)).toBe(JSON.stringify(a.data));
    expect([answered, steppedAside]).toEqual([0, 1]);
    expect(b.sqlStatements).toBeLessThan(a.sqlStatements);
  });

  it('a field refused inside the page (an elections-only token reaching projects): the same error at the same path', async () => {
    const query = `query C($o: CommitteeListOptions) { committees(options: $o) { items { id termNumber estate { id name projects { id name } } } } }`;
    const { loaders: a, compiled: b, answered, steppedAside } = await both(query, { o: { take: 5 } }, tokens.elections);
    expect(a.errors?.length).toBeGreaterThan(0);
    expect(b.status).toBe(a.status);
    expect(b.errors).toEqual(a.errors);
    expect(b.data).toEqual(a.data);
    expect([answered, steppedAside]).toEqual([0, 1]);
  });

  it.each([
    ['a cursor that is not one of ours', { options: { take: 5, after: 'not-a-cursor' } }],
    ['a page larger than allowed', { options: { take: 100000 } }],
  ])('%s: the same error as the loaders, reported by graphql-js', async (_what, variables) => {
    const { loaders: a, compiled: b, answered, steppedAside } = await both(SYNC, variables, tokens.integrator);
    expect(a.errors?.length).toBeGreaterThan(0);
    expect(b.status).toBe(a.status);
    expect(b.errors).toEqual(a.errors);
    expect(b.data).toEqual(a.data);
    expect(answered).toBe(0);
    expect(steppedAside).toBeLessThanOrEqual(1);
  });

  it('directives and fields beyond the compiled types are graphql-js\'s, with the same answer', async () => {
    for (const query of [
      `{ firms(options: { take: 3 }) { items { id name @include(if: true) } } }`,
      `{ firms(options: { take: 3 }) { items { id district { name subdistricts { name } } } } }`,
    ]) {
      const { loaders: a, compiled: b, answered, steppedAside } = await both(query, {}, tokens.manager);
      expect(b.errors).toBeUndefined();
      expect(JSON.stringify(b.data)).toBe(JSON.stringify(a.data));
      expect(answered + steppedAside).toBe(0);
    }
  });
});

/** this process's count of pages PostgreSQL wrote as the answer's text */
async function textPages(): Promise<number> {
  const text = await (await fetch(`${compiled.baseUrl}/metrics`)).text();
  return Number(/^wuye_graphql_text_pages_total (\d+)/m.exec(text)?.[1] ?? 0);
}

/** The answer's bytes from a server, as a client receives them. */
async function bytesOf(app: TestApp, query: string, variables: Record<string, unknown>, token: string): Promise<{ status: number; text: string; sqlStatements: number }> {
  const response = await fetch(`${app.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, text: await response.text(), sqlStatements: Number(response.headers.get('x-sql-statements')) };
}

async function bothAsText(query: string, variables: Record<string, unknown>, token: string) {
  const before = await textPages();
  const b = await bytesOf(compiled, query, variables, token);
  const written = (await textPages()) - before;
  const a = await bytesOf(loaders, query, variables, token);
  return { loaders: a, compiled: b, written };
}

const PROJECT_COLUMNS = `query P($o: ProjectListOptions) { projects(options: $o) { __typename total: totalItems items { __typename pid: id id name
  filingStatus submittedAt phone: managerPhone managerPhone residentialFee contractStart households } next: nextCursor } }`;
const FIRM_COLUMNS = `query F($o: FirmListOptions) { firms(options: $o) { totalItems nextCursor items { id name contactPhone status establishedOn createdById decidedById } } }`;
const ESTATE_COLUMNS = `query E($o: EstateListOptions) { estates(options: $o) { totalItems items { id name address households communityId deliveredOn residentialFloorArea updatedAt } } }`;
const COMMITTEE_COLUMNS = `query C($o: CommitteeListOptions) { committees(options: $o) { nextCursor items { id termNumber termStart termEnd estateId } } }`;
/** the benchmark's nested read (bench/scenarios/nested-projects.ts) */
const NESTED = `query NestedProjects($options: ProjectListOptions) { projects(options: $options) { nextCursor items {
  id name contractStart contractEnd filingStatus residentialFee firm { id name creditCode status }
  estate { id name address households district { code name } currentCommittee { id termNumber termStart termEnd members { id name position } } } } } }`;
const FIRM_RELATIONS = `query F($o: FirmListOptions) { firms(options: $o) { totalItems items { id name
  district { __typename districtName: name id } projects { id name updatedAt contractStart estate { id name } } p2: projects { households } } } }`;
const ESTATE_RELATIONS = `query E($o: EstateListOptions) { estates(options: $o) { totalItems items { id name community { name }
  subdistrict { name district { code } } district { name } projects { id filingStatus firm { name } } currentCommittee { termEnd members { position } } } } }`;
const COMMITTEE_MEMBERS = `query C($o: CommitteeListOptions) { committees(options: $o) { items { id termStart
  everyone: members(includeFormer: true) { id name position startsOn endsOn } estate { name subdistrict { name district { name } } } } } }`;

describe('the text lane: a page of plain columns and relations\' JSON from PostgreSQL written as the answer', () => {
  it.each([
    ['the integrator sync (phones masked)', SYNC, { options: { take: 150, sort: { field: 'ID', direction: 'ASC' } } }, ['integrator', 'manager']],
    ['aliases, __typename, totalItems, a nullable sort downwards', PROJECT_COLUMNS, { o: { take: 7, sort: { field: 'SUBMITTED_AT', direction: 'DESC' }, filter: { name: '物业' } } }, ['integrator', 'clerk', 'officer']],
    ['firms by name, a later page', FIRM_COLUMNS, { o: { take: 30, skip: 30, sort: { field: 'NAME', direction: 'ASC' } } }, ['manager', 'officer', 'integrator']],
    ['a page past the end', FIRM_COLUMNS, { o: { take: 30, skip: 6000 } }, ['manager']],
    ['estates (dates, decimals)', ESTATE_COLUMNS, { o: { take: 40, skip: 3 } }, ['manager', 'officer']],
    ['committees by cursor', COMMITTEE_COLUMNS, { o: { take: 20 } }, ['officer', 'integrator']],
    ['relations: the nested read (to-one relations three deep, a nullable one, a to-many one)', NESTED, { options: { take: 60, sort: { field: 'ID', direction: 'ASC' } } }, ['integrator', 'manager']],
    ['relations: firms with their district and projects, aliases and __typename inside', FIRM_RELATIONS, { o: { take: 12, skip: 5, sort: { field: 'NAME', direction: 'ASC' } } }, ['manager', 'integrator']],
    ['relations: committees with an argument on a to-many relation', COMMITTEE_MEMBERS, { o: { take: 25 } }, ['integrator', 'manager', 'officer']],
    // each response key is its own subquery here, where the JSON statement merges a field's keys and steps aside
    ['relations: one relation under two keys with different arguments', `query C($o: CommitteeListOptions) { committees(options: $o) { items { id members { id } all: members(includeFormer: true) { id endsOn } } } }`, { o: { take: 30 } }, ['integrator', 'manager']],
    ['relations: estates with their places, projects and sitting committee', ESTATE_RELATIONS, { o: { take: 20, skip: 10 } }, ['manager', 'integrator']],
    // a computed field: its resolver on the columns it reads, for each caller its own actions
    ['a computed field: the console firm list with availableActions, a later page', FIRM_LIST, { options: { take: 25, skip: 25, sort: { field: 'NAME', direction: 'ASC' }, filter: { filingStatus: 'APPROVED', name: '物业' } } }, ['manager', 'clerk', 'officer', 'registrar', 'integrator']],
    ['a computed field: availableActions of firms in every filing state, twice under aliases', `query F($o: FirmListOptions) { firms(options: $o) { items { id filingStatus availableActions again: availableActions } } }`, { o: { take: 60, sort: { field: 'UPDATED_AT', direction: 'DESC' } } }, ['clerk', 'registrar', 'manager']],
    ['a computed field: availableActions of projects', `query P($o: ProjectListOptions) { projects(options: $o) { totalItems items { id name availableActions submittedAt } } }`, { o: { take: 30, skip: 7 } }, ['clerk', 'registrar', 'officer']],
  ] as const)('%s: the same bytes as graphql-js over the loaders', async (_what, query, variables, who) => {
    for (const user of who) {
      const { loaders: a, compiled: b, written } = await bothAsText(query, variables, tokens[user]);
      expect(b.status).toBe(200);
      expect(a.text).not.toContain('"errors"');
      expect(b.text).toBe(a.text);
      expect(written).toBe(1);
    }
  });

  it('a computed field written as text gives each caller their own actions: a registrar may decide a submitted filing, a clerk may not', async () => {
    const query = `query F($o: FirmListOptions) { firms(options: $o) { items { id availableActions } } }`;
    const variables = { o: { take: 10, filter: { filingStatus: 'SUBMITTED' } } };
    const actionsOf = (text: string) => new Set(JSON.parse(text).data.firms.items.flatMap((firm: { availableActions: string[] }) => firm.availableActions));
    const registrar = await bothAsText(query, variables, tokens.registrar);
    const clerk = await bothAsText(query, variables, tokens.clerk);
    expect(registrar.compiled.text).toBe(registrar.loaders.text);
    expect(clerk.compiled.text).toBe(clerk.loaders.text);
    expect([registrar.written, clerk.written]).toEqual([1, 1]);
    expect(actionsOf(registrar.compiled.text)).toEqual(new Set(['APPROVE', 'RETURN']));
    expect(actionsOf(clerk.compiled.text).has('APPROVE')).toBe(false);
  });

  it('every page of the sync by cursor, the same bytes, one statement each besides the token check', async () => {
    let after: string | null = null;
    let pages = 0;
    do {
      const variables = { options: { take: 100, sort: { field: 'ID', direction: 'ASC' }, after } };
      const { loaders: a, compiled: b, written } = await bothAsText(SYNC, variables, tokens.integrator);
      expect(b.text).toBe(a.text);
      expect(written).toBe(1);
      expect(b.sqlStatements).toBe(2);
      after = JSON.parse(b.text).data.projects.nextCursor;
      pages++;
    } while (after);
    expect(pages).toBeGreaterThan(3);
  });

  it.each([
    ['a computed field of a relation', `{ projects(options: { take: 3 }) { items { id firm { id availableActions } } } }`],
    ['two root fields', `{ firms(options: { take: 2 }) { items { id } } a: firms(options: { take: 1 }) { totalItems } }`],
    ['items twice under two keys', `{ firms(options: { take: 2 }) { items { id } more: items { name } } }`],
  ])('%s: not written as text, and the same answer', async (_what, query) => {
    const { loaders: a, compiled: b, written } = await bothAsText(query, {}, tokens.manager);
    expect(b.text).toBe(a.text);
    expect(written).toBe(0);
  });

  it.each([
    ['integrator', false],
    ['manager', true],
  ] as const)('a phone inside a relation as %s: written as text only where the caller sees it unmasked, the same bytes', async (who, asText) => {
    const { loaders: a, compiled: b, written } = await bothAsText(`{ firms(options: { take: 4 }) { items { id projects { id managerPhone } } } }`, {}, tokens[who]);
    expect(a.text).toMatch(/"managerPhone":"\d/);
    expect(b.text).toBe(a.text);
    expect(written).toBe(asText ? 1 : 0);
  });

  it('the nested read has estates without a sitting committee on its first page, written as null', async () => {
    // another page size than above: the response cache would answer the same request
    const { compiled: b, written } = await bothAsText(NESTED, { options: { take: 100, sort: { field: 'ID', direction: 'ASC' } } }, tokens.integrator);
    expect(written).toBe(1);
    expect(b.text).toContain('"currentCommittee":null');
    expect(b.text).toMatch(/"currentCommittee":\{"id":/);
  });

  it.each([
    // an officer's committees are narrowed to their subdistricts by the read guard on Estate.currentCommittee
    ['officer', 'a read guard that narrows rows for this caller', NESTED, { options: { take: 30, sort: { field: 'ID', direction: 'ASC' } } }],
    // a clerk may not read an estate's sitting committee: the guard refuses each one, graphql-js reports them
    ['clerk', 'a read guard that refuses this role', NESTED, { options: { take: 20, sort: { field: 'ID', direction: 'ASC' } } }],
    // an elections-only token may not read a committee's estate's projects: the guard refuses, graphql-js reports it
    ['elections', 'a read guard that refuses this caller', `{ committees(options: { take: 3 }) { items { id estate { id projects { id } } } } }`, {}],
  ] as const)('as %s, %s: not written as text, the same answer, and another caller\'s request still is', async (who, _what, query, variables) => {
    const { loaders: a, compiled: b, written } = await bothAsText(query, variables, tokens[who]);
    // the same data and errors; graphql-js lists the errors in the order its resolvers settled, which DataLoaders change
    const answer = (text: string) => {
      const { data, errors } = JSON.parse(text);
      return { data, errors: errors?.map((e: unknown) => JSON.stringify(e)).sort() };
    };
    expect(answer(b.text)).toEqual(answer(a.text));
    expect(written).toBe(0);
    // the refusal was this caller's: the same document from an integrator is written as text
    const again = await bothAsText(query, variables, tokens.integrator);
    expect(again.compiled.text).toBe(again.loaders.text);
    expect(again.written).toBe(1);
  });

  it('a non-null relation that finds no row sends its page the ordinary way, with the same error', async () => {
    const [{ id, firm_id: firmId }] = await loaders.ds.query(`SELECT id, firm_id FROM project ORDER BY id LIMIT 1 OFFSET 2`);
    const [{ id: estateId, community_id: communityId }] = await loaders.ds.query(`SELECT e.id, e.community_id FROM estate e JOIN project p ON p.estate_id = e.id WHERE p.id = $1`, [id]);
    // a firm and a community that do not exist: foreign keys and triggers held off for the change, and restored after
    const breakRows = async (firm: number, community: number) =>
      loaders.ds.transaction(async (em) => {
        await em.query(`SET LOCAL session_replication_role = replica`);
        await em.query(`UPDATE project SET firm_id = $2 WHERE id = $1`, [id, firm]);
        await em.query(`UPDATE estate SET community_id = $2 WHERE id = $1`, [estateId, community]);
      });
    const districts = `query N($options: ProjectListOptions) { projects(options: $options) { items { id estate { id district { name } } } } }`;
    try {
      // one broken relation at a time: with two, the error graphql-js reports is whichever loader settles first
      for (const [firm, community, broken, queries] of [
        [999_999, communityId, '"firm"]', [NESTED]],
        [firmId, 999_999, '"district"]', [NESTED, districts]],
      ] as const) {
        await breakRows(firm, community);
        for (const query of queries) {
          const { loaders: a, compiled: b, written } = await bothAsText(query, { options: { take: 5, sort: { field: 'ID', direction: 'ASC' } } }, tokens.integrator);
          expect(a.text).toContain(broken);
          expect(b.text).toBe(a.text);
          expect(written).toBe(0);
        }
      }
    } finally {
      await breakRows(firmId, communityId);
    }
  });

  it.each([
    ['１３８ 1234\u30005678', '１３８****5678'],
    ['138 1234 567\t8', '138****5678'],
    ['138\t1234\n5678', '138****5678'],
    ['😀13812345678', '😀1****5678'],
    ['12 34', '****'],
    ['', ''],
  ])('a phone of any text is masked on the text lane as the resolver masks it, the same bytes: %j', async (phone, shown) => {
    const [{ id }] = await loaders.ds.query(`SELECT id FROM project ORDER BY id LIMIT 1`);
    const [{ manager_phone: before }] = await loaders.ds.query(`SELECT manager_phone FROM project WHERE id = $1`, [id]);
    await loaders.ds.query(`UPDATE project SET manager_phone = $2 WHERE id = $1`, [id, phone]);
    try {
      const variables = { options: { take: 5, sort: { field: 'ID', direction: 'ASC' } } };
      const { loaders: a, compiled: b, written } = await bothAsText(SYNC, variables, tokens.integrator);
      expect(b.text).toBe(a.text);
      expect(written).toBe(1);
      expect(JSON.parse(b.text).data.projects.items[0].managerPhone).toBe(shown);
    } finally {
      await loaders.ds.query(`UPDATE project SET manager_phone = $2 WHERE id = $1`, [id, before]);
    }
  });
});
