import nodeCluster from 'node:cluster';
import { RateLimiterCluster, RateLimiterClusterMaster, RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { ErrorCode, fail, isAppError } from '../shared/errors';

/**
 * Requests no account answers for (no token, or a token that failed) are counted per client address: an anonymous
 * flood (public look-ups, sign-ins, made-up tokens) is refused with RATE_LIMITED instead of taking the server's time
 * from everyone (docs/architecture.md#address-limit). Integrators' tokens have their own limit (auth.service.ts); a
 * signed-in person is not counted here. Under WORKERS the primary process keeps the counts, so the limit is the
 * server's, not each worker's.
 */
export interface AddressLimit {
  /** Counts one request from `address`; RATE_LIMITED (with the seconds to wait) once its minute's requests are spent. */
  take(address: string): Promise<void>;
  /** Whether `address` has spent its minute's requests (nothing is counted): its next request with a token is checked before its body is read. */
  spent(address: string): Promise<boolean>;
}

const KEY_PREFIX = 'anonymous-per-address';
const WINDOW_SECONDS = 60;

/** Requests per address and minute; 0 counts nothing (a load generator on one address). */
export function addressLimit(perMinute: number): AddressLimit {
  if (perMinute === 0) return { take: () => Promise.resolve(), spent: () => Promise.resolve(false) };
  const options = { keyPrefix: KEY_PREFIX, points: perMinute, duration: WINDOW_SECONDS };
  const limiter: RateLimiterAbstract = nodeCluster.isWorker ? new RateLimiterCluster({ ...options, timeoutMs: 1000 }) : new RateLimiterMemory(options);
  return {
    async take(address) {
      try {
        await limiter.consume(address);
      } catch (refusal) {
        // the primary not answering in time is not the caller's doing: the request goes on, as it would without the limit
        if (!(refusal instanceof RateLimiterRes)) return;
        const seconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
        throw fail.rateLimited(`Too many requests without an account from your address (${perMinute} a minute); wait ${seconds} s, or sign in`, seconds);
      }
    },
    async spent(address) {
      // the primary not answering in time: not spent, as take() lets the request go on
      const counted: RateLimiterRes | null = await limiter.get(address).catch(() => null);
      return counted !== null && counted.consumedPoints >= perMinute;
    },
  };
}

/** `authenticate`, where a token it refuses counts against the address too: made-up tokens are no way around the limit. */
export async function countingRefusedTokens<T>(limit: AddressLimit, address: string, authenticate: () => Promise<T>): Promise<T> {
  try {
    return await authenticate();
  } catch (error) {
    // over the limit, the caller learns that rather than whether this token was good
    if (isAppError(error) && error.code === ErrorCode.UNAUTHENTICATED) await limit.take(address);
    throw error;
  }
}

/** In the primary of a WORKERS server, before the workers start: it keeps the counts the workers' limits ask for. */
export function keepAddressCountsForWorkers(): void {
  new RateLimiterClusterMaster();
}
