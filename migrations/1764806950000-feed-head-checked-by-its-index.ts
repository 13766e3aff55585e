import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The feed's holds (migrations/1764806500000-feed-and-counters-held.ts) ask "is there an event past the head?" and "is
 * there an event at or before the pruned point?" by the ends of the position index, not by `EXISTS (… WHERE position > x)`:
 * in a trigger that query is planned once for any x, and the generic plan, expecting a third of the feed to match,
 * scanned the whole of change_event to find none — on every write the feed takes (three per filing flow), growing with
 * the feed's retention. What each check refuses is unchanged: max(position) > x exactly when an event lies past x,
 * min(position) <= x exactly when one lies at or before it (an empty feed has neither).
 */
const OWNER_PASSES_NULL = `IF written_by_table_owner(TG_RELID) THEN RETURN NULL; END IF;`;

function headMoves(pastLast: string, atOrBeforePruned: string): string {
  return `
      CREATE OR REPLACE FUNCTION change_feed_head_moves() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${OWNER_PASSES_NULL}
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'the change feed''s head is never removed: DELETE on change_feed_head refused'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'change_feed_head_moves';
        END IF;
        IF NEW.prune_floor IS DISTINCT FROM OLD.prune_floor
           OR NEW.last < OLD.last
           OR (NEW.last > OLD.last AND (NOT EXISTS (SELECT 1 FROM change_event WHERE position = NEW.last AND xmin = pg_current_xact_id()::xid)
                                        OR ${pastLast}))
           OR NEW.pruned_through < OLD.pruned_through OR NEW.pruned_through > NEW.last
           OR (NEW.pruned_through > OLD.pruned_through AND ${atOrBeforePruned}) THEN
          RAISE EXCEPTION 'the change feed''s head moves forward only: to its newest event, written in this transaction, and past pruned events; its floor is the owner''s: UPDATE on change_feed_head refused'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'change_feed_head_moves';
        END IF;
        RETURN NULL;
      END $$`;
}

function prunedAsAPrefix(atOrBeforeThrough: string): string {
  return `
      CREATE OR REPLACE FUNCTION change_event_pruned_as_a_prefix() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE through bigint; newest timestamptz; head record;
      BEGIN
        ${OWNER_PASSES_NULL}
        SELECT max(position) INTO through FROM pruned_events;
        IF through IS NULL THEN RETURN NULL; END IF;
        SELECT at INTO newest FROM pruned_events WHERE position = through;
        SELECT pruned_through, prune_floor INTO head FROM change_feed_head;
        IF newest >= now() - head.prune_floor OR head.pruned_through < through
           OR ${atOrBeforeThrough} THEN
          RAISE EXCEPTION 'change events are pruned from the oldest end, through one older than % with the head''s pruned_through past it: DELETE on change_event refused (through %)', head.prune_floor, through
            USING ERRCODE = 'check_violation', CONSTRAINT = 'change_event_pruned_as_a_prefix';
        END IF;
        RETURN NULL;
      END $$`;
}

export class FeedHeadCheckedByItsIndex1764806950000 implements MigrationInterface {
  name = 'FeedHeadCheckedByItsIndex1764806950000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      headMoves(
        `coalesce((SELECT max(position) FROM change_event) > NEW.last, false)`,
        `coalesce((SELECT min(position) FROM change_event) <= NEW.pruned_through, false)`,
      ),
    );
    await q.query(prunedAsAPrefix(`coalesce((SELECT min(position) FROM change_event) <= through, false)`));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      headMoves(`EXISTS (SELECT 1 FROM change_event WHERE position > NEW.last)`, `EXISTS (SELECT 1 FROM change_event WHERE position <= NEW.pruned_through)`),
    );
    await q.query(prunedAsAPrefix(`EXISTS (SELECT 1 FROM change_event WHERE position <= through)`));
  }
}
