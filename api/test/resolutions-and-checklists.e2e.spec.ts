import { DEFAULT_CHECKLIST_V1 } from '../src/eligibility/checklist';
import { todayInChina } from '../src/shared/iso-date';
import { startTestApp, TestApp } from './harness';
import { CREATE_CHECKLIST_DRAFT, PUBLISH_CHECKLIST_DRAFT } from './operations';
import {
  allVotingPersons,
  GET_CANDIDATE,
  GET_ELECTION,
  LIST_ELECTIONS,
  MOVE_RESOLUTION,
  NOMINATE,
  openResolutionToday,
  RESOLUTION_BALLOT,
  RESOLUTION_TALLY,
} from './election-operations';
import type { ElectionFieldsFragment, Matter, ResolutionChoice } from './generated/graphql';

let app: TestApp;
let votingElection: ElectionFieldsFragment;
beforeAll(async () => {
  app = await startTestApp();
  const { elections } = await app.as('officer', LIST_ELECTIONS, { options: { filter: { phase: 'VOTING' } } });
  votingElection = (await app.as('officer', GET_ELECTION, { id: elections.items[0].id })).election;
});
afterAll(() => app?.close());

/** Every voting person of the estate, for entering resolution ballots. */
const persons = () => allVotingPersons(app.as, votingElection.id);

async function vote(resolutionId: string, people: Array<{ ownerId: string | null; personKey: string }>, choice: ResolutionChoice) {
  const token = await app.tokenFor('officer');
  for (let i = 0; i < people.length; i += 25) {
    await Promise.all(
      people.slice(i, i + 25).map(async (p) => {
        const input = { ownerId: p.ownerId, developer: p.personKey === 'DEVELOPER', method: 'ONLINE' as const, choice };
        const r = await app.gql(RESOLUTION_BALLOT, { resolutionId, input }, token);
        expect(r.errors).toBeUndefined();
      }),
    );
  }
}

/** A resolution announced 15 days ahead and, fifteen days on, opened (docs/domain-rules.md#voting-period). */
const resolution = (matter: Matter, title: string) => openResolutionToday(app, { estateId: votingElection.estateId, matter, title });

describe('general resolutions use the same engine', () => {
  it('a fee change (1.69 → 1.99 元/m²) passes with more than half of those taking part', async () => {
    const people = await persons();
    const open = await resolution('OTHER_MAJOR_MATTER', '物业服务费由1.69元/㎡·月调整为1.99元/㎡·月');
    // 80% take part; of those, 60% yes: past the half on headcount
    const takingPart = people.slice(0, Math.ceil(people.length * 0.8));
    const yes = takingPart.slice(0, Math.ceil(takingPart.length * 0.6));
    await vote(open.id, yes, 'YES');
    await vote(open.id, takingPart.slice(yes.length), 'NO');
    const tally = (await app.as('officer', RESOLUTION_TALLY, { id: open.id })).resolution.tally!;
    expect(tally).toMatchObject({ matter: 'OTHER_MAJOR_MATTER', article278Item: 9, ballots: takingPart.length });
    expect(tally.quorum.met).toBe(true);
    expect(tally.pass.rule).toBe('MORE_THAN_HALF');
    expect(tally.pass.headcount).toMatchObject({ part: yes.length, whole: takingPart.length, met: true });
    // the outcome also depends on area: it is whatever the area share decides, reported with the rule
    expect(tally.outcome).toBe(tally.pass.area.met ? 'PASSED' : 'REJECTED');
    // a ballot does not move the resolution's version: it is not announced (migrations/1764805300000-ballots-not-fed.ts)
    const { moveResolution } = await app.as('officer', MOVE_RESOLUTION, { id: open.id, version: open.version, action: 'CLOSE_VOTING' });
    expect(moveResolution.phase).toBe('CLOSED');
    expect(moveResolution.outcome).toMatchObject({ outcome: tally.outcome, ballots: takingPart.length });
    const late = await app.gql(RESOLUTION_BALLOT, { resolutionId: open.id, input: { ownerId: people[people.length - 1].ownerId, method: 'PAPER', choice: 'YES' } }, await app.tokenFor('officer'));
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'VOTING_NOT_OPEN' });
  });

  it('raising the maintenance fund (matter 6) needs three quarters: 70% yes is not enough', async () => {
    const people = (await persons()).filter((p: { personKey: string }) => p.personKey !== 'DEVELOPER');
    const open = await resolution('RAISE_MAINTENANCE_FUND', '续筹住宅专项维修资金');
    const takingPart = people.slice(0, Math.ceil(people.length * 0.9));
    const yes = takingPart.slice(0, Math.floor(takingPart.length * 0.7));
    await vote(open.id, yes, 'YES');
    await vote(open.id, takingPart.slice(yes.length), 'NO');
    const tally = (await app.as('officer', RESOLUTION_TALLY, { id: open.id })).resolution.tally!;
    expect(tally.pass.rule).toBe('THREE_QUARTERS');
    expect(tally.pass.headcount.met).toBe(false);
    expect(tally.outcome).toBe('REJECTED');
  });
});

describe('the demo’s resolutions', () => {
  it('龙庭小区’s owners passed the fee change, counted from the seeded rows; another estate votes on its own; a draft fund top-up under the 3/4 rule', async () => {
    const { resolutions } = await app.as('officer', `query { resolutions(options: { take: 10, sort: { field: ID, direction: ASC } }) {
      totalItems items { id estateId matter title phase outcome } } }`, {});
    // the demo's three come first; other tests here add their own after them
    expect(resolutions.items.slice(0, 3).map((r: any) => [r.matter, r.phase])).toEqual([
      ['OTHER_MAJOR_MATTER', 'CLOSED'],
      ['RAISE_MAINTENANCE_FUND', 'DRAFT'],
      ['OTHER_MAJOR_MATTER', 'VOTING'],
    ]);
    const [feeChange, draft, open] = resolutions.items;
    expect(feeChange.estateId).toBe(votingElection.estateId);
    const tallyOf = async (id: string) =>
      (await app.as('officer', `query T($id: ID!) { resolution(id: $id) { tally { ballots counts { yes { headcount } no { headcount } abstain { headcount } } outcome decidedBy quorum { met } pass { rule } } } }`, { id })).resolution.tally;

    // closed: the tally frozen into the record says what the stored, sealed result says
    const [{ count }] = await app.ds.query(`SELECT count(*)::int AS count FROM resolution_ballot WHERE resolution_id = $1`, [feeChange.id]);
    expect(count).toBeGreaterThan(200);
    const passed = await tallyOf(feeChange.id);
    expect(passed.ballots).toBe(count);
    expect(passed.counts.yes.headcount + passed.counts.no.headcount + passed.counts.abstain.headcount).toBe(count);
    expect(passed).toMatchObject({ outcome: 'PASSED', quorum: { met: true }, pass: { rule: 'MORE_THAN_HALF' } });
    expect(feeChange.outcome).toMatchObject({ outcome: 'PASSED', ballots: count });
    const [record] = await app.ds.query(`SELECT sha256 FROM vote_record WHERE resolution_id = $1`, [feeChange.id]);
    expect(record.sha256).toMatch(/^[0-9a-f]{64}$/);
    const events = await app.ds.query(`SELECT action, actor_name FROM audit_event WHERE entity_type = 'Resolution' AND entity_id = $1 ORDER BY id`, [feeChange.id]);
    expect(events.map((e: { action: string }) => e.action)).toEqual(['resolution.close_voting']);

    // open: about half the roll has voted so far, short of the 2/3 quorum, which is what decides it for now
    const [{ count: openCount }] = await app.ds.query(`SELECT count(*)::int AS count FROM resolution_ballot WHERE resolution_id = $1`, [open.id]);
    expect(openCount).toBeGreaterThan(30);
    expect(open.estateId).not.toBe(feeChange.estateId);
    const voting = await tallyOf(open.id);
    expect(voting.ballots).toBe(openCount);
    expect(voting).toMatchObject({ outcome: 'NO_QUORUM', decidedBy: 'QUORUM_TWO_THIRDS', pass: { rule: 'MORE_THAN_HALF' } });
    const drafted = await app.as('officer', `query T($id: ID!) { resolution(id: $id) { tally { ballots pass { rule } } } }`, { id: draft.id });
    expect(drafted.resolution.tally).toEqual({ ballots: 0, pass: { rule: 'THREE_QUARTERS' } });
  });
});

describe('the eligibility checklist is versioned data', () => {
  it('an admin publishes a new version; new nominations use it, earlier ones keep theirs', async () => {
    const { elections } = await app.as('officer', LIST_ELECTIONS, { options: { filter: { phase: 'NOMINATION' } } });
    const election = (await app.as('officer', GET_ELECTION, { id: elections.items[0].id })).election;
    const before = election.candidates[0];
    const items = [
      ...DEFAULT_CHECKLIST_V1.items.map((i) => ({ key: i.key, kind: i.kind, titleZh: i.title.zh, titleEn: i.title.en, suggestedReviewers: [...i.suggestedReviewers] })),
      { key: 'HUZHOU_RED_PROPERTY_TRAINING', kind: 'MUST' as const, titleZh: '参加红色物业业委会委员培训', titleEn: 'attended the red-property committee training', suggestedReviewers: ['SUBDISTRICT_OFFICE' as const] },
    ];
    const refused = await app.gql(CREATE_CHECKLIST_DRAFT, { input: { title: 'x', source: '湖州市', items } }, await app.tokenFor('officer'));
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const { createChecklistDraft: draft } = await app.as('admin', CREATE_CHECKLIST_DRAFT, { input: { title: '湖州市业委会委员候选人资格联审清单', source: '湖州市物业管理条例配套规定', items } });
    // drafted by one admin, published by another (maker-checker)
    const { publishChecklistDraft } = await app.as('admin2', PUBLISH_CHECKLIST_DRAFT, { id: draft.id, version: draft.version });
    expect(publishChecklistDraft.version).toBe(2);

    const [owner] = await app.ds.query(
      `SELECT o.owner_id FROM ownership o JOIN unit u ON u.id = o.unit_id WHERE u.estate_id = $1 AND o.designated_voter
         AND o.owner_id NOT IN (SELECT owner_id FROM candidate WHERE election_id = $2) LIMIT 1`,
      [election.estateId, election.id],
    );
    const { nominateCandidate } = await app.as('officer', NOMINATE, {
      electionId: election.id,
      input: { ownerId: String(owner.owner_id), partyMember: true, nominatedBy: '社区党组织推荐', nominatedOn: todayInChina() },
    });
    expect((await app.as('officer', GET_CANDIDATE, { id: nominateCandidate.id })).candidate.checklist.version).toBe(2);
    expect((await app.as('officer', GET_CANDIDATE, { id: before.id })).candidate.checklist.version).toBe(1);
  });

  it('a malformed checklist is refused, naming the problem', async () => {
    const items = [{ key: 'lower_case', kind: 'MUST' as const, titleZh: '测试', titleEn: 'test', suggestedReviewers: ['POLICE_STATION' as const] }];
    const result = await app.gql(CREATE_CHECKLIST_DRAFT, { input: { title: '错误清单', source: '测试', items } }, await app.tokenFor('admin'));
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
