import { AuditChain1764720500000 } from '../../migrations/1764720500000-audit-chain';
import { MAX_ANCHOR_DAYS } from '../src/audit/audit-chain.resolver';
import { verifyAuditCommand } from '../src/audit/verify-audit';
import { addDays, todayInChina } from '../src/shared/iso-date';
import { startTestApp, TestApp } from './harness';
import { CREATE_API_TOKEN, CREATE_FIRM, firmInput } from './operations';

/**
 * The tamper-evident audit chain (docs/architecture.md#audit-chain): every event hashes its content and the
 * previous event's hash; verifyAuditChain and `npm run verify-audit` walk it and name the first event that
 * does not match, whoever edited the table behind the API's back.
 */
const VERIFY = `query { verifyAuditChain { ok eventsChecked headHash headPosition firstBadEventId firstBadPosition problem } }`;
const ANCHORS = `query Anchors($from: LocalDate!, $to: LocalDate!) { auditAnchors(from: $from, to: $to) { day position eventId hash events } }`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const verify = async () => (await app.as('admin', VERIFY)).verifyAuditChain;

/** Changes the table as someone with the database owner's rights would: around the append-only trigger. */
async function behindTheApisBack(sql: string, params: unknown[] = []): Promise<void> {
  await app.ds.transaction(async (em) => {
    await em.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only`);
    await em.query(sql, params);
    await em.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only`);
  });
}

async function cli(): Promise<{ status: number; output: string }> {
  let output = '';
  const status = await verifyAuditCommand(app.databaseUrl, (line) => (output += line));
  return { status, output };
}

describe('the seeded chain', () => {
  it('holds, and ends on the recorded head', async () => {
    const report = await verify();
    const [head] = await app.ds.query(`SELECT seq, hash FROM audit_chain_head`);
    const [{ count }] = await app.ds.query(`SELECT count(*)::int AS count FROM audit_event`);
    expect(report).toMatchObject({ ok: true, eventsChecked: count, headHash: head.hash, headPosition: Number(head.seq), firstBadEventId: null, problem: null });
    expect(count).toBeGreaterThan(100);
  });

  it('links each event to the one before, visible on auditEvents', async () => {
    const { auditEvents } = await app.as('admin', `{ auditEvents(options: { take: 3, sort: { field: ID, direction: DESC } }) { items { id chainSeq prevHash hash } } }`);
    const [last, before] = auditEvents.items;
    expect(last.prevHash).toBe(before.hash);
    expect(Number(last.chainSeq)).toBe(Number(before.chainSeq) + 1);
    expect(last.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is for admins only', async () => {
    for (const username of ['manager', 'registrar', 'clerk']) {
      const refused = await app.gql(VERIFY, {}, await app.tokenFor(username));
      expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    const { createApiToken } = await app.as('admin', CREATE_API_TOKEN, { input: { name: 'audit-chain probe', scopes: ['REGISTRY_READ', 'ELECTIONS_READ'] } });
    const integrator = await app.gql(VERIFY, {}, createApiToken.token);
    expect(integrator.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('the migration', () => {
  it('chains the events that predate it, in id order', async () => {
    const migration = new AuditChain1764720500000();
    const runner = app.ds.createQueryRunner();
    try {
      await runner.startTransaction();
      await migration.down(runner);
      await migration.up(runner);
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }
    // the head's table is new: the request role is granted it as at the start after a migration (docs/architecture.md#two-database-roles)
    await app.regrant();
    const report = await verify();
    const [{ count, inIdOrder }] = await app.ds.query(
      `SELECT count(*)::int AS count, bool_and(chain_seq = n) AS "inIdOrder" FROM (SELECT chain_seq, row_number() OVER (ORDER BY id) AS n FROM audit_event) e`,
    );
    expect(report).toMatchObject({ ok: true, eventsChecked: count });
    expect(inIdOrder).toBe(true);
  });
});

describe('writers at once', () => {
  it('many parallel changes queue for the head and the chain still holds, gap-free', async () => {
    const before = await verify();
    const token = await app.tokenFor('clerk');
    const results = await Promise.all(Array.from({ length: 40 }, () => app.gql(CREATE_FIRM, { input: firmInput() }, token)));
    expect(results.filter((r) => r.errors)).toEqual([]);
    const after = await verify();
    expect(after.ok).toBe(true);
    expect(after.headPosition).toBe(before.headPosition + 40);
  });

  it('the database and the verifier agree on awkward content (quotes, control characters, astral characters, numbers)', async () => {
    const after = { name: '𠀋"引号"\\反斜杠\n换行\u0001', amount: 1.5, scale: 1.5e21, tiny: 1e-7, nested: { z: [1, null, true], a: '' } };
    await app.ds.query(`INSERT INTO audit_event (actor_name, action, entity_type, entity_id, before, after) VALUES ('系统', 'probe.write', 'Probe', '1', '{"price": 1.50}', $1)`, [JSON.stringify(after)]);
    expect(await verify()).toMatchObject({ ok: true, problem: null });
  });

  it('a chain value given on insert is overwritten by the head', async () => {
    await app.ds.query(`INSERT INTO audit_event (actor_name, action, entity_type, entity_id, chain_seq, prev_hash, hash) VALUES ('系统', 'probe.forge', 'Probe', '2', 1, 'x', 'y')`);
    const [row] = await app.ds.query(`SELECT chain_seq, hash FROM audit_event WHERE action = 'probe.forge'`);
    expect(row.hash).not.toBe('y');
    expect(await verify()).toMatchObject({ ok: true });
  });
});

describe('daily anchors', () => {
  it("give each day's last event in chain order, today's being the head", async () => {
    const { headHash, headPosition } = await verify();
    const today = todayInChina();
    // the widest range allowed, counted from today: a fixed start date stops being within it a year later
    const { auditAnchors } = await app.as('admin', ANCHORS, { from: addDays(today, 1 - MAX_ANCHOR_DAYS), to: today });
    const last = auditAnchors[auditAnchors.length - 1];
    expect(last).toMatchObject({ day: today, hash: headHash, position: headPosition });
    const days = auditAnchors.map((a: { day: string }) => a.day);
    expect([...days].sort()).toEqual(days);
    const [{ hash }] = await app.ds.query(`SELECT hash FROM audit_event WHERE id = $1`, [auditAnchors[0].eventId]);
    expect(hash).toBe(auditAnchors[0].hash);
  });

  it('refuse a range that ends before it starts or spans more than a year', async () => {
    const backwards = await app.gql(ANCHORS, { from: '2026-02-01', to: '2026-01-01' }, await app.tokenFor('admin'));
    expect(backwards.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'to', rule: 'DATE_ORDER' }] });
    const tooLong = await app.gql(ANCHORS, { from: '2024-01-01', to: '2026-01-01' }, await app.tokenFor('admin'));
    expect(tooLong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'to', rule: 'RANGE' }] });
    const today = todayInChina();
    const oneDayTooMany = await app.gql(ANCHORS, { from: addDays(today, -MAX_ANCHOR_DAYS), to: today }, await app.tokenFor('admin'));
    expect(oneDayTooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'to', rule: 'RANGE' }] });
  });
});

describe('an edit in PostgreSQL', () => {
  it('is named by verifyAuditChain and by npm run verify-audit, and vanishes once undone', async () => {
    expect(await cli()).toMatchObject({ status: 0 });
    const [victim] = await app.ds.query(`SELECT id, chain_seq, after FROM audit_event WHERE entity_type = 'Firm' AND after IS NOT NULL ORDER BY chain_seq OFFSET 50 LIMIT 1`);
    await behindTheApisBack(`UPDATE audit_event SET after = jsonb_set(after, '{name}', '"改过的名称"') WHERE id = $1`, [victim.id]);

    expect(await verify()).toMatchObject({ ok: false, firstBadEventId: String(victim.id), firstBadPosition: Number(victim.chain_seq), problem: 'CONTENT_CHANGED' });
    const { status, output } = await cli();
    expect(status).toBe(1);
    expect(output).toContain(`audit chain broken at event ${victim.id} (position ${victim.chain_seq}): CONTENT_CHANGED`);

    await behindTheApisBack(`UPDATE audit_event SET after = $2 WHERE id = $1`, [victim.id, JSON.stringify(victim.after)]);
    expect(await verify()).toMatchObject({ ok: true });
  });

  it('a rehashed edit breaks the next link', async () => {
    const [victim] = await app.ds.query(`SELECT id, chain_seq, prev_hash, hash, action FROM audit_event ORDER BY chain_seq OFFSET 20 LIMIT 1`);
    await behindTheApisBack(`UPDATE audit_event SET action = 'firm.other' WHERE id = $1`, [victim.id]);
    await behindTheApisBack(`UPDATE audit_event SET hash = audit_event_hash(prev_hash, audit_event) WHERE id = $1`, [victim.id]);
    // the edited row now hashes right, so the first to fail is the next one, which still names the old hash
    const [next] = await app.ds.query(`SELECT id FROM audit_event WHERE chain_seq = $1`, [Number(victim.chain_seq) + 1]);
    expect(await verify()).toMatchObject({ ok: false, firstBadEventId: String(next.id), problem: 'LINK_BROKEN' });
    await behindTheApisBack(`UPDATE audit_event SET action = $2, hash = $3 WHERE id = $1`, [victim.id, victim.action, victim.hash]);
    expect(await verify()).toMatchObject({ ok: true });
  });

  it('a deleted event is named by the one after it, a deleted last event by the head', async () => {
    await app.ds.query(`INSERT INTO audit_event (actor_name, action, entity_type, entity_id) VALUES ('系统', 'probe.last', 'Probe', '3')`);
    await behindTheApisBack(`DELETE FROM audit_event WHERE action = 'probe.last'`);
    expect(await verify()).toMatchObject({ ok: false, firstBadEventId: null, problem: 'HEAD_MISMATCH' });

    const [victim] = await app.ds.query(`SELECT id, chain_seq FROM audit_event ORDER BY chain_seq OFFSET 10 LIMIT 1`);
    const [next] = await app.ds.query(`SELECT id FROM audit_event WHERE chain_seq = $1`, [Number(victim.chain_seq) + 1]);
    await behindTheApisBack(`DELETE FROM audit_event WHERE id = $1`, [victim.id]);
    expect(await verify()).toMatchObject({ ok: false, firstBadEventId: String(next.id), problem: 'EVENT_MISSING' });
  });
});
