import { createHash } from 'node:crypto';
import { asRequestRole, outcomeOf, refusedBy, ruleOutcomeOf, startTestApp, TestApp } from './harness';
import { UPDATE_CAMPAIGN } from './campaign-operations';
import { ADD_ENTRY, openNewBook, PUBLISHED_STATEMENT, SIGN_OFF_ENTRY, spendingOf } from './money-operations';
import { todayInChina } from '../src/shared/iso-date';
import type { CampaignInput } from './generated/graphql';

/**
 * What the service writes only by its moves, PostgreSQL holds whoever writes SQL as the request role (attacker review
 * round 10): a book's entries as booked (migrations/1764806700000), a name's history as its renames
 * (migrations/1764806710000), a campaign and its reports as the service keeps them (migrations/1764806720000). Each
 * raw statement runs as the server's role in a transaction rolled back.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const one = async <T = Record<string, any>>(sql: string, params: unknown[] = []): Promise<T> => {
  const [row] = await app.ds.query(sql, params);
  if (!row) throw new Error(`the demo has no row for: ${sql}`);
  return row as T;
};
const userId = async (username: string): Promise<number> => (await one<{ id: number }>(`SELECT id FROM app_user WHERE username = $1`, [username])).id;

describe('a book’s entries stay as booked (round 10, F5)', () => {
  /** a spending taken back in a new book: it waits for the community's sign-off, booked by `officer` */
  const pendingEntry = async () => {
    const book = await openNewBook(app, [{ amount: '3000.00', occurredOn: todayInChina() }]);
    const { addAccountEntry: repair } = await app.as('officer', ADD_ENTRY, { input: spendingOf(book, '3000.00', '湖州某水泵公司') });
    const { addAccountEntry: back } = await app.as('officer', ADD_ENTRY, { input: spendingOf(book, '-1000.00', '湖州某水泵公司', { correctsEntryId: repair.id }) });
    expect(back.signOffRequired).toBe(true);
    return { repair, back };
  };

  it('refuses rewriting, removing or adding decided entries; the sign-off is another officer’s of the estate', async () => {
    const { repair, back } = await pendingEntry();
    // 11 元 → 500,000 元 with neither resolution nor sign-off; a booked income deleted
    expect(refusedBy(await asRequestRole(app, [`UPDATE account_entry SET amount_fen = 50000000, counterparty = '某某公司' WHERE id = $1`, [repair.id]]))).toBe('account_entry_as_booked');
    expect(refusedBy(await asRequestRole(app, [`UPDATE account_entry SET sign_off_required = false WHERE id = $1`, [back.id]]))).toBe('account_entry_as_booked');
    expect(refusedBy(await asRequestRole(app, [`DELETE FROM account_entry WHERE id = $1`, [repair.id]]))).toBe('account_entry_as_booked');
    // born signed off by its own booker
    const bornDecided = `INSERT INTO account_entry (period_id, estate_id, direction, category, amount_fen, counterparty, occurred_on, entered_by_member_id,
                                                    created_by_id, sign_off_required, signed_off_by_id, signed_off_at)
                         SELECT period_id, estate_id, 'INCOME', 'OTHER', 90000000, '自签收入', occurred_on, entered_by_member_id, created_by_id, true, created_by_id, now()
                           FROM account_entry WHERE id = $1`;
    expect(refusedBy(await asRequestRole(app, [bornDecided, [back.id]]))).toBe('account_entry_born_undecided');
    // signed off by its booker, by a manager, by an officer of other subdistricts: refused; by officer3: taken
    const signOff = (username: string): [string, unknown[]] => [
      `UPDATE account_entry SET signed_off_by_id = (SELECT id FROM app_user WHERE username = $2), signed_off_at = now() WHERE id = $1`,
      [back.id, username],
    ];
    for (const who of ['officer', 'manager', 'officer2']) expect(`${who}: ${refusedBy(await asRequestRole(app, signOff(who)))}`).toBe(`${who}: account_entry_signed_off_by_another`);
    expect(refusedBy(await asRequestRole(app, signOff('officer3')))).toBe('accepted');
    // a refusal as well, and a decision once only
    const refuse = (username: string): [string, unknown[]] => [
      `UPDATE account_entry SET sign_off_refused_by_id = (SELECT id FROM app_user WHERE username = $2), sign_off_refused_at = now(), sign_off_refusal_note = '不同意' WHERE id = $1`,
      [back.id, username],
    ];
    expect(refusedBy(await asRequestRole(app, refuse('officer')))).toBe('account_entry_signed_off_by_another');
    expect(refusedBy(await asRequestRole(app, signOff('officer3'), refuse('officer3')))).toBe('account_entry_signed_off_by_another');
    // the service's sign-off still goes through
    const { signOffAccountEntry } = await app.as('officer3', SIGN_OFF_ENTRY, { id: back.id, version: back.version });
    expect(signOffAccountEntry.signedOffById).toBe(String(await userId('officer3')));
    // once decided, not decided again nor re-dated
    expect(refusedBy(await asRequestRole(app, [`UPDATE account_entry SET signed_off_at = now() - interval '1 day' WHERE id = $1`, [back.id]]))).toBe('account_entry_signed_off_by_another');
  });

  it('keeps a voucher as filed, its digest its content’s', async () => {
    const entry = await one(`SELECT e.id FROM account_entry e JOIN account_period p ON p.id = e.period_id WHERE p.status = 'OPEN' ORDER BY e.id LIMIT 1`);
    const file = `INSERT INTO account_voucher (entry_id, file_name, content_type, size_bytes, sha256, content) VALUES ($1, 'a.pdf', 'application/pdf', $2, $3, $4)`;
    const content = Buffer.from('%PDF-1.4 a voucher');
    const digest = createHash('sha256').update(content).digest();
    expect(refusedBy(await asRequestRole(app, [file, [entry.id, content.length, createHash('sha256').update('another').digest(), content]]))).toBe('account_voucher_as_filed');
    expect(refusedBy(await asRequestRole(app, [file, [entry.id, content.length, digest, content]]))).toBe('accepted');
    expect(refusedBy(await asRequestRole(app, [file, [entry.id, content.length, digest, content]], [`UPDATE account_voucher SET content = 'x' WHERE entry_id = $1`, [entry.id]]))).toBe(
      'account_voucher_as_filed',
    );
    expect(refusedBy(await asRequestRole(app, [file, [entry.id, content.length, digest, content]], [`DELETE FROM account_voucher WHERE entry_id = $1`, [entry.id]]))).toBe(
      'account_voucher_as_filed',
    );
  });
});

describe('a name enters its history only as its record takes it (round 10, F1)', () => {
  it('refuses a back-dated, a future, a planted or a false name; a rename is kept as it happens', async () => {
    const period = await one(`SELECT p.id::text, p.estate_id, e.name FROM account_period p JOIN estate e ON e.id = p.estate_id WHERE p.status = 'PUBLISHED' ORDER BY p.id LIMIT 1`);
    const plant = (id: number, name: string, validFrom: string): [string, unknown[]] => [
      `INSERT INTO name_history (table_name, record_id, name, valid_from) VALUES ('estate', $1, $2, $3::timestamptz)`,
      [id, name, validFrom],
    ];
    expect(refusedBy(await asRequestRole(app, plant(period.estate_id, '伪造小区', '2000-01-01')))).toBe('name_history_as_renamed');
    expect(refusedBy(await asRequestRole(app, plant(period.estate_id, '伪造小区', '2999-01-01')))).toBe('name_history_as_renamed');
    const [{ next }] = await app.ds.query(`SELECT max(id) + 1000 AS next FROM estate`);
    expect(refusedBy(await asRequestRole(app, plant(next, '伪造小区', '-infinity')))).toBe('name_history_as_renamed');
    // its current name, from now, but no rename in this transaction; or a renaming transaction's row under another name
    expect(refusedBy(await asRequestRole(app, plant(period.estate_id, period.name, 'now')))).toBe('name_history_as_renamed');
    const rename: [string, unknown[]] = [`UPDATE estate SET name = name || '（更名）' WHERE id = $1`, [period.estate_id]];
    expect(refusedBy(await asRequestRole(app, rename, [`UPDATE name_history SET name = '伪造小区' WHERE table_name = 'estate' AND record_id = $1 AND valid_from = now()`, [period.estate_id]]))).toBe(
      'name_history_as_renamed',
    );
    expect(refusedBy(await asRequestRole(app, rename))).toBe('accepted');
    // the published statement still names the estate it was published for
    const { publishedAccountStatement } = await app.as('officer', PUBLISHED_STATEMENT, { periodId: period.id });
    expect(publishedAccountStatement.estateName).toBe(period.name);
  });
});

describe('a campaign and its reports are held as the service keeps them (round 10, F2 and F3)', () => {
  const closed = () => one(`SELECT id FROM campaign WHERE status = 'CLOSED' ORDER BY id LIMIT 1`);
  const openWithVerified = () => one(`SELECT c.id, c.name, c.version FROM campaign c WHERE c.status = 'OPEN' AND EXISTS (SELECT 1 FROM campaign_report r WHERE r.campaign_id = c.id AND r.status = 'VERIFIED') ORDER BY c.id LIMIT 1`);
  /** a verified report of `campaignId` on an estate of officer's subdistricts */
  const verifiedOf = (campaignId: number) =>
    one(
      `SELECT r.id, r.estate_id, r.completed_on::text AS completed_on FROM campaign_report r JOIN estate e ON e.id = r.estate_id JOIN community c ON c.id = e.community_id
         JOIN officer_jurisdiction j ON j.subdistrict_id = c.subdistrict_id JOIN app_user u ON u.id = j.user_id
        WHERE u.username = 'officer' AND r.campaign_id = $1 AND r.status = 'VERIFIED'
          AND NOT EXISTS (SELECT 1 FROM campaign_report x WHERE x.corrects_id = r.id) ORDER BY r.id LIMIT 1`,
      [campaignId],
    );
  const CORRECT = `INSERT INTO campaign_report (campaign_id, estate_id, completed_on, reported_by_id, corrects_id)
                   VALUES ($1, $2, $3::date, (SELECT id FROM app_user WHERE username = $4), $5)`;

  it('refuses a report into a closed campaign, a correction of another estate’s report, and a reporter who is no officer of the estate', async () => {
    const shut = await closed();
    const inShut = await verifiedOf(shut.id);
    const [{ other }] = await app.ds.query(`SELECT id AS other FROM estate WHERE id <> $1 ORDER BY id LIMIT 1`, [inShut.estate_id]);
    expect(refusedBy(await asRequestRole(app, [CORRECT, [shut.id, other, inShut.completed_on, 'admin', inShut.id]]))).toBe('campaign_report_in_open_campaign');
    const open = await openWithVerified();
    const inOpen = await verifiedOf(open.id);
    const [{ neighbour }] = await app.ds.query(
      `SELECT r.estate_id AS neighbour FROM campaign_report r WHERE r.campaign_id = $1 AND r.estate_id <> $2 ORDER BY r.id LIMIT 1`,
      [open.id, inOpen.estate_id],
    );
    expect(refusedBy(await asRequestRole(app, [CORRECT, [open.id, neighbour, inOpen.completed_on, 'officer', inOpen.id]]))).toBe('campaign_report_as_reported');
    expect(refusedBy(await asRequestRole(app, [CORRECT, [open.id, inOpen.estate_id, inOpen.completed_on, 'admin', inOpen.id]]))).toBe('campaign_report_as_reported');
    expect(refusedBy(await asRequestRole(app, [CORRECT, [open.id, inOpen.estate_id, inOpen.completed_on, 'officer2', inOpen.id]]))).toBe('campaign_report_as_reported');
    expect(refusedBy(await asRequestRole(app, [CORRECT, [open.id, inOpen.estate_id, '2000-01-01', 'officer', inOpen.id]]))).toBe('campaign_report_as_reported');
    // the correction as the service would write it goes in; verified by the manager or by an officer elsewhere it is refused
    const correction: [string, unknown[]] = [CORRECT, [open.id, inOpen.estate_id, inOpen.completed_on, 'officer', inOpen.id]];
    expect(refusedBy(await asRequestRole(app, correction))).toBe('accepted');
    const verify = (username: string): [string, unknown[]] => [
      `UPDATE campaign_report SET status = 'VERIFIED', verified_by_id = (SELECT id FROM app_user WHERE username = $2), verified_at = now() WHERE corrects_id = $1`,
      [inOpen.id, username],
    ];
    expect(refusedBy(await asRequestRole(app, correction, verify('manager')))).toBe('campaign_report_as_reported');
    expect(refusedBy(await asRequestRole(app, correction, verify('officer2')))).toBe('campaign_report_as_reported');
    expect(refusedBy(await asRequestRole(app, correction, verify('officer')))).toBe('campaign_report_verified_by_another');
    expect(refusedBy(await asRequestRole(app, correction, verify('officer3')))).toBe('accepted');
    // a report is never removed, nor moved to another estate
    const waiting = await one(`SELECT id FROM campaign_report WHERE status = 'SUBMITTED' ORDER BY id LIMIT 1`);
    expect(refusedBy(await asRequestRole(app, [`DELETE FROM campaign_report_quantity WHERE report_id = $1`, [waiting.id]], [`DELETE FROM campaign_report WHERE id = $1`, [waiting.id]]))).toBe(
      'campaign_report_as_reported',
    );
    expect(refusedBy(await asRequestRole(app, [`UPDATE campaign_report SET estate_id = $2 WHERE id = $1`, [waiting.id, neighbour]]))).toBe('campaign_report_as_reported');
  });

  it('refuses reopening a closed campaign, removing one, and changing measures under reports', async () => {
    const shut = await closed();
    expect(refusedBy(await asRequestRole(app, [`UPDATE campaign SET status = 'OPEN', ends_on = '2027-12-31' WHERE id = $1`, [shut.id]]))).toBe('campaign_closed_kept');
    expect(refusedBy(await asRequestRole(app, [`DELETE FROM campaign WHERE id = $1`, [shut.id]]))).toBe('campaign_held');
    const open = await openWithVerified();
    const measure = await one(`SELECT id FROM campaign_measure WHERE campaign_id = $1 ORDER BY position LIMIT 1`, [open.id]);
    expect(refusedBy(await asRequestRole(app, [`UPDATE campaign_measure SET kind = 'AREA', code = 'DEMOLISHED_AREA' WHERE id = $1`, [measure.id]]))).toBe('campaign_measure_held');
    expect(refusedBy(await asRequestRole(app, [`UPDATE campaign_measure SET label_zh = '违建拆除面积' WHERE id = $1`, [measure.id]]))).toBe('campaign_measure_held');
    expect(
      refusedBy(await asRequestRole(app, [`INSERT INTO campaign_measure (campaign_id, code, label_zh, label_en, unit, kind, position) VALUES ($1, 'EXTRA', '新增', 'Extra', '个', 'COUNT', 9)`, [open.id]])),
    ).toBe('campaign_measure_held');
    expect(refusedBy(await asRequestRole(app, [`UPDATE campaign SET name = '小区违建拆除专项行动' WHERE id = $1`, [open.id]]))).toBe('campaign_held');
    expect(refusedBy(await asRequestRole(app, [`UPDATE campaign SET description = '说明' WHERE id = $1`, [open.id]]))).toBe('accepted');
  });

  it('through the API: a closed campaign is not edited, and a verified one keeps its name and its measures’ wording', async () => {
    const registrar = await app.tokenFor('registrar');
    const read = async (id: number) => {
      const campaign = await one(`SELECT id, name, year, to_char(starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(ends_on, 'YYYY-MM-DD') AS "endsOn", description, version FROM campaign WHERE id = $1`, [id]);
      const measures = await app.ds.query(`SELECT code, label_zh AS "labelZh", label_en AS "labelEn", unit, kind, bound FROM campaign_measure WHERE campaign_id = $1 ORDER BY position`, [id]);
      const input: CampaignInput = { name: campaign.name, year: campaign.year, startsOn: campaign.startsOn, endsOn: campaign.endsOn, description: campaign.description, measures };
      return { campaign, input };
    };
    const shut = await read((await closed()).id);
    expect(ruleOutcomeOf(await app.gql(UPDATE_CAMPAIGN, { id: String(shut.campaign.id), version: shut.campaign.version, input: { ...shut.input, name: '小区违建拆除专项行动' } }, registrar))).toBe(
      'INVALID_TRANSITION/CAMPAIGN_CLOSED',
    );
    const open = await read((await openWithVerified()).id);
    const send = (input: typeof open.input) => app.gql(UPDATE_CAMPAIGN, { id: String(open.campaign.id), version: open.campaign.version, input }, registrar);
    expect(outcomeOf(await send({ ...open.input, name: '小区违建拆除专项行动' }))).toBe('BAD_USER_INPUT/WORDING_VERIFIED');
    const relabelled = open.input.measures.map((m, i) => (i === 0 ? { ...m, labelZh: '违建拆除面积', unit: '处' } : m));
    expect(outcomeOf(await send({ ...open.input, measures: relabelled }))).toBe('BAD_USER_INPUT/WORDING_VERIFIED');
    const { updateCampaign } = await app.as('registrar', UPDATE_CAMPAIGN, { id: String(open.campaign.id), version: open.campaign.version, input: { ...open.input, description: '说明已更新' } });
    expect(updateCampaign.description).toBe('说明已更新');
  });
});
