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
  const runner = app.ds.createQueryRunner();
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

  it('are off with PREPARED_STATEMENTS=0', async () => {
    const plain = await startTestApp({ PREPARED_STATEMENTS: '0' }, { sameDatabaseAs: app });
    try {
      const runner = plain.ds.createQueryRunner();
      await runner.connect();
      try {
        const sql = `SELECT name FROM firm WHERE id = $1 /* never-prepared */`;
        for (let i = 0; i < 3; i++) await runner.query(sql, [1]);
        expect(await preparedOn((s) => runner.query(s))).not.toContain(sql);
      } finally {
        await runner.release();
      }
    } finally {
      await plain.close();
    }
  });
});
