import pg from 'pg';
import { GqlClient } from '../http';
import { Operation } from '../load';
import { BenchSeedResult } from '../seed';

/** What every scenario gets: the API over HTTP, a pg pool on the same database, and the seeded facts. */
export interface BenchContext {
  api: GqlClient;
  /** PostGraphile 5 on the same database (bench/peer/postgraphile.mjs), unless --no-peer */
  peer: GqlClient | null;
  /** a bare HTTP server answering the raw fetches (bench/bare-server.ts), when one user alone is measured */
  bare: GqlClient | null;
  /** a second API server with RESPONSE_CACHE=on, for the scenarios that need it */
  cachedApi: GqlClient | null;
  pool: pg.Pool;
  seed: BenchSeedResult;
  concurrency: number;
  /** session tokens of the demo accounts, and an integrator's API token (REGISTRY_READ + ELECTIONS_READ) */
  tokens: Record<'manager' | 'clerk' | 'registrar' | 'registrar2' | 'officer' | 'integrator', string>;
}

/**
 * One real operation a user makes, twice: through the API, and as the same data fetch in hand-written SQL
 * through `pg` in this process (the floor the API is compared with).
 */
export interface Scenario {
  name: string;
  title: string;
  prepare?(ctx: BenchContext): Promise<void>;
  api(ctx: BenchContext): Operation;
  raw(ctx: BenchContext): Operation;
  /**
   * SQL statements of one request at a small and a large size of what it reads (page size, or estate size):
   * the benchmark checks they are equal.
   */
  statementProbe?(ctx: BenchContext): Promise<{ small: number; large: number; sizes: string }>;
  /** the same read through PostGraphile (the peer), when it can serve it */
  peer?(ctx: BenchContext): Operation;
  /** compares the peer's rows with ours (field names mapped) and says what it compared; throws on a difference */
  checkPeer?(ctx: BenchContext): Promise<string>;
  /**
   * The raw fetch answered over HTTP by a bare server (bench/bare-server.ts: node:http, `pg` and
   * JSON.stringify, nothing else), one user alone: what a plain Node.js server adds to the raw floor for this read.
   * `fetch` runs in that server's process with what `drive` posts to it (ctx.bare) and returns its answer's data.
   */
  bare?: { fetch(pool: pg.Pool, input: Record<string, unknown>): Promise<unknown>; drive(ctx: BenchContext): Operation };
  /** measured on the API server with RESPONSE_CACHE=on (ctx.cachedApi) */
  needsCachedApi?: boolean;
  /**
   * For operations that take seconds at scale: at most this many virtual users, over at least this long, on
   * both sides (an operation counts only when it starts and ends inside the window).
   */
  heavy?: { maxConcurrency: number; minDurationMs: number };
}
