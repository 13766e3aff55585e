import zh from '../src/i18n/zh';
import { browserIt, consoleSuite, signIn, watch } from './browser';

/** A registry does not change what a clerk typed: a fee of 1.234 is refused in the form, not saved as ¥1.23 (DECIMAL_PLACES). */
const suite = consoleSuite();

const twoPlaces = zh.wuye.rules.DECIMAL_PLACES.replace('%{places}', '2');

describe('decimal inputs keep to their field’s decimals', () => {
  browserIt('a clerk types 1.234 as the residential fee and 100.004 as the area: told, kept as typed, nothing saved', async () => {
    const [project] = await suite.app.ds.query(
      `SELECT id, version, residential_fee::text AS fee, managed_area::text AS area FROM project WHERE filing_status IN ('DRAFT', 'RETURNED') ORDER BY id LIMIT 1`,
    );
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'clerk');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/projects/${project.id}`);
    const fee = page.locator('input[name="residentialFee"]');
    const area = page.locator('input[name="managedArea"]');
    await fee.waitFor();
    await fee.fill('1.234');
    await area.fill('100.004');
    await page.getByRole('button', { name: zh.ra.action.save }).click();
    await page.getByText(twoPlaces).first().waitFor();
    expect(await page.getByText(twoPlaces).count()).toBe(2);
    // what the clerk typed stays in the input, to be corrected, not replaced
    expect(await fee.inputValue()).toBe('1.234');
    expect(await area.inputValue()).toBe('100.004');
    expect(page.url()).toMatch(new RegExp(`#/projects/${project.id}$`));
    const [after] = await suite.app.ds.query(`SELECT version, residential_fee::text AS fee, managed_area::text AS area FROM project WHERE id = $1`, [project.id]);
    expect(after).toEqual({ version: project.version, fee: project.fee, area: project.area });

    // two decimals are taken
    await fee.fill('1.23');
    await area.fill('100.00');
    await page.getByRole('button', { name: zh.ra.action.save }).click();
    await page.waitForURL(/#\/projects\/\d+\/show/);
    const [saved] = await suite.app.ds.query(`SELECT residential_fee::text AS fee, managed_area::text AS area FROM project WHERE id = $1`, [project.id]);
    expect(saved).toEqual({ fee: '1.23', area: '100.00' });
  });
});
