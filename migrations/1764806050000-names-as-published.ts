import { MigrationInterface, QueryRunner } from 'typeorm';

/** The records a published statement or an issued paper names (docs/architecture.md#documents). */
const NAMED = ['estate', 'project', 'firm', 'district', 'subdistrict', 'community'];
const WHY = 'a name a record bore is history: published papers read it';

/**
 * A published statement or an issued paper reads as it was published (docs/architecture.md#documents): the estate,
 * project, firm and places it names under the names they bore at its publication, not after a later rename. Every
 * name each of these records has borne, from when, kept by PostgreSQL whoever renames it; names borne before this
 * were not kept, so the name each record has now stands for its whole past (-infinity), the best evidence left.
 */
export class NamesAsPublished1764806050000 implements MigrationInterface {
  name = 'NamesAsPublished1764806050000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE name_history (
        table_name text NOT NULL,
        record_id integer NOT NULL,
        name text NOT NULL,
        -- from when the record bore the name: its creation (-infinity) or its rename (the renaming transaction's now())
        valid_from timestamptz NOT NULL,
        PRIMARY KEY (table_name, record_id, valid_from)
      )`);
    // statement-level, with transition tables: an import of thousands of firms writes their names in one statement
    await q.query(`
      CREATE FUNCTION name_kept_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO name_history (table_name, record_id, name, valid_from)
        SELECT TG_TABLE_NAME, n.id, n.name, '-infinity'::timestamptz FROM new_rows n
        ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION name_kept_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- renamed twice in one transaction: the name it commits with is the one it bore from then
        INSERT INTO name_history (table_name, record_id, name, valid_from)
        SELECT TG_TABLE_NAME, n.id, n.name, now() FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.name IS DISTINCT FROM o.name
        ON CONFLICT (table_name, record_id, valid_from) DO UPDATE SET name = EXCLUDED.name;
        RETURN NULL;
      END $$`);
    for (const table of NAMED) {
      await q.query(`INSERT INTO name_history (table_name, record_id, name, valid_from) SELECT '${table}', id, name, '-infinity' FROM ${table}`);
      await q.query(`CREATE TRIGGER ${table}_name_kept_on_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION name_kept_on_insert()`);
      await q.query(
        `CREATE TRIGGER ${table}_name_kept_on_update AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION name_kept_on_update()`,
      );
    }
    // the trigger's own upsert rewrites a name of this transaction only; nothing else changes or removes one
    await q.query(`
      CREATE FUNCTION name_history_kept() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.valid_from = now() AND NEW.valid_from = OLD.valid_from
           AND (NEW.table_name, NEW.record_id) = (OLD.table_name, OLD.record_id) THEN RETURN NEW; END IF;
        RAISE EXCEPTION '${WHY}: % on name_history refused', TG_OP;
      END $$`);
    await q.query(`CREATE TRIGGER name_history_unaltered BEFORE UPDATE OR DELETE ON name_history FOR EACH ROW EXECUTE FUNCTION name_history_kept()`);
    await q.query(`CREATE TRIGGER name_history_not_truncated BEFORE TRUNCATE ON name_history FOR EACH STATEMENT EXECUTE FUNCTION record_kept('${WHY}')`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of NAMED) {
      await q.query(`DROP TRIGGER ${table}_name_kept_on_insert ON ${table}`);
      await q.query(`DROP TRIGGER ${table}_name_kept_on_update ON ${table}`);
    }
    await q.query(`DROP TABLE name_history`);
    await q.query(`DROP FUNCTION name_history_kept()`);
    await q.query(`DROP FUNCTION name_kept_on_update()`);
    await q.query(`DROP FUNCTION name_kept_on_insert()`);
  }
}
