import { MigrationInterface, QueryRunner } from 'typeorm';
import { estateFunction } from './1764801600000-change-feed-every-listed-record';
import { ESTATE_PLACED, FED_TABLES, feedFunction, PARTS, versionFunction } from './1764803100000-change-feed-record-versions';

const NUMERIC = `'^[0-9]{1,9}$'`;
const list = (types: string[]) => types.map((t) => `'${t}'`).join(', ');

/** The estate a change of each placed record belongs to, found from the record's id `i` (as change_event_estate had it). */
const ESTATE_OF: Record<string, (i: string) => string> = {
  Election: (i) => `SELECT estate_id FROM election WHERE id = ${i}`,
  Candidate: (i) => `SELECT el.estate_id FROM candidate c JOIN election el ON el.id = c.election_id WHERE c.id = ${i}`,
  Committee: (i) => `SELECT estate_id FROM committee WHERE id = ${i}`,
  CommitteeFiling: (i) => `SELECT co.estate_id FROM committee_filing f JOIN committee co ON co.id = f.committee_id WHERE f.id = ${i}`,
  Resolution: (i) => `SELECT estate_id FROM resolution WHERE id = ${i}`,
  FivePartyMeeting: (i) => `SELECT estate_id FROM five_party_meeting WHERE id = ${i}`,
  RepairFund: (i) => `SELECT estate_id FROM repair_fund WHERE id = ${i}`,
  CommitteeAccount: (i) => `SELECT estate_id FROM committee_account WHERE id = ${i}`,
};

/**
 * The change feed's trigger, planned once per connection instead of on every write (docs/architecture.md#change-feed):
 * a fed audit event cost PostgreSQL about 0.6 ms in the feed's statement trigger, half of it `change_event_version`
 * building and planning its UPDATE and SELECT with EXECUTE on every call, the rest starting a statement whose
 * part-to-record and estate lookups were written inline as 25 sub-plans. Each lookup is now a static statement in a
 * PL/pgSQL branch of its own (planned once, kept by the connection), and the trigger's statement only calls them.
 * What the feed writes is unchanged: the same record, version (bumped once per transaction) and estate per event.
 */
export class ChangeFeedPlannedOnce1764803500000 implements MigrationInterface {
  name = 'ChangeFeedPlannedOnce1764803500000';

  async up(q: QueryRunner): Promise<void> {
    // a part's event is fed as a change of the record it belongs to (an issue of its meeting, an entry of its book)
    await q.query(`
      CREATE FUNCTION change_feed_record(entity_type text, entity_id text, OUT record_type text, OUT record_id text)
      LANGUAGE plpgsql STABLE AS $$
      BEGIN
        record_type := entity_type;
        record_id := entity_id;
        CASE entity_type
          ${Object.entries(PARTS)
            .map(([part, { of, sql }]) => `WHEN '${part}' THEN
            record_type := '${of}';
            IF entity_id ~ ${NUMERIC} THEN
              record_id := (${sql('entity_id::integer')})::text;
            END IF;`)
            .join('\n          ')}
          ELSE NULL;
        END CASE;
      END $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION change_event_estate(entity_type text, entity_id integer) RETURNS integer
      LANGUAGE plpgsql STABLE AS $$
      BEGIN
        CASE entity_type
          ${Object.entries(ESTATE_OF).map(([type, sql]) => `WHEN '${type}' THEN RETURN (${sql('entity_id')});`).join('\n          ')}
          ELSE RETURN NULL;
        END CASE;
      END $$`);
    // once per transaction: a row this transaction wrote already carries the change's version (its xmin is ours)
    await q.query(`
      CREATE OR REPLACE FUNCTION change_event_version(entity_type text, entity_id text) RETURNS integer LANGUAGE plpgsql AS $$
      DECLARE
        record_id integer;
        ours text;
        stored integer;
      BEGIN
        IF entity_id !~ ${NUMERIC} THEN
          RETURN NULL;
        END IF;
        record_id := entity_id::integer;
        ours := (pg_current_xact_id()::text::bigint % 4294967296)::text;
        CASE entity_type
          ${Object.entries(FED_TABLES)
            .map(([type, table]) => `WHEN '${type}' THEN
            UPDATE ${table} SET version = version + 1 WHERE id = record_id AND xmin::text <> ours RETURNING version INTO stored;
            IF NOT FOUND THEN
              SELECT version INTO stored FROM ${table} WHERE id = record_id;
            END IF;`)
            .join('\n          ')}
          ELSE RETURN NULL;
        END CASE;
        RETURN stored;
      END $$`);
    await q.query(plannedFeedFunction(['ownerRoll.import']));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(feedFunction(true));
    await q.query(versionFunction('CREATE OR REPLACE'));
    await q.query(estateFunction(true));
    await q.query(`DROP FUNCTION change_feed_record(text, text)`);
  }
}

/**
 * The feed's statement trigger as this migration plans it, feeding every audit event of a fed record or part but the
 * `unfed` actions (an owner-roll import is owner data; later migrations add to them).
 */
export function plannedFeedFunction(unfed: readonly string[]): string {
  const events = `e.entity_type IN (${list([...Object.keys(FED_TABLES), ...Object.keys(PARTS)])}) AND e.action NOT IN (${list([...unfed])})`;
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
        SELECT head + row_number() OVER (ORDER BY e.chain_seq), e.at, e.id, f.record_type, f.record_id, e.action,
               change_event_version(f.record_type, f.record_id),
               CASE WHEN f.record_type IN (${list(ESTATE_PLACED)}) AND f.record_id ~ ${NUMERIC}
                    THEN change_event_estate(f.record_type, f.record_id::integer) END
          FROM new_audit_events e
          CROSS JOIN LATERAL change_feed_record(e.entity_type, e.entity_id) f
         WHERE ${events} AND f.record_id IS NOT NULL
         ORDER BY e.chain_seq;
        GET DIAGNOSTICS added = ROW_COUNT;
        UPDATE change_feed_head SET last = head + added;
        PERFORM pg_notify('change_feed', (head + added)::text);
        RETURN NULL;
      END $$`;
}
