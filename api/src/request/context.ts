import { DataSource, EntityManager } from 'typeorm';
import { Config } from '../config';
import { Logger } from '../shared/logger';
import { Loaders } from './loaders';
import { Principal } from './principal';
import { RequestStats } from './request-stats';
import type { TableVersions } from '../shared/table-versions';
import type { SessionCheck } from './session-check';

/**
 * What every resolver and service receives first, and the only way to the database: who is asking, the
 * request's entity manager (a transaction's inside `withTransaction`), its loaders and its memo.
 */
export interface RequestContext {
  readonly principal: Principal | null;
  /** reads and writes go through this: the pool outside a transaction, the transaction's connection inside */
  readonly em: EntityManager;
  readonly config: Config;
  readonly log: Logger;
  /** per-request DataLoaders bound to `em` */
  readonly loaders: Loaders;
  readonly stats: RequestStats;
  readonly clientIp: string;
  /** request-scoped memo for facts asked for more than once (e.g. an officer's jurisdiction) */
  readonly memo: Map<string, Promise<unknown>>;
  /** the tables' versions, read once per request when first asked (shared/table-versions.ts); absent outside HTTP requests */
  readonly tableVersions?: () => Promise<TableVersions>;
  /** a session answered from the token cache, to settle before anything is answered or written (request/session-check.ts) */
  readonly sessionCheck?: SessionCheck;
  /** the estates an officer's jurisdiction was checked on in this request, checked again as its writes commit (estates/jurisdiction.ts) */
  readonly estatesChecked: Set<number>;
}

/** The parts of a context that do not depend on the database connection. */
export type RequestIdentity = Pick<RequestContext, 'principal' | 'config' | 'log' | 'stats' | 'clientIp' | 'tableVersions' | 'sessionCheck'> & { estatesChecked?: Set<number> };

/** A context over `em`: fresh loaders and memo, so nothing read through it comes from another connection. */
/** The signed-in person a change is recorded against; null for an integrator's token or the system. */
export function actorId(ctx: RequestContext): number | null {
  return ctx.principal?.kind === 'user' ? ctx.principal.id : null;
}

export function contextOn(identity: RequestIdentity, em: EntityManager): RequestContext {
  return { ...identity, em, loaders: new Loaders(em), memo: new Map(), estatesChecked: identity.estatesChecked ?? new Set() };
}

/** Computes a fact once per request (once per transaction inside `withTransaction`). */
export function memoize<T>(ctx: RequestContext, key: string, compute: () => Promise<T>): Promise<T> {
  let value = ctx.memo.get(key) as Promise<T> | undefined;
  if (!value) {
    value = compute();
    ctx.memo.set(key, value);
  }
  return value;
}

export function inTransaction(ctx: RequestContext): boolean {
  return ctx.em.queryRunner?.isTransactionActive === true;
}

/**
 * Reads started together: all at once on the pool (each on a connection of its own), one after another inside a
 * transaction, whose one connection runs one statement at a time (pg would queue them, and warns that pg 9 will not).
 */
export async function readTogether<T extends readonly unknown[]>(ctx: RequestContext, reads: { readonly [K in keyof T]: () => Promise<T[K]> }): Promise<T> {
  if (!inTransaction(ctx)) return (await Promise.all(reads.map((read) => read()))) as unknown as T;
  const values: unknown[] = [];
  for (const read of reads) values.push(await read());
  return values as unknown as T;
}

/**
 * Runs `work` in one transaction with a context bound to it: its reads see its own writes, its loaders and
 * memo are the transaction's, and it commits or rolls back as a whole. Inside a transaction already, `work`
 * joins it (a certification that opens a committee filing is one transaction, not two).
 */
export function withTransaction<T>(ctx: RequestContext, work: (tx: RequestContext) => Promise<T>): Promise<T> {
  if (inTransaction(ctx)) return work(ctx);
  return ctx.em.transaction(async (em) => {
    const tx = contextOn(ctx, em);
    const result = await work(tx);
    for (const check of commitChecks) await check(tx);
    return result;
  });
}

/** What every transaction checks last, before it commits: a check made before the write began holds at its end. */
const commitChecks: Array<(tx: RequestContext) => Promise<void>> = [];

/** Registers a check every transaction runs before it commits (estates/jurisdiction.ts: the officer's estates). */
export function checkBeforeCommit(check: (tx: RequestContext) => Promise<void>): void {
  commitChecks.push(check);
}

/** What the process keeps per database (caches checked against PostgreSQL on every use): one key per data source. */
export function processScope(ctx: RequestContext): DataSource {
  return ctx.em.dataSource;
}

/** A context for work the server does on its own (start-up, scripts): nobody signed in, fresh loaders. */
export function systemContext(ds: DataSource, config: Config, log: Logger): RequestContext {
  return contextOn({ principal: null, config, log, stats: { sqlStatements: 0 }, clientIp: 'local' }, ds.manager);
}
