import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { freshCreditCode } from '../../api/test/operations';
import zh from '../src/i18n/zh';
import { browserIt, consoleSuite, signIn, watch } from './browser';

/** A large import with its progress and its error file, and a printed form downloaded from a record's page. */
const suite = consoleSuite();

const HEADERS = ['企业名称', '统一社会信用代码', '法定代表人', '注册地址', '联系人', '联系电话', '成立日期', '所在区县'];
const row = (name: string, code: string, phone = '13857212345') => [name, code, '沈建华', '湖州市吴兴区人民路1号', '钱丽', phone, '2015-03-18', '吴兴区'];

/** Clicks a download button and returns the saved file's path. */
async function download(page: Page, testId: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = join(mkdtempSync(join(tmpdir(), 'download-')), file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

describe('sheets and documents in the console', () => {
  browserIt('a 2,000-row import shows its progress, and the rows left out come back as a file to fix', async () => {
    const stamp = Date.now().toString(36);
    const rows = Array.from({ length: 2000 }, (_, i) => row(`湖州进度物业${stamp}-${i}`, freshCreditCode()));
    rows[1234] = row(`湖州进度物业${stamp}-坏`, freshCreditCode(), '12345');
    const csv = `\uFEFF${[HEADERS, ...rows].map((cells) => cells.join(',')).join('\r\n')}\r\n`;
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'clerk');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/import?kind=FIRMS`);
    await page.getByTestId('import-file').setInputFiles({ name: 'many-firms.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const summary = page.getByTestId('import-summary');
    await summary.getByText('共 2000 行：有效 1999 行，有误 1 行，已登记 0 行').waitFor({ timeout: 60_000 });

    // while the import runs the page asks how far it has got, and shows it
    // (a poll sent before the server has registered the run answers null: the first that knows it is read; the full run of 5076014 met one)
    const polled = page.waitForResponse(
      async (r) => r.url().endsWith('/graphql') && /query ImportProgress\b/.test(r.request().postData() ?? '') && !!(await r.json().catch(() => null))?.data?.importProgress,
      { timeout: 60_000 },
    );
    await page.getByTestId('import-run-valid').click();
    await page.getByRole('button', { name: zh.ra.action.confirm }).click();
    await page.getByTestId('import-progress').waitFor();
    const progress = (await (await polled).json()) as { data: { importProgress: { phase: string; total: number } | null } };
    expect(['CHECKING', 'WRITING', 'DONE']).toContain(progress.data.importProgress?.phase);
    await summary.getByText('导入完成：新建 1999 条，已登记 0 条，未导入有误行 1 条').waitFor({ timeout: 60_000 });
    await page.getByTestId('import-progress').waitFor({ state: 'detached' });

    // the error file: the bad row as uploaded, with its message in one more column
    const file = await download(page, 'import-error-file');
    expect(file.endsWith('many-firms-errors.csv')).toBe(true);
    const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe([...HEADERS, '错误说明'].join(','));
    expect(lines).toHaveLength(2);
    expect(lines[1].startsWith(`湖州进度物业${stamp}-坏,`)).toBe(true);
    expect(lines[1]).toContain(`联系电话：${zh.wuye.rules.PHONE}`);
  }, 180_000);

  browserIt('a registrar prints the filing receipt (备案回执) from an approved firm’s page', async () => {
    const [firm] = await suite.app.ds.query(`SELECT id, name, filing_number FROM firm WHERE filing_status = 'APPROVED' ORDER BY id LIMIT 1`);
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'registrar');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/firms/${firm.id}/show`);
    await page.getByTestId('download-receipt').getByText(zh.wuye.documents.receipt).waitFor();
    const pdf = await download(page, 'download-receipt');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('物业服务企业备案回执');
    expect(text).toContain(firm.filing_number);
    expect(text).toContain(firm.name);
  });
});
