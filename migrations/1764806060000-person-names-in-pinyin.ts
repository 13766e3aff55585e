import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People's display names and party organisations' names sort in pinyin order, as the registry's other names do
 * (1764800300000-pinyin-collation): the admin's users list, the person pickers (the audit log's), the party
 * organisations' list. Where the database is not UTF-8 the collation does not exist and the names keep their order.
 */
const COLUMNS: Array<[table: string, column: string]> = [
  ['app_user', 'display_name'],
  ['party_organisation', 'name'],
];

export class PersonNamesInPinyin1764806060000 implements MigrationInterface {
  name = 'PersonNamesInPinyin1764806060000';

  async up(q: QueryRunner): Promise<void> {
    const [{ present }] = await q.query(`SELECT EXISTS (SELECT 1 FROM pg_collation WHERE collname = 'zh_pinyin') AS present`);
    if (!present) return;
    for (const [table, column] of COLUMNS) await q.query(`ALTER TABLE ${table} ALTER COLUMN ${column} TYPE text COLLATE zh_pinyin`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, column] of COLUMNS) await q.query(`ALTER TABLE ${table} ALTER COLUMN ${column} TYPE text COLLATE "default"`);
  }
}
