import { addDays, daysBetween, IsoDate } from '../shared/iso-date';
import type { RuleArgs, RuleProblem } from '../shared/rule-violation';
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

/** The input fields a period's problems are reported on: its first day and its last. */
export type PeriodFields = Record<keyof AnnouncedPeriod, string>;

/** The phases whose planned dates are told to the owners (CANDIDATE_PUBLICITY has its objection-window rules). */
export type AnnouncedPhase = ElectionPhase.NOMINATION | ElectionPhase.VOTING | ElectionPhase.RESULT_PUBLICITY;

type Outcome = 'NOT_STARTED' | 'START_PASSED' | 'ENDED' | 'RUNNING' | 'REQUIRED' | 'SHORTENED' | 'TOO_SHORT' | 'TOO_FAR';

/**
 * An owners' assembly is called 15 days ahead (docs/domain-rules.md#voting-period): a vote's period announced for the
 * first time, or anew without keeping the days still to come, begins no sooner; a vote without one does not open.
 */
export const ASSEMBLY_NOTICE_DAYS = 15;
/** No announced day more than a year ahead (docs/domain-rules.md#voting-period): a mistyped year would hold the vote for ever. */
export const ANNOUNCED_DAYS_AHEAD_MAX = 366;

interface PhaseRules {
  /** what the owners were told of, for messages */
  what: string;
  /**
   * true: the last day belongs wholly to the owners (an objection may come at any hour of it, and nothing the officer
   * does shows none will), so the phase ends the day after; false: the officer who takes that day's ballots or
   * nominations ends the phase after them, on the last day.
   */
  endsAfterLastDay: boolean;
  /**
   * days of notice the owners are given (a vote is an assembly, called ASSEMBLY_NOTICE_DAYS ahead): a period announced
   * with a new first day begins no sooner than that after the day it is announced, and the phase does not begin
   * without both days announced; null: no notice asked, a period not announced binds nothing.
   */
  noticeDays: number | null;
  /** each phase's own codes, written out so the console translates them (and its translation test finds them) */
  codes: Record<Outcome, { rule: string }>;
}

export const ANNOUNCED_PHASES: Record<AnnouncedPhase, PhaseRules> = {
  [ElectionPhase.NOMINATION]: {
    what: 'nomination',
    endsAfterLastDay: false,
    noticeDays: null,
    codes: {
      NOT_STARTED: { rule: 'NOMINATION_NOT_STARTED' },
      START_PASSED: { rule: 'NOMINATION_START_PASSED' },
      ENDED: { rule: 'NOMINATION_PERIOD_ENDED' },
      RUNNING: { rule: 'NOMINATION_PERIOD_RUNNING' },
      REQUIRED: { rule: 'NOMINATION_PERIOD_REQUIRED' },
      SHORTENED: { rule: 'NOMINATION_PERIOD_SHORTENED' },
      TOO_SHORT: { rule: 'NOMINATION_PERIOD_TOO_SHORT' },
      TOO_FAR: { rule: 'NOMINATION_PERIOD_TOO_FAR' },
    },
  },
  [ElectionPhase.VOTING]: {
    what: 'voting',
    endsAfterLastDay: false,
    noticeDays: ASSEMBLY_NOTICE_DAYS,
    codes: {
      NOT_STARTED: { rule: 'VOTING_NOT_STARTED' },
      START_PASSED: { rule: 'VOTING_START_PASSED' },
      ENDED: { rule: 'VOTING_PERIOD_ENDED' },
      RUNNING: { rule: 'VOTING_PERIOD_RUNNING' },
      REQUIRED: { rule: 'VOTING_PERIOD_REQUIRED' },
      SHORTENED: { rule: 'VOTING_PERIOD_SHORTENED' },
      TOO_SHORT: { rule: 'VOTING_NOTICE_TOO_SHORT' },
      TOO_FAR: { rule: 'VOTING_PERIOD_TOO_FAR' },
    },
  },
  [ElectionPhase.RESULT_PUBLICITY]: {
    what: 'the result publicity',
    endsAfterLastDay: true,
    noticeDays: null,
    codes: {
      NOT_STARTED: { rule: 'RESULT_PUBLICITY_NOT_STARTED' },
      START_PASSED: { rule: 'RESULT_PUBLICITY_START_PASSED' },
      ENDED: { rule: 'RESULT_PUBLICITY_ENDED' },
      RUNNING: { rule: 'RESULT_PUBLICITY_RUNNING' },
      REQUIRED: { rule: 'RESULT_PUBLICITY_REQUIRED' },
      SHORTENED: { rule: 'RESULT_PUBLICITY_SHORTENED' },
      TOO_SHORT: { rule: 'RESULT_PUBLICITY_TOO_SHORT' },
      TOO_FAR: { rule: 'RESULT_PUBLICITY_TOO_FAR' },
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

/** The days of a period that were announced, as a refusal's figures (a client says the day to come back). */
export const announcedDays = (period: AnnouncedPeriod): Record<string, IsoDate> =>
  Object.fromEntries(Object.entries(period).filter((entry): entry is [string, IsoDate] => entry[1] !== null));

export const isAnnounced = (phase: ElectionPhase): phase is AnnouncedPhase => phase in ANNOUNCED_PHASES;

const span = (period: AnnouncedPeriod) => `${period.startsOn ?? '—'} to ${period.endsOn ?? '—'}`;
/** `args`: the days and counts the message says, the days told as startsOn and endsOn (announcedDays' names). */
const periodProblem = (phase: AnnouncedPhase, outcome: Outcome, message: string, args: RuleArgs = {}): RuleProblem => ({ rule: ANNOUNCED_PHASES[phase].codes[outcome].rule, message, args });

/**
 * Beginning the phase: on the announced first day; before it the owners were told to wait, after it they must be told
 * anew. A phase announced with notice (voting) does not begin until both its days have been announced.
 */
export function startProblem(phase: AnnouncedPhase, period: AnnouncedPeriod, today: IsoDate): RuleProblem | null {
  const { what, noticeDays } = ANNOUNCED_PHASES[phase];
  if (noticeDays !== null && (!period.startsOn || !period.endsOn)) {
    return periodProblem(phase, 'REQUIRED', `${what} has no announced period (${span(period)}): announce its first and last day, ${noticeDays} days ahead, first`, { ...announcedDays(period), noticeDays });
  }
  if (period.startsOn && today < period.startsOn) return periodProblem(phase, 'NOT_STARTED', `${what} was announced to begin on ${period.startsOn}`, { startsOn: period.startsOn });
  // a late start would shorten the period the owners were told: re-announce it (edit the dates) first
  if ((period.startsOn && today > period.startsOn) || (period.endsOn && today > period.endsOn)) {
    return periodProblem(phase, 'START_PASSED', `${what} was announced for ${span(period)}: announce the period anew first`, announcedDays(period));
  }
  return null;
}

/** What the owners bring (a ballot, a nomination) on `day`: within the announced period, both days included. */
export function withinProblem(phase: AnnouncedPhase, period: AnnouncedPeriod, day: IsoDate): RuleProblem | null {
  const { what } = ANNOUNCED_PHASES[phase];
  if (period.startsOn && day < period.startsOn) return periodProblem(phase, 'NOT_STARTED', `${what} was announced to begin on ${period.startsOn}`, { startsOn: period.startsOn });
  if (period.endsOn && day > period.endsOn) return periodProblem(phase, 'ENDED', `${what} ended on ${period.endsOn}`, { endsOn: period.endsOn });
  return null;
}

/** Ending the phase: not before the announced last day (or not on it, see `endsAfterLastDay`), unless nobody is left to wait for. */
export function endProblem(phase: AnnouncedPhase, period: AnnouncedPeriod, today: IsoDate, nobodyLeft = false): RuleProblem | null {
  const { what, endsAfterLastDay } = ANNOUNCED_PHASES[phase];
  const running = period.endsOn && (endsAfterLastDay ? today <= period.endsOn : today < period.endsOn);
  if (running && !nobodyLeft) return periodProblem(phase, 'RUNNING', `the owners were told ${what} runs until ${period.endsOn}`, { endsOn: period.endsOn! });
  return null;
}

/** Why `action` may not move the election today by its phase's announced period (`nobodyLeft`: everyone on the roll voted), or null. */
export function periodMoveProblem(action: ElectionAction, plan: Partial<Record<AnnouncedPhase, AnnouncedPeriod>>, today: IsoDate, nobodyLeft = false): RuleProblem | null {
  const move = PERIOD_MOVES[action];
  if (!move) return null;
  const period = plan[move.phase] ?? { startsOn: null, endsOn: null };
  return move.edge === 'START' ? startProblem(move.phase, period, today) : endProblem(move.phase, period, today, nobodyLeft);
}

/** Days of a period, both ends included. */
const lengthOf = (period: { startsOn: IsoDate; endsOn: IsoDate }) => daysBetween(period.startsOn, period.endsOn) + 1;

/** The new period still holds every announced day that has not passed (it may begin earlier or end later). */
export function keepsDaysToCome(stored: AnnouncedPeriod, next: AnnouncedPeriod, today: IsoDate): boolean {
  if (!stored.startsOn || !stored.endsOn || stored.endsOn < today) return false;
  const firstToCome = stored.startsOn > today ? stored.startsOn : today;
  return next.startsOn !== null && next.endsOn !== null && next.startsOn <= firstToCome && next.endsOn >= stored.endsOn;
}

/**
 * Announcing the period anew (`fields` name the first and the last day, so each problem is reported on the day that is
 * wrong): an announced day is moved, never withdrawn; once the phase
 * has begun (`running`) its end may be extended while it runs, never shortened, and not revived once over. Before it
 * begins, a period that does not keep every announced day still to come is a new notice: a vote is called at least
 * ASSEMBLY_NOTICE_DAYS ahead, a nomination or publicity lasts no fewer days than the one it replaces. A vote whose
 * period was not wholly announced before is called as a first announcement: a first day given (or moved) now begins
 * ASSEMBLY_NOTICE_DAYS ahead at the earliest; one already told and kept as it is was judged when it was announced. No
 * announced day lies more than ANNOUNCED_DAYS_AHEAD_MAX days ahead.
 */
export function periodEditProblems(phase: AnnouncedPhase, stored: AnnouncedPeriod, next: AnnouncedPeriod, running: boolean, today: IsoDate, fields: PeriodFields): RuleProblem[] {
  const { what, noticeDays } = ANNOUNCED_PHASES[phase];
  const problems: RuleProblem[] = [];
  const announceProblem = (day: keyof PeriodFields, outcome: Outcome, message: string, args: RuleArgs) => problems.push({ ...periodProblem(phase, outcome, message, args), subject: fields[day] });
  if ((stored.startsOn && !next.startsOn) || (stored.endsOn && !next.endsOn)) {
    const withdrawn = stored.startsOn && !next.startsOn ? 'startsOn' : 'endsOn';
    announceProblem(withdrawn, 'REQUIRED', `the owners were told ${what} runs ${span(stored)}: announce new days rather than none`, announcedDays(stored));
  }
  if (running && stored.endsOn && next.endsOn && next.endsOn !== stored.endsOn) {
    if (stored.endsOn < today) announceProblem('endsOn', 'ENDED', `${what} ended on ${stored.endsOn}`, { endsOn: stored.endsOn });
    else if (next.endsOn < stored.endsOn) announceProblem('endsOn', 'SHORTENED', `${what} runs until ${stored.endsOn}: it may be extended, not shortened`, { endsOn: stored.endsOn });
  }
  const moved = next.startsOn !== stored.startsOn || next.endsOn !== stored.endsOn;
  const furthest = addDays(today, ANNOUNCED_DAYS_AHEAD_MAX);
  const tooFar = (['startsOn', 'endsOn'] as const).find((day) => next[day] !== null && next[day]! > furthest);
  if (moved && tooFar) announceProblem(tooFar, 'TOO_FAR', `${next[tooFar]} is more than ${ANNOUNCED_DAYS_AHEAD_MAX} days ahead: announce days within a year`, { day: next[tooFar]!, maxDays: ANNOUNCED_DAYS_AHEAD_MAX });
  const replaced = stored.startsOn && stored.endsOn && next.startsOn && next.endsOn ? { stored: { startsOn: stored.startsOn, endsOn: stored.endsOn }, next: { startsOn: next.startsOn, endsOn: next.endsOn } } : null;
  if (!running && moved && noticeDays !== null && next.startsOn) {
    // a vote is called ahead: the new days keep those still to come of a whole period told before, or begin after the notice
    const earliest = addDays(today, noticeDays);
    const firstTime = !stored.startsOn || !stored.endsOn;
    const calledAnew = firstTime ? next.startsOn !== stored.startsOn : replaced !== null && !keepsDaysToCome(stored, next, today);
    if (calledAnew && next.startsOn < earliest) {
      const told = firstTime ? `${what} is announced for the first time` : `the owners were told ${what} runs ${span(stored)}: new days that do not keep those still to come are announced anew`;
      // the days told before (startsOn, endsOn: none for a first announcement), the notice and the first day it allows
      announceProblem('startsOn', 'TOO_SHORT', `${told}, ${noticeDays} days ahead: its first day is ${earliest} or later`, { ...announcedDays(stored), noticeDays, earliest });
    }
  } else if (!running && moved && replaced && noticeDays === null && !keepsDaysToCome(stored, next, today) && lengthOf(replaced.next) < lengthOf(replaced.stored)) {
    announceProblem('endsOn', 'TOO_SHORT', `the owners were told ${what} runs ${span(stored)} (${lengthOf(replaced.stored)} days): a period announced anew lasts as long`, { ...replaced.stored, days: lengthOf(replaced.stored) });
  }
  return problems;
}

/**
 * A period announced for the first time (a vote created with its days): nothing to keep, no day beyond a year ahead,
 * and a vote's first day at least ASSEMBLY_NOTICE_DAYS after today.
 */
export function announcementProblems(phase: AnnouncedPhase, period: AnnouncedPeriod, today: IsoDate, fields: PeriodFields): RuleProblem[] {
  return periodEditProblems(phase, { startsOn: null, endsOn: null }, period, false, today, fields);
}

/**
 * A nomination made within its period, or an objection within the objection window, is recorded by `recordBy`, the
 * first working day after the period (docs/domain-rules.md#voting-period): later, one dated back into a period long
 * over could not be told from one made in time.
 */
export function recordedLateProblem(what: 'NOMINATION' | 'OBJECTION', period: { endsOn: IsoDate | null }, today: IsoDate, recordBy: IsoDate | null): RuleProblem | null {
  if (!period.endsOn || !recordBy || today <= recordBy) return null;
  const name = what === 'NOMINATION' ? 'nomination' : 'the objection window';
  return { rule: `${what}_RECORDED_LATE`, message: `${name} ended on ${period.endsOn}: what was made within it is recorded by ${recordBy}`, args: { endsOn: period.endsOn, recordBy } };
}
