import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A lifecycle is held by PostgreSQL too, whoever writes SQL (docs/architecture.md#two-database-roles): the ballots,
 * seals and closed quarters were kept, but the rows whose state says what was decided were not, so an UPDATE could
 * certify an election anew, reopen a closed vote, send an approved filing back to draft, rewrite an approved
 * firm's name or filing number, or retitle a certified election under its sealed notice.
 * - A row's state moves only along its lifecycle's transitions table (api/src/filings/filing.ts,
 *   api/src/elections/election-phases.ts, api/src/resolutions/resolution-phases.ts,
 *   api/src/assessments/assessment-rules.ts; test/lifecycles-held.e2e.spec.ts compares these arguments with them).
 * - In a decided state nothing of the row changes but its version and its touch, unless a move out of that state
 *   writes its own decision columns; a few columns the application keeps writing are named, each with its reason.
 * - In any state a decision (a filing number, who decided when and why) is written only by the move that makes it,
 *   and a new row starts in its first state, undecided.
 * - A row is removed only in its first state.
 * - What hangs on a finished (certified or cancelled) election is kept with it: candidates, their checks and
 *   objections, its plan of dates.
 * - A revoked token stays revoked.
 * The first four bind every role but the tables' owner, who alone writes history after the fact (as
 * 1764804400000-history-written-as-it-happens has it): the demo seed lays down finished elections and decided
 * filings, start-up completes an older vote's record, a test lays down a past. The owner could disable a trigger
 * anyway; the request role, which every request runs as, cannot.
 */
const BY_TABLE_OWNER = `pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER')`;
export interface HeldLifecycle {
  table: string;
  /** the column holding the state */
  state: string;
  /** the state every row starts in, and the only one in which it may be removed */
  first: string;
  /** 'FROM>TO', every move of the transitions table */
  moves: string[];
  /** states in which the row is decided: only its moves change it */
  decided: string[];
  /** the columns that record a decision (who, when, why, the number given): empty in a new row, written only by a move */
  decisions: string[];
  /** the decision columns each move writes with the new state */
  moveWrites?: Record<string, string[]>;
  /** columns a decided row may still change, whatever its state */
  alwaysWritable?: string[];
  /** decision columns a decided row may set once, from NULL (what a move's on-enter writes after the move) */
  setOnce?: string[];
}

const FILING_SUBMITTED = ['submitted_by_id', 'submitted_at', 'decided_by_id', 'decided_at'];
const filing = (table: string, alwaysWritable: string[] = []): HeldLifecycle => ({
  table,
  state: 'filing_status',
  first: 'DRAFT',
  moves: ['DRAFT>SUBMITTED', 'RETURNED>SUBMITTED', 'SUBMITTED>APPROVED', 'SUBMITTED>RETURNED', 'APPROVED>REVOKED'],
  // the content is edited only while the clerk holds the filing (EDITABLE_FILING_STATUSES)
  decided: ['SUBMITTED', 'APPROVED', 'REVOKED'],
  decisions: ['filing_number', 'submitted_by_id', 'submitted_at', 'decided_by_id', 'decided_at', 'return_reason', 'return_note', 'revoke_reason', 'revoke_note'],
  moveWrites: {
    'DRAFT>SUBMITTED': FILING_SUBMITTED,
    'RETURNED>SUBMITTED': FILING_SUBMITTED,
    'SUBMITTED>APPROVED': ['decided_by_id', 'decided_at', 'filing_number'],
    'SUBMITTED>RETURNED': ['decided_by_id', 'decided_at', 'return_reason', 'return_note'],
    'APPROVED>REVOKED': ['decided_by_id', 'decided_at', 'revoke_reason', 'revoke_note'],
  },
  alwaysWritable,
});

export const HELD_LIFECYCLES: HeldLifecycle[] = [
  filing('firm'),
  filing('project'),
  // the filing deadline is recomputed whenever a holiday notice it depends on is entered, whatever the filing's state (committees/filing-deadlines.ts)
  filing('committee_filing', ['due_on', 'due_on_provisional']),
  {
    table: 'election',
    state: 'phase',
    first: 'PREPARATION',
    moves: [
      'PREPARATION>NOMINATION', 'NOMINATION>ELIGIBILITY_REVIEW', 'ELIGIBILITY_REVIEW>CANDIDATE_PUBLICITY', 'CANDIDATE_PUBLICITY>ELIGIBILITY_REVIEW',
      'CANDIDATE_PUBLICITY>VOTING', 'VOTING>COUNTING', 'COUNTING>RESULT_PUBLICITY', 'RESULT_PUBLICITY>COUNTING', 'RESULT_PUBLICITY>CERTIFIED',
      ...['PREPARATION', 'NOMINATION', 'ELIGIBILITY_REVIEW', 'CANDIDATE_PUBLICITY', 'VOTING', 'COUNTING', 'RESULT_PUBLICITY'].map((from) => `${from}>CANCELLED`),
    ],
    decided: ['CERTIFIED', 'CANCELLED'],
    decisions: ['committee_id'],
    // the committee certifying forms, written by the move's on-enter
    setOnce: ['committee_id'],
  },
  {
    table: 'resolution',
    state: 'phase',
    first: 'DRAFT',
    moves: ['DRAFT>VOTING', 'VOTING>CLOSED'],
    decided: ['CLOSED'],
    decisions: ['outcome'],
    // the tally frozen by closing's on-enter
    setOnce: ['outcome'],
  },
  {
    table: 'assessment',
    state: 'state',
    first: 'DRAFT',
    moves: ['DRAFT>SUBMITTED', 'RETURNED>SUBMITTED', 'SUBMITTED>RETURNED', 'SUBMITTED>REVIEWED', 'REVIEWED>PUBLISHED'],
    // scored only while with the assessor (SCORABLE_STATES); PUBLISHED is kept whole since 1764803400000
    decided: ['SUBMITTED', 'REVIEWED', 'PUBLISHED'],
    // the return note is frozen with the decided states but not a decision of record: an open assessment's may be rewritten
    decisions: ['submitted_at', 'reviewer_id', 'reviewed_at'],
    moveWrites: {
      'DRAFT>SUBMITTED': ['submitted_at', 'return_note'],
      'RETURNED>SUBMITTED': ['submitted_at', 'return_note'],
      'SUBMITTED>RETURNED': ['return_note'],
      // the reviewer's adjustments are part of the review
      'SUBMITTED>REVIEWED': ['items', 'total', 'reviewer_id', 'reviewed_at'],
    },
  },
  {
    table: 'assessment_scheme',
    state: 'state',
    first: 'DRAFT',
    moves: ['DRAFT>PUBLISHED'],
    decided: ['PUBLISHED'],
    decisions: ['edition', 'published_at', 'published_by_id'],
    moveWrites: { 'DRAFT>PUBLISHED': ['edition', 'published_at', 'published_by_id'] },
  },
];

/** The trigger's arguments, in lifecycle_moves()'s order; each list space-separated, a move's columns after a colon. */
export function lifecycleArguments(l: HeldLifecycle): string[] {
  return [
    l.state,
    l.first,
    l.moves.join(' '),
    l.decided.join(' '),
    l.decisions.join(' '),
    Object.entries(l.moveWrites ?? {}).map(([move, columns]) => `${move}:${columns.join(',')}`).join(' '),
    (l.alwaysWritable ?? []).join(' '),
    (l.setOnce ?? []).join(' '),
  ];
}

/** Tables that hang on an election, and the column that leads to it (a candidate's rows through the candidate). */
export const KEPT_WITH_ELECTION: Array<[table: string, via: 'election_id' | 'candidate_id']> = [
  ['candidate', 'election_id'],
  ['eligibility_check', 'candidate_id'],
  ['objection', 'candidate_id'],
  ['election_phase', 'election_id'],
];

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

export class LifecyclesHeldByTheDatabase1764804300000 implements MigrationInterface {
  name = 'LifecyclesHeldByTheDatabase1764804300000';

  async up(q: QueryRunner): Promise<void> {
    // TG_ARGV: state column; first state; moves 'FROM>TO'; decided states; decision columns; 'FROM>TO:col,col' per move,
    // the decision columns it writes; columns a decided row may always change; decision columns a decided row may set
    // once, from NULL.
    await q.query(`
      CREATE FUNCTION lifecycle_moves() RETURNS trigger LANGUAGE plpgsql AS $$
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
        changed text[];
      BEGIN
        IF ${BY_TABLE_OWNER} THEN RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END; END IF;
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
        END IF;
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
      END $$`);
    for (const lifecycle of HELD_LIFECYCLES) {
      const args = lifecycleArguments(lifecycle).map(literal).join(', ');
      await q.query(`CREATE TRIGGER ${lifecycle.table}_state_moves BEFORE INSERT OR UPDATE OR DELETE ON ${lifecycle.table} FOR EACH ROW EXECUTE FUNCTION lifecycle_moves(${args})`);
    }

    // TG_ARGV[0]: the column leading to the election, itself or through the candidate. A finished election's plan
    // gets one row more: the day it entered its final phase (enterPhase, after the move).
    await q.query(`
      CREATE FUNCTION kept_with_election() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        row_value jsonb;
        parent_id integer;
        finished text;
      BEGIN
        IF ${BY_TABLE_OWNER} THEN RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END; END IF;
        FOREACH row_value IN ARRAY ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END, CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END] LOOP
          CONTINUE WHEN row_value IS NULL;
          parent_id := (row_value ->> TG_ARGV[0])::integer;
          IF TG_ARGV[0] = 'candidate_id' THEN
            SELECT e.phase INTO finished FROM candidate c JOIN election e ON e.id = c.election_id WHERE c.id = parent_id AND e.phase IN ('CERTIFIED', 'CANCELLED');
          ELSE
            SELECT e.phase INTO finished FROM election e WHERE e.id = parent_id AND e.phase IN ('CERTIFIED', 'CANCELLED');
          END IF;
          CONTINUE WHEN finished IS NULL;
          IF TG_TABLE_NAME = 'election_phase' AND TG_OP <> 'DELETE' AND to_jsonb(NEW) ->> 'phase' = finished
             AND (TG_OP = 'INSERT' OR (to_jsonb(OLD) ->> 'entered_at' IS NULL AND (to_jsonb(NEW) - 'entered_at') = (to_jsonb(OLD) - 'entered_at'))) THEN
            CONTINUE;
          END IF;
          RAISE EXCEPTION 'what hangs on a finished election is kept with it: % on % refused (election % is %)', TG_OP, TG_TABLE_NAME,
            coalesce((row_value ->> 'election_id')::integer, (SELECT election_id FROM candidate WHERE id = parent_id)), finished;
        END LOOP;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    for (const [table, via] of KEPT_WITH_ELECTION) {
      await q.query(`CREATE TRIGGER ${table}_kept_with_election BEFORE INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION kept_with_election('${via}')`);
    }

    // a revocation is never undone, nor redated
    await q.query(`
      CREATE FUNCTION access_token_revocation_kept() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'a revoked token stays revoked: UPDATE of token % on access_token refused', OLD.id; END $$`);
    await q.query(
      `CREATE TRIGGER access_token_revocation_kept BEFORE UPDATE ON access_token FOR EACH ROW WHEN (OLD.revoked_at IS NOT NULL AND NEW.revoked_at IS DISTINCT FROM OLD.revoked_at) EXECUTE FUNCTION access_token_revocation_kept()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER access_token_revocation_kept ON access_token`);
    await q.query(`DROP FUNCTION access_token_revocation_kept()`);
    for (const [table] of [...KEPT_WITH_ELECTION].reverse()) await q.query(`DROP TRIGGER ${table}_kept_with_election ON ${table}`);
    await q.query(`DROP FUNCTION kept_with_election()`);
    for (const { table } of [...HELD_LIFECYCLES].reverse()) await q.query(`DROP TRIGGER ${table}_state_moves ON ${table}`);
    await q.query(`DROP FUNCTION lifecycle_moves()`);
  }
}
