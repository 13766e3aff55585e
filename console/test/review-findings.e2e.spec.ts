import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { APPROVE_FIRM, APPROVE_PROJECT, CREATE_FIRM, CREATE_PROJECT, firmInput, projectInput, RETURN_FIRM, SUBMIT_FIRM, SUBMIT_PROJECT } from '../../api/test/operations';
import en from '../src/i18n/en';
import zh from '../src/i18n/zh';
import { canAccess } from '../src/permissions';
import { becomes, browserIt, consoleSuite, signIn, watch } from './browser';

/**
 * What the console's daily users found (the review of .scratch/console/REPORT.md), as they met it: the audit
 * log in words with its detail row and China-time export, ballot search paged, an export behind every 导出,
 * date-only fields the same day west of UTC, areas with two decimals, the role in the language shown, and
 * an overlap refusal that names the project in the way.
 */
const suite = consoleSuite();

const url = (path: string) => `${suite.app.baseUrl}/#/${path}`;
/** A Latin code or word (`project.submit`, `filingStatus`) where a Chinese reader should see words. */
const LATIN_WORD = /[A-Za-z]{2,}/;

async function readCsv(page: Page, click: () => Promise<void>): Promise<string[][]> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const text = fs.readFileSync((await file.path())!, 'utf8').replace(/^\uFEFF/, '').trim();
  // enough CSV for these files: quoted cells may hold commas and doubled quotes
  return text.split(/\r?\n/).map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].filter((m) => m[0] !== '').map((m) => m[1].replace(/^"|"$/g, '').replace(/""/g, '"')));
}

describe('the audit log', () => {
  browserIt('manager reads actions and changed fields in Chinese, opens a row to its before and after, and exports in China time', async () => {
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'manager');
    watch(page);
    await page.goto(url(`auditEvents?filter=${encodeURIComponent(JSON.stringify({ entityType: 'Project' }))}`));
    const actions = page.getByTestId('audit-action');
    await actions.first().waitFor();
    const actionTexts = await actions.allTextContents();
    expect(actionTexts.filter((t) => LATIN_WORD.test(t))).toEqual([]);
    expect(actionTexts).toContain(`${zh.wuye.auditLog.subject.project}${zh.wuye.auditLog.verb.submit}`);
    const changed = await page.getByTestId('audit-changed').allTextContents();
    expect(changed.filter((t) => LATIN_WORD.test(t))).toEqual([]);
    expect(changed.join('、')).toContain(zh.wuye.auditLog.field.filingStatus);

    // the ▸ of the first row opens its before and after
    // the ▸ is aria-hidden (react-admin): found by its class
    await page.locator('tbody .RaDatagrid-expandIcon').first().click();
    const detail = page.getByTestId('audit-detail');
    await detail.getByText(zh.resources.auditEvents.fields.before).waitFor();
    await detail.getByText(zh.resources.auditEvents.fields.after).waitFor();
    // the changed fields by their labels, never the JSON keys
    await detail.locator('tbody tr').first().waitFor();
    expect((await detail.locator('tbody tr td:first-child').allTextContents()).filter((t) => LATIN_WORD.test(t))).toEqual([]);

    // export: times in Shanghai (UTC+8), actions and record types in words
    const csv = await readCsv(page, () => page.getByRole('button', { name: zh.ra.action.export }).click());
    const head = csv[0];
    const column = (field: keyof typeof zh.resources.auditEvents.fields) => head.indexOf(zh.resources.auditEvents.fields[field]);
    const row = csv[1];
    const [event] = await suite.app.ds.query(
      `SELECT action, to_char(at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI:SS') AS shanghai FROM audit_event WHERE id = $1`,
      [row[column('id')]],
    );
    expect(row[column('at')]).toBe(event.shanghai);
    expect(row[column('entityType')]).toBe(zh.wuye.auditLog.type.Project);
    expect(csv.slice(1).map((r) => r[column('action')]).filter((t) => LATIN_WORD.test(t))).toEqual([]);
  });
});

describe('ballot entry', () => {
  browserIt('officer searches 3幢: every match can be reached page by page, areas with two decimals', async () => {
    const { elections } = await suite.app.as('officer', `query { elections(options: { filter: { phase: VOTING } }) { items { id } } }`);
    const electionId = elections.items[0].id;
    const { votingPersons } = await suite.app.as('officer', `query($id: ID!) { votingPersons(electionId: $id, q: "3幢", take: 1) { totalItems } }`, { id: electionId });
    expect(votingPersons.totalItems).toBeGreaterThan(10);

    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'officer');
    watch(page);
    await page.goto(url(`elections/${electionId}/show/ballots`));
    const entry = page.getByTestId('ballot-entry');
    await entry.getByLabel(zh.wuye.ballot.search).fill('3幢');
    await entry.getByRole('button', { name: zh.ra.action.search }).click();
    const persons = entry.getByTestId('voting-persons');
    const owners = persons.locator('tr[data-person^="owner:"]');
    await owners.first().waitFor();
    const pages = entry.getByTestId('voter-pages');
    await pages.getByText(`共 ${votingPersons.totalItems} 条`).waitFor();
    const firstPage = await owners.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-person')));
    // areas: always two decimals, grouped by thousands
    const areas = await persons.locator('tbody tr td:nth-child(3)').allTextContents();
    expect(areas.filter((a) => !/^\d{1,3}(,\d{3})*\.\d{2}$/.test(a))).toEqual([]);

    await pages.getByRole('button', { name: zh.ra.navigation.next }).click();
    await becomes(async () => (await owners.first().getAttribute('data-person')) !== firstPage[0], true);
    const secondPage = await owners.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-person')));
    expect(secondPage.filter((key) => firstPage.includes(key))).toEqual([]);
  });
});

/** Every list the console offers, and who may read it. */
const LISTS = ['firms', 'projects', 'estates', 'elections', 'resolutions', 'committees', 'committeeFilings', 'repairFunds', 'committeeAccounts', 'partyOrganisations', 'fivePartyMeetings', 'users', 'auditEvents'];
const ROLES = ['officer', 'manager', 'admin'] as const;

describe('导出', () => {
  browserIt('every list with an 导出 button gives a file', async () => {
    const saved: string[] = [];
    for (const role of ROLES) {
      const lists = LISTS.filter((resource) => !saved.includes(resource) && canAccess(role, resource, 'list'));
      if (!lists.length) continue;
      const { page, close } = await signIn(suite.browser, suite.app.baseUrl, role);
      watch(page);
      for (const resource of lists) {
        await page.goto(url(resource));
        await page.locator('tbody tr, .RaList-noResults, .RaEmpty-message').first().waitFor();
        const button = page.getByRole('button', { name: zh.ra.action.export });
        // a list that cannot export offers no button (none of these lists)
        await button.waitFor();
        const [file] = await Promise.all([
          page.waitForEvent('download'),
          (async () => {
            await button.click();
            // the API's exports ask for the format
            const csvItem = page.getByTestId('export-csv');
            if (await csvItem.isVisible({ timeout: 1_000 }).catch(() => false)) await csvItem.click();
          })(),
        ]);
        const text = fs.readFileSync((await file.path())!, 'utf8').replace(/^\uFEFF/, '');
        expect({ resource, lines: text.trim().split(/\r?\n/).length > 1 }).toEqual({ resource, lines: true });
        saved.push(resource);
      }
      await close();
    }
    expect(saved.sort()).toEqual([...LISTS].sort());
  }, 240_000);

  browserIt('小额维修金 and 业委会账目 export their rows with Chinese headers and China times; their filter reads 小区', async () => {
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'officer');
    watch(page);
    for (const resource of ['repairFunds', 'committeeAccounts'] as const) {
      await page.goto(url(resource));
      await page.locator('tbody tr').first().waitFor();
      await page.getByLabel(zh.resources[resource].fields.estateId).first().waitFor();
      const csv = await readCsv(page, () => page.getByRole('button', { name: zh.ra.action.export }).click());
      expect(csv[0]).toContain(zh.resources[resource].fields.estateName);
      const at = csv[0].indexOf(zh.resources[resource].fields.updatedAt);
      const idAt = csv[0].indexOf(zh.resources[resource].fields.id);
      expect(idAt).toBe(csv[0].length - 1); // the id last: a user knows the record by its estate
      const [row] = await suite.app.ds.query(
        `SELECT to_char(updated_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI:SS') AS shanghai FROM ${resource === 'repairFunds' ? 'repair_fund' : 'committee_account'} WHERE id = $1`,
        [csv[1][idAt]],
      );
      expect(csv[1][at]).toBe(row.shanghai);
    }
  });
});

describe('dates west of UTC', () => {
  browserIt('registrar in Los Angeles sees a firm’s 成立日期 and its projects’ contract dates as saved', async () => {
    const [firm] = await suite.app.ds.query(
      `SELECT f.id, f.established_on::text AS established, p.id AS project, p.contract_start::text AS start, p.contract_end::text AS end
         FROM firm f JOIN project p ON p.firm_id = f.id WHERE f.established_on IS NOT NULL ORDER BY f.id LIMIT 1`,
    );
    const written = (iso: string) => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'registrar', { timezoneId: 'America/Los_Angeles' });
    watch(page);
    // the browser really is west of UTC
    expect(await page.evaluate(() => new Date('2020-03-05').getDate())).toBe(4);
    await page.goto(url(`firms/${firm.id}/show`));
    await page.getByText(written(firm.established), { exact: true }).first().waitFor();
    await page.goto(url(`projects/${firm.project}/show`));
    await page.getByText(written(firm.start), { exact: true }).first().waitFor();
    await page.getByText(written(firm.end), { exact: true }).first().waitFor();
    // and in a list: the committees' terms (sorted by their end)
    expect(canAccess('registrar', 'committees', 'list')).toBe(true);
    const [committee] = await suite.app.ds.query(`SELECT term_end::text AS term_end FROM committee ORDER BY term_end LIMIT 1`);
    await page.goto(url('committees'));
    await page.getByText(written(committee.term_end), { exact: true }).first().waitFor();
  });
});

describe('English', () => {
  browserIt('the user menu names the role in English', async () => {
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'officer');
    watch(page);
    await page.getByText(`${zh.wuye.role.officer} 王芳`).first().waitFor();
    await page.getByRole('button', { name: '简体中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByText(`${en.wuye.role.officer} 王芳`).first().waitFor();
    expect(await page.getByText(zh.wuye.role.officer).count()).toBe(0);
  });
});

describe('an overlapping contract', () => {
  browserIt('registrar approving a project whose dates overlap an approved one is told which project and what to do', async () => {
    const { createFirm } = await suite.app.as('clerk', CREATE_FIRM, { input: firmInput() });
    await suite.app.as('clerk', SUBMIT_FIRM, { id: createFirm.id, version: 1 });
    await suite.app.as('registrar', APPROVE_FIRM, { id: createFirm.id, version: 2 });
    const [estate] = await suite.app.ds.query(`SELECT id FROM estate e WHERE NOT EXISTS (SELECT 1 FROM project p WHERE p.estate_id = e.id) ORDER BY id LIMIT 1`);
    const submitted = async (name: string, contractStart: string, contractEnd: string) => {
      const { createProject } = await suite.app.as('clerk', CREATE_PROJECT, { input: projectInput({ firmId: createFirm.id, estateId: String(estate.id), name, contractStart, contractEnd }) });
      return (await suite.app.as('clerk', SUBMIT_PROJECT, { id: createProject.id, version: 1 })).submitProject;
    };
    const first = await submitted('重叠测试一期物业服务', '2040-01-01', '2042-12-31');
    // submitted while the first is not yet approved (once it is, submitting is refused for the overlap)
    const second = await submitted('重叠测试二期物业服务', '2042-12-31', '2044-12-30');
    const { approveProject } = await suite.app.as('registrar', APPROVE_PROJECT, { id: first.id, version: 2 });

    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'registrar');
    watch(page);
    await page.goto(url(`projects/${second.id}/show`));
    // the page knows the refusal: 通过 is held, saying which project and what to do (before, only a toast after confirming)
    const words = zh.wuye.filing.hold.CONTRACT_OVERLAP_APPROVE.replace('%{projectName}', first.name).replace('%{filingNumber}', approveProject.filingNumber!);
    await page.getByTestId('filing-APPROVE-hold').getByText(words).waitFor();
    expect(await page.getByTestId('filing-APPROVE').isDisabled()).toBe(true);
  });
});

/** The second review (.scratch/review-c/REPORT.md): M1, L4, L5, L12. */
describe('unsaved changes (M1)', () => {
  browserIt('a clerk leaving a half-typed form is asked first (a menu link, Back); staying keeps the input; saving asks nothing', async () => {
    const { createProject } = await suite.app.as('clerk', CREATE_PROJECT, { input: projectInput({ name: '未保存提示测试物业服务' }) });
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'clerk');
    watch(page);
    const asked: string[] = [];
    let leave = false;
    page.on('dialog', (dialog) => {
      asked.push(dialog.message());
      void (leave ? dialog.accept() : dialog.dismiss());
    });
    const projectsMenu = page.getByRole('menuitem', { name: zh.resources.projects.name.split(' ')[0] });

    // to the form as a user goes, by the menu and the list (an address typed into the bar is a history entry the router did not
    // make: React Router cannot hold a Back past it)
    await page.getByRole('menuitem', { name: zh.resources.firms.name.split(' ')[0] }).click();
    await page.waitForURL(/#\/firms$/);
    await page.locator('a[href="#/firms/create"]').click();
    await page.waitForURL(/#\/firms\/create$/);
    await page.locator('input[name="name"]').fill('未保存测试物业有限公司');
    await page.locator('input[name="legalRepresentative"]').fill('沈建华');
    await projectsMenu.click();
    await becomes(async () => asked.length, 1);
    expect(asked[0]).toBe(zh.ra.message.unsaved_changes);
    // staying: the same page, what was typed still there
    expect(new URL(page.url()).hash).toBe('#/firms/create');
    expect(await page.locator('input[name="name"]').inputValue()).toBe('未保存测试物业有限公司');
    // the browser's Back is asked about as well, and answered "stay" it stays
    await page.evaluate(() => history.back());
    await becomes(async () => asked.length, 2);
    await becomes(async () => new URL(page.url()).hash, '#/firms/create');
    expect(await page.locator('input[name="legalRepresentative"]').inputValue()).toBe('沈建华');
    // answered "leave": gone
    leave = true;
    await projectsMenu.click();
    await page.waitForURL(/#\/projects$/);
    expect(asked).toHaveLength(3);

    // an edit page the same; its save leaves without a question
    leave = false;
    await page.goto(url(`projects/${createProject.id}`));
    const manager = page.locator('input[name="projectManager"]');
    await manager.fill('钱新经理');
    await projectsMenu.click();
    await becomes(async () => asked.length, 4);
    expect(await manager.inputValue()).toBe('钱新经理');
    await page.getByRole('button', { name: zh.ra.action.save }).click();
    await page.waitForURL(new RegExp(`#/projects/${createProject.id}/show$`));
    const [row] = await suite.app.ds.query(`SELECT project_manager FROM project WHERE id = $1`, [createProject.id]);
    expect(row.project_manager).toBe('钱新经理');
    expect(asked).toHaveLength(4);
    // and an untouched form lets the user go without a word
    await page.goto(url('firms/create'));
    await page.locator('input[name="name"]').waitFor();
    await projectsMenu.click();
    await page.waitForURL(/#\/projects$/);
    expect(asked).toHaveLength(4);
  });
});

describe('a returned filing’s edit page (L4)', () => {
  browserIt('shows the clerk why it was returned, above the inputs where the fix is made', async () => {
    const { createFirm } = await suite.app.as('clerk', CREATE_FIRM, { input: firmInput() });
    await suite.app.as('clerk', SUBMIT_FIRM, { id: createFirm.id, version: 1 });
    await suite.app.as('registrar', RETURN_FIRM, { id: createFirm.id, version: 2, reason: 'INCONSISTENT_DATA', note: '注册地址与营业执照不一致' });
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'clerk');
    watch(page);
    await page.goto(url(`firms/${createFirm.id}`));
    const notice = page.getByTestId('returned-notice');
    await notice.getByText(zh.wuye.filing.returned_title).waitFor();
    expect(await notice.getByTestId('returned-reason').textContent()).toBe(zh.wuye.filing.returned_reason.replace('%{reason}', zh.wuye.returnReason.INCONSISTENT_DATA));
    expect(await notice.getByTestId('returned-note').textContent()).toBe(zh.wuye.filing.returned_note.replace('%{note}', '注册地址与营业执照不一致'));
    // above the inputs
    const [noticeBox, nameBox] = await Promise.all([notice.boundingBox(), page.locator('input[name="name"]').boundingBox()]);
    expect(noticeBox!.y).toBeLessThan(nameBox!.y);

    // a draft's edit page has no such notice
    const { createFirm: draft } = await suite.app.as('clerk', CREATE_FIRM, { input: firmInput() });
    await page.goto(url(`firms/${draft.id}`));
    await page.locator('input[name="name"]').waitFor();
    expect(await page.getByTestId('returned-notice').count()).toBe(0);
  });
});

describe('a project that overlaps an approved one (L5)', () => {
  browserIt('offers no 提交 while its page says it will be refused, and says why beside it', async () => {
    const { createFirm } = await suite.app.as('clerk', CREATE_FIRM, { input: firmInput() });
    await suite.app.as('clerk', SUBMIT_FIRM, { id: createFirm.id, version: 1 });
    await suite.app.as('registrar', APPROVE_FIRM, { id: createFirm.id, version: 2 });
    const [estate] = await suite.app.ds.query(`SELECT id FROM estate e WHERE NOT EXISTS (SELECT 1 FROM project p WHERE p.estate_id = e.id) ORDER BY id DESC LIMIT 1`);
    const input = (name: string) => projectInput({ firmId: createFirm.id, estateId: String(estate.id), name, contractStart: '2045-01-01', contractEnd: '2047-12-31' });
    const { createProject: approved } = await suite.app.as('clerk', CREATE_PROJECT, { input: input('重叠提交测试已备案项目') });
    await suite.app.as('clerk', SUBMIT_PROJECT, { id: approved.id, version: 1 });
    await suite.app.as('registrar', APPROVE_PROJECT, { id: approved.id, version: 2 });
    const { createProject: draft } = await suite.app.as('clerk', CREATE_PROJECT, { input: input('重叠提交测试草稿项目') });

    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'clerk');
    watch(page);
    await page.goto(url(`projects/${draft.id}/show`));
    await page.getByTestId('project-overlap-warning').waitFor();
    const submit = page.getByTestId('filing-SUBMIT');
    await submit.waitFor();
    expect(await submit.isDisabled()).toBe(true);
    expect(await page.getByTestId('filing-SUBMIT-hold').textContent()).toContain('重叠提交测试已备案项目');

    // a project without an overlap is offered 提交 as before
    await page.goto(url(`projects/${approved.id}/show`));
    await page.getByTestId('filing-section').waitFor();
    expect(await page.getByTestId('filing-SUBMIT-hold').count()).toBe(0);
  });

  browserIt('the create form checks 户数 and 管理面积 as the API does, as they are typed', async () => {
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'clerk');
    watch(page);
    await page.goto(url('projects/create'));
    const field = (name: string) => page.locator('.MuiFormControl-root', { has: page.locator(`input[name="${name}"]`) });
    await page.locator('input[name="households"]').fill('12.5');
    await field('households').getByText(zh.wuye.rules.INTEGER).waitFor();
    await page.locator('input[name="households"]').fill('100001');
    await field('households').locator('.Mui-error').first().waitFor();
    await page.locator('input[name="households"]').fill('0');
    await becomes(() => field('households').locator('.Mui-error').count(), 0);
    await page.locator('input[name="managedArea"]').fill('100000000');
    await field('managedArea').locator('.Mui-error').first().waitFor();
    await page.locator('input[name="managedArea"]').fill('12000.5');
    await becomes(() => field('managedArea').locator('.Mui-error').count(), 0);
  });
});

describe('the favicon (L12)', () => {
  browserIt('is served, so no page logs a 404 for it', async () => {
    for (const file of ['favicon.ico', 'favicon.svg']) {
      const response = await fetch(`${suite.app.baseUrl}/${file}`);
      expect({ file, status: response.status, type: response.headers.get('content-type') }).toEqual({ file, status: 200, type: expect.stringMatching(/^image\//) });
    }
  });
});
