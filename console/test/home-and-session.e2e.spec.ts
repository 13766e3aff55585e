import type { Browser, Page } from 'playwright-core';
import { CREATE_FIRM, firmInput, RETURN_FIRM, SUBMIT_FIRM } from '../../api/test/operations';
import { startTestApp, type TestApp } from '../../api/test/harness';
import { DEMO_PASSWORD } from '../../api/src/seed/seed';
import en from '../src/i18n/en';
import zh from '../src/i18n/zh';
import { becomes, browserIt, consoleSuite, signIn, watch } from './browser';

/**
 * Signing in and staying signed in: the login page at once, the session across a reload and a new tab, the idle
 * warning and sign-out with the form kept, Back after signing in, one's own password; and each role's home page.
 */
const suite = consoleSuite();

/** A browser context of its own, signed out. */
async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return watch(page);
}

async function typeCredentials(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
}

/** The sign-in page's form as drawn, without the notice of why a session ended: the same wherever one meets it. */
async function signInPage(page: Page): Promise<string> {
  await page.getByTestId('login-page').waitFor();
  expect(await page.getByTestId('login-page').count()).toBe(1);
  return page.getByTestId('login-page').evaluate((form) => {
    const copy = form.cloneNode(true) as HTMLElement;
    copy.querySelector('[data-testid="session-ended"]')?.remove();
    return copy.outerHTML;
  });
}

/** A refused sign-in: waits for the server's answer and for the page to show it; returns the message shown. */
async function refusedSignIn(page: Page, username: string, password: string): Promise<string> {
  const answered = page.waitForResponse((response) => response.url().endsWith('/graphql') && response.request().postData()?.includes('mutation Login') === true);
  await typeCredentials(page, username, password);
  await answered;
  await page.locator('button[type="submit"]:enabled').waitFor();
  const error = page.locator('[data-testid="login-error"]:visible');
  await error.waitFor();
  return (await error.textContent()) ?? '';
}

async function signOut(page: Page, messages: typeof zh) {
  await page.getByRole('button', { name: messages.ra.auth.user_menu }).click();
  await page.getByRole('menuitem', { name: messages.ra.auth.logout }).click();
  await page.waitForURL(/#\/login/);
}

describe('signing in and staying signed in', () => {
  browserIt('the login page appears at once for someone signed out, naming the system', async () => {
    const page = await freshPage(suite.browser);
    await page.addInitScript(() => {
      const push = history.pushState.bind(history);
      (window as unknown as { pushes: number }).pushes = 0;
      history.pushState = (...args: Parameters<History['pushState']>) => {
        (window as unknown as { pushes: number }).pushes += 1;
        push(...args);
      };
    });
    try {
      const started = Date.now();
      await page.goto(`${suite.app.baseUrl}/`);
      await page.locator('input[name="username"]').waitFor({ state: 'visible' });
      const elapsed = Date.now() - started;
      // when the browser painted the system's name, from the navigation's start (Element Timing)
      const painted = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((list) => {
              const entry = list.getEntries().find((e) => (e as PerformanceEntry & { identifier: string }).identifier === 'login-form') as (PerformanceEntry & { renderTime: number }) | undefined;
              if (entry) resolve(Math.round(entry.renderTime || entry.startTime));
            }).observe({ type: 'element', buffered: true });
          }),
      );
      // the figures for the README; loose on purpose, the machine is shared (it took 9–19 s before the fix)
      process.stdout.write(`\nlogin form visible ${elapsed} ms after opening the console signed out (painted at ${painted} ms)\n`);
      expect(painted).toBeGreaterThan(0);
      expect(elapsed).toBeLessThan(5_000);
      expect(page.url()).toMatch(/#\/login$/);
      await becomes(() => page.getByTestId('login-system-name').textContent(), zh.wuye.session.system);
      // no storm of redirects: the signed-out visit opens on the login page (there were about a thousand pushes)
      expect(await page.evaluate(() => (window as unknown as { pushes: number }).pushes)).toBe(0);
    } finally {
      await page.context().close();
    }
  });

  browserIt('the first page signs in before the app is loaded: coded errors, the English switch, then the app as chosen', async () => {
    const page = await freshPage(suite.browser);
    try {
      await page.goto(`${suite.app.baseUrl}/#/firms`);
      await page.getByTestId('login-system-name').waitFor();
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByTestId('login-system-name').getByText(en.wuye.session.system).waitFor();
      await becomes(() => page.locator('button[type="submit"]').textContent(), en.wuye.session.sign_in);
      await typeCredentials(page, 'manager', 'not-the-password');
      await page.locator('[data-testid="login-error"]:visible', { hasText: en.wuye.errors.LOGIN_FAILED }).waitFor();
      expect(page.url()).toMatch(/#\/login$/);
      // the username stays; the right password signs in, to the page asked for, in the language chosen
      await expect(page.locator('input[name="username"]').inputValue()).resolves.toBe('manager');
      await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
      await page.locator('button[type="submit"]').click();
      await page.waitForURL(/#\/firms$/);
      await page.locator('tbody tr').first().waitFor();
      await page.getByText(en.resources.firms.name.split(' |||| ')[1], { exact: true }).first().waitFor();
      expect(await page.getByTestId('login-page').count()).toBe(0);
    } finally {
      await page.context().close();
    }
  });

  browserIt('the session survives a reload and reaches a new tab; Back after signing in does not land on the login page', async () => {
    const page = await freshPage(suite.browser);
    try {
      await page.goto(`${suite.app.baseUrl}/#/firms`);
      await page.waitForURL(/#\/login/);
      await typeCredentials(page, 'manager');
      await page.waitForURL(/#\/firms$/);
      await page.locator('tbody tr').first().waitFor();

      await page.reload();
      await page.locator('tbody tr').first().waitFor();
      expect(page.url()).toMatch(/#\/firms$/);

      const tab = await page.context().newPage();
      await tab.goto(`${suite.app.baseUrl}/`);
      await tab.getByTestId('dashboard').waitFor();
      expect(tab.url()).not.toMatch(/login/);
      await tab.close();

      await page.goBack();
      await page.waitForTimeout(500);
      expect(page.url()).not.toMatch(/login/);
    } finally {
      await page.context().close();
    }
  });

  browserIt('the first open, a sign-out and a session the server ended all show the one sign-in page', async () => {
    const page = await freshPage(suite.browser);
    try {
      // the first open: the entry's page, before the app is loaded
      await page.goto(`${suite.app.baseUrl}/#/firms`);
      const first = await signInPage(page);
      expect(first).toContain(zh.wuye.session.system);
      expect(first).toContain(zh.wuye.session.sign_in);
      expect(await page.getByTestId('session-ended').count()).toBe(0);
      await typeCredentials(page, 'registrar');
      await page.waitForURL(/#\/firms$/);
      await page.locator('tbody tr').first().waitFor();

      // signed out from the user menu: the app's login route shows the same page, with no notice
      await signOut(page, zh);
      expect(await signInPage(page)).toBe(first);
      expect(await page.getByTestId('session-ended').count()).toBe(0);
      await typeCredentials(page, 'registrar');
      await page.waitForURL((url) => !url.hash.startsWith('#/login'));
      await page.getByRole('button', { name: zh.ra.auth.user_menu }).waitFor();

      // the server ends the session: the same page again, saying why
      await suite.app.ds.query(`UPDATE access_token SET revoked_at = now() WHERE revoked_at IS NULL AND user_id = (SELECT id FROM app_user WHERE username = 'registrar')`);
      await page.goto(`${suite.app.baseUrl}/#/firms`);
      await page.waitForURL(/#\/login/);
      expect(await signInPage(page)).toBe(first);
      await becomes(() => page.getByTestId('session-ended').textContent(), zh.wuye.session.ended);

      // reloaded there, the entry draws it (the app not loaded yet): the same page, still saying why
      await page.reload();
      expect(await signInPage(page)).toBe(first);
      await becomes(() => page.getByTestId('session-ended').textContent(), zh.wuye.session.ended);
      await typeCredentials(page, 'registrar');
      await page.waitForURL((url) => !url.hash.startsWith('#/login'));
      await page.getByTestId('login-page').waitFor({ state: 'detached' });

      // signed in again, the notice is read: the next sign-out shows none
      await signOut(page, zh);
      expect(await signInPage(page)).toBe(first);
      expect(await page.getByTestId('session-ended').count()).toBe(0);
    } finally {
      await page.context().close();
    }
  });

  browserIt('a person changes their own password from the user menu', async () => {
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'manager');
    watch(page);
    await page.getByRole('button', { name: zh.ra.auth.user_menu }).click();
    await page.getByTestId('change-password').click();
    const dialog = page.getByTestId('change-password-dialog');
    await dialog.locator('input[name="currentPassword"]').fill('not-my-password');
    await dialog.locator('input[name="newPassword"]').fill('a-brand-new-passphrase-7');
    await dialog.locator('input[name="confirmPassword"]').fill('a-brand-new-passphrase-7');
    await dialog.getByTestId('change-password-save').click();
    await dialog.getByText(zh.wuye.rules.PASSWORD_WRONG).waitFor();

    await dialog.locator('input[name="currentPassword"]').fill(DEMO_PASSWORD);
    await dialog.getByTestId('change-password-save').click();
    await page.getByText(zh.wuye.session.password_changed).waitFor();
    const login = `mutation ($p: String!) { login(username: "manager", password: $p) { token } }`;
    expect((await suite.app.gql(login, { p: 'a-brand-new-passphrase-7' })).data.login.token).toMatch(/^wys_/);
    // still signed in here
    await page.reload();
    await page.getByTestId('dashboard').waitFor();
  });
});

describe('the idle sign-out', () => {
  let idleApp: TestApp;
  beforeAll(async () => {
    idleApp = await startTestApp({ API_ONLY: '', SESSION_IDLE_SECONDS: '14', SESSION_IDLE_WARNING_SECONDS: '10' });
  }, 60_000);
  afterAll(() => idleApp?.close());

  browserIt('warns before it ends the session, and the form typed in is back after signing in again', async () => {
    const { page } = await signIn(suite.browser, idleApp.baseUrl, 'clerk');
    watch(page);
    await page.goto(`${idleApp.baseUrl}/#/firms/create`);
    const name = `湖州空闲测试物业服务有限公司${Date.now().toString(36)}`;
    await page.getByLabel(zh.resources.firms.fields.name).fill(name);

    // 14 s without input, warned 10 s before: the warning shows about 4 s after the last key
    const warning = page.getByTestId('idle-warning');
    await warning.getByTestId('idle-continue').waitFor({ timeout: 15_000 });
    await warning.getByTestId('idle-continue').click();
    await warning.getByTestId('idle-continue').waitFor({ state: 'hidden' });
    expect(page.url()).toMatch(/#\/firms\/create$/);

    // left alone again: warned, then signed out
    await warning.getByTestId('idle-continue').waitFor({ timeout: 15_000 });
    await page.waitForURL(/#\/login/, { timeout: 20_000 });
    await page.getByText(zh.wuye.session.idle_signed_out).waitFor();
    expect(await page.getByText(zh.wuye.session.idle_signed_out).count()).toBe(1);
    await typeCredentials(page, 'clerk');
    await page.waitForURL(/#\/firms\/create$/);
    await page.getByText(zh.wuye.session.draft_restored).waitFor();
    await expect(page.getByLabel(zh.resources.firms.fields.name).inputValue()).resolves.toBe(name);
  }, 120_000);

  browserIt('input that sends nothing keeps the server’s session: the console tells it by a keep-alive, and the next page loads', async () => {
    const { page } = await signIn(suite.browser, idleApp.baseUrl, 'clerk');
    watch(page);
    await page.goto(`${idleApp.baseUrl}/#/firms/create`);
    await page.getByLabel(zh.resources.firms.fields.name).waitFor();
    const keepAlives: string[] = [];
    page.on('request', (request) => void (request.postData()?.includes('query KeepAlive') && keepAlives.push(request.url())));
    // 26 s of mouse moves only, longer than the 21 s the server allows a session it does not see used (14 s idle and
    // a token held 7 s, docs/architecture.md#idle-sessions), shorter than the console's own idle sign-out between moves
    for (let second = 0; second < 26; second += 2) {
      await page.mouse.move(200 + second * 5, 300);
      await page.waitForTimeout(2000);
    }
    expect(keepAlives.length).toBeGreaterThan(0);
    await page.goto(`${idleApp.baseUrl}/#/firms`);
    await page.locator('tbody tr').first().waitFor();
    expect(page.url()).toMatch(/#\/firms$/);
    expect(await page.getByTestId('login-page').count()).toBe(0);
  }, 90_000);

  browserIt('a session the server ended for want of use signs the console out with the idle notice', async () => {
    const { page } = await signIn(suite.browser, idleApp.baseUrl, 'registrar');
    watch(page);
    await page.goto(`${idleApp.baseUrl}/#/firms`);
    await page.locator('tbody tr').first().waitFor();
    // as a laptop asleep past the idle time: the page's own timer did not run, the server saw no use
    await idleApp.ds.query(`UPDATE session_activity SET last_used_at = now() - interval '1 hour'`);
    await page.evaluate(() => localStorage.setItem('wuye.activity', String(Date.now())));
    await page.waitForTimeout(7_500);
    await page.goto(`${idleApp.baseUrl}/#/projects`);
    await page.waitForURL(/#\/login/, { timeout: 20_000 });
    await page.getByText(zh.wuye.session.idle_signed_out).waitFor();
  }, 90_000);
});

describe('the sign-in page’s refusals', () => {
  // two failures lock an account for two minutes (eight an address)
  let lockApp: TestApp;
  beforeAll(async () => {
    lockApp = await startTestApp({ API_ONLY: '', LOGIN_MAX_FAILURES: '2', LOGIN_LOCK_MINUTES: '2' });
  }, 60_000);
  afterAll(() => lockApp?.close());

  const locked = (messages: typeof zh) => messages.wuye.session.locked_minutes.replace('%{minutes}', '2');

  browserIt('a wrong password and the lock with its wait, in Chinese and English, on the first page and after a sign-out', async () => {
    const page = await freshPage(suite.browser);
    try {
      // the first page (the entry's), in Chinese, then English
      await page.goto(`${lockApp.baseUrl}/`);
      expect(await refusedSignIn(page, 'clerk', 'not-the-password')).toBe(zh.wuye.errors.LOGIN_FAILED);
      expect(await refusedSignIn(page, 'clerk', 'not-the-password-either')).toBe(zh.wuye.errors.LOGIN_FAILED);
      // locked: even the right password is refused, with the wait
      expect(await refusedSignIn(page, 'clerk', DEMO_PASSWORD)).toBe(locked(zh));
      await page.getByRole('button', { name: 'English' }).click();
      await becomes(() => page.getByTestId('login-error').textContent(), locked(en as unknown as typeof zh));
      expect(await refusedSignIn(page, 'officer', 'not-the-password')).toBe(en.wuye.errors.LOGIN_FAILED);

      // signed in and out again: the app's login route, in the language chosen, refuses the same way
      await typeCredentials(page, 'manager');
      await page.waitForURL((url) => !url.hash.startsWith('#/login'));
      await page.getByRole('button', { name: en.ra.auth.user_menu }).waitFor();
      await signOut(page, en as unknown as typeof zh);
      await becomes(() => page.getByTestId('login-system-name').textContent(), en.wuye.session.system);
      expect(await refusedSignIn(page, 'registrar', 'not-the-password')).toBe(en.wuye.errors.LOGIN_FAILED);
      expect(await refusedSignIn(page, 'registrar', 'not-the-password-either')).toBe(en.wuye.errors.LOGIN_FAILED);
      expect(await refusedSignIn(page, 'registrar', DEMO_PASSWORD)).toBe(locked(en as unknown as typeof zh));
      await page.getByRole('button', { name: '简体中文' }).click();
      await becomes(() => page.getByTestId('login-error').textContent(), locked(zh));
      expect(await refusedSignIn(page, 'officer', 'not-the-password')).toBe(zh.wuye.errors.LOGIN_FAILED);
      // the app follows the page's language: signed in, its menus are Chinese
      await typeCredentials(page, 'manager');
      await page.getByRole('button', { name: zh.ra.auth.user_menu }).waitFor();
    } finally {
      await page.context().close();
    }
  });

  browserIt('an address over its requests without an account is told to wait, not that an account is locked (http/address-limit.ts)', async () => {
    const limitedApp = await startTestApp({ API_ONLY: '', ANONYMOUS_REQUESTS_PER_MINUTE: '3' });
    const page = await freshPage(suite.browser);
    try {
      await page.goto(`${limitedApp.baseUrl}/`);
      const answers: string[] = [];
      // three sign-ins are counted (and refused as wrong), the fourth is not checked at all
      for (let attempt = 0; attempt < 4; attempt++) {
        const answer = await refusedSignIn(page, 'clerk', 'not-the-password');
        answers.push(answer);
        if (answer !== zh.wuye.errors.LOGIN_FAILED) break;
      }
      const [before, after] = zh.wuye.session.address_limited.split('%{seconds}').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      const waitText = new RegExp(`^${before}(\\d+)${after}$`);
      const last = answers.pop()!;
      expect(last).toMatch(waitText);
      expect(Number(waitText.exec(last)![1])).toBeLessThanOrEqual(60);
      expect(answers.length).toBeGreaterThan(0);
      expect(answers.every((answer) => answer === zh.wuye.errors.LOGIN_FAILED)).toBe(true);
    } finally {
      await page.context().close();
      await limitedApp.close();
    }
  });
});

describe('each role’s home page', () => {
  browserIt('an officer sees their running elections by the nearest deadline and the overdue committee filings first', async () => {
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'officer');
    watch(page);
    await page.getByTestId('home-officer').waitFor();
    const deadlines = await page.getByTestId('home-elections').locator('tr[data-election]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-deadline') ?? ''));
    expect(deadlines.length).toBeGreaterThan(0);
    const planned = deadlines.filter((d) => d !== '');
    expect(planned).toEqual([...planned].sort());
    expect(deadlines.slice(0, planned.length)).toEqual(planned); // unplanned ones last
    const overdue = await page.getByTestId('home-committee-filings').locator('tr[data-filing]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-overdue')));
    const firstNotOverdue = overdue.indexOf('false');
    expect(firstNotOverdue === -1 ? [] : overdue.slice(firstNotOverdue)).not.toContain('true');
  });

  // the officer's password is the admin's: the console shows only the change of one's own, then opens (roles-and-workflows.md#own-password)
  browserIt('an officer made by the admin first chooses their own password, and with no subdistricts is told so instead of an empty app', async () => {
    // made by one admin, confirmed by another (roles-and-workflows.md#account-dual-control)
    await suite.app.createConfirmedUser({ username: 'officer.new', displayName: '新指导员 周', role: 'OFFICER', password: 'officer-new-password' });
    const context = await suite.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
    try {
      const page = watch(await context.newPage());
      await page.goto(`${suite.app.baseUrl}/#/login`);
      await typeCredentials(page, 'officer.new', suite.app.oneTimePassword('officer.new'));
      const forced = page.getByTestId('must-change-password');
      await forced.getByText(zh.wuye.session.must_change_explained).waitFor();
      // nothing else of the app is drawn meanwhile
      expect(await page.getByTestId('dashboard').count()).toBe(0);
      await forced.locator('input[name="currentPassword"]').fill(suite.app.oneTimePassword('officer.new'));
      await forced.locator('input[name="newPassword"]').fill('officer-own-choice-7');
      await forced.locator('input[name="confirmPassword"]').fill('officer-own-choice-7');
      await forced.getByTestId('change-password-save').click();
      await page.getByTestId('no-jurisdiction').getByText(zh.wuye.home.no_jurisdiction).waitFor();
      expect(await forced.count()).toBe(0);
      // the account is the person's own now: a reload stays in the app
      await page.reload();
      await page.getByTestId('no-jurisdiction').getByText(zh.wuye.home.no_jurisdiction).waitFor();
      // and on the pages that would otherwise be empty lists with a 新建 button
      await page.goto(`${suite.app.baseUrl}/#/elections`);
      await page.getByTestId('no-jurisdiction-notice').getByText(zh.wuye.home.no_jurisdiction).waitFor();
    } finally {
      await context.close();
    }
  });

  browserIt('a clerk sees their drafts and their returned filings with the reason', async () => {
    const { createFirm: draft } = await suite.app.as('clerk', CREATE_FIRM, { input: firmInput() });
    const { createFirm: filed } = await suite.app.as('clerk', CREATE_FIRM, { input: firmInput() });
    const { submitFirm: submitted } = await suite.app.as('clerk', SUBMIT_FIRM, { id: filed.id, version: filed.version });
    await suite.app.as('registrar', RETURN_FIRM, { id: filed.id, version: submitted.version, reason: 'INCOMPLETE_MATERIALS' as never, note: '缺少营业执照副本' });

    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'clerk');
    watch(page);
    await page.getByTestId('home-clerk').waitFor();
    await page.getByTestId('home-drafts').locator(`tr[data-record="firms/${draft.id}"]`).getByText(draft.name).waitFor();
    const returned = page.getByTestId('home-returned').locator(`tr[data-record="firms/${filed.id}"]`);
    await becomes(() => returned.getByTestId('return-reason').textContent(), `${zh.wuye.returnReason.INCOMPLETE_MATERIALS}：缺少营业执照副本`);
  });

  browserIt('a registrar sees the queue by waiting time, without their own submissions, and why', async () => {
    const { createFirm: own } = await suite.app.as('registrar', CREATE_FIRM, { input: firmInput() });
    await suite.app.as('registrar', SUBMIT_FIRM, { id: own.id, version: own.version });

    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'registrar');
    watch(page);
    await page.getByTestId('home-registrar').waitFor();
    await page.getByTestId('maker-checker-note').getByText(zh.wuye.home.own_note).waitFor();
    const rows = page.getByTestId('home-queue').locator('tr[data-record]');
    await rows.first().waitFor();
    const submitted = await rows.evaluateAll((all) => all.map((r) => r.getAttribute('data-submitted') ?? ''));
    expect(submitted.map(Date.parse)).toEqual([...submitted.map(Date.parse)].sort((a, b) => a - b));
    expect(await page.locator(`tr[data-record="firms/${own.id}"]`).count()).toBe(0);
    const [{ n }] = await suite.app.ds.query(`SELECT count(*)::int AS n FROM firm WHERE filing_status = 'SUBMITTED' AND submitted_by_id IS DISTINCT FROM (SELECT id FROM app_user WHERE username = 'registrar')`);
    expect(await rows.locator('a[href*="firms/"]').count()).toBe(Math.min(n, 50));
  });
});
