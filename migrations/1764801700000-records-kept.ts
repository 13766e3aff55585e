import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What is recorded stays recorded, removed no more than altered (docs/domain-rules.md#vote-record,
 * docs/domain-rules.md#list-seal, docs/domain-rules.md#committee-accounts, docs/domain-rules.md#repair-fund,
 * docs/architecture.md#audit-chain). The triggers that refused UPDATE left DELETE and TRUNCATE open (a deleted
 * ballot let its voter vote again; TRUNCATE skips row triggers), so each such table now refuses them too, whoever
 * writes SQL. Only what the application itself removes stays removable: an unsealed result replaced by a recount
 * (its row trigger already decides), an entry or voucher of an open quarter, an open quarter, a withdrawal still
 * requested. The audit chain's head moves only forward, to an event of the chain.
 */
interface Kept {
  table: string;
  why: string;
  /** a new row trigger BEFORE DELETE, refusing the rows the condition names ('true': every row); none when an older trigger decides */
  deleteWhen?: string;
}

const KEPT: Kept[] = [
  { table: 'ballot', why: 'a recorded ballot is never removed', deleteWhen: 'true' },
  { table: 'resolution_ballot', why: 'a recorded ballot is never removed', deleteWhen: 'true' },
  // DELETE refused since 1764720300000-vote-records (statement triggers; a sealed result by its row trigger)
  { table: 'vote_record', why: 'a vote record is never removed' },
  { table: 'vote_roll_person', why: 'the voting roll of a vote is fixed when voting opens and never altered' },
  { table: 'vote_roll_unit', why: 'the voting roll of a vote is fixed when voting opens and never altered' },
  { table: 'vote_result', why: 'a counted result is replaced only by a recount, row by row' },
  { table: 'vote_result_check', why: 'a counted result is replaced only by a recount, row by row' },
  { table: 'vote_result_line', why: 'a counted result is replaced only by a recount, row by row' },
  { table: 'red_black_list', why: 'a published red/black list is never changed' },
  { table: 'red_black_entry', why: 'a published red/black list is never changed' },
  { table: 'account_entry', why: 'a closed quarter is final: its entries are never removed' },
  { table: 'account_voucher', why: 'a closed quarter is final: its vouchers are never removed' },
  { table: 'account_period', why: 'a closed quarter is final', deleteWhen: `OLD.status <> 'OPEN'` },
  { table: 'repair_fund_accrual', why: 'a month is posted once and stays posted', deleteWhen: 'true' },
  { table: 'repair_fund_withdrawal', why: 'a decided withdrawal is kept', deleteWhen: `OLD.status <> 'REQUESTED'` },
  { table: 'audit_chain_head', why: 'the audit chain has one head, moved only by appending', deleteWhen: 'true' },
];

export class RecordsKept1764801700000 implements MigrationInterface {
  name = 'RecordsKept1764801700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION record_kept() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION '%: % on % refused', TG_ARGV[0], TG_OP, TG_TABLE_NAME; END $$`);
    for (const { table, why, deleteWhen } of KEPT) {
      if (deleteWhen) {
        const when = deleteWhen === 'true' ? '' : `WHEN (${deleteWhen}) `;
        await q.query(`CREATE TRIGGER ${table}_not_removed BEFORE DELETE ON ${table} FOR EACH ROW ${when}EXECUTE FUNCTION record_kept('${why}')`);
      }
      await q.query(`CREATE TRIGGER ${table}_not_truncated BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION record_kept('${why}')`);
    }
    // nothing updates a posted month: the fund's balance moved with it (docs/domain-rules.md#repair-fund)
    await q.query(`CREATE TRIGGER repair_fund_accrual_unaltered BEFORE UPDATE ON repair_fund_accrual FOR EACH ROW EXECUTE FUNCTION record_kept('a month is posted once and stays posted')`);

    // The head moves at the end of each statement that appended events (audit_chain_head_move), to the last of
    // them; a statement that appended none rewrites it unchanged. Anything else would hide events at the end.
    await q.query(`
      CREATE FUNCTION audit_chain_head_advances() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (NEW.id, NEW.seq, NEW.hash) IS NOT DISTINCT FROM (OLD.id, OLD.seq, OLD.hash)
           OR (NEW.id = OLD.id AND NEW.seq > OLD.seq
               AND EXISTS (SELECT 1 FROM audit_event WHERE chain_seq = NEW.seq AND hash = NEW.hash)) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'the audit chain head moves only forward, to an event of the chain: UPDATE from % to % on audit_chain_head refused', OLD.seq, NEW.seq;
      END $$`);
    await q.query(`CREATE TRIGGER audit_chain_head_advances BEFORE UPDATE ON audit_chain_head FOR EACH ROW EXECUTE FUNCTION audit_chain_head_advances()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER audit_chain_head_advances ON audit_chain_head`);
    await q.query(`DROP FUNCTION audit_chain_head_advances()`);
    await q.query(`DROP TRIGGER repair_fund_accrual_unaltered ON repair_fund_accrual`);
    for (const { table, deleteWhen } of [...KEPT].reverse()) {
      await q.query(`DROP TRIGGER ${table}_not_truncated ON ${table}`);
      if (deleteWhen) await q.query(`DROP TRIGGER ${table}_not_removed ON ${table}`);
    }
    await q.query(`DROP FUNCTION record_kept()`);
  }
}
