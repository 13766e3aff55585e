import { daysBetween, IsoDate } from '../shared/iso-date';
import type { RuleProblem } from '../shared/rule-violation';
import { ElectionPhase } from './election-phases';

/**
 * The two publicity periods of an election (docs/domain-rules.md#publicity): the candidate list with its objection
 * window (候选人公示) and the result (选举结果公示). Each is planned, lasts at least its minimum, and runs its course
 * before the election moves on: a vote does not open, nor a result get certified, after a publicity of zero days.
 */
export type PublicityPhase = ElectionPhase.CANDIDATE_PUBLICITY | ElectionPhase.RESULT_PUBLICITY;

/**
 * Days each publicity lasts at least, both ends counted. Local practice (the sources give no number): a working
 * week, so owners who see the list or the result only at the weekend can still object.
 */
export const PUBLICITY_MIN_DAYS: Record<PublicityPhase, number> = {
  [ElectionPhase.CANDIDATE_PUBLICITY]: 5,
  [ElectionPhase.RESULT_PUBLICITY]: 5,
};

/** Each period's own codes, written out so the console translates them. */
const CODES: Record<PublicityPhase, { what: string; NOT_PLANNED: { rule: string }; BELOW_MINIMUM: { rule: string } }> = {
  [ElectionPhase.CANDIDATE_PUBLICITY]: {
    what: 'the candidates’ publicity (objection window)',
    NOT_PLANNED: { rule: 'CANDIDATE_PUBLICITY_NOT_PLANNED' },
    BELOW_MINIMUM: { rule: 'CANDIDATE_PUBLICITY_BELOW_MINIMUM' },
  },
  [ElectionPhase.RESULT_PUBLICITY]: {
    what: 'the result’s publicity',
    NOT_PLANNED: { rule: 'RESULT_PUBLICITY_NOT_PLANNED' },
    BELOW_MINIMUM: { rule: 'RESULT_PUBLICITY_BELOW_MINIMUM' },
  },
};

export const isPublicity = (phase: ElectionPhase): phase is PublicityPhase => phase in PUBLICITY_MIN_DAYS;

/** A publicity period as planned, with the day (in China) the election last entered it; null while it has not. */
export interface PublicityWindow {
  startsOn: IsoDate | null;
  endsOn: IsoDate | null;
  enteredOn: IsoDate | null;
}

/** Days from `from` to `to`, both counted. */
const daysOf = (from: IsoDate, to: IsoDate) => Math.max(0, daysBetween(from, to) + 1);

const notPlanned = (phase: PublicityPhase): RuleProblem => ({
  rule: CODES[phase].NOT_PLANNED.rule,
  message: `${CODES[phase].what} has no planned last day: plan it, ${PUBLICITY_MIN_DAYS[phase]} days at least, first`,
  args: { minDays: PUBLICITY_MIN_DAYS[phase] },
});
const belowMinimum = (phase: PublicityPhase, from: IsoDate, to: IsoDate): RuleProblem => ({
  rule: CODES[phase].BELOW_MINIMUM.rule,
  message: `${CODES[phase].what} from ${from} to ${to} lasts ${daysOf(from, to)} day(s): it lasts ${PUBLICITY_MIN_DAYS[phase]} days at least`,
  args: { startsOn: from, endsOn: to, days: daysOf(from, to), minDays: PUBLICITY_MIN_DAYS[phase] },
});

/** A publicity period planned with both days lasts the minimum (checked where it is planned); a bound given alone is judged at the moves. */
export function plannedPublicityProblem(phase: PublicityPhase, period: { startsOn: IsoDate | null; endsOn: IsoDate | null }): RuleProblem | null {
  if (!period.startsOn || !period.endsOn) return null;
  return daysOf(period.startsOn, period.endsOn) < PUBLICITY_MIN_DAYS[phase] ? belowMinimum(phase, period.startsOn, period.endsOn) : null;
}

/**
 * Publishing (PUBLISH_CANDIDATES, PUBLISH_RESULT) today: the period has a planned last day, and from today to it
 * lasts the minimum. The candidates published again after an objection keep the window as first published (it was
 * extended, never shortened); a result published anew after a recount is a new publicity. A window already over is
 * left to its own rule (OBJECTION_WINDOW_LAPSED, RESULT_PUBLICITY_START_PASSED).
 */
export function publishingProblem(phase: PublicityPhase, window: PublicityWindow | undefined, today: IsoDate): RuleProblem | null {
  if (!window?.endsOn) return notPlanned(phase);
  const again = phase === ElectionPhase.CANDIDATE_PUBLICITY && window.enteredOn !== null;
  if (again || window.endsOn < today) return null;
  return daysOf(today, window.endsOn) < PUBLICITY_MIN_DAYS[phase] ? belowMinimum(phase, today, window.endsOn) : null;
}

/**
 * Moving on after the period (OPEN_VOTING after the candidates' publicity, CERTIFY after the result's): it was
 * planned, and from its first day (as planned, else the day it began) to its last it lasted the minimum. Whether the
 * last day has passed is the period's own rule (OBJECTION_WINDOW_RUNNING, RESULT_PUBLICITY_RUNNING).
 */
export function publicityRunProblem(phase: PublicityPhase, window: PublicityWindow | undefined): RuleProblem | null {
  if (!window?.endsOn) return notPlanned(phase);
  const from = window.startsOn ?? window.enteredOn;
  if (!from) return null;
  return daysOf(from, window.endsOn) < PUBLICITY_MIN_DAYS[phase] ? belowMinimum(phase, from, window.endsOn) : null;
}

/**
 * An objection is filed within the objection window (docs/roles-and-workflows.md#eligibility-review): one dated after
 * its last day would reopen a review the owners were told was over, and hold back a vote already announced.
 */
export function objectionWindowProblem(filedOn: IsoDate, window: { endsOn: IsoDate | null } | undefined): RuleProblem | null {
  if (window?.endsOn && filedOn > window.endsOn) {
    return { rule: 'OBJECTION_WINDOW_ENDED', message: `the objection window ended on ${window.endsOn}: an objection filed on ${filedOn} is too late`, args: { endsOn: window.endsOn, filedOn } };
  }
  return null;
}
