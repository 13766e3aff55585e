import { EntityManager } from 'typeorm';
import type { RequestContext } from '../graphql/context';
import { ownerService } from '../owners/owner.service';
import { Election } from './election.entity';
import { Resolution } from './resolution.entity';
import { tallyElection, tallyResolution } from './tally';
import { ElectionTally, electionTally, ResolutionTally, resolutionTally } from './tally.types';

/**
 * Tallies are computed, never stored, from the roll and the ballots (two statements each), so a recount is
 * the same query run again. Only eligible, not withdrawn candidates stand.
 */
export async function electionTallyOf(ctx: RequestContext, em: EntityManager, election: Election): Promise<ElectionTally> {
  const [roll, candidates, ballots] = await Promise.all([
    ownerService.votingRoll(ctx, election.estateId),
    em.query(`SELECT id FROM candidate WHERE election_id = $1 AND decision = 'ELIGIBLE' AND NOT withdrawn`, [election.id]) as Promise<Array<{ id: number }>>,
    // choices as text: splitting "12,15" is cheaper than parsing thousands of integer arrays, and the tally
    // compares candidate keys as strings anyway
    em.query(`SELECT voter_key, array_to_string(choices, ',') AS choices FROM ballot WHERE election_id = $1`, [election.id]) as Promise<Array<{ voter_key: string; choices: string }>>,
  ]);
  const result = tallyElection({
    seats: election.seats,
    candidates: candidates.map((c) => String(c.id)),
    roll,
    ballots: ballots.map((b) => ({ personKey: b.voter_key, approvals: b.choices === '' ? [] : b.choices.split(',') })),
    deemedVotes: election.deemedVotes,
  });
  return electionTally(result, ballots.length);
}

export async function resolutionTallyOf(ctx: RequestContext, em: EntityManager, resolution: Resolution): Promise<ResolutionTally> {
  const [roll, ballots] = await Promise.all([
    ownerService.votingRoll(ctx, resolution.estateId),
    em.query(`SELECT voter_key, choice FROM resolution_ballot WHERE resolution_id = $1`, [resolution.id]) as Promise<Array<{ voter_key: string; choice: 'YES' | 'NO' | 'ABSTAIN' }>>,
  ]);
  const result = tallyResolution({
    matter: resolution.matter,
    roll,
    ballots: ballots.map((b) => ({ personKey: b.voter_key, choice: b.choice })),
    deemedVotes: resolution.deemedVotes,
  });
  return resolutionTally(result, ballots.length);
}
