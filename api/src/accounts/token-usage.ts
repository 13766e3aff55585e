import { DataSource } from 'typeorm';
import { memoize, RequestContext } from '../request/context';

/**
 * What integrator tokens have asked for (docs/architecture.md#rate-limits): the sign-in statement counts each
 * request in a row per token and minute (auth.service.ts authenticate); rows older than a day are folded into
 * the token's last_used_at and dropped.
 */
export interface TokenUsage {
  requestsThisMinute: number;
  refusedThisMinute: number;
  requestsLast24h: number;
  refusedLast24h: number;
  lastUsedAt: Date | null;
}

const NONE: TokenUsage = { requestsThisMinute: 0, refusedThisMinute: 0, requestsLast24h: 0, refusedLast24h: 0, lastUsedAt: null };

/** Every token's usage in one statement, once per request (a list of tokens asks for each). */
function allUsage(ctx: RequestContext): Promise<Map<number, TokenUsage>> {
  return memoize(ctx, 'tokenUsage', async () => {
    const rows: Array<{ id: number; minute_requests: number; minute_refused: number; day_requests: number; day_refused: number; last_used_at: Date | null }> = await ctx.em.query(
      `SELECT t.id,
              coalesce(sum(u.requests) FILTER (WHERE u.minute = date_trunc('minute', now())), 0)::int AS minute_requests,
              coalesce(sum(u.refused) FILTER (WHERE u.minute = date_trunc('minute', now())), 0)::int AS minute_refused,
              coalesce(sum(u.requests) FILTER (WHERE u.minute > now() - interval '24 hours'), 0)::int AS day_requests,
              coalesce(sum(u.refused) FILTER (WHERE u.minute > now() - interval '24 hours'), 0)::int AS day_refused,
              greatest(t.last_used_at, max(u.last_at)) AS last_used_at
         FROM access_token t LEFT JOIN api_token_usage u ON u.token_id = t.id
        WHERE t.kind = 'API'
        GROUP BY t.id`,
    );
    return new Map(
      rows.map((r) => [
        r.id,
        { requestsThisMinute: r.minute_requests, refusedThisMinute: r.minute_refused, requestsLast24h: r.day_requests, refusedLast24h: r.day_refused, lastUsedAt: r.last_used_at },
      ]),
    );
  });
}

export async function usageOf(ctx: RequestContext, tokenId: number): Promise<TokenUsage> {
  return (await allUsage(ctx)).get(tokenId) ?? NONE;
}

/** Folds usage rows older than a day into the tokens' last_used_at and drops them; safe from several processes. */
export async function pruneTokenUsage(ds: DataSource): Promise<void> {
  await ds.query(
    `WITH gone AS (DELETE FROM api_token_usage WHERE minute < now() - interval '25 hours' RETURNING token_id, last_at)
     UPDATE access_token t SET last_used_at = greatest(t.last_used_at, g.last_at)
       FROM (SELECT token_id, max(last_at) AS last_at FROM gone GROUP BY token_id) g
      WHERE t.id = g.token_id`,
  );
}

/** Prunes every hour; returns the stop function. */
export function startTokenUsagePruning(ds: DataSource, onError: (error: Error) => void): () => void {
  const timer = setInterval(() => void pruneTokenUsage(ds).catch(onError), 60 * 60 * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
