import { QueryRunner } from 'typeorm';
import { credentialsOf } from '../src/db/request-role';
import { FilingFlowTriggersDoLess1764807100000 } from '../../migrations/1764807100000-filing-flow-triggers-do-less';
import { rolledBack, startTestApp, TestApp } from './harness';

/**
 * The filing flow's triggers do less per write (migrations/1764807100000-filing-flow-triggers-do-less.ts): a fed write of
 * a record the transaction has saved already reads its version, where it tried an UPDATE of the record that matched
 * nothing, twice per event (the feed's insert and the event's own check), each firing the record's statement triggers.
 * Counted as PostgreSQL counts the transaction's function calls (track_functions), never timed. What the triggers refuse
 * stays in lifecycles-held, feed-and-counters-held, held-as-written and decisions-rest-on-current-facts.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

/** The calls of each function, by name, that one request-role write of a firm and its audit event makes. */
async function callsOfOneFedWrite(runner: QueryRunner, firmId: number): Promise<Record<string, number>> {
  const counted = async (): Promise<Map<string, number>> =>
    new Map((await runner.query(`SELECT funcname, calls::int AS calls FROM pg_stat_xact_user_functions`)).map((r: { funcname: string; calls: number }) => [r.funcname, r.calls]));
  await runner.query(`SET LOCAL ROLE ${credentialsOf(app.appDatabaseUrl).user}`);
  const before = await counted();
  // as the service saves a firm and then records its audit event, in one transaction
  await runner.query(`UPDATE firm SET contact_phone = contact_phone WHERE id = $1`, [firmId]);
  await runner.query(`INSERT INTO audit_event (actor_name, action, entity_type, entity_id) VALUES ('probe', 'firm.update', 'Firm', $1)`, [String(firmId)]);
  const after = await counted();
  await runner.query(`RESET ROLE`);
  const [fed] = await runner.query(`SELECT count(*)::int AS n FROM change_event WHERE entity_type = 'Firm' AND entity_id = $1 AND xmin = pg_current_xact_id()::xid`, [String(firmId)]);
  expect(fed.n).toBeGreaterThan(0); // the feed took the write
  return Object.fromEntries([...after].map(([name, calls]) => [name, calls - (before.get(name) ?? 0)]));
}

async function someFirm(): Promise<number> {
  const [{ id }] = await app.ds.query(`SELECT id FROM firm ORDER BY id LIMIT 1`);
  return id;
}

describe('a fed write of a firm its transaction saved', () => {
  it('fires firm’s statement trigger once (its own UPDATE), its version read twice, not updated', async () => {
    const id = await someFirm();
    const calls = await rolledBack(app.ds, async (runner) => {
      await runner.query(`SET LOCAL track_functions = 'pl'`);
      return callsOfOneFedWrite(runner, id);
    });
    expect(calls.change_event_version).toBe(2); // the feed's insert and the event's own check
    expect(calls.name_kept_on_update).toBe(1);
  });

  it('fired it three times before this migration (down() brings the empty UPDATEs back, up() removes them)', async () => {
    const id = await someFirm();
    const [before, after] = await rolledBack(app.ds, async (runner) => {
      await runner.query(`SET LOCAL track_functions = 'pl'`);
      await new FilingFlowTriggersDoLess1764807100000().down(runner);
      const old = await callsOfOneFedWrite(runner, id);
      await new FilingFlowTriggersDoLess1764807100000().up(runner);
      return [old, await callsOfOneFedWrite(runner, id)];
    });
    expect(before.name_kept_on_update).toBe(3);
    expect(after.name_kept_on_update).toBe(1);
  });
});
