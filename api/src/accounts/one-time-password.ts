import { randomInt } from 'node:crypto';
import type { RequestContext } from '../request/context';

/**
 * A one-time password in two halves (docs/roles-and-workflows.md#account-dual-control; attacker round 11 F1): the
 * proposer of a new account or a reset is shown the first half, the confirming admin the second, each once; the person
 * signs in with both together (first, then second) and then chooses their own. Neither admin alone can sign in.
 */

/** Letters and digits a person reads off a slip without confusing them (no 0/O, 1/I/l). */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** 10 of 32 signs: 50 bits a half, each kept as its own Argon2 hash: out of reach of guessing, the other half known or not. The person types the first, then the second. */
export const HALF_LENGTH = 10;

export function generateHalf(): string {
  return Array.from({ length: HALF_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}


/** The halves made in this request, by proposal id: answered once, in the reply of the call that made them, and kept nowhere else. */
const shown = new WeakMap<RequestContext['stats'], Map<number, string>>();

export function showOnce(ctx: RequestContext, proposalId: number, half: string): void {
  const halves = shown.get(ctx.stats) ?? new Map<number, string>();
  halves.set(proposalId, half);
  shown.set(ctx.stats, halves);
}

export function shownHalf(ctx: RequestContext, proposalId: number): string | null {
  return shown.get(ctx.stats)?.get(proposalId) ?? null;
}
