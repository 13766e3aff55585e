import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A published assessment, and a published scheme, stay as published (docs/domain-rules.md#list-seal): the red/black
 * list sealed its own rows, but the scores behind them, and the edition of the scheme they were scored by, could still
 * be rewritten or removed by SQL. Only their version (and its touch) may move, as the change feed moves a record's.
 */
const TABLES = ['assessment', 'assessment_scheme'];

export class PublishedAssessmentsKept1764803400000 implements MigrationInterface {
  name = 'PublishedAssessmentsKept1764803400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION published_unaltered() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' OR (to_jsonb(NEW) - 'version' - 'updated_at') IS DISTINCT FROM (to_jsonb(OLD) - 'version' - 'updated_at') THEN
          RAISE EXCEPTION 'what is published stays as published: % on % % refused', TG_OP, TG_TABLE_NAME, OLD.id USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    for (const table of TABLES) {
      await q.query(`CREATE TRIGGER ${table}_published_unaltered BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW WHEN (OLD.state = 'PUBLISHED') EXECUTE FUNCTION published_unaltered()`);
      await q.query(`CREATE TRIGGER ${table}_truncate_kept BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION record_kept('what is published stays as published')`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) {
      await q.query(`DROP TRIGGER ${table}_truncate_kept ON ${table}`);
      await q.query(`DROP TRIGGER ${table}_published_unaltered ON ${table}`);
    }
    await q.query(`DROP FUNCTION published_unaltered()`);
  }
}
