import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The community may send a closed quarter back to the committee instead of countersigning it
 * (docs/domain-rules.md#committee-accounts): CLOSED → OPEN with who returned it, when and why, the close and its
 * frozen totals cleared so the committee books the correction in the quarter and closes it again. Before, a
 * community that would not countersign left the quarter closed and unpublished for good. Every other change of a
 * closed quarter stays refused (1764801800000-decided-rows-unaltered), the return's own record included.
 */
const FIXED = ['id', 'account_id', 'estate_id', 'year', 'quarter', 'created_at'];
const CLOSE = ['closed_by_id', 'closed_by_member_id', 'closed_at', 'opening_fen', 'income_fen', 'spending_fen', 'closing_fen'];
const RETURN = ['returned_at', 'returned_by_id', 'return_reason'];
const row = (alias: string, columns: string[]) => `(${columns.map((c) => `${alias}.${c}`).join(', ')})`;

/** The trigger function that lets a closed quarter move only as the application moves it; with the return or without. */
function closedMoves(withReturn: boolean): string {
  const kept = withReturn ? [...FIXED, ...CLOSE, ...RETURN] : [...FIXED, ...CLOSE];
  const returned = `
        -- returned by the community: open again, the close cleared, the return recorded by another than the closer,
        -- and no later quarter closed on this one's balance
        IF OLD.status = 'CLOSED' AND NEW.status = 'OPEN' AND ${row('NEW', FIXED)} IS NOT DISTINCT FROM ${row('OLD', FIXED)}
           AND ${row('NEW', CLOSE)} IS NOT DISTINCT FROM (${CLOSE.map(() => 'NULL').join(', ')})
           AND NEW.countersigned_by_id IS NULL AND NEW.countersigned_at IS NULL AND NEW.published_at IS NULL
           AND NEW.returned_at IS NOT NULL AND NEW.returned_by_id IS NOT NULL AND NEW.returned_by_id IS DISTINCT FROM OLD.closed_by_id
           AND length(btrim(COALESCE(NEW.return_reason, ''))) > 0
           AND NOT EXISTS (SELECT 1 FROM account_period later WHERE later.account_id = NEW.account_id AND later.status <> 'OPEN'
                             AND (later.year, later.quarter) > (NEW.year, NEW.quarter)) THEN
          RETURN NEW;
        END IF;`;
  return `
      CREATE OR REPLACE FUNCTION account_period_closed_moves() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF ${row('NEW', kept)} IS NOT DISTINCT FROM ${row('OLD', kept)} AND (
             ((NEW.status, NEW.countersigned_by_id, NEW.countersigned_at, NEW.published_at)
               IS NOT DISTINCT FROM (OLD.status, OLD.countersigned_by_id, OLD.countersigned_at, OLD.published_at))
          OR (OLD.status = 'CLOSED' AND NEW.status = 'COUNTERSIGNED' AND OLD.countersigned_at IS NULL
               AND NEW.countersigned_by_id IS NOT NULL AND NEW.countersigned_at IS NOT NULL AND NEW.published_at IS NULL)
          OR (OLD.status = 'COUNTERSIGNED' AND NEW.status = 'PUBLISHED' AND OLD.published_at IS NULL AND NEW.published_at IS NOT NULL
               AND (NEW.countersigned_by_id, NEW.countersigned_at) IS NOT DISTINCT FROM (OLD.countersigned_by_id, OLD.countersigned_at))) THEN
          RETURN NEW;
        END IF;${withReturn ? returned : ''}
        RAISE EXCEPTION 'a closed quarter is final: UPDATE of % period % on account_period refused', OLD.status, OLD.id;
      END $$`;
}

export class QuarterReturnedByCommunity1764803900000 implements MigrationInterface {
  name = 'QuarterReturnedByCommunity1764803900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE account_period ADD COLUMN returned_at timestamptz(3), ADD COLUMN returned_by_id integer REFERENCES app_user(id), ADD COLUMN return_reason text`);
    await q.query(closedMoves(true));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(closedMoves(false));
    await q.query(`ALTER TABLE account_period DROP COLUMN return_reason, DROP COLUMN returned_by_id, DROP COLUMN returned_at`);
  }
}
