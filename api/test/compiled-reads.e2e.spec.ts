import { MASKED_PHONE, startTestApp, TestApp } from './harness';

/**
 * Compiled list reads (shared/read-plan.ts) answer exactly what the DataLoader path answers, for every kind of
 * caller, and in one statement whatever the page size. Two servers on one database: one with COMPILED_READS=off.
 */
let loaders: TestApp;
let compiled: TestApp;
const tokens: Record<string, string> = {};

const CREATE_API_TOKEN = `mutation T($input: ApiTokenInput!) { createApiToken(input: $input) { token } }`;

beforeAll(async () => {
  loaders = await startTestApp({ COMPILED_READS: 'off' });
  compiled = await startTestApp({}, { sameDatabaseAs: loaders });
  for (const user of ['admin', 'clerk', 'registrar', 'officer', 'manager']) tokens[user] = await loaders.tokenFor(user);
  for (const [name, scopes] of [
    ['registry', ['REGISTRY_READ']],
    ['elections', ['ELECTIONS_READ']],
    ['both', ['REGISTRY_READ', 'ELECTIONS_READ']],
  ] as const) {
    tokens[`integrator:${name}`] = (await loaders.as('admin', CREATE_API_TOKEN, { input: { name: `对接 ${name}`, scopes } })).createApiToken.token;
  }
});
afterAll(async () => {
  await compiled?.close();
  await loaders?.close();
});

const FIRM_FIELDS = `id version name creditCode legalRepresentative registeredAddress contactPerson contactPhone establishedOn districtId status
  filingStatus filingNumber createdById submittedById submittedAt decidedById decidedAt returnReason returnNote revokeReason revokeNote
  createdAt updatedAt availableActions`;
const PROJECT_FIELDS = `id version name estateId firmId projectManager managerPhone contractStart contractEnd selectionMethod billingModel
  residentialFee commercialFee parkingFee households managedArea filingStatus filingNumber submittedAt decidedAt createdAt updatedAt availableActions`;
const COMMITTEE = `currentCommittee { id version termNumber electedOn termStart termEnd estateId members { id name position startsOn endsOn ownerId }
  all: members(includeFormer: true) { id name endsOn } }`;

/** name → [query, variables]: the console's and integrators' reads, with filters, sorts, cursors, masked fields, fragments. */
const READS: Record<string, [string, Record<string, unknown>]> = {
  'firm list (console)': [
    `query F($o: FirmListOptions) { firms(options: $o) { totalItems nextCursor items { ${FIRM_FIELDS} district { id code name } } } }`,
    { o: { take: 25, skip: 5, sort: { field: 'NAME', direction: 'ASC' }, filter: { filingStatus: 'APPROVED', name: '物业' } } },
  ],
  'firms by updatedAt desc, with projects': [
    `query F($o: FirmListOptions) { firms(options: $o) { nextCursor items { id name updatedAt projects { id name managerPhone contractStart } } } }`,
    { o: { take: 7, sort: { field: 'UPDATED_AT', direction: 'DESC' } } },
  ],
  'firms by credit code, fragments and aliases': [
    `fragment Bits on Firm { id creditCode contactPhone }
     query F($o: FirmListOptions) { firms(options: $o) { totalItems items { ...Bits ... on Firm { name } d1: district { name } d2: district { code } } } }`,
    { o: { take: 30, sort: { field: 'CREDIT_CODE', direction: 'DESC' }, filter: { status: 'ACTIVE' } } },
  ],
  'projects, nested (integrator)': [
    `query P($o: ProjectListOptions) { projects(options: $o) { nextCursor items { id name contractStart contractEnd filingStatus residentialFee
       firm { id name creditCode status contactPhone } estate { id name address households district { code name } ${COMMITTEE} } } } }`,
    { o: { take: 50, sort: { field: 'ID', direction: 'ASC' } } },
  ],
  'projects, full sync fields': [
    `query P($o: ProjectListOptions) { projects(options: $o) { nextCursor totalItems items { ${PROJECT_FIELDS} } } }`,
    { o: { take: 40, sort: { field: 'CONTRACT_START', direction: 'DESC' }, filter: { filingStatus: 'APPROVED' } } },
  ],
  'projects by name in a district': [
    `query P($o: ProjectListOptions) { projects(options: $o) { totalItems items { id name managerPhone estate { name subdistrict { name district { name } } community { name } } } } }`,
    { o: { take: 20, sort: { field: 'NAME', direction: 'ASC' }, filter: { districtId: '1' } } },
  ],
  'estates with committees': [
    `query E($o: EstateListOptions) { estates(options: $o) { totalItems nextCursor items { id name totalFloorArea deliveredOn updatedAt ${COMMITTEE} projects { id name } } } }`,
    { o: { take: 30, sort: { field: 'NAME', direction: 'ASC' } } },
  ],
  'committees with members and estate': [
    `query C($o: CommitteeListOptions) { committees(options: $o) { totalItems nextCursor items { id termNumber termStart estate { id name } members { name position } } } }`,
    { o: { take: 10 } },
  ],
};

/** the benchmark's integrator read: a committee's members once (aliases with other arguments go through the loaders) */
const NESTED = `query P($o: ProjectListOptions) { projects(options: $o) { nextCursor items { id name contractStart contractEnd filingStatus residentialFee
  firm { id name creditCode status } estate { id name address households district { code name }
  currentCommittee { id termNumber termStart termEnd members { id name position } } } } } }`;
const ESTATES = `query E($o: EstateListOptions) { estates(options: $o) { totalItems items { id name currentCommittee { id members { name } } projects { id } } } }`;

async function both(query: string, variables: Record<string, unknown>, token: string) {
  const [a, b] = await Promise.all([loaders.gql(query, variables, token), compiled.gql(query, variables, token)]);
  return { loaders: a, compiled: b };
}

describe('compiled list reads', () => {
  const cases = Object.keys(READS).flatMap((read) =>
    ['admin', 'clerk', 'registrar', 'officer', 'manager', 'integrator:registry', 'integrator:elections', 'integrator:both'].map((who) => [read, who] as const),
  );

  it.each(cases)('%s as %s: the same answer as the loaders, page after page', async (read, who) => {
    const [query, variables] = READS[read];
    let vars = variables;
    for (let page = 0; page < 3; page++) {
      const { loaders: a, compiled: b } = await both(query, vars, tokens[who]);
      expect(b.status).toBe(a.status);
      expect(b.errors).toEqual(a.errors);
      expect(b.data).toEqual(a.data);
      const list = a.data && (Object.values(a.data)[0] as { nextCursor?: string | null; items: unknown[] } | null);
      if (!list?.nextCursor) break;
      vars = { o: { ...(variables.o as object), skip: undefined, after: list.nextCursor } };
    }
  });

  it('really compiles: masked and unmasked phones, formatted timestamps and decimals', async () => {
    const [query, variables] = READS['projects, full sync fields'];
    const clerk = await compiled.gql(query, variables, tokens.clerk);
    const integrator = await compiled.gql(query, variables, tokens['integrator:registry']);
    const first = clerk.data.projects.items[0];
    expect(first.managerPhone).toMatch(/^1\d{10}$/);
    expect(integrator.data.projects.items[0].managerPhone).toMatch(MASKED_PHONE);
    expect(first.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(first.residentialFee).toMatch(/^\d+\.\d+$/);
    expect(clerk.sqlStatements).toBeLessThan((await loaders.gql(query, variables, tokens.clerk)).sqlStatements + 1);
  });

  it.each([
    ['firms', READS['firm list (console)'], 'manager'],
    ['projects', [NESTED, { o: { sort: { field: 'ID', direction: 'ASC' } } }], 'integrator:both'],
    ['projects', [NESTED, { o: { sort: { field: 'ID', direction: 'ASC' } } }], 'officer'],
    ['estates', [ESTATES, { o: {} }], 'manager'],
    ['committees', READS['committees with members and estate'], 'registrar'],
  ] as const)('%s: one statement besides the token check, whatever the page size', async (_list, [query, variables], who) => {
    // a session token is held for a minute after its lookup (api/src/accounts/auth.service.ts): asked once first, so a slow
    // run of the cases above does not add that lookup to the first page counted (seen on a loaded machine: [3, 2])
    await compiled.gql(query, { o: { ...(variables.o as object), take: 1, skip: 0 } }, tokens[who]);
    const counts = [];
    for (const take of [2, 60]) {
      const vars = { o: { ...(variables.o as object), take, skip: 0 } };
      const response = await compiled.gql(query, vars, tokens[who]);
      expect(response.errors).toBeUndefined();
      counts.push(response.sqlStatements);
    }
    // the token check, and the page
    expect(counts).toEqual([2, 2]);
    const withLoaders = await loaders.gql(query, { o: { ...(variables.o as object), take: 60, skip: 0 } }, tokens[who]);
    expect(withLoaders.sqlStatements).toBeGreaterThan(2);
  });

  it('the benchmark\'s nested read equals the loaders\' for an officer and an integrator', async () => {
    for (const who of ['officer', 'integrator:both']) {
      const { loaders: a, compiled: b } = await both(NESTED, { o: { take: 80, sort: { field: 'ID', direction: 'ASC' } } }, tokens[who]);
      expect(b.errors).toEqual(a.errors);
      expect(b.data).toEqual(a.data);
      expect(b.sqlStatements).toBe(2);
    }
  });

  it('falls back to the loaders for a selection it does not compile, with the same answer', async () => {
    const query = `{ firms(options: { take: 5 }) { items { id name @include(if: true) district { name subdistricts { name } } } } }`;
    const { loaders: a, compiled: b } = await both(query, {}, tokens.manager);
    expect(b.errors).toBeUndefined();
    expect(b.data).toEqual(a.data);
    expect(b.sqlStatements).toBe(a.sqlStatements);
  });
});
