import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When each session token was last used (docs/architecture.md#idle-sessions): the server refuses a session unused for
 * longer than the console's idle sign-out, so a token copied from a browser left open stops working as the console
 * does. Kept apart from `access_token`, whose version every held token is checked against: writing a session's use
 * there would have every process look every token up again each minute.
 */
export class SessionsEndWhenIdle1764807350000 implements MigrationInterface {
  name = 'SessionsEndWhenIdle1764807350000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE session_activity (
        token_id int PRIMARY KEY REFERENCES access_token (id) ON DELETE CASCADE,
        last_used_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE session_activity`);
  }
}
