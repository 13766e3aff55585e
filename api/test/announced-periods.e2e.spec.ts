import { addDays, todayInChina } from '../src/shared/iso-date';
import { GqlResponse, ruleOutcomeOf, startTestApp, TestApp } from './harness';
import { GET_ELECTION, LIST_ELECTIONS, MOVE_ELECTION, NOMINATE, UPDATE_ELECTION } from './election-operations';
import type { ElectionAction, ElectionFieldsFragment, ElectionPhase } from './generated/graphql';

/**
 * The nomination period and the result's publicity told to the owners bind the election as its voting period does
 * (docs/domain-rules.md#voting-period): each begins on its first day and ends no earlier than told; nominations are made
 * within their period; a late officer announces anew. "Behind the API" moves dates as if days had passed.
 */
let app: TestApp;
let token: string;
const today = todayInChina();

beforeAll(async () => {
  app = await startTestApp();
  token = await app.tokenFor('officer');
});
afterAll(() => app?.close());

const outcome = ruleOutcomeOf;

let e: ElectionFieldsFragment;
const planned = (phase: ElectionPhase) => e.phases.find((p) => p.phase === phase)!;

async function seeded(phase: ElectionPhase): Promise<ElectionFieldsFragment> {
  const { elections } = await app.as('officer', LIST_ELECTIONS, { options: { filter: { phase } } });
  return (await app.as('officer', GET_ELECTION, { id: elections.items[0].id })).election;
}
async function reload(): Promise<void> {
  e = (await app.as('officer', GET_ELECTION, { id: e.id })).election;
}
async function move(action: ElectionAction): Promise<GqlResponse> {
  const result = await app.gql(MOVE_ELECTION, { id: e.id, version: e.version, action }, token);
  if (!result.errors) e = result.data.moveElection;
  return result;
}
async function edit(phase: ElectionPhase, startsOn: string | null, endsOn: string | null, extra: { plannedVotingOn?: string | null } = {}): Promise<GqlResponse> {
  const input = { title: e.title, seats: e.seats, deemedVotes: e.deemedVotes, phases: [{ phase, startsOn, endsOn }], ...extra };
  const result = await app.gql(UPDATE_ELECTION, { id: e.id, version: e.version, input }, token);
  if (!result.errors) e = result.data.updateElection;
  return result;
}
/** as if days had passed: the phase's planned dates (and the day it was entered) set behind the API */
async function asIf(phase: ElectionPhase, startsOn: string, endsOn: string, enteredOn?: string): Promise<void> {
  await app.ds.query(
    `UPDATE election_phase SET starts_on = $3, ends_on = $4, entered_at = coalesce($5::date + time '09:00' AT TIME ZONE 'Asia/Shanghai', entered_at)
      WHERE election_id = $1 AND phase = $2`,
    [e.id, phase, startsOn, endsOn, enteredOn ?? null],
  );
  await reload();
}

describe('the nomination period', () => {
  let owners: string[];
  const nominate = (owner: string, nominatedOn: string) =>
    app.gql(NOMINATE, { electionId: e.id, input: { ownerId: owner, partyMember: false, nominatedBy: '自荐', nominatedOn } }, token);

  beforeAll(async () => {
    e = await seeded('PREPARATION');
    const rows = await app.ds.query(
      `SELECT DISTINCT o.id::text AS id FROM owner o JOIN ownership w ON w.owner_id = o.id JOIN unit u ON u.id = w.unit_id WHERE u.estate_id = $1 ORDER BY 1 LIMIT 4`,
      [e.estateId],
    );
    owners = rows.map((r: { id: string }) => r.id);
  });

  it('opening before the announced first day is refused, naming the phase and its days', async () => {
    expect(planned('NOMINATION').startsOn! > today).toBe(true);
    const refused = await move('OPEN_NOMINATION');
    expect(outcome(refused)).toBe('INVALID_TRANSITION/NOMINATION_NOT_STARTED');
    expect(refused.errors?.[0].extensions).toMatchObject({ phase: 'NOMINATION', startsOn: planned('NOMINATION').startsOn, endsOn: planned('NOMINATION').endsOn });
    expect((await app.as('officer', GET_ELECTION, { id: e.id })).election.phase).toBe('PREPARATION');
  });

  it('a late officer announces nomination anew, then opens it; the dates are not withdrawn', async () => {
    await asIf('NOMINATION', addDays(today, -1), addDays(today, 5));
    expect(outcome(await move('OPEN_NOMINATION'))).toBe('INVALID_TRANSITION/NOMINATION_START_PASSED');
    expect(outcome(await edit('NOMINATION', null, null))).toBe('BAD_USER_INPUT/NOMINATION_PERIOD_REQUIRED');
    expect(outcome(await edit('NOMINATION', today, addDays(today, 5)))).toBe('OK');
    expect(outcome(await move('OPEN_NOMINATION'))).toBe('OK');
    expect(e.phase).toBe('NOMINATION');
  });

  it('closing before the last day is refused although someone was nominated; the running period is extended, never shortened', async () => {
    expect(outcome(await nominate(owners[0], today))).toBe('OK');
    expect(outcome(await move('CLOSE_NOMINATION'))).toBe('INVALID_TRANSITION/NOMINATION_PERIOD_RUNNING');
    expect(outcome(await edit('NOMINATION', today, addDays(today, 2)))).toBe('BAD_USER_INPUT/NOMINATION_PERIOD_SHORTENED');
    expect(outcome(await edit('NOMINATION', today, addDays(today, 6)))).toBe('OK');
    expect(planned('NOMINATION')).toMatchObject({ startsOn: today, endsOn: addDays(today, 6) });
  });

  it('a nomination made after the last day is refused; one made on it is still recorded; then nomination closes', async () => {
    // as if nomination had opened two days ago and its period ended yesterday
    await asIf('NOMINATION', addDays(today, -2), addDays(today, -1), addDays(today, -2));
    const late = await nominate(owners[1], today);
    expect(outcome(late)).toBe('BAD_USER_INPUT/NOMINATION_PERIOD_ENDED');
    expect(late.errors?.[0].extensions.fieldErrors[0].field).toBe('nominatedOn');
    expect(outcome(await nominate(owners[2], addDays(today, -1)))).toBe('OK');
    // recorded after the first working day past the period, one dated within it is not taken: it could be dated back
    await asIf('NOMINATION', addDays(today, -25), addDays(today, -20), addDays(today, -25));
    const backdated = await nominate(owners[3], addDays(today, -20));
    expect(outcome(backdated)).toBe('BAD_USER_INPUT/NOMINATION_RECORDED_LATE');
    expect(backdated.errors?.[0].extensions.fieldErrors[0].field).toBe('nominatedOn');
    // that first working day is only provisional while its year's notice is not entered (a notice adds days off): no bound
    const years = [Number(addDays(today, -19).slice(0, 4)), Number(today.slice(0, 4))];
    const [{ removed }] = await app.ds.query(
      `WITH gone AS (DELETE FROM holiday_notice_day WHERE year BETWEEN $1 AND $2 RETURNING *) SELECT coalesce(json_agg(gone), '[]') AS removed FROM gone`,
      years,
    );
    expect(removed.length).toBeGreaterThan(0);
    try {
      expect(outcome(await nominate(owners[3], addDays(today, -20)))).toBe('OK');
    } finally {
      await app.ds.query(`INSERT INTO holiday_notice_day SELECT * FROM json_populate_recordset(null::holiday_notice_day, $1)`, [JSON.stringify(removed)]);
    }
    await asIf('NOMINATION', addDays(today, -2), addDays(today, -1), addDays(today, -2));
    expect(outcome(await edit('NOMINATION', addDays(today, -2), addDays(today, 3)))).toBe('BAD_USER_INPUT/NOMINATION_PERIOD_ENDED');
    expect(outcome(await move('CLOSE_NOMINATION'))).toBe('OK');
    expect(e.phase).toBe('ELIGIBILITY_REVIEW');
  });
});

describe('announcing anew before a period begins', () => {
  it('keeps every announced day still to come, or lasts as long; and lies within a year', async () => {
    e = await seeded('CANDIDATE_PUBLICITY');
    const publicity = planned('RESULT_PUBLICITY');
    expect(publicity.startsOn! > today).toBe(true);
    // ended later, every day told is kept
    expect(outcome(await edit('RESULT_PUBLICITY', publicity.startsOn, addDays(publicity.endsOn!, 1)))).toBe('OK');
    // moved a day later and a day shorter: the owners were told more days
    const kept = planned('RESULT_PUBLICITY');
    const days = Math.round((Date.parse(kept.endsOn!) - Date.parse(kept.startsOn!)) / 86_400_000);
    expect(outcome(await edit('RESULT_PUBLICITY', addDays(kept.startsOn!, 1), addDays(kept.startsOn!, days)))).toBe('BAD_USER_INPUT/RESULT_PUBLICITY_TOO_SHORT');
    expect(outcome(await edit('RESULT_PUBLICITY', addDays(kept.startsOn!, 1), addDays(kept.startsOn!, days + 1)))).toBe('OK');
    // and never more than a year ahead
    expect(outcome(await edit('RESULT_PUBLICITY', addDays(today, 300), addDays(today, 367)))).toBe('BAD_USER_INPUT/RESULT_PUBLICITY_TOO_FAR');
    expect(planned('RESULT_PUBLICITY').endsOn! <= addDays(today, 366)).toBe(true);
  });
});

describe('the publicity of the result', () => {
  it('publishing before the announced first day is refused; announced anew for today, the result is published', async () => {
    e = await seeded('COUNTING');
    expect(planned('RESULT_PUBLICITY').startsOn! > today).toBe(true);
    expect(outcome(await move('PUBLISH_RESULT'))).toBe('INVALID_TRANSITION/RESULT_PUBLICITY_NOT_STARTED');
    expect(outcome(await edit('RESULT_PUBLICITY', today, null))).toBe('BAD_USER_INPUT/RESULT_PUBLICITY_REQUIRED');
    // announced anew from today: every announced day still to come is kept, or the new period lasts as long
    const told = planned('RESULT_PUBLICITY');
    expect(outcome(await edit('RESULT_PUBLICITY', today, today))).toBe('BAD_USER_INPUT/RESULT_PUBLICITY_TOO_SHORT,RESULT_PUBLICITY_BELOW_MINIMUM');
    expect(outcome(await edit('RESULT_PUBLICITY', today, told.endsOn))).toBe('OK');
    expect(outcome(await move('PUBLISH_RESULT'))).toBe('OK');
    expect(e.phase).toBe('RESULT_PUBLICITY');
  });

  it('certifying is refused while the owners may object, its last day included; the period is not shortened', async () => {
    e = await seeded('RESULT_PUBLICITY');
    const refused = await move('CERTIFY');
    expect(outcome(refused)).toBe('INVALID_TRANSITION/RESULT_PUBLICITY_RUNNING');
    expect(refused.errors?.[0].extensions).toMatchObject({ phase: 'RESULT_PUBLICITY', endsOn: planned('RESULT_PUBLICITY').endsOn });
    expect(outcome(await edit('RESULT_PUBLICITY', planned('RESULT_PUBLICITY').startsOn, today))).toBe('BAD_USER_INPUT/RESULT_PUBLICITY_SHORTENED');
    // as if the publicity ran until today: its last day is still the owners'
    await asIf('RESULT_PUBLICITY', addDays(today, -7), today);
    expect(outcome(await move('CERTIFY'))).toBe('INVALID_TRANSITION/RESULT_PUBLICITY_RUNNING');
    expect((await app.as('officer', GET_ELECTION, { id: e.id })).election.phase).toBe('RESULT_PUBLICITY');
    // and as if it ended yesterday
    await asIf('RESULT_PUBLICITY', addDays(today, -8), addDays(today, -1));
    expect(outcome(await move('CERTIFY'))).toBe('OK');
    expect(e.phase).toBe('CERTIFIED');
  });
});

describe('the planned voting day', () => {
  it('falls within the announced voting period: moved with it, or refused', async () => {
    e = await seeded('ELIGIBILITY_REVIEW');
    const voting = planned('VOTING');
    const plannedDay = (r: GqlResponse) => (r.errors ? outcome(r) : 'OK');
    expect(plannedDay(await edit('VOTING', voting.startsOn, voting.endsOn, { plannedVotingOn: addDays(voting.endsOn!, 1) }))).toBe('BAD_USER_INPUT/PLANNED_VOTING_DAY_OUTSIDE_PERIOD');
    expect(plannedDay(await edit('VOTING', voting.startsOn, voting.endsOn, { plannedVotingOn: voting.startsOn }))).toBe('OK');
    // the period moved a day later leaves the planned day behind, unless it moves too
    const later = { startsOn: addDays(voting.startsOn!, 1), endsOn: addDays(voting.endsOn!, 1) };
    expect(plannedDay(await edit('VOTING', later.startsOn, later.endsOn))).toBe('BAD_USER_INPUT/PLANNED_VOTING_DAY_OUTSIDE_PERIOD');
    expect(plannedDay(await edit('VOTING', later.startsOn, later.endsOn, { plannedVotingOn: later.startsOn }))).toBe('OK');
  });
});
