import { absentParties, checkDayAfterMeeting, checkDoneOn, checkDueOn, checkDueOnCorrection, checkParticipants, checkPartyPresent, editsAreCorrections, isFollowUpOverdue, MeetingParty as P, overdueCount } from './five-party-rules';

describe('a follow-up is overdue when not done after its due day (Beijing day)', () => {
  it.each([
    ['2026-03-10', null, '2026-03-09', false], // before the due day
    ['2026-03-10', null, '2026-03-10', false], // the due day itself is still in time
    ['2026-03-10', null, '2026-03-11', true], // the day after
    ['2026-03-10', '2026-03-12', '2026-03-20', false], // done late is done
    ['2026-03-10', '2026-03-01', '2026-03-20', false],
  ])('due %s, done %s, today %s → %s', (dueOn, doneOn, today, overdue) => {
    expect(isFollowUpOverdue({ dueOn, doneOn }, today)).toBe(overdue);
  });

  it('counts the overdue ones of a meeting', () => {
    const followUps = [
      { dueOn: '2026-01-01', doneOn: null },
      { dueOn: '2026-01-02', doneOn: '2026-01-03' },
      { dueOn: '2026-02-01', doneOn: null },
      { dueOn: '2026-09-01', doneOn: null },
    ];
    expect(overdueCount(followUps, '2026-03-01')).toBe(2);
    expect(overdueCount([], '2026-03-01')).toBe(0);
  });
});

describe('attendance', () => {
  const all = [
    { party: P.COMMUNITY_PARTY, name: '王书记' },
    { party: P.PROPERTY_FIRM, name: '李经理' },
    { party: P.OWNERS_COMMITTEE, name: '赵主任' },
    { party: P.SOCIAL_ORGANISATION, name: '孙社工' },
    { party: P.CONGRESS_SUPERVISOR, name: '周代表' },
  ];

  it.each([
    ['all five parties', all, []],
    ['the branch and the firm only', all.slice(0, 2), []],
    ['no firm', all.filter((p) => p.party !== P.PROPERTY_FIRM), ['PARTY_REQUIRED:PROPERTY_FIRM']],
    ['nobody', [], ['PARTY_REQUIRED:COMMUNITY_PARTY', 'PARTY_REQUIRED:PROPERTY_FIRM']],
    ['a person twice for one party', [...all, { party: P.PROPERTY_FIRM, name: ' 李经理 ' }], ['PARTICIPANT_TWICE:李经理']],
    ['one person for two parties', [...all, { party: P.OWNERS_COMMITTEE, name: '李经理' }], []],
  ])('%s', (_case, participants, expected) => {
    expect(checkParticipants(participants).map((p) => `${p.rule}:${p.subject}`)).toEqual(expected);
  });

  it('names the absent parties in the minutes’ order', () => {
    expect(absentParties(all)).toEqual([]);
    expect(absentParties([all[1], all[0]])).toEqual([P.OWNERS_COMMITTEE, P.SOCIAL_ORGANISATION, P.CONGRESS_SUPERVISOR]);
  });
  // an issue raised, or a follow-up owned, by a party is an act of that party at the meeting: it attended
  it.each([
    ['the firm, present', all.slice(0, 2), P.PROPERTY_FIRM, null],
    ['the branch, present', all.slice(0, 2), P.COMMUNITY_PARTY, null],
    ['the deputy, recorded absent', all.slice(0, 2), P.CONGRESS_SUPERVISOR, 'PARTY_ABSENT'],
    ['the committee, recorded absent though the others came', all.filter((p) => p.party !== P.OWNERS_COMMITTEE), P.OWNERS_COMMITTEE, 'PARTY_ABSENT'],
    ['the committee, present', all, P.OWNERS_COMMITTEE, null],
    ['anyone, at a meeting nobody is recorded at', [], P.PROPERTY_FIRM, 'PARTY_ABSENT'],
  ])('raised or owned by %s → %s', (_case, participants, party, rule) => {
    expect(checkPartyPresent(party, participants)?.rule ?? null).toBe(rule);
  });
});

describe('days after the meeting', () => {
  it.each([
    ['2026-03-05', '2026-03-01', '2026-03-10', null],
    ['2026-03-01', '2026-03-01', '2026-03-10', null], // the meeting's own day
    ['2026-02-28', '2026-03-01', '2026-03-10', 'BEFORE_MEETING'],
    ['2026-03-11', '2026-03-01', '2026-03-10', 'NOT_FUTURE'],
  ])('resolved or done on %s, meeting %s, today %s → %s', (day, heldOn, today, rule) => {
    expect(checkDayAfterMeeting(day, heldOn, today)?.rule ?? null).toBe(rule);
  });

  it.each([
    ['2026-04-01', '2026-03-01', null],
    ['2026-03-01', '2026-03-01', null],
    ['2026-02-01', '2026-03-01', 'BEFORE_MEETING'],
  ])('due %s for a meeting on %s → %s', (dueOn, heldOn, rule) => {
    expect(checkDueOn(dueOn, heldOn)?.rule ?? null).toBe(rule);
  });
});

describe('a corrected due day never makes an overdue follow-up look in time, nor postpones one again and again', () => {
  it.each<[string, string, string, string | null, string, string | null]>([
    // first recorded, due now, done, corrected to, rule (meeting 2026-03-01, today 2026-03-10)
    ['the same day: nothing to check', '2026-03-05', '2026-03-05', '2026-03-06', '2026-03-05', null],
    ['before it has passed, to a later day', '2026-03-20', '2026-03-20', null, '2026-03-31', null],
    ['on the due day itself (still in time)', '2026-03-10', '2026-03-10', null, '2026-03-15', null],
    ['before it has passed, to before the meeting', '2026-03-20', '2026-03-20', null, '2026-02-27', 'BEFORE_MEETING'],
    ['after it has passed', '2026-03-09', '2026-03-09', null, '2026-03-31', 'DUE_DAY_PASSED'],
    ['after it has passed, even to an earlier day', '2026-03-09', '2026-03-09', null, '2026-03-05', 'DUE_DAY_PASSED'],
    ['once done', '2026-03-20', '2026-03-20', '2026-03-08', '2026-03-31', 'FOLLOW_UP_DONE'],
    ['the first day passed, a corrected later one not yet: no second postponement', '2026-03-09', '2026-03-30', null, '2026-06-30', 'DUE_DAY_PASSED'],
    ['corrected earlier than first recorded, and that has passed', '2026-03-20', '2026-03-09', null, '2026-03-25', 'DUE_DAY_PASSED'],
  ])('%s', (_case, firstDueOn, dueOn, doneOn, corrected, rule) => {
    expect(checkDueOnCorrection({ firstDueOn, dueOn, doneOn }, corrected, '2026-03-01', '2026-03-10')?.rule ?? null).toBe(rule);
  });
});

describe('a completion recorded after the due day passed never makes the follow-up look done in time (round 8 F7)', () => {
  it.each<[string, string, string, string, string | null]>([
    // due, done, today, rule (meeting 2026-03-01)
    ['recorded before the due day, done earlier', '2026-03-20', '2026-03-08', '2026-03-10', null],
    ['recorded on the due day, done that day', '2026-03-10', '2026-03-10', '2026-03-10', null],
    ['recorded after the due day, done after it', '2026-03-09', '2026-03-10', '2026-03-12', null],
    ['recorded after the due day, dated on it', '2026-03-09', '2026-03-09', '2026-03-12', 'DONE_AFTER_DUE_DAY'],
    ['recorded after the due day, dated before it', '2026-03-09', '2026-03-05', '2026-03-12', 'DONE_AFTER_DUE_DAY'],
    ['dated before the meeting', '2026-03-20', '2026-02-27', '2026-03-10', 'BEFORE_MEETING'],
    ['dated in the future', '2026-03-20', '2026-03-11', '2026-03-10', 'NOT_FUTURE'],
  ])('%s', (_case, dueOn, doneOn, today, rule) => {
    expect(checkDoneOn({ dueOn }, doneOn, '2026-03-01', today)?.rule ?? null).toBe(rule);
  });
});

describe("a meeting's edits are corrections from the day after it was recorded (Beijing)", () => {
  it.each([
    ['recorded this morning in Beijing', '2026-12-06T01:00:00Z', '2026-12-06', false],
    ['recorded late last night in Beijing (still the 5th there)', '2026-12-05T15:59:59Z', '2026-12-06', true],
    ['recorded just after midnight in Beijing (already the 6th there, the 5th in UTC)', '2026-12-05T16:00:00Z', '2026-12-06', false],
    ['recorded months ago', '2026-06-07T02:00:00Z', '2026-12-06', true],
  ])('%s', (_why, createdAt, today, corrections) => {
    expect(editsAreCorrections({ createdAt: new Date(createdAt) }, today)).toBe(corrections);
  });
});
