import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A committee's history is kept as it happened (docs/domain-rules.md#committee-members): a member never ends before
 * starting, and a committee is established once — one establishment filing, unless it was revoked
 * (docs/roles-and-workflows.md#committee-filing), whoever writes and however many write at once.
 */
export class CommitteeHistoryKept1764804900000 implements MigrationInterface {
  name = 'CommitteeHistoryKept1764804900000';

  async up(q: QueryRunner): Promise<void> {
    // rows already against the rules are named, for the authority to put right, rather than a bare constraint error
    const reversed: Array<{ id: number }> = await q.query(`SELECT id FROM committee_member WHERE ends_on < starts_on ORDER BY id`);
    if (reversed.length) throw new Error(`committee members ending before they start: ${reversed.map((r) => r.id).join(', ')}`);
    const twice: Array<{ committee_id: number; ids: number[] }> = await q.query(`
      SELECT committee_id, array_agg(id ORDER BY id) AS ids FROM committee_filing
       WHERE kind = 'ESTABLISHMENT' AND filing_status <> 'REVOKED' GROUP BY committee_id HAVING count(*) > 1 ORDER BY committee_id`);
    if (twice.length) throw new Error(`committees with two establishment filings (committee: filings): ${twice.map((t) => `${t.committee_id}: ${t.ids.join(', ')}`).join('; ')}; revoke one first`);
    await q.query(`ALTER TABLE committee_member ADD CONSTRAINT committee_member_ends_after_start CHECK (ends_on IS NULL OR ends_on >= starts_on)`);
    await q.query(`CREATE UNIQUE INDEX committee_filing_one_establishment ON committee_filing (committee_id) WHERE kind = 'ESTABLISHMENT' AND filing_status <> 'REVOKED'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX committee_filing_one_establishment`);
    await q.query(`ALTER TABLE committee_member DROP CONSTRAINT committee_member_ends_after_start`);
  }
}
