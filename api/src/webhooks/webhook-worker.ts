import http from 'node:http';
import https from 'node:https';
import { DataSource, QueryRunner } from 'typeorm';
import { Config } from '../config';
import { ChangeEntityType, readChanges } from '../feed/change-feed';
import { contextOn } from '../request/context';
import { Principal, Role, Scope } from '../request/principal';
import { isAppError } from '../shared/errors';
import { Logger } from '../shared/logger';
import { internalRange, ipLiteral, ReceiverAddressRefused, receiverLookup } from './receiver-address';
import { openSecret, SecretUnavailable } from './secret-box';
import { retryDelayMs, signDelivery } from './signature';
import { webhookDeliveries, watchWebhookLag } from './webhook-metrics';

/**
 * Delivers the change feed to webhook endpoints (docs/architecture.md#webhooks), inside every API process.
 * Each tick looks for endpoints with work; an endpoint is served by one process at a time (a session advisory
 * lock, released by PostgreSQL if the process dies). One batch is in flight per endpoint, stored with its exact
 * body before the first attempt; the cursor moves only when the receiver answers 2xx, in the same transaction
 * that marks the batch delivered. So a restart loses nothing and reorders nothing; a batch whose answer was lost
 * is sent again (at least once: receivers skip positions they have).
 */

/** The advisory lock's first key: webhook endpoints, by id as the second. */
const LOCK_SPACE = 0x5748_4b00;
/** Endpoints one tick of one process serves at once. */
const PARALLEL = 4;
/** Batches one endpoint gets in a row before others get their turn. */
const ROUNDS = 20;

interface EndpointRow {
  id: number;
  url: string;
  secret: string;
  status: string;
  cursor: string;
  event_types: ChangeEntityType[];
  token_id: number;
  token_name: string;
  scopes: Scope[];
  token_ok: boolean;
}

interface PendingRow {
  id: string;
  body: string;
  next_after: string;
  attempts: number;
  due: boolean;
}

export interface WebhookWorker {
  /** runs one tick now (tests; the timer runs them otherwise) */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

export function startWebhookWorker(ds: DataSource, config: Config, log: Logger): WebhookWorker {
  const settings = config.webhooks;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  let lockRunner: QueryRunner | null = null;
  const inFlight = new Set<AbortController>();
  const unwatch = watchWebhookLag(ds);
  // every connection resolves through receiverLookup unless internal receivers are allowed (no redirects are followed)
  const lookup = settings.allowPrivate ? undefined : receiverLookup;
  const agents = { http: new http.Agent({ keepAlive: true, lookup }), https: new https.Agent({ keepAlive: true, lookup }) };

  const lockConnection = async (): Promise<QueryRunner> => {
    if (!lockRunner) {
      lockRunner = ds.createQueryRunner();
      await lockRunner.connect();
    }
    return lockRunner;
  };
  /** A broken lock connection takes its locks with it: start over with a new one. */
  const dropLockConnection = async () => {
    const runner = lockRunner;
    lockRunner = null;
    await runner?.release().catch(() => undefined);
  };

  const post = async (endpoint: EndpointRow & { signingSecret: string }, deliveryId: string, body: string): Promise<{ ok: boolean; status: number | null; error: string | null }> => {
    const controller = new AbortController();
    inFlight.add(controller);
    const timeout = setTimeout(() => controller.abort(new Error(`no answer within ${settings.timeoutMs} ms`)), settings.timeoutMs);
    const timestamp = Math.floor(Date.now() / 1000);
    try {
      const url = new URL(endpoint.url);
      const literal = ipLiteral(url.hostname);
      const literalRange = literal && !settings.allowPrivate ? internalRange(literal) : null;
      // an IP literal never reaches `lookup`: judge it here, before any connection
      if (literalRange) throw new ReceiverAddressRefused(literal!, literalRange);
      const status = await new Promise<number>((resolve, reject) => {
        const request = (url.protocol === 'https:' ? https : http).request(
          url,
          {
            method: 'POST',
            agent: url.protocol === 'https:' ? agents.https : agents.http,
            headers: {
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(body),
              'user-agent': 'wuye-registry-webhooks',
              'x-wuye-delivery': deliveryId,
              'x-wuye-timestamp': String(timestamp),
              'x-wuye-signature': signDelivery(endpoint.signingSecret, timestamp, body),
            },
            signal: controller.signal,
          },
          (response) => {
            response.resume();
            resolve(response.statusCode ?? 0);
          },
        );
        request.on('error', reject);
        request.end(body);
      });
      const ok = status >= 200 && status < 300;
      return { ok, status, error: ok ? null : `HTTP ${status}` };
    } catch (error) {
      const e = error as Error & { code?: string; cause?: { code?: string; message?: string } };
      const reason = controller.signal.aborted ? String((controller.signal.reason as Error)?.message ?? 'aborted') : (e.code ?? e.cause?.code ?? e.cause?.message ?? e.message);
      return { ok: false, status: null, error: reason.slice(0, 300) };
    } finally {
      clearTimeout(timeout);
      inFlight.delete(controller);
    }
  };

  const pause = async (id: number, problem: string, code?: string) => {
    await ds.query(`UPDATE webhook_endpoint SET status = 'PAUSED', problem = $2, version = version + 1 WHERE id = $1`, [id, problem.slice(0, 300)]);
    log.warn('webhook.paused', { endpoint: id, code: code ?? 'SECRET_UNAVAILABLE' });
  };

  /** One batch for one endpoint; true when it delivered one and there may be more. */
  const step = async (id: number): Promise<boolean> => {
    const [endpoint]: EndpointRow[] = await ds.query(
      `SELECT e.id, e.url, e.secret, e.status, e.cursor, e.event_types, t.id AS token_id, t.name AS token_name, t.scopes,
              t.revoked_at IS NULL AND t.expires_at > now() AS token_ok
         FROM webhook_endpoint e JOIN access_token t ON t.id = e.token_id WHERE e.id = $1`,
      [id],
    );
    if (!endpoint || endpoint.status !== 'ACTIVE') return false;
    if (!endpoint.token_ok) {
      // nothing the token may no longer read is sent; an admin sees why it stopped, not an ACTIVE endpoint going quiet
      await pause(id, `its API token ${endpoint.token_id} is revoked or expired: register the endpoint for a valid token`, 'TOKEN_NOT_VALID');
      return false;
    }
    let signingSecret: string;
    try {
      signingSecret = openSecret(config.webhooks.secretsKey, endpoint.secret);
    } catch (error) {
      if (!(error instanceof SecretUnavailable)) throw error;
      // nothing can be signed: hold the endpoint for an admin rather than send what receivers must reject
      await pause(id, error.message);
      return false;
    }
    let [pending]: PendingRow[] = await ds.query(
      `SELECT id, body, next_after, attempts, next_attempt_at <= now() AS due FROM webhook_delivery WHERE endpoint_id = $1 AND status = 'PENDING'`,
      [id],
    );
    if (!pending) {
      // what the token may read, exactly as `changes` answers it (scopes, types)
      const principal: Principal = { kind: 'integrator', id: endpoint.token_id, name: endpoint.token_name, role: Role.INTEGRATOR, scopes: endpoint.scopes, tokenId: endpoint.token_id };
      const ctx = contextOn({ principal, config, log, stats: { sqlStatements: 0 }, clientIp: 'webhook' }, ds.manager);
      const cursor = Number(endpoint.cursor);
      let page;
      try {
        page = await readChanges(ctx, cursor, endpoint.event_types.length ? endpoint.event_types : undefined, settings.batchSize);
      } catch (error) {
        if (!isAppError(error)) throw error;
        // e.g. the cursor is behind the pruned part of the feed: nothing can be delivered until an admin acts
        await pause(id, error.message, error.code);
        return false;
      }
      if (page.items.length === 0) {
        if (page.nextAfter > cursor) await ds.query(`UPDATE webhook_endpoint SET cursor = $2 WHERE id = $1 AND cursor = $3`, [id, page.nextAfter, cursor]);
        return false;
      }
      const body = JSON.stringify({
        endpointId: String(id),
        events: page.items.map((e) => ({ position: e.position, at: new Date(e.at).toISOString(), entityType: e.entityType, entityId: e.entityId, action: e.action, version: e.version })),
        nextAfter: page.nextAfter,
      });
      [pending] = await ds.query(
        `INSERT INTO webhook_delivery (endpoint_id, first_position, last_position, next_after, event_count, body, next_attempt_at)
         VALUES ($1, $2, $3, $4, $5, $6, now())
         ON CONFLICT (endpoint_id) WHERE status = 'PENDING' DO NOTHING
         RETURNING id, body, next_after, attempts, true AS due`,
        [id, page.items[0].position, page.items[page.items.length - 1].position, page.nextAfter, page.items.length, body],
      );
      if (!pending) return false;
    }
    if (!pending.due || stopped) return false;

    const outcome = await post({ ...endpoint, signingSecret }, String(pending.id), pending.body);
    if (stopped && !outcome.ok && outcome.status === null) return false; // cut short by shutdown: not the receiver's failure
    if (outcome.ok) {
      await ds.transaction(async (em) => {
        await em.query(
          `UPDATE webhook_delivery SET status = 'DELIVERED', attempts = attempts + 1, response_code = $2, delivered_at = now(), next_attempt_at = NULL
            WHERE id = $1 AND status = 'PENDING'`,
          [pending.id, outcome.status],
        );
        await em.query(`UPDATE webhook_endpoint SET cursor = greatest(cursor, $2), last_delivered_at = now() WHERE id = $1`, [id, pending.next_after]);
      });
      webhookDeliveries.inc({ outcome: 'delivered' });
      return true;
    }
    const waitMs = retryDelayMs(pending.attempts + 1, settings.retryBaseMs, settings.retryMaxMs);
    await ds.query(
      `UPDATE webhook_delivery SET attempts = attempts + 1, last_error = $2, response_code = $3, next_attempt_at = now() + make_interval(secs => $4)
        WHERE id = $1 AND status = 'PENDING'`,
      [pending.id, outcome.error, outcome.status, waitMs / 1000],
    );
    webhookDeliveries.inc({ outcome: 'failed' });
    log.info('webhook.failed', { endpoint: id, delivery: String(pending.id), attempt: pending.attempts + 1, error: outcome.error, retryInMs: waitMs });
    return false;
  };

  const serve = async (id: number): Promise<void> => {
    let runner: QueryRunner;
    try {
      runner = await lockConnection();
      const [{ locked }] = await runner.query(`SELECT pg_try_advisory_lock($1, $2) AS locked`, [LOCK_SPACE, id]);
      if (!locked) return; // another process serves it now
    } catch {
      await dropLockConnection();
      return;
    }
    try {
      for (let round = 0; round < ROUNDS && !stopped; round++) if (!(await step(id))) break;
    } finally {
      await runner.query(`SELECT pg_advisory_unlock($1, $2)`, [LOCK_SPACE, id]).catch(() => dropLockConnection());
    }
  };

  const tick = async (): Promise<void> => {
    if (stopped || !ds.isInitialized) return;
    try {
      const due: Array<{ id: number }> = await ds.query(
        `SELECT e.id FROM webhook_endpoint e
           JOIN access_token t ON t.id = e.token_id
           LEFT JOIN webhook_delivery d ON d.endpoint_id = e.id AND d.status = 'PENDING'
          WHERE e.status = 'ACTIVE'
            -- an endpoint whose token is no longer valid is visited to be paused, saying why (step)
            AND (t.revoked_at IS NOT NULL OR t.expires_at <= now()
                 OR CASE WHEN d.id IS NULL THEN e.cursor < (SELECT last FROM change_feed_head) ELSE d.next_attempt_at <= now() END)
          ORDER BY random() LIMIT $1`,
        [PARALLEL],
      );
      await Promise.all(due.map((row) => serve(row.id)));
    } catch (error) {
      if (!stopped) log.error('webhook.tick.failed', { name: (error as Error).name, message: (error as Error).message.slice(0, 200) });
    }
  };

  const prune = () =>
    ds
      .query(`DELETE FROM webhook_delivery WHERE status = 'DELIVERED' AND delivered_at < now() - make_interval(days => $1)`, [config.changeFeedRetentionDays])
      .catch((error: Error) => log.error('webhook.prune.failed', { name: error.name }));
  const pruneTimer = setInterval(() => void prune(), 60 * 60 * 1000);
  pruneTimer.unref();

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick().finally(schedule);
    }, settings.pollMs);
    timer.unref();
  };
  schedule();

  return {
    tick: () => (running = running.then(tick)),
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      clearInterval(pruneTimer);
      unwatch();
      for (const controller of inFlight) controller.abort(new Error('the server is stopping'));
      await running.catch(() => undefined);
      await dropLockConnection();
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}
