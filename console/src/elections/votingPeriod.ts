import { ASSEMBLY_NOTICE_DAYS, endProblem, isAnnounced, periodMoveProblem, startProblem, type AnnouncedPeriod } from '../../../api/src/elections/announced-period';
import { ElectionPhase, type ElectionAction } from '../../../api/src/elections/election-phases';
import { addDays, todayInChina } from '../../../api/src/shared/iso-date';

/**
 * Why the announced voting period holds a move back today, by the server's own rule (a rule code to translate
 * under wuye.rules), or null. `everyoneVoted` undefined: not known here, so closing is left to the server.
 */
export function periodHold(action: string, period: AnnouncedPeriod, everyoneVoted?: boolean): string | null {
  const today = todayInChina();
  if (action === 'OPEN_VOTING') return startProblem(ElectionPhase.VOTING, period, today)?.rule ?? null;
  if (action === 'CLOSE_VOTING' && everyoneVoted !== undefined) return endProblem(ElectionPhase.VOTING, period, today, everyoneVoted)?.rule ?? null;
  return null;
}

/**
 * Why the periods announced for an election's nomination, voting and result publicity hold `action` back today, by
 * the server's rule (announced-period.ts), or null. Whether everyone has voted is not known here: closing the vote
 * early is left to the server.
 */
export function electionPeriodHold(action: ElectionAction, phases: ReadonlyArray<{ phase: string; startsOn: string | null; endsOn: string | null }>): string | null {
  if (action === 'CLOSE_VOTING') return null;
  const plan: Partial<Record<ElectionPhase, AnnouncedPeriod>> = {};
  for (const p of phases) if (isAnnounced(p.phase as ElectionPhase)) plan[p.phase as ElectionPhase] = { startsOn: p.startsOn, endsOn: p.endsOn };
  return periodMoveProblem(action, plan, todayInChina())?.rule ?? null;
}

/**
 * The first day a voting period announced today may begin (an assembly is called ASSEMBLY_NOTICE_DAYS ahead,
 * announced-period.ts): what a form offers for a vote's first day when none has been announced.
 */
export function noticedFirstDay(): string {
  return addDays(todayInChina(), ASSEMBLY_NOTICE_DAYS);
}
