import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, TestApp } from './harness';

/**
 * A statement published or a paper issued reads as it was published (docs/architecture.md#documents): renaming the
 * estate, the project or a place it names afterwards renames the registry, not what was published. The estate is
 * renamed through GraphQL, as a clerk would; a district, which no mutation renames, by SQL.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const ESTATE = `query E($id: ID!) { estate(id: $id) { id version communityId name address totalFloorArea residentialFloorArea households buildings elevators deliveredOn } }`;
const UPDATE_ESTATE = `mutation U($id: ID!, $version: Int!, $input: EstateInput!) { updateEstate(id: $id, version: $version, input: $input) { id name } }`;
const QUARTER = `query Q($id: ID!) { publishedAccountStatement(periodId: $id) { estateName year quarter closing } }`;
const YEAR = `query Y($accountId: ID!, $year: Int!) { publishedAccountYearStatement(accountId: $accountId, year: $year) { estateName closing } }`;
const FUND = `query F($fundId: ID!, $year: Int!, $quarter: Int) { publishedRepairFundStatement(fundId: $fundId, year: $year, quarter: $quarter) { estateName projectName closing } }`;
const INDEX = `query I { publicStatements(options: { take: 100 }) { items { id estateName accountId bookYears repairFunds { fundId projectName periods { year quarter } } } } }`;
const PERIOD = `query P($id: ID!) { accountPeriod(id: $id) { id status statement { estateName } } }`;

/** Renames an estate through updateEstate, as a clerk edits it; returns the new name. */
async function renameEstate(estateId: string, suffix: string): Promise<string> {
  const { estate } = await app.as('clerk', ESTATE, { id: estateId });
  const { id, version, name, ...rest } = estate;
  const renamed = `${name}${suffix}`;
  await app.as('clerk', UPDATE_ESTATE, { id, version, input: { ...rest, name: renamed } });
  return renamed;
}

async function pdfText(path: string, username: string | null): Promise<string> {
  const response = await fetch(`${app.baseUrl}${path}`, { headers: username ? { authorization: `Bearer ${await app.tokenFor(username)}` } : {} });
  expect(response.status).toBe(200);
  const file = join(mkdtempSync(join(tmpdir(), 'published-')), 'paper.pdf');
  writeFileSync(file, Buffer.from(await response.arrayBuffer()));
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

describe('a published statement keeps the names it was published with', () => {
  it('a committee book’s quarter and year, after the estate is renamed', async () => {
    const items = (await app.gql(INDEX, {}, null)).data.publicStatements.items;
    const withYear = items.find((e: any) => e.bookYears.length > 0);
    expect(withYear).toBeDefined();
    const [period] = await app.ds.query(`SELECT id FROM account_period WHERE account_id = $1 AND status = 'PUBLISHED' ORDER BY year, quarter LIMIT 1`, [withYear.accountId]);
    const year = withYear.bookYears[0];
    const before = {
      quarter: (await app.gql(QUARTER, { id: String(period.id) }, null)).data.publishedAccountStatement,
      year: (await app.gql(YEAR, { accountId: withYear.accountId, year }, null)).data.publishedAccountYearStatement,
      signedIn: (await app.as('officer', PERIOD, { id: String(period.id) })).accountPeriod.statement,
    };
    expect(before.quarter.estateName).toBe(withYear.estateName);

    const renamed = await renameEstate(withYear.id, '（更名）');
    expect((await app.as('clerk', ESTATE, { id: withYear.id })).estate.name).toBe(renamed);

    expect((await app.gql(QUARTER, { id: String(period.id) }, null)).data.publishedAccountStatement).toEqual(before.quarter);
    expect((await app.gql(YEAR, { accountId: withYear.accountId, year }, null)).data.publishedAccountYearStatement).toEqual(before.year);
    expect((await app.as('officer', PERIOD, { id: String(period.id) })).accountPeriod.statement).toEqual(before.signedIn);
    // and so print: the PDF of the quarter and of the year
    for (const path of [`/documents/account-statements/${period.id}/statement.pdf`, `/documents/account-years/${withYear.accountId}/${year}/statement.pdf`]) {
      const text = await pdfText(path, null);
      expect(text).toContain(withYear.estateName.replace(/\s+/g, ''));
      expect(text).not.toContain('（更名）');
    }
  });

  it('a small-repair fund’s public quarter, after the estate and the project are renamed', async () => {
    const items = (await app.gql(INDEX, {}, null)).data.publicStatements.items;
    const estate = items.find((e: any) => e.repairFunds.length > 0);
    const fund = estate.repairFunds[0];
    const { year, quarter } = fund.periods[fund.periods.length - 1];
    const before = (await app.gql(FUND, { fundId: fund.fundId, year, quarter }, null)).data.publishedRepairFundStatement;
    expect(before).toMatchObject({ estateName: estate.estateName, projectName: fund.projectName });

    await renameEstate(estate.id, '（新名）');
    // an approved project is not edited through the API (FILING_NOT_EDITABLE); whoever renames it, PostgreSQL keeps the name it bore
    const [{ project_id: projectId }] = await app.ds.query(`SELECT project_id FROM repair_fund WHERE id = $1`, [fund.fundId]);
    await app.ds.query(`UPDATE project SET name = name || '（新名）' WHERE id = $1`, [projectId]);

    expect((await app.gql(FUND, { fundId: fund.fundId, year, quarter }, null)).data.publishedRepairFundStatement).toEqual(before);
    const text = await pdfText(`/documents/repair-funds/${fund.fundId}/${year}Q${quarter}/statement.pdf`, null);
    expect(text).not.toContain('（新名）');
  });
});

describe('an issued paper keeps the names it was issued with', () => {
  it('a firm’s receipt names the district as it was named when the firm was approved', async () => {
    const [firm] = await app.ds.query(
      `SELECT f.id, d.id AS district_id, d.name AS district FROM firm f JOIN district d ON d.id = f.district_id WHERE f.filing_status = 'APPROVED' ORDER BY f.id LIMIT 1`,
    );
    // no mutation renames a district: an administrator's SQL does, and PostgreSQL keeps the name it bore
    await app.ds.query(`UPDATE district SET name = name || '新区' WHERE id = $1`, [firm.district_id]);
    const text = await pdfText(`/documents/firms/${firm.id}/receipt.pdf`, 'clerk');
    expect(text).toContain(firm.district);
    expect(text).not.toContain(`${firm.district}新区`);
  });

  it('an election’s result notice, posted for its publicity, keeps the estate it was posted under', async () => {
    const [election] = await app.ds.query(`SELECT el.id, el.estate_id FROM election el WHERE el.phase = 'RESULT_PUBLICITY' ORDER BY el.id LIMIT 1`);
    const before = await pdfText(`/documents/elections/${election.id}/result.pdf`, 'officer');
    const renamed = await renameEstate(String(election.estate_id), '（改）');
    const after = await pdfText(`/documents/elections/${election.id}/result.pdf`, 'officer');
    expect(after).not.toContain(renamed.replace(/\s+/g, ''));
    expect(after).toBe(before);
  });
});
