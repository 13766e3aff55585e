import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A final record's documents print what was final when it became final (docs/architecture.md#documents),
 * not the registry as it stands when printed: a renamed estate, a re-spelt owner or a later vacancy changed the
 * notice of a sealed vote and the receipt of an approved filing under the same seal or filing number.
 * - A vote record keeps the estate's name and place from its sealing (`vote_record.estate_name` …), in the same
 *   UPDATE as the seal and so unaltered with it (`vote_record_unaltered`). Records sealed from now on have them
 *   under the seal (`estate_in_seal`); those sealed before keep the seal they have and get the names as the
 *   registry has them now, the best evidence left (docs/domain-rules.md#vote-record).
 * - An approved project keeps its estate's place, an approved committee filing its estate's place, the term and the
 *   members sitting, each written by the approving move (api/src/filings/as-approved.ts) and never changed.
 *   Filings approved before are kept at start-up from the registry as it then stands (ensureFilingsAsApproved).
 */
const KEPT_AS_APPROVED: Array<[table: string, filing: string, column: string]> = [
  ['project_as_approved', 'project', 'project_id'],
  ['committee_filing_as_approved', 'committee_filing', 'committee_filing_id'],
];
const WHY = 'what a filing was approved on stays as approved';

export class PrintedAsFinal1764804800000 implements MigrationInterface {
  name = 'PrintedAsFinal1764804800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE vote_record ADD COLUMN estate_name text, ADD COLUMN district_name text, ADD COLUMN subdistrict_name text,
        ADD COLUMN estate_in_seal boolean NOT NULL DEFAULT false`);
    // the table's owner writes history after the fact (1764804400000-history-written-as-it-happens): names beside old seals
    await q.query(`ALTER TABLE vote_record DISABLE TRIGGER vote_record_unaltered`);
    await q.query(`
      UPDATE vote_record r SET estate_name = e.name, district_name = d.name, subdistrict_name = s.name
        FROM estate e JOIN community c ON c.id = e.community_id JOIN subdistrict s ON s.id = c.subdistrict_id JOIN district d ON d.id = s.district_id
       WHERE e.id = r.estate_id AND r.sha256 IS NOT NULL`);
    await q.query(`ALTER TABLE vote_record ENABLE TRIGGER vote_record_unaltered`);
    await q.query(`
      ALTER TABLE vote_record ADD CONSTRAINT vote_record_sealed_with_its_estate CHECK (
        (sha256 IS NULL) = (estate_name IS NULL) AND (estate_name IS NULL) = (district_name IS NULL)
        AND (estate_name IS NULL) = (subdistrict_name IS NULL) AND (sha256 IS NOT NULL OR NOT estate_in_seal))`);

    await q.query(`
      CREATE TABLE project_as_approved (
        project_id integer PRIMARY KEY REFERENCES project(id),
        estate_name text NOT NULL,
        district_name text NOT NULL,
        subdistrict_name text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE committee_filing_as_approved (
        committee_filing_id integer PRIMARY KEY REFERENCES committee_filing(id),
        estate_name text NOT NULL,
        district_name text NOT NULL,
        subdistrict_name text NOT NULL,
        term_number integer NOT NULL,
        term_start date NOT NULL,
        term_end date NOT NULL,
        -- the members sitting, in the committee's order: [{"name": …, "position": …}]
        members jsonb NOT NULL CHECK (jsonb_typeof(members) = 'array')
      )`);
    // written once, with the approval: not for a filing that is not approved, never altered, never removed
    await q.query(`
      CREATE FUNCTION kept_with_approval() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE status text;
      BEGIN
        EXECUTE format('SELECT filing_status FROM %I WHERE id = $1', TG_ARGV[0]) INTO status USING (to_jsonb(NEW) ->> TG_ARGV[1])::integer;
        IF status IS DISTINCT FROM 'APPROVED' THEN
          RAISE EXCEPTION '%: INSERT on % refused (% % is %)', TG_ARGV[2], TG_TABLE_NAME, TG_ARGV[0], to_jsonb(NEW) ->> TG_ARGV[1], coalesce(status, 'missing');
        END IF;
        RETURN NEW;
      END $$`);
    for (const [table, filing, column] of KEPT_AS_APPROVED) {
      await q.query(`CREATE TRIGGER ${table}_with_approval BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION kept_with_approval('${filing}', '${column}', '${WHY}')`);
      await q.query(`CREATE TRIGGER ${table}_unaltered BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION record_kept('${WHY}')`);
      await q.query(`CREATE TRIGGER ${table}_not_truncated BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION record_kept('${WHY}')`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table] of [...KEPT_AS_APPROVED].reverse()) await q.query(`DROP TABLE ${table}`);
    await q.query(`DROP FUNCTION kept_with_approval()`);
    await q.query(`ALTER TABLE vote_record DROP CONSTRAINT vote_record_sealed_with_its_estate`);
    await q.query(`ALTER TABLE vote_record DROP COLUMN estate_name, DROP COLUMN district_name, DROP COLUMN subdistrict_name, DROP COLUMN estate_in_seal`);
  }
}
