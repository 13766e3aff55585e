import { MAX_PASSWORD_LENGTH, passwordPolicyProblem } from './password-policy';

describe('the password policy (docs/roles-and-workflows.md#own-password), on the server and in the console alike', () => {
  it.each([
    ['short1234', { username: 'officer4' }, 'PASSWORD_TOO_SHORT'],
    ['x'.repeat(MAX_PASSWORD_LENGTH + 1), { username: 'officer4' }, 'PASSWORD_TOO_LONG'],
    ['x'.repeat(MAX_PASSWORD_LENGTH), { username: 'officer4' }, null],
    ['officer4abc', { username: 'officer4' }, 'PASSWORD_HAS_USERNAME'],
    ['abcOFFICER4xyz', { username: 'officer4' }, 'PASSWORD_HAS_USERNAME'],
    [' Officer4-2026 ', { username: ' officer4' }, 'PASSWORD_HAS_USERNAME'],
    ['correct horse', { username: 'officer4', current: 'correct horse' }, 'PASSWORD_UNCHANGED'],
    ['correct horse', { username: 'officer4' }, null],
    // the username not yet typed (a new account in the console): nothing to contain
    ['correct horse', { username: '' }, null],
    ['correct horse', { username: '   ' }, null],
  ] as const)('%j for %j: %s', (password, context, rule) => {
    expect(passwordPolicyProblem(password, context)?.rule ?? null).toBe(rule);
  });
});
