import { QueryRunner } from 'typeorm';
import { SEND_AHEAD } from '../src/shared/sent-ahead';
import { ARRAY_ROWS } from '../src/shared/hydrate';
import { startTestApp, TestApp } from './harness';
import { LIST_FIRMS } from './operations';

/**
 * Prepared statements (docs/architecture.md#prepared-statements) on a real PostgreSQL: a repeated statement with
 * parameters is prepared on its connection, one without parameters never is, and a migration that adds a column
 * under a running process does not break the statements prepared before it.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

/** One connection of the API's own pool, for what PostgreSQL keeps per session. */
async function onOneConnection<T>(work: (query: (sql: string, params?: unknown[]) => Promise<any[]>) => Promise<T>): Promise<T> {
  const runner = app.serverDs.createQueryRunner();
  try {
    await runner.connect();
    return await work((sql, params) => runner.query(sql, params));
  } finally {
    await runner.release();
  }
}

const preparedOn = (query: (sql: string) => Promise<Array<{ statement: string }>>) => query(`SELECT statement FROM pg_prepared_statements`).then((rows) => rows.map((r) => r.statement));

describe('prepared statements', () => {
  it('prepare a statement with parameters on its second use, never one without', async () => {
    await onOneConnection(async (query) => {
      const withParameters = `SELECT name FROM firm WHERE id = $1 /* prepared-probe */`;
      const without = `SELECT count(*) FROM firm /* unprepared-probe */`;
      await query(withParameters, [1]);
      await query(without);
      expect(await preparedOn(query)).not.toContain(withParameters);
      await query(withParameters, [2]);
      await query(without);
      const prepared = await preparedOn(query);
      expect(prepared).toContain(withParameters);
      expect(prepared.some((statement) => statement.includes('unprepared-probe'))).toBe(false);
    });
  });

  it('survive a migration that adds a column: the stale statement is renewed and answers with the new column', async () => {
    await onOneConnection(async (query) => {
      const sql = `SELECT f.* FROM firm f WHERE f.id = $1 /* stale-probe */`;
      await query(sql, [1]);
      await query(sql, [1]);
      expect(await preparedOn(query)).toContain(sql);
      await app.ds.query(`ALTER TABLE firm ADD COLUMN stale_probe integer`);
      try {
        const [row] = await query(sql, [1]);
        expect(row).toHaveProperty('stale_probe', null);
        // the renewed name is prepared again on its next uses
        await query(sql, [1]);
        expect((await query(sql, [1]))[0]).toHaveProperty('stale_probe', null);
      } finally {
        await app.ds.query(`ALTER TABLE firm DROP COLUMN stale_probe`);
      }
    });
    // and the API's compiled list (SELECT "f".*) still answers, on whichever connections held it
    for (let i = 0; i < 3; i++) expect((await app.as('manager', LIST_FIRMS, { options: { take: 3 } })).firms.items).toHaveLength(3);
  });

  it('keep one plan for a list filtered by a name search and an enum, whatever the term: PostgreSQL does not plan it again on every request', async () => {
    // a province's number of firms (the demo's, twenty times over), for PostgreSQL's estimates to weigh as they do there
    await app.ds.query(`INSERT INTO firm (name, credit_code, legal_representative, registered_address, contact_person, contact_phone, district_id,
                                          status, filing_status, filing_number)
                        SELECT f.name || '（' || g || '）', 'P' || lpad((g * 100000 + f.id)::text, 17, '0'), f.legal_representative, f.registered_address,
                               f.contact_person, f.contact_phone, f.district_id, f.status, f.filing_status, f.filing_number || '-P' || g
                          FROM firm f CROSS JOIN generate_series(1, 20) g`);
    await app.ds.query(`ANALYZE firm`);
    // every request executed (no response cache), one at a time
    const uncached = await startTestApp({ RESPONSE_CACHE: 'off' }, { sameDatabaseAs: app });
    try {
      for (let i = 0; i < 14; i++) {
        const filter = { name: i % 2 ? '物业' : '有限公司', filingStatus: 'APPROVED' as const };
        const variables = { options: { take: 5, sort: { field: 'NAME' as const, direction: 'ASC' as const }, filter } };
        expect((await uncached.as('manager', LIST_FIRMS, variables)).firms.items.length).toBeGreaterThan(0);
      }
      // what each connection of the pool holds: all of them borrowed at once
      const runners = await Promise.all(Array.from({ length: 10 }, async () => {
        const runner = uncached.serverDs.createQueryRunner();
        await runner.connect();
        return runner;
      }));
      let plans: Array<{ generic_plans: string; custom_plans: string }> = [];
      try {
        for (const runner of runners) {
          plans = plans.concat(await runner.query(`SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE statement LIKE '%FROM "firm"%' AND statement LIKE '%"@total"%'`));
        }
      } finally {
        await Promise.all(runners.map((runner) => runner.release()));
      }
      const executions = plans.reduce((sum, p) => sum + Number(p.generic_plans) + Number(p.custom_plans), 0);
      // the first request of a text is not prepared (docs/architecture.md#prepared-statements)
      expect(executions).toBeGreaterThanOrEqual(12);
      // PostgreSQL plans for the values five times, then keeps the generic plan where it is no dearer
      for (const plan of plans) expect(Number(plan.custom_plans)).toBeLessThanOrEqual(5);
    } finally {
      await uncached.close();
      await app.ds.query(`DELETE FROM firm WHERE credit_code LIKE 'P%'`);
    }
  });

  it('are off with PREPARED_STATEMENTS=0', async () => {
    const plain = await startTestApp({ PREPARED_STATEMENTS: '0' }, { sameDatabaseAs: app });
    try {
      const runner = plain.serverDs.createQueryRunner();
      await runner.connect();
      try {
        const sql = `SELECT name FROM firm WHERE id = $1 /* never-prepared */`;
        for (let i = 0; i < 3; i++) await runner.query(sql, [1]);
        expect(await preparedOn((s) => runner.query(s))).not.toContain(sql);
        // rows as arrays where a statement asks, with no statement named
        expect(await runner.query(`${ARRAY_ROWS}SELECT id, name FROM firm WHERE id = $1`, [1])).toEqual([[1, expect.any(String)]]);
      } finally {
        await runner.release();
      }
    } finally {
      await plain.close();
    }
  });

  it('answer a statement that asks for them with rows as arrays, sent unnamed and named alike, and others with objects', async () => {
    const sql = `${ARRAY_ROWS}SELECT id, name, $1::int AS n FROM firm WHERE id <= 2 ORDER BY id`;
    const [{ name: first }, { name: second }] = await app.ds.query(`SELECT name FROM firm WHERE id <= 2 ORDER BY id`);
    await onOneConnection(async (query) => {
      const answers = [];
      for (let i = 0; i < 3; i++) answers.push(await query(sql, [i]));
      expect(answers).toEqual([0, 1, 2].map((n) => [[1, first, n], [2, second, n]]));
      expect(await preparedOn((s) => query(s))).toContain(sql);
      expect(await query(`SELECT id FROM firm WHERE id = $1`, [1])).toEqual([{ id: 1 }]);
    });
  });
});

describe('a statement sent ahead (the audit event a write records last)', () => {
  const probe = (action: string, entityId: string | null = '1') =>
    [`${SEND_AHEAD}INSERT INTO audit_event (actor_name, action, entity_type, entity_id) VALUES ('系统', $1, 'Probe', $2)`, [action, entityId]] as const;
  const kept = async (action: string) => Number((await app.ds.query(`SELECT count(*) AS n FROM audit_event WHERE action = $1`, [action]))[0].n);

  /** A transaction on a connection of the API's pool, with what its client writes to PostgreSQL recorded. */
  async function recordedTransaction(): Promise<{ runner: QueryRunner; written: string[]; pid: number }> {
    const runner = app.serverDs.createQueryRunner();
    await runner.connect();
    const [{ pid }] = await runner.query(`SELECT pg_backend_pid() AS pid`);
    const stream = (runner as unknown as { databaseConnection: { connection: { stream: { write: (...args: unknown[]) => boolean } } } }).databaseConnection.connection.stream;
    const written: string[] = [];
    const write = stream.write;
    stream.write = function (this: unknown, chunk: unknown, ...rest: unknown[]) {
      written.push(Buffer.from(chunk as Buffer).toString('latin1'));
      return write.call(this, chunk, ...rest);
    };
    // given back to the pool as it came
    const release = runner.release.bind(runner);
    runner.release = () => {
      stream.write = write;
      return release();
    };
    await runner.startTransaction();
    return { runner, written, pid };
  }

  const until = async (condition: () => Promise<boolean> | boolean) => {
    for (let i = 0; i < 200 && !(await condition()); i++) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(await condition()).toBe(true);
  };

  it('is answered at once, and the COMMIT is written behind it before PostgreSQL has answered it; both are kept', async () => {
    // another transaction holds the audit chain's head: the event sent ahead waits for it inside PostgreSQL
    const holder = app.ds.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query(`SELECT seq FROM audit_chain_head FOR UPDATE`);
    const { runner, written, pid } = await recordedTransaction();
    try {
      const [sql, params] = probe('probe.sent-ahead');
      expect(await runner.query(sql, [...params])).toEqual([]);
      const committed = runner.commitTransaction();
      await until(() => written.some((chunk) => chunk.includes('COMMIT')));
      // the COMMIT is on its way while the event still waits for the head: no round trip between them
      const [{ wait }] = await app.ds.query(`SELECT wait_event_type AS wait FROM pg_stat_activity WHERE pid = $1`, [pid]);
      expect(wait).toBe('Lock');
      expect(await kept('probe.sent-ahead')).toBe(0);
      await holder.rollbackTransaction();
      await committed;
      expect(await kept('probe.sent-ahead')).toBe(1);
    } finally {
      if (holder.isTransactionActive) await holder.rollbackTransaction();
      await holder.release();
      await runner.release();
    }
  });

  it('fails the next statement with its own error, and the transaction keeps nothing; a ROLLBACK behind it succeeds', async () => {
    const { runner } = await recordedTransaction();
    try {
      await runner.query(`INSERT INTO audit_event (actor_name, action, entity_type, entity_id) VALUES ('系统', 'probe.before-refused', 'Probe', '1')`);
      const [sql, params] = probe('probe.refused', null);
      await runner.query(sql, [...params]);
      await expect(runner.commitTransaction()).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '23502', column: 'entity_id' }) });
      await runner.rollbackTransaction();
      expect(await kept('probe.before-refused')).toBe(0);
      // a refused statement followed by a ROLLBACK: the ROLLBACK's answer, not the error
      await runner.startTransaction();
      await runner.query(sql, [...params]);
      await expect(runner.rollbackTransaction()).resolves.toBeUndefined();
      // and the connection is as good as new: statements answered one by one again
      expect(await runner.query(`SELECT 1 AS one`)).toEqual([{ one: 1 }]);
    } finally {
      await runner.release();
    }
  });

  it('is seen by the statements that follow it in its transaction, and two sent ahead in a row are both written', async () => {
    const { runner } = await recordedTransaction();
    try {
      for (const action of ['probe.first-ahead', 'probe.second-ahead']) {
        const [sql, params] = probe(action);
        await runner.query(sql, [...params]);
      }
      expect(await runner.query(`SELECT action FROM audit_event WHERE action IN ('probe.first-ahead', 'probe.second-ahead') ORDER BY id`)).toEqual([{ action: 'probe.first-ahead' }, { action: 'probe.second-ahead' }]);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    expect(await kept('probe.first-ahead')).toBe(0);
  });

  it('answers a callback-style statement behind it through the same path, with its error or its rows', async () => {
    const { runner } = await recordedTransaction();
    const client = (runner as unknown as { databaseConnection: { query: (sql: string, callback: (error: Error | null, result?: { rows: unknown[] }) => void) => void } }).databaseConnection;
    const viaCallback = (sql: string) => new Promise<{ error: Error | null; rows?: unknown[] }>((resolve) => client.query(sql, (error, result) => resolve({ error, rows: result?.rows })));
    try {
      const [sql, params] = probe('probe.callback-behind');
      await runner.query(sql, [...params]);
      expect(await viaCallback(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'probe.callback-behind'`)).toEqual({ error: null, rows: [{ n: 1 }] });
      const [refused, refusedParams] = probe('probe.callback-refused', null);
      await runner.query(refused, [...refusedParams]);
      const answered = await viaCallback(`SELECT 1 AS one`);
      expect(answered.error).toMatchObject({ code: '23502', column: 'entity_id' });
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    expect(await kept('probe.callback-behind')).toBe(0);
  });

  it('is not sent ahead outside a transaction: it is answered when it has run', async () => {
    const runner = app.serverDs.createQueryRunner();
    try {
      const [sql, params] = probe('probe.not-ahead');
      await runner.query(sql, [...params]);
      expect(await kept('probe.not-ahead')).toBe(1);
    } finally {
      await runner.release();
    }
  });
});

describe('a connection given back to the pool', () => {
  /** The backend of the connection the pool hands out next, and whether it is inside a transaction. */
  async function nextConnection(): Promise<{ pid: number; inTransaction: boolean }> {
    const runner = app.serverDs.createQueryRunner();
    try {
      await runner.connect();
      const [{ pid, xact }] = await runner.query(`SELECT pg_backend_pid() AS pid, now() <> statement_timestamp() AS xact`);
      return { pid, inTransaction: xact };
    } finally {
      await runner.release();
    }
  }

  /** A runner left as `leave` leaves it, released without COMMIT or ROLLBACK; its backend's pid. */
  async function releasedAs(leave: (runner: QueryRunner) => Promise<unknown>): Promise<number> {
    const runner = app.serverDs.createQueryRunner();
    await runner.connect();
    const [{ pid }] = await runner.query(`SELECT pg_backend_pid() AS pid`);
    await leave(runner);
    await runner.release();
    return pid;
  }

  const alive = async (pid: number) => (await app.ds.query(`SELECT 1 FROM pg_stat_activity WHERE pid = $1`, [pid])).length === 1;
  const gone = async (pid: number) => {
    for (let i = 0; i < 200 && (await alive(pid)); i++) await new Promise((resolve) => setTimeout(resolve, 25));
    return !(await alive(pid));
  };

  it('idle is handed out again (the pool gives back the connection last released)', async () => {
    const pid = await releasedAs((runner) => runner.query(`SELECT 1`));
    expect(await nextConnection()).toEqual({ pid, inTransaction: false });
  });

  it('after a transaction committed behind a statement sent ahead is handed out again', async () => {
    const pid = await releasedAs(async (runner) => {
      await runner.startTransaction();
      await runner.query(`${SEND_AHEAD}INSERT INTO audit_event (actor_name, action, entity_type, entity_id) VALUES ('系统', $1, 'Probe', '1')`, ['probe.ahead-committed']);
      await runner.commitTransaction();
    });
    expect(await nextConnection()).toEqual({ pid, inTransaction: false });
  });

  it('inside a transaction is dropped: its next user does not inherit the transaction, nor its writes', async () => {
    const pid = await releasedAs(async (runner) => {
      await runner.startTransaction();
      await runner.query(`INSERT INTO audit_event (actor_name, action, entity_type, entity_id) VALUES ('系统', 'probe.abandoned', 'Probe', '1')`);
    });
    const next = await nextConnection();
    expect(next.pid).not.toBe(pid);
    expect(next.inTransaction).toBe(false);
    expect(await gone(pid)).toBe(true);
    expect((await app.ds.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'probe.abandoned'`))[0].n).toBe(0);
  });

  it('inside a failed transaction is dropped', async () => {
    const pid = await releasedAs(async (runner) => {
      await runner.startTransaction();
      await runner.query(`SELECT 1 / 0`).catch(() => undefined);
    });
    expect((await nextConnection()).pid).not.toBe(pid);
    expect(await gone(pid)).toBe(true);
  });

  it('with a statement sent ahead and not followed is dropped, and the statement is not kept', async () => {
    const pid = await releasedAs(async (runner) => {
      await runner.startTransaction();
      await runner.query(`${SEND_AHEAD}INSERT INTO audit_event (actor_name, action, entity_type, entity_id) VALUES ('系统', $1, 'Probe', '1')`, ['probe.ahead-abandoned']);
    });
    expect((await nextConnection()).pid).not.toBe(pid);
    expect(await gone(pid)).toBe(true);
    expect((await app.ds.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'probe.ahead-abandoned'`))[0].n).toBe(0);
  });
});
