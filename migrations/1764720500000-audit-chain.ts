import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tamper-evident audit (docs/architecture.md#audit-chain): every audit event carries its place in one global
 * chain (`chain_seq`), the previous event's hash and its own, SHA-256 over the previous hash and the event's
 * canonical content. A BEFORE INSERT trigger links each row, so every writer (recordAudits, the seed, the
 * bench's raw SQL) is chained the same way; the transaction's first event locks the single-row head until
 * commit, so concurrent writers queue for the head instead of forking the chain. Existing rows are chained
 * here in id order.
 */
export class AuditChain1764720500000 implements MigrationInterface {
  name = 'AuditChain1764720500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_event ADD COLUMN chain_seq bigint, ADD COLUMN prev_hash text, ADD COLUMN hash text`);
    await q.query(`
      CREATE TABLE audit_chain_head (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        seq bigint NOT NULL,
        hash text NOT NULL
      )`);
    // The canonical content, reproduced by api/src/audit/audit-chain.ts: a JSON array of strings in a fixed
    // order, the time as an ISO-8601 UTC string with milliseconds, before/after as jsonb's normalized text.
    await q.query(`
      CREATE FUNCTION audit_event_content(at timestamptz, actor_id integer, actor_name text, action text,
                                          entity_type text, entity_id text, before jsonb, after jsonb)
      RETURNS text LANGUAGE sql STABLE AS $$
        SELECT '[' || concat_ws(',',
          to_json(to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text,
          coalesce(to_json(actor_id::text)::text, 'null'),
          to_json(actor_name)::text,
          to_json(action)::text,
          to_json(entity_type)::text,
          to_json(entity_id)::text,
          coalesce(to_json(before::text)::text, 'null'),
          coalesce(to_json(after::text)::text, 'null')) || ']'
      $$`);
    await q.query(`
      CREATE FUNCTION audit_event_hash(prev_hash text, e audit_event) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT encode(sha256(convert_to(prev_hash || audit_event_content(e.at, e.actor_id, e.actor_name, e.action,
                                                    e.entity_type, e.entity_id, e.before, e.after), 'UTF8')), 'hex')
      $$`);

    await q.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only`);
    await q.query(`
      DO $$
      DECLARE
        e audit_event;
        head text := repeat('0', 64);
        n bigint := 0;
      BEGIN
        FOR e IN SELECT * FROM audit_event ORDER BY id LOOP
          n := n + 1;
          UPDATE audit_event SET chain_seq = n, prev_hash = head, hash = audit_event_hash(head, e) WHERE id = e.id
            RETURNING hash INTO head;
        END LOOP;
        INSERT INTO audit_chain_head (seq, hash) VALUES (n, head);
      END $$`);
    await q.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only`);
    await q.query(`ALTER TABLE audit_event ALTER COLUMN chain_seq SET NOT NULL, ALTER COLUMN prev_hash SET NOT NULL, ALTER COLUMN hash SET NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX audit_event_chain_seq_idx ON audit_event (chain_seq)`);

    // Whatever the insert says about the chain is overwritten: only the head decides. The transaction's first
    // event locks the head row until commit; later events of the same transaction continue from a
    // transaction-local setting (reverted with the rows on rollback) instead of updating the head row once per
    // row, which in a bulk insert of n events left n row versions to walk for each next one (quadratic).
    await q.query(`
      CREATE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        running text := current_setting('wuye.audit_chain_head', true);
        seq bigint;
        prev text;
      BEGIN
        IF running IS NULL OR running = '' THEN
          SELECT h.seq, h.hash INTO seq, prev FROM audit_chain_head h FOR UPDATE;
        ELSE
          seq := split_part(running, ':', 1)::bigint;
          prev := split_part(running, ':', 2);
        END IF;
        NEW.at := date_trunc('milliseconds', NEW.at);
        NEW.chain_seq := seq + 1;
        NEW.prev_hash := prev;
        NEW.hash := audit_event_hash(prev, NEW);
        PERFORM set_config('wuye.audit_chain_head', NEW.chain_seq || ':' || NEW.hash, true);
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER audit_event_chain BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_chain()`);
    // the head row moves once per statement, to where the statement's last event left the chain
    await q.query(`
      CREATE FUNCTION audit_chain_head_move() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        running text := current_setting('wuye.audit_chain_head', true);
      BEGIN
        IF running IS NOT NULL AND running <> '' THEN
          UPDATE audit_chain_head SET seq = split_part(running, ':', 1)::bigint, hash = split_part(running, ':', 2);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER audit_chain_head_move AFTER INSERT ON audit_event FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_head_move()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER audit_chain_head_move ON audit_event`);
    await q.query(`DROP FUNCTION audit_chain_head_move()`);
    await q.query(`DROP TRIGGER audit_event_chain ON audit_event`);
    await q.query(`DROP FUNCTION audit_event_chain()`);
    await q.query(`DROP FUNCTION audit_event_hash(text, audit_event)`);
    await q.query(`DROP FUNCTION audit_event_content(timestamptz, integer, text, text, text, text, jsonb, jsonb)`);
    await q.query(`DROP TABLE audit_chain_head`);
    await q.query(`ALTER TABLE audit_event DROP COLUMN chain_seq, DROP COLUMN prev_hash, DROP COLUMN hash`);
  }
}
