/**
 * The password policy every new password meets, a person's own (signin/ChangePassword.tsx) or one an admin sets
 * (users/UserInputs.tsx), checked as it is typed: the server's rules (api/src/accounts/password.ts
 * passwordPolicyProblem, which the server applies to both again), under the same rule names (wuye.rules.<RULE>).
 * Written again here because the server's module also hashes (argon2), which the browser cannot load.
 */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

export type PasswordRule = 'PASSWORD_TOO_SHORT' | 'PASSWORD_TOO_LONG' | 'PASSWORD_HAS_USERNAME' | 'PASSWORD_UNCHANGED';

/** The first rule `next` breaks, or null; `username` empty while not yet typed (nothing to contain). */
export function passwordProblem(next: string, context: { username?: string | null; current?: string }): PasswordRule | null {
  if (next.length < MIN_PASSWORD_LENGTH) return 'PASSWORD_TOO_SHORT';
  if (next.length > MAX_PASSWORD_LENGTH) return 'PASSWORD_TOO_LONG';
  const username = (context.username ?? '').trim().toLowerCase();
  if (username && next.trim().toLowerCase().includes(username)) return 'PASSWORD_HAS_USERNAME';
  if (context.current !== undefined && next === context.current) return 'PASSWORD_UNCHANGED';
  return null;
}
