import { DataSource } from 'typeorm';
import { VotingRoll } from './voting-weights';

/**
 * Computed voting rolls, each with the owner-roll version (owner_roll_version, kept by the database) it was
 * computed at. Checked against the database on every use, so it is safe to lose and never stale for another
 * API process; kept per DataSource, so two databases in one process never share an entry.
 */
export class VotingRollCache {
  private readonly entries = new Map<number, { version: string; roll: VotingRoll }>();

  constructor(private readonly capacity = 64) {}

  get(estateId: number): { version: string; roll: VotingRoll } | undefined {
    const entry = this.entries.get(estateId);
    if (entry) {
      // least recently used goes first
      this.entries.delete(estateId);
      this.entries.set(estateId, entry);
    }
    return entry;
  }

  set(estateId: number, version: string, roll: VotingRoll): void {
    // shared by every request from now on: nobody may change it
    for (const person of roll.persons) Object.freeze(person);
    Object.freeze(roll.persons);
    this.entries.delete(estateId);
    this.entries.set(estateId, { version, roll });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}

const caches = new WeakMap<DataSource, VotingRollCache>();

export function votingRollCacheOf(ds: DataSource): VotingRollCache {
  let cache = caches.get(ds);
  if (!cache) caches.set(ds, (cache = new VotingRollCache()));
  return cache;
}
