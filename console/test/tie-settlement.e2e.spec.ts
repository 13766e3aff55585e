import type { Page } from 'playwright-core';
import { addDays, todayInChina } from '../../api/src/shared/iso-date';
import { countWithTieAtLastSeat, publishResult } from '../../api/test/tie-operations';
import zh from '../src/i18n/zh';
import { attributeBecomes, browserIt, chooseOption, consoleSuite, signIn, watch } from './browser';

/**
 * 「按议事规则确定末位当选」 in a real browser (docs/domain-rules.md#election-tally): an election whose count ties at the
 * last seat offers the officer the dialog; a day in the future is refused by the server and said by its input; a
 * good settlement is shown awaiting another officer, who confirms it (maker-checker): then the chosen are elected, the
 * tie settled, and the buttons are gone.
 */
const suite = consoleSuite();

async function choose(page: Page, scope: ReturnType<Page['getByTestId']>, option: string) {
  await chooseOption(page, scope.getByRole('combobox'), option);
}

describe('settling a tie at the last seat', () => {
  browserIt(
    'an officer records how the rules of procedure decided the last seat, another confirms it, and the tally shows the chosen elected',
    async () => {
      const { elections } = await suite.app.as('officer', `query { elections(options: { filter: { phase: PREPARATION } }) { items { id } } }`);
      const electionId: string = elections.items[0].id;
      const { tiedA, tiedB } = await countWithTieAtLastSeat(suite.app, electionId);
      await publishResult(suite.app, electionId);

      // a manager follows elections but settles nothing: no button
      const manager = await signIn(suite.browser, suite.app.baseUrl, 'manager');
      await manager.page.goto(`${suite.app.baseUrl}/#/elections/${electionId}/show/tally`);
      await manager.page.getByTestId('tally-issue-TIE_AT_LAST_SEAT').waitFor();
      expect(await manager.page.getByTestId('settle-tie').count()).toBe(0);
      await manager.close();

      const { page } = await signIn(suite.browser, suite.app.baseUrl, 'officer');
      watch(page);
      await page.goto(`${suite.app.baseUrl}/#/elections/${electionId}/show/tally`);
      const issue = page.getByTestId('tally-issue-TIE_AT_LAST_SEAT');
      await issue.waitFor();
      expect(await issue.getAttribute('data-settled')).toBeNull();
      await page.getByTestId('settle-tie').getByText(zh.wuye.tieSettlement.button).waitFor();
      await page.getByTestId('settle-tie').click();

      const dialog = page.getByTestId('settle-tie-dialog');
      const confirm = dialog.getByTestId('settle-tie-dialog-confirm');
      await choose(page, dialog.getByTestId('settle-tie-method'), zh.wuye.tieSettlement.methods.DRAWING_LOTS);
      // both of the tie for the one seat left: not ready
      await dialog.getByTestId(`settle-tie-candidate-${tiedA}`).check();
      await dialog.getByTestId(`settle-tie-candidate-${tiedB}`).check();
      await dialog.getByTestId('settle-tie-note').fill('街道干部王某见证抽签，见业主大会会议记录第3页');
      expect(await confirm.isDisabled()).toBe(true);
      await dialog.getByTestId(`settle-tie-candidate-${tiedA}`).uncheck();
      // a day in the future: the server refuses it, and the input says why in the user's words
      await dialog.getByTestId('settle-tie-decided-on').fill(addDays(todayInChina(), 1));
      await confirm.click();
      await dialog.getByText(zh.wuye.rules.DECIDED_ON_FUTURE).waitFor();
      expect(await suite.app.ds.query(`SELECT 1 FROM tie_settlement WHERE election_id = $1`, [electionId])).toEqual([]);

      await dialog.getByTestId('settle-tie-decided-on').fill(todayInChina());
      await confirm.click();
      await dialog.waitFor({ state: 'detached' });
      // recorded, not yet settled: another officer confirms it (maker-checker); its recorder is offered no confirm
      const notice = page.getByTestId('tie-settlement');
      await notice.getByText(zh.wuye.tieSettlement.methods.DRAWING_LOTS, { exact: false }).waitFor();
      await attributeBecomes(notice, 'data-confirmed', 'false');
      expect(await issue.getAttribute('data-settled')).toBeNull();
      expect(await page.getByTestId('settle-tie').count()).toBe(0);
      expect(await page.getByTestId('confirm-tie').count()).toBe(0);

      const checker = await signIn(suite.browser, suite.app.baseUrl, 'officer3');
      watch(checker.page);
      await checker.page.goto(`${suite.app.baseUrl}/#/elections/${electionId}/show/tally`);
      await checker.page.getByTestId('confirm-tie').getByText(zh.wuye.tieSettlement.confirm_button).waitFor();
      await checker.page.getByTestId('confirm-tie').click();
      const confirming = checker.page.getByTestId('confirm-tie-dialog');
      await confirming.getByTestId('confirm-tie-dialog-confirm').click();
      await confirming.waitFor({ state: 'detached' });
      const checked = checker.page.getByTestId('tally-issue-TIE_AT_LAST_SEAT');
      await attributeBecomes(checker.page.getByTestId('tie-settlement'), 'data-confirmed', 'true');
      await attributeBecomes(checked, 'data-settled', 'true');
      await attributeBecomes(checker.page.getByTestId('tally-candidates').locator(`[data-candidate="${tiedB}"]`), 'data-status', 'ELECTED');
      await attributeBecomes(checker.page.getByTestId('tally-candidates').locator(`[data-candidate="${tiedA}"]`), 'data-status', 'PASSED_NOT_ELECTED');
      expect(await checker.page.getByTestId('confirm-tie').count()).toBe(0);
      await checker.close();
      const [row] = await suite.app.ds.query(`SELECT method, chosen_candidate_ids, confirmed_by_id IS NOT NULL AS confirmed FROM tie_settlement WHERE election_id = $1`, [electionId]);
      expect(row).toEqual({ method: 'DRAWING_LOTS', chosen_candidate_ids: [Number(tiedB)], confirmed: true });
    },
    180_000,
  );
});
