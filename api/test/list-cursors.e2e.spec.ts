import { outcomeOf, startTestApp, TestApp } from './harness';

/**
 * A list cursor names the list and the sort (field and direction) it was issued for (shared/cursor.ts): offered to
 * another list or another direction it is BAD_USER_INPUT with CURSOR_INVALID, on the compiled path and on the
 * loader path (COMPILED_READS=off) alike, and both paths issue the very same cursor. A filter is not part of it.
 */
let loaders: TestApp;
let compiled: TestApp;
let token: string;

beforeAll(async () => {
  loaders = await startTestApp({ COMPILED_READS: 'off' });
  compiled = await startTestApp({}, { sameDatabaseAs: loaders });
  token = await loaders.tokenFor('manager');
  await compiled.gql('{ __typename }', {}, token);
});
afterAll(async () => {
  await compiled?.close();
  await loaders?.close();
});

const FIRMS = `query F($o: FirmListOptions) { firms(options: $o) { nextCursor items { id } } }`;
const PROJECTS = `query P($o: ProjectListOptions) { projects(options: $o) { nextCursor items { id } } }`;
// two roots: not the text lane, so the compiled path's JSON statement issues the cursor
const FIRMS_TWICE = `query F($o: FirmListOptions) { firms(options: $o) { nextCursor items { id } } again: firms(options: $o) { nextCursor } }`;
// by name: the servers start after describe.each has read its table
const server = (path: string) => (path === 'compiled' ? compiled : loaders);

async function cursorOf(app: TestApp, query: string, o: Record<string, unknown>): Promise<string> {
  const page = await app.gql(query, { o: { take: 3, ...o } }, token);
  expect(page.errors).toBeUndefined();
  const cursor = (Object.values(page.data)[0] as { nextCursor: string | null }).nextCursor;
  expect(cursor).toEqual(expect.any(String));
  return cursor!;
}

describe('a list cursor', () => {
  it.each([
    ['NAME', 'ASC'],
    ['NAME', 'DESC'],
    ['SUBMITTED_AT', 'DESC'],
    ['ID', 'ASC'],
  ])('sorted by %s %s, is the same from the text lane, the JSON statement and the loaders', async (field, direction) => {
    const sort = { field, direction };
    const cursors = [await cursorOf(compiled, FIRMS, { sort }), await cursorOf(compiled, FIRMS_TWICE, { sort }), await cursorOf(loaders, FIRMS, { sort })];
    expect(new Set(cursors).size).toBe(1);
  });

  describe.each(['compiled', 'loaders'])('on the %s path', (path) => {
    const refused = async (query: string, o: Record<string, unknown>) => outcomeOf(await server(path).gql(query, { o: { take: 3, ...o } }, token));

    it('a firms cursor given to projects is CURSOR_INVALID', async () => {
      const after = await cursorOf(server(path), FIRMS, { sort: { field: 'NAME' } });
      expect(await refused(PROJECTS, { sort: { field: 'NAME' }, after })).toBe('BAD_USER_INPUT/CURSOR_INVALID');
      expect(await refused(PROJECTS, { after })).toBe('BAD_USER_INPUT/CURSOR_INVALID');
    });

    it.each([
      ['ASC', 'DESC'],
      ['DESC', 'ASC'],
    ])('a cursor issued %s and given to a %s sort is CURSOR_INVALID', async (issued, offered) => {
      const after = await cursorOf(server(path), FIRMS, { sort: { field: 'NAME', direction: issued } });
      expect(await refused(FIRMS, { sort: { field: 'NAME', direction: offered }, after })).toBe('BAD_USER_INPUT/CURSOR_INVALID');
      expect(await refused(FIRMS, { sort: { field: 'NAME', direction: issued }, after })).toBe('OK');
    });

    it('a cursor of another sort field is CURSOR_INVALID', async () => {
      const after = await cursorOf(server(path), FIRMS, { sort: { field: 'NAME' } });
      expect(await refused(FIRMS, { sort: { field: 'CREDIT_CODE' }, after })).toBe('BAD_USER_INPUT/CURSOR_INVALID');
    });

    it('a cursor of the old three-part shape is CURSOR_INVALID', async () => {
      const old = Buffer.from(JSON.stringify(['name', '湖州', 1])).toString('base64url');
      expect(await refused(FIRMS, { sort: { field: 'NAME' }, after: old })).toBe('BAD_USER_INPUT/CURSOR_INVALID');
    });

    it('the default sort is the name ascending, and its cursor pages that sort; a filter may change between pages', async () => {
      const after = await cursorOf(server(path), FIRMS, {});
      expect(await refused(FIRMS, { sort: { field: 'NAME', direction: 'ASC' }, after })).toBe('OK');
      // a filter narrows the same order: "after this firm" means the same
      const next = await server(path).gql(FIRMS, { o: { take: 3, after, filter: { filingStatus: 'APPROVED' } } }, token);
      expect(next.errors).toBeUndefined();
    });
  });
});
