import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How far a running import has got, written outside its transaction so the console can poll it while the
 * import is still uncommitted. Unlogged: progress is worthless after a crash, and rows older than a day go.
 */
export class ImportProgress1764800400000 implements MigrationInterface {
  name = 'ImportProgress1764800400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE UNLOGGED TABLE import_progress (
        key text PRIMARY KEY CHECK (length(key) BETWEEN 8 AND 64),
        user_id integer NOT NULL,
        phase text NOT NULL,
        done integer NOT NULL DEFAULT 0 CHECK (done >= 0),
        total integer NOT NULL DEFAULT 0 CHECK (total >= 0),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE import_progress`);
  }
}
