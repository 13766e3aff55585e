import { addDays, todayInChina } from '../../api/src/shared/iso-date';
import { CREATE_MEETING } from '../../api/test/party-operations';
import en from '../src/i18n/en';
import zh from '../src/i18n/zh';
import { becomes, browserIt, chooseOption, consoleSuite, fitsThePhone, signIn, watch } from './browser';

/**
 * Party building in a real browser on the seeded demo (issue 14 point 4): an officer records a five-party meeting
 * whose follow-up is already overdue and sees it flagged, then marks it done; registry readers list the party
 * organisations, in Chinese and English; an officer's phone shows the meetings without sideways scrolling; an officer
 * corrects what the minutes recorded wrong, saying why, without moving an overdue follow-up's due day.
 */
const suite = consoleSuite();
const today = todayInChina();
const menuName = (name: string) => name.split('|||')[0].trim();

describe('party building', () => {
  browserIt('an officer records a five-party meeting, sees its overdue follow-up flagged, and marks it done', async () => {
    const fields = zh.resources.fivePartyMeetings.fields;
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'officer');
    watch(page);
    await page.getByRole('menuitem', { name: menuName(zh.resources.fivePartyMeetings.name) }).click();
    await page.waitForURL(/#\/fivePartyMeetings/);
    await page.goto(`${suite.app.baseUrl}/#/fivePartyMeetings/create`);

    await page.getByRole('combobox', { name: fields.estateId }).fill('龙庭小区');
    await page.getByRole('option', { name: '龙庭小区', exact: true }).click();
    await page.getByLabel(fields.heldOn).fill(addDays(today, -12));
    await page.getByLabel(fields.summary).fill('浏览器测试：龙庭小区五方会谈，议定车库照明整改。');
    // one row per party to start from, each named
    const names = ['王建华', '李卫东', '赵敏', '孙晓燕', '周国平'];
    for (const [i, name] of names.entries()) await page.locator(`input[name="participants.${i}.name"]`).fill(name);

    await page.locator('.button-add-issues').click();
    await page.locator('input[name="issues.0.description"]').fill('浏览器测试：地下车库照明损坏');
    await chooseOption(page, page.getByRole('combobox', { name: fields.raisedBy }), zh.wuye.meetingParty.OWNERS_COMMITTEE);

    await page.locator('.button-add-followUps').click();
    await page.locator('input[name="followUps.0.task"]').fill('浏览器测试：更换车库灯具');
    await chooseOption(page, page.getByRole('combobox', { name: fields.ownerParty }), zh.wuye.meetingParty.PROPERTY_FIRM);
    await page.locator('input[name="followUps.0.ownerName"]').fill('李卫东');
    await page.locator('input[name="followUps.0.dueOn"]').fill(addDays(today, -2));
    await page.getByRole('button', { name: zh.ra.action.save }).click();

    // the record as shown: overdue flagged on the meeting and on the follow-up
    await page.getByTestId('overdue-chip').filter({ hasText: zh.wuye.party.overdue_n.replace('%{count}', '1') }).waitFor();
    await page.getByTestId('follow-up-overdue').waitFor();
    await page.getByTestId('attendance').getByText('李卫东').waitFor();
    const [row] = await suite.app.ds.query(
      `SELECT m.id, (SELECT count(*)::int FROM five_party_participant p WHERE p.meeting_id = m.id) AS participants,
              (SELECT count(*)::int FROM five_party_follow_up f WHERE f.meeting_id = m.id AND f.done_on IS NULL) AS open
         FROM five_party_meeting m JOIN estate e ON e.id = m.estate_id WHERE e.name = '龙庭小区' AND m.summary LIKE '浏览器测试%'`,
    );
    expect(row).toMatchObject({ participants: 5, open: 1 });

    await page.getByTestId('complete-follow-up').click();
    await page.getByTestId('meeting-dialog-note').fill('已更换');
    await page.getByTestId('meeting-dialog-confirm').click();
    await page.getByText(zh.wuye.party.none_overdue).waitFor();
    expect(await page.getByTestId('follow-up-overdue').count()).toBe(0);
    const [done] = await suite.app.ds.query(`SELECT done_on IS NOT NULL AS done FROM five_party_follow_up WHERE meeting_id = $1`, [row.id]);
    expect(done.done).toBe(true);
  });

  browserIt('a clerk lists the party organisations and may create one; a manager reads them and the meetings, in English too, without a create button', async () => {
    const [org] = await suite.app.ds.query(`SELECT name, kind FROM party_organisation WHERE firm_id IS NOT NULL ORDER BY name LIMIT 1`);
    const { page: clerk } = await signIn(suite.browser, suite.app.baseUrl, 'clerk');
    watch(clerk);
    await clerk.getByRole('menuitem', { name: menuName(zh.resources.partyOrganisations.name) }).click();
    await clerk.getByText(org.name, { exact: true }).first().waitFor();
    await clerk.getByText(zh.resources.partyOrganisations.fields.kind).first().waitFor();
    await clerk.getByRole('link', { name: zh.ra.action.create }).waitFor();

    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'manager');
    watch(page);
    await page.getByRole('menuitem', { name: menuName(zh.resources.partyOrganisations.name) }).click();
    await page.getByText(org.name, { exact: true }).first().waitFor();
    expect(await page.getByRole('link', { name: zh.ra.action.create }).count()).toBe(0);

    await page.getByRole('button', { name: '简体中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByText(en.resources.partyOrganisations.fields.kind, { exact: true }).first().waitFor();
    await page.getByText(en.wuye.partyOrganisationKind[org.kind as 'STANDALONE'], { exact: true }).first().waitFor();
    await page.getByRole('menuitem', { name: menuName(en.resources.fivePartyMeetings.name) }).click();
    await page.getByText(en.resources.fivePartyMeetings.fields.overdueFollowUps, { exact: true }).first().waitFor();
    // the latest meetings' follow-ups are not due yet: the overdue filter finds the flagged ones
    await page.goto(`${suite.app.baseUrl}/#/fivePartyMeetings?filter=${encodeURIComponent(JSON.stringify({ overdue: true }))}`);
    await page.getByTestId('overdue-chip').first().waitFor();
    expect(await page.getByRole('link', { name: en.ra.action.create }).count()).toBe(0);
  });

  browserIt('on an officer’s phone (390 px) the meetings are a simple list, and a meeting fits the screen', async () => {
    const [meeting] = await suite.app.ds.query(
      `SELECT m.id FROM five_party_meeting m JOIN estate e ON e.id = m.estate_id JOIN community c ON c.id = e.community_id
         JOIN officer_jurisdiction j ON j.subdistrict_id = c.subdistrict_id JOIN app_user u ON u.id = j.user_id AND u.username = 'officer'
        WHERE EXISTS (SELECT 1 FROM five_party_follow_up f WHERE f.meeting_id = m.id AND f.done_on IS NULL AND f.due_on < $1)
        ORDER BY m.held_on DESC, m.id LIMIT 1`,
      [today],
    );
    expect(meeting).toBeTruthy();
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'officer');
    watch(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${suite.app.baseUrl}/#/fivePartyMeetings?filter=${encodeURIComponent(JSON.stringify({ overdue: true }))}`);
    await page.locator('.RaSimpleList-root, [class*="RaSimpleList"]').first().waitFor();
    await page.getByTestId('overdue-chip').first().waitFor();
    expect(await page.locator('table').count()).toBe(0);
    await fitsThePhone(page, 'five-party meetings');

    await page.goto(`${suite.app.baseUrl}/#/fivePartyMeetings/${meeting.id}/show`);
    await page.getByTestId('attendance').waitFor();
    await page.getByTestId('follow-up-overdue').first().waitFor();
    await fitsThePhone(page, 'five-party meeting');

    await page.goto(`${suite.app.baseUrl}/#/fivePartyMeetings/create`);
    await page.locator('input[name="participants.0.name"]').waitFor();
    await fitsThePhone(page, 'five-party meeting form');
  });

  /**
   * A meeting of the officer's own, recorded through the API 20 days ago: one issue, a follow-up overdue since 3 days
   * ago and one due in 10 days (the demo's meetings are shared by the other tests).
   */
  async function meetingToCorrect() {
    const [estate] = await suite.app.ds.query(`SELECT id FROM estate WHERE name = '龙庭小区'`);
    const { createFivePartyMeeting: meeting } = await suite.app.as('officer', CREATE_MEETING, {
      input: {
        estateId: String(estate.id),
        heldOn: addDays(today, -20),
        summary: '更正测试：龙庭小区五方会谈，议定电梯维保与绿化补种。',
        // the committee and the social organisation attended: the issue is theirs to have raised (PARTY_ABSENT otherwise)
        participants: [
          { party: 'COMMUNITY_PARTY', name: '王建华' },
          { party: 'PROPERTY_FIRM', name: '李卫东' },
          { party: 'OWNERS_COMMITTEE', name: '赵敏' },
          { party: 'SOCIAL_ORGANISATION', name: '孙晓燕' },
        ],
        issues: [{ description: '更正测试：电梯维保记录缺失', raisedBy: 'OWNERS_COMMITTEE' }],
        followUps: [
          { task: '更正测试：补齐电梯维保记录', ownerParty: 'PROPERTY_FIRM', ownerName: '李卫冬', dueOn: addDays(today, -3) },
          { task: '更正测试：补种北区绿化', ownerParty: 'PROPERTY_FIRM', ownerName: '李卫东', dueOn: addDays(today, 10) },
        ],
      },
    });
    const [overdue, notDue] = meeting.followUps;
    expect([overdue.overdue, notDue.overdue]).toEqual([true, false]);
    return { meeting, issue: meeting.issues[0], overdue, notDue };
  }

  browserIt('an officer corrects an issue’s words and raising party, and cannot without saying why', async () => {
    const fields = zh.resources.fivePartyMeetings.fields;
    const { meeting, issue } = await meetingToCorrect();
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'officer');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/fivePartyMeetings/${meeting.id}/show`);
    await page.getByTestId(`issue-${issue.id}`).getByTestId('correct-issue').click();

    // prefilled with what the minutes recorded; no reason yet, so nothing to send
    const dialog = page.getByTestId('correct-dialog');
    await becomes(() => dialog.getByTestId('correct-description').inputValue(), issue.description);
    await dialog.getByRole('combobox', { name: fields.raisedBy }).getByText(zh.wuye.meetingParty.OWNERS_COMMITTEE).waitFor();
    await dialog.getByTestId('correct-description').fill('更正测试：3号楼电梯维保记录缺失');
    await chooseOption(page, dialog.getByRole('combobox', { name: fields.raisedBy }), zh.wuye.meetingParty.SOCIAL_ORGANISATION);
    await becomes(() => dialog.getByTestId('correct-dialog-confirm').isDisabled(), true);
    await dialog.getByTestId('correct-reason').fill(' ');
    await becomes(() => dialog.getByTestId('correct-dialog-confirm').isDisabled(), true);
    const [{ n: unsent }] = await suite.app.ds.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'fivePartyIssue.correct' AND entity_id = $1`, [issue.id]);
    expect(unsent).toBe(0);

    await dialog.getByTestId('correct-reason').fill('纪要误记：问题由社会组织提出，且限于3号楼');
    await dialog.getByTestId('correct-dialog-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    const row = page.getByTestId(`issue-${issue.id}`);
    await row.getByText('更正测试：3号楼电梯维保记录缺失', { exact: true }).waitFor();
    await row.getByText(zh.wuye.party.raised_by.replace('%{party}', zh.wuye.meetingParty.SOCIAL_ORGANISATION)).waitFor();
    // the correction shows beside it: by whom, each field from what to what, and why
    const [officer] = await suite.app.ds.query(`SELECT display_name FROM app_user WHERE username = 'officer'`);
    const correction = row.getByTestId('correction');
    await correction.getByText(zh.wuye.party.correction_by.split(' ')[0].replace('%{name}', officer.display_name)).waitFor();
    const change = (field: 'description' | 'raisedBy', from: string, to: string) =>
      zh.wuye.party.correction_change.replace('%{field}', fields[field]).replace('%{from}', from).replace('%{to}', to);
    await becomes(() => correction.getByTestId('correction-description').textContent(), change('description', '更正测试：电梯维保记录缺失', '更正测试：3号楼电梯维保记录缺失'));
    await becomes(
      () => correction.getByTestId('correction-raisedBy').textContent(),
      change('raisedBy', zh.wuye.meetingParty.OWNERS_COMMITTEE, zh.wuye.meetingParty.SOCIAL_ORGANISATION),
    );
    await correction.getByText(zh.wuye.party.correction_reason.replace('%{reason}', '纪要误记：问题由社会组织提出，且限于3号楼')).waitFor();

    const [saved] = await suite.app.ds.query(`SELECT description, raised_by, status, version FROM five_party_issue WHERE id = $1`, [issue.id]);
    expect(saved).toEqual({ description: '更正测试：3号楼电梯维保记录缺失', raised_by: 'SOCIAL_ORGANISATION', status: 'RAISED', version: issue.version + 1 });
    const events = await suite.app.ds.query(`SELECT actor_name, after->>'reason' AS reason, before->>'description' AS was FROM audit_event WHERE action = 'fivePartyIssue.correct' AND entity_id = $1`, [issue.id]);
    expect(events).toEqual([expect.objectContaining({ reason: '纪要误记：问题由社会组织提出，且限于3号楼', was: '更正测试：电梯维保记录缺失' })]);
  });

  browserIt('an officer cannot move an overdue follow-up’s due day but corrects its owner, and moves a not-yet-due one’s', async () => {
    const { meeting, overdue, notDue } = await meetingToCorrect();
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'officer');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/fivePartyMeetings/${meeting.id}/show`);
    const dialog = page.getByTestId('correct-dialog');
    const followUp = async (id: string) =>
      (await suite.app.ds.query(`SELECT owner_name, to_char(due_on, 'YYYY-MM-DD') AS due_on, version FROM five_party_follow_up WHERE id = $1`, [id]))[0];

    // overdue: the day agreed stays (the field is disabled and says why); the owner's name is corrected
    await page.getByTestId(`follow-up-${overdue.id}`).getByTestId('correct-follow-up').click();
    await becomes(() => dialog.getByTestId('correct-owner-name').inputValue(), '李卫冬');
    await becomes(() => dialog.getByTestId('correct-due-on').inputValue(), overdue.dueOn);
    await becomes(() => dialog.getByTestId('correct-due-on').isDisabled(), true);
    await dialog.getByText(zh.wuye.party.due_day_kept_passed).waitFor();
    await dialog.getByTestId('correct-owner-name').fill('李卫东');
    await dialog.getByTestId('correct-reason').fill('纪要把责任人姓名写错');
    await dialog.getByTestId('correct-dialog-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    await becomes(async () => (await followUp(overdue.id)).owner_name, '李卫东');
    expect(await followUp(overdue.id)).toEqual({ owner_name: '李卫东', due_on: overdue.dueOn, version: overdue.version + 1 });
    await page.getByTestId(`follow-up-${overdue.id}`).getByTestId('follow-up-overdue').waitFor();

    // not yet due: a day before the meeting is refused beside the due day; a later one is taken
    await page.getByTestId(`follow-up-${notDue.id}`).getByTestId('correct-follow-up').click();
    await becomes(() => dialog.getByTestId('correct-due-on').isDisabled(), false);
    await dialog.getByTestId('correct-due-on').fill(addDays(today, -25));
    await dialog.getByTestId('correct-reason').fill('会上议定的期限记错');
    await dialog.getByTestId('correct-dialog-confirm').click();
    await dialog.getByText(zh.wuye.rules.BEFORE_MEETING).waitFor();
    await becomes(() => dialog.getByTestId('correct-dialog-error').textContent(), zh.wuye.errors.BAD_USER_INPUT);
    expect((await followUp(notDue.id)).due_on).toBe(notDue.dueOn);
    await dialog.getByTestId('correct-due-on').fill(addDays(today, 30));
    await dialog.getByTestId('correct-dialog-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    await becomes(async () => (await followUp(notDue.id)).due_on, addDays(today, 30));
    const [event] = await suite.app.ds.query(`SELECT after->>'reason' AS reason FROM audit_event WHERE action = 'fivePartyFollowUp.correct' AND entity_id = $1`, [notDue.id]);
    expect(event).toEqual({ reason: '会上议定的期限记错' });
    // each follow-up shows its correction: the owner's name from what to what; the due day moved, and why
    const ownerFixed = zh.wuye.party.correction_change.replace('%{field}', zh.resources.fivePartyMeetings.fields.ownerName).replace('%{from}', '李卫冬').replace('%{to}', '李卫东');
    await becomes(() => page.getByTestId(`follow-up-${overdue.id}`).getByTestId('correction-ownerName').textContent(), ownerFixed);
    const moved = page.getByTestId(`follow-up-${notDue.id}`).getByTestId('correction');
    await moved.getByTestId('correction-dueOn').waitFor();
    expect(await moved.getByTestId('correction-task').count()).toBe(0);
    await moved.getByText(zh.wuye.party.correction_reason.replace('%{reason}', '会上议定的期限记错')).waitFor();
  });

  browserIt('an officer edits a meeting recorded on an earlier day: the form asks why, and the change is kept as a correction', async () => {
    const fields = zh.resources.fivePartyMeetings.fields;
    const { meeting } = await meetingToCorrect();
    // recorded yesterday, as the demo's meetings were (the tables' owner writes the past)
    await suite.app.ds.query(`UPDATE five_party_meeting SET created_at = created_at - interval '1 day' WHERE id = $1`, [meeting.id]);
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'officer');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/fivePartyMeetings/${meeting.id}`);
    await page.getByLabel(fields.summary).fill('更正测试：龙庭小区五方会谈，议定电梯维保、绿化补种与车库照明。');
    const reason = page.locator('textarea[name="reason"]');
    await reason.waitFor();
    await page.getByText(zh.wuye.party.minutes_correction_help).waitFor();
    // without a reason the form does not send
    await page.getByRole('button', { name: zh.ra.action.save }).click();
    await page.getByText(zh.ra.validation.required).first().waitFor();
    const [unsent] = await suite.app.ds.query(`SELECT summary FROM five_party_meeting WHERE id = $1`, [meeting.id]);
    expect(unsent.summary).toBe('更正测试：龙庭小区五方会谈，议定电梯维保与绿化补种。');

    await reason.fill('纪要漏记车库照明一项，据会议签到及录音补正');
    await page.getByRole('button', { name: zh.ra.action.save }).click();
    await page.waitForURL(new RegExp(`#/fivePartyMeetings/${meeting.id}/show`));
    const corrections = await suite.app.ds.query(`SELECT reason, before->>'summary' AS was, after->>'summary' AS now FROM five_party_correction WHERE meeting_id = $1 AND issue_id IS NULL AND follow_up_id IS NULL`, [meeting.id]);
    expect(corrections).toEqual([{ reason: '纪要漏记车库照明一项，据会议签到及录音补正', was: '更正测试：龙庭小区五方会谈，议定电梯维保与绿化补种。', now: '更正测试：龙庭小区五方会谈，议定电梯维保、绿化补种与车库照明。' }]);
  });
});
