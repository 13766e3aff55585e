import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The live feed (docs/architecture.md#change-feed): when a statement moves the feed's head it also sends
 * NOTIFY change_feed with the new head. PostgreSQL delivers a notification at commit and drops it on rollback,
 * so every API process's listening connection learns of each committed change, whichever process wrote it.
 */
export class ChangeFeedNotify1764800200000 implements MigrationInterface {
  name = 'ChangeFeedNotify1764800200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION change_feed_head_move() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        running text := current_setting('wuye.change_feed_last', true);
      BEGIN
        IF running IS NOT NULL AND running <> '' THEN
          UPDATE change_feed_head SET last = running::bigint;
          PERFORM pg_notify('change_feed', running);
        END IF;
        RETURN NULL;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION change_feed_head_move() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        running text := current_setting('wuye.change_feed_last', true);
      BEGIN
        IF running IS NOT NULL AND running <> '' THEN
          UPDATE change_feed_head SET last = running::bigint;
        END IF;
        RETURN NULL;
      END $$`);
  }
}
