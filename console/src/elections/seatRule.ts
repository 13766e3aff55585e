import { ElectionKind } from '../../../api/src/elections/election-phases';
import { checkElectionSeats } from '../../../api/src/elections/election-seats';

/**
 * The seats an election may put to the vote, checked as the user types by the server's own rule
 * (api/src/elections/election-seats.ts, docs/domain-rules.md#committee-size): odd, 5–11; 3 where the estate has at
 * most 100 households. A by-election counts the sitting members too, which the form does not know: the server alone
 * checks it. undefined: nothing to say (valid, empty, or not known here).
 */
export function seatsProblem(seats: unknown, kind: string | undefined, households: number | undefined): { message: string; args: Record<string, unknown> } | undefined {
  if (seats === null || seats === undefined || seats === '' || households === undefined) return undefined;
  if (kind !== ElectionKind.FIRST && kind !== ElectionKind.RE_ELECTION) return undefined;
  if (!Number.isSafeInteger(households) || households < 0) return undefined;
  const problem = checkElectionSeats({ kind, seats: Number(seats) }, { households, sittingMembers: 0 });
  return problem ? { message: `wuye.rules.${problem.rule}`, args: problem.rule === 'COMMITTEE_SIZE' ? { households } : {} } : undefined;
}
