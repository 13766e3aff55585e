import { DataSource } from 'typeorm';
import { Principal } from './principal';
import { Config } from '../config';
import { Logger } from '../shared/logger';
import { RequestStats } from './request-stats';
import { Loaders } from './loaders';

/** What every resolver and service receives first: who is asking, and the request's own loaders. */
export interface RequestContext {
  principal: Principal | null;
  ds: DataSource;
  config: Config;
  log: Logger;
  loaders: Loaders;
  stats: RequestStats;
  clientIp: string;
  /** request-scoped memo for facts asked for more than once (e.g. an officer's jurisdiction) */
  memo: Map<string, Promise<unknown>>;
}

/** Computes a fact once per request. */
export function memoize<T>(ctx: RequestContext, key: string, compute: () => Promise<T>): Promise<T> {
  let value = ctx.memo.get(key) as Promise<T> | undefined;
  if (!value) {
    value = compute();
    ctx.memo.set(key, value);
  }
  return value;
}

/** A context for work the server does on its own (start-up, scripts): nobody signed in, fresh loaders. */
export function systemContext(ds: DataSource, config: Config, log: Logger): RequestContext {
  return { principal: null, ds, config, log, loaders: new Loaders(ds.manager), stats: { sqlStatements: 0 }, clientIp: 'local', memo: new Map() };
}
