import type { Page } from 'playwright-core';
import { GET_ELECTION, LIST_ELECTIONS } from '../../api/test/election-operations';
import { CREATE_FIRM, firmInput } from '../../api/test/operations';
import type { ElectionPhase } from '../../api/test/generated/graphql';
import zh from '../src/i18n/zh';
import { DEMO_PASSWORD } from '../../api/src/seed/seed';
import { browserIt, chooseOption, consoleSuite, signedOut, signIn, watch } from './browser';

/**
 * What a new clerk, an election officer and a manager met on a walk through the console: a greyed-out record button
 * that did not say why, content cut or overflowing at 1024 px, a creation's audit detail with an empty "before".
 */
const suite = consoleSuite();
const LAPTOP = { viewport: { width: 1024, height: 768 } };

async function electionIn(phase: ElectionPhase): Promise<any> {
  const { elections } = await suite.app.as('officer', LIST_ELECTIONS, { options: { filter: { phase } } });
  return (await suite.app.as('officer', GET_ELECTION, { id: elections.items[0].id })).election;
}

/** Texts on the page cut short (a cell or chip whose text is wider than its box) and the page's sideways overflow. */
async function cutOrOverflowing(page: Page, selector: string): Promise<{ overflow: number; cut: string[] }> {
  await page.waitForLoadState('networkidle');
  return page.evaluate((selector) => {
    const cut = Array.from(document.querySelectorAll(selector))
      .filter((e) => e.scrollWidth > e.clientWidth + 1)
      .slice(0, 6)
      .map((e) => (e.textContent ?? '').trim().slice(0, 24));
    return { overflow: Math.max(0, document.documentElement.scrollWidth - window.innerWidth), cut };
  }, selector);
}

describe('the eligibility review says why it cannot record yet', () => {
  browserIt('the one-item dialog names what is missing beside its greyed-out button, step by step, until it may record', async () => {
    const election = await electionIn('ELIGIBILITY_REVIEW');
    const waiting = election.candidates.find((c: { decision: string }) => c.decision === 'NOT_YET_ELIGIBLE');
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'officer');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/candidates/${waiting.id}/show`);
    const review = page.getByTestId('candidate-review');
    await review.locator('tr[data-item="CRIMINAL_INVESTIGATION_OR_RECENT_PENALTY"]').getByTestId('record-check').click();
    const dialog = page.getByTestId('check-dialog');
    const confirm = dialog.getByTestId('check-dialog-confirm');
    const held = dialog.getByTestId('check-dialog-held');
    const heldSays = async (text: string) => {
      await held.getByText(text, { exact: true }).waitFor();
      await expect(confirm.isDisabled()).resolves.toBe(true);
      // read out with the button by a screen reader too
      await expect(confirm.getAttribute('aria-describedby')).resolves.toBe('check-dialog-held');
    };
    await heldSays(zh.wuye.review.held.NO_RESULT);
    await chooseOption(page, dialog.getByTestId('check-result').getByRole('combobox'), zh.wuye.checkResult.FAIL);
    await dialog.getByLabel(zh.wuye.review.reviewer).fill('');
    await heldSays(zh.wuye.review.held.NO_REVIEWER);
    await dialog.getByLabel(zh.wuye.review.reviewer).fill('张警官');
    await heldSays(zh.wuye.review.held.NO_EVIDENCE);
    await dialog.getByLabel(zh.wuye.review.evidence).fill('公安机关出具证明');
    await heldSays(zh.wuye.review.held.NOT_CONFIRMED);
    await dialog.getByTestId('recording-outcome').getByLabel(zh.wuye.review.outcome_confirm).check();
    await held.waitFor({ state: 'detached' });
    await expect(confirm.isEnabled()).resolves.toBe(true);
  });

  browserIt('the remaining items’ dialog says a result is still to be chosen while nothing is chosen', async () => {
    const election = await electionIn('ELIGIBILITY_REVIEW');
    const waiting = election.candidates.find((c: { decision: string }) => c.decision === 'NOT_YET_ELIGIBLE');
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'officer');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/candidates/${waiting.id}/show`);
    await page.getByTestId('record-remaining').click();
    const dialog = page.getByTestId('remaining-dialog');
    await dialog.getByTestId('remaining-dialog-held').getByText(zh.wuye.review.held.NO_RESULT, { exact: true }).waitFor();
    await expect(dialog.getByTestId('remaining-dialog-confirm').isDisabled()).resolves.toBe(true);
    // the one item left is the police station's, for whom no reviewer was entered yet
    await dialog.getByTestId('remaining-all-pass').click();
    await dialog.getByTestId('remaining-dialog-held').getByText(zh.wuye.review.held.NO_REVIEWER, { exact: true }).waitFor();
    await dialog.getByTestId('remaining-reviewer-POLICE_STATION').locator('input').fill('张警官');
    await dialog.getByTestId('remaining-dialog-held').waitFor({ state: 'detached' });
    await expect(dialog.getByTestId('remaining-dialog-confirm').isEnabled()).resolves.toBe(true);
  });
});

describe('at 1024 px nothing is cut or overflows', () => {
  browserIt('the review’s result chips, days and record buttons are whole, within the window', async () => {
    const election = await electionIn('ELIGIBILITY_REVIEW');
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'officer', LAPTOP);
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/candidates/${election.candidates[0].id}/show`);
    await page.getByTestId('checklist-MUST').locator('tbody tr').first().waitFor();
    expect(await cutOrOverflowing(page, '[data-testid^="checklist-"] td, [data-testid^="checklist-"] .MuiChip-label')).toEqual({ overflow: 0, cut: [] });
    const button = await page.getByTestId('record-check').first().boundingBox();
    expect(button!.x + button!.width).toBeLessThanOrEqual(1024);
  });

  browserIt('the tally’s columns fit the window and each candidate’s name reads on one line', async () => {
    const election = await electionIn('RESULT_PUBLICITY');
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'officer', LAPTOP);
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/elections/${election.id}/show/tally`);
    const table = page.getByTestId('tally-candidates');
    await table.locator('tbody tr').first().waitFor();
    expect(await cutOrOverflowing(page, '[data-testid="tally-candidates"] td')).toEqual({ overflow: 0, cut: [] });
    const nameCell = table.locator('tbody tr').first().locator('td').nth(1);
    const lineHeight = await nameCell.evaluate((td) => parseFloat(getComputedStyle(td).lineHeight));
    const nameHeight = await nameCell.evaluate((td) => {
      const range = document.createRange();
      range.selectNodeContents(td);
      return range.getBoundingClientRect().height;
    });
    expect(nameHeight).toBeLessThan(lineHeight * 1.5);
  });

  browserIt('firms’ and projects’ names are never cut short in their lists', async () => {
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'manager', LAPTOP);
    watch(page);
    for (const list of ['firms', 'projects']) {
      await page.goto(`${suite.app.baseUrl}/#/${list}`);
      await page.locator('tbody tr').first().waitFor();
      expect({ list, ...(await cutOrOverflowing(page, 'tbody td')) }).toEqual({ list, overflow: 0, cut: [] });
    }
  });
});

describe('the audit log shows a creation plainly', () => {
  browserIt('a firm’s creation: one column of the values it was created with, no dashes for a before it never had, no empty fields named', async () => {
    const { createFirm: firm } = await suite.app.as('clerk', CREATE_FIRM, { input: firmInput() });
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'manager');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/auditEvents?filter=${encodeURIComponent(JSON.stringify({ entityType: 'Firm', entityId: String(firm.id) }))}`);
    const row = page.locator('tbody tr').filter({ has: page.getByTestId('audit-record-link') }).first();
    await row.waitFor();
    // the changed column names what the clerk filled in, not the columns a new firm leaves empty (审核时间, 退回说明 …)
    const changed = (await row.getByTestId('audit-changed').textContent()) ?? '';
    expect(changed).toContain(zh.wuye.auditLog.field.name);
    for (const empty of ['decidedAt', 'returnNote', 'revokeNote', 'filingNumber'] as const) expect(changed).not.toContain(zh.wuye.auditLog.field[empty]);
    await row.locator('.RaDatagrid-expandIcon').click();
    const detail = page.getByTestId('audit-detail').first();
    await detail.locator('[data-field="name"]').waitFor();
    expect(await detail.locator('thead th').allTextContents()).toEqual([zh.wuye.auditLog.detail_field, zh.wuye.auditLog.created_value]);
    const values = await detail.locator('tbody td:not(:first-child)').allTextContents();
    expect(values.filter((v) => v.trim() === '' || v.trim() === '—')).toEqual([]);
    expect(await detail.locator('[data-field="name"] td').allTextContents()).toEqual([zh.wuye.auditLog.field.name, firm.name]);
    // its maker by name, not by number (the manager reads no accounts)
    const [clerk] = await suite.app.ds.query(`SELECT display_name FROM app_user WHERE username = 'clerk'`);
    expect(await detail.locator('[data-field="createdById"] td').allTextContents()).toEqual([zh.wuye.auditLog.field.createdById, clerk.display_name]);
  });
});

describe('the language switch on the sign-in page', () => {
  browserIt('Tab reaches it from the name field the page opens on, after the sign-in and before leaving the page', async () => {
    const { page } = await signedOut(suite.browser);
    await page.goto(`${suite.app.baseUrl}/#/login`);
    await page.locator('input[name="username"]').waitFor();
    await expect(page.evaluate(() => document.activeElement?.getAttribute('name'))).resolves.toBe('username');
    const reached: string[] = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => {
        const e = document.activeElement as HTMLElement | null;
        return e?.getAttribute('name') ?? e?.getAttribute('data-locale') ?? e?.getAttribute('data-testid') ?? e?.tagName ?? '';
      }));
    }
    expect(reached).toEqual(['password', 'BUTTON', 'login-public-statements', 'zh-CN', 'en']);
    // and Enter on it switches the page's language
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
  });
});

describe('the home page after sign-in', () => {
  browserIt('says it is loading, with the shape of its cards, while its figures are on the way', async () => {
    const { page } = await signedOut(suite.browser);
    watch(page);
    // the officer's home figures held back until the page has been looked at: a slow line, without waiting on a clock
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      if (/query OfficerHome\b/.test(route.request().postData() ?? '')) await held;
      await route.continue();
    });
    await page.goto(`${suite.app.baseUrl}/#/login`);
    await page.locator('input[name="username"]').fill('officer');
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.locator('button[type="submit"]').click();
    const loading = page.getByTestId('home-loading');
    await loading.getByText(zh.wuye.home.loading, { exact: true }).waitFor();
    await expect(loading.getAttribute('aria-busy')).resolves.toBe('true');
    release();
    await loading.waitFor({ state: 'detached' });
    await page.getByText(zh.wuye.home.officer_title, { exact: true }).first().waitFor();
  });
});
