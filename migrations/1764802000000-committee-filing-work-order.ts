import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Committee filings listed by what needs work first: drafts and returned filings (the office's to do), then those
 * waiting for review, then decided ones; by due date within each. One sortable column, so the list contract's keyset
 * paging works on it as on any other (docs/architecture.md#list-contract).
 */
export class CommitteeFilingWorkOrder1764802000000 implements MigrationInterface {
  name = 'CommitteeFilingWorkOrder1764802000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE committee_filing ADD COLUMN work_order integer GENERATED ALWAYS AS (
        (CASE filing_status WHEN 'DRAFT' THEN 0 WHEN 'RETURNED' THEN 0 WHEN 'SUBMITTED' THEN 1 ELSE 2 END) * 1000000 + (due_on - DATE '2000-01-01')
      ) STORED`);
    await q.query(`CREATE INDEX committee_filing_work_order ON committee_filing (work_order, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE committee_filing DROP COLUMN work_order`);
  }
}
