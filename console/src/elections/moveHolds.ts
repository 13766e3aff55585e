import { checkPublicationWindow } from '../../../api/src/elections/election-edits';
import { ElectionAction, ElectionPhase } from '../../../api/src/elections/election-phases';
import { PUBLICITY_MIN_DAYS, publicityRunProblem, publishingProblem, type PublicityPhase } from '../../../api/src/elections/publicity';
import { isStanding } from '../../../api/src/elections/standing';
import { dateInChina, todayInChina } from '../../../api/src/shared/iso-date';
import { electionPeriodHold, type MoveHold } from './votingPeriod';

export type { MoveHold } from './votingPeriod';

/** What the election workspace has loaded that the server's move rules look at (election.service.ts guardMove). */
export interface ElectionSeen {
  seats: number;
  phases: ReadonlyArray<{ phase: string; startsOn: string | null; endsOn: string | null; enteredAt?: string | null }>;
  candidates: ReadonlyArray<{ decision: string; withdrawn: boolean; owner: { name: string } | null }>;
  /** whether everyone on the roll has voted (the live tally), undefined while not known */
  everyoneVoted?: boolean;
  /** whether the estate has an owner roll, undefined while not known */
  hasRoll?: boolean;
}

/**
 * Why a move the server does not offer is held, as far as the page can see it, by the server's own rules (guardMove,
 * election-move-holds.ts): closing nomination needs a candidate; publishing needs every candidate decided (named
 * here), as many standing as seats and an objection window not already over; voting opens after the objection window.
 * What is offered is the server's (availableActions); a held move the page cannot explain (an open objection, the roll
 * today, the count) is not shown.
 */
export function candidateHolds(action: ElectionAction, election: ElectionSeen, today: string = todayInChina()): MoveHold[] {
  const candidates = election.candidates.filter((c) => !c.withdrawn);
  const window = election.phases.find((p) => p.phase === ElectionPhase.CANDIDATE_PUBLICITY);
  switch (action) {
    case ElectionAction.OPEN_NOMINATION:
      return election.hasRoll === false ? [{ rule: 'NO_OWNER_ROLL' }] : [];
    case ElectionAction.CLOSE_NOMINATION:
      return candidates.length === 0 ? [{ rule: 'NO_CANDIDATES' }] : [];
    case ElectionAction.PUBLISH_CANDIDATES: {
      const undecided = candidates.filter((c) => c.decision === 'NOT_YET_ELIGIBLE');
      if (undecided.length) return [{ rule: 'CANDIDATES_UNDECIDED_NAMED', args: { count: undecided.length, names: undecided.map((c) => c.owner?.name ?? '?') } }];
      const standing = candidates.filter((c) => isStanding(c)).length;
      if (standing < election.seats) return [{ rule: 'TOO_FEW_CANDIDATES', args: { count: standing, seats: election.seats } }];
      const lapsed = window && checkPublicationWindow({ phase: ElectionPhase.CANDIDATE_PUBLICITY, startsOn: window.startsOn, endsOn: window.endsOn }, today);
      return lapsed ? [{ rule: 'OBJECTION_WINDOW_LAPSED', args: { endsOn: window!.endsOn } }] : [];
    }
    case ElectionAction.OPEN_VOTING:
      return window?.endsOn && today <= window.endsOn ? [{ rule: 'OBJECTION_WINDOW_RUNNING', args: { endsOn: window.endsOn } }] : [];
    default:
      return [];
  }
}

/** Where each publicity is published and where the election moves on after it (election.service.ts guardMove). */
const PUBLICITY_MOVES: Partial<Record<ElectionAction, { phase: PublicityPhase; edge: 'PUBLISH' | 'AFTER' }>> = {
  [ElectionAction.PUBLISH_CANDIDATES]: { phase: ElectionPhase.CANDIDATE_PUBLICITY, edge: 'PUBLISH' },
  [ElectionAction.OPEN_VOTING]: { phase: ElectionPhase.CANDIDATE_PUBLICITY, edge: 'AFTER' },
  [ElectionAction.PUBLISH_RESULT]: { phase: ElectionPhase.RESULT_PUBLICITY, edge: 'PUBLISH' },
  [ElectionAction.CERTIFY]: { phase: ElectionPhase.RESULT_PUBLICITY, edge: 'AFTER' },
};

/**
 * The publicity of the candidates and of the result, by the server's rule (publicity.ts): planned, at least its
 * minimum, so a vote does not open nor a result get certified after a publicity of zero days.
 */
export function publicityHolds(action: ElectionAction, phases: ElectionSeen['phases'], today: string = todayInChina()): MoveHold[] {
  const move = PUBLICITY_MOVES[action];
  if (!move) return [];
  const planned = phases.find((p) => p.phase === move.phase);
  const window = planned && { startsOn: planned.startsOn, endsOn: planned.endsOn, enteredOn: planned.enteredAt ? dateInChina(new Date(planned.enteredAt)) : null };
  const problem = move.edge === 'PUBLISH' ? publishingProblem(move.phase, window, today) : publicityRunProblem(move.phase, window);
  return problem ? [{ rule: problem.rule, args: { minDays: PUBLICITY_MIN_DAYS[move.phase], ...(planned?.endsOn ? { endsOn: planned.endsOn } : {}) } }] : [];
}

/** Every reason the page knows that `action` would be refused today: the announced periods, the publicities, then the candidates. */
export function moveHolds(action: ElectionAction, election: ElectionSeen, today: string = todayInChina()): MoveHold[] {
  const period = electionPeriodHold(action, election.phases, election.everyoneVoted);
  return [...(period ? [period] : []), ...publicityHolds(action, election.phases, today), ...candidateHolds(action, election, today)];
}
