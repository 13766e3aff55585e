import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A published checklist version holds its draft's source and items, its own number, and nothing else
 * (docs/roles-and-workflows.md#maker-checker; attacker round 11 O4: the publication's check compared the items and the
 * source only, so a version written by the request role could carry other keys — local names of the kinds, another
 * number — that its publisher never saw in the draft). Versions kept from before are not rewritten (NOT VALID).
 */
export class ChecklistVersionHoldsItsDraftOnly1764807310000 implements MigrationInterface {
  name = 'ChecklistVersionHoldsItsDraftOnly1764807310000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE checklist_version ADD CONSTRAINT checklist_version_holds_its_draft_only
        CHECK (checklist = jsonb_build_object('id', checklist -> 'id', 'version', version, 'source', checklist -> 'source', 'items', checklist -> 'items')) NOT VALID`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE checklist_version DROP CONSTRAINT checklist_version_holds_its_draft_only`);
  }
}
