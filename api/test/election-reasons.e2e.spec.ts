import { asRequestRole as requestRole, startTestApp, TestApp } from './harness';

/**
 * Why an election moved is kept where the people running it read it (docs/roles-and-workflows.md#elections): a
 * cancellation's reason on the election, and every move's reason and note on its history. Before, the reason was in
 * the audit log only, which officers cannot read, and reopening the review or recounting said nothing of why.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const ELECTION = `query E($id: ID!) { election(id: $id) { id version phase cancelReason cancelNote history { action phase actorName cancelReason note objectionId } } }`;
const MOVE = `mutation M($id: ID!, $version: Int!, $action: ElectionAction!, $cancelReason: ElectionCancelReason, $note: String) {
  moveElection(id: $id, version: $version, action: $action, cancelReason: $cancelReason, note: $note) { id version phase cancelReason cancelNote } }`;

/** The officer's demo election in a phase (the demo has one in each). */
async function officersElectionIn(phase: string): Promise<{ id: string; version: number }> {
  const [row] = await app.ds.query(
    `SELECT e.id, e.version FROM election e JOIN estate s ON s.id = e.estate_id JOIN community c ON c.id = s.community_id
       JOIN officer_jurisdiction j ON j.subdistrict_id = c.subdistrict_id JOIN app_user u ON u.id = j.user_id
      WHERE u.username = 'officer' AND e.phase = $1 ORDER BY e.id LIMIT 1`,
    [phase],
  );
  if (!row) throw new Error(`no demo election of the officer in ${phase}`);
  return { id: String(row.id), version: row.version };
}

const fieldErrorsOf = (result: { errors?: ReadonlyArray<{ extensions?: Record<string, any> }> }) => result.errors?.[0]?.extensions?.fieldErrors;

describe('the demo’s cancelled election says why, to the officer too', () => {
  it('reason, note and history, read by the officer who cannot read the audit log', async () => {
    const { id } = await officersElectionIn('CANCELLED');
    const { election } = await app.as('officer', ELECTION, { id });
    expect(election).toMatchObject({ cancelReason: 'IRREGULARITY', cancelNote: expect.stringContaining('提名公告') });
    expect(election.history.map((s: { action: string | null }) => s.action)).toEqual([null, 'OPEN_NOMINATION', 'CANCEL']);
    expect(election.history[2]).toMatchObject({ phase: 'CANCELLED', cancelReason: 'IRREGULARITY', note: expect.stringContaining('提名公告'), actorName: expect.any(String) });
    const audit = await app.gql(`{ auditEvents(options: { take: 1 }) { totalItems } }`, {}, await app.tokenFor('officer'));
    expect(audit.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('a move that answers an objection or cancels for another reason says why', () => {
  it('reopening the review without a note is refused and changes nothing; with one, the history keeps it', async () => {
    const election = await officersElectionIn('CANDIDATE_PUBLICITY');
    const token = await app.tokenFor('officer');
    for (const note of [null, '  \u3000 ']) {
      const refused = await app.gql(MOVE, { ...election, action: 'REOPEN_REVIEW', note }, token);
      expect(fieldErrorsOf(refused)).toEqual([expect.objectContaining({ field: 'note', rule: 'OBJECTION_NOTE_REQUIRED' })]);
    }
    expect((await app.as('officer', ELECTION, { id: election.id })).election).toMatchObject({ phase: 'CANDIDATE_PUBLICITY', version: election.version });
    const note = '5幢业主反映候选人资格审查漏查欠费情况，重新审查';
    const moved = await app.gql(MOVE, { ...election, action: 'REOPEN_REVIEW', note: ` ${note} ` }, token);
    expect(moved.errors).toBeUndefined();
    const { election: read } = await app.as('manager', ELECTION, { id: election.id });
    expect(read.history.at(-1)).toMatchObject({ action: 'REOPEN_REVIEW', phase: 'ELIGIBILITY_REVIEW', note, cancelReason: null, actorName: expect.any(String) });
    // another subdistrict's officer reads nothing of it
    const elsewhere = await app.gql(ELECTION, { id: election.id }, await app.tokenFor('officer2'));
    expect(elsewhere.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('a recount names the objection to the result it answers', async () => {
    const election = await officersElectionIn('RESULT_PUBLICITY');
    const refused = await app.gql(MOVE, { ...election, action: 'RECOUNT' }, await app.tokenFor('officer'));
    expect(fieldErrorsOf(refused)).toEqual([expect.objectContaining({ field: 'note', rule: 'OBJECTION_NOTE_REQUIRED' })]);
    expect((await app.as('officer', ELECTION, { id: election.id })).election.version).toBe(election.version);
  });

  it('cancelling: OTHER needs a note, a reason goes with CANCEL only, a note is at most 500 characters; the reason is kept', async () => {
    const election = await officersElectionIn('PREPARATION');
    const token = await app.tokenFor('officer');
    expect(fieldErrorsOf(await app.gql(MOVE, { ...election, action: 'CANCEL', cancelReason: 'OTHER' }, token))).toEqual([expect.objectContaining({ field: 'note', rule: 'NOTE_REQUIRED' })]);
    expect(fieldErrorsOf(await app.gql(MOVE, { ...election, action: 'CANCEL', cancelReason: 'NO_QUORUM', note: '多'.repeat(501) }, token))).toEqual([
      expect.objectContaining({ field: 'note', rule: 'LENGTH' }),
    ]);
    expect(fieldErrorsOf(await app.gql(MOVE, { ...election, action: 'OPEN_NOMINATION', cancelReason: 'NO_QUORUM' }, token))).toEqual([
      expect.objectContaining({ field: 'cancelReason', rule: 'ONLY_WHEN_CANCELLING' }),
    ]);
    expect((await app.as('officer', ELECTION, { id: election.id })).election).toMatchObject({ phase: 'PREPARATION', version: election.version, cancelReason: null, cancelNote: null });

    const moved = await app.gql(MOVE, { ...election, action: 'CANCEL', cancelReason: 'OTHER', note: '小区列入旧城改造征收范围' }, token);
    expect(moved.data?.moveElection).toMatchObject({ phase: 'CANCELLED', cancelReason: 'OTHER', cancelNote: '小区列入旧城改造征收范围' });
    const { election: read } = await app.as('manager', ELECTION, { id: election.id });
    expect(read.history.at(-1)).toMatchObject({ action: 'CANCEL', phase: 'CANCELLED', cancelReason: 'OTHER', note: '小区列入旧城改造征收范围' });

    // held by PostgreSQL as the other decisions (the lifecycle trigger's refusal, P0001): the request role neither rewrites
    // the reason nor gives one without cancelling
    const asRequestRole = async (sql: string, params: unknown[]) => (await requestRole(app, [sql, params]))?.code ?? 'written';
    expect(await asRequestRole(`UPDATE election SET cancel_reason = 'NO_QUORUM', cancel_note = NULL WHERE id = $1`, [election.id])).toBe('P0001');
    const running = await officersElectionIn('NOMINATION');
    expect(await asRequestRole(`UPDATE election SET cancel_note = 'x' WHERE id = $1`, [running.id])).toBe('P0001');
    expect(await asRequestRole(`UPDATE election SET cancel_reason = 'OTHER' WHERE id = $1`, [running.id])).toBe('P0001');
    // and the table's owner, whom the lifecycle trigger lets lay down a past, still cannot give a running election a reason
    await expect(app.ds.query(`UPDATE election SET cancel_reason = 'OTHER' WHERE id = $1`, [running.id])).rejects.toMatchObject({ code: '23514', constraint: 'election_cancel_reason' });
  });
});
