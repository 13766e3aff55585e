import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A book's entries stay as booked, whoever writes SQL as the request role (docs/domain-rules.md#entry-effect; attacker
 * review round 10, F5). The effect rule held an entry only as it was inserted: in an open quarter an UPDATE turned an
 * 11 元 spending into 500,000 元 with neither resolution nor sign-off, an entry was signed off by its own booker, one
 * was born signed off, and a booked income was deleted. The application never updates nor removes an entry
 * (a correction is a new entry), so now:
 * - an entry is born undecided (neither signed off nor refused);
 * - afterwards only its decision columns move, once, from nothing: the sign-off or its refusal, for an entry that
 *   waits for one, by an active officer of the estate's subdistricts other than its booker, dated by the database;
 * - an entry and a voucher are never removed, a voucher never changed, and a voucher's digest and size are its
 *   content's.
 * The tables' owner passes (the demo seed lays down a past).
 */
const OWNER_PASSES = `IF written_by_table_owner(TG_RELID) THEN RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END; END IF;`;
const REFUSE = (message: string, constraint: string) =>
  `RAISE EXCEPTION '${message.replace(/'/g, "''")}' USING ERRCODE = 'check_violation', CONSTRAINT = '${constraint}', TABLE = TG_TABLE_NAME;`;

/** the officer deciding may act on the entry's estate (the service's assertJurisdiction, held for raw SQL) */
const OFFICER_OF_ESTATE = (user: string) => `EXISTS (
  SELECT 1 FROM app_user u
    JOIN officer_jurisdiction j ON j.user_id = u.id
    JOIN community c ON c.subdistrict_id = j.subdistrict_id
    JOIN estate e ON e.community_id = c.id
   WHERE u.id = ${user} AND u.active AND u.role = 'officer' AND e.id = NEW.estate_id)`;

export class BookEntriesAsBooked1764806700000 implements MigrationInterface {
  name = 'BookEntriesAsBooked1764806700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION account_entry_as_booked() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${OWNER_PASSES}
        IF TG_OP = 'DELETE' THEN
          ${REFUSE('a booked entry is never removed: a correction is a new entry', 'account_entry_as_booked')}
        END IF;
        IF TG_OP = 'INSERT' THEN
          IF NEW.signed_off_by_id IS NOT NULL OR NEW.signed_off_at IS NOT NULL OR NEW.sign_off_refused_by_id IS NOT NULL
             OR NEW.sign_off_refused_at IS NOT NULL OR NEW.sign_off_refusal_note IS NOT NULL THEN
            ${REFUSE('an entry is booked undecided: its sign-off comes after, from another officer', 'account_entry_born_undecided')}
          END IF;
          RETURN NEW;
        END IF;
        -- what was booked stays: only the decision columns (and the row's version and touch) may move
        IF (NEW.id, NEW.period_id, NEW.estate_id, NEW.direction, NEW.category, NEW.amount_fen, NEW.counterparty, NEW.occurred_on,
            NEW.description, NEW.entered_by_member_id, NEW.corrects_entry_id, NEW.resolution_id, NEW.sign_off_required,
            NEW.created_by_id, NEW.created_at)
           IS DISTINCT FROM
           (OLD.id, OLD.period_id, OLD.estate_id, OLD.direction, OLD.category, OLD.amount_fen, OLD.counterparty, OLD.occurred_on,
            OLD.description, OLD.entered_by_member_id, OLD.corrects_entry_id, OLD.resolution_id, OLD.sign_off_required,
            OLD.created_by_id, OLD.created_at) THEN
          ${REFUSE('a booked entry is never rewritten: a correction is a new entry', 'account_entry_as_booked')}
        END IF;
        IF (NEW.signed_off_by_id, NEW.signed_off_at) IS DISTINCT FROM (OLD.signed_off_by_id, OLD.signed_off_at) THEN
          IF OLD.signed_off_by_id IS NOT NULL OR OLD.sign_off_refused_by_id IS NOT NULL OR NOT OLD.sign_off_required
             OR NEW.signed_off_by_id IS NULL OR NEW.signed_off_by_id IS NOT DISTINCT FROM OLD.created_by_id
             OR NOT ${OFFICER_OF_ESTATE('NEW.signed_off_by_id')} THEN
            ${REFUSE('an entry waiting for the sign-off is signed off once, by another officer of its estate than its booker', 'account_entry_signed_off_by_another')}
          END IF;
          NEW.signed_off_at := now();
        END IF;
        IF (NEW.sign_off_refused_by_id, NEW.sign_off_refused_at, NEW.sign_off_refusal_note)
           IS DISTINCT FROM (OLD.sign_off_refused_by_id, OLD.sign_off_refused_at, OLD.sign_off_refusal_note) THEN
          IF OLD.sign_off_refused_by_id IS NOT NULL OR OLD.signed_off_by_id IS NOT NULL OR NOT OLD.sign_off_required
             OR NEW.sign_off_refused_by_id IS NULL OR NEW.sign_off_refused_by_id IS NOT DISTINCT FROM OLD.created_by_id
             OR NOT ${OFFICER_OF_ESTATE('NEW.sign_off_refused_by_id')} THEN
            ${REFUSE('an entry waiting for the sign-off is refused once, by another officer of its estate than its booker', 'account_entry_signed_off_by_another')}
          END IF;
          NEW.sign_off_refused_at := now();
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER account_entry_as_booked BEFORE INSERT OR UPDATE OR DELETE ON account_entry FOR EACH ROW EXECUTE FUNCTION account_entry_as_booked()`);

    await q.query(`
      CREATE FUNCTION account_voucher_as_filed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${OWNER_PASSES}
        IF TG_OP = 'INSERT' THEN
          IF NEW.sha256 <> sha256(NEW.content) OR NEW.size_bytes <> octet_length(NEW.content) THEN
            ${REFUSE("a voucher's digest and size are its content's", 'account_voucher_as_filed')}
          END IF;
          RETURN NEW;
        END IF;
        ${REFUSE('a voucher filed with its entry is kept as filed', 'account_voucher_as_filed')}
      END $$`);
    await q.query(`CREATE TRIGGER account_voucher_as_filed BEFORE INSERT OR UPDATE OR DELETE ON account_voucher FOR EACH ROW EXECUTE FUNCTION account_voucher_as_filed()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER account_voucher_as_filed ON account_voucher`);
    await q.query(`DROP FUNCTION account_voucher_as_filed()`);
    await q.query(`DROP TRIGGER account_entry_as_booked ON account_entry`);
    await q.query(`DROP FUNCTION account_entry_as_booked()`);
  }
}
