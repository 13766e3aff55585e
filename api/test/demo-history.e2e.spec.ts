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
