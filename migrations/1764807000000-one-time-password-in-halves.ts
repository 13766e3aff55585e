import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A one-time password is the server's, in two halves (docs/roles-and-workflows.md#account-dual-control; attacker round 11
 * F1: the proposer typed the password, so one admin and a routine confirmation took the account over).
 * - The proposal keeps the first half, generated when it is made and shown to its proposer once; the second half is
 *   generated at confirmation, shown to the confirming admin once and never kept: the account's hash is of the whole.
 * - A password typed by an admin is no longer proposed: a pending one is withdrawn here (its proposer proposes a reset).
 * - The account's version when the proposal was made is kept, so a proposal is confirmed only on the account as it was
 *   proposed on (F6).
 */
const OWNER_PASSES = `IF written_by_table_owner(TG_RELID) THEN RETURN NEW; END IF;`;

export class OneTimePasswordInHalves1764807000000 implements MigrationInterface {
  name = 'OneTimePasswordInHalves1764807000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE account_change_proposal ADD COLUMN password_first_half text CHECK (length(password_first_half) BETWEEN 8 AND 64)`);
    await q.query(`ALTER TABLE account_change_proposal ADD COLUMN user_version integer`);
    await q.query(`ALTER TABLE account_change_proposal DROP CONSTRAINT account_change_proposal_changes_something`);
    await q.query(`
      ALTER TABLE account_change_proposal ADD CONSTRAINT account_change_proposal_changes_something
        CHECK (creates OR activates OR password_hash IS NOT NULL OR password_first_half IS NOT NULL OR role IS NOT NULL OR subdistrict_ids IS NOT NULL)`);
    // the typed passwords still waiting: withdrawn by their proposers' hand, as the proposer alone knows them
    await q.query(`
      UPDATE account_change_proposal SET status = 'WITHDRAWN', decided_by_id = proposed_by_id, decided_at = now(),
             decision_note = 'withdrawn at upgrade: a one-time password is now generated in two halves', version = version + 1
       WHERE status = 'PENDING' AND password_hash IS NOT NULL`);
    // a proposal names the account's version it was made on, and is confirmed only while the account is at it (F6)
    await q.query(`ALTER TABLE account_change_proposal ADD CONSTRAINT account_change_proposal_user_version CHECK (user_version IS NOT NULL) NOT VALID`);
    await q.query(`
      CREATE FUNCTION account_change_on_account_as_proposed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${OWNER_PASSES}
        IF NOT EXISTS (SELECT 1 FROM app_user WHERE id = NEW.user_id AND version = NEW.user_version) THEN
          RAISE EXCEPTION 'an account change is confirmed on the account as it was proposed on: proposal % is stale', NEW.id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'account_change_on_account_as_proposed';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER account_change_on_account_as_proposed BEFORE UPDATE OF status ON account_change_proposal FOR EACH ROW
         WHEN (NEW.status = 'CONFIRMED' AND NEW.user_version IS NOT NULL) EXECUTE FUNCTION account_change_on_account_as_proposed()`,
    );
    // from now on no proposal carries a password an admin typed (the decided ones keep theirs: NOT VALID, never rewritten)
    await q.query(`ALTER TABLE account_change_proposal ADD CONSTRAINT account_change_proposal_no_typed_password CHECK (password_hash IS NULL) NOT VALID`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER account_change_on_account_as_proposed ON account_change_proposal`);
    await q.query(`DROP FUNCTION account_change_on_account_as_proposed()`);
    await q.query(`ALTER TABLE account_change_proposal DROP CONSTRAINT account_change_proposal_user_version`);
    await q.query(`ALTER TABLE account_change_proposal DROP CONSTRAINT account_change_proposal_no_typed_password`);
    await q.query(`ALTER TABLE account_change_proposal DROP CONSTRAINT account_change_proposal_changes_something`);
    await q.query(`
      ALTER TABLE account_change_proposal ADD CONSTRAINT account_change_proposal_changes_something
        CHECK (creates OR activates OR password_hash IS NOT NULL OR role IS NOT NULL OR subdistrict_ids IS NOT NULL)`);
    await q.query(`ALTER TABLE account_change_proposal DROP COLUMN user_version`);
    await q.query(`ALTER TABLE account_change_proposal DROP COLUMN password_first_half`);
  }
}
