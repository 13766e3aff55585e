import { ElectionAction } from '../../../api/src/elections/election-phases';
import { candidateHolds, publicityHolds } from './moveHolds';

const candidate = (name: string, decision: string, withdrawn = false) => ({ owner: { name }, decision, withdrawn });
const publicity = (startsOn: string | null, endsOn: string | null) => [{ phase: 'CANDIDATE_PUBLICITY', startsOn, endsOn }];
const today = '2026-12-05';

describe('the moves the page knows the server would refuse, by the candidates it has loaded', () => {
  it('publishing waits for every decision, naming the candidates still under review (withdrawn ones aside)', () => {
    const election = { seats: 1, phases: publicity('2026-12-06', '2026-12-12'), candidates: [candidate('石晓刚', 'NOT_YET_ELIGIBLE'), candidate('李四', 'ELIGIBLE'), candidate('王五', 'NOT_YET_ELIGIBLE', true)] };
    expect(candidateHolds(ElectionAction.PUBLISH_CANDIDATES, election, today)).toEqual([{ rule: 'CANDIDATES_UNDECIDED_NAMED', args: { count: 1, names: ['石晓刚'] } }]);
  });

  it('then for as many standing candidates as seats, then for an objection window not over already', () => {
    const decided = [candidate('石晓刚', 'INELIGIBLE'), candidate('李四', 'ELIGIBLE')];
    expect(candidateHolds(ElectionAction.PUBLISH_CANDIDATES, { seats: 3, phases: [], candidates: decided }, today)).toEqual([{ rule: 'TOO_FEW_CANDIDATES', args: { count: 1, seats: 3 } }]);
    expect(candidateHolds(ElectionAction.PUBLISH_CANDIDATES, { seats: 1, phases: publicity('2026-11-20', '2026-12-01'), candidates: decided }, today)).toEqual([{ rule: 'OBJECTION_WINDOW_LAPSED', args: { endsOn: '2026-12-01' } }]);
    expect(candidateHolds(ElectionAction.PUBLISH_CANDIDATES, { seats: 1, phases: publicity('2026-12-06', '2026-12-12'), candidates: decided }, today)).toEqual([]);
  });

  it('nomination opens on an estate with an owner roll; while the page does not know, it holds nothing', () => {
    expect(candidateHolds(ElectionAction.OPEN_NOMINATION, { seats: 5, phases: [], candidates: [], hasRoll: false }, today)).toEqual([{ rule: 'NO_OWNER_ROLL' }]);
    expect(candidateHolds(ElectionAction.OPEN_NOMINATION, { seats: 5, phases: [], candidates: [], hasRoll: true }, today)).toEqual([]);
    expect(candidateHolds(ElectionAction.OPEN_NOMINATION, { seats: 5, phases: [], candidates: [] }, today)).toEqual([]);
  });

  it('closing nomination needs a candidate; voting opens after the objection window', () => {
    expect(candidateHolds(ElectionAction.CLOSE_NOMINATION, { seats: 5, phases: [], candidates: [candidate('王五', 'NOT_YET_ELIGIBLE', true)] }, today)).toEqual([{ rule: 'NO_CANDIDATES' }]);
    expect(candidateHolds(ElectionAction.OPEN_VOTING, { seats: 5, phases: publicity('2026-11-28', today), candidates: [] }, today)).toEqual([{ rule: 'OBJECTION_WINDOW_RUNNING', args: { endsOn: today } }]);
    expect(candidateHolds(ElectionAction.OPEN_VOTING, { seats: 5, phases: publicity('2026-11-28', '2026-12-04'), candidates: [] }, today)).toEqual([]);
  });
});

describe('the publicities the page knows the server would hold a move for (api/src/elections/publicity.ts)', () => {
  const plan = (phase: string, startsOn: string | null, endsOn: string | null, enteredAt: string | null = null) => [{ phase, startsOn, endsOn, enteredAt }];
  const CP = 'CANDIDATE_PUBLICITY';
  const RP = 'RESULT_PUBLICITY';
  it.each<[string, ElectionAction, ReturnType<typeof plan>, Array<{ rule: string; args: Record<string, unknown> }>]>([
    ['publishing with no window planned', ElectionAction.PUBLISH_CANDIDATES, [], [{ rule: 'CANDIDATE_PUBLICITY_NOT_PLANNED', args: { minDays: 5 } }]],
    ['publishing with four days left', ElectionAction.PUBLISH_CANDIDATES, plan(CP, null, '2026-12-08'), [{ rule: 'CANDIDATE_PUBLICITY_BELOW_MINIMUM', args: { minDays: 5, endsOn: '2026-12-08' } }]],
    ['publishing with five days left', ElectionAction.PUBLISH_CANDIDATES, plan(CP, today, '2026-12-09'), []],
    ['publishing again after an objection, two days left', ElectionAction.PUBLISH_CANDIDATES, plan(CP, '2026-12-01', '2026-12-06', '2026-12-01T01:00:00.000Z'), []],
    ['opening the vote after no window', ElectionAction.OPEN_VOTING, plan(CP, null, null, '2026-12-01T01:00:00.000Z'), [{ rule: 'CANDIDATE_PUBLICITY_NOT_PLANNED', args: { minDays: 5 } }]],
    ['opening the vote after a three-day window', ElectionAction.OPEN_VOTING, plan(CP, '2026-12-01', '2026-12-03'), [{ rule: 'CANDIDATE_PUBLICITY_BELOW_MINIMUM', args: { minDays: 5, endsOn: '2026-12-03' } }]],
    ['opening the vote after five days', ElectionAction.OPEN_VOTING, plan(CP, '2026-11-30', '2026-12-04'), []],
    ['publishing the result with none planned', ElectionAction.PUBLISH_RESULT, [], [{ rule: 'RESULT_PUBLICITY_NOT_PLANNED', args: { minDays: 5 } }]],
    ['publishing the result for five days', ElectionAction.PUBLISH_RESULT, plan(RP, today, '2026-12-09'), []],
    ['certifying after a one-day publicity', ElectionAction.CERTIFY, plan(RP, '2026-12-04', '2026-12-04'), [{ rule: 'RESULT_PUBLICITY_BELOW_MINIMUM', args: { minDays: 5, endsOn: '2026-12-04' } }]],
    ['certifying with none planned', ElectionAction.CERTIFY, plan(RP, null, null, '2026-12-04T01:00:00.000Z'), [{ rule: 'RESULT_PUBLICITY_NOT_PLANNED', args: { minDays: 5 } }]],
    ['closing the vote: no publicity involved', ElectionAction.CLOSE_VOTING, [], []],
  ])('%s', (_label, action, phases, holds) => {
    expect(publicityHolds(action, phases, today)).toEqual(holds);
  });
});
