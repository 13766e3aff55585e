import crypto from 'node:crypto';
import zh from '../src/i18n/zh';
import { attributeBecomes, browserIt, consoleSuite, signIn, watch } from './browser';

/** The admin's API tokens: a new token's secret is shown once and works; a revoked one is refused at once. */
// the webhook's receiver is on this machine (a closed port): internal addresses are an operator's opt-in
const suite = consoleSuite({ WEBHOOK_ALLOW_PRIVATE: '1' });

describe('API tokens in the console', () => {
  browserIt('an admin creates a token (its secret shown once, and it works), adds a webhook, then revokes the token', async () => {
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'admin');
    watch(page);
    await page.getByTestId('menu-api-tokens').click();
    await page.getByTestId('api-tokens').waitFor();

    const name = `浏览器测试平台${crypto.randomBytes(2).toString('hex')}`;
    await page.getByTestId('api-token-create').click();
    const dialog = page.getByTestId('api-token-dialog');
    await dialog.locator('input[name="name"]').fill(name);
    await dialog.locator('input[name="rateLimitPerMinute"]').fill('30');
    await dialog.getByTestId('api-token-dialog-confirm').click();

    const secretDialog = page.getByTestId('secret-dialog');
    await secretDialog.getByText(zh.wuye.apiTokens.secret_once).waitFor();
    const secret = await page.getByTestId('secret-value').inputValue();
    expect(secret).toMatch(/^wya_/);
    await page.getByTestId('secret-done').click();
    await secretDialog.waitFor({ state: 'detached' });
    // once: the page holds it nowhere after the dialog closes
    expect(await page.content()).not.toContain(secret);

    const row = page.locator(`tr[data-token-name="${name}"]`);
    await row.getByTestId('api-token-limit').getByText('30', { exact: false }).waitFor();
    const works = await suite.app.gql(`query { firms(options: { take: 1 }) { totalItems } }`, {}, secret);
    expect(works.errors).toBeUndefined();

    // its webhooks: an endpoint added here gets its own secret, once, and shows in the token's panel
    await row.getByTestId('api-token-webhooks').click();
    await page.getByTestId('webhook-add').click();
    await page.getByTestId('webhook-dialog').locator('input[name="url"]').fill('http://127.0.0.1:9/hooks');
    await page.getByTestId('webhook-dialog-confirm').click();
    expect(await page.getByTestId('secret-value').inputValue()).toMatch(/^whsec_/);
    await page.getByTestId('secret-done').click();
    await page.locator('[data-testid^="webhook-"][data-status="ACTIVE"]').getByText('http://127.0.0.1:9/hooks').waitFor();

    await row.getByTestId('api-token-revoke').click();
    await page.getByTestId('revoke-dialog-confirm').click();
    await page.getByTestId('revoke-dialog').waitFor({ state: 'detached' });
    // the list refetches after the dialog closes: wait for the new state before reading the row
    await row.getByText(zh.wuye.apiTokens.states.REVOKED).waitFor();
    await attributeBecomes(row, 'data-state', 'REVOKED');
    const refused = await suite.app.gql(`query { firms(options: { take: 1 }) { totalItems } }`, {}, secret);
    expect(refused.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  browserIt('the menu offers API tokens to the admin only', async () => {
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'manager');
    watch(page);
    await page.getByTestId('menu-holidays').waitFor();
    await expect(page.getByTestId('menu-api-tokens').count()).resolves.toBe(0);
  });
});
