import type { RuleProblem } from '../shared/rule-violation';
/**
 * The password policy (docs/roles-and-workflows.md#own-password), apart from hashing so the console checks a
 * password as it is typed by this very rule (signin/ChangePassword.tsx, users/UserInputs.tsx): the browser cannot
 * load argon2.
 */
export const MIN_PASSWORD_LENGTH = 10;

/** The longest password accepted: Argon2 hashes anything, but a megabyte "password" is only a way to burn CPU. */
export const MAX_PASSWORD_LENGTH = 128;

/**
 * The password policy every new password meets, a person's own or one an admin sets
 * (docs/roles-and-workflows.md#own-password): the length bounds, not the username, and not the password it replaces
 * (`current`, known only when the person changes their own). A field rule name, or null when it passes.
 */
export function passwordPolicyProblem(next: string, context: { username: string; current?: string }): Pick<RuleProblem, 'rule' | 'message' | 'args'> | null {
  if (next.length < MIN_PASSWORD_LENGTH) return { rule: 'PASSWORD_TOO_SHORT', message: `must be at least ${MIN_PASSWORD_LENGTH} characters`, args: { min: MIN_PASSWORD_LENGTH } };
  if (next.length > MAX_PASSWORD_LENGTH) return { rule: 'PASSWORD_TOO_LONG', message: `must be at most ${MAX_PASSWORD_LENGTH} characters`, args: { max: MAX_PASSWORD_LENGTH } };
  const username = context.username.trim().toLowerCase();
  // a username not yet typed (the console, as an admin fills in a new account) is nothing to contain
  if (username && next.trim().toLowerCase().includes(username)) return { rule: 'PASSWORD_HAS_USERNAME', message: 'must not contain the username' };
  if (context.current !== undefined && next === context.current) return { rule: 'PASSWORD_UNCHANGED', message: 'must differ from the current password' };
  return null;
}
