import { MigrationInterface, QueryRunner } from 'typeorm';
import { HELD_LIFECYCLES, HeldLifecycle, lifecycleArguments } from './1764804300000-lifecycles-held-by-the-database';

/**
 * Why an election was cancelled is kept on the election (docs/roles-and-workflows.md#elections): the reason was
 * written to the audit log only, which the officers who run elections cannot read, so a cancelled election said
 * nothing of why. The reason (and the officer's note) are decisions of the cancelling move, held by PostgreSQL as
 * 1764804300000 holds the others: written by that move only, then kept. Cancelled elections already on file take
 * the reason their audit event names.
 */
const REASONS = ['NO_QUORUM', 'TOO_FEW_ELIGIBLE_CANDIDATES', 'IRREGULARITY', 'ORDERED_BY_AUTHORITY', 'OTHER'];
const election = HELD_LIFECYCLES.find((l) => l.table === 'election')!;
const CANCEL_WRITES = ['cancel_reason', 'cancel_note'];
export const ELECTION_HELD_WITH_REASONS: HeldLifecycle = {
  ...election,
  decisions: [...election.decisions, ...CANCEL_WRITES],
  moveWrites: Object.fromEntries(election.moves.filter((move) => move.endsWith('>CANCELLED')).map((move) => [move, CANCEL_WRITES])),
};

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;
const trigger = (held: HeldLifecycle) =>
  `CREATE TRIGGER election_state_moves BEFORE INSERT OR UPDATE OR DELETE ON election FOR EACH ROW EXECUTE FUNCTION lifecycle_moves(${lifecycleArguments(held).map(literal).join(', ')})`;

export class ElectionCancelReasonKept1764805400000 implements MigrationInterface {
  name = 'ElectionCancelReasonKept1764805400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE election ADD COLUMN cancel_reason text, ADD COLUMN cancel_note text`);
    await q.query(`
      UPDATE election e
         SET cancel_reason = coalesce(
               (SELECT a.after ->> 'cancelReason' FROM audit_event a
                 WHERE a.entity_type = 'Election' AND a.entity_id = e.id::text AND a.action = 'election.cancel'
                 ORDER BY a.id DESC LIMIT 1),
               'OTHER')
       WHERE e.phase = 'CANCELLED'`);
    await q.query(`
      ALTER TABLE election
        ADD CONSTRAINT election_cancel_reason CHECK ((phase = 'CANCELLED') = (cancel_reason IS NOT NULL)),
        ADD CONSTRAINT election_cancel_reason_known CHECK (cancel_reason IN (${REASONS.map(literal).join(', ')})),
        ADD CONSTRAINT election_cancel_note CHECK (cancel_note IS NULL OR (cancel_reason IS NOT NULL AND length(cancel_note) BETWEEN 1 AND 500))`);
    await q.query(`DROP TRIGGER election_state_moves ON election`);
    await q.query(trigger(ELECTION_HELD_WITH_REASONS));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER election_state_moves ON election`);
    await q.query(trigger(election));
    await q.query(`ALTER TABLE election DROP CONSTRAINT election_cancel_note, DROP CONSTRAINT election_cancel_reason_known, DROP CONSTRAINT election_cancel_reason`);
    await q.query(`ALTER TABLE election DROP COLUMN cancel_note, DROP COLUMN cancel_reason`);
  }
}
