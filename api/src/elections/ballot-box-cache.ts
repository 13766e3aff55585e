import { DataSource, EntityManager } from 'typeorm';
import type { ElectionBallot } from './tally';

/**
 * The ballots of an election as the tally reads them, kept per process and topped up with the ones recorded
 * since: a tally reads only new rows. One statement either way: it counts the ballots at or below the highest
 * id held here and returns the rows above it, or all rows when that count differs (a ballot removed, or one
 * committed late with a lower id). Recorded ballots are never altered (a trigger refuses it), so a matching
 * count means the rows held are the rows stored. Safe to lose; kept per DataSource.
 */
interface Box {
  count: number;
  maxId: number;
  ballots: ElectionBallot[];
}

export const BALLOTS_SINCE = `
  SELECT k.known, b.id, b.voter_key, array_to_string(b.choices, ',') AS choices
    FROM (SELECT count(*)::int AS known FROM ballot WHERE election_id = $1 AND id <= $2) k
    LEFT JOIN LATERAL (
      SELECT id, voter_key, choices FROM ballot
       WHERE election_id = $1 AND id > CASE WHEN k.known = $3 THEN $2 ELSE 0 END
       ORDER BY id) b ON true`;

const CAPACITY = 64;
const boxes = new WeakMap<DataSource, Map<number, Box>>();

export async function ballotsOf(ds: DataSource, em: EntityManager, electionId: number): Promise<ElectionBallot[]> {
  let byElection = boxes.get(ds);
  if (!byElection) boxes.set(ds, (byElection = new Map()));
  const held = byElection.get(electionId);
  const rows: Array<{ known: number; id: string | null; voter_key: string; choices: string }> = await em.query(BALLOTS_SINCE, [
    electionId,
    held?.maxId ?? 0,
    held?.count ?? 0,
  ]);
  // choices as text: splitting "12,15" is cheaper than parsing thousands of integer arrays, and the tally
  // compares candidate keys as strings anyway
  const fresh = rows
    .filter((row) => row.id !== null)
    .map((row) => ({ id: Number(row.id), personKey: row.voter_key, approvals: row.choices === '' ? [] : row.choices.split(',') }));
  const kept = held && rows[0].known === held.count ? held : { count: 0, maxId: 0, ballots: [] };
  const box: Box = fresh.length
    ? { count: kept.count + fresh.length, maxId: fresh[fresh.length - 1].id, ballots: [...kept.ballots, ...fresh.map(({ personKey, approvals }) => ({ personKey, approvals }))] }
    : kept;
  byElection.delete(electionId);
  byElection.set(electionId, box);
  while (byElection.size > CAPACITY) byElection.delete(byElection.keys().next().value!);
  return box.ballots;
}
