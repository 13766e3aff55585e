import { GET_ASSESSMENT, REVIEW_ASSESSMENT, SCORE_ASSESSMENT, SUBMIT_ASSESSMENT } from '../../api/test/assessment-operations';
import { CREATE_USER, SET_JURISDICTION, USER_JURISDICTION } from '../../api/test/operations';
import zh from '../src/i18n/zh';
import { becomes, browserIt, chooseOption, consoleSuite, signIn, watch } from './browser';

/**
 * The console's daily screens: every account change waiting for a second admin in one place, and why a quarter's
 * red/black list is not offered for publication.
 */
const suite = consoleSuite();
const fill = (text: string, values: Record<string, string | number>) => Object.entries(values).reduce((t, [k, v]) => t.replaceAll(`%{${k}}`, String(v)), text);

describe('account changes waiting for a second admin', () => {
  browserIt('an admin sees every pending change with its count in the menu; confirms another admin’s, withdraws their own', async () => {
    const stamp = Date.now().toString(36);
    const propose = (by: string, username: string, reason: string) =>
      suite.app.as(by, CREATE_USER, { input: { username, displayName: `待确认 ${username}`, role: 'CLERK', reason } });
    await propose('admin', `clerk.mine${stamp}`, '新增备案员（本人提出）');
    await propose('admin2', `clerk.theirs${stamp}`, '新增备案员（他人提出）');
    const pending = async () => (await suite.app.ds.query(`SELECT count(*)::int AS n FROM account_change_proposal WHERE status = 'PENDING'`))[0].n as number;
    const waiting = await pending();
    expect(waiting).toBeGreaterThanOrEqual(2);

    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'admin');
    watch(page);
    const menu = page.getByTestId('menu-account-changes');
    await becomes(async () => (await menu.textContent())?.trim(), fill(zh.wuye.menu.accountChanges_count, { count: waiting }));
    await menu.click();
    await page.getByTestId('account-changes').waitFor();
    const row = (username: string) => page.getByTestId('account-change-row').and(page.locator(`[data-user="${username}"]`));

    // the one admin2 proposed: who, for whom, what and why; admin confirms or refuses it
    const theirs = row(`clerk.theirs${stamp}`);
    await theirs.getByText('新增备案员（他人提出）', { exact: false }).waitFor();
    await theirs.getByText(zh.wuye.users.help_checker).waitFor();
    const [admin2] = await suite.app.ds.query(`SELECT display_name FROM app_user WHERE username = 'admin2'`);
    await theirs.getByText(admin2.display_name, { exact: false }).waitFor();
    expect(await theirs.getByTestId('account-change-WITHDRAW').count()).toBe(0);
    await theirs.getByTestId('account-change-REFUSE').waitFor();
    // their own: only withdrawn (the API's availableActions, as on the user's page)
    const mine = row(`clerk.mine${stamp}`);
    await mine.getByText(zh.wuye.users.help_proposer).waitFor();
    expect(await mine.getByTestId('account-change-CONFIRM').count()).toBe(0);
    expect(await mine.getByTestId('account-change-REFUSE').count()).toBe(0);

    // the account is one click away
    const [theirUser] = await suite.app.ds.query(`SELECT id FROM app_user WHERE username = $1`, [`clerk.theirs${stamp}`]);
    expect(await theirs.getByTestId('account-change-user').getAttribute('href')).toBe(`#/users/${theirUser.id}`);
    await theirs.getByTestId('account-change-CONFIRM').click();
    await theirs.waitFor({ state: 'detached' });
    await becomes(async () => (await menu.textContent())?.trim(), fill(zh.wuye.menu.accountChanges_count, { count: waiting - 1 }));
    const status = async (username: string) =>
      (await suite.app.ds.query(`SELECT p.status FROM account_change_proposal p JOIN app_user u ON u.id = p.user_id WHERE u.username = $1`, [username]))[0].status;
    expect(await status(`clerk.theirs${stamp}`)).toBe('CONFIRMED');
    await mine.getByTestId('account-change-WITHDRAW').click();
    await mine.waitFor({ state: 'detached' });
    expect(await status(`clerk.mine${stamp}`)).toBe('WITHDRAWN');


    // nobody but an admin has the entry
    const registrar = await signIn(suite.browser, suite.app.baseUrl, 'registrar');
    watch(registrar.page);
    await registrar.page.getByTestId('menu-ranking').waitFor();
    expect(await registrar.page.getByTestId('menu-account-changes').count()).toBe(0);
  });
});

describe('a proposal the account outgrew', () => {
  browserIt('is not offered for confirmation, and the checker is told why; refusing it stays open', async () => {
    const stamp = Date.now().toString(36);
    const username = `officer.stale${stamp}`;
    const officer = await suite.app.createConfirmedUser({ username, displayName: `旧提议指导员 ${stamp}`, role: 'OFFICER', password: 'a-stale-officer-pw', subdistrictIds: ['1', '5'] });
    // admin2 proposes a third subdistrict, then takes one away at once (a complaint): the proposal was made on another account
    await suite.app.as('admin2', SET_JURISDICTION, { userId: officer.id, version: officer.version, subdistrictIds: ['1', '5', '6'] });
    const { user } = await suite.app.as('admin2', USER_JURISDICTION, { id: officer.id });
    await suite.app.as('admin2', SET_JURISDICTION, { userId: officer.id, version: user.version, subdistrictIds: ['5'] });

    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'admin');
    watch(page);
    await page.getByTestId('menu-account-changes').click();
    const row = page.getByTestId('account-change-row').and(page.locator(`[data-user="${username}"]`));
    await becomes(async () => (await row.getByTestId('account-change-why-not-confirm').textContent())?.trim(), zh.wuye.rules.PROPOSAL_STALE);
    expect(await row.getByTestId('account-change-CONFIRM').count()).toBe(0);
    await row.getByTestId('account-change-REFUSE').click();
    await row.waitFor({ state: 'detached' });
    const [proposal] = await suite.app.ds.query(`SELECT status FROM account_change_proposal WHERE user_id = $1 ORDER BY id DESC LIMIT 1`, [officer.id]);
    expect(proposal.status).toBe('REFUSED');
  });
});

describe('the quarter’s ranking says why its list is not offered for publication', () => {
  browserIt('submitted assessments waiting are counted with a link to them; their reviewer is told another registrar publishes', async () => {
    // two drafts of an unpublished quarter in the officer's subdistricts: both submitted, one reviewed by registrar
    const drafts: Array<{ id: string; quarter: string }> = await suite.app.ds.query(
      `SELECT a.id::text AS id, a.quarter FROM assessment a
         JOIN estate e ON e.id = a.estate_id JOIN community c ON c.id = e.community_id
         JOIN officer_jurisdiction j ON j.subdistrict_id = c.subdistrict_id JOIN app_user u ON u.id = j.user_id AND u.username = 'officer'
        WHERE a.state = 'DRAFT' AND NOT EXISTS (SELECT 1 FROM red_black_list l WHERE l.quarter = a.quarter)
        ORDER BY a.quarter DESC, a.id LIMIT 2`,
    );
    expect(drafts).toHaveLength(2);
    expect(drafts[1].quarter).toBe(drafts[0].quarter);
    const quarter = drafts[0].quarter;
    const submitted = [];
    for (const { id } of drafts) {
      const a = (await suite.app.as('officer', GET_ASSESSMENT, { id })).assessment;
      const scores = a.items.map((i) => ({ itemKey: i.key, score: i.maxScore }));
      const scored = (await suite.app.as('officer', SCORE_ASSESSMENT, { id, version: a.version, scores })).scoreAssessment;
      submitted.push((await suite.app.as('officer', SUBMIT_ASSESSMENT, { id, version: scored.version })).submitAssessment);
    }
    await suite.app.as('registrar', REVIEW_ASSESSMENT, { id: submitted[0].id, version: submitted[0].version, adjustments: [] });
    const [counts] = await suite.app.ds.query(
      `SELECT count(*) FILTER (WHERE state = 'SUBMITTED')::int AS waiting,
              count(*) FILTER (WHERE state = 'REVIEWED' AND reviewer_id = (SELECT id FROM app_user WHERE username = 'registrar'))::int AS mine
         FROM assessment WHERE quarter = $1`,
      [quarter],
    );
    expect(counts.waiting).toBeGreaterThanOrEqual(1);
    expect(counts.mine).toBeGreaterThanOrEqual(1);
    const [year, q] = quarter.split('-Q');
    const label = fill(zh.wuye.money.period_title, { year, quarter: q });

    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'registrar');
    watch(page);
    await page.getByTestId('menu-ranking').click();
    await chooseOption(page, page.getByRole('combobox', { name: zh.wuye.assessment.quarter }), label);
    const waiting = page.getByTestId('ranking-waiting');
    await waiting.getByText(fill(zh.wuye.assessment.waiting_for_review, { smart_count: counts.waiting })).waitFor();
    await page.getByTestId('ranking-reviewed-by-you').getByText(fill(zh.wuye.assessment.reviewed_by_you, { smart_count: counts.mine })).waitFor();
    expect(await page.getByTestId('publish-list').count()).toBe(0);
    // the link opens the quarter's assessments waiting for a review
    await waiting.getByTestId('ranking-waiting-link').click();
    await page.waitForURL(/#\/assessments\?/);
    await page.locator('tbody tr').first().waitFor();
    expect(decodeURIComponent(page.url())).toContain(`"quarter":"${quarter}"`);

    // another registrar, who reviewed none of them, is told only of those waiting
    const second = await signIn(suite.browser, suite.app.baseUrl, 'registrar2');
    watch(second.page);
    await second.page.getByTestId('menu-ranking').click();
    await chooseOption(second.page, second.page.getByRole('combobox', { name: zh.wuye.assessment.quarter }), label);
    await second.page.getByTestId('ranking-waiting').waitFor();
    const [{ theirs }] = await suite.app.ds.query(
      `SELECT count(*)::int AS theirs FROM assessment WHERE quarter = $1 AND state = 'REVIEWED' AND reviewer_id = (SELECT id FROM app_user WHERE username = 'registrar2')`,
      [quarter],
    );
    expect(await second.page.getByTestId('ranking-reviewed-by-you').count()).toBe(theirs > 0 ? 1 : 0);
  });
});
