import type { RequestContext } from '../request/context';
import { AppError, fail } from '../shared/errors';
import type { RuleProblem } from '../shared/rule-violation';
import { ElectionPhase } from './election-phases';
import type { VoteRef } from './records/vote-record.service';
import type { AnnouncedPeriod, AnnouncedPhase } from './announced-period';

/**
 * The database side of announced-period.ts: where an election's and a resolution's announced periods are kept, whether
 * everyone on a vote's fixed roll has voted, and the one refusal both lifecycles raise.
 */

/** The announced period of one phase of an election (or its objection window): its planned dates. */
export async function electionPeriod(ctx: RequestContext, electionId: number, phase: AnnouncedPhase | ElectionPhase.CANDIDATE_PUBLICITY): Promise<AnnouncedPeriod> {
  const [row]: Array<{ starts_on: string | null; ends_on: string | null }> = await ctx.em.query(
    `SELECT starts_on::text, ends_on::text FROM election_phase WHERE election_id = $1 AND phase = $2`,
    [electionId, phase],
  );
  return { startsOn: row?.starts_on ?? null, endsOn: row?.ends_on ?? null };
}

/** An election's announced voting period: the planned dates of its VOTING phase. */
export function electionVotingPeriod(ctx: RequestContext, electionId: number): Promise<AnnouncedPeriod> {
  return electionPeriod(ctx, electionId, ElectionPhase.VOTING);
}

/** Whether every voting person on the roll fixed at opening has a ballot: one count, one ballot per person. */
export async function everyoneVoted(ctx: RequestContext, vote: VoteRef): Promise<boolean> {
  const [ballotTable, column] = vote.kind === 'ELECTION' ? ['ballot', 'election_id'] : ['resolution_ballot', 'resolution_id'];
  const [row]: Array<{ all: boolean }> = await ctx.em.query(
    `SELECT (SELECT count(*) FROM ${ballotTable} WHERE ${column} = $1) >= r.headcount AS all FROM vote_record r WHERE r.${column} = $1`,
    [vote.id],
  );
  return row?.all ?? false;
}

/**
 * INVALID_TRANSITION naming the rule, the phase and its announced period, so a client can say which day to come back;
 * the voting period keeps its votingStartsOn/votingEndsOn names, which clients read.
 */
export function outsidePeriod(
  entity: 'Election' | 'Resolution',
  id: number,
  from: string,
  action: string,
  problem: RuleProblem,
  period: AnnouncedPeriod,
  phase: AnnouncedPhase = ElectionPhase.VOTING,
): AppError {
  const days = phase === ElectionPhase.VOTING ? { votingStartsOn: period.startsOn, votingEndsOn: period.endsOn } : {};
  return fail.invalidTransition(entity, id, from, `${action}: ${problem.message}`, { rule: problem.rule, phase, startsOn: period.startsOn, endsOn: period.endsOn, ...days });
}
