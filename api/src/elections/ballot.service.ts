import { QueryFailedError } from 'typeorm';
import { recordAudit } from '../audit/audit.service';
import { loadInJurisdiction } from '../estates/jurisdiction';
import { RequestContext, withTransaction } from '../request/context';
import { fail } from '../shared/errors';
import { toId } from '../shared/ids';
import { ownerIdOfKey, ownerKey } from '../owners/owner.service';
import { electionVote, resolutionVote, VoteRef, voteRecords } from './records/vote-record.service';
import { DEVELOPER_PERSON_KEY } from '../owners/voting-weights';
import { Ballot, VotingMethod } from './ballot.entity';
import { BALLOT_PHASES, ElectionPhase } from './election-phases';
import { Election } from './election.entity';
import { BallotInput } from './election.inputs';
import { standingSql } from './standing';
import { Resolution, ResolutionBallot, ResolutionChoice, ResolutionPhase } from '../resolutions/resolution.entity';
import { todayInChina } from '../shared/iso-date';
import { AnnouncedPeriod, withinProblem } from './announced-period';
import { electionVotingPeriod, outsidePeriod } from './voting-period.guard';

/**
 * The voting person behind a ballot (docs/domain-rules.md#voting-persons) on the roll fixed when voting opened
 * (docs/domain-rules.md#vote-record): an owner once however many units they hold, through the designated voter
 * of a co-owned unit; the developer once for all its unsold units. Someone who sold after opening still votes;
 * someone who bought after does not.
 */
async function voterKeyFor(ctx: RequestContext, vote: VoteRef, input: { ownerId?: string | null; developer: boolean }): Promise<string> {
  if (input.developer === !!input.ownerId) {
    throw fail.badField('ownerId', 'VOTER_REQUIRED', 'give either the voting owner or developer: true');
  }
  const key = input.developer ? DEVELOPER_PERSON_KEY : ownerKey(toId(input.ownerId!, 'ownerId'));
  const roll = await voteRecords.rollOf(ctx, vote);
  if (!roll) throw fail.invalidTransition(vote.kind === 'ELECTION' ? 'Election' : 'Resolution', vote.id, 'not open', 'given ballots (voting is not open)', { rule: 'VOTING_NOT_OPEN' });
  if (roll.voting.persons.some((p) => p.personKey === key)) return key;
  if (input.developer) throw fail.badField('developer', 'NOT_ON_ROLL', 'the developer held no unit in this estate when voting opened');
  const coOwned = roll.record.units.find((u) => u.owners.includes(key));
  throw coOwned
    ? fail.badField('ownerId', 'NOT_THE_DESIGNATED_VOTER', `the co-owners authorised owner ${ownerIdOfKey(coOwned.voter)} to vote for their unit`, { ownerId: String(ownerIdOfKey(coOwned.voter)) })
    : fail.badField('ownerId', 'NOT_ON_ROLL', 'is not an owner on this vote’s roll (fixed when voting opened)');
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  return error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === constraint;
}

export class BallotService {
  /** One ballot per voting person: the database refuses a second, also when two arrive at once. */
  async recordElectionBallot(ctx: RequestContext, electionId: number, input: BallotInput): Promise<Ballot> {
    const election = await loadInJurisdiction(ctx, Election, electionId);
    if (!BALLOT_PHASES.includes(election.phase)) {
      throw fail.invalidTransition('Election', electionId, election.phase, 'given ballots (voting is not open)', { rule: 'VOTING_NOT_OPEN' });
    }
    const choices = input.choices.map((c) => toId(c, 'choices'));
    if (new Set(choices).size !== choices.length) throw fail.badField('choices', 'BALLOT_REPEATED_CHOICE', 'names a candidate twice');
    if (choices.length > election.seats) {
      throw fail.badField('choices', 'BALLOT_TOO_MANY_CHOICES', `approves ${choices.length} candidates for ${election.seats} seats`, { count: choices.length, seats: election.seats });
    }
    const voterKey = await voterKeyFor(ctx, electionVote(election), input);
    return withTransaction(ctx, async (ctx) => {
        const standing: Array<{ id: number }> = await ctx.em.query(
          `SELECT id FROM candidate WHERE election_id = $1 AND ${standingSql('candidate')} AND id = ANY($2)`,
          [electionId, choices],
        );
        const unknown = choices.filter((c) => !standing.some((s) => s.id === c));
        if (unknown.length) throw fail.badField('choices', 'BALLOT_UNKNOWN_CANDIDATE', `${unknown.join(', ')} is not a standing candidate`, { candidateIds: unknown.map(String) });
        // re-read the phase under a share lock: closing the vote waits for ballots in flight, ballots not for each other
        // (a ballot writes nothing of the election's own row: it is not announced, docs/architecture.md#change-feed-versions)
        const [current] = await ctx.em.query(`SELECT phase FROM election WHERE id = $1 FOR SHARE`, [electionId]);
        if (!BALLOT_PHASES.includes(current.phase)) throw fail.invalidTransition('Election', electionId, current.phase, 'given ballots (voting is not open)', { rule: 'VOTING_NOT_OPEN' });
        // only within the period the owners were told (docs/domain-rules.md#voting-period), read under the same lock
        const period = await electionVotingPeriod(ctx, electionId);
        const late = withinProblem(ElectionPhase.VOTING, period, todayInChina());
        if (late) throw outsidePeriod('Election', electionId, current.phase, 'given ballots', late, period);
        const [row] = await ctx.em.query(
          `INSERT INTO ballot (election_id, voter_key, method, choices, recorded_by_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [electionId, voterKey, input.method, choices, ctx.principal?.id ?? null],
        );
        // the audit names the voter and the method, not the choices
        await recordAudit(ctx, { action: 'ballot.record', entityType: 'Election', entityId: electionId, after: { voterKey, method: input.method } });
        return ctx.em.findOneByOrFail(Ballot, { id: Number(row.id) });
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error, 'ballot_one_per_person_key')) {
          throw fail.alreadyExists('This person has already voted in this election: one ballot per voting person', { voterKey });
        }
        throw error;
      });
  }

  async recordResolutionBallot(
    ctx: RequestContext,
    resolutionId: number,
    input: { ownerId?: string | null; developer: boolean; method: VotingMethod; choice: ResolutionChoice },
  ): Promise<ResolutionBallot> {
    const resolution = await loadInJurisdiction(ctx, Resolution, resolutionId);
    if (resolution.phase !== ResolutionPhase.VOTING) {
      throw fail.invalidTransition('Resolution', resolutionId, resolution.phase, 'given ballots (voting is not open)', { rule: 'VOTING_NOT_OPEN' });
    }
    const voterKey = await voterKeyFor(ctx, resolutionVote(resolution), input);
    return withTransaction(ctx, async (ctx) => {
        const [current] = await ctx.em.query(
          `SELECT phase, voting_starts_on::text AS starts_on, voting_ends_on::text AS ends_on FROM resolution WHERE id = $1 FOR SHARE`,
          [resolutionId],
        );
        if (current.phase !== ResolutionPhase.VOTING) throw fail.invalidTransition('Resolution', resolutionId, current.phase, 'given ballots', { rule: 'VOTING_NOT_OPEN' });
        // only within the period the owners were told (docs/domain-rules.md#voting-period)
        const period: AnnouncedPeriod = { startsOn: current.starts_on, endsOn: current.ends_on };
        const late = withinProblem(ElectionPhase.VOTING, period, todayInChina());
        if (late) throw outsidePeriod('Resolution', resolutionId, current.phase, 'given ballots', late, period);
        const [row] = await ctx.em.query(
          `INSERT INTO resolution_ballot (resolution_id, voter_key, choice, method, recorded_by_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [resolutionId, voterKey, input.choice, input.method, ctx.principal?.id ?? null],
        );
        await recordAudit(ctx, { action: 'resolutionBallot.record', entityType: 'Resolution', entityId: resolutionId, after: { voterKey, method: input.method } });
        return ctx.em.findOneByOrFail(ResolutionBallot, { id: Number(row.id) });
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error, 'resolution_ballot_one_per_person_key')) {
          throw fail.alreadyExists('This person has already voted on this resolution: one ballot per voting person', { voterKey });
        }
        throw error;
      });
  }
}

export const ballotService = new BallotService();
