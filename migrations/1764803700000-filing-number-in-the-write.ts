import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The next filing number of a kind and year, taken and formatted by the approving UPDATE itself
 * (docs/domain-rules.md#filing-numbers): gapless, because the counter row stays locked until the approval commits.
 * Taken by a statement of its own before the UPDATE, the lock was held across one more round trip, and approvals
 * queued for it (3 of 8 filing-flow users waited on the counter at any time). The format is formatFilingNumber's
 * (api/src/filings/filing.ts): prefix〔year〕number号, the number at least four digits.
 */
export class FilingNumberInTheWrite1764803700000 implements MigrationInterface {
  name = 'FilingNumberInTheWrite1764803700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION next_filing_number(counter_kind text, counter_year integer, prefix text) RETURNS text
      LANGUAGE sql VOLATILE AS $$
        WITH taken AS (
          INSERT INTO filing_counter AS c (kind, year, last_number) VALUES (counter_kind, counter_year, 1)
          ON CONFLICT (kind, year) DO UPDATE SET last_number = c.last_number + 1
          RETURNING last_number
        )
        SELECT prefix || '〔' || counter_year || '〕' || lpad(last_number::text, greatest(4, length(last_number::text)), '0') || '号' FROM taken
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION next_filing_number(text, integer, text)`);
  }
}
