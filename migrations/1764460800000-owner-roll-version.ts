import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A version per estate's owner roll, bumped by the database whenever its units or ownerships change, so an
 * API process can keep the computed voting roll and know in one cheap statement whether it is still the
 * roll (tallies and ballots read it on every call). In PostgreSQL, so every process sees every change.
 */
export class OwnerRollVersion1764460800000 implements MigrationInterface {
  name = 'OwnerRollVersion1764460800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE owner_roll_version (
        estate_id integer PRIMARY KEY REFERENCES estate(id) ON DELETE CASCADE,
        version bigint NOT NULL DEFAULT 1
      )`);
    // One bump per statement (an import of 5,000 units is one), from the rows the statement touched.
    await q.query(`
      CREATE FUNCTION owner_roll_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'unit' THEN
          IF TG_OP = 'INSERT' THEN
            INSERT INTO owner_roll_version AS v (estate_id) SELECT DISTINCT estate_id FROM new_rows
              ON CONFLICT (estate_id) DO UPDATE SET version = v.version + 1;
          ELSIF TG_OP = 'UPDATE' THEN
            INSERT INTO owner_roll_version AS v (estate_id) SELECT estate_id FROM new_rows UNION SELECT estate_id FROM old_rows
              ON CONFLICT (estate_id) DO UPDATE SET version = v.version + 1;
          ELSE
            INSERT INTO owner_roll_version AS v (estate_id) SELECT DISTINCT estate_id FROM old_rows
              ON CONFLICT (estate_id) DO UPDATE SET version = v.version + 1;
          END IF;
        ELSE
          IF TG_OP = 'INSERT' THEN
            INSERT INTO owner_roll_version AS v (estate_id)
              SELECT DISTINCT u.estate_id FROM unit u WHERE u.id IN (SELECT unit_id FROM new_rows)
              ON CONFLICT (estate_id) DO UPDATE SET version = v.version + 1;
          ELSIF TG_OP = 'UPDATE' THEN
            INSERT INTO owner_roll_version AS v (estate_id)
              SELECT DISTINCT u.estate_id FROM unit u WHERE u.id IN (SELECT unit_id FROM new_rows UNION SELECT unit_id FROM old_rows)
              ON CONFLICT (estate_id) DO UPDATE SET version = v.version + 1;
          ELSE
            -- units deleted with their ownerships are bumped by the unit trigger
            INSERT INTO owner_roll_version AS v (estate_id)
              SELECT DISTINCT u.estate_id FROM unit u WHERE u.id IN (SELECT unit_id FROM old_rows)
              ON CONFLICT (estate_id) DO UPDATE SET version = v.version + 1;
          END IF;
        END IF;
        RETURN NULL;
      END $$`);
    // a transition table may serve one event only: a trigger per event and table
    for (const table of ['unit', 'ownership']) {
      await q.query(`CREATE TRIGGER ${table}_roll_inserted AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION owner_roll_changed()`);
      await q.query(`CREATE TRIGGER ${table}_roll_updated AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION owner_roll_changed()`);
      await q.query(`CREATE TRIGGER ${table}_roll_deleted AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION owner_roll_changed()`);
    }
    await q.query(`INSERT INTO owner_roll_version (estate_id) SELECT DISTINCT estate_id FROM unit`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['unit', 'ownership']) {
      for (const event of ['inserted', 'updated', 'deleted']) await q.query(`DROP TRIGGER ${table}_roll_${event} ON ${table}`);
    }
    await q.query(`DROP FUNCTION owner_roll_changed()`);
    await q.query(`DROP TABLE owner_roll_version`);
  }
}
