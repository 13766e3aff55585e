import { admits, Policies } from '../auth/policies';
import { inJurisdiction } from '../estates/jurisdiction';
import { readTogether, type RequestContext } from '../request/context';
import { lruPerDatabase } from '../shared/lru';
import { ownerService } from '../owners/owner.service';
import type { VotingRoll } from '../owners/voting-weights';
import {
  ElectionRecordResult, electionResultOf, electionResultRecord, ResolutionRecordResult, resolutionResultOf, resolutionResultRecord,
} from './records/vote-record';
import { electionVote, resolutionVote, VoteRef, voteRecords } from './records/vote-record.service';
import { ballotsOf } from './ballot-box-cache';
import { standingSql } from './standing';
import { Election } from './election.entity';
import { Resolution } from '../resolutions/resolution.entity';
import { ElectionInput, tallyElection, tallyResolution } from './tally';
import { applyTieSettlement } from './tie-settlement';
import { ElectionTally, electionTally, ResolutionTally, resolutionTally } from './tally.types';

/**
 * A vote's tally (docs/domain-rules.md#vote-record): once counted, the result stored when voting closed, never counted again;
 * while voting is open, the ballots counted on the roll fixed when it opened; before that, a preview on the
 * live roll (no ballots yet). Only eligible, not withdrawn candidates stand.
 */

/**
 * While voting is open the tally moves with each ballot entered: read before and after one (the change feed says
 * when), its difference is that voter's area and choices, and the roll's areas name the voter. So until the vote is
 * counted only the officers running it read the tally, as only they read who voted (docs/domain-rules.md#vote-record);
 * for everyone else it is null until counted.
 */
async function readsLiveTally(ctx: RequestContext, estateId: number): Promise<boolean> {
  return admits(Policies.electionsRun, ctx.principal) && (await inJurisdiction(ctx, estateId));
}

/** The roll a vote counts on: the one fixed when it opened, else (not open yet) the live one. */
async function rollToCount(ctx: RequestContext, vote: VoteRef): Promise<VotingRoll> {
  return (await voteRecords.rollOf(ctx, vote))?.voting ?? ownerService.votingRoll(ctx, vote.estateId);
}

export async function electionTallyOf(ctx: RequestContext, election: Election): Promise<ElectionTally> {
  return (await electionTallyRead(ctx, election, false))!;
}

/** The tally as a reader sees it: null while voting is open unless they run the vote (readsLiveTally). */
export function electionTallyForReader(ctx: RequestContext, election: Election): Promise<ElectionTally | null> {
  return electionTallyRead(ctx, election, true);
}

async function electionTallyRead(ctx: RequestContext, election: Election, reader: boolean): Promise<ElectionTally | null> {
  const vote = electionVote(election);
  const [fixed, stored] = [await voteRecords.rollOf(ctx, vote), await voteRecords.storedResult(ctx, vote)];
  if (fixed && stored?.kind === 'ELECTION') {
    // a tie the rules of procedure settled for this count: the chosen are elected (docs/domain-rules.md#election-tally)
    // once another officer confirmed it (maker-checker); a settlement recorded but unconfirmed is shown, the tie still open
    const recorded = await voteRecords.recordedTieSettlement(ctx, vote, stored);
    const result = applyTieSettlement(electionResultOf(stored, fixed.record.totals), recorded?.counts ? recorded : null);
    const applies = result.issues.some((i) => i.code === 'TIE_AT_LAST_SEAT' && i.settled) || (recorded !== null && !recorded.counts);
    return electionTally(result, Number(stored.ballots), applies && recorded ? { recorded, electionPhase: election.phase } : null);
  }
  if (reader && fixed && !(await readsLiveTally(ctx, election.estateId))) return null;
  const { inputs } = await electionCount(ctx, election);
  return lastTallyOf(ctx, election.id, inputs, () => electionTally(tallyElection(inputs), inputs.ballots.length));
}

async function electionCount(ctx: RequestContext, election: Election): Promise<{ inputs: ElectionInput; names: Map<string, string> }> {
  const [roll, candidates, ballots] = await readTogether(ctx, [
    () => rollToCount(ctx, electionVote(election)),
    () =>
      ctx.em.query(
        `SELECT c.id, o.name FROM candidate c JOIN owner o ON o.id = c.owner_id WHERE c.election_id = $1 AND ${standingSql('c')}`,
        [election.id],
      ) as Promise<Array<{ id: number; name: string }>>,
    () => ballotsOf(ctx, election.id),
  ]);
  const inputs = { seats: election.seats, candidates: candidates.map((c) => String(c.id)), roll, ballots, deemedVotes: election.deemedVotes };
  return { inputs, names: new Map(candidates.map((c) => [String(c.id), c.name])) };
}

/** Counts the closed vote on its fixed roll and stores the result (entering COUNTING, also after a recount). */
export async function storeElectionResult(ctx: RequestContext, election: Election, at?: Date): Promise<ElectionRecordResult> {
  const { inputs, names } = await electionCount(ctx, election);
  const result = electionResultRecord(tallyElection(inputs), {
    deemedVotes: election.deemedVotes,
    ballots: inputs.ballots.length,
    countedAt: at?.toISOString() ?? (await nowIso(ctx)),
    votedOn: election.votedOn ?? null,
    nameOf: (id) => names.get(id) ?? id,
  });
  await voteRecords.storeResult(ctx, electionVote(election), result);
  return result;
}

/** The transaction's moment; a count is dated otherwise only by the demo seed, which lays down a past (`at`). */
async function nowIso(ctx: RequestContext): Promise<string> {
  const [{ now }]: Array<{ now: Date }> = await ctx.em.query(`SELECT date_trunc('milliseconds', now()) AS now`);
  return now.toISOString();
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
  return (await resolutionTallyRead(ctx, resolution, false))!;
}

/** The tally as a reader sees it: null while voting is open unless they run the vote (readsLiveTally). */
export function resolutionTallyForReader(ctx: RequestContext, resolution: Resolution): Promise<ResolutionTally | null> {
  return resolutionTallyRead(ctx, resolution, true);
}

async function resolutionTallyRead(ctx: RequestContext, resolution: Resolution, reader: boolean): Promise<ResolutionTally | null> {
  const vote = resolutionVote(resolution);
  const [fixed, stored] = [await voteRecords.rollOf(ctx, vote), await voteRecords.storedResult(ctx, vote)];
  if (fixed && stored?.kind === 'RESOLUTION') return resolutionTally(resolutionResultOf(stored, fixed.record.totals), Number(stored.ballots));
  if (reader && fixed && !(await readsLiveTally(ctx, resolution.estateId))) return null;
  const { result, ballots } = await resolutionCount(ctx, resolution);
  return resolutionTally(result, ballots);
}

async function resolutionCount(ctx: RequestContext, resolution: Resolution) {
  const [roll, ballots] = await readTogether(ctx, [
    () => rollToCount(ctx, resolutionVote(resolution)),
    () => ctx.em.query(`SELECT voter_key, choice FROM resolution_ballot WHERE resolution_id = $1`, [resolution.id]) as Promise<Array<{ voter_key: string; choice: 'YES' | 'NO' | 'ABSTAIN' }>>,
  ]);
  const result = tallyResolution({
    matter: resolution.matter,
    roll,
    ballots: ballots.map((b) => ({ personKey: b.voter_key, choice: b.choice })),
    deemedVotes: resolution.deemedVotes,
  });
  return { result, ballots: ballots.length };
}

/** Counts the closed resolution on its fixed roll and stores the result. */
export async function storeResolutionResult(ctx: RequestContext, resolution: Resolution, at?: Date): Promise<ResolutionRecordResult> {
  const { result, ballots } = await resolutionCount(ctx, resolution);
  const stored = resolutionResultRecord(result, { deemedVotes: resolution.deemedVotes, ballots, countedAt: at?.toISOString() ?? (await nowIso(ctx)) });
  await voteRecords.storeResult(ctx, resolutionVote(resolution), stored);
  return stored;
}
