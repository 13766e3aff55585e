import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A password an admin sets is a one-time credential (docs/roles-and-workflows.md#own-password; attacker round 9 F5: an
 * admin reset two officers' passwords, signed in as each and completed a maker-checker pair). The account is flagged
 * until the person sets their own; accounts on file are not (their passwords were chosen before this rule).
 */
export class PasswordMustChange1764806150000 implements MigrationInterface {
  name = 'PasswordMustChange1764806150000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user ADD COLUMN password_must_change boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user DROP COLUMN password_must_change`);
  }
}
