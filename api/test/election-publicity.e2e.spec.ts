import { DEFAULT_CHECKLIST_V1 } from '../src/eligibility/checklist';
import { addDays, todayInChina } from '../src/shared/iso-date';
import { GqlResponse, ruleOutcomeOf, startTestApp, TestApp } from './harness';
import { GET_CANDIDATE, LIST_ELECTIONS, RECORD_CHECK } from './election-operations';
import type { ElectionPhase } from './generated/graphql';

/**
 * The officer review's F2–F4 (/work/review/officer2): a publicity of zero days, an objection after its window, a voting
 * day after the vote. Each refused as a class, through GraphQL on the seeded demo; "behind the API" moves the planned
 * dates as if days had passed, or as a plan from before the rule (no window at all) would have left them.
 */
let app: TestApp;
let token: string;
const today = todayInChina();
const outcome = ruleOutcomeOf;

beforeAll(async () => {
  app = await startTestApp();
  token = await app.tokenFor('officer');
});
afterAll(() => app?.close());

type Phase = { phase: string; startsOn: string | null; endsOn: string | null; enteredAt: string | null };
type Election = { id: string; version: number; title: string; seats: number; deemedVotes: boolean; phase: string; votedOn: string | null; phases: Phase[]; candidates: Array<{ id: string; decision: string; withdrawn: boolean }> };
const FIELDS = `id version title seats deemedVotes phase votedOn phases { phase startsOn endsOn enteredAt } candidates { id decision withdrawn }`;
const ELECTION = `query Election($id: ID!) { election(id: $id) { ${FIELDS} } }`;
const CREATE = `mutation Create($input: ElectionInput!) { createElection(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation Update($id: ID!, $version: Int!, $input: ElectionUpdateInput!) { updateElection(id: $id, version: $version, input: $input) { ${FIELDS} } }`;
const MOVE = `mutation Move($id: ID!, $version: Int!, $action: ElectionAction!, $votedOn: LocalDate) {
  moveElection(id: $id, version: $version, action: $action, votedOn: $votedOn) { ${FIELDS} } }`;
const OBJECT = `mutation Object($candidateId: ID!, $input: ObjectionInput!) { fileObjection(candidateId: $candidateId, input: $input) { id filedOn } }`;

const read = async (id: string): Promise<Election> => (await app.as('officer', ELECTION, { id })).election;
async function seeded(phase: ElectionPhase): Promise<Election> {
  const { elections } = await app.as('officer', LIST_ELECTIONS, { options: { filter: { phase } } });
  return read(elections.items[0].id);
}
const planned = (e: Election, phase: string) => e.phases.find((p) => p.phase === phase)!;
const move = async (e: Election, action: string, votedOn: string | null = null): Promise<GqlResponse> =>
  app.gql(MOVE, { id: e.id, version: (await read(e.id)).version, action, votedOn }, token);
async function plan(e: Election, changes: Record<string, unknown>): Promise<GqlResponse> {
  const now = await read(e.id);
  return app.gql(UPDATE, { id: e.id, version: now.version, input: { title: now.title, seats: now.seats, deemedVotes: now.deemedVotes, phases: [], ...changes } }, token);
}
/** The phase's planned dates set behind the API (as if days had passed, or as a plan from before the rule left them). */
const asIf = (e: Election, phase: string, startsOn: string | null, endsOn: string | null) =>
  app.ds.query(`UPDATE election_phase SET starts_on = $3, ends_on = $4 WHERE election_id = $1 AND phase = $2`, [e.id, phase, startsOn, endsOn]);

describe('F2: the candidates’ publicity is planned and lasts its minimum (5 days) before voting opens', () => {
  let e: Election;
  beforeAll(async () => {
    e = await seeded('ELIGIBILITY_REVIEW');
    // the seed leaves a candidate waiting on the police station's check: checked, so only the publicity holds publication back
    for (const { id } of e.candidates.filter((c) => c.decision === 'NOT_YET_ELIGIBLE' && !c.withdrawn)) {
      const { candidate } = await app.as('officer', GET_CANDIDATE, { id });
      let version = candidate.version;
      for (const item of DEFAULT_CHECKLIST_V1.items.filter((i) => !candidate.checks.some((c: { itemKey: string }) => c.itemKey === i.key))) {
        const input = { itemKey: item.key, result: 'PASS' as const, reviewingBody: item.suggestedReviewers[0], reviewer: '陈警官', checkedOn: today };
        version = (await app.as('officer', RECORD_CHECK, { candidateId: id, version, input })).recordEligibilityCheck.version;
      }
    }
  });

  it('publishing with no objection window planned is refused, nothing moved', async () => {
    expect(outcome(await plan(e, { phases: [{ phase: 'CANDIDATE_PUBLICITY', startsOn: null, endsOn: null }] }))).toBe('OK');
    const before = await read(e.id);
    const refused = await move(e, 'PUBLISH_CANDIDATES');
    expect(outcome(refused)).toBe('INVALID_TRANSITION/CANDIDATE_PUBLICITY_NOT_PLANNED');
    expect(refused.errors?.[0].extensions).toMatchObject({ phase: 'CANDIDATE_PUBLICITY', endsOn: null, minDays: 5 });
    expect(await read(e.id)).toEqual(before);
  });

  it('a window planned shorter than the minimum is refused on its end; one of exactly five days is taken', async () => {
    const refused = await plan(e, { phases: [{ phase: 'CANDIDATE_PUBLICITY', startsOn: today, endsOn: addDays(today, 3) }] });
    expect(outcome(refused)).toBe('BAD_USER_INPUT/CANDIDATE_PUBLICITY_BELOW_MINIMUM');
    expect(refused.errors?.[0].extensions.fieldErrors[0]).toMatchObject({ field: 'phases[0].endsOn', args: { startsOn: today, endsOn: addDays(today, 3), days: 4, minDays: 5 } });
    expect(planned(await read(e.id), 'CANDIDATE_PUBLICITY')).toMatchObject({ startsOn: null, endsOn: null });
    // an end given alone is judged when publishing: four days from today are too few
    expect(outcome(await plan(e, { phases: [{ phase: 'CANDIDATE_PUBLICITY', startsOn: null, endsOn: addDays(today, 3) }] }))).toBe('OK');
    expect(outcome(await move(e, 'PUBLISH_CANDIDATES'))).toBe('INVALID_TRANSITION/CANDIDATE_PUBLICITY_BELOW_MINIMUM');
    expect(outcome(await plan(e, { phases: [{ phase: 'CANDIDATE_PUBLICITY', startsOn: today, endsOn: addDays(today, 4) }] }))).toBe('OK');
    expect(outcome(await move(e, 'PUBLISH_CANDIDATES'))).toBe('OK');
    expect((await read(e.id)).phase).toBe('CANDIDATE_PUBLICITY');
  });

  it('voting does not open after a window never planned, nor one shorter than the minimum (a plan from before the rule)', async () => {
    await asIf(e, 'CANDIDATE_PUBLICITY', null, null);
    const before = await read(e.id);
    const refused = await move(e, 'OPEN_VOTING');
    expect(outcome(refused)).toBe('INVALID_TRANSITION/CANDIDATE_PUBLICITY_NOT_PLANNED');
    expect(await read(e.id)).toEqual(before);
    // as if a three-day window had run its course
    await asIf(e, 'CANDIDATE_PUBLICITY', addDays(today, -3), addDays(today, -1));
    const short = await move(e, 'OPEN_VOTING');
    expect(outcome(short)).toBe('INVALID_TRANSITION/CANDIDATE_PUBLICITY_BELOW_MINIMUM');
    expect(short.errors?.[0].extensions).toMatchObject({ startsOn: addDays(today, -3), endsOn: addDays(today, -1), minDays: 5 });
    // five days run: the publicity holds nothing back, the announced voting days do (the seed plans them later)
    await asIf(e, 'CANDIDATE_PUBLICITY', addDays(today, -5), addDays(today, -1));
    expect(outcome(await move(e, 'OPEN_VOTING'))).toBe('INVALID_TRANSITION/VOTING_NOT_STARTED');
  });

  it('an election is created without publicity dates (they are required at the moves), but not with too short a one', async () => {
    const estateId = (await app.ds.query(`SELECT estate_id::text AS id FROM election WHERE id = $1`, [e.id]))[0].id;
    const input = (phases: unknown[]) => ({ estateId, kind: 'FIRST', title: '公示期测试选举', seats: 5, phases });
    const short = await app.gql(CREATE, { input: input([{ phase: 'CANDIDATE_PUBLICITY', startsOn: addDays(today, 20), endsOn: addDays(today, 23) }, { phase: 'RESULT_PUBLICITY', startsOn: addDays(today, 40), endsOn: addDays(today, 40) }]) }, token);
    expect(short.errors?.[0].extensions.fieldErrors.map((f: { field: string; rule: string }) => `${f.field}/${f.rule}`)).toEqual([
      'phases[0].endsOn/CANDIDATE_PUBLICITY_BELOW_MINIMUM',
      'phases[1].endsOn/RESULT_PUBLICITY_BELOW_MINIMUM',
    ]);
    // another election of the estate is running: the plan is judged before that
    const plain = await app.gql(CREATE, { input: input([]) }, token);
    expect(outcome(plain)).toBe('ALREADY_EXISTS/ELECTION_RUNNING');
  });
});

describe('F2: the result’s publicity is planned and lasts its minimum (5 days) before the result is certified', () => {
  let e: Election;
  beforeAll(async () => {
    e = await seeded('COUNTING');
  });

  it('publishing the result with no publicity planned is refused; planned anew, it lasts the minimum', async () => {
    await asIf(e, 'RESULT_PUBLICITY', null, null);
    const refused = await move(e, 'PUBLISH_RESULT');
    expect(outcome(refused)).toBe('INVALID_TRANSITION/RESULT_PUBLICITY_NOT_PLANNED');
    expect(refused.errors?.[0].extensions).toMatchObject({ phase: 'RESULT_PUBLICITY', minDays: 5 });
    expect((await read(e.id)).phase).toBe('COUNTING');
    expect(outcome(await plan(e, { phases: [{ phase: 'RESULT_PUBLICITY', startsOn: today, endsOn: addDays(today, 3) }] }))).toBe('BAD_USER_INPUT/RESULT_PUBLICITY_BELOW_MINIMUM');
    expect(outcome(await plan(e, { phases: [{ phase: 'RESULT_PUBLICITY', startsOn: today, endsOn: addDays(today, 4) }] }))).toBe('OK');
    expect(outcome(await move(e, 'PUBLISH_RESULT'))).toBe('OK');
  });

  it('certifying after no publicity, or one shorter than the minimum, is refused; after five days it is certified', async () => {
    await asIf(e, 'RESULT_PUBLICITY', null, null);
    const before = await read(e.id);
    expect(outcome(await move(e, 'CERTIFY'))).toBe('INVALID_TRANSITION/RESULT_PUBLICITY_NOT_PLANNED');
    expect(await read(e.id)).toEqual(before);
    await asIf(e, 'RESULT_PUBLICITY', addDays(today, -1), addDays(today, -1));
    expect(outcome(await move(e, 'CERTIFY'))).toBe('INVALID_TRANSITION/RESULT_PUBLICITY_BELOW_MINIMUM');
    await asIf(e, 'RESULT_PUBLICITY', addDays(today, -5), addDays(today, -1));
    expect(outcome(await move(e, 'CERTIFY'))).toBe('OK');
    expect((await read(e.id)).phase).toBe('CERTIFIED');
  });
});

describe('F3: an objection is filed within the objection window', () => {
  let e: Election;
  beforeAll(async () => {
    e = await seeded('CANDIDATE_PUBLICITY');
    // as if the window had run a week, until yesterday; the vote is announced for later
    await asIf(e, 'CANDIDATE_PUBLICITY', addDays(today, -8), addDays(today, -1));
  });
  const object = (candidateId: string, filedOn: string) => app.gql(OBJECT, { candidateId, input: { filedBy: '业主王某', filedOn, reason: '候选人长期出租房屋' } }, token);
  const objections = async () => (await app.ds.query(`SELECT count(*)::int AS n FROM objection o JOIN candidate c ON c.id = o.candidate_id WHERE c.election_id = $1`, [e.id]))[0].n;

  it('one filed after the window’s last day is refused with that day; the review is not reopened', async () => {
    const before = await read(e.id);
    const was = await objections();
    const refused = await object(e.candidates[0].id, today);
    expect(outcome(refused)).toBe('INVALID_TRANSITION/OBJECTION_WINDOW_ENDED');
    expect(refused.errors?.[0].extensions).toMatchObject({ endsOn: addDays(today, -1), filedOn: today });
    expect(await read(e.id)).toEqual(before);
    expect(await objections()).toBe(was);
  });

  it('one dated within a window long over is recorded by the first working day after it, not later: it could not be told from one dated back', async () => {
    // as if the candidate had been nominated a month ago and the window had been the next two days
    const nominatedOn = addDays(today, -30);
    const [{ was }] = await app.ds.query(`SELECT to_char(nominated_on, 'YYYY-MM-DD') AS was FROM candidate WHERE id = $1`, [e.candidates[0].id]);
    await app.ds.query(`UPDATE candidate SET nominated_on = $2 WHERE id = $1`, [e.candidates[0].id, nominatedOn]);
    await asIf(e, 'CANDIDATE_PUBLICITY', nominatedOn, addDays(nominatedOn, 1));
    try {
      const before = await read(e.id);
      const refused = await object(e.candidates[0].id, addDays(nominatedOn, 1));
      expect(outcome(refused)).toBe('INVALID_TRANSITION/OBJECTION_RECORDED_LATE');
      expect(refused.errors?.[0].extensions).toMatchObject({ endsOn: addDays(nominatedOn, 1), filedOn: addDays(nominatedOn, 1) });
      expect(await read(e.id)).toEqual(before);
    } finally {
      await app.ds.query(`UPDATE candidate SET nominated_on = $2 WHERE id = $1`, [e.candidates[0].id, was]);
      await asIf(e, 'CANDIDATE_PUBLICITY', addDays(today, -8), addDays(today, -1));
    }
  });

  it('one filed on the last day (recorded today) reopens the review; a later one is refused in the review too', async () => {
    const filed = await object(e.candidates[0].id, addDays(today, -1));
    expect(outcome(filed)).toBe('OK');
    expect((await read(e.id)).phase).toBe('ELIGIBILITY_REVIEW');
    expect(outcome(await object(e.candidates[1].id, today))).toBe('INVALID_TRANSITION/OBJECTION_WINDOW_ENDED');
  });
});

describe('F4: the day the owners voted lies within the vote', () => {
  it('closing: not after the announced last day; given no day, the last day rather than the day of closing', async () => {
    const e = await seeded('VOTING');
    // as if the announced period had ended yesterday and the officer closed the vote today
    await asIf(e, 'VOTING', planned(e, 'VOTING').startsOn, addDays(today, -1));
    const refused = await move(e, 'CLOSE_VOTING', today);
    expect(refused.errors?.[0].extensions.fieldErrors).toEqual([expect.objectContaining({ field: 'votedOn', rule: 'VOTED_ON_AFTER_VOTING_PERIOD' })]);
    expect((await read(e.id)).phase).toBe('VOTING');
    const closed = await move(e, 'CLOSE_VOTING');
    expect(closed.data.moveElection).toMatchObject({ phase: 'COUNTING', votedOn: addDays(today, -1) });
    // nor moved past it afterwards
    expect(outcome(await plan(e, { votedOn: today }))).toBe('BAD_USER_INPUT/VOTED_ON_AFTER_VOTING_PERIOD');
  });

  it('once the result notice is posted, not corrected at all: a correction is a recount (the notice prints the day)', async () => {
    const e = await seeded('RESULT_PUBLICITY');
    const voting = planned(e, 'VOTING');
    expect(outcome(await plan(e, { votedOn: voting.startsOn }))).toBe('INVALID_TRANSITION/NOTICE_POSTED');
    expect((await read(e.id)).votedOn).toBe(e.votedOn);
  });

  it('corrected while counting: within the announced period, and not after the vote closed', async () => {
    const e = await seeded('COUNTING');
    // voting ran from ten days ago to four days ago, and the vote was closed after it (the review's reproduction)
    await app.ds.query(`UPDATE election_phase SET entered_at = now() - interval '10 days' WHERE election_id = $1 AND phase = 'VOTING'`, [e.id]);
    await asIf(e, 'VOTING', addDays(today, -10), addDays(today, -4));
    const voting = planned(await read(e.id), 'VOTING');
    const [{ closed }] = await app.ds.query(
      `SELECT (entered_at AT TIME ZONE 'Asia/Shanghai')::date::text AS closed FROM election_phase WHERE election_id = $1 AND phase = 'COUNTING'`,
      [e.id],
    );
    expect(closed > voting.endsOn!).toBe(true);
    expect(outcome(await plan(e, { votedOn: voting.endsOn }))).toBe('OK');
    expect(outcome(await plan(e, { votedOn: closed }))).toBe('BAD_USER_INPUT/VOTED_ON_AFTER_VOTING_PERIOD');
    expect((await read(e.id)).votedOn).toBe(voting.endsOn);
    // not after the day the vote was closed: election-edits.spec.ts's table (the close is dated by its move, today here)
  });
});
