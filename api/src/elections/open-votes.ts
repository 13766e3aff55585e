import type { RequestContext } from '../request/context';
import { ElectionPhase } from './election-phases';

/** Elections whose roll was fixed and whose result is not certified yet. */
const OPEN_PHASES: readonly ElectionPhase[] = [ElectionPhase.VOTING, ElectionPhase.COUNTING, ElectionPhase.RESULT_PUBLICITY];

/**
 * The estate's votes that are open or counted but not certified (docs/domain-rules.md#vote-record). Each counts
 * on the roll fixed when it opened, so an owner-roll import goes on — it changes the live roll, for later
 * votes only — and its report names these, which it leaves as they are. Elections and resolutions alike.
 */
export function openVotesOf(ctx: RequestContext, estateId: number): Promise<Array<{ kind: string; id: string; phase: string }>> {
  return ctx.em.query(
    `SELECT 'ELECTION' AS kind, id::text, phase FROM election WHERE estate_id = $1 AND phase = ANY($2)
     UNION ALL
     SELECT 'RESOLUTION', id::text, phase FROM resolution WHERE estate_id = $1 AND phase = 'VOTING'
     ORDER BY 1, 2`,
    [estateId, OPEN_PHASES],
  );
}
