import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Integrator tokens' per-minute counts are not written to the WAL (docs/architecture.md#rate-limits): every
 * integrator request bumps its minute's row, and a logged bump made each read a durable write, waiting for the
 * WAL's flush. After a crash PostgreSQL empties an unlogged table: the counts of the last day start again from
 * nought, and no record is lost (a token's last use before them stays in access_token.last_used_at).
 */
export class UnloggedTokenUsage1764801500000 implements MigrationInterface {
  name = 'UnloggedTokenUsage1764801500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE api_token_usage SET UNLOGGED`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE api_token_usage SET LOGGED`);
  }
}
