import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A unit gets a version, so that removing one recorded by mistake (docs/roles-and-workflows.md#unit-removal) names
 * the unit as the officer saw it: an import that changed it since makes the removal a CONFLICT, not a blind delete.
 */
export class UnitVersion1764801900000 implements MigrationInterface {
  name = 'UnitVersion1764801900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE unit ADD COLUMN version integer NOT NULL DEFAULT 1`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE unit DROP COLUMN version`);
  }
}
