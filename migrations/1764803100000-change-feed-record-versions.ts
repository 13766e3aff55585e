import { MigrationInterface, QueryRunner } from 'typeorm';

/** Every record the feed names, and its table (each a versioned record). */
export const FED_TABLES: Record<string, string> = {
  Firm: 'firm',
  Project: 'project',
  Estate: 'estate',
  PartyOrganisation: 'party_organisation',
  FivePartyMeeting: 'five_party_meeting',
  Election: 'election',
  Candidate: 'candidate',
  Committee: 'committee',
  CommitteeFiling: 'committee_filing',
  Resolution: 'resolution',
  RepairFund: 'repair_fund',
  CommitteeAccount: 'committee_account',
};
export const ESTATE_PLACED = ['Election', 'Candidate', 'Committee', 'CommitteeFiling', 'Resolution', 'FivePartyMeeting', 'RepairFund', 'CommitteeAccount'];
/** the records that change another, as migrations/1764801600000-change-feed-every-listed-record.ts maps them */
export const PARTS: Record<string, { of: string; sql: (i: string) => string }> = {
  FivePartyIssue: { of: 'FivePartyMeeting', sql: (i) => `SELECT meeting_id FROM five_party_issue WHERE id = ${i}` },
  FivePartyFollowUp: { of: 'FivePartyMeeting', sql: (i) => `SELECT meeting_id FROM five_party_follow_up WHERE id = ${i}` },
  RepairFundWithdrawal: { of: 'RepairFund', sql: (i) => `SELECT fund_id FROM repair_fund_withdrawal WHERE id = ${i}` },
  AccountPeriod: { of: 'CommitteeAccount', sql: (i) => `SELECT account_id FROM account_period WHERE id = ${i}` },
  AccountEntry: { of: 'CommitteeAccount', sql: (i) => `SELECT p.account_id FROM account_entry x JOIN account_period p ON p.id = x.period_id WHERE x.id = ${i}` },
};
const list = (types: string[]) => types.map((t) => `'${t}'`).join(', ');

/**
 * The change feed's versions tell the truth (docs/architecture.md#change-feed-versions). An event carried the
 * version found in its audit event's `after`, which was another row's when the change was made through a part (a
 * designation of an estate, a ballot of an election, a material of a filing, an entry of a book) and none for a
 * part fed as its record's change, while that record's own version often did not move at all. Now every fed
 * change moves its record's version once per transaction, and the event carries the version as stored:
 * `change_event_version` bumps the row unless this transaction has written it already (its xmin is ours: the
 * service moved it, or an earlier event did), then reads it. So an integrator who read version n of a record
 * and sees an event of it with a higher version knows its copy is stale, and one with n knows it is not.
 */
export class ChangeFeedRecordVersions1764803100000 implements MigrationInterface {
  name = 'ChangeFeedRecordVersions1764803100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(versionFunction('CREATE'));
    await q.query(feedFunction(true));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(feedFunction(false));
    await q.query(`DROP FUNCTION change_event_version(text, text)`);
  }
}

/** `change_event_version` as this migration wrote it (its statements built per call with EXECUTE). */
export function versionFunction(create: 'CREATE' | 'CREATE OR REPLACE'): string {
  return `
      ${create} FUNCTION change_event_version(entity_type text, entity_id text) RETURNS integer LANGUAGE plpgsql AS $$
      DECLARE
        fed_table text;
        id integer;
        stored integer;
      BEGIN
        fed_table := CASE entity_type ${Object.entries(FED_TABLES).map(([type, table]) => `WHEN '${type}' THEN '${table}'`).join(' ')} END;
        IF fed_table IS NULL OR entity_id !~ '^[0-9]{1,9}$' THEN
          RETURN NULL;
        END IF;
        id := entity_id::integer;
        -- once per transaction: a row this transaction wrote already carries the change's version
        EXECUTE format('UPDATE %I SET version = version + 1 WHERE id = $1 AND xmin::text <> (pg_current_xact_id()::text::bigint %% 4294967296)::text', fed_table) USING id;
        EXECUTE format('SELECT version FROM %I WHERE id = $1', fed_table) INTO stored USING id;
        RETURN stored;
      END $$`;
}

/** The feed's statement trigger as this migration wrote it (with the stored versions) or found it. */
export function feedFunction(storedVersions: boolean): string {
  const numeric = `e.entity_id ~ '^[0-9]{1,9}$'`;
  const partsOf = Object.entries(PARTS);
  const type = `CASE ${partsOf.map(([part, { of }]) => `WHEN e.entity_type = '${part}' THEN '${of}'`).join(' ')} ELSE e.entity_type END`;
  const id = `CASE ${partsOf.map(([part, { sql }]) => `WHEN e.entity_type = '${part}' AND ${numeric} THEN (${sql('e.entity_id::integer')})::text`).join(' ')} ELSE e.entity_id END`;
  const events = `e.entity_type IN (${list([...Object.keys(FED_TABLES), ...Object.keys(PARTS)])}) AND e.action <> 'ownerRoll.import'`;
  const version = storedVersions
    ? 'change_event_version(f.entity_type, f.entity_id)'
    : `CASE WHEN f.entity_type = e.entity_type AND jsonb_typeof(e.after -> 'version') = 'number' THEN (e.after ->> 'version')::integer END`;
  return `
    CREATE OR REPLACE FUNCTION audit_events_to_change_feed() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      head bigint;
      added bigint;
    BEGIN
      IF NOT EXISTS (SELECT 1 FROM new_audit_events e WHERE ${events}) THEN
        RETURN NULL;
      END IF;
      SELECT last INTO head FROM change_feed_head FOR UPDATE;
      INSERT INTO change_event (position, at, audit_event_id, entity_type, entity_id, action, version, estate_id)
      SELECT head + row_number() OVER (ORDER BY e.chain_seq), e.at, e.id, f.entity_type, f.entity_id, e.action,
             ${version},
             CASE WHEN f.entity_type IN (${list(ESTATE_PLACED)}) AND f.entity_id ~ '^[0-9]{1,9}$'
                  THEN change_event_estate(f.entity_type, f.entity_id::integer) END
        FROM new_audit_events e
        CROSS JOIN LATERAL (SELECT ${type} AS entity_type, ${id} AS entity_id) f
       WHERE ${events} AND f.entity_id IS NOT NULL
       ORDER BY e.chain_seq;
      GET DIAGNOSTICS added = ROW_COUNT;
      UPDATE change_feed_head SET last = head + added;
      PERFORM pg_notify('change_feed', (head + added)::text);
      RETURN NULL;
    END $$`;
}
