import { chineseDay } from '../../api/src/shared/iso-date';
import zh from '../src/i18n/zh';
import { attributeBecomes, browserIt, consoleSuite, signIn, watch } from './browser';

/** The holiday calendar: everyone sees the law's days and the notices; an admin enters a year's notice. */
const suite = consoleSuite();

describe('the holiday calendar in the console', () => {
  browserIt('an admin enters a year’s notice; a make-up working day on a weekday is refused, naming the date', async () => {
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'admin');
    watch(page);
    await page.getByTestId('menu-holidays').click();
    await page.goto(`${suite.app.baseUrl}/#/holidays?year=2027`);
    const status = page.getByTestId('holiday-notice-status');
    await attributeBecomes(status, 'data-entered', 'false');
    // the law's days are there before any notice: 元旦 and 除夕 2027
    await page.locator('tr[data-date="2027-01-01"][data-day-off="true"]').getByText(zh.wuye.festival.NEW_YEAR).waitFor();
    await page.locator('tr[data-date="2027-02-05"]').getByText(zh.wuye.dayReason.STATUTORY).waitFor();

    await page.getByTestId('holiday-edit').click();
    const dialog = page.getByTestId('notice-dialog');
    await dialog.locator('input[name="document"]').fill('测试通知〔2026〕1号');
    await dialog.locator('input[name="off.0.from"]').fill('2027-02-05');
    await dialog.locator('input[name="off.0.to"]').fill('2027-02-11');
    await dialog.locator('input[name="off.0.note"]').fill('春节');
    await dialog.getByTestId('add-workday').click();
    await dialog.locator('input[name="workdays.0.date"]').fill('2027-02-03'); // a Wednesday
    await dialog.getByTestId('notice-dialog-confirm').click();
    // the date as the UI writes dates, as in every message
    await dialog.getByTestId('notice-dialog-error').getByText(`${chineseDay('2027-02-03')}：${zh.wuye.rules.NOTICE_WORKDAY_NOT_WEEKEND}`).waitFor();

    await dialog.locator('input[name="workdays.0.date"]').fill('2027-02-20'); // a Saturday
    await dialog.locator('input[name="workdays.0.note"]').fill('春节调休上班');
    await dialog.getByTestId('notice-dialog-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    await attributeBecomes(status, 'data-entered', 'true');
    await status.getByText('测试通知〔2026〕1号', { exact: false }).waitFor();
    await page.locator('tr[data-date="2027-02-09"][data-day-off="true"]').getByText(zh.wuye.dayReason.NOTICE_OFF, { exact: true }).waitFor();
    await page.locator('tr[data-date="2027-02-20"][data-day-off="false"]').getByText(zh.wuye.dayReason.NOTICE_WORKDAY, { exact: true }).waitFor();
    const [{ count }] = await suite.app.ds.query(`SELECT count(*)::int AS count FROM holiday_notice_day WHERE year = 2027`);
    expect(count).toBe(8);
  });

  browserIt('an officer reads the calendar and cannot change it', async () => {
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'officer');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/holidays?year=2026`);
    await page.getByTestId('holiday-notice-status').getByText('国办发明电〔2025〕7号', { exact: false }).waitFor();
    await page.locator('tr[data-date="2026-01-04"][data-day-off="false"]').waitFor();
    await expect(page.getByTestId('holiday-edit').count()).resolves.toBe(0);
  });
});
