import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A committee's members are its history (docs/domain-rules.md#committee-members): a composition only adds members
 * and ends those who leave, so a member's row, once written, is never removed, rewritten, re-dated or brought back;
 * the one change is ending a sitting member, once. Filings approved on a composition, the accounts its members
 * countersigned and the certified elections that seated them rest on these rows. Binds every role but the tables'
 * owner, as 1764804300000's triggers do; the refusal names its constraint.
 */
const WHY = 'a committee member is only ended, once';

export class CommitteeMembersKept1764805200000 implements MigrationInterface {
  name = 'CommitteeMembersKept1764805200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION committee_member_kept() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF written_by_table_owner(TG_RELID) THEN RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END; END IF;
        IF TG_OP = 'UPDATE' AND OLD.ends_on IS NULL AND NEW.ends_on IS NOT NULL
           AND (to_jsonb(NEW) - 'ends_on' - 'updated_at' - 'version') = (to_jsonb(OLD) - 'ends_on' - 'updated_at' - 'version') THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION '${WHY}: % on committee_member refused (member %)', TG_OP, OLD.id
          USING ERRCODE = 'check_violation', CONSTRAINT = 'committee_member_kept';
      END $$`);
    await q.query(`CREATE TRIGGER committee_member_kept BEFORE UPDATE OR DELETE ON committee_member FOR EACH ROW EXECUTE FUNCTION committee_member_kept()`);
    await q.query(`CREATE TRIGGER committee_member_not_truncated BEFORE TRUNCATE ON committee_member FOR EACH STATEMENT EXECUTE FUNCTION record_kept('${WHY}')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER committee_member_not_truncated ON committee_member`);
    await q.query(`DROP TRIGGER committee_member_kept ON committee_member`);
    await q.query(`DROP FUNCTION committee_member_kept()`);
  }
}
