import crypto from 'node:crypto';
import pg from 'pg';
import { ARRAY_ROWS } from '../shared/hydrate';
import { SEND_AHEAD } from '../shared/sent-ahead';

/** PostgreSQL's answer when a prepared statement's result columns changed under it (a migration added one). */
function isStalePlan(error: unknown): boolean {
  const pgError = error as { code?: string; message?: string } | null;
  return pgError?.code === '0A000' && /cached plan must not change result type/.test(pgError.message ?? '');
}

/** The default of PREPARED_STATEMENTS (config.ts): statement texts a process prepares at most. */
export const PREPARED_STATEMENTS_DEFAULT = 200;

export interface PreparedStatementNames {
  /** the name to send `text` under, or null to send it unnamed (parsed and planned again) */
  nameFor(text: string): string | null;
  /** the plans behind `text` are stale on every connection: the next use prepares it under a new name */
  renew(text: string): void;
  readonly size: number;
}

/**
 * Which statement texts are sent as named (prepared) statements (docs/architecture.md#prepared-statements): a
 * text is named on its second use, and at most `limit` texts per process are, so a client that varies its
 * queries cannot make every connection hold plans without end.
 */
export function preparedStatementNames(limit: number): PreparedStatementNames {
  const names = new Map<string, string>();
  // texts seen once, forgotten together when there are many (a flood of one-off texts)
  const usedOnce = new Set<string>();
  const generation = new Map<string, number>();
  const nameOf = (text: string) => `w${crypto.createHash('sha1').update(text).digest('hex').slice(0, 30)}_${generation.get(text) ?? 0}`;
  return {
    nameFor(text) {
      const named = names.get(text);
      if (named) return named;
      if (names.size >= limit) return null;
      if (!usedOnce.has(text)) {
        if (usedOnce.size >= 4 * limit) usedOnce.clear();
        usedOnce.add(text);
        return null;
      }
      usedOnce.delete(text);
      const name = nameOf(text);
      names.set(text, name);
      return name;
    },
    renew(text) {
      generation.set(text, (generation.get(text) ?? 0) + 1);
      if (names.has(text)) names.set(text, nameOf(text));
    },
    get size() {
      return names.size;
    },
  };
}

/** What a statement sent ahead answers at once: no rows (its own answer is settled with the next statement's). */
const emptyResult = () => ({ command: 'INSERT', rowCount: 0, oid: 0, rows: [], fields: [] });

type Settled = { ok: true } | { ok: false; error: unknown };

/**
 * A `pg` client class whose repeated statements with parameters are prepared once per connection: PostgreSQL
 * then skips parsing and planning them (for a compiled list read, long text, a quarter of its time in
 * PostgreSQL). Statements without parameters use the simple protocol, which may hold several commands,
 * and are never named. A plan made stale by a migration is renewed and the statement sent again unnamed. A text that
 * starts with ARRAY_ROWS is answered in pg's array row mode, one that starts with SEND_AHEAD is sent ahead. With
 * PREPARED_STATEMENTS=0 it names nothing.
 */
export function preparingClient(names: PreparedStatementNames): typeof pg.Client {
  // looked up on every call: tracing (telemetry.ts) may wrap pg's own query after this class is made
  const pgQuery = (client: pg.Client, ...args: unknown[]) => (pg.Client.prototype.query as (...a: unknown[]) => unknown).apply(client, args);
  const send = (client: pg.Client, config: unknown, values?: unknown, callback?: unknown, sentAhead = false) => {
    const rowMode = typeof config === 'string' && config.startsWith(ARRAY_ROWS) ? 'array' : undefined;
    const name = typeof config === 'string' && Array.isArray(values) && values.length > 0 && callback === undefined ? names.nameFor(config) : null;
    if (!name) return rowMode ? pgQuery(client, { text: config, values, rowMode }, callback) : pgQuery(client, config, values, callback);
    const text = config as string;
    return (pgQuery(client, { name, text, values, rowMode }) as Promise<pg.QueryResult>).catch((error: unknown) => {
      if (!isStalePlan(error)) throw error;
      names.renew(text);
      // sent ahead, the statements behind it (the COMMIT) have ended its transaction: sent again it would run alone
      if (sentAhead) throw error;
      return pgQuery(client, { text, values, rowMode });
    });
  };
  // per connection: the statements sent ahead and not yet followed, settled (an error waits for the next statement)
  const sentAhead = new WeakMap<pg.Client, Promise<Settled>>();
  const pipelined = (client: pg.Client) => client as unknown as { pipeline: boolean; readyForQuery: boolean };
  class PreparingClient extends pg.Client {}
  Object.defineProperty(PreparingClient.prototype, 'query', {
    value: function query(this: pg.Client, config: unknown, valuesOrCallback?: unknown, maybeCallback?: unknown) {
      // pg's query(text, callback) as well as query(text, values, callback)
      const [values, callback] = typeof valuesOrCallback === 'function' ? [undefined, valuesOrCallback] : [valuesOrCallback, maybeCallback];
      const ahead = sentAhead.get(this);
      const aheadAllowed = typeof config === 'string' && config.startsWith(SEND_AHEAD) && callback === undefined;
      // idle inside a transaction (its next statement is certain to come), or behind another statement sent ahead
      if (aheadAllowed && (ahead || (pipelined(this).readyForQuery && this.getTransactionStatus() === 'T'))) {
        pipelined(this).pipeline = true;
        const sent: Promise<Settled> = (send(this, config, values, undefined, true) as Promise<unknown>).then(
          () => ({ ok: true }),
          (error: unknown) => ({ ok: false, error }),
        );
        sentAhead.set(this, ahead ? Promise.all([ahead, sent]).then(([first, second]) => (first.ok ? second : first)) : sent);
        return Promise.resolve(emptyResult());
      }
      if (!ahead) return send(this, config, values, callback);
      sentAhead.delete(this);
      const rollingBack = typeof config === 'string' && /^\s*ROLLBACK\b/i.test(config);
      const next = (send(this, config, values) as Promise<unknown>).then(
        (result) => ({ ok: true as const, result }),
        (error: unknown) => ({ ok: false as const, error }),
      );
      const answered = Promise.all([ahead, next]).then(([before, after]) => {
        pipelined(this).pipeline = false;
        if (!before.ok && !rollingBack) throw before.error;
        if (!after.ok) throw after.error;
        // a COMMIT that PostgreSQL answered with ROLLBACK did not commit, whatever was sent ahead of it
        if (/^\s*COMMIT\b/i.test(String(config)) && (after.result as pg.QueryResult).command === 'ROLLBACK') throw new Error('COMMIT was answered with ROLLBACK: the transaction had failed');
        return after.result;
      });
      if (callback === undefined) return answered;
      answered.then((result) => (callback as (error: unknown, result?: unknown) => void)(null, result), (error: unknown) => (callback as (error: unknown) => void)(error));
      return undefined;
    },
  });
  // pg-pool hands each checkout a `release` of its own and drops a client released with an error: a connection given
  // back inside a transaction, or with a statement sent ahead unanswered, would carry either to its next user
  const releases = new WeakMap<pg.Client, (error?: unknown) => void>();
  Object.defineProperty(PreparingClient.prototype, 'release', {
    configurable: true,
    get(this: pg.Client) {
      return releases.get(this);
    },
    set(this: pg.Client, release: (error?: unknown) => void) {
      releases.set(this, (error?: unknown) => release(error ?? notReusable(this)));
    },
  });
  const notReusable = (client: pg.Client): Error | undefined => {
    if (sentAhead.has(client) || pipelined(client).pipeline) return new Error('released with a statement sent ahead and not followed: dropped from the pool');
    const status = client.getTransactionStatus();
    if (status === 'T' || status === 'E') return new Error('released inside a transaction: dropped from the pool');
    return undefined;
  };
  return PreparingClient;
}
