import { startTestApp, TestApp } from './harness';

/** The demo's history has happened: nothing it seeds is dated after the moment it was seeded (new user's review). */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

it('no audit event, assessment step or published list of the demo is dated in the future', async () => {
  const [counts] = await app.ds.query(
    `SELECT (SELECT count(*)::int FROM audit_event WHERE at > now()) AS audit,
            (SELECT count(*)::int FROM assessment WHERE submitted_at > now() OR reviewed_at > now()) AS assessments,
            (SELECT count(*)::int FROM red_black_list WHERE published_at > now()) AS lists`,
  );
  expect(counts).toEqual({ audit: 0, assessments: 0, lists: 0 });
  // the demo has reviewed assessments and published lists to look at
  const [{ reviewed, lists }] = await app.ds.query(`SELECT (SELECT count(*)::int FROM assessment WHERE reviewed_at IS NOT NULL) AS reviewed, (SELECT count(*)::int FROM red_black_list) AS lists`);
  expect(reviewed).toBeGreaterThan(0);
  expect(lists).toBeGreaterThan(0);
});

it('what the demo says happened comes in order: a firm is founded before it files', async () => {
  const [order] = await app.ds.query(
    `SELECT (SELECT count(*)::int FROM firm WHERE established_on IS NOT NULL AND submitted_at IS NOT NULL AND established_on > (submitted_at AT TIME ZONE 'Asia/Shanghai')::date) AS founded_after_filing`,
  );
  expect(order).toEqual({ founded_after_filing: 0 });
});

it('every assessment and list of the demo comes after the scheme edition it cites was published', async () => {
  const [cited] = await app.ds.query(
    `SELECT (SELECT count(*)::int FROM assessment a JOIN assessment_scheme s ON s.id = a.scheme_id
              WHERE a.created_at < s.published_at OR a.submitted_at < s.published_at) AS assessments,
            (SELECT count(*)::int FROM red_black_list l JOIN assessment_scheme s ON s.edition = l.scheme_edition
              WHERE l.published_at < s.published_at) AS lists,
            (SELECT count(*)::int FROM assessment) AS every_assessment`,
  );
  expect(cited).toEqual({ assessments: 0, lists: 0, every_assessment: expect.any(Number) });
  expect(cited.every_assessment).toBeGreaterThan(0);
});

it('no moment the demo records, in any table, is after the moment it was seeded (a column of what lies ahead by nature aside)', async () => {
  // expiries, locks and retries are in the future by nature; every other timestamp says when something happened
  const AHEAD = new Set(['expires_at', 'locked_until', 'next_attempt_at']);
  const columns: Array<{ table_name: string; column_name: string }> = await app.ds.query(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND data_type = 'timestamp with time zone' ORDER BY table_name, column_name`,
  );
  const happened = columns.filter((c) => !AHEAD.has(c.column_name));
  expect(happened.length).toBeGreaterThan(40);
  const ahead: string[] = [];
  for (const { table_name: table, column_name: column } of happened) {
    const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM "${table}" WHERE "${column}" > now()`);
    if (n > 0) ahead.push(`${table}.${column}: ${n}`);
  }
  expect(ahead).toEqual([]);
});

it('a committee the demo formed by an election was elected on its voting day, and its filing counts from that day (officer review)', async () => {
  const rows: Array<{ voted_on: string; elected_on: string; event_date: string }> = await app.ds.query(
    `SELECT e.voted_on::text, c.elected_on::text, f.event_date::text
       FROM election e JOIN committee c ON c.id = e.committee_id JOIN committee_filing f ON f.committee_id = c.id AND f.kind = 'ESTABLISHMENT'`,
  );
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(row).toEqual({ voted_on: row.voted_on, elected_on: row.voted_on, event_date: row.voted_on });
  expect(rows.every((row) => row.voted_on !== null)).toBe(true);
});

it('the demo’s vote records are dated when their votes ran: the roll fixed as voting opened, counted and sealed as the election moved (officer review M1)', async () => {
  // before, start-up made them: every notice said the vote ran, its roll was fixed and it was counted on the day of seeding
  const [order] = await app.ds.query(
    `SELECT count(*)::int AS records,
            count(*) FILTER (WHERE v.roll_taken_at >= coalesce((SELECT min(recorded_at) FROM ballot b WHERE b.election_id = v.election_id),
                                                              (SELECT min(recorded_at) FROM resolution_ballot b WHERE b.resolution_id = v.resolution_id)))::int AS roll_after_a_ballot,
            count(*) FILTER (WHERE v.election_id IS NOT NULL AND v.roll_taken_at IS DISTINCT FROM
                               least((SELECT entered_at FROM election_phase p WHERE p.election_id = v.election_id AND p.phase = 'VOTING'),
                                     (SELECT min(recorded_at) - interval '1 minute' FROM ballot b WHERE b.election_id = v.election_id)))::int AS roll_not_at_opening,
            count(*) FILTER (WHERE v.election_id IS NOT NULL AND EXISTS (SELECT 1 FROM vote_result r WHERE r.vote_record_id = v.id AND r.counted_at IS DISTINCT FROM
                               (SELECT entered_at FROM election_phase p WHERE p.election_id = v.election_id AND p.phase = 'COUNTING')))::int AS count_not_at_counting,
            count(*) FILTER (WHERE v.election_id IS NOT NULL AND v.sealed_at IS NOT NULL AND v.sealed_at IS DISTINCT FROM
                               (SELECT entered_at FROM election_phase p WHERE p.election_id = v.election_id AND p.phase IN ('CERTIFIED', 'CANCELLED')))::int AS seal_not_at_certifying,
            count(*) FILTER (WHERE v.election_id IS NOT NULL AND v.sha256 IS NOT NULL)::int AS sealed_elections
       FROM vote_record v`,
  );
  expect(order).toEqual({ records: expect.any(Number), roll_after_a_ballot: 0, roll_not_at_opening: 0, count_not_at_counting: 0, seal_not_at_certifying: 0, sealed_elections: expect.any(Number) });
  expect(order.records).toBeGreaterThanOrEqual(5);
  expect(order.sealed_elections).toBeGreaterThanOrEqual(1);
  // and the certified election's notice prints the days its vote actually ran (roll fixed → counted), not the seeding day twice
  const [certified] = await app.ds.query(
    `SELECT (v.roll_taken_at AT TIME ZONE 'Asia/Shanghai')::date::text AS opened, (r.counted_at AT TIME ZONE 'Asia/Shanghai')::date::text AS counted,
            (v.sealed_at AT TIME ZONE 'Asia/Shanghai')::date::text AS sealed, (now() AT TIME ZONE 'Asia/Shanghai')::date::text AS seeded
       FROM election e JOIN vote_record v ON v.election_id = e.id JOIN vote_result r ON r.vote_record_id = v.id
      WHERE e.phase = 'CERTIFIED' ORDER BY e.id LIMIT 1`,
  );
  expect(certified.opened < certified.counted && certified.counted < certified.sealed && certified.sealed < certified.seeded).toBe(true);
});
