import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One committee sits at a time in an estate (docs/domain-rules.md#re-election): no two committees of an estate share a
 * day of their terms, whoever writes. A registration over a sitting committee, or a certification whose new term
 * would share days with a committee it does not succeed, is refused; a successor's certification ends the sitting
 * committee's term the day before it starts, so the two never overlap. btree_gist is the foundation's
 * (`1764201600000-foundation.ts`).
 *
 * A resolution authorises the one spending it names (docs/domain-rules.md#committee-accounts): cited by one entry of
 * the committee's book (its corrections follow it), never by a second.
 */
export class OneCommitteeAtATime1764804600000 implements MigrationInterface {
  name = 'OneCommitteeAtATime1764804600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    // committees already overlapping are named, for the authority to end one of them, rather than a bare constraint error
    const clashes: Array<{ estate_id: number; a: number; b: number }> = await q.query(`
      SELECT a.estate_id, a.id AS a, b.id AS b FROM committee a JOIN committee b ON b.estate_id = a.estate_id AND b.id > a.id
       WHERE a.term_start <= b.term_end AND b.term_start <= a.term_end ORDER BY a.estate_id, a.id, b.id`);
    if (clashes.length) {
      throw new Error(`committees whose terms overlap (estate: committee, committee): ${clashes.map((c) => `${c.estate_id}: ${c.a}, ${c.b}`).join('; ')}; end the earlier term first`);
    }
    await q.query(`
      ALTER TABLE committee ADD CONSTRAINT committee_term_no_overlap
        EXCLUDE USING gist (estate_id WITH =, daterange(term_start, term_end, '[]') WITH &&)`);
    await q.query(`CREATE UNIQUE INDEX account_entry_resolution_cited_once ON account_entry (resolution_id) WHERE resolution_id IS NOT NULL AND corrects_entry_id IS NULL AND direction = 'SPENDING'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX account_entry_resolution_cited_once`);
    await q.query(`ALTER TABLE committee DROP CONSTRAINT committee_term_no_overlap`);
  }
}
