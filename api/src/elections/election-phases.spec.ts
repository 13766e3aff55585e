import { allowedActions, nextState } from '../filings/transitions';
import { ELECTION_TRANSITIONS, ElectionAction as A, ElectionCancelReason as R, ElectionPhase as P, FINAL_PHASES, moveNoteProblem } from './election-phases';

describe('election phase transitions', () => {
  const allowed: Array<[P, A, P]> = [
    [P.PREPARATION, A.OPEN_NOMINATION, P.NOMINATION],
    [P.NOMINATION, A.CLOSE_NOMINATION, P.ELIGIBILITY_REVIEW],
    [P.ELIGIBILITY_REVIEW, A.PUBLISH_CANDIDATES, P.CANDIDATE_PUBLICITY],
    [P.CANDIDATE_PUBLICITY, A.REOPEN_REVIEW, P.ELIGIBILITY_REVIEW],
    [P.CANDIDATE_PUBLICITY, A.OPEN_VOTING, P.VOTING],
    [P.VOTING, A.CLOSE_VOTING, P.COUNTING],
    [P.COUNTING, A.PUBLISH_RESULT, P.RESULT_PUBLICITY],
    [P.RESULT_PUBLICITY, A.RECOUNT, P.COUNTING],
    [P.RESULT_PUBLICITY, A.CERTIFY, P.CERTIFIED],
    [P.PREPARATION, A.CANCEL, P.CANCELLED],
    [P.NOMINATION, A.CANCEL, P.CANCELLED],
    [P.ELIGIBILITY_REVIEW, A.CANCEL, P.CANCELLED],
    [P.CANDIDATE_PUBLICITY, A.CANCEL, P.CANCELLED],
    [P.VOTING, A.CANCEL, P.CANCELLED],
    [P.COUNTING, A.CANCEL, P.CANCELLED],
    [P.RESULT_PUBLICITY, A.CANCEL, P.CANCELLED],
  ];

  it.each(allowed)('%s --%s--> %s', (from, action, to) => {
    expect(nextState(ELECTION_TRANSITIONS, from, action)).toBe(to);
  });

  // Every pair not listed above is forbidden: the table is the whole truth.
  const forbidden = Object.values(P)
    .flatMap((from) => Object.values(A).map((action) => [from, action] as [P, A]))
    .filter(([from, action]) => !allowed.some(([f, a]) => f === from && a === action));

  it('forbids exactly the 74 other moves (9 phases × 10 actions − 16)', () => {
    expect(forbidden).toHaveLength(74);
  });

  it.each(forbidden)('%s cannot %s', (from, action) => {
    expect(nextState(ELECTION_TRANSITIONS, from, action)).toBeNull();
  });

  it.each([
    [P.PREPARATION, [A.OPEN_NOMINATION, A.CANCEL]],
    [P.CANDIDATE_PUBLICITY, [A.REOPEN_REVIEW, A.OPEN_VOTING, A.CANCEL]],
    [P.RESULT_PUBLICITY, [A.RECOUNT, A.CERTIFY, A.CANCEL]],
    [P.CERTIFIED, []],
    [P.CANCELLED, []],
  ])('from %s the allowed actions are %j', (from, actions) => {
    expect(allowedActions(ELECTION_TRANSITIONS, from)).toEqual(actions);
  });

  it('walks the whole path in order, with one objection during publicity', () => {
    const path = [A.OPEN_NOMINATION, A.CLOSE_NOMINATION, A.PUBLISH_CANDIDATES, A.REOPEN_REVIEW,
      A.PUBLISH_CANDIDATES, A.OPEN_VOTING, A.CLOSE_VOTING, A.PUBLISH_RESULT, A.CERTIFY];
    const end = path.reduce<P | null>((phase, action) => (phase ? nextState(ELECTION_TRANSITIONS, phase, action) : null), P.PREPARATION);
    expect(end).toBe(P.CERTIFIED);
  });

  it.each(FINAL_PHASES)('%s is final', (phase) => {
    expect(allowedActions(ELECTION_TRANSITIONS, phase)).toEqual([]);
  });
});

describe('the note a move carries (moveNoteProblem)', () => {
  const long = 'x'.repeat(501);
  const cases: Array<[A, R | null, string | null, string | null]> = [
    [A.REOPEN_REVIEW, null, null, 'OBJECTION_NOTE_REQUIRED'],
    [A.REOPEN_REVIEW, null, '业主张某对候选人李某的异议成立', null],
    [A.RECOUNT, null, null, 'OBJECTION_NOTE_REQUIRED'],
    [A.RECOUNT, null, '3号楼业主对计票提出异议', null],
    [A.CANCEL, R.OTHER, null, 'NOTE_REQUIRED'],
    [A.CANCEL, R.OTHER, '小区拆迁', null],
    [A.CANCEL, R.NO_QUORUM, null, null],
    [A.CANCEL, R.IRREGULARITY, '提名公告未张贴', null],
    [A.OPEN_VOTING, null, null, null],
    [A.OPEN_VOTING, null, '按时开始', null],
    [A.CERTIFY, null, 'x'.repeat(500), null],
    [A.CERTIFY, null, long, 'LENGTH'],
    [A.CANCEL, R.OTHER, long, 'LENGTH'],
  ];
  it.each(cases)('%s (%s) with note %p: %s', (action, reason, note, rule) => {
    expect(moveNoteProblem(action, reason, note)?.rule ?? null).toBe(rule);
  });
});
