import { addDays, todayInChina } from '../../api/src/shared/iso-date';
import zh from '../src/i18n/zh';
import { browserIt, chooseOption, consoleSuite, signIn, watch } from './browser';

/**
 * Special rectification campaigns in a real browser on the seeded demo: officer3 reports an estate's garage work,
 * is held from verifying it (saying why), and officer — the subdistrict's other officer — verifies it; the totals move.
 */
const suite = consoleSuite();
const today = todayInChina();
const menuName = (name: string) => name.split('|||')[0].trim();

describe('rectification campaigns', () => {
  browserIt('officer3 reports a garage’s work and is held from verifying it; officer verifies it and the city’s totals include it', async () => {
    // an estate of the officers' subdistricts without a garage report yet, and the open garage campaign
    const [target] = await suite.app.ds.query(
      `SELECT e.id, e.name, c.id AS campaign_id FROM estate e JOIN community co ON co.id = e.community_id
         JOIN officer_jurisdiction j ON j.subdistrict_id = co.subdistrict_id JOIN app_user u ON u.id = j.user_id AND u.username = 'officer3'
         JOIN campaign c ON c.name LIKE '%地下车库%'
        WHERE NOT EXISTS (SELECT 1 FROM campaign_report r WHERE r.campaign_id = c.id AND r.estate_id = e.id)
          AND (SELECT count(*) FROM estate x WHERE x.name = e.name) = 1
        ORDER BY e.id LIMIT 1`,
    );
    const [before] = await suite.app.ds.query(
      `SELECT coalesce(sum(q.quantity), 0)::int AS barriers FROM campaign_report r JOIN campaign_report_quantity q ON q.report_id = r.id
         JOIN campaign_measure m ON m.id = q.measure_id WHERE r.campaign_id = $1 AND r.status = 'VERIFIED' AND m.code = 'FLOOD_BARRIERS'`,
      [target.campaign_id],
    );

    const { page: maker } = await signIn(suite.browser, suite.app.baseUrl, 'officer3');
    watch(maker);
    await maker.getByRole('menuitem', { name: menuName(zh.resources.campaigns.name) }).click();
    await maker.waitForURL(/#\/campaigns/);
    await maker.goto(`${suite.app.baseUrl}/#/campaigns/${target.campaign_id}/show`);
    await maker.getByTestId('campaign-report').click();
    await maker.getByTestId('campaign-report-estate').fill(target.name);
    await maker.getByRole('option', { name: target.name, exact: true }).click();
    await maker.getByTestId('campaign-report-day').fill(addDays(today, -3));
    await maker.getByTestId('campaign-report-FLOOD_BARRIERS').fill('7');
    await maker.getByTestId('campaign-report-LED_LIGHTS').fill('42');
    await maker.getByTestId('campaign-report-REPAIRED_AREA').fill('18.5');
    await maker.getByTestId('campaign-report-dialog-confirm').click();
    await maker.getByText(zh.wuye.campaign.reported).waitFor();
    const [report] = await suite.app.ds.query(`SELECT id, status FROM campaign_report WHERE campaign_id = $1 AND estate_id = $2`, [target.campaign_id, target.id]);
    expect(report.status).toBe('SUBMITTED');
    // the reporter's button is held, saying why
    await maker.getByTestId(`verify-held-${report.id}`).filter({ hasText: zh.wuye.campaign.held_MAKER_CHECKER }).waitFor();
    expect(await maker.getByTestId(`verify-${report.id}`).isDisabled()).toBe(true);

    const { page: checker } = await signIn(suite.browser, suite.app.baseUrl, 'officer');
    watch(checker);
    await checker.goto(`${suite.app.baseUrl}/#/campaigns/${target.campaign_id}/show`);
    await checker.getByTestId(`verify-${report.id}`).click();
    await checker.getByText(zh.wuye.campaign.verified).waitFor();
    const [after] = await suite.app.ds.query(`SELECT status, verified_by_id IS NOT NULL AS checked FROM campaign_report WHERE id = $1`, [report.id]);
    expect(after).toEqual({ status: 'VERIFIED', checked: true });
    // the manager's city totals include it
    const { page: manager } = await signIn(suite.browser, suite.app.baseUrl, 'manager');
    watch(manager);
    await manager.goto(`${suite.app.baseUrl}/#/campaigns/${target.campaign_id}/show`);
    await manager.getByTestId('total-city-FLOOD_BARRIERS').filter({ hasText: String(before.barriers + 7) }).waitFor();
    // and so does the dashboard's card, which links to the campaign
    await manager.goto(`${suite.app.baseUrl}/#/`);
    await manager.getByTestId('dashboard-campaigns').getByText(`增设防汛挡板 ${before.barriers + 7}块`).waitFor();
  });

  browserIt('the registrar sets up a campaign with its measures as data, then closes it; an officer is offered neither', async () => {
    const fields = zh.resources.campaigns.fields;
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'registrar');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/campaigns/create`);
    await page.getByLabel(fields.name).fill('浏览器测试：楼道照明整治');
    await page.getByLabel(fields.year).fill(today.slice(0, 4));
    await page.getByLabel(fields.startsOn).fill(`${today.slice(0, 4)}-01-01`);
    await page.getByLabel(fields.endsOn).fill(`${today.slice(0, 4)}-12-31`);
    await page.locator('input[name="measures.0.code"]').fill('STAIR_LIGHTS');
    await page.locator('input[name="measures.0.labelZh"]').fill('楼道灯');
    await page.locator('input[name="measures.0.labelEn"]').fill('Stair lights');
    await page.locator('input[name="measures.0.unit"]').fill('盏');
    await chooseOption(page, page.getByRole('combobox', { name: fields.kind }), zh.wuye.measureKind.COUNT);
    await page.getByRole('button', { name: zh.ra.action.save }).click();
    await page.getByTestId('campaign-close').waitFor();
    const [created] = await suite.app.ds.query(
      `SELECT c.id, c.status, m.code, m.unit, m.kind FROM campaign c JOIN campaign_measure m ON m.campaign_id = c.id WHERE c.name = '浏览器测试：楼道照明整治'`,
    );
    expect(created).toMatchObject({ status: 'OPEN', code: 'STAIR_LIGHTS', unit: '盏', kind: 'COUNT' });
    await page.getByTestId('campaign-close').click();
    await page.getByTestId('campaign-close-dialog-confirm').click();
    await page.getByText(zh.wuye.campaign.closed).waitFor();
    const [closed] = await suite.app.ds.query(`SELECT status FROM campaign WHERE id = $1`, [created.id]);
    expect(closed.status).toBe('CLOSED');

    const { page: officer } = await signIn(suite.browser, suite.app.baseUrl, 'officer');
    watch(officer);
    await officer.goto(`${suite.app.baseUrl}/#/campaigns/${created.id}/show`);
    await officer.getByTestId('campaign-totals').waitFor();
    expect(await officer.getByTestId('campaign-close').count()).toBe(0);
    expect(await officer.getByTestId('campaign-report').count()).toBe(0);
  });
});
