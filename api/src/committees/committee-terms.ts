import { addDays, IsoDate } from '../shared/iso-date';
import { RuleProblem } from '../shared/rule-violation';

/** One committee's term in an estate (第N届), both ends included. */
export interface CommitteeTerm {
  termNumber: number;
  termStart: IsoDate;
  termEnd: IsoDate;
}

const overlaps = (a: CommitteeTerm, b: CommitteeTerm): boolean => a.termStart <= b.termEnd && b.termStart <= a.termEnd;
const describe = (t: CommitteeTerm): string => `term ${t.termNumber} (${t.termStart} – ${t.termEnd})`;

/**
 * One committee sits at a time in an estate (docs/domain-rules.md#re-election): a new term may not share a day with
 * another committee's term there. A sitting committee's term ends only by its successor's certification, which ends
 * it the day before the election; a registration never ends one.
 */
export function termOverlapProblem(term: CommitteeTerm, others: readonly CommitteeTerm[]): RuleProblem | null {
  const clash = others.filter((o) => overlaps(term, o));
  if (clash.length === 0) return null;
  return {
    rule: 'COMMITTEE_TERM_OVERLAP',
    message: `${describe(term)} shares days with ${clash.map(describe).join(', ')}: one committee sits at a time; a sitting committee's term ends when its successor's election is certified`,
  };
}

/**
 * Term numbers follow the dates (docs/domain-rules.md#committee-term): every earlier-numbered term ends before this one
 * starts and every later-numbered one starts after it ends.
 */
export function termOrderProblem(term: CommitteeTerm, others: readonly CommitteeTerm[]): RuleProblem | null {
  const out = others.filter(
    (o) => o.termNumber !== term.termNumber && !overlaps(term, o) && (o.termNumber < term.termNumber ? o.termStart > term.termEnd : o.termEnd < term.termStart),
  );
  if (out.length === 0) return null;
  return {
    rule: 'COMMITTEE_TERM_ORDER',
    message: `${describe(term)} is out of order with ${out.map(describe).join(', ')}: a later term starts after the earlier one ends`,
  };
}

/**
 * A sitting committee's term as its successor's certification leaves it (docs/domain-rules.md#re-election): ended the day
 * before the successor's election, when it began before that day (a term ends after it starts); otherwise as it was,
 * and the overlap rule refuses the succession.
 */
export function succeededBy(sitting: CommitteeTerm, successorStart: IsoDate): CommitteeTerm {
  const lastDay = addDays(successorStart, -1);
  return sitting.termStart < lastDay && sitting.termEnd > lastDay ? { ...sitting, termEnd: lastDay } : sitting;
}

/** What bounds the day a new composition of a committee takes effect. */
export interface CompositionDays {
  today: IsoDate;
  term: Pick<CommitteeTerm, 'termStart' | 'termEnd'>;
  /** the day the composition in force took effect (its members' latest start) */
  inForceSince: IsoDate | null;
}

/**
 * A composition is history once recorded (docs/domain-rules.md#committee-members): a new one takes effect within the
 * term, not in the future, and not before the one in force, which it ends that day; a term that has ended takes none.
 */
export function compositionDayProblem(effectiveOn: IsoDate, days: CompositionDays): RuleProblem | null {
  const { today, term, inForceSince } = days;
  if (term.termEnd < today) return { rule: 'COMMITTEE_TERM_ENDED', message: `the term ended on ${term.termEnd}: its composition is history`, args: { termEnd: term.termEnd } };
  if (effectiveOn > today) return { rule: 'NOT_FUTURE', message: 'must not be in the future: a composition is recorded once it has taken effect' };
  if (effectiveOn < term.termStart || effectiveOn > term.termEnd) return { rule: 'OUTSIDE_TERM', message: `must fall within the term ${term.termStart} – ${term.termEnd}`, args: { termStart: term.termStart, termEnd: term.termEnd } };
  if (inForceSince && effectiveOn < inForceSince) {
    return { rule: 'BEFORE_COMPOSITION_IN_FORCE', message: `the composition in force took effect on ${inForceSince}: a new one takes effect on or after that day`, args: { since: inForceSince } };
  }
  return null;
}

/**
 * A committee filing is of this committee's events (docs/domain-rules.md#committee-filing): within its term and not in
 * the future; its establishment is of the day it was elected.
 */
export function filingEventProblem(kind: 'ESTABLISHMENT' | 'CHANGE', eventDate: IsoDate, committee: { electedOn: IsoDate; termStart: IsoDate; termEnd: IsoDate }, today: IsoDate): RuleProblem | null {
  if (eventDate > today) return { rule: 'NOT_FUTURE', message: 'must not be in the future' };
  if (kind === 'ESTABLISHMENT' && eventDate !== committee.electedOn) {
    return { rule: 'ESTABLISHMENT_NOT_ELECTION_DAY', message: `a committee's establishment is filed for the day it was elected, ${committee.electedOn}`, args: { electedOn: committee.electedOn } };
  }
  if (kind === 'CHANGE' && (eventDate < committee.electedOn || eventDate < committee.termStart || eventDate > committee.termEnd)) {
    return { rule: 'OUTSIDE_TERM', message: `a change falls on or after the election (${committee.electedOn}) and within the term ${committee.termStart} – ${committee.termEnd}`, args: { electedOn: committee.electedOn, termStart: committee.termStart, termEnd: committee.termEnd } };
  }
  return null;
}
