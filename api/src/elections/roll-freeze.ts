import type { RequestContext } from '../request/context';
import { fail } from '../shared/errors';
import { ElectionPhase, FINAL_PHASES } from './election-phases';

/** Ballots rest on the roll from the opening of the vote until the result is certified (or the vote cancelled). */
const ROLL_FROZEN_PHASES: readonly ElectionPhase[] = [ElectionPhase.VOTING, ElectionPhase.COUNTING, ElectionPhase.RESULT_PUBLICITY];

/**
 * No new owner roll while an election of the estate is between the opening of the vote and certification
 * (docs/domain-rules.md#vote-record). With `lock`, the estate's elections are share-locked, so a move into
 * voting waits for the import, and the import sees a move that came first.
 */
export async function assertRollNotFrozen(ctx: RequestContext, estateId: number, lock: boolean): Promise<void> {
  const elections: Array<{ id: number; phase: ElectionPhase }> = await ctx.em.query(
    `SELECT id, phase FROM election WHERE estate_id = $1 AND phase <> ALL($2) ORDER BY id ${lock ? 'FOR SHARE' : ''}`,
    [estateId, FINAL_PHASES],
  );
  const frozen = elections.find((e) => ROLL_FROZEN_PHASES.includes(e.phase));
  if (frozen) {
    throw fail.invalidTransition('Election', frozen.id, frozen.phase, 'given a new owner roll: its ballots rest on the roll until the result is certified');
  }
}
