import { AsyncLocalStorage } from 'node:async_hooks';

/** Per-request counters (SQL statements), carried by async context so no code has to pass them along. */
export interface RequestStats {
  sqlStatements: number;
}

const storage = new AsyncLocalStorage<RequestStats>();

export function runWithStats<T>(stats: RequestStats, fn: () => T): T {
  return storage.run(stats, fn);
}

export function currentStats(): RequestStats | undefined {
  return storage.getStore();
}
