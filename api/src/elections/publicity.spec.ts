import { ElectionPhase as P } from './election-phases';
import { objectionWindowProblem, plannedPublicityProblem, PUBLICITY_MIN_DAYS, publicityRunProblem, publishingProblem, PublicityWindow } from './publicity';

const TODAY = '2026-12-20';
const w = (startsOn: string | null, endsOn: string | null, enteredOn: string | null = null): PublicityWindow => ({ startsOn, endsOn, enteredOn });
const CP = P.CANDIDATE_PUBLICITY;
const RP = P.RESULT_PUBLICITY;

describe('the minimum of each publicity (local practice, held as data)', () => {
  it('is five days for the candidates and five for the result', () => {
    expect(PUBLICITY_MIN_DAYS).toEqual({ [CP]: 5, [RP]: 5 });
  });
});

describe('a publicity planned with both days lasts its minimum', () => {
  it.each<[P.CANDIDATE_PUBLICITY | P.RESULT_PUBLICITY, string | null, string | null, string | null]>([
    [CP, '2026-12-01', '2026-12-05', null],
    [CP, '2026-12-01', '2026-12-04', 'CANDIDATE_PUBLICITY_BELOW_MINIMUM'],
    [CP, '2026-12-01', '2026-12-01', 'CANDIDATE_PUBLICITY_BELOW_MINIMUM'],
    [CP, '2026-12-05', '2026-12-01', 'CANDIDATE_PUBLICITY_BELOW_MINIMUM'],
    [RP, '2026-12-01', '2026-12-05', null],
    [RP, '2026-12-01', '2026-12-04', 'RESULT_PUBLICITY_BELOW_MINIMUM'],
    // a bound given alone is judged at the moves
    [CP, null, '2026-12-01', null],
    [RP, '2026-12-01', null, null],
    [RP, null, null, null],
  ])('%s from %s to %s: %s', (phase, startsOn, endsOn, rule) => {
    expect(plannedPublicityProblem(phase, { startsOn, endsOn })?.rule ?? null).toBe(rule);
  });
});

describe('publishing today (20 December): a planned last day, and the minimum still ahead', () => {
  it.each<[string, P.CANDIDATE_PUBLICITY | P.RESULT_PUBLICITY, PublicityWindow | undefined, string | null]>([
    ['no window at all (F2)', CP, undefined, 'CANDIDATE_PUBLICITY_NOT_PLANNED'],
    ['a window with no end', CP, w('2026-12-20', null), 'CANDIDATE_PUBLICITY_NOT_PLANNED'],
    ['five days from today', CP, w('2026-12-20', '2026-12-24'), null],
    ['four days from today', CP, w('2026-12-20', '2026-12-23'), 'CANDIDATE_PUBLICITY_BELOW_MINIMUM'],
    ['published late into a window planned long enough', CP, w('2026-12-10', '2026-12-22'), 'CANDIDATE_PUBLICITY_BELOW_MINIMUM'],
    ['published early, its end far enough', CP, w('2026-12-28', '2027-01-01'), null],
    ['a window already over (OBJECTION_WINDOW_LAPSED says so)', CP, w('2026-12-10', '2026-12-19'), null],
    ['published again after an objection: the window as first published', CP, w('2026-12-15', '2026-12-21', '2026-12-15'), null],
    ['published again with no end (a plan from before)', CP, w('2026-12-15', null, '2026-12-15'), 'CANDIDATE_PUBLICITY_NOT_PLANNED'],
    ['the result, no dates (F2)', RP, w(null, null), 'RESULT_PUBLICITY_NOT_PLANNED'],
    ['the result, five days', RP, w('2026-12-20', '2026-12-24'), null],
    ['the result, one day', RP, w('2026-12-20', '2026-12-20'), 'RESULT_PUBLICITY_BELOW_MINIMUM'],
    ['the result published anew after a recount, four days left', RP, w('2026-12-20', '2026-12-23', '2026-12-10'), 'RESULT_PUBLICITY_BELOW_MINIMUM'],
  ])('%s: %s', (_label, phase, window, rule) => {
    expect(publishingProblem(phase, window, TODAY)?.rule ?? null).toBe(rule);
  });
});

describe('moving on after a publicity: it was planned and lasted its minimum', () => {
  it.each<[string, P.CANDIDATE_PUBLICITY | P.RESULT_PUBLICITY, PublicityWindow | undefined, string | null]>([
    ['no window planned: voting does not open seconds after publishing (F2)', CP, w(null, null, TODAY), 'CANDIDATE_PUBLICITY_NOT_PLANNED'],
    ['no result publicity planned: no certifying seconds after publishing (F2)', RP, w(null, null, TODAY), 'RESULT_PUBLICITY_NOT_PLANNED'],
    ['undefined', RP, undefined, 'RESULT_PUBLICITY_NOT_PLANNED'],
    ['five days as planned', CP, w('2026-12-10', '2026-12-14', '2026-12-10'), null],
    ['four days as planned', CP, w('2026-12-10', '2026-12-13', '2026-12-10'), 'CANDIDATE_PUBLICITY_BELOW_MINIMUM'],
    ['no planned start: from the day published', CP, w(null, '2026-12-14', '2026-12-10'), null],
    ['no planned start, published four days before its end', CP, w(null, '2026-12-13', '2026-12-10'), 'CANDIDATE_PUBLICITY_BELOW_MINIMUM'],
    ['the result, seven days', RP, w('2026-12-10', '2026-12-16', '2026-12-10'), null],
    ['the result, its end the day it began', RP, w(null, '2026-12-10', '2026-12-10'), 'RESULT_PUBLICITY_BELOW_MINIMUM'],
  ])('%s: %s', (_label, phase, window, rule) => {
    expect(publicityRunProblem(phase, window)?.rule ?? null).toBe(rule);
  });
});

describe('an objection is filed within the objection window (F3)', () => {
  it.each([
    ['2026-12-19', '2026-12-19', null],
    ['2026-12-10', '2026-12-19', null],
    ['2026-12-20', '2026-12-19', 'OBJECTION_WINDOW_ENDED'],
    ['2026-12-20', null, null],
  ])('filed on %s, the window ending %s: %s', (filedOn, endsOn, rule) => {
    expect(objectionWindowProblem(filedOn, { endsOn })?.rule ?? null).toBe(rule);
  });
  it('with no window planned (review before publication), nothing to hold it to', () => {
    expect(objectionWindowProblem('2026-12-20', undefined)).toBeNull();
  });
});
