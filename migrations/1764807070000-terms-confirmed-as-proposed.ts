import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A book's looser terms are confirmed against the terms they were proposed on (docs/roles-and-workflows.md#money-proposals;
 * attacker round 11 F6: 5000 元 / 30 days, a raise to 8000 proposed, the book tightened at once to 2000 / 10, then the
 * raise confirmed: the book stood at 8000 / 30, the 10 days undone without anyone proposing it).
 * - A proposal keeps the book's terms at its making (`*_at_proposal`, written by the database from the book on insert,
 *   whatever the insert says); a pending one when this landed takes the book's terms of now, the ones its checker sees.
 * - The book takes confirmed terms only while it still stands at those terms; otherwise the confirmation is stale
 *   (`committee_account_terms_proposal_stale`; the service refuses it first as `PROPOSAL_STALE`): the checker refuses it,
 *   or the proposer withdraws it and proposes again on the book as it stands. A fund's terms need no such check: each
 *   change of them waits, one at a time, so nothing changes them while a proposal waits.
 */
const OWNER_PASSES = `IF written_by_table_owner(TG_RELID) THEN RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END; END IF;`;
const THIS_TRANSACTION = `xmin::text = (pg_current_xact_id()::text::bigint % 4294967296)::text`;

/** 1764805500000's function, with the stale check when `stale` (the down restores it without). */
const loosenedByChecker = (stale: boolean) => `
      CREATE OR REPLACE FUNCTION committee_account_loosened_by_checker() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${OWNER_PASSES}
        IF NOT EXISTS (SELECT 1 FROM committee_account_terms_proposal p
                        WHERE p.account_id = NEW.id AND p.status = 'CONFIRMED' AND p.${THIS_TRANSACTION}
                          AND p.spending_limit_fen = NEW.spending_limit_fen AND p.statement_due_days = NEW.statement_due_days) THEN
          RAISE EXCEPTION 'a book''s limit and due days rise only when another officer confirms: UPDATE of committee account % refused', NEW.id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'committee_account_loosened_by_checker';
        END IF;${
          stale
            ? `
        IF NOT EXISTS (SELECT 1 FROM committee_account_terms_proposal p
                        WHERE p.account_id = NEW.id AND p.status = 'CONFIRMED' AND p.${THIS_TRANSACTION}
                          AND p.spending_limit_fen = NEW.spending_limit_fen AND p.statement_due_days = NEW.statement_due_days
                          AND p.spending_limit_fen_at_proposal = OLD.spending_limit_fen AND p.statement_due_days_at_proposal = OLD.statement_due_days) THEN
          RAISE EXCEPTION 'a book takes confirmed terms only while it stands at the terms they were proposed on: UPDATE of committee account % refused (its terms changed since)', NEW.id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'committee_account_terms_proposal_stale';
        END IF;`
            : ''
        }
        RETURN NEW;
      END $$`;

export class TermsConfirmedAsProposed1764807070000 implements MigrationInterface {
  name = 'TermsConfirmedAsProposed1764807070000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE committee_account_terms_proposal ADD COLUMN spending_limit_fen_at_proposal bigint, ADD COLUMN statement_due_days_at_proposal integer`);
    await q.query(`
      UPDATE committee_account_terms_proposal p SET spending_limit_fen_at_proposal = a.spending_limit_fen, statement_due_days_at_proposal = a.statement_due_days
        FROM committee_account a WHERE a.id = p.account_id AND p.status = 'PENDING'`);
    await q.query(`
      ALTER TABLE committee_account_terms_proposal ADD CONSTRAINT committee_account_terms_proposal_made_on_terms
        CHECK (status <> 'PENDING' OR (spending_limit_fen_at_proposal IS NOT NULL AND statement_due_days_at_proposal IS NOT NULL))`);
    await q.query(`
      CREATE FUNCTION committee_account_terms_made_on_terms() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- the owner may lay down a proposal of the past with the terms it was made on (the seed); otherwise the book's now
        IF written_by_table_owner(TG_RELID) AND NEW.spending_limit_fen_at_proposal IS NOT NULL AND NEW.statement_due_days_at_proposal IS NOT NULL THEN
          RETURN NEW;
        END IF;
        SELECT a.spending_limit_fen, a.statement_due_days INTO NEW.spending_limit_fen_at_proposal, NEW.statement_due_days_at_proposal
          FROM committee_account a WHERE a.id = NEW.account_id;
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER committee_account_terms_made_on_terms BEFORE INSERT ON committee_account_terms_proposal FOR EACH ROW EXECUTE FUNCTION committee_account_terms_made_on_terms()`,
    );
    await q.query(loosenedByChecker(true));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(loosenedByChecker(false));
    await q.query(`DROP TRIGGER committee_account_terms_made_on_terms ON committee_account_terms_proposal`);
    await q.query(`DROP FUNCTION committee_account_terms_made_on_terms()`);
    await q.query(`ALTER TABLE committee_account_terms_proposal DROP CONSTRAINT committee_account_terms_proposal_made_on_terms`);
    await q.query(`ALTER TABLE committee_account_terms_proposal DROP COLUMN statement_due_days_at_proposal, DROP COLUMN spending_limit_fen_at_proposal`);
  }
}
