import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Owner search by name (`owners(filter: { name })`, ILIKE '%…%') over every roll: at a province's size (1.2M
 * owners) a scan took 0.3 s for the page and as long again for its count; a trigram index answers a search
 * of three characters or more (a full Chinese name) in under a millisecond. Shorter patterns hold no trigram
 * and still scan; they are normally narrowed by estate first, which has its own index.
 */
export class OwnerNameSearch1764633600000 implements MigrationInterface {
  name = 'OwnerNameSearch1764633600000';

  async up(q: QueryRunner): Promise<void> {
    // a trusted extension: the database owner may create it without being a superuser
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE INDEX owner_name_trgm_idx ON owner USING gin (name gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX owner_name_trgm_idx`);
  }
}
