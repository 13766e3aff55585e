import { AnnouncedPeriod, AnnouncedPhase, announcementProblems, endProblem, keepsDaysToCome, periodEditProblems, periodMoveProblem, startProblem, withinProblem } from './announced-period';
import { ElectionAction, ElectionPhase } from './election-phases';

const P = ElectionPhase;
const A = ElectionAction;
const NOVEMBER: AnnouncedPeriod = { startsOn: '2026-11-01', endsOn: '2026-11-30' };
const NONE: AnnouncedPeriod = { startsOn: null, endsOn: null };
const rule = (problem: { rule: string } | null) => problem?.rule ?? 'OK';

describe('beginning a phase: on its announced first day, each phase with its own codes', () => {
  it.each([
    [P.NOMINATION, 'the day before the start', NOVEMBER, '2026-10-31', 'NOMINATION_NOT_STARTED'],
    [P.NOMINATION, 'the start day', NOVEMBER, '2026-11-01', 'OK'],
    [P.NOMINATION, 'the day after the start (late: re-announce)', NOVEMBER, '2026-11-02', 'NOMINATION_START_PASSED'],
    [P.NOMINATION, 'no period announced', NONE, '2026-12-04', 'OK'],
    [P.VOTING, 'the day before the start', NOVEMBER, '2026-10-31', 'VOTING_NOT_STARTED'],
    [P.VOTING, 'after the whole period', NOVEMBER, '2026-12-04', 'VOTING_START_PASSED'],
    // a vote is an assembly called ahead: it does not open without both its days announced
    [P.VOTING, 'no period announced', NONE, '2026-12-04', 'VOTING_PERIOD_REQUIRED'],
    [P.VOTING, 'only a start, on it', { startsOn: '2026-11-01', endsOn: null }, '2026-11-01', 'VOTING_PERIOD_REQUIRED'],
    [P.VOTING, 'only an end, before it', { startsOn: null, endsOn: '2026-11-30' }, '2026-11-20', 'VOTING_PERIOD_REQUIRED'],
    [P.RESULT_PUBLICITY, 'the day before the start', NOVEMBER, '2026-10-31', 'RESULT_PUBLICITY_NOT_STARTED'],
    [P.RESULT_PUBLICITY, 'the start day', NOVEMBER, '2026-11-01', 'OK'],
    [P.RESULT_PUBLICITY, 'the day after the start', NOVEMBER, '2026-11-02', 'RESULT_PUBLICITY_START_PASSED'],
    [P.RESULT_PUBLICITY, 'only an end, after it', { startsOn: null, endsOn: '2026-11-30' }, '2026-12-01', 'RESULT_PUBLICITY_START_PASSED'],
    [P.RESULT_PUBLICITY, 'only an end, on it', { startsOn: null, endsOn: '2026-11-30' }, '2026-11-30', 'OK'],
  ])('%s: %s', (phase, _label, period, today, expected) => {
    expect(rule(startProblem(phase as AnnouncedPhase, period, today))).toBe(expected);
  });
});

describe('what the owners bring (a nomination, a ballot) on a day within the period, both days included', () => {
  it.each([
    [P.NOMINATION, 'made before the start', NOVEMBER, '2026-10-31', 'NOMINATION_NOT_STARTED'],
    [P.NOMINATION, 'made on the first day', NOVEMBER, '2026-11-01', 'OK'],
    [P.NOMINATION, 'made on the last day', NOVEMBER, '2026-11-30', 'OK'],
    [P.NOMINATION, 'made the day after the last', NOVEMBER, '2026-12-01', 'NOMINATION_PERIOD_ENDED'],
    [P.NOMINATION, 'no period announced', NONE, '2030-01-01', 'OK'],
    [P.VOTING, 'the day after the last', NOVEMBER, '2026-12-01', 'VOTING_PERIOD_ENDED'],
  ])('%s: %s', (phase, _label, period, day, expected) => {
    expect(rule(withinProblem(phase as AnnouncedPhase, period, day))).toBe(expected);
  });
});

describe('ending a phase: nomination and voting on their last day, the result’s publicity only after it', () => {
  it.each([
    [P.NOMINATION, 'the day before the last', NOVEMBER, '2026-11-29', false, 'NOMINATION_PERIOD_RUNNING'],
    [P.NOMINATION, 'the last day', NOVEMBER, '2026-11-30', false, 'OK'],
    [P.NOMINATION, 'after the last day', NOVEMBER, '2026-12-04', false, 'OK'],
    [P.NOMINATION, 'no period announced', NONE, '2026-11-02', false, 'OK'],
    [P.VOTING, 'the day before the last, everyone voted', NOVEMBER, '2026-11-29', true, 'OK'],
    [P.VOTING, 'the day before the last, ballots outstanding', NOVEMBER, '2026-11-29', false, 'VOTING_PERIOD_RUNNING'],
    [P.RESULT_PUBLICITY, 'the day it was published', NOVEMBER, '2026-11-01', false, 'RESULT_PUBLICITY_RUNNING'],
    [P.RESULT_PUBLICITY, 'the last day (objections may still come)', NOVEMBER, '2026-11-30', false, 'RESULT_PUBLICITY_RUNNING'],
    [P.RESULT_PUBLICITY, 'the day after the last', NOVEMBER, '2026-12-01', false, 'OK'],
    [P.RESULT_PUBLICITY, 'only a start', { startsOn: '2026-11-01', endsOn: null }, '2026-11-01', false, 'OK'],
    [P.RESULT_PUBLICITY, 'no period announced', NONE, '2026-11-02', false, 'OK'],
  ])('%s: %s', (phase, _label, period, today, nobodyLeft, expected) => {
    expect(rule(endProblem(phase as AnnouncedPhase, period, today, nobodyLeft))).toBe(expected);
  });
});

describe('the moves bound by a period: which phase, which edge', () => {
  const plan = { [P.NOMINATION]: NOVEMBER, [P.VOTING]: NOVEMBER, [P.RESULT_PUBLICITY]: NOVEMBER };
  it.each([
    [A.OPEN_NOMINATION, '2026-10-31', 'NOMINATION_NOT_STARTED'],
    [A.CLOSE_NOMINATION, '2026-11-29', 'NOMINATION_PERIOD_RUNNING'],
    [A.OPEN_VOTING, '2026-11-02', 'VOTING_START_PASSED'],
    [A.OPEN_VOTING, '2026-11-01', 'OK'],
    [A.CLOSE_VOTING, '2026-11-30', 'OK'],
    [A.PUBLISH_RESULT, '2026-10-31', 'RESULT_PUBLICITY_NOT_STARTED'],
    [A.CERTIFY, '2026-11-30', 'RESULT_PUBLICITY_RUNNING'],
    [A.CERTIFY, '2026-12-01', 'OK'],
    [A.RECOUNT, '2026-11-15', 'OK'],
    [A.CANCEL, '2026-11-15', 'OK'],
    [A.PUBLISH_CANDIDATES, '2026-10-01', 'OK'],
  ])('%s on %s', (action, today, expected) => {
    expect(rule(periodMoveProblem(action, plan, today))).toBe(expected);
  });

  it('a phase with no dates in the plan binds nothing, but voting does not open without its period', () => {
    expect(rule(periodMoveProblem(A.CERTIFY, {}, '2026-11-15'))).toBe('OK');
    expect(rule(periodMoveProblem(A.OPEN_NOMINATION, {}, '2026-11-15'))).toBe('OK');
    expect(rule(periodMoveProblem(A.OPEN_VOTING, {}, '2026-11-15'))).toBe('VOTING_PERIOD_REQUIRED');
    expect(rule(periodMoveProblem(A.CLOSE_VOTING, {}, '2026-11-15'))).toBe('OK');
  });
});

describe('announcing a period anew', () => {
  const rules = (phase: AnnouncedPhase, stored: AnnouncedPeriod, next: AnnouncedPeriod, running: boolean, today: string) =>
    periodEditProblems(phase, stored, next, running, today, { startsOn: 'phases', endsOn: 'phases' }).map((p) => p.rule).join(' ') || 'OK';
  it.each([
    [P.NOMINATION, 'before it begins, moved later and shorter', NOVEMBER, { startsOn: '2026-12-05', endsOn: '2026-12-20' }, false, '2026-12-04', 'NOMINATION_PERIOD_TOO_SHORT'],
    [P.NOMINATION, 'before it begins, withdrawn', NOVEMBER, NONE, false, '2026-10-01', 'NOMINATION_PERIOD_REQUIRED'],
    [P.NOMINATION, 'running, extended', NOVEMBER, { startsOn: '2026-11-01', endsOn: '2026-12-10' }, true, '2026-11-20', 'OK'],
    [P.NOMINATION, 'running, shortened', NOVEMBER, { startsOn: '2026-11-01', endsOn: '2026-11-25' }, true, '2026-11-20', 'NOMINATION_PERIOD_SHORTENED'],
    [P.NOMINATION, 'running, revived after it ended', NOVEMBER, { startsOn: '2026-11-01', endsOn: '2026-12-10' }, true, '2026-12-04', 'NOMINATION_PERIOD_ENDED'],
    [P.VOTING, 'running, shortened', NOVEMBER, { startsOn: '2026-11-01', endsOn: '2026-11-25' }, true, '2026-11-20', 'VOTING_PERIOD_SHORTENED'],
    [P.RESULT_PUBLICITY, 'before publication, moved earlier, as long', NOVEMBER, { startsOn: '2026-10-20', endsOn: '2026-11-18' }, false, '2026-10-01', 'OK'],
    [P.RESULT_PUBLICITY, 'before publication, moved earlier and shorter', NOVEMBER, { startsOn: '2026-10-20', endsOn: '2026-10-30' }, false, '2026-10-01', 'RESULT_PUBLICITY_TOO_SHORT'],
    [P.RESULT_PUBLICITY, 'before publication, the end withdrawn', NOVEMBER, { startsOn: '2026-11-01', endsOn: null }, false, '2026-10-01', 'RESULT_PUBLICITY_REQUIRED'],
    [P.RESULT_PUBLICITY, 'published, shortened', NOVEMBER, { startsOn: '2026-11-01', endsOn: '2026-11-20' }, true, '2026-11-10', 'RESULT_PUBLICITY_SHORTENED'],
    [P.RESULT_PUBLICITY, 'published, extended on its last day', NOVEMBER, { startsOn: '2026-11-01', endsOn: '2026-12-07' }, true, '2026-11-30', 'OK'],
    [P.RESULT_PUBLICITY, 'never announced, announced now', NONE, NOVEMBER, false, '2026-10-01', 'OK'],
    // days given to a vote that had none are its first announcement: 15 days ahead
    [P.VOTING, 'never announced, announced 15 days ahead', NONE, { startsOn: '2026-12-19', endsOn: '2026-12-25' }, false, '2026-12-04', 'OK'],
    [P.VOTING, 'never announced, announced 14 days ahead', NONE, { startsOn: '2026-12-18', endsOn: '2026-12-25' }, false, '2026-12-04', 'VOTING_NOTICE_TOO_SHORT'],
    [P.VOTING, 'never announced, announced for today', NONE, { startsOn: '2026-12-04', endsOn: '2026-12-04' }, false, '2026-12-04', 'VOTING_NOTICE_TOO_SHORT'],
    [P.VOTING, 'only an end told, a start given tomorrow', { startsOn: null, endsOn: '2026-12-30' }, { startsOn: '2026-12-05', endsOn: '2026-12-30' }, false, '2026-12-04', 'VOTING_NOTICE_TOO_SHORT'],
    [P.VOTING, 'only an end told, a start given 15 days ahead', { startsOn: null, endsOn: '2026-12-30' }, { startsOn: '2026-12-19', endsOn: '2026-12-30' }, false, '2026-12-04', 'OK'],
    [P.VOTING, 'only a start told, kept, an end given', { startsOn: '2026-12-10', endsOn: null }, { startsOn: '2026-12-10', endsOn: '2026-12-20' }, false, '2026-12-04', 'OK'],
    [P.VOTING, 'only a start told, moved sooner', { startsOn: '2026-12-20', endsOn: null }, { startsOn: '2026-12-10', endsOn: '2026-12-24' }, false, '2026-12-04', 'VOTING_NOTICE_TOO_SHORT'],
    [P.VOTING, 'only an end given, no start yet', NONE, { startsOn: null, endsOn: '2026-12-10' }, false, '2026-12-04', 'OK'],
    [P.VOTING, 'open with no days (opened before the rule), an end given', NONE, { startsOn: null, endsOn: '2026-12-10' }, true, '2026-12-04', 'OK'],
    // nomination and publicity ask no notice
    [P.NOMINATION, 'never announced, announced for today', NONE, { startsOn: '2026-12-04', endsOn: '2026-12-10' }, false, '2026-12-04', 'OK'],
    [P.RESULT_PUBLICITY, 'never announced, announced for today', NONE, { startsOn: '2026-12-04', endsOn: '2026-12-10' }, false, '2026-12-04', 'OK'],
    // before it begins: keeping every announced day still to come (beginning earlier, ending later) needs no new notice
    [P.VOTING, 'not yet begun, begun earlier, same end', NOVEMBER, { startsOn: '2026-10-20', endsOn: '2026-11-30' }, false, '2026-10-20', 'OK'],
    [P.VOTING, 'start passed (officer late), the days left kept', NOVEMBER, { startsOn: '2026-11-10', endsOn: '2026-11-30' }, false, '2026-11-10', 'OK'],
    [P.VOTING, 'start passed, the days left kept and extended', NOVEMBER, { startsOn: '2026-11-10', endsOn: '2026-12-15' }, false, '2026-11-10', 'OK'],
    // otherwise a vote is called anew 15 days ahead
    [P.VOTING, 'moved later, 15 days ahead', NOVEMBER, { startsOn: '2026-12-19', endsOn: '2026-12-25' }, false, '2026-12-04', 'OK'],
    [P.VOTING, 'moved later, 14 days ahead', NOVEMBER, { startsOn: '2026-12-18', endsOn: '2026-12-25' }, false, '2026-12-04', 'VOTING_NOTICE_TOO_SHORT'],
    [P.VOTING, 'moved earlier and cut short before it began', NOVEMBER, { startsOn: '2026-10-05', endsOn: '2026-10-10' }, false, '2026-10-01', 'VOTING_NOTICE_TOO_SHORT'],
    [P.VOTING, 'start passed, the last days dropped', NOVEMBER, { startsOn: '2026-11-10', endsOn: '2026-11-20' }, false, '2026-11-10', 'VOTING_NOTICE_TOO_SHORT'],
    [P.VOTING, 'all over, announced again today', NOVEMBER, { startsOn: '2026-12-04', endsOn: '2026-12-20' }, false, '2026-12-04', 'VOTING_NOTICE_TOO_SHORT'],
    // a nomination or publicity announced anew lasts no fewer days than the one it replaces
    [P.NOMINATION, 'moved later, as long (30 days)', NOVEMBER, { startsOn: '2026-12-05', endsOn: '2027-01-03' }, false, '2026-12-04', 'OK'],
    [P.NOMINATION, 'moved later, a day shorter', NOVEMBER, { startsOn: '2026-12-05', endsOn: '2027-01-02' }, false, '2026-12-04', 'NOMINATION_PERIOD_TOO_SHORT'],
    [P.RESULT_PUBLICITY, 'after a recount, announced anew shorter', NOVEMBER, { startsOn: '2026-12-04', endsOn: '2026-12-10' }, false, '2026-12-04', 'RESULT_PUBLICITY_TOO_SHORT'],
    [P.RESULT_PUBLICITY, 'after a recount, announced anew as long', NOVEMBER, { startsOn: '2026-12-04', endsOn: '2027-01-02' }, false, '2026-12-04', 'OK'],
    // no day more than a year ahead
    [P.VOTING, 'a mistyped year', NONE, { startsOn: '2027-11-01', endsOn: '2207-11-30' }, false, '2026-10-01', 'VOTING_PERIOD_TOO_FAR'],
    [P.NOMINATION, 'running, extended past a year', NOVEMBER, { startsOn: '2026-11-01', endsOn: '2027-11-22' }, true, '2026-11-20', 'NOMINATION_PERIOD_TOO_FAR'],
    [P.NOMINATION, 'running, extended to a year ahead', NOVEMBER, { startsOn: '2026-11-01', endsOn: '2027-11-21' }, true, '2026-11-21', 'OK'],
  ])('%s: %s', (phase, _label, stored, next, running, today, expected) => {
    expect(rules(phase as AnnouncedPhase, stored, next, running, today)).toBe(expected);
  });
});

describe('the announced days still to come', () => {
  it.each([
    ['every day kept', NOVEMBER, NOVEMBER, '2026-10-01', true],
    ['begins earlier, ends later', NOVEMBER, { startsOn: '2026-10-25', endsOn: '2026-12-05' }, '2026-10-01', true],
    ['begins a day later', NOVEMBER, { startsOn: '2026-11-02', endsOn: '2026-11-30' }, '2026-10-01', false],
    ['the days passed need not be kept', NOVEMBER, { startsOn: '2026-11-15', endsOn: '2026-11-30' }, '2026-11-15', true],
    ['ends a day earlier', NOVEMBER, { startsOn: '2026-11-01', endsOn: '2026-11-29' }, '2026-10-01', false],
    ['nothing left to keep once over', NOVEMBER, { startsOn: '2026-12-04', endsOn: '2026-12-30' }, '2026-12-04', false],
    ['nothing announced', NONE, NOVEMBER, '2026-10-01', false],
  ])('%s', (_label, stored, next, today, expected) => {
    expect(keepsDaysToCome(stored, next, today)).toBe(expected);
  });
});

describe('a period announced for the first time', () => {
  it.each([
    [P.VOTING, 'within a year', { startsOn: '2027-11-01', endsOn: '2027-11-30' }, '2026-12-04', 'OK'],
    [P.VOTING, 'today', { startsOn: '2026-12-04', endsOn: '2026-12-10' }, '2026-12-04', 'VOTING_NOTICE_TOO_SHORT'],
    [P.VOTING, 'tomorrow', { startsOn: '2026-12-05', endsOn: '2026-12-10' }, '2026-12-04', 'VOTING_NOTICE_TOO_SHORT'],
    [P.VOTING, '14 days ahead', { startsOn: '2026-12-18', endsOn: '2026-12-25' }, '2026-12-04', 'VOTING_NOTICE_TOO_SHORT'],
    [P.VOTING, '15 days ahead', { startsOn: '2026-12-19', endsOn: '2026-12-25' }, '2026-12-04', 'OK'],
    [P.VOTING, '15 days ahead, across the year’s end', { startsOn: '2027-01-05', endsOn: '2027-01-12' }, '2026-12-21', 'OK'],
    [P.VOTING, 'in the past', { startsOn: '2026-11-01', endsOn: '2026-11-30' }, '2026-12-04', 'VOTING_NOTICE_TOO_SHORT'],
    [P.VOTING, 'only an end, soon (no first day told yet)', { startsOn: null, endsOn: '2026-12-10' }, '2026-12-04', 'OK'],
    [P.VOTING, 'no days', NONE, '2026-12-04', 'OK'],
    [P.VOTING, 'tomorrow and more than a year ahead', { startsOn: '2026-12-05', endsOn: '2027-12-06' }, '2026-12-04', 'VOTING_PERIOD_TOO_FAR VOTING_NOTICE_TOO_SHORT'],
    [P.NOMINATION, 'today: no notice asked of a nomination', { startsOn: '2026-12-04', endsOn: '2026-12-10' }, '2026-12-04', 'OK'],
    [P.RESULT_PUBLICITY, 'today: no notice asked of the result’s publicity', { startsOn: '2026-12-04', endsOn: '2026-12-10' }, '2026-12-04', 'OK'],
    [P.VOTING, 'ending more than a year ahead', { startsOn: '2026-12-20', endsOn: '2027-12-06' }, '2026-12-04', 'VOTING_PERIOD_TOO_FAR'],
    [P.RESULT_PUBLICITY, 'beginning in a mistyped year', { startsOn: '2062-01-01', endsOn: null }, '2026-12-04', 'RESULT_PUBLICITY_TOO_FAR'],
  ])('%s: %s', (phase, _label, period, today, expected) => {
    expect(announcementProblems(phase as AnnouncedPhase, period, today, { startsOn: 'phases', endsOn: 'phases' }).map((p) => p.rule).join(' ') || 'OK').toBe(expected);
  });
});
