import { DataSource } from 'typeorm';
import { recordAudit } from '../audit/audit.service';
import { ChangeEntityType, ELECTION_TYPES, REGISTRY_TYPES } from '../feed/change-feed';
import { actorId, RequestContext, withTransaction } from '../request/context';
import { Scope } from '../request/principal';
import { fail } from '../shared/errors';
import { findList, ListResult } from '../shared/list';
import { HTTP_PROTOCOLS, parsedUrl } from '../shared/url';
import { receiverRefusal } from './receiver-address';
import { newWebhookSecret } from './signature';
import { isSealed, sealSecret } from './secret-box';
import { CreatedWebhookEndpoint, WebhookDelivery, WebhookDeliveryListOptions, WebhookDeliveryStatus, WebhookEndpoint, WebhookEndpointInput, WebhookStatus } from './webhook.types';

/**
 * An admin's webhook endpoints (docs/architecture.md#webhooks): registered for an integrator's token, whose
 * scopes bound the types it receives as they bound `changes`; delivered by webhook-worker.ts.
 */

/** The feed types a token's scopes may read, as readableTypes() reads them for a request. */
export function typesForScopes(scopes: readonly Scope[]): ChangeEntityType[] {
  return [...(scopes.includes(Scope.REGISTRY_READ) ? REGISTRY_TYPES : []), ...(scopes.includes(Scope.ELECTIONS_READ) ? ELECTION_TYPES : [])];
}

const ENDPOINT_COLUMNS = `e.id, e.token_id, e.url, e.event_types, e.status, e.cursor, e.version, e.problem, e.created_at, e.last_delivered_at,
  greatest(0, (SELECT last FROM change_feed_head) - e.cursor) AS lag`;

function toEndpoint(r: Record<string, any>): WebhookEndpoint {
  return {
    id: r.id,
    tokenId: r.token_id,
    url: r.url,
    eventTypes: r.event_types,
    status: r.status,
    cursor: Number(r.cursor),
    lag: Number(r.lag),
    version: r.version,
    problem: r.problem,
    createdAt: r.created_at,
    lastDeliveredAt: r.last_delivered_at,
  };
}

/** What the audit log keeps of an endpoint: never its secret. */
const auditOf = (e: WebhookEndpoint) => ({ id: e.id, tokenId: e.tokenId, url: e.url, eventTypes: e.eventTypes, status: e.status, cursor: e.cursor, version: e.version });

async function lockedEndpoint(ctx: RequestContext, id: number, version: number): Promise<WebhookEndpoint> {
  const [row] = await ctx.em.query(`SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoint e WHERE e.id = $1 FOR UPDATE`, [id]);
  if (!row) throw fail.notFound('WebhookEndpoint', id);
  const endpoint = toEndpoint(row);
  if (endpoint.version !== version) throw fail.conflict('WebhookEndpoint', id, version, endpoint.version);
  return endpoint;
}

export const webhookService = {
  async list(ctx: RequestContext, tokenId: number | null): Promise<WebhookEndpoint[]> {
    const rows = await ctx.em.query(`SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoint e WHERE ($1::int IS NULL OR e.token_id = $1) ORDER BY e.id`, [tokenId]);
    return rows.map(toEndpoint);
  },

  /** The delivery log on the list contract (an endpoint's, or every endpoint's), each as its admin reads it. */
  async deliveries(ctx: RequestContext, options: WebhookDeliveryListOptions | undefined, wantTotal: boolean): Promise<ListResult<WebhookDelivery>> {
    const page = await findList(
      ctx,
      {
        entity: WebhookDelivery,
        alias: 'd',
        defaultSort: 'id',
        filters: {
          endpointId: { op: 'eq', column: 'd.endpointId', id: true },
          status: { op: 'enum', column: 'd.status', values: WebhookDeliveryStatus },
        },
      },
      options,
      { wantTotal },
    );
    // the worker leaves the last retry's time on a delivered row: it is no next attempt
    return { ...page, items: page.items.map((d) => (d.status === WebhookDeliveryStatus.PENDING ? d : { ...d, nextAttemptAt: null })) };
  },

  async create(ctx: RequestContext, tokenId: number, input: WebhookEndpointInput): Promise<CreatedWebhookEndpoint> {
    // the input rule read it with the same parser (IsHttpUrl); a caller past it still gets a field error, not a 500
    const url = parsedUrl(input.url, HTTP_PROTOCOLS);
    if (!url) throw fail.badField('url', 'URL', 'must be an http:// or https:// URL');
    if (url.username || url.password) throw fail.badField('url', 'URL_CREDENTIALS', 'must not carry a user or password: the signature proves the sender');
    const key = ctx.config.webhooks.secretsKey;
    // a secret is never stored readable (secret-box.ts): no key, no webhooks
    if (!key) throw fail.forbidden('Webhooks are off on this server: set WEBHOOK_SECRETS_KEY to seal their signing secrets', 'NOT_CONFIGURED');
    // no posting into the server's own network (SSRF) unless the deployment says so; delivery checks again
    const internal = ctx.config.webhooks.allowPrivate ? null : await receiverRefusal(url.hostname);
    if (internal) throw fail.badField('url', 'URL_INTERNAL_ADDRESS', `must reach a public address: ${internal}`);
    return withTransaction(ctx, async (ctx) => {
      const [token] = await ctx.em.query(
        `SELECT id, scopes, revoked_at IS NOT NULL AS revoked, expires_at <= now() AS expired FROM access_token WHERE id = $1 AND kind = 'API'`,
        [tokenId],
      );
      if (!token) throw fail.notFound('ApiToken', tokenId);
      if (token.revoked || token.expired) throw fail.badField('tokenId', 'TOKEN_NOT_VALID', 'the token is revoked or expired');
      const readable = typesForScopes(token.scopes);
      const types = [...new Set(input.eventTypes ?? [])];
      const outside = types.filter((t) => !readable.includes(t));
      if (outside.length) throw fail.badField('eventTypes', 'OUTSIDE_SCOPES', `the token's scopes do not cover ${outside.join(', ')}`, { eventTypes: outside });
      const [head] = await ctx.em.query(`SELECT last, pruned_through FROM change_feed_head`);
      const startAfter = input.startAfter ?? Number(head.last);
      if (startAfter < Number(head.pruned_through) || startAfter > Number(head.last)) {
        throw fail.badField('startAfter', 'RANGE', `must be a kept position, from ${head.pruned_through} to ${head.last}`, { min: String(head.pruned_through), max: String(head.last) });
      }
      const secret = input.secret ?? newWebhookSecret();
      const [row] = await ctx.em.query(
        `INSERT INTO webhook_endpoint AS e (token_id, url, event_types, secret, cursor, created_by_id) VALUES ($1, $2, $3, $4, $5, $6)
         RETURNING ${ENDPOINT_COLUMNS}`,
        [tokenId, url.toString(), types, sealSecret(key, secret), startAfter, actorId(ctx)],
      );
      const endpoint = toEndpoint(row);
      await recordAudit(ctx, { action: 'webhook.create', entityType: 'WebhookEndpoint', entityId: endpoint.id, after: auditOf(endpoint) });
      return { secret, endpoint };
    });
  },

  /** Pauses (deliveries stop, the cursor stays) or resumes (a waiting retry is tried at once). */
  async setStatus(ctx: RequestContext, id: number, version: number, status: WebhookStatus): Promise<WebhookEndpoint> {
    return withTransaction(ctx, async (ctx) => {
      const before = await lockedEndpoint(ctx, id, version);
      // TypeORM answers an UPDATE with [rows, count]
      const [[row]] = await ctx.em.query(
        `UPDATE webhook_endpoint e SET status = $2, version = version + 1, problem = CASE WHEN $2 = 'ACTIVE' THEN NULL ELSE problem END
          WHERE id = $1 RETURNING ${ENDPOINT_COLUMNS}`,
        [id, status],
      );
      if (status === WebhookStatus.ACTIVE) {
        await ctx.em.query(`UPDATE webhook_delivery SET next_attempt_at = now() WHERE endpoint_id = $1 AND status = 'PENDING'`, [id]);
      }
      const after = toEndpoint(row);
      await recordAudit(ctx, { action: status === WebhookStatus.ACTIVE ? 'webhook.resume' : 'webhook.pause', entityType: 'WebhookEndpoint', entityId: id, before: auditOf(before), after: auditOf(after) });
      return after;
    });
  },

  /** Removes the endpoint and its delivery log (the audit log keeps what it was). */
  async remove(ctx: RequestContext, id: number, version: number): Promise<boolean> {
    return withTransaction(ctx, async (ctx) => {
      const before = await lockedEndpoint(ctx, id, version);
      await ctx.em.query(`DELETE FROM webhook_endpoint WHERE id = $1`, [id]);
      await recordAudit(ctx, { action: 'webhook.delete', entityType: 'WebhookEndpoint', entityId: id, before: auditOf(before) });
      return true;
    });
  },
};

/** Start-up: secrets stored readable (before sealing existed) are sealed in place; the number sealed. */
export async function sealStoredWebhookSecrets(ds: DataSource, key: Buffer | null): Promise<number> {
  if (!key) return 0;
  return ds.transaction(async (em) => {
    const rows: Array<{ id: number; secret: string }> = await em.query(`SELECT id, secret FROM webhook_endpoint WHERE secret NOT LIKE 'v1.%' FOR UPDATE`);
    for (const row of rows.filter((r) => !isSealed(r.secret))) {
      await em.query(`UPDATE webhook_endpoint SET secret = $2 WHERE id = $1`, [row.id, sealSecret(key, row.secret)]);
    }
    return rows.length;
  });
}
