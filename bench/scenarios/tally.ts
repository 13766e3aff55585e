import { BALLOTS_SINCE, ballotsSinceParameters, nextBox } from '../../api/src/elections/ballot-box-cache';
import { tallyElection } from '../../api/src/elections/tally';
import { ownerKey } from '../../api/src/owners/owner.service';
import { buildVotingRoll, VotingRoll } from '../../api/src/owners/voting-weights';
import { toHundredths } from '../../api/src/shared/decimal';
import { Scenario } from './scenario';

/**
 * An officer opens the count of an election in an estate of 5,000 units with 4,000 ballots. The raw side
 * runs the same statements and the same pure tally, keeping the computed roll by its version, the ballots read
 * so far and the last count as the API does.
 */
const QUERY = `query Tally($id: ID!) {
  election(id: $id) { id phase tally {
    seats ballots
    totals { headcount area }
    participating { headcount area }
    quorum { rule met threshold { numerator denominator } headcount { part whole share { numerator denominator } met } area { part whole met } }
    candidates { candidateId rank status approvals { headcount area } pass { met headcount { part whole met } area { part whole met } } }
    electedIds
    issues { code message candidateIds }
  } }
}`;

const ROLL_SQL = `
  SELECT u.id, u.area, u.developer_held,
         array_agg(o.owner_id ORDER BY o.owner_id) FILTER (WHERE o.owner_id IS NOT NULL) AS owners,
         max(o.owner_id) FILTER (WHERE o.designated_voter) AS voter
    FROM unit u LEFT JOIN ownership o ON o.unit_id = u.id
   WHERE u.estate_id = $1
   GROUP BY u.id`;

let smallElectionId = 0;
/** the raw side keeps the computed roll by its version too, as the API does */
let rawRoll: { version: string; roll: VotingRoll } | null = null;
/** and the ballots, topped up with those recorded since (the same statement as the API) */
let rawLast: { roll: VotingRoll; ballots: unknown; candidates: string; result: ReturnType<typeof tallyElection> } | null = null;
let rawBox: ReturnType<typeof nextBox> | undefined;

export const tally: Scenario = {
  name: 'tally',
  title: '4 tally: election in an estate of 5,000 units, 4,000 ballots',
  async prepare(ctx) {
    // the demo's running election (龙庭小区, 428 households), for the statement count at another size
    const { rows } = await ctx.pool.query(`SELECT id FROM election WHERE phase = 'VOTING' AND id <> $1 ORDER BY id LIMIT 1`, [ctx.seed.tallyElectionId]);
    smallElectionId = rows[0].id;
  },
  api: (ctx) => async () => {
    const { data, sqlStatements } = await ctx.api.request(QUERY, { id: String(ctx.seed.tallyElectionId) }, ctx.tokens.officer);
    if (data.election.tally.ballots !== 4000) throw new Error(`expected 4000 ballots, got ${data.election.tally.ballots}`);
    return { requests: 1, sqlStatements };
  },
  raw: (ctx) => async () => {
    const electionId = ctx.seed.tallyElectionId;
    const [election, version, candidates, ballots] = await Promise.all([
      ctx.pool.query(`SELECT estate_id, seats, deemed_votes FROM election WHERE id = $1`, [electionId]),
      ctx.pool.query(`SELECT coalesce((SELECT version FROM owner_roll_version WHERE estate_id = $1), 0)::text AS version`, [ctx.seed.tallyEstateId]),
      ctx.pool.query(`SELECT id FROM candidate WHERE election_id = $1 AND decision = 'ELIGIBLE' AND NOT withdrawn`, [electionId]),
      ctx.pool.query(BALLOTS_SINCE, ballotsSinceParameters(electionId, rawBox)),
    ]);
    rawBox = nextBox(rawBox, ballots.rows);
    if (rawRoll?.version !== version.rows[0].version) {
      const roll = await ctx.pool.query(ROLL_SQL, [ctx.seed.tallyEstateId]);
      rawRoll = {
        version: version.rows[0].version,
        roll: buildVotingRoll(
          roll.rows.map((row) => ({
            unitId: String(row.id),
            areaHundredths: toHundredths(row.area),
            developerHeld: row.developer_held,
            owners: row.developer_held ? [] : (row.owners ?? []).map(ownerKey),
            designatedVoter: row.voter && !row.developer_held ? ownerKey(row.voter) : undefined,
          })),
        ),
      };
    }
    const inputs = { roll: rawRoll!.roll, ballots: rawBox.ballots, candidates: candidates.rows.map((c) => String(c.id)).join() };
    if (rawLast?.roll !== inputs.roll || rawLast.ballots !== inputs.ballots || rawLast.candidates !== inputs.candidates) {
      const result = tallyElection({
        seats: election.rows[0].seats,
        candidates: candidates.rows.map((c) => String(c.id)),
        roll: inputs.roll,
        ballots: inputs.ballots,
        deemedVotes: election.rows[0].deemed_votes,
      });
      rawLast = { ...inputs, result };
    }
    if (rawLast.result.participating.headcount !== 4000) throw new Error('wrong count');
    return { requests: 1, sqlStatements: 4 };
  },
  async statementProbe(ctx) {
    const small = await ctx.api.request(QUERY, { id: String(smallElectionId) }, ctx.tokens.officer);
    const large = await ctx.api.request(QUERY, { id: String(ctx.seed.tallyElectionId) }, ctx.tokens.officer);
    return { small: small.sqlStatements, large: large.sqlStatements, sizes: '428 / 5,000 units' };
  },
};
