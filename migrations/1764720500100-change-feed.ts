import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The change feed (docs/architecture.md#change-feed): every audit event of a registry or election record also
 * becomes a change event with a gap-free position, in the same transaction. Positions come from a counter row
 * whose lock is held from a transaction's first change until commit, so they are handed out in commit order:
 * a reader never sees position n + 1 before n, and a rolled-back change gives its position back.
 */
export class ChangeFeed1764720500100 implements MigrationInterface {
  name = 'ChangeFeed1764720500100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE change_feed_head (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        last bigint NOT NULL,
        -- events up to here were pruned (CHANGE_FEED_RETENTION_DAYS): a reader behind it must resync
        pruned_through bigint NOT NULL
      )`);
    await q.query(`INSERT INTO change_feed_head (last, pruned_through) VALUES (0, 0)`);
    await q.query(`
      CREATE TABLE change_event (
        position bigint PRIMARY KEY,
        at timestamptz(3) NOT NULL,
        audit_event_id bigint NOT NULL,
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        action text NOT NULL,
        version integer,
        -- the estate of an election-side record, for officers' jurisdiction; null for registry records
        estate_id integer
      )`);
    await q.query(`
      CREATE FUNCTION change_event_estate(entity_type text, entity_id integer) RETURNS integer LANGUAGE sql STABLE AS $$
        SELECT CASE entity_type
          WHEN 'Election' THEN (SELECT estate_id FROM election WHERE id = entity_id)
          WHEN 'Candidate' THEN (SELECT el.estate_id FROM candidate c JOIN election el ON el.id = c.election_id WHERE c.id = entity_id)
          WHEN 'Committee' THEN (SELECT estate_id FROM committee WHERE id = entity_id)
          WHEN 'CommitteeFiling' THEN (SELECT co.estate_id FROM committee_filing f JOIN committee co ON co.id = f.committee_id WHERE f.id = entity_id)
          WHEN 'Resolution' THEN (SELECT estate_id FROM resolution WHERE id = entity_id)
        END
      $$`);
    // As the audit chain's head: the transaction's first change locks the counter row until commit, later
    // ones continue from a transaction-local setting, and the row moves once per statement.
    await q.query(`
      CREATE FUNCTION audit_event_to_change_feed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        running text := current_setting('wuye.change_feed_last', true);
        next_position bigint;
      BEGIN
        IF running IS NULL OR running = '' THEN
          SELECT last + 1 INTO next_position FROM change_feed_head FOR UPDATE;
        ELSE
          next_position := running::bigint + 1;
        END IF;
        PERFORM set_config('wuye.change_feed_last', next_position::text, true);
        INSERT INTO change_event (position, at, audit_event_id, entity_type, entity_id, action, version, estate_id)
        VALUES (next_position, NEW.at, NEW.id, NEW.entity_type, NEW.entity_id, NEW.action,
                CASE WHEN jsonb_typeof(NEW.after -> 'version') = 'number' THEN (NEW.after ->> 'version')::integer END,
                CASE WHEN NEW.entity_id ~ '^[0-9]{1,9}$' THEN change_event_estate(NEW.entity_type, NEW.entity_id::integer) END);
        RETURN NULL;
      END $$`);
    // the types listed here are the feed's (api/src/feed/change-feed.ts names them for readers); an owner-roll
    // import is recorded on its estate but is owner data (audit-visibility.ts): it is not a change of the estate
    await q.query(`
      CREATE TRIGGER audit_event_to_change_feed AFTER INSERT ON audit_event FOR EACH ROW
      WHEN (NEW.entity_type IN ('Firm', 'Project', 'Estate', 'Election', 'Candidate', 'Committee', 'CommitteeFiling', 'Resolution')
            AND NEW.action <> 'ownerRoll.import')
      EXECUTE FUNCTION audit_event_to_change_feed()`);
    await q.query(`
      CREATE FUNCTION change_feed_head_move() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        running text := current_setting('wuye.change_feed_last', true);
      BEGIN
        IF running IS NOT NULL AND running <> '' THEN
          UPDATE change_feed_head SET last = running::bigint;
        END IF;
        RETURN NULL;
      END $$`);
    // after every row trigger of the statement (statement-level AFTER triggers fire last)
    await q.query(`CREATE TRIGGER change_feed_head_move AFTER INSERT ON audit_event FOR EACH STATEMENT EXECUTE FUNCTION change_feed_head_move()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER change_feed_head_move ON audit_event`);
    await q.query(`DROP FUNCTION change_feed_head_move()`);
    await q.query(`DROP TRIGGER audit_event_to_change_feed ON audit_event`);
    await q.query(`DROP FUNCTION audit_event_to_change_feed()`);
    await q.query(`DROP FUNCTION change_event_estate(text, integer)`);
    await q.query(`DROP TABLE change_event`);
    await q.query(`DROP TABLE change_feed_head`);
  }
}
