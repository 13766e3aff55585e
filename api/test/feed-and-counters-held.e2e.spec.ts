import { formatFilingNumber } from '../src/filings/filing';
import { pruneChangeFeed } from '../src/feed/change-feed';
import { yearInChina } from '../src/shared/iso-date';
import { FeedAndCountersHeld1764806500000 } from '../../migrations/1764806500000-feed-and-counters-held';
import { DueDaysInForce1764806510000 } from '../../migrations/1764806510000-due-days-in-force';
import { asRequestRole, refusedBy, rolledBack, startTestApp, TestApp } from './harness';
import { APPROVE_FIRM, CREATE_FIRM, firmInput, SUBMIT_FIRM } from './operations';

/**
 * The change feed and the filing counters are held against the request role (migrations/1764806500000-feed-and-counters-held.ts;
 * attacker review round 9, O3): each raw bypass is refused with its constraint, while the application's own writes,
 * the feed's pruning and filing approvals go through.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const AT_COMMIT: [string] = ['SET CONSTRAINTS ALL IMMEDIATE'];
const head = async (): Promise<{ last: number; pruned_through: number }> => {
  const [row] = await app.ds.query(`SELECT last::int, pruned_through::int FROM change_feed_head`);
  return row;
};

async function approvedFirm(): Promise<{ id: string; filingNumber: string | null }> {
  const { createFirm } = await app.as('clerk', CREATE_FIRM, { input: firmInput() });
  await app.as('clerk', SUBMIT_FIRM, { id: createFirm.id, version: 1 });
  const { approveFirm } = await app.as('registrar', APPROVE_FIRM, { id: createFirm.id, version: 2 });
  return approveFirm;
}

describe('a change event', () => {
  it('is never rewritten', async () => {
    const { last } = await head();
    expect(refusedBy(await asRequestRole(app, [`UPDATE change_event SET version = version + 1 WHERE position = $1`, [last]]))).toBe('change_event_kept');
    expect(refusedBy(await asRequestRole(app, [`UPDATE change_event SET action = 'firm.update' WHERE position = $1`, [last]]))).toBe('change_event_kept');
  });

  it('is written only from its audit event, in its transaction', async () => {
    const { last } = await head();
    const [old] = await app.ds.query(`SELECT audit_event_id, at, entity_type, entity_id, action FROM change_event WHERE position = $1`, [last]);
    const forged = `INSERT INTO change_event (position, at, audit_event_id, entity_type, entity_id, action, version) VALUES ($1, $2, $3, $4, $5, $6, 99)`;
    // an old audit event fed again, or a new event invented from nothing
    expect(refusedBy(await asRequestRole(app, [forged, [last + 1, old.at, old.audit_event_id, old.entity_type, old.entity_id, old.action]]))).toBe('change_event_born_of_its_audit_event');
    expect(refusedBy(await asRequestRole(app, [forged, [last + 1, new Date(), 0, 'Firm', '1', 'firm.update']]))).toBe('change_event_born_of_its_audit_event');
  });

  it('is not removed while recent, nor from anywhere but the oldest end', async () => {
    const { last, pruned_through } = await head();
    // the whole feed, recent events too, with the head told it was pruned (as the pruning's own statement)
    const recent = [`WITH gone AS (DELETE FROM change_event WHERE position <= $1 RETURNING position)
                     UPDATE change_feed_head SET pruned_through = $1`, [last]] as [string, unknown[]];
    expect(refusedBy(await asRequestRole(app, recent))).toBe('change_event_pruned_as_a_prefix');
    expect(refusedBy(await asRequestRole(app, [`DELETE FROM change_event WHERE position = $1`, [last]]))).toBe('change_event_pruned_as_a_prefix');
    // old enough, but from the middle: the events before it stay (the owner ages them, as time would)
    await app.ds.query(`UPDATE change_event SET at = at - interval '40 days' WHERE position <= $1`, [pruned_through + 5]);
    try {
      expect(refusedBy(await asRequestRole(app, [`DELETE FROM change_event WHERE position = $1`, [pruned_through + 5]]))).toBe('change_event_pruned_as_a_prefix');
      // … and the head told they were pruned: events before it are left
      const middle = [`WITH gone AS (DELETE FROM change_event WHERE position = $1 RETURNING position)
                       UPDATE change_feed_head SET pruned_through = $1`, [pruned_through + 5]] as [string, unknown[]];
      expect(refusedBy(await asRequestRole(app, middle))).toBe('change_feed_head_moves');
      // old enough and from the oldest end, but the head not moved past it: a reader would not be told to resync
      expect(refusedBy(await asRequestRole(app, [`DELETE FROM change_event WHERE position <= $1`, [pruned_through + 5]]))).toBe('change_event_pruned_as_a_prefix');
    } finally {
      await app.ds.query(`UPDATE change_event SET at = at + interval '40 days' WHERE position <= $1`, [pruned_through + 5]);
    }
  });
});

describe('the feed’s head', () => {
  it('moves forward only, to its newest event, past pruned events; its floor is the owner’s; it is never removed', async () => {
    const { last, pruned_through } = await head();
    const moved = (set: string) => asRequestRole(app, [`UPDATE change_feed_head SET ${set}`]);
    expect(refusedBy(await moved(`last = ${last - 1}`))).toBe('change_feed_head_moves');
    expect(refusedBy(await moved(`last = ${last + 5}`))).toBe('change_feed_head_moves');
    expect(refusedBy(await moved(`pruned_through = ${pruned_through + 3}`))).toBe('change_feed_head_moves');
    expect(refusedBy(await moved(`pruned_through = ${last + 1}`))).toBe('change_feed_head_moves');
    expect(refusedBy(await moved(`prune_floor = interval '1 second'`))).toBe('change_feed_head_moves');
    expect(refusedBy(await asRequestRole(app, [`DELETE FROM change_feed_head`]))).toBe('change_feed_head_moves');
    // rewritten unchanged, as a statement may
    expect(refusedBy(await moved(`last = last`))).toBe('accepted');
  });
});

describe('the application’s own writes', () => {
  it('feed a change and give the next filing number, the counter moved by one', async () => {
    const year = yearInChina(new Date());
    const counter = async () => Number((await app.ds.query(`SELECT last_number FROM filing_counter WHERE kind = 'firm' AND year = $1`, [year]))[0]?.last_number ?? 0);
    const before = await counter();
    const { last } = await head();
    const firm = await approvedFirm();
    expect(await counter()).toBe(before + 1);
    expect(firm.filingNumber).toBe(formatFilingNumber('湖物企备', year, before + 1));
    const fed = await app.ds.query(`SELECT entity_id, action FROM change_event WHERE position > $1 ORDER BY position`, [last]);
    expect(fed.map((e: { action: string }) => e.action)).toEqual(['firm.create', 'firm.submit', 'firm.approve']);
    expect((await head()).last).toBe(last + 3);
  });

  it('prune the feed as the request role, as each API process does', async () => {
    const { last } = await head();
    const cut = last - 2;
    await app.ds.query(`UPDATE change_event SET at = now() - interval '31 days' WHERE position <= $1`, [cut]);
    expect(await pruneChangeFeed(app.serverDs, 30)).toBeGreaterThan(0);
    expect(await head()).toEqual({ last, pruned_through: cut });
    expect(await pruneChangeFeed(app.serverDs, 30)).toBe(0);
    // and the feed goes on after it
    await approvedFirm();
    expect((await head()).last).toBe(last + 3);
  });
});

describe('a filing counter', () => {
  it('moves by one, forward, only as a filing takes its number, and is never removed', async () => {
    const year = yearInChina(new Date());
    await approvedFirm();
    const bumped = (by: string) => asRequestRole(app, [`UPDATE filing_counter SET last_number = last_number ${by} WHERE kind = 'firm' AND year = $1`, [year]], AT_COMMIT);
    expect(refusedBy(await bumped('+ 5'))).toBe('filing_counter_moves_by_one');
    expect(refusedBy(await bumped('- 1'))).toBe('filing_counter_moves_by_one');
    // by one, but no filing takes the number: skipped
    expect(refusedBy(await bumped('+ 1'))).toBe('filing_counter_gives_its_number');
    expect(refusedBy(await asRequestRole(app, [`DELETE FROM filing_counter WHERE kind = 'firm' AND year = $1`, [year]]))).toBe('filing_counter_moves_by_one');
    expect(refusedBy(await asRequestRole(app, [`UPDATE filing_counter SET year = year + 1, last_number = last_number + 1 WHERE kind = 'firm' AND year = $1`, [year]]))).toBe('filing_counter_moves_by_one');
    expect(refusedBy(await asRequestRole(app, [`INSERT INTO filing_counter (kind, year, last_number) VALUES ('firm', $1, 7)`, [year + 5]]))).toBe('filing_counter_moves_by_one');
    expect(refusedBy(await asRequestRole(app, [`INSERT INTO filing_counter (kind, year, last_number) VALUES ('firm', $1, 1)`, [year + 5]], AT_COMMIT))).toBe('filing_counter_gives_its_number');
    // next_filing_number by hand, its number given to no filing
    expect(refusedBy(await asRequestRole(app, [`SELECT next_filing_number('firm', $1, '湖物企备')`, [year]], AT_COMMIT))).toBe('filing_counter_gives_its_number');
  });
});

describe('a table’s version', () => {
  it('moves by one, forward; its row is neither added nor removed', async () => {
    const set = (sql: string) => asRequestRole(app, [sql]);
    expect(refusedBy(await set(`UPDATE table_version SET version = version - 1 WHERE table_name = 'firm'`))).toBe('table_version_moves_by_one');
    expect(refusedBy(await set(`UPDATE table_version SET version = 0 WHERE table_name = 'firm'`))).toBe('table_version_moves_by_one');
    expect(refusedBy(await set(`DELETE FROM table_version WHERE table_name = 'firm'`))).toBe('table_version_moves_by_one');
    expect(refusedBy(await set(`INSERT INTO table_version (table_name, version) VALUES ('probe', 0)`))).toBe('table_version_moves_by_one');
    expect(refusedBy(await set(`UPDATE table_version SET version = version + 1 WHERE table_name = 'firm'`))).toBe('accepted');
  });
});

describe('the migrations', () => {
  it('down() removes what up() added, and up() adds it again', async () => {
    const added = `SELECT (SELECT count(*)::int FROM pg_trigger WHERE tgname IN ('change_event_born_of_its_audit_event', 'change_event_pruned_as_a_prefix', 'change_feed_head_moves',
                                                                         'filing_counter_moves_by_one', 'filing_counter_gives_its_number', 'table_version_moves_by_one', 'table_version_kept',
                                                                         'committee_account_due_days_kept', 'committee_account_due_days_in_force')) AS triggers,
                          (SELECT count(*)::int FROM information_schema.columns WHERE table_name = 'change_feed_head' AND column_name = 'prune_floor') AS columns,
                          to_regclass('committee_account_due_days') IS NOT NULL AS history`;
    await rolledBack(app.ds, async (runner) => {
      expect(await runner.query(added)).toEqual([{ triggers: 9, columns: 1, history: true }]);
      await new DueDaysInForce1764806510000().down(runner);
      await new FeedAndCountersHeld1764806500000().down(runner);
      expect(await runner.query(added)).toEqual([{ triggers: 0, columns: 0, history: false }]);
      await new FeedAndCountersHeld1764806500000().up(runner);
      await new DueDaysInForce1764806510000().up(runner);
      expect(await runner.query(added)).toEqual([{ triggers: 9, columns: 1, history: true }]);
    });
  });
});
