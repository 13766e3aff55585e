import type { RuleProblem } from '../shared/rule-violation';
import { TransitionTable } from '../filings/transitions';

/** Which election this is; the phases are the same, the organiser and the seats differ. */
export enum ElectionKind {
  FIRST = 'FIRST', // 首次业主大会会议选举: organised by the preparatory group (筹备组)
  RE_ELECTION = 'RE_ELECTION', // 换届选举: called 2–3 months before the term ends (docs/domain-rules.md#re-election)
  BY_ELECTION = 'BY_ELECTION', // 补选: fills vacancies during a term; seats = vacancies
}

/** The election lifecycle (docs/roles-and-workflows.md#elections). */
export enum ElectionPhase {
  PREPARATION = 'PREPARATION',
  NOMINATION = 'NOMINATION',
  ELIGIBILITY_REVIEW = 'ELIGIBILITY_REVIEW', // 联审
  CANDIDATE_PUBLICITY = 'CANDIDATE_PUBLICITY', // 候选人公示, with an objection window
  VOTING = 'VOTING',
  COUNTING = 'COUNTING',
  RESULT_PUBLICITY = 'RESULT_PUBLICITY',
  CERTIFIED = 'CERTIFIED',
  CANCELLED = 'CANCELLED',
}

export enum ElectionAction {
  OPEN_NOMINATION = 'OPEN_NOMINATION',
  CLOSE_NOMINATION = 'CLOSE_NOMINATION',
  PUBLISH_CANDIDATES = 'PUBLISH_CANDIDATES',
  REOPEN_REVIEW = 'REOPEN_REVIEW',
  OPEN_VOTING = 'OPEN_VOTING',
  CLOSE_VOTING = 'CLOSE_VOTING',
  PUBLISH_RESULT = 'PUBLISH_RESULT',
  RECOUNT = 'RECOUNT',
  CERTIFY = 'CERTIFY',
  CANCEL = 'CANCEL',
}

const P = ElectionPhase;

export const ELECTION_TRANSITIONS: TransitionTable<ElectionPhase, ElectionAction> = {
  [ElectionAction.OPEN_NOMINATION]: { from: [P.PREPARATION], to: P.NOMINATION },
  [ElectionAction.CLOSE_NOMINATION]: { from: [P.NOMINATION], to: P.ELIGIBILITY_REVIEW },
  [ElectionAction.PUBLISH_CANDIDATES]: { from: [P.ELIGIBILITY_REVIEW], to: P.CANDIDATE_PUBLICITY },
  // an objection during publicity reopens the review (decisions are appealable in 公示)
  [ElectionAction.REOPEN_REVIEW]: { from: [P.CANDIDATE_PUBLICITY], to: P.ELIGIBILITY_REVIEW },
  [ElectionAction.OPEN_VOTING]: { from: [P.CANDIDATE_PUBLICITY], to: P.VOTING },
  [ElectionAction.CLOSE_VOTING]: { from: [P.VOTING], to: P.COUNTING },
  [ElectionAction.PUBLISH_RESULT]: { from: [P.COUNTING], to: P.RESULT_PUBLICITY },
  // result publicity exists for objections too: an upheld one means a recount, not a new vote
  [ElectionAction.RECOUNT]: { from: [P.RESULT_PUBLICITY], to: P.COUNTING },
  [ElectionAction.CERTIFY]: { from: [P.RESULT_PUBLICITY], to: P.CERTIFIED },
  // any phase before certification can end (no quorum, irregularity, an order from the street office);
  // a certified result stands and only a court can set it aside (Civil Code Art. 280), outside this lifecycle
  [ElectionAction.CANCEL]: {
    from: [P.PREPARATION, P.NOMINATION, P.ELIGIBILITY_REVIEW, P.CANDIDATE_PUBLICITY, P.VOTING, P.COUNTING, P.RESULT_PUBLICITY],
    to: P.CANCELLED,
  },
};

/** Why an election was cancelled; stable codes, translated by the console. A new election starts afresh. */
export enum ElectionCancelReason {
  NO_QUORUM = 'NO_QUORUM',
  TOO_FEW_ELIGIBLE_CANDIDATES = 'TOO_FEW_ELIGIBLE_CANDIDATES',
  IRREGULARITY = 'IRREGULARITY',
  ORDERED_BY_AUTHORITY = 'ORDERED_BY_AUTHORITY',
  OTHER = 'OTHER',
}

/** Longest note an officer gives with a move (kept with the election's history). */
export const MOVE_NOTE_MAX_LENGTH = 500;

/**
 * A move that answers an objection (reopening the review, recounting) or cancels for a reason the codes do not name
 * says why in words, kept on the election's history for whoever reads it (docs/roles-and-workflows.md#elections).
 */
export function moveNoteProblem(action: ElectionAction, cancelReason: ElectionCancelReason | null, note: string | null): Pick<RuleProblem, 'rule' | 'message' | 'args'> | null {
  if (note !== null && note.length > MOVE_NOTE_MAX_LENGTH) return { rule: 'LENGTH', message: `must be at most ${MOVE_NOTE_MAX_LENGTH} characters`, args: { max: MOVE_NOTE_MAX_LENGTH } };
  if (note !== null) return null;
  if (action === ElectionAction.REOPEN_REVIEW) return { rule: 'OBJECTION_NOTE_REQUIRED', message: 'say which objection or error reopens the review' };
  if (action === ElectionAction.RECOUNT) return { rule: 'OBJECTION_NOTE_REQUIRED', message: 'say which objection to the result the recount answers' };
  if (action === ElectionAction.CANCEL && cancelReason === ElectionCancelReason.OTHER) return { rule: 'NOTE_REQUIRED', message: 'a cancellation for another reason says what it is' };
  return null;
}

/** Ballots may be recorded only while voting is open. */
export const BALLOT_PHASES: readonly ElectionPhase[] = [P.VOTING];

/** No move leads out of these. */
export const FINAL_PHASES: readonly ElectionPhase[] = [P.CERTIFIED, P.CANCELLED];
