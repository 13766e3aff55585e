import crypto from 'node:crypto';
import { isSealed, openSecret, parseSecretsKey, sealSecret, SecretUnavailable } from './secret-box';

describe('webhook secrets at rest (docs/architecture.md#webhooks)', () => {
  const key = crypto.randomBytes(32);

  it.each([
    ['base64 of 32 bytes', key.toString('base64'), true],
    ['base64url of 32 bytes', key.toString('base64url'), true],
    ['hex of 32 bytes', key.toString('hex'), true],
    ['hex of 16 bytes', crypto.randomBytes(16).toString('hex'), false],
    ['base64 of 31 bytes', crypto.randomBytes(31).toString('base64'), false],
    ['a passphrase', 'correct horse battery staple', false],
  ])('reads the key given as %s: %s', (_what, raw, valid) => {
    expect(parseSecretsKey(raw) !== null).toBe(valid);
  });

  it('seals so that the secret is not in the stored value, and opens it again', () => {
    const secret = 'whsec_abcdefghijklmnopqrstuvwxyz0123456789';
    const stored = sealSecret(key, secret);
    expect(isSealed(stored)).toBe(true);
    expect(stored).not.toContain('abcdefghijklmnop');
    expect(sealSecret(key, secret)).not.toBe(stored); // a fresh IV each time
    expect(openSecret(key, stored)).toBe(secret);
  });

  it.each([
    ['another key', (s: string) => s, crypto.randomBytes(32)],
    ['no key', (s: string) => s, null],
    ['a changed byte', (s: string) => s.slice(0, -2) + (s.endsWith('AA') ? 'AB' : 'AA'), key],
  ])('refuses to open with %s', (_what, change, withKey) => {
    const stored = change(sealSecret(key, 'whsec_x'));
    expect(() => openSecret(withKey, stored)).toThrow(SecretUnavailable);
  });

  it('passes a value stored before sealing existed through unchanged', () => {
    expect(openSecret(null, 'whsec_plain')).toBe('whsec_plain');
  });
});
