import { MigrationInterface, QueryRunner } from 'typeorm';

/** The name columns lists sort by: firms, projects, estates, places and owners. */
const NAME_COLUMNS = ['firm', 'project', 'estate', 'district', 'subdistrict', 'community', 'owner'];

/**
 * Names sort in pinyin order (安吉 before 湖州 before 长兴), as a Chinese reader looks them up, instead of by
 * code point. ICU's Chinese collation with the pinyin variant, declared on the columns, so ORDER BY name,
 * the (name, id) indexes and the keyset cursors all agree. The PostgreSQL must be built with ICU (the embedded
 * one and the usual distributions are).
 */
export class PinyinCollation1764800300000 implements MigrationInterface {
  name = 'PinyinCollation1764800300000';

  async up(q: QueryRunner): Promise<void> {
    // ICU collations need a UTF-8 database: elsewhere names keep sorting by code point rather than failing
    const [{ encoding }] = await q.query(`SELECT pg_encoding_to_char(encoding) AS encoding FROM pg_database WHERE datname = current_database()`);
    if (encoding !== 'UTF8') return;
    await q.query(`CREATE COLLATION IF NOT EXISTS zh_pinyin (provider = icu, locale = 'zh-u-co-pinyin')`);
    for (const table of NAME_COLUMNS) {
      await q.query(`ALTER TABLE ${table} ALTER COLUMN name TYPE text COLLATE zh_pinyin`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of NAME_COLUMNS) {
      await q.query(`ALTER TABLE ${table} ALTER COLUMN name TYPE text COLLATE "default"`);
    }
    await q.query(`DROP COLLATION IF EXISTS zh_pinyin`);
  }
}
