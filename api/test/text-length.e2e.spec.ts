import { startTestApp, TestApp } from './harness';
import { firmInput, PREVIEW_IMPORT, RUN_IMPORT } from './operations';

/**
 * A text's length is counted one way, as PostgreSQL's length() counts it (shared/text.ts textLength): an input the API
 * accepts never breaks a CHECK (length(…)) of the migrations into a bare INTERNAL_SERVER_ERROR, typed or imported.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const CREATE_FIRM = `mutation($i: FirmInput!) { createFirm(input: $i) { id name } }`;
const HEARTS = '❤️'.repeat(60); // 60 × U+2764 U+FE0F: 120 characters to PostgreSQL, 60 to class-validator's @Length
const firmCount = async () => (await app.ds.query(`SELECT count(*)::int AS n FROM firm`))[0].n;
const firmsCsv = (name: string, creditCode: string) =>
  `\uFEFF企业名称,统一社会信用代码,法定代表人,注册地址,联系人,联系电话,所在区县\r\n${name},${creditCode},张三,湖州市吴兴区测试路1号,李四,0572-2345678,吴兴区\r\n`;
const file = (content: string) => ({ name: 'firms.csv', contentBase64: Buffer.from(content).toString('base64') });

describe('a firm name of 60 "❤️" (limit 100)', () => {
  it('is BAD_USER_INPUT on name (LENGTH), and nothing is written; 100 astral characters are 100 and pass', async () => {
    const clerk = await app.tokenFor('clerk');
    const before = await firmCount();
    const refused = await app.gql(CREATE_FIRM, { i: firmInput({ name: HEARTS }) }, clerk);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'name', rule: 'LENGTH' }] });
    expect(await firmCount()).toBe(before);
    const astral = await app.gql(CREATE_FIRM, { i: firmInput({ name: '😀'.repeat(100) }) }, clerk);
    expect(astral.errors).toBeUndefined();
    expect(astral.data.createFirm.name).toBe('😀'.repeat(100));
  });

  it('is flagged by the import preview on its row, and a run of VALID_ROWS leaves it out instead of failing', async () => {
    const clerk = await app.tokenFor('clerk');
    const { creditCode } = firmInput();
    const preview = await app.gql(PREVIEW_IMPORT, { kind: 'FIRMS', file: file(firmsCsv(HEARTS, creditCode)) }, clerk);
    expect(preview.errors).toBeUndefined();
    expect(preview.data.previewImport).toMatchObject({ valid: 0, invalid: 1 });
    expect(preview.data.previewImport.rows[0].fieldErrors).toEqual([expect.objectContaining({ field: 'name', rule: 'LENGTH' })]);
    const before = await firmCount();
    const run = await app.gql(RUN_IMPORT, { kind: 'FIRMS', file: file(firmsCsv(HEARTS, creditCode)), mode: 'VALID_ROWS' }, clerk);
    expect(run.errors).toBeUndefined();
    expect(run.data.runImport).toMatchObject({ created: 0, invalid: 1 });
    expect(await firmCount()).toBe(before);
  });
});
