import { MigrationInterface, QueryRunner } from 'typeorm';

const REGISTRY = ['Firm', 'Project', 'Estate'];
const ELECTIONS = ['Election', 'Candidate', 'Committee', 'CommitteeFiling', 'Resolution'];
/** fed whole, and placed in an estate */
const PLACED: Record<string, string> = { FivePartyMeeting: 'five_party_meeting', RepairFund: 'repair_fund', CommitteeAccount: 'committee_account' };
/** the records that change another: fed as its changes, named by the SQL that finds it from the part's id `i` */
const PARTS: Record<string, { of: string; sql: (i: string) => string }> = {
  FivePartyIssue: { of: 'FivePartyMeeting', sql: (i) => `SELECT meeting_id FROM five_party_issue WHERE id = ${i}` },
  FivePartyFollowUp: { of: 'FivePartyMeeting', sql: (i) => `SELECT meeting_id FROM five_party_follow_up WHERE id = ${i}` },
  RepairFundWithdrawal: { of: 'RepairFund', sql: (i) => `SELECT fund_id FROM repair_fund_withdrawal WHERE id = ${i}` },
  AccountPeriod: { of: 'CommitteeAccount', sql: (i) => `SELECT account_id FROM account_period WHERE id = ${i}` },
  AccountEntry: { of: 'CommitteeAccount', sql: (i) => `SELECT p.account_id FROM account_entry x JOIN account_period p ON p.id = x.period_id WHERE x.id = ${i}` },
};

const list = (types: string[]) => types.map((t) => `'${t}'`).join(', ');

/** Which estate a change belongs to, for officers' jurisdiction (null for records not placed in one). */
export function estateFunction(estatePlaced: boolean): string {
  return `
    CREATE OR REPLACE FUNCTION change_event_estate(entity_type text, entity_id integer) RETURNS integer LANGUAGE sql STABLE AS $$
      SELECT CASE entity_type
        WHEN 'Election' THEN (SELECT estate_id FROM election WHERE id = entity_id)
        WHEN 'Candidate' THEN (SELECT el.estate_id FROM candidate c JOIN election el ON el.id = c.election_id WHERE c.id = entity_id)
        WHEN 'Committee' THEN (SELECT estate_id FROM committee WHERE id = entity_id)
        WHEN 'CommitteeFiling' THEN (SELECT co.estate_id FROM committee_filing f JOIN committee co ON co.id = f.committee_id WHERE f.id = entity_id)
        WHEN 'Resolution' THEN (SELECT estate_id FROM resolution WHERE id = entity_id)
        ${estatePlaced ? Object.entries(PLACED).map(([type, table]) => `WHEN '${type}' THEN (SELECT estate_id FROM ${table} WHERE id = entity_id)`).join('\n        ') : ''}
      END
    $$`;
}

/**
 * The feed's statement trigger (as migrations/1764801300000-change-feed-per-statement.ts wrote it) over `fed` audit
 * entity types; with `parts`, a part's event (an issue of a meeting, an entry of a book) is fed as a change of the
 * record it belongs to, without a version (that record's own did not move).
 */
function feedFunction(fed: string[], estatePlaced: string[], parts: boolean): string {
  const numeric = `e.entity_id ~ '^[0-9]{1,9}$'`;
  const partsOf = Object.entries(PARTS);
  const type = parts ? `CASE ${partsOf.map(([part, { of }]) => `WHEN e.entity_type = '${part}' THEN '${of}'`).join(' ')} ELSE e.entity_type END` : 'e.entity_type';
  const id = parts
    ? `CASE ${partsOf.map(([part, { sql }]) => `WHEN e.entity_type = '${part}' AND ${numeric} THEN (${sql('e.entity_id::integer')})::text`).join(' ')} ELSE e.entity_id END`
    : 'e.entity_id';
  const events = `e.entity_type IN (${list(fed)}) AND e.action <> 'ownerRoll.import'`;
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
             CASE WHEN f.entity_type = e.entity_type AND jsonb_typeof(e.after -> 'version') = 'number' THEN (e.after ->> 'version')::integer END,
             CASE WHEN f.entity_type IN (${list(estatePlaced)}) AND f.entity_id ~ '^[0-9]{1,9}$'
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

/**
 * Every record an integrator lists is in the change feed (docs/architecture.md#change-feed): party organisations and
 * five-party meetings (REGISTRY_READ), small-repair funds and committees' books (ELECTIONS_READ). Meetings, funds and
 * books are placed in their estate, so an officer follows only those of their jurisdiction, as they list them; a
 * meeting's issues and follow-ups, a fund's withdrawals, a book's quarters and entries change it.
 */
export class ChangeFeedEveryListedRecord1764801600000 implements MigrationInterface {
  name = 'ChangeFeedEveryListedRecord1764801600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(estateFunction(true));
    await q.query(feedFunction([...REGISTRY, 'PartyOrganisation', ...ELECTIONS, ...Object.keys(PLACED), ...Object.keys(PARTS)], [...ELECTIONS, ...Object.keys(PLACED)], true));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(feedFunction([...REGISTRY, ...ELECTIONS], ELECTIONS, false));
    await q.query(estateFunction(false));
  }
}
