import pg from 'pg';
import { loadConfig } from '../src/config';
import { readTogether, systemContext, withTransaction } from '../src/request/context';
import { createLogger } from '../src/shared/logger';
import { startTestApp, TestApp } from './harness';

/**
 * readTogether (request/context.ts): inside a transaction its reads go one after another on the transaction's one
 * connection, never queued behind each other in pg (which pg 8 warns of and pg 9 will refuse); on the pool, all
 * at once, each on a connection of its own.
 */
let app: TestApp;
/** for each query a pg client was asked to run: how many of its queries were already running or waiting */
let ahead: number[] = [];
const query = pg.Client.prototype.query;
beforeAll(async () => {
  app = await startTestApp();
  pg.Client.prototype.query = function (this: pg.Client & { _queryQueue: unknown[]; _activeQuery: unknown }, ...args: unknown[]) {
    ahead.push(this._queryQueue.length + (this._activeQuery ? 1 : 0));
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;
});
afterAll(async () => {
  pg.Client.prototype.query = query;
  await app?.close();
});
beforeEach(() => {
  ahead = [];
});

const ctxOf = () => systemContext(app.ds, loadConfig({ DATABASE_URL: app.databaseUrl }), createLogger('silent'));
const read = (ctx: ReturnType<typeof ctxOf>, n: number) => () => ctx.em.query(`SELECT $1::int AS n, pg_sleep(0.02)`, [n]).then((rows: Array<{ n: number }>) => rows[0].n);

describe('readTogether', () => {
  it('inside a transaction reads one after another, in order: no query waits behind another', async () => {
    const values = await withTransaction(ctxOf(), (tx) => readTogether(tx, [read(tx, 1), read(tx, 2), read(tx, 3)]));
    expect(values).toEqual([1, 2, 3]);
    expect(ahead.length).toBeGreaterThanOrEqual(5); // BEGIN, three reads, COMMIT
    expect(Math.max(...ahead)).toBe(0);
  });

  it('on the pool reads at once, each on a connection of its own', async () => {
    const ctx = ctxOf();
    const backend = () => ctx.em.query(`SELECT pg_backend_pid() AS pid, pg_sleep(0.05)`).then((rows: Array<{ pid: number }>) => rows[0].pid);
    const pids = await readTogether(ctx, [backend, backend, backend]);
    expect(new Set(pids).size).toBe(3);
  });

  it('the check above can fail: Promise.all inside a transaction queues reads behind each other', async () => {
    // two at once: the second waits behind the first (with a third, pg would also print its deprecation warning)
    await withTransaction(ctxOf(), (tx) => Promise.all([read(tx, 1)(), read(tx, 2)()]));
    expect(Math.max(...ahead)).toBeGreaterThan(0);
  });
});
