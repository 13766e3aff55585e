import fs from 'node:fs';
import path from 'node:path';
import en from '../i18n/en';
import zh from '../i18n/zh';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem } from './passwordRules';

const SERVER = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'api', 'src', 'accounts', 'password.ts'), 'utf8');

describe('the password rules, as the server has them', () => {
  it.each([
    ['short1234', { username: 'officer4' }, 'PASSWORD_TOO_SHORT'],
    ['x'.repeat(129), { username: 'officer4' }, 'PASSWORD_TOO_LONG'],
    ['officer4abc', { username: 'officer4' }, 'PASSWORD_HAS_USERNAME'],
    ['abcOFFICER4xyz', { username: 'officer4' }, 'PASSWORD_HAS_USERNAME'],
    [' Officer4-2026 ', { username: ' officer4' }, 'PASSWORD_HAS_USERNAME'],
    ['correct horse', { username: 'officer4', current: 'correct horse' }, 'PASSWORD_UNCHANGED'],
    ['correct horse', { username: 'officer4' }, null],
    // the username not yet typed (a new account): nothing to contain
    ['correct horse', { username: '' }, null],
  ] as const)('%j for %j: %s', (password, context, rule) => {
    expect(passwordProblem(password, context)).toBe(rule);
  });

  it('has the server’s bounds and rule names', () => {
    expect(SERVER).toContain(`MIN_PASSWORD_LENGTH = ${MIN_PASSWORD_LENGTH};`);
    expect(SERVER).toContain(`MAX_PASSWORD_LENGTH = ${MAX_PASSWORD_LENGTH};`);
    const serverRules = [...SERVER.matchAll(/rule: '(PASSWORD_\w+)'/g)].map((m) => m[1]).sort();
    expect(serverRules).toEqual(['PASSWORD_HAS_USERNAME', 'PASSWORD_TOO_LONG', 'PASSWORD_TOO_SHORT', 'PASSWORD_UNCHANGED']);
  });

  it.each([
    ['zh', zh],
    ['en', en],
  ])('%s: has words for every rule', (_lang, messages) => {
    const rules = (messages as typeof zh).wuye.rules as Record<string, string>;
    for (const rule of ['PASSWORD_TOO_SHORT', 'PASSWORD_TOO_LONG', 'PASSWORD_HAS_USERNAME', 'PASSWORD_UNCHANGED']) expect(rules[rule]).toBeTruthy();
  });
});
