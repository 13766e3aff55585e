import { EntityManager } from 'typeorm';
import { ensureVoteRecords, VoteMoments } from '../elections/vote-records-backfill';
import { RequestContext } from '../request/context';

/**
 * When each seeded vote ran, for its record (docs/domain-rules.md#vote-record): the roll fixed when voting opened
 * (before its first ballot), the result counted when counting began, the record sealed when the election was
 * certified or cancelled. The demo's rolls have not moved since the seed wrote them, so its records may be dated
 * then; start-up dates the records it completes for any other database now.
 */
export function demoVoteMoments(em: EntityManager): (kind: 'ELECTION' | 'RESOLUTION', id: number) => Promise<VoteMoments> {
  return async (kind, id) => {
    if (kind === 'ELECTION') {
      const [row]: Array<{ roll: Date | null; counted: Date | null; sealed: Date | null }> = await em.query(
        `SELECT least(max(entered_at) FILTER (WHERE phase = 'VOTING'), (SELECT min(recorded_at) - interval '1 minute' FROM ballot WHERE election_id = $1)) AS roll,
                max(entered_at) FILTER (WHERE phase = 'COUNTING') AS counted,
                max(entered_at) FILTER (WHERE phase IN ('CERTIFIED', 'CANCELLED')) AS sealed
           FROM election_phase WHERE election_id = $1`,
        [id],
      );
      return { rollFixedAt: row?.roll ?? undefined, countedAt: row?.counted ?? undefined, sealedAt: row?.sealed ?? undefined };
    }
    // a resolution's voting opens on its first announced day (the China morning), before its first ballot
    const [row]: Array<{ roll: Date | null }> = await em.query(
      `SELECT least((voting_starts_on + time '07:00') AT TIME ZONE 'Asia/Shanghai',
                    (SELECT min(recorded_at) - interval '1 minute' FROM resolution_ballot WHERE resolution_id = $1)) AS roll
         FROM resolution WHERE id = $1`,
      [id],
    );
    return { rollFixedAt: row?.roll ?? undefined };
  };
}

/** The seeded votes' records, made in the seed's transaction and dated when the votes ran. */
export function recordDemoVotes(ctx: RequestContext): Promise<number> {
  return ensureVoteRecords(ctx, demoVoteMoments(ctx.em));
}
