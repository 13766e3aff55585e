import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { OFFICER2_SUBDISTRICTS, OFFICER_SUBDISTRICTS } from '../src/seed/election-demo';
import { templateCsv } from '../src/imports/columns';
import { citizenIdCheckCharacter } from '../src/owners/citizen-id';
import { todayInChina } from '../src/shared/iso-date';
import { LIST_ELECTIONS, OWNER_ROLL, OWNERS } from './election-operations';
import { startTestApp, TestApp, untyped } from './harness';
import { PREVIEW_IMPORT, RUN_IMPORT } from './operations';
import type { ImportMode } from './generated/graphql';

/** The owner-roll import (docs/roles-and-workflows.md#owner-roll-import) through GraphQL, on estates of the demo with no roll yet. */
let app: TestApp;
let estates: Array<{ id: string; name: string }>;
beforeAll(async () => {
  // small limits so "huge" files are cheap to make
  app = await startTestApp({ IMPORT_MAX_BYTES: '20000', IMPORT_MAX_ROWS: '60' });
  estates = await app.ds.query(
    `SELECT e.id::text AS id, e.name FROM estate e JOIN community c ON c.id = e.community_id JOIN subdistrict s ON s.id = c.subdistrict_id
      WHERE s.name = ANY($1) AND NOT EXISTS (SELECT 1 FROM unit u WHERE u.estate_id = e.id)
        AND NOT EXISTS (SELECT 1 FROM election el WHERE el.estate_id = e.id)
      ORDER BY e.id LIMIT 4`,
    [OFFICER_SUBDISTRICTS],
  );
  expect(estates).toHaveLength(4);
});
afterAll(() => app?.close());

const HEADERS = ['幢', '单元', '室', '专有面积', '面积来源', '开发商持有', '业主姓名', '身份证号', '电话', '投票代表'];

/** A valid GB 11643-1999 number: Huzhou 吴兴区, born 1 March 1980 + n days' worth of sequence. */
function idNumber(sequence: number, birth = '19800301'): string {
  const body = `330502${birth}${String(sequence).padStart(3, '0')}`;
  return body + citizenIdCheckCharacter(body);
}

type Row = [string, string, string, string, string, string, string, string, string, string];
const owned = (room: string, area: string, name: string, id: string, voter = '否', phone = ''): Row => ['1幢', '1单元', room, area, '不动产登记', '否', name, id, phone, voter];
const developerUnit = (room: string, area: string): Row => ['1幢', '1单元', room, area, '测绘', '是', '', '', '', ''];

function csv(rows: string[][]): string {
  const cell = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

function file(name: string, content: string | Buffer) {
  return { name, contentBase64: Buffer.from(content).toString('base64') };
}

const ID = {
  wang: idNumber(11),
  li: idNumber(12),
  zhao: idNumber(13),
  chen: idNumber(14),
  sun: idNumber(15),
  zhou: idNumber(16),
  wu: idNumber(17),
  zheng: idNumber(18),
};
// one number whose check character is X, written with a lower-case x: stored upper case
const X_ID = (() => {
  for (let n = 100; ; n++) if (idNumber(n).endsWith('X')) return idNumber(n);
})();

/**
 * 8 units: 王芳 alone in 101; 李强 and 赵敏 co-own 102 with 李强 designated; 陈刚 owns 201 and 202; 301 and
 * 302 are the developer's; 孙丽 and 周杰 co-own 401 designating nobody; 吴伟 owns 402.
 * docs/domain-rules.md#voting-persons: 6 sold units − 2 + 1 (陈刚) = 5 persons, + 1 for the developer = 6.
 */
const GOOD: Row[] = [
  owned('101', '89.12', '王芳', ID.wang, '否', '13857210101'),
  owned('102', '102.50', '李强', ID.li, '是', '13857210102'),
  owned('102', '102.50', '赵敏', ID.zhao),
  owned('201', '75.00', '陈刚', ID.chen),
  owned('202', '75.00', '陈刚', ID.chen),
  developerUnit('301', '120.00'),
  developerUnit('302', '118.40'),
  owned('401', '95.30', '孙丽', ID.sun),
  owned('401', '95.30', '周杰', ID.zhou),
  owned('402', '96.00', '吴伟', X_ID.toLowerCase()),
];
const GOOD_AREA = '771.32'; // 89.12 + 102.50 + 75 + 75 + 120 + 118.40 + 95.30 + 96

async function preview(estateId: string, f: ReturnType<typeof file>, username = 'officer') {
  return (await app.as(username, PREVIEW_IMPORT, { kind: 'OWNER_ROLL', file: f, estateId })).previewImport;
}

async function run(estateId: string, f: ReturnType<typeof file>, mode: ImportMode = 'ALL_OR_NOTHING') {
  return (await app.as('officer', RUN_IMPORT, { kind: 'OWNER_ROLL', file: f, mode, estateId })).runImport;
}

async function refusal(variables: Record<string, unknown>, username = 'officer', query = untyped(PREVIEW_IMPORT)): Promise<Record<string, any>> {
  const result = await app.gql(query, { kind: 'OWNER_ROLL', ...variables }, await app.tokenFor(username));
  expect(result.data ?? null).toBeNull();
  return { status: result.status, ...result.errors![0].extensions };
}

async function count(table: string, estateId: string): Promise<number> {
  const join = table === 'ownership' ? 'ownership o JOIN unit u ON u.id = o.unit_id WHERE u.estate_id = $1' : `${table} WHERE estate_id = $1`;
  const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM ${join}`, [estateId]);
  return n;
}

const statuses = (report: { rows: Array<{ row: number; status: string }> }) => report.rows.map((r) => `${r.row}:${r.status}`);
const problems = (report: { rows: Array<{ row: number; fieldErrors: Array<{ field: string; rule: string }> }> }) =>
  report.rows.flatMap((r) => r.fieldErrors.map((e) => `${r.row}:${e.field}:${e.rule}`)).sort();

describe('successful owner-roll imports', () => {
  const goodFile = file('roll.csv', csv([HEADERS, ...GOOD]));

  it('a preview checks every row, masks ID numbers in the report, and writes nothing', async () => {
    const estate = estates[0].id;
    const report = await preview(estate, goodFile);
    expect(report).toMatchObject({ kind: 'OWNER_ROLL', estateId: estate, committed: false, totalRows: 10, valid: 10, invalid: 0, duplicates: 0, removed: 0 });
    expect(report.rows.every((r: { status: string; changes: string[] }) => r.status === 'VALID' && r.changes.length === 0)).toBe(true);
    expect(report.rows[0].label).toBe(`1幢1单元101 · 王芳 · ${ID.wang.slice(0, 4)}**********${ID.wang.slice(-4)}`);
    expect(report.rows[5].label).toBe('1幢1单元301');
    const text = JSON.stringify(report);
    for (const id of [...Object.values(ID), X_ID]) expect(text).not.toContain(id);
    expect(await count('unit', estate)).toBe(0);
  });

  it('imports the roll in one go; the roll summary has the headcount the file gives by docs/domain-rules.md#counting', async () => {
    const estate = estates[0].id;
    const [{ n: auditBefore }] = await app.ds.query(`SELECT count(*)::int AS n FROM audit_event`);
    const report = await run(estate, goodFile);
    expect(report).toMatchObject({ committed: true, created: 10, updated: 0, duplicates: 0, invalid: 0 });
    expect(report.rows[0].recordId).toMatch(/^\d+$/);
    const { ownerRoll } = await app.as('officer', OWNER_ROLL, { estateId: estate });
    expect(ownerRoll).toEqual({ units: 8, headcount: 6, totalArea: GOOD_AREA, developerHeldUnits: 2, undesignatedUnits: 1 });
    expect([await count('unit', estate), await count('owner', estate), await count('ownership', estate)]).toEqual([8, 7, 8]);
    const [stored] = await app.ds.query(`SELECT id_number, phone FROM owner WHERE estate_id = $1 AND name = '吴伟'`, [estate]);
    expect(stored.id_number).toBe(X_ID);
    // 8 units + 7 owners + the import itself
    const [{ n: auditAfter }] = await app.ds.query(`SELECT count(*)::int AS n FROM audit_event`);
    expect(auditAfter - auditBefore).toBe(16);
  });

  it('keeps ID numbers and phones out of the audit log and the server log', async () => {
    const estate = estates[0].id;
    const events: Array<{ entity_type: string; action: string; after: any }> = await app.ds.query(
      `SELECT entity_type, action, after FROM audit_event
        WHERE (entity_type = 'Owner' AND entity_id IN (SELECT id::text FROM owner WHERE estate_id = $1))
           OR (entity_type = 'Unit' AND entity_id IN (SELECT id::text FROM unit WHERE estate_id = $1))
           OR (entity_type = 'Estate' AND entity_id = $1::text)`,
      [estate],
    );
    expect(events.filter((e) => e.action === 'owner.create')).toHaveLength(7);
    const wang = events.find((e) => e.action === 'owner.create' && e.after.name === '王芳')!;
    expect(wang.after).toMatchObject({ idNumber: `${ID.wang.slice(0, 4)}**********${ID.wang.slice(-4)}`, phone: '138****0101' });
    expect(events.find((e) => e.action === 'ownerRoll.import')?.after).toMatchObject({ unitsCreated: 8, ownersCreated: 7, ownershipsAdded: 8 });
    const text = JSON.stringify(events) + app.logLines.join('\n');
    for (const secret of [...Object.values(ID), X_ID, '13857210101', '13857210102']) expect(text).not.toContain(secret);
  });

  it('shows the owners in full to the officer, masked to a manager', async () => {
    const options = { take: 20, filter: { estateId: estates[0].id, name: '王芳' } };
    const [asOfficer] = (await app.as('officer', OWNERS, { options })).owners.items;
    const [asManager] = (await app.as('manager', OWNERS, { options })).owners.items;
    expect([asOfficer.idNumber, asOfficer.phone]).toEqual([ID.wang, '13857210101']);
    expect([asManager.idNumber, asManager.phone]).toEqual([`${ID.wang.slice(0, 4)}**********${ID.wang.slice(-4)}`, '138****0101']);
  });

  it('importing the same file again changes nothing', async () => {
    const estate = estates[0].id;
    const [{ n: auditBefore }] = await app.ds.query(`SELECT count(*)::int AS n FROM audit_event`);
    const before = await app.ds.query(`SELECT id, area::text, updated_at FROM unit WHERE estate_id = $1 ORDER BY id`, [estate]);
    const rollVersion = async () => (await app.ds.query(`SELECT version::int AS v FROM owner_roll_version WHERE estate_id = $1`, [estate]))[0]?.v;
    const version = await rollVersion();
    expect(version).toBeGreaterThan(0);
    const report = await run(estate, goodFile);
    expect(report).toMatchObject({ committed: true, created: 0, updated: 0, duplicates: 10, removed: 0 });
    expect(report.rows[0]).toMatchObject({ status: 'DUPLICATE', recordId: before[0].id.toString() });
    expect(await app.ds.query(`SELECT id, area::text, updated_at FROM unit WHERE estate_id = $1 ORDER BY id`, [estate])).toEqual(before);
    expect([await count('owner', estate), await count('ownership', estate)]).toEqual([7, 8]);
    const [{ n: auditAfter }] = await app.ds.query(`SELECT count(*)::int AS n FROM audit_event`);
    expect(auditAfter).toBe(auditBefore);
    // nothing written, so the cached voting rolls stay valid (the database bumps the version on every change)
    expect(await rollVersion()).toBe(version);
  });

  it('updates a changed area and phone, and replaces the owner of a sold unit', async () => {
    const estate = estates[0].id;
    const changed = GOOD.map((r) => [...r]) as Row[];
    changed[0] = owned('101', '90.05', '王芳', ID.wang, '否', '13900000101'); // remeasured; new phone
    changed[9] = owned('402', '96.00', '郑欣', ID.zheng); // 吴伟 sold 402
    const f = file('roll-2.csv', csv([HEADERS, ...changed]));
    const dryRun = await preview(estate, f);
    expect(dryRun.rows[0]).toMatchObject({ status: 'VALID', changes: ['area', 'phone'] });
    expect(dryRun).toMatchObject({ removed: 1, duplicates: 8 });

    const report = await run(estate, f);
    expect(statuses(report)).toEqual(['2:UPDATED', '3:DUPLICATE', '4:DUPLICATE', '5:DUPLICATE', '6:DUPLICATE', '7:DUPLICATE', '8:DUPLICATE', '9:DUPLICATE', '10:DUPLICATE', '11:CREATED']);
    expect(report).toMatchObject({ updated: 1, created: 1, removed: 1 });
    const [unit] = await app.ds.query(`SELECT area::text FROM unit WHERE estate_id = $1 AND room = '101'`, [estate]);
    const [owner] = await app.ds.query(`SELECT phone FROM owner WHERE estate_id = $1 AND id_number = $2`, [estate, ID.wang]);
    expect([unit.area, owner.phone]).toEqual(['90.05', '13900000101']);
    const holders = await app.ds.query(
      `SELECT w.name FROM ownership o JOIN owner w ON w.id = o.owner_id JOIN unit u ON u.id = o.unit_id WHERE u.estate_id = $1 AND u.room = '402'`,
      [estate],
    );
    expect(holders).toEqual([{ name: '郑欣' }]);
    // read twice: the second is served from the roll this process computed, at the bumped version
    for (let i = 0; i < 2; i++) {
      const { ownerRoll } = await app.as('officer', OWNER_ROLL, { estateId: estate });
      expect(ownerRoll).toMatchObject({ units: 8, headcount: 6, totalArea: '772.25' });
    }
    const history = await app.ds.query(`SELECT action, before->>'phone' AS before, after->>'phone' AS after FROM audit_event WHERE entity_type = 'Owner' AND action = 'owner.update'`);
    expect(history).toEqual([{ action: 'owner.update', before: '138****0101', after: '139****0101' }]);
  });

  it('reads a GBK (GB18030) CSV as Chinese Excel saves it, and .xlsx with numbers in cells', async () => {
    const estate = estates[2].id;
    const gbk = await preview(estate, file('业主名册.csv', fs.readFileSync(path.join(__dirname, 'fixtures', 'owner-roll-gbk.csv'))));
    expect(gbk).toMatchObject({ encoding: 'GB18030', valid: 2, invalid: 0 });
    expect(gbk.rows[0].label).toMatch(/^5幢2单元301 · 钱国标 · 3305\*{10}\d{3}[\dX]$/);

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名册');
    sheet.addRow(['building', 'unitNo', 'room', 'area', 'areaSource', 'developerHeld', 'name', 'idNumber', 'phone', 'designatedVoter']);
    sheet.addRow(['2幢', '', 1101, 89.5, 'REGISTER', 'N', '冯涛', ID.wang, 13857219999, 'Y']);
    const xlsx = await run(estate, file('roll.xlsx', Buffer.from(await workbook.xlsx.writeBuffer())));
    expect(xlsx).toMatchObject({ format: 'XLSX', created: 1 });
    const [unit] = await app.ds.query(`SELECT building, unit_no, room, area::text, area_source FROM unit WHERE estate_id = $1`, [estate]);
    expect(unit).toEqual({ building: '2幢', unit_no: '', room: '1101', area: '89.50', area_source: 'REGISTER' });
  });

  it('offers templates in both languages that it accepts', async () => {
    for (const language of ['zh', 'en'] as const) {
      const report = await preview(estates[3].id, file('template.csv', templateCsv('OWNER_ROLL', language)));
      expect(report).toMatchObject({ totalRows: 1, valid: 1 });
    }
  });
});

describe('owner rolls with bad rows', () => {
  const future = new Date(Date.now() + 3 * 86_400_000);
  const futureBirth = `${future.getUTCFullYear()}${String(future.getUTCMonth() + 1).padStart(2, '0')}${String(future.getUTCDate()).padStart(2, '0')}`;
  const wrongCheck = ID.wang.slice(0, 17) + (ID.wang[17] === '0' ? '1' : '0');
  const BAD: Row[] = [
    owned('101', '89.12', '王芳', ID.wang), // 2: good
    owned('102', '90.00', '李强', wrongCheck), // 3: wrong check character
    owned('102', '90.00', '赵敏', ID.zhao), // 4: good, but its unit has a bad row
    owned('103', '91.00', '陈刚', idNumber(21, futureBirth)), // 5: born after today
    owned('104', '92.00', '孙丽', ID.sun, '是'), // 6: two designated voters on one unit
    owned('104', '92.00', '周杰', ID.zhou, '是'), // 7
    ['1幢', '1单元', '105', '93.00', '测绘', '是', '吴伟', ID.wu, '', ''], // 8: a developer-held unit with an owner
    owned('106', '0', '郑欣', ID.zheng), // 9: no area
  ];
  const badFile = () => file('bad.csv', csv([HEADERS, ...BAD]));

  it('reports every bad row and field, and the rows of a unit with a bad row', async () => {
    const report = await preview(estates[1].id, badFile());
    expect(report).toMatchObject({ totalRows: 8, valid: 1, invalid: 7 });
    expect(problems(report)).toEqual(
      [
        '3:idNumber:ID_CHECK',
        '4:room:ROLL_UNIT_HAS_INVALID_ROW',
        '5:idNumber:ID_BIRTH_DATE',
        '6:designatedVoter:ROLL_UNIT_TWO_VOTERS',
        '7:designatedVoter:ROLL_UNIT_TWO_VOTERS',
        '8:name:ROLL_DEVELOPER_UNIT_OWNER',
        '9:area:AREA',
      ].sort(),
    );
    const check = report.rows[1].fieldErrors[0];
    expect(check).toMatchObject({ column: '身份证号', message: `check character should be '${ID.wang[17]}', not '${wrongCheck[17]}'` });
    expect(report.rows[3].fieldErrors[0].message).toMatch(/after today/);
    // the uploader is told which number of their file is wrong, as the file has it, and what it should end in
    expect(check).toMatchObject({ given: wrongCheck, expected: ID.wang[17] });
    expect(report.rows[3].fieldErrors[0]).toMatchObject({ given: idNumber(21, futureBirth), expected: null });
    // the figures of each, as values (args), so a client words them without reading the English message
    const iso = (day: string) => `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`;
    expect(check.args).toEqual({ expected: ID.wang[17], actual: wrongCheck[17] });
    expect(report.rows[3].fieldErrors[0].args).toEqual({ birthDate: iso(futureBirth), today: todayInChina() });
    expect(report.rows[4].fieldErrors[0]).toMatchObject({ rule: 'ROLL_UNIT_TWO_VOTERS', args: { otherRows: [7], count: 1 } });
    expect(report.rows[2].fieldErrors[0]).toMatchObject({ rule: 'ROLL_UNIT_HAS_INVALID_ROW', args: { otherRow: 3 } });
    expect(report.rows[0].fieldErrors).toEqual([]);
    // the row's label (what names the owner elsewhere in the report) still masks it
    expect(report.rows[1].label).toContain(`${wrongCheck.slice(0, 4)}**********${wrongCheck.slice(-4)}`);
    expect(report.rows[1].label).not.toContain(wrongCheck);
    // the other cells' errors quote the cell back, an ID number of a good row nowhere in full
    expect(JSON.stringify(report)).not.toContain(ID.zhao);
    expect(report.rows[7].fieldErrors[0]).toMatchObject({ field: 'area', given: '0', allowed: null });
  });

  it('an area with trailing zeros is its value, as every decimal input takes it; a third decimal that is not zero is refused', async () => {
    const report = await preview(estates[1].id, file('zeros.csv', csv([HEADERS, owned('108', '10.500', '王芳', ID.wang), owned('109', '10.501', '李强', ID.li)])));
    expect(report).toMatchObject({ totalRows: 2, valid: 1, invalid: 1 });
    expect(report.rows[0].fieldErrors).toEqual([]);
    expect(report.rows[1].fieldErrors.map((e) => [e.field, e.rule])).toEqual([['area', 'DECIMAL_PLACES']]);
  });

  it('a yes/no or area-source cell that is neither says what it was and what it may be', async () => {
    const row = owned('107', '89.12', '王芳', ID.wang, '可能');
    row[4] = '估算';
    const report = await preview(estates[1].id, file('words.csv', csv([HEADERS, row])));
    expect(report.rows[0].fieldErrors.map((e) => [e.field, e.rule, e.given, e.allowed])).toEqual([
      ['designatedVoter', 'ONE_OF', '可能', ['是', '否']],
      ['areaSource', 'ONE_OF', '估算', ['不动产登记', '测绘', '购房合同']],
    ]);
  });

  it('writes nothing while any row is invalid (all or nothing)', async () => {
    const report = await run(estates[1].id, badFile());
    expect(report).toMatchObject({ committed: false, created: 0, skipped: 1, invalid: 7 });
    expect(await count('unit', estates[1].id)).toBe(0);
  });

  it('writes the valid units only when the officer chooses to', async () => {
    const report = await run(estates[1].id, badFile(), 'VALID_ROWS');
    expect(report).toMatchObject({ committed: true, created: 1, invalid: 7 });
    expect(await app.ds.query(`SELECT room FROM unit WHERE estate_id = $1`, [estates[1].id])).toEqual([{ room: '101' }]);
  });

  it('refuses what could not be counted: one ID number under two names; co-owners designating two voters', async () => {
    const rows: Row[] = [
      owned('201', '80.00', '王芳', ID.li),
      owned('202', '80.00', '王方', ID.li), // the same ID number, another name
      owned('203', '80.00', '孙丽', ID.sun, '是'),
      owned('203', '80.00', '周杰', ID.zhou),
      owned('204', '80.00', '孙丽', ID.sun),
      owned('204', '80.00', '周杰', ID.zhou, '是'), // the same two owners are one person (SPC Art. 9): one voter
    ];
    const report = await preview(estates[1].id, file('r.csv', csv([HEADERS, ...rows])));
    expect(problems(report)).toEqual(
      ['3:name:ROLL_ID_NAME_MISMATCH', ...[4, 5, 6, 7].map((r) => `${r}:designatedVoter:ROLL_VOTERS_DISAGREE`)].sort(),
    );
    expect(report.rows[2].fieldErrors[0].message).toContain('1幢1单元203, 1幢1单元204');
  });
});

describe('owner-roll files refused whole', () => {
  const estate = () => estates[3].id;
  it('wrong columns: a firm template names unknown and missing columns', async () => {
    const error = await refusal({ file: file('firms.csv', templateCsv('FIRMS', 'zh')), estateId: estate() });
    expect(error.code).toBe('BAD_USER_INPUT');
    const rules = error.fieldErrors.map((e: { rule: string; message: string }) => `${e.rule} ${e.message}`);
    expect(rules).toContain('IMPORT_COLUMN_UNKNOWN "企业名称"');
    expect(rules).toContain('IMPORT_COLUMN_MISSING "证件号码" / "idNumber"');
  });

  it('an empty file is IMPORT_EMPTY', async () => {
    expect((await refusal({ file: file('empty.csv', `${HEADERS.join(',')}\r\n`), estateId: estate() })).fieldErrors[0].rule).toBe('IMPORT_EMPTY');
  });

  it('text in neither UTF-8 nor GBK is IMPORT_ENCODING', async () => {
    const bytes = Buffer.concat([Buffer.from(`${HEADERS.join(',')}\r\n`), Buffer.from([0xff, 0xfa, 0x81, 0x20, 0xff])]);
    expect((await refusal({ file: file('latin.csv', bytes), estateId: estate() })).fieldErrors[0]).toMatchObject({ field: 'file', rule: 'IMPORT_ENCODING' });
  });

  it('a file over IMPORT_MAX_BYTES is PAYLOAD_TOO_LARGE before it is read', async () => {
    const rows = Array.from({ length: 59 }, (_, i) => owned(String(2000 + i), '80.00', `很长的姓名${'业'.repeat(100)}`, idNumber(400 + i)));
    const content = csv([HEADERS, ...rows]);
    expect(Buffer.byteLength(content)).toBeGreaterThan(20000);
    expect(await refusal({ file: file('huge.csv', content), estateId: estate() })).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', limitBytes: 20000 });
  });

  it('more rows than IMPORT_MAX_ROWS is PAYLOAD_TOO_LARGE', async () => {
    const rows = Array.from({ length: 61 }, (_, i) => owned(String(1000 + i), '80.00', '某', idNumber(300 + i)));
    expect(await refusal({ file: file('many.csv', csv([HEADERS, ...rows])), estateId: estate() })).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', limitRows: 60 });
  });

  it('an owner roll needs its estate; a firm import refuses one', async () => {
    const f = file('roll.csv', csv([HEADERS, owned('101', '80.00', '王芳', ID.wang)]));
    expect(await refusal({ file: f })).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'estateId', rule: 'REQUIRED' }] });
    expect(await refusal({ file: f, estateId: '999999' })).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'estateId', rule: 'REFERENCE' }] });
    const firms = await refusal({ kind: 'FIRMS', file: file('f.csv', templateCsv('FIRMS', 'zh')), estateId: estate() }, 'clerk');
    expect(firms).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'estateId', rule: 'NOT_APPLICABLE' }] });
  });

  it('an import while an election of the estate is voting changes the live roll only, and names the votes it leaves as they are', async () => {
    const { elections } = await app.as('officer', LIST_ELECTIONS, { options: { filter: { phase: 'VOTING' } } });
    const voting = elections.items[0];
    const f = file('roll.csv', csv([HEADERS, ['9幢', '1单元', '101', '80.00', '不动产登记', '否', '王芳', ID.wang, '', '']]));
    const previewed = await preview(voting.estateId, f);
    expect(previewed.openVotes).toEqual(expect.arrayContaining([{ kind: 'ELECTION', id: voting.id, phase: 'VOTING' }]));
    const done = await run(voting.estateId, f, 'VALID_ROWS');
    expect(done.committed).toBe(true);
    expect(done.openVotes).toEqual(previewed.openVotes);
    // what the vote counts on is api/test/vote-records.e2e.spec.ts's subject
  });
});

describe('who may import an owner roll', () => {
  const f = () => file('roll.csv', csv([HEADERS, owned('101', '80.00', '王芳', ID.wang)]));

  it.each(['clerk', 'registrar', 'manager'])('the %s role is FORBIDDEN (403)', async (username) => {
    const error = await refusal({ file: f(), estateId: estates[3].id, mode: 'VALID_ROWS' }, username, untyped(RUN_IMPORT));
    expect(error).toMatchObject({ status: 403, code: 'FORBIDDEN', reason: 'ROLE' });
  });

  it('an officer of another subdistrict is FORBIDDEN for JURISDICTION, and one sees nothing of the other’s', async () => {
    const error = await refusal({ file: f(), estateId: estates[3].id, mode: 'VALID_ROWS' }, 'officer2', untyped(RUN_IMPORT));
    expect(error).toMatchObject({ code: 'FORBIDDEN', reason: 'JURISDICTION' });
    const [theirs] = await app.ds.query(
      `SELECT e.id::text AS id FROM estate e JOIN community c ON c.id = e.community_id JOIN subdistrict s ON s.id = c.subdistrict_id WHERE s.name = ANY($1) LIMIT 1`,
      [OFFICER2_SUBDISTRICTS],
    );
    expect(await refusal({ file: f(), estateId: theirs.id })).toMatchObject({ code: 'FORBIDDEN', reason: 'JURISDICTION' });
    expect(await count('unit', estates[3].id)).toBe(0);
  });

  it('an officer may not import firms (403)', async () => {
    const error = await refusal({ kind: 'FIRMS', file: file('f.csv', templateCsv('FIRMS', 'zh')) });
    expect(error).toMatchObject({ status: 403, code: 'FORBIDDEN' });
  });
});
