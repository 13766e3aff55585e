import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The community may refuse a sign-off (docs/domain-rules.md#committee-accounts; attacker review F9): the checker had to sign
 * or the quarter could never close. Another officer than the booker refuses, with a note; the entry is kept, counts
 * nowhere and no longer holds the close. Never both signed and refused; the columns are written together or not at all.
 */
export class SignOffRefused1764805920000 implements MigrationInterface {
  name = 'SignOffRefused1764805920000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE account_entry
      ADD COLUMN sign_off_refused_by_id integer REFERENCES app_user(id),
      ADD COLUMN sign_off_refused_at timestamptz(3),
      ADD COLUMN sign_off_refusal_note text,
      ADD CONSTRAINT account_entry_sign_off_refused CHECK (
        (sign_off_refused_at IS NULL) = (sign_off_refused_by_id IS NULL)
        AND (sign_off_refused_at IS NULL) = (sign_off_refusal_note IS NULL)
        AND (sign_off_refused_at IS NULL OR (sign_off_required AND signed_off_at IS NULL
             AND length(btrim(sign_off_refusal_note)) BETWEEN 1 AND 500 AND sign_off_refused_by_id IS DISTINCT FROM created_by_id)))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE account_entry DROP CONSTRAINT account_entry_sign_off_refused,
      DROP COLUMN sign_off_refusal_note, DROP COLUMN sign_off_refused_at, DROP COLUMN sign_off_refused_by_id`);
  }
}
