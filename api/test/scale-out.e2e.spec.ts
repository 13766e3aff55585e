import { GET_ELECTION, LIST_ELECTIONS, OWNER_ROLL, RECORD_BALLOT, TALLY, VOTING_PERSONS } from './election-operations';
import { GqlResponse, Query, startTestApp, TestApp } from './harness';
import { APPROVE_FIRM, CREATE_API_TOKEN, CREATE_FIRM, firmInput, LIST_FIRMS, LOGIN, LOGOUT, ME, REVOKE_API_TOKEN, SUBMIT_FIRM, UPDATE_FIRM, UPDATE_USER } from './operations';

/**
 * Two API servers on one database, behind a load balancer (docs/architecture.md#scale-out), with requests alternating
 * between them: whatever one process learns (sessions, failed sign-ins, versions, filing numbers, ballots, the
 * owner roll) the other must see at once, so nothing it needs may live only in the first one's memory.
 */
let a: TestApp;
let b: TestApp;
beforeAll(async () => {
  a = await startTestApp({ LOGIN_MAX_FAILURES: '3' });
  b = await startTestApp({ LOGIN_MAX_FAILURES: '3' }, { sameDatabaseAs: a });
});
afterAll(async () => {
  await b?.close();
  await a?.close();
});

/** The servers in turn, request by request. */
let turn = 0;
const next = () => (turn++ % 2 === 0 ? a : b);
const errorCode = (r: GqlResponse) => r.errors?.[0].extensions.code;

async function login(app: TestApp, username: string, password = 'wuye-demo'): Promise<GqlResponse> {
  return app.gql(LOGIN, { username, password });
}

describe('sessions and sign-in throttling are shared', () => {
  it('a session opened on one server works on the other, and logging out on either ends it on both', async () => {
    const { data } = await login(a, 'manager');
    const token = data.login.token;
    expect((await b.gql(ME, {}, token)).data.me.username).toBe('manager');
    expect((await b.gql(LOGOUT, {}, token)).data.logout).toBe(true);
    expect(errorCode(await a.gql(ME, {}, token))).toBe('UNAUTHENTICATED');
    expect(errorCode(await b.gql(ME, {}, token))).toBe('UNAUTHENTICATED');
  });

  it('failed sign-ins count across servers: the third locks the account on both', async () => {
    for (let i = 0; i < 3; i++) expect(errorCode(await login(next(), 'officer2', `guess-${i}`))).toBe('UNAUTHENTICATED');
    expect(errorCode(await login(a, 'officer2'))).toBe('RATE_LIMITED');
    expect(errorCode(await login(b, 'officer2'))).toBe('RATE_LIMITED');
  });
});

describe('tokens checked from memory are refused on the next request once revoked anywhere', () => {
  // each server keeps the tokens it has checked (accounts/auth.service.ts) while PostgreSQL's versions of
  // access_token and app_user hold; a write on the other server, or straight in SQL, moves them
  const warm = async (token: string) => {
    for (const app of [a, b, a, b]) expect((await app.gql(LIST_FIRMS, { options: { take: 1 } }, token)).errors).toBeUndefined();
  };

  it('an API token revoked on one server', async () => {
    const { createApiToken } = await a.as('admin', CREATE_API_TOKEN, { input: { name: '两台服务器的对接', scopes: ['REGISTRY_READ'] } });
    await warm(createApiToken.token);
    await b.as('admin', REVOKE_API_TOKEN, { id: createApiToken.apiToken.id });
    for (const app of [a, b]) expect(errorCode(await app.gql(LIST_FIRMS, { options: { take: 1 } }, createApiToken.token))).toBe('UNAUTHENTICATED');
  });

  it('a user deactivated on one server', async () => {
    const createUser = await a.createConfirmedUser({ username: 'clerk.two', displayName: '两地备案员', role: 'CLERK', password: 'a-long-password' });
    // the person chooses their own password before acting (roles-and-workflows.md#own-password): the version moves
    const { token } = await a.firstSignIn('clerk.two', 'a-long-password');
    await warm(token);
    await b.as('admin', UPDATE_USER, { id: createUser.id, version: createUser.version + 1, input: { displayName: '两地备案员', role: 'CLERK', active: false } });
    for (const app of [a, b]) expect(errorCode(await app.gql(ME, {}, token))).toBe('UNAUTHENTICATED');
  });

  it('a session revoked in SQL, behind both servers\' backs', async () => {
    const token = (await login(b, 'clerk')).data.login.token;
    await warm(token);
    await a.ds.query(`UPDATE access_token SET revoked_at = now() WHERE revoked_at IS NULL AND token_hash = sha256($1::bytea)`, [Buffer.from(token)]);
    for (const app of [a, b]) expect(errorCode(await app.gql(ME, {}, token))).toBe('UNAUTHENTICATED');
  });

  it('a token checked once is not looked up again while nothing changed', async () => {
    const token = (await login(a, 'registrar')).data.login.token;
    const first = await a.gql(ME, {}, token);
    const again = await a.gql(ME, {}, token);
    expect(again.data).toEqual(first.data);
    // the versions, then the user: the token's own lookup is gone
    expect(again.sqlStatements).toBe(first.sqlStatements - 1);
  });
});

describe('a firm filing moved by both servers', () => {
  const as = async <R, V>(app: TestApp, username: string, query: Query<R, V>, variables: V) =>
    app.gql(query, variables, await a.tokenFor(username));

  it('keeps one version sequence: each change names the version the other server wrote', async () => {
    const created = (await as(a, 'clerk', CREATE_FIRM, { input: firmInput() })).data.createFirm;
    const updated = (await as(b, 'clerk', UPDATE_FIRM, { id: created.id, version: 1, input: firmInput({ name: '湖州两地编辑物业服务有限公司' }) })).data.updateFirm;
    expect(updated.version).toBe(2);
    // a stale version on the first server is refused: the second one's write is not hidden by anything it kept
    const stale = await as(a, 'clerk', UPDATE_FIRM, { id: created.id, version: 1, input: firmInput() });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const submitted = (await as(a, 'clerk', SUBMIT_FIRM, { id: created.id, version: 2 })).data.submitFirm;
    const approved = (await as(b, 'registrar', APPROVE_FIRM, { id: created.id, version: submitted.version })).data.approveFirm;
    expect(approved).toMatchObject({ filingStatus: 'APPROVED', version: 4 });
    const again = await as(a, 'registrar', APPROVE_FIRM, { id: created.id, version: 4 });
    expect(errorCode(again)).toBe('INVALID_TRANSITION');
  });

  it('applies maker-checker whichever server the registrar uses', async () => {
    const created = (await as(b, 'registrar', CREATE_FIRM, { input: firmInput() })).data.createFirm;
    const submitted = (await as(a, 'registrar', SUBMIT_FIRM, { id: created.id, version: 1 })).data.submitFirm;
    const own = await as(b, 'registrar', APPROVE_FIRM, { id: created.id, version: submitted.version });
    expect(own.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MAKER_CHECKER' });
  });

  it('issues gapless filing numbers when approvals alternate and race', async () => {
    const ids: Array<{ id: string; version: number }> = [];
    for (let i = 0; i < 6; i++) {
      const created = (await as(next(), 'clerk', CREATE_FIRM, { input: firmInput() })).data.createFirm;
      ids.push((await as(next(), 'clerk', SUBMIT_FIRM, { id: created.id, version: 1 })).data.submitFirm);
    }
    const approved = await Promise.all(ids.map(({ id, version }, i) => as(i % 2 ? a : b, 'registrar', APPROVE_FIRM, { id, version })));
    const numbers = approved.map((r) => Number(/〕(\d+)号$/.exec(r.data.approveFirm.filingNumber!)![1])).sort((x, y) => x - y);
    expect(numbers[numbers.length - 1] - numbers[0]).toBe(numbers.length - 1);
    expect(new Set(numbers).size).toBe(numbers.length);
  });
});

describe('ballots and the roll seen from both servers', () => {
  let election: { id: string; estateId: string; seats: number; candidates: Array<{ id: string; decision: string }> };
  let eligible: string[];
  const officer = async <R, V>(app: TestApp, query: Query<R, V>, variables: V) => app.gql(query, variables, await a.tokenFor('officer'));
  const tallyOn = async (app: TestApp) => (await officer(app, TALLY, { id: election.id })).data.election.tally!;

  beforeAll(async () => {
    const { elections } = await a.as('officer', LIST_ELECTIONS, { options: { filter: { phase: 'VOTING' } } });
    election = (await a.as('officer', GET_ELECTION, { id: elections.items[0].id })).election;
    eligible = election.candidates.filter((c) => c.decision === 'ELIGIBLE').map((c) => c.id);
  });

  it('takes one ballot per voting person when both servers get the same people at once', async () => {
    // both servers have read (and keep) the roll and the ballots before this round
    const before = [await tallyOn(a), await tallyOn(b)];
    expect(before[1]).toEqual(before[0]);
    const { votingPersons } = (await officer(a, VOTING_PERSONS, { electionId: election.id, voted: false, take: 40 })).data;
    const people = votingPersons.items.filter((p) => p.ownerId).slice(0, 30);
    const results = await Promise.all(
      [...people, ...people].map((p, i) =>
        officer(i % 2 ? a : b, RECORD_BALLOT, { electionId: election.id, input: { ownerId: p.ownerId, method: 'PAPER', choices: eligible.slice(0, 1) } }),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(30);
    expect(results.filter((r) => errorCode(r) === 'ALREADY_EXISTS')).toHaveLength(30);
    // each server counts the ballots the other recorded, at once
    for (const app of [a, b]) {
      const tally = await tallyOn(app);
      expect(tally.ballots).toBe(before[0].ballots + 30);
      expect(tally.participating.headcount).toBe(before[0].participating.headcount + 30);
    }
  });

  it('counts a ballot committed late with a lower id, and one removed, on the server that had read them', async () => {
    const freeVoters: Array<{ owner_id: number }> = await a.ds.query(
      `SELECT v.owner_id FROM ownership v JOIN unit u ON u.id = v.unit_id
        WHERE u.estate_id = $1 AND v.designated_voter AND NOT u.developer_held
          AND NOT EXISTS (SELECT 1 FROM ballot WHERE election_id = $2 AND voter_key = 'owner:' || v.owner_id)
        ORDER BY v.owner_id LIMIT 2`,
      [election.estateId, election.id],
    );
    const before = await tallyOn(b);
    // a transaction takes the next ballot id but commits only after a later ballot is in and counted
    const slow = a.ds.createQueryRunner();
    await slow.connect();
    await slow.startTransaction();
    await slow.query(`INSERT INTO ballot (election_id, voter_key, method, choices) VALUES ($1, $2, 'PAPER', '{}')`, [election.id, `owner:${freeVoters[0].owner_id}`]);
    const quick = await officer(a, RECORD_BALLOT, { electionId: election.id, input: { ownerId: String(freeVoters[1].owner_id), method: 'ON_SITE', choices: [] } });
    expect(quick.errors).toBeUndefined();
    expect((await tallyOn(b)).ballots).toBe(before.ballots + 1);
    await slow.commitTransaction();
    await slow.release();
    expect((await tallyOn(b)).ballots).toBe(before.ballots + 2);
    // the database's owner removes a ballot in SQL, around the triggers that refuse it (migrations/1764801700000-records-kept.ts)
    await a.ds.transaction(async (em) => {
      await em.query(`SET LOCAL session_replication_role = replica`);
      await em.query(`DELETE FROM ballot WHERE election_id = $1 AND voter_key = $2`, [election.id, `owner:${freeVoters[0].owner_id}`]);
    });
    const after = await tallyOn(b);
    expect(after.ballots).toBe(before.ballots + 1);
    expect(after).toEqual(await tallyOn(a));
  });

  it('never alters a recorded ballot', async () => {
    await expect(a.ds.query(`UPDATE ballot SET choices = '{}' WHERE election_id = $1`, [election.id])).rejects.toThrow(/never altered/);
  });

  it('sees a change of the owner roll made anywhere (here: by another process, in SQL)', async () => {
    const roll = async (app: TestApp) => (await officer(app, OWNER_ROLL, { estateId: election.estateId })).data.ownerRoll;
    const before = [await roll(a), await roll(b)];
    expect(before[1]).toEqual(before[0]);
    // an owner sells a unit back to the developer: one unit more is developer-held
    const [unit] = await a.ds.query(
      `SELECT u.id FROM unit u WHERE u.estate_id = $1 AND NOT u.developer_held
          AND NOT EXISTS (SELECT 1 FROM ballot b JOIN ownership o ON b.voter_key = 'owner:' || o.owner_id WHERE o.unit_id = u.id)
        ORDER BY u.id LIMIT 1`,
      [election.estateId],
    );
    await b.ds.transaction(async (em) => {
      await em.query(`DELETE FROM ownership WHERE unit_id = $1`, [unit.id]);
      await em.query(`UPDATE unit SET developer_held = true WHERE id = $1`, [unit.id]);
    });
    for (const app of [a, b]) expect((await roll(app)).developerHeldUnits).toBe(before[0].developerHeldUnits + 1);
    expect((await tallyOn(a)).totals).toEqual((await tallyOn(b)).totals);
  });
});
