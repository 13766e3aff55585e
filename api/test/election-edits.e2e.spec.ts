import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { committeeFilingDue, committeeFilingDueProblem, recomputeFilingDeadlines } from '../src/committees/filing-deadlines';
import { DEFAULT_CHECKLIST_V1 } from '../src/eligibility/checklist';
import { loadHolidayCalendar } from '../src/holidays/holiday-notice.store';
import { addDays, todayInChina } from '../src/shared/iso-date';
import { GqlResponse, startTestApp, TestApp } from './harness';
import { GET_CANDIDATE, LIST_ELECTIONS, RECORD_CHECK } from './election-operations';
import type { ElectionPhase } from './generated/graphql';

let app: TestApp;
let officer: string;
const today = todayInChina();

beforeAll(async () => {
  app = await startTestApp();
  officer = await app.tokenFor('officer');
});
afterAll(() => app?.close());

const ELECTION = `query Election($id: ID!) { election(id: $id) {
  id version updatedAt title seats deemedVotes plannedVotingOn votedOn phase candidates { id decision }
  phases { phase startsOn endsOn enteredAt } } }`;
const UPDATE = `mutation Update($id: ID!, $version: Int!, $input: ElectionUpdateInput!) {
  updateElection(id: $id, version: $version, input: $input) { id version title plannedVotingOn phases { phase startsOn endsOn } } }`;
const MOVE = `mutation Move($id: ID!, $version: Int!, $action: ElectionAction!) { moveElection(id: $id, version: $version, action: $action) { id version phase } }`;

type Phase = { phase: string; startsOn: string | null; endsOn: string | null };
type Election = { id: string; version: number; title: string; seats: number; deemedVotes: boolean; plannedVotingOn: string | null; votedOn: string | null; phase: string; phases: Phase[]; candidates: Array<{ id: string; decision: string }> };

async function read(id: string): Promise<Election> {
  return (await app.as('officer', ELECTION, { id })).election;
}

/** The seeded election of the officer's subdistricts in `phase` (one per phase: api/src/seed/election-demo.ts). */
async function seeded(phase: ElectionPhase): Promise<Election> {
  const { elections } = await app.as('officer', LIST_ELECTIONS, { options: { filter: { phase } } });
  return read(elections.items[0].id);
}

/** updateElection with the election's own settings, `changes` on top (phases: only those given). */
function update(e: Election, changes: Record<string, unknown>): Promise<GqlResponse> {
  return app.gql(UPDATE, { id: e.id, version: e.version, input: { title: e.title, seats: e.seats, deemedVotes: e.deemedVotes, phases: [], ...changes } }, officer);
}

/** A phase's planned dates as an update takes them. */
const plannedOf = (e: Election, phase: string): Phase => {
  const { startsOn, endsOn } = e.phases.find((p) => p.phase === phase)!;
  return { phase, startsOn, endsOn };
};
const byPhase = (phases: Phase[]) => phases.map(({ phase, startsOn, endsOn }) => ({ phase, startsOn, endsOn })).sort((a, b) => a.phase.localeCompare(b.phase));

/** Each election as last read by `remember`: what a refusal must leave it as. */
const before = new Map<string, Election>();
async function remember(id: string): Promise<Election> {
  const e = await read(id);
  before.set(id, e);
  return e;
}

/** A refusal changes nothing: the election reads back as it was (version, updatedAt, settings, plan). */
async function expectRefused(e: Election, result: GqlResponse, code: string, rules: string[] = []): Promise<void> {
  expect(result.errors?.[0].extensions.code).toBe(code);
  if (rules.length) expect(result.errors?.[0].extensions.fieldErrors.map((f: { field: string; rule: string }) => `${f.field}/${f.rule}`)).toEqual(rules);
  expect(await read(e.id)).toEqual(before.get(e.id));
}

describe('a certified or cancelled election is a record: updateElection refuses everything', () => {
  it.each(['CERTIFIED', 'CANCELLED'] as const)('%s: a new title (F13), a new plan, even the same values', async (phase) => {
    const e = await remember((await seeded(phase)).id);
    await expectRefused(e, await update(e, { title: '测试选举改名' }), 'INVALID_TRANSITION');
    await expectRefused(e, await update(e, { phases: [{ phase: 'CANDIDATE_PUBLICITY', startsOn: today, endsOn: today }] }), 'INVALID_TRANSITION');
    await expectRefused(e, await update(e, { plannedVotingOn: addDays(today, -40) }), 'INVALID_TRANSITION');
    await expectRefused(e, await update(e, {}), 'INVALID_TRANSITION');
    const refused = await update(e, {});
    expect(refused.errors?.[0].extensions).toMatchObject({ entity: 'Election', from: phase });
  });
});

describe('the objection window, once the candidates are published, is extended but never shortened (F6)', () => {
  // seeded: publicity entered three days ago, the window planned to run four more days
  let e: Election;
  let window: Phase;
  beforeAll(async () => {
    e = await remember((await seeded('CANDIDATE_PUBLICITY')).id);
    window = plannedOf(e, 'CANDIDATE_PUBLICITY');
    expect(window).toMatchObject({ startsOn: addDays(today, -3), endsOn: addDays(today, 4) });
  });

  it('voting waits for the window', async () => {
    const early = await app.gql(MOVE, { id: e.id, version: e.version, action: 'OPEN_VOTING' }, officer);
    expect(early.errors?.[0].message).toMatch(/objection window runs until/);
    expect(early.errors?.[0].extensions).toMatchObject({ rule: 'OBJECTION_WINDOW_RUNNING', endsOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(await read(e.id)).toEqual(before.get(e.id));
  });

  it.each([
    ['ending the day before publicity was entered (the review’s reproduction)', () => addDays(today, -4), ['phases[0].endsOn/PHASE_ENDS_BEFORE_ENTERED', 'phases[0].endsOn/OBJECTION_WINDOW_SHORTENED']],
    ['ending yesterday', () => addDays(today, -1), ['phases[0].endsOn/OBJECTION_WINDOW_SHORTENED']],
    ['ending today', () => today, ['phases[0].endsOn/OBJECTION_WINDOW_SHORTENED']],
    ['a day shorter', () => addDays(today, 3), ['phases[0].endsOn/OBJECTION_WINDOW_SHORTENED']],
    ['with no end at all', () => null, ['phases[0].endsOn/OBJECTION_WINDOW_SHORTENED']],
  ])('refuses the window %s, and voting still waits', async (_label, endsOn, rules) => {
    const end = endsOn();
    const startsOn = end && end < window.startsOn! ? end : window.startsOn;
    const result = await update(e, { phases: [{ phase: 'CANDIDATE_PUBLICITY', startsOn, endsOn: end }] });
    const expected = startsOn !== window.startsOn ? ['phases[0].startsOn/PHASE_STARTED', ...rules] : rules;
    await expectRefused(e, result, 'BAD_USER_INPUT', expected);
    const stillEarly = await app.gql(MOVE, { id: e.id, version: e.version, action: 'OPEN_VOTING' }, officer);
    expect(stillEarly.errors?.[0].extensions.code).toBe('INVALID_TRANSITION');
  });

  it('refuses moving the start of the phase it is in', async () => {
    await expectRefused(e, await update(e, { phases: [{ ...window, startsOn: addDays(today, -1) }] }), 'BAD_USER_INPUT', ['phases[0].startsOn/PHASE_STARTED']);
  });

  it('extends the window, and the extension is the window from then on', async () => {
    const extended = await update(e, { phases: [{ ...window, endsOn: addDays(today, 10) }] });
    expect(extended.errors).toBeUndefined();
    expect(plannedOf(extended.data.updateElection, 'CANDIDATE_PUBLICITY').endsOn).toBe(addDays(today, 10));
    e = await remember(e.id);
    await expectRefused(e, await update(e, { phases: [window] }), 'BAD_USER_INPUT', ['phases[0].endsOn/OBJECTION_WINDOW_SHORTENED']);
  });

  it('other settings still change while the window runs, the plan left as it is', async () => {
    // as the console sends it: every phase with a date, as read
    const retitled = await update(e, { title: `${e.title}(更正)`, phases: byPhase(e.phases.filter((p) => p.startsOn || p.endsOn)) });
    expect(retitled.errors).toBeUndefined();
    expect(byPhase(retitled.data.updateElection.phases)).toEqual(byPhase(e.phases));
  });
});

describe('publishing the candidates starts the window: a window already over is planned anew first', () => {
  it('refuses PUBLISH_CANDIDATES while the planned window ended yesterday; extended, publishes', async () => {
    let e = await seeded('ELIGIBILITY_REVIEW');
    // the review began a week ago (behind the API), so a five-day window may end yesterday after it
    await app.ds.query(`UPDATE election_phase SET starts_on = $2 WHERE election_id = $1 AND phase = 'ELIGIBILITY_REVIEW'`, [e.id, addDays(today, -7)]);
    // a window not yet published is planned freely, even into the past (its minimum length kept: publicity.ts)
    const lapsed = { phase: 'CANDIDATE_PUBLICITY', startsOn: addDays(today, -5), endsOn: addDays(today, -1) };
    const planned = await update(e, { phases: [lapsed] });
    expect(planned.errors).toBeUndefined();
    // the seed leaves one candidate waiting on the police station's check
    for (const { id } of e.candidates.filter((c) => c.decision === 'NOT_YET_ELIGIBLE')) {
      const { candidate } = await app.as('officer', GET_CANDIDATE, { id });
      const pending = DEFAULT_CHECKLIST_V1.items.filter((item) => !candidate.checks.some((c: { itemKey: string }) => c.itemKey === item.key));
      let version = candidate.version;
      for (const item of pending) {
        const input = { itemKey: item.key, result: 'PASS' as const, reviewingBody: item.suggestedReviewers[0], reviewer: '陈警官', checkedOn: today };
        version = (await app.as('officer', RECORD_CHECK, { candidateId: id, version, input })).recordEligibilityCheck.version;
      }
    }
    e = await remember(e.id);
    const refused = await app.gql(MOVE, { id: e.id, version: e.version, action: 'PUBLISH_CANDIDATES' }, officer);
    expect(refused.errors?.[0].extensions.code).toBe('INVALID_TRANSITION');
    expect(refused.errors?.[0].message).toMatch(/objection window is planned to end on .* before today/);
    expect(refused.errors?.[0].extensions).toMatchObject({ rule: 'OBJECTION_WINDOW_LAPSED', endsOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(await read(e.id)).toEqual(before.get(e.id));

    const extended = await update(e, { phases: [{ ...lapsed, endsOn: addDays(today, 7) }] });
    expect(extended.errors).toBeUndefined();
    const published = await app.gql(MOVE, { id: e.id, version: extended.data.updateElection.version, action: 'PUBLISH_CANDIDATES' }, officer);
    expect(published.errors).toBeUndefined();
    expect(published.data.moveElection.phase).toBe('CANDIDATE_PUBLICITY');
  });
});

describe('field by field, while the election runs', () => {
  it('a phase that is over keeps its dates', async () => {
    let e = await remember((await seeded('NOMINATION')).id);
    const preparation = plannedOf(e, 'PREPARATION');
    await expectRefused(e, await update(e, { phases: [{ ...preparation, endsOn: addDays(preparation.endsOn!, 1) }] }), 'BAD_USER_INPUT', ['phases[0].endsOn/PHASE_OVER']);
    // the current phase's end moves, not before the day it was entered: nomination opened two days later than planned
    await app.ds.query(`UPDATE election_phase SET entered_at = entered_at + interval '2 days' WHERE election_id = $1 AND phase = 'NOMINATION'`, [e.id]);
    await remember(e.id);
    const nomination = plannedOf(e, 'NOMINATION');
    expect(nomination.startsOn).toBe(addDays(today, -3));
    await expectRefused(e, await update(e, { phases: [{ ...nomination, endsOn: addDays(today, -2) }] }), 'BAD_USER_INPUT', ['phases[0].endsOn/PHASE_ENDS_BEFORE_ENTERED', 'phases[0].endsOn/NOMINATION_PERIOD_SHORTENED']);
    // the owners were told they may nominate until its last day: a running nomination is extended, never shortened
    await expectRefused(e, await update(e, { phases: [{ ...nomination, endsOn: addDays(today, -1) }] }), 'BAD_USER_INPUT', ['phases[0].endsOn/NOMINATION_PERIOD_SHORTENED']);
    const longer = await update(e, { phases: [{ ...nomination, endsOn: addDays(nomination.endsOn!, 3) }] });
    expect(longer.errors).toBeUndefined();
  });

  it('once voting opened: seats and deemed votes frozen, the planned voting day too; the title may still be corrected', async () => {
    const e = await remember((await seeded('VOTING')).id);
    await expectRefused(e, await update(e, { seats: e.seats + 2 }), 'INVALID_TRANSITION');
    await expectRefused(e, await update(e, { plannedVotingOn: addDays(today, 5) }), 'BAD_USER_INPUT', ['plannedVotingOn/VOTING_OPENED']);
    await expectRefused(e, await update(e, { votedOn: today }), 'BAD_USER_INPUT', ['votedOn/ONLY_WHEN_CLOSING']);
    const retitled = await update(e, { title: `${e.title}(更正)` });
    expect(retitled.errors).toBeUndefined();
  });

  // attacker round 9 F6: the voting day changed under the posted notice while its title was frozen for being posted
  it('once the result is published: what the posted notice prints is frozen as a class; a recount corrects the voting day', async () => {
    const e = await remember((await seeded('RESULT_PUBLICITY')).id);
    await expectRefused(e, await update(e, { title: '测试选举改名' }), 'INVALID_TRANSITION');
    // a day the voting period allows, other than the one recorded: the old code saved it under the posted notice
    const [{ opened }] = await app.ds.query(
      `SELECT (entered_at AT TIME ZONE 'Asia/Shanghai')::date::text AS opened FROM election_phase WHERE election_id = $1 AND phase = 'VOTING'`,
      [e.id],
    );
    expect(opened).not.toBe(e.votedOn);
    const printed = async () => {
      const response = await fetch(`${app.baseUrl}/documents/elections/${e.id}/result.pdf`, { headers: { authorization: `Bearer ${officer}` } });
      expect(response.status).toBe(200);
      const file = join(mkdtempSync(join(tmpdir(), 'election-edits-')), 'notice.pdf');
      writeFileSync(file, Buffer.from(await response.arrayBuffer()));
      return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    };
    const notice = await printed();
    expect(notice).toContain('实际投票日');
    const refused = await update(e, { votedOn: opened });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'NOTICE_POSTED' });
    await expectRefused(e, refused, 'INVALID_TRANSITION');
    await expectRefused(e, await update(e, { plannedVotingOn: opened }), 'INVALID_TRANSITION');
    // the posted notice reads as it did
    expect(await printed()).toBe(notice);
    // the same day again is no change
    expect((await update(e, { votedOn: e.votedOn })).errors).toBeUndefined();
    // a recount takes the result back to counting, with the objection it answers: there the day is corrected
    const again = await read(e.id);
    const recount = await app.gql(`mutation R($id: ID!, $version: Int!) { moveElection(id: $id, version: $version, action: RECOUNT, note: "业主对实际投票日提出异议") { id version phase } }`, { id: e.id, version: again.version }, officer);
    expect(recount.errors).toBeUndefined();
    const corrected = await update(await read(e.id), { votedOn: opened });
    expect(corrected.errors).toBeUndefined();
    expect((await read(e.id)).votedOn).toBe(opened);
  });
});

describe('a date whose filing deadline the holiday calendar (2008–2100) cannot compute is refused on its field (F12)', () => {
  const REGISTER = `mutation Register($input: CommitteeInput!) { registerCommittee(input: $input) { id } }`;
  const CREATE_FILING = `mutation Filing($committeeId: ID!, $eventDate: LocalDate!) { createCommitteeFiling(committeeId: $committeeId, kind: CHANGE, eventDate: $eventDate) { id } }`;
  const members = Array.from({ length: 5 }, (_, i) => ({ name: `委员${i + 1}`, position: i === 0 ? 'CHAIR' : i === 1 ? 'VICE_CHAIR' : 'MEMBER' }));

  /** An estate of the officer's subdistricts without a committee or a roll kept here (members by name). */
  async function estate(): Promise<string> {
    const [row] = await app.ds.query(
      `SELECT e.id FROM estate e JOIN community c ON c.id = e.community_id JOIN subdistrict s ON s.id = c.subdistrict_id
        WHERE s.name = ANY($1) AND e.households > 100 AND NOT EXISTS (SELECT 1 FROM unit u WHERE u.estate_id = e.id)
          AND NOT EXISTS (SELECT 1 FROM committee k WHERE k.estate_id = e.id) ORDER BY e.id LIMIT 1`,
      [['湖东街道', '月河街道', '龙泉街道']],
    );
    return String(row.id);
  }
  const counts = async () => (await app.ds.query(`SELECT (SELECT count(*) FROM committee)::int AS committees, (SELECT count(*) FROM committee_filing)::int AS filings`))[0];

  it.each([
    // the period's figures: its days after the election, the year it ends in and the years the calendar has
    ['2005-05-01', 'HOLIDAY_YEAR', 'a committee elected in 2005', { days: expect.any(Number), event: '2005-05-01', endYear: 2005, from: 2008, to: 2100 }],
    ['2100-12-15', 'NOT_FUTURE', 'December 2100', undefined],
  ])('registerCommittee(electedOn: %s): BAD_USER_INPUT %s on electedOn (%s), nothing registered', async (electedOn, rule, _what, args) => {
    const estateId = await estate();
    const was = await counts();
    const result = await app.gql(REGISTER, { input: { estateId, termNumber: 1, electedOn, termYears: 5, members } }, officer);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'electedOn', rule, ...(args ? { args } : {}) }] });
    expect(await counts()).toEqual(was);
  });

  it.each([
    // no committee's term reaches before the calendar (registration refuses it, above): a change then is outside the term
    ['2005-05-01', 'OUTSIDE_TERM'],
    ['2100-12-15', 'NOT_FUTURE'],
  ])('createCommitteeFiling(eventDate: %s): BAD_USER_INPUT %s on eventDate, no filing', async (eventDate, rule) => {
    const [{ id }] = await app.ds.query(`SELECT k.id FROM committee k JOIN estate e ON e.id = k.estate_id JOIN community c ON c.id = e.community_id
      JOIN subdistrict s ON s.id = c.subdistrict_id WHERE s.name = ANY($1) ORDER BY k.id LIMIT 1`, [['湖东街道', '月河街道', '龙泉街道']]);
    const was = await counts();
    const result = await app.gql(CREATE_FILING, { committeeId: String(id), eventDate }, officer);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'eventDate', rule }] });
    expect(await counts()).toEqual(was);
  });

  it('the due date of December 2100 is computed to the calendar’s last day and refused past it, never thrown', async () => {
    const calendar = await loadHolidayCalendar(app.ds.manager);
    expect(committeeFilingDue('2100-12-01', calendar)).toEqual({ dueOn: '2100-12-31', provisional: true });
    expect(committeeFilingDueProblem('2100-12-15', calendar)).toMatchObject({ rule: 'HOLIDAY_YEAR' });
    expect(committeeFilingDueProblem('2005-05-01', calendar)).toMatchObject({ rule: 'HOLIDAY_YEAR' });
  });

  it('a stored filing from before the calendar keeps its due date when the deadlines are recomputed', async () => {
    const [{ id: committeeId }] = await app.ds.query(`SELECT id FROM committee ORDER BY id LIMIT 1`);
    const [{ id }] = await app.ds.query(
      `INSERT INTO committee_filing (committee_id, kind, event_date, due_on, due_on_provisional) VALUES ($1, 'CHANGE', '2005-05-01', '2005-05-31', true) RETURNING id`,
      [committeeId],
    );
    const calendar = await loadHolidayCalendar(app.ds.manager);
    await app.ds.transaction((em) => recomputeFilingDeadlines({ em, principal: null }, calendar));
    const [row] = await app.ds.query(`SELECT due_on::text AS due, due_on_provisional AS provisional FROM committee_filing WHERE id = $1`, [id]);
    expect(row).toEqual({ due: '2005-05-31', provisional: true });
    await app.ds.query(`DELETE FROM committee_filing WHERE id = $1`, [id]);
  });
});
