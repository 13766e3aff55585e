import { addDays, todayInChina } from '../src/shared/iso-date';
import { startTestApp, TestApp } from './harness';
import { longting } from './money-operations';
import { COMPLETE_FOLLOW_UP, CREATE_MEETING, GET_MEETING, LIST_MEETINGS, RESOLVE_ISSUE, UPDATE_MEETING } from './party-operations';
import { CREATE_API_TOKEN } from './operations';
import type { FivePartyMeetingInput, FivePartyMeetingUpdateInput, MeetingParticipantInput } from './generated/graphql';

/** Issue 14 point 4: five-party meetings (五方会谈) of an estate, recorded by the street office's officers. */
let app: TestApp;
let estateId: string;
const today = todayInChina();
beforeAll(async () => {
  app = await startTestApp();
  estateId = (await longting(app)).estateId;
});
afterAll(() => app?.close());

const codeOf = (r: { errors?: Array<{ extensions: { code: string; [k: string]: any } }> }) => {
  const e = r.errors?.[0]?.extensions;
  return e ? [e.code, e.reason ?? e.fieldErrors?.[0]?.rule].filter(Boolean).join('/') : 'OK';
};
const fieldOf = (r: { errors?: Array<{ extensions: { [k: string]: any } }> }): string | undefined => r.errors?.[0]?.extensions.fieldErrors?.[0]?.field;

const FIVE: MeetingParticipantInput[] = [
  { party: 'COMMUNITY_PARTY', name: '王建华', role: '社区党委书记' },
  { party: 'PROPERTY_FIRM', name: '李卫东', role: '项目经理' },
  { party: 'OWNERS_COMMITTEE', name: '赵敏', role: '业委会主任' },
  { party: 'SOCIAL_ORGANISATION', name: '孙晓燕', role: '社工' },
  { party: 'CONGRESS_SUPERVISOR', name: '周国平', role: '区人大代表' },
];

const input = (extra: Partial<FivePartyMeetingInput> = {}): FivePartyMeetingInput => ({
  estateId,
  heldOn: addDays(today, -20),
  summary: '五方会谈：通报上月问题整改情况，议定本月事项。',
  participants: FIVE,
  issues: [
    { description: '3幢地下车库照明损坏', raisedBy: 'OWNERS_COMMITTEE' },
    { description: '小区东门电动车乱停放', raisedBy: 'CONGRESS_SUPERVISOR' },
  ],
  followUps: [
    { task: '更换车库照明灯具', ownerParty: 'PROPERTY_FIRM', ownerName: '李卫东', dueOn: addDays(today, -5) },
    { task: '东门增设电动车停放区', ownerParty: 'COMMUNITY_PARTY', ownerName: '王建华', dueOn: addDays(today, 10) },
  ],
  ...extra,
});

const counts = async () => {
  const [row] = await app.ds.query(
    `SELECT (SELECT count(*) FROM five_party_meeting)::int AS meetings, (SELECT count(*) FROM five_party_issue)::int AS issues,
            (SELECT count(*) FROM five_party_follow_up)::int AS follow_ups, (SELECT count(*) FROM five_party_participant)::int AS participants,
            (SELECT count(*) FROM audit_event)::int AS audits`,
  );
  return row;
};

describe('five-party meetings (五方会谈)', () => {
  let meetingId: string;

  it('the demo’s issues were raised, and its follow-ups owned, by parties the meeting’s record says attended', async () => {
    const [row] = await app.ds.query(
      `SELECT (SELECT count(*)::int FROM five_party_issue) AS issues, (SELECT count(*)::int FROM five_party_follow_up) AS follow_ups,
              (SELECT count(*)::int FROM five_party_issue i WHERE NOT EXISTS (SELECT 1 FROM five_party_participant p WHERE p.meeting_id = i.meeting_id AND p.party = i.raised_by)) AS raised_by_absent,
              (SELECT count(*)::int FROM five_party_follow_up f WHERE NOT EXISTS (SELECT 1 FROM five_party_participant p WHERE p.meeting_id = f.meeting_id AND p.party = f.owner_party)) AS owned_by_absent`,
    );
    expect(row.issues).toBeGreaterThan(100);
    expect(row.follow_ups).toBeGreaterThan(100);
    expect(row).toMatchObject({ raised_by_absent: 0, owned_by_absent: 0 });
  });

  it('an officer records a meeting: attendance by party, issues raised, follow-ups; an overdue follow-up flags it; audited', async () => {
    const { createFivePartyMeeting: m } = await app.as('officer', CREATE_MEETING, { input: input() });
    meetingId = m.id;
    expect(m).toMatchObject({
      estateId,
      estate: { name: '龙庭小区' },
      heldOn: addDays(today, -20),
      version: 1,
      absentParties: [],
      issuesRaised: 2,
      issuesResolved: 0,
      overdue: true,
      overdueFollowUps: 1,
    });
    expect(m.participants.map((p) => p.party)).toEqual(['COMMUNITY_PARTY', 'PROPERTY_FIRM', 'OWNERS_COMMITTEE', 'SOCIAL_ORGANISATION', 'CONGRESS_SUPERVISOR']);
    expect(m.followUps.map((f) => [f.task, f.overdue])).toEqual([
      ['更换车库照明灯具', true],
      ['东门增设电动车停放区', false],
    ]);
    const events = await app.ds.query(`SELECT action, after FROM audit_event WHERE entity_type = 'FivePartyMeeting' AND entity_id = $1`, [m.id]);
    expect(events).toHaveLength(1);
    expect(events[0].action).toBe('fivePartyMeeting.create');
    expect(events[0].after).toMatchObject({ issues: 2, followUps: 2 });
  });

  it('lists on the list contract: overdue, estate, days held and text filters; every registry reader reads it', async () => {
    const ids = async (who: string, filter: Record<string, unknown>) =>
      (await app.as(who, LIST_MEETINGS, { options: { filter, take: 200 } })).fivePartyMeetings.items.map((i) => i.id);
    expect(await ids('officer', { estateId, overdue: true })).toContain(meetingId);
    expect(await ids('officer', { estateId, overdue: false })).not.toContain(meetingId);
    const onTheDay = await ids('manager', { estateId, heldFrom: addDays(today, -20), heldTo: addDays(today, -20) });
    expect(onTheDay).toContain(meetingId);
    const held = (await app.as('manager', LIST_MEETINGS, { options: { filter: { heldFrom: addDays(today, -20), heldTo: addDays(today, -20) }, take: 200 } })).fivePartyMeetings;
    expect(held.items.every((i) => i.heldOn === addDays(today, -20))).toBe(true);
    expect(await ids('manager', { estateId, heldFrom: addDays(today, -19) })).not.toContain(meetingId);
    expect(await ids('clerk', { q: '3幢地下车库照明' })).toEqual([meetingId]);
    expect(await ids('registrar', { q: '龙庭', overdue: true })).toContain(meetingId);
    // every meeting the overdue filter returns is flagged, and none it leaves out
    const overdue = (await app.as('manager', LIST_MEETINGS, { options: { filter: { overdue: true }, take: 200 } })).fivePartyMeetings;
    expect(overdue.items.every((i) => i.overdue && i.overdueFollowUps > 0)).toBe(true);
    const inTime = (await app.as('manager', LIST_MEETINGS, { options: { filter: { overdue: false }, take: 200 } })).fivePartyMeetings;
    expect(inTime.items.every((i) => !i.overdue && i.overdueFollowUps === 0)).toBe(true);

    const token = (await app.as('admin', CREATE_API_TOKEN, { input: { name: '五方会谈对接', scopes: ['REGISTRY_READ'] } })).createApiToken.token;
    expect(codeOf(await app.gql(GET_MEETING, { id: meetingId }, token))).toBe('OK');
    const electionsOnly = (await app.as('admin', CREATE_API_TOKEN, { input: { name: '选举对接', scopes: ['ELECTIONS_READ'] } })).createApiToken.token;
    expect(codeOf(await app.gql(LIST_MEETINGS, {}, electionsOnly))).toBe('FORBIDDEN/SCOPE');
    expect(codeOf(await app.gql(LIST_MEETINGS, {}, null))).toBe('UNAUTHENTICATED');
  });

  it('completing the overdue follow-up clears the flag; a stale version is CONFLICT, a second completion INVALID_TRANSITION', async () => {
    const { fivePartyMeeting: before } = await app.as('manager', GET_MEETING, { id: meetingId });
    const late = before.followUps.find((f) => f.overdue)!;
    const done = (await app.as('officer', COMPLETE_FOLLOW_UP, { id: late.id, version: late.version, input: { doneOn: today, note: '已更换LED灯具' } })).completeMeetingFollowUp;
    expect(done).toMatchObject({ version: late.version + 1, doneOn: today, doneNote: '已更换LED灯具', overdue: false });
    expect(codeOf(await app.gql(COMPLETE_FOLLOW_UP, { id: late.id, version: late.version, input: { doneOn: today } }, await app.tokenFor('officer')))).toBe('CONFLICT');
    expect(codeOf(await app.gql(COMPLETE_FOLLOW_UP, { id: late.id, version: done.version, input: { doneOn: today } }, await app.tokenFor('officer')))).toBe('INVALID_TRANSITION');

    const { fivePartyMeeting: after } = await app.as('manager', GET_MEETING, { id: meetingId });
    // a reader of the meeting sees its follow-ups: the meeting's version moves with them (docs/architecture.md#change-feed-versions)
    expect(after).toMatchObject({ overdue: false, overdueFollowUps: 0, version: before.version + 1 });
    expect(new Date(after.updatedAt).getTime()).toBeGreaterThan(new Date(before.updatedAt).getTime());
    const ids = (await app.as('officer', LIST_MEETINGS, { options: { filter: { estateId, overdue: false }, take: 200 } })).fivePartyMeetings.items.map((i) => i.id);
    expect(ids).toContain(meetingId);
    const [event] = await app.ds.query(`SELECT action FROM audit_event WHERE entity_type = 'FivePartyFollowUp' AND entity_id = $1`, [late.id]);
    expect(event.action).toBe('fivePartyFollowUp.complete');
  });

  it('resolves an issue once, on the version seen, not before the meeting nor in the future', async () => {
    const { fivePartyMeeting: m } = await app.as('manager', GET_MEETING, { id: meetingId });
    const issue = m.issues[0];
    const token = await app.tokenFor('officer');
    const early = await app.gql(RESOLVE_ISSUE, { id: issue.id, version: issue.version, input: { resolvedOn: addDays(today, -21), resolutionNote: '已修复' } }, token);
    expect([codeOf(early), fieldOf(early)]).toEqual(['BAD_USER_INPUT/BEFORE_MEETING', 'resolvedOn']);
    const future = await app.gql(RESOLVE_ISSUE, { id: issue.id, version: issue.version, input: { resolvedOn: addDays(today, 1), resolutionNote: '已修复' } }, token);
    expect(codeOf(future)).toBe('BAD_USER_INPUT/NOT_FUTURE');
    const resolved = (await app.as('officer', RESOLVE_ISSUE, { id: issue.id, version: issue.version, input: { resolvedOn: addDays(today, -3), resolutionNote: '物业更换灯具，业委会验收' } })).resolveMeetingIssue;
    expect(resolved).toMatchObject({ status: 'RESOLVED', resolvedOn: addDays(today, -3), version: issue.version + 1 });
    expect(codeOf(await app.gql(RESOLVE_ISSUE, { id: issue.id, version: issue.version, input: { resolvedOn: today, resolutionNote: '再次' } }, token))).toBe('CONFLICT');
    expect(codeOf(await app.gql(RESOLVE_ISSUE, { id: issue.id, version: resolved.version, input: { resolvedOn: today, resolutionNote: '再次' } }, token))).toBe('INVALID_TRANSITION');
    expect((await app.as('manager', GET_MEETING, { id: meetingId })).fivePartyMeeting).toMatchObject({ issuesRaised: 2, issuesResolved: 1 });
    const events = await app.ds.query(`SELECT action FROM audit_event WHERE entity_type = 'FivePartyIssue' AND entity_id = $1`, [issue.id]);
    expect(events.map((e: { action: string }) => e.action)).toEqual(['fivePartyIssue.resolve']);
  });

  it('updates on the version seen: attendance replaced, issues and follow-ups added; a stale version is CONFLICT', async () => {
    const { fivePartyMeeting: m } = await app.as('manager', GET_MEETING, { id: meetingId });
    const { updateFivePartyMeeting: u } = await app.as('officer', UPDATE_MEETING, {
      id: meetingId,
      version: m.version,
      input: {
        heldOn: m.heldOn,
        summary: '五方会谈（补记）：增补议题一项。',
        participants: [FIVE[0], FIVE[1], FIVE[2], FIVE[4]],
        addIssues: [{ description: '垃圾分类投放点异味', raisedBy: 'OWNERS_COMMITTEE' }],
        addFollowUps: [{ task: '投放点每日冲洗', ownerParty: 'PROPERTY_FIRM', ownerName: '李卫东', dueOn: addDays(today, -1) }],
      },
    });
    expect(u).toMatchObject({ version: m.version + 1, issuesRaised: 3, issuesResolved: 1, overdueFollowUps: 1, absentParties: ['SOCIAL_ORGANISATION'] });
    expect(u.participants).toHaveLength(4);
    const stale = await app.gql(UPDATE_MEETING, { id: meetingId, version: m.version, input: { heldOn: m.heldOn, summary: '过期的版本', participants: FIVE } }, await app.tokenFor('officer'));
    expect(codeOf(stale)).toBe('CONFLICT');
    // the meeting cannot move after a day its follow-ups already name
    const moved = await app.gql(UPDATE_MEETING, { id: meetingId, version: u.version, input: { heldOn: today, summary: '改期', participants: FIVE } }, await app.tokenFor('officer'));
    expect(codeOf(moved)).toBe('BAD_USER_INPUT/AFTER_FOLLOW_UPS');
    const events = await app.ds.query(`SELECT action FROM audit_event WHERE entity_type = 'FivePartyMeeting' AND entity_id = $1 ORDER BY id`, [meetingId]);
    expect(events.map((e: { action: string }) => e.action)).toEqual(['fivePartyMeeting.create', 'fivePartyMeeting.update']);
  });

  it('an act is attributed only to a party that attended: an issue added for, or attendance dropping, a party that raised or owns something is PARTY_ABSENT', async () => {
    const { fivePartyMeeting: m } = await app.as('manager', GET_MEETING, { id: meetingId });
    const token = await app.tokenFor('officer');
    const before = await counts();
    const update = (extra: Partial<FivePartyMeetingUpdateInput>) =>
      app.gql(UPDATE_MEETING, { id: meetingId, version: m.version, input: { heldOn: m.heldOn, summary: m.summary, participants: [FIVE[0], FIVE[1], FIVE[2], FIVE[4]], ...extra } }, token);
    // the social organisation is recorded absent: it raised nothing, agreed to own nothing
    const raised = await update({ addIssues: [{ description: '老年人助餐点场地不足', raisedBy: 'SOCIAL_ORGANISATION' }] });
    expect([codeOf(raised), fieldOf(raised)]).toEqual(['BAD_USER_INPUT/PARTY_ABSENT', 'addIssues[0].raisedBy']);
    const owned = await update({ addFollowUps: [{ task: '协调助餐点场地', ownerParty: 'SOCIAL_ORGANISATION', ownerName: '孙晓燕', dueOn: addDays(today, 5) }] });
    expect([codeOf(owned), fieldOf(owned)]).toEqual(['BAD_USER_INPUT/PARTY_ABSENT', 'addFollowUps[0].ownerParty']);
    // the deputy raised an issue: the record cannot now say the deputy was absent
    const dropped = await update({ participants: FIVE.slice(0, 3) });
    expect([codeOf(dropped), fieldOf(dropped)]).toEqual(['BAD_USER_INPUT/PARTY_ABSENT', 'participants']);
    expect(await counts()).toEqual(before);
    expect((await app.as('manager', GET_MEETING, { id: meetingId })).fivePartyMeeting).toEqual(m);
  });

  it('an officer outside the subdistrict is refused everywhere and changes nothing; others never write', async () => {
    const { fivePartyMeeting: m } = await app.as('manager', GET_MEETING, { id: meetingId });
    const outsider = await app.tokenFor('officer2');
    const before = await counts();
    expect(codeOf(await app.gql(CREATE_MEETING, { input: input() }, outsider))).toBe('FORBIDDEN/JURISDICTION');
    // refused before the version or the rules are looked at: a stale version and a future day still answer JURISDICTION
    expect(codeOf(await app.gql(UPDATE_MEETING, { id: meetingId, version: 1, input: { heldOn: '2999-01-01', summary: '越权修改', participants: FIVE } }, outsider))).toBe('FORBIDDEN/JURISDICTION');
    const openIssue = m.issues.find((i) => i.status === 'RAISED')!;
    expect(codeOf(await app.gql(RESOLVE_ISSUE, { id: openIssue.id, version: openIssue.version, input: { resolvedOn: today, resolutionNote: '越权' } }, outsider))).toBe('FORBIDDEN/JURISDICTION');
    const open = m.followUps.find((f) => !f.doneOn)!;
    expect(codeOf(await app.gql(COMPLETE_FOLLOW_UP, { id: open.id, version: open.version, input: { doneOn: today } }, outsider))).toBe('FORBIDDEN/JURISDICTION');
    expect(codeOf(await app.gql(GET_MEETING, { id: meetingId }, outsider))).toBe('FORBIDDEN/JURISDICTION');
    const seen = (await app.as('officer2', LIST_MEETINGS, { options: { filter: { estateId }, take: 200 } })).fivePartyMeetings;
    expect(seen.totalItems).toBe(0);
    for (const who of ['clerk', 'registrar', 'manager', 'admin']) {
      expect(codeOf(await app.gql(CREATE_MEETING, { input: input() }, await app.tokenFor(who)))).toBe('FORBIDDEN/ROLE');
    }
    expect(await counts()).toEqual(before);
    expect((await app.as('manager', GET_MEETING, { id: meetingId })).fivePartyMeeting).toEqual(m);
  });

  it.each([
    ['held in the future', { heldOn: addDays(today, 1) }, 'BAD_USER_INPUT/NOT_FUTURE', 'heldOn'],
    ['without the property firm', { participants: FIVE.filter((p) => p.party !== 'PROPERTY_FIRM') }, 'BAD_USER_INPUT/PARTY_REQUIRED', 'participants'],
    ['a person twice for a party', { participants: [...FIVE, FIVE[0]] }, 'BAD_USER_INPUT/PARTICIPANT_TWICE', 'participants'],
    ['nobody attending', { participants: [] }, 'BAD_USER_INPUT/arrayMinSize', 'participants'],
    ['a follow-up due before the meeting', { followUps: [{ task: '补记', ownerParty: 'PROPERTY_FIRM' as const, ownerName: '李卫东', dueOn: addDays(today, -30) }] }, 'BAD_USER_INPUT/BEFORE_MEETING', 'followUps[0].dueOn'],
    ['an estate that does not exist', { estateId: '999999' }, 'BAD_USER_INPUT/REFERENCE', 'estateId'],
    ['with an issue raised by a party recorded absent', { participants: FIVE.slice(0, 2) }, 'BAD_USER_INPUT/PARTY_ABSENT', 'issues[0].raisedBy'],
    [
      'with a follow-up owned by a party recorded absent',
      { participants: FIVE.slice(0, 2), issues: [], followUps: [{ task: '业委会核对维保记录', ownerParty: 'OWNERS_COMMITTEE' as const, ownerName: '赵敏', dueOn: addDays(today, 5) }] },
      'BAD_USER_INPUT/PARTY_ABSENT',
      'followUps[0].ownerParty',
    ],
    ['no minutes', { summary: '' }, 'BAD_USER_INPUT/LENGTH', 'summary'],
  ])('refuses a meeting %s, changing nothing', async (_case, extra, code, field) => {
    const before = await counts();
    const r = await app.gql(CREATE_MEETING, { input: input(extra) }, await app.tokenFor('officer'));
    expect(codeOf(r)).toBe(code);
    expect(fieldOf(r)).toBe(field);
    expect(await counts()).toEqual(before);
  });
});

describe('what the minutes recorded of an issue or a follow-up is corrected, saying why', () => {
  const CORRECT_ISSUE = `mutation CI($id: ID!, $version: Int!, $input: CorrectMeetingIssueInput!) { correctMeetingIssue(id: $id, version: $version, input: $input) { id version description raisedBy status resolvedOn } }`;
  const CORRECT_FOLLOW_UP = `mutation CF($id: ID!, $version: Int!, $input: CorrectMeetingFollowUpInput!) { correctMeetingFollowUp(id: $id, version: $version, input: $input) { id version task ownerParty ownerName dueOn firstDueOn dueOnFixedBy overdue } }`;
  let m: any;
  const rowsOf = async () => ({
    issues: await app.ds.query(`SELECT id, version, description, raised_by FROM five_party_issue WHERE meeting_id = $1 ORDER BY id`, [m.id]),
    followUps: await app.ds.query(`SELECT id, version, task, owner_name, due_on::text FROM five_party_follow_up WHERE meeting_id = $1 ORDER BY id`, [m.id]),
  });
  beforeAll(async () => {
    m = (await app.as('officer', CREATE_MEETING, { input: input() })).createFivePartyMeeting;
  });

  it('an issue’s words and who raised it, on the version seen; its status stays; the audit keeps before, after and why', async () => {
    const issue = m.issues[0];
    const r = await app.as('officer', CORRECT_ISSUE, { id: issue.id, version: issue.version, input: { description: '3幢地下车库B区照明损坏', raisedBy: 'SOCIAL_ORGANISATION', reason: '会议记录误记提出方' } });
    expect(r.correctMeetingIssue).toMatchObject({ description: '3幢地下车库B区照明损坏', raisedBy: 'SOCIAL_ORGANISATION', status: 'RAISED', version: issue.version + 1 });
    const [event] = await app.ds.query(`SELECT action, before, after FROM audit_event WHERE entity_type = 'FivePartyIssue' AND entity_id = $1 ORDER BY id DESC LIMIT 1`, [issue.id]);
    expect(event).toMatchObject({ action: 'fivePartyIssue.correct', before: { description: '3幢地下车库照明损坏' }, after: { description: '3幢地下车库B区照明损坏', reason: '会议记录误记提出方' } });
    // the meeting's readers see the change: its version moves
    expect((await app.as('manager', GET_MEETING, { id: m.id })).fivePartyMeeting.version).toBe(m.version + 1);
    expect(codeOf(await app.gql(CORRECT_ISSUE, { id: issue.id, version: issue.version, input: { description: '过期', raisedBy: 'SOCIAL_ORGANISATION', reason: '过期的版本' } }, await app.tokenFor('officer')))).toBe('CONFLICT');
  });

  it('a follow-up’s due day only while the day agreed has not passed: an overdue one stays overdue', async () => {
    const [late, inTime] = m.followUps;
    const token = await app.tokenFor('officer');
    const before = await rowsOf();
    const hidden = await app.gql(CORRECT_FOLLOW_UP, { id: late.id, version: late.version, input: { task: late.task, ownerParty: late.ownerParty, ownerName: late.ownerName, dueOn: addDays(today, 30), reason: '延期' } }, token);
    expect([codeOf(hidden), fieldOf(hidden)]).toEqual(['BAD_USER_INPUT/DUE_DAY_PASSED', 'dueOn']);
    const early = await app.gql(CORRECT_FOLLOW_UP, { id: inTime.id, version: inTime.version, input: { task: inTime.task, ownerParty: inTime.ownerParty, ownerName: inTime.ownerName, dueOn: addDays(today, -30), reason: '误记' } }, token);
    expect(codeOf(early)).toBe('BAD_USER_INPUT/BEFORE_MEETING');
    const noReason = await app.gql(CORRECT_FOLLOW_UP, { id: inTime.id, version: inTime.version, input: { task: inTime.task, ownerParty: inTime.ownerParty, ownerName: inTime.ownerName, dueOn: inTime.dueOn, reason: '  ' } }, token);
    expect(codeOf(noReason)).toMatch(/^BAD_USER_INPUT/);
    expect(await rowsOf()).toEqual(before);
    // the overdue one's owner may still be corrected, its day kept
    const owner = (await app.as('officer', CORRECT_FOLLOW_UP, { id: late.id, version: late.version, input: { task: late.task, ownerParty: 'PROPERTY_FIRM', ownerName: '李卫国', dueOn: late.dueOn, reason: '负责人姓名误记' } })).correctMeetingFollowUp;
    expect(owner).toMatchObject({ ownerName: '李卫国', dueOn: late.dueOn, overdue: true, dueOnFixedBy: 'DUE_DAY_PASSED' });
    const moved = (await app.as('officer', CORRECT_FOLLOW_UP, { id: inTime.id, version: inTime.version, input: { task: '东门增设电动车停放区及充电桩', ownerParty: 'COMMUNITY_PARTY', ownerName: '王建华', dueOn: addDays(today, 20), reason: '会上议定为二十天' } })).correctMeetingFollowUp;
    // the day first recorded stays, and is what a later correction is judged against: no postponing it again and again
    expect(moved).toMatchObject({ task: '东门增设电动车停放区及充电桩', dueOn: addDays(today, 20), firstDueOn: inTime.dueOn, overdue: false, dueOnFixedBy: null });
    await expect(app.ds.query(`UPDATE five_party_follow_up SET first_due_on = $2 WHERE id = $1 RETURNING first_due_on::text AS day`, [inTime.id, addDays(today, 300)])).resolves.toEqual([[{ day: inTime.dueOn }], 1]);
  });

  it('a correction attributes the issue or the follow-up only to a party that attended (PARTY_ABSENT), changing nothing', async () => {
    const { createFivePartyMeeting: small } = await app.as('officer', CREATE_MEETING, {
      input: input({ participants: FIVE.slice(0, 2), issues: [{ description: '电梯维保记录未公示', raisedBy: 'PROPERTY_FIRM' }], followUps: [{ task: '公示维保记录', ownerParty: 'PROPERTY_FIRM', ownerName: '李卫东', dueOn: addDays(today, 5) }] }),
    });
    const [issue] = small.issues;
    const [followUp] = small.followUps;
    const token = await app.tokenFor('officer');
    const before = await app.ds.query(`SELECT raised_by, version FROM five_party_issue WHERE meeting_id = $1 UNION ALL SELECT owner_party, version FROM five_party_follow_up WHERE meeting_id = $1`, [small.id]);
    const toAbsent = await app.gql(CORRECT_ISSUE, { id: issue.id, version: issue.version, input: { description: issue.description, raisedBy: 'CONGRESS_SUPERVISOR', reason: '纪要误记提出方' } }, token);
    expect([codeOf(toAbsent), fieldOf(toAbsent)]).toEqual(['BAD_USER_INPUT/PARTY_ABSENT', 'raisedBy']);
    const ownerAbsent = await app.gql(CORRECT_FOLLOW_UP, { id: followUp.id, version: followUp.version, input: { task: followUp.task, ownerParty: 'OWNERS_COMMITTEE', ownerName: '赵敏', dueOn: followUp.dueOn, reason: '负责方误记' } }, token);
    expect([codeOf(ownerAbsent), fieldOf(ownerAbsent)]).toEqual(['BAD_USER_INPUT/PARTY_ABSENT', 'ownerParty']);
    expect(await app.ds.query(`SELECT raised_by, version FROM five_party_issue WHERE meeting_id = $1 UNION ALL SELECT owner_party, version FROM five_party_follow_up WHERE meeting_id = $1`, [small.id])).toEqual(before);
    // to a party that attended, as before
    expect(codeOf(await app.gql(CORRECT_ISSUE, { id: issue.id, version: issue.version, input: { description: issue.description, raisedBy: 'COMMUNITY_PARTY', reason: '纪要误记提出方' } }, token))).toBe('OK');
  });

  it('an officer outside the subdistrict and the other roles are refused and change nothing', async () => {
    const { fivePartyMeeting: now } = await app.as('manager', GET_MEETING, { id: m.id });
    const before = await rowsOf();
    const issue = now.issues[1];
    const followUp = now.followUps[1];
    for (const who of ['officer2', 'registrar', 'manager']) {
      const token = await app.tokenFor(who);
      expect(codeOf(await app.gql(CORRECT_ISSUE, { id: issue.id, version: issue.version, input: { description: '越权', raisedBy: 'PROPERTY_FIRM', reason: '越权' } }, token))).toMatch(/^FORBIDDEN/);
      expect(codeOf(await app.gql(CORRECT_FOLLOW_UP, { id: followUp.id, version: followUp.version, input: { task: '越权', ownerParty: 'PROPERTY_FIRM', ownerName: 'x', dueOn: followUp.dueOn, reason: '越权' } }, token))).toMatch(/^FORBIDDEN/);
    }
    expect(await rowsOf()).toEqual(before);
  });
});

describe('personal data in a meeting summary is refused however it is written (security review F8)', () => {
  it.each([
    ['an ID number grouped by slashes', '业主姚志(身份证330501/19540103/132X)反映漏水'],
    ['a mobile grouped by commas', '业主姚志电话137,0017,0979'],
    ['a mobile in Chinese numerals', '电话一三七零零一七零九七九'],
    ['an ID number in Arabic-Indic digits', '٣٣٠٥٠١١٩٥٤٠١٠٣١٣٢X'],
    ['the plain ID number, as before', '33050119540103132X'],
  ])('%s: refused on summary, nothing written, nothing logged', async (_shape, summary) => {
    const before = await counts();
    const logged = app.logLines.length;
    const r = await app.gql(CREATE_MEETING, { input: input({ summary }) }, await app.tokenFor('officer'));
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'summary', rule: 'PERSONAL_DATA_IN_TEXT' }] });
    expect(JSON.stringify(r.errors)).not.toContain(summary);
    expect(await counts()).toEqual(before);
    expect(app.logLines.slice(logged).join('\n')).not.toContain(summary);
  });

  it('dates, amounts and unit numbers written with the same separators are kept', async () => {
    const summary = '2026-12-05 议定：3幢2单元501 漏水维修，费用 1,234.56 元，二〇二六年十二月底前完成。';
    const { createFivePartyMeeting: m } = await app.as('officer', CREATE_MEETING, { input: input({ summary }) });
    expect(m.summary).toBe(summary);
  });
});
