import { addDays, todayInChina } from '../src/shared/iso-date';
import {
  CREATE_RESOLUTION,
  fifteenDaysOn,
  FILE_OBJECTION,
  GET_ELECTION,
  LIST_ELECTIONS,
  MOVE_ELECTION,
  MOVE_RESOLUTION,
  noticedVotingDays,
  RECORD_BALLOT,
  RESOLUTION_BALLOT,
  VOTING_PERSONS,
} from './election-operations';
import { ruleOutcomeOf, startTestApp, TestApp, untilWaitingOnLocks } from './harness';
import { COMPLETE_FOLLOW_UP, CREATE_MEETING, RESOLVE_ISSUE, UPDATE_MEETING } from './party-operations';
import {
  ADD_ENTRY,
  ADD_VOUCHER,
  bookEntry,
  DECIDE_ACCOUNT_TERMS,
  DECIDE_FUND_CORRECTION,
  GET_ACCOUNT,
  LIST_FUNDS,
  longting,
  MOVE_PERIOD,
  openNewBook,
  POST_FUND_CORRECTION,
  SET_SPENDING_LIMIT,
  SIGN_OFF_ENTRY,
} from './money-operations';

/**
 * Two writes of one record or one aggregate sent together (race round, race14), N rounds each: a money proposal decided
 * twice at once, or confirmed while its proposer withdraws it (docs/roles-and-workflows.md#money-proposals); ballots
 * recorded while the officer closes the vote (docs/domain-rules.md#vote-record); objections to two candidates of one
 * election during publicity (docs/roles-and-workflows.md#eligibility-review). Each must come out as one order, whole:
 * one decision with its audit event and its effect, ballots either counted in the stored result or refused, never a
 * deadlock answered CONFLICT; a book's quarter closed while one of its entries is signed off or given a voucher
 * (docs/roles-and-workflows.md#committee-accounts); a five-party meeting moved while one of its issues is resolved
 * (docs/domain-rules.md#five-party-meetings). The objections and the book's quarter failed before (a deadlock, one of the
 * two refused CONFLICT/CONCURRENT_WRITE), and the meeting (both let through: an issue resolved before the meeting it was
 * raised at); the money proposals and the ballots held.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const fen = (yuan: string) => Math.round(Number(yuan) * 100);
/** A GraphQL answer, as ruleOutcomeOf reads it. */
type Answer = { errors?: ReadonlyArray<{ extensions?: Record<string, any> }> };
const DECIDED_ALREADY = ['CONFLICT', 'INVALID_TRANSITION/PROPOSAL_DECIDED'];


describe('a money proposal decided by two at once', () => {
  it('a fund’s correction confirmed twice, or confirmed while withdrawn: one decision, its audit event, the money moved once or not at all', async () => {
    const { repairFunds } = await app.as('officer', LIST_FUNDS, { options: { take: 10 } });
    const fund = [...repairFunds.items].sort((a, b) => fen(b.balance) - fen(a.balance))[0];
    const [{ id: accrualId }] = await app.ds.query(`SELECT id::text FROM repair_fund_accrual WHERE fund_id = $1 ORDER BY month LIMIT 1`, [fund.id]);
    const balance = async () => Number((await app.ds.query(`SELECT balance_fen FROM repair_fund WHERE id = $1`, [fund.id]))[0].balance_fen);
    const [checker, proposer] = [await app.tokenFor('officer3'), await app.tokenFor('officer')];
    for (let round = 0; round < 8; round++) {
      const withdrawing = round % 2 === 1;
      const before = await balance();
      const { postRepairFundCorrection: p } = await app.as('officer', POST_FUND_CORRECTION, { fundId: fund.id, input: { accrualId, amount: '1.00', reason: `同时决定${round}` } });
      const proposal = { id: p.id, version: (p as { version: number }).version };
      const [confirm, other] = await Promise.all([
        app.gql(DECIDE_FUND_CORRECTION, { ...proposal, action: 'CONFIRM' }, checker),
        app.gql(DECIDE_FUND_CORRECTION, { ...proposal, action: withdrawing ? 'WITHDRAW' : 'CONFIRM' }, withdrawing ? proposer : checker),
      ]);
      const outcomes = [ruleOutcomeOf(confirm), ruleOutcomeOf(other)];
      expect(outcomes.filter((o) => o === 'OK')).toHaveLength(1);
      expect(DECIDED_ALREADY).toContain(outcomes.find((o) => o !== 'OK'));
      const [{ status }] = await app.ds.query(`SELECT status FROM repair_fund_correction_proposal WHERE id = $1`, [p.id]);
      expect(status).toBe(withdrawing && outcomes[1] === 'OK' ? 'WITHDRAWN' : 'CONFIRMED');
      const [{ n: posted }] = await app.ds.query(`SELECT count(*)::int AS n FROM repair_fund_correction WHERE proposal_id = $1`, [p.id]);
      expect({ posted, moved: (await balance()) - before }).toEqual(status === 'CONFIRMED' ? { posted: 1, moved: 100 } : { posted: 0, moved: 0 });
      const decisions = await app.ds.query(`SELECT action FROM audit_event WHERE action LIKE 'repairFundCorrection.%' AND after->>'id' = $1`, [p.id]);
      expect(decisions).toEqual([{ action: `repairFundCorrection.${status === 'CONFIRMED' ? 'confirm' : 'withdraw'}` }]);
    }
  });

  it('a book’s raised limit confirmed while its proposer withdraws it: the limit moves only with a confirmation', async () => {
    const book = await openNewBook(app, []);
    const [checker, proposer] = [await app.tokenFor('officer3'), await app.tokenFor('officer')];
    for (let round = 0; round < 6; round++) {
      const now = (await app.as('officer', GET_ACCOUNT, { id: book.accountId })).committeeAccount;
      const { setCommitteeSpendingLimit: raised } = await app.as('officer', SET_SPENDING_LIMIT, { id: book.accountId, version: now.version, spendingLimit: String(20000 + round) });
      const proposal = { id: raised.pendingTerms!.id, version: raised.pendingTerms!.version };
      const [confirm, withdraw] = await Promise.all([
        app.gql(DECIDE_ACCOUNT_TERMS, { ...proposal, action: 'CONFIRM' }, checker),
        app.gql(DECIDE_ACCOUNT_TERMS, { ...proposal, action: 'WITHDRAW' }, proposer),
      ]);
      const outcomes = [ruleOutcomeOf(confirm), ruleOutcomeOf(withdraw)];
      expect(outcomes.filter((o) => o === 'OK')).toHaveLength(1);
      expect(DECIDED_ALREADY).toContain(outcomes.find((o) => o !== 'OK'));
      const after = (await app.as('officer', GET_ACCOUNT, { id: book.accountId })).committeeAccount;
      expect(after.pendingTerms).toBeNull();
      expect(after.spendingLimit).toBe(outcomes[0] === 'OK' ? `${20000 + round}.00` : now.spendingLimit);
    }
  });
});

/** Ballots, their audit events and the stored result agree: every accepted ballot counted, every refused one VOTING_NOT_OPEN. */
async function countedWhole(table: 'ballot' | 'resolution_ballot', column: 'election_id' | 'resolution_id', id: string, results: Array<Answer>, action: string) {
  const accepted = results.filter((r) => !r.errors).length;
  expect([...new Set(results.filter((r) => r.errors).map(ruleOutcomeOf))].filter((o) => o !== 'INVALID_TRANSITION/VOTING_NOT_OPEN')).toEqual([]);
  const [{ n: rows }] = await app.ds.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`, [id]);
  const [{ n: audited }] = await app.ds.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = $1 AND entity_id = $2`, [action, id]);
  const [stored] = await app.ds.query(`SELECT v.ballots FROM vote_result v JOIN vote_record r ON r.id = v.vote_record_id WHERE r.${column} = $1`, [id]);
  return { accepted, rows, audited, stored: stored.ballots };
}

describe('ballots recorded while the officer closes the vote', () => {
  it('a resolution: each ballot counted in the stored result with its audit event, or refused', async () => {
    const estates: Array<{ id: string }> = await app.ds.query(
      `SELECT e.id::text AS id FROM estate e JOIN community c ON c.id = e.community_id
        WHERE c.subdistrict_id IN (SELECT j.subdistrict_id FROM officer_jurisdiction j JOIN app_user u ON u.id = j.user_id WHERE u.username = 'officer')
          AND NOT EXISTS (SELECT 1 FROM resolution r WHERE r.estate_id = e.id AND r.phase = 'VOTING') AND (SELECT count(*) FROM unit WHERE estate_id = e.id) > 30
        ORDER BY e.id LIMIT 3`,
    );
    expect(estates).toHaveLength(3);
    const token = await app.tokenFor('officer');
    for (const [round, { id: estateId }] of estates.entries()) {
      const { startsOn, endsOn } = noticedVotingDays(1);
      const input = { estateId, matter: 'OTHER_MAJOR_MATTER' as const, title: `表决截止时投票${round}`, votingStartsOn: startsOn, votingEndsOn: endsOn };
      const { createResolution } = await app.as('officer', CREATE_RESOLUTION, { input });
      await fifteenDaysOn(app, { resolution: createResolution.id });
      const { moveResolution: open } = await app.as('officer', MOVE_RESOLUTION, { id: createResolution.id, version: createResolution.version, action: 'OPEN_VOTING' });
      const persons: Array<{ key: string }> = await app.ds.query(
        `SELECT p.person_key AS key FROM vote_roll_person p JOIN vote_record r ON r.id = p.vote_record_id WHERE r.resolution_id = $1 AND p.person_key <> 'DEVELOPER' ORDER BY 1 LIMIT 24`,
        [open.id],
      );
      const ballot = (p: { key: string }) =>
        app.gql(RESOLUTION_BALLOT, { resolutionId: open.id, input: { ownerId: p.key.replace('owner:', ''), developer: false, method: 'ONLINE', choice: 'YES' } }, token);
      // the close sent among the ballots, a little later each round
      const first = persons.slice(0, 8 * round).map(ballot);
      const close = app.gql(MOVE_RESOLUTION, { id: open.id, version: open.version, action: 'CLOSE_VOTING' }, token);
      const rest = persons.slice(8 * round).map(ballot);
      const results = await Promise.all([...first, ...rest]);
      expect(ruleOutcomeOf(await close)).toBe('OK');
      const counted = await countedWhole('resolution_ballot', 'resolution_id', open.id, results, 'resolutionBallot.record');
      expect(counted).toEqual({ accepted: counted.accepted, rows: counted.accepted, audited: counted.accepted, stored: counted.accepted });
    }
  });

  it('an election on its last voting day: the same', async () => {
    const { elections } = await app.as('officer', LIST_ELECTIONS, { options: { filter: { phase: 'VOTING' } } });
    const election = (await app.as('officer', GET_ELECTION, { id: elections.items[0].id })).election;
    await app.ds.query(`UPDATE election_phase SET starts_on = LEAST(starts_on, $2::date), ends_on = $2::date WHERE election_id = $1 AND phase = 'VOTING'`, [election.id, todayInChina()]);
    const [{ n: before }] = await app.ds.query(`SELECT count(*)::int AS n FROM ballot WHERE election_id = $1`, [election.id]);
    const eligible = election.candidates.filter((c: { decision: string }) => c.decision === 'ELIGIBLE').map((c: { id: string }) => c.id);
    const { votingPersons } = await app.as('officer', VOTING_PERSONS, { electionId: election.id, voted: false, take: 40 });
    const token = await app.tokenFor('officer');
    const ballots = votingPersons.items
      .filter((p) => p.ownerId)
      .map((p) => app.gql(RECORD_BALLOT, { electionId: election.id, input: { ownerId: p.ownerId!, method: 'PAPER', choices: eligible.slice(0, 1) } }, token));
    const close = app.gql(MOVE_ELECTION, { id: election.id, version: election.version, action: 'CLOSE_VOTING' }, token);
    const results = await Promise.all(ballots);
    expect(ruleOutcomeOf(await close)).toBe('OK');
    const counted = await countedWhole('ballot', 'election_id', election.id, results, 'ballot.record');
    expect({ ...counted, rows: counted.rows - before, stored: counted.stored - before }).toEqual({ accepted: counted.accepted, rows: counted.accepted, audited: counted.accepted, stored: counted.accepted });
  });
});

it('objections to two candidates of one election during publicity, filed at once: both recorded, the review reopened once, never a deadlock', async () => {
  const [election] = await app.ds.query(`SELECT id::text FROM election WHERE phase = 'CANDIDATE_PUBLICITY' ORDER BY id LIMIT 1`);
  const today = todayInChina();
  // the owners were told the objection window runs today
  await app.ds.query(`UPDATE election_phase SET starts_on = LEAST(starts_on, $2::date), ends_on = GREATEST(ends_on, $2::date) WHERE election_id = $1 AND phase = 'CANDIDATE_PUBLICITY'`, [election.id, today]);
  const candidates: Array<{ id: string }> = await app.ds.query(`SELECT id::text FROM candidate WHERE election_id = $1 ORDER BY id LIMIT 2`, [election.id]);
  const token = await app.tokenFor('officer');
  // the two meet at the election: it is held, as another write of it would, until both wait for it
  const holder = app.ds.createQueryRunner();
  await holder.connect();
  await holder.startTransaction();
  let filed: Promise<Array<Answer>>;
  try {
    await holder.query(`SELECT 1 FROM election WHERE id = $1 FOR NO KEY UPDATE`, [election.id]);
    filed = Promise.all(candidates.map((c, i) => app.gql(FILE_OBJECTION, { candidateId: c.id, input: { filedOn: today, filedBy: `${i + 1}幢业主`, reason: `该候选人异议${i + 1}` } }, token)));
    await untilWaitingOnLocks(app, 2, 'the objections');
    await holder.commitTransaction();
  } finally {
    if (holder.isTransactionActive) await holder.rollbackTransaction();
    await holder.release();
  }
  expect((await filed).map(ruleOutcomeOf)).toEqual(['OK', 'OK']);
  const [{ n: objections }] = await app.ds.query(`SELECT count(*)::int AS n FROM objection o JOIN candidate c ON c.id = o.candidate_id WHERE c.election_id = $1`, [election.id]);
  const reopened = await app.ds.query(`SELECT action FROM audit_event WHERE entity_type = 'Election' AND entity_id = $1 AND action = 'election.reopen_review'`, [election.id]);
  const [{ phase }] = await app.ds.query(`SELECT phase FROM election WHERE id = $1`, [election.id]);
  expect({ objections, reopened: reopened.length, phase }).toEqual({ objections: 2, reopened: 1, phase: 'ELIGIBILITY_REVIEW' });
});

describe('a book’s quarter closed while one of its entries is written', () => {
  const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n').toString('base64');
  const days = [400, 300].map((d) => addDays(todayInChina(), -d));
  let book: Awaited<ReturnType<typeof openNewBook>>;
  beforeAll(async () => {
    book = await openNewBook(app, [{ amount: '100.00', occurredOn: days[0] }]);
  });

  /**
   * The close sent first and held at the book's row (as another write of the book would hold it), then `write`; both
   * waiting, the book is let go. The close takes the book first: the write queues behind it and never deadlocks with it.
   */
  async function closeHeldThen(periodId: string, write: () => Promise<Answer>) {
    const [period] = await app.ds.query(`SELECT id::text, version FROM account_period WHERE id = $1`, [periodId]);
    const holder = app.ds.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    try {
      await holder.query(`SELECT 1 FROM committee_account WHERE id = $1 FOR UPDATE`, [book.accountId]);
      const closing = app.gql(MOVE_PERIOD, { id: period.id, version: period.version, action: 'CLOSE', memberId: book.memberId }, await app.tokenFor('officer'));
      await untilWaitingOnLocks(app, 1, 'the close');
      const writing = write();
      await untilWaitingOnLocks(app, 2, 'the write');
      await holder.commitTransaction();
      return { close: ruleOutcomeOf(await closing), write: ruleOutcomeOf(await writing) };
    } finally {
      if (holder.isTransactionActive) await holder.rollbackTransaction();
      await holder.release();
    }
  }

  it('a sign-off: the close, refused as the entry awaited it, then the sign-off; never CONFLICT', async () => {
    const { addAccountEntry: entry } = await app.as('officer', ADD_ENTRY, { input: bookEntry(book, 'INCOME', '9000.00', { occurredOn: days[0] }) });
    expect(entry.signOffRequired).toBe(true);
    const outcomes = await closeHeldThen(entry.periodId, async () => app.gql(SIGN_OFF_ENTRY, { id: entry.id, version: entry.version }, await app.tokenFor('officer3')));
    expect(outcomes).toEqual({ close: 'INVALID_TRANSITION/ENTRIES_AWAIT_SIGN_OFF', write: 'OK' });
    const [period] = await app.ds.query(`SELECT id::text, version, status FROM account_period WHERE id = $1`, [entry.periodId]);
    expect(period.status).toBe('OPEN');
    // signed off, the quarter closes
    await app.as('officer', MOVE_PERIOD, { id: period.id, version: period.version, action: 'CLOSE', memberId: book.memberId });
  });

  it('a voucher: the close, then the voucher refused as the quarter is closed, and none written; never CONFLICT', async () => {
    const { addAccountEntry: entry } = await app.as('officer', ADD_ENTRY, { input: bookEntry(book, 'INCOME', '100.00', { occurredOn: days[1] }) });
    const outcomes = await closeHeldThen(entry.periodId, async () => app.gql(ADD_VOUCHER, { entryId: entry.id, input: { fileName: '收据.pdf', contentBase64: PDF } }, await app.tokenFor('officer3')));
    expect(outcomes).toEqual({ close: 'OK', write: 'INVALID_TRANSITION/QUARTER_CLOSED' });
    const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM account_voucher WHERE entry_id = $1`, [entry.id]);
    expect(n).toBe(0);
  });
});

it('a five-party meeting moved while one of its issues is resolved and a follow-up done: the move first, then both refused as before the meeting', async () => {
  const today = todayInChina();
  const { estateId } = await longting(app);
  const present = [
    { party: 'COMMUNITY_PARTY' as const, name: '王建华', role: '社区党委书记' },
    { party: 'PROPERTY_FIRM' as const, name: '李卫东', role: '项目经理' },
    { party: 'OWNERS_COMMITTEE' as const, name: '赵敏', role: '业委会主任' },
  ];
  const { createFivePartyMeeting: meeting } = await app.as('officer', CREATE_MEETING, {
    input: {
      estateId,
      heldOn: addDays(today, -20),
      summary: '五方会谈：车库照明',
      participants: present,
      issues: [{ description: '3幢地下车库照明损坏', raisedBy: 'OWNERS_COMMITTEE' }],
      followUps: [{ task: '更换车库照明灯具', ownerParty: 'PROPERTY_FIRM', ownerName: '李卫东', dueOn: addDays(today, 10) }],
    },
  });
  const [issue, followUp] = [meeting.issues[0], meeting.followUps[0]];
  const token = await app.tokenFor('officer');
  // the meeting held (as another write of it would), the move queued first, then the issue's and the follow-up's writes
  const holder = app.ds.createQueryRunner();
  await holder.connect();
  await holder.startTransaction();
  let answers: Promise<Array<Answer>>;
  try {
    await holder.query(`SELECT 1 FROM five_party_meeting WHERE id = $1 FOR NO KEY UPDATE`, [meeting.id]);
    const moved = app.gql(UPDATE_MEETING, { id: meeting.id, version: meeting.version, input: { heldOn: addDays(today, -5), summary: meeting.summary, participants: present, reason: '会议日期记错' } }, token);
    await untilWaitingOnLocks(app, 1, 'the move');
    const resolved = app.gql(RESOLVE_ISSUE, { id: issue.id, version: issue.version, input: { resolvedOn: addDays(today, -10), resolutionNote: '物业更换灯具' } }, token);
    const done = app.gql(COMPLETE_FOLLOW_UP, { id: followUp.id, version: followUp.version, input: { doneOn: addDays(today, -12) } }, token);
    await untilWaitingOnLocks(app, 3, 'the issue and the follow-up');
    await holder.commitTransaction();
    answers = Promise.all([moved, resolved, done]);
  } finally {
    if (holder.isTransactionActive) await holder.rollbackTransaction();
    await holder.release();
  }
  expect((await answers).map(ruleOutcomeOf)).toEqual(['OK', 'BAD_USER_INPUT/BEFORE_MEETING', 'BAD_USER_INPUT/BEFORE_MEETING']);
  const [row] = await app.ds.query(
    `SELECT m.held_on::text AS "heldOn", i.resolved_on::text AS "resolvedOn", f.done_on::text AS "doneOn"
       FROM five_party_meeting m JOIN five_party_issue i ON i.meeting_id = m.id JOIN five_party_follow_up f ON f.meeting_id = m.id WHERE m.id = $1`,
    [meeting.id],
  );
  expect(row).toEqual({ heldOn: addDays(today, -5), resolvedOn: null, doneOn: null });
});
