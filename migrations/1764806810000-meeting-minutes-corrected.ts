import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A five-party meeting's own minutes — its day, its summary, its attendance, and issues or follow-ups added to it — are
 * written freely on the day the meeting is recorded (Beijing); from the next day on they change only by a correction
 * with its reason, as its issues and follow-ups already do (docs/domain-rules.md#five-party-meetings; attacker review
 * round 11, F5: a June meeting was moved seventeen months back, its minutes made to contradict its issues and a party
 * struck from its attendance, months later, with no correction and no reason). A meeting's correction is a
 * `five_party_correction` row naming neither an issue nor a follow-up; the meeting's day and summary change only in
 * its transaction, from what it says was there to what it says is, and its attendance and added records only in a
 * transaction with one. The tables' owner passes (the demo seed lays down a past).
 */
const CHINA_TODAY = `(now() AT TIME ZONE 'Asia/Shanghai')::date`;
const WRITTEN_NOW = `xmin = pg_current_xact_id()::xid`;
const RECORDED_BEFORE_TODAY = (m: string) => `(${m}.created_at AT TIME ZONE 'Asia/Shanghai')::date < ${CHINA_TODAY}`;
const MEETING_CORRECTION_NOW = (meeting: string) =>
  `EXISTS (SELECT 1 FROM five_party_correction c WHERE c.meeting_id = ${meeting} AND c.issue_id IS NULL AND c.follow_up_id IS NULL AND c.${WRITTEN_NOW})`;
const DAY = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;
const refuse = (constraint: string, message: string, ...args: string[]) =>
  `RAISE EXCEPTION '${message}'${args.map((a) => `, ${a}`).join('')} USING ERRCODE = 'check_violation', CONSTRAINT = '${constraint}', TABLE = TG_TABLE_NAME;`;

export class MeetingMinutesCorrected1764806810000 implements MigrationInterface {
  name = 'MeetingMinutesCorrected1764806810000';

  async up(q: QueryRunner): Promise<void> {
    // a correction names at most one issue or follow-up: none, it corrects the meeting's own minutes
    await q.query(`ALTER TABLE five_party_correction DROP CONSTRAINT five_party_correction_of_one`);
    await q.query(`ALTER TABLE five_party_correction ADD CONSTRAINT five_party_correction_of_one CHECK (num_nonnulls(issue_id, follow_up_id) <= 1)`);
    await q.query(`CREATE INDEX ON five_party_correction (meeting_id) WHERE issue_id IS NULL AND follow_up_id IS NULL`);

    await q.query(`
      CREATE OR REPLACE FUNCTION five_party_correction_kept() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF written_by_table_owner(TG_RELID) THEN RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END; END IF;
        IF TG_OP <> 'INSERT' THEN
          ${refuse('five_party_correction_kept', 'a correction of the minutes is kept as made: % on five_party_correction refused', 'TG_OP')}
        END IF;
        NEW.corrected_at := now();
        IF (NEW.issue_id IS NOT NULL OR NEW.follow_up_id IS NOT NULL)
           AND NOT EXISTS (SELECT 1 FROM five_party_issue WHERE id = NEW.issue_id AND meeting_id = NEW.meeting_id)
           AND NOT EXISTS (SELECT 1 FROM five_party_follow_up WHERE id = NEW.follow_up_id AND meeting_id = NEW.meeting_id) THEN
          ${refuse('five_party_correction_kept', 'a correction names a record of its meeting')}
        END IF;
        RETURN NEW;
      END $$`);

    // at commit: the record it names was corrected in that transaction, to what it says (a meeting: its day and summary)
    await q.query(`
      CREATE OR REPLACE FUNCTION five_party_correction_applied() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF written_by_table_owner(TG_RELID) THEN RETURN NULL; END IF;
        IF NOT EXISTS (SELECT 1 FROM five_party_issue i WHERE i.id = NEW.issue_id AND i.${WRITTEN_NOW}
                         AND jsonb_build_object('description', i.description, 'raisedBy', i.raised_by) = NEW.after)
           AND NOT EXISTS (SELECT 1 FROM five_party_follow_up f WHERE f.id = NEW.follow_up_id AND f.${WRITTEN_NOW}
                         AND jsonb_build_object('task', f.task, 'ownerParty', f.owner_party, 'ownerName', f.owner_name, 'dueOn', ${DAY('f.due_on')}) = NEW.after)
           AND NOT (NEW.issue_id IS NULL AND NEW.follow_up_id IS NULL AND EXISTS (
                      SELECT 1 FROM five_party_meeting m WHERE m.id = NEW.meeting_id AND m.${WRITTEN_NOW}
                         AND NEW.after->>'heldOn' = ${DAY('m.held_on')} AND NEW.after->>'summary' = m.summary)) THEN
          ${refuse('five_party_correction_applied', 'correction % names a change its record does not carry', 'NEW.id')}
        END IF;
        RETURN NULL;
      END $$`);

    // a meeting recorded before today: its day and summary only by a correction of this transaction that says so
    await q.query(`
      CREATE OR REPLACE FUNCTION five_party_meeting_held() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF written_by_table_owner(TG_RELID) THEN RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END; END IF;
        IF TG_OP = 'DELETE' THEN
          ${refuse('five_party_meeting_kept', 'a five-party meeting is kept once recorded: DELETE of meeting % refused', 'OLD.id')}
        END IF;
        IF NEW.held_on > ${CHINA_TODAY} THEN
          ${refuse('five_party_meeting_held_on', 'a meeting is recorded after it was held: % is in the future', 'NEW.held_on')}
        END IF;
        IF TG_OP = 'UPDATE' THEN
          IF NEW.estate_id IS DISTINCT FROM OLD.estate_id OR NEW.created_by_id IS DISTINCT FROM OLD.created_by_id OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
            ${refuse('five_party_meeting_kept', 'a meeting keeps its estate and who recorded it (meeting %)', 'OLD.id')}
          END IF;
          IF NEW.held_on > OLD.held_on AND EXISTS (
               SELECT 1 FROM five_party_follow_up WHERE meeting_id = NEW.id AND (due_on < NEW.held_on OR done_on < NEW.held_on)
               UNION ALL SELECT 1 FROM five_party_issue WHERE meeting_id = NEW.id AND resolved_on < NEW.held_on) THEN
            ${refuse('five_party_meeting_held_on', 'a meeting does not move after a day its issues or follow-ups name (meeting %)', 'OLD.id')}
          END IF;
          IF (NEW.held_on, NEW.summary) IS DISTINCT FROM (OLD.held_on, OLD.summary) AND ${RECORDED_BEFORE_TODAY('OLD')}
             AND NOT EXISTS (SELECT 1 FROM five_party_correction c
                              WHERE c.meeting_id = OLD.id AND c.issue_id IS NULL AND c.follow_up_id IS NULL AND c.${WRITTEN_NOW}
                                AND c.before->>'heldOn' = ${DAY('OLD.held_on')} AND c.before->>'summary' = OLD.summary
                                AND c.after->>'heldOn' = ${DAY('NEW.held_on')} AND c.after->>'summary' = NEW.summary) THEN
            ${refuse('five_party_corrected_with_reason', 'the minutes of meeting %, recorded before today, change only by a correction with its reason', 'OLD.id')}
          END IF;
        END IF;
        RETURN NEW;
      END $$`);

    // at commit: a meeting's parts are written with its own row; after its recording day, its attendance and added
    // records with a correction of it too
    await q.query(`
      CREATE OR REPLACE FUNCTION five_party_written_with_meeting() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE meeting integer := CASE WHEN TG_OP = 'DELETE' THEN OLD.meeting_id ELSE NEW.meeting_id END;
      BEGIN
        IF written_by_table_owner(TG_RELID) THEN RETURN NULL; END IF;
        IF NOT EXISTS (SELECT 1 FROM five_party_meeting WHERE id = meeting AND ${WRITTEN_NOW}) THEN
          ${refuse('five_party_written_with_meeting', "a meeting''s attendance, issues and follow-ups are recorded with an edit of meeting %", 'meeting')}
        END IF;
        IF (TG_TABLE_NAME = 'five_party_participant' OR TG_OP = 'INSERT')
           AND EXISTS (SELECT 1 FROM five_party_meeting m WHERE m.id = meeting AND ${RECORDED_BEFORE_TODAY('m')})
           AND NOT ${MEETING_CORRECTION_NOW('meeting')} THEN
          ${refuse('five_party_corrected_with_reason', 'the attendance and records of meeting %, recorded before today, change only by a correction with its reason', 'meeting')}
        END IF;
        IF EXISTS (SELECT 1 FROM five_party_meeting m WHERE m.id = meeting) AND (
             NOT EXISTS (SELECT 1 FROM five_party_participant WHERE meeting_id = meeting AND party = 'COMMUNITY_PARTY')
             OR NOT EXISTS (SELECT 1 FROM five_party_participant WHERE meeting_id = meeting AND party = 'PROPERTY_FIRM')
             OR EXISTS (SELECT 1 FROM (SELECT raised_by AS party FROM five_party_issue WHERE meeting_id = meeting
                                       UNION SELECT owner_party FROM five_party_follow_up WHERE meeting_id = meeting) acts
                         WHERE NOT EXISTS (SELECT 1 FROM five_party_participant p WHERE p.meeting_id = meeting AND p.party = acts.party))) THEN
          ${refuse('five_party_attended', 'meeting %: the community party and the property firm attend, and so does every party an issue or follow-up names', 'meeting')}
        END IF;
        RETURN NULL;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    throw new Error('MeetingMinutesCorrected1764806810000 is not reversed: it replaces the five-party holds of 1764806300000 in place');
  }
}
