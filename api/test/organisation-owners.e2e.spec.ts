import { creditCodeCheckCharacter } from '../src/firms/credit-code';
import { citizenIdCheckCharacter } from '../src/owners/citizen-id';
import { todayInChina } from '../src/shared/iso-date';
import { CREATE_ELECTION, MOVE_ELECTION, NOMINATE, OWNER_ROLL, OWNERS, bareEstateId } from './election-operations';
import { outcomeOf, startTestApp, TestApp } from './harness';
import { PREVIEW_IMPORT, RUN_IMPORT } from './operations';

/**
 * Owners that are companies or other organisations (单位业主, docs/domain-rules.md#organisation-owners), through
 * GraphQL on an estate of the demo with no roll yet: on the roll by their credit code, counted once for all their
 * units, never candidates.
 */
let app: TestApp;
let estateId: string;
beforeAll(async () => {
  app = await startTestApp();
  estateId = await bareEstateId(app);
});
afterAll(() => app?.close());

const HEADERS = ['幢', '单元', '室', '专有面积', '面积来源', '开发商持有', '业主类型', '业主名称', '证件号码', '电话', '投票代表'];

function idNumber(sequence: number): string {
  const body = `33050219800301${String(sequence).padStart(3, '0')}`;
  return body + citizenIdCheckCharacter(body);
}
/** A valid GB 32100-2015 code: 9 (registered by the market regulator) 1 (a company), Huzhou 吴兴区, then `body`. */
function creditCode(body: string): string {
  const first17 = `91330502${body}`;
  return first17 + creditCodeCheckCharacter(first17);
}

const SHOP_COMPANY = { name: '湖州龙庭商贸有限公司', code: creditCode('MA2B3C4D5') };
const WANG = { name: '王芳', id: idNumber(41) };
const LI = { name: '李强', id: idNumber(42) };

type Row = string[];
const unit = (building: string, room: string, area: string, kind: string, owner: { name: string; id?: string; code?: string }, voter = '否'): Row => [
  building, building === '商铺' ? '' : '1单元', room, area, '不动产登记', '否', kind, owner.name, owner.code ?? owner.id ?? '', '', voter,
];
function file(rows: Row[]) {
  const csv = `\uFEFF${[HEADERS, ...rows].map((r) => r.join(',')).join('\r\n')}\r\n`;
  return { name: 'roll.csv', contentBase64: Buffer.from(csv).toString('base64') };
}

async function ownerCount(): Promise<number> {
  return (await app.ds.query(`SELECT count(*)::int AS n FROM owner WHERE estate_id = $1`, [estateId]))[0].n;
}

describe('an organisation on the roll', () => {
  it('is imported by its credit code, counted as one person for its two shops with their full area, and listed as an organisation', async () => {
    const rows = [
      unit('1幢', '101', '89.12', '个人', WANG),
      unit('1幢', '102', '90.00', '', LI), // blank: a person
      unit('商铺', 'S1', '120.50', '单位', SHOP_COMPANY),
      // the register's own words, and the code in lower case: one owner
      unit('商铺', 'S2', '60.25', '营业执照', { name: SHOP_COMPANY.name, code: SHOP_COMPANY.code.toLowerCase() }),
      ['1幢', '1单元', '201', '100.00', '测绘', '是', '', '', '', '', ''],
    ];
    const { runImport } = await app.as('officer', RUN_IMPORT, { kind: 'OWNER_ROLL', file: file(rows), mode: 'ALL_OR_NOTHING', estateId });
    expect(runImport).toMatchObject({ committed: true, valid: 5, invalid: 0 });
    // 王芳, 李强, the company for both shops, the developer
    const { ownerRoll } = await app.as('officer', OWNER_ROLL, { estateId });
    expect(ownerRoll).toEqual({ units: 5, headcount: 4, totalArea: '459.87', developerHeldUnits: 1, undesignatedUnits: 0 });

    const organisations = (await app.as('officer', OWNERS, { options: { filter: { estateId, kind: 'ORGANISATION' } } })).owners;
    expect(organisations.items).toEqual([expect.objectContaining({ kind: 'ORGANISATION', name: SHOP_COMPANY.name, idNumber: SHOP_COMPANY.code })]);
    const persons = (await app.as('officer', OWNERS, { options: { filter: { estateId, kind: 'PERSON' }, sort: { field: 'NAME' } } })).owners;
    expect(persons.items.map((o: { name: string; kind: string }) => [o.name, o.kind]).sort()).toEqual([['李强', 'PERSON'], ['王芳', 'PERSON']]);
    // the same file again changes nothing
    const again = (await app.as('officer', PREVIEW_IMPORT, { kind: 'OWNER_ROLL', file: file(rows), estateId })).previewImport;
    expect(again.rows.map((r: { status: string }) => r.status)).toEqual(['DUPLICATE', 'DUPLICATE', 'DUPLICATE', 'DUPLICATE', 'DUPLICATE']);
  });

  it('refuses, under the column at fault, a number that does not fit its kind and an unknown kind; nothing is written', async () => {
    const wrongCheck = SHOP_COMPANY.code.slice(0, 17) + (SHOP_COMPANY.code[17] === '0' ? '1' : '0');
    // a person's ID number given for a company: it fails the credit code's own check (chosen so)
    let personId = idNumber(50);
    for (let n = 51; creditCodeCheckCharacter(personId.slice(0, 17)) === personId[17]; n++) personId = idNumber(n);
    const rows = [
      unit('商铺', 'S3', '50.00', '单位', { name: '湖州某某餐饮有限公司', code: wrongCheck }),
      unit('商铺', 'S4', '50.00', '单位', { name: '湖州某某超市有限公司', code: personId }),
      unit('1幢', '103', '90.00', '个人', { name: '赵敏', id: SHOP_COMPANY.code }),
      unit('1幢', '104', '90.00', '公司', { name: '陈刚', id: idNumber(43) }),
    ];
    const owners = await ownerCount();
    const { runImport } = await app.as('officer', RUN_IMPORT, { kind: 'OWNER_ROLL', file: file(rows), mode: 'ALL_OR_NOTHING', estateId });
    expect(runImport.committed).toBe(false);
    const errors = runImport.rows.flatMap((r: { row: number; fieldErrors: Array<{ field: string; rule: string; column: string | null; expected: string | null; allowed: string[] | null }> }) =>
      r.fieldErrors.map((e) => ({ row: r.row, ...e })),
    );
    const at = (row: number, field: string) => errors.find((e: { row: number; field: string }) => e.row === row && e.field === field);
    expect(at(2, 'idNumber')).toMatchObject({ rule: 'CREDIT_CODE_CHECK', column: '证件号码', expected: SHOP_COMPANY.code[17] });
    expect(at(3, 'idNumber')?.rule).toMatch(/^CREDIT_CODE_/);
    expect(at(4, 'idNumber')).toMatchObject({ rule: 'ID_CHARACTER' });
    expect(at(5, 'ownerKind')).toMatchObject({ rule: 'ONE_OF', column: '业主类型', allowed: ['个人', '单位'] });
    expect(await ownerCount()).toBe(owners);
  });

  it('refuses one number listed as an organisation on one row and a person on another', async () => {
    // a number of digits only that both checks take: a valid ID number and a valid credit code alike
    let both = idNumber(60);
    for (let n = 61; creditCodeCheckCharacter(both.slice(0, 17)) !== both[17]; n++) both = idNumber(n);
    const name = '湖州某某书店有限公司';
    const rows = [unit('商铺', 'S7', '40.00', '单位', { name, code: both }), unit('1幢', '105', '90.00', '个人', { name, id: both })];
    const report = (await app.as('officer', PREVIEW_IMPORT, { kind: 'OWNER_ROLL', file: file(rows), estateId })).previewImport;
    expect(report.rows[1].fieldErrors.map((e: { field: string; rule: string }) => `${e.field}:${e.rule}`)).toEqual(['ownerKind:ROLL_ID_KIND_MISMATCH']);
    expect(report.rows[1].fieldErrors[0].args).toEqual({ otherRow: 2 });
  });
});

describe('an organisation and the committee', () => {
  it('is not nominated (NOT_A_PERSON, nothing written); a person of the same roll is', async () => {
    const { createElection } = await app.as('officer', CREATE_ELECTION, { input: { estateId, kind: 'FIRST', title: '单位业主测试', seats: 5, phases: [] } });
    const { moveElection: election } = await app.as('officer', MOVE_ELECTION, { id: createElection.id, version: createElection.version, action: 'OPEN_NOMINATION' });
    const [company] = await app.ds.query(`SELECT id::text AS id FROM owner WHERE estate_id = $1 AND kind = 'ORGANISATION' AND name = $2`, [estateId, SHOP_COMPANY.name]);
    const [wang] = await app.ds.query(`SELECT id::text AS id FROM owner WHERE estate_id = $1 AND id_number = $2`, [estateId, WANG.id]);
    const nominate = async (ownerId: string) =>
      app.gql(NOMINATE, { electionId: election.id, input: { ownerId, partyMember: false, nominatedBy: '业主联名推荐', nominatedOn: todayInChina() } }, await app.tokenFor('officer'));
    const refused = await nominate(company.id);
    expect(outcomeOf(refused)).toBe('BAD_USER_INPUT/NOT_A_PERSON');
    expect(refused.errors![0].extensions.fieldErrors[0].field).toBe('ownerId');
    expect((await app.ds.query(`SELECT count(*)::int AS n FROM candidate WHERE election_id = $1`, [election.id]))[0].n).toBe(0);
    const taken = await nominate(wang.id);
    expect(taken.errors).toBeUndefined();
  });
});
