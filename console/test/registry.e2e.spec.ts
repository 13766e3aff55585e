import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { CREATE_FIRM, firmInput, freshCreditCode } from '../../api/test/operations';
import en from '../src/i18n/en';
import zh from '../src/i18n/zh';
import { attributeBecomes, becomes, browserIt, chooseOption, consoleSuite, signIn, watch } from './browser';

/**
 * The registry console in a real browser against the API on the seeded database: a clerk files a firm,
 * a registrar decides it, maker-checker holds, a manager reads the dashboard, and the language switch works.
 */
const suite = consoleSuite();
let seededApproved = 0;
beforeAll(async () => {
  [{ n: seededApproved }] = await suite.app.ds.query(`SELECT count(*)::int AS n FROM firm WHERE filing_status = 'APPROVED'`);
});

const firmName = `湖州浏览器测试物业服务有限公司${Date.now().toString(36)}`;
let firmId = '';

/** The helper text under the input with this label (react-admin renders field errors there). */
function fieldError(page: Page, label: string) {
  return page.locator('.MuiFormControl-root', { has: page.getByLabel(label) }).locator('.MuiFormHelperText-root');
}

const chooseLabelled = (page: Page, label: string, option: string) => chooseOption(page, page.getByRole('combobox', { name: label }), option);

async function confirmFilingAction(page: Page, action: 'SUBMIT' | 'APPROVE') {
  await page.getByTestId(`filing-${action}`).click();
  await page.getByTestId('filing-confirm').click();
  await page.getByTestId(`filing-dialog-${action}`).waitFor({ state: 'hidden' });
}

const status = (page: Page) => page.getByTestId('filing-section').locator('[data-status]');

describe('the registry console', () => {
  browserIt('a clerk creates a firm, sees the credit-code errors next to the field, fixes it and submits', async () => {
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'clerk');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/firms/create`);
    const fields = zh.resources.firms.fields;
    await page.getByLabel(fields.name).fill(firmName);
    await page.getByLabel(fields.legalRepresentative).fill('沈建华');
    await page.getByLabel(fields.registeredAddress).fill('湖州市吴兴区人民路100号');
    await page.getByLabel(fields.contactPerson).fill('钱丽');
    await page.getByLabel(fields.contactPhone).fill('13857212345');
    await chooseLabelled(page, fields.districtId, '吴兴区');

    // checked as the user types, by the same rule the server runs
    const good = freshCreditCode();
    const wrongCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    await page.getByLabel(fields.creditCode).fill(wrongCheck);
    await expect(fieldError(page, fields.creditCode).textContent()).resolves.toContain(`校验位应为 ${good[17]}，而不是 ${wrongCheck[17]}`);

    // a code another firm holds only the server knows about: its error lands next to the field too
    const [{ id: holderId, credit_code: taken, name: holder }] = await suite.app.ds.query(`SELECT id, credit_code, name FROM firm ORDER BY id LIMIT 1`);
    await page.getByLabel(fields.creditCode).fill(taken);
    await page.getByRole('button', { name: zh.ra.action.save }).click();
    await fieldError(page, fields.creditCode).getByText(zh.wuye.rules.CREDIT_CODE_TAKEN_BY.replace('%{firmName}', holder)).waitFor();
    // the firm that holds it is a link to that firm
    const holderLink = page.getByTestId('credit-code-holder').getByRole('link', { name: holder, exact: true });
    expect(await holderLink.getAttribute('href')).toBe(`#/firms/${holderId}/show`);

    // a name that reads as a registered firm's (an ideographic space after it): refused beside the name, naming that firm
    await page.getByLabel(fields.creditCode).fill(good);
    const [named] = await suite.app.ds.query(`SELECT id, name FROM firm WHERE filing_status <> 'REVOKED' ORDER BY id LIMIT 1`);
    await page.getByLabel(fields.name).fill(`${named.name}\u3000`);
    await page.getByRole('button', { name: zh.ra.action.save }).click();
    await fieldError(page, fields.name).getByText(zh.wuye.rules.FIRM_NAME_TAKEN_BY.replace('%{firmName}', named.name)).waitFor();
    expect(await page.getByTestId('name-holder').getByRole('link', { name: named.name, exact: true }).getAttribute('href')).toBe(`#/firms/${named.id}/show`);

    await page.getByLabel(fields.name).fill(firmName);
    await page.getByRole('button', { name: zh.ra.action.save }).click();
    await page.waitForURL(/#\/firms\/\d+\/show/);
    firmId = /#\/firms\/(\d+)\/show/.exec(page.url())![1];
    await attributeBecomes(status(page), 'data-status', 'DRAFT');

    await confirmFilingAction(page, 'SUBMIT');
    await status(page).and(page.locator('[data-status="SUBMITTED"]')).waitFor();
    const [row] = await suite.app.ds.query(`SELECT filing_status, credit_code FROM firm WHERE id = $1`, [firmId]);
    expect(row).toEqual({ filing_status: 'SUBMITTED', credit_code: good });
    // a clerk never decides
    expect(await page.getByTestId('filing-APPROVE').count()).toBe(0);
  });

  browserIt('a registrar approves it, and its history shows who did what', async () => {
    expect(firmId).not.toBe('');
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'registrar');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/firms/${firmId}/show`);
    await page.getByTestId('filing-APPROVE').waitFor();
    await expect(page.getByTestId('filing-actions').getByRole('button').allTextContents()).resolves.toEqual([
      zh.wuye.filingAction.APPROVE,
      zh.wuye.filingAction.RETURN,
    ]);
    await confirmFilingAction(page, 'APPROVE');
    await status(page).and(page.locator('[data-status="APPROVED"]')).waitFor();
    await page.getByText(/湖物企备〔\d{4}〕\d{4}号/).first().waitFor();
    const history = page.getByTestId('history');
    await expect(history.locator('tr[data-action]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action')))).resolves.toEqual([
      'firm.create',
      'firm.submit',
      'firm.approve',
    ]);
    await history.getByText('审核员 李强').waitFor();
    await history.getByText('备案员 张敏').first().waitFor();
  });

  browserIt('a registrar cannot approve a filing they submitted', async () => {
    const { createFirm } = await suite.app.as('registrar', CREATE_FIRM, { input: firmInput() });
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'registrar');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/firms/${createFirm.id}/show`);
    await confirmFilingAction(page, 'SUBMIT');
    await status(page).and(page.locator('[data-status="SUBMITTED"]')).waitFor();
    await page.reload();
    await status(page).and(page.locator('[data-status="SUBMITTED"]')).waitFor();
    expect(await page.getByTestId('filing-APPROVE').count()).toBe(0);
    expect(await page.getByTestId('filing-RETURN').count()).toBe(0);

    // nor through the list's bulk approval: it applies to none of the selected records, so it is not offered
    await page.goto(`${suite.app.baseUrl}/#/firms?filter=${encodeURIComponent(JSON.stringify({ name: createFirm.name }))}`);
    await page.getByRole('row').filter({ hasText: createFirm.name }).getByRole('checkbox').check();
    const bulkApprove = page.getByTestId('bulk-APPROVE');
    await attributeBecomes(bulkApprove, 'data-applicable', '0');
    expect(await bulkApprove.isDisabled()).toBe(true);
    // no "0 of 1" offered: the button is the action's name, disabled, and the reason is said beside it
    expect(await bulkApprove.textContent()).toBe(zh.wuye.filingAction.APPROVE);
    expect(await page.getByTestId('bulk-APPROVE-none').textContent()).toBe(zh.wuye.filing.bulk_none_apply.replace('%{action}', zh.wuye.filingAction.APPROVE));
    expect(await bulkApprove.getAttribute('aria-describedby')).toBe('bulk-APPROVE-none');
    const [row] = await suite.app.ds.query(`SELECT filing_status FROM firm WHERE id = $1`, [createFirm.id]);
    expect(row.filing_status).toBe('SUBMITTED');
  });

  browserIt('a manager sees the new count on the dashboard and no write buttons', async () => {
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'manager');
    watch(page);
    await page.getByTestId('dashboard').waitFor();
    // the firm the registrar approved above is counted
    await becomes(() => page.getByTestId('dashboard-firms-approved').textContent(), String(seededApproved + 1));
    await page.getByTestId('dashboard-districts').locator('svg.recharts-surface').first().waitFor();

    await page.goto(`${suite.app.baseUrl}/#/firms`);
    await page.getByRole('row').nth(1).waitFor();
    for (const label of [zh.ra.action.create, zh.wuye.menu.import]) {
      expect(await page.getByRole('button', { name: label }).count()).toBe(0);
      expect(await page.getByRole('link', { name: label }).count()).toBe(0);
    }
    expect(await page.getByRole('checkbox').count()).toBe(0);

    // reading is allowed: the CSV export (built by the API) holds every firm (more than one API page) under Chinese headers
    const [{ n: firms }] = await suite.app.ds.query(`SELECT count(*)::int AS n FROM firm`);
    await page.getByRole('button', { name: zh.ra.action.export }).click();
    const download = page.waitForEvent('download');
    await page.getByTestId('export-csv').click();
    const csv = fs.readFileSync((await (await download).path())!, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(csv[0].split(',').slice(0, 3)).toEqual(['企业名称', '统一社会信用代码', '法定代表人']);
    expect(csv.length).toBe(firms + 1);
    expect(csv.some((line) => line.includes(firmName) && line.includes('已备案'))).toBe(true);

    await page.goto(`${suite.app.baseUrl}/#/firms/${firmId}/show`);
    await status(page).waitFor();
    expect(await page.getByTestId('filing-actions').getByRole('button').count()).toBe(0);
    expect(await page.getByRole('link', { name: zh.ra.action.edit }).count()).toBe(0);
    await page.getByTestId('history').waitFor();
    expect(await page.getByTestId('menu-import').count()).toBe(0);
  });

  browserIt('the language switch changes the labels and the enum words', async () => {
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'clerk');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/firms`);
    await page.getByRole('columnheader', { name: zh.resources.firms.fields.creditCode }).waitFor();
    await page.getByText(zh.wuye.filingStatus.APPROVED).first().waitFor();

    await page.getByRole('button', { name: '简体中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('columnheader', { name: en.resources.firms.fields.creditCode }).waitFor();
    await page.getByText(en.wuye.filingStatus.APPROVED, { exact: true }).first().waitFor();
    await page.getByRole('menuitem', { name: 'Projects' }).waitFor();
    expect(await page.getByRole('columnheader', { name: zh.resources.firms.fields.creditCode }).count()).toBe(0);

    // the choice is remembered across a reload
    await page.reload();
    await page.getByRole('columnheader', { name: en.resources.firms.fields.creditCode }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: '简体中文' }).click();
    await page.getByRole('columnheader', { name: zh.resources.firms.fields.creditCode }).waitFor();
  });
});
