import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The change feed and the filing counters are held against the request role as the records are
 * (docs/architecture.md#two-database-roles, #change-feed; docs/domain-rules.md#filing-numbers; attacker review round 9, O3):
 * - a change event is written only from its audit event, in that event's transaction, naming the record that event is
 *   fed as at the version the record stores, after the head; it is never
 *   updated; it is removed only as the feed's pruning removes it: from the oldest end, through an event older than the
 *   floor the owner keeps on the head (`prune_floor`, the least CHANGE_FEED_RETENTION_DAYS), with `pruned_through`
 *   moved past it (an UPDATE made an integrator read a lie, a DELETE of recent events made it miss writes);
 * - the feed's head moves only forward: `last` to the newest event, written in this transaction; `pruned_through`
 *   only past events removed; the floor only by the owner; the head is never removed;
 * - a filing counter starts at 1 and moves by one, forward, in the transaction that gives that number to a filing
 *   of its kind (next_filing_number, migrations/1764803700000-filing-number-in-the-write.ts); it is never removed
 *   (a counter moved back issued a number twice, moved on skipped numbers).
 * - a table's version (the response cache's key, docs/architecture.md#table-versions) moves by one, forward, and its
 *   row is neither added nor removed: set back, it made the cache serve answers of an earlier state as current.
 * The tables' owner passes (the demo seed lays down its counters; tests and maintenance age the feed; migrations add
 * versioned tables).
 */
const OWNER_PASSES = `IF written_by_table_owner(TG_RELID) THEN RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END; END IF;`;
const WRITTEN_HERE = `xmin = pg_current_xact_id()::xid`;

/** each filing counter's kind, the table its numbers go to and their prefix (api/src/*: FilingKind's auditName, numberPrefix) */
const FILING_KINDS: Array<[kind: string, table: string, prefix: string]> = [
  ['firm', 'firm', '湖物企备'],
  ['project', 'project', '湖物项备'],
  ['committeeFiling', 'committee_filing', '湖业委备'],
];

export class FeedAndCountersHeld1764806500000 implements MigrationInterface {
  name = 'FeedAndCountersHeld1764806500000';

  async up(q: QueryRunner): Promise<void> {
    // the least retention the configuration allows (config.ts: CHANGE_FEED_RETENTION_DAYS, at least 30); only the owner moves it
    await q.query(`ALTER TABLE change_feed_head ADD COLUMN prune_floor interval NOT NULL DEFAULT interval '30 days'`);

    // ---- a change event: born of its audit event, never updated
    await q.query(`
      CREATE FUNCTION change_event_born_of_its_audit_event() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${OWNER_PASSES}
        IF TG_OP = 'UPDATE' THEN
          RAISE EXCEPTION 'a change event is never rewritten: UPDATE on change_event refused (position %)', OLD.position
            USING ERRCODE = 'check_violation', CONSTRAINT = 'change_event_kept';
        END IF;
        -- the record its audit event is fed as (a part's event is its record's), at the version the record stores
        IF NOT EXISTS (SELECT 1 FROM audit_event a CROSS JOIN LATERAL change_feed_record(a.entity_type, a.entity_id) f
                        WHERE a.id = NEW.audit_event_id AND a.${WRITTEN_HERE} AND a.at = NEW.at AND a.action = NEW.action
                          AND f.record_type = NEW.entity_type AND f.record_id = NEW.entity_id)
           OR NEW.version IS DISTINCT FROM change_event_version(NEW.entity_type, NEW.entity_id)
           OR NEW.position <= (SELECT last FROM change_feed_head) THEN
          RAISE EXCEPTION 'a change event is written from its audit event, in its transaction, after the head: INSERT on change_event refused'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'change_event_born_of_its_audit_event';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER change_event_born_of_its_audit_event BEFORE INSERT OR UPDATE ON change_event
      FOR EACH ROW EXECUTE FUNCTION change_event_born_of_its_audit_event()`);

    // ---- removed only as the pruning removes (change-feed.ts pruneChangeFeed): at the end of the statement, which moved pruned_through
    await q.query(`
      CREATE FUNCTION change_event_pruned_as_a_prefix() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE through bigint; newest timestamptz; head record;
      BEGIN
        IF written_by_table_owner(TG_RELID) THEN RETURN NULL; END IF;
        SELECT max(position) INTO through FROM pruned_events;
        IF through IS NULL THEN RETURN NULL; END IF;
        SELECT at INTO newest FROM pruned_events WHERE position = through;
        SELECT pruned_through, prune_floor INTO head FROM change_feed_head;
        IF newest >= now() - head.prune_floor OR head.pruned_through < through
           OR EXISTS (SELECT 1 FROM change_event WHERE position <= through) THEN
          RAISE EXCEPTION 'change events are pruned from the oldest end, through one older than % with the head''s pruned_through past it: DELETE on change_event refused (through %)', head.prune_floor, through
            USING ERRCODE = 'check_violation', CONSTRAINT = 'change_event_pruned_as_a_prefix';
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER change_event_pruned_as_a_prefix AFTER DELETE ON change_event
      REFERENCING OLD TABLE AS pruned_events FOR EACH STATEMENT EXECUTE FUNCTION change_event_pruned_as_a_prefix()`);

    // ---- the feed's head: after the statement (the pruning moves it beside its DELETE, in one statement)
    await q.query(`
      CREATE FUNCTION change_feed_head_moves() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF written_by_table_owner(TG_RELID) THEN RETURN NULL; END IF;
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'the change feed''s head is never removed: DELETE on change_feed_head refused'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'change_feed_head_moves';
        END IF;
        IF NEW.prune_floor IS DISTINCT FROM OLD.prune_floor
           OR NEW.last < OLD.last
           OR (NEW.last > OLD.last AND (NOT EXISTS (SELECT 1 FROM change_event WHERE position = NEW.last AND ${WRITTEN_HERE})
                                        OR EXISTS (SELECT 1 FROM change_event WHERE position > NEW.last)))
           OR NEW.pruned_through < OLD.pruned_through OR NEW.pruned_through > NEW.last
           OR (NEW.pruned_through > OLD.pruned_through AND EXISTS (SELECT 1 FROM change_event WHERE position <= NEW.pruned_through)) THEN
          RAISE EXCEPTION 'the change feed''s head moves forward only: to its newest event, written in this transaction, and past pruned events; its floor is the owner''s: UPDATE on change_feed_head refused'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'change_feed_head_moves';
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER change_feed_head_moves AFTER UPDATE OR DELETE ON change_feed_head FOR EACH ROW EXECUTE FUNCTION change_feed_head_moves()`);

    // ---- a filing counter: from 1, by one, forward, never removed
    await q.query(`
      CREATE FUNCTION filing_counter_moves_by_one() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${OWNER_PASSES}
        IF TG_OP = 'DELETE' OR (TG_OP = 'INSERT' AND NEW.last_number <> 1)
           OR (TG_OP = 'UPDATE' AND ((NEW.kind, NEW.year) IS DISTINCT FROM (OLD.kind, OLD.year) OR NEW.last_number <> OLD.last_number + 1)) THEN
          RAISE EXCEPTION 'a filing counter starts at 1 and moves by one, forward, as a filing takes its number: % on filing_counter refused', TG_OP
            USING ERRCODE = 'check_violation', CONSTRAINT = 'filing_counter_moves_by_one';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER filing_counter_moves_by_one BEFORE INSERT OR UPDATE OR DELETE ON filing_counter FOR EACH ROW EXECUTE FUNCTION filing_counter_moves_by_one()`);
    // at commit: the number the counter moved to went to a filing of its kind in this transaction
    const given = FILING_KINDS.map(
      ([kind, table, prefix]) => `
          WHEN '${kind}' THEN EXISTS (SELECT 1 FROM ${table} WHERE filing_number = '${prefix}' || number AND ${WRITTEN_HERE})`,
    ).join('');
    await q.query(`
      CREATE FUNCTION filing_counter_gives_its_number() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE number text := '〔' || NEW.year || '〕' || lpad(NEW.last_number::text, greatest(4, length(NEW.last_number::text)), '0') || '号';
      BEGIN
        IF written_by_table_owner(TG_RELID) THEN RETURN NULL; END IF;
        IF NOT (CASE NEW.kind ${given}
                  ELSE false END) THEN
          RAISE EXCEPTION 'a filing counter moves in the transaction that gives its number to a filing of its kind: % % % refused', NEW.kind, NEW.year, NEW.last_number
            USING ERRCODE = 'check_violation', CONSTRAINT = 'filing_counter_gives_its_number';
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER filing_counter_gives_its_number AFTER INSERT OR UPDATE ON filing_counter DEFERRABLE INITIALLY DEFERRED
      FOR EACH ROW EXECUTE FUNCTION filing_counter_gives_its_number()`);

    // ---- a table's version: by one, forward (the commit's move, migrations/1764803600000-table-versions-at-commit.ts, passes the WHEN without a call)
    await q.query(`
      CREATE FUNCTION table_version_moves_by_one() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${OWNER_PASSES}
        RAISE EXCEPTION 'a table''s version moves by one, forward, and its row stays: % on table_version refused', TG_OP
          USING ERRCODE = 'check_violation', CONSTRAINT = 'table_version_moves_by_one';
      END $$`);
    await q.query(`
      CREATE TRIGGER table_version_moves_by_one BEFORE UPDATE ON table_version FOR EACH ROW
      WHEN (NEW.table_name IS DISTINCT FROM OLD.table_name OR NEW.version IS DISTINCT FROM OLD.version + 1)
      EXECUTE FUNCTION table_version_moves_by_one()`);
    await q.query(`CREATE TRIGGER table_version_kept BEFORE INSERT OR DELETE ON table_version FOR EACH ROW EXECUTE FUNCTION table_version_moves_by_one()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER table_version_kept ON table_version`);
    await q.query(`DROP TRIGGER table_version_moves_by_one ON table_version`);
    await q.query(`DROP FUNCTION table_version_moves_by_one()`);
    await q.query(`DROP TRIGGER filing_counter_gives_its_number ON filing_counter`);
    await q.query(`DROP FUNCTION filing_counter_gives_its_number()`);
    await q.query(`DROP TRIGGER filing_counter_moves_by_one ON filing_counter`);
    await q.query(`DROP FUNCTION filing_counter_moves_by_one()`);
    await q.query(`DROP TRIGGER change_feed_head_moves ON change_feed_head`);
    await q.query(`DROP FUNCTION change_feed_head_moves()`);
    await q.query(`DROP TRIGGER change_event_pruned_as_a_prefix ON change_event`);
    await q.query(`DROP FUNCTION change_event_pruned_as_a_prefix()`);
    await q.query(`DROP TRIGGER change_event_born_of_its_audit_event ON change_event`);
    await q.query(`DROP FUNCTION change_event_born_of_its_audit_event()`);
    await q.query(`ALTER TABLE change_feed_head DROP COLUMN prune_floor`);
  }
}
