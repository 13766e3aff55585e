import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every maker-checker hold names its people by role and jurisdiction, not only "another user id"
 * (docs/roles-and-workflows.md#money-proposals; attacker round 11 F4/O5: as the request role a clerk "proposed" a book's
 * limit of 9 999 999.99 元 and a registrar "confirmed" it; a tie's settlement was "confirmed by another" who need not be
 * an officer at all).
 * - `officer_of_estate(user, estate)`: an active officer of the estate's subdistricts, the one predicate every hold uses
 *   (the campaigns' and book entries' copies of 1764806700000/1764806720000 are rewritten to call it).
 * - The money proposals (a book's terms, a fund's terms, corrections, refunds): proposed by an officer of the book's or
 *   fund's estate, confirmed or refused by another; the estate on the row is the book's or fund's. A proposer withdraws
 *   his own even after he left the estate (withdrawing gives nothing).
 * - A tie's settlement: recorded by an officer of the election's estate, confirmed by another (the rest as 1764806410000).
 * The tables' owner (the seed) passes.
 */
const OWNER_PASSES = `IF written_by_table_owner(TG_RELID) THEN RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END; END IF;`;
const OWNER = `written_by_table_owner(TG_RELID)`;

/** The money proposal tables and the book or fund whose estate they are on. */
const MONEY_PROPOSALS: Array<[table: string, parent: string, key: string]> = [
  ['committee_account_terms_proposal', 'committee_account', 'account_id'],
  ['repair_fund_terms_proposal', 'repair_fund', 'fund_id'],
  ['repair_fund_correction_proposal', 'repair_fund', 'fund_id'],
  ['repair_fund_refund_proposal', 'repair_fund', 'fund_id'],
];

/** The copies of the predicate in the landed campaign and book-entry triggers (as their migrations wrote them). */
const INLINE_COPY = /EXISTS \(\s*SELECT 1 FROM app_user u\s+JOIN officer_jurisdiction j ON j\.user_id = u\.id\s+JOIN community c ON c\.subdistrict_id = j\.subdistrict_id\s+JOIN estate e ON e\.community_id = c\.id\s+WHERE u\.id = ([A-Za-z_.]+) AND u\.active AND u\.role = 'officer' AND e\.id = ([A-Za-z_.]+)\)/g;
const INLINE_HOLDERS = ['campaign_report_as_reported()', 'account_entry_as_booked()'];

/** The tie's trigger as 1764806410000 wrote it, with the confirmer and the recorder named by role and jurisdiction. */
const tieSettlement = (byOfficers: boolean) => `
      CREATE OR REPLACE FUNCTION tie_settlement_confirmed_by_another() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        changed text[];
        open_count boolean;
      BEGIN
        IF TG_OP = 'INSERT' THEN
          IF NOT ${OWNER} AND (NEW.confirmed_by_id IS NOT NULL OR NEW.recorded_by_id IS NULL OR NOT NEW.needs_confirmation
              ${byOfficers ? `OR NOT officer_of_estate(NEW.recorded_by_id, (SELECT estate_id FROM election WHERE id = NEW.election_id))` : ''}) THEN
            RAISE EXCEPTION 'a settlement is recorded by an officer${byOfficers ? ` of the election''s estate` : ''}, unconfirmed: INSERT on tie_settlement refused (election %)', NEW.election_id
              USING ERRCODE = 'check_violation', CONSTRAINT = 'tie_settlement_confirmed_by_another';
          END IF;
          RETURN NEW;
        END IF;
        SELECT array_agg(n.key ORDER BY n.key) INTO changed FROM jsonb_each(to_jsonb(NEW)) n
         WHERE n.value IS DISTINCT FROM to_jsonb(OLD) -> n.key AND NOT (n.key IN ('confirmed_by_id', 'confirmed_at'));
        IF changed IS NOT NULL OR OLD.confirmed_by_id IS NOT NULL THEN
          RAISE EXCEPTION 'a settlement of a tie is kept as recorded, and confirmed once: UPDATE of % on tie_settlement refused (election %)',
            coalesce(array_to_string(changed, ', '), 'confirmed_by_id, confirmed_at'), OLD.election_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'tie_settlement_confirmed_by_another';
        END IF;
        IF ${OWNER} THEN RETURN NEW; END IF;
        SELECT e.phase IN ('COUNTING', 'RESULT_PUBLICITY') AND r.sha256 IS NULL AND v.counted_at = NEW.counted_at INTO open_count
          FROM vote_record r JOIN election e ON e.id = r.election_id JOIN vote_result v ON v.vote_record_id = r.id
         WHERE r.id = NEW.vote_record_id AND e.id = NEW.election_id;
        IF NEW.confirmed_by_id IS NOT DISTINCT FROM NEW.recorded_by_id OR NEW.confirmed_at IS DISTINCT FROM now()::timestamptz(3) OR open_count IS NOT TRUE
           ${byOfficers ? `OR NOT officer_of_estate(NEW.confirmed_by_id, (SELECT estate_id FROM election WHERE id = NEW.election_id))` : ''} THEN
          RAISE EXCEPTION 'a settlement is confirmed by another officer${byOfficers ? ` of the election''s estate` : ''} than its recorder, now, while its count stands unsealed: UPDATE on tie_settlement refused (election %)', OLD.election_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'tie_settlement_confirmed_by_another';
        END IF;
        RETURN NEW;
      END $$`;

export class CheckersByRoleAndJurisdiction1764807060000 implements MigrationInterface {
  name = 'CheckersByRoleAndJurisdiction1764807060000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION officer_of_estate(who integer, estate integer) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT EXISTS (
          SELECT 1 FROM app_user u
            JOIN officer_jurisdiction j ON j.user_id = u.id
            JOIN community c ON c.subdistrict_id = j.subdistrict_id
            JOIN estate e ON e.community_id = c.id
           WHERE u.id = who AND u.active AND u.role = 'officer' AND e.id = estate)
      $$`);
    for (const holder of INLINE_HOLDERS) await rewriteInline(q, holder, (_m, who: string, estate: string) => `officer_of_estate(${who}, ${estate})`);

    await q.query(`
      CREATE FUNCTION money_proposal_by_officers() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        who integer := CASE WHEN TG_OP = 'INSERT' THEN NEW.proposed_by_id ELSE NEW.decided_by_id END;
        estate integer;
      BEGIN
        ${OWNER_PASSES}
        EXECUTE format('SELECT estate_id FROM %I WHERE id = $1', TG_ARGV[0]) INTO estate USING (to_jsonb(NEW) ->> TG_ARGV[1])::integer;
        IF estate IS DISTINCT FROM NEW.estate_id OR NOT officer_of_estate(who, estate) THEN
          RAISE EXCEPTION 'a money proposal is made by an officer of the estate''s subdistricts and decided by another: % on % by user % refused', TG_OP, TG_TABLE_NAME, who
            USING ERRCODE = 'check_violation', CONSTRAINT = 'money_proposal_by_officers';
        END IF;
        RETURN NEW;
      END $$`);
    for (const [table, parent, key] of MONEY_PROPOSALS) {
      await q.query(
        `CREATE TRIGGER ${table}_by_officers BEFORE INSERT OR UPDATE OF status ON ${table} FOR EACH ROW
           WHEN (NEW.status IS DISTINCT FROM 'WITHDRAWN') EXECUTE FUNCTION money_proposal_by_officers('${parent}', '${key}')`,
      );
    }
    await q.query(tieSettlement(true));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(tieSettlement(false));
    for (const [table] of MONEY_PROPOSALS) await q.query(`DROP TRIGGER ${table}_by_officers ON ${table}`);
    await q.query(`DROP FUNCTION money_proposal_by_officers()`);
    const CALL = /officer_of_estate\(([A-Za-z_.]+), ([A-Za-z_.]+)\)/g;
    for (const holder of INLINE_HOLDERS) {
      await rewriteInline(q, holder, (_m, who: string, estate: string) =>
        `EXISTS (\n  SELECT 1 FROM app_user u\n    JOIN officer_jurisdiction j ON j.user_id = u.id\n    JOIN community c ON c.subdistrict_id = j.subdistrict_id\n    JOIN estate e ON e.community_id = c.id\n   WHERE u.id = ${who} AND u.active AND u.role = 'officer' AND e.id = ${estate})`, CALL);
    }
    await q.query(`DROP FUNCTION officer_of_estate(integer, integer)`);
  }
}

/** Replaces the predicate's copies in a landed trigger function by a call (its definition otherwise kept as it is). */
async function rewriteInline(q: QueryRunner, fn: string, to: (match: string, who: string, estate: string) => string, pattern = INLINE_COPY): Promise<void> {
  const [{ def }]: Array<{ def: string }> = await q.query(`SELECT pg_get_functiondef(to_regprocedure($1)) AS def`, [fn]);
  const copies = def.match(new RegExp(pattern.source, 'g'))?.length ?? 0;
  // each holder has its two copies (the maker's and the checker's): anything else is a definition this does not know
  if (copies !== 2) throw new Error(`${fn} has ${copies} copies of the officer predicate, not 2: rewrite it by hand`);
  await q.query(def.replace(new RegExp(pattern.source, 'g'), to as never));
}
