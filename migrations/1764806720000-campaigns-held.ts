import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A campaign and its reports are held by PostgreSQL as the service holds them, whoever writes SQL as the request role
 * (docs/domain-rules.md#rectification-campaigns; attacker review round 10, F2 and F3). The first triggers kept a
 * verified report locked but not what a report may correct nor the campaign it counts in: a "correction" filed under
 * another estate of a closed campaign, reported by an admin and verified by a manager, took a verified report out of
 * the totals; a closed campaign was reopened and a measure's meaning rewritten under verified figures. Now:
 * - a campaign is born open, is removed never, keeps its name once a report is verified, and once closed changes no
 *   more;
 * - its measures are fixed once an estate has reported (code, kind, bound, order, and none added or removed) and
 *   their wording too once a report is verified or the campaign closed;
 * - a report joins an open campaign only, dated within its days and not ahead of today, reported by an active officer
 *   of the estate's subdistricts; a correction corrects a verified report of the same campaign and estate; what
 *   places a report (campaign, estate, reporter, what it corrects) never changes, a waiting report is edited only
 *   while its campaign is open, and it is verified by another active officer of the estate, dated by the database;
 * - a quantity belongs to a measure of its report's campaign, and a waiting report's quantities change only while
 *   its campaign is open.
 * The tables' owner passes (the demo seed lays down the campaigns' past).
 */
const OWNER_PASSES = `IF written_by_table_owner(TG_RELID) THEN RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END; END IF;`;
const REFUSE = (message: string, constraint: string) =>
  `RAISE EXCEPTION '${message.replace(/'/g, "''")}' USING ERRCODE = 'check_violation', CONSTRAINT = '${constraint}', TABLE = TG_TABLE_NAME;`;
const CHINA_TODAY = `(now() AT TIME ZONE 'Asia/Shanghai')::date`;
const OFFICER_OF_ESTATE = (user: string, estate: string) => `EXISTS (
  SELECT 1 FROM app_user u
    JOIN officer_jurisdiction j ON j.user_id = u.id
    JOIN community c ON c.subdistrict_id = j.subdistrict_id
    JOIN estate e ON e.community_id = c.id
   WHERE u.id = ${user} AND u.active AND u.role = 'officer' AND e.id = ${estate})`;

export class CampaignsHeld1764806720000 implements MigrationInterface {
  name = 'CampaignsHeld1764806720000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION campaign_held() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${OWNER_PASSES}
        IF TG_OP = 'INSERT' THEN
          IF NEW.status <> 'OPEN' THEN ${REFUSE('a campaign is opened before it is closed', 'campaign_held')} END IF;
          RETURN NEW;
        END IF;
        IF TG_OP = 'DELETE' THEN ${REFUSE('a campaign is kept: its reports count in it', 'campaign_held')} END IF;
        IF OLD.status = 'CLOSED' THEN ${REFUSE('a closed campaign changes no more', 'campaign_closed_kept')} END IF;
        IF NEW.id <> OLD.id OR NEW.created_by_id IS DISTINCT FROM OLD.created_by_id OR NEW.created_at <> OLD.created_at THEN
          ${REFUSE('a campaign keeps who opened it and when', 'campaign_held')}
        END IF;
        IF NEW.name <> OLD.name AND EXISTS (SELECT 1 FROM campaign_report r WHERE r.campaign_id = OLD.id AND r.status = 'VERIFIED') THEN
          ${REFUSE('a campaign whose reports are verified keeps its name', 'campaign_held')}
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER campaign_held BEFORE INSERT OR UPDATE OR DELETE ON campaign FOR EACH ROW EXECUTE FUNCTION campaign_held()`);

    await q.query(`
      CREATE FUNCTION campaign_measure_held() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        campaign_ids integer[] := CASE TG_OP WHEN 'INSERT' THEN ARRAY[NEW.campaign_id] WHEN 'DELETE' THEN ARRAY[OLD.campaign_id] ELSE ARRAY[OLD.campaign_id, NEW.campaign_id] END;
        reported boolean;
        settled boolean;
      BEGIN
        ${OWNER_PASSES}
        SELECT EXISTS (SELECT 1 FROM campaign_report r WHERE r.campaign_id = ANY (campaign_ids)) INTO reported;
        SELECT EXISTS (SELECT 1 FROM campaign_report r WHERE r.campaign_id = ANY (campaign_ids) AND r.status = 'VERIFIED')
            OR EXISTS (SELECT 1 FROM campaign c WHERE c.id = ANY (campaign_ids) AND c.status = 'CLOSED') INTO settled;
        IF settled AND (TG_OP <> 'UPDATE' OR (NEW.label_zh, NEW.label_en, NEW.unit) IS DISTINCT FROM (OLD.label_zh, OLD.label_en, OLD.unit)) THEN
          ${REFUSE("a campaign's measures read as verified: once a report is verified or the campaign closed they keep their wording", 'campaign_measure_held')}
        END IF;
        IF reported AND (TG_OP <> 'UPDATE' OR (NEW.id, NEW.campaign_id, NEW.code, NEW.kind, NEW.bound, NEW.position)
                                                IS DISTINCT FROM (OLD.id, OLD.campaign_id, OLD.code, OLD.kind, OLD.bound, OLD.position)) THEN
          ${REFUSE("once an estate has reported, a campaign's measures keep their codes, kinds, bounds and order", 'campaign_measure_held')}
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`CREATE TRIGGER campaign_measure_held BEFORE INSERT OR UPDATE OR DELETE ON campaign_measure FOR EACH ROW EXECUTE FUNCTION campaign_measure_held()`);

    // runs before campaign_report_held (name order), which keeps a verified report locked and its verifier another
    await q.query(`
      CREATE FUNCTION campaign_report_as_reported() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        campaign_row campaign;
      BEGIN
        ${OWNER_PASSES}
        -- a verified report is campaign_report_held's to refuse (locked), whatever the change
        IF TG_OP <> 'INSERT' AND OLD.status = 'VERIFIED' THEN RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END; END IF;
        IF TG_OP = 'DELETE' THEN ${REFUSE('a campaign report is kept: it is corrected by a new report', 'campaign_report_as_reported')} END IF;
        SELECT * INTO campaign_row FROM campaign WHERE id = NEW.campaign_id;
        IF TG_OP = 'INSERT' THEN
          IF campaign_row.status <> 'OPEN' THEN ${REFUSE('a closed campaign takes no report', 'campaign_report_in_open_campaign')} END IF;
          IF NEW.completed_on < campaign_row.starts_on OR NEW.completed_on > campaign_row.ends_on OR NEW.completed_on > ${CHINA_TODAY} THEN
            ${REFUSE("a report is dated within its campaign's days, and not ahead of today", 'campaign_report_as_reported')}
          END IF;
          IF NOT ${OFFICER_OF_ESTATE('NEW.reported_by_id', 'NEW.estate_id')} THEN
            ${REFUSE("an estate's report is made by an officer of its subdistrict", 'campaign_report_as_reported')}
          END IF;
          IF NEW.corrects_id IS NOT NULL AND NOT EXISTS (
               SELECT 1 FROM campaign_report c WHERE c.id = NEW.corrects_id AND c.status = 'VERIFIED'
                  AND c.campaign_id = NEW.campaign_id AND c.estate_id = NEW.estate_id) THEN
            ${REFUSE('a correction corrects a verified report of the same campaign and estate', 'campaign_report_as_reported')}
          END IF;
          RETURN NEW;
        END IF;
        IF (NEW.id, NEW.campaign_id, NEW.estate_id, NEW.reported_by_id, NEW.corrects_id, NEW.created_at)
           IS DISTINCT FROM (OLD.id, OLD.campaign_id, OLD.estate_id, OLD.reported_by_id, OLD.corrects_id, OLD.created_at) THEN
          ${REFUSE('a report keeps its campaign, estate, reporter and what it corrects', 'campaign_report_as_reported')}
        END IF;
        IF NEW.status = 'VERIFIED' AND OLD.status = 'SUBMITTED' THEN
          IF (NEW.completed_on, NEW.note) IS DISTINCT FROM (OLD.completed_on, OLD.note)
             OR NOT ${OFFICER_OF_ESTATE('NEW.verified_by_id', 'NEW.estate_id')} THEN
            ${REFUSE("a report is verified as reported, by an officer of the estate's subdistrict", 'campaign_report_as_reported')}
          END IF;
          NEW.verified_at := now();
          RETURN NEW;
        END IF;
        IF NEW.status = 'SUBMITTED' AND (NEW.verified_by_id IS NOT NULL OR NEW.verified_at IS NOT NULL) THEN
          ${REFUSE('a report waiting for verification names no verifier', 'campaign_report_as_reported')}
        END IF;
        IF campaign_row.status <> 'OPEN' AND (NEW.completed_on, NEW.note) IS DISTINCT FROM (OLD.completed_on, OLD.note) THEN
          ${REFUSE('a closed campaign takes no report', 'campaign_report_in_open_campaign')}
        END IF;
        IF NEW.completed_on < campaign_row.starts_on OR NEW.completed_on > campaign_row.ends_on OR NEW.completed_on > ${CHINA_TODAY} THEN
          ${REFUSE("a report is dated within its campaign's days, and not ahead of today", 'campaign_report_as_reported')}
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER campaign_report_as_reported BEFORE INSERT OR UPDATE OR DELETE ON campaign_report FOR EACH ROW EXECUTE FUNCTION campaign_report_as_reported()`,
    );

    await q.query(`
      CREATE FUNCTION campaign_report_quantity_as_reported() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${OWNER_PASSES}
        -- a verified report's quantities are campaign_report_quantity_held's to refuse (locked)
        IF EXISTS (SELECT 1 FROM campaign_report r WHERE r.status = 'VERIFIED'
                    AND r.id IN (CASE WHEN TG_OP = 'INSERT' THEN NEW.report_id ELSE OLD.report_id END,
                                 CASE WHEN TG_OP = 'DELETE' THEN OLD.report_id ELSE NEW.report_id END)) THEN
          RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        END IF;
        IF TG_OP <> 'INSERT' AND EXISTS (SELECT 1 FROM campaign_report r JOIN campaign c ON c.id = r.campaign_id WHERE r.id = OLD.report_id AND c.status <> 'OPEN') THEN
          ${REFUSE('a closed campaign takes no report', 'campaign_report_in_open_campaign')}
        END IF;
        IF TG_OP <> 'DELETE' AND NOT EXISTS (
             SELECT 1 FROM campaign_report r JOIN campaign c ON c.id = r.campaign_id JOIN campaign_measure m ON m.campaign_id = r.campaign_id
              WHERE r.id = NEW.report_id AND m.id = NEW.measure_id AND c.status = 'OPEN') THEN
          ${REFUSE("a report's quantities are its campaign's measures, while the campaign is open", 'campaign_report_in_open_campaign')}
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(
      `CREATE TRIGGER campaign_report_quantity_as_reported BEFORE INSERT OR UPDATE OR DELETE ON campaign_report_quantity FOR EACH ROW EXECUTE FUNCTION campaign_report_quantity_as_reported()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER campaign_report_quantity_as_reported ON campaign_report_quantity`);
    await q.query(`DROP FUNCTION campaign_report_quantity_as_reported()`);
    await q.query(`DROP TRIGGER campaign_report_as_reported ON campaign_report`);
    await q.query(`DROP FUNCTION campaign_report_as_reported()`);
    await q.query(`DROP TRIGGER campaign_measure_held ON campaign_measure`);
    await q.query(`DROP FUNCTION campaign_measure_held()`);
    await q.query(`DROP TRIGGER campaign_held ON campaign`);
    await q.query(`DROP FUNCTION campaign_held()`);
  }
}
