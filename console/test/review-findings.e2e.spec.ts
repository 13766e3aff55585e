import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { APPROVE_FIRM, APPROVE_PROJECT, CREATE_FIRM, CREATE_PROJECT, firmInput, projectInput, SUBMIT_FIRM, SUBMIT_PROJECT } from '../../api/test/operations';
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
    await detail.getByText(/filingStatus/).first().waitFor();

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
      const [row] = await suite.app.ds.query(
        `SELECT to_char(updated_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI:SS') AS shanghai FROM ${resource === 'repairFunds' ? 'repair_fund' : 'committee_account'} WHERE id = $1`,
        [csv[1][0]],
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
    await page.getByTestId('filing-APPROVE').click();
    await page.getByTestId('filing-confirm').click();
    const words = zh.wuye.errors.CONTRACT_OVERLAP_WITH.replace('%{projectName}', first.name).replace('%{filingNumber}', approveProject.filingNumber!);
    await page.getByText(words).first().waitFor();
  });
});
