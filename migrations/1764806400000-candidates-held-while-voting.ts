import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What hangs on an election is held by PostgreSQL from the moment the service stops accepting each kind of change,
 * not only once the election is final (docs/architecture.md#two-database-roles; attacker review round 9, O4: during
 * voting and counting the request role could insert a candidate, flip a check's verdict, delete an objection or
 * rename a candidate, and the tally and certification followed). Each table mirrors its service
 * (api/src/eligibility/eligibility.service.ts, api/src/elections/election.service.ts, election-edits.ts):
 * - a candidate is nominated (inserted) only while nomination is open, undecided and standing; what places and names
 *   them (election, owner, party membership, who nominated them and when, their checklist) never changes; they
 *   withdraw (never return) until voting opens; their decision is recomputed only by their nomination (in its own
 *   transaction) and during the review (checks, objections);
 * - a check is recorded (inserted or rewritten) only during the review, on its own candidate and item;
 * - an objection is filed during candidate publicity or the review, unresolved; it is resolved once, during the
 *   review, that day, and nothing else of it changes;
 * - none of the three is ever removed;
 * - the plan of dates: a phase behind the election keeps its planned dates (PHASE_OVER), the phase it is in keeps its
 *   planned start (PHASE_STARTED; in preparation the election is still being planned), and a phase is marked entered
 *   (now) only on the election's current phase, in the transaction that moved it there.
 * A certified or cancelled election's rows stay with kept_with_election (1764804300000). The tables' owner passes
 * (the demo seed lays down a past).
 */
const OWNER_PASSES = `IF written_by_table_owner(TG_RELID) THEN RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END; END IF;`;
const FINAL = `('CERTIFIED', 'CANCELLED')`;
const CHINA_TODAY = `(now() AT TIME ZONE 'Asia/Shanghai')::date`;
// the lifecycle's order (api/src/elections/election-phases.ts ElectionPhase, as election-edits.ts PHASE_ORDER reads it)
const PHASE_ORDER = `ARRAY['PREPARATION', 'NOMINATION', 'ELIGIBILITY_REVIEW', 'CANDIDATE_PUBLICITY', 'VOTING', 'COUNTING', 'RESULT_PUBLICITY', 'CERTIFIED', 'CANCELLED']`;
const refuse = (constraint: string, why: string, detail: string) =>
  `RAISE EXCEPTION '${why.replace(/'/g, "''")}: % on % refused (%)', TG_OP, TG_TABLE_NAME, ${detail} USING ERRCODE = 'check_violation', CONSTRAINT = '${constraint}'`;
/** the columns of NEW that differ from OLD, but for `allowed` (a text[] expression) */
const changedBut = (allowed: string) =>
  `(SELECT array_agg(n.key ORDER BY n.key) FROM jsonb_each(to_jsonb(NEW)) n WHERE n.value IS DISTINCT FROM to_jsonb(OLD) -> n.key AND NOT (n.key = ANY (${allowed})))`;

export const HELD_BY_PHASE = ['candidate', 'eligibility_check', 'objection', 'election_phase'] as const;

export class CandidatesHeldWhileVoting1764806400000 implements MigrationInterface {
  name = 'CandidatesHeldWhileVoting1764806400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION candidate_held_by_phase() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        phase text;
        changed text[];
        born_here boolean;
      BEGIN
        ${OWNER_PASSES}
        SELECT e.phase INTO phase FROM election e WHERE e.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.election_id ELSE NEW.election_id END;
        IF phase IN ${FINAL} THEN RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END; END IF;
        IF TG_OP = 'DELETE' THEN
          ${refuse('candidate_held_by_phase', 'a candidate is never removed: they withdraw', 'OLD.id')};
        END IF;
        IF TG_OP = 'INSERT' THEN
          IF phase IS DISTINCT FROM 'NOMINATION' OR NEW.withdrawn OR NEW.decision <> 'NOT_YET_ELIGIBLE' THEN
            ${refuse('candidate_held_by_phase', 'a candidate is nominated while nomination is open, standing and undecided', `coalesce(phase, '-')`)};
          END IF;
          RETURN NEW;
        END IF;
        changed := ${changedBut(`ARRAY['version', 'updated_at', 'withdrawn', 'decision', 'decision_explanation']`)};
        IF changed IS NOT NULL THEN
          ${refuse('candidate_held_by_phase', 'what places and names a candidate never changes', `array_to_string(changed, ', ')`)};
        END IF;
        -- withdrawal: until voting opens, never undone (eligibility.service.ts withdraw, WITHDRAWAL_TOO_LATE)
        IF NEW.withdrawn IS DISTINCT FROM OLD.withdrawn AND (OLD.withdrawn OR phase NOT IN ('NOMINATION', 'ELIGIBILITY_REVIEW', 'CANDIDATE_PUBLICITY')) THEN
          ${refuse('candidate_held_by_phase', 'a candidate withdraws until voting opens, and does not return', 'phase')};
        END IF;
        -- the decision: recomputed by the nomination itself or during the review (redecide)
        IF (NEW.decision, NEW.decision_explanation) IS DISTINCT FROM (OLD.decision, OLD.decision_explanation) THEN
          SELECT xmin = pg_current_xact_id()::xid INTO born_here FROM candidate WHERE id = OLD.id;
          IF NOT (phase = 'ELIGIBILITY_REVIEW' OR (phase = 'NOMINATION' AND born_here)) THEN
            ${refuse('candidate_held_by_phase', "a candidate's decision is recomputed on nomination and during the review only", 'phase')};
          END IF;
        END IF;
        RETURN NEW;
      END $$`);

    await q.query(`
      CREATE FUNCTION eligibility_check_held_by_phase() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        phase text;
      BEGIN
        ${OWNER_PASSES}
        SELECT e.phase INTO phase FROM candidate c JOIN election e ON e.id = c.election_id
         WHERE c.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.candidate_id ELSE NEW.candidate_id END;
        IF phase IN ${FINAL} THEN RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END; END IF;
        IF TG_OP = 'DELETE' THEN
          ${refuse('eligibility_check_held_by_phase', 'a check of the review is never removed: it is recorded again', 'OLD.candidate_id')};
        END IF;
        IF phase IS DISTINCT FROM 'ELIGIBILITY_REVIEW' OR (TG_OP = 'UPDATE' AND (NEW.candidate_id, NEW.item_key) IS DISTINCT FROM (OLD.candidate_id, OLD.item_key)) THEN
          ${refuse('eligibility_check_held_by_phase', 'a check is recorded during the review, on its own candidate and item (CHECKS_OUTSIDE_REVIEW)', `NEW.candidate_id || ' ' || coalesce(phase, '-')`)};
        END IF;
        RETURN NEW;
      END $$`);

    await q.query(`
      CREATE FUNCTION objection_held_by_phase() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        phase text;
        changed text[];
      BEGIN
        ${OWNER_PASSES}
        SELECT e.phase INTO phase FROM candidate c JOIN election e ON e.id = c.election_id
         WHERE c.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.candidate_id ELSE NEW.candidate_id END;
        IF phase IN ${FINAL} THEN RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END; END IF;
        IF TG_OP = 'DELETE' THEN
          ${refuse('objection_held_by_phase', 'an objection is never removed: it is resolved', 'OLD.id')};
        END IF;
        IF TG_OP = 'INSERT' THEN
          IF phase IS NULL OR phase NOT IN ('CANDIDATE_PUBLICITY', 'ELIGIBILITY_REVIEW') OR NEW.resolution IS NOT NULL OR NEW.resolved_on IS NOT NULL THEN
            ${refuse('objection_held_by_phase', 'an objection is filed during candidate publicity or the review, unresolved (OBJECTIONS_NOT_OPEN)', `coalesce(phase, '-')`)};
          END IF;
          RETURN NEW;
        END IF;
        changed := ${changedBut(`ARRAY['version', 'updated_at', 'resolution', 'resolved_on']`)};
        IF changed IS NOT NULL OR OLD.resolved_on IS NOT NULL OR OLD.resolution IS NOT NULL OR phase IS DISTINCT FROM 'ELIGIBILITY_REVIEW'
           OR NEW.resolved_on IS DISTINCT FROM ${CHINA_TODAY} OR NEW.resolution IS NULL THEN
          ${refuse('objection_held_by_phase', 'an objection is resolved once, during the review, that day, and nothing else of it changes', `OLD.id || ' ' || coalesce(phase, '-')`)};
        END IF;
        RETURN NEW;
      END $$`);

    await q.query(`
      CREATE FUNCTION election_phase_held_by_phase() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        current_phase text;
        moved_here boolean;
        behind boolean;
      BEGIN
        ${OWNER_PASSES}
        SELECT e.phase, e.xmin = pg_current_xact_id()::xid INTO current_phase, moved_here FROM election e
         WHERE e.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.election_id ELSE NEW.election_id END;
        -- an election being removed (in preparation, its lifecycle's first state) takes its plan with it
        IF current_phase IS NULL OR current_phase IN ${FINAL} OR current_phase = 'PREPARATION' THEN
          RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        END IF;
        IF TG_OP = 'DELETE' THEN
          ${refuse('election_phase_held_by_phase', "an election's plan of dates is kept", `OLD.election_id || ' ' || OLD.phase`)};
        END IF;
        IF TG_OP = 'UPDATE' AND (NEW.election_id, NEW.phase) IS DISTINCT FROM (OLD.election_id, OLD.phase) THEN
          ${refuse('election_phase_held_by_phase', 'a planned phase stays the phase of its election', `OLD.election_id || ' ' || OLD.phase`)};
        END IF;
        -- an INSERT meeting the phase's row is its ON CONFLICT update, judged as that update (or refused by the key)
        IF TG_OP = 'INSERT' AND EXISTS (SELECT 1 FROM election_phase WHERE election_id = NEW.election_id AND phase = NEW.phase) THEN RETURN NEW; END IF;
        behind := array_position(${PHASE_ORDER}, NEW.phase) < array_position(${PHASE_ORDER}, current_phase);
        IF behind AND (NEW.starts_on, NEW.ends_on) IS DISTINCT FROM (CASE WHEN TG_OP = 'UPDATE' THEN OLD.starts_on END, CASE WHEN TG_OP = 'UPDATE' THEN OLD.ends_on END) THEN
          ${refuse('election_phase_held_by_phase', 'a phase behind the election keeps its planned dates (PHASE_OVER)', `NEW.election_id || ' ' || NEW.phase`)};
        END IF;
        IF NEW.phase = current_phase AND NEW.starts_on IS DISTINCT FROM (CASE WHEN TG_OP = 'UPDATE' THEN OLD.starts_on END) THEN
          ${refuse('election_phase_held_by_phase', 'the phase an election is in keeps its planned start (PHASE_STARTED)', `NEW.election_id || ' ' || NEW.phase`)};
        END IF;
        IF NEW.entered_at IS DISTINCT FROM (CASE WHEN TG_OP = 'UPDATE' THEN OLD.entered_at END)
           AND NOT (NEW.phase = current_phase AND moved_here AND NEW.entered_at = now()::timestamptz(3)) THEN
          ${refuse('election_phase_held_by_phase', 'a phase is entered by the move that enters it, at that moment', `NEW.election_id || ' ' || NEW.phase`)};
        END IF;
        RETURN NEW;
      END $$`);

    for (const table of HELD_BY_PHASE) {
      await q.query(`CREATE TRIGGER ${table}_held_by_phase BEFORE INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION ${table}_held_by_phase()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [...HELD_BY_PHASE].reverse()) {
      await q.query(`DROP TRIGGER ${table}_held_by_phase ON ${table}`);
      await q.query(`DROP FUNCTION ${table}_held_by_phase()`);
    }
  }
}
