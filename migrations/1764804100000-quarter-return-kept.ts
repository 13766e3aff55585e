import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A quarter's return is a decision of the community (docs/domain-rules.md#committee-accounts): who sent it back, when
 * and why are written by the return (CLOSED → OPEN, 1764803900000-quarter-returned-by-community) and by nothing else.
 * Before, the quarter open again could have its return's record rewritten or cleared by any UPDATE, and a quarter could
 * be inserted already "returned". The next return overwrites it as a new decision; the audit chain keeps each one.
 */
const RETURN = '(NEW.returned_at, NEW.returned_by_id, NEW.return_reason)';

export class QuarterReturnKept1764804100000 implements MigrationInterface {
  name = 'QuarterReturnKept1764804100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION account_period_return_kept() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' AND ${RETURN} IS NOT DISTINCT FROM (NULL::timestamptz, NULL::integer, NULL::text) THEN
          RETURN NEW;
        END IF;
        IF TG_OP = 'UPDATE' AND ${RETURN} IS NOT DISTINCT FROM (OLD.returned_at, OLD.returned_by_id, OLD.return_reason) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'a quarter''s return is written only by the return itself: % of account_period refused', TG_OP;
      END $$`);
    // a closed quarter's UPDATE is judged by account_period_closed_moves, which alone lets the return be written
    await q.query(`CREATE TRIGGER account_period_return_added_empty BEFORE INSERT ON account_period FOR EACH ROW EXECUTE FUNCTION account_period_return_kept()`);
    await q.query(`CREATE TRIGGER account_period_return_kept BEFORE UPDATE ON account_period FOR EACH ROW WHEN (OLD.status = 'OPEN') EXECUTE FUNCTION account_period_return_kept()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER account_period_return_kept ON account_period`);
    await q.query(`DROP TRIGGER account_period_return_added_empty ON account_period`);
    await q.query(`DROP FUNCTION account_period_return_kept()`);
  }
}
