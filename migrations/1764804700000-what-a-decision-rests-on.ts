import { MigrationInterface, QueryRunner } from 'typeorm';
import { HELD_LIFECYCLES, lifecycleArguments } from './1764804300000-lifecycles-held-by-the-database';

/**
 * What a decision rests on is held by PostgreSQL with it (docs/architecture.md#two-database-roles): 1764804300000 held
 * the decided rows, but not the rows beside them, so the request role could still rewrite what a decision was made on.
 * - A committee filing's materials change only while the street office holds the filing (DRAFT, RETURNED): the
 *   evidence of a submitted or approved filing is neither removed, rewritten nor added to (docs/domain-rules.md#committee-filing).
 * - A counted result is replaced only by a recount, row by row (docs/domain-rules.md#vote-record): never updated in
 *   place, and written only while its vote is being counted (an election COUNTING, a resolution closing), so a result
 *   whose notice is posted (RESULT_PUBLICITY) stays as posted until a recount or the seal.
 * - A published eligibility checklist is never rewritten nor removed: reviews keep the version they used
 *   (docs/domain-rules.md#eligibility-checklist).
 * - A repair fund's balance is what its postings add up to (docs/domain-rules.md#repair-fund): it moves only with a
 *   posting, and a posting only with it, in the same transaction.
 * - A holiday notice of a year that has ended is kept as entered (docs/domain-rules.md#holidays): one still missing
 *   may be entered late, none replaced; and a filing's due date, once the filing is submitted, is the one it was
 *   judged against (committees/filing-deadlines.ts recomputes only filings the street office still holds).
 * Each binds every role but the tables' owner, as 1764804300000's do; each refusal names a constraint, which a
 * service may translate into a coded error (api/src/shared/db-errors.ts).
 */
const BY_TABLE_OWNER = `written_by_table_owner(TG_RELID)`;
const OWNER_PASSES = `IF ${BY_TABLE_OWNER} THEN RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END; END IF;`;
const VOTE_RESULT_TABLES = ['vote_result', 'vote_result_check', 'vote_result_line'];
const POSTINGS = ['repair_fund_accrual', 'repair_fund_correction', 'repair_fund_refund'];

const committeeFiling = HELD_LIFECYCLES.find((l) => l.table === 'committee_filing')!;
/** committee_filing's lifecycle as this migration leaves it (a later migration building on the trigger starts here) */
export const COMMITTEE_FILING_HELD = { ...committeeFiling, alwaysWritable: [] as string[] };
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;
const filingTrigger = (alwaysWritable: string[]) =>
  `CREATE TRIGGER committee_filing_state_moves BEFORE INSERT OR UPDATE OR DELETE ON committee_filing FOR EACH ROW EXECUTE FUNCTION lifecycle_moves(${lifecycleArguments({ ...committeeFiling, alwaysWritable })
    .map(literal)
    .join(', ')})`;

export class WhatADecisionRestsOn1764804700000 implements MigrationInterface {
  name = 'WhatADecisionRestsOn1764804700000';

  async up(q: QueryRunner): Promise<void> {
    // a fund whose balance already disagrees with its postings is named, for the authority to settle, rather than a bare error later
    const adrift: Array<{ id: number }> = await q.query(`
      SELECT f.id FROM repair_fund f
       WHERE f.balance_fen <> (SELECT coalesce(sum(amount_fen), 0) FROM repair_fund_accrual WHERE fund_id = f.id)
                            + (SELECT coalesce(sum(amount_fen), 0) FROM repair_fund_correction WHERE fund_id = f.id)
                            - (SELECT coalesce(sum(amount_fen), 0) FROM repair_fund_withdrawal WHERE fund_id = f.id AND status = 'APPROVED')
                            + (SELECT coalesce(sum(amount_fen), 0) FROM repair_fund_refund WHERE fund_id = f.id)
       ORDER BY f.id`);
    if (adrift.length) throw new Error(`repair funds whose balance is not what their postings add up to: ${adrift.map((f) => f.id).join(', ')}; post the difference first`);

    await q.query(`
      CREATE FUNCTION filing_material_held_with_filing() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        filing_id integer;
        held text;
      BEGIN
        ${OWNER_PASSES}
        FOREACH filing_id IN ARRAY ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN OLD.committee_filing_id END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.committee_filing_id END] LOOP
          SELECT filing_status INTO held FROM committee_filing WHERE id = filing_id AND filing_status NOT IN ('DRAFT', 'RETURNED');
          IF held IS NOT NULL THEN
            RAISE EXCEPTION 'a filing''s materials change only while the street office holds it: % on filing_material refused (committee filing % is %)', TG_OP, filing_id, held
              USING ERRCODE = 'check_violation', CONSTRAINT = 'filing_material_held_with_filing';
          END IF;
        END LOOP;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`CREATE TRIGGER filing_material_held_with_filing BEFORE INSERT OR UPDATE OR DELETE ON filing_material FOR EACH ROW EXECUTE FUNCTION filing_material_held_with_filing()`);

    // vote_result_unsealed (1764720300000) still refuses every write once sealed, and fires first (triggers run in name order)
    await q.query(`
      CREATE FUNCTION vote_result_counted() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        record_id integer := CASE WHEN TG_OP = 'DELETE' THEN OLD.vote_record_id ELSE NEW.vote_record_id END;
        subject text;
        phase text;
        counting text;
      BEGIN
        ${OWNER_PASSES}
        IF TG_OP = 'UPDATE' THEN
          RAISE EXCEPTION 'a counted result is replaced only by a recount, row by row: UPDATE on % refused (vote record %)', TG_TABLE_NAME, record_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'vote_result_counted';
        END IF;
        -- an election's result is stored entering COUNTING (also by a recount), a resolution's on closing, sealed at once
        SELECT CASE WHEN v.election_id IS NOT NULL THEN 'election ' || v.election_id ELSE 'resolution ' || v.resolution_id END,
               coalesce(e.phase, r.phase), CASE WHEN v.election_id IS NOT NULL THEN 'COUNTING' ELSE 'CLOSED' END
          INTO subject, phase, counting
          FROM vote_record v LEFT JOIN election e ON e.id = v.election_id LEFT JOIN resolution r ON r.id = v.resolution_id WHERE v.id = record_id;
        IF phase IS DISTINCT FROM counting THEN
          RAISE EXCEPTION 'a result is stored only while its vote is counted: % on % refused (vote record %: % is %)', TG_OP, TG_TABLE_NAME, record_id, coalesce(subject, '-'), coalesce(phase, '-')
            USING ERRCODE = 'check_violation', CONSTRAINT = 'vote_result_counted';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    for (const table of VOTE_RESULT_TABLES) {
      await q.query(`CREATE TRIGGER ${table}_written_while_counting BEFORE INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION vote_result_counted()`);
    }

    await q.query(`
      CREATE FUNCTION checklist_version_kept() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${OWNER_PASSES}
        IF TG_OP = 'DELETE' OR (to_jsonb(NEW) - 'version' - 'updated_at') IS DISTINCT FROM (to_jsonb(OLD) - 'version' - 'updated_at') THEN
          RAISE EXCEPTION 'a published checklist is kept as published: % of checklist version % refused', TG_OP, OLD.version
            USING ERRCODE = 'check_violation', CONSTRAINT = 'checklist_version_kept';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER checklist_version_kept BEFORE UPDATE OR DELETE ON checklist_version FOR EACH ROW EXECUTE FUNCTION checklist_version_kept()`);

    await q.query(`
      CREATE FUNCTION repair_fund_postings_fen(fund integer) RETURNS bigint LANGUAGE sql STABLE AS $$
        SELECT (SELECT coalesce(sum(amount_fen), 0) FROM repair_fund_accrual WHERE fund_id = fund)
             + (SELECT coalesce(sum(amount_fen), 0) FROM repair_fund_correction WHERE fund_id = fund)
             - (SELECT coalesce(sum(amount_fen), 0) FROM repair_fund_withdrawal WHERE fund_id = fund AND status = 'APPROVED')
             + (SELECT coalesce(sum(amount_fen), 0) FROM repair_fund_refund WHERE fund_id = fund)
      $$`);
    // on the fund: at once (the service posts, then moves the balance); on a posting: at commit, once the balance has moved
    await q.query(`
      CREATE FUNCTION repair_fund_balance_is_its_postings() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        posting jsonb := to_jsonb(NEW);
        fund integer := CASE WHEN TG_TABLE_NAME = 'repair_fund' THEN posting ->> 'id' ELSE posting ->> 'fund_id' END::integer;
        balance bigint;
        posted bigint;
      BEGIN
        ${OWNER_PASSES}
        posted := repair_fund_postings_fen(fund);
        balance := CASE WHEN TG_TABLE_NAME = 'repair_fund' THEN (posting ->> 'balance_fen')::bigint ELSE (SELECT balance_fen FROM repair_fund WHERE id = fund) END;
        IF balance IS DISTINCT FROM posted THEN
          RAISE EXCEPTION 'a repair fund''s balance is what its postings add up to: % on % refused (fund % would hold % fen, its postings add up to % fen)', TG_OP, TG_TABLE_NAME, fund, balance, posted
            USING ERRCODE = 'check_violation', CONSTRAINT = 'repair_fund_balance_is_its_postings';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER repair_fund_balance_is_its_postings BEFORE INSERT ON repair_fund FOR EACH ROW EXECUTE FUNCTION repair_fund_balance_is_its_postings()`);
    await q.query(
      `CREATE TRIGGER repair_fund_balance_moved_by_postings BEFORE UPDATE ON repair_fund FOR EACH ROW WHEN (NEW.balance_fen IS DISTINCT FROM OLD.balance_fen) EXECUTE FUNCTION repair_fund_balance_is_its_postings()`,
    );
    for (const table of POSTINGS) {
      await q.query(
        `CREATE CONSTRAINT TRIGGER ${table}_moves_the_balance AFTER INSERT ON ${table} DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION repair_fund_balance_is_its_postings()`,
      );
    }
    await q.query(
      `CREATE CONSTRAINT TRIGGER repair_fund_withdrawal_moves_the_balance AFTER UPDATE ON repair_fund_withdrawal DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.status IS DISTINCT FROM OLD.status) EXECUTE FUNCTION repair_fund_balance_is_its_postings()`,
    );

    await q.query(`
      CREATE FUNCTION holiday_notice_kept() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        this_year integer := extract(year FROM now() AT TIME ZONE 'Asia/Shanghai')::integer;
        notice_year integer := CASE TG_OP WHEN 'INSERT' THEN NEW.year WHEN 'DELETE' THEN OLD.year ELSE least(OLD.year, NEW.year) END;
      BEGIN
        ${OWNER_PASSES}
        IF notice_year < this_year AND (TG_OP <> 'INSERT' OR EXISTS (SELECT 1 FROM holiday_notice_day WHERE year = NEW.year AND NOT xmin = pg_current_xact_id()::xid)) THEN
          RAISE EXCEPTION 'a past year''s holiday notice is kept as entered: % of a % notice day refused', TG_OP, notice_year
            USING ERRCODE = 'check_violation', CONSTRAINT = 'holiday_notice_kept';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`CREATE TRIGGER holiday_notice_kept BEFORE INSERT OR UPDATE OR DELETE ON holiday_notice_day FOR EACH ROW EXECUTE FUNCTION holiday_notice_kept()`);

    // a submitted filing's due date is no longer written by a recomputation: 1764804300000's trigger without its alwaysWritable columns
    await q.query(`DROP TRIGGER committee_filing_state_moves ON committee_filing`);
    await q.query(filingTrigger([]));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER committee_filing_state_moves ON committee_filing`);
    await q.query(filingTrigger(committeeFiling.alwaysWritable ?? []));
    await q.query(`DROP TRIGGER holiday_notice_kept ON holiday_notice_day`);
    await q.query(`DROP FUNCTION holiday_notice_kept()`);
    await q.query(`DROP TRIGGER repair_fund_withdrawal_moves_the_balance ON repair_fund_withdrawal`);
    for (const table of [...POSTINGS].reverse()) await q.query(`DROP TRIGGER ${table}_moves_the_balance ON ${table}`);
    await q.query(`DROP TRIGGER repair_fund_balance_moved_by_postings ON repair_fund`);
    await q.query(`DROP TRIGGER repair_fund_balance_is_its_postings ON repair_fund`);
    await q.query(`DROP FUNCTION repair_fund_balance_is_its_postings()`);
    await q.query(`DROP FUNCTION repair_fund_postings_fen(integer)`);
    await q.query(`DROP TRIGGER checklist_version_kept ON checklist_version`);
    await q.query(`DROP FUNCTION checklist_version_kept()`);
    for (const table of [...VOTE_RESULT_TABLES].reverse()) await q.query(`DROP TRIGGER ${table}_written_while_counting ON ${table}`);
    await q.query(`DROP FUNCTION vote_result_counted()`);
    await q.query(`DROP TRIGGER filing_material_held_with_filing ON filing_material`);
    await q.query(`DROP FUNCTION filing_material_held_with_filing()`);
  }
}
