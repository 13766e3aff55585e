import { FeedHeadCheckedByItsIndex1764806950000 } from '../../migrations/1764806950000-feed-head-checked-by-its-index';
import { rolledBack, startTestApp, TestApp } from './harness';

/**
 * The feed's head is checked by the ends of the position index (migrations/1764806950000-feed-head-checked-by-its-index.ts):
 * a write the feed takes does not scan change_event, even with the plan a trigger keeps for any position (PL/pgSQL's
 * generic plan, used after a session's first five calls). What the holds refuse stays in feed-and-counters-held.e2e.spec.ts.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

/** change_event's sequential scans in one request-role transaction that writes a firm and its audit event, rolled back */
async function feedScansOfOneWrite(): Promise<number> {
  const [{ id }] = await app.ds.query(`SELECT id FROM firm ORDER BY id LIMIT 1`);
  return rolledBack(app.serverDs, async (runner) => {
    await runner.query(`SET LOCAL plan_cache_mode = force_generic_plan`);
    // counted from here: what the transaction did before the write (a connection's own set-up) is not the write's
    const scanned = async (): Promise<number> => (await runner.query(`SELECT seq_scan::int AS n FROM pg_stat_xact_user_tables WHERE relname = 'change_event'`))[0].n;
    const before = await scanned();
    await runner.query(`UPDATE firm SET contact_phone = contact_phone WHERE id = $1`, [id]);
    await runner.query(`INSERT INTO audit_event (actor_name, action, entity_type, entity_id) VALUES ('probe', 'firm.update', 'Firm', $1)`, [String(id)]);
    const scans = (await scanned()) - before;
    const [fed] = await runner.query(`SELECT count(*)::int AS n FROM change_event WHERE entity_type = 'Firm' AND entity_id = $1 AND xmin = pg_current_xact_id()::xid`, [String(id)]);
    expect(fed.n).toBe(1); // the feed took the write: its head moved, past the check
    return scans;
  });
}

describe('the feed’s head', () => {
  it('moves without a scan of change_event, whatever the plan', async () => {
    expect(await feedScansOfOneWrite()).toBe(0);
  });

  it('was scanned for before this migration (down() brings the scan back, up() removes it)', async () => {
    await rolledBack(app.ds, async (runner) => {
      await new FeedHeadCheckedByItsIndex1764806950000().down(runner);
      const [{ body }] = await runner.query(`SELECT prosrc AS body FROM pg_proc WHERE proname = 'change_feed_head_moves'`);
      expect(body).toContain('EXISTS (SELECT 1 FROM change_event WHERE position > NEW.last)');
      await new FeedHeadCheckedByItsIndex1764806950000().up(runner);
      const [{ again }] = await runner.query(`SELECT prosrc AS again FROM pg_proc WHERE proname = 'change_feed_head_moves'`);
      expect(again).toContain('max(position)');
    });
  });
});
