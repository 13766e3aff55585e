import { ElectionAction } from '../../../api/src/elections/election-phases';
import { candidateHolds } from './moveHolds';

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

  it('closing nomination needs a candidate; voting opens after the objection window', () => {
    expect(candidateHolds(ElectionAction.CLOSE_NOMINATION, { seats: 5, phases: [], candidates: [candidate('王五', 'NOT_YET_ELIGIBLE', true)] }, today)).toEqual([{ rule: 'NO_CANDIDATES' }]);
    expect(candidateHolds(ElectionAction.OPEN_VOTING, { seats: 5, phases: publicity('2026-11-28', today), candidates: [] }, today)).toEqual([{ rule: 'OBJECTION_WINDOW_RUNNING', args: { endsOn: today } }]);
    expect(candidateHolds(ElectionAction.OPEN_VOTING, { seats: 5, phases: publicity('2026-11-28', '2026-12-04'), candidates: [] }, today)).toEqual([]);
  });
});
