import { UnitAddressKeys1764803200000 } from '../../migrations/1764803200000-unit-address-keys';
import { citizenIdCheckCharacter } from '../src/owners/citizen-id';
import { matchKey, matchKeySql } from '../src/shared/match-key';
import { bareEstateIds, ROLL_UNITS } from './election-operations';
import { startTestApp, TestApp } from './harness';
import { RUN_IMPORT } from './operations';

/**
 * Identifying text has one key however it is written (docs/domain-rules.md#identifying-text): the same in
 * JavaScript and in PostgreSQL, for units imported now and for addresses stored under the older rule.
 */
let app: TestApp;
let estates: string[];
beforeAll(async () => {
  app = await startTestApp();
  estates = await bareEstateIds(app, 3);
});
afterAll(() => app?.close());

const KEY_INPUTS = [
  '', ' ', '1栋-101', '1栋‐101', '1栋‑101', '1栋‒101', '1栋–101', '1栋—101', '1栋―101', '1栋−101', '1栋－101', '1栋﹣101', '1栋﹘101',
  '1栋\u200b101', '1栋\u200c101', '1栋\u200d101', '1栋\u2060101', '\ufeff1栋101', '1栋\u00ad101', '1栋\ufe0f101', '1栋\u{e0101}101',
  '\u202a1栋\u202c', '\u202e101', '\u2066101\u2069', '1\u0085栋', '1\u2028栋\u2029', '1\u00a0栋', '1\u3000栋', '\t1 栋\r\n', '１幢ａ',
  'e\u200d\u0301', 'é', '阳光 花园（一期）', 'Straße', '①', '1〜3', '1棟', '\u3164A', 'x\u{1d173}y', '91330502ma2b3c4d5e', '11010519491231002ｘ',
];

describe('matchKey and matchKeySql give the same key', () => {
  it.each(KEY_INPUTS.map((text) => [JSON.stringify(text), text]))('for %s', async (_shown, text) => {
    const [{ key }] = await app.ds.query(`SELECT ${matchKeySql('$1::text')} AS key`, [text]);
    expect(key).toBe(matchKey(text));
  });

  it('dashes and invisible characters collapse to the one key they mean', () => {
    expect(new Set(KEY_INPUTS.slice(2, 21).map(matchKey))).toEqual(new Set(['1栋-101', '1栋101']));
  });
});

const HEADERS = ['幢', '单元', '室', '专有面积', '面积来源', '开发商持有', '业主姓名', '身份证号', '电话', '投票代表'];
function idNumber(sequence: number): string {
  const body = `33050219800301${String(sequence).padStart(3, '0')}`;
  return body + citizenIdCheckCharacter(body);
}
const rollFile = (rows: string[][]) => ({ name: 'roll.csv', contentBase64: Buffer.from([HEADERS, ...rows].map((r) => r.join(',')).join('\r\n')).toString('base64') });
const owned = (building: string, room: string, name: string, id: string): string[] => [building, '1单元', room, '50.00', '不动产登记', '否', name, id, '', '否'];
const importRoll = async (estateId: string, rows: string[][]) =>
  app.gql(RUN_IMPORT, { kind: 'OWNER_ROLL', file: rollFile(rows), mode: 'ALL_OR_NOTHING', estateId }, await app.tokenFor('officer'));
const unitsOf = async (estateId: string) => (await app.as('officer', ROLL_UNITS, { options: { filter: { estateId }, take: 200 } })).units.items;

describe('a unit address written with another dash is the same unit', () => {
  it.each([['–'], ['—'], ['－'], ['−'], ['‑']])('a re-import writing 1栋-A with %s updates the unit, creating none', async (dash) => {
    const estate = estates[0];
    const first = await importRoll(estate, [owned('1栋-A', '101', '王芳', idNumber(61))]);
    expect(first.errors).toBeUndefined();
    const before = await unitsOf(estate);
    const again = await importRoll(estate, [owned(`1栋${dash}A`, '101', '王芳', idNumber(61))]);
    expect(again.data.runImport).toMatchObject({ committed: true, created: 0 });
    const after = await unitsOf(estate);
    expect(after.map((u: { id: string }) => u.id)).toEqual(before.map((u: { id: string }) => u.id));
    expect(after.find((u: { room: string }) => u.room === "101")?.building).toBe('1栋-A');
  });
});

describe('a number typed in full-width digits (全角) is the number', () => {
  // a Chinese input method in full-width mode types ８９．１２: the address beside it was read (１幢 is 1幢), the area refused
  // as "not an area above 0", which the clerk could not see in ８９．１２ (docs/domain-rules.md#unit-address)
  it('an area, a room and a phone of full-width digits are read and stored in ASCII digits', async () => {
    const estate = estates[2];
    const result = await importRoll(estate, [['１幢', '１单元', '１０１', '８９．１２', '不动产登记', '否', '王芳', idNumber(63), '１３８５７２１２３４５', '否']]);
    expect(result.errors).toBeUndefined();
    expect(result.data.runImport).toMatchObject({ committed: true, created: 1 });
    expect(await unitsOf(estate)).toEqual([expect.objectContaining({ building: '1幢', room: '101', area: '89.12' })]);
    const [owner] = await app.ds.query(`SELECT o.phone FROM owner o JOIN ownership s ON s.owner_id = o.id JOIN unit u ON u.id = s.unit_id WHERE u.estate_id = $1`, [estate]);
    expect(owner.phone).toBe('13857212345');
  });

  it('a cell with other text than a number is kept as written and refused as before', async () => {
    const result = await importRoll(estates[2], [['１幢', '１单元', '１０２', '８９．１２平方米', '不动产登记', '否', '李强', idNumber(64), '', '否']]);
    expect(result.data.runImport.committed).toBe(false);
    expect(result.data.runImport.rows[0].fieldErrors).toEqual([expect.objectContaining({ field: 'area', rule: 'AREA', given: '８９．１２平方米' })]);
  });
});

describe('addresses stored under the older rule', () => {
  let estate: string;
  let migration: UnitAddressKeys1764803200000;
  beforeAll(async () => {
    estate = estates[1];
    // as the older key stored them: dashes and invisible characters kept
    await app.ds.query(
      `INSERT INTO unit (estate_id, building, unit_no, room, area, area_source, developer_held) VALUES
        ($1, '2栋–B', '1单元', '201', 60, 'REGISTER', true),
        ($1, '2栋\u200bC', '1单元', '202', 60, 'REGISTER', true),
        ($1, '3栋—D', '1单元', '301', 60, 'REGISTER', true),
        ($1, '3栋-D', '1单元', '301', 70, 'REGISTER', true)`,
      [estate],
    );
    migration = new UnitAddressKeys1764803200000();
    const runner = app.ds.createQueryRunner();
    try {
      await migration.up(runner);
    } finally {
      await runner.release();
    }
  });

  it('are rewritten to the key', async () => {
    const rows: Array<{ building: string }> = await app.ds.query(`SELECT building FROM unit WHERE estate_id = $1 AND room IN ('201', '202') ORDER BY room`, [estate]);
    expect(rows.map((r) => r.building)).toEqual(['2栋-B', '2栋C']);
  });

  it('two that now read as one are both kept as they were, and reported', async () => {
    const rows: Array<{ building: string; area: string }> = await app.ds.query(`SELECT building, area::text FROM unit WHERE estate_id = $1 AND room = '301' ORDER BY id`, [estate]);
    expect(rows).toEqual([{ building: '3栋—D', area: '60.00' }, { building: '3栋-D', area: '70.00' }]);
    expect(migration.collisions).toEqual([expect.objectContaining({ estateId: Number(estate), addresses: ['3栋—D 1单元 301', '3栋-D 1单元 301'] })]);
  });

  it('an import into that estate is refused with ROLL_UNIT_ADDRESS_TWICE, writing nothing', async () => {
    const before = await unitsOf(estate);
    const result = await importRoll(estate, [owned('9栋', '901', '赵六', idNumber(62))]);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'estateId', rule: 'ROLL_UNIT_ADDRESS_TWICE' }] });
    expect(await unitsOf(estate)).toHaveLength(before.length);
  });

  it('a second run changes nothing more', async () => {
    const before = await app.ds.query(`SELECT id, building, version FROM unit WHERE estate_id = $1 ORDER BY id`, [estate]);
    const runner = app.ds.createQueryRunner();
    try {
      await new UnitAddressKeys1764803200000().up(runner);
    } finally {
      await runner.release();
    }
    expect(await app.ds.query(`SELECT id, building, version FROM unit WHERE estate_id = $1 ORDER BY id`, [estate])).toEqual(before);
  });
});

describe('an estate name is one name in its community however it is written', () => {
  const CREATE_ESTATE = 'mutation C($i: EstateInput!) { createEstate(input: $i) { id name } }';
  const estate = (name: string) => ({ communityId: '1', name, address: '湖州市吴兴区测试路1号', totalFloorArea: '100', residentialFloorArea: '50', households: 3, buildings: 1 });
  const base = `键名花园${Date.now().toString(36)}`;
  beforeAll(async () => {
    await app.as('clerk', CREATE_ESTATE, { i: estate(`${base}-一期`) });
  });

  it.each([
    ['an en dash', `${base}–一期`],
    ['a full-width hyphen', `${base}－一期`],
    ['a space inside', `${base} -一期`],
    ['full-width letters and digits', `${base.replace(/[0-9a-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))}-一期`],
  ])('a second one written with %s is TAKEN on name', async (_what, name) => {
    const result = await app.gql(CREATE_ESTATE, { i: estate(name) }, await app.tokenFor('clerk'));
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'name', rule: 'TAKEN', args: { name } }] });
  });

  it('another name is another estate', async () => {
    const { createEstate } = await app.as('clerk', CREATE_ESTATE, { i: estate(`${base}-二期`) });
    expect(createEstate.name).toBe(`${base}-二期`);
  });
});
