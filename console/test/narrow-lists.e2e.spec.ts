import type { Page } from 'playwright-core';
import zh from '../src/i18n/zh';
import { canAccess } from '../src/permissions';
import { browserIt, consoleSuite, signIn, watch } from './browser';

/**
 * Every list at a 1024 × 768 window (office laptops, projectors): the toolbar's buttons and every column shown,
 * the status column among them, are within the window; nothing scrolls sideways.
 */
const suite = consoleSuite();
const WIDTH = 1024;

const LISTS = [
  'firms', 'projects', 'estates', 'elections', 'resolutions', 'committees', 'committeeFilings', 'assessments', 'repairFunds',
  'committeeAccounts', 'partyOrganisations', 'fivePartyMeetings', 'users', 'auditEvents',
];
const ROLES = ['clerk', 'officer', 'manager', 'admin'] as const;
/** The column each list's reader looks for first: the record's state. */
const STATUS_COLUMN: Record<string, string> = {
  firms: zh.resources.firms.fields.filingStatus,
  projects: zh.resources.projects.fields.filingStatus,
  elections: zh.resources.elections.fields.phase,
  committeeFilings: zh.resources.committeeFilings.fields.filingStatus,
};

async function outsideTheWindow(page: Page): Promise<string[]> {
  return page.evaluate((width) => {
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const beyond = (el: Element) => el.getBoundingClientRect().right > width + 0.5;
    const name = (el: Element) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" right=${Math.round(el.getBoundingClientRect().right)}`;
    const buttons = Array.from(document.querySelectorAll('.RaList-actions button, .RaList-actions a, [class*="RaTopToolbar"] button, [class*="RaTopToolbar"] a'));
    const headers = Array.from(document.querySelectorAll('thead th'));
    const out = [...buttons, ...headers].filter(visible).filter(beyond).map(name);
    if (document.documentElement.scrollWidth > width) out.push(`page scrollWidth=${document.documentElement.scrollWidth}`);
    return out;
  }, WIDTH);
}

describe('lists at 1024 px', () => {
  for (const role of ROLES) {
    browserIt(`${role}: every list keeps its toolbar and its columns, the status among them, within a 1024 px window`, async () => {
      const lists = LISTS.filter((resource) => canAccess(role, resource, 'list'));
      const problems: Record<string, string[]> = {};
      const { page } = await signIn(suite.browser, suite.app.baseUrl, role, { viewport: { width: WIDTH, height: 768 } });
      watch(page);
      for (const resource of lists) {
        await page.goto(`${suite.app.baseUrl}/#/${resource}`);
        await page.locator('tbody tr, .RaList-noResults, .RaEmpty-message').first().waitFor();
        // the toolbar's buttons are drawn once the permissions are known
        await page.getByRole('button', { name: zh.ra.action.export }).or(page.locator('.RaEmpty-message')).first().waitFor().catch(() => undefined);
        const out = await outsideTheWindow(page);
        const status = STATUS_COLUMN[resource];
        if (status && (await page.locator('tbody tr').count())) {
          const box = await page.locator('thead th').filter({ hasText: status }).first().boundingBox();
          if (!box || box.x + box.width > WIDTH) out.push(`status column ${status} not in view`);
        }
        if (out.length) problems[resource] = out;
      }
      expect(problems).toEqual({});
      expect(lists.length).toBeGreaterThan(0);
    }, 180_000);
  }
});
