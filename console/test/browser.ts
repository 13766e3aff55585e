import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Locator, type Page, type Response as ApiAnswer } from 'playwright-core';
import { REPO_ROOT } from '../../api/src/config';
import { DEMO_PASSWORD } from '../../api/src/seed/seed';
import { startTestApp, type TestApp } from '../../api/test/harness';

/** Debian's Chromium: never a browser downloaded by playwright (the machines reach no browser download host). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const MISSING_CHROMIUM = 'Chromium is missing: apt-get update && apt-get install -y chromium fonts-wqy-zenhei';
/** Failure screenshots of this run (global setup empties the folder, so what is there belongs to the last run). */
export const ARTIFACTS = path.join(REPO_ROOT, 'test-artifacts', 'browser');

/** The API with the built console on a copy of the seeded database (global setup builds the console). */
export async function startConsoleApp(env: Record<string, string> = {}): Promise<TestApp> {
  if (!fs.existsSync(path.join(REPO_ROOT, 'console', 'dist', 'index.html'))) {
    throw new Error('console/dist is missing: jest global setup should have built it (npm run build -w console)');
  }
  return startTestApp({ API_ONLY: '', ...env });
}

/** What every browser test file needs: the console's server and a browser, started once and closed after. */
export interface ConsoleSuite {
  app: TestApp;
  browser: Browser;
}

export function consoleSuite(env: Record<string, string> = {}): ConsoleSuite {
  const suite = {} as ConsoleSuite;
  beforeAll(async () => {
    suite.browser = await launchBrowser();
    suite.app = await startConsoleApp(env);
  }, 60_000);
  afterAll(async () => {
    await suite.browser?.close();
    await suite.app?.close();
  });
  return suite;
}

/** Headless Chromium with the launch flags this machine needs; a missing browser fails loudly, never skips. */
export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(MISSING_CHROMIUM);
  // playwright gives every launch a fresh temporary profile (user-data-dir) and removes it on close
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface Session {
  page: Page;
  close(): Promise<void>;
}

/**
 * Someone who has not signed in (an owner reading the public pages) in a browser context of their own, closed when
 * the test ends; `options` e.g. another time zone or width.
 */
export async function signedOut(browser: Browser, options: BrowserContextOptions = {}): Promise<Session> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN', acceptDownloads: true, ...options });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  // the server's Content-Security-Policy must let the console work: a refusal the browser reports fails the test
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  // the API's answers, for a failure's message: what the page asked and was told (a move sent or not, refused or not)
  page.on('response', (response) => {
    if (!response.url().endsWith('/graphql')) return;
    let operation = '?';
    try {
      operation = (response.request().postDataJSON() as { operationName?: string } | null)?.operationName ?? '?';
    } catch {
      // a body that is not JSON: named '?'
    }
    answers.push({ at: new Date().toISOString().slice(11, 23), operation, response });
    if (answers.length > ANSWERS_KEPT) answers.shift();
  });
  current = page;
  open.push(context);
  return { page, close: () => context.close() };
}

/** A signed-in person in a browser context of their own (separate session storage); `options` e.g. another time zone or width. */
export async function signIn(browser: Browser, baseUrl: string, username: string, options: BrowserContextOptions = {}): Promise<Session> {
  const session = await signedOut(browser, options);
  const { page } = session;
  await page.goto(`${baseUrl}/#/login`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.hash.startsWith('#/login'));
  current = page;
  return session;
}

let current: Page | null = null;
const open: Array<{ close(): Promise<void> }> = [];
const cspViolations: string[] = [];
const ANSWERS_KEPT = 12;
const answers: Array<{ at: string; operation: string; response: ApiAnswer }> = [];

/** The last GraphQL answers of the test's pages, one line each: time, operation, status and any error codes. */
async function lastAnswers(): Promise<string> {
  const lines = await Promise.all(
    answers.map(async ({ at, operation, response }) => {
      const body = await response.text().catch(() => '');
      const codes = [...new Set([...body.matchAll(/"(?:code|rule)":"([A-Z_]+)"/g)].map((m) => m[1]))];
      return `${at} ${operation} ${response.status()}${codes.length ? ` ${codes.join(' ')}` : ''}`;
    }),
  );
  return lines.join('\n');
}

/**
 * `it` that keeps a screenshot of the last page in test-artifacts/ when the test fails, so a red run shows
 * what the browser showed.
 */
export function browserIt(name: string, fn: () => Promise<void>, timeout = 90_000): void {
  it(
    name,
    async () => {
      current = null;
      cspViolations.length = 0;
      answers.length = 0;
      try {
        await fn();
        if (cspViolations.length) throw new Error(`The Content-Security-Policy refused part of the console:\n${cspViolations.join('\n')}`);
      } catch (error) {
        const said: string[] = [];
        const page = current as Page | null; // set by signIn/watch while fn ran
        if (page && !page.isClosed()) {
          fs.mkdirSync(ARTIFACTS, { recursive: true });
          const file = path.join(ARTIFACTS, `${name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80)}.png`);
          await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
          said.push(`(screenshot: ${path.relative(REPO_ROOT, file)})`);
        }
        if (answers.length) said.push(`The API's last answers (UTC):\n${await lastAnswers()}`);
        if (error instanceof Error && said.length) {
          // jest prints the stack, which carries the message as it was when the error was made
          const message = error.message;
          error.message = [message, ...said].join('\n');
          if (error.stack) error.stack = error.stack.replace(message, error.message);
        }
        throw error;
      } finally {
        await Promise.all(open.splice(0).map((context) => context.close().catch(() => undefined)));
      }
    },
    timeout,
  );
}

/** Marks the page a test is looking at (for the failure screenshot). */
export function watch(page: Page): Page {
  current = page;
  return page;
}

/** The page is no wider than the phone: nothing makes it scroll sideways. */
export async function fitsThePhone(page: Page, what: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  const { scrollWidth, innerWidth, widest } = await page.evaluate(() => {
    // for the failure message: the elements that reach past the right edge
    const widest = Array.from(document.querySelectorAll('body *'))
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(0, 6)
      .map((e) => `${e.tagName.toLowerCase()}.${Array.from(e.classList).slice(0, 2).join('.')}[${e.getAttribute('data-testid') ?? ''}]:${Math.round(e.getBoundingClientRect().right)}`);
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, widest };
  });
  const overflow = Math.max(0, scrollWidth - innerWidth);
  expect({ what, overflow, widest: overflow ? widest : [] }).toEqual({ what, overflow: 0, widest: [] });
}

/**
 * Waits until what `read` returns equals `expected` (the page settles after a refetch, not at once), then
 * asserts it: a value read once right after a click races the server's answer.
 */
export async function becomes<T>(read: () => Promise<T>, expected: T, timeout = 15_000): Promise<void> {
  const until = Date.now() + timeout;
  let seen: T | undefined;
  for (;;) {
    try {
      seen = await read();
    } catch {
      // not on the page yet: read again until the time is up
    }
    if (Object.is(seen, expected) || Date.now() >= until) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(seen).toEqual(expected);
}

/** An element's attribute reads `expected`, once the page has settled (see becomes). */
export async function attributeBecomes(locator: Locator, name: string, expected: string, timeout = 15_000): Promise<void> {
  await becomes(() => locator.getAttribute(name, { timeout: 1_000 }), expected, timeout);
}

/**
 * Clicks `button` until `opened` (a dialog, a panel) is shown: a click that lands while the page is still settling
 * (a panel opening, a list refetched) can be missed on a loaded machine. Fails if it never opens.
 */
export async function openWith(button: Locator, opened: Locator): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    await button.click();
    const shown = await opened.waitFor({ state: 'visible', timeout: 5_000 }).then(
      () => true,
      () => false,
    );
    if (shown) return;
  }
  throw new Error('clicked three times and nothing opened');
}

/**
 * Picks `option` in the list a select or an autocomplete (`combobox`) opens, and waits for the list to close. An option
 * clicked while MUI's menu is still opening can be missed, the menu left open over the page: it is clicked again.
 */
export async function chooseOption(page: Page, combobox: Locator, option: string): Promise<void> {
  await combobox.click();
  const item = page.getByRole('option', { name: option, exact: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    await item.click();
    const closed = await page.getByRole('listbox').waitFor({ state: 'detached', timeout: 2_000 }).then(
      () => true,
      () => false,
    );
    if (closed) return;
  }
  throw new Error(`the list stayed open after choosing ${option}`);
}
