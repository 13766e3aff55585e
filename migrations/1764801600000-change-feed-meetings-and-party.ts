import { MigrationInterface, QueryRunner } from 'typeorm';

const REGISTRY = ['Firm', 'Project', 'Estate'];
const ELECTIONS = ['Election', 'Candidate', 'Committee', 'CommitteeFiling', 'Resolution'];
/** the records of a meeting that change it: its issues and its follow-ups, fed as their meeting's changes */
const MEETING_PARTS: Record<string, string> = { FivePartyIssue: 'five_party_issue', FivePartyFollowUp: 'five_party_follow_up' };

const list = (types: string[]) => types.map((t) => `'${t}'`).join(', ');

/** Which estate a change belongs to, for officers' jurisdiction (null for records not placed in one). */
function estateFunction(estatePlaced: boolean): string {
  return `
    CREATE OR REPLACE FUNCTION change_event_estate(entity_type text, entity_id integer) RETURNS integer LANGUAGE sql STABLE AS $$
      SELECT CASE entity_type
        WHEN 'Election' THEN (SELECT estate_id FROM election WHERE id = entity_id)
        WHEN 'Candidate' THEN (SELECT el.estate_id FROM candidate c JOIN election el ON el.id = c.election_id WHERE c.id = entity_id)
        WHEN 'Committee' THEN (SELECT estate_id FROM committee WHERE id = entity_id)
        WHEN 'CommitteeFiling' THEN (SELECT co.estate_id FROM committee_filing f JOIN committee co ON co.id = f.committee_id WHERE f.id = entity_id)
        WHEN 'Resolution' THEN (SELECT estate_id FROM resolution WHERE id = entity_id)
        ${estatePlaced ? `WHEN 'FivePartyMeeting' THEN (SELECT estate_id FROM five_party_meeting WHERE id = entity_id)` : ''}
      END
    $$`;
}

/**
 * The feed's statement trigger (as migrations/1764801300000-change-feed-per-statement.ts wrote it) over `fed` audit
 * entity types; with `meetings`, an issue's or a follow-up's event is fed as a change of its meeting, without a
 * version (the meeting's own did not move).
 */
function feedFunction(fed: string[], estatePlaced: string[], meetings: boolean): string {
  const numeric = `e.entity_id ~ '^[0-9]{1,9}$'`;
  const type = meetings ? `CASE WHEN e.entity_type IN (${list(Object.keys(MEETING_PARTS))}) THEN 'FivePartyMeeting' ELSE e.entity_type END` : 'e.entity_type';
  const id = meetings
    ? `CASE ${Object.entries(MEETING_PARTS)
        .map(([part, table]) => `WHEN e.entity_type = '${part}' AND ${numeric} THEN (SELECT meeting_id::text FROM ${table} WHERE id = e.entity_id::integer)`)
        .join(' ')} ELSE e.entity_id END`
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
 * Party organisations and five-party meetings in the change feed (docs/architecture.md#change-feed): integrators
 * with REGISTRY_READ list both, so they follow their changes too. A meeting is placed in its estate, so an officer
 * follows only the meetings of their jurisdiction, as they list them; its issues and follow-ups change it.
 */
export class ChangeFeedMeetingsAndParty1764801600000 implements MigrationInterface {
  name = 'ChangeFeedMeetingsAndParty1764801600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(estateFunction(true));
    await q.query(feedFunction([...REGISTRY, 'PartyOrganisation', 'FivePartyMeeting', ...Object.keys(MEETING_PARTS), ...ELECTIONS], [...ELECTIONS, 'FivePartyMeeting'], true));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(feedFunction([...REGISTRY, ...ELECTIONS], ELECTIONS, false));
    await q.query(estateFunction(false));
  }
}
