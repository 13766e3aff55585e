import crypto from 'node:crypto';

/**
 * How a webhook delivery is signed and retried (docs/architecture.md#webhooks): pure functions of their inputs,
 * the same a receiver runs to check a delivery.
 */

/** `sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">`, sent as X-Wuye-Signature with X-Wuye-Timestamp. */
export function signDelivery(secret: string, timestamp: number, body: string): string {
  return `sha256=${crypto.createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * A receiver's check: the signature matches (compared in constant time) and the timestamp is within
 * `toleranceSeconds` of `now`, so a captured delivery cannot be replayed later.
 */
export function verifyDelivery(secret: string, headers: { signature: string | undefined; timestamp: string | undefined }, body: string, now = Date.now(), toleranceSeconds = 300): boolean {
  if (!headers.signature || !headers.timestamp || !/^\d{1,12}$/.test(headers.timestamp)) return false;
  const timestamp = Number(headers.timestamp);
  if (Math.abs(now / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(signDelivery(secret, timestamp, body));
  const given = Buffer.from(headers.signature);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}

/** The wait after the n-th failed attempt (n ≥ 1): base, 2×base, 4×base … never more than max. */
export function retryDelayMs(failedAttempts: number, baseMs: number, maxMs: number): number {
  if (failedAttempts < 1) return 0;
  return Math.min(maxMs, baseMs * 2 ** Math.min(failedAttempts - 1, 40));
}

/** A new endpoint's secret when the admin gives none. */
export function newWebhookSecret(): string {
  return `whsec_${crypto.randomBytes(32).toString('base64url')}`;
}
