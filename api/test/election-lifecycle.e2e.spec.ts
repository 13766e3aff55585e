import { committeeFilingDue } from '../src/committees/filing-deadlines';
import { DecidingCheck, DEFAULT_CHECKLIST_V1 } from '../src/eligibility/checklist';
import { loadHolidayCalendar } from '../src/holidays/holiday-notice.store';
import { addDays, todayInChina } from '../src/shared/iso-date';
import { outcomeOf, startTestApp, TestApp } from './harness';
import {
  ADD_MATERIAL,
  allVotingPersons,
  APPROVE_COMMITTEE_FILING,
  COMMITTEE,
  CREATE_ELECTION,
  electionVotingToday,
  FILE_OBJECTION,
  GET_CANDIDATE,
  GET_ELECTION,
  LIST_ELECTIONS,
  MOVE_ELECTION,
  NOMINATE,
  RECORD_BALLOT,
  RECORD_CHECK,
  RESOLVE_OBJECTION,
  SET_MEMBERS,
  SUBMIT_COMMITTEE_FILING,
  TALLY,
  UPDATE_ELECTION,
  bareEstateId,
} from './election-operations';
import type { CheckResult, ElectionAction, ElectionFieldsFragment, EligibilityCheckInput, MoveElectionMutationVariables } from './generated/graphql';

let app: TestApp;
let election: ElectionFieldsFragment;
const today = todayInChina();
/** A candidate's decisionExplanation: a JSON scalar in the schema, the server's DecidingCheck list inside. */
const explanation = (json: unknown) => json as DecidingCheck[];

beforeAll(async () => {
  app = await startTestApp();
  const { elections } = await app.as('officer', LIST_ELECTIONS, { options: { filter: { phase: 'PREPARATION' } } });
  election = (await app.as('officer', GET_ELECTION, { id: elections.items[0].id })).election;
});
afterAll(() => app?.close());

async function move(action: ElectionAction, extra: Partial<MoveElectionMutationVariables> = {}) {
  const result = await app.gql(MOVE_ELECTION, { id: election.id, version: election.version, action, ...extra }, await app.tokenFor('officer'));
  if (!result.errors) election = result.data.moveElection;
  return result;
}

async function refresh() {
  election = (await app.as('officer', GET_ELECTION, { id: election.id })).election;
}

async function check(candidateId: string, itemKey: string, result: CheckResult, extra: Partial<EligibilityCheckInput> = {}) {
  const { candidate } = await app.as('officer', GET_CANDIDATE, { id: candidateId });
  const reviewingBody = DEFAULT_CHECKLIST_V1.items.find((i) => i.key === itemKey)!.suggestedReviewers[0];
  return app.gql(
    RECORD_CHECK,
    { candidateId, version: candidate.version, input: { itemKey, result, reviewingBody, reviewer: '陈警官', checkedOn: today, ...extra } },
    await app.tokenFor('officer'),
  );
}

async function passAll(candidateId: string, except: string[] = []) {
  for (const item of DEFAULT_CHECKLIST_V1.items) if (!except.includes(item.key)) expect((await check(candidateId, item.key, 'PASS')).errors).toBeUndefined();
}

describe('nomination on an estate without an owner roll', () => {
  it('is not offered nor opened (NO_OWNER_ROLL) until the roll has a unit: candidates are owners on it', async () => {
    const estateId = await bareEstateId(app);
    const created = (await app.as('officer', CREATE_ELECTION, { input: { estateId, kind: 'FIRST', title: '首届业委会选举（名册未导入）', seats: 5, phases: [] } })).createElection;
    await app.ds.query(`UPDATE election_phase SET starts_on = $2, ends_on = $2 WHERE election_id = $1 AND phase = 'NOMINATION'`, [created.id, today]);
    const read = async () => (await app.as('officer', GET_ELECTION, { id: created.id })).election;
    expect((await read()).availableActions).toEqual(['CANCEL']);
    const refused = await app.gql(MOVE_ELECTION, { id: created.id, version: (await read()).version, action: 'OPEN_NOMINATION' }, await app.tokenFor('officer'));
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'NO_OWNER_ROLL' });
    expect((await read()).phase).toBe('PREPARATION');
    // the tables' owner lays down one unit, as an import would
    await app.ds.query(`INSERT INTO unit (estate_id, building, unit_no, room, area, area_source, developer_held) VALUES ($1, '1栋', '1单元', '101', 88, 'REGISTER', true)`, [estateId]);
    expect((await read()).availableActions).toEqual(['OPEN_NOMINATION', 'CANCEL']);
  });
});

describe('an election from preparation to a filed committee', () => {
  const candidateIds: string[] = [];

  it('refuses moves out of order', async () => {
    expect(election.phase).toBe('PREPARATION');
    // nomination is announced for next week (the seed's plan): opening it is not offered until its first day
    expect(election.availableActions).toEqual(['CANCEL']);
    const skip = await move('OPEN_VOTING');
    expect(skip.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'MOVE_NOT_ALLOWED', from: 'PREPARATION' });
    expect((await move('CANCEL')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'cancelReason' }] });
  });

  it('allows one running election per estate', async () => {
    const result = await app.gql(
      CREATE_ELECTION,
      { input: { estateId: election.estateId, kind: 'FIRST', title: '重复的选举测试', seats: 5, phases: [] } },
      await app.tokenFor('officer'),
    );
    // the rule and the running election, for the console to say so and link to it
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'ALREADY_EXISTS', rule: 'ELECTION_RUNNING', electionId: election.id });
  });

  it('takes nominations of the estate’s owners only', async () => {
    // the owners were told nomination runs today only (the seed plans it for next week)
    await app.ds.query(`UPDATE election_phase SET starts_on = $2, ends_on = $2 WHERE election_id = $1 AND phase = 'NOMINATION'`, [election.id, today]);
    await refresh();
    expect(election.availableActions).toEqual(['OPEN_NOMINATION', 'CANCEL']);
    expect((await move('OPEN_NOMINATION')).errors).toBeUndefined();
    const voters = await app.ds.query(
      `SELECT DISTINCT o.owner_id FROM ownership o JOIN unit u ON u.id = o.unit_id WHERE u.estate_id = $1 AND o.designated_voter ORDER BY o.owner_id LIMIT $2`,
      [election.estateId, election.seats + 2],
    );
    for (const [i, voter] of voters.entries()) {
      const { nominateCandidate } = await app.as('officer', NOMINATE, {
        electionId: election.id,
        input: { ownerId: String(voter.owner_id), partyMember: i % 2 === 0, nominatedBy: '业主联名推荐', nominatedOn: today },
      });
      expect(nominateCandidate.decision).toBe('NOT_YET_ELIGIBLE');
      candidateIds.push(nominateCandidate.id);
    }
    const again = await app.gql(NOMINATE, { electionId: election.id, input: { ownerId: String(voters[0].owner_id), partyMember: false, nominatedBy: '自荐', nominatedOn: today } }, await app.tokenFor('officer'));
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'ownerId', rule: 'ALREADY_NOMINATED' }] });
    const [stranger] = await app.ds.query(`SELECT id FROM owner WHERE estate_id <> $1 LIMIT 1`, [election.estateId]);
    const outsider = await app.gql(NOMINATE, { electionId: election.id, input: { ownerId: String(stranger.id), partyMember: false, nominatedBy: '自荐', nominatedOn: today } }, await app.tokenFor('officer'));
    expect(outsider.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'ownerId', rule: 'NOT_ON_ROLL' }] });
    // reviews are recorded in the review phase only
    expect((await check(candidateIds[0], 'AGED_18_OR_OVER', 'PASS')).errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'CHECKS_OUTSIDE_REVIEW', phases: ['ELIGIBILITY_REVIEW'] });
  });

  it('decides eligibility from the checklist and explains it', async () => {
    expect((await move('CLOSE_NOMINATION')).errors).toBeUndefined();
    // a disqualifying finding makes a candidate ineligible, and the explanation names it
    await passAll(candidateIds[1], ['PROPERTY_FEE_ARREARS']);
    const failed = await check(candidateIds[1], 'PROPERTY_FEE_ARREARS', 'FAIL', { evidenceNote: '物业公司出具欠费证明' });
    expect(failed.data.recordEligibilityCheck.decision).toBe('INELIGIBLE');
    expect(explanation(failed.data.recordEligibilityCheck.decisionExplanation)[0]).toMatchObject({ itemKey: 'PROPERTY_FEE_ARREARS', kind: 'DISQUALIFYING', reason: 'DISQUALIFYING_FAILED' });

    // an unsuitable finding stands aside only with a written reason
    await passAll(candidateIds[2], ['NOT_LIVING_IN_UNIT']);
    const unsuitable = await check(candidateIds[2], 'NOT_LIVING_IN_UNIT', 'FAIL');
    expect(unsuitable.data.recordEligibilityCheck.decision).toBe('INELIGIBLE');
    const overridden = await check(candidateIds[2], 'NOT_LIVING_IN_UNIT', 'FAIL', { overrideReason: '子女就学短期外住，经社区核实仍以本小区为家' });
    expect(overridden.data.recordEligibilityCheck.decision).toBe('ELIGIBLE');
    expect(explanation(overridden.data.recordEligibilityCheck.decisionExplanation).find((d) => d.itemKey === 'NOT_LIVING_IN_UNIT')!.reason).toBe('UNSUITABLE_OVERRIDDEN');
    const badOverride = await check(candidateIds[2], 'AGED_18_OR_OVER', 'PASS', { overrideReason: '不适用' });
    expect(badOverride.errors?.[0].extensions.fieldErrors[0]).toMatchObject({ field: 'overrideReason', rule: 'OVERRIDE_NOT_ALLOWED' });

    // a candidate with a check still pending holds the publication back
    await passAll(candidateIds[0]);
    const held = await move('PUBLISH_CANDIDATES');
    expect(held.errors?.[0].extensions.code).toBe('INVALID_TRANSITION');
    expect(held.errors?.[0].message).toMatch(/await a decision/);
    // the rule and its figures, for the console to say it in the user's words
    expect(held.errors?.[0].extensions).toMatchObject({ rule: 'CANDIDATES_UNDECIDED', count: 4 });
    for (const id of candidateIds.slice(3)) await passAll(id);
    await refresh();
    expect(election.candidates.filter((c: { decision: string }) => c.decision === 'ELIGIBLE')).toHaveLength(election.seats + 1);
    expect((await move('PUBLISH_CANDIDATES')).errors).toBeUndefined();
  });

  it('an objection during publicity reopens the review', async () => {
    const { fileObjection } = await app.as('officer', FILE_OBJECTION, { candidateId: candidateIds[0], input: { filedOn: today, filedBy: '3幢业主', reason: '该候选人长期出租房屋，不在小区居住' } });
    await refresh();
    expect(election.phase).toBe('ELIGIBILITY_REVIEW');
    // the history says which objection reopened it, in its words
    const { election: withHistory } = await app.as('officer', `query H($id: ID!) { election(id: $id) { history { action note objectionId } } }`, { id: election.id });
    expect(withHistory.history.at(-1)).toEqual({ action: 'REOPEN_REVIEW', note: '该候选人长期出租房屋，不在小区居住', objectionId: fileObjection.id });
    const { candidate } = await app.as('officer', GET_CANDIDATE, { id: candidateIds[0] });
    expect(candidate.decision).toBe('NOT_YET_ELIGIBLE');
    expect(explanation(candidate.decisionExplanation)[0]).toMatchObject({ reason: 'OBJECTION_OPEN' });
    expect((await move('PUBLISH_CANDIDATES')).errors?.[0].extensions.code).toBe('INVALID_TRANSITION');
    // a resolution of spaces says nothing: refused, and the objection stays open
    const blank = await app.gql(RESOLVE_OBJECTION, { id: fileObjection.id, resolution: ' \u3000 ' }, await app.tokenFor('officer'));
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'resolution', rule: 'REQUIRED' }] });
    expect((await app.as('officer', GET_CANDIDATE, { id: candidateIds[0] })).candidate.decision).toBe('NOT_YET_ELIGIBLE');
    await app.as('officer', RESOLVE_OBJECTION, { id: fileObjection.id, resolution: '经社区核实，候选人实际居住，异议不成立' });
    expect((await app.as('officer', GET_CANDIDATE, { id: candidateIds[0] })).candidate.decision).toBe('ELIGIBLE');
    // another subdistrict's officer learns nothing of the objection, resolved or not: FORBIDDEN before its state
    const elsewhere = await app.gql(RESOLVE_OBJECTION, { id: fileObjection.id, resolution: '再次处理' }, await app.tokenFor('officer2'));
    expect(elsewhere.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const again = await app.gql(RESOLVE_OBJECTION, { id: fileObjection.id, resolution: '再次处理' }, await app.tokenFor('officer'));
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'OBJECTION_RESOLVED' });
    expect((await move('PUBLISH_CANDIDATES')).errors).toBeUndefined();
  });

  it('opens voting only after the objection window, which is extended but never shortened', async () => {
    const { startsOn } = election.phases.find((p) => p.phase === 'CANDIDATE_PUBLICITY')!;
    const phases = [{ phase: 'CANDIDATE_PUBLICITY' as const, startsOn, endsOn: addDays(today, 40) }];
    const { updateElection } = await app.as('officer', UPDATE_ELECTION, {
      id: election.id,
      version: election.version,
      input: { title: election.title, seats: election.seats, deemedVotes: false, phases },
    });
    election = updateElection;
    const early = await move('OPEN_VOTING');
    expect(early.errors?.[0].message).toMatch(/objection window runs until/);
    const shortened = await app.gql(UPDATE_ELECTION, {
      id: election.id,
      version: election.version,
      input: { title: election.title, seats: election.seats, deemedVotes: false, phases: [{ ...phases[0], endsOn: addDays(today, 30) }] },
    }, await app.tokenFor('officer'));
    expect(shortened.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'phases[0].endsOn', rule: 'OBJECTION_WINDOW_SHORTENED' }] });
    // the window runs its course: as if the candidates had been published eight days ago, for a week
    await app.ds.query(
      `UPDATE election_phase SET entered_at = entered_at - interval '8 days', starts_on = $2, ends_on = $3 WHERE election_id = $1 AND phase = 'CANDIDATE_PUBLICITY'`,
      [election.id, addDays(today, -8), addDays(today, -1)],
    );
    // voting was planned for later: the owners were told so, and a vote called anew for today drops the days they
    // were told without the 15 days' notice of an assembly (docs/domain-rules.md#voting-period)
    const notYet = await move('OPEN_VOTING');
    expect(notYet.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'VOTING_NOT_STARTED' });
    const calledForToday = await app.gql(UPDATE_ELECTION, {
      id: election.id,
      version: election.version,
      input: { title: election.title, seats: election.seats, deemedVotes: false, phases: [{ phase: 'VOTING', startsOn: today, endsOn: today }] },
    }, await app.tokenFor('officer'));
    // the notice and the first day it allows, as figures (args), beside the days the owners were told
    expect(calledForToday.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'phases[0].startsOn', rule: 'VOTING_NOTICE_TOO_SHORT', args: { noticeDays: 15, earliest: addDays(today, 15) } }],
    });
    // told 15 days ahead, the owners vote fifteen days on: today
    await electionVotingToday(app, election.id);
    await refresh();
    expect((await move('OPEN_VOTING')).errors).toBeUndefined();
    // the rules of the vote are frozen now
    const frozen = await app.gql(UPDATE_ELECTION, { id: election.id, version: election.version, input: { title: election.title, seats: election.seats, deemedVotes: true, phases: [] } }, await app.tokenFor('officer'));
    expect(frozen.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'SETTINGS_FROZEN' });
  });

  it('tallies the ballots and certifies a committee with its 30-day filing', async () => {
    const eligible = election.candidates.filter((c: { decision: string }) => c.decision === 'ELIGIBLE').map((c: { id: string }) => c.id);
    const all = await allVotingPersons(app.as, election.id);
    const voters = all.filter((_: unknown, i: number) => i % 10 !== 0); // nine in ten take part
    const token = await app.tokenFor('officer');
    for (let i = 0; i < voters.length; i += 20) {
      await Promise.all(
        voters.slice(i, i + 20).map(async (p: { ownerId: string | null; personKey: string }) => {
          const input = { ownerId: p.ownerId, developer: p.personKey === 'DEVELOPER', method: 'PAPER' as const, choices: eligible.slice(0, election.seats) };
          const r = await app.gql(RECORD_BALLOT, { electionId: election.id, input }, token);
          expect(r.errors).toBeUndefined();
        }),
      );
    }
    // no ballot moved the election's version (a ballot is not announced, docs/architecture.md#change-feed-versions): the version read before the vote holds
    const before = election.version;
    await refresh();
    expect(election.version).toBe(before);
    expect((await move('CLOSE_VOTING')).errors).toBeUndefined();
    const tally = (await app.as('officer', TALLY, { id: election.id })).election.tally!;
    expect(tally.ballots).toBe(voters.length);
    expect(tally.participating.headcount).toBe(voters.length);
    expect(tally.totals.headcount).toBe(all.length);
    expect(tally.quorum.met).toBe(true);
    expect(tally.electedIds.sort()).toEqual(eligible.slice(0, election.seats).sort());
    expect(tally.issues).toEqual([]);

    // the result is published on the day announced for it, and certified once its publicity has run its course
    await app.ds.query(`UPDATE election_phase SET starts_on = $2, ends_on = $3 WHERE election_id = $1 AND phase = 'RESULT_PUBLICITY'`, [election.id, today, addDays(today, 6)]);
    expect((await move('PUBLISH_RESULT')).errors).toBeUndefined();
    await app.ds.query(`UPDATE election_phase SET starts_on = $2, ends_on = $3 WHERE election_id = $1 AND phase = 'RESULT_PUBLICITY'`, [election.id, addDays(today, -7), addDays(today, -1)]);
    expect((await move('CERTIFY')).errors).toBeUndefined();
    expect(election.phase).toBe('CERTIFIED');
    expect(election.availableActions).toEqual([]);
    const { committee } = await app.as('officer', COMMITTEE, { id: election.committeeId! });
    expect(committee.members).toHaveLength(election.seats);
    expect(committee.members.every((m: { position: string }) => m.position === 'MEMBER')).toBe(true);
    const [filing] = committee.filings;
    expect(filing).toMatchObject({ kind: 'ESTABLISHMENT', eventDate: today, filingStatus: 'DRAFT', overdue: false });
    expect(filing.dueOn >= addDays(today, 30)).toBe(true);
    const due = committeeFilingDue(today, await loadHolidayCalendar(app.ds.manager));
    expect([filing.dueOn, filing.dueOnProvisional]).toEqual([due.dueOn, due.provisional]);
  });

  it('files the committee: materials and positions first, then a registrar decides', async () => {
    let { committee } = await app.as('officer', COMMITTEE, { id: election.committeeId! });
    let filing = committee.filings[0];
    const token = await app.tokenFor('officer');
    const noMaterials = await app.gql(SUBMIT_COMMITTEE_FILING, { id: filing.id, version: filing.version }, token);
    expect(noMaterials.errors?.[0].message).toMatch(/MINUTES, COVENANT, RULES_OF_PROCEDURE, MEMBER_LIST/);
    // the refusal names what is missing as data, for the console to list
    expect(noMaterials.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'MATERIALS_MISSING', missingMaterials: ['MINUTES', 'COVENANT', 'RULES_OF_PROCEDURE', 'MEMBER_LIST'] });
    for (const kind of ['MINUTES', 'COVENANT', 'RULES_OF_PROCEDURE', 'MEMBER_LIST'] as const) {
      const { addFilingMaterial } = await app.as('officer', ADD_MATERIAL, {
        filingId: filing.id,
        input: { kind, fileName: `${kind}.pdf`, contentType: 'application/pdf', contentBase64: Buffer.from(`%PDF-1.4 ${kind}`).toString('base64') },
      });
      expect(addFilingMaterial.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    // each material moved the filing's version (a filing reads its materials, docs/architecture.md#change-feed-versions)
    expect(outcomeOf(await app.gql(SUBMIT_COMMITTEE_FILING, { id: filing.id, version: filing.version }, token))).toBe('CONFLICT');
    ({ committee } = await app.as('officer', COMMITTEE, { id: election.committeeId! }));
    expect(committee.filings[0].version).toBe(filing.version + 4);
    filing = committee.filings[0];
    const noPositions = await app.gql(SUBMIT_COMMITTEE_FILING, { id: filing.id, version: filing.version }, token);
    expect(noPositions.errors?.[0].message).toMatch(/positions/);
    expect(noPositions.errors?.[0].extensions.positionProblems.length).toBeGreaterThan(0);
    // how many vice-chairs the rule requires and how many are set, for the console to say what to change
    expect(noPositions.errors?.[0].extensions).toMatchObject({ rule: 'POSITIONS_NOT_SET', viceChairsMin: 1, viceChairsMax: 2, chairs: 0, viceChairs: 0 });

    const people = committee.members.map((m) => ({ name: m.name, ownerId: m.ownerId }));
    // four of the five (a vacancy, allowed) with no vice-chair; a sixth person who was never elected
    const noVice = await app.gql(SET_MEMBERS, { id: committee.id, version: committee.version, input: { effectiveOn: today, members: people.slice(0, 4).map((p, i) => ({ ...p, position: i === 0 ? ('CHAIR' as const) : ('MEMBER' as const) })) } }, token);
    expect(noVice.errors?.[0].extensions.fieldErrors.map((e: { rule: string }) => e.rule)).toEqual(['COMMITTEE_VICE_CHAIR_COUNT']);
    const withStranger = [...people, { name: '未当选者', ownerId: null }].map((p, i) => ({ ...p, position: i === 0 ? ('CHAIR' as const) : i === 1 ? ('VICE_CHAIR' as const) : ('MEMBER' as const) }));
    const stranger = await app.gql(SET_MEMBERS, { id: committee.id, version: committee.version, input: { effectiveOn: today, members: withStranger } }, token);
    expect(stranger.errors?.[0].extensions.fieldErrors.map((e: { rule: string }) => e.rule)).toEqual(expect.arrayContaining(['COMMITTEE_SIZE', 'COMMITTEE_MEMBER_NOT_ELECTED']));
    const positions = people.map((p, i) => ({ ...p, position: i === 0 ? ('CHAIR' as const) : i === 1 ? ('VICE_CHAIR' as const) : ('MEMBER' as const) }));
    await app.as('officer', SET_MEMBERS, { id: committee.id, version: committee.version, input: { effectiveOn: today, members: positions } });
    ({ committee } = await app.as('officer', COMMITTEE, { id: election.committeeId! }));
    filing = committee.filings[0];
    expect(committee.filings).toHaveLength(1); // positions set, same people: no change filing
    const submitted = await app.as('officer', SUBMIT_COMMITTEE_FILING, { id: filing.id, version: filing.version });
    expect(submitted.submitCommitteeFiling.filingStatus).toBe('SUBMITTED');
    const officerApproves = await app.gql(APPROVE_COMMITTEE_FILING, { id: filing.id, version: filing.version + 1 }, token);
    expect(officerApproves.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const { approveCommitteeFiling } = await app.as('registrar', APPROVE_COMMITTEE_FILING, { id: filing.id, version: filing.version + 1 });
    expect(approveCommitteeFiling.filingNumber).toMatch(/^湖业委备〔\d{4}〕\d{4}号$/);
  });

  it('a filing is approved only with its four materials: the demo’s submitted filings carry them, and one without them is not numbered', async () => {
    const bare: Array<{ id: number; kinds: string[] }> = await app.ds.query(
      `SELECT f.id, coalesce(array_agg(DISTINCT m.kind) FILTER (WHERE m.kind IS NOT NULL), '{}') AS kinds FROM committee_filing f
         LEFT JOIN filing_material m ON m.committee_filing_id = f.id WHERE f.filing_status <> 'DRAFT' GROUP BY f.id
       HAVING NOT array_agg(m.kind) @> ARRAY['MINUTES', 'COVENANT', 'RULES_OF_PROCEDURE', 'MEMBER_LIST']`,
    );
    expect(bare).toEqual([]);
    // a submitted filing whose materials never came (written around the submission): the approval refuses it
    const [{ committee_id: committeeId }] = await app.ds.query(`SELECT committee_id FROM committee_filing WHERE filing_status = 'APPROVED' ORDER BY id LIMIT 1`);
    const [filing] = await app.ds.query(
      `INSERT INTO committee_filing (committee_id, kind, event_date, due_on, filing_status, submitted_at) VALUES ($1, 'CHANGE', $2, $3, 'SUBMITTED', now()) RETURNING id, version`,
      [committeeId, addDays(today, -3), addDays(today, 27)],
    );
    const refused = await app.gql(APPROVE_COMMITTEE_FILING, { id: String(filing.id), version: filing.version }, await app.tokenFor('registrar'));
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'MATERIALS_MISSING', missingMaterials: ['MINUTES', 'COVENANT', 'RULES_OF_PROCEDURE', 'MEMBER_LIST'] });
    expect((await app.ds.query(`SELECT filing_status, filing_number, version FROM committee_filing WHERE id = $1`, [filing.id]))[0]).toEqual({ filing_status: 'SUBMITTED', filing_number: null, version: filing.version });
  });

  it('after certification the estate may hold its next election, a by-election for seats that keep the committee odd', async () => {
    const byElection = async (seats: number) =>
      app.gql(CREATE_ELECTION, { input: { estateId: election.estateId, kind: 'BY_ELECTION', title: '补选委员', seats, phases: [] } }, await app.tokenFor('officer'));
    expect(election.seats).toBe(5); // five sitting members: one more makes six
    expect((await byElection(1)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'seats', rule: 'COMMITTEE_SIZE' }] });
    expect((await byElection(2)).errors).toBeUndefined();
  });
});
