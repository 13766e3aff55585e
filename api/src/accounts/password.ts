import { hash, verify } from '@node-rs/argon2';
import { HALF_LENGTH } from './one-time-password';

/** Argon2id (the library's default algorithm) with OWASP's minimum parameters: 19 MiB, 2 passes, 1 lane. */
const ARGON2 = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  if (passwordHash.startsWith(HALVES)) {
    // both halves are always checked, so a wrong first half costs as long as a wrong second one
    const [first, second] = passwordHash.slice(HALVES.length).split(' ');
    const [firstOk, secondOk] = await Promise.all([verifyOne(first, password.slice(0, HALF_LENGTH)), verifyOne(second, password.slice(HALF_LENGTH))]);
    return password.length === 2 * HALF_LENGTH && firstOk && secondOk;
  }
  return verifyOne(passwordHash, password);
}

async function verifyOne(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * A one-time password in two halves is kept as each half's own hash (one-time-password.ts): the first waits for the
 * confirmation as its hash, so no half is ever kept in clear. Argon2's encoded hashes hold no space.
 */
const HALVES = 'halves ';

export function halvesHash(firstHalfHash: string, secondHalfHash: string): string {
  return `${HALVES}${firstHalfHash} ${secondHalfHash}`;
}

/** Verified against when the user does not exist, so a wrong username costs as long as a wrong password. */
let decoyHash: Promise<string> | null = null;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword('decoy-password-for-unknown-users');
  return decoyHash;
}
