import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { loadConfig } from '../src/config';
import { templateCsv } from '../src/imports/columns';
import { startTestApp, TestApp } from './harness';
import { AUDIT_EVENTS, freshCreditCode, PREVIEW_IMPORT, RUN_IMPORT } from './operations';
import type { ImportKind, ImportMode } from './generated/graphql';

let app: TestApp;
beforeAll(async () => {
  // small limits so "huge" files are cheap to make
  app = await startTestApp({ IMPORT_MAX_BYTES: '20000', IMPORT_MAX_ROWS: '60' });
});
afterAll(() => app?.close());

const FIRM_HEADERS_ZH = ['企业名称', '统一社会信用代码', '法定代表人', '注册地址', '联系人', '联系电话', '成立日期', '所在区县'];

let serial = 0;
function firmRow(overrides: Partial<Record<'name' | 'code' | 'phone' | 'district' | 'established', string>> = {}): string[] {
  serial++;
  return [
    overrides.name ?? `湖州导入物业服务有限公司${serial}`,
    overrides.code ?? freshCreditCode(),
    '沈建华',
    '湖州市吴兴区人民路100号',
    '钱丽',
    overrides.phone ?? '13857212345',
    overrides.established ?? '2015-03-18',
    overrides.district ?? '吴兴区',
  ];
}

function csv(rows: string[][], bom = true): string {
  const cell = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return (bom ? '\uFEFF' : '') + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Text as a full-width keyboard types it (Ａ for A): what matchKey reads back as the ASCII. */
const wide = (text: string) => [...text].map((c) => (c >= '!' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join('');

function file(name: string, content: string | Buffer) {
  return { name, contentBase64: Buffer.from(content).toString('base64') };
}

async function count(table: string): Promise<number> {
  const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM ${table}`);
  return n;
}

async function preview(kind: ImportKind, f: ReturnType<typeof file>) {
  return (await app.as('clerk', PREVIEW_IMPORT, { kind, file: f })).previewImport;
}

async function run(kind: ImportKind, f: ReturnType<typeof file>, mode: ImportMode = 'ALL_OR_NOTHING') {
  return (await app.as('clerk', RUN_IMPORT, { kind, file: f, mode })).runImport;
}

async function refusal(kind: ImportKind, f: ReturnType<typeof file>) {
  const result = await app.gql(PREVIEW_IMPORT, { kind, file: f }, await app.tokenFor('clerk'));
  expect(result.data).toBeNull();
  return result.errors![0].extensions;
}

describe('successful imports', () => {
  it('a preview of a good CSV reports every row valid and writes nothing', async () => {
    const before = await count('firm');
    const report = await preview('FIRMS', file('firms.csv', csv([FIRM_HEADERS_ZH, firmRow(), firmRow(), firmRow()])));
    expect(report).toMatchObject({ format: 'CSV', encoding: 'UTF-8', committed: false, totalRows: 3, valid: 3, invalid: 0, created: 0 });
    expect(report.rows.map((r: { row: number; status: string }) => [r.row, r.status])).toEqual([[2, 'VALID'], [3, 'VALID'], [4, 'VALID']]);
    expect(await count('firm')).toBe(before);
  });

  it('imports a good file as drafts with one audit event each, and the same file again creates nothing', async () => {
    const rows = [firmRow(), firmRow(), firmRow({ district: '330503' })];
    const f = file('firms.csv', csv([FIRM_HEADERS_ZH, ...rows]));
    const before = await count('firm');
    const first = await run('FIRMS', f);
    expect(first).toMatchObject({ committed: true, created: 3, duplicates: 0 });
    expect(await count('firm')).toBe(before + 3);
    const createdId = first.rows[2].recordId;
    const [firm] = await app.ds.query(`SELECT filing_status, district_id, created_by_id FROM firm WHERE id = $1`, [createdId]);
    expect(firm).toMatchObject({ filing_status: 'DRAFT', district_id: 2 });
    const history = await app.as('clerk', AUDIT_EVENTS, { options: { filter: { entityType: 'Firm', entityId: createdId } } });
    expect(history.auditEvents.items.map((e: { action: string }) => e.action)).toEqual(['firm.create']);

    const again = await run('FIRMS', f);
    expect(again).toMatchObject({ committed: true, created: 0, duplicates: 3 });
    expect(again.rows[0]).toMatchObject({ status: 'DUPLICATE', recordId: first.rows[0].recordId });
    expect(await count('firm')).toBe(before + 3);
  });

  it('reads English headers in another order, dates written the Chinese way, and a repeated row once', async () => {
    const code = freshCreditCode();
    const headers = ['creditCode', 'name', 'district', 'legalRepresentative', 'registeredAddress', 'contactPerson', 'contactPhone', 'establishedOn', 'status'];
    const row = [code.toLowerCase(), '湖州英文表头物业有限公司', '南浔', '沈建华', '湖州市南浔区人民路1号', '钱丽', '0572-2345678', '2016年5月4日', '暂停'];
    const report = await run('FIRMS', file('firms-en.csv', csv([headers, row, row], false)), 'VALID_ROWS');
    expect(report.rows.map((r: { status: string }) => r.status)).toEqual(['CREATED', 'DUPLICATE']);
    expect(report.rows[1].duplicateOfRow).toBe(2);
    const [firm] = await app.ds.query(`SELECT credit_code, established_on::text, status, district_id FROM firm WHERE id = $1`, [report.rows[0].recordId]);
    expect(firm).toEqual({ credit_code: code, established_on: '2016-05-04', status: 'SUSPENDED', district_id: 2 });
  });

  it('decodes a GBK (GB18030) CSV as Chinese Excel saves it', async () => {
    const bytes = fs.readFileSync(path.join(__dirname, 'fixtures', 'firms-gbk.csv'));
    const report = await run('FIRMS', file('国标编码.csv', bytes));
    expect(report).toMatchObject({ encoding: 'GB18030', created: 1 });
    const [firm] = await app.ds.query(`SELECT name, contact_phone FROM firm WHERE id = $1`, [report.rows[0].recordId]);
    expect(firm).toEqual({ name: '湖州国标编码物业服务有限公司', contact_phone: '0572-2345678' });
  });

  it('imports projects from .xlsx with date and number cells, resolving the estate by name and the firm by credit code', async () => {
    const [{ name: estate }] = await app.ds.query(`SELECT name FROM estate ORDER BY id LIMIT 1`);
    const [{ credit_code: firmCode, id: firmId }] = await app.ds.query(`SELECT id, credit_code FROM firm WHERE filing_status = 'APPROVED' ORDER BY id LIMIT 1`);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('项目');
    sheet.addRow(['项目名称', '小区', '物业企业统一社会信用代码', '项目经理', '项目经理电话', '合同开始日期', '合同结束日期', '选聘方式', '计费方式', '住宅物业费', '商业物业费', '车位管理费', '户数', '管理面积']);
    sheet.addRow(['导入项目一', estate, firmCode, '孙伟', 13905721234, new Date(Date.UTC(2031, 0, 1)), new Date(Date.UTC(2033, 11, 31)), '招投标', '包干制', 1.99, null, 120, 428, 45210.5]);
    sheet.addRow(['导入项目二', estate, firmCode, '孙伟', '13905721234', '2034-01-01', '2036-12-31', 'AGREEMENT', '酬金制', '2.10', '3.50', '', '428', '45210.50']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const f = file('projects.xlsx', bytes);

    const first = await run('PROJECTS', f);
    expect(first).toMatchObject({ format: 'XLSX', encoding: null, created: 2, invalid: 0 });
    const [project] = await app.ds.query(
      `SELECT firm_id, contract_start::text, contract_end::text, residential_fee::text, parking_fee::text, billing_model, filing_status FROM project WHERE id = $1`,
      [first.rows[0].recordId],
    );
    expect(project).toEqual({
      firm_id: firmId,
      contract_start: '2031-01-01',
      contract_end: '2033-12-31',
      residential_fee: '1.99',
      parking_fee: '120.00',
      billing_model: 'LUMP_SUM',
      filing_status: 'DRAFT',
    });
    const again = await run('PROJECTS', f);
    expect(again).toMatchObject({ created: 0, duplicates: 2 });
  });

  // docs/domain-rules.md#unit-address: names and codes a file looks up match however they are written
  it('finds the estate, firm and district written with blanks or full-width, and knows a registered firm by its full-width code', async () => {
    const [{ name: estate }] = await app.ds.query(`SELECT name FROM estate ORDER BY id LIMIT 1`);
    const [{ credit_code: firmCode }] = await app.ds.query(`SELECT credit_code FROM firm WHERE filing_status = 'APPROVED' ORDER BY id LIMIT 1`);
    const fullWidth = (text: string) => [...text].map((c) => (c >= '!' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join('');
    const spaced = `${estate.slice(0, 2)}\u3000${estate.slice(2)} `;
    const projectHeaders = ['项目名称', '小区', '物业企业统一社会信用代码', '项目经理', '项目经理电话', '合同开始日期', '合同结束日期', '选聘方式', '计费方式', '住宅物业费', '商业物业费', '车位管理费', '户数', '管理面积'];
    const projectRow = ['全角项目', fullWidth(spaced), fullWidth(firmCode.toLowerCase()), '孙伟', '13905721234', '2041-01-01', '2043-12-31', '招投标', '包干制', '1.99', '', '', '428', '45210.50'];
    const projects = await preview('PROJECTS', file('p.csv', csv([projectHeaders, projectRow])));
    expect(projects.rows[0]).toMatchObject({ status: 'VALID', fieldErrors: [] });

    const firms = await preview('FIRMS', file('f.csv', csv([FIRM_HEADERS_ZH, firmRow({ district: '吴 兴 区' }), firmRow({ code: fullWidth(firmCode.toLowerCase()) })])));
    expect(firms.rows.map((r: { status: string }) => r.status)).toEqual(['VALID', 'DUPLICATE']);
  });

  it('offers templates whose headers it accepts', async () => {
    for (const kind of ['FIRMS', 'PROJECTS'] as const) {
      for (const language of ['zh', 'en'] as const) {
        const report = await preview(kind, file(`template.csv`, templateCsv(kind, language)));
        expect(report.totalRows).toBe(1);
      }
    }
  });
});

describe('imports with bad rows', () => {
  const badFile = () =>
    file(
      'bad.csv',
      csv([
        FIRM_HEADERS_ZH,
        firmRow(),
        firmRow({ code: '91350100M000100Y44', phone: '12345' }),
        firmRow({ district: '火星区', established: '2015-02-30' }),
        firmRow({ name: '' }),
      ]),
    );

  it('reports every bad row and field', async () => {
    const report = await preview('FIRMS', badFile());
    expect(report).toMatchObject({ totalRows: 4, valid: 1, invalid: 3 });
    const problems = report.rows
      .filter((r) => r.status === 'INVALID')
      .map((r) => [r.row, r.fieldErrors.map((e) => `${e.field}:${e.rule}`).sort()]);
    expect(problems).toEqual([
      [3, ['contactPhone:PHONE', 'creditCode:CREDIT_CODE_CHECK']],
      [4, ['district:REFERENCE', 'establishedOn:DATE']],
      [5, ['name:REQUIRED']],
    ]);
    expect(report.rows[1].fieldErrors.find((e: { field: string }) => e.field === 'creditCode')).toMatchObject({
      column: '统一社会信用代码',
      message: "check character should be '3', not '4'",
      // the uploader is told what the code should end in, as the owner-roll and project imports tell theirs
      expected: '3',
    });
  });

  it('tells the check character every check-digit column calls for, written in any width or case', async () => {
    const firms = await preview('FIRMS', file('codes.csv', csv([FIRM_HEADERS_ZH, firmRow({ code: '91350100M000100Y44' }), firmRow({ code: wide('91350100m000100y44') }), firmRow({ code: '91350100M000100Y4' })])));
    expect(firms.rows.map((r) => r.fieldErrors.filter((e) => e.field === 'creditCode').map((e) => [e.rule, e.expected]))).toEqual([
      [['CREDIT_CODE_CHECK', '3']],
      [['CREDIT_CODE_CHECK', '3']],
      // too short: no check character to name
      [['CREDIT_CODE_LENGTH', null]],
    ]);
    const headers = ['name', 'estate', 'firmCreditCode', 'projectManager', 'managerPhone', 'contractStart', 'contractEnd', 'selectionMethod', 'billingModel', 'residentialFee', 'households', 'managedArea'];
    const projects = await preview('PROJECTS', file('p.csv', csv([headers, ['某项目', '不存在小区', '91350100M000100Y44', '孙伟', '13905721234', '2029-01-01', '2030-01-01', '招投标', '包干制', '1.99', '45', '100']])));
    expect(projects.rows[0].fieldErrors.find((e) => e.field === 'firmCreditCode')).toMatchObject({ rule: 'CREDIT_CODE_CHECK', expected: '3' });
  });

  it('names the value each bad cell has and, for a choice, the values it may have', async () => {
    const report = await preview('FIRMS', badFile());
    const [, bad, mars, blank] = report.rows.map((r) => Object.fromEntries(r.fieldErrors.map((e) => [e.field, { given: e.given, allowed: e.allowed }])));
    expect(bad).toEqual({ contactPhone: { given: '12345', allowed: null }, creditCode: { given: '91350100M000100Y44', allowed: null } });
    expect(mars.establishedOn).toEqual({ given: '2015-02-30', allowed: null });
    expect(mars.district.given).toBe('火星区');
    expect(mars.district.allowed).toEqual(expect.arrayContaining(['吴兴区', '南浔区', '德清县', '长兴县', '安吉县']));
    // a blank cell has no value to name
    expect(blank.name).toEqual({ given: null, allowed: null });

    const withStatus = await preview('FIRMS', file('status.csv', csv([[...FIRM_HEADERS_ZH, '经营状态'], [...firmRow(), '营业中']])));
    expect(withStatus.rows[0].fieldErrors).toEqual([
      expect.objectContaining({ field: 'status', rule: 'ONE_OF', given: '营业中', allowed: ['正常', '暂停', '注销'] }),
    ]);
  });

  it('writes nothing while any row is invalid (all or nothing)', async () => {
    const [firms, audit] = [await count('firm'), await count('audit_event')];
    const report = await run('FIRMS', badFile());
    expect(report).toMatchObject({ committed: false, created: 0, skipped: 1, invalid: 3 });
    expect(report.rows[0].status).toBe('SKIPPED');
    expect([await count('firm'), await count('audit_event')]).toEqual([firms, audit]);
  });

  it('writes the valid rows when the clerk chooses to', async () => {
    const firms = await count('firm');
    const report = await run('FIRMS', badFile(), 'VALID_ROWS');
    expect(report).toMatchObject({ committed: true, created: 1, invalid: 3 });
    expect(await count('firm')).toBe(firms + 1);
  });

  it('reports a project whose estate and firm do not exist, and a wrong enum word', async () => {
    const headers = ['name', 'estate', 'firmCreditCode', 'projectManager', 'managerPhone', 'contractStart', 'contractEnd', 'selectionMethod', 'billingModel', 'residentialFee', 'households', 'managedArea'];
    const row = ['没有的项目', '不存在小区', freshCreditCode(), '孙伟', '13905721234', '2030-01-01', '2029-01-01', '抽签', '包干制', '1,99', '4.5', '100'];
    const report = await preview('PROJECTS', file('p.csv', csv([headers, row])));
    expect(report.rows[0].fieldErrors.map((e: { field: string; rule: string }) => `${e.field}:${e.rule}`).sort()).toEqual([
      'contractEnd:DATE_ORDER',
      'estate:REFERENCE',
      'firmCreditCode:FIRM_NOT_REGISTERED',
      'households:INTEGER',
      'residentialFee:DECIMAL',
      'selectionMethod:ONE_OF',
    ]);
    const byField = Object.fromEntries(report.rows[0].fieldErrors.map((e) => [e.field, e]));
    expect(byField.selectionMethod).toMatchObject({ given: '抽签', allowed: ['招投标', '协议', '业主大会'] });
    expect(byField.estate).toMatchObject({ given: '不存在小区', allowed: null });
    expect(byField.firmCreditCode).toMatchObject({ given: row[2], allowed: null });
    expect(byField.households).toMatchObject({ given: '4.5' });
  });
});

describe('files refused whole', () => {
  it('wrong columns: unknown and missing ones are named', async () => {
    const error = await refusal('FIRMS', file('wrong.csv', csv([['企业名称', '电话号码'], ['某公司', '123']])));
    expect(error.code).toBe('BAD_USER_INPUT');
    const rules = error.fieldErrors.map((e: { rule: string; message: string }) => `${e.rule} ${e.message}`);
    expect(rules).toContain('IMPORT_COLUMN_UNKNOWN "电话号码"');
    expect(rules).toContain('IMPORT_COLUMN_MISSING "统一社会信用代码" / "creditCode"');
  });

  it('a project file given as firms is refused for its columns', async () => {
    const error = await refusal('FIRMS', file('t.csv', templateCsv('PROJECTS', 'zh')));
    expect(error.fieldErrors[0].rule).toBe('IMPORT_COLUMN_UNKNOWN');
  });

  it('wrong encoding is IMPORT_ENCODING', async () => {
    const bytes = Buffer.concat([Buffer.from('name,creditCode\r\n'), Buffer.from([0xff, 0xfa, 0x81, 0x20, 0xff])]);
    expect((await refusal('FIRMS', file('latin.csv', bytes))).fieldErrors[0]).toMatchObject({ field: 'file', rule: 'IMPORT_ENCODING' });
  });

  it.each([
    ['an empty file', ''],
    ['blank lines only', '\r\n \r\n'],
    ['a header without rows', `${FIRM_HEADERS_ZH.join(',')}\r\n`],
  ])('%s is IMPORT_EMPTY', async (_label, content) => {
    expect((await refusal('FIRMS', file('empty.csv', content))).fieldErrors[0].rule).toBe('IMPORT_EMPTY');
  });

  it('a file over IMPORT_MAX_BYTES is PAYLOAD_TOO_LARGE before it is read', async () => {
    const rows = [FIRM_HEADERS_ZH, ...Array.from({ length: 59 }, () => firmRow({ name: `湖州很长名称${'物'.repeat(90)}` }))];
    const content = csv(rows);
    expect(Buffer.byteLength(content)).toBeGreaterThan(20000);
    const error = await refusal('FIRMS', file('huge.csv', content));
    expect(error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', limitBytes: 20000 });
  });

  it('more rows than IMPORT_MAX_ROWS is PAYLOAD_TOO_LARGE', async () => {
    const rows = [['企业名称'], ...Array.from({ length: 61 }, (_, i) => [`x${i}`])];
    expect(await refusal('FIRMS', file('many.csv', csv(rows)))).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', limitRows: 60 });
  });

  it.each([
    ['a .xlsx that is not a workbook', 'broken.xlsx', 'PK\u0003\u0004 not really a zip', 'IMPORT_FILE_UNREADABLE'],
    ['a .pdf', 'firms.pdf', '%PDF-1.7', 'IMPORT_FILE_TYPE'],
    ['a quote that never ends', 'q.csv', `${FIRM_HEADERS_ZH.join(',')}\r\n"湖州,未闭合`, 'IMPORT_CSV_MALFORMED'],
  ])('%s (%s) is refused', async (_label, name, content, rule) => {
    expect((await refusal('FIRMS', file(name, content))).fieldErrors[0].rule).toBe(rule);
  });

  it('content that is not base64 is IMPORT_FILE_UNREADABLE', async () => {
    expect((await refusal('FIRMS', { name: 'x.csv', contentBase64: '***' })).fieldErrors[0].rule).toBe('IMPORT_FILE_UNREADABLE');
  });

  it.each(['manager', 'officer'])('the %s role may not import (FORBIDDEN, 403)', async (username) => {
    const result = await app.gql(RUN_IMPORT, { kind: 'FIRMS', file: file('f.csv', csv([FIRM_HEADERS_ZH, firmRow()])), mode: 'VALID_ROWS' }, await app.tokenFor(username));
    expect(result.status).toBe(403);
    expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('the default body limit holds a file of IMPORT_MAX_BYTES in base64', () => {
    const config = loadConfig({});
    expect(config.limits.bodyBytes).toBeGreaterThan(Math.ceil((config.imports.maxBytes * 4) / 3) + 1024);
  });
});
