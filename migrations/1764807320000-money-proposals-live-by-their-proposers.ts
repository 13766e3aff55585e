import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A money proposal lives by its proposer's power, as an account change does (docs/roles-and-workflows.md#money-proposals;
 * attacker round 11 O1, extended): it is confirmed only while its proposer is still an active officer of the estate, so
 * a checker alone never decides what only they stand for (the proposer deactivated, or the subdistrict taken from them).
 * `money_proposal_by_officers` of 1764807060000 is replaced with that one condition added, under its own constraint name.
 */
const fn = (proposerHeld: boolean) => `
      CREATE OR REPLACE FUNCTION money_proposal_by_officers() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        who integer := CASE WHEN TG_OP = 'INSERT' THEN NEW.proposed_by_id ELSE NEW.decided_by_id END;
        estate integer;
      BEGIN
        IF written_by_table_owner(TG_RELID) THEN RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END; END IF;
        EXECUTE format('SELECT estate_id FROM %I WHERE id = $1', TG_ARGV[0]) INTO estate USING (to_jsonb(NEW) ->> TG_ARGV[1])::integer;
        IF estate IS DISTINCT FROM NEW.estate_id OR NOT officer_of_estate(who, estate) THEN
          RAISE EXCEPTION 'a money proposal is made by an officer of the estate''s subdistricts and decided by another: % on % by user % refused', TG_OP, TG_TABLE_NAME, who
            USING ERRCODE = 'check_violation', CONSTRAINT = 'money_proposal_by_officers';
        END IF;${
          proposerHeld
            ? `
        IF TG_OP = 'UPDATE' AND NEW.status = 'CONFIRMED' AND NOT officer_of_estate(NEW.proposed_by_id, estate) THEN
          RAISE EXCEPTION 'a money proposal is confirmed only while its proposer is an officer of the estate: % % refused', TG_TABLE_NAME, NEW.id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'money_proposal_proposer_gone';
        END IF;`
            : ''
        }
        RETURN NEW;
      END $$`;

export class MoneyProposalsLiveByTheirProposers1764807320000 implements MigrationInterface {
  name = 'MoneyProposalsLiveByTheirProposers1764807320000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(fn(true));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(fn(false));
  }
}
