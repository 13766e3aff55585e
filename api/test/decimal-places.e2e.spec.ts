import { validateSync } from 'class-validator';
import { getMetadataStorage } from 'type-graphql';
import { OFFICER_SUBDISTRICTS } from '../src/seed/election-demo';
import { citizenIdCheckCharacter } from '../src/owners/citizen-id';
import { Decimal } from '../src/shared/scalars';
import { outcomeOf, startTestApp, TestApp, untyped } from './harness';
import { CREATE_PROJECT, PREVIEW_IMPORT, projectInput, RUN_IMPORT } from './operations';
import { ADD_ENTRY, REQUEST_WITHDRAWAL, SET_ACCOUNT_TERMS, SET_FUND_TERMS, SET_SPENDING_LIMIT } from './money-operations';

/**
 * A registry does not change what a clerk typed: a decimal with more decimals than its field keeps is refused
 * with DECIMAL_PLACES next to the field, never rounded by PostgreSQL's numeric(…, 2), and nothing is written
 * (docs/domain-rules.md#exact-arithmetic).
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const UPDATE_PROJECT = `mutation UpdateProject($id: ID!, $version: Int!, $input: ProjectInput!) { updateProject(id: $id, version: $version, input: $input) { id version residentialFee managedArea } }`;
const UPDATE_ESTATE = `mutation UpdateEstate($id: ID!, $version: Int!, $input: EstateInput!) { updateEstate(id: $id, version: $version, input: $input) { id version totalFloorArea } }`;

type Refusal = { code: string; fieldErrors: Array<{ field: string; rule: string; message: string }> };
const refusalOf = (r: { errors?: Array<{ extensions: Record<string, any> }> }): Refusal => r.errors?.[0]?.extensions as Refusal;
const rowOf = async (sql: string, params: unknown[]) => (await app.ds.query(sql, params))[0];

describe('every decimal input keeps to its field’s decimals, by one rule', () => {
  it('every Decimal field of every input type refuses one decimal too many with DECIMAL_PLACES', async () => {
    const decimalFields = getMetadataStorage().inputTypes.flatMap((input) =>
      (input.fields ?? []).filter((f) => f.getType() === Decimal).map((f) => ({ input, name: f.name })),
    );
    expect(decimalFields.length).toBeGreaterThanOrEqual(12);
    const unguarded = decimalFields.filter(({ input, name }) => {
      const value = Object.assign(Object.create((input.target as { prototype: object }).prototype), { [name]: '1.123456789' });
      const errors = validateSync(value, { skipMissingProperties: true, forbidUnknownValues: false });
      return !errors.some((e) => e.property === name && e.constraints?.DECIMAL_PLACES);
    });
    expect(unguarded.map(({ input, name }) => `${input.name}.${name}`)).toEqual([]);
  });
});

describe('project fees and managed area', () => {
  it.each([
    ['residentialFee', '1.234'],
    ['residentialFee', '1.999'],
    ['commercialFee', '3.505'],
    ['parkingFee', '150.001'],
    ['managedArea', '100.004'],
  ])('a new project with %s %s is refused, and no project is written', async (field, value) => {
    const [{ n: before }] = await app.ds.query(`SELECT count(*)::int AS n FROM project`);
    const r = await app.gql(CREATE_PROJECT, { input: projectInput({ [field]: value }) }, await app.tokenFor('clerk'));
    // the figure the message says travels as args, so a client need not read it from the English words
    expect(refusalOf(r)).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field, rule: 'DECIMAL_PLACES', message: expect.stringMatching(/at most 2 decimal places/), args: { places: 2 } }] });
    const [{ n: after }] = await app.ds.query(`SELECT count(*)::int AS n FROM project`);
    expect(after).toBe(before);
  });

  it('editing a project to a fee of 1.234 and an area of 100.004 changes nothing: both fields are named', async () => {
    const project = await rowOf(
      `SELECT p.id, p.version, p.name, p.estate_id, p.firm_id, p.project_manager, p.manager_phone, to_char(p.contract_start, 'YYYY-MM-DD') AS contract_start,
              to_char(p.contract_end, 'YYYY-MM-DD') AS contract_end, p.selection_method, p.billing_model, p.residential_fee::text, p.managed_area::text, p.households
         FROM project p WHERE p.filing_status IN ('DRAFT', 'RETURNED') ORDER BY p.id LIMIT 1`,
      [],
    );
    expect(project).toBeDefined();
    const input = {
      ...projectInput({ estateId: String(project.estate_id), firmId: String(project.firm_id), contractStart: project.contract_start, contractEnd: project.contract_end }),
      residentialFee: '1.234',
      managedArea: '100.004',
    };
    const r = await app.gql(UPDATE_PROJECT, { id: String(project.id), version: project.version, input }, await app.tokenFor('clerk'));
    const refusal = refusalOf(r);
    expect(refusal.code).toBe('BAD_USER_INPUT');
    expect(refusal.fieldErrors.map((e) => `${e.field}:${e.rule}`).sort()).toEqual(['managedArea:DECIMAL_PLACES', 'residentialFee:DECIMAL_PLACES']);
    const after = await rowOf(`SELECT version, residential_fee::text, managed_area::text FROM project WHERE id = $1`, [project.id]);
    expect(after).toEqual({ version: project.version, residential_fee: project.residential_fee, managed_area: project.managed_area });
  });

  it.each([
    ['1e3', 'an exponent'],
    ['NaN', 'NaN'],
    ['Infinity', 'Infinity'],
    ['1.99e-2', 'a small exponent'],
  ])('%s (%s) is refused as a malformed Decimal', async (value) => {
    const r = await app.gql(CREATE_PROJECT, { input: projectInput({ residentialFee: value }) }, await app.tokenFor('clerk'));
    expect(r.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(r.data ?? null).toBeNull();
  });

  it('a negative fee is refused by its range', async () => {
    const r = await app.gql(CREATE_PROJECT, { input: projectInput({ residentialFee: '-1.50' }) }, await app.tokenFor('clerk'));
    expect(outcomeOf(r)).toBe('BAD_USER_INPUT/RANGE');
  });

  it('1.230 is 1.23: trailing zeros change nothing and are taken', async () => {
    const [estate] = await app.ds.query(`SELECT id FROM estate e WHERE NOT EXISTS (SELECT 1 FROM project p WHERE p.estate_id = e.id) ORDER BY id LIMIT 1`);
    const { createProject } = await app.as('clerk', CREATE_PROJECT, { input: projectInput({ estateId: String(estate.id), residentialFee: '1.230', managedArea: '100.000' }) });
    expect(createProject).toMatchObject({ residentialFee: '1.23' });
    expect(await rowOf(`SELECT managed_area::text AS area FROM project WHERE id = $1`, [createProject.id])).toEqual({ area: '100.00' });
  });
});

describe('estate floor areas', () => {
  it.each(['totalFloorArea', 'residentialFloorArea'])('an estate edited to %s 12850.405 is refused, and the estate is as it was', async (field) => {
    const estate = await rowOf(
      `SELECT id, version, community_id, name, address, total_floor_area::text AS total, residential_floor_area::text AS residential, households, buildings, elevators
         FROM estate ORDER BY id LIMIT 1`,
      [],
    );
    const input = {
      communityId: String(estate.community_id),
      name: estate.name,
      address: estate.address,
      totalFloorArea: estate.total,
      residentialFloorArea: estate.residential,
      households: estate.households,
      buildings: estate.buildings,
      elevators: estate.elevators,
      [field]: '12850.405',
    };
    const r = await app.gql(UPDATE_ESTATE, { id: String(estate.id), version: estate.version, input }, await app.tokenFor('clerk'));
    expect(refusalOf(r)).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field, rule: 'DECIMAL_PLACES' }] });
    const after = await rowOf(`SELECT version, total_floor_area::text AS total, residential_floor_area::text AS residential FROM estate WHERE id = $1`, [estate.id]);
    expect(after).toEqual({ version: estate.version, total: estate.total, residential: estate.residential });
  });
});

describe('the committee’s book', () => {
  it('an entry of 12.345 元 is refused, and nothing is booked', async () => {
    const account = await rowOf(
      `SELECT a.id, (SELECT m.id FROM committee_member m JOIN committee c ON c.id = m.committee_id WHERE c.estate_id = a.estate_id ORDER BY m.id LIMIT 1) AS member_id
         FROM committee_account a JOIN estate e ON e.id = a.estate_id JOIN community co ON co.id = e.community_id JOIN subdistrict s ON s.id = co.subdistrict_id
        WHERE s.name = ANY($1) ORDER BY a.id LIMIT 1`,
      [OFFICER_SUBDISTRICTS],
    );
    expect(account).toBeDefined();
    const [{ n: before }] = await app.ds.query(`SELECT count(*)::int AS n FROM account_entry`);
    const input = {
      accountId: String(account.id),
      direction: 'INCOME' as const,
      category: 'PARKING',
      amount: '12.345',
      counterparty: '物业服务中心（代收）',
      occurredOn: '2025-01-10',
      description: '',
      enteredByMemberId: String(account.member_id),
    };
    const r = await app.gql(ADD_ENTRY, { input }, await app.tokenFor('officer'));
    expect(refusalOf(r)).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'amount', rule: 'DECIMAL_PLACES' }] });
    const [{ n: after }] = await app.ds.query(`SELECT count(*)::int AS n FROM account_entry`);
    expect(after).toBe(before);
  });

  it('a spending limit of 5000.005, by the terms or alone, is refused and the limit is as it was', async () => {
    const account = await rowOf(
      `SELECT a.id, a.version, a.spending_limit_fen::text AS limit FROM committee_account a JOIN estate e ON e.id = a.estate_id JOIN community co ON co.id = e.community_id
         JOIN subdistrict s ON s.id = co.subdistrict_id WHERE s.name = ANY($1) ORDER BY a.id LIMIT 1`,
      [OFFICER_SUBDISTRICTS],
    );
    const token = await app.tokenFor('officer');
    const terms = await app.gql(SET_ACCOUNT_TERMS, { id: String(account.id), version: account.version, input: { spendingLimit: '5000.005', statementDueDays: 30 } }, token);
    expect(refusalOf(terms)).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'spendingLimit', rule: 'DECIMAL_PLACES' }] });
    const alone = await app.gql(SET_SPENDING_LIMIT, { id: String(account.id), version: account.version, spendingLimit: '5000.005' }, token);
    expect(refusalOf(alone)).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'spendingLimit', rule: 'DECIMAL_PLACES' }] });
    expect(await rowOf(`SELECT version, spending_limit_fen::text AS limit FROM committee_account WHERE id = $1`, [account.id])).toEqual({ version: account.version, limit: account.limit });
  });
});

describe('the repair fund', () => {
  it.each(['1.005', '1000.999'])('a withdrawal of %s 元 is refused, and none is requested', async (amount) => {
    const fund = await rowOf(
      `SELECT f.id FROM repair_fund f JOIN estate e ON e.id = f.estate_id JOIN community co ON co.id = e.community_id JOIN subdistrict s ON s.id = co.subdistrict_id
        WHERE s.name = ANY($1) ORDER BY f.id LIMIT 1`,
      [OFFICER_SUBDISTRICTS],
    );
    const [{ n: before }] = await app.ds.query(`SELECT count(*)::int AS n FROM repair_fund_withdrawal`);
    const r = await app.gql(REQUEST_WITHDRAWAL, { input: { fundId: String(fund.id), category: 'OTHER', purpose: '单元门禁维修', amount } }, await app.tokenFor('officer'));
    expect(refusalOf(r)).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'amount', rule: 'DECIMAL_PLACES' }] });
    const [{ n: after }] = await app.ds.query(`SELECT count(*)::int AS n FROM repair_fund_withdrawal`);
    expect(after).toBe(before);
  });
});

describe('the repair fund’s terms', () => {
  it('a fee rate of five decimals or a share of three is refused, and the terms are as they were', async () => {
    const fund = await rowOf(
      `SELECT f.id, f.version, (SELECT count(*)::int FROM repair_fund_terms t WHERE t.fund_id = f.id) AS terms FROM repair_fund f JOIN estate e ON e.id = f.estate_id
         JOIN community co ON co.id = e.community_id JOIN subdistrict s ON s.id = co.subdistrict_id WHERE s.name = ANY($1) ORDER BY f.id LIMIT 1`,
      [OFFICER_SUBDISTRICTS],
    );
    const r = await app.gql(SET_FUND_TERMS, { id: String(fund.id), version: fund.version, input: { feeRate: '1.69251', setAsidePercent: '12.555', fromMonth: '2099-01' } }, await app.tokenFor('officer'));
    const refusal = refusalOf(r);
    expect(refusal.code).toBe('BAD_USER_INPUT');
    expect(refusal.fieldErrors.map((e) => `${e.field}:${e.rule}`).sort()).toEqual(['feeRate:DECIMAL_PLACES', 'setAsidePercent:DECIMAL_PLACES']);
    expect(refusal.fieldErrors.find((e) => e.field === 'feeRate')!.message).toMatch(/at most 4 decimal places/);
    expect(await rowOf(`SELECT f.version, (SELECT count(*)::int FROM repair_fund_terms t WHERE t.fund_id = f.id) AS terms FROM repair_fund f WHERE f.id = $1`, [fund.id])).toEqual({
      version: fund.version,
      terms: fund.terms,
    });
  });
});

describe('the owner-roll import', () => {
  const HEADERS = ['幢', '单元', '室', '专有面积', '面积来源', '开发商持有', '业主姓名', '身份证号', '电话', '投票代表'];
  const idNumber = (sequence: number) => {
    const body = `33050219800301${String(sequence).padStart(3, '0')}`;
    return body + citizenIdCheckCharacter(body);
  };
  const csv = (rows: string[][]) => `\uFEFF${rows.map((r) => r.join(',')).join('\r\n')}\r\n`;

  it('a unit of 89.125 m² is the row’s DECIMAL_PLACES error, and no unit is written', async () => {
    const [estate] = await app.ds.query(
      `SELECT e.id::text AS id FROM estate e JOIN community c ON c.id = e.community_id JOIN subdistrict s ON s.id = c.subdistrict_id
        WHERE s.name = ANY($1) AND NOT EXISTS (SELECT 1 FROM unit u WHERE u.estate_id = e.id) AND NOT EXISTS (SELECT 1 FROM election el WHERE el.estate_id = e.id)
        ORDER BY e.id LIMIT 1`,
      [OFFICER_SUBDISTRICTS],
    );
    const rows = [HEADERS, ['1幢', '1单元', '101', '89.12', '不动产登记', '否', '王芳', idNumber(11), '', '否'], ['1幢', '1单元', '102', '89.125', '不动产登记', '否', '李强', idNumber(12), '', '否']];
    const file = { name: 'roll.csv', contentBase64: Buffer.from(csv(rows)).toString('base64') };
    const report = (await app.as('officer', RUN_IMPORT, { kind: 'OWNER_ROLL', file, mode: 'ALL_OR_NOTHING', estateId: estate.id })).runImport;
    expect(report.committed).toBe(false);
    const problems = report.rows.flatMap((r: { row: number; fieldErrors: Array<{ field: string; rule: string }> }) => r.fieldErrors.map((e) => `${r.row}:${e.field}:${e.rule}`));
    expect(problems).toEqual(['3:area:DECIMAL_PLACES']);
    const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM unit WHERE estate_id = $1`, [estate.id]);
    expect(n).toBe(0);
    // the preview says the same
    const preview = (await app.as('officer', untyped(PREVIEW_IMPORT), { kind: 'OWNER_ROLL', file, estateId: estate.id })).previewImport;
    expect(preview.rows[1].fieldErrors).toEqual([expect.objectContaining({ field: 'area', rule: 'DECIMAL_PLACES', message: expect.stringMatching(/at most 2 decimal places/), args: { places: 2 } })]);
  });

  it('a project file with a fee of 1.234 is the row’s DECIMAL_PLACES error', async () => {
    const headers = ['name', 'estate', 'firmCreditCode', 'projectManager', 'managerPhone', 'contractStart', 'contractEnd', 'selectionMethod', 'billingModel', 'residentialFee', 'households', 'managedArea'];
    const row = ['小数位项目', '不存在小区', '91330500MA2B3C4D5E', '孙伟', '13905721234', '2029-01-01', '2030-01-01', '招投标', '包干制', '1.234', '45', '100.004'];
    const file = { name: 'p.csv', contentBase64: Buffer.from(csv([headers, row])).toString('base64') };
    const report = (await app.as('clerk', PREVIEW_IMPORT, { kind: 'PROJECTS', file })).previewImport;
    const rules = report.rows[0].fieldErrors.map((e: { field: string; rule: string }) => `${e.field}:${e.rule}`);
    expect(rules).toEqual(expect.arrayContaining(['residentialFee:DECIMAL_PLACES', 'managedArea:DECIMAL_PLACES']));
  });
});
