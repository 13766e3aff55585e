import { credentialsOf, quoteIdent, scramVerifier, withCredentials } from './request-role';

describe('the request role’s connection details', () => {
  it.each([
    ['postgres://wuye:owner@db:5432/wuye', 'wuye_app', 'plain-password'],
    ['postgres://postgres@127.0.0.1:5432/wuye_test_x', 'wuye_test_app_x', 'with/slash?and#hash@at:colon%percent'],
    ['postgresql://u:p@[::1]:6543/db?sslmode=require', 'app role', 'pässwörd　全角'],
  ])('%s as %s keeps the server, the database and the options, and the password round-trips', (url, user, password) => {
    const app = withCredentials(url, user, password);
    expect(credentialsOf(app)).toEqual({ user, password });
    const [before, after] = [new URL(url), new URL(app)];
    expect([after.protocol, after.host, after.pathname, after.search]).toEqual([before.protocol, before.host, before.pathname, before.search]);
  });

  it.each([
    ['wuye_app', '"wuye_app"'],
    ['a "quoted" role', '"a ""quoted"" role"'],
  ])('quotes %s as %s', (name, quoted) => expect(quoteIdent(name)).toBe(quoted));

  it('sends a SCRAM-SHA-256 verifier, salted anew each time, never the password', () => {
    const [a, b] = [scramVerifier('s3cret-password'), scramVerifier('s3cret-password')];
    expect(a).toMatch(/^SCRAM-SHA-256\$4096:[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}:[A-Za-z0-9+/=]{44}$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('s3cret');
    const salt = Buffer.alloc(16, 7);
    expect(scramVerifier('x', salt)).toBe(scramVerifier('x', salt));
    // SASLprep: a non-ASCII space is a space, a full-width letter its ASCII form (as pg and libpq log in)
    expect(scramVerifier('a\u00A0b', salt)).toBe(scramVerifier('a b', salt));
    expect(scramVerifier('ｗ', salt)).toBe(scramVerifier('w', salt));
  });
});
