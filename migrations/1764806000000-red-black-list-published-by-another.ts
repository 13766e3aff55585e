import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The red/black list is decided by two registrars, as filings are (docs/roles-and-workflows.md#assessment): whoever
 * reviewed an assessment the list ranks does not publish the list, and whoever drafted or edited a scheme — which sets the
 * list's shares — does not publish that edition. One registrar could review (adjusting the scores), then publish alone.
 * PostgreSQL refuses both, for every role but the tables' owner (as 1764805800000 holds the filings' makers): a list
 * inserted by a reviewer of its quarter's reviewed assessments, an assessment published under a list its reviewer
 * published, a scheme published by one of its makers. A draft's makers are on its row (`maker_ids`: its creator and
 * every editor), those on file taken from the audit log.
 */
const OWNER_PASSES = `IF pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER') THEN RETURN NEW; END IF;`;

export class RedBlackListPublishedByAnother1764806000000 implements MigrationInterface {
  name = 'RedBlackListPublishedByAnother1764806000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION red_black_list_published_by_another() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${OWNER_PASSES}
        IF TG_TABLE_NAME = 'red_black_list' THEN
          IF EXISTS (SELECT 1 FROM assessment a WHERE a.quarter = NEW.quarter AND a.state = 'REVIEWED' AND a.reviewer_id = NEW.published_by_id) THEN
            RAISE EXCEPTION 'whoever reviewed an assessment of % does not publish its red/black list', NEW.quarter
              USING ERRCODE = 'check_violation', CONSTRAINT = 'red_black_list_published_by_another', TABLE = TG_TABLE_NAME;
          END IF;
        ELSIF NEW.state = 'PUBLISHED' AND OLD.state IS DISTINCT FROM 'PUBLISHED'
              AND EXISTS (SELECT 1 FROM red_black_list l WHERE l.quarter = NEW.quarter AND l.published_by_id = NEW.reviewer_id) THEN
          RAISE EXCEPTION 'assessment % is published under a list its reviewer published', NEW.id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'red_black_list_published_by_another', TABLE = TG_TABLE_NAME;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER red_black_list_published_by_another BEFORE INSERT ON red_black_list FOR EACH ROW EXECUTE FUNCTION red_black_list_published_by_another()`);
    await q.query(`CREATE TRIGGER assessment_published_by_another BEFORE UPDATE ON assessment FOR EACH ROW EXECUTE FUNCTION red_black_list_published_by_another()`);

    await q.query(`ALTER TABLE assessment_scheme ADD COLUMN maker_ids integer[] NOT NULL DEFAULT '{}'`);
    await q.query(
      `UPDATE assessment_scheme s
          SET maker_ids = ARRAY(SELECT DISTINCT m FROM unnest(array_append(coalesce(
                (SELECT array_agg(e.actor_id) FROM audit_event e
                  WHERE e.entity_type = 'AssessmentScheme' AND e.entity_id = s.id::text AND e.action = 'assessmentScheme.update' AND e.actor_id IS NOT NULL), '{}'),
                s.created_by_id)) m WHERE m IS NOT NULL ORDER BY m)
        WHERE s.state = 'DRAFT'`,
    );
    await q.query(`
      CREATE FUNCTION assessment_scheme_published_by_another() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${OWNER_PASSES}
        IF NEW.state = 'PUBLISHED' AND OLD.state = 'DRAFT' AND (NEW.published_by_id = OLD.created_by_id OR NEW.published_by_id = ANY (OLD.maker_ids)) THEN
          RAISE EXCEPTION 'whoever drafted or edited assessment scheme % does not publish it', OLD.id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'assessment_scheme_published_by_another', TABLE = TG_TABLE_NAME;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER assessment_scheme_published_by_another BEFORE UPDATE ON assessment_scheme FOR EACH ROW EXECUTE FUNCTION assessment_scheme_published_by_another()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER assessment_scheme_published_by_another ON assessment_scheme`);
    await q.query(`DROP FUNCTION assessment_scheme_published_by_another()`);
    await q.query(`ALTER TABLE assessment_scheme DROP COLUMN maker_ids`);
    await q.query(`DROP TRIGGER assessment_published_by_another ON assessment`);
    await q.query(`DROP TRIGGER red_black_list_published_by_another ON red_black_list`);
    await q.query(`DROP FUNCTION red_black_list_published_by_another()`);
  }
}
