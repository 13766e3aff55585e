/**
 * A closed-loop load generator: `concurrency` virtual users each run the operation again as soon as the last
 * one finished, for a fixed time after a warm-up. Latency is per operation (which may be several HTTP
 * requests, e.g. create → submit → approve), measured in this process around the whole operation.
 */
export interface OpOutcome {
  /** HTTP requests the operation made (SQL statements are per request) */
  requests: number;
  /** SQL statements the server reported over those requests; NaN for raw SQL */
  sqlStatements: number;
  /** a label to break latencies down by, e.g. the page number of a sync */
  tag?: string;
}

export type Operation = (vu: number, iteration: number) => Promise<OpOutcome>;

export interface Sample {
  ms: number;
  tag?: string;
}

export interface RunResult {
  operations: number;
  requests: number;
  sqlStatements: number;
  errors: number;
  firstError: string | null;
  seconds: number;
  samples: Sample[];
}

/** Called when measuring starts and when it stops (e.g. to read CPU counters over the same window). */
export interface Window {
  start(): void;
  stop(): void;
}

export async function drive(
  operation: Operation,
  options: { concurrency: number; durationMs: number; warmupMs: number },
  window?: Window,
): Promise<RunResult> {
  const started = performance.now();
  const measureFrom = started + options.warmupMs;
  const stopAt = measureFrom + options.durationMs;
  // the window is closed once: by its timer, or after the users stopped if the timer came late (a busy loop fires it
  // after they all saw stopAt, and clearing it unfired left the window's CPU figures NaN)
  let opened = false;
  let closed = false;
  const open = () => {
    opened = true;
    window?.start();
  };
  const close = () => {
    if (!window || !opened || closed) return;
    closed = true;
    window.stop();
  };
  const timers = window ? [setTimeout(open, options.warmupMs), setTimeout(close, options.warmupMs + options.durationMs)] : [];
  const result: RunResult = { operations: 0, requests: 0, sqlStatements: 0, errors: 0, firstError: null, seconds: 0, samples: [] };
  const user = async (vu: number) => {
    for (let iteration = 0; performance.now() < stopAt; iteration++) {
      const t0 = performance.now();
      try {
        const outcome = await operation(vu, iteration);
        const t1 = performance.now();
        if (t0 >= measureFrom && t1 <= stopAt) {
          result.operations++;
          result.requests += outcome.requests;
          result.sqlStatements += outcome.sqlStatements;
          result.samples.push({ ms: t1 - t0, tag: outcome.tag });
        }
      } catch (error) {
        result.errors++;
        result.firstError ??= error instanceof Error ? error.message : String(error);
        if (result.errors > 50 && result.errors > result.operations) throw new Error(`too many errors, first: ${result.firstError}`);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: options.concurrency }, (_, vu) => user(vu)));
  } finally {
    timers.forEach(clearTimeout);
    close();
  }
  result.seconds = options.durationMs / 1000;
  return result;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export interface Summary {
  operations: number;
  opsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  requestsPerOperation: number;
  sqlPerRequest: number;
  errors: number;
  firstError: string | null;
}

export function summarise(run: RunResult): Summary {
  const sorted = run.samples.map((s) => s.ms).sort((a, b) => a - b);
  return {
    operations: run.operations,
    opsPerSecond: run.operations / run.seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? NaN,
    requestsPerOperation: run.operations ? run.requests / run.operations : NaN,
    sqlPerRequest: run.requests ? run.sqlStatements / run.requests : NaN,
    errors: run.errors,
    firstError: run.firstError,
  };
}

/** p50 per tag (e.g. per page of a sync), in tag order. */
export function byTag(run: RunResult): Array<{ tag: string; count: number; p50: number; p95: number }> {
  const groups = new Map<string, number[]>();
  for (const s of run.samples) {
    if (s.tag === undefined) continue;
    const group = groups.get(s.tag) ?? [];
    group.push(s.ms);
    groups.set(s.tag, group);
  }
  return [...groups]
    .map(([tag, values]) => {
      const sorted = values.sort((a, b) => a - b);
      return { tag, count: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
    })
    .sort((a, b) => Number(a.tag) - Number(b.tag) || a.tag.localeCompare(b.tag));
}
