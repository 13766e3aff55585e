import { MigrationInterface, QueryRunner } from 'typeorm';
import { matchKeySql } from '../api/src/shared/match-key';

/**
 * An estate's name is unique in its community as the registry compares names (docs/domain-rules.md#identifying-text),
 * not byte for byte: 阳光花园-一期 and 阳光花园–一期 would be two estates that an import's look-up finds as one. The
 * unique index keeps the constraint's name, so a clash is still the TAKEN rule on `name`. Estates whose names already
 * compare as one are not renamed here: the old constraint stays, they are logged, and the index waits for a person.
 */
export class EstateNameKeys1764803300000 implements MigrationInterface {
  name = 'EstateNameKeys1764803300000';

  async up(q: QueryRunner): Promise<void> {
    const clashes: Array<{ community_id: number; names: string[] }> = await q.query(
      `SELECT community_id, array_agg(name ORDER BY id) AS names FROM estate GROUP BY community_id, ${matchKeySql('name')} HAVING count(*) > 1`,
    );
    if (clashes.length) {
      for (const c of clashes) q.connection.logger.log('warn', `estate names that compare as one, left as they are: community ${c.community_id}: ${c.names.join(' / ')}`, q);
      return;
    }
    await q.query(`ALTER TABLE estate DROP CONSTRAINT estate_name_key`);
    await q.query(`CREATE UNIQUE INDEX estate_name_key ON estate (community_id, (${matchKeySql('name')}))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE estate DROP CONSTRAINT IF EXISTS estate_name_key`);
    await q.query(`DROP INDEX IF EXISTS estate_name_key`);
    await q.query(`ALTER TABLE estate ADD CONSTRAINT estate_name_key UNIQUE (community_id, name)`);
  }
}
