import { startTestApp, TestApp } from './harness';
import { GET_ELECTION, LIST_ELECTIONS, RECORD_BALLOT, TALLY, VOTING_PERSONS } from './election-operations';

let app: TestApp;
let election: any;
let eligible: string[];

beforeAll(async () => {
  app = await startTestApp();
  const { elections } = await app.as('officer', LIST_ELECTIONS, { options: { filter: { phase: 'VOTING' } } });
  election = (await app.as('officer', GET_ELECTION, { id: elections.items[0].id })).election;
  eligible = election.candidates.filter((c: { decision: string }) => c.decision === 'ELIGIBLE').map((c: { id: string }) => c.id);
});
afterAll(() => app?.close());

const ballotCount = async () => (await app.ds.query(`SELECT count(*)::int AS n FROM ballot WHERE election_id = $1`, [election.id]))[0].n;

describe('ballots', () => {
  it('one per voting person, exactly, under 200 concurrent submissions with duplicates', async () => {
    const { votingPersons } = await app.as('officer', VOTING_PERSONS, { electionId: election.id, voted: false, take: 200 });
    const fresh = votingPersons.items.filter((p: { ownerId: string | null }) => p.ownerId).slice(0, 150);
    expect(fresh).toHaveLength(150);
    const submissions = [...fresh, ...fresh.slice(0, 50)]; // 50 people submit twice
    const before = await ballotCount();
    const token = await app.tokenFor('officer');
    const results = await Promise.all(
      submissions.map((p, i) =>
        app.gql(RECORD_BALLOT, { electionId: election.id, input: { ownerId: p.ownerId, method: i % 2 ? 'ON_SITE' : 'PAPER', choices: eligible.slice(0, 1 + (i % election.seats)) } }, token),
      ),
    );
    const accepted = results.filter((r) => !r.errors).length;
    const refused = results.filter((r) => r.errors?.[0].extensions.code === 'ALREADY_EXISTS').length;
    expect([accepted, refused]).toEqual([150, 50]);
    expect(await ballotCount()).toBe(before + 150);
    const tally = (await app.as('officer', TALLY, { id: election.id })).election.tally!;
    expect(tally.ballots).toBe(before + 150);
    expect(tally.participating.headcount).toBe(before + 150);
  });

  it('counts an owner of several units once, and refuses a co-owner who is not the designated voter', async () => {
    const [coOwner] = await app.ds.query(
      `SELECT o.owner_id, v.owner_id AS voter_id FROM ownership o JOIN unit u ON u.id = o.unit_id
         JOIN ownership v ON v.unit_id = o.unit_id AND v.designated_voter
        WHERE u.estate_id = $1 AND NOT o.designated_voter
          AND NOT EXISTS (SELECT 1 FROM ownership mine WHERE mine.owner_id = o.owner_id AND mine.designated_voter)
        LIMIT 1`,
      [election.estateId],
    );
    const refused = await app.gql(RECORD_BALLOT, { electionId: election.id, input: { ownerId: String(coOwner.owner_id), method: 'PAPER', choices: [] } }, await app.tokenFor('officer'));
    expect(refused.errors?.[0].extensions.fieldErrors[0]).toMatchObject({ field: 'ownerId', rule: 'NOT_THE_DESIGNATED_VOTER' });
    expect(refused.errors?.[0].extensions.fieldErrors[0].message).toContain(String(coOwner.voter_id));
  });

  it('the developer votes once for all its unsold units', async () => {
    const developerHeld = await app.ds.query(`SELECT count(*)::int AS n FROM unit WHERE estate_id = $1 AND developer_held`, [election.estateId]);
    expect(developerHeld[0].n).toBeGreaterThan(1);
    const token = await app.tokenFor('officer');
    const first = await app.gql(RECORD_BALLOT, { electionId: election.id, input: { developer: true, method: 'ON_SITE', choices: [eligible[0]] } }, token);
    expect(first.data.recordBallot.voterKey).toBe('DEVELOPER');
    const second = await app.gql(RECORD_BALLOT, { electionId: election.id, input: { developer: true, method: 'ON_SITE', choices: [] } }, token);
    expect(second.errors?.[0].extensions.code).toBe('ALREADY_EXISTS');
  });

  it.each([
    ['more choices than seats', (s: number) => ({ choices: Array.from({ length: s + 1 }, (_, i) => eligible[i % eligible.length]) }), 'BALLOT_TOO_MANY_CHOICES'],
    ['the same candidate twice', () => ({ choices: [eligible[0], eligible[0]] }), 'BALLOT_REPEATED_CHOICE'],
    ['a candidate who is not standing', () => ({ choices: ['999999'] }), 'BALLOT_UNKNOWN_CANDIDATE'],
    ['neither an owner nor the developer', () => ({ ownerId: null }), 'VOTER_REQUIRED'],
  ])('refuses a ballot with %s, writing nothing', async (_label, change, rule) => {
    const { votingPersons } = await app.as('officer', VOTING_PERSONS, { electionId: election.id, voted: false, take: 5 });
    const before = await ballotCount();
    const input = { ownerId: votingPersons.items.find((p) => p.ownerId)!.ownerId, method: 'PAPER' as const, choices: [], ...change(election.seats) };
    const result = await app.gql(RECORD_BALLOT, { electionId: election.id, input }, await app.tokenFor('officer'));
    expect(result.errors?.[0].extensions.fieldErrors[0].rule).toBe(rule);
    expect(await ballotCount()).toBe(before);
  });

  it('takes no ballots outside the voting phase', async () => {
    const { elections } = await app.as('officer', LIST_ELECTIONS, { options: { filter: { phase: 'NOMINATION' } } });
    const [owner] = await app.ds.query(`SELECT o.owner_id FROM ownership o JOIN unit u ON u.id = o.unit_id JOIN election e ON e.estate_id = u.estate_id WHERE e.id = $1 AND o.designated_voter LIMIT 1`, [elections.items[0].id]);
    const result = await app.gql(RECORD_BALLOT, { electionId: elections.items[0].id, input: { ownerId: String(owner.owner_id), method: 'PAPER', choices: [] } }, await app.tokenFor('officer'));
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'VOTING_NOT_OPEN' });
  });

  it('while voting is open only the officers running it read the tally (null for other readers): its moves per ballot would tell who voted how', async () => {
    // another subdistrict's officer is refused by jurisdiction, as before
    const elsewhere = await app.gql(TALLY, { id: election.id }, await app.tokenFor('officer2'));
    expect(elsewhere.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const { createApiToken } = await app.as('admin', `mutation { createApiToken(input: { name: "计票读取", scopes: [ELECTIONS_READ] }) { token } }`);
    for (const token of [await app.tokenFor('manager'), await app.tokenFor('registrar'), createApiToken.token]) {
      const read = await app.gql(TALLY, { id: election.id }, token);
      expect(read.errors).toBeUndefined();
      expect(read.data.election.tally).toBeNull();
    }
    expect((await app.as('officer', TALLY, { id: election.id })).election.tally!.participating).toBeDefined();
  });

  it('a ballot is not announced: the change feed and the election’s version stay as they were, for every reader (attacker round 6: each ballot’s time named its voter)', async () => {
    const FEED = `query($after: Int!) { changes(after: $after, take: 200) { items { entityType entityId action version } headPosition } }`;
    const VERSION = `query($id: ID!) { election(id: $id) { version updatedAt } }`;
    const { createApiToken } = await app.as('admin', `mutation { createApiToken(input: { name: "投票时刻", scopes: [ELECTIONS_READ] }) { token } }`);
    const readers = [await app.tokenFor('manager'), createApiToken.token, await app.tokenFor('officer')];
    const [{ head }] = await app.ds.query(`SELECT last::int AS head FROM change_feed_head`);
    const before = (await app.as('officer', VERSION, { id: election.id })).election;
    const { votingPersons } = await app.as('officer', VOTING_PERSONS, { electionId: election.id, voted: false, take: 20 });
    const voter = votingPersons.items.find((p: { ownerId: string | null }) => p.ownerId)!;
    const recorded = await app.gql(RECORD_BALLOT, { electionId: election.id, input: { ownerId: voter.ownerId, method: 'PAPER', choices: eligible.slice(0, 1) } }, await app.tokenFor('officer'));
    expect(recorded.errors).toBeUndefined();
    for (const token of readers) {
      const read = await app.gql(FEED, { after: head }, token);
      expect(read.errors).toBeUndefined();
      expect(read.data.changes.items.filter((c: { entityType: string; entityId: string }) => c.entityType === 'Election' && c.entityId === election.id)).toEqual([]);
    }
    expect((await app.as('manager', VERSION, { id: election.id })).election).toEqual(before);
    // the ballot is in the audit chain all the same
    const [{ audited }] = await app.ds.query(`SELECT count(*)::int AS audited FROM audit_event WHERE action = 'ballot.record' AND entity_id = $1 AND at >= now() - interval '1 minute'`, [election.id]);
    expect(audited).toBeGreaterThan(0);
  });

  it('the tally reports participation and approval as exact fractions of headcount and area', async () => {
    const tally = (await app.as('officer', TALLY, { id: election.id })).election.tally!;
    const { part, whole, share } = tally.quorum.headcount;
    expect([part, whole]).toEqual([tally.participating.headcount, tally.totals.headcount]);
    expect(share!.numerator * whole).toBe(share!.denominator * part);
    expect(tally.quorum.threshold).toEqual({ numerator: 2, denominator: 3 });
    expect(tally.quorum.headcount.met).toBe(3 * part >= 2 * whole);
    for (const c of tally.candidates) {
      expect(c.pass.headcount.whole).toBe(part);
      expect(c.pass.headcount.met).toBe(2 * c.approvals.headcount > part);
    }
  });
});
