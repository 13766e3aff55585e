import zh from '../src/i18n/zh';
import { sortByLabel } from '../src/shared/choiceOrder';
import { attributeBecomes, browserIt, chooseOption, consoleSuite, signIn, watch } from './browser';

/** Estates narrowed district → subdistrict → community, an estate's projects over time, and the admin-only users. */
const suite = consoleSuite();

describe('estates and users in the console', () => {
  browserIt('estates filter by district, then subdistrict, then community', async () => {
    const [place] = await suite.app.ds.query(
      `SELECT d.name AS district, s.name AS subdistrict, c.name AS community, count(e.id)::int AS estates
         FROM estate e JOIN community c ON c.id = e.community_id JOIN subdistrict s ON s.id = c.subdistrict_id
         JOIN district d ON d.id = s.district_id
        GROUP BY d.name, s.name, c.name ORDER BY count(e.id) DESC, c.name LIMIT 1`,
    );
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'officer');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/estates`);
    const fields = zh.resources.estates.fields;
    // a subdistrict can be chosen only inside a district
    await attributeBecomes(page.getByRole('combobox', { name: fields.subdistrictId }), 'aria-disabled', 'true');
    for (const [label, option] of [[fields.districtId, place.district], [fields.subdistrictId, place.subdistrict], [fields.communityId, place.community]]) {
      await chooseOption(page, page.getByRole('combobox', { name: label }), option);
    }
    await page.getByText(new RegExp(`共 ${place.estates} 条`)).waitFor();
    const communities = await page.locator('tbody tr td.column-communityId').allTextContents();
    expect(new Set(communities)).toEqual(new Set([place.community]));
  });

  browserIt('drop-downs read in pinyin order: districts, firms, selection methods (users’ review)', async () => {
    const pinyin = (names: string[]) => sortByLabel(names.map((name) => ({ id: name, name })), (c) => c.name, 'zh').map((c) => c.name);
    const optionsOf = async (page: import('playwright-core').Page, label: string) => {
      await page.getByRole('combobox', { name: label }).click();
      await page.getByRole('listbox').getByRole('option').first().waitFor();
      const shown = (await page.getByRole('listbox').getByRole('option').allTextContents()).map((t) => t.trim()).filter(Boolean);
      await page.keyboard.press('Escape');
      await page.getByRole('listbox').waitFor({ state: 'detached' });
      return shown;
    };
    const districts: string[] = (await suite.app.ds.query(`SELECT name FROM district ORDER BY code`)).map((r: { name: string }) => r.name);
    // the seeded districts' code order is not their pinyin order, so the test tells the two apart
    expect(pinyin(districts)).not.toEqual(districts);
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'clerk');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/estates`);
    await expect(optionsOf(page, zh.resources.estates.fields.districtId)).resolves.toEqual(pinyin(districts));

    // the firms a project names: the server's name order (its pinyin collation), not the newest first
    const firms: string[] = (await suite.app.ds.query(`SELECT name FROM firm ORDER BY name, id LIMIT 25`)).map((r: { name: string }) => r.name);
    await page.goto(`${suite.app.baseUrl}/#/projects/create`);
    const fields = zh.resources.projects.fields;
    await expect(optionsOf(page, fields.firmId)).resolves.toEqual(firms);
    expect(pinyin(firms)).toEqual(firms);
    // an enum without an order of its own, by its Chinese label
    const methods = Object.values(zh.wuye.selectionMethod);
    expect(pinyin(methods)).not.toEqual(methods);
    await expect(optionsOf(page, fields.selectionMethod)).resolves.toEqual(pinyin(methods));
  });

  browserIt('people read in pinyin: the users list, the audit log’s person picker, an officer’s subdistricts', async () => {
    const pinyin = (names: string[]) => sortByLabel(names.map((name) => ({ id: name, name })), (c) => c.name, 'zh').map((c) => c.name);
    const codePoints = (names: string[]) => [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const people: string[] = (await suite.app.ds.query(`SELECT display_name FROM app_user WHERE active`)).map((r: { display_name: string }) => r.display_name);
    // the demo's people read differently by code point, so the test tells the two orders apart
    expect(codePoints(people)).not.toEqual(pinyin(people));
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'admin');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/users`);
    await page.locator('tbody td.column-displayName').first().waitFor();
    const listed = (await page.locator('tbody td.column-displayName').allTextContents()).map((t) => t.trim());
    expect(listed.length).toBeGreaterThan(3);
    expect(listed).toEqual(pinyin(listed));
    // an officer's subdistricts, as chips on the list: by name in pinyin, not by id
    const [officer] = await suite.app.ds.query(
      `SELECT u.username FROM app_user u JOIN officer_jurisdiction j ON j.user_id = u.id GROUP BY u.id, u.username HAVING count(*) > 1 ORDER BY u.id LIMIT 1`,
    );
    const row = page.locator('tbody tr', { has: page.locator('td.column-username', { hasText: new RegExp(`^${officer.username}$`) }) });
    const chips = (await row.locator('td.column-subdistrictIds .MuiChip-label').allTextContents()).map((t) => t.trim());
    expect(chips.length).toBeGreaterThan(1);
    expect(chips).toEqual(pinyin(chips));

    await page.goto(`${suite.app.baseUrl}/#/auditEvents`);
    const picker = page.getByRole('combobox', { name: zh.resources.auditEvents.fields.actorId });
    await picker.click();
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    const offered = (await page.getByRole('listbox').getByRole('option').allTextContents()).map((t) => t.trim()).filter(Boolean);
    expect(offered.length).toBeGreaterThan(3);
    expect(offered).toEqual(pinyin(offered));
  });

  browserIt('an estate shows its projects over time, oldest contract first', async () => {
    const [{ estate_id: estateId }] = await suite.app.ds.query(`SELECT estate_id FROM project GROUP BY estate_id HAVING count(*) > 1 ORDER BY estate_id LIMIT 1`);
    const starts: Array<{ start: string }> = await suite.app.ds.query(`SELECT contract_start::text AS start FROM project WHERE estate_id = $1 ORDER BY contract_start`, [estateId]);
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'manager');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/estates/${estateId}/show`);
    const rows = page.locator('tbody tr:has(td.column-contractStart)');
    await rows.first().waitFor();
    const shown = await page.locator('tbody td.column-contractStart').allTextContents();
    expect(shown).toEqual(starts.map(({ start }) => new Date(`${start}T00:00:00`).toLocaleDateString('zh-CN', { year: 'numeric', month: 'long', day: 'numeric' })));
  });

  browserIt('a clerk adds an estate in a community chosen district → subdistrict → community; a taken name is refused by the server', async () => {
    const [place] = await suite.app.ds.query(
      `SELECT d.name AS district, s.name AS subdistrict, c.id AS community_id, c.name AS community, e.name AS taken
         FROM estate e JOIN community c ON c.id = e.community_id JOIN subdistrict s ON s.id = c.subdistrict_id
         JOIN district d ON d.id = s.district_id ORDER BY e.id LIMIT 1`,
    );
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'clerk');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/estates/create`);
    const fields = zh.resources.estates.fields;
    for (const [label, option] of [[fields.districtId, place.district], [fields.subdistrictId, place.subdistrict], [fields.communityId, place.community]]) {
      await chooseOption(page, page.getByRole('combobox', { name: label }), option);
    }
    await page.locator('input[name="name"]').fill(place.taken);
    await page.locator('input[name="address"]').fill('湖州市吴兴区测试路1号');
    await page.locator('input[name="totalFloorArea"]').fill('12000');
    await page.locator('input[name="residentialFloorArea"]').fill('13000');
    await page.getByText(zh.wuye.rules.RANGE_MAX_OF_totalFloorArea.replace('%{max}', '12000')).waitFor();
    await page.locator('input[name="residentialFloorArea"]').fill('11000.5');
    await page.locator('input[name="households"]').fill('120');
    await page.locator('input[name="buildings"]').fill('6');
    await page.getByRole('button', { name: zh.ra.action.save }).click();
    // only the server knows the community has an estate of this name
    await page.locator('.MuiFormControl-root', { has: page.locator('input[name="name"]') }).getByText(zh.wuye.rules.TAKEN_NAME.replace('%{name}', place.taken)).waitFor();

    const name = `测试新苑${Date.now().toString(36)}`;
    await page.locator('input[name="name"]').fill(name);
    await page.getByRole('button', { name: zh.ra.action.save }).click();
    await page.waitForURL(/#\/estates\/\d+\/show/);
    const [estate] = await suite.app.ds.query(`SELECT community_id, residential_floor_area::text AS area FROM estate WHERE name = $1`, [name]);
    expect(estate).toEqual({ community_id: place.community_id, area: '11000.50' });
    await page.getByTestId('history').locator('tr[data-action="estate.create"]').waitFor();
  });

  browserIt('only an administrator sees and edits users', async () => {
    const clerk = await signIn(suite.browser, suite.app.baseUrl, 'clerk');
    await clerk.page.getByRole('menuitem', { name: zh.resources.firms.name.split(' ')[0] }).waitFor();
    expect(await clerk.page.getByRole('menuitem', { name: '用户' }).count()).toBe(0);

    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'admin');
    watch(page);
    await page.getByRole('menuitem', { name: '用户' }).click();
    await page.getByRole('row').filter({ hasText: '备案员 张敏' }).getByText(zh.wuye.role.clerk, { exact: true }).waitFor();
    await page.getByRole('row').filter({ hasText: '主管 陈建国' }).click();
    await page.waitForURL(/#\/users\/\d+$/);
    await page.getByRole('textbox', { name: zh.resources.users.fields.displayName, exact: false }).and(page.locator('input[name="displayName"]')).fill('主管 陈建国(已调岗)');
    await page.getByRole('button', { name: zh.ra.action.save }).click();
    await page.getByRole('row').filter({ hasText: '主管 陈建国(已调岗)' }).waitFor();
    const [user] = await suite.app.ds.query(`SELECT display_name, version FROM app_user WHERE username = 'manager'`);
    expect(user).toEqual({ display_name: '主管 陈建国(已调岗)', version: 2 });
  });
});

describe('an administrator’s own account and the passwords they set (M3, L11)', () => {
  browserIt('on their own account 启用 and 角色 cannot be changed, with a note; the rest saves, the account stays an active admin', async () => {
    const [admin] = await suite.app.ds.query(`SELECT id, display_name FROM app_user WHERE username = 'admin'`);
    const [other] = await suite.app.ds.query(`SELECT id FROM app_user WHERE username = 'registrar'`);
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'admin');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/users/${admin.id}`);
    await page.getByTestId('own-account').getByText(zh.wuye.users.own_account).waitFor();
    const active = page.locator('input[name="active"]');
    expect(await active.isDisabled()).toBe(true);
    expect(await active.isChecked()).toBe(true);
    // the role does not open its list
    await page.getByRole('combobox', { name: zh.resources.users.fields.role }).click({ force: true });
    await page.waitForTimeout(300);
    expect(await page.getByRole('listbox').count()).toBe(0);

    await page.locator('input[name="displayName"]').fill(`${admin.display_name}（本人）`);
    await page.getByRole('button', { name: zh.ra.action.save }).click();
    await page.waitForURL(/#\/users$/);
    const [saved] = await suite.app.ds.query(`SELECT display_name, role, active FROM app_user WHERE id = $1`, [admin.id]);
    expect(saved).toEqual({ display_name: `${admin.display_name}（本人）`, role: 'admin', active: true });

    // another person's account: both open
    await page.goto(`${suite.app.baseUrl}/#/users/${other.id}`);
    await page.locator('input[name="displayName"]').waitFor();
    expect(await page.locator('input[name="active"]').isDisabled()).toBe(false);
    expect(await page.getByTestId('own-account').count()).toBe(0);
  });

  browserIt('an admin types no password for a new account: the server makes it, and shows the proposer its first half only', async () => {
    const username = `officer${Date.now().toString(36).slice(-4)}`;
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'admin');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/users/create`);
    const fields = zh.resources.users.fields;
    await page.locator('input[name="username"]').fill(username);
    await page.locator('input[name="displayName"]').fill(`选举指导员 ${username}`);
    await chooseOption(page, page.getByRole('combobox', { name: fields.role }), zh.wuye.role.clerk);
    // no admin chooses another person's password (docs/roles-and-workflows.md#account-dual-control)
    expect(await page.locator('input[name="password"]').count()).toBe(0);
    await page.getByRole('button', { name: zh.ra.action.save }).click();
    const [before] = zh.wuye.users.half_first.split('%{half}');
    const notice = page.getByText(before, { exact: false }).first();
    await notice.waitFor();
    const half = /：([A-Z2-9]{10})。/.exec((await notice.textContent()) ?? '')?.[1];
    expect(half).toMatch(/^[A-Z2-9]{10}$/);
    // proposed, not yet an account anyone can use: inactive, no password, waiting for the second admin
    const [created] = await suite.app.ds.query(
      `SELECT u.role, u.active, u.password_hash IS NULL AS no_password, p.status FROM app_user u JOIN account_change_proposal p ON p.user_id = u.id WHERE u.username = $1`,
      [username],
    );
    expect(created).toEqual({ role: 'clerk', active: false, no_password: true, status: 'PENDING' });
  });
});

describe('demonstration estates on the estate’s page (红色物业示范小区)', () => {
  browserIt('a clerk withdraws a provincial designation with its reason, is told why a provincial one needs the city’s, and records one', async () => {
    const [estate] = await suite.app.ds.query(
      `SELECT estate_id AS id FROM demonstration_designation WHERE level = 'PROVINCIAL' AND withdrawn_on IS NULL ORDER BY estate_id LIMIT 1`,
    );
    const [plain] = await suite.app.ds.query(`SELECT min(id) AS id FROM estate WHERE id NOT IN (SELECT estate_id FROM demonstration_designation)`);
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'clerk');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/estates/${estate.id}/show`);
    const panel = page.getByTestId('demonstrations');
    await panel.getByText(zh.wuye.demonstrationLevel.PROVINCIAL, { exact: false }).waitFor();
    const [provincial] = await suite.app.ds.query(`SELECT id FROM demonstration_designation WHERE estate_id = $1 AND level = 'PROVINCIAL'`, [estate.id]);
    await page.getByTestId(`designation-${provincial.id}`).getByTestId('withdraw-designation').click();
    const dialog = page.getByTestId('withdraw-dialog');
    await expect(dialog.getByTestId('withdraw-dialog-confirm').isDisabled()).resolves.toBe(true); // a reason first
    await dialog.getByTestId('withdrawal-reason').fill('年度复核不合格');
    await dialog.getByTestId('withdrawal-document').fill('浙建房〔2026〕40号');
    await dialog.getByTestId('withdraw-dialog-confirm').click();
    await page.getByTestId(`designation-${provincial.id}`).getByTestId('withdrawn').getByText('年度复核不合格', { exact: false }).waitFor();
    const [row] = await suite.app.ds.query(`SELECT withdrawal_reason, withdrawal_document, withdrawn_on IS NOT NULL AS withdrawn FROM demonstration_designation WHERE id = $1`, [provincial.id]);
    expect(row).toEqual({ withdrawal_reason: '年度复核不合格', withdrawal_document: '浙建房〔2026〕40号', withdrawn: true });

    // an estate the city never named cannot be named by the province: the server's reason, by the field
    await page.goto(`${suite.app.baseUrl}/#/estates/${plain.id}/show`);
    await page.getByTestId('demonstrations').getByText(zh.wuye.demonstration.none).waitFor();
    await page.getByTestId('designate').click();
    const designate = page.getByTestId('designate-dialog');
    await chooseOption(page, designate.getByRole('combobox'), zh.wuye.demonstrationLevel.PROVINCIAL);
    await designate.getByTestId('designation-document').fill('浙建房〔2026〕41号');
    await designate.getByTestId('designate-dialog-confirm').click();
    await designate.locator('.MuiFormHelperText-root').getByText(zh.wuye.rules.CITY_FIRST).waitFor();
    await chooseOption(page, designate.getByRole('combobox'), zh.wuye.demonstrationLevel.CITY);
    await designate.getByTestId('designation-document').fill('湖建发〔2026〕41号');
    await designate.getByTestId('designate-dialog-confirm').click();
    await page.getByTestId('demonstrations').getByText('湖建发〔2026〕41号', { exact: false }).waitFor();
    const rows = await suite.app.ds.query(`SELECT level, document_number FROM demonstration_designation WHERE estate_id = $1`, [plain.id]);
    expect(rows).toEqual([{ level: 'CITY', document_number: '湖建发〔2026〕41号' }]);
  });

  browserIt('a manager reads the designations, withdrawn ones marked, with no button to change them', async () => {
    const [estate] = await suite.app.ds.query(`SELECT estate_id AS id FROM demonstration_designation WHERE withdrawn_on IS NULL ORDER BY estate_id DESC LIMIT 1`);
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'manager');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/estates/${estate.id}/show`);
    await page.getByTestId('demonstrations').getByText(zh.wuye.demonstrationLevel.CITY, { exact: false }).waitFor();
    expect(await page.getByTestId('designate').count()).toBe(0);
    expect(await page.getByTestId('withdraw-designation').count()).toBe(0);
  });
});
