import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Integrators (docs/architecture.md#webhooks): a per-token rate limit counted in PostgreSQL, so every API process
 * shares it, and webhook endpoints fed from the change feed, whose cursor and delivery log live here so that a
 * delivery survives a restart.
 */
export class WebhooksAndRateLimits1764800100000 implements MigrationInterface {
  name = 'WebhooksAndRateLimits1764800100000';

  async up(q: QueryRunner): Promise<void> {
    // null: TOKEN_RATE_LIMIT_PER_MINUTE; last_used_at keeps what pruned usage rows knew
    await q.query(`ALTER TABLE access_token
      ADD COLUMN rate_limit_per_minute integer CHECK (rate_limit_per_minute BETWEEN 1 AND 100000),
      ADD COLUMN last_used_at timestamptz(3)`);
    // one row per token and minute, bumped by the sign-in statement itself; fillfactor leaves room for HOT updates
    await q.query(`
      CREATE TABLE api_token_usage (
        token_id integer NOT NULL REFERENCES access_token(id) ON DELETE CASCADE,
        minute timestamptz NOT NULL,
        requests integer NOT NULL,
        refused integer NOT NULL DEFAULT 0,
        last_at timestamptz(3) NOT NULL,
        PRIMARY KEY (token_id, minute)
      ) WITH (fillfactor = 70)`);
    await q.query(`
      CREATE TABLE webhook_endpoint (
        id serial PRIMARY KEY,
        token_id integer NOT NULL REFERENCES access_token(id),
        url text NOT NULL,
        -- empty: every type the token's scopes may read
        event_types text[] NOT NULL DEFAULT '{}',
        secret text NOT NULL,
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'PAUSED')),
        -- every change event up to here was delivered, or was not for this endpoint
        cursor bigint NOT NULL CHECK (cursor >= 0),
        version integer NOT NULL DEFAULT 1,
        problem text,
        created_by_id integer,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        last_delivered_at timestamptz(3)
      )`);
    await q.query(`CREATE INDEX webhook_endpoint_token ON webhook_endpoint (token_id)`);
    await q.query(`
      CREATE TABLE webhook_delivery (
        id bigserial PRIMARY KEY,
        endpoint_id integer NOT NULL REFERENCES webhook_endpoint(id) ON DELETE CASCADE,
        first_position bigint NOT NULL,
        last_position bigint NOT NULL,
        -- the endpoint's cursor once this is delivered (past events the endpoint does not receive)
        next_after bigint NOT NULL,
        event_count integer NOT NULL,
        -- the exact bytes sent, so a retry sends the same body
        body text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DELIVERED')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        response_code integer,
        next_attempt_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        delivered_at timestamptz(3)
      )`);
    // one delivery in flight per endpoint: events go out in order
    await q.query(`CREATE UNIQUE INDEX webhook_delivery_one_pending ON webhook_delivery (endpoint_id) WHERE status = 'PENDING'`);
    await q.query(`CREATE INDEX webhook_delivery_log ON webhook_delivery (endpoint_id, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE webhook_delivery`);
    await q.query(`DROP TABLE webhook_endpoint`);
    await q.query(`DROP TABLE api_token_usage`);
    await q.query(`ALTER TABLE access_token DROP COLUMN rate_limit_per_minute, DROP COLUMN last_used_at`);
  }
}
