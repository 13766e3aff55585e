import crypto from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service';
import { Config } from '../config';
import { RequestContext, withTransaction } from '../request/context';
import { fail } from '../shared/errors';
import { AccessToken, TokenKind } from './access-token.entity';
import { recordFailedAttempt, recordSignedIn, releaseAttempt, reserveAttempt, throttleKeys } from '../auth/login-throttle';
import { decoyPasswordHash, hashPassword, verifyPassword } from './password';
import { passwordPolicyProblem } from './password-policy';
import { lockVersion, noRowRule, saveVersion } from '../shared/versioned';
import { Principal, Role, Scope } from '../request/principal';
import { User } from './user.entity';
import { Lru } from '../shared/lru';
import { fingerprint, TABLE_VERSIONS_JSON, TableVersions, versionsFromJson } from '../shared/table-versions';
import { SessionCheck } from '../request/session-check';

const TOKEN_PREFIX: Record<TokenKind, string> = { SESSION: 'wys_', API: 'wya_' };

function sha256(text: string): Buffer {
  return crypto.createHash('sha256').update(text).digest();
}

function newToken(kind: TokenKind): { token: string; hash: Buffer } {
  const token = TOKEN_PREFIX[kind] + crypto.randomBytes(32).toString('base64url');
  return { token, hash: sha256(token) };
}

/** A checked token is trusted from memory this long at most, and only while these tables are unchanged. */
const AUTH_CACHE_MS = 60_000;
const AUTH_TABLES = ['access_token', 'app_user'];

/** What a token is held to: an integrator's requests a minute unless its own limit says otherwise, a session's idle time. */
export interface TokenLimits {
  rateLimitPerMinute: number;
  sessionIdleSeconds: number;
}

export const tokenLimitsOf = (config: Pick<Config, 'tokenRateLimitPerMinute' | 'sessionIdle'>): TokenLimits => ({
  rateLimitPerMinute: config.tokenRateLimitPerMinute,
  sessionIdleSeconds: config.sessionIdle.timeoutSeconds,
});

/** How long a checked token is trusted from memory: never more than half the idle time, so an idle session meets a lookup. */
const holdMs = (limits: TokenLimits) => Math.min(AUTH_CACHE_MS, limits.sessionIdleSeconds * 500);

/**
 * A session unused this long is refused (docs/architecture.md#idle-sessions): the idle time plus the hold, since a
 * request answered from memory writes no use, so the use last written may be up to one hold older than the last request.
 */
export const sessionIdleLimitSeconds = (limits: TokenLimits) => limits.sessionIdleSeconds + holdMs(limits) / 1000;

interface HeldToken {
  principal: Principal;
  /** the token's own expiry (ms) */
  expiresAt: number;
  /** the versions of AUTH_TABLES it was checked under */
  fingerprint: string;
  /** when it must be checked again anyway (ms) */
  until: number;
}

/** Per database (two data sources in one process never share a token), keyed by the token's hash. */
const tokenCaches = new WeakMap<DataSource, Lru<string, HeldToken>>();
function tokenCacheOf(ds: DataSource): Lru<string, HeldToken> {
  let cache = tokenCaches.get(ds);
  if (!cache) tokenCaches.set(ds, (cache = new Lru<string, HeldToken>(10_000)));
  return cache;
}

/** Recorded as the subject of a failed sign-in whose username matches no account: what was typed is never stored. */
export const UNKNOWN_USER = 'unknown';

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

export class AuthService {
  /**
   * Exchanges a username and password for a session token. The attempt takes its place in the throttle before
   * the password is checked (a locked or full key is refused unchecked); unknown users cost the same KDF time
   * as known ones, and a failure is audited against the existing account only, never the typed name.
   */
  async login(ctx: RequestContext, username: string, password: string): Promise<IssuedToken & { user: User; idleTimeoutSeconds: number; idleWarningSeconds: number; mustChangePassword: boolean }> {
    const signIn = await throttleKeys(ctx, username);
    const { keys } = signIn;
    await reserveAttempt(ctx, keys);
    // anything unexpected before the outcome is recorded gives the places back
    const settling = async <T>(work: () => Promise<T>): Promise<T> => {
      try {
        return await work();
      } catch (error) {
        await releaseAttempt(ctx, keys).catch(() => undefined);
        throw error;
      }
    };

    const user = await settling(() =>
      ctx.em.createQueryBuilder(User, 'u').where('lower(u.username) = lower(:username)', { username: username.trim() }).getOne(),
    );
    const passwordOk = await settling(async () =>
      user?.passwordHash && user.active
        ? verifyPassword(user.passwordHash, password)
        : (await verifyPassword(await decoyPasswordHash(), password), false),
    );

    if (!user || !passwordOk) {
      await settling(() =>
        withTransaction(ctx, async (ctx) => {
          await recordFailedAttempt(ctx, keys);
          await recordAudit({ em: ctx.em, principal: null }, { action: 'session.login_failed', entityType: 'User', entityId: user?.id ?? UNKNOWN_USER });
        }),
      );
      throw fail.unauthenticated('Wrong username or password');
    }

    return settling(() =>
      withTransaction(ctx, async (ctx) => {
        await recordSignedIn(ctx, signIn);
        const issued = await this.issue(ctx, 'SESSION', {
          userId: user.id,
          name: user.username,
          scopes: [],
          expiresAt: new Date(Date.now() + ctx.config.sessionTtlMinutes * 60_000),
        });
        await recordAudit({ em: ctx.em, principal: principalOf(user, 0) }, { action: 'session.login', entityType: 'User', entityId: user.id });
        const { timeoutSeconds, warningSeconds } = ctx.config.sessionIdle;
        return { ...issued, user, idleTimeoutSeconds: timeoutSeconds, idleWarningSeconds: warningSeconds, mustChangePassword: user.mustChangePassword };
      }),
    );
  }

  async logout(ctx: RequestContext): Promise<boolean> {
    const principal = ctx.principal;
    if (!principal || principal.kind !== 'user') return false;
    await withTransaction(ctx, async (ctx) => {
      await ctx.em.update(AccessToken, { id: principal.tokenId }, { revokedAt: new Date() });
      await recordAudit(ctx, { action: 'session.logout', entityType: 'User', entityId: principal.id });
    });
    return true;
  }

  /**
   * A signed-in person changes their own password: the current one is verified (throttled like a sign-in, so a
   * borrowed session cannot guess it), the new one meets the policy, every other session of theirs ends and this
   * one stays; the audit event names the change and never a password or its hash.
   */
  async changeOwnPassword(ctx: RequestContext, currentPassword: string, newPassword: string): Promise<boolean> {
    const principal = ctx.principal;
    if (!principal || principal.kind !== 'user') throw fail.unauthenticated();
    const user = await ctx.em.findOneBy(User, { id: principal.id });
    if (!user?.passwordHash || !user.active) throw fail.unauthenticated('This account is disabled');
    const problem = passwordPolicyProblem(newPassword, { username: user.username, current: currentPassword });
    if (problem) throw fail.problemAt('newPassword', problem);

    const signIn = await throttleKeys(ctx, user.username);
    const { keys } = signIn;
    await reserveAttempt(ctx, keys);
    let passwordOk: boolean;
    try {
      passwordOk = await verifyPassword(user.passwordHash, currentPassword);
    } catch (error) {
      await releaseAttempt(ctx, keys).catch(() => undefined);
      throw error;
    }
    if (!passwordOk) {
      await withTransaction(ctx, async (ctx) => {
        await recordFailedAttempt(ctx, keys);
        await recordAudit(ctx, { action: 'user.password_change_failed', entityType: 'User', entityId: user.id });
      });
      throw fail.badField('currentPassword', 'PASSWORD_WRONG', 'is not your current password');
    }
    const passwordHash = await hashPassword(newPassword);
    await withTransaction(ctx, async (ctx) => {
      await recordSignedIn(ctx, signIn);
      const row = await lockVersion(ctx, User, user.id, null, noRowRule);
      // the password checked above is still the current one: a change made meanwhile (another session, an admin) wins,
      // and this one is told so rather than silently overwriting it (attacker round 7 F12); the KDF ran outside the lock
      if (row.passwordHash !== user.passwordHash) throw fail.badField('currentPassword', 'PASSWORD_WRONG', 'is no longer your current password: it was changed meanwhile');
      // the person's own choice: an admin-set password's one use is over (attacker round 9 F5)
      const updated = await saveVersion(ctx, User, row, { passwordHash, mustChangePassword: false });
      await ctx.em.query(`UPDATE access_token SET revoked_at = now() WHERE user_id = $1 AND kind = 'SESSION' AND revoked_at IS NULL AND id <> $2`, [user.id, principal.tokenId]);
      // before and after differ only in the (never audited) hash and the version
      await recordAudit(ctx, { action: 'user.password_change', entityType: 'User', entityId: user.id, before: row, after: updated });
    });
    return true;
  }

  /**
   * The principal behind a bearer token, or an UNAUTHENTICATED error for unknown, revoked or expired tokens.
   * A person's session checked in the last AUTH_CACHE_MS is answered from memory while no access token and no
   * user has been written since (the request's table versions, any process): a revocation, a sign-out or a
   * deactivated account is refused on the very next request. An integrator's token is looked up every time,
   * because the same statement counts the request in its minute (docs/architecture.md#rate-limits): over the
   * token's limit, RATE_LIMITED with the seconds until the next minute. The re-checks of a live stream already
   * admitted are not counted (`count: false`).
   *
   * With `deferCheck`, a session held in memory is answered before the versions are read: the caller gets a
   * SessionCheck to settle before anything is answered or written, which a compiled read settles with the version
   * read carried in its own statement (docs/architecture.md#response-cache).
   */
  async authenticate(
    em: EntityManager,
    token: string,
    limits: TokenLimits,
    {
      count = true,
      tableVersions,
      provideVersions,
      deferCheck,
    }: {
      count?: boolean;
      tableVersions?: () => Promise<TableVersions>;
      provideVersions?: (versions: TableVersions) => void;
      deferCheck?: (check: SessionCheck) => void;
    } = {},
  ): Promise<Principal> {
    const hash = sha256(token);
    if (!tableVersions) return (await this.lookUpToken(em, hash, limits, count)).principal;
    const cache = tokenCacheOf(em.connection);
    const key = hash.toString('base64');
    // looked up again (an integrator's request counted), and held from now on under the versions read with it; a token
    // whose every request is looked up anyway stays held meanwhile (`keepHeld`), until a lookup refuses it
    const lookUpWithVersions = async (keepHeld = false) => {
      if (!keepHeld) cache.delete(key);
      const { principal, expiresAt, versions } = await this.lookUpToken(em, hash, limits, count).catch((refusal: unknown) => {
        cache.delete(key);
        throw refusal;
      });
      if (versions) {
        provideVersions?.(versions);
        cache.set(key, { principal, expiresAt, fingerprint: fingerprint(versions, AUTH_TABLES), until: Date.now() + holdMs(limits) });
      }
      return { principal, versions };
    };
    const lookUp = async () => (await lookUpWithVersions()).principal;
    const fresh = (held: HeldToken | undefined): held is HeldToken => {
      const now = Date.now();
      return held !== undefined && now < held.until && now < held.expiresAt;
    };
    const held = cache.get(key);
    if (token.startsWith(TOKEN_PREFIX.API)) {
      // every request of an integrator's token is looked up and counted; a read executed by its plan need not wait for
      // it: the lookup runs beside the read, and nothing is answered before it returns. A token refused by its limit
      // is no longer held, so its next requests are refused before anything runs
      if (deferCheck && count && fresh(held)) {
        deferCheck(SessionCheck.beside(held.principal, lookUpWithVersions(true)));
        return held.principal;
      }
      return lookUp();
    }
    // a session that must change its password is never answered unchecked: the change is read on the very next request
    if (deferCheck && fresh(held) && !held.principal.mustChangePassword) {
      deferCheck(new SessionCheck(held.principal, held.fingerprint, AUTH_TABLES, tableVersions, lookUp, provideVersions));
      return held.principal;
    }
    const current = fingerprint(await tableVersions(), AUTH_TABLES);
    const again = cache.get(key);
    if (again && again.fingerprint === current && fresh(again)) return again.principal;
    return lookUp();
  }

  /**
   * The token as PostgreSQL has it, in one statement: an integrator's request counted in its minute (`count`), a
   * session's use written, unless the session has been idle too long (then refused, and nothing written). A live
   * stream's re-checks and the address limit's early look (`count: false`) are no use of the session.
   */
  private async lookUpToken(em: EntityManager, hash: Buffer, limits: TokenLimits, count: boolean): Promise<{ principal: Principal; expiresAt: number; versions: TableVersions | null }> {
    const rows: Array<{ versions: Record<string, string> | null; id: number; kind: TokenKind; name: string; scopes: Scope[]; user_id: number | null; display_name: string | null; role: Role | null; active: boolean | null; must_change: boolean | null; expired: boolean; revoked: boolean; idle: boolean; expires_at: Date; rate_limit: number; requests: number | null; retry_after: number }> =
      await em.query(
        `WITH t AS (
           SELECT t.id, t.kind, t.name, t.scopes, t.user_id, u.display_name, u.role, u.active, u.password_must_change AS must_change, t.expires_at,
                  t.expires_at <= now() AS expired, t.revoked_at IS NOT NULL AS revoked,
                  t.kind = 'SESSION' AND coalesce(a.last_used_at, t.created_at) < now() - make_interval(secs => $4) AS idle,
                  coalesce(t.rate_limit_per_minute, $2) AS rate_limit
             FROM access_token t LEFT JOIN app_user u ON u.id = t.user_id LEFT JOIN session_activity a ON a.token_id = t.id
            WHERE t.token_hash = $1),
         hit AS (
           INSERT INTO api_token_usage AS u (token_id, minute, requests, refused, last_at)
           SELECT id, date_trunc('minute', now()), 1, 0, now() FROM t WHERE kind = 'API' AND NOT expired AND NOT revoked AND $3
           ON CONFLICT (token_id, minute) DO UPDATE
              SET requests = u.requests + 1, refused = u.refused + (u.requests >= (SELECT rate_limit FROM t))::int, last_at = now()
           RETURNING requests),
         used AS (
           INSERT INTO session_activity AS a (token_id, last_used_at)
           SELECT id, now() FROM t WHERE kind = 'SESSION' AND NOT expired AND NOT revoked AND NOT idle AND $3
           ON CONFLICT (token_id) DO UPDATE SET last_used_at = now())
         SELECT t.*, (SELECT requests FROM hit) AS requests,
                ${TABLE_VERSIONS_JSON} AS versions,
                ceil(extract(epoch FROM date_trunc('minute', now()) + interval '1 minute' - now()))::int AS retry_after
           FROM t`,
        [hash, limits.rateLimitPerMinute, count, sessionIdleLimitSeconds(limits)],
      );
    const row = rows[0];
    // a person signs in again; an integrator's token is renewed by an administrator
    const renew = row?.kind === 'API' ? 'ask an administrator for a new API token' : 'sign in again';
    if (!row) throw fail.unauthenticated('The token is not valid; sign in again, or use a valid API token');
    if (row.revoked) throw fail.unauthenticated(`The token has been revoked; ${renew}`);
    if (row.expired) throw fail.unauthenticated(`The token has expired; ${renew}`);
    if (row.idle) {
      const idleMinutes = Math.max(1, Math.round(limits.sessionIdleSeconds / 60));
      throw fail.unauthenticated(`The session ended after ${idleMinutes} minute(s) without use; sign in again`, 'SESSION_IDLE', { idleMinutes });
    }
    const expiresAt = row.expires_at.getTime();
    const versions = row.versions ? versionsFromJson(row.versions) : null;
    if (row.kind === 'API') {
      if (row.requests !== null && row.requests > row.rate_limit) {
        const retryAfterSeconds = Math.max(1, row.retry_after);
        throw fail.rateLimited(`This API token may make ${row.rate_limit} requests a minute; retry in ${retryAfterSeconds} s`, retryAfterSeconds);
      }
      const principal: Principal = { kind: 'integrator', id: row.id, name: row.name, role: Role.INTEGRATOR, scopes: Object.freeze([...row.scopes]), tokenId: row.id };
      return { principal: Object.freeze(principal), expiresAt, versions };
    }
    if (!row.active || !row.user_id || !row.role) throw fail.unauthenticated('This account is disabled');
    const principal: Principal = { kind: 'user', id: row.user_id, name: row.display_name ?? row.name, role: row.role, scopes: [], tokenId: row.id, mustChangePassword: row.must_change === true };
    return { principal: Object.freeze(principal), expiresAt, versions };
  }

  /** An integrator API token: returned once, stored as a hash, read-only by its scopes. */
  async createApiToken(
    ctx: RequestContext,
    input: { name: string; scopes: Scope[]; expiresInDays?: number | null; rateLimitPerMinute?: number | null },
    options: { replaceSameName?: boolean } = {},
  ): Promise<IssuedToken & { apiToken: AccessToken }> {
    const days = input.expiresInDays ?? ctx.config.apiTokenTtlDays;
    if (!Number.isInteger(days) || days < 1 || days > ctx.config.apiTokenTtlDays) {
      throw fail.badField('expiresInDays', 'RANGE', `must be from 1 to ${ctx.config.apiTokenTtlDays}`, { min: 1, max: ctx.config.apiTokenTtlDays });
    }
    if (input.scopes.length === 0) throw fail.badField('scopes', 'REQUIRED', 'name at least one scope');
    return withTransaction(ctx, async (ctx) => {
      if (options.replaceSameName) {
        await ctx.em.query(`UPDATE access_token SET revoked_at = now() WHERE kind = 'API' AND name = $1 AND revoked_at IS NULL`, [input.name.trim()]);
      }
      const issued = await this.issue(ctx, 'API', {
        userId: null,
        name: input.name.trim(),
        scopes: [...new Set(input.scopes)],
        expiresAt: new Date(Date.now() + days * 86_400_000),
        createdById: ctx.principal?.id ?? null,
        rateLimitPerMinute: input.rateLimitPerMinute ?? null,
      });
      const apiToken = await ctx.em.findOneByOrFail(AccessToken, { tokenHash: sha256(issued.token) });
      await recordAudit(ctx, {
        action: 'apiToken.create',
        entityType: 'ApiToken',
        entityId: apiToken.id,
        after: apiToken,
        actorName: ctx.principal ? undefined : 'system',
      });
      return { ...issued, apiToken };
    });
  }

  async revokeApiToken(ctx: RequestContext, id: number): Promise<AccessToken> {
    return withTransaction(ctx, async (ctx) => {
      const token = await ctx.em.findOne(AccessToken, { where: { id, kind: 'API' }, lock: { mode: 'pessimistic_write' } });
      if (!token) throw fail.notFound('ApiToken', id);
      const before = { ...token };
      if (!token.revokedAt) {
        token.revokedAt = new Date();
        await ctx.em.update(AccessToken, { id }, { revokedAt: token.revokedAt });
      }
      await recordAudit(ctx, { action: 'apiToken.revoke', entityType: 'ApiToken', entityId: id, before, after: token });
      return token;
    });
  }

  /** An admin sets a token's requests per minute (null: the server's default); takes effect on the next request. */
  async setApiTokenRateLimit(ctx: RequestContext, id: number, perMinute: number | null): Promise<AccessToken> {
    if (perMinute !== null && (!Number.isInteger(perMinute) || perMinute < 1 || perMinute > 100_000)) {
      throw fail.badField('perMinute', 'RANGE', 'must be from 1 to 100000, or null for the default');
    }
    return withTransaction(ctx, async (ctx) => {
      const token = await ctx.em.findOne(AccessToken, { where: { id, kind: 'API' }, lock: { mode: 'pessimistic_write' } });
      if (!token) throw fail.notFound('ApiToken', id);
      const before = { ...token };
      token.rateLimitPerMinute = perMinute;
      await ctx.em.update(AccessToken, { id }, { rateLimitPerMinute: perMinute });
      await recordAudit(ctx, { action: 'apiToken.rateLimit', entityType: 'ApiToken', entityId: id, before, after: token });
      return token;
    });
  }

  listApiTokens(ctx: RequestContext): Promise<AccessToken[]> {
    return ctx.em.find(AccessToken, { where: { kind: 'API' }, order: { id: 'DESC' } });
  }

  private async issue(
    ctx: RequestContext,
    kind: TokenKind,
    fields: { userId: number | null; name: string; scopes: Scope[]; expiresAt: Date; createdById?: number | null; rateLimitPerMinute?: number | null },
  ): Promise<IssuedToken> {
    const { token, hash } = newToken(kind);
    await ctx.em.insert(AccessToken, { kind, tokenHash: hash, ...fields });
    return { token, expiresAt: fields.expiresAt };
  }
}

export function principalOf(user: User, tokenId: number): Principal {
  return { kind: 'user', id: user.id, name: user.displayName, role: user.role, scopes: [], tokenId, mustChangePassword: user.mustChangePassword };
}

export const authService = new AuthService();

/**
 * Outside demo mode the operator's admins come from the environment, written by the tables' owner: the first from
 * ADMIN_USERNAME / ADMIN_PASSWORD when no admin is active, and a second from SECOND_ADMIN_USERNAME /
 * SECOND_ADMIN_PASSWORD while fewer than two are, since every account change one admin proposes waits for another
 * (docs/roles-and-workflows.md#account-dual-control): with one admin alone no account could ever be made. 'created'
 * when either was made now, 'missing' when no admin is active and none is configured.
 */
export async function ensureBootstrapAdmin(ds: DataSource, config: Config): Promise<'created' | 'exists' | 'missing'> {
  const activeAdmins = async (): Promise<number> => (await ds.query(`SELECT count(*)::int AS count FROM app_user WHERE role = 'admin' AND active`))[0].count;
  const wanted = [
    { account: config.bootstrapAdmin, below: 1 },
    { account: config.secondBootstrapAdmin, below: 2 },
  ];
  let created = false;
  for (const { account, below } of wanted) {
    if (!account || (await activeAdmins()) >= below) continue;
    const [taken] = await ds.query(`SELECT 1 FROM app_user WHERE lower(username) = lower($1)`, [account.username]);
    if (taken) continue; // an existing account is the operator's to reactivate, not to overwrite
    await ds.transaction(async (em) => {
      // named by the username, which no other account has: display names are unique (an earlier start-up's admin may be deactivated)
      const result = await em.insert(User, { username: account.username, displayName: `Administrator ${account.username}`, role: Role.ADMIN, passwordHash: await hashPassword(account.password), active: true });
      await recordAudit({ em, principal: null }, { action: 'user.bootstrap', entityType: 'User', entityId: result.identifiers[0].id });
    });
    created = true;
  }
  if (created) return 'created';
  return (await activeAdmins()) > 0 ? 'exists' : 'missing';
}
