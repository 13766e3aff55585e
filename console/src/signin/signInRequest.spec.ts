import en from '../i18n/en';
import zh from '../i18n/zh';
import { refusalOf } from './signInRequest';

/** What the sign-in page says of each refusal the API gives a sign-in (api/src/auth/login-throttle.ts, http/address-limit.ts). */
describe('a refused sign-in in the words of its cause', () => {
  it.each<[string, number, Record<string, unknown> | undefined, string, Record<string, unknown>]>([
    ['a wrong password', 200, { code: 'UNAUTHENTICATED' }, 'wuye.errors.LOGIN_FAILED', {}],
    ['the account locked after failures, minutes', 200, { code: 'RATE_LIMITED', retryAfterSeconds: 900 }, 'wuye.session.locked_minutes', { minutes: 15 }],
    ['the account locked after failures, seconds', 200, { code: 'RATE_LIMITED', retryAfterSeconds: 40 }, 'wuye.session.locked_seconds', { seconds: 40 }],
    ['others being checked at that moment: no lock, seconds', 200, { code: 'RATE_LIMITED', retryAfterSeconds: 5, reason: 'SIGN_INS_AT_ONCE' }, 'wuye.session.at_once', { seconds: 5 }],
    ['the address’s requests spent', 429, { code: 'RATE_LIMITED', retryAfterSeconds: 30 }, 'wuye.session.address_limited', { seconds: 30 }],
    ['anything else', 500, undefined, 'wuye.errors.INTERNAL_SERVER_ERROR', {}],
  ])('%s', (_label, status, extensions, key, params) => {
    const refusal = refusalOf(status, extensions);
    expect(refusal.message).toBe(key);
    expect(refusal.params).toEqual(params);
  });

  it('says a burst is no lock, in both languages', () => {
    expect(zh.wuye.session.at_once).not.toMatch(/失败|锁定/);
    expect(en.wuye.session.at_once).not.toMatch(/failed|locked/);
  });
});
