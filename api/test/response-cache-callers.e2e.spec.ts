import { startTestApp, TestApp } from './harness';
import { CREATE_FIRM, CREATE_PROJECT, firmInput, projectInput, SUBMIT_FIRM, SUBMIT_PROJECT } from './operations';

/**
 * The response cache (docs/architecture.md#response-cache) never serves one caller's answer to another of the same
 * role when a list filter reads who asks (`mine`, `submittedByMe`: a clerk's own drafts, a registrar's
 * maker-checker queue), in either order; an answer that is the same for everyone of a role is still shared, and a
 * caller who repeats a read is still answered from memory. `truth` runs without the cache, on the same database.
 */
let cached: TestApp;
let truth: TestApp;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  cached = await startTestApp();
  truth = await startTestApp({ RESPONSE_CACHE: 'off' }, { sameDatabaseAs: cached });
  for (const [username, role] of [
    ['clerk.two', 'CLERK'],
    ['registrar.two', 'REGISTRAR'],
  ]) {
    await cached.createConfirmedUser({ username, displayName: username, role, password: 'a-long-password' });
    tokens[username] = (await cached.firstSignIn(username, 'a-long-password')).token;
    await cached.gql('{ __typename }', {}, tokens[username]); // the token checked once, so a hit is the version read alone
  }
  for (const username of ['clerk', 'registrar']) tokens[username] = await cached.tokenFor(username);
  // the demo registrar has filed nothing of their own: a firm and a project created and submitted, so their `mine` and queue differ
  const firm = (await cached.as('registrar', CREATE_FIRM, { input: firmInput() })).createFirm;
  await cached.as('registrar', SUBMIT_FIRM, { id: firm.id, version: 1 });
  // dates clear of the estate's approved project: an overlapping one could not be submitted
  const project = (await cached.as('registrar', CREATE_PROJECT, { input: projectInput({ contractStart: '2088-01-01', contractEnd: '2088-12-31' }) })).createProject;
  await cached.as('registrar', SUBMIT_PROJECT, { id: project.id, version: 1 });
});
afterAll(async () => {
  await truth?.close();
  await cached?.close();
});

const FIRMS = `query Mine($o: FirmListOptions) { firms(options: $o) { totalItems items { id } } }`;
const PROJECTS = `query Mine($o: ProjectListOptions) { projects(options: $o) { totalItems items { id } } }`;

// every filter that reads the caller, with both values, for two people of each role that files or decides
const CASES = (['firms', 'projects'] as const).flatMap((list) =>
  (['mine', 'submittedByMe'] as const).flatMap((filter) =>
    [true, false].flatMap((value) =>
      [
        ['clerk', 'clerk.two'],
        ['registrar', 'registrar.two'],
      ].map(([one, two]) => [list, filter, value, one, two] as const),
    ),
  ),
);

describe('a filter that reads the caller', () => {
  it.each(CASES)('%s filter { %s: %p }: %s and %s never get each other’s answer, in either order', async (list, filter, value, one, two) => {
    const query = list === 'firms' ? FIRMS : PROJECTS;
    // one take per order: each order starts with nothing held for its key
    for (const [first, second, take] of [
      [one, two, 3],
      [two, one, 4],
    ] as const) {
      const variables = { o: { take, sort: { field: 'ID' }, filter: { [filter]: value } } };
      const expected = {
        [first]: (await truth.gql(query, variables, tokens[first])).data,
        [second]: (await truth.gql(query, variables, tokens[second])).data,
      };
      // the two people do see different rows, so a shared answer would show
      expect(expected[first]).not.toEqual(expected[second]);
      const firstAnswer = await cached.gql(query, variables, tokens[first]);
      const secondAnswer = await cached.gql(query, variables, tokens[second]);
      expect(firstAnswer.errors).toBeUndefined();
      expect({ [first]: firstAnswer.data, [second]: secondAnswer.data }).toEqual(expected);
      // each of them repeating is answered from memory (the version read alone) with their own answer
      for (const [who, answer] of [
        [first, firstAnswer],
        [second, secondAnswer],
      ] as const) {
        const again = await cached.gql(query, variables, tokens[who]);
        expect({ who, data: again.data, statements: again.sqlStatements }).toEqual({ who, data: answer.data, statements: 1 });
      }
    }
  });

  it('written in the query text rather than in variables, is keyed by the caller too', async () => {
    const literal = (extra: string) => `{ firms(options: { take: 3, filter: { mine: true }${extra} }) { totalItems items { id } } }`;
    const clerk = await cached.gql(literal(''), {}, tokens.clerk);
    const clerkTwo = await cached.gql(literal(''), {}, tokens['clerk.two']);
    expect(clerk.data.firms.totalItems).toBeGreaterThan(0);
    expect(clerkTwo.data).toEqual((await truth.gql(literal(''), {}, tokens['clerk.two'])).data);
    expect(clerkTwo.data.firms.totalItems).toBe(0);
  });
});

describe('an answer the same for everyone of a role', () => {
  it('is still shared: the second clerk is answered from memory', async () => {
    const variables = { o: { take: 5, sort: { field: 'NAME' }, filter: { filingStatus: 'APPROVED' } } };
    const clerk = await cached.gql(FIRMS, variables, tokens.clerk);
    const clerkTwo = await cached.gql(FIRMS, variables, tokens['clerk.two']);
    expect(clerk.errors).toBeUndefined();
    expect(clerkTwo.data).toEqual(clerk.data);
    expect(clerkTwo.sqlStatements).toBe(1);
  });

  it('is not shared once a filter that reads the caller joins it', async () => {
    const variables = { o: { take: 5, sort: { field: 'NAME' }, filter: { filingStatus: 'DRAFT', mine: true } } };
    const clerk = await cached.gql(FIRMS, variables, tokens.clerk);
    const clerkTwo = await cached.gql(FIRMS, variables, tokens['clerk.two']);
    expect(clerkTwo.data).toEqual((await truth.gql(FIRMS, variables, tokens['clerk.two'])).data);
    expect(clerkTwo.sqlStatements).toBeGreaterThan(1);
    expect(clerk.data).toEqual((await truth.gql(FIRMS, variables, tokens.clerk)).data);
  });
});
