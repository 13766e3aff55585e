import { hash, verify } from '@node-rs/argon2';

/** Argon2id (the library's default algorithm) with OWASP's minimum parameters: 19 MiB, 2 passes, 1 lane. */
const ARGON2 = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Verified against when the user does not exist, so a wrong username costs as long as a wrong password. */
let decoyHash: Promise<string> | null = null;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword('decoy-password-for-unknown-users');
  return decoyHash;
}

export const MIN_PASSWORD_LENGTH = 10;

/** The longest password accepted: Argon2 hashes anything, but a megabyte "password" is only a way to burn CPU. */
export const MAX_PASSWORD_LENGTH = 128;

/**
 * The password policy every new password meets, a person's own or one an admin sets
 * (docs/roles-and-workflows.md#own-password): the length bounds, not the username, and not the password it replaces
 * (`current`, known only when the person changes their own). A field rule name, or null when it passes.
 */
export function passwordPolicyProblem(next: string, context: { username: string; current?: string }): { rule: string; message: string } | null {
  if (next.length < MIN_PASSWORD_LENGTH) return { rule: 'PASSWORD_TOO_SHORT', message: `must be at least ${MIN_PASSWORD_LENGTH} characters` };
  if (next.length > MAX_PASSWORD_LENGTH) return { rule: 'PASSWORD_TOO_LONG', message: `must be at most ${MAX_PASSWORD_LENGTH} characters` };
  if (next.trim().toLowerCase().includes(context.username.trim().toLowerCase())) return { rule: 'PASSWORD_HAS_USERNAME', message: 'must not contain the username' };
  if (context.current !== undefined && next === context.current) return { rule: 'PASSWORD_UNCHANGED', message: 'must differ from the current password' };
  return null;
}
