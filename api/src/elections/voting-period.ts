import type { IsoDate } from '../shared/iso-date';
import type { RuleProblem } from '../shared/rule-violation';

/**
 * The voting period announced to the owners (an election's VOTING dates, a resolution's votingStartsOn/EndsOn) is
 * a guard, not a label (docs/domain-rules.md#voting-period): the vote opens on its first day, takes ballots until
 * its last and closes no earlier. Days are days in China (`todayInChina`); a bound not announced (null) binds nothing.
 */
export interface VotingPeriod {
  startsOn: IsoDate | null;
  endsOn: IsoDate | null;
}

const span = (period: VotingPeriod) => `${period.startsOn ?? '—'} to ${period.endsOn ?? '—'}`;

/** Opening: on the announced first day; before it the owners were told to wait, after it they must be told anew. */
export function openingProblem(period: VotingPeriod, today: IsoDate): RuleProblem | null {
  if (period.startsOn && today < period.startsOn) {
    return { rule: 'VOTING_NOT_STARTED', message: `voting was announced to open on ${period.startsOn}` };
  }
  // a late opening would shorten the period the owners were told: re-announce it (edit the dates) first
  if ((period.startsOn && today > period.startsOn) || (period.endsOn && today > period.endsOn)) {
    return { rule: 'VOTING_START_PASSED', message: `voting was announced for ${span(period)}: announce the period anew before opening` };
  }
  return null;
}

/** A ballot: within the announced period, its last day included. */
export function ballotProblem(period: VotingPeriod, today: IsoDate): RuleProblem | null {
  if (period.startsOn && today < period.startsOn) return { rule: 'VOTING_NOT_STARTED', message: `voting was announced to open on ${period.startsOn}` };
  if (period.endsOn && today > period.endsOn) return { rule: 'VOTING_PERIOD_ENDED', message: `the voting period ended on ${period.endsOn}` };
  return null;
}

/** Closing: not before the announced last day, unless everyone on the fixed roll has voted (nobody is left to wait for). */
export function closingProblem(period: VotingPeriod, today: IsoDate, everyoneVoted: boolean): RuleProblem | null {
  if (period.endsOn && today < period.endsOn && !everyoneVoted) {
    return { rule: 'VOTING_PERIOD_RUNNING', message: `the owners were told they may vote until ${period.endsOn}` };
  }
  return null;
}

/**
 * Re-announcing the period (`subject` names the field): an announced day is moved, never withdrawn; once the vote is
 * open the period may be extended while it runs, never shortened, and not revived once over.
 */
export function periodEditProblems(stored: VotingPeriod, next: VotingPeriod, opened: boolean, today: IsoDate, subject: string): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const problem = (rule: string, message: string) => problems.push({ rule, subject, message });
  if ((stored.startsOn && !next.startsOn) || (stored.endsOn && !next.endsOn)) {
    problem('VOTING_PERIOD_REQUIRED', `the owners were told ${span(stored)}: announce new days rather than none`);
  }
  if (opened && stored.endsOn && next.endsOn && next.endsOn !== stored.endsOn) {
    if (stored.endsOn < today) problem('VOTING_PERIOD_ENDED', `the voting period ended on ${stored.endsOn}`);
    else if (next.endsOn < stored.endsOn) problem('VOTING_PERIOD_SHORTENED', `voting is open until ${stored.endsOn}: it may be extended, not shortened`);
  }
  return problems;
}
