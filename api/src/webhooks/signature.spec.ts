import crypto from 'node:crypto';
import { retryDelayMs, signDelivery, verifyDelivery } from './signature';

describe('webhook signatures', () => {
  const secret = 'whsec_test-secret';
  const body = '{"events":[{"position":7}]}';
  const at = 1_764_800_000;
  const now = at * 1000;

  it('is the hex HMAC-SHA256 of "<timestamp>.<body>" with the secret', () => {
    // computed independently of signDelivery: what a receiver in any language does
    const hex = crypto.createHmac('sha256', secret).update(`${at}.${body}`).digest('hex');
    expect(signDelivery(secret, at, body)).toBe(`sha256=${hex}`);
  });

  it.each([
    ['the signature as sent', { signature: signDelivery(secret, at, body), timestamp: String(at) }, body, now, true],
    ['another body', { signature: signDelivery(secret, at, body), timestamp: String(at) }, body.replace('7', '8'), now, false],
    ['another timestamp', { signature: signDelivery(secret, at, body), timestamp: String(at + 1) }, body, now, false],
    ['another secret', { signature: signDelivery('whsec_other', at, body), timestamp: String(at) }, body, now, false],
    ['too old (replayed after 5 minutes)', { signature: signDelivery(secret, at, body), timestamp: String(at) }, body, now + 301_000, false],
    ['no signature', { signature: undefined, timestamp: String(at) }, body, now, false],
    ['a timestamp that is not a number', { signature: signDelivery(secret, at, body), timestamp: '17648e5' }, body, now, false],
  ])('%s → %s', (_name, headers, text, when, valid) => {
    expect(verifyDelivery(secret, headers, text, when)).toBe(valid);
  });
});

describe('the retry schedule', () => {
  it.each([
    [0, 0],
    [1, 5_000],
    [2, 10_000],
    [3, 20_000],
    [10, 2_560_000],
    [11, 3_600_000],
    [500, 3_600_000],
  ])('after %i failed attempts waits %i ms (base 5 s, at most 1 h)', (failed, wait) => {
    expect(retryDelayMs(failed, 5_000, 3_600_000)).toBe(wait);
  });
});
