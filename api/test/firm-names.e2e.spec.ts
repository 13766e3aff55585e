import { FirmNameKeys1764805600000 } from '../../migrations/1764805600000-firm-name-keys';
import { creditCodeCheckCharacter } from '../src/firms/credit-code';
import { startTestApp, TestApp } from './harness';
import { CREATE_PARTY_ORG, longting } from './money-operations';
import { CREATE_FIRM, firmInput, UPDATE_FIRM } from './operations';

/**
 * One name, one firm (docs/domain-rules.md#firm-names; security review F11): a name that reads as a firm's that is not
 * revoked — blanks, invisible characters, width and Kangxi radicals aside — is refused naming that firm, on create,
 * update and import alike, and PostgreSQL holds it (firm_name_key).
 */
let app: TestApp;
let approved: { id: string; name: string };
beforeAll(async () => {
  app = await startTestApp();
  // the review's firm 14; any approved firm shows the rule where the demo changes
  const [row] = await app.ds.query(
    `SELECT id::text AS id, name FROM firm WHERE filing_status = 'APPROVED' ORDER BY (name = '湖州德信物业服务有限公司') DESC, id LIMIT 1`,
  );
  approved = row;
});
afterAll(() => app?.close());

const firms = async () => Number((await app.ds.query(`SELECT count(*) AS n FROM firm`))[0].n);
const fieldErrorOf = (r: { errors?: ReadonlyArray<{ extensions?: Record<string, any> }> }) => r.errors?.[0]?.extensions?.fieldErrors?.[0];
/** `name` with `insert` after its `at`th character */
const withAt = (name: string, at: number, insert: string) => [...name].slice(0, at).join('') + insert + [...name].slice(at).join('');

describe('creating a firm whose name reads as a registered one', () => {
  it.each([
    ['the same name', (n: string) => n, 'FIRM_NAME_TAKEN'],
    ['a trailing space', (n: string) => `${n} `, 'FIRM_NAME_TAKEN'],
    ['a trailing ideographic space', (n: string) => `${n}\u3000`, 'FIRM_NAME_TAKEN'],
    ['a no-break space inside', (n: string) => withAt(n, 2, '\u00a0'), 'FIRM_NAME_TAKEN'],
    ['an ordinary space inside', (n: string) => withAt(n, 2, ' '), 'FIRM_NAME_TAKEN'],
    ['full-width letters and brackets', (n: string) => n.replace(/[(]/g, '（').replace(/[)]/g, '）').replace(/[A-Za-z0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)), 'FIRM_NAME_TAKEN'],
    ['a variation selector after a Chinese character', (n: string) => withAt(n, 4, '\ufe00'), 'INVISIBLE_TEXT'],
  ])('%s: refused on name, naming the firm, nothing written', async (_what, variant, rule) => {
    const before = await firms();
    const r = await app.gql(CREATE_FIRM, { input: firmInput({ name: variant(approved.name) }) }, await app.tokenFor('clerk'));
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(fieldErrorOf(r)).toMatchObject({ field: 'name', rule });
    if (rule === 'FIRM_NAME_TAKEN') expect(fieldErrorOf(r).args).toEqual({ firmName: approved.name, firmId: approved.id });
    expect(await firms()).toBe(before);
  });

  it('a Kangxi radical is stored as the ideograph it draws, and the ideograph is then taken', async () => {
    const { createFirm } = await app.as('clerk', CREATE_FIRM, { input: firmInput({ name: '⽔州德信物业服务有限公司' }) }); // U+2F54
    expect(createFirm.name).toBe('水州德信物业服务有限公司');
    const r = await app.gql(CREATE_FIRM, { input: firmInput({ name: '水州德信物业服务有限公司 ' }) }, await app.tokenFor('clerk'));
    expect(fieldErrorOf(r)).toMatchObject({ field: 'name', rule: 'FIRM_NAME_TAKEN', args: { firmId: createFirm.id } });
  });

  it('a draft holds its name too; a revoked firm’s name may be registered again', async () => {
    const { createFirm: draft } = await app.as('clerk', CREATE_FIRM, { input: firmInput({ name: '湖州重名草稿物业有限公司' }) });
    const r = await app.gql(CREATE_FIRM, { input: firmInput({ name: '湖州重名草稿物业有限公司\u3000' }) }, await app.tokenFor('clerk'));
    expect(fieldErrorOf(r)).toMatchObject({ rule: 'FIRM_NAME_TAKEN', args: { firmId: draft.id } });

    const revoked: Array<{ name: string }> = await app.ds.query(
      `SELECT name FROM firm f WHERE filing_status = 'REVOKED' AND NOT EXISTS (SELECT 1 FROM firm g WHERE g.name = f.name AND g.filing_status <> 'REVOKED') LIMIT 1`,
    );
    expect(revoked).toHaveLength(1); // the demo revokes some firms
    const { createFirm: again } = await app.as('clerk', CREATE_FIRM, { input: firmInput({ name: revoked[0].name }) });
    expect(again.name).toBe(revoked[0].name);
  });

  it('PostgreSQL refuses a second name of one key among firms not revoked (firm_name_key), whatever wrote it', async () => {
    const { createFirm: draft } = await app.as('clerk', CREATE_FIRM, { input: firmInput() });
    await expect(app.ds.query(`UPDATE firm SET name = $2 WHERE id = $1`, [draft.id, `${approved.name}\u3000`])).rejects.toThrow(/firm_name_key/);
  });
});

describe('updating a firm', () => {
  it('to a name that reads as another firm’s is refused; keeping its own name (re-spaced) is not', async () => {
    const { createFirm: draft } = await app.as('clerk', CREATE_FIRM, { input: firmInput({ name: '湖州改名物业有限公司' }) });
    const r = await app.gql(UPDATE_FIRM, { id: draft.id, version: draft.version, input: firmInput({ name: withAt(approved.name, 2, '\u00a0'), creditCode: draft.creditCode }) }, await app.tokenFor('clerk'));
    expect(fieldErrorOf(r)).toMatchObject({ field: 'name', rule: 'FIRM_NAME_TAKEN', args: { firmId: approved.id } });
    const { updateFirm } = await app.as('clerk', UPDATE_FIRM, { id: draft.id, version: draft.version, input: firmInput({ name: '湖州改名物业有限公司　', creditCode: draft.creditCode }) });
    expect(updateFirm.name).toBe('湖州改名物业有限公司');
  });
});

describe('importing firms', () => {
  const RUN_IMPORT = `mutation R($kind: ImportKind!, $file: ImportFileInput!, $mode: ImportMode!) {
    runImport(kind: $kind, file: $file, mode: $mode) { invalid rows { row status fieldErrors { field rule message } } } }`;
  const HEADERS = ['企业名称', '统一社会信用代码', '法定代表人', '注册地址', '联系人', '联系电话', '所在区县', '成立日期', '经营状态'];
  const csv = (rows: string[][]) => ({ name: 'f.csv', contentBase64: Buffer.from(rows.map((r) => r.map((c) => `"${c}"`).join(',')).join('\r\n')).toString('base64') });
  const code = (serial: number) => {
    const body = `91330502MA2N4M${String(serial).padStart(3, '0')}`;
    return body + creditCodeCheckCharacter(body);
  };
  const row = (name: string, serial: number) => [name, code(serial), '张三', '湖州市吴兴区人民路1号', '李四', '13800138000', '吴兴区', '2015-03-18', '正常'];

  it('refuses in its row a name registered already or given by an earlier row; the others are created', async () => {
    const before = await firms();
    const rows = [HEADERS, row(`${approved.name} `, 1), row('湖州导入新名物业有限公司', 2), row('湖州导入新名物业有限公司\u3000', 3), row('湖州导入另名物业有限公司', 4)];
    const result = await app.gql(RUN_IMPORT, { kind: 'FIRMS', file: csv(rows), mode: 'VALID_ROWS' }, await app.tokenFor('clerk'));
    expect(result.errors).toBeUndefined();
    const report = result.data.runImport;
    expect(report.rows.map((r: { status: string }) => r.status)).toEqual(['INVALID', 'CREATED', 'INVALID', 'CREATED']);
    expect(report.rows[0].fieldErrors).toEqual([expect.objectContaining({ field: 'name', rule: 'FIRM_NAME_TAKEN', message: expect.stringContaining(approved.name) })]);
    expect(report.rows[2].fieldErrors).toEqual([expect.objectContaining({ field: 'name', rule: 'FIRM_NAME_TAKEN', message: expect.stringContaining(`row ${report.rows[1].row}`) })]);
    expect(await firms()).toBe(before + 2);
  });
});

describe('party organisations', () => {
  it('a name that reads as a registered one is refused (party_organisation_name_key by match key)', async () => {
    const { estateId } = await longting(app);
    const input = { name: '龙庭小区红色物业党支部', kind: 'FUNCTIONAL' as const, estateId, memberCount: 12, establishedOn: '2022-07-01' };
    await app.as('clerk', CREATE_PARTY_ORG, { input });
    const r = await app.gql(CREATE_PARTY_ORG, { input: { ...input, name: '龙庭小区 红色物业党支部' } }, await app.tokenFor('clerk'));
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'ALREADY_EXISTS', field: 'name', rule: 'PARTY_ORGANISATION_NAME_TAKEN' });
  });
});

describe('the migration, where stored names already compare as one', () => {
  const rerun = async (step: 'up' | 'down') => {
    const runner = app.ds.createQueryRunner();
    try {
      await new FirmNameKeys1764805600000()[step](runner);
    } finally {
      await runner.release();
    }
  };

  it('renames nothing, leaves the later firm out of the index by id, and still holds every other name', async () => {
    await rerun('down');
    const { createFirm: clash } = await app.as('clerk', CREATE_FIRM, { input: firmInput({ name: '湖州迁移前重名物业有限公司' }) });
    await app.ds.query(`UPDATE firm SET name = $2 WHERE id = $1`, [clash.id, `${approved.name}\u3000`]);
    await rerun('up');
    const [{ name }] = await app.ds.query(`SELECT name FROM firm WHERE id = $1`, [clash.id]);
    expect(name).toBe(`${approved.name}\u3000`);
    const [{ def }] = await app.ds.query(`SELECT pg_get_indexdef('firm_name_key'::regclass) AS def`);
    expect(def).toMatch(new RegExp(`id <> ${clash.id}\\)|NOT IN \\(${clash.id}\\)`)); // PostgreSQL writes one id as <>
    // the firm holding the name still holds it against new ones
    const r = await app.gql(CREATE_FIRM, { input: firmInput({ name: ` ${approved.name}` }) }, await app.tokenFor('clerk'));
    expect(fieldErrorOf(r)).toMatchObject({ rule: 'FIRM_NAME_TAKEN', args: { firmId: approved.id } });
  });
});
