import { MigrationInterface, QueryRunner } from 'typeorm';
import { HELD_LIFECYCLES, HeldLifecycle, lifecycleArguments } from './1764804300000-lifecycles-held-by-the-database';

/**
 * Who made a filing is on its row (api/src/filings/makers.ts): its creator, its submitter and now whoever edited it
 * since its last decision (`edited_by_ids`). The editors were read from the audit log by the move alone, so a list's
 * `availableActions` offered an editor the approval the move then refused, and any audit event on a firm (a red/black
 * placement) made its author a maker. PostgreSQL now refuses a decision by a maker as well, for every role but the
 * tables' owner (as 1764804300000 holds the lifecycles): a decision empties the editors, which the lifecycle
 * trigger lets the three deciding moves write. Filings on file take their editors since their last decision from
 * the audit log, by the rule the move used until now.
 */
const FILINGS: Array<{ table: string; entity: string; audit: string }> = [
  { table: 'firm', entity: 'Firm', audit: 'firm' },
  { table: 'project', entity: 'Project', audit: 'project' },
  { table: 'committee_filing', entity: 'CommitteeFiling', audit: 'committeeFiling' },
];
const DECIDING_MOVES = ['SUBMITTED>APPROVED', 'SUBMITTED>RETURNED', 'APPROVED>REVOKED'];

export function filingHeldWithEditors(table: string): HeldLifecycle {
  const held = HELD_LIFECYCLES.find((l) => l.table === table)!;
  return {
    ...held,
    moveWrites: Object.fromEntries(Object.entries(held.moveWrites ?? {}).map(([move, columns]) => [move, DECIDING_MOVES.includes(move) ? [...columns, 'edited_by_ids'] : columns])),
  };
}

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;
const stateTrigger = (held: HeldLifecycle) =>
  `CREATE TRIGGER ${held.table}_state_moves BEFORE INSERT OR UPDATE OR DELETE ON ${held.table} FOR EACH ROW EXECUTE FUNCTION lifecycle_moves(${lifecycleArguments(held).map(literal).join(', ')})`;

export class FilingMakersOnTheRow1764805800000 implements MigrationInterface {
  name = 'FilingMakersOnTheRow1764805800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION filing_decided_by_another() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.filing_status IS DISTINCT FROM OLD.filing_status AND NEW.filing_status IN ('APPROVED', 'RETURNED', 'REVOKED')
           AND NOT pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER')
           AND (NEW.decided_by_id = OLD.created_by_id OR NEW.decided_by_id = OLD.submitted_by_id OR NEW.decided_by_id = ANY (OLD.edited_by_ids)) THEN
          RAISE EXCEPTION 'whoever created, edited or submitted % % does not decide it', TG_TABLE_NAME, OLD.id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'filing_decided_by_another', TABLE = TG_TABLE_NAME;
        END IF;
        RETURN NEW;
      END $$`);
    for (const { table, entity, audit } of FILINGS) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN edited_by_ids integer[] NOT NULL DEFAULT '{}'`);
      await q.query(
        `UPDATE ${table} f
            SET edited_by_ids = editors.ids
           FROM (SELECT e.entity_id::int AS id, array_agg(DISTINCT e.actor_id ORDER BY e.actor_id) AS ids
                   FROM audit_event e
                  WHERE e.entity_type = $1 AND e.actor_id IS NOT NULL
                    AND e.id > coalesce((SELECT max(d.id) FROM audit_event d WHERE d.entity_type = $1 AND d.entity_id = e.entity_id AND d.action = ANY ($2::text[])), 0)
                  GROUP BY e.entity_id) editors
          WHERE editors.id = f.id AND f.filing_status IN ('DRAFT', 'SUBMITTED', 'RETURNED')`,
        [entity, ['approve', 'return', 'revoke'].map((action) => `${audit}.${action}`)],
      );
      await q.query(`DROP TRIGGER ${table}_state_moves ON ${table}`);
      await q.query(stateTrigger(filingHeldWithEditors(table)));
      await q.query(`CREATE TRIGGER ${table}_decided_by_another BEFORE UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION filing_decided_by_another()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const { table } of FILINGS) {
      await q.query(`DROP TRIGGER ${table}_decided_by_another ON ${table}`);
      await q.query(`DROP TRIGGER ${table}_state_moves ON ${table}`);
      await q.query(stateTrigger(HELD_LIFECYCLES.find((l) => l.table === table)!));
      await q.query(`ALTER TABLE ${table} DROP COLUMN edited_by_ids`);
    }
    await q.query(`DROP FUNCTION filing_decided_by_another()`);
  }
}
