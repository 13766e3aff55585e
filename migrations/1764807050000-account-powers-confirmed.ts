import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The people PostgreSQL's maker-checker holds name are held too (docs/architecture.md#two-database-roles; attacker round 11
 * F2: the request role made a manager an officer of the estate's subdistrict for one transaction, verified a campaign
 * report as him and put the account back, leaving no proposal and no audit event).
 * - From the request role, an account's role changes, and an inactive account becomes active, only in the transaction
 *   that confirms an account change proposal for exactly that (`p.xmin = pg_current_xact_id()`, as a book's terms are
 *   held to their confirmed proposal in 1764805500000); a new account is born inactive and without a password.
 * - An officer's subdistrict is added only in the transaction that confirms a proposal naming it, or put back in the
 *   transaction that took it away (the service replaces a set by DELETE then INSERT): every removal by the request role
 *   is kept in `officer_jurisdiction_removal`, written only by the removal's own trigger.
 * - Removals and deactivations stay free: they give no power. The tables' owner (the seed, the first admin) passes.
 */
const OWNER_PASSES = `IF written_by_table_owner(TG_RELID) THEN RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END; END IF;`;
const THIS_TRANSACTION = (alias: string) => `${alias}.xmin::text = (pg_current_xact_id()::text::bigint % 4294967296)::text`;
const REFUSE = (message: string, constraint: string, ...args: string[]) =>
  `RAISE EXCEPTION '${message}'${args.map((a) => `, ${a}`).join('')} USING ERRCODE = 'check_violation', CONSTRAINT = '${constraint}';`;

export class AccountPowersConfirmed1764807050000 implements MigrationInterface {
  name = 'AccountPowersConfirmed1764807050000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION app_user_power_confirmed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${OWNER_PASSES}
        IF TG_OP = 'INSERT' THEN
          IF NEW.active OR NEW.password_hash IS NOT NULL THEN
            ${REFUSE('a new account is made inactive and without a password, then confirmed by another admin: INSERT of % refused', 'app_user_power_confirmed', 'NEW.username')}
          END IF;
          RETURN NEW;
        END IF;
        IF NEW.id <> OLD.id THEN
          ${REFUSE('an account keeps its id: UPDATE of user % refused', 'app_user_power_confirmed', 'OLD.id')}
        END IF;
        IF (NEW.role IS DISTINCT FROM OLD.role OR (NEW.active AND NOT OLD.active)) AND NOT EXISTS (
             SELECT 1 FROM account_change_proposal p
              WHERE p.user_id = NEW.id AND p.status = 'CONFIRMED' AND ${THIS_TRANSACTION('p')}
                AND (NEW.role = OLD.role OR p.role = NEW.role)
                AND (OLD.active OR NOT NEW.active OR p.activates OR p.creates)) THEN
          ${REFUSE('a role, or an account made active, takes effect with the confirmation of an account change proposal for it: UPDATE of user % refused', 'app_user_power_confirmed', 'NEW.id')}
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER app_user_power_confirmed BEFORE INSERT OR UPDATE ON app_user FOR EACH ROW EXECUTE FUNCTION app_user_power_confirmed()`);

    // the subdistricts the request role took away, by transaction: the one thing it may put back unconfirmed
    await q.query(`
      CREATE TABLE officer_jurisdiction_removal (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        user_id integer NOT NULL,
        subdistrict_id integer NOT NULL,
        removed_in xid8 NOT NULL DEFAULT pg_current_xact_id(),
        removed_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX officer_jurisdiction_removal_in ON officer_jurisdiction_removal (user_id, subdistrict_id, removed_in)`);
    // written only by officer_jurisdiction_removed (a trigger under a trigger: depth 2), never by a statement of its own
    await q.query(`
      CREATE FUNCTION officer_jurisdiction_removal_kept() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${OWNER_PASSES}
        IF TG_OP = 'INSERT' AND pg_trigger_depth() > 1 THEN
          NEW.removed_in := pg_current_xact_id();
          NEW.removed_at := now();
          RETURN NEW;
        END IF;
        ${REFUSE('a removal of a subdistrict is kept as it happened: % on officer_jurisdiction_removal refused', 'officer_jurisdiction_removal_kept', 'TG_OP')}
      END $$`);
    await q.query(`CREATE TRIGGER officer_jurisdiction_removal_kept BEFORE INSERT OR UPDATE OR DELETE ON officer_jurisdiction_removal FOR EACH ROW EXECUTE FUNCTION officer_jurisdiction_removal_kept()`);
    await q.query(`CREATE TRIGGER officer_jurisdiction_removal_not_truncated BEFORE TRUNCATE ON officer_jurisdiction_removal FOR EACH STATEMENT EXECUTE FUNCTION record_kept('a removal of a subdistrict is kept')`);
    await q.query(`
      CREATE FUNCTION officer_jurisdiction_removed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT written_by_table_owner(TG_RELID) THEN
          INSERT INTO officer_jurisdiction_removal (user_id, subdistrict_id) VALUES (OLD.user_id, OLD.subdistrict_id);
        END IF;
        RETURN OLD;
      END $$`);
    await q.query(`CREATE TRIGGER officer_jurisdiction_removed AFTER DELETE ON officer_jurisdiction FOR EACH ROW EXECUTE FUNCTION officer_jurisdiction_removed()`);

    await q.query(`
      CREATE FUNCTION officer_jurisdiction_confirmed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${OWNER_PASSES}
        IF TG_OP = 'UPDATE' THEN
          ${REFUSE('a subdistrict is taken away and another proposed, never moved: UPDATE of officer_jurisdiction refused (user %)', 'officer_jurisdiction_confirmed', 'OLD.user_id')}
        END IF;
        IF NOT EXISTS (SELECT 1 FROM account_change_proposal p
                        WHERE p.user_id = NEW.user_id AND p.status = 'CONFIRMED' AND ${THIS_TRANSACTION('p')}
                          AND NEW.subdistrict_id = ANY (p.subdistrict_ids))
           AND NOT EXISTS (SELECT 1 FROM officer_jurisdiction_removal r
                            WHERE r.user_id = NEW.user_id AND r.subdistrict_id = NEW.subdistrict_id AND r.removed_in = pg_current_xact_id()) THEN
          ${REFUSE("an officer''s subdistrict is added with the confirmation of an account change proposal naming it: INSERT of subdistrict % for user % refused", 'officer_jurisdiction_confirmed', 'NEW.subdistrict_id', 'NEW.user_id')}
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER officer_jurisdiction_confirmed BEFORE INSERT OR UPDATE ON officer_jurisdiction FOR EACH ROW EXECUTE FUNCTION officer_jurisdiction_confirmed()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER officer_jurisdiction_confirmed ON officer_jurisdiction`);
    await q.query(`DROP FUNCTION officer_jurisdiction_confirmed()`);
    await q.query(`DROP TRIGGER officer_jurisdiction_removed ON officer_jurisdiction`);
    await q.query(`DROP FUNCTION officer_jurisdiction_removed()`);
    await q.query(`DROP TABLE officer_jurisdiction_removal`);
    await q.query(`DROP FUNCTION officer_jurisdiction_removal_kept()`);
    await q.query(`DROP TRIGGER app_user_power_confirmed ON app_user`);
    await q.query(`DROP FUNCTION app_user_power_confirmed()`);
  }
}
