import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An owner that is a company or another organisation (单位业主) is on the roll under its unified social credit code
 * (docs/domain-rules.md#organisation-owners): it counts once for its units like any owner, and is never a candidate.
 * The identifier column keeps its name; its shape now follows the owner's kind.
 */
export class OwnersThatAreOrganisations1764807360000 implements MigrationInterface {
  name = 'OwnersThatAreOrganisations1764807360000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE owner ADD COLUMN kind text NOT NULL DEFAULT 'PERSON' CHECK (kind IN ('PERSON', 'ORGANISATION'))`);
    await q.query(`ALTER TABLE owner DROP CONSTRAINT owner_id_number_check`);
    // GB 11643 for a person; GB 32100's alphabet (no I, O, S, V, Z) for an organisation
    await q.query(`
      ALTER TABLE owner ADD CONSTRAINT owner_id_number_check CHECK (
        CASE kind WHEN 'PERSON' THEN id_number ~ '^[0-9]{17}[0-9X]$'
                  ELSE id_number ~ '^[0-9A-HJ-NP-RTUWXY]{18}$' END)`);
  }

  async down(q: QueryRunner): Promise<void> {
    // refused while an organisation is on a roll: its credit code fails the old check
    await q.query(`ALTER TABLE owner DROP CONSTRAINT owner_id_number_check`);
    await q.query(`ALTER TABLE owner ADD CONSTRAINT owner_id_number_check CHECK (id_number ~ '^[0-9]{17}[0-9X]$')`);
    await q.query(`ALTER TABLE owner DROP COLUMN kind`);
  }
}
