import { MigrationInterface, QueryRunner } from 'typeorm';
import { matchKeySql } from '../api/src/shared/match-key';

/**
 * A firm's name is one identity as the registry compares names (docs/domain-rules.md#firm-names): 湖州德信物业服务有限公司
 * with a trailing ideographic space, a no-break space inside or a Kangxi radical is the approved firm's name, not a
 * second firm (security review F11). Unique among firms not revoked (a revoked firm's name may be registered again).
 * A party organisation's name is unique by the same key, keeping its constraint's name (PARTY_ORGANISATION_NAME_TAKEN).
 * Names that already compare as one are not renamed here (a firm's name is its registered name, and approved rows are
 * kept as decided): they are logged, that table's index is not made, and the service still refuses every new clash.
 * Stored names are not rewritten to NFKC either: the key compares them as NFKC already.
 */
export class FirmNameKeys1764805600000 implements MigrationInterface {
  name = 'FirmNameKeys1764805600000';

  async up(q: QueryRunner): Promise<void> {
    const firmClashes: Array<{ ids: number[]; names: string[] }> = await q.query(
      `SELECT array_agg(id ORDER BY id) AS ids, array_agg(name ORDER BY id) AS names FROM firm WHERE filing_status <> 'REVOKED' GROUP BY ${matchKeySql('name')} HAVING count(*) > 1`,
    );
    for (const c of firmClashes) q.connection.logger.log('warn', `firm names that compare as one, left as they are (index firm_name_key not made): firms ${c.ids.join(', ')}: ${c.names.join(' / ')}`, q);
    if (!firmClashes.length) await q.query(`CREATE UNIQUE INDEX firm_name_key ON firm ((${matchKeySql('name')})) WHERE filing_status <> 'REVOKED'`);

    const partyClashes: Array<{ ids: number[]; names: string[] }> = await q.query(
      `SELECT array_agg(id ORDER BY id) AS ids, array_agg(name ORDER BY id) AS names FROM party_organisation GROUP BY ${matchKeySql('name')} HAVING count(*) > 1`,
    );
    for (const c of partyClashes) q.connection.logger.log('warn', `party organisation names that compare as one, left as they are (byte-for-byte constraint kept): ${c.ids.join(', ')}: ${c.names.join(' / ')}`, q);
    if (!partyClashes.length) {
      await q.query(`ALTER TABLE party_organisation DROP CONSTRAINT party_organisation_name_key`);
      await q.query(`CREATE UNIQUE INDEX party_organisation_name_key ON party_organisation ((${matchKeySql('name')}))`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS firm_name_key`);
    await q.query(`ALTER TABLE party_organisation DROP CONSTRAINT IF EXISTS party_organisation_name_key`);
    await q.query(`DROP INDEX IF EXISTS party_organisation_name_key`);
    await q.query(`ALTER TABLE party_organisation ADD CONSTRAINT party_organisation_name_key UNIQUE (name)`);
  }
}
