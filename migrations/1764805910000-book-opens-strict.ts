import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A committee book opens with the strictest terms, limit 0 and at most 30 days (docs/roles-and-workflows.md#money-proposals;
 * attacker review F13): one officer opened a book at 1亿 and 366 days, although raising them later needs a second
 * officer. Looser terms are a terms proposal; the request role cannot insert a looser book. The tables' owner (the seed) passes.
 */
const BY_TABLE_OWNER = `written_by_table_owner(TG_RELID)`;
const OWNER_PASSES = `IF ${BY_TABLE_OWNER} THEN RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END; END IF;`;

export class BookOpensStrict1764805910000 implements MigrationInterface {
  name = 'BookOpensStrict1764805910000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION committee_account_opened_strict() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${OWNER_PASSES}
        IF NEW.spending_limit_fen > 0 OR NEW.statement_due_days > 30 THEN
          RAISE EXCEPTION 'a book opens with limit 0 and at most 30 days; looser terms are proposed: INSERT of committee account refused'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'committee_account_opened_strict';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER committee_account_opened_strict BEFORE INSERT ON committee_account FOR EACH ROW EXECUTE FUNCTION committee_account_opened_strict()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER committee_account_opened_strict ON committee_account`);
    await q.query(`DROP FUNCTION committee_account_opened_strict()`);
  }
}
