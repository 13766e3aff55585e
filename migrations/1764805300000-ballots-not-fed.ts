import { MigrationInterface, QueryRunner } from 'typeorm';
import { plannedFeedFunction } from './1764803500000-change-feed-planned-once';

/**
 * A ballot is not announced (docs/architecture.md#change-feed): each recorded ballot was a change event of its
 * election or resolution, and moved that record's version, so a reader the live tally is hidden from
 * (docs/domain-rules.md#vote-record) still saw when every ballot was entered, which someone watching the polling
 * room can match to a person (attacker round 6). Ballots stay in the audit chain, read by the officers running the
 * vote; readers learn of the count when voting closes, by the record's own change.
 */
const UNFED_BEFORE = ['ownerRoll.import'];
const BALLOTS = ['ballot.record', 'resolutionBallot.record'];

export class BallotsNotFed1764805300000 implements MigrationInterface {
  name = 'BallotsNotFed1764805300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(plannedFeedFunction([...UNFED_BEFORE, ...BALLOTS]));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(plannedFeedFunction(UNFED_BEFORE));
  }
}
