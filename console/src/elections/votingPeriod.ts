import { announcedDays, ASSEMBLY_NOTICE_DAYS, endProblem, isAnnounced, PERIOD_MOVES, periodMoveProblem, startProblem, type AnnouncedPeriod } from '../../../api/src/elections/announced-period';
import { ElectionPhase, type ElectionAction } from '../../../api/src/elections/election-phases';
import { addDays, todayInChina } from '../../../api/src/shared/iso-date';

/** Why a move is held back: a rule to translate under wuye.rules, with its figures (the announced days, a count). */
export interface MoveHold {
  rule: string;
  args?: Record<string, unknown>;
}

/** The server's problem with the announced period as a hold, saying the days the owners were told. */
const heldBy = (problem: { rule: string } | null, period: AnnouncedPeriod): MoveHold | null => (problem ? { rule: problem.rule, args: announcedDays(period) } : null);

/**
 * Why the announced voting period holds a move back today, by the server's own rule (announced-period.ts), or null.
 * `everyoneVoted` undefined: not known here (the tally not loaded yet), so closing is left to the server.
 */
export function periodHold(action: string, period: AnnouncedPeriod, everyoneVoted?: boolean): MoveHold | null {
  const today = todayInChina();
  if (action === 'OPEN_VOTING') return heldBy(startProblem(ElectionPhase.VOTING, period, today), period);
  if (action === 'CLOSE_VOTING' && everyoneVoted !== undefined) return heldBy(endProblem(ElectionPhase.VOTING, period, today, everyoneVoted), period);
  return null;
}

/**
 * Why the periods announced for an election's nomination, voting and result publicity hold `action` back today, by
 * the server's rule (announced-period.ts), or null. Closing the vote before its last day needs everyone to have
 * voted: with `everyoneVoted` unknown it is left to the server.
 */
export function electionPeriodHold(action: ElectionAction, phases: ReadonlyArray<{ phase: string; startsOn: string | null; endsOn: string | null }>, everyoneVoted?: boolean): MoveHold | null {
  if (action === 'CLOSE_VOTING' && everyoneVoted === undefined) return null;
  const plan: Partial<Record<ElectionPhase, AnnouncedPeriod>> = {};
  for (const p of phases) if (isAnnounced(p.phase as ElectionPhase)) plan[p.phase as ElectionPhase] = { startsOn: p.startsOn, endsOn: p.endsOn };
  const bound = PERIOD_MOVES[action];
  return bound ? heldBy(periodMoveProblem(action, plan, todayInChina(), everyoneVoted), plan[bound.phase] ?? { startsOn: null, endsOn: null }) : null;
}

/** Whether everyone on the vote's roll has a ballot, by its live tally (voting-period.guard.ts everyoneVoted); undefined until it is read. */
export function everyoneVotedIn(tally: { ballots?: number; totals?: { headcount?: number } } | null | undefined): boolean | undefined {
  return tally?.totals?.headcount !== undefined ? (tally.ballots ?? 0) >= tally.totals.headcount : undefined;
}

/**
 * The first day a voting period announced today may begin (an assembly is called ASSEMBLY_NOTICE_DAYS ahead,
 * announced-period.ts): what a form offers for a vote's first day when none has been announced.
 */
export function noticedFirstDay(): string {
  return addDays(todayInChina(), ASSEMBLY_NOTICE_DAYS);
}
