import { asRequestRole, refusedBy, startTestApp, TestApp } from './harness';

/**
 * Final records are born only by their moves, and what a confirmation fixed stays fixed, as the request role writes
 * SQL (migrations/1764806200000-born-by-their-moves.ts; attacker review round 9, F1 and F2). Deferred checks run at
 * `SET CONSTRAINTS ALL IMMEDIATE`, as they would at the commit.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const AT_COMMIT: [string] = ['SET CONSTRAINTS ALL IMMEDIATE'];
const one = async <T = Record<string, any>>(sql: string, params: unknown[] = []): Promise<T> => {
  const [row] = await app.ds.query(sql, params);
  if (!row) throw new Error(`the demo has no row for: ${sql}`);
  return row as T;
};

describe('a vote’s roll is fixed by the move that opens the vote, as the estate’s live roll', () => {
  const PLANT = `WITH r AS (INSERT INTO vote_record (election_id, estate_id, roll_taken_at, headcount, area, households)
                              VALUES ($1, $2, date_trunc('milliseconds', now()), 1, 1.00, (SELECT households FROM estate WHERE id = $2)) RETURNING id)
                 INSERT INTO vote_roll_person (vote_record_id, person_key, name, area) SELECT id, 'owner:1', '植入的业主', 1.00 FROM r`;

  it('refuses a roll planted before voting opens (OPEN_VOTING would have adopted it)', async () => {
    const election = await one(`SELECT id, estate_id FROM election WHERE phase = 'CANDIDATE_PUBLICITY' ORDER BY id LIMIT 1`);
    expect(refusedBy(await asRequestRole(app, [PLANT, [election.id, election.estate_id]]))).toBe('vote_record_born_opening');
  });

  it('refuses a roll written with the opening that is not the estate’s live roll', async () => {
    const election = await one(`SELECT id, estate_id FROM election WHERE phase = 'CANDIDATE_PUBLICITY' ORDER BY id LIMIT 1`);
    const refusal = await asRequestRole(app, [`UPDATE election SET phase = 'VOTING', version = version + 1 WHERE id = $1`, [election.id]], [PLANT, [election.id, election.estate_id]], AT_COMMIT);
    expect(refusedBy(refusal)).toBe('vote_record_is_the_live_roll');
  });

  it('refuses a record born sealed, or dated another moment', async () => {
    const election = await one(`SELECT id, estate_id FROM election WHERE phase = 'CANDIDATE_PUBLICITY' ORDER BY id LIMIT 1`);
    const open: [string, unknown[]] = [`UPDATE election SET phase = 'VOTING', version = version + 1 WHERE id = $1`, [election.id]];
    const sealed = `INSERT INTO vote_record (election_id, estate_id, roll_taken_at, headcount, area, sha256, sealed_at) VALUES ($1, $2, date_trunc('milliseconds', now()), 0, 0, repeat('a', 64), now())`;
    const backdated = `INSERT INTO vote_record (election_id, estate_id, roll_taken_at, headcount, area) VALUES ($1, $2, now() - interval '1 day', 0, 0)`;
    expect(refusedBy(await asRequestRole(app, open, [sealed, [election.id, election.estate_id]]))).toBe('vote_record_born_opening');
    expect(refusedBy(await asRequestRole(app, open, [backdated, [election.id, election.estate_id]]))).toBe('vote_record_born_opening');
  });

  it('keeps with an election’s record the households its estate has at the opening, which size its committee', async () => {
    const election = await one(`SELECT id, estate_id FROM election WHERE phase = 'CANDIDATE_PUBLICITY' ORDER BY id LIMIT 1`);
    const open: [string, unknown[]] = [`UPDATE election SET phase = 'VOTING', version = version + 1 WHERE id = $1`, [election.id]];
    const fewer = `INSERT INTO vote_record (election_id, estate_id, roll_taken_at, headcount, area, households) VALUES ($1, $2, date_trunc('milliseconds', now()), 0, 0, 90)`;
    expect(refusedBy(await asRequestRole(app, open, [fewer, [election.id, election.estate_id]]))).toBe('vote_record_households_of_its_estate');
    // every record the demo's openings wrote has its estate's figure
    expect(await app.ds.query(`SELECT r.id FROM vote_record r JOIN estate e ON e.id = r.estate_id WHERE r.election_id IS NOT NULL AND r.households IS DISTINCT FROM e.households`)).toEqual([]);
  });
});

describe('a red/black list is born by its publication', () => {
  const LIST = `INSERT INTO red_black_list (quarter, scheme_edition, red_share_percent, black_share_percent, categories, published_at, published_by_id, sha256)
                VALUES ($1, 1, 15, 10, '[]', now(), (SELECT id FROM app_user WHERE username = 'registrar'), repeat('b', 64))`;

  it('refuses a list of a quarter not over', async () => {
    const [{ quarter }] = await app.ds.query(`SELECT to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYY') || '-Q' || to_char(now() AT TIME ZONE 'Asia/Shanghai', 'Q') AS quarter`);
    expect(refusedBy(await asRequestRole(app, [LIST, [quarter]]))).toBe('red_black_list_born_published');
  });

  it('refuses a list of a past quarter that publishes none of its assessments', async () => {
    expect(refusedBy(await asRequestRole(app, [LIST, ['2019-Q1']], AT_COMMIT))).toBe('red_black_list_is_its_assessments');
  });
});

describe('a book’s quarter is born open, undecided, not ahead of today', () => {
  const PERIOD = (status: string, yearsAhead: number) =>
    `INSERT INTO account_period (account_id, estate_id, year, quarter, status, closed_at, published_at)
     SELECT a.id, a.estate_id, extract(year FROM now())::int + ${yearsAhead}, 1, '${status}', ${status === 'OPEN' ? 'NULL, NULL' : 'now(), now()'}
       FROM committee_account a ORDER BY a.id LIMIT 1`;

  it('refuses a quarter inserted published, or in the future', async () => {
    expect(refusedBy(await asRequestRole(app, [PERIOD('PUBLISHED', 1)]))).toBe('account_period_born_open');
    expect(refusedBy(await asRequestRole(app, [PERIOD('OPEN', 1)]))).toBe('account_period_born_open');
  });
});

describe('what a confirmation fixed, and what places a fund, a book, a committee, stays', () => {
  it('refuses rewriting or removing a fund’s confirmed terms', async () => {
    const terms = await one(`SELECT id FROM repair_fund_terms ORDER BY id LIMIT 1`);
    for (const sql of [`UPDATE repair_fund_terms SET fee_rate = fee_rate * 10 WHERE id = $1`, `DELETE FROM repair_fund_terms WHERE id = $1`]) {
      expect({ sql, refused: (await asRequestRole(app, [sql, [terms.id]]))?.message }).toEqual({ sql, refused: expect.stringContaining('confirmed terms are never rewritten') });
    }
  });

  it.each([
    ['repair_fund', `UPDATE repair_fund SET project_id = (SELECT max(id) FROM project) WHERE id = $1`, 'project_id'],
    ['repair_fund', `UPDATE repair_fund SET opened_month = opened_month - interval '6 months' WHERE id = $1`, 'opened_month'],
    ['repair_fund', `DELETE FROM repair_fund WHERE id = $1`, 'DELETE'],
    ['committee_account', `UPDATE committee_account SET estate_id = (SELECT max(id) FROM estate) WHERE id = $1`, 'estate_id'],
    ['committee', `UPDATE committee SET term_number = term_number + 7 WHERE id = $1`, 'term_number'],
    ['committee', `UPDATE committee SET term_start = term_start - 1 WHERE id = $1`, 'term_start'],
  ])('refuses on %s: %s', async (table, sql, what) => {
    const row = await one(`SELECT id FROM ${table} ORDER BY id LIMIT 1`);
    expect((await asRequestRole(app, [sql, [row.id]]))?.message).toMatch(new RegExp(`${what} on ${table} refused`));
  });

  it('lets a committee’s term end early only for its successor, never later', async () => {
    const committee = await one(`SELECT id FROM committee ORDER BY id LIMIT 1`);
    for (const change of [`term_end + interval '5 years'`, `term_end - 30`]) {
      const refusal = await asRequestRole(app, [`UPDATE committee SET term_end = ${change}, version = version + 1 WHERE id = $1`, [committee.id]], AT_COMMIT);
      expect({ change, refused: refusal?.message }).toEqual({ change, refused: expect.stringContaining('ends early only the day before its successor') });
    }
  });

  it('holds only what places them: another column of a fund or a book still changes (their balance and terms have triggers of their own)', async () => {
    const fund = await one(`SELECT id FROM repair_fund ORDER BY id LIMIT 1`);
    const account = await one(`SELECT id FROM committee_account ORDER BY id LIMIT 1`);
    expect(await asRequestRole(app, [`UPDATE repair_fund SET version = version + 1 WHERE id = $1`, [fund.id]])).toBeNull();
    expect(await asRequestRole(app, [`UPDATE committee_account SET version = version + 1 WHERE id = $1`, [account.id]])).toBeNull();
  });
});
