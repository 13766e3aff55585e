import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A password an admin set before the one-time rule (migrations/1764806150000-password-must-change.ts) is one-time too
 * (docs/roles-and-workflows.md#own-password; attacker round 9 F5, left over): an account whose last password-setting
 * event in the audit trail is its creation or a reset by another user (`user.create`, `user.update+password` with an
 * actor not the account's person) and no later change by the person (`user.password_change`, or their own
 * `user.update+password`) is flagged. Accounts made by start-up or the seed (the demo accounts, written without an
 * event, and the first admin's `user.bootstrap`, with no actor) keep their passwords, as the README says they sign in.
 */
export const ADMIN_SET_PASSWORDS = `
  SELECT u.id FROM app_user u
   CROSS JOIN LATERAL (SELECT e.action, e.actor_id FROM audit_event e
                        WHERE e.entity_type = 'User' AND e.entity_id = u.id::text
                          AND e.action IN ('user.create', 'user.update+password', 'user.password_change', 'user.bootstrap')
                        ORDER BY e.id DESC LIMIT 1) last_set
   WHERE NOT u.password_must_change AND u.password_hash IS NOT NULL
     AND last_set.action IN ('user.create', 'user.update+password') AND last_set.actor_id IS NOT NULL AND last_set.actor_id <> u.id`;

export class AdminSetPasswordsFlagged1764806520000 implements MigrationInterface {
  name = 'AdminSetPasswordsFlagged1764806520000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE app_user SET password_must_change = true WHERE id IN (${ADMIN_SET_PASSWORDS})`);
  }

  async down(): Promise<void> {
    // nothing to undo: which accounts were flagged here is not kept apart from those flagged since, and a flag is
    // cleared only by the person's own password (a down() clearing them would hand the admins' passwords back)
  }
}
