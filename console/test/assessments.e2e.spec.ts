import zh from '../src/i18n/zh';
import { browserIt, consoleSuite, signIn, watch } from './browser';

/** The public red/black list (no sign-in) and an officer scoring an assessment. */
const suite = consoleSuite();

describe('assessments and the red/black list in the console', () => {
  browserIt('anyone reads the latest published list without signing in, with its seal', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      await page.goto(`${suite.app.baseUrl}/#/red-black-list`);
      await page.getByTestId('public-red-black-list').getByText(zh.wuye.assessment.public_title).waitFor();
      const [latest] = await suite.app.ds.query(`SELECT id, quarter, sha256 FROM red_black_list ORDER BY quarter DESC LIMIT 1`);
      await page.locator(`[data-quarter="${latest.quarter}"]`).waitFor();
      await page.getByTestId('list-seal').getByText(latest.sha256).waitFor();
      await page.getByText(zh.wuye.assessment.seal_ok).waitFor();
      const [red] = await suite.app.ds.query(`SELECT project_name FROM red_black_entry WHERE list_id = $1 AND place = 'RED' ORDER BY rank, id LIMIT 1`, [latest.id]);
      await page.getByTestId('list-row').filter({ hasText: red.project_name }).first().waitFor();
      // still signed out: the page did not send the reader to the login screen
      expect(page.url()).toContain('#/red-black-list');
    } finally {
      await context.close();
    }
  });

  browserIt('a manager opens an assessment from its list: the page draws the record as read for it, not the list’s row', async () => {
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'manager');
    watch(page);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${suite.app.baseUrl}/#/assessments`);
    await page.locator('tbody tr').first().click();
    await page.waitForURL(/#\/assessments\/\d+\/show/);
    await page.getByTestId('assessment-items').waitFor();
    expect(await page.getByText(zh.ra.page.error).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  browserIt('from the console’s menu the public list says its quarters in words and leads back to the console, not to 登录', async () => {
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'manager');
    watch(page);
    await page.getByTestId('menu-red-black-list').click();
    await page.getByTestId('public-red-black-list').waitFor();
    const [latest] = await suite.app.ds.query(`SELECT quarter FROM red_black_list ORDER BY quarter DESC LIMIT 1`);
    const [year, quarter] = latest.quarter.split('-Q');
    await page.getByTestId('quarter-select').locator('..').getByText(`${year}年第${quarter}季度`).waitFor();
    const action = page.getByTestId('public-page-action');
    expect(await action.textContent()).toBe(zh.wuye.session.back_to_console);
    await action.click();
    await page.getByTestId('menu-red-black-list').waitFor();
  });

  browserIt('an officer scores every item of a draft and submits it for review', async () => {
    const [draft] = await suite.app.ds.query(
      `SELECT a.id, a.max_total FROM assessment a
         JOIN estate e ON e.id = a.estate_id JOIN community c ON c.id = e.community_id
         JOIN officer_jurisdiction j ON j.subdistrict_id = c.subdistrict_id JOIN app_user u ON u.id = j.user_id AND u.username = 'officer'
        WHERE a.state = 'DRAFT' AND NOT EXISTS (SELECT 1 FROM red_black_list l WHERE l.quarter = a.quarter)
        ORDER BY a.id LIMIT 1`,
    );
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'officer');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/assessments/${draft.id}/show`);
    const items = page.getByTestId('assessment-items');
    await items.waitFor();
    const inputs = items.locator('input[data-testid^="score-"]');
    const count = await inputs.count();
    expect(count).toBeGreaterThan(3);
    for (let i = 0; i < count; i++) {
      const input = inputs.nth(i);
      await input.fill(String(await input.getAttribute('max')));
    }
    await page.getByTestId('save-scores').click();
    await page.getByTestId('assessment-total').getByText(`${draft.max_total}／${draft.max_total}`).waitFor();
    await page.getByTestId('submit-assessment').click();
    await page.locator('[data-value="SUBMITTED"]').getByText(zh.wuye.assessmentState.SUBMITTED).waitFor();
    const [row] = await suite.app.ds.query(`SELECT state, total FROM assessment WHERE id = $1`, [draft.id]);
    expect(row).toEqual({ state: 'SUBMITTED', total: draft.max_total });
  });
});
