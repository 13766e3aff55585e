import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { CREATE_FIRM, firmInput, freshCreditCode, UPDATE_FIRM } from '../../api/test/operations';
import zh from '../src/i18n/zh';
import { attributeBecomes, becomes, browserIt, consoleSuite, MISSING_CHROMIUM, signIn, watch } from './browser';

/** Bulk import, and the server's refusals (CONFLICT, an ended session, a page the role may not open) as a user meets them. */
const suite = consoleSuite();

const HEADERS = ['企业名称', '统一社会信用代码', '法定代表人', '注册地址', '联系人', '联系电话', '成立日期', '所在区县'];
const row = (name: string, code: string, phone = '13857212345') => [name, code, '沈建华', '湖州市吴兴区人民路1号', '钱丽', phone, '2015-03-18', '吴兴区'];

describe('bulk import in the console', () => {
  browserIt('an import with one bad row shows the report; the clerk imports the valid rows', async () => {
    const stamp = Date.now().toString(36);
    const csv = [HEADERS, row(`湖州导入甲物业${stamp}`, freshCreditCode()), row(`湖州导入乙物业${stamp}`, '91330599T00000001X', '12345'), row(`湖州导入丙物业${stamp}`, freshCreditCode())]
      .map((cells) => cells.join(','))
      .join('\r\n');
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'clerk');
    watch(page);
    await page.getByTestId('menu-import').click();
    await page.getByTestId('import-page').waitFor();
    await page.getByTestId('import-file').setInputFiles({ name: 'firms.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });

    const summary = page.getByTestId('import-summary');
    await summary.getByText('共 3 行：有效 2 行，有误 1 行，已登记 0 行').waitFor();
    const bad = page.getByTestId('import-report').locator('tr[data-row="3"]');
    await attributeBecomes(bad, 'data-status', 'INVALID');
    await bad.getByText(zh.wuye.rules.PHONE).waitFor();
    await expect(bad.locator('[data-rule]').evaluateAll((es) => es.map((e) => `${e.getAttribute('data-field')}:${e.getAttribute('data-rule')}`).sort())).resolves.toEqual([
      'contactPhone:PHONE',
      'creditCode:CREDIT_CODE_CHECK',
    ]);
    // the server's rule, explained with the figures of the row's own code
    await bad.getByText('校验位应为 M，而不是 X').waitFor();
    // each problem names what the file has
    await bad.locator('[data-field="contactPhone"]').getByText('（文件中为「12345」）').waitFor();
    // nothing is written while a row is invalid, unless the clerk chooses the valid rows — and the greyed-out button says so
    await expect(page.getByTestId('import-run-all').isDisabled()).resolves.toBe(true);
    await page.getByTestId('import-run-all-why').getByText('有 1 行无效：请修正文件，或选择“仅导入有效行”').waitFor();
    const [{ n: before }] = await suite.app.ds.query(`SELECT count(*)::int AS n FROM firm`);

    await page.getByTestId('import-run-valid').click();
    await page.getByRole('button', { name: zh.ra.action.confirm }).click();
    await summary.getByText('导入完成：新建 2 条，已登记 0 条，未导入有误行 1 条').waitFor();
    const [{ n: after }] = await suite.app.ds.query(`SELECT count(*)::int AS n FROM firm`);
    expect(after).toBe(before + 2);

    // the same file again: the two are recognised, nothing is created twice
    await page.getByTestId('import-file').setInputFiles({ name: 'firms.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await summary.getByText('共 3 行：有效 0 行，有误 1 行，已登记 2 行').waitFor();
  });

  browserIt('a choice or a district the import does not know is named, with the values it may take', async () => {
    const stamp = Date.now().toString(36);
    const csv = [[...HEADERS, '经营状态'], [...row(`湖州导入丁物业${stamp}`, freshCreditCode()).slice(0, 7), '火星区', '营业中']].map((cells) => cells.join(',')).join('\r\n');
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'clerk');
    watch(page);
    await page.getByTestId('menu-import').click();
    await page.getByTestId('import-file').setInputFiles({ name: 'firms.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const bad = page.getByTestId('import-report').locator('tr[data-row="2"]');
    await attributeBecomes(bad, 'data-status', 'INVALID');
    await bad.locator('[data-field="status"]').getByText(`${zh.wuye.rules.ONE_OF}（文件中为「营业中」），可填：正常、暂停、注销`).waitFor();
    await bad.locator('[data-field="district"]').getByText(`${zh.wuye.rules.REFERENCE}（文件中为「火星区」），可填：`).waitFor();
    await expect(bad.locator('[data-field="district"]').textContent()).resolves.toContain('吴兴区');
    // no valid row at all: neither button can run, and the page says why
    await page.getByTestId('import-run-all-why').getByText(zh.wuye.import.run_all_none_valid).waitFor();
  });

  browserIt('a file with the wrong columns is refused with the columns named', async () => {
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'clerk');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/import?kind=FIRMS`);
    await page.getByTestId('import-file').setInputFiles({ name: 'wrong.csv', mimeType: 'text/csv', buffer: Buffer.from('企业名称,电话号码\r\n某公司,123\r\n') });
    const refusal = page.getByTestId('import-refusal');
    // each column named from the refusal's args, in Chinese: the header as the file has it, the missing column by its Chinese name
    await refusal.getByText(`${zh.wuye.rules.IMPORT_COLUMN_UNKNOWN}：「电话号码」`, { exact: true }).waitFor();
    await refusal.getByText(`${zh.wuye.rules.IMPORT_COLUMN_MISSING}：「统一社会信用代码」`, { exact: true }).waitFor();
  });

  browserIt('an edit against a stale version is refused as CONFLICT with an offer to reload', async () => {
    const { createFirm } = await suite.app.as('clerk', CREATE_FIRM, { input: firmInput() });
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'clerk');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/firms/${createFirm.id}`);
    const name = page.getByLabel(zh.resources.firms.fields.name);
    await name.waitFor();
    // someone else saves first
    await suite.app.as('clerk', UPDATE_FIRM, { id: createFirm.id, version: 1, input: firmInput({ creditCode: createFirm.creditCode, name: '湖州他人先改物业有限公司' }) });
    await name.fill('湖州我后改物业有限公司');
    await page.getByRole('button', { name: zh.ra.action.save }).click();
    const notice = page.getByTestId('conflict-notice');
    await notice.getByText(zh.wuye.errors.CONFLICT).waitFor();
    const [row] = await suite.app.ds.query(`SELECT name, version FROM firm WHERE id = $1`, [createFirm.id]);
    expect(row).toEqual({ name: '湖州他人先改物业有限公司', version: 2 });

    // reloading takes the current version; saving again then succeeds
    const reloaded = page.waitForResponse((r) => r.url().endsWith('/graphql') && /query Firm\b/.test(r.request().postData() ?? ''));
    await notice.getByRole('button', { name: zh.wuye.errors.reload }).click();
    await reloaded;
    await notice.waitFor({ state: 'detached' });
    await name.fill('湖州我后改物业有限公司');
    await page.getByRole('button', { name: zh.ra.action.save }).click();
    await page.waitForURL(/#\/firms\/\d+\/show/);
    const [saved] = await suite.app.ds.query(`SELECT name, version FROM firm WHERE id = $1`, [createFirm.id]);
    expect(saved).toEqual({ name: '湖州我后改物业有限公司', version: 3 });
  });

  browserIt('offers a template of each kind that the import accepts, as .xlsx with text columns and as CSV', async () => {
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'clerk');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/import?kind=PROJECTS`);
    let download = page.waitForEvent('download');
    await page.getByRole('button', { name: zh.wuye.import.template_csv }).click();
    let file = await download;
    expect(file.suggestedFilename()).toBe('projects-template-zh.csv');
    const text = fs.readFileSync((await file.path())!, 'utf8');
    expect(text.startsWith('\uFEFF项目名称,小区,物业企业统一社会信用代码')).toBe(true);

    download = page.waitForEvent('download');
    await page.getByRole('button', { name: zh.wuye.import.template_zh }).click();
    file = await download;
    expect(file.suggestedFilename()).toBe('projects-template-zh.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await file.path())!);
    const sheet = workbook.worksheets[0];
    expect((sheet.getRow(1).values as string[]).slice(1, 4)).toEqual(['项目名称', '小区', '物业企业统一社会信用代码']);
    expect(sheet.getColumn(3).numFmt).toBe('@');
  });

  browserIt('an ended session sends the user back to sign in; a page the role may not open says so', async () => {
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'clerk');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/users`);
    await page.getByText(zh.ra.page.access_denied).first().waitFor();

    // the server ends every session of the clerk (as when an admin disables the account)
    await suite.app.ds.query(`UPDATE access_token SET revoked_at = now() WHERE user_id = (SELECT id FROM app_user WHERE username = 'clerk')`);
    await page.goto(`${suite.app.baseUrl}/#/firms`);
    await page.waitForURL(/#\/login/);
    // the sign-in page says why, once: no pop-up over it says it again
    await becomes(() => page.getByTestId('session-ended').textContent(), zh.wuye.session.ended);
    await page.waitForTimeout(500);
    expect(await page.getByText(zh.wuye.errors.UNAUTHENTICATED).count()).toBe(0);
  });

  it('reports a missing Chromium with the command that installs it', async () => {
    const previous = process.env.CHROMIUM_PATH;
    jest.resetModules();
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    try {
      const { launchBrowser: launchMissing } = await import('./browser');
      await expect(launchMissing()).rejects.toThrow(MISSING_CHROMIUM);
    } finally {
      if (previous === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = previous;
    }
  });
});
