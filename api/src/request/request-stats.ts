import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Per-request counters (SQL statements), carried by async context so no code has to pass them along. Async
 * context costs every promise of every request, so the server counts only when EXPOSE_SQL_STATEMENTS asks
 * (tests, the benchmark, a diagnosis); `counted` says whether this request's figure is real.
 */
export interface RequestStats {
  sqlStatements: number;
  counted?: boolean;
  /** the request's id, for the SQL warnings logged while it is counted */
  requestId?: string;
}

const storage = new AsyncLocalStorage<RequestStats>();

export function runWithStats<T>(stats: RequestStats, fn: () => T): T {
  stats.counted = true;
  return storage.run(stats, fn);
}

export function currentStats(): RequestStats | undefined {
  return storage.getStore();
}
