import { creditCodeCheckCharacter } from '../src/firms/credit-code';
import { startTestApp, TestApp } from './harness';
import { CREATE_CHECKLIST_DRAFT, firmInput } from './operations';

/**
 * No text a client sends holds an invisible or control character, and none shows nothing (shared/text.ts
 * invisibleTextProblem, docs/domain-rules.md#refused-characters): every String field of every input, nested lists,
 * plain String arguments and imported cells alike, refused with the field and the INVISIBLE_TEXT rule, storing
 * nothing. Line breaks and tabs are text only in multi-line fields (notes, reasons, descriptions).
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const INVISIBLE = '\u202e\u200b\u200d';
const estateInput = (fields: Record<string, unknown>) => ({ communityId: '1', name: `测试小区${Date.now().toString(36)}`, address: '湖州市吴兴区测试路1号', totalFloorArea: '100', residentialFloorArea: '50', households: 3, buildings: 1, ...fields });
const CREATE_FIRM = `mutation($i: FirmInput!) { createFirm(input: $i) { id name } }`;
const CREATE_ESTATE = `mutation($i: EstateInput!) { createEstate(input: $i) { id } }`;
const count = async (table: string) => (await app.ds.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

describe('failing: names that show nothing', () => {
  it.each([
    ['a firm', CREATE_FIRM, { i: firmInput({ name: INVISIBLE }) }, 'firm'],
    ['an estate', CREATE_ESTATE, { i: estateInput({ name: '\ufeff\u2060\u0301' }) }, 'estate'],
  ])('%s is BAD_USER_INPUT name INVISIBLE_TEXT, and nothing is stored', async (_what, mutation, variables, table) => {
    const before = await count(table);
    const result = await app.gql(mutation, variables, await app.tokenFor('clerk'));
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'name', rule: 'INVISIBLE_TEXT' }] });
    expect(await count(table)).toBe(before);
  });
});

describe('failing: any text field holding an invisible or control character', () => {
  const variants: Array<[string, string]> = [
    ['zero-width space', '\u200b'],
    ['zero-width non-joiner', '\u200c'],
    ['zero-width joiner', '\u200d'],
    ['word joiner', '\u2060'],
    ['BOM', '\ufeff'],
    ['soft hyphen', '\u00ad'],
    ['right-to-left override', '\u202e'],
    ['left-to-right isolate', '\u2066'],
    ['bell', '\u0007'],
    ['line separator', '\u2028'],
    ['Mongolian vowel separator', '\u180e'],
    ['a tag character', '\u{e0041}'],
    ['a line break in a one-line field', '\n'],
    ['a tab in a one-line field', '\t'],
  ];
  const fields: Array<[string, (c: string) => Record<string, unknown>]> = [
    ['name', (c) => ({ name: `湖州${c}可见物业服务有限公司${Date.now().toString(36)}` })],
    ['registeredAddress', (c) => ({ registeredAddress: `湖州市${c}吴兴区人民路100号` })],
    ['legalRepresentative', (c) => ({ legalRepresentative: `沈${c}建华` })],
    ['contactPerson', (c) => ({ contactPerson: `钱${c}丽` })],
    ['creditCode', (c) => ({ creditCode: `91330502${c}MA2B3C4D5E` })],
  ];
  // every variant once, each in another field in turn
  const cases = variants.map(([what, c], i) => [what, fields[i % fields.length][0], fields[i % fields.length][1](c)] as const);
  it.each(cases)('%s in a firm’s %s is refused on that field, storing nothing', async (_what, field, overrides) => {
    const before = await count('firm');
    const result = await app.gql(CREATE_FIRM, { i: firmInput(overrides) }, await app.tokenFor('clerk'));
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: expect.arrayContaining([expect.objectContaining({ field, rule: 'INVISIBLE_TEXT' })]) });
    expect(await count('firm')).toBe(before);
  });

  it('a visible name with a zero-width space inside is refused too: it would look like another firm’s name', async () => {
    const result = await app.gql(CREATE_FIRM, { i: firmInput({ name: `湖州\u200b可见物业服务有限公司${Date.now().toString(36)}` }) }, await app.tokenFor('clerk'));
    expect(result.errors?.[0].extensions.fieldErrors).toEqual([expect.objectContaining({ field: 'name', rule: 'INVISIBLE_TEXT', message: expect.stringContaining('U+200B') })]);
  });

  it('an estate address written in the query text itself (not a variable) is refused the same way', async () => {
    const result = await app.gql(
      `mutation { createEstate(input: { communityId: "1", name: "隐字小区", address: "湖州市\\u200b吴兴区", totalFloorArea: "100", residentialFloorArea: "50", households: 3, buildings: 1 }) { id } }`,
      {},
      await app.tokenFor('clerk'),
    );
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'address', rule: 'INVISIBLE_TEXT' }] });
  });

  it('a list filter’s text is refused with its path', async () => {
    const result = await app.gql(`query Q($o: FirmListOptions) { firms(options: $o) { totalItems } }`, { o: { filter: { name: '湖州\u200b' } } }, await app.tokenFor('manager'));
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'filter.name', rule: 'INVISIBLE_TEXT' }] });
  });
});

describe('nested lists: the item’s index in the path, written items[1].name everywhere', () => {
  const item = (key: string, titleZh: string) => ({ key, kind: 'MUST' as const, titleZh, titleEn: 'An item', suggestedReviewers: ['PROPERTY_FIRM' as const] });
  it('in a mutation input’s list of items', async () => {
    const input = { title: '隐字清单', source: '测试', items: [item('FIRST_ITEM', '第一项'), item('SECOND_ITEM', '第\u200b二项'), item('THIRD_ITEM', '第三\u202e项')] };
    const result = await app.gql(CREATE_CHECKLIST_DRAFT, { input }, await app.tokenFor('admin'));
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(result.errors?.[0].extensions.fieldErrors).toEqual([
      expect.objectContaining({ field: 'items[1].titleZh', rule: 'INVISIBLE_TEXT' }),
      expect.objectContaining({ field: 'items[2].titleZh', rule: 'INVISIBLE_TEXT' }),
    ]);
  });

  it('a list of ids beyond 32 bits keeps the same notation', async () => {
    const result = await app.gql('query { firms(options: { filter: { ids: ["1", "4294967296"] } }) { totalItems } }', {}, await app.tokenFor('manager'));
    expect(result.errors?.[0].extensions.fieldErrors).toEqual([expect.objectContaining({ field: 'options.filter.ids[1]', rule: 'ID' })]);
  });
});

describe('plain String arguments', () => {
  it.each([
    ['a zero-width space in a username', { u: '\u200badmin', p: 'wuye-demo' }, 'username'],
    ['a bidi override in a username', { u: 'admin\u202e', p: 'wuye-demo' }, 'username'],
  ])('%s is BAD_USER_INPUT INVISIBLE_TEXT before anything runs', async (_what, variables, field) => {
    const result = await app.gql('mutation L($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', variables, null);
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field, rule: 'INVISIBLE_TEXT' }] });
  });

  it('a password is taken as typed: never refused for its characters', async () => {
    const result = await app.gql('mutation L($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: 'admin', p: 'wuye\u200bdemo\t' }, null);
    expect(result.errors?.[0].extensions.code).not.toBe('BAD_USER_INPUT');
  });

  it.each([
    ['a zero-width space', '请补充\u200b材料', 'INVISIBLE_TEXT'],
    ['a bell', '请补充\u0007材料', 'INVISIBLE_TEXT'],
    ['line breaks and a tab (a note is multi-line)', '请补充材料：\n1.\t营业执照\r\n2. 章程', 'NOT_FOUND'],
  ])('a return note with %s: %s', async (_what, note, outcome) => {
    const result = await app.gql('mutation R($note: String) { returnFirm(id: "2147483647", version: 1, reason: INCOMPLETE_MATERIALS, note: $note) { id } }', { note }, await app.tokenFor('registrar'));
    const error = result.errors?.[0].extensions;
    expect(error?.code === 'BAD_USER_INPUT' ? error.fieldErrors[0].rule : error?.code).toBe(outcome);
    if (outcome === 'INVISIBLE_TEXT') expect(error?.fieldErrors[0].field).toBe('note');
  });
});

describe('imported cells', () => {
  const creditCode = () => {
    const body = `91330502MA${Math.random().toString(36).slice(2, 9).toUpperCase().replace(/[^0-9A-HJ-NPQRTUWXY]/g, '1').padEnd(7, '1')}`;
    return body + creditCodeCheckCharacter(body);
  };
  const preview = async (cells: string[]) => {
    const header = '企业名称,统一社会信用代码,法定代表人,注册地址,联系人,联系电话,所在区县';
    const file = { name: 'firms.csv', contentBase64: Buffer.from([header, cells.map((c) => `"${c}"`).join(',')].join('\n')).toString('base64') };
    return (await app.as('clerk', `mutation R($file: ImportFileInput!) { previewImport(kind: FIRMS, file: $file) { invalid rows { fieldErrors { field rule } } } }`, { file })).previewImport;
  };

  it.each([
    ['a name that shows nothing', [INVISIBLE, creditCode(), '张三', '湖州', '李四', '13800138000', '吴兴区'], 'name'],
    ['a zero-width space in an address', ['湖州隐字物业', creditCode(), '张三', '湖州\u200b路', '李四', '13800138000', '吴兴区'], 'registeredAddress'],
    ['a line break in a contact person (Alt+Enter in a cell)', ['湖州隐字物业', creditCode(), '张三', '湖州', '李\n四', '13800138000', '吴兴区'], 'contactPerson'],
    ['a soft hyphen in a credit code', ['湖州隐字物业', `9133\u00ad0502MA2B3C4D5E`, '张三', '湖州', '李四', '13800138000', '吴兴区'], 'creditCode'],
  ])('%s is that cell’s INVISIBLE_TEXT error', async (_what, cells, field) => {
    const report = await preview(cells as string[]);
    expect(report.invalid).toBe(1);
    expect(report.rows[0].fieldErrors).toContainEqual({ field, rule: 'INVISIBLE_TEXT' });
  });
});
