import { allowedActions, nextState } from './transitions';
import { FILING_TRANSITIONS, FilingAction as A, FilingStatus as S } from './filing';

describe('filing transitions', () => {
  const allowed: Array<[S, A, S]> = [
    [S.DRAFT, A.SUBMIT, S.SUBMITTED],
    [S.RETURNED, A.SUBMIT, S.SUBMITTED],
    [S.SUBMITTED, A.APPROVE, S.APPROVED],
    [S.SUBMITTED, A.RETURN, S.RETURNED],
    [S.APPROVED, A.REVOKE, S.REVOKED],
  ];

  it.each(allowed)('%s --%s--> %s', (from, action, to) => {
    expect(nextState(FILING_TRANSITIONS, from, action)).toBe(to);
  });

  // Every pair not listed above is forbidden: the table is the whole truth.
  const forbidden = Object.values(S)
    .flatMap((from) => Object.values(A).map((action) => [from, action] as [S, A]))
    .filter(([from, action]) => !allowed.some(([f, a]) => f === from && a === action));

  it('forbids exactly the 20 other moves', () => {
    expect(forbidden).toHaveLength(Object.values(S).length * Object.values(A).length - allowed.length);
  });

  it.each(forbidden)('%s cannot %s', (from, action) => {
    expect(nextState(FILING_TRANSITIONS, from, action)).toBeNull();
  });

  it.each([
    [S.DRAFT, [A.SUBMIT]],
    [S.SUBMITTED, [A.APPROVE, A.RETURN]],
    [S.APPROVED, [A.REVOKE]],
    [S.RETURNED, [A.SUBMIT]],
    [S.REVOKED, []],
  ])('from %s the allowed actions are %j', (from, actions) => {
    expect(allowedActions(FILING_TRANSITIONS, from)).toEqual(actions);
  });
});
