import type { IsoDate } from '../shared/iso-date';
import type { RuleProblem } from '../shared/rule-violation';
import { AnnouncedPeriod, endProblem, periodEditProblems as announcedEditProblems, startProblem, withinProblem } from './announced-period';
import { ElectionPhase } from './election-phases';

/**
 * The voting period (an election's VOTING dates, a resolution's votingStartsOn/EndsOn) is the announced period of the
 * vote (announced-period.ts, docs/domain-rules.md#voting-period), named here for the resolutions and the console.
 */
export type VotingPeriod = AnnouncedPeriod;

const VOTING = ElectionPhase.VOTING;

/** Opening: on the announced first day. */
export const openingProblem = (period: VotingPeriod, today: IsoDate): RuleProblem | null => startProblem(VOTING, period, today);

/** A ballot: within the announced period, its last day included. */
export const ballotProblem = (period: VotingPeriod, today: IsoDate): RuleProblem | null => withinProblem(VOTING, period, today);

/** Closing: not before the announced last day, unless everyone on the fixed roll has voted. */
export const closingProblem = (period: VotingPeriod, today: IsoDate, everyoneVoted: boolean): RuleProblem | null => endProblem(VOTING, period, today, everyoneVoted);

/** Re-announcing the period: moved, never withdrawn; once open extended while it runs, never shortened. */
export const periodEditProblems = (stored: VotingPeriod, next: VotingPeriod, opened: boolean, today: IsoDate, subject: string): RuleProblem[] =>
  announcedEditProblems(VOTING, stored, next, opened, today, subject);
