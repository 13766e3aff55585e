import { OFFICER2_SUBDISTRICTS, OFFICER_SUBDISTRICTS } from '../src/seed/election-demo';
import { citizenIdCheckCharacter } from '../src/owners/citizen-id';
import { startTestApp, TestApp } from './harness';
import { RUN_IMPORT } from './operations';

/**
 * An officer's write commits only while its estate is hers (docs/roles-and-workflows.md#jurisdiction; the attacker's
 * review: a clerk moved the estate to another subdistrict while an owner roll was being imported, and its owners, ID
 * numbers and all, landed in another officer's hands). Here the move holds the estate while the import runs and
 * commits before it: the import is refused and writes nothing.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const idNumber = (n: number) => {
  const body = `330502198003${String(n).padStart(2, '0')}011`;
  return body + citizenIdCheckCharacter(body);
};
const roll = ['幢,单元,室,专有面积,面积来源,开发商持有,业主姓名,身份证号,电话,投票代表', ...[1, 2, 3].map((n) => `1幢,1单元,10${n},90.00,不动产登记,否,业主${n},${idNumber(n)},,否`)].join('\r\n');

it('an owner roll imported while the estate is moved to another subdistrict is refused, and nothing of it is written', async () => {
  const [estate] = await app.ds.query(
    `SELECT e.id, e.community_id FROM estate e JOIN community c ON c.id = e.community_id JOIN subdistrict s ON s.id = c.subdistrict_id
      WHERE s.name = ANY($1) AND NOT EXISTS (SELECT 1 FROM unit u WHERE u.estate_id = e.id) AND NOT EXISTS (SELECT 1 FROM election el WHERE el.estate_id = e.id)
      ORDER BY e.id LIMIT 1`,
    [OFFICER_SUBDISTRICTS],
  );
  const [elsewhere] = await app.ds.query(`SELECT c.id FROM community c JOIN subdistrict s ON s.id = c.subdistrict_id WHERE s.name = ANY($1) ORDER BY c.id LIMIT 1`, [OFFICER2_SUBDISTRICTS]);
  const token = await app.tokenFor('officer');

  // the clerk's move, as estate.service does it: the row locked, then changed, then committed
  const mover = app.ds.createQueryRunner();
  await mover.connect();
  await mover.startTransaction();
  try {
    await mover.query(`SELECT id FROM estate WHERE id = $1 FOR UPDATE`, [estate.id]);
    const importing = app.gql(RUN_IMPORT, { kind: 'OWNER_ROLL', mode: 'ALL_OR_NOTHING', estateId: String(estate.id), file: { name: 'roll.csv', contentBase64: Buffer.from(`\uFEFF${roll}\r\n`).toString('base64') } }, token);
    // the import waits on the estate the move holds
    for (let waited = 0; ; waited += 50) {
      // a row lock is waited for on the holder's transaction
      const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted AND locktype IN ('transactionid', 'tuple')`);
      if (n > 0) break;
      if (waited > 20_000) throw new Error('the import never waited for the estate');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await mover.query(`UPDATE estate SET community_id = $2 WHERE id = $1`, [estate.id, elsewhere.id]);
    await mover.commitTransaction();

    const result = await importing;
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'JURISDICTION' });
    expect(await app.ds.query(`SELECT count(*)::int AS n FROM unit WHERE estate_id = $1`, [estate.id])).toEqual([{ n: 0 }]);
    expect(await app.ds.query(`SELECT count(*)::int AS n FROM owner WHERE estate_id = $1`, [estate.id])).toEqual([{ n: 0 }]);
  } finally {
    if (mover.isTransactionActive) await mover.rollbackTransaction();
    await mover.release();
    await app.ds.query(`UPDATE estate SET community_id = $2 WHERE id = $1`, [estate.id, estate.community_id]);
  }
});
