import { MigrationInterface, QueryRunner } from 'typeorm';
import { HELD_LIFECYCLES, HeldLifecycle, lifecycleArguments } from './1764804300000-lifecycles-held-by-the-database';
import { COMMITTEE_FILING_HELD } from './1764804700000-what-a-decision-rests-on';

/**
 * Who made a filing is on its row (api/src/filings/makers.ts): its creator, and now everyone who edited or submitted
 * it since it was last approved (`maker_ids`). The editors were read from the audit log by the move alone, since the
 * last decision of any kind: a list's `availableActions` offered an editor the approval the move then refused, a
 * return by another registrar laundered an editor's changes (attacker round 8 F11), an earlier submitter was
 * forgotten once a clerk resubmitted, and any audit event on a firm (a red/black placement) made its author a maker.
 * PostgreSQL now refuses a decision by a maker as well, for every role but the tables' owner (as 1764804300000 holds
 * the lifecycles); an approval empties the makers, which the lifecycle trigger lets that move write. Filings on file
 * take as makers the authors of their edits and submissions since their last approval.
 */
const FILINGS: Array<{ table: string; entity: string; audit: string }> = [
  { table: 'firm', entity: 'Firm', audit: 'firm' },
  { table: 'project', entity: 'Project', audit: 'project' },
  { table: 'committee_filing', entity: 'CommitteeFiling', audit: 'committeeFiling' },
];
const APPROVING_MOVE = 'SUBMITTED>APPROVED';

/** Each filing table's lifecycle trigger as the migrations before this one left it (committee_filing's by 1764804700000). */
const heldBefore = (table: string): HeldLifecycle => (table === 'committee_filing' ? COMMITTEE_FILING_HELD : HELD_LIFECYCLES.find((l) => l.table === table)!);

export function filingHeldWithMakers(table: string): HeldLifecycle {
  const held = heldBefore(table);
  return {
    ...held,
    moveWrites: Object.fromEntries(Object.entries(held.moveWrites ?? {}).map(([move, columns]) => [move, move === APPROVING_MOVE ? [...columns, 'maker_ids'] : columns])),
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
           AND (NEW.decided_by_id = OLD.created_by_id OR NEW.decided_by_id = OLD.submitted_by_id OR NEW.decided_by_id = ANY (OLD.maker_ids)) THEN
          RAISE EXCEPTION 'whoever created, edited or submitted % % does not decide it', TG_TABLE_NAME, OLD.id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'filing_decided_by_another', TABLE = TG_TABLE_NAME;
        END IF;
        RETURN NEW;
      END $$`);
    for (const { table, entity, audit } of FILINGS) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN maker_ids integer[] NOT NULL DEFAULT '{}'`);
      await q.query(
        `UPDATE ${table} f
            SET maker_ids = makers.ids
           FROM (SELECT e.entity_id::int AS id, array_agg(DISTINCT e.actor_id ORDER BY e.actor_id) AS ids
                   FROM audit_event e
                  WHERE e.entity_type = $1 AND e.actor_id IS NOT NULL AND e.action = ANY ($2::text[])
                    AND e.id > coalesce((SELECT max(d.id) FROM audit_event d WHERE d.entity_type = $1 AND d.entity_id = e.entity_id AND d.action = $3), 0)
                  GROUP BY e.entity_id) makers
          WHERE makers.id = f.id AND f.filing_status IN ('DRAFT', 'SUBMITTED', 'RETURNED')`,
        [entity, ['update', 'submit', 'addMaterial', 'removeMaterial'].map((action) => `${audit}.${action}`), `${audit}.approve`],
      );
      await q.query(`DROP TRIGGER ${table}_state_moves ON ${table}`);
      await q.query(stateTrigger(filingHeldWithMakers(table)));
      await q.query(`CREATE TRIGGER ${table}_decided_by_another BEFORE UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION filing_decided_by_another()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const { table } of FILINGS) {
      await q.query(`DROP TRIGGER ${table}_decided_by_another ON ${table}`);
      await q.query(`DROP TRIGGER ${table}_state_moves ON ${table}`);
      await q.query(stateTrigger(heldBefore(table)));
      await q.query(`ALTER TABLE ${table} DROP COLUMN maker_ids`);
    }
    await q.query(`DROP FUNCTION filing_decided_by_another()`);
  }
}
