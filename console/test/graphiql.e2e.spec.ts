import { CREATE_FIRM, firmInput } from '../../api/test/operations';
import { browserIt, consoleSuite, signIn, watch } from './browser';

/**
 * The offline GraphQL IDE at /graphiql (GraphiQL from the console's own build): it runs a query with the
 * console's session, reads the schema's documentation, follows the change feed live, and links the
 * integrator guide — all under the server's Content-Security-Policy (a refusal fails the test).
 */
const suite = consoleSuite();

describe('GraphiQL at /graphiql', () => {
  browserIt('runs a query with the signed-in session, shows the docs, follows a subscription, and links the guide', async () => {
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'manager');
    watch(page);
    const workerErrors: string[] = [];
    page.on('pageerror', (error) => workerErrors.push(error.message));
    // the same tab: the console's session (this tab's sessionStorage) becomes the Authorization header
    await page.goto(`${suite.app.baseUrl}/graphiql`);
    await page.locator('.graphiql-query-editor .monaco-editor').first().waitFor();

    await page.locator('.graphiql-execute-button').click();
    await page.locator('.graphiql-response').getByText('"nextCursor"').waitFor();
    await page.locator('.graphiql-response').getByText('"filingStatus"').first().waitFor();

    // a subscription streams from /graphql/stream: a firm created meanwhile shows up in the response
    const [{ last }] = await suite.app.ds.query(`SELECT last FROM change_feed_head`);
    await page.locator('.graphiql-query-editor .monaco-editor').first().click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(`subscription Follow { changeFeed(after: ${last}) { position entityType entityId action } }`);
    await page.locator('.graphiql-execute-button').click();
    const { createFirm } = await suite.app.as('clerk', CREATE_FIRM, { input: firmInput() });
    await page.locator('.graphiql-response').getByText(`"${createFirm.id}"`).waitFor();
    await page.locator('.graphiql-response').getByText('"firm.create"').waitFor();
    await page.locator('.graphiql-execute-button').click(); // stops it

    // the documentation explorer, from introspection (signed-in callers only)
    await page.locator('button[aria-label="Show Documentation Explorer"]').click();
    await page.locator('.graphiql-doc-explorer').getByText('subscription', { exact: false }).first().waitFor();

    await page.getByRole('link', { name: '接入文档 · Integrator guide' }).click();
    await page.waitForURL(`${suite.app.baseUrl}/graphiql/integrators`);
    await page.getByRole('heading', { name: 'Integrator guide' }).waitFor();
    await page.getByRole('heading', { name: '5. Errors' }).waitFor();
    if (workerErrors.length) throw new Error(`GraphiQL failed in the page:\n${workerErrors.join('\n')}`);
  });
});
