import { MigrationInterface, QueryRunner } from 'typeorm';
import { matchKeySql } from '../api/src/shared/match-key';

/**
 * A firm's name is one identity as the registry compares names (docs/domain-rules.md#firm-names): 湖州德信物业服务有限公司
 * with a trailing ideographic space, a no-break space inside or a Kangxi radical is the approved firm's name, not a
 * second firm (security review F11). Unique among firms not revoked (a revoked firm's name may be registered again).
 * A party organisation's name is unique by the same key, keeping its constraint's name (PARTY_ORGANISATION_NAME_TAKEN).
 *
 * Names that already compare as one are not renamed here (a firm's name is its registered name, and decided rows are
 * kept as decided): each is logged, the first of them (lowest id) holds the name, and the later ones are left out of
 * the index by id until a person renames or revokes them; every other name, and every new one, is held. Stored names
 * are not rewritten to NFKC: the key compares them as NFKC already.
 */
export class FirmNameKeys1764805600000 implements MigrationInterface {
  name = 'FirmNameKeys1764805600000';

  async up(q: QueryRunner): Promise<void> {
    const firmsLeftOut = await laterOfClashes(q, 'firm', `filing_status <> 'REVOKED'`);
    await q.query(`CREATE UNIQUE INDEX firm_name_key ON firm ((${matchKeySql('name')})) WHERE filing_status <> 'REVOKED'${leftOut(firmsLeftOut)}`);

    const partiesLeftOut = await laterOfClashes(q, 'party_organisation', 'true');
    await q.query(`ALTER TABLE party_organisation DROP CONSTRAINT party_organisation_name_key`);
    await q.query(`CREATE UNIQUE INDEX party_organisation_name_key ON party_organisation ((${matchKeySql('name')}))${partiesLeftOut.length ? ` WHERE true${leftOut(partiesLeftOut)}` : ''}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS firm_name_key`);
    await q.query(`DROP INDEX IF EXISTS party_organisation_name_key`);
    await q.query(`ALTER TABLE party_organisation ADD CONSTRAINT party_organisation_name_key UNIQUE (name)`);
  }
}

/** The ids of `table`'s rows whose names compare as an earlier row's (logged, each clash with every name in it). */
async function laterOfClashes(q: QueryRunner, table: string, where: string): Promise<number[]> {
  const clashes: Array<{ ids: number[]; names: string[] }> = await q.query(
    `SELECT array_agg(id ORDER BY id) AS ids, array_agg(name ORDER BY id) AS names FROM ${table} WHERE ${where} GROUP BY ${matchKeySql('name')} HAVING count(*) > 1`,
  );
  for (const c of clashes) {
    q.connection.logger.log('warn', `${table} names that compare as one, left as they are: ${c.ids.join(', ')} (${c.names.join(' / ')}); ${c.ids[0]} holds the name, the others are outside the unique index until renamed`, q);
  }
  return clashes.flatMap((c) => c.ids.slice(1).map(Number));
}

const leftOut = (ids: number[]) => (ids.length ? ` AND id NOT IN (${ids.map((id) => Number(id)).join(', ')})` : '');
