import fs from 'node:fs';
import { LIST_ELECTIONS, GET_ELECTION } from '../../api/test/election-operations';
import { CREATE_CHECKLIST_DRAFT, CREATE_FIRM, firmInput } from '../../api/test/operations';
import zh from '../src/i18n/zh';
import { becomes, browserIt, consoleSuite, fitsThePhone, signIn, watch } from './browser';

/**
 * The admin's screens (an officer's subdistricts, checklist drafts, the audit log), pages that follow the
 * record after every move and say the server's reason for a refusal, and the officer's pages on a phone.
 */
const suite = consoleSuite();

describe('the admin’s screens', () => {
  browserIt('an officer without subdistricts is flagged in the user form; choosing one clears it, is proposed, and is in force once the second admin confirms it', async () => {
    const username = `officer.b${Date.now().toString(36)}`;
    const createUser = await suite.app.createConfirmedUser({ username, displayName: '新指导员', role: 'OFFICER', password: 'a-long-password-1' });
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'admin');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/users/${createUser.id}`);
    await page.getByTestId('no-jurisdiction').getByText(zh.wuye.users.no_jurisdiction).waitFor();
    await page.getByLabel(zh.resources.users.fields.subdistrictIds).fill('湖东');
    await page.getByRole('option', { name: '湖东街道', exact: true }).click();
    await page.getByTestId('no-jurisdiction').waitFor({ state: 'detached' });
    await page.getByLabel(zh.resources.users.fields.reason).fill('街道来函增派');
    await page.getByRole('button', { name: zh.ra.action.save }).click();
    await page.waitForURL(/#\/users(\?|$)/);
    const rows = () =>
      suite.app.ds.query(`SELECT s.name FROM officer_jurisdiction j JOIN subdistrict s ON s.id = j.subdistrict_id WHERE j.user_id = $1`, [createUser.id]);
    // a subdistrict added waits for a second admin (roles-and-workflows.md#account-dual-control): the proposer may only withdraw it
    expect(await rows()).toEqual([]);
    await page.getByTestId('pending-account-change-chip').first().waitFor();
    await page.goto(`${suite.app.baseUrl}/#/users/${createUser.id}`);
    const mine = page.getByTestId('pending-account-change');
    await mine.getByText(zh.wuye.users.help_proposer).waitFor();
    await mine.getByText('街道来函增派', { exact: false }).waitFor();
    expect(await mine.getByTestId('pending-account-change-CONFIRM').count()).toBe(0);
    await mine.getByTestId('pending-account-change-WITHDRAW').waitFor();
    // the second admin confirms it from the same page
    const second = await signIn(suite.browser, suite.app.baseUrl, 'admin2');
    watch(second.page);
    await second.page.goto(`${suite.app.baseUrl}/#/users/${createUser.id}`);
    const theirs = second.page.getByTestId('pending-account-change');
    await theirs.getByText(zh.wuye.users.help_checker).waitFor();
    await theirs.getByTestId('pending-account-change-CONFIRM').click();
    await theirs.waitFor({ state: 'detached' });
    expect(await rows()).toEqual([{ name: '湖东街道' }]);
    // a clerk's form has no subdistricts to choose
    const [clerk] = await suite.app.ds.query(`SELECT id FROM app_user WHERE username = 'clerk'`);
    await page.goto(`${suite.app.baseUrl}/#/users/${clerk.id}`);
    await page.getByLabel(zh.resources.users.fields.displayName).waitFor();
    expect(await page.getByLabel(zh.resources.users.fields.subdistrictIds).count()).toBe(0);
  });

  // round 11 F1: no admin types a password; each of two is shown half, once (roles-and-workflows.md#account-dual-control)
  browserIt('a password reset from the user form: the proposer is shown the first half, the confirming admin the second; both together sign in', async () => {
    const username = `clerk.r${Date.now().toString(36)}`;
    const made = await suite.app.createConfirmedUser({ username, displayName: '重设口令备案员', role: 'CLERK', password: 'a-long-password-1' });
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'admin');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/users/${made.id}`);
    expect(await page.locator('input[name="password"]').count()).toBe(0);
    await page.getByLabel(zh.resources.users.fields.resetPassword).check();
    await page.getByLabel(zh.resources.users.fields.reason).fill('本人来电');
    await page.getByRole('button', { name: zh.ra.action.save }).click();
    const firstText = await page.getByText(/一次性密码的前半段：[A-Z2-9]{10}。请交给本人，另一半由确认的管理员交给本人/).textContent();
    const first = /：([A-Z2-9]{10})。/.exec(firstText!)![1];
    const second = await signIn(suite.browser, suite.app.baseUrl, 'admin2');
    watch(second.page);
    await second.page.goto(`${suite.app.baseUrl}/#/users/${made.id}`);
    await second.page.getByTestId('pending-account-change').getByTestId('pending-account-change-CONFIRM').click();
    const secondText = await second.page.getByText(/一次性密码的后半段：[A-Z2-9]{10}。/).textContent();
    const half = /：([A-Z2-9]{10})。/.exec(secondText!)![1];
    const login = `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { mustChangePassword } }`;
    expect((await suite.app.gql(login, { u: username, p: first })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await suite.app.gql(login, { u: username, p: `${first}${half}` })).data.login.mustChangePassword).toBe(true);
  });

  browserIt('the admin edits a draft of the next eligibility checklist and another admin publishes it', async () => {
    const [{ last }] = await suite.app.ds.query(`SELECT max(version)::int AS last FROM checklist_version`);
    const items = [
      { key: 'OWNER_OF_ESTATE', kind: 'MUST' as const, titleZh: '本小区业主', titleEn: 'An owner of the estate', suggestedReviewers: ['REAL_ESTATE_REGISTRY' as const] },
      { key: 'NO_FEE_ARREARS', kind: 'DISQUALIFYING' as const, titleZh: '无欠缴物业费', titleEn: 'No unpaid service fees', suggestedReviewers: ['PROPERTY_FIRM' as const] },
    ];
    const { createChecklistDraft: draft } = await suite.app.as('admin', CREATE_CHECKLIST_DRAFT, { input: { title: '湖州市业委会委员候选人资格联审清单', source: '市住建局通知', items } });
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'admin');
    watch(page);
    await page.getByTestId('menu-checklists').click();
    await page.locator(`[data-testid="checklist-version"][data-version="${last}"]`).getByText(zh.wuye.checklists.current).waitFor();

    // its items are edited: the first item's Chinese title
    await page.getByTestId(`edit-draft-${draft.id}`).click();
    const editor = page.getByTestId('checklist-draft-editor');
    const firstTitle = editor.locator('input[name="items.0.titleZh"]');
    await expect(firstTitle.inputValue()).resolves.toBe('本小区业主');
    await firstTitle.fill('具有完全民事行为能力的本小区业主');
    await editor.getByRole('button', { name: zh.ra.action.save }).click();
    await page.locator(`[data-testid="draft-row"][data-draft="${draft.id}"]`).waitFor();

    // its last editor does not publish it (maker-checker): the button is held, saying why; another admin publishes
    await page.getByTestId(`publish-held-${draft.id}`).getByText(zh.wuye.checklists.publish_held).waitFor();
    expect(await page.getByTestId(`publish-draft-${draft.id}`).isDisabled()).toBe(true);
    const { page: checker } = await signIn(suite.browser, suite.app.baseUrl, 'admin2');
    watch(checker);
    await checker.goto(`${suite.app.baseUrl}/#/checklists`);
    await checker.getByTestId(`publish-draft-${draft.id}`).click();
    await checker.getByTestId('publish-dialog-confirm').click();
    await checker.locator(`[data-testid="checklist-version"][data-version="${last + 1}"]`).waitFor();
    await page.reload();
    const published = page.locator(`[data-testid="checklist-version"][data-version="${last + 1}"]`);
    await published.getByText(zh.wuye.checklists.current).waitFor();
    await published.getByText('具有完全民事行为能力的本小区业主').waitFor();
    expect(await page.getByTestId('draft-row').count()).toBe(0);
  });

  browserIt('a new draft starts as a copy of the current checklist', async () => {
    const [current] = await suite.app.ds.query(`SELECT title FROM checklist_version ORDER BY version DESC LIMIT 1`);
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'admin');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/checklists`);
    await page.getByTestId('new-draft').click();
    const title = page.getByTestId('checklist-draft-editor').locator('input[name="title"]');
    // every item of the current version is an input row: slow to render on a busy machine
    await title.waitFor({ timeout: 60_000 });
    await expect(title.inputValue()).resolves.toBe(`${current.title}（${zh.wuye.checklists.draft}）`);
  }, 150_000);

  browserIt('the audit log is filtered by record and exported', async () => {
    const clerk = await suite.app.createConfirmedUser({ username: `clerk.b${Date.now().toString(36)}`, displayName: '新备案员', role: 'CLERK', password: 'a-long-password-1' });
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'admin');
    watch(page);
    const filter = encodeURIComponent(JSON.stringify({ entityType: 'User', entityId: String(clerk.id) }));
    await page.goto(`${suite.app.baseUrl}/#/auditEvents?filter=${filter}`);
    const rows = page.locator('tbody tr');
    await rows.first().waitFor();
    const [{ n }] = await suite.app.ds.query(`SELECT count(*)::int AS n FROM audit_event WHERE entity_type = 'User' AND entity_id = $1`, [String(clerk.id)]);
    await becomes(() => rows.count(), n);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: zh.ra.action.export }).click();
    const csv = fs.readFileSync((await (await download).path())!, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(csv[0].split(',').slice(0, 3)).toEqual([zh.resources.auditEvents.fields.id, zh.resources.auditEvents.fields.at, zh.resources.auditEvents.fields.actorName]);
    expect(csv).toHaveLength(n + 1);
    // a day with nothing in it
    await page.goto(`${suite.app.baseUrl}/#/auditEvents?filter=${encodeURIComponent(JSON.stringify({ entityType: 'User', entityId: String(clerk.id), atTo: '2001-01-01' }))}`);
    await page.getByText(zh.ra.navigation.no_filtered_results.replace('%{name}', zh.resources.auditEvents.name.split(' |||| ')[0])).waitFor();
  });
});

describe('the page follows the record', () => {
  browserIt('编辑 goes once the clerk has submitted the firm, without a reload', async () => {
    const { createFirm } = await suite.app.as('clerk', CREATE_FIRM, { input: firmInput() });
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'clerk');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/firms/${createFirm.id}/show`);
    await page.getByTestId('edit-button').waitFor();
    await page.getByTestId('filing-SUBMIT').click();
    await page.getByTestId('filing-confirm').click();
    await page.getByTestId('filing-section').locator('[data-status="SUBMITTED"]').waitFor();
    await page.getByTestId('edit-button').waitFor({ state: 'detached' });
    expect(await page.getByTestId('filing-SUBMIT').count()).toBe(0);
  });

  browserIt('a committee filing without its materials cannot be submitted: the button is held, saying how many are missing, before any dialog (users’ review F13)', async () => {
    const [filing] = await suite.app.ds.query(
      `SELECT cf.id FROM committee_filing cf WHERE cf.filing_status = 'DRAFT'
          AND NOT EXISTS (SELECT 1 FROM filing_material m WHERE m.committee_filing_id = cf.id) ORDER BY cf.id LIMIT 1`,
    );
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'officer');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/committeeFilings/${filing.id}/show`);
    const submit = page.getByTestId('filing-SUBMIT');
    await submit.waitFor();
    await expect(submit.isDisabled()).resolves.toBe(true);
    await page.getByTestId('filing-SUBMIT-hold').getByText(zh.wuye.filing.hold.MATERIALS_MISSING.replace('%{smart_count}', '4')).waitFor();
    // what is missing is listed under the materials (the server refuses the same submission by the same list: election-lifecycle.e2e)
    await page.getByTestId('materials-missing').getByText(zh.wuye.materialKind.MEMBER_LIST, { exact: false }).waitFor();
    const [row] = await suite.app.ds.query(`SELECT filing_status FROM committee_filing WHERE id = $1`, [filing.id]);
    expect(row.filing_status).toBe('DRAFT');
  });
});

describe('an officer on a phone (390×844)', () => {
  browserIt('the election workspace, ballot entry, tally, candidate review and committee filings fit the screen', async () => {
    const { elections } = await suite.app.as('officer', LIST_ELECTIONS, { options: { filter: { phase: 'VOTING' } } });
    const voting = (await suite.app.as('officer', GET_ELECTION, { id: elections.items[0].id })).election;
    const candidate = voting.candidates[0];
    const [filing] = await suite.app.ds.query(`SELECT id FROM committee_filing WHERE filing_status = 'DRAFT' ORDER BY id LIMIT 1`);
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'officer');
    watch(page);
    await page.setViewportSize({ width: 390, height: 844 });
    const base = suite.app.baseUrl;

    await page.goto(`${base}/#/elections`);
    await page.getByText(voting.title).first().waitFor();
    expect(await page.locator('table').count()).toBe(0); // a list of cards, not a grid
    await fitsThePhone(page, 'election list');

    await page.goto(`${base}/#/elections/${voting.id}/show`);
    await page.getByTestId('phase-stepper').waitFor();
    await fitsThePhone(page, 'election workspace');
    // the app bar's title stays clear of the language menu
    const title = await page.locator('#react-admin-title').boundingBox();
    const language = await page.locator('header button[aria-controls="simple-menu"]').boundingBox();
    expect(title && language && title.x + title.width <= language.x).toBe(true);

    // each tab by its own address: on a loaded machine the scrollable tab row was not always hit-testable in time
    await page.goto(`${base}/#/elections/${voting.id}/show/ballots`);
    await page.getByTestId('ballot-entry').waitFor();
    await fitsThePhone(page, 'ballot entry');

    await page.goto(`${base}/#/elections/${voting.id}/show/tally`);
    await page.getByTestId('tally').waitFor();
    await fitsThePhone(page, 'tally');

    await page.goto(`${base}/#/candidates/${candidate.id}/show`);
    await page.getByTestId('candidate-review').waitFor();
    await fitsThePhone(page, 'candidate review');

    await page.goto(`${base}/#/committeeFilings`);
    await page.locator('.RaSimpleList-root, [class*="RaSimpleList"]').first().waitFor();
    await fitsThePhone(page, 'committee filings');

    await page.goto(`${base}/#/committeeFilings/${filing.id}/show`);
    await page.getByTestId('materials').waitFor();
    await fitsThePhone(page, 'committee filing');
  });
});
