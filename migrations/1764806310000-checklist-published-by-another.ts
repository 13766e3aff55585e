import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The eligibility checklist is published by another admin than the one who last edited its draft, as every other
 * rule-setting act is maker-checker (docs/roles-and-workflows.md; attacker review round 9, O7: one admin drafted and
 * published alone). PostgreSQL holds it for every role but the tables' owner:
 * - a draft's last editor is on its row (`last_edited_by_id`: its creator, then whoever changed its content), and
 *   moves only with its content; a published draft is never changed again;
 * - a draft is published (`published_version_id`, `published_by_id`, written once, together) by someone other than its
 *   last editor, its content unchanged, naming the version inserted in that transaction by the same publisher with the
 *   draft's content;
 * - a checklist version is inserted only as a draft's publication (checked at commit): there is no publication alone;
 * - a draft is not removed (the service removes none; a published one is its version's record of who published it).
 * Last editors on file are taken from the audit log (the latest create or edit of each draft).
 */
const refuse = (message: string, ...args: string[]) =>
  `RAISE EXCEPTION '${message}'${args.map((a) => `, ${a}`).join('')} USING ERRCODE = 'check_violation', CONSTRAINT = 'checklist_published_by_another', TABLE = TG_TABLE_NAME;`;

export class ChecklistPublishedByAnother1764806310000 implements MigrationInterface {
  name = 'ChecklistPublishedByAnother1764806310000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE checklist_draft ADD COLUMN last_edited_by_id integer REFERENCES app_user(id), ADD COLUMN published_by_id integer REFERENCES app_user(id)`);
    await q.query(
      `UPDATE checklist_draft d
          SET last_edited_by_id = coalesce((SELECT e.actor_id FROM audit_event e
                                             WHERE e.entity_type = 'ChecklistDraft' AND e.entity_id = d.id::text
                                               AND e.action IN ('checklistDraft.create', 'checklistDraft.update') AND e.actor_id IS NOT NULL
                                             ORDER BY e.id DESC LIMIT 1), d.created_by_id),
              published_by_id = (SELECT v.published_by_id FROM checklist_version v WHERE v.id = d.published_version_id)`,
    );
    await q.query(`
      CREATE FUNCTION checklist_draft_published_by_another() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF written_by_table_owner(TG_RELID) THEN RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END; END IF;
        IF TG_OP = 'DELETE' THEN
          ${refuse('checklist draft % is kept: it is edited, then published', 'OLD.id')}
        END IF;
        IF TG_OP = 'INSERT' THEN
          IF NEW.published_version_id IS NOT NULL OR NEW.published_by_id IS NOT NULL OR NEW.last_edited_by_id IS DISTINCT FROM NEW.created_by_id THEN
            ${refuse('a checklist draft is born unpublished, its creator its last editor')}
          END IF;
          RETURN NEW;
        END IF;
        IF OLD.published_version_id IS NOT NULL THEN
          IF (NEW.title, NEW.source, NEW.items, NEW.created_by_id, NEW.last_edited_by_id, NEW.published_version_id, NEW.published_by_id)
             IS DISTINCT FROM (OLD.title, OLD.source, OLD.items, OLD.created_by_id, OLD.last_edited_by_id, OLD.published_version_id, OLD.published_by_id) THEN
            ${refuse('checklist draft % is published: it is not changed again', 'OLD.id')}
          END IF;
          RETURN NEW;
        END IF;
        IF NEW.created_by_id IS DISTINCT FROM OLD.created_by_id
           OR (NEW.last_edited_by_id IS DISTINCT FROM OLD.last_edited_by_id AND (NEW.title, NEW.source, NEW.items) IS NOT DISTINCT FROM (OLD.title, OLD.source, OLD.items))
           OR ((NEW.title, NEW.source, NEW.items) IS DISTINCT FROM (OLD.title, OLD.source, OLD.items) AND (NEW.last_edited_by_id IS NULL OR NEW.published_version_id IS NOT NULL))
           OR ((NEW.published_version_id IS NULL) <> (NEW.published_by_id IS NULL)) THEN
          ${refuse('checklist draft %: its last editor moves with its content, and an edit is not a publication', 'OLD.id')}
        END IF;
        IF NEW.published_version_id IS NOT NULL AND (
             NEW.published_by_id = coalesce(OLD.last_edited_by_id, OLD.created_by_id)
             OR NOT EXISTS (SELECT 1 FROM checklist_version v
                             WHERE v.id = NEW.published_version_id AND v.xmin = pg_current_xact_id()::xid
                               AND v.published_by_id = NEW.published_by_id AND v.title = NEW.title
                               AND v.checklist -> 'items' = NEW.items AND v.checklist ->> 'source' = NEW.source)) THEN
          ${refuse('checklist draft % is published by another admin than its last editor, as the version it becomes', 'OLD.id')}
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER checklist_draft_published_by_another BEFORE INSERT OR UPDATE OR DELETE ON checklist_draft FOR EACH ROW EXECUTE FUNCTION checklist_draft_published_by_another()`);
    // at commit: a version inserted is a draft's publication (the draft's trigger checked who published it)
    await q.query(`
      CREATE FUNCTION checklist_version_from_a_draft() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF written_by_table_owner(TG_RELID) THEN RETURN NULL; END IF;
        IF NOT EXISTS (SELECT 1 FROM checklist_draft WHERE published_version_id = NEW.id) THEN
          ${refuse('checklist version % is published from a draft, by another admin than its last editor', 'NEW.version')}
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER checklist_version_from_a_draft AFTER INSERT ON checklist_version DEFERRABLE INITIALLY DEFERRED
      FOR EACH ROW EXECUTE FUNCTION checklist_version_from_a_draft()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER checklist_version_from_a_draft ON checklist_version`);
    await q.query(`DROP FUNCTION checklist_version_from_a_draft()`);
    await q.query(`DROP TRIGGER checklist_draft_published_by_another ON checklist_draft`);
    await q.query(`DROP FUNCTION checklist_draft_published_by_another()`);
    await q.query(`ALTER TABLE checklist_draft DROP COLUMN published_by_id, DROP COLUMN last_edited_by_id`);
  }
}
