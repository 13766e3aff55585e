import crypto from 'node:crypto';
import type { RequestContext } from '../request/context';
import { fail } from '../shared/errors';

/**
 * Login throttling, kept in PostgreSQL so every API process shares it. Each key (a username, a client address)
 * counts its failures in the window and the attempts being checked right now; an attempt takes its place before
 * its password is verified, in one statement that checks the lock and the limit under the row's lock. So no
 * burst, however concurrent, gets more password checks through than the limit allows.
 */
export interface ThrottleKey {
  key: string;
  /** failures plus attempts in flight allowed in one window */
  limit: number;
}

/** How long an address an account signed in from stays known to it. */
const KNOWN_ADDRESS_DAYS = 30;

/** One sign-in attempt's keys: the account's and the address's, and where a success is remembered. */
export interface SignInKeys {
  /** every key the attempt takes a place on */
  keys: ThrottleKey[];
  /** where the account's failures count: everywhere, or at this address when the account signed in from it */
  account: ThrottleKey;
  address: ThrottleKey;
  /** the username's digest and the address, remembered on a success */
  known: { account: string; address: string } | null;
}

/**
 * The throttle's keys for signing in as `username` from the caller's address. From an address the account signed in
 * from in the last KNOWN_ADDRESS_DAYS its failures count there only: failures sent from anywhere else lock the account
 * everywhere else, never where its person works (attacker round 13: anyone could keep both admins locked out).
 */
export async function throttleKeys(ctx: RequestContext, username: string): Promise<SignInKeys> {
  const { maxFailures } = ctx.config.loginThrottle;
  // a digest of what was typed, never the text: a password typed as the username must not be stored
  const name = crypto.createHash('sha256').update(username.trim().toLowerCase()).digest('base64url');
  // a shared address (an office NAT) gets more room than one account
  const address = { key: `ip:${ctx.clientIp}`, limit: maxFailures * 4 };
  const known = ctx.clientIp ? { account: name, address: ctx.clientIp } : null;
  const [knownHere] = known
    ? await ctx.em.query(`SELECT 1 FROM login_known_address WHERE account = $1 AND address = $2 AND last_signed_in_at > now() - make_interval(days => $3)`, [
        known.account,
        known.address,
        KNOWN_ADDRESS_DAYS,
      ])
    : [];
  const account = { key: knownHere ? `user:${name}@${ctx.clientIp}` : `user:${name}`, limit: maxFailures };
  return { keys: [account, address], account, address, known };
}

/** The wait told to a sign-in refused only because others are being checked at that moment (each takes well under a second). */
const AT_ONCE_RETRY_SECONDS = 5;

/** A lock that has ended, or a window that has passed, starts the count afresh. */
const FRESH = `(t.locked_until IS NOT NULL OR t.window_started_at < now() - make_interval(mins => $3))`;

/** Takes a place for one attempt on the key; false when it is locked or its places are taken. */
async function reserve(ctx: RequestContext, { key, limit }: ThrottleKey): Promise<boolean> {
  const taken: unknown[] = await ctx.em.query(
    `INSERT INTO login_throttle AS t (key, failures, in_flight, window_started_at) VALUES ($1, 0, 1, now())
     ON CONFLICT (key) DO UPDATE SET
       failures = CASE WHEN ${FRESH} THEN 0 ELSE t.failures END,
       in_flight = CASE WHEN ${FRESH} THEN 1 ELSE t.in_flight + 1 END,
       window_started_at = CASE WHEN ${FRESH} THEN now() ELSE t.window_started_at END,
       locked_until = NULL
     WHERE NOT coalesce(t.locked_until > now(), false) AND (${FRESH} OR t.failures + t.in_flight < $2)
     RETURNING 1`,
    [key, limit, ctx.config.loginThrottle.windowMinutes],
  );
  return taken.length === 1;
}

/** Gives a place back without counting a failure (the attempt was not checked, or it signed in). */
async function release(ctx: RequestContext, key: string): Promise<void> {
  await ctx.em.query(`UPDATE login_throttle SET in_flight = greatest(in_flight - 1, 0) WHERE key = $1`, [key]);
}

async function refusal(ctx: RequestContext, keys: ThrottleKey[]): Promise<Error> {
  const [{ retry }]: Array<{ retry: number | null }> = await ctx.em.query(
    `SELECT max(ceil(extract(epoch FROM locked_until - now())))::int AS retry FROM login_throttle WHERE key = ANY($1) AND locked_until > now()`,
    [keys.map((k) => k.key)],
  );
  if (retry !== null) return fail.rateLimited(`Too many failed sign-ins; try again in ${Math.ceil(retry / 60)} minute(s)`, retry);
  // no lock: the sign-ins being checked right now fill the limit (a burst, a script retrying at once); they end in a moment
  return fail.rateLimited(
    `Too many sign-ins at once for this account or address; try again in ${AT_ONCE_RETRY_SECONDS} seconds`,
    AT_ONCE_RETRY_SECONDS,
    'SIGN_INS_AT_ONCE',
  );
}

/** Takes a place on every key, or none and throws RATE_LIMITED. */
export async function reserveAttempt(ctx: RequestContext, keys: ThrottleKey[]): Promise<void> {
  const reserved: ThrottleKey[] = [];
  for (const key of keys) {
    if (await reserve(ctx, key)) {
      reserved.push(key);
      continue;
    }
    for (const taken of reserved) await release(ctx, taken.key);
    throw await refusal(ctx, keys);
  }
}

/** The attempt failed: its place becomes a failure, and the key locks when the failures reach its limit. */
export async function recordFailedAttempt(ctx: RequestContext, keys: ThrottleKey[]): Promise<void> {
  for (const { key, limit } of keys) {
    await ctx.em.query(
      `UPDATE login_throttle SET in_flight = greatest(in_flight - 1, 0), failures = failures + 1,
         locked_until = CASE WHEN locked_until > now() THEN locked_until
                             WHEN failures + 1 >= $2 THEN now() + make_interval(mins => $3) ELSE locked_until END
        WHERE key = $1`,
      [key, limit, ctx.config.loginThrottle.lockMinutes],
    );
  }
}

/** Signed in: the account's failures (where they counted) are forgotten, the address is remembered, and it keeps its count but gives its place back. */
export async function recordSignedIn(ctx: RequestContext, { account, address, known }: SignInKeys): Promise<void> {
  await ctx.em.query(`UPDATE login_throttle SET failures = 0, in_flight = greatest(in_flight - 1, 0), locked_until = NULL WHERE key = $1`, [account.key]);
  await release(ctx, address.key);
  if (!known) return;
  await ctx.em.query(
    `WITH forgotten AS (DELETE FROM login_known_address WHERE account = $1 AND address <> $2 AND last_signed_in_at <= now() - make_interval(days => $3))
     INSERT INTO login_known_address (account, address) VALUES ($1, $2) ON CONFLICT (account, address) DO UPDATE SET last_signed_in_at = now()`,
    [known.account, known.address, KNOWN_ADDRESS_DAYS],
  );
}

/** Gives every place back: the attempt ended before its password was checked (e.g. an internal error). */
export async function releaseAttempt(ctx: RequestContext, keys: ThrottleKey[]): Promise<void> {
  for (const { key } of keys) await release(ctx, key);
}
