import type { RequestContext } from '../request/context';
import { lruPerDatabase } from '../shared/lru';
import { VotingRoll } from './voting-weights';

/**
 * Computed voting rolls, each with the owner-roll version (owner_roll_version, kept by the database) it was
 * computed at. Checked against the database on every use, so it is safe to lose and never stale for another
 * API process; kept per database, so two databases in one process never share an entry.
 */
const rollsOf = lruPerDatabase<number, { version: string; roll: VotingRoll }>(64);

export function cachedVotingRoll(ctx: RequestContext, estateId: number): { version: string; roll: VotingRoll } | undefined {
  return rollsOf(ctx).get(estateId);
}

export function keepVotingRoll(ctx: RequestContext, estateId: number, version: string, roll: VotingRoll): void {
  // shared by every request from now on: nobody may change it
  for (const person of roll.persons) Object.freeze(person);
  Object.freeze(roll.persons);
  rollsOf(ctx).set(estateId, { version, roll });
}
