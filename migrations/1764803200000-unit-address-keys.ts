import { MigrationInterface, QueryRunner } from 'typeorm';
import { matchKeySql } from '../api/src/shared/match-key';

/** Units whose addresses became one under the new comparison: left as they were, for a person to settle. */
export interface UnitAddressCollision {
  estateId: number;
  unitIds: number[];
  addresses: string[];
}

/**
 * Unit addresses are stored as their match key (docs/domain-rules.md#identifying-text); the key now also drops
 * invisible characters and makes every dash a hyphen, so addresses stored under the old rule are rewritten. Two
 * units of one estate whose addresses now read the same are never merged here (their owners and votes differ):
 * both are kept as they were and reported, and an owner-roll import of that estate is refused with
 * ROLL_UNIT_ADDRESS_TWICE until someone removes or corrects one.
 */
export class UnitAddressKeys1764803200000 implements MigrationInterface {
  name = 'UnitAddressKeys1764803200000';

  /** What the last run left as it was (for the log and for tests). */
  collisions: UnitAddressCollision[] = [];

  async up(q: QueryRunner): Promise<void> {
    const keyed = `SELECT id, estate_id, building, unit_no, room,
        ${matchKeySql('building')} AS b, ${matchKeySql('unit_no')} AS u, ${matchKeySql('room')} AS r FROM unit`;
    this.collisions = (
      await q.query(
        `SELECT estate_id AS "estateId", array_agg(id ORDER BY id) AS "unitIds", array_agg(building || ' ' || unit_no || ' ' || room ORDER BY id) AS addresses
           FROM (${keyed}) k GROUP BY estate_id, b, u, r HAVING count(*) > 1 ORDER BY estate_id`,
      )
    ).map((c: UnitAddressCollision) => ({ ...c, estateId: Number(c.estateId), unitIds: c.unitIds.map(Number) }));
    await q.query(
      `UPDATE unit SET building = k.b, unit_no = k.u, room = k.r
         FROM (SELECT k.*, count(*) OVER (PARTITION BY estate_id, b, u, r) AS same FROM (${keyed}) k) k
        WHERE unit.id = k.id AND k.same = 1 AND (unit.building, unit.unit_no, unit.room) IS DISTINCT FROM (k.b, k.u, k.r)`,
    );
    for (const c of this.collisions) {
      q.connection.logger.log('warn', `unit addresses left as they were, now one address: estate ${c.estateId}, units ${c.unitIds.join(', ')} (${c.addresses.join(' / ')})`, q);
    }
  }

  async down(): Promise<void> {
    // the old keys are not kept: an address that lost a zero-width space reads the same under either rule
  }
}
