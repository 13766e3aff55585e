import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { chineseDay, todayInChina } from '../src/shared/iso-date';

/** a day written YYYY-MM-DD: no printed paper for Chinese readers shows one (users' review F1) */
const ISO_DAY = /\d{4}-\d{2}-\d{2}/;
/** half-width punctuation against Chinese text: the papers' own words are punctuated full-width (users' review F2) */
const HALF_WIDTH_IN_CHINESE = /[\u4e00-\u9fff][,:;()]|[,:;()][\u4e00-\u9fff]/;
/** Written as a Chinese paper is: days as 2026年12月6日, punctuation full-width. */
const expectChineseTypesetting = (text: string) => {
  expect(text).not.toMatch(ISO_DAY);
  expect(text).not.toMatch(HALF_WIDTH_IN_CHINESE);
};
import { startTestApp, TestApp } from './harness';
import { sealOf, verifyRecord } from '../src/elections/records/vote-record';
import { APPROVE_COMMITTEE_FILING, COMMITTEE, LIST_ELECTIONS, SET_MEMBERS } from './election-operations';
import { APPROVE_FIRM, APPROVE_PROJECT, CREATE_FIRM, CREATE_PROJECT, firmInput, freshCreditCode, projectInput, RUN_IMPORT, SUBMIT_FIRM, SUBMIT_PROJECT } from './operations';

/**
 * The documents under /documents: printed forms read back with pdftotext, list exports read back as .xlsx
 * (exceljs) and CSV, import templates. Each is checked for what it must say and for who may have it.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

async function get(path: string, username: string | null = 'clerk'): Promise<Response> {
  return fetch(`${app.baseUrl}${path}`, { headers: username ? { authorization: `Bearer ${await app.tokenFor(username)}` } : {} });
}

async function pdfText(path: string, username: string): Promise<string> {
  const response = await get(path, username);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  expect(response.headers.get('cache-control')).toBe('private, no-store');
  const file = join(mkdtempSync(join(tmpdir(), 'document-')), 'document.pdf');
  writeFileSync(file, Buffer.from(await response.arrayBuffer()));
  // without any blanks: pdftotext breaks lines inside names and table cells wherever the layout wraps them
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

async function errorOf(path: string, username: string | null) {
  const response = await get(path, username);
  const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
  return { status: response.status, code: body.errors[0].extensions.code };
}

const one = async (sql: string, params: unknown[] = []) => (await app.ds.query(sql, params))[0];

describe('filing receipts (备案回执)', () => {
  it('a firm’s receipt names the filing number, the firm and its district', async () => {
    const firm = await one(
      `SELECT f.id, f.name, f.credit_code, f.filing_number, d.name AS district FROM firm f JOIN district d ON d.id = f.district_id
        WHERE f.filing_status = 'APPROVED' ORDER BY f.id LIMIT 1`,
    );
    const text = await pdfText(`/documents/firms/${firm.id}/receipt.pdf`, 'clerk');
    expectChineseTypesetting(text);
    expect(text).toContain('物业服务企业备案回执');
    expect(text).toContain(firm.filing_number);
    expect(text).toContain(firm.name);
    expect(text).toContain(firm.credit_code);
    expect(text).toContain(firm.district);
  });

  it('a project’s receipt names its estate and firm', async () => {
    const project = await one(
      `SELECT p.id, p.name, p.filing_number, e.name AS estate, f.name AS firm FROM project p JOIN estate e ON e.id = p.estate_id JOIN firm f ON f.id = p.firm_id
        WHERE p.filing_status = 'APPROVED' ORDER BY p.id LIMIT 1`,
    );
    const text = await pdfText(`/documents/projects/${project.id}/receipt.pdf`, 'registrar');
    expectChineseTypesetting(text);
    expect(text).toContain('物业服务项目备案回执');
    expect(text).toContain(project.filing_number);
    expect(text).toContain(project.name);
    expect(text).toContain(project.estate);
    expect(text).toContain(project.firm);
  });

  it('a committee filing’s receipt names the committee’s estate, term and members', async () => {
    const filing = await one(
      `SELECT cf.id, cf.filing_number, e.name AS estate, c.term_number,
              (SELECT m.name FROM committee_member m WHERE m.committee_id = c.id AND m.ends_on IS NULL ORDER BY m.id LIMIT 1) AS member
         FROM committee_filing cf JOIN committee c ON c.id = cf.committee_id JOIN estate e ON e.id = c.estate_id
        WHERE cf.filing_number IS NOT NULL ORDER BY cf.id LIMIT 1`,
    );
    expect(filing).toBeDefined();
    const text = await pdfText(`/documents/committee-filings/${filing.id}/receipt.pdf`, 'registrar');
    expectChineseTypesetting(text);
    expect(text).toContain('业主委员会备案回执');
    expect(text).toContain(filing.filing_number);
    expect(text).toContain(filing.estate);
    expect(text).toContain(`第${filing.term_number}届`);
    if (filing.member) expect(text).toContain(filing.member);
  });

  it('a filing without a number has no receipt; a stranger and a wrong role get none either', async () => {
    const draft = await one(`SELECT id FROM firm WHERE filing_status = 'DRAFT' ORDER BY id LIMIT 1`);
    expect(await errorOf(`/documents/firms/${draft.id}/receipt.pdf`, 'clerk')).toEqual({ status: 409, code: 'INVALID_TRANSITION' });
    const approved = await one(`SELECT id FROM firm WHERE filing_status = 'APPROVED' ORDER BY id LIMIT 1`);
    expect(await errorOf(`/documents/firms/${approved.id}/receipt.pdf`, null)).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    const filing = await one(`SELECT id FROM committee_filing WHERE filing_number IS NOT NULL ORDER BY id LIMIT 1`);
    // a clerk reads the registry, not the committees
    expect(await errorOf(`/documents/committee-filings/${filing.id}/receipt.pdf`, 'clerk')).toEqual({ status: 403, code: 'FORBIDDEN' });
    expect((await errorOf(`/documents/firms/999999/receipt.pdf`, 'clerk')).code).toBe('NOT_FOUND');
  });
});

describe('an election’s papers', () => {
  let electionId: string;
  beforeAll(async () => {
    const { elections } = await app.as('officer', LIST_ELECTIONS, { options: { filter: { phase: 'RESULT_PUBLICITY' } } });
    electionId = elections.items[0].id;
  });

  it('the tally sheet (计票单) gives each candidate’s count and lines to sign', async () => {
    const { election } = await app.as('officer', `query($id: ID!) { election(id: $id) { title estate { name } candidates { id owner { name } }
      tally { ballots candidates { candidateId rank approvals { headcount } } } } }`, { id: electionId });
    const text = await pdfText(`/documents/elections/${electionId}/tally-sheet.pdf`, 'officer');
    expectChineseTypesetting(text);
    expect(text).toContain(`${election.estate.name}业主委员会选举计票单`);
    expect(text).toContain(election.title);
    expect(text).toContain(`有效选票${election.tally.ballots}张`);
    const first = election.tally.candidates[0];
    const name = election.candidates.find((c: { id: string }) => c.id === first.candidateId).owner.name;
    expect(text).toContain(`${first.rank}${name}${first.approvals.headcount}`);
    expect(text).toContain('计票人（签字）');
    expect(text).toContain('监票人（签字）');
    // an officer of another subdistrict does not read this election
    expect((await errorOf(`/documents/elections/${electionId}/tally-sheet.pdf`, 'officer2')).code).toBe('FORBIDDEN');
  });

  it('the result notice (选举结果公告) ends as a posted notice', async () => {
    const text = await pdfText(`/documents/elections/${electionId}/result.pdf`, 'officer');
    expectChineseTypesetting(text);
    expect(text).toContain('业主委员会选举结果公告');
    expect(text).toContain('特此公告。');
  });

  it('the review form (资格审查表) lists every checklist item with its result and reviewer; the ID number only for the officer', async () => {
    const { election } = await app.as('officer', `query($id: ID!) { election(id: $id) { candidates { id owner { name idNumber }
      checklist { items { key titleZh } } checks { itemKey result reviewer } } } }`, { id: electionId });
    const candidate = election.candidates.find((c: { checks: unknown[] }) => c.checks.length > 0) ?? election.candidates[0];
    const asOfficer = await pdfText(`/documents/candidates/${candidate.id}/review.pdf`, 'officer');
    expectChineseTypesetting(asOfficer);
    expect(asOfficer).toContain('业主委员会委员候选人资格审查表');
    expect(asOfficer).toContain(candidate.owner.name.replace(/\s+/g, ''));
    expect(asOfficer).toContain(candidate.owner.idNumber);
    for (const item of candidate.checklist.items) expect(asOfficer).toContain(item.titleZh.replace(/\s+/g, ''));
    const reviewed = candidate.checks.find((c: { reviewer: string | null }) => c.reviewer);
    if (reviewed) expect(asOfficer).toContain(reviewed.reviewer.replace(/\s+/g, ''));
    const asManager = await pdfText(`/documents/candidates/${candidate.id}/review.pdf`, 'manager');
    expect(asManager).toContain(candidate.owner.name.replace(/\s+/g, ''));
    expect(asManager).not.toContain(candidate.owner.idNumber);
    expect(asManager).toMatch(/公民身份号码\d{4}\*{10}[\dX]{4}/);
    expect((await errorOf(`/documents/candidates/${candidate.id}/review.pdf`, 'clerk')).code).toBe('FORBIDDEN');
  });

  it('the resolution notice (表决结果公告) of a vote the officer closes', async () => {
    const voting = await one(`SELECT id, title, version FROM resolution WHERE phase = 'VOTING' ORDER BY id LIMIT 1`);
    // its announced period runs its course: today is its last day (behind the API, as if the days had passed)
    await app.ds.query(`UPDATE resolution SET voting_ends_on = $2 WHERE id = $1`, [voting.id, todayInChina()]);
    const closed = await app.as('officer', `mutation($id: ID!, $version: Int!) { moveResolution(id: $id, version: $version, action: CLOSE_VOTING) { phase } }`, {
      id: String(voting.id),
      version: voting.version,
    });
    expect(closed.moveResolution.phase).toBe('CLOSED');
    const text = await pdfText(`/documents/resolutions/${voting.id}/result.pdf`, 'officer');
    expect(text).toContain('业主大会表决结果公告');
    expect(text).toContain(voting.title.replace(/\s+/g, ''));
    expect(text).toContain('特此公告。');
    // the period the owners were told, beside the days the vote ran (the roll fixed by the seed, closed today)
    const [period] = await app.ds.query(`SELECT voting_starts_on::text AS s, voting_ends_on::text AS e FROM resolution WHERE id = $1`, [voting.id]);
    // moved behind the API above, the period was announced twice: the notice lists both, the latest last
    // every day written as the papers write it (users' review: ISO dates on the notices)
    expect(text).toContain(`投票期间：公告${chineseDay(period.s)}至${chineseDay(period.e)}（历次公告：`);
    expect(text).toContain(`改为${chineseDay(period.s)}至${chineseDay(period.e)}），实际`);
    expect(text).toContain(`至${chineseDay(todayInChina())}`);
    expectChineseTypesetting(text);
  });
});

describe('list exports', () => {
  const FORMULA = '=HYPERLINK("http://evil.example","点击")';
  let firmId: string;
  let updatedAt: Date;
  beforeAll(async () => {
    // a firm whose name a spreadsheet would run as a formula, and a registered address starting with @
    const district = await one(`SELECT id, name FROM district ORDER BY id LIMIT 1`);
    const { createFirm } = await app.as('clerk', `mutation($input: FirmInput!) { createFirm(input: $input) { id updatedAt } }`, {
      input: {
        name: FORMULA,
        creditCode: freshCreditCode(),
        legalRepresentative: '-沈建华',
        registeredAddress: '@湖州市吴兴区人民路100号',
        contactPerson: '钱丽',
        contactPhone: '13857212345',
        districtId: String(district.id),
      },
    });
    firmId = createFirm.id;
    updatedAt = new Date(createFirm.updatedAt);
  });

  const beijing = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

  it('firms as .xlsx: names instead of ids, Beijing times, formulas made inert, codes as text', async () => {
    const response = await get(`/documents/exports/firms.xlsx?filter=${encodeURIComponent(JSON.stringify({ ids: [firmId] }))}`, 'clerk');
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const sheet = workbook.worksheets[0];
    const headers = (sheet.getRow(1).values as string[]).slice(1);
    expect(headers).toEqual(expect.arrayContaining(['企业名称', '统一社会信用代码', '所在区县', '备案状态', '更新时间']));
    expect(sheet.rowCount).toBe(2);
    const cell = (header: string) => sheet.getRow(2).getCell(headers.indexOf(header) + 1);
    expect(cell('企业名称').value).toBe(`'${FORMULA}`);
    expect(cell('企业名称').formula).toBeUndefined();
    expect(cell('法定代表人').value).toBe("'-沈建华");
    expect(cell('注册地址').value).toBe("'@湖州市吴兴区人民路100号");
    const district = await one(`SELECT d.name FROM firm f JOIN district d ON d.id = f.district_id WHERE f.id = $1`, [firmId]);
    expect(cell('所在区县').value).toBe(district.name);
    expect(cell('备案状态').value).toBe('草稿');
    expect(cell('更新时间').value).toBe(beijing(updatedAt));
    expect(cell('统一社会信用代码').numFmt).toBe('@');
  });

  it('firms as CSV: the same rows, a BOM, and the same inert cells', async () => {
    const response = await get(`/documents/exports/firms.csv?filter=${encodeURIComponent(JSON.stringify({ ids: [firmId] }))}`, 'clerk');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = Buffer.from(await response.arrayBuffer()).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, row] = text.slice(1).trimEnd().split('\r\n');
    expect(header.split(',')).toContain('所在区县');
    expect(row.startsWith(`"'=HYPERLINK(""http://evil.example"",""点击"")"`)).toBe(true);
    expect(row).toContain(",'-沈建华,");
    expect(row).toContain(`,${beijing(updatedAt)}`);
  });

  it('projects name their estate, subdistrict, district and firm; an officer’s export keeps to the officer’s lists', async () => {
    const response = await get(`/documents/exports/projects.xlsx?filter=${encodeURIComponent(JSON.stringify({ filingStatus: 'APPROVED' }))}`, 'registrar');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const sheet = workbook.worksheets[0];
    const headers = (sheet.getRow(1).values as string[]).slice(1);
    expect(headers.slice(0, 5)).toEqual(['项目名称', '区县', '街道/乡镇', '小区', '物业企业']);
    const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM project WHERE filing_status = 'APPROVED'`);
    expect(sheet.rowCount - 1).toBe(n);
    const row = sheet.getRow(2);
    const estate = await one(`SELECT name FROM estate WHERE name = $1`, [row.getCell(4).value]);
    expect(estate).toBeDefined();

    // elections: an officer sees only the subdistricts assigned, as in the list
    const officer = await get(`/documents/exports/elections.csv`, 'officer');
    const lines = Buffer.from(await officer.arrayBuffer()).toString('utf8').trimEnd().split('\r\n');
    const { elections } = await app.as('officer', LIST_ELECTIONS, { options: { take: 200 } });
    expect(lines.length - 1).toBe(elections.totalItems ?? elections.items.length);
    expect((await errorOf(`/documents/exports/elections.csv`, 'clerk')).code).toBe('FORBIDDEN');

    // committee filings: every one for the registrar, with the estate's name and the filing's words
    const filings = Buffer.from(await (await get(`/documents/exports/committeeFilings.csv`, 'registrar')).arrayBuffer()).toString('utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    const [{ total }] = await app.ds.query(`SELECT count(*)::int AS total FROM committee_filing`);
    expect(filings.length - 1).toBe(total);
    expect(filings[0].split(',').slice(0, 5)).toEqual(['区县', '街道/乡镇', '小区', '届次', '备案类别']);
    expect(filings.slice(1).every((line) => /,(成立备案|变更备案),/.test(line) && /,(是|否),/.test(line))).toBe(true);
    expect((await errorOf(`/documents/exports/firms.csv?filter=${encodeURIComponent('{"nope":1}')}`, 'clerk')).code).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['given twice', `filter=${encodeURIComponent('{"ids":["1"]}')}&filter=${encodeURIComponent('{"ids":["2"]}')}`],
    ['written as a form field', 'filter[ids][0]=1'],
  ])('an export whose filter is %s is refused, not run over the whole list without it (attacker round 12)', async (_how, search) => {
    expect(await errorOf(`/documents/exports/firms.csv?${search}`, 'clerk')).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
  });

  it('an export reads its filter’s numbers as /graphql reads a body: one JSON.parse would round is refused, not run as another (attacker round 12)', async () => {
    const inexact = await get(`/documents/exports/firms.csv?filter=${encodeURIComponent('{"ids":[1.00000000000000001]}')}`, 'clerk');
    expect(inexact.status).toBe(400);
    expect(((await inexact.json()) as { errors: Array<{ extensions: unknown }> }).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'filter.ids[0]', rule: 'NUMBER_INEXACT' }] });
    // and JSON nested past the body's limit, as a body's is (json-body.ts jsonTextProblem)
    const deep = await get(`/documents/exports/firms.csv?filter=${encodeURIComponent(`${'{"a":'.repeat(70)}1${'}'.repeat(70)}`)}`, 'clerk');
    expect(deep.status).toBe(400);
    expect(((await deep.json()) as { errors: Array<{ extensions: unknown }> }).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'filter', rule: 'JSON' }] });
  });

  it('import templates: .xlsx with text columns that keep an 18-digit ID number, and CSV', async () => {
    const response = await get(`/documents/templates/OWNER_ROLL.xlsx?lang=zh`, 'officer');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const sheet = workbook.worksheets[0];
    // 证件号码: a person's ID number or an organisation's credit code (docs/domain-rules.md#organisation-owners)
    expect(sheet.getRow(1).getCell(9).value).toBe('证件号码');
    expect(sheet.getRow(2).getCell(9).value).toBe('11010519491231002X');
    expect(sheet.getColumn(9).numFmt).toBe('@');
    expect(sheet.getRow(5).getCell(9).numFmt).toBe('@');
    const csv = await get(`/documents/templates/FIRMS.csv?lang=en`, 'clerk');
    expect((await csv.text()).split('\r\n')[0]).toBe('name,creditCode,legalRepresentative,registeredAddress,contactPerson,contactPhone,establishedOn,district,status');
    expect((await errorOf(`/documents/templates/FIRMS.xlsx`, 'manager')).code).toBe('FORBIDDEN');
  });
});

describe('a final record’s documents print what was final, a record not yet final the registry as it is', () => {
  const ESTATE = `query($id: ID!) { estate(id: $id) { id version name address community { id } buildings households elevators deliveredOn residentialFloorArea totalFloorArea } }`;
  const UPDATE_ESTATE = `mutation($id: ID!, $version: Int!, $input: EstateInput!) { updateEstate(id: $id, version: $version, input: $input) { id name } }`;
  const RECORD = `query($id: ID!) { election(id: $id) { record { sha256 json } } }`;
  // the receipt says when it was printed: everything else must read the same
  const printed = (text: string) => text.replace(/打印时间.*?北京时间/, '');

  /** A clerk's lawful edit of the registry: the estate gets a new name. */
  async function renameEstate(estateId: string | number): Promise<{ before: string; after: string }> {
    const { estate } = await app.as('clerk', ESTATE, { id: String(estateId) });
    const { id, version, name, community, ...fields } = estate;
    const after = `${name}改名${version}`;
    await app.as('clerk', UPDATE_ESTATE, { id, version, input: { ...fields, name: after, communityId: community.id } });
    return { before: name, after };
  }

  /** A counted candidate of the election who alone owns one unit, for an import to re-spell. */
  const soleOwnerCandidate = (electionId: string | number) =>
    one(
      `SELECT c.id, o.name, o.id_number, coalesce(o.phone, '') AS phone, u.building, u.unit_no, u.room, u.area::text, u.area_source, e.estate_id
         FROM candidate c JOIN election e ON e.id = c.election_id JOIN owner o ON o.id = c.owner_id JOIN ownership s ON s.owner_id = o.id JOIN unit u ON u.id = s.unit_id
        WHERE c.election_id = $1 AND EXISTS (SELECT 1 FROM vote_result_line l JOIN vote_record r ON r.id = l.vote_record_id WHERE r.election_id = c.election_id AND l.candidate_id = c.id)
          AND (SELECT count(*) FROM ownership x WHERE x.unit_id = u.id) = 1
          AND (SELECT count(*) FROM ownership y WHERE y.owner_id = o.id) = 1 ORDER BY c.id LIMIT 1`,
      [electionId],
    );

  /** An owner-roll import re-spells the candidate's owner: the name before and after. */
  async function respell(row: Record<string, string>): Promise<{ before: string; after: string }> {
    const source = { REGISTER: '不动产登记', SURVEY: '测绘', CONTRACT: '购房合同' }[row.area_source as string];
    const after = `${row.name}某`;
    const csv = `building,unitNo,room,area,areaSource,developerHeld,name,idNumber,phone,designatedVoter\n${row.building},${row.unit_no},${row.room},${row.area},${source},否,${after},${row.id_number},${row.phone},是\n`;
    const { runImport } = await app.as('officer', RUN_IMPORT, {
      kind: 'OWNER_ROLL', mode: 'VALID_ROWS', estateId: String(row.estate_id), file: { name: 'roll.csv', contentBase64: Buffer.from(csv).toString('base64') },
    });
    expect(runImport.updated).toBe(1);
    return { before: row.name, after };
  }

  it('a certified election: its notice and tally sheet keep the estate and the names sealed, and the seal covers the estate', async () => {
    const election = await one(`SELECT id, estate_id FROM election WHERE phase = 'CERTIFIED' ORDER BY id LIMIT 1`);
    const { election: { record: sealed } } = await app.as('officer', RECORD, { id: String(election.id) });
    const candidate = await soleOwnerCandidate(election.id);
    const papers = [`/documents/elections/${election.id}/result.pdf`, `/documents/elections/${election.id}/tally-sheet.pdf`, `/documents/candidates/${candidate.id}/review.pdf`];
    const print = () => Promise.all(papers.map((path) => pdfText(path, 'officer')));
    const [notice, sheet, review] = await print();
    const estate = await renameEstate(election.estate_id);
    const owner = await respell(candidate);
    expect(notice).toContain(`${estate.before}业主委员会选举结果公告`);
    expect(sheet).toContain(`${estate.before}业主委员会选举计票单`);
    expect(sheet).toContain(owner.before);
    expect(review).toContain(`${estate.before}业主委员会委员候选人资格审查表`);
    expect(review).toContain(`候选人${owner.before}`);

    expect(await print()).toEqual([notice, sheet, review]);
    // the record names the estate as sealed, under a seal that still holds
    const { election: { record } } = await app.as('officer', RECORD, { id: String(election.id) });
    expect(record).toEqual(sealed);
    expect(record.json.estate).toMatchObject({ name: estate.before });
    expect(verifyRecord(record.json)).toMatchObject({ sealHolds: true, recountAgrees: true, problems: [] });
  });

  it('a record sealed before its seal covered the estate keeps its seal, and its notice the estate kept beside it', async () => {
    const election = await one(`SELECT e.id, e.estate_id, r.id AS record_id FROM election e JOIN vote_record r ON r.election_id = e.id WHERE e.phase = 'CERTIFIED' ORDER BY e.id DESC LIMIT 1`);
    // as 1764804800000-printed-as-final leaves a record sealed before it: sealed without the estate, its names beside the seal
    const { election: { record: current } } = await app.as('officer', RECORD, { id: String(election.id) });
    const { estate: _estate, seal: _seal, ...before } = current.json;
    await app.ds.query(`ALTER TABLE vote_record DISABLE TRIGGER vote_record_unaltered`);
    await app.ds.query(`UPDATE vote_record SET sha256 = $2, estate_in_seal = false WHERE id = $1`, [election.record_id, sealOf(before)]);
    await app.ds.query(`ALTER TABLE vote_record ENABLE TRIGGER vote_record_unaltered`);
    const notice = await pdfText(`/documents/elections/${election.id}/result.pdf`, 'officer');
    await renameEstate(election.estate_id);
    expect(await pdfText(`/documents/elections/${election.id}/result.pdf`, 'officer')).toBe(notice);
    const { election: { record } } = await app.as('officer', RECORD, { id: String(election.id) });
    expect(record.json.estate).toBeUndefined();
    expect(verifyRecord(record.json)).toMatchObject({ sealHolds: true, recountAgrees: true, problems: [] });
  });

  it('an election counted but not certified prints the candidates as the registry has them now; its posted notice the estate it was posted under', async () => {
    const { elections } = await app.as('officer', LIST_ELECTIONS, { options: { filter: { phase: 'RESULT_PUBLICITY' } } });
    const election = await one(`SELECT id, estate_id FROM election WHERE id = $1`, [elections.items[0].id]);
    const estate = await renameEstate(election.estate_id);
    const owner = await respell(await soleOwnerCandidate(election.id));
    // the result notice was posted for its publicity: what was posted reads as posted (names-at.ts); the sheet is not posted
    expect(await pdfText(`/documents/elections/${election.id}/result.pdf`, 'officer')).toContain(`${estate.before}业主委员会选举结果公告`);
    const sheet = await pdfText(`/documents/elections/${election.id}/tally-sheet.pdf`, 'officer');
    expect(sheet).toContain(`${estate.after}业主委员会选举计票单`);
    expect(sheet).toContain(owner.after);
  });

  it('a closed resolution’s notice keeps the estate it was sealed under', async () => {
    const resolution = await one(`SELECT id, estate_id FROM resolution WHERE phase = 'CLOSED' ORDER BY id LIMIT 1`);
    const notice = await pdfText(`/documents/resolutions/${resolution.id}/result.pdf`, 'officer');
    const estate = await renameEstate(resolution.estate_id);
    expect(notice).toContain(`${estate.before}业主大会表决结果公告`);
    expect(await pdfText(`/documents/resolutions/${resolution.id}/result.pdf`, 'officer')).toBe(notice);
  });

  it('an approved project’s receipt keeps the estate it was approved for: one approved before and one approved now', async () => {
    const seeded = await one(`SELECT id, estate_id FROM project WHERE filing_status = 'APPROVED' ORDER BY id DESC LIMIT 1`);
    const { createFirm } = await app.as('clerk', CREATE_FIRM, { input: firmInput() });
    await app.as('clerk', SUBMIT_FIRM, { id: createFirm.id, version: 1 });
    await app.as('registrar', APPROVE_FIRM, { id: createFirm.id, version: 2 });
    const { createProject } = await app.as('clerk', CREATE_PROJECT, { input: projectInput({ firmId: createFirm.id, estateId: String(seeded.estate_id), contractStart: '1990-01-01', contractEnd: '1990-12-31' }) });
    await app.as('clerk', SUBMIT_PROJECT, { id: createProject.id, version: 1 });
    await app.as('registrar', APPROVE_PROJECT, { id: createProject.id, version: 2 });
    const receipts = async () => Promise.all([seeded.id, createProject.id].map(async (id) => printed(await pdfText(`/documents/projects/${id}/receipt.pdf`, 'registrar'))));
    const before = await receipts();
    const estate = await renameEstate(seeded.estate_id);
    for (const receipt of before) expect(receipt).toContain(estate.before);
    expect(await receipts()).toEqual(before);
  });

  it('an approved committee filing’s receipt keeps the members it was approved with, after a vacancy or a new chair', async () => {
    // the demo's approved filings were kept at start-up, each with the members sitting the day it was approved
    const unkept = await one(
      `SELECT count(*)::int AS n FROM committee_filing f WHERE f.filing_status = 'APPROVED'
          AND NOT EXISTS (SELECT 1 FROM committee_filing_as_approved a WHERE a.committee_filing_id = f.id AND jsonb_array_length(a.members) > 0)`,
    );
    expect(unkept.n).toBe(0);
    type Member = { id: string; name: string; ownerId: string | null; position: 'CHAIR' | 'VICE_CHAIR' | 'MEMBER' };
    const POSITION = { CHAIR: '主任', VICE_CHAIR: '副主任', MEMBER: '委员' };
    const composition = (members: Member[]) => members.map(({ name, ownerId, position }) => ({ name, ownerId, position }));
    // a lawful change after approval: a member leaves (a vacancy), or the chair and a vice-chair swap
    const vacancy = (members: Member[]) => {
      const leaving = members.filter((m) => m.position === 'MEMBER').pop()!;
      return { gone: `${leaving.name}（委员）`, members: composition(members.filter((m) => m !== leaving)) };
    };
    const newChair = (members: Member[]) => {
      const chair = members.find((m) => m.position === 'CHAIR')!;
      const vice = members.find((m) => m.position === 'VICE_CHAIR')!;
      const swap = { CHAIR: 'VICE_CHAIR', VICE_CHAIR: 'CHAIR', MEMBER: 'MEMBER' } as const;
      return { gone: `${chair.name}（${POSITION.CHAIR}）`, members: composition(members.map((m) => (m === chair || m === vice ? { ...m, position: swap[m.position] } : m))) };
    };
    // one submitted now and approved by a registrar who did not submit it; one approved before, its committee unchanged since (repro 08)
    const submitted = await one(`SELECT id, version, committee_id FROM committee_filing WHERE filing_status = 'SUBMITTED' ORDER BY id LIMIT 1`);
    await app.as('registrar', APPROVE_COMMITTEE_FILING, { id: String(submitted.id), version: submitted.version });
    const approvedBefore = await one(
      `SELECT f.id, f.committee_id FROM committee_filing f WHERE f.filing_status = 'APPROVED' AND f.kind = 'ESTABLISHMENT' AND f.id <> $1
          AND NOT EXISTS (SELECT 1 FROM committee_member m WHERE m.committee_id = f.committee_id AND m.ends_on IS NOT NULL)
          AND (SELECT count(*) FROM committee_member m WHERE m.committee_id = f.committee_id AND m.position = 'MEMBER') >= 3 ORDER BY f.id LIMIT 1`,
      [submitted.id],
    );
    for (const [{ id, committee_id: committeeId }, change] of [[submitted, newChair], [approvedBefore, vacancy]] as const) {
      const receipt = printed(await pdfText(`/documents/committee-filings/${id}/receipt.pdf`, 'registrar'));
      const { committee } = await app.as('officer', COMMITTEE, { id: String(committeeId) });
      const { gone, members } = change(committee.members as Member[]);
      expect(receipt).toContain(gone);
      await app.as('officer', SET_MEMBERS, { id: committee.id, version: committee.version, input: { effectiveOn: todayInChina(), members } });
      // the committee today is another; the receipt of the filing approved before the change is not
      const { committee: after } = await app.as('officer', COMMITTEE, { id: String(committeeId) });
      expect(after.members.map((m) => `${m.name}（${POSITION[m.position]}）`)).not.toContain(gone);
      expect(printed(await pdfText(`/documents/committee-filings/${id}/receipt.pdf`, 'registrar'))).toBe(receipt);
    }
  });
});
