import { CREATE_FIRM, firmInput, RETURN_FIRM, SUBMIT_FIRM, UPDATE_FIRM } from '../../api/test/operations';
import en from '../src/i18n/en';
import zh from '../src/i18n/zh';
import { browserIt, consoleSuite, signIn, watch } from './browser';

/** What a user meets around the edges: a reload after someone else saved, MUI's own words, a page whose code is gone. */
const suite = consoleSuite();

describe('reloading after someone else saved the record', () => {
  browserIt('keeps the clerk’s own edits over the new version and names what the other person changed', async () => {
    const { createFirm } = await suite.app.as('clerk', CREATE_FIRM, { input: firmInput() });
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'clerk');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/firms/${createFirm.id}`);
    const name = page.getByLabel(zh.resources.firms.fields.name);
    const contact = page.getByLabel(zh.resources.firms.fields.contactPerson);
    const legal = page.getByLabel(zh.resources.firms.fields.legalRepresentative);
    await name.waitFor();
    // the registrar saves first: a new legal representative and a new name
    await suite.app.as('clerk', UPDATE_FIRM, {
      id: createFirm.id,
      version: 1,
      input: firmInput({ creditCode: createFirm.creditCode, name: '湖州他人先改物业有限公司', legalRepresentative: '王法人' }),
    });
    await contact.fill('李联系');
    await name.fill('湖州我后改物业有限公司');
    await page.getByRole('button', { name: zh.ra.action.save }).click();
    const notice = page.getByTestId('conflict-notice');
    await notice.getByRole('button', { name: zh.wuye.errors.reload }).click();

    const merged = page.getByTestId('reload-merge');
    await merged.getByText(zh.wuye.conflict.merged).waitFor();
    // my edits stay, theirs come in
    await expect(contact.inputValue()).resolves.toBe('李联系');
    await expect(legal.inputValue()).resolves.toBe('王法人');
    await expect(name.inputValue()).resolves.toBe('湖州我后改物业有限公司');
    const changed = await merged.getByTestId('changed-by-others').locator('[data-field]').evaluateAll((es) => es.map((e) => e.getAttribute('data-field')).sort());
    expect(changed).toEqual(['legalRepresentative', 'name']);
    // both changed the name: the clerk chooses theirs
    const clash = merged.locator('[data-testid="reload-clash"][data-field="name"]');
    await clash.getByText('湖州他人先改物业有限公司', { exact: false }).waitFor();
    await clash.getByRole('button', { name: zh.wuye.conflict.take_theirs }).click();
    await expect(name.inputValue()).resolves.toBe('湖州他人先改物业有限公司');

    await page.getByRole('button', { name: zh.ra.action.save }).click();
    await page.waitForURL(/#\/firms\/\d+\/show/);
    const [saved] = await suite.app.ds.query(`SELECT name, contact_person, legal_representative, version FROM firm WHERE id = $1`, [createFirm.id]);
    expect(saved).toEqual({ name: '湖州他人先改物业有限公司', contact_person: '李联系', legal_representative: '王法人', version: 3 });
  });
});

describe('MUI’s own words follow the console’s language', () => {
  browserIt('an autocomplete without a match says so in Chinese, and in English after the switch', async () => {
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'clerk');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/projects/create`);
    const firm = page.getByRole('combobox', { name: zh.resources.projects.fields.firmId });
    await firm.fill('不存在的物业企业zzz');
    await page.getByText('没有可用选项').waitFor();
    await expect(page.getByRole('button', { name: 'Open' }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: '打开' }).first().waitFor();

    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '简体中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    const firmEn = page.getByRole('combobox', { name: en.resources.projects.fields.firmId });
    await firmEn.fill('no such firm zzz');
    await page.getByText('No options').waitFor();
  });
});

describe('a page whose code is gone after a redeploy', () => {
  browserIt('says a new version is out and offers a reload, not the browser’s error', async () => {
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'clerk');
    watch(page);
    // the holiday calendar's chunk, as after a redeploy that replaced it
    await page.route(/\/assets\/HolidayCalendarPage-[^/]+\.js$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(`${suite.app.baseUrl}/#/holidays`);
    const notice = page.getByTestId('new-version');
    await notice.getByText(zh.wuye.errors.new_version).waitFor();
    await notice.getByRole('button', { name: zh.wuye.errors.reload }).waitFor();
    await expect(page.getByText('dynamically imported module', { exact: false }).count()).resolves.toBe(0);
  });
});

describe('a filing move refused as stale (L7)', () => {
  browserIt('the page reads the record again: the new status and moves under the conflict notice, without a reload', async () => {
    const { createFirm } = await suite.app.as('clerk', CREATE_FIRM, { input: firmInput() });
    await suite.app.as('clerk', SUBMIT_FIRM, { id: createFirm.id, version: 1 });
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'registrar');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/firms/${createFirm.id}/show`);
    const status = page.getByTestId('filing-section').locator('[data-status]');
    await status.and(page.locator('[data-status="SUBMITTED"]')).waitFor();
    // meanwhile, in another tab, it is returned
    await suite.app.as('registrar', RETURN_FIRM, { id: createFirm.id, version: 2, reason: 'INCOMPLETE_MATERIALS' });
    await page.getByTestId('filing-APPROVE').click();
    await page.getByTestId('filing-confirm').click();
    await page.getByTestId('conflict-notice').getByText(zh.wuye.errors.CONFLICT).waitFor();
    await status.and(page.locator('[data-status="RETURNED"]')).waitFor();
    await page.getByTestId('filing-section').getByText(zh.wuye.returnReason.INCOMPLETE_MATERIALS).waitFor();
    expect(await page.getByTestId('filing-APPROVE').count()).toBe(0);
    // the notice stays until the user closes it
    expect(await page.getByTestId('conflict-notice').isVisible()).toBe(true);
    const [row] = await suite.app.ds.query(`SELECT filing_status FROM firm WHERE id = $1`, [createFirm.id]);
    expect(row.filing_status).toBe('RETURNED');
  });
});

describe('an address the console has no page for (L6)', () => {
  browserIt('says so in Chinese: no message key in the title, one full stop', async () => {
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'manager');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/auditLog`);
    const notFound = page.getByTestId('not-found');
    await notFound.getByText(zh.ra.page.not_found, { exact: true }).first().waitFor();
    expect(await notFound.getByTestId('not-found-message').textContent()).toBe(zh.ra.message.not_found);
    expect(zh.ra.message.not_found.endsWith('。')).toBe(true);
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/wuye\.|ra\.(page|message)\.|。\./);
  });
});
