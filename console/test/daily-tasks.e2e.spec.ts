import { addDays, todayInChina } from '../../api/src/shared/iso-date';
import { GET_ELECTION, LIST_ELECTIONS } from '../../api/test/election-operations';
import zh from '../src/i18n/zh';
import { attributeBecomes, becomes, browserIt, chooseOption, consoleSuite, signIn, watch } from './browser';

/**
 * A zh-CN user's review of daily tasks: a refusal lands at the field it concerns, a move the server would refuse is
 * held with its date before the dialog, a material's kind is chosen for every file, buttons read as written, lists
 * lead with what the user knows.
 */
const suite = consoleSuite();

/** A calendar date as the console writes it in Chinese (2026年6月1日). */
const zhDay = (iso: string) => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;

describe('daily tasks', () => {
  browserIt('a committee book opened by someone else just before saving is refused at the estate field', async () => {
    const [estate] = await suite.app.ds.query(
      `SELECT e.id, e.name, s.name AS subdistrict FROM estate e JOIN community c ON c.id = e.community_id JOIN subdistrict s ON s.id = c.subdistrict_id
        WHERE s.id IN (SELECT j.subdistrict_id FROM officer_jurisdiction j JOIN app_user u ON u.id = j.user_id WHERE u.username = 'officer')
          AND NOT EXISTS (SELECT 1 FROM committee_account a WHERE a.estate_id = e.id)
          AND NOT EXISTS (SELECT 1 FROM estate o WHERE o.name = e.name AND o.id <> e.id)
        ORDER BY e.id LIMIT 1`,
    );
    expect(estate).toBeTruthy();
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'officer');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/committeeAccounts/create`);
    const fields = zh.resources.committeeAccounts.fields;
    await chooseOption(page, page.getByRole('combobox', { name: fields.subdistrictId }), estate.subdistrict);
    const estateInput = page.getByRole('combobox', { name: fields.estateId });
    await estateInput.fill(estate.name);
    await page.getByRole('option', { name: estate.name, exact: true }).click();
    await page.getByLabel(fields.spendingLimit).fill('5000');
    // someone else opens the estate's book meanwhile
    await suite.app.as('officer', `mutation($input: OpenCommitteeAccountInput!) { openCommitteeAccount(input: $input) { id } }`, {
      input: { estateId: String(estate.id), spendingLimit: '5000', statementDueDays: 30 },
    });
    await page.getByRole('button', { name: zh.ra.action.save }).click();
    const estateField = page.locator('.MuiFormControl-root', { has: estateInput });
    await estateField.locator('.MuiFormHelperText-root', { hasText: zh.wuye.rules.COMMITTEE_ACCOUNT_EXISTS }).waitFor();
    expect(page.url()).toMatch(/#\/committeeAccounts\/create/);
  });

  browserIt('closing a vote before its announced last day is held, saying the day, while not everyone has voted', async () => {
    const { elections } = await suite.app.as('officer', LIST_ELECTIONS, { options: { filter: { phase: 'VOTING' } } });
    const election = (await suite.app.as('officer', GET_ELECTION, { id: elections.items[0].id })).election;
    const [{ starts_on: startsOn, ends_on: endsOn }] = await suite.app.ds.query(`SELECT starts_on::text, ends_on::text FROM election_phase WHERE election_id = $1 AND phase = 'VOTING'`, [election.id]);
    const lastDay = addDays(todayInChina(), 5);
    await suite.app.ds.query(`UPDATE election_phase SET starts_on = $2, ends_on = $3 WHERE election_id = $1 AND phase = 'VOTING'`, [election.id, todayInChina(), lastDay]);
    try {
      const { page } = await signIn(suite.browser, suite.app.baseUrl, 'officer');
      watch(page);
      await page.goto(`${suite.app.baseUrl}/#/elections/${election.id}/show`);
      const moves = page.getByTestId('election-moves');
      const hold = moves.locator('[data-testid="move-hold"][data-rule="VOTING_PERIOD_RUNNING"]');
      await hold.waitFor();
      expect(await hold.textContent()).toBe(zh.wuye.rules.VOTING_PERIOD_RUNNING_UNTIL.replace('%{endsOn}', zhDay(lastDay)));
      expect(await moves.getByTestId('move-CLOSE_VOTING').isDisabled()).toBe(true);
    } finally {
      await suite.app.ds.query(`UPDATE election_phase SET starts_on = $2, ends_on = $3 WHERE election_id = $1 AND phase = 'VOTING'`, [election.id, startsOn, endsOn]);
    }
  });

  browserIt('a material’s kind is chosen for each file: none is chosen again after an upload', async () => {
    const [draft] = await suite.app.ds.query(`SELECT id FROM committee_filing WHERE filing_status = 'DRAFT' ORDER BY id DESC LIMIT 1`);
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'officer');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/committeeFilings/${draft.id}/show`);
    const materials = page.getByTestId('materials');
    const kind = materials.getByTestId('material-kind');
    await attributeBecomes(kind, 'data-value', '');
    expect(await materials.getByTestId('material-upload').isDisabled()).toBe(true);
    await materials.getByTestId('material-kind-first').getByText(zh.wuye.materials.choose_kind_first).waitFor();
    await chooseOption(page, kind.getByRole('combobox'), zh.wuye.materialKind.COVENANT);
    expect(await materials.getByTestId('material-upload').isDisabled()).toBe(false);
    const name = `管理规约-${Date.now()}.pdf`;
    await materials.getByTestId('material-file').setInputFiles({ name, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4 ${name}`) });
    await materials.locator('tr[data-material="COVENANT"]').getByText(name).waitFor();
    await attributeBecomes(kind, 'data-value', '');
    expect(await materials.getByTestId('material-upload').isDisabled()).toBe(true);
  });

  browserIt('buttons read as written, and the money lists lead with the estate, not the id', async () => {
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'officer');
    watch(page);
    for (const resource of ['committeeAccounts', 'repairFunds']) {
      await page.goto(`${suite.app.baseUrl}/#/${resource}`);
      await page.locator('tbody tr').first().waitFor();
      await becomes(() => page.locator('thead th').first().getAttribute('class').then((c) => /column-estateName/.test(c ?? '')), true);
    }
    const exportButton = page.getByRole('button', { name: zh.ra.action.export });
    await exportButton.first().waitFor();
    expect(await exportButton.first().evaluate((button) => getComputedStyle(button).textTransform)).toBe('none');
  });
});
