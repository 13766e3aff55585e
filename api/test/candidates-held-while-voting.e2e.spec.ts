import { addDays, todayInChina } from '../src/shared/iso-date';
import { asRequestRole as requestRole, DbRefusal, startTestApp, TestApp } from './harness';

/**
 * What hangs on an election is held by PostgreSQL from the moment the service stops accepting each kind of change
 * (migrations/1764806400000-candidates-held-while-voting.ts; attacker review round 9, O4): as the request role, in
 * transactions rolled back, a candidate inserted, renamed, moved, withdrawn or redecided, a check flipped, added or
 * removed, an objection filed, resolved or removed, the plan's dates of a phase behind rewritten while the election
 * is voting or counting are refused with SQLSTATE 23514 and the constraint they name; the same writes the service
 * makes in the review still go through, and the moves of a running vote still work through GraphQL.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const today = todayInChina();
const asRequestRole = (...statements: Array<[sql: string, params?: unknown[]]>) => requestRole(app, ...statements);
const refused = (refusal: DbRefusal | null) => (refusal ? `${refusal.code} ${refusal.constraint ?? refusal.message}` : 'accepted');

async function oneRow<T = Record<string, any>>(sql: string, params: unknown[] = []): Promise<T> {
  const [row] = await app.ds.query(sql, params);
  if (!row) throw new Error(`the demo has no row for: ${sql} ${JSON.stringify(params)}`);
  return row as T;
}

/** an election of the demo in `phase` with a standing candidate, that candidate, and one of their checks */
async function electionIn(phase: string) {
  return oneRow<{ id: number; estate_id: number; candidate_id: number; item_key: string; result: string }>(
    `SELECT e.id, e.estate_id, c.id AS candidate_id, k.item_key, k.result
       FROM election e JOIN candidate c ON c.election_id = e.id AND NOT c.withdrawn JOIN eligibility_check k ON k.candidate_id = c.id
      WHERE e.phase = $1 ORDER BY e.id, c.id, k.item_key LIMIT 1`,
    [phase],
  );
}

/** an objection on the candidate, laid down by the tables' owner (as the demo seed writes history) */
async function objectionOn(candidateId: number, resolved: boolean): Promise<number> {
  const [row] = await app.ds.query(
    `INSERT INTO objection (candidate_id, filed_on, filed_by, reason, resolution, resolved_on) VALUES ($1, $2, '业主张某', '候选人长期欠缴物业费', $3, $4) RETURNING id`,
    [candidateId, addDays(today, -20), resolved ? '经核实不属实' : null, resolved ? addDays(today, -18) : null],
  );
  return row.id;
}

describe.each(['VOTING', 'COUNTING'])('while the election is %s', (phase) => {
  const C = '23514 candidate_held_by_phase';
  const K = '23514 eligibility_check_held_by_phase';
  const O = '23514 objection_held_by_phase';
  const P = '23514 election_phase_held_by_phase';

  it('no candidate is nominated, renamed, moved, withdrawn, redecided or removed', async () => {
    const e = await electionIn(phase);
    const newcomer = await oneRow<{ id: number }>(
      `SELECT o.id FROM owner o WHERE o.estate_id = $1 AND NOT EXISTS (SELECT 1 FROM candidate c WHERE c.election_id = $2 AND c.owner_id = o.id) ORDER BY o.id LIMIT 1`,
      [e.estate_id, e.id],
    );
    const nominate = `INSERT INTO candidate (election_id, owner_id, party_member, nominated_by, nominated_on, checklist_version_id, decision, decision_explanation, withdrawn)
                      SELECT $1, $2, false, '业主联名推荐', $3, checklist_version_id, 'ELIGIBLE', '[]', false FROM candidate WHERE id = $4`;
    expect(refused(await asRequestRole([nominate, [e.id, newcomer.id, today, e.candidate_id]]))).toBe(C);
    // even undecided, as the service nominates: nomination is closed
    expect(refused(await asRequestRole([nominate.replace(`'ELIGIBLE'`, `'NOT_YET_ELIGIBLE'`), [e.id, newcomer.id, today, e.candidate_id]]))).toBe(C);
    expect(refused(await asRequestRole([`UPDATE candidate SET nominated_by = '社区党组织推荐' || nominated_by WHERE id = $1`, [e.candidate_id]]))).toBe(C);
    expect(refused(await asRequestRole([`UPDATE candidate SET owner_id = $2 WHERE id = $1`, [e.candidate_id, newcomer.id]]))).toBe(C);
    expect(refused(await asRequestRole([`UPDATE candidate SET party_member = NOT party_member WHERE id = $1`, [e.candidate_id]]))).toBe(C);
    expect(refused(await asRequestRole([`UPDATE candidate SET withdrawn = true, version = version + 1 WHERE id = $1`, [e.candidate_id]]))).toBe(C);
    expect(refused(await asRequestRole([`UPDATE candidate SET decision = 'INELIGIBLE', version = version + 1 WHERE id = $1`, [e.candidate_id]]))).toBe(C);
    expect(refused(await asRequestRole([`UPDATE candidate SET decision_explanation = '[]' WHERE id = $1`, [e.candidate_id]]))).toBe(C);
    expect(refused(await asRequestRole([`DELETE FROM eligibility_check WHERE candidate_id = $1`, [e.candidate_id]], [`DELETE FROM candidate WHERE id = $1`, [e.candidate_id]]))).toBe(K);
    expect(refused(await asRequestRole([`DELETE FROM candidate WHERE id = $1`, [e.candidate_id]]))).toBe(C);
    // a version bump alone changes nothing the vote reads (lockVersion)
    expect(refused(await asRequestRole([`UPDATE candidate SET version = version + 1 WHERE id = $1`, [e.candidate_id]]))).toBe('accepted');
  });

  it('no check is flipped, added or removed', async () => {
    const e = await electionIn(phase);
    const flipped = e.result === 'PASS' ? 'FAIL' : 'PASS';
    expect(refused(await asRequestRole([`UPDATE eligibility_check SET result = $3 WHERE candidate_id = $1 AND item_key = $2`, [e.candidate_id, e.item_key, flipped]]))).toBe(K);
    expect(refused(await asRequestRole([`UPDATE eligibility_check SET override_reason = '不影响履职' WHERE candidate_id = $1 AND item_key = $2`, [e.candidate_id, e.item_key]]))).toBe(K);
    expect(refused(await asRequestRole([`DELETE FROM eligibility_check WHERE candidate_id = $1 AND item_key = $2`, [e.candidate_id, e.item_key]]))).toBe(K);
    expect(
      refused(await asRequestRole([`INSERT INTO eligibility_check (candidate_id, item_key, result, reviewer, checked_on) VALUES ($1, 'late-item', 'PASS', '某人', $2)`, [e.candidate_id, today]])),
    ).toBe(K);
  });

  it('no objection is filed, resolved, rewritten or removed', async () => {
    const e = await electionIn(phase);
    const open = await objectionOn(e.candidate_id, false);
    const resolved = await objectionOn(e.candidate_id, true);
    expect(
      refused(await asRequestRole([`INSERT INTO objection (candidate_id, filed_on, filed_by, reason) VALUES ($1, $2, '业主李某', '补充异议')`, [e.candidate_id, today]])),
    ).toBe(O);
    expect(refused(await asRequestRole([`UPDATE objection SET resolution = '驳回', resolved_on = $2 WHERE id = $1`, [open, today]]))).toBe(O);
    expect(refused(await asRequestRole([`UPDATE objection SET resolution = NULL, resolved_on = NULL WHERE id = $1`, [resolved]]))).toBe(O);
    expect(refused(await asRequestRole([`UPDATE objection SET reason = '无' WHERE id = $1`, [resolved]]))).toBe(O);
    expect(refused(await asRequestRole([`DELETE FROM objection WHERE id = $1`, [open]]))).toBe(O);
  });

  it('the plan keeps the dates of the phases behind, the start of this one, and when each was entered', async () => {
    const e = await electionIn(phase);
    const row = (p: string) => [e.id, p];
    expect(refused(await asRequestRole([`UPDATE election_phase SET ends_on = ends_on + 30 WHERE election_id = $1 AND phase = $2`, row('CANDIDATE_PUBLICITY')]))).toBe(P);
    expect(refused(await asRequestRole([`UPDATE election_phase SET starts_on = coalesce(starts_on, $3::date) - 1 WHERE election_id = $1 AND phase = $2`, [...row(phase), today]]))).toBe(P);
    expect(refused(await asRequestRole([`UPDATE election_phase SET entered_at = now() - interval '3 days' WHERE election_id = $1 AND phase = $2`, row(phase)]))).toBe(P);
    expect(refused(await asRequestRole([`DELETE FROM election_phase WHERE election_id = $1 AND phase = 'NOMINATION'`, [e.id]]))).toBe(P);
    // the dates of a phase still ahead are the service's to judge (election-edits.ts), as before
    expect(refused(await asRequestRole([`UPDATE election_phase SET ends_on = coalesce(ends_on, $2::date) + 1 WHERE election_id = $1 AND phase = 'RESULT_PUBLICITY'`, [e.id, addDays(today, 30)]]))).toBe('accepted');
  });
});

describe('the service’s own writes still go through', () => {
  it('during the review, as the request role: a check recorded again, a candidate redecided, an objection resolved that day', async () => {
    const e = await electionIn('ELIGIBILITY_REVIEW');
    const open = await objectionOn(e.candidate_id, false);
    expect(
      await asRequestRole(
        [`UPDATE eligibility_check SET result = $3, checked_on = $4 WHERE candidate_id = $1 AND item_key = $2`, [e.candidate_id, e.item_key, e.result === 'PASS' ? 'FAIL' : 'PASS', today]],
        [`UPDATE candidate SET decision = 'NOT_YET_ELIGIBLE', version = version + 1 WHERE id = $1`, [e.candidate_id]],
        [`UPDATE objection SET resolution = '经核实不属实', resolved_on = (now() AT TIME ZONE 'Asia/Shanghai')::date WHERE id = $1`, [open]],
      ),
    ).toBeNull();
    // …but not backdated, nor a candidate nominated after nomination closed
    expect(refused(await asRequestRole([`UPDATE objection SET resolution = '驳回', resolved_on = $2 WHERE id = $1`, [open, addDays(today, -3)]]))).toBe('23514 objection_held_by_phase');
    expect(refused(await asRequestRole([`UPDATE candidate SET nominated_on = nominated_on - 1 WHERE id = $1`, [e.candidate_id]]))).toBe('23514 candidate_held_by_phase');
  });

  it('while candidates are published, a withdrawal; before voting, never a return', async () => {
    const e = await electionIn('CANDIDATE_PUBLICITY');
    expect(await asRequestRole([`UPDATE candidate SET withdrawn = true, version = version + 1 WHERE id = $1`, [e.candidate_id]])).toBeNull();
    expect(
      refused(await asRequestRole([`UPDATE candidate SET withdrawn = true WHERE id = $1`, [e.candidate_id]], [`UPDATE candidate SET withdrawn = false WHERE id = $1`, [e.candidate_id]])),
    ).toBe('23514 candidate_held_by_phase');
    // the decision is the review's: publicity does not redecide
    expect(refused(await asRequestRole([`UPDATE candidate SET decision = 'INELIGIBLE' WHERE id = $1`, [e.candidate_id]]))).toBe('23514 candidate_held_by_phase');
  });

  it('through GraphQL: the vote is closed (its phase entered) and the service itself refuses a late withdrawal', async () => {
    const MOVE = `mutation Move($id: ID!, $version: Int!, $action: ElectionAction!) { moveElection(id: $id, version: $version, action: $action) { id phase } }`;
    const WITHDRAW = `mutation W($id: ID!, $version: Int!) { withdrawCandidate(id: $id, version: $version) { id withdrawn } }`;
    const e = await electionIn('VOTING');
    const { username } = await oneRow<{ username: string }>(
      `SELECT u.username FROM estate s JOIN community c ON c.id = s.community_id JOIN officer_jurisdiction j ON j.subdistrict_id = c.subdistrict_id
         JOIN app_user u ON u.id = j.user_id WHERE s.id = $1 AND u.username IN ('officer', 'officer2', 'officer3') ORDER BY u.username LIMIT 1`,
      [e.estate_id],
    );
    const token = await app.tokenFor(username);
    const candidate = await oneRow<{ version: number }>(`SELECT version FROM candidate WHERE id = $1`, [e.candidate_id]);
    const late = await app.gql(WITHDRAW, { id: String(e.candidate_id), version: candidate.version }, token);
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'WITHDRAWAL_TOO_LATE' });
    // the voting period ran its course (laid down by the tables' owner, as the demo's past is)
    await app.ds.query(`UPDATE election_phase SET starts_on = $2, ends_on = $3 WHERE election_id = $1 AND phase = 'VOTING'`, [e.id, addDays(today, -10), addDays(today, -1)]);
    const { version } = await oneRow<{ version: number }>(`SELECT version FROM election WHERE id = $1`, [e.id]);
    const closed = await app.gql(MOVE, { id: String(e.id), version, action: 'CLOSE_VOTING' }, token);
    expect(closed.errors).toBeUndefined();
    expect(closed.data.moveElection.phase).toBe('COUNTING');
    const entered = await oneRow<{ today: boolean }>(
      `SELECT entered_at > now() - interval '1 minute' AS today FROM election_phase WHERE election_id = $1 AND phase = 'COUNTING'`,
      [e.id],
    );
    expect(entered.today).toBe(true);
  });
});
