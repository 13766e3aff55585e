import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A display name names one account (docs/roles-and-workflows.md#account-dual-control; attacker round 11 F7: an admin gave
 * a second account the real second admin's name, and its confirmations read as his). Compared without case and width
 * (NFKC, lower), as the service compares them. Accounts sharing a name before this keep the first's; the others get their
 * username after it, so the index can be made and no name silently points at two people.
 */
export class DisplayNamesUnique1764807010000 implements MigrationInterface {
  name = 'DisplayNamesUnique1764807010000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE app_user u SET display_name = left(u.display_name, 60) || '（' || u.username || '）'
        FROM (SELECT id, row_number() OVER (PARTITION BY lower(normalize(display_name, NFKC)) ORDER BY id) AS n FROM app_user) d
       WHERE d.id = u.id AND d.n > 1`);
    await q.query(`CREATE UNIQUE INDEX app_user_display_name_key ON app_user (lower(normalize(display_name, NFKC)))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX app_user_display_name_key`);
  }
}
