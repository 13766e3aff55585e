import { todayInChina } from '../../api/src/shared/iso-date';
import zh from '../src/i18n/zh';
import { browserIt, chooseOption, consoleSuite, signIn, watch } from './browser';

/**
 * An audit event's before and after read as the console's own fields (labels, words for codes, China time, a link
 * to the record); an estate with no owner roll says so where an election is created and where candidates are
 * nominated, with the way to the roll import.
 */
const suite = consoleSuite();
const url = (path: string) => `${suite.app.baseUrl}/#/${path}`;
/** A Latin code or key (`RETURNED`, `filingStatus`) where a Chinese reader should see words. */
const LATIN_WORD = /[A-Za-z]{2,}/;

describe('the audit log detail', () => {
  browserIt('manager opens a project’s status change: labelled fields, the status in words, times in China time, the record a link', async () => {
    const [event] = await suite.app.ds.query(
      `SELECT id, entity_id, before->>'filingStatus' AS was, after->>'filingStatus' AS now, CASE WHEN before->>'decidedAt' IS DISTINCT FROM after->>'decidedAt' THEN after->>'decidedAt' END AS decided FROM audit_event
        WHERE entity_type = 'Project' AND before IS NOT NULL
          AND before->>'filingStatus' IS DISTINCT FROM after->>'filingStatus' ORDER BY id DESC LIMIT 1`,
    );
    expect(event).toBeTruthy();
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'manager');
    watch(page);
    await page.goto(url(`auditEvents?filter=${encodeURIComponent(JSON.stringify({ entityType: 'Project', entityId: String(event.entity_id) }))}`));
    const row = page.locator('tbody tr').filter({ has: page.getByTestId('audit-record-link') }).filter({ hasText: zh.wuye.auditLog.field.filingStatus });
    await row.first().waitFor();
    // the record id opens the project
    await row.first().locator('.RaDatagrid-expandIcon').click();
    const detail = page.getByTestId('audit-detail').first();
    const status = detail.locator('[data-field="filingStatus"]');
    await status.waitFor();
    expect((await status.locator('td').allTextContents()).slice(0, 3)).toEqual([
      zh.wuye.auditLog.field.filingStatus,
      event.was ? zh.wuye.filingStatus[event.was as keyof typeof zh.wuye.filingStatus] : '—',
      zh.wuye.filingStatus[event.now as keyof typeof zh.wuye.filingStatus],
    ]);
    // an instant as the console writes them: China time (UTC+8)
    if (event.decided) {
      const [{ day, time }] = await suite.app.ds.query(
        `SELECT to_char(($1::timestamptz) AT TIME ZONE 'Asia/Shanghai', 'FMMM月FMDD日') AS day, to_char(($1::timestamptz) AT TIME ZONE 'Asia/Shanghai', 'HH24:MI') AS time`,
        [event.decided],
      );
      const decided = await detail.locator('[data-field="decidedAt"] td').nth(2).textContent();
      expect(decided).toContain(day);
      expect(decided).toContain(time);
    }
    // labels and values in words: no field keys, no codes (masked phones and names as sent)
    const labels = await detail.locator('tbody tr td:first-child').allTextContents();
    expect(labels.filter((t) => LATIN_WORD.test(t))).toEqual([]);
    const values = await detail.locator('tbody tr td:not(:first-child)').allTextContents();
    expect(values.filter((t) => /\b[A-Z]{2,}(_[A-Z]+)*\b/.test(t) || /\d{4}-\d{2}-\d{2}T/.test(t))).toEqual([]);

    await row.first().getByTestId('audit-record-link').click();
    await page.waitForURL((u) => u.hash === `#/projects/${event.entity_id}/show`);
  });
});

describe('an estate without an owner roll', () => {
  browserIt('officer is warned on the new election, and the candidate picker says the roll is empty and links to its import', async () => {
    const estates = await suite.app.ds.query(
      `SELECT e.id, e.name, s.name AS subdistrict FROM estate e JOIN community c ON c.id = e.community_id JOIN subdistrict s ON s.id = c.subdistrict_id
        WHERE c.subdistrict_id IN (SELECT oj.subdistrict_id FROM officer_jurisdiction oj JOIN app_user u ON u.id = oj.user_id WHERE u.username = 'officer')
          AND NOT EXISTS (SELECT 1 FROM unit n WHERE n.estate_id = e.id)
          AND NOT EXISTS (SELECT 1 FROM election r WHERE r.estate_id = e.id AND r.phase NOT IN ('CANCELLED', 'CERTIFIED'))
          AND e.households > 100 ORDER BY e.id LIMIT 1`,
    );
    const [estate] = estates;
    expect(estate).toBeTruthy();
    const { ownerRoll } = await suite.app.as('officer', `query($id: ID!) { ownerRoll(estateId: $id) { units } }`, { id: estate.id });
    expect(ownerRoll.units).toBe(0);

    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'officer');
    watch(page);
    await page.goto(url('elections/create'));
    const fields = zh.resources.elections.fields;
    await chooseOption(page, page.getByRole('combobox', { name: fields.subdistrictId }), estate.subdistrict);
    await page.getByRole('combobox', { name: fields.estateId }).fill(estate.name);
    await page.getByRole('option', { name: estate.name, exact: true }).click();
    const warning = page.getByTestId('create-no-roll');
    await warning.getByText(zh.wuye.roll.none_for_election).waitFor();
    expect(await warning.getByTestId('no-roll-import').getAttribute('href')).toBe(`#/import?kind=OWNER_ROLL&estateId=${estate.id}`);
    // a warning, not a refusal: saving stays possible
    expect(await page.getByRole('button', { name: zh.ra.action.save }).isDisabled()).toBe(false);

    const { createElection } = await suite.app.as('officer', `mutation($input: ElectionInput!) { createElection(input: $input) { id version } }`, {
      input: { estateId: estate.id, kind: 'FIRST', seats: 5, title: `${estate.name}第一届业主委员会选举`, deemedVotes: false },
    });
    // nomination announced for today: only the missing roll holds it (NO_OWNER_ROLL), said beside the held button
    await suite.app.ds.query(`UPDATE election_phase SET starts_on = $2, ends_on = $2 WHERE election_id = $1 AND phase = 'NOMINATION'`, [createElection.id, todayInChina()]);
    await page.goto(url(`elections/${createElection.id}/show`));
    await page.getByText(zh.wuye.rules.NO_OWNER_ROLL).waitFor();
    expect(await page.getByTestId('move-OPEN_NOMINATION').isDisabled()).toBe(true);
    const refused = await suite.app.gql(`mutation($id: ID!, $version: Int!) { moveElection(id: $id, version: $version, action: OPEN_NOMINATION) { id } }`, {
      id: createElection.id,
      version: createElection.version,
    }, await suite.app.tokenFor('officer'));
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'NO_OWNER_ROLL' });
    // the candidates' tab says why and leads to the import
    await page.goto(url(`elections/${createElection.id}/show/candidates`));
    const panel = page.getByTestId('candidate-panel');
    await panel.getByTestId('no-roll').getByText(zh.wuye.roll.none_for_election).waitFor();
    await panel.getByTestId('no-roll').getByTestId('no-roll-import').click();
    await page.waitForURL((u) => u.hash === `#/import?kind=OWNER_ROLL&estateId=${estate.id}`);
  });
});
