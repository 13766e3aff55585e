import type { RequestContext } from '../request/context';
import { lruPerDatabase } from '../shared/lru';
import { ownerService } from '../owners/owner.service';
import { ballotsOf } from './ballot-box-cache';
import { standingSql } from './standing';
import { Election } from './election.entity';
import { Resolution } from '../resolutions/resolution.entity';
import { ElectionInput, tallyElection, tallyResolution } from './tally';
import { ElectionTally, electionTally, ResolutionTally, resolutionTally } from './tally.types';

/**
 * Tallies are computed, never stored, from the roll and the ballots (one statement each, reading only what
 * changed since this process last looked), so a recount is the same computation run again. Only standing
 * candidates (standing.ts) are counted.
 */
export async function electionTallyOf(ctx: RequestContext, election: Election): Promise<ElectionTally> {
  const [roll, candidates, ballots] = await Promise.all([
    ownerService.votingRoll(ctx, election.estateId),
    ctx.em.query(`SELECT id FROM candidate WHERE election_id = $1 AND ${standingSql('candidate')}`, [election.id]) as Promise<Array<{ id: number }>>,
    ballotsOf(ctx, election.id),
  ]);
  const inputs = { seats: election.seats, candidates: candidates.map((c) => String(c.id)), roll, ballots, deemedVotes: election.deemedVotes };
  return lastTallyOf(ctx, election.id, inputs, () => electionTally(tallyElection(inputs), ballots.length));
}

/**
 * The tally is a pure function of its inputs, and the roll and the ballots are kept as immutable objects that
 * are replaced when they change: the same objects (and the same candidates, seats and rule) give the same
 * tally, so a count nobody changed is not counted again.
 */
const lastTalliesOf = lruPerDatabase<number, { inputs: ElectionInput; tally: ElectionTally }>(64);

function lastTallyOf(ctx: RequestContext, electionId: number, inputs: ElectionInput, count: () => ElectionTally): ElectionTally {
  const lastTallies = lastTalliesOf(ctx);
  const last = lastTallies.get(electionId);
  const same =
    last &&
    last.inputs.roll === inputs.roll &&
    last.inputs.ballots === inputs.ballots &&
    last.inputs.seats === inputs.seats &&
    last.inputs.deemedVotes === inputs.deemedVotes &&
    last.inputs.candidates.join() === inputs.candidates.join();
  if (same) return last.tally;
  const tally = count();
  lastTallies.set(electionId, { inputs, tally });
  return tally;
}

export async function resolutionTallyOf(ctx: RequestContext, resolution: Resolution): Promise<ResolutionTally> {
  const [roll, ballots] = await Promise.all([
    ownerService.votingRoll(ctx, resolution.estateId),
    ctx.em.query(`SELECT voter_key, choice FROM resolution_ballot WHERE resolution_id = $1`, [resolution.id]) as Promise<Array<{ voter_key: string; choice: 'YES' | 'NO' | 'ABSTAIN' }>>,
  ]);
  const result = tallyResolution({
    matter: resolution.matter,
    roll,
    ballots: ballots.map((b) => ({ personKey: b.voter_key, choice: b.choice })),
    deemedVotes: resolution.deemedVotes,
  });
  return resolutionTally(result, ballots.length);
}
