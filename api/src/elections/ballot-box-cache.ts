import type { RequestContext } from '../request/context';
import { lruPerDatabase } from '../shared/lru';
import type { ElectionBallot } from './tally';

/**
 * The ballots of an election as the tally reads them, kept per process and topped up with the ones recorded
 * since: a tally reads only new rows. One statement either way: it fingerprints the ballots at or below the
 * highest id held here (their count and the sum of their ids' hashes) and returns the rows above it, or every
 * row when the fingerprint differs from the one held (a ballot removed, or one committed late with a lower id).
 * Recorded ballots are never altered (a trigger refuses it), so an equal fingerprint means the rows held are
 * the rows stored. Safe to lose; kept per DataSource.
 */
interface Box {
  maxId: number;
  count: number;
  hashSum: number;
  ballots: ElectionBallot[];
}

export const BALLOTS_SINCE = `
  SELECT k.count, k.hash_sum, b.id, hashint8(b.id) AS hash, b.voter_key, array_to_string(b.choices, ',') AS choices
    FROM (SELECT count(*)::int AS count, coalesce(sum(hashint8(id)), 0)::text AS hash_sum
            FROM ballot WHERE election_id = $1 AND id <= $2) k
    LEFT JOIN LATERAL (
      SELECT id, voter_key, choices FROM ballot
       WHERE election_id = $1 AND id > CASE WHEN k.count = $3 AND k.hash_sum = $4 THEN $2 ELSE 0 END
       ORDER BY id) b ON true`;

export interface BallotRow {
  count: number;
  hash_sum: string;
  id: string | null;
  hash: number | null;
  voter_key: string;
  choices: string;
}

const EMPTY: Box = { maxId: 0, count: 0, hashSum: 0, ballots: [] };

/** The statement's parameters for what is held. */
export function ballotsSinceParameters(electionId: number, held: Box | undefined): unknown[] {
  return [electionId, held?.maxId ?? 0, held?.count ?? 0, String(held?.hashSum ?? 0)];
}

/** What is held after the statement's answer: the same box when nothing changed. */
export function nextBox(held: Box | undefined, rows: BallotRow[]): Box {
  const kept = held && rows[0].count === held.count && Number(rows[0].hash_sum) === held.hashSum ? held : EMPTY;
  const fresh = rows.filter((row) => row.id !== null);
  if (fresh.length === 0) return kept;
  return {
    maxId: Number(fresh[fresh.length - 1].id),
    count: kept.count + fresh.length,
    hashSum: kept.hashSum + fresh.reduce((sum, row) => sum + row.hash!, 0),
    // choices as text: splitting "12,15" is cheaper than parsing thousands of integer arrays, and the tally
    // compares candidate keys as strings anyway
    ballots: [...kept.ballots, ...fresh.map((row) => ({ personKey: row.voter_key, approvals: row.choices === '' ? [] : row.choices.split(',') }))],
  };
}

const boxesOf = lruPerDatabase<number, Box>(64);

export async function ballotsOf(ctx: RequestContext, electionId: number): Promise<ElectionBallot[]> {
  const boxes = boxesOf(ctx);
  const held = boxes.get(electionId);
  const box = nextBox(held, await ctx.em.query(BALLOTS_SINCE, ballotsSinceParameters(electionId, held)));
  boxes.set(electionId, box);
  return box.ballots;
}
