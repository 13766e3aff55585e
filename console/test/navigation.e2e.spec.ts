import zh from '../src/i18n/zh';
import { browserIt, consoleSuite, signIn, watch } from './browser';

/**
 * Moving between pages never leaves one on the spinner (docs/architecture.md#console-pages): opening a create
 * page while the list one came from is still being drawn used to stop on react-admin's auth wait for good, about
 * one time in six. Each pass starts from a reload, so no access check is already answered.
 */
const suite = consoleSuite();
const menuName = (resource: keyof typeof zh.resources) => zh.resources[resource].name.split('|||')[0].trim();

type Creatable = 'firms' | 'projects' | 'estates' | 'elections' | 'resolutions' | 'fivePartyMeetings' | 'committees' | 'repairFunds' | 'committeeAccounts' | 'users';
const CREATORS: Array<[string, Creatable[]]> = [
  ['clerk', ['firms', 'projects', 'estates']],
  ['officer', ['elections', 'resolutions', 'fivePartyMeetings']],
  ['officer', ['committees', 'repairFunds', 'committeeAccounts']],
  ['admin', ['users']],
];

describe('moving between pages', () => {
  for (const [username, resources] of CREATORS) {
    browserIt(`${username}: a create page opened the moment its list appears shows its form (${resources.join(', ')}, three times each)`, async () => {
      const { page } = await signIn(suite.browser, suite.app.baseUrl, username);
      watch(page);
      for (let pass = 0; pass < 3; pass++) {
        for (const resource of resources) {
          await page.reload();
          await page.getByRole('menuitem', { name: menuName(resource) }).click();
          await page.waitForURL(new RegExp(`#/${resource}(\\?|$)`));
          await page.goto(`${suite.app.baseUrl}/#/${resource}/create`);
          await page.getByRole('button', { name: zh.ra.action.save }).waitFor();
        }
      }
    }, 180_000);
  }
});
