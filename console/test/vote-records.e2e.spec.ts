import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { LIST_ELECTIONS, MOVE_RESOLUTION } from '../../api/test/election-operations';
import { verifyRecord } from '../../api/src/elections/records/vote-record';
import zh from '../src/i18n/zh';
import { browserIt, consoleSuite, signIn, watch } from './browser';

/**
 * The record of a vote as an officer takes it home: the 选举结果公告 of a certified election and the
 * 表决结果公告 of a closed resolution, downloaded from their pages as PDFs whose text (read back with
 * pdftotext) names the elected and carries the seal; the JSON record verifies.
 */
const suite = consoleSuite();

const RECORD = `query Record($id: ID!) { election(id: $id) { id committeeId record { sha256 } } }`;
const MEMBERS = `query Members($id: ID!) { committee(id: $id) { members { name } } }`;
const RESOLUTION = `query Resolution($id: ID!) { resolution(id: $id) { id version title phase record { sha256 } } }`;
const RESOLUTIONS = `query Resolutions { resolutions(options: { filter: { phase: VOTING } }) { items { id title } } }`;

/** Clicks a download button and returns the saved file's path. */
async function download(page: Page, testId: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = join(mkdtempSync(join(tmpdir(), 'download-')), file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

const pdfText = (path: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

describe('the record of a vote, downloaded', () => {
  browserIt('an officer downloads the 选举结果公告 of a certified election: it names the elected and carries the seal', async () => {
    const { elections } = await suite.app.as('officer', LIST_ELECTIONS, { options: { filter: { phase: 'CERTIFIED' } } });
    const { election } = await suite.app.as('officer', RECORD, { id: elections.items[0].id });
    expect(election.record.sha256).toMatch(/^[0-9a-f]{64}$/);
    const { committee } = await suite.app.as('officer', MEMBERS, { id: election.committeeId });

    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'officer');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/elections/${election.id}/show/tally`);
    const panel = page.getByTestId('vote-record');
    await panel.getByTestId('record-sha256').getByText(election.record.sha256).waitFor();
    await panel.getByRole('button', { name: zh.wuye.record.download_notice_elections }).waitFor();

    const pdf = await download(page, 'download-notice');
    expect(pdf.endsWith(`${zh.wuye.record.notice_elections}-${election.id}.pdf`)).toBe(true);
    const text = pdfText(pdf);
    expect(text).toContain('业主委员会选举结果公告');
    for (const member of committee.members) expect(text).toContain(member.name);
    expect(text).toContain(election.record.sha256);

    const json = await download(page, 'download-record');
    const record = JSON.parse(readFileSync(json, 'utf8'));
    expect(verifyRecord(record)).toMatchObject({ sealHolds: true, recountAgrees: true });
  });

  browserIt('an officer closes the fee change and downloads its 表决结果公告 with the seal', async () => {
    const { resolutions } = await suite.app.as('officer', RESOLUTIONS);
    const open = resolutions.items[0];
    // its announced period runs its course: today is its last day (behind the API, as if the days had passed)
    await suite.app.ds.query(`UPDATE resolution SET voting_ends_on = (now() AT TIME ZONE 'Asia/Shanghai')::date WHERE id = $1`, [open.id]);
    const { resolution: before } = await suite.app.as('officer', RESOLUTION, { id: open.id });
    expect(before.record).toBeNull();
    await suite.app.as('officer', MOVE_RESOLUTION, { id: open.id, version: before.version, action: 'CLOSE_VOTING' });
    const { resolution } = await suite.app.as('officer', RESOLUTION, { id: open.id });

    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'officer');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/resolutions/${resolution.id}/show`);
    await page.getByTestId('vote-record').getByTestId('record-sha256').getByText(resolution.record.sha256).waitFor();
    const text = pdfText(await download(page, 'download-notice'));
    expect(text).toContain('业主大会表决结果公告');
    expect(text).toContain(resolution.title);
    expect(text).toContain(resolution.record.sha256);
  });
});

describe('a counted election that is cancelled', () => {
  browserIt('keeps its record to download, and offers no result notice or tally sheet: it announces no one', async () => {
    const { elections } = await suite.app.as('officer', LIST_ELECTIONS, { options: { filter: { phase: 'COUNTING' } } });
    const { election } = await suite.app.as('officer', `query($id: ID!) { election(id: $id) { id version } }`, { id: elections.items[0].id });
    await suite.app.as('officer', `mutation($id: ID!, $version: Int!) { moveElection(id: $id, version: $version, action: CANCEL, cancelReason: IRREGULARITY) { id } }`, election);
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'officer');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/elections/${election.id}/show/tally`);
    const panel = page.getByTestId('vote-record');
    await panel.getByTestId('download-record').waitFor();
    for (const testId of ['download-notice', 'download-tally-sheet']) expect(await panel.getByTestId(testId).count()).toBe(0);
    const record = JSON.parse(readFileSync(await download(page, 'download-record'), 'utf8'));
    expect(record.vote).toMatchObject({ kind: 'ELECTION', id: String(election.id) });
  });
});
