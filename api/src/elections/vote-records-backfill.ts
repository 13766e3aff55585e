import { RequestContext, withTransaction } from '../request/context';
import { electionVote, resolutionVote, voteRecords } from './records/vote-record.service';
import { Resolution } from '../resolutions/resolution.entity';
import { Election } from './election.entity';
import { ElectionPhase } from './election-phases';
import { storeElectionResult, storeResolutionResult } from './tally.service';
import { votingDays } from './election.service';
import { defaultVotedOn } from './election-edits';

const OPENED: readonly string[] = [ElectionPhase.VOTING, ElectionPhase.COUNTING, ElectionPhase.RESULT_PUBLICITY, ElectionPhase.CERTIFIED];
const COUNTED: readonly string[] = [ElectionPhase.COUNTING, ElectionPhase.RESULT_PUBLICITY, ElectionPhase.CERTIFIED];

/** When a vote's roll was fixed, its result counted and its record sealed; a moment not given is now. */
export interface VoteMoments {
  rollFixedAt?: Date;
  countedAt?: Date;
  sealedAt?: Date;
}

/**
 * Votes opened before their records were kept (an upgraded database, rows seeded directly): their roll is
 * fixed from the live roll as it stands at this start — the best evidence left — then counted and sealed as
 * their phase says, dated now. Only the demo seed, which lays down a past and knows its roll did not move, dates
 * them when their votes ran (`momentsOf`). Idempotent: one statement when every vote has its record. Returns the
 * votes completed.
 */
export async function ensureVoteRecords(
  ctx: RequestContext,
  momentsOf: (kind: 'ELECTION' | 'RESOLUTION', id: number) => Promise<VoteMoments> = async () => ({}),
): Promise<number> {
  const missing: Array<{ kind: 'ELECTION' | 'RESOLUTION'; id: number }> = await ctx.em.query(
    `SELECT 'ELECTION' AS kind, e.id FROM election e
       LEFT JOIN vote_record r ON r.election_id = e.id LEFT JOIN vote_result v ON v.vote_record_id = r.id
      WHERE (e.phase = ANY($1) AND (r.id IS NULL OR (e.phase = ANY($2) AND v.vote_record_id IS NULL) OR (e.phase = 'CERTIFIED' AND r.sha256 IS NULL)))
         OR (e.phase = 'CANCELLED' AND v.vote_record_id IS NOT NULL AND r.sha256 IS NULL)
     UNION ALL
     SELECT 'RESOLUTION', s.id FROM resolution s
       LEFT JOIN vote_record r ON r.resolution_id = s.id
      WHERE s.phase IN ('VOTING', 'CLOSED') AND (r.id IS NULL OR (s.phase = 'CLOSED' AND r.sha256 IS NULL))
     ORDER BY 1, 2`,
    [OPENED, COUNTED],
  );
  for (const vote of missing) {
    await withTransaction(ctx, async (ctx) => {
      const at = await momentsOf(vote.kind, vote.id);
      if (vote.kind === 'ELECTION') {
        const election = await ctx.em.findOneByOrFail(Election, { id: vote.id });
        const ref = electionVote(election);
        await voteRecords.fixRoll(ctx, ref, at.rollFixedAt);
        if (COUNTED.includes(election.phase)) {
          if (!election.votedOn) {
            // the day the vote closed is the best evidence there is, held to the voting period as closing holds it
            // (election-edits.ts defaultVotedOn): never after the announced last day of voting
            const days = await votingDays(ctx, election, false);
            if (days.closedOn) {
              election.votedOn = defaultVotedOn(days.closedOn, days);
              await ctx.em.query(`UPDATE election SET voted_on = $2 WHERE id = $1`, [election.id, election.votedOn]);
            }
          }
          if (!(await voteRecords.storedResult(ctx, ref))) await storeElectionResult(ctx, election, at.countedAt);
        }
        // certified, or counted and then cancelled: sealed as the lifecycle seals them now
        if (election.phase === ElectionPhase.CERTIFIED || election.phase === ElectionPhase.CANCELLED) await voteRecords.seal(ctx, ref, election.votedOn, at.sealedAt);
      } else {
        const resolution = await ctx.em.findOneByOrFail(Resolution, { id: vote.id });
        const ref = resolutionVote(resolution);
        await voteRecords.fixRoll(ctx, ref, at.rollFixedAt);
        if (resolution.phase === 'CLOSED') {
          await storeResolutionResult(ctx, resolution, at.countedAt);
          await voteRecords.seal(ctx, ref, null, at.sealedAt);
        }
      }
    }).catch((error: Error) => {
      // one vote whose ballots no longer fit the live roll must not stop the server: it stays without a record
      ctx.log.warn('vote-record.backfill-failed', { kind: vote.kind, id: vote.id, error: error.name });
    });
  }
  return missing.length;
}
