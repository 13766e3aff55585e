import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runVerifyRecord } from '../src/elections/records/verify-record';
import { addDays, todayInChina } from '../src/shared/iso-date';
import { asRequestRole, refusedBy, startTestApp, TestApp } from './harness';
import { countWithTieAtLastSeat } from './tie-operations';

/**
 * A tie at the last seat settled by the owners' rules of procedure (docs/domain-rules.md#election-tally): an election is
 * taken through GraphQL to a count where two candidates tie for the last seat; certifying is refused until a
 * settlement is recorded and another officer confirms it (maker-checker, migrations/1764806410000-tie-confirmed-by-another.ts),
 * which is checked, kept, audited, shown in the tally and sealed with the record — and a recount's new result needs its own.
 */
let app: TestApp;
const today = todayInChina();

const FIELDS = `id version phase seats estateId committeeId candidates { id decision withdrawn owner { id name } }`;
const ELECTION = `query Election($id: ID!) { election(id: $id) { ${FIELDS} record { sha256 json } } }`;
const ELECTIONS = `query Elections($options: ElectionListOptions) { elections(options: $options) { items { id } } }`;
const MOVE = `mutation Move($id: ID!, $version: Int!, $action: ElectionAction!, $note: String) { moveElection(id: $id, version: $version, action: $action, note: $note) { ${FIELDS} } }`;
const TALLY = `query Tally($id: ID!) { election(id: $id) { id version phase tally {
  electedIds candidates { candidateId status approvals { headcount } }
  issues { code candidateIds settled }
  tieSettlement { method chosenCandidateIds decidedOn note recordedAt recordedById confirmed confirmedById confirmedAt confirmRefusal } } } }`;
const SETTLE = `mutation Settle($electionId: ID!, $version: Int!, $input: TieSettlementInput!) {
  settleTieAtLastSeat(electionId: $electionId, version: $version, input: $input) { id version phase } }`;
const CONFIRM = `mutation Confirm($electionId: ID!, $version: Int!) { confirmTieSettlement(electionId: $electionId, version: $version) { id version phase } }`;
const COMMITTEE = `query Committee($id: ID!) { committee(id: $id) { members { ownerId name } } }`;

let electionId: string;
let outright: string[];
let tiedA: string;
let tiedB: string;

async function election() {
  return (await app.as('officer', ELECTION, { id: electionId })).election;
}
async function move(action: string) {
  const { version } = await election();
  // a recount answers an objection to the result, and says which (docs/roles-and-workflows.md#elections)
  const note = action === 'RECOUNT' ? '业主对并列末位的计票提出异议' : null;
  return app.gql(MOVE, { id: electionId, version, action, note }, await app.tokenFor('officer'));
}
async function tally(as = 'officer') {
  return (await app.as(as, TALLY, { id: electionId })).election.tally;
}
async function confirm(as: string, version?: number) {
  return app.gql(CONFIRM, { electionId, version: version ?? (await election()).version }, await app.tokenFor(as));
}
const userId = async (username: string) => String((await app.ds.query(`SELECT id FROM app_user WHERE username = $1`, [username]))[0].id);
async function settle(input: Record<string, unknown>, as = 'officer', version?: number) {
  return app.gql(SETTLE, { electionId, version: version ?? (await election()).version, input }, await app.tokenFor(as));
}
const settlements = async () => (await app.ds.query(`SELECT count(*)::int AS n FROM tie_settlement WHERE election_id = $1`, [electionId]))[0].n as number;
const good = () => ({ method: 'DRAWING_LOTS', chosenCandidateIds: [tiedB], decidedOn: today, note: '街道干部王某见证抽签，见业主大会会议记录第3页' });

function verifyFile(json: unknown): { code: number; out: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'tie-record-')), 'record.json');
  writeFileSync(file, JSON.stringify(json));
  let out = '';
  const code = runVerifyRecord([file], { write: (t: string) => (out += t) }, { write: (t: string) => (out += t) });
  return { code, out };
}

beforeAll(async () => {
  app = await startTestApp();
  const { elections } = await app.as('officer', ELECTIONS, { options: { filter: { phase: 'PREPARATION' } } });
  electionId = elections.items[0].id;
}, 60_000);
afterAll(() => app?.close());

describe('a tie at the last seat settled by the rules of procedure', () => {
  it('an election is taken through GraphQL to a count where two candidates tie for the last seat', async () => {
    ({ outright, tiedA, tiedB } = await countWithTieAtLastSeat(app, electionId));
    const counted = await tally();
    expect(counted.issues).toEqual(expect.arrayContaining([{ code: 'TIE_AT_LAST_SEAT', candidateIds: expect.arrayContaining([tiedA, tiedB]), settled: false }]));
    expect(counted.electedIds.sort()).toEqual([...outright].sort());
    expect(counted.tieSettlement).toBeNull();
  }, 240_000);

  it('certifying is refused while the tie stands', async () => {
    await app.ds.query(`UPDATE election_phase SET starts_on = $2, ends_on = $3 WHERE election_id = $1 AND phase = 'RESULT_PUBLICITY'`, [electionId, today, addDays(today, 6)]);
    expect((await move('PUBLISH_RESULT')).errors).toBeUndefined();
    // the publicity ran its course
    await app.ds.query(`UPDATE election_phase SET starts_on = $2, ends_on = $3 WHERE election_id = $1 AND phase = 'RESULT_PUBLICITY'`, [electionId, addDays(today, -7), addDays(today, -1)]);
    const refused = await move('CERTIFY');
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'TIE_AT_LAST_SEAT' });
  });

  it.each<[string, () => Record<string, unknown>, string, string]>([
    ['a candidate elected outright', () => ({ ...good(), chosenCandidateIds: [outright[0]] }), 'chosenCandidateIds', 'TIE_CHOICE_NOT_TIED'],
    ['a candidate id that is no candidate', () => ({ ...good(), chosenCandidateIds: ['999999'] }), 'chosenCandidateIds', 'TIE_CHOICE_NOT_TIED'],
    ['something that is no id', () => ({ ...good(), chosenCandidateIds: ['B; DROP'] }), 'chosenCandidateIds[0]', 'ID'],
    ['both of the tie for one seat', () => ({ ...good(), chosenCandidateIds: [tiedA, tiedB] }), 'chosenCandidateIds', 'TIE_CHOICE_COUNT'],
    ['nobody', () => ({ ...good(), chosenCandidateIds: [] }), 'chosenCandidateIds', 'TIE_CHOICE_COUNT'],
    ['the same one twice', () => ({ ...good(), chosenCandidateIds: [tiedB, tiedB] }), 'chosenCandidateIds', 'TIE_CHOICE_REPEATED'],
    ['the same one twice, written differently', () => ({ ...good(), chosenCandidateIds: [tiedB, `0${tiedB}`] }), 'chosenCandidateIds', 'TIE_CHOICE_REPEATED'],
    ['decided tomorrow', () => ({ ...good(), decidedOn: addDays(today, 1) }), 'decidedOn', 'DECIDED_ON_FUTURE'],
    ['decided before the vote was counted', () => ({ ...good(), decidedOn: addDays(today, -1) }), 'decidedOn', 'DECIDED_ON_BEFORE_COUNT'],
    ['no note', () => ({ ...good(), note: '' }), 'note', 'TIE_NOTE_REQUIRED'],
    ['a note of spaces only', () => ({ ...good(), note: '\u3000 \u3000' }), 'note', 'TIE_NOTE_REQUIRED'],
    // invisible characters are refused in any text (docs/domain-rules.md#refused-characters)
    ['a note nobody can see', () => ({ ...good(), note: '\u200b\u3000 \u200d' }), 'note', 'INVISIBLE_TEXT'],
  ])('a settlement naming %s is refused with its rule, and nothing is stored', async (_why, input, field, rule) => {
    const before = (await election()).version;
    const refused = await settle(input());
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: expect.arrayContaining([expect.objectContaining({ field, rule })]) });
    expect(await settlements()).toBe(0);
    expect((await election()).version).toBe(before);
  });

  it('a method the schema does not know is refused before anything runs', async () => {
    const refused = await settle({ ...good(), method: 'COIN_TOSS' });
    expect(refused.errors?.[0].message).toMatch(/TieSettlementMethod/);
    expect(await settlements()).toBe(0);
  });

  it.each([
    ['a clerk', 'clerk', 'FORBIDDEN'],
    ['a registrar', 'registrar', 'FORBIDDEN'],
    ['a manager', 'manager', 'FORBIDDEN'],
    ['an officer of another subdistrict', 'officer2', 'FORBIDDEN'],
  ])('%s may not settle it', async (_who, username, code) => {
    const refused = await settle(good(), username);
    expect(refused.errors?.[0].extensions.code).toBe(code);
    expect(await settlements()).toBe(0);
  });

  it.each([
    ['still voting', 'VOTING', 'TIE_SETTLEMENT_PHASE'],
    ['already certified', 'CERTIFIED', 'TIE_SETTLEMENT_PHASE'],
  ])('an election %s is not settled at its last seat', async (_why, phase, rule) => {
    const { elections } = await app.as('officer', ELECTIONS, { options: { filter: { phase } } });
    const other = (await app.as('officer', ELECTION, { id: elections.items[0].id })).election;
    const refused = await app.gql(SETTLE, { electionId: other.id, version: other.version, input: good() }, await app.tokenFor('officer'));
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', rule });
  });

  it('a count without a tie has nothing to settle', async () => {
    const { elections } = await app.as('officer', ELECTIONS, { options: { filter: { phase: 'RESULT_PUBLICITY' } } });
    const seeded = elections.items.find((e: { id: string }) => e.id !== electionId);
    const other = (await app.as('officer', ELECTION, { id: seeded.id })).election;
    const { election: counted } = await app.as('officer', TALLY, { id: other.id });
    expect(counted.tally.issues.map((i: { code: string }) => i.code)).not.toContain('TIE_AT_LAST_SEAT');
    const refused = await app.gql(SETTLE, { electionId: other.id, version: other.version, input: { ...good(), chosenCandidateIds: [counted.tally.candidates[0].candidateId] } }, await app.tokenFor('officer'));
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'NO_TIE_TO_SETTLE' });
    expect(await app.ds.query(`SELECT 1 FROM tie_settlement WHERE election_id = $1`, [other.id])).toEqual([]);
  });

  it('a stale version is a conflict', async () => {
    const { version } = await election();
    expect((await settle(good(), 'officer', version - 1)).errors?.[0].extensions.code).toBe('CONFLICT');
    expect(await settlements()).toBe(0);
  });

  it('a good one is stored, audited and shown as recorded, the tie still open until another officer confirms it', async () => {
    const before = await election();
    const done = await settle(good());
    expect(done.errors).toBeUndefined();
    expect(done.data.settleTieAtLastSeat).toMatchObject({ id: electionId, version: before.version + 1, phase: 'RESULT_PUBLICITY' });
    expect(await settlements()).toBe(1);
    const [audit] = await app.ds.query(`SELECT actor_name, after FROM audit_event WHERE action = 'election.settleTie' AND entity_type = 'Election' AND entity_id = $1`, [electionId]);
    expect(audit.after).toMatchObject({ method: 'DRAWING_LOTS', chosenCandidateIds: [tiedB], decidedOn: today });
    const recorded = await tally();
    expect(recorded.tieSettlement).toMatchObject({
      method: 'DRAWING_LOTS', chosenCandidateIds: [tiedB], decidedOn: today, note: good().note,
      recordedById: await userId('officer'), confirmed: false, confirmedById: null, confirmedAt: null, confirmRefusal: 'MAKER_CHECKER',
    });
    // another officer of the estate's subdistricts may confirm it
    expect((await tally('officer3')).tieSettlement.confirmRefusal).toBeNull();
    expect(recorded.electedIds.sort()).toEqual([...outright].sort());
    expect(recorded.issues).toEqual(expect.arrayContaining([{ code: 'TIE_AT_LAST_SEAT', candidateIds: expect.arrayContaining([tiedA, tiedB]), settled: false }]));
    // the record carries only a settlement that settles
    expect((await election()).record.json.tieSettlement).toBeUndefined();
    const refused = await move('CERTIFY');
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'TIE_AT_LAST_SEAT' });
  });

  it('the officer who recorded it does not confirm it, through the API or in SQL; nor does an officer of another subdistrict', async () => {
    const own = await confirm('officer');
    expect(own.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MAKER_CHECKER' });
    expect((await confirm('officer2')).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await confirm('clerk')).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const sql = `UPDATE tie_settlement SET confirmed_by_id = $2, confirmed_at = now() WHERE election_id = $1`;
    const refusal = await asRequestRole(app, [sql, [electionId, await userId('officer')]]);
    expect(refusal).toMatchObject({ code: '23514', constraint: 'tie_settlement_confirmed_by_another' });
    // nor by another officer, backdated; nor born confirmed
    const backdated = await asRequestRole(app, [`UPDATE tie_settlement SET confirmed_by_id = $2, confirmed_at = now() - interval '1 day' WHERE election_id = $1`, [electionId, await userId('officer3')]]);
    expect(backdated).toMatchObject({ code: '23514', constraint: 'tie_settlement_confirmed_by_another' });
    expect((await tally()).tieSettlement.confirmed).toBe(false);
  });

  it('in SQL the confirmer is an officer of the election’s estate, not only another user; the recorder too (attacker round 11 F4/O5)', async () => {
    const sql = `UPDATE tie_settlement SET confirmed_by_id = $2, confirmed_at = now() WHERE election_id = $1`;
    const outcomes: Record<string, string> = {};
    for (const who of ['clerk', 'registrar', 'officer2', 'officer3']) outcomes[who] = refusedBy(await asRequestRole(app, [sql, [electionId, await userId(who)]]));
    // a second recording beside the first: the recorder's check comes before the one-per-count key
    const record = `INSERT INTO tie_settlement (election_id, vote_record_id, counted_at, method, chosen_candidate_ids, decided_on, note, recorded_by_id)
                      SELECT election_id, vote_record_id, counted_at, method, chosen_candidate_ids, decided_on, note, $2 FROM tie_settlement WHERE election_id = $1`;
    outcomes['recorded by a clerk'] = refusedBy(await asRequestRole(app, [record, [electionId, await userId('clerk')]]));
    expect(outcomes).toEqual({
      clerk: 'tie_settlement_confirmed_by_another',
      registrar: 'tie_settlement_confirmed_by_another',
      officer2: 'tie_settlement_confirmed_by_another',
      officer3: 'accepted',
      'recorded by a clerk': 'tie_settlement_confirmed_by_another',
    });
  });

  it('another officer confirms it: the chosen elected, the tie settled, audited and in the record', async () => {
    const before = await election();
    const done = await confirm('officer3');
    expect(done.errors).toBeUndefined();
    expect(done.data.confirmTieSettlement).toMatchObject({ id: electionId, version: before.version + 1 });
    const [audit] = await app.ds.query(`SELECT actor_name, after FROM audit_event WHERE action = 'election.confirmTie' AND entity_type = 'Election' AND entity_id = $1`, [electionId]);
    expect(audit.after).toMatchObject({ method: 'DRAWING_LOTS', chosenCandidateIds: [tiedB] });
    const counted = await tally();
    expect(counted.tieSettlement).toMatchObject({ method: 'DRAWING_LOTS', chosenCandidateIds: [tiedB], confirmed: true, confirmedById: await userId('officer3'), confirmRefusal: 'CONFIRMED' });
    expect(counted.electedIds.sort()).toEqual([...outright, tiedB].sort());
    const status = Object.fromEntries(counted.candidates.map((c: { candidateId: string; status: string }) => [c.candidateId, c.status]));
    expect([status[tiedA], status[tiedB]]).toEqual(['PASSED_NOT_ELECTED', 'ELECTED']);
    expect(counted.issues).toEqual([{ code: 'TIE_AT_LAST_SEAT', candidateIds: expect.arrayContaining([tiedA, tiedB]), settled: true }]);
    // the record (not sealed yet) carries it, with its confirmation
    const { record } = await election();
    expect(record.json.tieSettlement).toMatchObject({ method: 'DRAWING_LOTS', chosen: [tiedB], decidedOn: today, confirmedAt: expect.any(String) });
    // confirmed once
    expect((await confirm('officer3')).errors?.[0].extensions).toMatchObject({ code: 'ALREADY_EXISTS', rule: 'TIE_ALREADY_CONFIRMED' });
    expect(await asRequestRole(app, [`UPDATE tie_settlement SET confirmed_by_id = NULL, confirmed_at = NULL WHERE election_id = $1`, [electionId]])).toMatchObject({
      code: '23514',
      constraint: 'tie_settlement_confirmed_by_another',
    });
  });

  it('a second settlement of the same count is refused', async () => {
    const again = await settle({ ...good(), chosenCandidateIds: [tiedA] });
    expect(again.errors?.[0].extensions.code).toBe('ALREADY_EXISTS');
    expect(await settlements()).toBe(1);
  });

  it('the database keeps the settlement as written, whoever writes SQL', async () => {
    await expect(app.ds.query(`UPDATE tie_settlement SET chosen_candidate_ids = ARRAY[$2::int] WHERE election_id = $1`, [electionId, tiedA])).rejects.toThrow(/kept as recorded/);
    await expect(app.ds.query(`UPDATE tie_settlement SET note = 'x' WHERE election_id = $1`, [electionId])).rejects.toThrow(/kept as recorded/);
    await expect(app.ds.query(`DELETE FROM tie_settlement WHERE election_id = $1`, [electionId])).rejects.toThrow(/kept as recorded/);
    await expect(app.ds.query(`TRUNCATE tie_settlement`)).rejects.toThrow(/kept as recorded/);
    // nor can a second one be slipped in beside it, nor one naming someone outside the tie
    const [row] = await app.ds.query(`SELECT vote_record_id, counted_at FROM tie_settlement WHERE election_id = $1`, [electionId]);
    const insert = (chosen: string, countedAt: Date) =>
      app.ds.query(
        `INSERT INTO tie_settlement (election_id, vote_record_id, counted_at, method, chosen_candidate_ids, decided_on, note) VALUES ($1, $2, $3, 'DRAWING_LOTS', ARRAY[$4::int], $5, '补录')`,
        [electionId, row.vote_record_id, countedAt, chosen, today],
      );
    await expect(insert(tiedA, row.counted_at)).rejects.toThrow(/duplicate key|unique/);
    await expect(insert(outright[0], new Date(row.counted_at.getTime() + 1))).rejects.toThrow(/candidates of the tie in the result stored now/);
    expect(await settlements()).toBe(1);
    expect((await tally()).tieSettlement.chosenCandidateIds).toEqual([tiedB]);
  });

  it('after a recount the old settlement no longer applies: the new count needs its own', async () => {
    expect((await move('RECOUNT')).errors).toBeUndefined();
    const recounted = await tally();
    expect(recounted.tieSettlement).toBeNull();
    expect(recounted.issues).toEqual(expect.arrayContaining([{ code: 'TIE_AT_LAST_SEAT', candidateIds: expect.arrayContaining([tiedA, tiedB]), settled: false }]));
    expect(recounted.electedIds).not.toContain(tiedB);
    expect((await election()).record.json.tieSettlement).toBeUndefined();
    // settled anew while counting, by a runoff this time
    const runoff = await settle({ method: 'RUNOFF_VOTE', chosenCandidateIds: [tiedA], decidedOn: today, note: '末位两名候选人再次投票，计票结果见会议记录第5页' }, 'officer3');
    expect(runoff.errors).toBeUndefined();
    expect(await settlements()).toBe(2);
    // recorded by officer3 this time: the officer who recorded the first confirms it
    expect((await tally()).electedIds).not.toContain(tiedA);
    expect((await confirm('officer')).errors).toBeUndefined();
    const settled = await tally();
    expect(settled.tieSettlement).toMatchObject({ method: 'RUNOFF_VOTE', chosenCandidateIds: [tiedA], confirmed: true, confirmedById: await userId('officer') });
    expect(settled.electedIds.sort()).toEqual([...outright, tiedA].sort());
  });

  it('certifying then goes on: the committee has the chosen, and the sealed record with the settlement verifies', async () => {
    await app.ds.query(`UPDATE election_phase SET starts_on = $2, ends_on = $3 WHERE election_id = $1 AND phase = 'RESULT_PUBLICITY'`, [electionId, today, addDays(today, 6)]);
    expect((await move('PUBLISH_RESULT')).errors).toBeUndefined();
    await app.ds.query(`UPDATE election_phase SET starts_on = $2, ends_on = $3 WHERE election_id = $1 AND phase = 'RESULT_PUBLICITY'`, [electionId, addDays(today, -7), addDays(today, -1)]);
    const certified = await move('CERTIFY');
    expect(certified.errors).toBeUndefined();
    const e = await election();
    expect(e.phase).toBe('CERTIFIED');
    const ownerOf = new Map(e.candidates.map((c: { id: string; owner: { id: string } }) => [c.id, c.owner.id]));
    const { committee } = await app.as('officer', COMMITTEE, { id: e.committeeId });
    expect(committee.members.map((m: { ownerId: string }) => m.ownerId).sort()).toEqual([...outright, tiedA].map((id) => ownerOf.get(id)).sort());

    expect(e.record.json.tieSettlement).toMatchObject({ method: 'RUNOFF_VOTE', chosen: [tiedA], decidedOn: today });
    const held = verifyFile(e.record.json);
    expect(held.out).toMatch(/seal: +HOLDS/);
    expect(held.code).toBe(0);
    const altered = verifyFile({ ...e.record.json, tieSettlement: { ...e.record.json.tieSettlement, chosen: [tiedB] } });
    expect(altered.out).toMatch(/seal: +BROKEN/);
    expect(altered.code).toBe(1);

    // the record as downloaded verifies too
    const response = await fetch(`${app.baseUrl}/documents/elections/${electionId}/record.json`, { headers: { authorization: `Bearer ${await app.tokenFor('officer')}` } });
    expect(verifyFile(await response.json()).code).toBe(0);
  });

  it('once certified nothing more is settled, through the API or in SQL', async () => {
    const late = await settle(good());
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'TIE_SETTLEMENT_PHASE' });
    const [row] = await app.ds.query(`SELECT r.id, v.counted_at FROM vote_record r JOIN vote_result v ON v.vote_record_id = r.id WHERE r.election_id = $1`, [electionId]);
    await expect(
      app.ds.query(
        `INSERT INTO tie_settlement (election_id, vote_record_id, counted_at, method, chosen_candidate_ids, decided_on, note) VALUES ($1, $2, $3, 'DRAWING_LOTS', ARRAY[$4::int], $5, '补录')`,
        [electionId, row.id, new Date(row.counted_at.getTime() + 5), tiedB, today],
      ),
    ).rejects.toThrow(/unsealed record/);
    expect(await settlements()).toBe(2);
  });
});

describe('an election cancelled while its settlement waits for confirmation', () => {
  const CANCEL = `mutation Cancel($id: ID!, $version: Int!) { moveElection(id: $id, version: $version, action: CANCEL, cancelReason: IRREGULARITY) { id phase } }`;

  // the demo's one election in preparation, on a fresh copy of the seeded database
  beforeAll(async () => {
    await app.close();
    app = await startTestApp();
    const { elections } = await app.as('officer', ELECTIONS, { options: { filter: { phase: 'PREPARATION' } } });
    electionId = elections.items[0].id;
  }, 60_000);

  it('offers the confirmation to nobody and refuses it: the tie is settled only while the result is counted or published', async () => {
    ({ tiedB } = await countWithTieAtLastSeat(app, electionId));
    expect((await settle(good())).errors).toBeUndefined();
    expect((await tally('officer3')).tieSettlement.confirmRefusal).toBeNull();
    const cancelled = await app.gql(CANCEL, { id: electionId, version: (await election()).version }, await app.tokenFor('officer'));
    expect(cancelled.data?.moveElection.phase).toBe('CANCELLED');
    expect((await tally('officer3')).tieSettlement).toMatchObject({ confirmed: false, confirmRefusal: 'PHASE' });
    const refused = await confirm('officer3');
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'TIE_SETTLEMENT_PHASE' });
    expect((await tally('officer3')).tieSettlement.confirmed).toBe(false);
  }, 240_000);
});
