import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Login throttling counts the attempts being checked as well as the failures: an attempt takes its place before
 * its password is verified, so a burst sent at once gets no more password checks than the limit (issue 10).
 */
export class LoginAttemptsInFlight1764720700000 implements MigrationInterface {
  name = 'LoginAttemptsInFlight1764720700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE login_throttle ADD COLUMN in_flight integer NOT NULL DEFAULT 0 CHECK (in_flight >= 0)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE login_throttle DROP COLUMN in_flight`);
  }
}
