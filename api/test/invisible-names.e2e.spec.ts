import { startTestApp, TestApp } from './harness';
import { firmInput } from './operations';

/**
 * A name or title must show at least one character (shared/validators.ts invisibleNameErrors): zero-width and
 * bidi characters alone are refused like spaces alone, with the field and the INVISIBLE_TEXT rule, storing nothing.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const INVISIBLE = '\u202e\u200b\u200d';
const estateInput = (name: string) => ({ communityId: '1', name, address: '湖州市吴兴区测试路1号', totalFloorArea: '100', residentialFloorArea: '50', households: 3, buildings: 1 });

describe('failing: names that show nothing', () => {
  it.each([
    ['a firm', `mutation($i: FirmInput!) { createFirm(input: $i) { id } }`, { i: firmInput({ name: INVISIBLE }) }, `SELECT count(*)::int AS n FROM firm`],
    ['an estate', `mutation($i: EstateInput!) { createEstate(input: $i) { id } }`, { i: estateInput('\ufeff\u2060\u0301') }, `SELECT count(*)::int AS n FROM estate`],
  ])('%s is BAD_USER_INPUT name INVISIBLE_TEXT, and nothing is stored', async (_what, mutation, variables, count) => {
    const before = (await app.ds.query(count))[0].n;
    const result = await app.gql(mutation, variables, await app.tokenFor('clerk'));
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'name', rule: 'INVISIBLE_TEXT' }] });
    expect((await app.ds.query(count))[0].n).toBe(before);
  });

  it('an imported firm row named by invisible characters is that cell’s INVISIBLE_TEXT error', async () => {
    const csv = ['企业名称,统一社会信用代码,法定代表人,注册地址,联系人,联系电话,所在区县', `${INVISIBLE},91330502MA2B3C4D5E,张三,湖州,李四,13800138000,吴兴区`].join('\n');
    const file = { name: 'firms.csv', contentBase64: Buffer.from(csv).toString('base64') };
    const result = await app.as('clerk', `mutation R($file: ImportFileInput!) { previewImport(kind: FIRMS, file: $file) { invalid rows { fieldErrors { field rule } } } }`, { file });
    expect(result.previewImport.invalid).toBe(1);
    expect(result.previewImport.rows[0].fieldErrors).toContainEqual({ field: 'name', rule: 'INVISIBLE_TEXT' });
  });
});

describe('successful: a visible name with invisible characters in it', () => {
  it('is stored as typed', async () => {
    const name = `湖州\u200b可见物业服务有限公司${Date.now().toString(36)}`;
    const { createFirm } = await app.as('clerk', `mutation($i: FirmInput!) { createFirm(input: $i) { name } }`, { i: firmInput({ name }) });
    expect(createFirm.name).toBe(name);
  });
});
