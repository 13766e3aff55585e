import { DataSource } from 'typeorm';
import { processScope, RequestContext } from '../request/context';

/**
 * A map that keeps the `capacity` entries used last: reading or writing an entry makes it the newest, and a
 * write past capacity drops the oldest. The process's caches of computed facts (rolls, ballots, tallies) are
 * these, each checked against PostgreSQL on every use, so losing an entry costs a recomputation, never a
 * wrong answer.
 */
export class Lru<K, V> {
  // a Map iterates in insertion order: re-inserting an entry makes it the newest
  private readonly entries = new Map<K, V>();
  private weight = 0;

  /** With `budget`, also at most `maxWeight` in total by `weightOf` (e.g. bytes); a heavier entry is not kept. */
  constructor(
    readonly capacity: number,
    private readonly budget?: { maxWeight: number; weightOf: (value: V) => number },
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`an LRU holds at least one entry, not ${capacity}`);
  }

  get size(): number {
    return this.entries.size;
  }

  /** The sum of the entries' weights (0 without a budget). */
  get totalWeight(): number {
    return this.weight;
  }

  get(key: K): V | undefined {
    if (!this.entries.has(key)) return undefined;
    const value = this.entries.get(key) as V;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    this.delete(key);
    if (this.budget) {
      const weight = this.budget.weightOf(value);
      if (weight > this.budget.maxWeight) return;
      this.weight += weight;
    }
    this.entries.set(key, value);
    while (this.entries.size > this.capacity || (this.budget && this.weight > this.budget.maxWeight)) {
      this.delete(this.entries.keys().next().value as K);
    }
  }

  delete(key: K): void {
    if (!this.entries.has(key)) return;
    if (this.budget) this.weight -= this.budget.weightOf(this.entries.get(key) as V);
    this.entries.delete(key);
  }

  /** Keys from the least to the most recently used (for tests and diagnostics). */
  keys(): K[] {
    return [...this.entries.keys()];
  }
}

/**
 * One Lru per database the process talks to (processScope): two data sources in one process (tests, a
 * second cluster) never share an entry. Call at module level; the returned function gives the request's.
 */
export function lruPerDatabase<K, V>(capacity: number): (ctx: RequestContext) => Lru<K, V> {
  const byDatabase = new WeakMap<DataSource, Lru<K, V>>();
  return (ctx) => {
    const scope = processScope(ctx);
    let lru = byDatabase.get(scope);
    if (!lru) byDatabase.set(scope, (lru = new Lru<K, V>(capacity)));
    return lru;
  };
}
