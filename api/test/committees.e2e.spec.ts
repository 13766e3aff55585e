import { addDays, todayInChina } from '../src/shared/iso-date';
import { OneCommitteeAtATime1764804600000 } from '../../migrations/1764804600000-one-committee-at-a-time';
import { rolledBack, startTestApp, TestApp } from './harness';
import { COMMITTEE, COMMITTEE_FILINGS, MOVE_ELECTION } from './election-operations';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const REGISTER = `mutation Register($input: CommitteeInput!) {
  registerCommittee(input: $input) { id termNumber termStart termEnd members { name position } filings { kind eventDate dueOn filingStatus } } }`;

const positions = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `委员${i + 1}`, position: i === 0 ? 'CHAIR' : i === 1 ? 'VICE_CHAIR' : 'MEMBER' }));

/** An estate of the officer's subdistricts whose owner roll is not kept here (members by name), preferring `subdistrict` and estates without a committee. */
async function estateIn(subdistrict: string, households: (n: number) => boolean): Promise<string> {
  const rows = await app.ds.query(
    `SELECT e.id, e.households FROM estate e JOIN community c ON c.id = e.community_id JOIN subdistrict s ON s.id = c.subdistrict_id
      WHERE s.name = ANY($1) AND NOT EXISTS (SELECT 1 FROM unit u WHERE u.estate_id = e.id) ORDER BY EXISTS (SELECT 1 FROM committee k WHERE k.estate_id = e.id), s.name <> $2, e.id`,
    [['湖东街道', '月河街道', '龙泉街道'], subdistrict],
  );
  return String(rows.find((r: { households: number }) => households(r.households)).id);
}

describe('committees', () => {
  it('registers a committee elected outside the system, with its filing due 30 days after', async () => {
    const estateId = await estateIn('湖东街道', (n) => n > 100);
    const electedOn = addDays(todayInChina(), -10);
    const { registerCommittee } = await app.as('officer', REGISTER, { input: { estateId, termNumber: 2, electedOn, termYears: 3, members: positions(5) } });
    expect(registerCommittee.termStart).toBe(electedOn);
    expect(registerCommittee.termEnd < addDays(electedOn, 3 * 366)).toBe(true);
    expect(registerCommittee.members.map((m: { position: string }) => m.position)).toEqual(['CHAIR', 'VICE_CHAIR', 'MEMBER', 'MEMBER', 'MEMBER']);
    expect(registerCommittee.filings).toEqual([expect.objectContaining({ kind: 'ESTABLISHMENT', eventDate: electedOn, filingStatus: 'DRAFT' })]);
    const again = await app.gql(REGISTER, { input: { estateId, termNumber: 2, electedOn, termYears: 3, members: positions(5) } }, await app.tokenFor('officer'));
    expect(again.errors?.[0].extensions.fieldErrors[0]).toMatchObject({ field: 'termNumber', rule: 'TAKEN' });
  });

  it.each([
    ['an even size', 4, 5, (n: number) => n > 100, 'COMMITTEE_SIZE'],
    ['three members in an estate of more than 100 households', 3, 5, (n: number) => n > 100, 'COMMITTEE_SIZE'],
    ['thirteen members', 13, 5, (n: number) => n > 100, 'COMMITTEE_SIZE'],
    ['a six-year term', 5, 6, (n: number) => n > 100, 'COMMITTEE_TERM_YEARS'],
    ['a two-year term', 5, 2, (n: number) => n > 100, 'COMMITTEE_TERM_YEARS'],
  ])('refuses %s', async (_label, size, termYears, households, rule) => {
    const estateId = await estateIn('月河街道', households);
    const result = await app.gql(REGISTER, { input: { estateId, termNumber: 1, electedOn: todayInChina(), termYears, members: positions(size) } }, await app.tokenFor('officer'));
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions.fieldErrors.map((e: { rule: string }) => e.rule)).toContain(rule);
  });

  it('allows three members where the estate has at most 100 households', async () => {
    const estateId = await estateIn('月河街道', (n) => n <= 100);
    const { registerCommittee } = await app.as('officer', REGISTER, { input: { estateId, termNumber: 9, electedOn: todayInChina(), termYears: 5, members: positions(3) } });
    expect(registerCommittee.members).toHaveLength(3);
  });

  it('an officer cannot register one outside their subdistricts', async () => {
    const estateId = await estateIn('湖东街道', (n) => n > 100);
    const result = await app.gql(REGISTER, { input: { estateId, termNumber: 1, electedOn: todayInChina(), termYears: 5, members: positions(5) } }, await app.tokenFor('officer2'));
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'JURISDICTION' });
  });

  it('lists overdue filings: still with the street office after the last day', async () => {
    const { committeeFilings } = await app.as('manager', COMMITTEE_FILINGS, { options: { filter: { overdue: true }, take: 50 } });
    expect(committeeFilings.totalItems).toBeGreaterThan(0);
    for (const f of committeeFilings.items) {
      expect(f.overdue).toBe(true);
      expect(['DRAFT', 'RETURNED']).toContain(f.filingStatus);
      expect(f.dueOn < todayInChina()).toBe(true);
    }
    const { committeeFilings: onTime } = await app.as('manager', COMMITTEE_FILINGS, { options: { filter: { overdue: false }, take: 200 } });
    expect(onTime.items.every((f: { overdue: boolean }) => !f.overdue)).toBe(true);
    const approved = (await app.as('manager', COMMITTEE_FILINGS, { options: { filter: { filingStatus: 'APPROVED' }, take: 1 } })).committeeFilings;
    expect(approved.totalItems).toBe(105);
  });

  it('lists what needs work first: drafts and returned, then submitted, then decided, by due date within each', async () => {
    const rank = (status: string) => (['DRAFT', 'RETURNED'].includes(status) ? 0 : status === 'SUBMITTED' ? 1 : 2);
    const rows: Array<{ id: string; filingStatus: string; dueOn: string }> = [];
    for (let skip = 0; ; skip += 100) {
      const { committeeFilings } = await app.as('manager', COMMITTEE_FILINGS, { options: { sort: { field: 'WORK_ORDER' }, skip, take: 100 } });
      rows.push(...committeeFilings.items);
      if (rows.length >= committeeFilings.totalItems) break;
    }
    const key = (f: { filingStatus: string; dueOn: string; id: string }) => [rank(f.filingStatus), f.dueOn, Number(f.id)] as const;
    const sorted = [...rows].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      return x[0] - y[0] || x[1].localeCompare(y[1]) || x[2] - y[2];
    });
    expect(rows.map((f) => f.id)).toEqual(sorted.map((f) => f.id));
    expect(rank(rows[0].filingStatus)).toBe(0);
  });

  it('shows a committee’s members and filings to an officer of its subdistrict only', async () => {
    const { committeeFilings } = await app.as('officer', COMMITTEE_FILINGS, { options: { take: 1 } });
    const [row] = await app.ds.query(`SELECT committee_id FROM committee_filing WHERE id = $1`, [committeeFilings.items[0].id]);
    const mine = await app.as('officer', COMMITTEE, { id: String(row.committee_id) });
    expect(mine.committee.members.length).toBeGreaterThanOrEqual(3);
    const theirs = await app.gql(COMMITTEE, { id: String(row.committee_id) }, await app.tokenFor('officer2'));
    expect(theirs.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('one committee sits at a time, its terms numbered in date order', () => {
  const rulesOf = (r: { errors?: ReadonlyArray<{ extensions?: Record<string, any> }> }) =>
    (r.errors?.[0].extensions?.fieldErrors ?? []).map((e: { field: string; rule: string }) => `${e.field}/${e.rule}`);
  const CURRENT = `query Current($id: ID!) { estate(id: $id) { currentCommittee { id termNumber termStart termEnd } } }`;
  const count = async (estateId: string) => (await app.ds.query(`SELECT count(*)::int AS n FROM committee WHERE estate_id = $1`, [estateId]))[0].n as number;

  it('refuses a registration over the sitting committee, before or after its start; the sitting one stays current', async () => {
    const [sitting] = await app.ds.query(
      `SELECT c.id, c.estate_id, c.term_number, to_char(c.term_start, 'YYYY-MM-DD') AS term_start FROM committee c JOIN estate e ON e.id = c.estate_id
         JOIN community co ON co.id = e.community_id JOIN subdistrict s ON s.id = co.subdistrict_id
        WHERE s.name = ANY($1) AND c.term_start <= $2 AND c.term_end >= $2 AND NOT EXISTS (SELECT 1 FROM unit u WHERE u.estate_id = e.id)
        ORDER BY c.id LIMIT 1`,
      [['湖东街道', '月河街道', '龙泉街道'], todayInChina()],
    );
    const estateId = String(sitting.estate_id);
    const before = await count(estateId);
    const token = await app.tokenFor('officer');
    const register = (termNumber: number, electedOn: string) => app.gql(REGISTER, { input: { estateId, termNumber, electedOn, termYears: 3, members: positions(5) } }, token);
    // the day after it was elected, and (the officer's review) a term starting before it that runs into it
    expect(rulesOf(await register(sitting.term_number + 1, addDays(sitting.term_start, 1)))).toEqual(['electedOn/COMMITTEE_TERM_OVERLAP']);
    expect(rulesOf(await register(sitting.term_number + 2, addDays(sitting.term_start, -400)))).toEqual(['electedOn/COMMITTEE_TERM_OVERLAP']);
    expect(rulesOf(await register(sitting.term_number + 1, todayInChina()))).toEqual(['electedOn/COMMITTEE_TERM_OVERLAP']);
    expect(await count(estateId)).toBe(before);
    expect((await app.as('officer', CURRENT, { id: estateId })).estate.currentCommittee).toMatchObject({ id: String(sitting.id), termNumber: sitting.term_number });
  });

  it('numbers terms by their dates: a later number never starts before an earlier one ends', async () => {
    const estateId = await estateIn('龙泉街道', (n) => n > 100);
    expect(await count(estateId)).toBe(0);
    const today = todayInChina();
    const token = await app.tokenFor('officer');
    const register = (termNumber: number, electedOn: string, termYears = 3) => app.gql(REGISTER, { input: { estateId, termNumber, electedOn, termYears, members: positions(5) } }, token);
    const second = await register(2, addDays(today, -30));
    expect(second.errors).toBeUndefined();
    // the first term, registered late, ended before the second began: history in order
    expect((await register(1, addDays(today, -30 - 3 * 366 - 10))).errors).toBeUndefined();
    // a third term that would have begun before the second
    expect(rulesOf(await register(3, addDays(today, -30 - 8 * 366)))).toEqual(['termNumber/COMMITTEE_TERM_ORDER']);
    expect(rulesOf(await register(2, addDays(today, -30 - 8 * 366)))).toEqual(['termNumber/TAKEN', 'termNumber/COMMITTEE_TERM_ORDER']);
    expect(await count(estateId)).toBe(2);
    expect((await app.as('officer', CURRENT, { id: estateId })).estate.currentCommittee).toMatchObject({ id: second.data.registerCommittee.id, termNumber: 2 });
  });

  it('PostgreSQL holds it too: no two committees of an estate share a day, whoever writes', async () => {
    const [c] = await app.ds.query(`SELECT estate_id, term_number, term_start, term_end FROM committee ORDER BY id LIMIT 1`);
    await expect(
      app.ds.query(`INSERT INTO committee (estate_id, term_number, elected_on, term_start, term_end) VALUES ($1, $2, $3, $3, $4)`, [c.estate_id, c.term_number + 50, c.term_end, addDays(String(c.term_end).slice(0, 10), 400)]),
    ).rejects.toThrow(/committee_term_no_overlap/);
  });

  it('the migration: down() removes the constraint and the index, up() adds them again, refusing data that overlaps', async () => {
    const added = `SELECT (SELECT count(*)::int FROM pg_constraint WHERE conname = 'committee_term_no_overlap') AS constraints,
                          (SELECT count(*)::int FROM pg_indexes WHERE indexname = 'account_entry_resolution_cited_once') AS indexes`;
    const migration = new OneCommitteeAtATime1764804600000();
    await rolledBack(app.ds, async (runner) => {
      expect(await runner.query(added)).toEqual([{ constraints: 1, indexes: 1 }]);
      await migration.down(runner);
      expect(await runner.query(added)).toEqual([{ constraints: 0, indexes: 0 }]);
      await migration.up(runner);
      expect(await runner.query(added)).toEqual([{ constraints: 1, indexes: 1 }]);
      await migration.down(runner);
      const [c] = await runner.query(`SELECT estate_id, term_number, term_start, term_end FROM committee ORDER BY id LIMIT 1`);
      await runner.query(`INSERT INTO committee (estate_id, term_number, elected_on, term_start, term_end) VALUES ($1, $2, $3, $3, $4)`, [c.estate_id, c.term_number + 50, c.term_start, c.term_end]);
      await expect(migration.up(runner)).rejects.toThrow(/committees whose terms overlap \(estate: committee, committee\): \d+: \d+, \d+/);
    });
  });

  it('does not seat a person the estate’s last completed eligibility review found ineligible', async () => {
    // the demo's reviewed elections each disqualified one candidate (property-fee arrears)
    const [found] = await app.ds.query(
      `SELECT e.id AS election_id, e.version, e.phase, e.estate_id, c.owner_id, o.name FROM election e JOIN election_phase p ON p.election_id = e.id AND p.phase = 'CANDIDATE_PUBLICITY' AND p.entered_at IS NOT NULL
         JOIN candidate c ON c.election_id = e.id AND c.decision = 'INELIGIBLE' JOIN owner o ON o.id = c.owner_id
         JOIN estate es ON es.id = e.estate_id JOIN community co ON co.id = es.community_id JOIN subdistrict s ON s.id = co.subdistrict_id
        WHERE s.name = ANY($1) ORDER BY p.entered_at DESC LIMIT 1`,
      [['湖东街道', '月河街道', '龙泉街道']],
    );
    const estateId = String(found.estate_id);
    // an election under way makes the next committee itself (round 8 F6): this one is called off, its review stands
    if (!['CERTIFIED', 'CANCELLED'].includes(found.phase)) {
      await app.as('officer', MOVE_ELECTION, { id: String(found.election_id), version: found.version, action: 'CANCEL', cancelReason: 'IRREGULARITY' });
    }
    const others = await app.ds.query(
      `SELECT DISTINCT o.id, o.name FROM owner o JOIN ownership w ON w.owner_id = o.id JOIN unit u ON u.id = w.unit_id
        WHERE u.estate_id = $1 AND o.id <> $2 AND NOT EXISTS (SELECT 1 FROM candidate c WHERE c.owner_id = o.id AND c.decision = 'INELIGIBLE') ORDER BY o.id LIMIT 5`,
      [estateId, found.owner_id],
    );
    const named = (list: Array<{ id: number; name: string }>) =>
      list.map((o, i) => ({ ownerId: String(o.id), name: o.name, position: i === 0 ? 'CHAIR' : i === 1 ? 'VICE_CHAIR' : 'MEMBER' }));
    const token = await app.tokenFor('officer');
    const before = await count(estateId);
    const input = (members: unknown[]) => ({ input: { estateId, termNumber: 90, electedOn: addDays(todayInChina(), -3), termYears: 5, members } });
    const withHim = await app.gql(REGISTER, input(named([others[0], others[1], { id: found.owner_id, name: found.name }, others[2], others[3]])), token);
    expect(withHim.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(withHim.errors?.[0].extensions?.fieldErrors).toContainEqual(expect.objectContaining({ field: 'members', rule: 'COMMITTEE_MEMBER_INELIGIBLE', message: expect.stringContaining(found.name) }));
    expect(await count(estateId)).toBe(before);
    const without = await app.gql(REGISTER, input(named(others.slice(0, 5))), token);
    expect(rulesOf(without)).not.toContain('members/COMMITTEE_MEMBER_INELIGIBLE');
  });
});
