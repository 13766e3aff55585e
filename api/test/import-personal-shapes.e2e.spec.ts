import { creditCodeCheckCharacter } from '../src/firms/credit-code';
import { citizenIdCheckCharacter } from '../src/owners/citizen-id';
import { OFFICER_SUBDISTRICTS } from '../src/seed/election-demo';
import { startTestApp, TestApp } from './harness';
import { CREATE_FIRM, firmInput, RETURN_FIRM, SUBMIT_FIRM } from './operations';

/**
 * An import report never echoes personal data, whatever column it was typed into (docs/domain-rules.md#personal-data):
 * an ID number or a phone in a wrong cell is masked by its shape in the message, the quoted cell, the row's label and
 * the error file's messages, and the server's log lines hold none of it.
 */
let app: TestApp;
let estateId: string;
beforeAll(async () => {
  app = await startTestApp();
  const [row]: Array<{ id: string }> = await app.ds.query(
    `SELECT e.id::text AS id FROM estate e JOIN community c ON c.id = e.community_id JOIN subdistrict s ON s.id = c.subdistrict_id
      WHERE s.name = ANY($1) AND NOT EXISTS (SELECT 1 FROM unit u WHERE u.estate_id = e.id) AND NOT EXISTS (SELECT 1 FROM election el WHERE el.estate_id = e.id)
      ORDER BY e.id LIMIT 1`,
    [OFFICER_SUBDISTRICTS],
  );
  estateId = row.id;
});
afterAll(() => app?.close());

const ID = `33050219800301077${citizenIdCheckCharacter('33050219800301077')}`;
const OWNER_ID = `33050219800301078${citizenIdCheckCharacter('33050219800301078')}`;
const MOBILE = '13957201234';
const LANDLINE = '0572-2398765';
const SECRETS = [ID, MOBILE, LANDLINE, ID.slice(6, 14) + ID.slice(14), '2398765'];

const RUN_IMPORT = `mutation R($kind: ImportKind!, $file: ImportFileInput!, $mode: ImportMode!, $estateId: ID) {
  runImport(kind: $kind, file: $file, mode: $mode, estateId: $estateId) { invalid rows { row label fieldErrors { field column rule message given } } errorFile { contentBase64 } } }`;
const csv = (rows: string[][]) => ({ name: 'f.csv', contentBase64: Buffer.from(rows.map((r) => r.map((c) => `"${c}"`).join(',')).join('\r\n')).toString('base64') });
const ROLL = ['幢', '单元', '室', '专有面积', '面积来源', '开发商持有', '业主姓名', '身份证号', '电话', '投票代表'];
const FIRMS = ['企业名称', '统一社会信用代码', '法定代表人', '注册地址', '联系人', '联系电话', '所在区县', '成立日期', '经营状态'];
const creditCode = (serial: number) => {
  const body = `91330502MA2B3C${String(serial).padStart(3, '0')}`;
  return body + creditCodeCheckCharacter(body);
};

function expectNoSecret(text: string, secrets: string[] = SECRETS) {
  for (const secret of secrets) expect(text).not.toContain(secret);
}

describe('a wrong cell holding personal data, in a column that is not personal', () => {
  it.each([
    ['an ID number as 开发商持有 (yes or no)', () => [ROLL, ['1幢', '1单元', '101', '50.00', '不动产登记', ID, '王芳', OWNER_ID, '', '否']], 'OWNER_ROLL', 'developerHeld'],
    ['a mobile as 面积来源', () => [ROLL, ['1幢', '1单元', '102', '50.00', MOBILE, '否', '王芳', OWNER_ID, '', '否']], 'OWNER_ROLL', 'areaSource'],
    ['a landline as 专有面积', () => [ROLL, ['1幢', '1单元', '103', LANDLINE, '不动产登记', '否', '王芳', OWNER_ID, '', '否']], 'OWNER_ROLL', 'area'],
    ['a mobile as a firm’s 经营状态', () => [FIRMS, ['湖州个资物业', creditCode(1), '张三', '湖州', '李四', '13800138000', '吴兴区', '2015-03-18', MOBILE]], 'FIRMS', 'status'],
    ['an ID number as a firm’s 所在区县', () => [FIRMS, ['湖州个资物业', creditCode(2), '张三', '湖州', '李四', '13800138000', ID, '2015-03-18', '正常']], 'FIRMS', 'district'],
    ['a landline as a firm’s 成立日期', () => [FIRMS, ['湖州个资物业', creditCode(3), '张三', '湖州', '李四', '13800138000', '吴兴区', LANDLINE, '正常']], 'FIRMS', 'establishedOn'],
  ])('%s: the report and the logs hold it only masked', async (_what, rows, kind, field) => {
    const logged = app.logLines.length;
    const result = await app.gql(
      RUN_IMPORT,
      { kind, file: csv(rows()), mode: 'VALID_ROWS', estateId: kind === 'OWNER_ROLL' ? estateId : null },
      await app.tokenFor(kind === 'OWNER_ROLL' ? 'officer' : 'clerk'),
    );
    expect(result.errors).toBeUndefined();
    const report = result.data.runImport;
    const error = report.rows[0].fieldErrors.find((e: { field: string }) => e.field === field);
    expect(error).toBeDefined();
    expect(error?.given).toMatch(/\*{4}/); // quoted back, masked
    const errorFile = Buffer.from(report.errorFile.contentBase64, 'base64').toString('utf8');
    // the error file keeps the uploaded cells as they were (the clerk corrects that file); its messages column does not repeat them
    const messages = errorFile.split(/\r?\n/).slice(1).map((line) => /,("(?:[^"]|"")*"|[^,]*)$/.exec(line)?.[1] ?? '').join('\n');
    expectNoSecret(JSON.stringify({ ...report, errorFile: null }));
    expectNoSecret(messages);
    expectNoSecret(app.logLines.slice(logged).join('\n'));
  });
});

describe('an unknown column named by personal data', () => {
  it('is refused without repeating the header as written', async () => {
    const result = await app.gql(RUN_IMPORT, { kind: 'FIRMS', file: csv([[...FIRMS, MOBILE], ['x']]), mode: 'VALID_ROWS', estateId: null }, await app.tokenFor('clerk'));
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ rule: 'IMPORT_COLUMN_UNKNOWN' }] });
    expectNoSecret(JSON.stringify(result.errors));
  });
});

describe('personal data typed where it does not belong is refused, never stored (docs/roles-and-workflows.md#masking)', () => {
  const firms = async () => Number((await app.ds.query(`SELECT count(*) AS n FROM firm`))[0].n);

  it.each([
    ['an ID number after the legal representative’s name', { legalRepresentative: `沈建华 ${ID}` }, 'legalRepresentative'],
    ['a mobile in the registered address', { registeredAddress: `湖州市吴兴区人民路100号 电话${MOBILE}` }, 'registeredAddress'],
    ['a mobile written with +86 and spaces in the contact person', { contactPerson: `钱丽 +86 139 5720 1234` }, 'contactPerson'],
    // fours and a last pair, as long numbers are often written (attacker round 13: stored as typed)
    ['an ID number written in fours in the registered address', { registeredAddress: `湖州市吴兴区人民路100号 ${ID.match(/.{1,4}/g)!.join(' ')}` }, 'registeredAddress'],
  ])('%s: the create is refused on that field, and nothing is written', async (_what, overrides, field) => {
    const before = await firms();
    const r = await app.gql(CREATE_FIRM, { input: firmInput(overrides) }, await app.tokenFor('clerk'));
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field, rule: 'PERSONAL_DATA_IN_TEXT' }] });
    expectNoSecret(JSON.stringify(r.errors));
    expect(await firms()).toBe(before);
  });

  it('its own fields take it, a firm’s landline in its address is an organisation’s number, and a search may look for a phone', async () => {
    const { createFirm } = await app.as('clerk', CREATE_FIRM, { input: firmInput({ contactPhone: MOBILE, registeredAddress: `湖州市吴兴区人民路100号（总机 ${LANDLINE}）` }) });
    expect(createFirm.id).toBeDefined();
    const found = await app.gql(`query F($name: String) { firms(options: { filter: { name: $name } }) { totalItems } }`, { name: MOBILE }, await app.tokenFor('manager'));
    expect(found.errors).toBeUndefined();
  });

  it('a plain note of a move is checked as well: a registrar’s return note holding a mobile is refused', async () => {
    const { createFirm: firm } = await app.as('clerk', CREATE_FIRM, { input: firmInput() });
    const { submitFirm } = await app.as('clerk', SUBMIT_FIRM, { id: firm.id, version: firm.version });
    const r = await app.gql(RETURN_FIRM, { id: firm.id, version: submitFirm.version, reason: 'OTHER', note: `请联系 ${MOBILE} 补正` }, await app.tokenFor('registrar'));
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'note', rule: 'PERSONAL_DATA_IN_TEXT' }] });
    expect((await app.ds.query(`SELECT filing_status FROM firm WHERE id = $1`, [firm.id]))[0].filing_status).toBe('SUBMITTED');
  });

  it('an imported row holding a mobile in its address is refused on that cell, quoted masked', async () => {
    const rows = [FIRMS, ['湖州个资地址物业', creditCode(9), '张三', `湖州市吴兴区 ${MOBILE}`, '李四', '13800138000', '吴兴区', '2015-03-18', '正常']];
    const result = await app.gql(RUN_IMPORT, { kind: 'FIRMS', file: csv(rows), mode: 'VALID_ROWS', estateId: null }, await app.tokenFor('clerk'));
    expect(result.errors).toBeUndefined();
    const error = result.data.runImport.rows[0].fieldErrors.find((e: { rule: string }) => e.rule === 'PERSONAL_DATA_IN_TEXT');
    expect(error).toMatchObject({ field: 'registeredAddress', given: expect.stringMatching(/\*{4}/) });
    expect(result.data.runImport.invalid).toBe(1);
    expectNoSecret(JSON.stringify({ ...result.data.runImport, errorFile: null }));
  });
});
