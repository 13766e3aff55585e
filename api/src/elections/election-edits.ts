import type { IsoDate } from '../shared/iso-date';
import type { RuleProblem } from '../shared/rule-violation';
import { ElectionPhase, FINAL_PHASES } from './election-phases';
import { AnnouncedPeriod, announcedDays, isAnnounced, PeriodFields, periodEditProblems } from './announced-period';
import { isPublicity, plannedPublicityProblem } from './publicity';

/**
 * What `updateElection` may still change in each phase (docs/roles-and-workflows.md#elections): what the owners were
 * told stays as told — a phase's dates once it is entered, the objection window once published (longer, never
 * shorter), the rules of the vote once voting opens, the title once the result is posted — and nothing once final.
 */

const PHASE_ORDER = Object.values(ElectionPhase);
// while counting only: once the result notice is posted it prints the day, and a correction is a recount (PRINTED_ON_RESULT_NOTICE)
const VOTED_ON_CORRECTABLE: readonly ElectionPhase[] = [ElectionPhase.COUNTING];

/**
 * The election's own settings the result notice prints (records/result-notice.ts: the title, the seats, the planned and
 * actual voting day, deemed votes; the voting period is a phase behind it, PHASE_OVER): frozen as a class by the move
 * that posts it (PUBLISH_RESULT), not field by field; a correction is a RECOUNT, which posts the notice anew (attacker
 * round 9 F6: the voting day changed under the posted notice while its title was frozen).
 */
export const PRINTED_ON_RESULT_NOTICE = ['title', 'seats', 'deemedVotes', 'plannedVotingOn', 'votedOn'] as const satisfies ReadonlyArray<keyof ElectionNow & keyof ElectionEdit>;

export interface PlannedPhase {
  phase: ElectionPhase;
  startsOn: IsoDate | null;
  endsOn: IsoDate | null;
}

export interface StoredPhase extends PlannedPhase {
  /** the day (in China) the election last entered the phase; null while it has not */
  enteredOn: IsoDate | null;
}

/** The facts the rule needs, gathered by the service. */
export interface ElectionNow {
  phase: ElectionPhase;
  title: string;
  seats: number;
  deemedVotes: boolean;
  plannedVotingOn: IsoDate | null;
  votedOn: IsoDate | null;
  plan: readonly StoredPhase[];
  today: IsoDate;
  /** the day (in China) the vote was first closed (CLOSE_VOTING; a recount re-enters counting later); null while open */
  votingClosedOn?: IsoDate | null;
}

/** The election as the edit would leave it (an omitted date already resolved to the current one); `phases` are the plan entries given. */
export interface ElectionEdit {
  title: string;
  seats: number;
  deemedVotes: boolean;
  plannedVotingOn: IsoDate | null;
  votedOn: IsoDate | null;
  phases: readonly PlannedPhase[];
}

/**
 * FINAL: the election is certified or cancelled, nothing changes; FROZEN: a setting this phase no longer changes
 * (`action` says which, for the invalid-transition error); FIELDS: dates refused, `subject` naming the input field.
 */
export type EditRefusal = { kind: 'FINAL' } | { kind: 'FROZEN'; rule: string; action: string } | { kind: 'FIELDS'; problems: RuleProblem[] };

const at = (phase: ElectionPhase) => PHASE_ORDER.indexOf(phase);

/**
 * Phase dates follow the lifecycle's order: no phase starts before the one it follows, each phase listed once. The
 * phases given are ordered among themselves and against the `stored` plan of those not given.
 */
export function checkPhaseOrder(phases: readonly PlannedPhase[], stored: readonly PlannedPhase[] = []): RuleProblem[] {
  const repeated = phases.findIndex((p, i) => phases.findIndex((q) => q.phase === p.phase) < i);
  if (repeated >= 0) return [{ rule: 'PHASE_REPEATED', subject: `phases[${repeated}].phase`, message: 'each phase may be listed once' }];
  const given = new Set(phases.map((p) => p.phase));
  const merged = [...stored.filter((p) => !given.has(p.phase)), ...phases];
  const starts = merged.filter((p) => p.startsOn).sort((a, b) => at(a.phase) - at(b.phase));
  for (let i = 1; i < starts.length; i++) {
    // a pair the edit leaves alone is not this edit's to judge
    if (starts[i].startsOn! < starts[i - 1].startsOn! && (given.has(starts[i].phase) || given.has(starts[i - 1].phase))) {
      // reported on the start this edit gives: the later phase's, or else the earlier one's
      const blamed = phases.findIndex((p) => p.phase === (given.has(starts[i].phase) ? starts[i] : starts[i - 1]).phase);
      return [{ rule: 'PHASE_ORDER', subject: planFields(blamed).startsOn, message: `${starts[i].phase} starts before ${starts[i - 1].phase}`, args: { phase: starts[i].phase, before: starts[i - 1].phase } }];
    }
  }
  return [];
}

/** What bounds the day the owners voted: today, and the voting period as it ran. */
export interface VotingDays {
  today: IsoDate;
  /** the day (in China) voting opened */
  openedOn: IsoDate | null;
  /** the announced last day of voting (the planned end of VOTING) */
  endsOn: IsoDate | null;
  /** the day (in China) the vote was closed: today when closing */
  closedOn: IsoDate | null;
}

/**
 * The voting day is a fact of the voting period (docs/domain-rules.md#committee-filing): not in the future, not before
 * voting opened, not after its announced last day nor after the vote was closed — the committee filing's 30 days
 * count from it, and a day after the vote would move that deadline.
 */
export function votedOnProblem(votedOn: IsoDate, days: VotingDays): RuleProblem | null {
  if (votedOn > days.today) return { rule: 'VOTED_ON_FUTURE', subject: 'votedOn', message: `${votedOn} has not come yet`, args: { day: votedOn } };
  if (days.openedOn && votedOn < days.openedOn) return { rule: 'VOTED_ON_BEFORE_OPENING', subject: 'votedOn', message: `voting opened on ${days.openedOn}`, args: { day: votedOn, openedOn: days.openedOn } };
  if (days.endsOn && votedOn > days.endsOn) return { rule: 'VOTED_ON_AFTER_VOTING_PERIOD', subject: 'votedOn', message: `the owners were told voting ends on ${days.endsOn}`, args: { day: votedOn, endsOn: days.endsOn } };
  if (days.closedOn && votedOn > days.closedOn) return { rule: 'VOTED_ON_AFTER_CLOSING', subject: 'votedOn', message: `the vote was closed on ${days.closedOn}`, args: { day: votedOn, closedOn: days.closedOn } };
  return null;
}

/**
 * The voting day recorded when none is given (closing the vote, or a vote counted before the day was recorded): the
 * day it closed, but not after the announced last day — ballots typed in after the period were cast within it — and
 * not before voting opened.
 */
export function defaultVotedOn(closedOn: IsoDate, days: Pick<VotingDays, 'openedOn' | 'endsOn'>): IsoDate {
  const within = days.endsOn && days.endsOn < closedOn ? days.endsOn : closedOn;
  return days.openedOn && within < days.openedOn ? days.openedOn : within;
}

/**
 * Publishing the candidates starts the objection window (docs/roles-and-workflows.md#elections): a window planned to
 * end before the day of publication would let voting open at once, so it is planned anew first. null when it may.
 */
export function checkPublicationWindow(window: PlannedPhase | undefined, today: IsoDate): string | null {
  if (window?.endsOn && window.endsOn < today) return `the objection window is planned to end on ${window.endsOn}, before today: extend it first`;
  return null;
}

/** The input fields of the plan's entry at `index` (`phases[2].startsOn`): a date's problem is reported on that date. */
export const planFields = (index: number): PeriodFields => ({ startsOn: `phases[${index}].startsOn`, endsOn: `phases[${index}].endsOn` });

function planProblems(now: ElectionNow, phases: readonly PlannedPhase[]): RuleProblem[] {
  const problems: RuleProblem[] = [];
  phases.forEach((given, index) => {
    const fields = planFields(index);
    const problem = (rule: string, message: string, day: keyof PeriodFields) => problems.push({ rule, subject: fields[day], message });
    const stored = now.plan.find((p) => p.phase === given.phase) ?? { ...given, startsOn: null, endsOn: null, enteredOn: null };
    const startMoved = (given.startsOn ?? null) !== stored.startsOn;
    const endMoved = (given.endsOn ?? null) !== stored.endsOn;
    if (!startMoved && !endMoved) return;
    const current = given.phase === now.phase;
    // a phase behind the election is history, as it was planned when the owners were told
    if (at(given.phase) < at(now.phase)) {
      problem('PHASE_OVER', `${given.phase} is over: its planned dates stay ${stored.startsOn ?? '—'} to ${stored.endsOn ?? '—'}`, startMoved ? 'startsOn' : 'endsOn');
      return;
    }
    if (current && startMoved) problem('PHASE_STARTED', `${given.phase} has begun${stored.enteredOn ? ` (${stored.enteredOn})` : ''}: its planned start stays ${stored.startsOn ?? '—'}`, 'startsOn');
    if (endMoved && given.endsOn && stored.enteredOn && given.endsOn < stored.enteredOn) {
      problem('PHASE_ENDS_BEFORE_ENTERED', `${given.phase} was entered on ${stored.enteredOn}: its planned end cannot come before that day`, 'endsOn');
    }
    // the objection window as published (and as extended since) is what the owners rely on: longer, never shorter
    const published = given.phase === ElectionPhase.CANDIDATE_PUBLICITY && (current || stored.enteredOn !== null);
    if (published && endMoved && stored.endsOn && (!given.endsOn || given.endsOn < stored.endsOn)) {
      problem('OBJECTION_WINDOW_SHORTENED', `the objection window was published to run until ${stored.endsOn}: it may be extended, not shortened`, 'endsOn');
    }
    // a period told to the owners is re-announced, never withdrawn, and once begun extended while it runs (announced-period.ts)
    if (isAnnounced(given.phase)) problems.push(...periodEditProblems(given.phase, stored, given, current, now.today, fields));
    // a publicity still ahead is planned at least its minimum (publicity.ts); a running one only grows
    if (isPublicity(given.phase) && !current) {
      const short = plannedPublicityProblem(given.phase, given);
      if (short) problems.push({ ...short, subject: fields.endsOn });
    }
  });
  return problems;
}

/**
 * The single day the owners were called to vote is a day of the announced voting period, when both are given (a bound
 * given alone binds alone): a notice naming a day outside the period would tell the owners two things.
 */
export function plannedVotingDayProblem(plannedVotingOn: IsoDate | null, period: AnnouncedPeriod | undefined): RuleProblem | null {
  if (!plannedVotingOn || !period) return null;
  if ((period.startsOn && plannedVotingOn < period.startsOn) || (period.endsOn && plannedVotingOn > period.endsOn)) {
    return { rule: 'PLANNED_VOTING_DAY_OUTSIDE_PERIOD', subject: 'plannedVotingOn', message: `${plannedVotingOn} is outside the voting period ${period.startsOn ?? '—'} to ${period.endsOn ?? '—'}`, args: { day: plannedVotingOn, ...announcedDays(period) } };
  }
  return null;
}

function votingDayProblems(now: ElectionNow, edit: ElectionEdit): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const votingEntered = now.plan.find((p) => p.phase === ElectionPhase.VOTING)?.enteredOn ?? null;
  const votingOpened = at(now.phase) >= at(ElectionPhase.VOTING) || votingEntered !== null;
  // judged when the edit moves the day or the period before voting opens (after it, neither may move apart); a pair
  // the edit leaves alone is not this edit's to judge
  const storedVoting = now.plan.find((p) => p.phase === ElectionPhase.VOTING);
  const givenVoting = edit.phases.find((p) => p.phase === ElectionPhase.VOTING);
  const periodMoved = givenVoting !== undefined && (givenVoting.startsOn !== (storedVoting?.startsOn ?? null) || givenVoting.endsOn !== (storedVoting?.endsOn ?? null));
  if (!votingOpened && (edit.plannedVotingOn !== now.plannedVotingOn || periodMoved)) {
    const outside = plannedVotingDayProblem(edit.plannedVotingOn, givenVoting ?? storedVoting);
    if (outside) problems.push(outside);
  }
  if (edit.plannedVotingOn !== now.plannedVotingOn && votingOpened) {
    problems.push({ rule: 'VOTING_OPENED', subject: 'plannedVotingOn', message: `voting has opened${votingEntered ? ` (${votingEntered})` : ''}: the day the owners were called to stays ${now.plannedVotingOn ?? '—'}`, args: { ...(votingEntered ? { openedOn: votingEntered } : {}), ...(now.plannedVotingOn ? { plannedVotingOn: now.plannedVotingOn } : {}) } });
  }
  if (edit.votedOn !== now.votedOn) {
    // a wrongly recorded voting day is corrected while the result is counted or published (docs/domain-rules.md#committee-filing)
    if (!VOTED_ON_CORRECTABLE.includes(now.phase)) {
      problems.push({ rule: 'ONLY_WHEN_CLOSING', subject: 'votedOn', message: 'the voting day is recorded when the vote is closed, and corrected while the votes are counted' });
    } else if (!edit.votedOn) {
      problems.push({ rule: 'REQUIRED', subject: 'votedOn', message: 'a counted vote has a voting day' });
    } else {
      const wrong = votedOnProblem(edit.votedOn, { today: now.today, openedOn: votingEntered, endsOn: storedVoting?.endsOn ?? null, closedOn: now.votingClosedOn ?? null });
      if (wrong) problems.push(wrong);
    }
  }
  return problems;
}

/** Why this edit of the election is refused, or null when it may be saved. */
export function checkElectionEdit(now: ElectionNow, edit: ElectionEdit): EditRefusal | null {
  // a certified result stands (Civil Code Art. 280) and a cancelled election is followed by a new one: both are records
  if (FINAL_PHASES.includes(now.phase)) return { kind: 'FINAL' };
  if (at(now.phase) >= at(ElectionPhase.VOTING) && (edit.seats !== now.seats || edit.deemedVotes !== now.deemedVotes)) {
    return { kind: 'FROZEN', rule: 'SETTINGS_FROZEN', action: 'given new seats or a new deemed-votes setting once voting has opened' };
  }
  const resultPublished = at(now.phase) >= at(ElectionPhase.RESULT_PUBLICITY) || now.plan.some((p) => p.phase === ElectionPhase.RESULT_PUBLICITY && p.enteredOn !== null);
  if (resultPublished && edit.title !== now.title) return { kind: 'FROZEN', rule: 'TITLE_FROZEN', action: 'given a new title once its result notice is published' };
  const changedOnNotice = PRINTED_ON_RESULT_NOTICE.filter((field) => edit[field] !== now[field]);
  if (at(now.phase) >= at(ElectionPhase.RESULT_PUBLICITY) && changedOnNotice.length) {
    return { kind: 'FROZEN', rule: 'NOTICE_POSTED', action: `given a new ${changedOnNotice.join(', ')} while its result notice is posted, which prints it (correct it by a recount, which posts the notice anew)` };
  }
  const problems = [...checkPhaseOrder(edit.phases, now.plan), ...planProblems(now, edit.phases), ...votingDayProblems(now, edit)];
  return problems.length ? { kind: 'FIELDS', problems } : null;
}
