import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A repair fund's FIRST terms name a confirmed proposal, as its later terms do (docs/roles-and-workflows.md#money-proposals;
 * attacker review F12): the opening exempted them, so one officer opened a fund at any fee and share and posted month
 * after month from it. The opening now proposes them; another officer of the subdistricts confirms. Funds on file keep
 * the terms they opened with (the trigger checks inserts only). The tables' owner (the seed) passes.
 */
const BY_TABLE_OWNER = `written_by_table_owner(TG_RELID)`;
const OWNER_PASSES = `IF ${BY_TABLE_OWNER} THEN RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END; END IF;`;

const postingConfirmed = (firstTermsExempt: boolean) => `
  CREATE OR REPLACE FUNCTION repair_fund_posting_confirmed() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    confirmed boolean;
  BEGIN
    ${OWNER_PASSES}
    IF TG_TABLE_NAME = 'repair_fund_terms' THEN
      ${firstTermsExempt ? `IF NOT EXISTS (SELECT 1 FROM repair_fund_terms WHERE fund_id = NEW.fund_id) THEN
        RETURN NEW; -- the fund's first terms are opened with it
      END IF;` : ''}
      SELECT true INTO confirmed FROM repair_fund_terms_proposal p
       WHERE p.id = NEW.proposal_id AND p.status = 'CONFIRMED' AND p.fund_id = NEW.fund_id AND p.from_month = NEW.from_month
         AND p.fee_rate = NEW.fee_rate AND p.set_aside_basis_points = NEW.set_aside_basis_points AND p.proposed_by_id = NEW.created_by_id;
    ELSE
      IF NEW.amount_fen < 0 THEN
        RETURN NEW; -- taking back is bounded by what is left of the month
      END IF;
      SELECT true INTO confirmed FROM repair_fund_correction_proposal p
       WHERE p.id = NEW.proposal_id AND p.status = 'CONFIRMED' AND p.fund_id = NEW.fund_id AND p.accrual_id = NEW.accrual_id
         AND p.amount_fen = NEW.amount_fen AND p.proposed_by_id = NEW.created_by_id;
    END IF;
    IF confirmed IS NULL THEN
      RAISE EXCEPTION 'a fund''s terms and a correction adding money carry out a proposal another officer confirmed: INSERT on % refused (fund %)', TG_TABLE_NAME, NEW.fund_id
        USING ERRCODE = 'check_violation', CONSTRAINT = 'repair_fund_posting_confirmed';
    END IF;
    RETURN NEW;
  END $$`;

export class FirstTermsConfirmed1764805900000 implements MigrationInterface {
  name = 'FirstTermsConfirmed1764805900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(postingConfirmed(false));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(postingConfirmed(true));
  }
}
