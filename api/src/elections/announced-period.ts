import type { IsoDate } from '../shared/iso-date';
import type { RuleProblem } from '../shared/rule-violation';
import { ElectionAction, ElectionPhase } from './election-phases';

/**
 * A period announced to the owners is a guard, not a label (docs/domain-rules.md#voting-period): the phase begins on
 * its first day, what the owners bring (a nomination, a ballot) falls within it, and it ends no earlier than told. It
 * holds for an election's NOMINATION, VOTING and RESULT_PUBLICITY dates and a resolution's voting period. Days are days
 * in China (`todayInChina`); a bound not announced (null) binds nothing.
 */
export interface AnnouncedPeriod {
  startsOn: IsoDate | null;
  endsOn: IsoDate | null;
}

/** The phases whose planned dates are told to the owners (CANDIDATE_PUBLICITY has its objection-window rules). */
export type AnnouncedPhase = ElectionPhase.NOMINATION | ElectionPhase.VOTING | ElectionPhase.RESULT_PUBLICITY;

type Outcome = 'NOT_STARTED' | 'START_PASSED' | 'ENDED' | 'RUNNING' | 'REQUIRED' | 'SHORTENED';

interface PhaseRules {
  /** what the owners were told of, for messages */
  what: string;
  /**
   * true: the last day belongs wholly to the owners (an objection may come at any hour of it, and nothing the officer
   * does shows none will), so the phase ends the day after; false: the officer who takes that day's ballots or
   * nominations ends the phase after them, on the last day.
   */
  endsAfterLastDay: boolean;
  /** each phase's own codes, written out so the console translates them (and its translation test finds them) */
  codes: Record<Outcome, { rule: string }>;
}

export const ANNOUNCED_PHASES: Record<AnnouncedPhase, PhaseRules> = {
  [ElectionPhase.NOMINATION]: {
    what: 'nomination',
    endsAfterLastDay: false,
    codes: {
      NOT_STARTED: { rule: 'NOMINATION_NOT_STARTED' },
      START_PASSED: { rule: 'NOMINATION_START_PASSED' },
      ENDED: { rule: 'NOMINATION_PERIOD_ENDED' },
      RUNNING: { rule: 'NOMINATION_PERIOD_RUNNING' },
      REQUIRED: { rule: 'NOMINATION_PERIOD_REQUIRED' },
      SHORTENED: { rule: 'NOMINATION_PERIOD_SHORTENED' },
    },
  },
  [ElectionPhase.VOTING]: {
    what: 'voting',
    endsAfterLastDay: false,
    codes: {
      NOT_STARTED: { rule: 'VOTING_NOT_STARTED' },
      START_PASSED: { rule: 'VOTING_START_PASSED' },
      ENDED: { rule: 'VOTING_PERIOD_ENDED' },
      RUNNING: { rule: 'VOTING_PERIOD_RUNNING' },
      REQUIRED: { rule: 'VOTING_PERIOD_REQUIRED' },
      SHORTENED: { rule: 'VOTING_PERIOD_SHORTENED' },
    },
  },
  [ElectionPhase.RESULT_PUBLICITY]: {
    what: 'the result publicity',
    endsAfterLastDay: true,
    codes: {
      NOT_STARTED: { rule: 'RESULT_PUBLICITY_NOT_STARTED' },
      START_PASSED: { rule: 'RESULT_PUBLICITY_START_PASSED' },
      ENDED: { rule: 'RESULT_PUBLICITY_ENDED' },
      RUNNING: { rule: 'RESULT_PUBLICITY_RUNNING' },
      REQUIRED: { rule: 'RESULT_PUBLICITY_REQUIRED' },
      SHORTENED: { rule: 'RESULT_PUBLICITY_SHORTENED' },
    },
  },
};

/** The moves that begin or end an announced phase of an election. */
export const PERIOD_MOVES: Partial<Record<ElectionAction, { phase: AnnouncedPhase; edge: 'START' | 'END' }>> = {
  [ElectionAction.OPEN_NOMINATION]: { phase: ElectionPhase.NOMINATION, edge: 'START' },
  [ElectionAction.CLOSE_NOMINATION]: { phase: ElectionPhase.NOMINATION, edge: 'END' },
  [ElectionAction.OPEN_VOTING]: { phase: ElectionPhase.VOTING, edge: 'START' },
  [ElectionAction.CLOSE_VOTING]: { phase: ElectionPhase.VOTING, edge: 'END' },
  [ElectionAction.PUBLISH_RESULT]: { phase: ElectionPhase.RESULT_PUBLICITY, edge: 'START' },
  [ElectionAction.CERTIFY]: { phase: ElectionPhase.RESULT_PUBLICITY, edge: 'END' },
};

export const isAnnounced = (phase: ElectionPhase): phase is AnnouncedPhase => phase in ANNOUNCED_PHASES;

const span = (period: AnnouncedPeriod) => `${period.startsOn ?? '—'} to ${period.endsOn ?? '—'}`;
const periodProblem = (phase: AnnouncedPhase, outcome: Outcome, message: string): RuleProblem => ({ rule: ANNOUNCED_PHASES[phase].codes[outcome].rule, message });

/** Beginning the phase: on the announced first day; before it the owners were told to wait, after it they must be told anew. */
export function startProblem(phase: AnnouncedPhase, period: AnnouncedPeriod, today: IsoDate): RuleProblem | null {
  const { what } = ANNOUNCED_PHASES[phase];
  if (period.startsOn && today < period.startsOn) return periodProblem(phase, 'NOT_STARTED', `${what} was announced to begin on ${period.startsOn}`);
  // a late start would shorten the period the owners were told: re-announce it (edit the dates) first
  if ((period.startsOn && today > period.startsOn) || (period.endsOn && today > period.endsOn)) {
    return periodProblem(phase, 'START_PASSED', `${what} was announced for ${span(period)}: announce the period anew first`);
  }
  return null;
}

/** What the owners bring (a ballot, a nomination) on `day`: within the announced period, both days included. */
export function withinProblem(phase: AnnouncedPhase, period: AnnouncedPeriod, day: IsoDate): RuleProblem | null {
  const { what } = ANNOUNCED_PHASES[phase];
  if (period.startsOn && day < period.startsOn) return periodProblem(phase, 'NOT_STARTED', `${what} was announced to begin on ${period.startsOn}`);
  if (period.endsOn && day > period.endsOn) return periodProblem(phase, 'ENDED', `${what} ended on ${period.endsOn}`);
  return null;
}

/** Ending the phase: not before the announced last day (or not on it, see `endsAfterLastDay`), unless nobody is left to wait for. */
export function endProblem(phase: AnnouncedPhase, period: AnnouncedPeriod, today: IsoDate, nobodyLeft = false): RuleProblem | null {
  const { what, endsAfterLastDay } = ANNOUNCED_PHASES[phase];
  const running = period.endsOn && (endsAfterLastDay ? today <= period.endsOn : today < period.endsOn);
  if (running && !nobodyLeft) return periodProblem(phase, 'RUNNING', `the owners were told ${what} runs until ${period.endsOn}`);
  return null;
}

/** Why `action` may not move the election today by its phase's announced period (`nobodyLeft`: everyone on the roll voted), or null. */
export function periodMoveProblem(action: ElectionAction, plan: Partial<Record<AnnouncedPhase, AnnouncedPeriod>>, today: IsoDate, nobodyLeft = false): RuleProblem | null {
  const move = PERIOD_MOVES[action];
  if (!move) return null;
  const period = plan[move.phase] ?? { startsOn: null, endsOn: null };
  return move.edge === 'START' ? startProblem(move.phase, period, today) : endProblem(move.phase, period, today, nobodyLeft);
}

/**
 * Announcing the period anew (`subject` names the field): an announced day is moved, never withdrawn; once the phase
 * has begun (`running`) its end may be extended while it runs, never shortened, and not revived once over.
 */
export function periodEditProblems(phase: AnnouncedPhase, stored: AnnouncedPeriod, next: AnnouncedPeriod, running: boolean, today: IsoDate, subject: string): RuleProblem[] {
  const { what } = ANNOUNCED_PHASES[phase];
  const problems: RuleProblem[] = [];
  const announceProblem = (outcome: Outcome, message: string) => problems.push({ ...periodProblem(phase, outcome, message), subject });
  if ((stored.startsOn && !next.startsOn) || (stored.endsOn && !next.endsOn)) {
    announceProblem('REQUIRED', `the owners were told ${what} runs ${span(stored)}: announce new days rather than none`);
  }
  if (running && stored.endsOn && next.endsOn && next.endsOn !== stored.endsOn) {
    if (stored.endsOn < today) announceProblem('ENDED', `${what} ended on ${stored.endsOn}`);
    else if (next.endsOn < stored.endsOn) announceProblem('SHORTENED', `${what} runs until ${stored.endsOn}: it may be extended, not shortened`);
  }
  return problems;
}
