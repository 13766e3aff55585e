import { ASSESSMENT_TRANSITIONS, SCHEME_TRANSITIONS, SCORABLE_STATES } from '../src/assessments/assessment-rules';
import { ELECTION_TRANSITIONS, FINAL_PHASES } from '../src/elections/election-phases';
import { EDITABLE_FILING_STATUSES, FILING_TRANSITIONS } from '../src/filings/filing';
import { TransitionTable } from '../src/filings/transitions';
import { RESOLUTION_TRANSITIONS } from '../src/resolutions/resolution-phases';
import { LifecyclesHeldByTheDatabase1764804300000 } from '../../migrations/1764804300000-lifecycles-held-by-the-database';
import { rolledBack, startTestApp, TestApp } from './harness';

/**
 * Lifecycles held by PostgreSQL (migrations/1764804300000-lifecycles-held-by-the-database.ts,
 * docs/architecture.md#two-database-roles): as the request role, a lifecycle row moves only by its transitions table,
 * a decided row is not rewritten, what hangs on a finished election is kept with it, and a revoked token stays
 * revoked. The triggers' arguments are the TypeScript tables, read back from pg_trigger so the two cannot drift.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

type AnyTable = TransitionTable<string, string>;
const movesOf = (table: AnyTable) => Object.values(table).flatMap(({ from, to }) => from.map((f) => `${f}>${to}`)).sort();
const statesOf = (table: AnyTable) => [...new Set(Object.values(table).flatMap(({ from, to }) => [...from, to]))];
/** the state no move leads to: where every row starts */
const firstOf = (table: AnyTable) => statesOf(table).filter((s) => !Object.values(table).some(({ to }) => to === s));
/** the states no move leads out of */
const terminalOf = (table: AnyTable) => statesOf(table).filter((s) => !Object.values(table).some(({ from }) => from.includes(s)));
const words = (text: string) => (text ? text.split(' ') : []);

/** each table's lifecycle as the TypeScript has it: its table, its state column (the entities'), its decided states */
const EXPECTED: Record<string, { state: string; table: AnyTable; decided: readonly string[] }> = {
  firm: { state: 'filing_status', table: FILING_TRANSITIONS, decided: statesOf(FILING_TRANSITIONS).filter((s) => !(EDITABLE_FILING_STATUSES as string[]).includes(s)) },
  project: { state: 'filing_status', table: FILING_TRANSITIONS, decided: statesOf(FILING_TRANSITIONS).filter((s) => !(EDITABLE_FILING_STATUSES as string[]).includes(s)) },
  committee_filing: { state: 'filing_status', table: FILING_TRANSITIONS, decided: statesOf(FILING_TRANSITIONS).filter((s) => !(EDITABLE_FILING_STATUSES as string[]).includes(s)) },
  election: { state: 'phase', table: ELECTION_TRANSITIONS, decided: FINAL_PHASES },
  resolution: { state: 'phase', table: RESOLUTION_TRANSITIONS, decided: terminalOf(RESOLUTION_TRANSITIONS) },
  assessment: { state: 'state', table: ASSESSMENT_TRANSITIONS, decided: statesOf(ASSESSMENT_TRANSITIONS).filter((s) => !(SCORABLE_STATES as string[]).includes(s)) },
  assessment_scheme: { state: 'state', table: SCHEME_TRANSITIONS, decided: terminalOf(SCHEME_TRANSITIONS) },
};

async function triggerArguments(fn: string): Promise<Map<string, string[]>> {
  const rows: Array<{ tbl: string; nargs: number; args: Buffer }> = await app.ds.query(
    `SELECT t.tgrelid::regclass::text AS tbl, t.tgnargs AS nargs, t.tgargs AS args FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
      WHERE p.proname = $1 AND NOT t.tgisinternal ORDER BY 1`,
    [fn],
  );
  return new Map(rows.map((r) => [r.tbl, r.args.toString('utf8').split('\0').slice(0, r.nargs)]));
}

describe('the database holds the same transitions tables as the TypeScript', () => {
  it('guards every lifecycle table, with its state column, first state, moves and decided states', async () => {
    const held = await triggerArguments('lifecycle_moves');
    expect([...held.keys()].sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const [tbl, expected] of Object.entries(EXPECTED)) {
      const [state, first, moves, decided, decisions, moveWrites, alwaysWritable, setOnce] = held.get(tbl)!;
      expect({ tbl, state }).toEqual({ tbl, state: expected.state });
      expect({ tbl, first: [first] }).toEqual({ tbl, first: firstOf(expected.table) });
      expect({ tbl, moves: words(moves).sort() }).toEqual({ tbl, moves: movesOf(expected.table) });
      expect({ tbl, decided: words(decided).sort() }).toEqual({ tbl, decided: [...expected.decided].sort() });
      // the columns named are the table's, and a move's columns are named for a move of the table
      const [{ columns }] = await app.ds.query(`SELECT array_agg(column_name::text) AS columns FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`, [tbl]);
      const named = [...words(decisions), ...words(alwaysWritable), ...words(setOnce), ...words(moveWrites).flatMap((entry) => entry.split(':')[1].split(','))];
      expect({ tbl, unknown: named.filter((c) => !columns.includes(c)) }).toEqual({ tbl, unknown: [] });
      for (const entry of words(moveWrites)) expect({ tbl, entry, known: movesOf(expected.table).includes(entry.split(':')[0]) }).toEqual({ tbl, entry, known: true });
    }
  });

  it('keeps with a finished election every table hanging on it, the finished phases being the final ones', async () => {
    const kept = await triggerArguments('kept_with_election');
    expect(Object.fromEntries(kept)).toEqual({ candidate: ['election_id'], eligibility_check: ['candidate_id'], objection: ['candidate_id'], election_phase: ['election_id'] });
    const [{ source }] = await app.ds.query(`SELECT prosrc AS source FROM pg_proc WHERE proname = 'kept_with_election'`);
    for (const phase of FINAL_PHASES) expect(source).toContain(`'${phase}'`);
    // every table with an election_id or candidate_id is kept with it here or by an older trigger
    const children: Array<{ table_name: string }> = await app.ds.query(
      `SELECT DISTINCT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name IN ('election_id', 'candidate_id') ORDER BY 1`,
    );
    const keptOtherwise = ['announced_period', 'ballot', 'tie_settlement', 'vote_record', 'vote_result_line'];
    for (const { table_name } of children) expect([table_name, kept.has(table_name) || keptOtherwise.includes(table_name)]).toEqual([table_name, true]);
  });
});

/** A row as the owner reads it, to compare before and after a refused statement. */
const rowsOf = (sql: string, params: unknown[] = []) => app.ds.query(`SELECT to_jsonb(t) AS row FROM (${sql}) t ORDER BY 1`, params);

async function refused(statement: string, params: unknown[], message: RegExp, watched: string, watchedParams: unknown[] = params): Promise<void> {
  const before = await rowsOf(watched, watchedParams);
  expect(before.length).toBeGreaterThan(0);
  await expect(app.serverDs.query(statement, params)).rejects.toThrow(message);
  expect(await rowsOf(watched, watchedParams)).toEqual(before);
}

const MOVE_REFUSED = /a lifecycle moves only by its transitions: .* refused/;
const REWRITE_REFUSED = /a decided row is not rewritten: UPDATE of .* refused/;
const KEPT_WITH_ELECTION = /what hangs on a finished election is kept with it: .* refused/;

async function oneId(sql: string): Promise<number> {
  const [row] = await app.ds.query(sql);
  expect(row).toBeDefined();
  return Number(row.id);
}

describe('as the request role, what the security review found is refused and leaves the rows as they were', () => {
  it('a certified or cancelled election is not moved back to voting', async () => {
    await refused(`UPDATE election SET phase = 'VOTING' WHERE phase = 'CERTIFIED'`, [], MOVE_REFUSED, `SELECT * FROM election WHERE phase = 'CERTIFIED'`);
    await refused(`UPDATE election SET phase = 'VOTING' WHERE phase = 'CANCELLED'`, [], MOVE_REFUSED, `SELECT * FROM election WHERE phase = 'CANCELLED'`);
  });

  it('a closed resolution is not reopened', async () => {
    await refused(`UPDATE resolution SET phase = 'VOTING' WHERE phase = 'CLOSED'`, [], MOVE_REFUSED, `SELECT * FROM resolution WHERE phase = 'CLOSED'`);
  });

  it('an approved committee filing is neither sent back to draft nor removed', async () => {
    const id = await oneId(`SELECT id FROM committee_filing WHERE filing_status = 'APPROVED' ORDER BY id LIMIT 1`);
    const watched = `SELECT * FROM committee_filing WHERE id = $1`;
    await refused(`UPDATE committee_filing SET filing_status = 'DRAFT' WHERE id = $1`, [id], MOVE_REFUSED, watched);
    await refused(`DELETE FROM committee_filing WHERE id = $1`, [id], /a row is removed only while DRAFT: DELETE of APPROVED .* on committee_filing refused/, watched);
  });

  it('an approved firm is neither sent back to draft nor given another number or name', async () => {
    const id = await oneId(`SELECT id FROM firm WHERE filing_status = 'APPROVED' ORDER BY id LIMIT 1`);
    const watched = `SELECT * FROM firm WHERE id = $1`;
    await refused(`UPDATE firm SET filing_status = 'DRAFT' WHERE id = $1`, [id], MOVE_REFUSED, watched);
    await refused(`UPDATE firm SET filing_number = 'HZWY-FAKE-0001', name = name || '(改)' WHERE id = $1`, [id], /a decided row is not rewritten: UPDATE of filing_number, name of APPROVED .* on firm refused/, watched);
  });

  it('a certified election keeps its title, and its candidates and their checks stay as they were', async () => {
    const id = await oneId(`SELECT id FROM election WHERE phase = 'CERTIFIED' ORDER BY id LIMIT 1`);
    await refused(`UPDATE election SET title = '篡改的标题' WHERE id = $1`, [id], REWRITE_REFUSED, `SELECT * FROM election WHERE id = $1`);
    await refused(`UPDATE candidate SET withdrawn = true WHERE election_id = $1`, [id], KEPT_WITH_ELECTION, `SELECT * FROM candidate WHERE election_id = $1`);
    await refused(
      `UPDATE eligibility_check SET result = 'FAIL' WHERE candidate_id IN (SELECT id FROM candidate WHERE election_id = $1)`,
      [id],
      KEPT_WITH_ELECTION,
      `SELECT * FROM eligibility_check WHERE candidate_id IN (SELECT id FROM candidate WHERE election_id = $1)`,
    );
  });

  it('a revoked token stays revoked', async () => {
    // a session signed out, as the owner would find it
    await app.tokenFor('officer');
    const id = await oneId(`SELECT min(id) AS id FROM access_token WHERE revoked_at IS NULL`);
    await app.ds.query(`UPDATE access_token SET revoked_at = now() WHERE id = $1`, [id]);
    await refused(
      `UPDATE access_token SET revoked_at = NULL WHERE revoked_at IS NOT NULL`,
      [],
      /a revoked token stays revoked: UPDATE of token \d+ on access_token refused/,
      `SELECT id, revoked_at FROM access_token WHERE revoked_at IS NOT NULL`,
    );
    expect(await app.ds.query(`SELECT revoked_at IS NOT NULL AS revoked FROM access_token WHERE id = $1`, [id])).toEqual([{ revoked: true }]);
  });
});

describe('the rest of the class', () => {
  it('no state is skipped, and a draft moves only by its table too', async () => {
    const draft = await oneId(`SELECT id FROM project WHERE filing_status = 'DRAFT' ORDER BY id LIMIT 1`);
    await refused(`UPDATE project SET filing_status = 'APPROVED' WHERE id = $1`, [draft], /a lifecycle moves only by its transitions: DRAFT → APPROVED .* on project refused/, `SELECT * FROM project WHERE id = $1`);
    const preparing = await oneId(`SELECT id FROM election WHERE phase = 'PREPARATION' ORDER BY id LIMIT 1`);
    await refused(`UPDATE election SET phase = 'CERTIFIED' WHERE id = $1`, [preparing], MOVE_REFUSED, `SELECT * FROM election WHERE id = $1`);
    await refused(`UPDATE resolution SET phase = 'CLOSED' WHERE phase = 'DRAFT'`, [], MOVE_REFUSED, `SELECT * FROM resolution WHERE phase = 'DRAFT'`);
    await refused(`UPDATE assessment SET state = 'PUBLISHED' WHERE state <> 'PUBLISHED' AND state <> 'REVIEWED'`, [], MOVE_REFUSED, `SELECT * FROM assessment WHERE state <> 'PUBLISHED' AND state <> 'REVIEWED'`);
  });

  it('a decision is written only by its move, and a row the request role adds starts undecided', async () => {
    const draft = await oneId(`SELECT id FROM firm WHERE filing_status = 'DRAFT' ORDER BY id LIMIT 1`);
    const watched = `SELECT * FROM firm WHERE id = $1`;
    const DECISION_REFUSED = /a decision is written only by its move: UPDATE of (filing_number|decided_at, decided_by_id) of DRAFT .* on firm refused/;
    // a number given to a draft would stay when it is approved
    await refused(`UPDATE firm SET filing_number = 'HZWY-FAKE-0002' WHERE id = $1`, [draft], DECISION_REFUSED, watched);
    await refused(`UPDATE firm SET decided_by_id = created_by_id, decided_at = now() WHERE id = $1`, [draft], DECISION_REFUSED, watched);
    await refused(`UPDATE firm SET filing_status = 'SUBMITTED', filing_number = 'HZWY-FAKE-0003' WHERE id = $1`, [draft], /a decision is written only by its move: UPDATE of filing_number/, watched);
    const insertFirm = (status: string, number: string | null) =>
      app.serverDs.query(
        `INSERT INTO firm (name, credit_code, legal_representative, registered_address, contact_person, contact_phone, district_id, filing_status, filing_number)
         SELECT '冒名企业', '91330500MA2B000002', '张三', '湖州', '李四', '13800000000', min(id), $1, $2 FROM district`,
        [status, number],
      );
    await expect(insertFirm('APPROVED', 'HZWY-FAKE-0004')).rejects.toThrow(/a row starts DRAFT and undecided: INSERT of APPROVED \(filing_number\) on firm refused/);
    await expect(insertFirm('DRAFT', 'HZWY-FAKE-0005')).rejects.toThrow(/a row starts DRAFT and undecided: INSERT of DRAFT \(filing_number\) on firm refused/);
    const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM firm WHERE name = '冒名企业'`);
    expect(n).toBe(0);
    const closed = await oneId(`SELECT id FROM resolution WHERE phase = 'CLOSED' ORDER BY id LIMIT 1`);
    await expect(
      app.serverDs.query(`INSERT INTO resolution (estate_id, matter, title, phase, outcome) SELECT estate_id, matter, title, 'CLOSED', outcome FROM resolution WHERE id = $1`, [closed]),
    ).rejects.toThrow(/a row starts DRAFT and undecided: INSERT of CLOSED \(outcome\) on resolution refused/);
  });

  it('a submitted filing is decided, not edited; a closed resolution keeps its outcome; a decided move writes only its own columns', async () => {
    const submitted = await oneId(`SELECT id FROM project WHERE filing_status = 'SUBMITTED' ORDER BY id LIMIT 1`);
    await refused(`UPDATE project SET residential_fee = residential_fee + 1 WHERE id = $1`, [submitted], REWRITE_REFUSED, `SELECT * FROM project WHERE id = $1`);
    // approving does not rewrite what was submitted
    await refused(`UPDATE project SET filing_status = 'APPROVED', name = name || '(改)' WHERE id = $1`, [submitted], REWRITE_REFUSED, `SELECT * FROM project WHERE id = $1`);
    const closed = await oneId(`SELECT id FROM resolution WHERE phase = 'CLOSED' ORDER BY id LIMIT 1`);
    await refused(`UPDATE resolution SET outcome = '{"passed": true}' WHERE id = $1`, [closed], REWRITE_REFUSED, `SELECT * FROM resolution WHERE id = $1`);
    const revoked = await oneId(`SELECT id FROM firm WHERE filing_status = 'REVOKED' ORDER BY id LIMIT 1`);
    await refused(`UPDATE firm SET revoke_note = 'nothing happened' WHERE id = $1`, [revoked], REWRITE_REFUSED, `SELECT * FROM firm WHERE id = $1`);
  });

  it('nothing is added to, removed from or rewritten in what hangs on a finished election', async () => {
    const id = await oneId(`SELECT id FROM election WHERE phase = 'CERTIFIED' ORDER BY id LIMIT 1`);
    const candidates = `SELECT * FROM candidate WHERE election_id = $1`;
    await refused(
      `INSERT INTO candidate (election_id, owner_id, nominated_by, nominated_on, checklist_version_id)
       SELECT $1, o.id, '业主', current_date, (SELECT checklist_version_id FROM candidate WHERE election_id = $1 LIMIT 1)
         FROM owner o WHERE NOT EXISTS (SELECT 1 FROM candidate c WHERE c.election_id = $1 AND c.owner_id = o.id) LIMIT 1`,
      [id],
      KEPT_WITH_ELECTION,
      candidates,
    );
    await refused(`DELETE FROM eligibility_check WHERE candidate_id IN (SELECT id FROM candidate WHERE election_id = $1)`, [id], KEPT_WITH_ELECTION, `SELECT * FROM eligibility_check WHERE candidate_id IN (SELECT id FROM candidate WHERE election_id = $1)`);
    await refused(`UPDATE election_phase SET ends_on = ends_on + 1 WHERE election_id = $1 AND ends_on IS NOT NULL`, [id], KEPT_WITH_ELECTION, `SELECT * FROM election_phase WHERE election_id = $1`);
    const cancelled = await oneId(`SELECT id FROM election WHERE phase = 'CANCELLED' ORDER BY id LIMIT 1`);
    await refused(`DELETE FROM election_phase WHERE election_id = $1`, [cancelled], KEPT_WITH_ELECTION, `SELECT * FROM election_phase WHERE election_id = $1`);
  });

  it('lets through what the application does: a version moves, a due day is recomputed, a draft is removed, a running election is edited', async () => {
    const firm = await oneId(`SELECT id FROM firm WHERE filing_status = 'APPROVED' ORDER BY id LIMIT 1`);
    await app.serverDs.query(`UPDATE firm SET version = version + 1 WHERE id = $1`, [firm]);
    await app.serverDs.transaction(async (em) => {
      // of a filing the street office holds: a submitted one keeps its due date (migrations/1764804700000-what-a-decision-rests-on.ts)
      const [filing] = await em.query(`SELECT id, due_on FROM committee_filing WHERE filing_status IN ('DRAFT', 'RETURNED') ORDER BY id LIMIT 1`);
      await em.query(`UPDATE committee_filing SET due_on = due_on + 1, due_on_provisional = NOT due_on_provisional, version = version + 1 WHERE id = $1`, [filing.id]);
      await em.query(`UPDATE committee_filing SET due_on = due_on - 1, due_on_provisional = NOT due_on_provisional, version = version + 1 WHERE id = $1`, [filing.id]);
    });
    const [draft] = await app.ds.query(
      `INSERT INTO firm (name, credit_code, legal_representative, registered_address, contact_person, contact_phone, district_id)
       SELECT '删除用测试企业', '91330500MA2B000001', '张三', '湖州', '李四', '13800000000', min(id) FROM district RETURNING id`,
    );
    await app.serverDs.query(`DELETE FROM firm WHERE id = $1`, [draft.id]);
    expect(await app.ds.query(`SELECT id FROM firm WHERE id = $1`, [draft.id])).toEqual([]);
    const running = await oneId(`SELECT id FROM election WHERE phase = 'NOMINATION' ORDER BY id LIMIT 1`);
    await app.serverDs.query(`UPDATE election SET title = title || '' , version = version + 1 WHERE id = $1`, [running]);
  });
});

describe('the migration', () => {
  it('binds every role but the tables\' owner, who lays down a past (the demo seed, start-up, a test)', async () => {
    const changed = await rolledBack(app.ds, async (runner) => [
      await runner.query(`UPDATE election SET title = title || '(旧)' WHERE phase = 'CERTIFIED' RETURNING id`),
      await runner.query(`UPDATE candidate SET withdrawn = NOT withdrawn WHERE election_id IN (SELECT id FROM election WHERE phase = 'CERTIFIED') RETURNING id`),
      await runner.query(`UPDATE resolution SET phase = 'VOTING' WHERE phase = 'CLOSED' RETURNING id`),
    ]);
    // each statement rewrote decided rows, which the request role may not (above)
    for (const [rows] of changed) expect((rows as unknown[]).length).toBeGreaterThan(0);
  });

  it('down() removes what up() added, and up() adds it again', async () => {
    const added = `SELECT (SELECT count(*)::int FROM pg_trigger WHERE tgname ~ '_(state_moves|kept_with_election)$' OR tgname = 'access_token_revocation_kept') AS triggers,
                          (SELECT count(*)::int FROM pg_proc WHERE proname IN ('lifecycle_moves', 'kept_with_election', 'access_token_revocation_kept')) AS functions`;
    const migration = new LifecyclesHeldByTheDatabase1764804300000();
    await rolledBack(app.ds, async (runner) => {
      const [before] = await runner.query(added);
      // 7 lifecycle tables, 4 tables hanging on an election, the tokens
      expect(before).toEqual({ triggers: 7 + 4 + 1, functions: 3 });
      await migration.down(runner);
      expect(await runner.query(added)).toEqual([{ triggers: 0, functions: 0 }]);
      await migration.up(runner);
      expect(await runner.query(added)).toEqual([before]);
    });
  });
});
