import { CallerShare } from './caller-share';

describe('CallerShare: one caller may have a few documents or imports in progress, never more', () => {
  it('refuses a caller past their share with RATE_LIMITED, leaves others alone, and takes places back once each', () => {
    const share = new CallerShare(2);
    const first = share.enter('user:7');
    share.enter('user:7');
    expect(() => share.enter('user:7')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'RATE_LIMITED', retryAfterSeconds: 1 }) }));
    const other = share.enter('ip:203.0.113.9');
    first();
    first(); // given back once only
    const third = share.enter('user:7');
    expect(() => share.enter('user:7')).toThrow();
    other();
    third();
    expect(share.callers).toBe(1);
  });
});
