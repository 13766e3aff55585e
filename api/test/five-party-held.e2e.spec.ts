import { addDays, todayInChina } from '../src/shared/iso-date';
import { ChecklistPublishedByAnother1764806310000 } from '../../migrations/1764806310000-checklist-published-by-another';
import { FivePartyHeld1764806300000 } from '../../migrations/1764806300000-five-party-held';
import { asRequestRole, refusedBy, rolledBack, startTestApp, TestApp } from './harness';
import { longting } from './money-operations';
import { CHECKLIST_DRAFTS, CREATE_CHECKLIST_DRAFT, PUBLISH_CHECKLIST_DRAFT, UPDATE_CHECKLIST_DRAFT } from './operations';
import { COMPLETE_FOLLOW_UP, CREATE_MEETING, RESOLVE_ISSUE, UPDATE_MEETING } from './party-operations';
import type { MeetingParticipantInput } from './generated/graphql';

/**
 * Five-party meetings, party organisations and the eligibility checklist's publication are held by PostgreSQL as the
 * service holds them, whoever writes SQL as the request role (migrations/1764806300000-five-party-held.ts,
 * migrations/1764806310000-checklist-published-by-another.ts; attacker review round 9, and O7). Deferred checks run at
 * `SET CONSTRAINTS ALL IMMEDIATE`, as they would at the commit.
 */
let app: TestApp;
let estateId: string;
const today = todayInChina();
const AT_COMMIT: [string] = ['SET CONSTRAINTS ALL IMMEDIATE'];
const codeOf = (r: { errors?: Array<{ extensions: { code: string; [k: string]: any } }> }) => {
  const e = r.errors?.[0]?.extensions;
  return e ? [e.code, e.reason ?? e.fieldErrors?.[0]?.rule].filter(Boolean).join('/') : 'OK';
};

const FIVE: MeetingParticipantInput[] = [
  { party: 'COMMUNITY_PARTY', name: '王建华', role: '社区党委书记' },
  { party: 'PROPERTY_FIRM', name: '李卫东', role: '项目经理' },
  { party: 'OWNERS_COMMITTEE', name: '赵敏', role: '业委会主任' },
  { party: 'CONGRESS_SUPERVISOR', name: '周国平', role: '区人大代表' },
];

/** a meeting recorded through GraphQL: one issue resolved, one raised; one follow-up done, one overdue, one not yet due */
let meeting: { id: number; resolved: number; raised: number; done: number; overdue: number; open: number };
const TOUCH = 'UPDATE five_party_meeting SET version = version + 1 WHERE id = $1';
const touch = (): [string, unknown[]] => [TOUCH, [meeting.id]];

beforeAll(async () => {
  app = await startTestApp();
  estateId = (await longting(app)).estateId;
  const { createFivePartyMeeting: m } = await app.as('officer', CREATE_MEETING, {
    input: {
      estateId,
      heldOn: addDays(today, -20),
      summary: '五方会谈：议定本月事项。',
      participants: FIVE,
      issues: [
        { description: '3幢地下车库照明损坏', raisedBy: 'OWNERS_COMMITTEE' },
        { description: '小区东门电动车乱停放', raisedBy: 'CONGRESS_SUPERVISOR' },
      ],
      followUps: [
        { task: '更换车库照明灯具', ownerParty: 'PROPERTY_FIRM', ownerName: '李卫东', dueOn: addDays(today, 5) },
        { task: '清理楼道堆物', ownerParty: 'OWNERS_COMMITTEE', ownerName: '赵敏', dueOn: addDays(today, -5) },
        { task: '东门增设电动车停放区', ownerParty: 'COMMUNITY_PARTY', ownerName: '王建华', dueOn: addDays(today, 10) },
      ],
    },
  });
  const [resolved, raised] = m.issues;
  await app.as('officer', RESOLVE_ISSUE, { id: resolved.id, version: resolved.version, input: { resolvedOn: addDays(today, -2), resolutionNote: '已更换灯具' } });
  const byTask = (task: string) => m.followUps.find((f: { task: string }) => f.task === task)!;
  const done = byTask('更换车库照明灯具');
  await app.as('officer', COMPLETE_FOLLOW_UP, { id: done.id, version: done.version, input: { doneOn: today } });
  meeting = { id: Number(m.id), resolved: Number(resolved.id), raised: Number(raised.id), done: Number(done.id), overdue: Number(byTask('清理楼道堆物').id), open: Number(byTask('东门增设电动车停放区').id) };
});
afterAll(() => app?.close());

describe('an issue: resolved once, as recorded; its words changed only by a correction', () => {
  it('refuses a resolved issue set back to RAISED, or its resolution rewritten (the attacker’s UPDATE)', async () => {
    const back = `UPDATE five_party_issue SET status = 'RAISED', resolved_on = NULL, resolution_note = NULL, resolved_by_id = NULL WHERE id = $1`;
    expect(refusedBy(await asRequestRole(app, [back, [meeting.resolved]]))).toBe('five_party_issue_resolved_once');
    expect(refusedBy(await asRequestRole(app, [`UPDATE five_party_issue SET resolution_note = '未解决' WHERE id = $1`, [meeting.resolved]]))).toBe('five_party_issue_resolved_once');
    expect(refusedBy(await asRequestRole(app, [`UPDATE five_party_issue SET resolved_on = resolved_on - 30 WHERE id = $1`, [meeting.resolved]]))).toBe('five_party_issue_resolved_once');
  });

  it('refuses a resolution dated in the future or before the meeting', async () => {
    const resolve = (day: string) => `UPDATE five_party_issue SET status = 'RESOLVED', resolved_on = '${day}', resolution_note = '已解决' WHERE id = $1`;
    expect(refusedBy(await asRequestRole(app, [resolve(addDays(today, 3)), [meeting.raised]]))).toBe('five_party_issue_resolved_once');
    expect(refusedBy(await asRequestRole(app, [resolve(addDays(today, -40)), [meeting.raised]]))).toBe('five_party_issue_resolved_once');
  });

  it('refuses an issue born resolved, or added without an edit of its meeting', async () => {
    const born = (status: string) =>
      `INSERT INTO five_party_issue (meeting_id, estate_id, description, raised_by, status, resolved_on, resolution_note)
       SELECT id, estate_id, '植入的问题', 'PROPERTY_FIRM', '${status}', ${status === 'RESOLVED' ? 'held_on' : 'NULL'}, ${status === 'RESOLVED' ? `'已解决'` : 'NULL'} FROM five_party_meeting WHERE id = $1`;
    expect(refusedBy(await asRequestRole(app, touch(), [born('RESOLVED'), [meeting.id]]))).toBe('five_party_issue_resolved_once');
    expect(refusedBy(await asRequestRole(app, [born('RAISED'), [meeting.id]], AT_COMMIT))).toBe('five_party_written_with_meeting');
    expect(await asRequestRole(app, touch(), [born('RAISED'), [meeting.id]], AT_COMMIT)).toBeNull();
  });

  it('refuses its words or raiser rewritten without a correction, or with a correction saying otherwise', async () => {
    expect(refusedBy(await asRequestRole(app, [`UPDATE five_party_issue SET description = '改写的问题' WHERE id = $1`, [meeting.raised]]))).toBe('five_party_corrected_with_reason');
    const planted = `INSERT INTO five_party_correction (meeting_id, issue_id, before, after, reason)
                     SELECT meeting_id, id, jsonb_build_object('description', description, 'raisedBy', raised_by), jsonb_build_object('description', '另一种说法', 'raisedBy', raised_by), '更正'
                       FROM five_party_issue WHERE id = $1`;
    expect(refusedBy(await asRequestRole(app, [planted, [meeting.raised]], [`UPDATE five_party_issue SET description = '改写的问题' WHERE id = $1`, [meeting.raised]]))).toBe(
      'five_party_corrected_with_reason',
    );
    // a correction row the record does not carry is refused at commit
    expect(refusedBy(await asRequestRole(app, [planted, [meeting.raised]], AT_COMMIT))).toBe('five_party_correction_applied');
  });

  it('refuses an issue removed or moved to another meeting', async () => {
    expect(refusedBy(await asRequestRole(app, [`DELETE FROM five_party_issue WHERE id = $1`, [meeting.raised]]))).toBe('five_party_issue_kept');
    const other = `UPDATE five_party_issue SET meeting_id = (SELECT min(id) FROM five_party_meeting WHERE estate_id = five_party_issue.estate_id AND id <> $2) WHERE id = $1`;
    expect(refusedBy(await asRequestRole(app, [other, [meeting.raised, meeting.id]]))).toBe('five_party_issue_kept');
  });
});

describe('a follow-up: completed once, not backdated before a due day that passed; changed only by a correction', () => {
  it('refuses a completed follow-up undone or redated', async () => {
    expect(refusedBy(await asRequestRole(app, [`UPDATE five_party_follow_up SET done_on = NULL, done_note = NULL, completed_by_id = NULL WHERE id = $1`, [meeting.done]]))).toBe(
      'five_party_follow_up_completed_once',
    );
    expect(refusedBy(await asRequestRole(app, [`UPDATE five_party_follow_up SET done_on = done_on - 3 WHERE id = $1`, [meeting.done]]))).toBe('five_party_follow_up_completed_once');
  });

  it('refuses an overdue follow-up completed on or before its passed due day (DONE_AFTER_DUE_DAY)', async () => {
    expect(refusedBy(await asRequestRole(app, [`UPDATE five_party_follow_up SET done_on = due_on WHERE id = $1`, [meeting.overdue]]))).toBe('five_party_follow_up_done_after_due_day');
    expect(await asRequestRole(app, [`UPDATE five_party_follow_up SET done_on = due_on + 1 WHERE id = $1`, [meeting.overdue]])).toBeNull();
  });

  it('refuses its task or due day rewritten without a correction, and a passed due day moved even with one', async () => {
    expect(refusedBy(await asRequestRole(app, [`UPDATE five_party_follow_up SET due_on = due_on + 30 WHERE id = $1`, [meeting.open]]))).toBe('five_party_corrected_with_reason');
    expect(refusedBy(await asRequestRole(app, [`UPDATE five_party_follow_up SET task = '改写的事项' WHERE id = $1`, [meeting.open]]))).toBe('five_party_corrected_with_reason');
    const postpone = (days: number) => `INSERT INTO five_party_correction (meeting_id, follow_up_id, before, after, reason)
                     SELECT meeting_id, id, jsonb_build_object('task', task, 'ownerParty', owner_party, 'ownerName', owner_name, 'dueOn', to_char(due_on, 'YYYY-MM-DD')),
                            jsonb_build_object('task', task, 'ownerParty', owner_party, 'ownerName', owner_name, 'dueOn', to_char(due_on + ${days}, 'YYYY-MM-DD')), '延期'
                       FROM five_party_follow_up WHERE id = $1`;
    const moved = (days: number) => `UPDATE five_party_follow_up SET due_on = due_on + ${days} WHERE id = $1`;
    expect(refusedBy(await asRequestRole(app, [postpone(30), [meeting.overdue]], [moved(30), [meeting.overdue]]))).toBe('five_party_follow_up_due_day');
    // a due day not yet passed is corrected with its correction row, as correctMeetingFollowUp does
    expect(await asRequestRole(app, [postpone(3), [meeting.open]], [moved(3), [meeting.open]], touch(), AT_COMMIT)).toBeNull();
  });

  it('refuses a follow-up born done, or removed', async () => {
    const born = `INSERT INTO five_party_follow_up (meeting_id, estate_id, task, owner_party, owner_name, due_on, done_on)
                  SELECT id, estate_id, '植入的事项', 'PROPERTY_FIRM', '李卫东', held_on, held_on FROM five_party_meeting WHERE id = $1`;
    expect(refusedBy(await asRequestRole(app, touch(), [born, [meeting.id]]))).toBe('five_party_follow_up_completed_once');
    expect(refusedBy(await asRequestRole(app, [`DELETE FROM five_party_follow_up WHERE id = $1`, [meeting.open]]))).toBe('five_party_follow_up_kept');
  });
});

describe('a meeting and its attendance are kept', () => {
  it('refuses a meeting removed, moved to another estate, or dated after what it records', async () => {
    expect(refusedBy(await asRequestRole(app, [`DELETE FROM five_party_meeting WHERE id = $1`, [meeting.id]]))).toBe('five_party_meeting_kept');
    expect(refusedBy(await asRequestRole(app, [`UPDATE five_party_meeting SET estate_id = (SELECT min(id) FROM estate WHERE id <> $2) WHERE id = $1`, [meeting.id, Number(estateId)]]))).toBe(
      'five_party_meeting_kept',
    );
    expect(refusedBy(await asRequestRole(app, [`UPDATE five_party_meeting SET held_on = $2 WHERE id = $1`, [meeting.id, addDays(today, -1)]]))).toBe('five_party_meeting_held_on');
    expect(refusedBy(await asRequestRole(app, [`UPDATE five_party_meeting SET held_on = $2 WHERE id = $1`, [meeting.id, addDays(today, 1)]]))).toBe('five_party_meeting_held_on');
  });

  it('refuses the attendance rewritten without its meeting, or leaving a party absent that raised an issue (PARTY_ABSENT)', async () => {
    const dropCommittee = `DELETE FROM five_party_participant WHERE meeting_id = $1 AND party = 'OWNERS_COMMITTEE'`;
    expect(refusedBy(await asRequestRole(app, [dropCommittee, [meeting.id]], AT_COMMIT))).toBe('five_party_written_with_meeting');
    expect(refusedBy(await asRequestRole(app, touch(), [dropCommittee, [meeting.id]], AT_COMMIT))).toBe('five_party_attended');
    const dropFirm = `DELETE FROM five_party_participant WHERE meeting_id = $1 AND party = 'PROPERTY_FIRM'`;
    expect(refusedBy(await asRequestRole(app, touch(), [dropFirm, [meeting.id]], AT_COMMIT))).toBe('five_party_attended');
  });
});

describe('the service’s own moves still go through, and corrections show', () => {
  const CORRECT_ISSUE = `mutation CI($id: ID!, $version: Int!, $input: CorrectMeetingIssueInput!) {
    correctMeetingIssue(id: $id, version: $version, input: $input) { id version description raisedBy status corrections { reason before after correctedAt correctedBy } } }`;
  const CORRECT_FOLLOW_UP = `mutation CF($id: ID!, $version: Int!, $input: CorrectMeetingFollowUpInput!) {
    correctMeetingFollowUp(id: $id, version: $version, input: $input) { id version task dueOn corrections { reason before after } } }`;

  it('corrects an issue and a follow-up with their reasons, each kept as a correction row', async () => {
    const [issue] = await app.ds.query(`SELECT id, version, description, raised_by FROM five_party_issue WHERE id = $1`, [meeting.resolved]);
    const r = await app.gql(CORRECT_ISSUE, { id: String(issue.id), version: issue.version, input: { description: '3幢地下车库B区照明损坏', raisedBy: 'PROPERTY_FIRM', reason: '会议记录误记提出方' } }, await app.tokenFor('officer'));
    expect(codeOf(r)).toBe('OK');
    expect(r.data.correctMeetingIssue).toMatchObject({ description: '3幢地下车库B区照明损坏', raisedBy: 'PROPERTY_FIRM', status: 'RESOLVED' });
    expect(r.data.correctMeetingIssue.corrections).toHaveLength(1);
    const [officer] = await app.ds.query(`SELECT display_name FROM app_user WHERE username = 'officer'`);
    // who corrected it, by name, as the console shows it beside when and why
    expect(r.data.correctMeetingIssue.corrections[0]).toMatchObject({ reason: '会议记录误记提出方', correctedBy: officer.display_name });
    expect(JSON.parse(r.data.correctMeetingIssue.corrections[0].before)).toEqual({ description: issue.description, raisedBy: issue.raised_by });
    expect(JSON.parse(r.data.correctMeetingIssue.corrections[0].after)).toEqual({ description: '3幢地下车库B区照明损坏', raisedBy: 'PROPERTY_FIRM' });

    const [f] = await app.ds.query(`SELECT id, version, task, owner_party, owner_name, to_char(due_on, 'YYYY-MM-DD') AS due_on FROM five_party_follow_up WHERE id = $1`, [meeting.open]);
    const input = { task: '东门增设电动车停放区及充电桩', ownerParty: f.owner_party, ownerName: f.owner_name, dueOn: addDays(f.due_on, 5), reason: '会上议定为十五天' };
    const c = await app.gql(CORRECT_FOLLOW_UP, { id: String(f.id), version: f.version, input }, await app.tokenFor('officer'));
    expect(codeOf(c)).toBe('OK');
    expect(c.data.correctMeetingFollowUp).toMatchObject({ task: input.task, dueOn: input.dueOn, corrections: [{ reason: '会上议定为十五天' }] });
  });

  it('keeps a correction as made, whoever writes SQL', async () => {
    const [{ id }] = await app.ds.query(`SELECT id FROM five_party_correction ORDER BY id DESC LIMIT 1`);
    expect(refusedBy(await asRequestRole(app, [`UPDATE five_party_correction SET reason = '改写' WHERE id = $1`, [id]]))).toBe('five_party_correction_kept');
    expect(refusedBy(await asRequestRole(app, [`DELETE FROM five_party_correction WHERE id = $1`, [id]]))).toBe('five_party_correction_kept');
  });

  it('resolves an issue and completes a follow-up, once', async () => {
    const [issue] = await app.ds.query(`SELECT id, version FROM five_party_issue WHERE id = $1`, [meeting.raised]);
    const resolved = await app.gql(RESOLVE_ISSUE, { id: String(issue.id), version: issue.version, input: { resolvedOn: today, resolutionNote: '已划定停放区' } }, await app.tokenFor('officer'));
    expect(codeOf(resolved)).toBe('OK');
    const [f] = await app.ds.query(`SELECT id, version FROM five_party_follow_up WHERE id = $1`, [meeting.overdue]);
    expect(codeOf(await app.gql(COMPLETE_FOLLOW_UP, { id: String(f.id), version: f.version, input: { doneOn: today } }, await app.tokenFor('officer')))).toBe('OK');
  });
});

describe('a party organisation is kept, and founded only in a firm that stands', () => {
  it('refuses one removed, or moved into a firm that does not stand', async () => {
    const [po] = await app.ds.query(`SELECT id FROM party_organisation ORDER BY id LIMIT 1`);
    expect(refusedBy(await asRequestRole(app, [`DELETE FROM party_organisation WHERE id = $1`, [po.id]]))).toBe('party_organisation_kept');
    const [firm] = await app.ds.query(`SELECT id FROM firm WHERE filing_status <> 'APPROVED' OR status <> 'ACTIVE' ORDER BY id LIMIT 1`);
    expect(firm).toBeDefined();
    expect(refusedBy(await asRequestRole(app, [`UPDATE party_organisation SET firm_id = $2, estate_id = NULL WHERE id = $1`, [po.id, firm.id]]))).toBe('party_organisation_host_stands');
    expect(refusedBy(await asRequestRole(app, [`UPDATE party_organisation SET established_on = $2 WHERE id = $1`, [po.id, addDays(today, 3)]]))).toBe('party_organisation_established_on');
  });
});

describe('the eligibility checklist is published by another admin than its draft’s last editor (maker-checker, O7)', () => {
  const ITEMS = [{ key: 'OWNER_OF_ESTATE', kind: 'MUST' as const, titleZh: '本小区业主', titleEn: 'owns a unit in the estate', suggestedReviewers: ['REAL_ESTATE_REGISTRY' as const] }];

  it('refuses the last editor’s publication through GraphQL, offers it to another admin, who publishes', async () => {
    const { createChecklistDraft: draft } = await app.as('admin2', CREATE_CHECKLIST_DRAFT, { input: { title: '资格联审清单（草稿）', source: '市住建局通知', items: ITEMS } });
    const { updateChecklistDraft: edited } = await app.as('admin', UPDATE_CHECKLIST_DRAFT, { id: draft.id, version: draft.version, input: { title: '资格联审清单', source: '市住建局通知', items: ITEMS } });
    const mine = (await app.as('admin', CHECKLIST_DRAFTS, {})).checklistDrafts.find((d: { id: string }) => d.id === draft.id);
    expect(mine?.availableActions).toEqual(['EDIT']);
    const theirs = (await app.as('admin2', CHECKLIST_DRAFTS, {})).checklistDrafts.find((d: { id: string }) => d.id === draft.id);
    expect(theirs?.availableActions).toEqual(['EDIT', 'PUBLISH']);
    expect(codeOf(await app.gql(PUBLISH_CHECKLIST_DRAFT, { id: draft.id, version: edited.version }, await app.tokenFor('admin')))).toBe('FORBIDDEN/MAKER_CHECKER');
    const published = await app.gql(PUBLISH_CHECKLIST_DRAFT, { id: draft.id, version: edited.version }, await app.tokenFor('admin2'));
    expect(codeOf(published)).toBe('OK');
    expect(published.data.publishChecklistDraft.title).toBe('资格联审清单');
  });

  it('refuses the same publication, or a version alone, by raw SQL as the request role', async () => {
    const { createChecklistDraft: draft } = await app.as('admin', CREATE_CHECKLIST_DRAFT, { input: { title: '独自发布的清单', source: '测试', items: ITEMS } });
    const version = `INSERT INTO checklist_version (version, title, checklist, published_by_id)
                     SELECT (SELECT max(version) + 1 FROM checklist_version), d.title,
                            jsonb_build_object('id', 'published', 'version', (SELECT max(version) + 1 FROM checklist_version), 'source', d.source, 'items', d.items), $2
                       FROM checklist_draft d WHERE d.id = $1`;
    const link = `UPDATE checklist_draft SET published_version_id = (SELECT max(id) FROM checklist_version), published_by_id = $2, version = version + 1 WHERE id = $1`;
    const by = async (username: string) => (await app.ds.query(`SELECT id FROM app_user WHERE username = $1`, [username]))[0].id;
    const admin = await by('admin');
    expect(refusedBy(await asRequestRole(app, [version, [Number(draft.id), admin]], [link, [Number(draft.id), admin]]))).toBe('checklist_published_by_another');
    expect(refusedBy(await asRequestRole(app, [version, [Number(draft.id), admin]], AT_COMMIT))).toBe('checklist_published_by_another');
    // nor is the last editor rewritten to let its editor publish
    expect(refusedBy(await asRequestRole(app, [`UPDATE checklist_draft SET last_edited_by_id = $2 WHERE id = $1`, [Number(draft.id), await by('admin2')]]))).toBe('checklist_published_by_another');
    expect(refusedBy(await asRequestRole(app, [`DELETE FROM checklist_draft WHERE id = $1`, [Number(draft.id)]]))).toBe('checklist_published_by_another');
    const admin2 = await by('admin2');
    // the version holds the draft's source and items under its own number, nothing else (round 11 O4)
    const planted = (extra: string) => version.replace("'items', d.items)", `'items', d.items) || ${extra}`);
    for (const extra of [`'{"kindTitles": {"MUST": {"zh": "四过硬", "en": "four musts"}}}'::jsonb`, `jsonb_build_object('version', 1)`]) {
      expect(refusedBy(await asRequestRole(app, [planted(extra), [Number(draft.id), admin2]], [link, [Number(draft.id), admin2]], AT_COMMIT))).toBe('checklist_version_holds_its_draft_only');
    }
    expect(await asRequestRole(app, [version, [Number(draft.id), admin2]], [link, [Number(draft.id), admin2]], AT_COMMIT)).toBeNull();
  });
});

describe("a meeting's own minutes, after the day it was recorded (attacker round 11, F5)", () => {
  const CORRECTIONS = `query Meeting($id: ID!) { fivePartyMeeting(id: $id) { id version heldOn summary corrections { reason before after correctedAt } } }`;
  let old: { id: string; version: number };
  const edit = (reason: string | null, summary = '五方会谈：议定本月事项，补记电梯维保。') => ({
    heldOn: addDays(today, -30), summary, participants: FIVE.slice(0, 3), addIssues: [], addFollowUps: [], reason,
  });

  beforeAll(async () => {
    const { createFivePartyMeeting: m } = await app.as('officer', CREATE_MEETING, {
      input: { estateId, heldOn: addDays(today, -31), summary: '五方会谈：议定本月事项。', participants: FIVE, issues: [], followUps: [] },
    });
    // recorded two days ago: written by the tables' owner, as the demo's past is
    await app.ds.query(`UPDATE five_party_meeting SET created_at = created_at - interval '2 days' WHERE id = $1`, [m.id]);
    old = m;
  });

  it('an edit without a reason is refused and changes nothing', async () => {
    const refused = await app.gql(UPDATE_MEETING, { id: old.id, version: old.version, input: edit(null) }, await app.tokenFor('officer'));
    expect(codeOf(refused)).toBe('BAD_USER_INPUT/REQUIRED');
    expect(refused.errors?.[0].extensions.fieldErrors[0].field).toBe('reason');
    const { fivePartyMeeting } = await app.as('officer', CORRECTIONS, { id: old.id });
    expect(fivePartyMeeting).toMatchObject({ version: old.version, heldOn: addDays(today, -31), summary: '五方会谈：议定本月事项。', corrections: [] });
  });

  it('with its reason it is kept as a correction: what the day, minutes and attendance were and became', async () => {
    const done = await app.gql(UPDATE_MEETING, { id: old.id, version: old.version, input: edit('会议记录日期誊写错误，据签到表更正') }, await app.tokenFor('officer'));
    expect(done.errors).toBeUndefined();
    const { fivePartyMeeting } = await app.as('officer', CORRECTIONS, { id: old.id });
    expect(fivePartyMeeting.heldOn).toBe(addDays(today, -30));
    expect(fivePartyMeeting.corrections).toHaveLength(1);
    const [correction] = fivePartyMeeting.corrections;
    expect(correction.reason).toBe('会议记录日期誊写错误，据签到表更正');
    expect(JSON.parse(correction.before)).toMatchObject({ heldOn: addDays(today, -31), summary: '五方会谈：议定本月事项。' });
    expect(JSON.parse(JSON.parse(correction.before).participants)).toHaveLength(4);
    expect(JSON.parse(correction.after)).toMatchObject({ heldOn: addDays(today, -30), summary: '五方会谈：议定本月事项，补记电梯维保。' });
    expect(JSON.parse(JSON.parse(correction.after).participants)).toHaveLength(3);
    old = { id: old.id, version: fivePartyMeeting.version };
  });

  it('PostgreSQL holds it whoever writes: the day, the minutes, the attendance and added records only with a correction of the meeting', async () => {
    const id = Number(old.id);
    expect(await asRequestRole(app, [`UPDATE five_party_meeting SET held_on = held_on - 500, version = version + 1 WHERE id = $1`, [id]])).toMatchObject({ constraint: 'five_party_corrected_with_reason' });
    expect(await asRequestRole(app, [`UPDATE five_party_meeting SET summary = '会议未议及电梯问题。', version = version + 1 WHERE id = $1`, [id]])).toMatchObject({ constraint: 'five_party_corrected_with_reason' });
    const strike = `DELETE FROM five_party_participant WHERE meeting_id = $1 AND party = 'OWNERS_COMMITTEE'`;
    expect(await asRequestRole(app, [TOUCH, [id]], [strike, [id]], AT_COMMIT)).toMatchObject({ constraint: 'five_party_corrected_with_reason' });
    const add = `INSERT INTO five_party_issue (meeting_id, estate_id, description, raised_by) VALUES ($1, $2, '补记：电梯频繁故障', 'OWNERS_COMMITTEE')`;
    expect(await asRequestRole(app, [TOUCH, [id]], [add, [id, Number(estateId)]], AT_COMMIT)).toMatchObject({ constraint: 'five_party_corrected_with_reason' });
    // a correction row that does not say what the row became is refused at the commit
    const { heldOn, summary } = (await app.as('officer', CORRECTIONS, { id: old.id })).fivePartyMeeting;
    const lying = `INSERT INTO five_party_correction (meeting_id, before, after, reason) VALUES ($1, $2, $3, '更正')`;
    const said = [id, JSON.stringify({ heldOn, summary }), JSON.stringify({ heldOn, summary: '另一份纪要' })];
    expect(await asRequestRole(app, [lying, said], [`UPDATE five_party_meeting SET summary = '会议未议及电梯问题。', version = version + 1 WHERE id = $1`, [id]], AT_COMMIT)).toMatchObject({ constraint: 'five_party_corrected_with_reason' });
    expect((await app.as('officer', CORRECTIONS, { id: old.id })).fivePartyMeeting.corrections).toHaveLength(1);
  });
});

describe('the migrations', () => {
  it('down() removes what up() added, and up() adds it again, the later one first', async () => {
    const added = `SELECT (SELECT count(*)::int FROM pg_trigger WHERE tgname ~ '^(five_party_|party_organisation_held|checklist_(draft_published_by_another|version_from_a_draft))' AND NOT tgname ~ '_(touch|first_due_on)$') AS triggers,
                          (SELECT count(*)::int FROM information_schema.columns WHERE table_name = 'checklist_draft' AND column_name IN ('last_edited_by_id', 'published_by_id')) AS columns,
                          (SELECT count(*)::int FROM pg_class WHERE relname = 'five_party_correction') AS tables`;
    const five = new FivePartyHeld1764806300000();
    const checklist = new ChecklistPublishedByAnother1764806310000();
    await rolledBack(app.ds, async (runner) => {
      const [before] = await runner.query(added);
      // the correction's 2, the meeting's 1, the 3 written-with-meeting, the issue's and follow-up's, the organisation's; the checklist's 2
      expect(before).toEqual({ triggers: 2 + 1 + 3 + 2 + 1 + 2, columns: 2, tables: 1 });
      await checklist.down(runner);
      await five.down(runner);
      expect((await runner.query(added))[0]).toEqual({ triggers: 0, columns: 0, tables: 0 });
      await five.up(runner);
      await checklist.up(runner);
      expect((await runner.query(added))[0]).toEqual(before);
    });
  });
});
