import { MigrationInterface, QueryRunner } from 'typeorm';
import { FED_TABLES } from './1764803100000-change-feed-record-versions';

const NUMERIC = `'^[0-9]{1,9}$'`;
const WRITTEN_HERE = `xmin = pg_current_xact_id()::xid`;
/** each filing counter's kind, the table its numbers go to and their prefix (migrations/1764806500000-feed-and-counters-held.ts) */
const FILING_KINDS: Array<[kind: string, table: string, prefix: string]> = [
  ['firm', 'firm', '湖物企备'],
  ['project', 'project', '湖物项备'],
  ['committeeFiling', 'committee_filing', '湖业委备'],
];
/** The records whose names are kept (migrations/1764806710000-names-kept-by-their-renames.ts). */
const NAMED = ['estate', 'project', 'firm', 'district', 'subdistrict', 'community'];

/**
 * The filing flow's triggers do less per write, and refuse exactly what they refused (docs/architecture.md#change-feed-versions;
 * issue 13: PostgreSQL's CPU per filing flow doubled as records were made tamper-proof). Measured per flow (create, submit,
 * approve a firm through the API, track_functions and pg_stat_statements on a scale-5 copy): each of the three fed writes
 * called `change_event_version` twice (the feed's insert, then the event's own check), and each call tried an UPDATE of
 * the record that matched nothing, since the service had written the row in this transaction already: six empty UPDATEs
 * of firm a flow, each firing firm's statement triggers (`name_kept_on_update`, with its transition tables). Now:
 * - `change_event_version` reads the row first and updates it only when this transaction has not written it (the same
 *   UPDATE as before, for the same rows), so the second call, and the first on a record the service saved, is one read;
 * - `lifecycle_moves` asks which columns changed (a query over every column, reading the table's generated columns) only
 *   when one it could refuse did: first the rows without the columns the move may write, as one jsonb comparison, and
 *   for an undecided row its decision columns one by one (the only ones it refuses there); and it asks whether the
 *   table's owner writes as the other holds do (written_by_table_owner), without starting a statement for it;
 * - `filing_decided_by_another` asks who made the filing only of a move to a decision, as a condition apart, and both
 *   conditions are kept planned (the one condition was planned again on every update of a filing);
 * - `name_history_as_renamed` reads the named record with a static statement per table, planned once per connection,
 *   instead of building and planning it with EXECUTE on every call;
 * - `filing_counter_gives_its_number` looks in the one table of the counter's kind, a statement per kind: the one
 *   condition over all three kinds was planned again at every commit that took a number, for the kind at hand;
 * - `move_due_table_versions` moves a single due table (as a transaction writing one versioned table has) without the
 *   statement that sorts the list; several are still moved one by one in name order.
 */
export class FilingFlowTriggersDoLess1764807100000 implements MigrationInterface {
  name = 'FilingFlowTriggersDoLess1764807100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(changeEventVersion(true));
    await q.query(lifecycleMoves(true));
    await q.query(filingDecidedByAnother(true));
    await q.query(nameHistoryAsRenamed(true));
    await q.query(moveDueTableVersions(true));
    await q.query(filingCounterGivesItsNumber(true));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(filingCounterGivesItsNumber(false));
    await q.query(moveDueTableVersions(false));
    await q.query(nameHistoryAsRenamed(false));
    await q.query(filingDecidedByAnother(false));
    await q.query(lifecycleMoves(false));
    await q.query(changeEventVersion(false));
  }
}

/** As migrations/1764803500000-change-feed-planned-once.ts wrote it, or reading the row before trying to move it. */
function changeEventVersion(readFirst: boolean): string {
  const branch = (table: string) =>
    readFirst
      ? `SELECT version, xmin::text = ours INTO stored, ours_already FROM ${table} WHERE id = record_id;
            IF NOT ours_already THEN
              UPDATE ${table} SET version = version + 1 WHERE id = record_id AND xmin::text <> ours RETURNING version INTO stored;
              IF NOT FOUND THEN
                SELECT version INTO stored FROM ${table} WHERE id = record_id;
              END IF;
            END IF;`
      : `UPDATE ${table} SET version = version + 1 WHERE id = record_id AND xmin::text <> ours RETURNING version INTO stored;
            IF NOT FOUND THEN
              SELECT version INTO stored FROM ${table} WHERE id = record_id;
            END IF;`;
  return `
      CREATE OR REPLACE FUNCTION change_event_version(entity_type text, entity_id text) RETURNS integer LANGUAGE plpgsql AS $$
      DECLARE
        record_id integer;
        ours text;
        stored integer;${readFirst ? `\n        ours_already boolean;` : ''}
      BEGIN
        IF entity_id !~ ${NUMERIC} THEN
          RETURN NULL;
        END IF;
        record_id := entity_id::integer;
        ours := (pg_current_xact_id()::text::bigint % 4294967296)::text;
        CASE entity_type
          ${Object.entries(FED_TABLES)
            .map(([type, table]) => `WHEN '${type}' THEN
            ${branch(table)}`)
            .join('\n          ')}
          ELSE RETURN NULL;
        END CASE;
        RETURN stored;
      END $$`;
}

/** As migrations/1764804300000-lifecycles-held-by-the-database.ts wrote it, or with the rows compared at once first. */
function lifecycleMoves(comparedFirst: boolean): string {
  // what the query below finds is among the columns changed besides the version, the touch, the state and what the move
  // writes: none changed (one jsonb comparison), or, the row undecided, no decision column did
  const nothingToFind = `
        allowed := ARRAY['version', 'updated_at', state_column] || written;
        IF (new_row - allowed) = (old_row - allowed) THEN
          RETURN NEW;
        END IF;
        IF NOT decided THEN
          FOREACH entry IN ARRAY decisions LOOP
            IF NOT (entry = ANY (allowed)) AND (new_row -> entry) IS DISTINCT FROM (old_row -> entry) THEN
              decision_changed := true;
              EXIT;
            END IF;
          END LOOP;
          IF NOT decision_changed THEN
            RETURN NEW;
          END IF;
        END IF;`;
  return `
      CREATE OR REPLACE FUNCTION lifecycle_moves() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        state_column text := TG_ARGV[0];
        decisions text[] := string_to_array(TG_ARGV[4], ' ');
        old_row jsonb := to_jsonb(OLD);
        new_row jsonb := to_jsonb(NEW);
        from_state text := old_row ->> TG_ARGV[0];
        to_state text := new_row ->> TG_ARGV[0];
        move text := from_state || '>' || to_state;
        decided boolean := coalesce(from_state = ANY (string_to_array(TG_ARGV[3], ' ')), false);
        entry text;
        written text[] := '{}';
        changed text[];${comparedFirst ? `\n        allowed text[];\n        decision_changed boolean := false;` : ''}
      BEGIN
        IF ${comparedFirst ? `written_by_table_owner(TG_RELID)` : `pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER')`} THEN RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END; END IF;
        IF TG_OP = 'DELETE' THEN
          IF from_state IS DISTINCT FROM TG_ARGV[1] THEN
            RAISE EXCEPTION 'a row is removed only while %: DELETE of % % on % refused', TG_ARGV[1], from_state, old_row ->> 'id', TG_TABLE_NAME;
          END IF;
          RETURN OLD;
        END IF;
        IF TG_OP = 'INSERT' THEN
          SELECT array_agg(c ORDER BY c) INTO changed FROM unnest(decisions) c WHERE jsonb_typeof(new_row -> c) <> 'null';
          IF to_state IS DISTINCT FROM TG_ARGV[1] OR changed IS NOT NULL THEN
            RAISE EXCEPTION 'a row starts % and undecided: INSERT of % (%) on % refused', TG_ARGV[1], to_state, coalesce(array_to_string(changed, ', '), '-'), TG_TABLE_NAME;
          END IF;
          RETURN NEW;
        END IF;
        IF to_state IS DISTINCT FROM from_state THEN
          IF NOT (move = ANY (string_to_array(TG_ARGV[2], ' '))) THEN
            RAISE EXCEPTION 'a lifecycle moves only by its transitions: % → % of % on % refused', from_state, coalesce(to_state, 'NULL'), old_row ->> 'id', TG_TABLE_NAME;
          END IF;
          FOREACH entry IN ARRAY string_to_array(TG_ARGV[5], ' ') LOOP
            IF split_part(entry, ':', 1) = move THEN written := string_to_array(split_part(entry, ':', 2), ','); END IF;
          END LOOP;
        END IF;${comparedFirst ? nothingToFind : ''}
        SELECT array_agg(n.key ORDER BY n.key) INTO changed FROM jsonb_each(new_row) n
         WHERE n.value IS DISTINCT FROM old_row -> n.key
           AND NOT (n.key = ANY (ARRAY['version', 'updated_at', state_column] || written))
           AND NOT (n.key IN (SELECT attname FROM pg_attribute WHERE attrelid = TG_RELID AND attgenerated <> ''))
           AND (decided OR n.key = ANY (decisions))
           AND NOT (decided AND n.key = ANY (string_to_array(TG_ARGV[6], ' ')))
           AND NOT (decided AND n.key = ANY (string_to_array(TG_ARGV[7], ' ')) AND jsonb_typeof(old_row -> n.key) = 'null');
        IF changed IS NOT NULL AND decided THEN
          RAISE EXCEPTION 'a decided row is not rewritten: UPDATE of % of % % on % refused', array_to_string(changed, ', '), from_state, old_row ->> 'id', TG_TABLE_NAME;
        ELSIF changed IS NOT NULL THEN
          RAISE EXCEPTION 'a decision is written only by its move: UPDATE of % of % % on % refused', array_to_string(changed, ', '), from_state, old_row ->> 'id', TG_TABLE_NAME;
        END IF;
        RETURN NEW;
      END $$`;
}

/**
 * As migrations/1764805800000-filing-makers-on-the-row.ts wrote it, or with the move to a decision asked first, apart:
 * the one condition, holding a sub-select and the rows' columns, was planned again on every call (a plan for the
 * values at hand, folded to false, always looked cheaper than one for any), and is now two a plan serves as they are.
 */
function filingDecidedByAnother(moveFirst: boolean): string {
  const refusal = `RAISE EXCEPTION 'whoever created, edited or submitted % % does not decide it', TG_TABLE_NAME, OLD.id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'filing_decided_by_another', TABLE = TG_TABLE_NAME;`;
  const body = moveFirst
    ? `IF NEW.filing_status IS DISTINCT FROM OLD.filing_status AND NEW.filing_status IN ('APPROVED', 'RETURNED', 'REVOKED') THEN
          IF NOT written_by_table_owner(TG_RELID)
             AND (NEW.decided_by_id = OLD.created_by_id OR NEW.decided_by_id = OLD.submitted_by_id OR NEW.decided_by_id = ANY (OLD.maker_ids)) THEN
            ${refusal}
          END IF;
        END IF;`
    : `IF NEW.filing_status IS DISTINCT FROM OLD.filing_status AND NEW.filing_status IN ('APPROVED', 'RETURNED', 'REVOKED')
           AND NOT pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER')
           AND (NEW.decided_by_id = OLD.created_by_id OR NEW.decided_by_id = OLD.submitted_by_id OR NEW.decided_by_id = ANY (OLD.maker_ids)) THEN
          ${refusal}
        END IF;`;
  return `
      CREATE OR REPLACE FUNCTION filing_decided_by_another() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${body}
        RETURN NEW;
      END $$`;
}

/** As migrations/1764806710000-names-kept-by-their-renames.ts wrote it (EXECUTE per call), or with a static read per table. */
function nameHistoryAsRenamed(staticReads: boolean): string {
  const read = staticReads
    ? `CASE NEW.table_name
          ${NAMED.map((table) => `WHEN '${table}' THEN
            SELECT name, xmin = pg_current_xact_id()::xid INTO current_name, written_now FROM ${table} WHERE id = NEW.record_id;`).join('\n          ')}
          ELSE NULL;
        END CASE;`
    : `IF NEW.table_name = ANY (ARRAY[${NAMED.map((t) => `'${t}'`).join(', ')}]) THEN
          EXECUTE format('SELECT name, xmin = pg_current_xact_id()::xid FROM %I WHERE id = $1', NEW.table_name)
             INTO current_name, written_now USING NEW.record_id;
        END IF;`;
  return `
      CREATE OR REPLACE FUNCTION name_history_as_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        current_name text;
        written_now boolean;
      BEGIN
        IF written_by_table_owner(TG_RELID) THEN RETURN NEW; END IF;
        ${read}
        IF written_now IS NOT TRUE OR NEW.name IS DISTINCT FROM current_name
           OR NOT (NEW.valid_from = now() OR (TG_OP = 'INSERT' AND NEW.valid_from = '-infinity'::timestamptz)) THEN
          RAISE EXCEPTION 'a name enters its history as its record takes it, in that transaction (% %)', NEW.table_name, NEW.record_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'name_history_as_renamed', TABLE = TG_TABLE_NAME;
        END IF;
        RETURN NEW;
      END $$`;
}

/** As migrations/1764803600000-table-versions-at-commit.ts wrote it, or moving a lone due table without sorting the list. */
function moveDueTableVersions(loneTableAtOnce: boolean): string {
  const lone = `
        IF strpos(due, ',') = 0 THEN
          UPDATE table_version SET version = version + 1 WHERE table_name = due;
          RETURN NULL;
        END IF;`;
  return `
      CREATE OR REPLACE FUNCTION move_due_table_versions() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        due text := coalesce(current_setting('wuye_table_versions.due', true), '');
        tbl text;
      BEGIN
        IF due = '' THEN
          RETURN NULL;
        END IF;
        PERFORM set_config('wuye_table_versions.due', '', true);${loneTableAtOnce ? lone : ''}
        FOR tbl IN SELECT DISTINCT t FROM unnest(string_to_array(due, ',')) AS t ORDER BY t LOOP
          UPDATE table_version SET version = version + 1 WHERE table_name = tbl;
        END LOOP;
        RETURN NULL;
      END $$`;
}

/**
 * As migrations/1764806500000-feed-and-counters-held.ts wrote it (one CASE over every kind, planned again per call), or
 * with a statement per kind.
 */
function filingCounterGivesItsNumber(perKind: boolean): string {
  const check = perKind
    ? `CASE NEW.kind${FILING_KINDS.map(
        ([kind, table, prefix]) => `
          WHEN '${kind}' THEN given := EXISTS (SELECT 1 FROM ${table} WHERE filing_number = '${prefix}' || number AND ${WRITTEN_HERE});`,
      ).join('')}
          ELSE given := false;
        END CASE;
        IF NOT given THEN`
    : `IF NOT (CASE NEW.kind ${FILING_KINDS.map(
        ([kind, table, prefix]) => `
          WHEN '${kind}' THEN EXISTS (SELECT 1 FROM ${table} WHERE filing_number = '${prefix}' || number AND ${WRITTEN_HERE})`,
      ).join('')}
                  ELSE false END) THEN`;
  return `
      CREATE OR REPLACE FUNCTION filing_counter_gives_its_number() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE number text := '〔' || NEW.year || '〕' || lpad(NEW.last_number::text, greatest(4, length(NEW.last_number::text)), '0') || '号';${perKind ? `\n        given boolean;` : ''}
      BEGIN
        IF written_by_table_owner(TG_RELID) THEN RETURN NULL; END IF;
        ${check}
          RAISE EXCEPTION 'a filing counter moves in the transaction that gives its number to a filing of its kind: % % % refused', NEW.kind, NEW.year, NEW.last_number
            USING ERRCODE = 'check_violation', CONSTRAINT = 'filing_counter_gives_its_number';
        END IF;
        RETURN NULL;
      END $$`;
}
