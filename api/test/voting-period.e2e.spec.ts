import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, chineseDay, todayInChina } from '../src/shared/iso-date';
import { ASSEMBLY_NOTICE_DAYS } from '../src/elections/announced-period';
import { GqlResponse, ruleOutcomeOf, startTestApp, TestApp } from './harness';
import {
  allVotingPersons,
  bareEstateId,
  CREATE_ELECTION,
  CREATE_RESOLUTION,
  fifteenDaysOn,
  GET_ELECTION,
  LIST_ELECTIONS,
  MOVE_ELECTION,
  noticedVotingDays,
  MOVE_RESOLUTION,
  RECORD_BALLOT,
  RESOLUTION_BALLOT,
  UPDATE_ELECTION,
  UPDATE_RESOLUTION_VOTING_PERIOD,
} from './election-operations';
import type { ElectionAction, ElectionFieldsFragment, ResolutionAction } from './generated/graphql';

/**
 * The voting period announced to the owners binds the vote (docs/domain-rules.md#voting-period): it opens on the first
 * day, takes ballots until the last, closes no earlier unless everyone has voted; a late officer announces it anew.
 * "Behind the API" moves dates as if days had passed, the way the other suites let a window run its course: a vote is
 * announced through the API at least ASSEMBLY_NOTICE_DAYS ahead, then moved to today "fifteen days on".
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
/** Every announcement kept so far, of any vote: a refused one appends none. */
const announcements = async (): Promise<number> => (await app.ds.query(`SELECT count(*)::int AS n FROM announced_period`))[0].n;

describe('the demo’s votes', () => {
  it('every vote the demo has opened was announced at least 15 days before its period began, and has both days', async () => {
    const open: Array<{ vote: string; phase: string; announced_on: string; starts_on: string | null; ends_on: string | null }> = await app.ds.query(`
      SELECT 'election ' || e.id AS vote, e.phase, (a.announced_at AT TIME ZONE 'Asia/Shanghai')::date::text AS announced_on, a.starts_on::text, a.ends_on::text
        FROM election e JOIN announced_period a ON a.election_id = e.id AND a.phase = 'VOTING'
       WHERE e.phase IN ('VOTING', 'COUNTING', 'RESULT_PUBLICITY', 'CERTIFIED')
      UNION ALL
      SELECT 'resolution ' || r.id, r.phase, (a.announced_at AT TIME ZONE 'Asia/Shanghai')::date::text, a.starts_on::text, a.ends_on::text
        FROM resolution r JOIN announced_period a ON a.resolution_id = r.id
       WHERE r.phase <> 'DRAFT'`);
    expect(open.map((v) => v.phase)).toEqual(expect.arrayContaining(['VOTING', 'CLOSED']));
    for (const v of open) {
      expect([v.vote, v.starts_on !== null && v.ends_on !== null]).toEqual([v.vote, true]);
      expect([v.vote, addDays(v.announced_on, ASSEMBLY_NOTICE_DAYS) <= v.starts_on!]).toEqual([v.vote, true]);
    }
  });
});

describe('the demo’s counted votes', () => {
  it('each voting day, filled in at start-up for votes seeded without one, lies within the voting period as it ran', async () => {
    const counted: Array<{ id: number; voted_on: string | null; opened_on: string | null; ends_on: string | null; closed_on: string | null }> = await app.ds.query(`
      SELECT e.id, e.voted_on::text, (v.entered_at AT TIME ZONE 'Asia/Shanghai')::date::text AS opened_on, v.ends_on::text,
             (c.entered_at AT TIME ZONE 'Asia/Shanghai')::date::text AS closed_on
        FROM election e JOIN election_phase v ON v.election_id = e.id AND v.phase = 'VOTING'
        LEFT JOIN election_phase c ON c.election_id = e.id AND c.phase = 'COUNTING'
       WHERE e.phase IN ('COUNTING', 'RESULT_PUBLICITY', 'CERTIFIED')`);
    expect(counted.length).toBeGreaterThan(0);
    for (const e of counted) {
      const within = e.voted_on !== null && (!e.opened_on || e.voted_on >= e.opened_on) && (!e.ends_on || e.voted_on <= e.ends_on) && (!e.closed_on || e.voted_on <= e.closed_on);
      expect({ ...e, within }).toEqual({ ...e, within: true });
    }
  });
});

describe('a resolution’s announced voting period', () => {
  type Res = { id: string; version: number; phase: string };
  let estateId: string;
  let smallEstateId: string;

  beforeAll(async () => {
    const [longting] = await app.ds.query(`SELECT estate_id::text AS id FROM election WHERE phase = 'VOTING' ORDER BY id LIMIT 1`);
    // the estate of the certified election has at most 100 households: everyone can vote in a test
    const [small] = await app.ds.query(`SELECT estate_id::text AS id FROM election WHERE phase = 'CERTIFIED' ORDER BY id LIMIT 1`);
    [estateId, smallEstateId] = [longting.id, small.id];
  });

  async function create(votingStartsOn: string | null, votingEndsOn: string | null, estate = estateId): Promise<Res> {
    const title = `表决期间测试 ${votingStartsOn ?? '—'} 至 ${votingEndsOn ?? '—'}`;
    return (await app.as('officer', CREATE_RESOLUTION, { input: { estateId: estate, matter: 'OTHER_MAJOR_MATTER', title, votingStartsOn, votingEndsOn } })).createResolution;
  }
  // the officer acts on the version as stored now (other steps of a test move it)
  const current = async (table: 'resolution' | 'election', id: string): Promise<number> => (await app.ds.query(`SELECT version FROM ${table} WHERE id = $1`, [id]))[0].version;
  async function move(r: Res, action: ResolutionAction): Promise<GqlResponse> {
    const result = await app.gql(MOVE_RESOLUTION, { id: r.id, version: await current('resolution', r.id), action }, token);
    if (!result.errors) Object.assign(r, result.data.moveResolution);
    return result;
  }
  async function reannounce(r: Res, votingStartsOn: string | null, votingEndsOn: string | null): Promise<GqlResponse> {
    const result = await app.gql(UPDATE_RESOLUTION_VOTING_PERIOD, { id: r.id, version: await current('resolution', r.id), input: { votingStartsOn, votingEndsOn } }, token);
    if (!result.errors) Object.assign(r, result.data.updateResolutionVotingPeriod);
    return result;
  }
  async function voters(id: string): Promise<Array<{ ownerId: string | null; personKey: string }>> {
    const q = `query($id: ID!) { resolution(id: $id) { voters(voted: false, take: 200) { items { ownerId personKey } } } }`;
    return (await app.as('officer', q, { id })).resolution.voters.items;
  }
  const ballot = (resolutionId: string, p: { ownerId: string | null; personKey: string }) =>
    app.gql(RESOLUTION_BALLOT, { resolutionId, input: { ownerId: p.ownerId, developer: p.personKey === 'DEVELOPER', method: 'PAPER', choice: 'YES' } }, token);
  const stored = async (id: string) => (await app.ds.query(`SELECT phase, version, voting_starts_on::text AS s, voting_ends_on::text AS e FROM resolution WHERE id = $1`, [id]))[0];

  it('a vote announced for the first time is called 15 days ahead: sooner is refused on creation, and nothing is kept', async () => {
    const before = await announcements();
    const [{ n: resolutions }] = await app.ds.query(`SELECT count(*)::int AS n FROM resolution`);
    for (const startsOn of [today, addDays(today, 1), addDays(today, ASSEMBLY_NOTICE_DAYS - 1)]) {
      const input = { estateId, matter: 'OTHER_MAJOR_MATTER' as const, title: '通知期不足的表决', votingStartsOn: startsOn, votingEndsOn: addDays(today, 20) };
      const refused = await app.gql(CREATE_RESOLUTION, { input }, token);
      expect(outcome(refused)).toBe('BAD_USER_INPUT/VOTING_NOTICE_TOO_SHORT');
      expect(refused.errors?.[0].extensions.fieldErrors).toEqual([expect.objectContaining({ field: 'votingStartsOn', rule: 'VOTING_NOTICE_TOO_SHORT' })]);
    }
    expect((await app.ds.query(`SELECT count(*)::int AS n FROM resolution`))[0].n).toBe(resolutions);
    expect(await announcements()).toBe(before);
    const r = await create(addDays(today, ASSEMBLY_NOTICE_DAYS), addDays(today, 20));
    expect(await stored(r.id)).toMatchObject({ phase: 'DRAFT', s: addDays(today, ASSEMBLY_NOTICE_DAYS), e: addDays(today, 20) });
    expect(await announcements()).toBe(before + 1);
  });

  it('a vote without an announced period does not open; days given to it later are its first announcement, 15 days ahead', async () => {
    const r = await create(null, null);
    const refused = await move(r, 'OPEN_VOTING');
    expect(outcome(refused)).toBe('INVALID_TRANSITION/VOTING_PERIOD_REQUIRED');
    expect(refused.errors?.[0].message).toMatch(/15 days ahead/);
    expect(refused.errors?.[0].extensions).toMatchObject({ votingStartsOn: null, votingEndsOn: null });
    expect(await stored(r.id)).toMatchObject({ phase: 'DRAFT', version: r.version, s: null, e: null });
    // an end alone does not open it either
    expect(outcome(await reannounce(r, null, addDays(today, 30)))).toBe('OK');
    expect(outcome(await move(r, 'OPEN_VOTING'))).toBe('INVALID_TRANSITION/VOTING_PERIOD_REQUIRED');
    const before = await announcements();
    const version = r.version;
    expect(outcome(await reannounce(r, addDays(today, ASSEMBLY_NOTICE_DAYS - 1), addDays(today, 30)))).toBe('BAD_USER_INPUT/VOTING_NOTICE_TOO_SHORT');
    expect(outcome(await reannounce(r, today, today))).toBe('BAD_USER_INPUT/VOTING_NOTICE_TOO_SHORT');
    expect(await stored(r.id)).toMatchObject({ phase: 'DRAFT', version, s: null, e: addDays(today, 30) });
    expect(await announcements()).toBe(before);
    expect(outcome(await reannounce(r, addDays(today, ASSEMBLY_NOTICE_DAYS), addDays(today, 30)))).toBe('OK');
    expect(await stored(r.id)).toMatchObject({ phase: 'DRAFT', s: addDays(today, ASSEMBLY_NOTICE_DAYS), e: addDays(today, 30) });
    expect(await announcements()).toBe(before + 1);
  });

  it('opening before the announced first day is refused, naming the day, and nothing changes', async () => {
    const { startsOn, endsOn } = noticedVotingDays(7);
    const r = await create(startsOn, endsOn);
    const refused = await move(r, 'OPEN_VOTING');
    expect(outcome(refused)).toBe('INVALID_TRANSITION/VOTING_NOT_STARTED');
    expect(refused.errors?.[0].extensions).toMatchObject({ votingStartsOn: startsOn, votingEndsOn: endsOn });
    expect(await stored(r.id)).toMatchObject({ phase: 'DRAFT', version: r.version });
  });

  it('no announced day more than a year ahead: a mistyped year is refused on creation and when announced anew', async () => {
    const typo = await app.gql(CREATE_RESOLUTION, { input: { estateId, matter: 'OTHER_MAJOR_MATTER', title: '年份写错的表决', votingStartsOn: addDays(today, 20), votingEndsOn: '2207-01-10' } }, token);
    expect(outcome(typo)).toBe('BAD_USER_INPUT/VOTING_PERIOD_TOO_FAR');
    const r = await create(addDays(today, 20), addDays(today, 366));
    expect(outcome(await reannounce(r, addDays(today, 20), addDays(today, 367)))).toBe('BAD_USER_INPUT/VOTING_PERIOD_TOO_FAR');
    expect(await stored(r.id)).toMatchObject({ s: addDays(today, 20), e: addDays(today, 366) });
  });

  it('announced anew before it opens: keeping every day told needs no notice, dropping one is a vote called 15 days ahead', async () => {
    const r = await create(addDays(today, 20), addDays(today, 27));
    expect(outcome(await reannounce(r, addDays(today, 10), addDays(today, 16)))).toBe('BAD_USER_INPUT/VOTING_NOTICE_TOO_SHORT');
    expect(outcome(await reannounce(r, addDays(today, 10), addDays(today, 27)))).toBe('OK');
    expect(outcome(await reannounce(r, addDays(today, 14), addDays(today, 30)))).toBe('BAD_USER_INPUT/VOTING_NOTICE_TOO_SHORT');
    expect(outcome(await reannounce(r, addDays(today, ASSEMBLY_NOTICE_DAYS), addDays(today, 30)))).toBe('OK');
    expect(await stored(r.id)).toMatchObject({ s: addDays(today, ASSEMBLY_NOTICE_DAYS), e: addDays(today, 30) });
  });

  it('the review’s case: a period already over does not open; withdrawn it is not, announced anew it opens', async () => {
    const r = await create(...(Object.values(noticedVotingDays(30)) as [string, string]));
    // as if it had been announced for a month that is now over
    await app.ds.query(`UPDATE resolution SET voting_starts_on = $2, voting_ends_on = $3 WHERE id = $1`, [r.id, addDays(today, -33), addDays(today, -4)]);
    expect(outcome(await move(r, 'OPEN_VOTING'))).toBe('INVALID_TRANSITION/VOTING_START_PASSED');
    expect(outcome(await reannounce(r, null, null))).toBe('BAD_USER_INPUT/VOTING_PERIOD_REQUIRED');
    // every day told is over: the vote is called anew, 15 days ahead (docs/domain-rules.md#voting-period)
    expect(outcome(await reannounce(r, today, addDays(today, 7)))).toBe('BAD_USER_INPUT/VOTING_NOTICE_TOO_SHORT');
    const called = addDays(today, ASSEMBLY_NOTICE_DAYS);
    expect(outcome(await reannounce(r, addDays(called, -1), addDays(called, 7)))).toBe('BAD_USER_INPUT/VOTING_NOTICE_TOO_SHORT');
    expect(outcome(await reannounce(r, called, addDays(called, 7)))).toBe('OK');
    expect(await stored(r.id)).toMatchObject({ phase: 'DRAFT', s: called, e: addDays(called, 7) });
    expect(outcome(await move(r, 'OPEN_VOTING'))).toBe('INVALID_TRANSITION/VOTING_NOT_STARTED');
    // fifteen days on
    await app.ds.query(`UPDATE resolution SET voting_starts_on = $2, voting_ends_on = $3 WHERE id = $1`, [r.id, today, addDays(today, 7)]);
    expect(outcome(await move(r, 'OPEN_VOTING'))).toBe('OK');
    expect(r.phase).toBe('VOTING');
    expect(outcome(await ballot(r.id, (await voters(r.id))[0]))).toBe('OK');
  });

  it('a ballot on the last day is recorded, after it refused; the period is not revived once over', async () => {
    const r = await create(...(Object.values(noticedVotingDays(1)) as [string, string]));
    await fifteenDaysOn(app, { resolution: r.id });
    expect(outcome(await move(r, 'OPEN_VOTING'))).toBe('OK');
    const [first, second] = await voters(r.id);
    expect(outcome(await ballot(r.id, first))).toBe('OK');
    // as if the vote had been last week's
    await app.ds.query(`UPDATE resolution SET voting_starts_on = $2, voting_ends_on = $3 WHERE id = $1`, [r.id, addDays(today, -10), addDays(today, -1)]);
    const late = await ballot(r.id, second);
    expect(outcome(late)).toBe('INVALID_TRANSITION/VOTING_PERIOD_ENDED');
    expect(late.errors?.[0].extensions.votingEndsOn).toBe(addDays(today, -1));
    expect(outcome(await reannounce(r, addDays(today, -10), addDays(today, 5)))).toBe('BAD_USER_INPUT/VOTING_PERIOD_ENDED');
    expect(outcome(await move(r, 'CLOSE_VOTING'))).toBe('OK');
    expect(r.phase).toBe('CLOSED');
    expect(outcome(await reannounce(r, addDays(today, -10), addDays(today, 5)))).toBe('INVALID_TRANSITION/VOTE_CLOSED');
  });

  it('closing before the last day is refused until everyone on the roll has voted; an open period is extended, never shortened', async () => {
    const announced = noticedVotingDays(11);
    const r = await create(announced.startsOn, announced.endsOn, smallEstateId);
    await fifteenDaysOn(app, { resolution: r.id });
    expect(outcome(await move(r, 'OPEN_VOTING'))).toBe('OK');
    const everyone = await voters(r.id);
    expect(outcome(await ballot(r.id, everyone[0]))).toBe('OK');
    expect(outcome(await move(r, 'CLOSE_VOTING'))).toBe('INVALID_TRANSITION/VOTING_PERIOD_RUNNING');
    expect(outcome(await reannounce(r, today, addDays(today, 5)))).toBe('BAD_USER_INPUT/VOTING_PERIOD_SHORTENED');
    expect(outcome(await reannounce(r, addDays(today, 1), addDays(today, 10)))).toBe('BAD_USER_INPUT/PHASE_STARTED');
    expect(outcome(await reannounce(r, today, addDays(today, 12)))).toBe('OK');
    for (let i = 1; i < everyone.length; i += 25) {
      const results = await Promise.all(everyone.slice(i, i + 25).map((p) => ballot(r.id, p)));
      expect(results.map(outcome).filter((o) => o !== 'OK')).toEqual([]);
    }
    expect(outcome(await move(r, 'CLOSE_VOTING'))).toBe('OK');
    expect(r.phase).toBe('CLOSED');
    // each announcement is kept, never rewritten, and the notice lists them (migrations/1764802950000-announcements-kept.ts)
    const told = await app.ds.query(`SELECT starts_on::text AS s, ends_on::text AS e FROM announced_period WHERE resolution_id = $1 ORDER BY id`, [r.id]);
    // announced 15 days ahead, fifteen days on begun today (moved behind the API), then extended
    expect(told).toEqual([{ s: announced.startsOn, e: announced.endsOn }, { s: today, e: addDays(today, 10) }, { s: today, e: addDays(today, 12) }]);
    await expect(app.ds.query(`UPDATE announced_period SET ends_on = ends_on - 1 WHERE resolution_id = $1`, [r.id])).rejects.toThrow(/an announcement told to the owners is kept/);
    await expect(app.ds.query(`DELETE FROM announced_period WHERE resolution_id = $1`, [r.id])).rejects.toThrow(/an announcement told to the owners is kept/);
    // every day as the papers write it (2026年12月6日)
    const day = chineseDay;
    expect(await noticeText(r.id)).toContain(
      `（历次公告：${day(today)}公告${day(announced.startsOn)}至${day(announced.endsOn)}；${day(today)}改为${day(today)}至${day(addDays(today, 10))}；${day(today)}改为${day(today)}至${day(addDays(today, 12))}）`,
    );
  });

  it('a vote opened before periods were kept (no days) still takes ballots and closes on one day, as its notice says', async () => {
    const r = await create(...(Object.values(noticedVotingDays(1)) as [string, string]));
    await fifteenDaysOn(app, { resolution: r.id });
    expect(outcome(await move(r, 'OPEN_VOTING'))).toBe('OK');
    // as such a vote was stored: open, with no days
    await app.ds.query(`UPDATE resolution SET voting_starts_on = NULL, voting_ends_on = NULL WHERE id = $1`, [r.id]);
    expect(outcome(await ballot(r.id, (await voters(r.id))[0]))).toBe('OK');
    expect(outcome(await move(r, 'CLOSE_VOTING'))).toBe('OK');
    expect(r.phase).toBe('CLOSED');
    // the notice prints the days the vote ran beside the period announced (none now, the earlier ones listed)
    const notice = await noticeText(r.id);
    expect(notice).toContain(`投票期间：公告—至—（历次公告：`);
    expect(notice).toContain(`），实际${chineseDay(today)}至${chineseDay(today)}`);
  });
});

/** The text of a resolution's printed notice, as pdftotext reads it, white space removed. */
async function noticeText(resolutionId: string): Promise<string> {
  const response = await fetch(`${app.baseUrl}/documents/resolutions/${resolutionId}/result.pdf`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  const file = join(mkdtempSync(join(tmpdir(), 'voting-period-')), 'notice.pdf');
  writeFileSync(file, Buffer.from(await response.arrayBuffer()));
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

describe('an election’s voting period (the planned dates of its VOTING phase)', () => {
  let e: ElectionFieldsFragment;
  const planned = () => e.phases.find((p) => p.phase === 'VOTING')!;

  const current = async (id: string): Promise<number> => (await app.ds.query(`SELECT version FROM election WHERE id = $1`, [id]))[0].version;
  async function move(action: ElectionAction): Promise<GqlResponse> {
    const result = await app.gql(MOVE_ELECTION, { id: e.id, version: await current(e.id), action }, token);
    if (!result.errors) e = result.data.moveElection;
    return result;
  }
  async function plan(startsOn: string | null, endsOn: string | null): Promise<GqlResponse> {
    const input = { title: e.title, seats: e.seats, deemedVotes: e.deemedVotes, phases: [{ phase: 'VOTING' as const, startsOn, endsOn }] };
    const result = await app.gql(UPDATE_ELECTION, { id: e.id, version: await current(e.id), input }, token);
    if (!result.errors) e = result.data.updateElection;
    return result;
  }
  async function seeded(phase: 'CANDIDATE_PUBLICITY' | 'VOTING'): Promise<ElectionFieldsFragment> {
    const { elections } = await app.as('officer', LIST_ELECTIONS, { options: { filter: { phase } } });
    return (await app.as('officer', GET_ELECTION, { id: elections.items[0].id })).election;
  }
  async function ballot(): Promise<GqlResponse> {
    const person = (await allVotingPersons(app.as, e.id)).find((p) => !p.voted)!;
    return app.gql(RECORD_BALLOT, { electionId: e.id, input: { ownerId: person.ownerId, developer: person.personKey === 'DEVELOPER', method: 'PAPER', choices: [] } }, token);
  }

  it('a vote announced for the first time is called 15 days ahead: sooner is refused on creation, and nothing is kept', async () => {
    const estateId = await bareEstateId(app);
    const before = await announcements();
    const input = (startsOn: string) => ({ estateId, kind: 'FIRST' as const, title: '通知期测试选举', seats: 5, phases: [{ phase: 'VOTING' as const, startsOn, endsOn: addDays(today, 25) }] });
    for (const startsOn of [today, addDays(today, ASSEMBLY_NOTICE_DAYS - 1)]) {
      const refused = await app.gql(CREATE_ELECTION, { input: input(startsOn) }, token);
      expect(outcome(refused)).toBe('BAD_USER_INPUT/VOTING_NOTICE_TOO_SHORT');
      expect(refused.errors?.[0].extensions.fieldErrors).toEqual([expect.objectContaining({ field: 'phases[0].startsOn', rule: 'VOTING_NOTICE_TOO_SHORT' })]);
    }
    expect(await app.ds.query(`SELECT id FROM election WHERE estate_id = $1`, [estateId])).toEqual([]);
    expect(await announcements()).toBe(before);
    const { createElection } = await app.as('officer', CREATE_ELECTION, { input: input(addDays(today, ASSEMBLY_NOTICE_DAYS)) });
    expect(createElection.phases.find((p) => p.phase === 'VOTING')).toMatchObject({ startsOn: addDays(today, ASSEMBLY_NOTICE_DAYS), endsOn: addDays(today, 25) });
    expect(await announcements()).toBe(before + 1);
  });

  it('a vote without an announced period does not open; days given to it later are its first announcement, 15 days ahead', async () => {
    e = await seeded('CANDIDATE_PUBLICITY');
    // the objection window has run its course (a week, behind the API); the voting days were never announced (a plan from before they were kept)
    await app.ds.query(`UPDATE election_phase SET starts_on = $2, ends_on = $3 WHERE election_id = $1 AND phase = 'CANDIDATE_PUBLICITY'`, [e.id, addDays(today, -8), addDays(today, -1)]);
    await app.ds.query(`UPDATE election_phase SET starts_on = NULL, ends_on = NULL WHERE election_id = $1 AND phase = 'VOTING'`, [e.id]);
    e = (await app.as('officer', GET_ELECTION, { id: e.id })).election;
    const refused = await move('OPEN_VOTING');
    expect(outcome(refused)).toBe('INVALID_TRANSITION/VOTING_PERIOD_REQUIRED');
    expect(refused.errors?.[0].message).toMatch(/15 days ahead/);
    expect(refused.errors?.[0].extensions).toMatchObject({ phase: 'VOTING', votingStartsOn: null, votingEndsOn: null });
    const row = async () => (await app.ds.query(`SELECT phase, version FROM election WHERE id = $1`, [e.id]))[0];
    expect(await row()).toEqual({ phase: 'CANDIDATE_PUBLICITY', version: e.version });
    const before = await announcements();
    expect(outcome(await plan(addDays(today, ASSEMBLY_NOTICE_DAYS - 1), addDays(today, 21)))).toBe('BAD_USER_INPUT/VOTING_NOTICE_TOO_SHORT');
    expect(outcome(await plan(today, today))).toBe('BAD_USER_INPUT/VOTING_NOTICE_TOO_SHORT');
    expect(await row()).toEqual({ phase: 'CANDIDATE_PUBLICITY', version: e.version });
    expect(planned()).toMatchObject({ startsOn: null, endsOn: null });
    expect(await announcements()).toBe(before);
    expect(outcome(await plan(addDays(today, ASSEMBLY_NOTICE_DAYS), addDays(today, 21)))).toBe('OK');
    expect(planned()).toMatchObject({ startsOn: addDays(today, ASSEMBLY_NOTICE_DAYS), endsOn: addDays(today, 21) });
    expect(await announcements()).toBe(before + 1);
  });

  it('opening before the announced first day is refused, even with the objection window over', async () => {
    // the objection window has run its course; voting was announced 15 days ahead
    expect(planned().startsOn! > today).toBe(true);
    const refused = await move('OPEN_VOTING');
    expect(outcome(refused)).toBe('INVALID_TRANSITION/VOTING_NOT_STARTED');
    expect(refused.errors?.[0].extensions.votingStartsOn).toBe(planned().startsOn);
  });

  it('an officer who is late announces voting anew, then opens it; the dates are not withdrawn', async () => {
    // as if the announced first day had been yesterday
    await app.ds.query(`UPDATE election_phase SET starts_on = $2 WHERE election_id = $1 AND phase = 'VOTING'`, [e.id, addDays(today, -1)]);
    e = (await app.as('officer', GET_ELECTION, { id: e.id })).election;
    expect(outcome(await move('OPEN_VOTING'))).toBe('INVALID_TRANSITION/VOTING_START_PASSED');
    expect(outcome(await plan(null, null))).toBe('BAD_USER_INPUT/VOTING_PERIOD_REQUIRED');
    // the days left of those told are kept: it opens today; dropping one of them is a vote called anew, 15 days ahead
    const told = planned();
    expect(told.endsOn! > today).toBe(true);
    expect(outcome(await plan(today, addDays(told.endsOn!, -1)))).toBe('BAD_USER_INPUT/VOTING_NOTICE_TOO_SHORT');
    expect(outcome(await plan(today, told.endsOn))).toBe('OK');
    expect(outcome(await move('OPEN_VOTING'))).toBe('OK');
    expect(e.phase).toBe('VOTING');
    expect(outcome(await ballot())).toBe('OK');
  });

  it('closing before the last day is refused; the open period is extended, never shortened', async () => {
    expect(outcome(await move('CLOSE_VOTING'))).toBe('INVALID_TRANSITION/VOTING_PERIOD_RUNNING');
    const told = planned().endsOn!;
    expect(outcome(await plan(today, addDays(told, -1)))).toBe('BAD_USER_INPUT/VOTING_PERIOD_SHORTENED');
    expect(outcome(await plan(today, addDays(told, 2)))).toBe('OK');
    expect(planned()).toMatchObject({ startsOn: today, endsOn: addDays(told, 2) });
    // the extension is one more announcement kept beside the earlier ones; the refused one left none
    const announced = await app.ds.query(`SELECT starts_on::text AS s, ends_on::text AS e FROM announced_period WHERE election_id = $1 AND phase = 'VOTING' ORDER BY id`, [e.id]);
    expect(announced.slice(-2)).toEqual([{ s: today, e: told }, { s: today, e: addDays(told, 2) }]);
  });

  it('a ballot after the last day is refused; then the vote closes', async () => {
    // as if the vote had opened ten days ago and its period ended yesterday
    await app.ds.query(`UPDATE election_phase SET starts_on = $2, ends_on = $3 WHERE election_id = $1 AND phase = 'VOTING'`, [e.id, addDays(today, -10), addDays(today, -1)]);
    expect(outcome(await ballot())).toBe('INVALID_TRANSITION/VOTING_PERIOD_ENDED');
    expect(outcome(await move('CLOSE_VOTING'))).toBe('OK');
    expect(e.phase).toBe('COUNTING');
  });

  it('the seeded vote waits for its last day; one with no dates kept closes as before', async () => {
    e = await seeded('VOTING');
    expect(planned().endsOn! > today).toBe(true);
    expect(outcome(await move('CLOSE_VOTING'))).toBe('INVALID_TRANSITION/VOTING_PERIOD_RUNNING');
    // a vote planned before dates were kept
    await app.ds.query(`UPDATE election_phase SET starts_on = NULL, ends_on = NULL WHERE election_id = $1 AND phase = 'VOTING'`, [e.id]);
    expect(outcome(await ballot())).toBe('OK');
    expect(outcome(await move('CLOSE_VOTING'))).toBe('OK');
    expect(e.phase).toBe('COUNTING');
  });
});
