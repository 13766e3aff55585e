import { AnnouncedPeriod as VotingPeriod, endProblem, periodEditProblems, startProblem, withinProblem } from './announced-period';
import { ElectionPhase } from './election-phases';

const VOTING = ElectionPhase.VOTING;

const NOVEMBER: VotingPeriod = { startsOn: '2026-11-01', endsOn: '2026-11-30' };
const NONE: VotingPeriod = { startsOn: null, endsOn: null };
const rule = (problem: { rule: string } | null) => problem?.rule ?? 'OK';

describe('opening the vote: on the announced first day', () => {
  it.each([
    ['the day before the start', NOVEMBER, '2026-10-31', 'VOTING_NOT_STARTED'],
    ['the start day', NOVEMBER, '2026-11-01', 'OK'],
    ['the day after the start (late: re-announce)', NOVEMBER, '2026-11-02', 'VOTING_START_PASSED'],
    ['after the whole period (the review’s 2026-12-04)', NOVEMBER, '2026-12-04', 'VOTING_START_PASSED'],
    ['a one-day period, on its day', { startsOn: '2026-11-01', endsOn: '2026-11-01' }, '2026-11-01', 'OK'],
    // a vote is called 15 days ahead: without both days announced it does not open
    ['no period announced', NONE, '2026-12-04', 'VOTING_PERIOD_REQUIRED'],
    ['only an end, before it', { startsOn: null, endsOn: '2026-11-30' }, '2026-11-30', 'VOTING_PERIOD_REQUIRED'],
    ['only an end, after it', { startsOn: null, endsOn: '2026-11-30' }, '2026-12-01', 'VOTING_PERIOD_REQUIRED'],
    ['only a start, before it', { startsOn: '2026-11-01', endsOn: null }, '2026-10-01', 'VOTING_PERIOD_REQUIRED'],
    ['only a start, on it', { startsOn: '2026-11-01', endsOn: null }, '2026-11-01', 'VOTING_PERIOD_REQUIRED'],
  ])('%s', (_label, period, today, expected) => {
    expect(rule(startProblem(VOTING, period, today))).toBe(expected);
  });
});

describe('a ballot: within the announced period, both days included', () => {
  it.each([
    ['before the start', NOVEMBER, '2026-10-31', 'VOTING_NOT_STARTED'],
    ['the first day', NOVEMBER, '2026-11-01', 'OK'],
    ['the last day', NOVEMBER, '2026-11-30', 'OK'],
    ['the day after the last', NOVEMBER, '2026-12-01', 'VOTING_PERIOD_ENDED'],
    ['no period announced', NONE, '2030-01-01', 'OK'],
    ['only a start, long after it', { startsOn: '2026-11-01', endsOn: null }, '2030-01-01', 'OK'],
  ])('%s', (_label, period, today, expected) => {
    expect(rule(withinProblem(VOTING, period, today))).toBe(expected);
  });
});

describe('closing the vote: not before the announced last day, unless everyone has voted', () => {
  it.each([
    ['the day before the last, ballots outstanding', NOVEMBER, '2026-11-29', false, 'VOTING_PERIOD_RUNNING'],
    ['the day before the last, everyone on the roll voted', NOVEMBER, '2026-11-29', true, 'OK'],
    ['the last day', NOVEMBER, '2026-11-30', false, 'OK'],
    ['after the last day', NOVEMBER, '2026-12-04', false, 'OK'],
    ['no period announced', NONE, '2026-11-02', false, 'OK'],
    ['only a start', { startsOn: '2026-11-01', endsOn: null }, '2026-11-01', false, 'OK'],
  ])('%s', (_label, period, today, everyoneVoted, expected) => {
    expect(rule(endProblem(VOTING, period, today, everyoneVoted))).toBe(expected);
  });
});

describe('re-announcing the period', () => {
  const rules = (stored: VotingPeriod, next: VotingPeriod, opened: boolean, today: string) =>
    periodEditProblems(VOTING, stored, next, opened, today, { startsOn: 'votingStartsOn', endsOn: 'votingEndsOn' }).map((p) => p.rule).join(' ') || 'OK';
  it.each([
    ['before opening, every day passed, called again a day ahead (the late officer)', NOVEMBER, { startsOn: '2026-12-05', endsOn: '2026-12-20' }, false, '2026-12-04', 'VOTING_NOTICE_TOO_SHORT'],
    ['before opening, every day passed, called again 15 days ahead', NOVEMBER, { startsOn: '2026-12-19', endsOn: '2026-12-26' }, false, '2026-12-04', 'OK'],
    ['before opening, the days left kept (the late officer)', NOVEMBER, { startsOn: '2026-11-10', endsOn: '2026-11-30' }, false, '2026-11-10', 'OK'],
    ['before opening, moved earlier and shorter, 19 days ahead', NOVEMBER, { startsOn: '2026-10-20', endsOn: '2026-10-30' }, false, '2026-10-01', 'OK'],
    ['before opening, moved earlier and shorter, 9 days ahead', NOVEMBER, { startsOn: '2026-10-10', endsOn: '2026-10-30' }, false, '2026-10-01', 'VOTING_NOTICE_TOO_SHORT'],
    ['before opening, withdrawn', NOVEMBER, NONE, false, '2026-10-01', 'VOTING_PERIOD_REQUIRED'],
    ['before opening, the end withdrawn', NOVEMBER, { startsOn: '2026-11-01', endsOn: null }, false, '2026-10-01', 'VOTING_PERIOD_REQUIRED'],
    ['never announced, announced now, 31 days ahead', NONE, NOVEMBER, false, '2026-10-01', 'OK'],
    ['never announced, announced now, 14 days ahead', NONE, NOVEMBER, false, '2026-10-18', 'VOTING_NOTICE_TOO_SHORT'],
    ['open, extended', NOVEMBER, { startsOn: '2026-11-01', endsOn: '2026-12-10' }, true, '2026-11-20', 'OK'],
    ['open, extended on the last day', NOVEMBER, { startsOn: '2026-11-01', endsOn: '2026-12-10' }, true, '2026-11-30', 'OK'],
    ['open, shortened', NOVEMBER, { startsOn: '2026-11-01', endsOn: '2026-11-25' }, true, '2026-11-20', 'VOTING_PERIOD_SHORTENED'],
    ['open, the end withdrawn', NOVEMBER, { startsOn: '2026-11-01', endsOn: null }, true, '2026-11-20', 'VOTING_PERIOD_REQUIRED'],
    ['open, revived after the period ended', NOVEMBER, { startsOn: '2026-11-01', endsOn: '2026-12-10' }, true, '2026-12-04', 'VOTING_PERIOD_ENDED'],
    ['open, unchanged after the period ended', NOVEMBER, NOVEMBER, true, '2026-12-04', 'OK'],
    ['open with no end, given one', { startsOn: '2026-11-01', endsOn: null }, NOVEMBER, true, '2026-11-20', 'OK'],
  ])('%s', (_label, stored, next, opened, today, expected) => {
    expect(rules(stored, next, opened, today)).toBe(expected);
  });
});

describe('a problem of the period is reported on the day that is wrong', () => {
  const fields = { startsOn: 'votingStartsOn', endsOn: 'votingEndsOn' };
  it.each([
    ['a first day too soon', NONE, { startsOn: '2026-10-05', endsOn: '2026-10-30' }, false, '2026-10-01', 'VOTING_NOTICE_TOO_SHORT@votingStartsOn'],
    ['the first day withdrawn', NOVEMBER, { startsOn: null, endsOn: '2026-11-30' }, false, '2026-10-01', 'VOTING_PERIOD_REQUIRED@votingStartsOn'],
    ['the last day withdrawn', NOVEMBER, { startsOn: '2026-11-01', endsOn: null }, false, '2026-10-01', 'VOTING_PERIOD_REQUIRED@votingEndsOn'],
    ['open, shortened', NOVEMBER, { startsOn: '2026-11-01', endsOn: '2026-11-25' }, true, '2026-11-20', 'VOTING_PERIOD_SHORTENED@votingEndsOn'],
    ['open, revived after it ended', NOVEMBER, { startsOn: '2026-11-01', endsOn: '2026-12-10' }, true, '2026-12-04', 'VOTING_PERIOD_ENDED@votingEndsOn'],
    ['a last day beyond a year', NONE, { startsOn: '2026-11-01', endsOn: '2027-12-01' }, false, '2026-10-01', 'VOTING_PERIOD_TOO_FAR@votingEndsOn'],
    ['both days beyond a year', NONE, { startsOn: '2027-11-01', endsOn: '2027-12-01' }, false, '2026-10-01', 'VOTING_PERIOD_TOO_FAR@votingStartsOn'],
  ])('%s', (_label, stored, next, opened, today, expected) => {
    expect(periodEditProblems(VOTING, stored, next, opened, today, fields).map((p) => `${p.rule}@${p.subject}`).join(' ')).toBe(expected);
  });
});
