import { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit events that are changes of the feed (docs/architecture.md#change-feed), as the row trigger's WHEN had it. */
const FEED_EVENTS = `e.entity_type IN ('Firm', 'Project', 'Estate', 'Election', 'Candidate', 'Committee', 'CommitteeFiling', 'Resolution')
                     AND e.action <> 'ownerRoll.import'`;

/**
 * The change feed written once per statement instead of once per audit event (docs/architecture.md#change-feed):
 * an AFTER INSERT statement trigger reads the statement's new audit events as a transition table and gives them
 * consecutive positions in chain order with one INSERT … SELECT, then moves the head and notifies. A 5,000-row
 * import's per-row trigger calls (each also looking up an estate that a registry record does not have) were a
 * tenth of its time. The head's row lock is still taken at the transaction's first change and held to commit,
 * so positions stay gap-free and in commit order.
 */
export class ChangeFeedPerStatement1764801300000 implements MigrationInterface {
  name = 'ChangeFeedPerStatement1764801300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER audit_event_to_change_feed ON audit_event`);
    await q.query(`DROP TRIGGER change_feed_head_move ON audit_event`);
    await q.query(`
      CREATE FUNCTION audit_events_to_change_feed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        head bigint;
        added bigint;
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM new_audit_events e WHERE ${FEED_EVENTS}) THEN
          RETURN NULL;
        END IF;
        SELECT last INTO head FROM change_feed_head FOR UPDATE;
        INSERT INTO change_event (position, at, audit_event_id, entity_type, entity_id, action, version, estate_id)
        SELECT head + row_number() OVER (ORDER BY e.chain_seq), e.at, e.id, e.entity_type, e.entity_id, e.action,
               CASE WHEN jsonb_typeof(e.after -> 'version') = 'number' THEN (e.after ->> 'version')::integer END,
               CASE WHEN e.entity_type IN ('Election', 'Candidate', 'Committee', 'CommitteeFiling', 'Resolution')
                         AND e.entity_id ~ '^[0-9]{1,9}$'
                    THEN change_event_estate(e.entity_type, e.entity_id::integer) END
          FROM new_audit_events e
         WHERE ${FEED_EVENTS}
         ORDER BY e.chain_seq;
        GET DIAGNOSTICS added = ROW_COUNT;
        UPDATE change_feed_head SET last = head + added;
        PERFORM pg_notify('change_feed', (head + added)::text);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_events_to_change_feed AFTER INSERT ON audit_event
      REFERENCING NEW TABLE AS new_audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION audit_events_to_change_feed()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER audit_events_to_change_feed ON audit_event`);
    await q.query(`DROP FUNCTION audit_events_to_change_feed()`);
    await q.query(`
      CREATE TRIGGER audit_event_to_change_feed AFTER INSERT ON audit_event FOR EACH ROW
      WHEN (NEW.entity_type IN ('Firm', 'Project', 'Estate', 'Election', 'Candidate', 'Committee', 'CommitteeFiling', 'Resolution')
            AND NEW.action <> 'ownerRoll.import')
      EXECUTE FUNCTION audit_event_to_change_feed()`);
    await q.query(`CREATE TRIGGER change_feed_head_move AFTER INSERT ON audit_event FOR EACH STATEMENT EXECUTE FUNCTION change_feed_head_move()`);
  }
}
