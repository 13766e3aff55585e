import { MigrationInterface, QueryRunner } from 'typeorm';
import { hashPassword } from '../api/src/accounts/password';

/**
 * A one-time password's first half waits for its confirmation as its own hash, never in clear
 * (docs/roles-and-workflows.md#account-dual-control): the account is then given each half's hash, and a sign-in checks
 * the typed password's halves against them. Before this the first half stayed on the proposal in clear, pending or decided,
 * readable by whoever reads the table. The halves already kept are hashed here and the clear column is dropped.
 */
export class OneTimePasswordFirstHalfHashed1764807300000 implements MigrationInterface {
  name = 'OneTimePasswordFirstHalfHashed1764807300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE account_change_proposal ADD COLUMN password_first_half_hash text CHECK (password_first_half_hash LIKE '$argon2id$%')`);
    const kept: Array<{ id: number; half: string }> = await q.query(`SELECT id, password_first_half AS half FROM account_change_proposal WHERE password_first_half IS NOT NULL ORDER BY id`);
    for (const { id, half } of kept) {
      await q.query(`UPDATE account_change_proposal SET password_first_half_hash = $2 WHERE id = $1`, [id, await hashPassword(half)]);
    }
    await q.query(`ALTER TABLE account_change_proposal DROP CONSTRAINT account_change_proposal_changes_something`);
    await q.query(`
      ALTER TABLE account_change_proposal ADD CONSTRAINT account_change_proposal_changes_something
        CHECK (creates OR activates OR password_hash IS NOT NULL OR password_first_half_hash IS NOT NULL OR role IS NOT NULL OR subdistrict_ids IS NOT NULL)`);
    await q.query(`ALTER TABLE account_change_proposal DROP COLUMN password_first_half`);
  }

  async down(q: QueryRunner): Promise<void> {
    // the clear halves are not recovered: a pending reset is withdrawn (its proposer proposes it again); the hashes stay with the decided
    await q.query(`ALTER TABLE account_change_proposal ADD COLUMN password_first_half text CHECK (length(password_first_half) BETWEEN 8 AND 64)`);
    await q.query(`
      UPDATE account_change_proposal SET status = 'WITHDRAWN', decided_by_id = proposed_by_id, decided_at = now(),
             decision_note = 'withdrawn at downgrade: its one-time password''s first half was kept only as its hash', version = version + 1
       WHERE status = 'PENDING' AND password_first_half_hash IS NOT NULL`);
    await q.query(`ALTER TABLE account_change_proposal DROP CONSTRAINT account_change_proposal_changes_something`);
    await q.query(`
      ALTER TABLE account_change_proposal ADD CONSTRAINT account_change_proposal_changes_something
        CHECK (creates OR activates OR password_hash IS NOT NULL OR password_first_half IS NOT NULL OR password_first_half_hash IS NOT NULL OR role IS NOT NULL OR subdistrict_ids IS NOT NULL)`);
  }
}
