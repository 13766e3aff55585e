import { closingProblem, openingProblem, type VotingPeriod } from '../../../api/src/elections/voting-period';
import { todayInChina } from '../../../api/src/shared/iso-date';

/**
 * Why the announced voting period holds a move back today, by the server's own rule (a rule code to translate
 * under wuye.rules), or null. `everyoneVoted` undefined: not known here, so closing is left to the server.
 */
export function periodHold(action: string, period: VotingPeriod, everyoneVoted?: boolean): string | null {
  const today = todayInChina();
  if (action === 'OPEN_VOTING') return openingProblem(period, today)?.rule ?? null;
  if (action === 'CLOSE_VOTING' && everyoneVoted !== undefined) return closingProblem(period, today, everyoneVoted)?.rule ?? null;
  return null;
}
