import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Names sort by their reading here, where ICU's one reading of a character is not it (docs/architecture.md#pinyin-order):
 * 长 in 长兴县 is cháng, and ICU's pinyin order read it zhǎng, so every name of Changxing county came after 湖州 and 张.
 * The zh_pinyin collation (1764800300000) is made again with ICU rules (`&常<<<长`: 长 read as 常, just after it), the
 * name columns moved to it (their indexes rebuilt), and it takes the old one's name. ICU rules need PostgreSQL 16 or
 * later: on an older server, and where the database has no zh_pinyin, nothing changes (the order stays ICU's).
 */
const RULES = '&常<<<长';

/** Every column (and expression index) collated by `collation`, as PostgreSQL records them. */
const COLLATED = `
  SELECT c.relname AS "table", a.attname AS "column", format_type(a.atttypid, a.atttypmod) AS type
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE a.attcollation = $1::regcollation AND c.relkind = 'r' AND n.nspname = current_schema() AND a.attnum > 0 AND NOT a.attisdropped
   ORDER BY 1, 2`;

async function moveColumns(q: QueryRunner, from: string, to: string): Promise<void> {
  for (const { table, column, type } of await q.query(COLLATED, [from])) {
    await q.query(`ALTER TABLE "${table}" ALTER COLUMN "${column}" TYPE ${type} COLLATE ${to}`);
  }
}

export class PinyinReadingsOfNames1764807330000 implements MigrationInterface {
  name = 'PinyinReadingsOfNames1764807330000';

  async up(q: QueryRunner): Promise<void> {
    const [{ present, rulesAllowed }] = await q.query(
      `SELECT EXISTS (SELECT 1 FROM pg_collation WHERE collname = 'zh_pinyin') AS present, current_setting('server_version_num')::int >= 160000 AS "rulesAllowed"`,
    );
    if (!present || !rulesAllowed) return;
    await q.query(`CREATE COLLATION zh_pinyin_read (provider = icu, locale = 'zh-u-co-pinyin', rules = '${RULES}')`);
    await moveColumns(q, 'zh_pinyin', 'zh_pinyin_read');
    await q.query(`DROP COLLATION zh_pinyin`);
    await q.query(`ALTER COLLATION zh_pinyin_read RENAME TO zh_pinyin`);
  }

  async down(q: QueryRunner): Promise<void> {
    // collicurules exists from PostgreSQL 16 on: asked only there
    const [{ rulesAllowed }] = await q.query(`SELECT current_setting('server_version_num')::int >= 160000 AS "rulesAllowed"`);
    if (!rulesAllowed) return;
    const [{ tailored }] = await q.query(`SELECT EXISTS (SELECT 1 FROM pg_collation WHERE collname = 'zh_pinyin' AND collicurules IS NOT NULL) AS tailored`);
    if (!tailored) return;
    await q.query(`CREATE COLLATION zh_pinyin_plain (provider = icu, locale = 'zh-u-co-pinyin')`);
    await moveColumns(q, 'zh_pinyin', 'zh_pinyin_plain');
    await q.query(`DROP COLLATION zh_pinyin`);
    await q.query(`ALTER COLLATION zh_pinyin_plain RENAME TO zh_pinyin`);
  }
}
