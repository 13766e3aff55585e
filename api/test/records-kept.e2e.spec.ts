import { RecordsKept1764801700000 } from '../../migrations/1764801700000-records-kept';
import { DecidedRowsUnaltered1764801800000 } from '../../migrations/1764801800000-decided-rows-unaltered';
import { NothingAddedAfterTheFact1764802100000 } from '../../migrations/1764802100000-nothing-added-after-the-fact';
import { TieSettlement1764802200000 } from '../../migrations/1764802200000-tie-settlement';
import { AnnouncementsKept1764802950000 } from '../../migrations/1764802950000-announcements-kept';
import { PublishedAssessmentsKept1764803400000 } from '../../migrations/1764803400000-published-assessments-kept';
import { RepairFundCorrections1764803800000 } from '../../migrations/1764803800000-repair-fund-corrections';
import { QuarterReturnedByCommunity1764803900000 } from '../../migrations/1764803900000-quarter-returned-by-community';
import { RepairFundRefunds1764804200000 } from '../../migrations/1764804200000-repair-fund-refunds';
import { PrintedAsFinal1764804800000 } from '../../migrations/1764804800000-printed-as-final';
import { CommitteeMembersKept1764805200000 } from '../../migrations/1764805200000-committee-members-kept';
import { ControlsLoosenedByAChecker1764805500000 } from '../../migrations/1764805500000-controls-loosened-by-a-checker';
import { RefundConfirmed1764805930000 } from '../../migrations/1764805930000-refund-confirmed';
import { NamesAsPublished1764806050000 } from '../../migrations/1764806050000-names-as-published';
import { AccountsUnderTwoAdmins1764806600000 } from '../../migrations/1764806600000-accounts-under-two-admins';
import { AccountPowersConfirmed1764807050000 } from '../../migrations/1764807050000-account-powers-confirmed';
import { BornByTheirMoves1764806200000 } from '../../migrations/1764806200000-born-by-their-moves';
import { MOVE_ELECTION, RECORD_BALLOT } from './election-operations';
import { rolledBack, startTestApp, TestApp } from './harness';

/**
 * What is recorded stays recorded (migrations/1764801700000-records-kept.ts): PostgreSQL refuses DELETE and
 * TRUNCATE of ballots, vote records, published lists, closed quarters, posted months and the audit chain, to
 * anyone who connects as the application does; what the application itself removes stays removable. And the
 * printed documents of a vote exist only in the phases where they mean something.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const rows = async (table: string, where: string): Promise<number> => Number((await app.ds.query(`SELECT count(*) AS n FROM ${table} WHERE ${where}`))[0].n);

const SEALED_RESULT = `vote_record_id IN (SELECT id FROM vote_record WHERE sha256 IS NOT NULL)`;
const CLOSED_QUARTER = `period_id IN (SELECT id FROM account_period WHERE status <> 'OPEN')`;

/** each kept table, the rows it keeps, and what PostgreSQL answers a DELETE of them (null: no such rows in the demo) */
const KEPT: Array<[table: string, kept: string, refusedDelete: RegExp | null]> = [
  ['ballot', 'true', /a recorded ballot is never removed: DELETE on ballot refused/],
  ['resolution_ballot', 'true', /a recorded ballot is never removed: DELETE on resolution_ballot refused/],
  ['vote_record', 'true', /never altered/],
  ['vote_roll_person', 'true', /never altered/],
  ['vote_roll_unit', 'true', /never altered/],
  ['vote_result', SEALED_RESULT, /is sealed/],
  ['vote_result_check', SEALED_RESULT, /is sealed/],
  ['vote_result_line', SEALED_RESULT, /is sealed/],
  ['red_black_list', 'true', /never changed/],
  ['red_black_entry', 'true', /never changed/],
  ['account_entry', CLOSED_QUARTER, /closed period/],
  // the demo has no voucher in a closed quarter (committee-accounts.e2e refuses deleting one); one is added below
  ['account_voucher', 'true', null],
  ['account_period', `status <> 'OPEN'`, /a closed quarter is final: DELETE on account_period refused/],
  ['repair_fund_accrual', 'true', /a month is posted once and stays posted: DELETE on repair_fund_accrual refused/],
  ['repair_fund_withdrawal', `status <> 'REQUESTED'`, /a decided withdrawal is kept: DELETE on repair_fund_withdrawal refused/],
  ['audit_chain_head', 'true', /moved only by appending: DELETE on audit_chain_head refused/],
  ['audit_event', 'true', /append-only/],
];

describe('the database keeps what is recorded, whoever writes SQL', () => {
  beforeAll(async () => {
    // a voucher, added while its quarter is open (the only time one can be)
    const [entry] = await app.ds.query(`SELECT e.id FROM account_entry e JOIN account_period p ON p.id = e.period_id WHERE p.status = 'OPEN' ORDER BY e.id LIMIT 1`);
    await app.ds.query(
      `INSERT INTO account_voucher (entry_id, file_name, content_type, size_bytes, sha256, content) VALUES ($1, 'receipt.pdf', 'application/pdf', 1, sha256('x'), 'x')`,
      [entry.id],
    );
  });

  it.each(KEPT)('%s: DELETE and TRUNCATE are refused, and the rows stay', async (table, kept, refusedDelete) => {
    const before = await rows(table, kept);
    expect(before).toBeGreaterThan(0);
    if (refusedDelete) await expect(app.ds.query(`DELETE FROM ${table} WHERE ${kept}`)).rejects.toThrow(refusedDelete);
    // CASCADE too: TRUNCATE skips row triggers, and a cascade reaches every table referring to this one
    const refusedTruncate = table === 'audit_event' ? /append-only/ : new RegExp(`TRUNCATE on ${table} refused`);
    await expect(app.ds.query(`TRUNCATE ${table} CASCADE`)).rejects.toThrow(refusedTruncate);
    expect(await rows(table, kept)).toBe(before);
  });

  it('TRUNCATE of an election, resolution or fund does not take their ballots, records or posted months with it', async () => {
    for (const table of ['election', 'resolution', 'repair_fund', 'committee_account']) {
      await expect(app.ds.query(`TRUNCATE ${table} CASCADE`)).rejects.toThrow(/refused|append-only/);
    }
    expect(await rows('election', 'true')).toBeGreaterThan(0);
  });

  it('a ballot that cannot be deleted cannot be cast twice either', async () => {
    const [{ id: electionId }] = await app.ds.query(`SELECT id FROM election WHERE phase = 'VOTING' ORDER BY id LIMIT 1`);
    const [ballot] = await app.ds.query(`SELECT id, voter_key FROM ballot WHERE election_id = $1 AND voter_key LIKE 'owner:%' ORDER BY id LIMIT 1`, [electionId]);
    await expect(app.ds.query(`DELETE FROM ballot WHERE id = $1`, [ballot.id])).rejects.toThrow(/never removed/);
    const again = await app.gql(RECORD_BALLOT, { electionId: String(electionId), input: { ownerId: ballot.voter_key.slice('owner:'.length), method: 'ON_SITE', choices: [] } }, await app.tokenFor('officer'));
    expect(again.errors?.[0].extensions.code).toBe('ALREADY_EXISTS');
    expect(await rows('ballot', `id = ${Number(ballot.id)}`)).toBe(1);
  });

  it('what the application removes stays removable: an unsealed result (a recount), an open quarter’s book, a requested withdrawal', async () => {
    await rolledBack(app.ds, async (runner) => {
      const query = runner.query.bind(runner);
      const [unsealed] = (await query(`SELECT r.vote_record_id AS id FROM vote_result r JOIN vote_record v ON v.id = r.vote_record_id WHERE v.sha256 IS NULL LIMIT 1`)) as Array<{ id: number }>;
      for (const table of ['vote_result_line', 'vote_result_check', 'vote_result']) await query(`DELETE FROM ${table} WHERE vote_record_id = $1`, [unsealed.id]);
      const [open] = (await query(`SELECT id FROM account_period WHERE status = 'OPEN' ORDER BY id LIMIT 1`)) as Array<{ id: number }>;
      await query(`DELETE FROM account_voucher WHERE entry_id IN (SELECT id FROM account_entry WHERE period_id = $1)`, [open.id]);
      await query(`DELETE FROM account_entry WHERE period_id = $1 AND corrects_entry_id IS NOT NULL`, [open.id]);
      await query(`DELETE FROM account_entry WHERE period_id = $1`, [open.id]);
      await query(`DELETE FROM account_period WHERE id = $1`, [open.id]);
      await query(`DELETE FROM repair_fund_withdrawal WHERE status = 'REQUESTED'`);
    });
  });

  it('a posted month is not rewritten either', async () => {
    await expect(app.ds.query(`UPDATE repair_fund_accrual SET amount_fen = amount_fen + 1`)).rejects.toThrow(/posted once/);
  });
});

describe('nothing is added to a record after the fact (migrations/1764802100000-nothing-added-after-the-fact.ts)', () => {
  const voteOf = async (table: 'election' | 'resolution', where: string) =>
    (await app.ds.query(`SELECT t.id, r.id AS record_id FROM ${table} t JOIN vote_record r ON r.${table}_id = t.id WHERE ${where} ORDER BY t.id LIMIT 1`))[0] as { id: number; record_id: number };
  /** a person on the vote's roll who has not voted yet; the same through ballot and resolution_ballot */
  const nonVoterOf = async (table: 'ballot' | 'resolution_ballot', parent: 'election' | 'resolution', vote: { id: number; record_id: number }) =>
    (await app.ds.query(
      `SELECT person_key FROM vote_roll_person p WHERE vote_record_id = $1 AND NOT EXISTS (SELECT 1 FROM ${table} b WHERE b.${parent}_id = $2 AND b.voter_key = p.person_key) ORDER BY person_key LIMIT 1`,
      [vote.record_id, vote.id],
    ))[0].person_key as string;
  const INSERT_BALLOT = {
    ballot: `INSERT INTO ballot (election_id, voter_key, method, choices) VALUES ($1, $2, 'PAPER', '{}')`,
    resolution_ballot: `INSERT INTO resolution_ballot (resolution_id, voter_key, choice, method) VALUES ($1, $2, 'YES', 'PAPER')`,
  };

  it.each([
    ['an election counted, its result published', 'election', `t.phase = 'RESULT_PUBLICITY'`],
    ['an election whose record is sealed', 'election', `t.phase = 'CERTIFIED' AND r.sha256 IS NOT NULL`],
    ['a closed resolution', 'resolution', `t.phase = 'CLOSED'`],
  ] as const)('refuses a ballot slipped into %s, also for a person on its roll who did not vote', async (_what, parent, where) => {
    const vote = await voteOf(parent, where);
    const table = parent === 'election' ? 'ballot' : 'resolution_ballot';
    const voter = await nonVoterOf(table, parent, vote);
    const before = await rows(table, `${parent}_id = ${vote.id}`);
    await expect(app.ds.query(INSERT_BALLOT[table], [vote.id, voter])).rejects.toThrow(new RegExp(`a ballot is recorded only while its vote is open: INSERT on ${table} refused`));
    expect(await rows(table, `${parent}_id = ${vote.id}`)).toBe(before);
  });

  it('refuses a ballot of someone not on the roll fixed when voting opened, and lets through one of someone on it', async () => {
    const vote = await voteOf('election', `t.phase = 'VOTING'`);
    await expect(app.ds.query(INSERT_BALLOT.ballot, [vote.id, 'owner:999999'])).rejects.toThrow(/only for a person on the roll fixed when voting opened/);
    const voter = await nonVoterOf('ballot', 'election', vote);
    await rolledBack(app.ds, async (runner) => {
      const query = runner.query.bind(runner);
      await query(INSERT_BALLOT.ballot, [vote.id, voter]);
    });
  });

  it.each([
    ['vote_roll_person', `INSERT INTO vote_roll_person (vote_record_id, person_key, name, area) SELECT id, 'owner:999999', '后来者', 99 FROM vote_record ORDER BY id LIMIT 1`, /voting roll of a vote is fixed when voting opens/],
    ['vote_roll_unit', `INSERT INTO vote_roll_unit (vote_record_id, unit_id, label, area, area_source, developer_held, owner_keys, voter_key, designated)
       SELECT vote_record_id, 999999, '99栋9单元999', 99, 'REGISTER', false, ARRAY[person_key], person_key, false FROM vote_roll_person WHERE person_key LIKE 'owner:%' ORDER BY vote_record_id LIMIT 1`, /voting roll of a vote is fixed when voting opens/],
    ['red_black_entry', `INSERT INTO red_black_entry SELECT (jsonb_populate_record(e, jsonb_build_object('id', (SELECT max(id) + 1 FROM red_black_entry), 'project_id', (SELECT max(id) FROM project)))).* FROM red_black_entry e ORDER BY id LIMIT 1`, /published red\/black list is never changed: INSERT on red_black_entry refused/],
  ])('refuses a row added to %s after its record or list was written', async (table, sql, refused) => {
    const before = await rows(table, 'true');
    await expect(app.ds.query(sql)).rejects.toThrow(refused);
    expect(await rows(table, 'true')).toBe(before);
  });
});

describe('a published assessment and its scheme stay as published (migrations/1764803400000-published-assessments-kept.ts)', () => {
  const refused = /what is published stays as published/;
  it.each([
    ['an assessment’s scores', `UPDATE assessment SET total = total - 1, items = items || '[]'::jsonb WHERE state = 'PUBLISHED'`],
    ['an assessment moved back to review', `UPDATE assessment SET state = 'REVIEWED' WHERE state = 'PUBLISHED'`],
    ['an assessment removed', `DELETE FROM assessment WHERE state = 'PUBLISHED'`],
    ['a published scheme’s items', `UPDATE assessment_scheme SET definition = '{}'::jsonb WHERE state = 'PUBLISHED'`],
    ['a published scheme removed', `DELETE FROM assessment_scheme WHERE state = 'PUBLISHED'`],
    ['every assessment truncated', `TRUNCATE assessment CASCADE`],
  ])('refuses %s', async (_what, sql) => {
    const before = await rows('assessment', `state = 'PUBLISHED'`);
    expect(before).toBeGreaterThan(0);
    await expect(app.ds.query(sql)).rejects.toThrow(refused);
    expect(await rows('assessment', `state = 'PUBLISHED'`)).toBe(before);
  });

  it('lets through a version moved, and work on an assessment not yet published', async () => {
    await rolledBack(app.ds, async (runner) => {
      const query = runner.query.bind(runner);
      await query(`UPDATE assessment SET version = version + 1, updated_at = now() WHERE state = 'PUBLISHED'`);
      await query(`UPDATE assessment SET return_note = '补充材料' WHERE id = (SELECT min(id) FROM assessment WHERE state <> 'PUBLISHED')`);
    });
  });
});

describe('a decided record is not rewritten (migrations/1764801800000-decided-rows-unaltered.ts)', () => {
  const periodIn = async (status: string) => (await app.ds.query(`SELECT id FROM account_period WHERE status = $1 ORDER BY id LIMIT 1`, [status]))[0].id as number;

  it.each([
    ['a closed quarter’s totals', `UPDATE account_period SET closing_fen = closing_fen + 100 WHERE status <> 'OPEN'`],
    ['who closed a quarter', `UPDATE account_period SET closed_by_id = NULL WHERE status <> 'OPEN'`],
    ['a closed quarter reopened', `UPDATE account_period SET status = 'OPEN', closed_at = NULL, closing_fen = NULL WHERE status = 'CLOSED'`],
    ['a published quarter moved back', `UPDATE account_period SET status = 'COUNTERSIGNED', published_at = NULL WHERE status = 'PUBLISHED'`],
    ['a countersignature replaced', `UPDATE account_period SET countersigned_by_id = closed_by_id WHERE status = 'PUBLISHED'`],
    ['a publication day moved', `UPDATE account_period SET published_at = published_at - interval '1 day' WHERE status = 'PUBLISHED'`],
    ['a quarter published before it is countersigned', `UPDATE account_period SET status = 'PUBLISHED', published_at = now() WHERE status = 'CLOSED'`],
  ])('refuses %s', async (_what, sql) => {
    await expect(app.ds.query(sql)).rejects.toThrow(/a closed quarter is final: UPDATE of \w+ period \d+ on account_period refused/);
  });

  it('refuses rewriting a decided withdrawal: its amount, its decision undone, a rejection turned into an approval', async () => {
    const refused = /a decided withdrawal is kept: UPDATE on repair_fund_withdrawal refused/;
    expect(await rows('repair_fund_withdrawal', `status = 'APPROVED'`)).toBeGreaterThan(0);
    await expect(app.ds.query(`UPDATE repair_fund_withdrawal SET amount_fen = amount_fen * 10 WHERE status = 'APPROVED'`)).rejects.toThrow(refused);
    await expect(app.ds.query(`UPDATE repair_fund_withdrawal SET status = 'REQUESTED', decided_at = NULL, decided_by_id = NULL WHERE status = 'APPROVED'`)).rejects.toThrow(refused);
    await rolledBack(app.ds, async (runner) => {
      const query = runner.query.bind(runner);
      // an UPDATE … RETURNING answers [rows, count]
      const [[{ id }]] = (await query(`UPDATE repair_fund_withdrawal SET status = 'REJECTED', decided_at = now() WHERE id = (SELECT min(id) FROM repair_fund_withdrawal WHERE status = 'REQUESTED') RETURNING id`)) as [Array<{ id: number }>, number];
      await expect(query(`UPDATE repair_fund_withdrawal SET status = 'APPROVED' WHERE id = $1`, [id])).rejects.toThrow(refused);
    });
  });

  it('lets through what the application does: a quarter countersigned, then published; a request decided; a designation withdrawn', async () => {
    await rolledBack(app.ds, async (runner) => {
      const query = runner.query.bind(runner);
      const closed = await periodIn('CLOSED');
      await query(`UPDATE account_period SET status = 'COUNTERSIGNED', countersigned_by_id = closed_by_id, countersigned_at = now(), version = version + 1 WHERE id = $1`, [closed]);
      await query(`UPDATE account_period SET status = 'PUBLISHED', published_at = now(), version = version + 1, updated_at = now() WHERE id = $1`, [closed]);
      await query(`UPDATE repair_fund_withdrawal SET status = 'REJECTED', decided_at = now(), decision_note = '材料不全', version = version + 1 WHERE status = 'REQUESTED'`);
      await query(`UPDATE demonstration_designation SET withdrawn_on = '2026-08-01', withdrawal_reason = '复评不合格', version = version + 1 WHERE id = (SELECT min(id) FROM demonstration_designation WHERE level = 'CITY')`);
    });
  });

  it('a designation is withdrawn once: its withdrawal and its designating facts stay, and it is never removed', async () => {
    await rolledBack(app.ds, async (runner) => {
      const query = runner.query.bind(runner);
      const [{ id }] = (await query(`SELECT min(id) AS id FROM demonstration_designation WHERE level = 'CITY'`)) as Array<{ id: number }>;
      await expect(query(`UPDATE demonstration_designation SET year = year - 1 WHERE id = $1`, [id])).rejects.toThrow(/withdrawn once and kept/);
    });
    await rolledBack(app.ds, async (runner) => {
      const query = runner.query.bind(runner);
      const [{ id }] = (await query(`SELECT min(id) AS id FROM demonstration_designation WHERE level = 'CITY'`)) as Array<{ id: number }>;
      await query(`UPDATE demonstration_designation SET withdrawn_on = '2026-08-01', withdrawal_reason = '复评不合格' WHERE id = $1`, [id]);
      await expect(query(`UPDATE demonstration_designation SET withdrawn_on = NULL, withdrawal_reason = NULL WHERE id = $1`, [id])).rejects.toThrow(/withdrawn once and kept/);
    });
    await expect(app.ds.query(`DELETE FROM demonstration_designation`)).rejects.toThrow(/a designation is kept as history: DELETE on demonstration_designation refused/);
    await expect(app.ds.query(`TRUNCATE demonstration_designation`)).rejects.toThrow(/TRUNCATE on demonstration_designation refused/);
  });
});

describe('the audit chain’s head moves only forward, by appending', () => {
  const VERIFY = `query { verifyAuditChain { ok headPosition headHash } }`;
  const head = async () => (await app.ds.query(`SELECT seq, hash FROM audit_chain_head`))[0] as { seq: string; hash: string };
  const probe = `INSERT INTO audit_event (actor_name, action, entity_type, entity_id) VALUES ('系统', 'probe.kept', 'Probe', '1')`;

  it('refuses a head moved back, moved to a hash that is not the chain’s, or moved nowhere new', async () => {
    const before = await head();
    await expect(app.ds.query(`UPDATE audit_chain_head SET seq = seq - 1, hash = (SELECT hash FROM audit_event WHERE chain_seq = $1 - 1)`, [before.seq])).rejects.toThrow(/moves only forward/);
    await expect(app.ds.query(`UPDATE audit_chain_head SET seq = seq + 1, hash = repeat('a', 64)`)).rejects.toThrow(/moves only forward/);
    await expect(app.ds.query(`UPDATE audit_chain_head SET hash = repeat('b', 64)`)).rejects.toThrow(/moves only forward/);
    // writing it back unchanged is what a statement that appends nothing does
    await app.ds.query(`UPDATE audit_chain_head SET seq = seq, hash = hash`);
    expect(await head()).toEqual(before);
  });

  it('appending still moves it, several statements to a transaction included (one appending none)', async () => {
    await app.tokenFor('admin'); // signing in is audited too: before the head is read
    const before = await head();
    await app.ds.transaction(async (em) => {
      await em.query(probe);
      await em.query(`INSERT INTO audit_event (actor_name, action, entity_type, entity_id) SELECT '系统', 'probe.none', 'Probe', '1' WHERE false`);
      await em.query(probe);
    });
    expect(Number((await head()).seq)).toBe(Number(before.seq) + 2);
    const report = (await app.as('admin', VERIFY)).verifyAuditChain;
    expect(report).toMatchObject({ ok: true, headPosition: Number(before.seq) + 2, headHash: (await head()).hash });
  });
});

describe('a vote’s documents only in the phases where they mean something', () => {
  const get = async (path: string, username = 'officer') =>
    fetch(`${app.baseUrl}${path}`, { headers: { authorization: `Bearer ${await app.tokenFor(username)}` } });
  async function refused(path: string, username = 'officer'): Promise<void> {
    const response = await get(path, username);
    expect([path, response.status]).toEqual([path, 409]);
    expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('INVALID_TRANSITION');
  }
  async function served(path: string, username = 'officer'): Promise<void> {
    const response = await get(path, username);
    expect([path, response.status]).toEqual([path, 200]);
    await response.arrayBuffer();
  }
  const electionIn = async (phase: string) => (await app.ds.query(`SELECT id FROM election WHERE phase = $1 ORDER BY id LIMIT 1`, [phase]))[0].id as number;
  const candidateIn = async (phase: string) =>
    (await app.ds.query(`SELECT c.id FROM candidate c JOIN election e ON e.id = c.election_id WHERE e.phase = $1 ORDER BY c.id LIMIT 1`, [phase]))[0].id as number;

  it.each(['PREPARATION', 'NOMINATION', 'ELIGIBILITY_REVIEW', 'CANDIDATE_PUBLICITY', 'VOTING', 'CANCELLED'])(
    'an election in %s has no tally sheet (计票单), result notice or record',
    async (phase) => {
      const id = await electionIn(phase);
      for (const file of ['tally-sheet.pdf', 'result.pdf', 'record.json']) await refused(`/documents/elections/${id}/${file}`);
    },
  );

  it.each(['COUNTING', 'RESULT_PUBLICITY', 'CERTIFIED'])('an election in %s has all three', async (phase) => {
    const id = await electionIn(phase);
    for (const file of ['tally-sheet.pdf', 'result.pdf', 'record.json']) await served(`/documents/elections/${id}/${file}`);
  });

  it('a resolution still voting has no notice or record; a closed one has both', async () => {
    const [{ id: voting }] = await app.ds.query(`SELECT id FROM resolution WHERE phase = 'VOTING' ORDER BY id LIMIT 1`);
    const [{ id: closed }] = await app.ds.query(`SELECT id FROM resolution WHERE phase = 'CLOSED' ORDER BY id LIMIT 1`);
    for (const file of ['result.pdf', 'record.json']) {
      await refused(`/documents/resolutions/${voting}/${file}`);
      await served(`/documents/resolutions/${closed}/${file}`);
    }
  });

  it('a candidate’s review form (资格审查表) once the review has opened, not during nomination nor after a cancellation', async () => {
    await refused(`/documents/candidates/${await candidateIn('NOMINATION')}/review.pdf`);
    await refused(`/documents/candidates/${await candidateIn('CANCELLED')}/review.pdf`);
    await served(`/documents/candidates/${await candidateIn('ELIGIBILITY_REVIEW')}/review.pdf`);
    await served(`/documents/candidates/${await candidateIn('VOTING')}/review.pdf`);
  });

  it('a revoked filing keeps its number but gets no receipt (备案回执)', async () => {
    const [revoked] = await app.ds.query(`SELECT id FROM firm WHERE filing_status = 'REVOKED' AND filing_number IS NOT NULL ORDER BY id LIMIT 1`);
    await refused(`/documents/firms/${revoked.id}/receipt.pdf`, 'clerk');
  });

  it('an election cancelled after counting keeps its record, sealed, but no notice announces it and no sheet is signed', async () => {
    const [{ id, version }] = await app.ds.query(`SELECT id, version FROM election WHERE phase = 'COUNTING' ORDER BY id LIMIT 1`);
    const sealOf = async () => (await app.ds.query(`SELECT sha256 FROM vote_record WHERE election_id = $1`, [id]))[0].sha256 as string | null;
    expect(await sealOf()).toBeNull();
    const { moveElection } = await app.as('officer', MOVE_ELECTION, { id: String(id), version, action: 'CANCEL', cancelReason: 'IRREGULARITY' });
    expect(moveElection.phase).toBe('CANCELLED');
    // its counted result is never replaced now: the seal makes the database refuse it
    expect(await sealOf()).toMatch(/^[0-9a-f]{64}$/);
    await expect(app.ds.query(`DELETE FROM vote_result_line WHERE vote_record_id = (SELECT id FROM vote_record WHERE election_id = $1)`, [id])).rejects.toThrow(/is sealed/);
    await served(`/documents/elections/${id}/record.json`);
    await refused(`/documents/elections/${id}/result.pdf`);
    await refused(`/documents/elections/${id}/tally-sheet.pdf`);
  });
});

describe('the migrations', () => {
  it('down() removes what up() added, and up() adds it again, the later one first', async () => {
    const added = `SELECT (SELECT count(*)::int FROM pg_trigger WHERE tgname ~ '_(not_removed|not_truncated|joins_open_vote|written_with_parent)$'
                              OR tgname IN ('audit_chain_head_advances', 'repair_fund_accrual_unaltered', 'repair_fund_correction_unaltered', 'repair_fund_refund_unaltered', 'account_period_closed_moves', 'repair_fund_withdrawal_decided', 'demonstration_designation_moves')) AS triggers,
                          (SELECT count(*)::int FROM pg_proc WHERE proname IN ('record_kept', 'audit_chain_head_advances', 'account_period_closed_moves', 'demonstration_designation_moves', 'ballot_joins_open_vote', 'written_with_parent')) AS functions`;
    const kept = new RecordsKept1764801700000();
    const unaltered = new DecidedRowsUnaltered1764801800000();
    const nothingAdded = new NothingAddedAfterTheFact1764802100000();
    const tieSettlement = new TieSettlement1764802200000();
    // the later migrations' triggers call record_kept(): they are removed first and added again last
    const announcements = new AnnouncementsKept1764802950000();
    const publishedAssessments = new PublishedAssessmentsKept1764803400000();
    const corrections = new RepairFundCorrections1764803800000();
    const returned = new QuarterReturnedByCommunity1764803900000();
    const refunds = new RepairFundRefunds1764804200000();
    const printedAsFinal = new PrintedAsFinal1764804800000();
    const membersKept = new CommitteeMembersKept1764805200000();
    const proposals = new ControlsLoosenedByAChecker1764805500000();
    const refundProposals = new RefundConfirmed1764805930000();
    const namesKept = new NamesAsPublished1764806050000();
    const born = new BornByTheirMoves1764806200000();
    const accountChanges = new AccountsUnderTwoAdmins1764806600000();
    const accountPowers = new AccountPowersConfirmed1764807050000();
    await rolledBack(app.ds, async (runner) => {
      const query = runner.query.bind(runner);
      const [before] = (await query(added)) as Array<{ triggers: number; functions: number }>;
      // 16 tables' TRUNCATE, 6 of them DELETE, 2 UPDATE (records kept); 3 UPDATE and the designations' DELETE and TRUNCATE
      // (decided rows); 2 ballot tables' and 3 rows-with-their-parent INSERT (nothing added); tie settlements' DELETE and TRUNCATE;
      // repair-fund corrections' UPDATE, DELETE and TRUNCATE; repair-fund refunds' UPDATE, DELETE and TRUNCATE; the 2 as-approved tables' TRUNCATE;
      // committee members' TRUNCATE; the 3 proposal tables' TRUNCATE, and the refunds' proposals' (1764805930000); name_history's TRUNCATE (1764806050000);
      // a fund's terms' TRUNCATE (1764806200000); the account changes' proposals' TRUNCATE (1764806600000); the subdistricts'
      // removals' TRUNCATE (1764807050000)
      expect(before).toEqual({ triggers: 16 + 6 + 2 + 3 + 2 + 2 + 3 + 2 + 3 + 3 + 2 + 1 + 3 + 1 + 1 + 1 + 1 + 1, functions: 6 });
      await accountPowers.down(runner);
      await accountChanges.down(runner);
      await born.down(runner);
      await namesKept.down(runner);
      await refundProposals.down(runner);
      await proposals.down(runner);
      await membersKept.down(runner);
      await printedAsFinal.down(runner);
      await refunds.down(runner);
      await returned.down(runner);
      await corrections.down(runner);
      await publishedAssessments.down(runner);
      await announcements.down(runner);
      await tieSettlement.down(runner);
      await nothingAdded.down(runner);
      await unaltered.down(runner);
      await kept.down(runner);
      expect(await query(added)).toEqual([{ triggers: 0, functions: 0 }]);
      await kept.up(runner);
      await unaltered.up(runner);
      await nothingAdded.up(runner);
      await tieSettlement.up(runner);
      await announcements.up(runner);
      await publishedAssessments.up(runner);
      await corrections.up(runner);
      await returned.up(runner);
      await refunds.up(runner);
      await printedAsFinal.up(runner);
      await membersKept.up(runner);
      await proposals.up(runner);
      await refundProposals.up(runner);
      await namesKept.up(runner);
      await born.up(runner);
      await accountChanges.up(runner);
      await accountPowers.up(runner);
      expect(await query(added)).toEqual([before]);
    });
  });
});
