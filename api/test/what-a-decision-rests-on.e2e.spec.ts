import { todayInChina } from '../src/shared/iso-date';
import { WhatADecisionRestsOn1764804700000 } from '../../migrations/1764804700000-what-a-decision-rests-on';
import { asRequestRole as requestRole, rolledBack, startTestApp, TestApp } from './harness';

/**
 * What a decision rests on is held by PostgreSQL with it (migrations/1764804700000-what-a-decision-rests-on.ts,
 * docs/architecture.md#two-database-roles): as the request role, in transactions rolled back, each write below is
 * refused with SQLSTATE 23514 and the constraint it names; the application's own path still works through GraphQL.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

/** Runs the statements as the request role in one transaction, rolled back; the first refusal, or null when all went through. */
const asRequestRole = (...statements: Array<[sql: string, params?: unknown[]]>) => requestRole(app, ...statements);

const refusedBy = (constraint: string, message: RegExp) => ({ code: '23514', constraint, message: expect.stringMatching(message) });

async function oneRow<T = Record<string, any>>(sql: string, params: unknown[] = []): Promise<T> {
  const [row] = await app.ds.query(sql, params);
  expect(row).toBeDefined();
  return row as T;
}

/** a demo officer whose subdistricts hold the estate */
async function officerOf(estateId: number): Promise<string> {
  const { username } = await oneRow<{ username: string }>(
    `SELECT u.username FROM estate e JOIN community c ON c.id = e.community_id JOIN officer_jurisdiction j ON j.subdistrict_id = c.subdistrict_id
       JOIN app_user u ON u.id = j.user_id WHERE e.id = $1 AND u.username IN ('officer', 'officer2', 'officer3') ORDER BY u.username LIMIT 1`,
    [estateId],
  );
  return username;
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Title (委员名单) >> endobj\n');

describe("a committee filing's materials change only while the street office holds it", () => {
  const HELD = /a filing's materials change only while the street office holds it: (DELETE|UPDATE|INSERT) on filing_material refused \(committee filing \d+ is (APPROVED|SUBMITTED)\)/;

  it.each(['APPROVED', 'SUBMITTED'])('the materials of a %s filing are neither removed, rewritten nor added to', async (status) => {
    const { id } = await oneRow(
      `SELECT f.id FROM committee_filing f WHERE f.filing_status = $1 AND EXISTS (SELECT 1 FROM filing_material m WHERE m.committee_filing_id = f.id) ORDER BY f.id LIMIT 1`,
      [status],
    );
    expect(await asRequestRole([`DELETE FROM filing_material WHERE committee_filing_id = $1`, [id]])).toEqual(refusedBy('filing_material_held_with_filing', HELD));
    expect(
      await asRequestRole([`UPDATE filing_material SET content = 'x'::bytea, sha256 = sha256('x'::bytea), file_name = 'forged.pdf' WHERE committee_filing_id = $1`, [id]]),
    ).toEqual(refusedBy('filing_material_held_with_filing', HELD));
    expect(
      await asRequestRole([
        `INSERT INTO filing_material (committee_filing_id, kind, file_name, content_type, size_bytes, sha256, content) VALUES ($1, 'OTHER', 'late.pdf', 'application/pdf', 1, sha256('y'::bytea), 'y'::bytea)`,
        [id],
      ]),
    ).toEqual(refusedBy('filing_material_held_with_filing', HELD));
  });

  it('a material is still added to, and removed from, a draft filing', async () => {
    const { id, estate_id } = await oneRow(
      `SELECT f.id, k.estate_id FROM committee_filing f JOIN committee k ON k.id = f.committee_id WHERE f.filing_status = 'DRAFT' ORDER BY f.id LIMIT 1`,
    );
    const officer = await officerOf(estate_id);
    const { addFilingMaterial } = await app.as(officer, `mutation M($filingId: ID!, $input: MaterialInput!) { addFilingMaterial(filingId: $filingId, input: $input) { id kind } }`, {
      filingId: String(id),
      input: { kind: 'MEMBER_LIST', fileName: '委员名单.pdf', contentType: 'application/pdf', contentBase64: PDF.toString('base64') },
    });
    expect(addFilingMaterial).toMatchObject({ kind: 'MEMBER_LIST' });
    expect(await asRequestRole([`DELETE FROM filing_material WHERE id = $1`, [addFilingMaterial.id]])).toBeNull();
  });
});

describe('a counted result is replaced only by a recount, row by row', () => {
  const election = (id: number) => oneRow(`SELECT e.id, e.version, e.estate_id, e.phase, v.id AS record_id FROM election e JOIN vote_record v ON v.election_id = e.id WHERE e.id = $1`, [id]);
  let published: { id: number; version: number; estate_id: number; record_id: number };
  beforeAll(async () => {
    const { id } = await oneRow(
      `SELECT e.id FROM election e JOIN vote_record v ON v.election_id = e.id JOIN vote_result r ON r.vote_record_id = v.id WHERE e.phase = 'RESULT_PUBLICITY' AND v.sha256 IS NULL ORDER BY e.id LIMIT 1`,
    );
    published = (await election(id)) as typeof published;
  });

  it('a result whose notice is posted is not rewritten in place, nor removed or added to', async () => {
    const id = published.record_id;
    const IN_PLACE = /a counted result is replaced only by a recount, row by row: UPDATE on vote_result(_line|_check)? refused/;
    const NOT_COUNTING = /a result is stored only while its vote is counted: (DELETE|INSERT) on vote_result(_line|_check)? refused \(vote record \d+: election \d+ is RESULT_PUBLICITY\)/;
    expect(
      await asRequestRole([`UPDATE vote_result_line SET name = name || '(改)', status = CASE status WHEN 'ELECTED' THEN 'NOT_PASSED' ELSE status END WHERE vote_record_id = $1`, [id]]),
    ).toEqual(refusedBy('vote_result_counted', IN_PLACE));
    expect(await asRequestRole([`UPDATE vote_result_check SET met = NOT met WHERE vote_record_id = $1`, [id]])).toEqual(refusedBy('vote_result_counted', IN_PLACE));
    expect(await asRequestRole([`UPDATE vote_result SET ballots = ballots + 1 WHERE vote_record_id = $1`, [id]])).toEqual(refusedBy('vote_result_counted', IN_PLACE));
    expect(await asRequestRole([`DELETE FROM vote_result_line WHERE vote_record_id = $1`, [id]])).toEqual(refusedBy('vote_result_counted', NOT_COUNTING));
    expect(
      await asRequestRole([
        `INSERT INTO vote_result_line (vote_record_id, position, option, votes_headcount, votes_area) SELECT $1, max(position) + 1, NULL, 0, 0 FROM vote_result_line WHERE vote_record_id = $1`,
        [id],
      ]),
    ).toEqual(refusedBy('vote_result_counted', NOT_COUNTING));
  });

  it('a recount through the API replaces it; while counting, rows are replaced, never updated', async () => {
    const before = await oneRow(`SELECT counted_at FROM vote_result WHERE vote_record_id = $1`, [published.record_id]);
    const officer = await officerOf(published.estate_id);
    const moved = await app.as(officer, `mutation R($id: ID!, $version: Int!) { moveElection(id: $id, version: $version, action: RECOUNT, note: "3幢业主对计票提出异议") { id phase } }`, {
      id: String(published.id),
      version: published.version,
    });
    expect(moved.moveElection.phase).toBe('COUNTING');
    const after = await oneRow(`SELECT counted_at FROM vote_result WHERE vote_record_id = $1`, [published.record_id]);
    expect(after.counted_at.getTime()).toBeGreaterThan(before.counted_at.getTime());
    const id = published.record_id;
    expect(await asRequestRole([`UPDATE vote_result_line SET votes_headcount = votes_headcount + 1 WHERE vote_record_id = $1`, [id]])).toEqual(
      refusedBy('vote_result_counted', /replaced only by a recount, row by row: UPDATE on vote_result_line refused/),
    );
    expect(await asRequestRole(...['vote_result_line', 'vote_result_check', 'vote_result'].map((t): [string, unknown[]] => [`DELETE FROM ${t} WHERE vote_record_id = $1`, [id]]))).toBeNull();
  });
});

describe('a published checklist is kept as published', () => {
  it('the version a certified election’s review used is neither rewritten nor removed', async () => {
    const { id } = await oneRow(
      `SELECT c.checklist_version_id AS id FROM candidate c JOIN election e ON e.id = c.election_id WHERE e.phase = 'CERTIFIED' ORDER BY c.id LIMIT 1`,
    );
    const KEPT = /a published checklist is kept as published: (UPDATE|DELETE) of checklist version \d+ refused/;
    expect(await asRequestRole([`UPDATE checklist_version SET checklist = '{}'::jsonb WHERE id = $1`, [id]])).toEqual(refusedBy('checklist_version_kept', KEPT));
    expect(await asRequestRole([`UPDATE checklist_version SET title = title || '(改)' WHERE id = $1`, [id]])).toEqual(refusedBy('checklist_version_kept', KEPT));
    expect(await asRequestRole([`DELETE FROM checklist_version WHERE id = $1`, [id]])).toEqual(refusedBy('checklist_version_kept', KEPT));
  });
});

describe("a repair fund's balance is what its postings add up to", () => {
  const BALANCE = /a repair fund's balance is what its postings add up to: (UPDATE|INSERT) on repair_fund(_accrual)? refused \(fund \d+ would hold -?\d+ fen, its postings add up to -?\d+ fen\)/;
  let fund: { id: number; estate_id: number; balance_fen: string };
  beforeAll(async () => {
    fund = await oneRow(
      `SELECT f.id, f.estate_id, f.balance_fen FROM repair_fund f WHERE EXISTS (SELECT 1 FROM repair_fund_accrual a WHERE a.fund_id = f.id) ORDER BY f.id LIMIT 1`,
    );
  });

  it('the balance is not set without a posting', async () => {
    expect(await asRequestRole([`UPDATE repair_fund SET balance_fen = balance_fen + 100000000 WHERE id = $1`, [fund.id]])).toEqual(
      refusedBy('repair_fund_balance_is_its_postings', BALANCE),
    );
    expect(
      await asRequestRole([
        `INSERT INTO repair_fund (project_id, estate_id, opened_month, balance_fen) SELECT p.id, p.estate_id, date_trunc('month', now())::date, 100
           FROM project p WHERE NOT EXISTS (SELECT 1 FROM repair_fund f WHERE f.project_id = p.id) ORDER BY p.id LIMIT 1`,
      ]),
    ).toEqual(refusedBy('repair_fund_balance_is_its_postings', BALANCE));
  });

  it('nor is a posting made without moving the balance (checked at commit, here at once)', async () => {
    const unposted = `SELECT $1::int, m::date, 1, 1, 1000, 100000 FROM generate_series('2000-01-01'::date, '2000-01-01'::date, interval '1 month') m`;
    expect(
      await asRequestRole(
        [`INSERT INTO repair_fund_accrual (fund_id, month, charged_area, fee_rate, set_aside_basis_points, amount_fen) ${unposted}`, [fund.id]],
        [`SET CONSTRAINTS ALL IMMEDIATE`],
      ),
    ).toEqual(refusedBy('repair_fund_balance_is_its_postings', BALANCE));
    // with the balance moved in the same transaction, the same posting goes through
    expect(
      await asRequestRole(
        [`INSERT INTO repair_fund_accrual (fund_id, month, charged_area, fee_rate, set_aside_basis_points, amount_fen) ${unposted}`, [fund.id]],
        [`UPDATE repair_fund SET balance_fen = balance_fen + 100000, version = version + 1 WHERE id = $1`, [fund.id]],
        [`SET CONSTRAINTS ALL IMMEDIATE`],
      ),
    ).toBeNull();
  });

  it('a correction posted through the API moves the balance with it, once another officer confirms what it adds', async () => {
    const { id: accrualId } = await oneRow(`SELECT id FROM repair_fund_accrual WHERE fund_id = $1 ORDER BY month LIMIT 1`, [fund.id]);
    const officer = await officerOf(fund.estate_id);
    const { username: checker } = await oneRow<{ username: string }>(
      `SELECT u.username FROM estate e JOIN community c ON c.id = e.community_id JOIN officer_jurisdiction j ON j.subdistrict_id = c.subdistrict_id
         JOIN app_user u ON u.id = j.user_id WHERE e.id = $1 AND u.username IN ('officer', 'officer2', 'officer3') AND u.username <> $2 ORDER BY u.username LIMIT 1`,
      [fund.estate_id, officer],
    );
    const { postRepairFundCorrection } = await app.as(
      officer,
      `mutation C($fundId: ID!, $input: RepairFundCorrectionInput!) { postRepairFundCorrection(fundId: $fundId, input: $input) { ... on RepairFundCorrectionProposal { id version status } } }`,
      { fundId: String(fund.id), input: { accrualId: String(accrualId), amount: '12.34', reason: '面积复核后补记' } },
    );
    expect(postRepairFundCorrection.status).toBe('PENDING');
    expect(Number((await oneRow(`SELECT balance_fen FROM repair_fund WHERE id = $1`, [fund.id])).balance_fen)).toBe(Number(fund.balance_fen));
    await app.as(
      checker,
      `mutation D($id: ID!, $version: Int!) { decideRepairFundCorrection(id: $id, version: $version, action: CONFIRM) { id status } }`,
      { id: postRepairFundCorrection.id, version: postRepairFundCorrection.version },
    );
    const after = await oneRow(`SELECT balance_fen FROM repair_fund WHERE id = $1`, [fund.id]);
    expect(Number(after.balance_fen)).toBe(Number(fund.balance_fen) + 1234);
  });
});

describe("a past year's holiday notice is kept as entered; a due date is the one a submitted filing was judged against", () => {
  const thisYear = Number(todayInChina().slice(0, 4));
  const KEPT = /a past year's holiday notice is kept as entered: (DELETE|UPDATE|INSERT) of a \d{4} notice day refused/;
  const SET_NOTICE = `mutation N($year: Int!, $document: String!, $days: [HolidayNoticeDayInput!]!) { setHolidayNotice(year: $year, document: $document, days: $days) { recomputedFilings notice { year document } } }`;

  it('the days of a past notice are neither removed, rewritten nor added to', async () => {
    const { year } = await oneRow<{ year: number }>(`SELECT max(year) AS year FROM holiday_notice_day WHERE year < $1`, [thisYear]);
    expect(await asRequestRole([`DELETE FROM holiday_notice_day WHERE year = $1`, [year]])).toEqual(refusedBy('holiday_notice_kept', KEPT));
    expect(await asRequestRole([`UPDATE holiday_notice_day SET note = note || '(改)' WHERE year = $1`, [year]])).toEqual(refusedBy('holiday_notice_kept', KEPT));
    expect(
      await asRequestRole([`INSERT INTO holiday_notice_day (date, year, kind, note, document) SELECT make_date($1, 3, 3), $1, 'OFF', '', document FROM holiday_notice_day WHERE year = $1 LIMIT 1`, [year]]),
    ).toEqual(refusedBy('holiday_notice_kept', KEPT));
  });

  it('an admin cannot replace a past notice through the API either, and nothing changes', async () => {
    const { year } = await oneRow<{ year: number }>(`SELECT max(year) AS year FROM holiday_notice_day WHERE year < $1`, [thisYear]);
    const days = `SELECT date::text, kind, note, document FROM holiday_notice_day WHERE year = $1 ORDER BY date`;
    const before = await app.ds.query(days, [year]);
    const offRemoved = before.filter((d: { kind: string }) => d.kind !== 'OFF').map((d: { date: string; kind: string; note: string }) => ({ date: d.date, kind: d.kind, note: d.note }));
    // its days off withdrawn, as the integrity review tried (which re-dated approved filings)
    const result = await app.gql(SET_NOTICE, { year, document: before[0].document, days: offRemoved }, await app.tokenFor('admin'));
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'year', rule: 'NOTICE_YEAR_PAST', message: expect.any(String) }] });
    expect(await app.ds.query(days, [year])).toEqual(before);
  });

  it('a notice for a future year is entered and replaced; recomputing leaves a submitted or approved filing’s due date alone', async () => {
    const approved = await oneRow(`SELECT id, due_on::text, version FROM committee_filing WHERE filing_status = 'APPROVED' ORDER BY id LIMIT 1`);
    // as the owner lays down a past: an approved filing whose due date was still provisional when it was decided
    await app.ds.query(`UPDATE committee_filing SET due_on_provisional = true WHERE id = $1`, [approved.id]);
    const year = thisYear + 1;
    const entered = await app.as('admin', SET_NOTICE, { year, document: `国办发明电〔${thisYear}〕99号`, days: [{ date: `${year}-10-08`, kind: 'OFF', note: '国庆节' }] });
    expect(entered.setHolidayNotice.notice).toEqual({ year, document: `国办发明电〔${thisYear}〕99号` });
    const replaced = await app.as('admin', SET_NOTICE, { year, document: `国办发明电〔${thisYear}〕99号`, days: [{ date: `${year}-10-09`, kind: 'OFF', note: '国庆节' }] });
    expect(replaced.setHolidayNotice.notice.year).toBe(year);
    expect(await oneRow(`SELECT id, due_on::text, version, due_on_provisional FROM committee_filing WHERE id = $1`, [approved.id])).toEqual({ ...approved, due_on_provisional: true });
    await app.ds.query(`UPDATE committee_filing SET due_on_provisional = false WHERE id = $1`, [approved.id]);
    // and the database holds it too: a submitted or approved filing's due date is not rewritten by the request role
    for (const status of ['SUBMITTED', 'APPROVED']) {
      const { id } = await oneRow(`SELECT id FROM committee_filing WHERE filing_status = $1 ORDER BY id LIMIT 1`, [status]);
      expect((await asRequestRole([`UPDATE committee_filing SET due_on = due_on + 1, due_on_provisional = NOT due_on_provisional WHERE id = $1`, [id]]))?.message).toMatch(
        new RegExp(`a decided row is not rewritten: UPDATE of due_on, due_on_provisional of ${status} ${id} on committee_filing refused`),
      );
    }
  });
});

describe("an election's plan of dates is in its audit, before and after an edit", () => {
  it('updateElection records the plan as it was and as it is', async () => {
    const e = await oneRow(
      `SELECT e.id, e.version, e.estate_id, e.title, e.seats, e.deemed_votes, e.planned_voting_on::text, p.starts_on::text, p.ends_on::text
         FROM election e JOIN election_phase p ON p.election_id = e.id AND p.phase = 'CANDIDATE_PUBLICITY' AND p.ends_on IS NOT NULL
        WHERE e.phase = 'CANDIDATE_PUBLICITY' ORDER BY e.id LIMIT 1`,
    );
    const [{ later }] = await app.ds.query(`SELECT ($1::date + 1)::text AS later`, [e.ends_on]);
    const officer = await officerOf(e.estate_id);
    await app.as(officer, `mutation U($id: ID!, $version: Int!, $input: ElectionUpdateInput!) { updateElection(id: $id, version: $version, input: $input) { id } }`, {
      id: String(e.id),
      version: e.version,
      input: { title: e.title, seats: e.seats, deemedVotes: e.deemed_votes, plannedVotingOn: e.planned_voting_on, phases: [{ phase: 'CANDIDATE_PUBLICITY', startsOn: e.starts_on, endsOn: later }] },
    });
    const { auditEvents } = await app.as(
      'admin',
      `query A($options: AuditEventListOptions) { auditEvents(options: $options) { items { action before after } } }`,
      { options: { take: 1, sort: { field: 'ID', direction: 'DESC' }, filter: { entityType: 'Election', entityId: String(e.id) } } },
    );
    const [event] = auditEvents.items;
    expect(event.action).toBe('election.update');
    expect(event.before.phases).toContainEqual({ phase: 'CANDIDATE_PUBLICITY', startsOn: e.starts_on, endsOn: e.ends_on });
    expect(event.after.phases).toContainEqual({ phase: 'CANDIDATE_PUBLICITY', startsOn: e.starts_on, endsOn: later });
    // the rest of the plan, untouched by the edit, is on both sides
    expect(event.after.phases.filter((p: { phase: string }) => p.phase !== 'CANDIDATE_PUBLICITY')).toEqual(event.before.phases.filter((p: { phase: string }) => p.phase !== 'CANDIDATE_PUBLICITY'));
  });
});

describe('the migration', () => {
  it("binds every role but the tables' owner", async () => {
    const { id } = await oneRow(`SELECT id FROM committee_filing WHERE filing_status = 'APPROVED' AND EXISTS (SELECT 1 FROM filing_material m WHERE m.committee_filing_id = committee_filing.id) ORDER BY id LIMIT 1`);
    await rolledBack(app.ds, async (runner) => {
      expect((await runner.query(`DELETE FROM filing_material WHERE committee_filing_id = $1 RETURNING id`, [id])).length).toBeGreaterThan(0);
      expect((await runner.query(`UPDATE checklist_version SET title = title || '(旧)' RETURNING id`)).length).toBeGreaterThan(0);
    });
  });

  it('down() removes what up() added, and up() adds it again', async () => {
    const added = `SELECT (SELECT count(*)::int FROM pg_trigger WHERE tgname ~ '^(filing_material_held_with_filing|vote_result(_check|_line)?_written_while_counting|checklist_version_kept|holiday_notice_kept|repair_fund_balance_(is_its_postings|moved_by_postings)|repair_fund_(accrual|correction|refund|withdrawal)_moves_the_balance)$' AND NOT tgisinternal) AS triggers,
                          (SELECT pg_get_triggerdef(oid) FROM pg_trigger WHERE tgname = 'committee_filing_state_moves') AS filing`;
    const migration = new WhatADecisionRestsOn1764804700000();
    await rolledBack(app.ds, async (runner) => {
      const [before] = await runner.query(added);
      expect(before.triggers).toBe(1 + 3 + 1 + 1 + 2 + 4);
      expect(before.filing).not.toContain('due_on');
      await migration.down(runner);
      const [down] = await runner.query(added);
      expect(down.triggers).toBe(0);
      expect(down.filing).toContain('due_on due_on_provisional');
      await migration.up(runner);
      // the filing trigger as this migration makes it (a later one, 1764805800000, adds the makers to its moves)
      const [again] = await runner.query(added);
      expect(again.triggers).toBe(before.triggers);
      expect(again.filing).not.toContain('due_on');
    });
  });
});

describe("a committee's members are its history (migrations/1764805200000-committee-members-kept.ts)", () => {
  const KEPT = /a committee member is only ended, once: (UPDATE|DELETE) on committee_member refused \(member \d+\)/;

  it('a member is neither removed, renamed, moved, re-dated nor brought back', async () => {
    const sitting = await oneRow(`SELECT id, committee_id FROM committee_member WHERE ends_on IS NULL ORDER BY id LIMIT 1`);
    const other = await oneRow(`SELECT id FROM committee WHERE id <> $1 ORDER BY id LIMIT 1`, [sitting.committee_id]);
    // ended first, in the same transaction (the one change allowed), then changed again
    const end: [string, unknown[]] = [`UPDATE committee_member SET ends_on = greatest(starts_on, current_date) WHERE id = $1`, [sitting.id]];
    for (const statements of [
      [[`DELETE FROM committee_member WHERE id = $1`, [sitting.id]]],
      [end, [`DELETE FROM committee_member WHERE id = $1`, [sitting.id]]],
      [[`UPDATE committee_member SET name = '冒名者' WHERE id = $1`, [sitting.id]]],
      [[`UPDATE committee_member SET position = 'MEMBER', ends_on = current_date WHERE id = $1`, [sitting.id]]],
      [[`UPDATE committee_member SET committee_id = $2 WHERE id = $1`, [sitting.id, other.id]]],
      [end, [`UPDATE committee_member SET starts_on = starts_on - 1 WHERE id = $1`, [sitting.id]]],
      [end, [`UPDATE committee_member SET ends_on = ends_on + 1 WHERE id = $1`, [sitting.id]]],
      [end, [`UPDATE committee_member SET ends_on = NULL WHERE id = $1`, [sitting.id]]],
    ] as Array<Array<[string, unknown[]]>>) {
      const sql = statements.at(-1)![0];
      expect({ sql, refusal: await asRequestRole(...statements) }).toEqual({ sql, refusal: refusedBy('committee_member_kept', KEPT) });
    }
    expect(await asRequestRole([`TRUNCATE committee_member CASCADE`])).toEqual(expect.objectContaining({ message: expect.stringMatching(/only ended, once|permission denied/) }));
  });

  it('a sitting member is still ended, as a new composition or a certified election ends them', async () => {
    const sitting = await oneRow(`SELECT id FROM committee_member WHERE ends_on IS NULL ORDER BY id LIMIT 1`);
    expect(await asRequestRole([`UPDATE committee_member SET ends_on = greatest(starts_on, current_date) WHERE id = $1`, [sitting.id]])).toBeNull();
  });
});
