import { QueryRunner } from 'typeorm';
import { startTestApp, TestApp } from './harness';

/**
 * Table versions move when their writer commits (docs/architecture.md#table-versions): once per table and
 * transaction, visible with the write or never, and the version row is locked only while the commit runs, so
 * that writers of one table no longer queue behind each other's open transactions.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const versionOf = async (table: string): Promise<number> =>
  Number((await app.ds.query(`SELECT version FROM table_version WHERE table_name = $1`, [table]))[0].version);

/** A session of its own that gives up on a lock after a second (the old trigger made it wait for the other's commit). */
async function session(): Promise<QueryRunner> {
  const runner = app.ds.createQueryRunner();
  await runner.connect();
  await runner.query(`SET lock_timeout = '1s'`);
  return runner;
}

async function inTwoSessions(work: (first: QueryRunner, second: QueryRunner) => Promise<void>): Promise<void> {
  const [first, second] = [await session(), await session()];
  try {
    await work(first, second);
  } finally {
    for (const runner of [first, second]) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  }
}

const touch = (runner: QueryRunner, table: 'firm' | 'project', id: number) => runner.query(`UPDATE ${table} SET version = version WHERE id = $1`, [id]);

describe('a table’s version', () => {
  it('moves once per transaction, at its commit, however many rows and statements it writes', async () => {
    const before = await versionOf('firm');
    await inTwoSessions(async (writer) => {
      await writer.startTransaction();
      await writer.query(`UPDATE firm SET version = version WHERE id <= 5`);
      await touch(writer, 'firm', 6);
      expect(await versionOf('firm')).toBe(before);
      await writer.commitTransaction();
    });
    expect(await versionOf('firm')).toBe(before + 1);
  });

  it('does not move for a transaction rolled back, nor for a write undone by its savepoint, nor for a statement that changed no row', async () => {
    const before = await versionOf('firm');
    await inTwoSessions(async (writer) => {
      await writer.startTransaction();
      await touch(writer, 'firm', 1);
      await writer.rollbackTransaction();
      await writer.startTransaction();
      await writer.query(`SAVEPOINT probe`);
      await touch(writer, 'firm', 1);
      await writer.query(`ROLLBACK TO SAVEPOINT probe`);
      await writer.query(`UPDATE firm SET version = version WHERE id < 0`);
      await writer.commitTransaction();
    });
    expect(await versionOf('firm')).toBe(before);
    // written again after its savepoint was undone, the transaction moves it once
    await inTwoSessions(async (writer) => {
      await writer.startTransaction();
      await writer.query(`SAVEPOINT probe`);
      await touch(writer, 'firm', 1);
      await writer.query(`ROLLBACK TO SAVEPOINT probe`);
      await touch(writer, 'firm', 1);
      await writer.commitTransaction();
    });
    expect(await versionOf('firm')).toBe(before + 1);
  });

  it('is not held by an open transaction that wrote the table: another writer of it commits meanwhile', async () => {
    const before = await versionOf('firm');
    await inTwoSessions(async (first, second) => {
      await first.startTransaction();
      await touch(first, 'firm', 1);
      await second.startTransaction();
      await touch(second, 'firm', 2);
      await second.commitTransaction();
      expect(await versionOf('firm')).toBe(before + 1);
      await first.commitTransaction();
    });
    expect(await versionOf('firm')).toBe(before + 2);
  });

  it('of two tables is moved in one order by everyone: two writers that touch them in opposite orders both commit', async () => {
    const [firms, projects] = [await versionOf('firm'), await versionOf('project')];
    await inTwoSessions(async (first, second) => {
      await first.startTransaction();
      await second.startTransaction();
      await touch(first, 'firm', 1);
      await touch(second, 'project', 1);
      await touch(first, 'project', 2);
      await touch(second, 'firm', 2);
      await Promise.all([first.commitTransaction(), second.commitTransaction()]);
    });
    expect([await versionOf('firm'), await versionOf('project')]).toEqual([firms + 2, projects + 2]);
  });

  it('is moved at commit for every versioned table (a table versioned later needs the same trigger)', async () => {
    const rows: Array<{ table_name: string; deferred: boolean }> = await app.ds.query(
      `SELECT v.table_name, bool_and(t.tgdeferrable AND t.tginitdeferred) AS deferred
         FROM table_version v
         JOIN pg_trigger t ON t.tgrelid = v.table_name::regclass AND t.tgname = v.table_name || '_version'
        GROUP BY v.table_name ORDER BY v.table_name`,
    );
    const versioned: Array<{ n: number }> = await app.ds.query(`SELECT count(*)::int AS n FROM table_version`);
    expect(rows).toHaveLength(versioned[0].n);
    expect(rows.filter((row) => !row.deferred)).toEqual([]);
  });
});
