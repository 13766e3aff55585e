import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { APPROVE_FIRM, APPROVE_PROJECT, CREATE_FIRM, CREATE_PROJECT, firmInput, freshCreditCode, projectInput, SUBMIT_FIRM, SUBMIT_PROJECT } from '../../api/test/operations';
import zh from '../src/i18n/zh';
import { browserIt, consoleSuite, signIn, watch } from './browser';

/**
 * The clerk's usability review (findings A1, C1, E1): the error file of an import in the console's language, 通过 held
 * with its reason for a project the server would refuse, and a committee filing's materials opened by the registrar who
 * decides it, with their SHA-256 and identical files flagged.
 */
const suite = consoleSuite();

const url = (path: string) => `${suite.app.baseUrl}/#/${path}`;

async function download(page: Page, button: Locator): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = join(mkdtempSync(join(tmpdir(), 'download-')), file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

describe('the import error file (A1)', () => {
  browserIt('says each row’s problems in Chinese, as the preview does, with the phone example in full', async () => {
    const good = freshCreditCode();
    const wrongCheck = `${good.slice(0, 17)}${good[17] === 'X' ? 'Y' : 'X'}`;
    const headers = ['企业名称', '统一社会信用代码', '法定代表人', '注册地址', '联系人', '联系电话', '成立日期', '所在区县'];
    const rows = [
      ['湖州错误文件物业一', wrongCheck, '沈建华', '湖州市吴兴区人民路1号', '钱丽', '13857212345', '2015-03-18', '吴兴区'],
      ['湖州错误文件物业二', freshCreditCode(), '', '湖州市吴兴区人民路2号', '钱丽', '12345', '2015-03-18', '吴兴区'],
    ];
    const csv = `\uFEFF${[headers, ...rows].map((r) => r.join(',')).join('\r\n')}\r\n`;
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'clerk');
    watch(page);
    await page.goto(url('import?kind=FIRMS'));
    await page.getByTestId('import-file').setInputFiles({ name: 'firms-review.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('import-summary').waitFor();

    const lines = readFileSync(await download(page, page.getByTestId('import-error-file')), 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe([...headers, '错误说明'].join(','));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`统一社会信用代码：校验位应为 ${good[17]}，而不是 ${wrongCheck[17]}`);
    expect(lines[2]).toContain(`法定代表人：${zh.wuye.rules.REQUIRED}`);
    expect(lines[2]).toContain(`联系电话：${zh.wuye.rules.PHONE}`);
    // no English rule words, no masked example: the file is the text the clerk corrects from
    expect(lines.slice(1).join('\n')).not.toMatch(/must|should|\*{4}/);
  });
});

describe('通过 held for a project the server would refuse (C1)', () => {
  browserIt('the registrar sees why: the firm is not approved yet, or the contract overlaps an approved project', async () => {
    const [estate] = await suite.app.ds.query(`SELECT id FROM estate e WHERE NOT EXISTS (SELECT 1 FROM project p WHERE p.estate_id = e.id) ORDER BY id LIMIT 1`);
    const input = (firmId: string, name: string) => projectInput({ firmId, estateId: String(estate.id), name, contractStart: '2046-01-01', contractEnd: '2048-12-31' });
    // a firm submitted, not approved, and a project of it submitted
    const { createFirm: pending } = await suite.app.as('clerk', CREATE_FIRM, { input: firmInput() });
    await suite.app.as('clerk', SUBMIT_FIRM, { id: pending.id, version: 1 });
    const { createProject: ofPending } = await suite.app.as('clerk', CREATE_PROJECT, { input: input(pending.id, '待企业备案的项目') });
    await suite.app.as('clerk', SUBMIT_PROJECT, { id: ofPending.id, version: 1 });

    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'registrar');
    watch(page);
    await page.goto(url(`projects/${ofPending.id}/show`));
    const approve = page.getByTestId('filing-APPROVE');
    await page.getByTestId('filing-APPROVE-hold').waitFor();
    expect(await approve.isDisabled()).toBe(true);
    expect(await page.getByTestId('filing-APPROVE-hold').textContent()).toBe(zh.wuye.filing.hold.FIRM_NOT_APPROVED.replace('%{firmName}', pending.name));
    expect(await page.getByTestId('filing-RETURN').isDisabled()).toBe(false);

    // once the firm is approved, a project overlapping an approved one of the estate is held, and the page warns of it
    await suite.app.as('registrar', APPROVE_FIRM, { id: pending.id, version: 2 });
    const { createProject: first } = await suite.app.as('clerk', CREATE_PROJECT, { input: input(pending.id, '已备案的重叠项目') });
    await suite.app.as('clerk', SUBMIT_PROJECT, { id: first.id, version: 1 });
    await suite.app.as('registrar', APPROVE_PROJECT, { id: first.id, version: 2 });
    // the page read again: the firm now approved, the overlap is what holds 通过
    await page.reload();
    await page.getByTestId('project-overlap-warning').waitFor();
    await page.getByTestId('filing-APPROVE-hold').filter({ hasText: '已备案的重叠项目' }).waitFor();
    expect(await approve.isDisabled()).toBe(true);

    // an approvable project is offered 通过 as before
    const { createProject: free } = await suite.app.as('clerk', CREATE_PROJECT, { input: { ...input(pending.id, '不重叠的项目'), contractStart: '2050-01-01', contractEnd: '2050-12-31' } });
    await suite.app.as('clerk', SUBMIT_PROJECT, { id: free.id, version: 1 });
    await page.goto(url(`projects/${free.id}/show`));
    await approve.waitFor();
    expect(await approve.isDisabled()).toBe(false);
    expect(await page.getByTestId('filing-APPROVE-hold').count()).toBe(0);
  });
});

describe('a committee filing’s materials (E1)', () => {
  browserIt('the registrar deciding a submitted filing opens its files, reads their SHA-256 and is told which are the same file', async () => {
    const [filing] = await suite.app.ds.query(
      `SELECT f.id FROM committee_filing f WHERE f.filing_status = 'SUBMITTED' AND (SELECT count(*) FROM filing_material m WHERE m.committee_filing_id = f.id) >= 2 ORDER BY f.id LIMIT 1`,
    );
    // the street office uploaded the minutes' file as the covenant too
    await suite.app.ds.query(
      `UPDATE filing_material c SET content = m.content, sha256 = m.sha256, size_bytes = m.size_bytes
         FROM filing_material m WHERE m.committee_filing_id = $1 AND m.kind = 'MINUTES' AND c.committee_filing_id = $1 AND c.kind = 'COVENANT'`,
      [filing.id],
    );
    const [minutes] = await suite.app.ds.query(`SELECT encode(sha256, 'hex') AS sha256, content FROM filing_material WHERE committee_filing_id = $1 AND kind = 'MINUTES'`, [filing.id]);

    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'registrar');
    watch(page);
    await page.goto(url(`committeeFilings/${filing.id}/show`));
    const row = page.locator('[data-material="MINUTES"]');
    await row.getByTestId('material-sha256').getByText(minutes.sha256.slice(0, 12)).waitFor();
    await page.getByTestId('materials-same').waitFor();
    await row.getByTestId('material-same').getByText(zh.wuye.materials.same_as.replace('%{kinds}', zh.wuye.materialKind.COVENANT)).waitFor();
    expect(await page.getByTestId('materials-closed').count()).toBe(0);
    const file = readFileSync(await download(page, row.getByTestId('download-material')));
    expect(file.equals(minutes.content)).toBe(true);
  });

  browserIt('the manager reads the list with SHA-256 and is told why the files stay closed', async () => {
    const [filing] = await suite.app.ds.query(`SELECT f.id FROM committee_filing f WHERE EXISTS (SELECT 1 FROM filing_material m WHERE m.committee_filing_id = f.id) ORDER BY f.id LIMIT 1`);
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'manager');
    watch(page);
    await page.goto(url(`committeeFilings/${filing.id}/show`));
    await page.getByTestId('materials-closed').getByText(zh.wuye.materials.closed).waitFor();
    await page.getByTestId('material-sha256').first().waitFor();
    expect(await page.getByTestId('download-material').count()).toBe(0);
  });
});
