import type { Page } from 'playwright-core';
import { APPROVE_PROJECT, CREATE_PROJECT, projectInput, SUBMIT_PROJECT } from '../../api/test/operations';
import en from '../src/i18n/en';
import zh from '../src/i18n/zh';
import { browserIt, chooseOption, consoleSuite, signIn, watch } from './browser';

/** Project filings in the browser: the form with its references, money in the user's language, coded decisions. */
const suite = consoleSuite();

const fields = zh.resources.projects.fields;
const status = (page: Page) => page.getByTestId('filing-section').locator('[data-status]');

async function submittedProject(overrides: Record<string, unknown> = {}) {
  const { createProject } = await suite.app.as('clerk', CREATE_PROJECT, { input: projectInput(overrides) });
  const { submitProject } = await suite.app.as('clerk', SUBMIT_PROJECT, { id: createProject.id, version: 1 });
  return submitProject;
}

describe('project filings in the console', () => {
  browserIt('a clerk files a project, choosing the estate and the firm by name; fees show as money', async () => {
    const [estate] = await suite.app.ds.query(`SELECT id, name FROM estate ORDER BY id LIMIT 1`);
    const [firm] = await suite.app.ds.query(`SELECT id, name FROM firm WHERE filing_status = 'APPROVED' ORDER BY id LIMIT 1`);
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'clerk');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/projects/create`);
    const name = `浏览器测试项目${Date.now().toString(36)}`;
    await page.locator('input[name="name"]').fill(name);
    for (const [label, text] of [[fields.estateId, estate.name], [fields.firmId, firm.name]]) {
      await page.getByRole('combobox', { name: label }).fill(text);
      await page.getByRole('option', { name: text, exact: true }).click();
    }
    await page.locator('input[name="projectManager"]').fill('孙伟');
    await page.locator('input[name="managerPhone"]').fill('13905721234');
    await page.locator('input[name="contractStart"]').fill('2031-01-01');
    await page.locator('input[name="contractEnd"]').fill('2030-12-31');
    await page.getByText(zh.wuye.rules.DATE_ORDER).waitFor();
    await page.locator('input[name="contractEnd"]').fill('2033-12-31');
    for (const [label, option] of [[fields.selectionMethod, zh.wuye.selectionMethod.TENDER], [fields.billingModel, zh.wuye.billingModel.COMMISSION]]) {
      await chooseOption(page, page.getByRole('combobox', { name: label }), option);
    }
    await page.locator('input[name="residentialFee"]').fill('2.35');
    await page.locator('input[name="households"]').fill('428');
    await page.locator('input[name="managedArea"]').fill('45210.5');
    await page.getByRole('button', { name: zh.ra.action.save }).click();
    await page.waitForURL(/#\/projects\/\d+\/show/);
    const id = /#\/projects\/(\d+)\/show/.exec(page.url())![1];
    const [row] = await suite.app.ds.query(
      `SELECT estate_id, firm_id, residential_fee::text AS fee, managed_area::text AS area, billing_model, filing_status FROM project WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({ estate_id: estate.id, firm_id: firm.id, fee: '2.35', area: '45210.50', billing_model: 'COMMISSION', filing_status: 'DRAFT' });
    await page.getByText('¥2.35').waitFor();
    await page.getByText('酬金制').waitFor();

    await page.getByRole('button', { name: '简体中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByText('CN¥2.35').waitFor();
    await page.getByText(en.wuye.billingModel.COMMISSION, { exact: true }).waitFor();
    await page.getByText('January 1, 2031').waitFor();
  });

  browserIt('a draft whose contract overlaps an approved project warns the clerk before submitting, naming it', async () => {
    // the default input's estate has an approved project over these dates in the demo data
    const { createProject } = await suite.app.as('clerk', CREATE_PROJECT, { input: projectInput() });
    const [other] = await suite.app.ds.query(
      `SELECT name, filing_number FROM project WHERE estate_id = $1 AND filing_status = 'APPROVED' AND daterange(contract_start, contract_end, '[]') && daterange($2::date, $3::date, '[]') ORDER BY id LIMIT 1`,
      [createProject.estateId, createProject.contractStart, createProject.contractEnd],
    );
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'clerk');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/projects/${createProject.id}/show`);
    const words = zh.wuye.errors.CONTRACT_OVERLAP_DRAFT.replace('%{projectName}', other.name).replace('%{filingNumber}', other.filing_number);
    await page.getByTestId('project-overlap-warning').getByText(words).waitFor();
  });

  browserIt('a registrar returns a project with a coded reason and a note, which its history shows', async () => {
    // dates clear of the estate's approved project: an overlapping one could not be submitted
    const project = await submittedProject({ contractStart: '2088-01-01', contractEnd: '2088-12-31' });
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'registrar');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/projects/${project.id}/show`);
    await page.getByTestId('filing-RETURN').click();
    const dialog = page.getByTestId('filing-dialog-RETURN');
    // a return needs its reason
    await expect(dialog.getByTestId('filing-confirm').isDisabled()).resolves.toBe(true);
    await chooseOption(page, dialog.getByRole('combobox', { name: zh.wuye.filing.reason }), zh.wuye.returnReason.INCONSISTENT_DATA);
    await dialog.getByLabel(zh.wuye.filing.note).fill('备案面积与合同面积不一致');
    await dialog.getByTestId('filing-confirm').click();
    await status(page).and(page.locator('[data-status="RETURNED"]')).waitFor();
    await page.getByTestId('filing-section').getByText(zh.wuye.returnReason.INCONSISTENT_DATA).waitFor();
    await page.getByTestId('history').getByText(`${zh.wuye.history.action.return} · ${zh.wuye.returnReason.INCONSISTENT_DATA} · “备案面积与合同面积不一致”`).waitFor();
    const [row] = await suite.app.ds.query(`SELECT filing_status, return_reason, return_note FROM project WHERE id = $1`, [project.id]);
    expect(row).toEqual({ filing_status: 'RETURNED', return_reason: 'INCONSISTENT_DATA', return_note: '备案面积与合同面积不一致' });

    // the clerk may now edit and submit it again
    const clerk = await signIn(suite.browser, suite.app.baseUrl, 'clerk');
    watch(clerk.page);
    await clerk.page.goto(`${suite.app.baseUrl}/#/projects/${project.id}/show`);
    await clerk.page.getByRole('link', { name: zh.ra.action.edit }).waitFor();
    await clerk.page.getByTestId('filing-SUBMIT').waitFor();
  });

  browserIt('a registrar who puts a return aside and opens it again starts from a blank reason and note', async () => {
    const project = await submittedProject({ contractStart: '2091-01-01', contractEnd: '2091-12-31' });
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'registrar');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/projects/${project.id}/show`);
    await page.getByTestId('filing-RETURN').click();
    const dialog = page.getByTestId('filing-dialog-RETURN');
    await chooseOption(page, dialog.getByRole('combobox', { name: zh.wuye.filing.reason }), zh.wuye.returnReason.INCONSISTENT_DATA);
    await dialog.getByLabel(zh.wuye.filing.note).fill('上次的备注');
    await expect(dialog.getByTestId('filing-confirm').isDisabled()).resolves.toBe(false);
    await dialog.getByRole('button', { name: zh.ra.action.cancel }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByTestId('filing-RETURN').click();
    await expect(dialog.getByLabel(zh.wuye.filing.note).inputValue()).resolves.toBe('');
    await expect(dialog.locator('input[name="reason"]').inputValue()).resolves.toBe('');
    await expect(dialog.getByTestId('filing-confirm').isDisabled()).resolves.toBe(true);
    // "other" names no reason: the note says it, or nothing is sent (the API's NOTE_REQUIRED)
    await chooseOption(page, dialog.getByRole('combobox', { name: zh.wuye.filing.reason }), zh.wuye.returnReason.OTHER);
    await dialog.getByText(zh.wuye.rules.NOTE_REQUIRED).waitFor();
    await expect(dialog.getByTestId('filing-confirm').isDisabled()).resolves.toBe(true);
    await dialog.getByLabel(zh.wuye.filing.note).fill('联系电话无法接通');
    await expect(dialog.getByTestId('filing-confirm').isDisabled()).resolves.toBe(false);
  });

  browserIt('a registrar revokes an approved project with a reason; nothing more can be done with it', async () => {
    const project = await submittedProject({ contractStart: '2040-01-01', contractEnd: '2042-12-31' });
    await suite.app.as('registrar', APPROVE_PROJECT, { id: project.id, version: project.version });
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'registrar');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/projects/${project.id}/show`);
    await page.getByTestId('filing-REVOKE').click();
    const dialog = page.getByTestId('filing-dialog-REVOKE');
    await chooseOption(page, dialog.getByRole('combobox', { name: zh.wuye.filing.reason }), zh.wuye.revokeReason.CONTRACT_TERMINATED);
    await dialog.getByTestId('filing-confirm').click();
    await status(page).and(page.locator('[data-status="REVOKED"]')).waitFor();
    await page.locator('.MuiSnackbarContent-message').getByText(zh.wuye.filing.done.REVOKE).waitFor();
    expect(await page.getByTestId('filing-actions').getByRole('button').count()).toBe(0);
    const [row] = await suite.app.ds.query(`SELECT filing_status, revoke_reason FROM project WHERE id = $1`, [project.id]);
    expect(row).toEqual({ filing_status: 'REVOKED', revoke_reason: 'CONTRACT_TERMINATED' });
  });
});
