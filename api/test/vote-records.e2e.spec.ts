import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { committeeFilingDue } from '../src/committees/filing-deadlines';
import { loadHolidayCalendar } from '../src/holidays/holiday-notice.store';
import { citizenIdCheckCharacter } from '../src/owners/citizen-id';
import { SealedRecord, verifyRecord } from '../src/elections/records/vote-record';
import { addDays, todayInChina } from '../src/shared/iso-date';
import { COMMITTEE, LIST_ELECTIONS, MOVE_ELECTION, MOVE_RESOLUTION, openResolutionToday, RECORD_BALLOT, RESOLUTION_BALLOT, TALLY, UPDATE_ELECTION } from './election-operations';
import { startTestApp, TestApp } from './harness';
import { CREATE_API_TOKEN, RUN_IMPORT } from './operations';

/**
 * Votes that stay as cast (docs/domain-rules.md#vote-record): the roll is fixed when voting opens, the result
 * stored when it closes, the record sealed when certified (an election) or closed (a resolution). Real
 * sequences of owner-roll imports — an area corrected, a voter's unit sold, the whole roll re-imported —
 * change the live roll and nothing of a vote that was opened, counted or certified.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const RECORD_FIELDS = `record { format sha256 sealedAt rollTakenAt rollTotals { headcount area } ballots countedAt pdfPath jsonPath json }`;
const ELECTION = `query Election($id: ID!) { election(id: $id) { id version phase seats title estateId committeeId votedOn plannedVotingOn ${RECORD_FIELDS} } }`;
const RESOLUTION = `query Resolution($id: ID!) { resolution(id: $id) { id version phase estateId ${RECORD_FIELDS}
  tally { ballots outcome totals { headcount area } participating { headcount area } pass { met headcount { part whole } area { part whole } } } } }`;
const VOTERS = `query Voters($id: ID!, $voted: Boolean, $q: String) { resolution(id: $id) { voters(voted: $voted, q: $q, take: 200) { totalItems items { personKey ownerId name units area voted } } } }`;
const RESOLUTIONS = `query Resolutions { resolutions(options: { take: 50 }) { items { id phase estateId title } } }`;

// ─── the owner roll as an officer imports it ─────────────────────────────────────────────────────────────────

const HEADERS = ['幢', '单元', '室', '专有面积', '面积来源', '开发商持有', '业主姓名', '身份证号', '电话', '投票代表'];
const SOURCE: Record<string, string> = { REGISTER: '不动产登记', SURVEY: '测绘', CONTRACT: '购房合同' };

interface LiveRow {
  unitId: number;
  building: string;
  unitNo: string;
  room: string;
  area: string;
  source: string;
  developerHeld: boolean;
  ownerId: number | null;
  name: string;
  idNumber: string;
  phone: string;
  designated: boolean;
}

/** The estate's live roll, one row per owner of a unit (a developer unit is one row without owner). */
async function liveRoll(estateId: string): Promise<LiveRow[]> {
  const rows = await app.ds.query(
    `SELECT u.id, u.building, u.unit_no, u.room, u.area::text, u.area_source, u.developer_held, o.id AS owner_id, o.name, o.id_number, o.phone, s.designated_voter
       FROM unit u LEFT JOIN ownership s ON s.unit_id = u.id LEFT JOIN owner o ON o.id = s.owner_id
      WHERE u.estate_id = $1 ORDER BY u.id, o.id`,
    [estateId],
  );
  return rows.map((r: any) => ({
    unitId: r.id, building: r.building, unitNo: r.unit_no, room: r.room, area: r.area, source: r.area_source, developerHeld: r.developer_held,
    ownerId: r.owner_id, name: r.name ?? '', idNumber: r.id_number ?? '', phone: r.phone ?? '', designated: r.designated_voter ?? false,
  }));
}

function csvOf(rows: LiveRow[]): { name: string; contentBase64: string } {
  const lines = [HEADERS, ...rows.map((r) => [r.building, r.unitNo, r.room, r.area, SOURCE[r.source], r.developerHeld ? '是' : '否', r.name, r.idNumber, r.phone, r.designated ? '是' : '否'])];
  const cell = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return { name: 'roll.csv', contentBase64: Buffer.from(`\uFEFF${lines.map((l) => l.map(cell).join(',')).join('\r\n')}\r\n`).toString('base64') };
}

async function importRoll(estateId: string, rows: LiveRow[]) {
  const { runImport } = await app.as('officer', RUN_IMPORT, { kind: 'OWNER_ROLL', file: csvOf(rows), mode: 'ALL_OR_NOTHING', estateId });
  if (runImport.invalid) throw new Error(JSON.stringify(runImport.rows.filter((r: any) => r.fieldErrors.length).slice(0, 3)));
  expect(runImport).toMatchObject({ committed: true, invalid: 0 });
  return runImport;
}

let buyers = 0;
/** A buyer not yet in any roll: a valid ID number of its own. */
function buyer(): { name: string; idNumber: string } {
  const body = `330502199001${String(11 + (buyers % 17)).padStart(2, '0')}${String(500 + buyers).padStart(3, '0')}`;
  buyers++;
  return { name: `新业主${buyers}`, idNumber: body + citizenIdCheckCharacter(body) };
}

/** A voter who owns exactly one unit alone: the one whose sale the tests record. */
function soleOwnerAmong(rows: LiveRow[], voterKeys: Set<string>): LiveRow {
  const perUnit = new Map<number, LiveRow[]>();
  const perOwner = new Map<number, number>();
  for (const r of rows) {
    perUnit.set(r.unitId, [...(perUnit.get(r.unitId) ?? []), r]);
    if (r.ownerId) perOwner.set(r.ownerId, (perOwner.get(r.ownerId) ?? 0) + 1);
  }
  const row = rows.find((r) => r.ownerId && voterKeys.has(`owner:${r.ownerId}`) && perUnit.get(r.unitId)!.length === 1 && perOwner.get(r.ownerId) === 1);
  if (!row) throw new Error('no voter owns exactly one unit alone');
  return row;
}

const plus001 = (area: string) => (Number(area) + 0.01).toFixed(2);

// ─── the record as a client downloads it ─────────────────────────────────────────────────────────────────────

async function download(path: string, username = 'officer'): Promise<Response> {
  return fetch(`${app.baseUrl}${path}`, { headers: { authorization: `Bearer ${await app.tokenFor(username)}` } });
}

function pdfText(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'record-')), 'record.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

async function snapshotOfElection(id: string) {
  const { election } = await app.as('officer', ELECTION, { id });
  const { election: counted } = await app.as('officer', TALLY, { id });
  const committee = election.committeeId ? (await app.as('officer', COMMITTEE, { id: election.committeeId })).committee : null;
  return { record: election.record, tally: counted.tally, members: committee?.members.map((m: any) => [m.name, m.ownerId]).sort() ?? null };
}

describe('a certified election stays as certified', () => {
  let electionId: string;
  let estateId: string;
  let before: Awaited<ReturnType<typeof snapshotOfElection>>;

  it('certifying seals the record: SHA-256 over roll, ballots and result, shown with it and verifiable', async () => {
    const { elections } = await app.as('officer', LIST_ELECTIONS, { options: { filter: { phase: 'RESULT_PUBLICITY' } } });
    electionId = elections.items[0].id;
    estateId = elections.items[0].estateId;
    let { election } = await app.as('officer', ELECTION, { id: electionId });
    expect(election.record).toMatchObject({ sha256: null, sealedAt: null, pdfPath: `/documents/elections/${electionId}/result.pdf` });

    // the voting day the posted notice prints is not corrected in its publicity (a recount would post it anew): the
    // filing counts from it (Civil Code Art. 201)
    const votedOn: string = election.votedOn;
    expect(votedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const officer = await app.tokenFor('officer');
    const corrected = await app.gql(UPDATE_ELECTION, { id: electionId, version: election.version, input: { title: election.title, seats: election.seats, deemedVotes: false, phases: [], votedOn: addDays(votedOn, -1) } }, officer);
    expect(corrected.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'NOTICE_POSTED' });

    // as if the publicity of the result had run its course (the seed's ends next week)
    await app.ds.query(`UPDATE election_phase SET starts_on = $2, ends_on = $3 WHERE election_id = $1 AND phase = 'RESULT_PUBLICITY'`, [electionId, addDays(todayInChina(), -8), addDays(todayInChina(), -1)]);
    ({ election } = await app.as('officer', ELECTION, { id: electionId }));
    const moved = await app.gql(MOVE_ELECTION, { id: electionId, version: election.version, action: 'CERTIFY' }, officer);
    expect(moved.errors).toBeUndefined();
    ({ election } = await app.as('officer', ELECTION, { id: electionId }));
    expect(election).toMatchObject({ phase: 'CERTIFIED', votedOn });
    expect(election.record.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(election.record.json.seal.sha256).toBe(election.record.sha256);
    expect(verifyRecord(election.record.json as SealedRecord)).toMatchObject({ sealHolds: true, recountAgrees: true, problems: [] });

    const { committee } = await app.as('officer', COMMITTEE, { id: election.committeeId });
    const due = committeeFilingDue(votedOn, await loadHolidayCalendar(app.ds.manager));
    expect(committee.filings[0]).toMatchObject({ eventDate: votedOn, dueOn: due.dueOn });
    // the voting day of a certified election is history
    const late = await app.gql(UPDATE_ELECTION, { id: electionId, version: election.version, input: { title: election.title, seats: election.seats, deemedVotes: false, phases: [], votedOn: addDays(votedOn, -1) } }, officer);
    expect(late.errors?.[0].extensions.code).toBe('INVALID_TRANSITION');
    before = await snapshotOfElection(electionId);
  });

  const unchanged = async () => {
    const after = await snapshotOfElection(electionId);
    expect(after.record.sha256).toBe(before.record.sha256);
    expect(after.record.json).toEqual(before.record.json);
    expect(after.tally).toEqual(before.tally);
    expect(after.members).toEqual(before.members);
  };

  it('correcting a voter’s area by 0.01 m² changes the live roll, not the certified result', async () => {
    const rows = await liveRoll(estateId);
    const voterKeys = new Set<string>(before.record.json.ballots.map((b: { voter: string }) => b.voter));
    const row = soleOwnerAmong(rows, voterKeys);
    await importRoll(estateId, [{ ...row, area: plus001(row.area) }]);
    expect((await liveRoll(estateId)).find((r) => r.unitId === row.unitId)!.area).toBe(plus001(row.area));
    await unchanged();
  });

  it('selling a voter’s unit leaves the certified result, its seal and its committee as they were', async () => {
    const rows = await liveRoll(estateId);
    const voterKeys = new Set<string>(before.record.json.ballots.map((b: { voter: string }) => b.voter));
    const row = soleOwnerAmong(rows, voterKeys);
    const report = await importRoll(estateId, [{ ...row, ...buyer(), phone: '', designated: false }]);
    expect(report.removed).toBe(1);
    expect(await app.ds.query(`SELECT 1 FROM ownership WHERE owner_id = $1`, [row.ownerId])).toEqual([]);
    await unchanged();
  });

  it('re-importing the whole roll with changes leaves it as it was', async () => {
    const rows = await liveRoll(estateId);
    await importRoll(estateId, rows.map((r) => (r.unitId % 7 === 0 ? { ...r, area: plus001(r.area) } : r)));
    await unchanged();
    const { elections } = await app.as('officer', LIST_ELECTIONS, { options: { take: 50 } });
    for (const e of elections.items) {
      const result = await app.gql(TALLY, { id: e.id }, await app.tokenFor('officer'));
      expect(result.errors).toBeUndefined(); // every past tally still answers
    }
  });

  it('the record downloads as JSON that verify-record accepts, and as the 选举结果公告 with the elected and the seal', async () => {
    const json = await download(`/documents/elections/${electionId}/record.json`);
    expect(json.status).toBe(200);
    expect(json.headers.get('cache-control')).toBe('private, no-store');
    const record = (await json.json()) as SealedRecord;
    expect(record).toEqual(before.record.json);
    expect(verifyRecord(record)).toMatchObject({ sealHolds: true, recountAgrees: true });

    const pdf = await download(`/documents/elections/${electionId}/result.pdf`);
    expect([pdf.status, pdf.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    const text = pdfText(Buffer.from(await pdf.arrayBuffer()));
    expect(text).toContain('业主委员会选举结果公告');
    for (const [name] of before.members!) expect(text).toContain(name);
    expect(text).toContain(before.record.sha256);
  });

  it.each<[string, string, () => Promise<RequestInit>, number, string]>([
    ['no token', 'elections', async () => ({}), 401, 'UNAUTHENTICATED'],
    ['a clerk', 'elections', async () => ({ headers: { authorization: `Bearer ${await app.tokenFor('clerk')}` } }), 403, 'FORBIDDEN'],
    ['an officer of another subdistrict', 'elections', async () => ({ headers: { authorization: `Bearer ${await app.tokenFor('officer2')}` } }), 403, 'FORBIDDEN'],
    ['an unknown document', 'ballots', async () => ({ headers: { authorization: `Bearer ${await app.tokenFor('officer')}` } }), 404, 'NOT_FOUND'],
  ])('documents refuse %s', async (_who, kind, init, status, code) => {
    const response = await fetch(`${app.baseUrl}/documents/${kind}/${electionId}/result.pdf`, await init());
    expect(response.status).toBe(status);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe(code);
  });

  it('who voted how is the officers’: others read the summary and the seal, not the record, its file or the ballots in the audit log', async () => {
    const { createApiToken } = await app.as('admin', CREATE_API_TOKEN, { input: { name: '选举数据对接', scopes: ['ELECTIONS_READ'] } });
    const readers: Array<[string, string]> = [
      ['manager', await app.tokenFor('manager')],
      ['registrar', await app.tokenFor('registrar')],
      ['integrator', createApiToken.token],
    ];
    for (const [who, token] of readers) {
      const { data } = await app.gql(ELECTION, { id: electionId }, token);
      expect([who, data.election.record]).toEqual([who, expect.objectContaining({ sha256: before.record.sha256, ballots: before.record.ballots, json: null, jsonPath: null })]);
      const file = await fetch(`${app.baseUrl}/documents/elections/${electionId}/record.json`, { headers: { authorization: `Bearer ${token}` } });
      expect([who, file.status]).toEqual([who, 403]);
      // the notice, with the elected and the seal, stays theirs
      expect([who, (await fetch(`${app.baseUrl}/documents/elections/${electionId}/result.pdf`, { headers: { authorization: `Bearer ${token}` } })).status]).toEqual([who, 200]);
    }
  });

  it('the database itself refuses to alter a fixed roll or a sealed result', async () => {
    const [{ id }] = await app.ds.query(`SELECT id FROM vote_record WHERE election_id = $1`, [electionId]);
    await expect(app.ds.query(`UPDATE vote_roll_person SET area = area + 1 WHERE vote_record_id = $1`, [id])).rejects.toThrow(/never altered/);
    await expect(app.ds.query(`UPDATE vote_result_check SET met = NOT met WHERE vote_record_id = $1`, [id])).rejects.toThrow(/sealed/);
    await expect(app.ds.query(`UPDATE vote_record SET sha256 = repeat('0', 64) WHERE id = $1`, [id])).rejects.toThrow(/sealed, once/);
    await expect(app.ds.query(`UPDATE ballot SET choices = '{}' WHERE election_id = $1`, [electionId])).rejects.toThrow(/never altered/);
  });
});

describe('the live roll changing while a vote is open', () => {
  let resolution: any;
  let electionId: string;
  let estateId: string;
  let sold: LiveRow;
  let newOwner: { name: string; idNumber: string };

  it('a sale and an area correction during the vote change the live roll only: the vote keeps the roll it opened with', async () => {
    // an estate with an election being voted on, where the owners open a vote on a resolution too
    const { elections } = await app.as('officer', LIST_ELECTIONS, { options: { filter: { phase: 'VOTING' } } });
    ({ id: electionId, estateId } = elections.items[0]);
    const title = '公共收益用于加装电梯的表决';
    const opened = await openResolutionToday(app, { estateId, matter: 'OTHER_MAJOR_MATTER', title });
    resolution = { id: opened.id, estateId, title };
    const { resolution: open } = await app.as('officer', RESOLUTION, { id: resolution.id });
    expect(open.record).toBeNull(); // not counted yet
    // someone who has voted in neither vote yet
    const { resolution: { voters } } = await app.as('officer', VOTERS, { id: resolution.id, voted: false });
    const { votingPersons } = await app.as('officer', `query($id: ID!) { votingPersons(electionId: $id, voted: false, take: 200) { items { personKey } } }`, { id: electionId });
    const notInElection = new Set<string>(votingPersons.items.map((p: { personKey: string }) => p.personKey));
    const notVoted = new Set<string>(voters.items.map((p: { personKey: string }) => p.personKey).filter((k: string) => notInElection.has(k)));
    const rows = await liveRoll(estateId);
    sold = soleOwnerAmong(rows, notVoted);
    newOwner = buyer();
    const talliesBefore = [(await app.as('officer', TALLY, { id: electionId })).election.tally, open.tally];

    const report = await importRoll(estateId, [{ ...sold, ...newOwner, phone: '', designated: false }, ...rows.filter((r) => r.unitId !== sold.unitId).slice(0, 3).map((r) => ({ ...r, area: plus001(r.area) }))]);
    expect(report.openVotes).toEqual(expect.arrayContaining([{ kind: 'ELECTION', id: electionId, phase: 'VOTING' }, { kind: 'RESOLUTION', id: resolution.id, phase: 'VOTING' }]));

    const talliesAfter = [(await app.as('officer', TALLY, { id: electionId })).election.tally, (await app.as('officer', RESOLUTION, { id: resolution.id })).resolution.tally];
    expect(talliesAfter).toEqual(talliesBefore);
    // the seller is still on the vote's roll under the name it had; the buyer is not
    const { resolution: { voters: listed } } = await app.as('officer', VOTERS, { id: resolution.id, q: sold.name });
    expect(listed.items).toEqual([expect.objectContaining({ personKey: `owner:${sold.ownerId}`, voted: false })]);
  });

  it('the seller’s ballot counts; the buyer’s is refused as not on this vote’s roll', async () => {
    const [buyerRow] = await app.ds.query(`SELECT id::text FROM owner WHERE id_number = $1`, [newOwner.idNumber]);
    const token = await app.tokenFor('officer');
    const byBuyer = await app.gql(RESOLUTION_BALLOT, { resolutionId: resolution.id, input: { ownerId: buyerRow.id, method: 'PAPER', choice: 'YES' } }, token);
    expect(byBuyer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'ownerId', rule: 'NOT_ON_ROLL' }] });
    const bySeller = await app.gql(RESOLUTION_BALLOT, { resolutionId: resolution.id, input: { ownerId: String(sold.ownerId), method: 'PAPER', choice: 'YES' } }, token);
    expect(bySeller.errors).toBeUndefined();
    const again = await app.gql(RESOLUTION_BALLOT, { resolutionId: resolution.id, input: { ownerId: String(sold.ownerId), method: 'PAPER', choice: 'NO' } }, token);
    expect(again.errors?.[0].extensions.code).toBe('ALREADY_EXISTS');
    const { resolution: { voters } } = await app.as('officer', VOTERS, { id: resolution.id, q: sold.name });
    expect(voters.items[0].voted).toBe(true);

    const electionBallot = await app.gql(RECORD_BALLOT, { electionId, input: { ownerId: String(sold.ownerId), method: 'PAPER', choices: [] } }, token);
    expect(electionBallot.errors).toBeUndefined();
    const electionBuyer = await app.gql(RECORD_BALLOT, { electionId, input: { ownerId: buyerRow.id, method: 'PAPER', choices: [] } }, token);
    expect(electionBuyer.errors?.[0].extensions.fieldErrors[0].rule).toBe('NOT_ON_ROLL');

    // who has voted, while the vote is open, is not read from the audit log by those who may not see votingPersons
    for (const action of ['ballot.record', 'resolutionBallot.record']) {
      expect((await app.ds.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = $1`, [action]))[0].n).toBeGreaterThan(0);
      for (const reader of ['manager', 'registrar', 'admin']) {
        const { auditEvents } = await app.as(reader, `query($action: String) { auditEvents(options: { take: 5, filter: { action: $action } }) { totalItems } }`, { action });
        expect([reader, action, auditEvents.totalItems]).toEqual([reader, action, 0]);
      }
    }
  });

  it('closing the resolution stores and seals its result; later imports change nothing of it', async () => {
    const { resolution: open } = await app.as('officer', RESOLUTION, { id: resolution.id });
    const closed = await app.gql(MOVE_RESOLUTION, { id: resolution.id, version: open.version, action: 'CLOSE_VOTING' }, await app.tokenFor('officer'));
    expect(closed.errors).toBeUndefined();
    const { resolution: before } = await app.as('officer', RESOLUTION, { id: resolution.id });
    expect(before.record.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(before.tally.ballots).toBe(open.tally.ballots);
    expect(verifyRecord(before.record.json)).toMatchObject({ sealHolds: true, recountAgrees: true });

    // the buyer sells on, a survey corrects an area, then the whole roll comes again
    const rows = await liveRoll(estateId);
    const bought = rows.find((r) => r.idNumber === newOwner.idNumber)!;
    await importRoll(estateId, [{ ...bought, ...buyer() }]);
    await importRoll(estateId, (await liveRoll(estateId)).map((r) => (r.unitId % 5 === 0 ? { ...r, area: plus001(r.area) } : r)));
    const { resolution: after } = await app.as('officer', RESOLUTION, { id: resolution.id });
    expect(after.tally).toEqual(before.tally);
    expect(after.record).toEqual(before.record);

    const pdf = await download(`/documents/resolutions/${resolution.id}/result.pdf`);
    const text = pdfText(Buffer.from(await pdf.arrayBuffer()));
    expect(text).toContain('业主大会表决结果公告');
    expect(text).toContain(before.record.sha256);
    expect(text).toContain(resolution.title);
  });

  it('closing the election stores its result on the roll it opened with, the voting day as recorded', async () => {
    // the announced voting period runs its course: today is its last day (behind the API, as if the days had passed)
    await app.ds.query(`UPDATE election_phase SET ends_on = $2 WHERE election_id = $1 AND phase = 'VOTING'`, [electionId, todayInChina()]);
    const { election } = await app.as('officer', ELECTION, { id: electionId });
    const token = await app.tokenFor('officer');
    const withDay = `mutation Close($id: ID!, $version: Int!, $votedOn: LocalDate) { moveElection(id: $id, version: $version, action: CLOSE_VOTING, votedOn: $votedOn) { id phase votedOn } }`;
    const future = await app.gql(withDay, { id: electionId, version: election.version, votedOn: addDays(todayInChina(), 3) }, token);
    expect(future.errors?.[0].extensions.fieldErrors[0]).toMatchObject({ field: 'votedOn', rule: 'VOTED_ON_FUTURE' });
    const closed = await app.gql(withDay, { id: electionId, version: election.version, votedOn: todayInChina() }, token);
    expect(closed.data.moveElection).toMatchObject({ phase: 'COUNTING', votedOn: todayInChina() });
    const { election: counted } = await app.as('officer', ELECTION, { id: electionId });
    expect(counted.record).toMatchObject({ sha256: null });
    expect(counted.record.rollTotals).toEqual({
      headcount: Number(counted.record.json.roll.totals.headcount),
      area: counted.record.json.roll.totals.area,
    });
    expect(verifyRecord({ ...counted.record.json, seal: { algorithm: 'SHA-256', sha256: 'x', sealedAt: '' } }).recountAgrees).toBe(true);
  });

  it('a draft resolution has no record to print', async () => {
    const { resolutions } = await app.as('officer', RESOLUTIONS);
    const draft = resolutions.items.find((r: any) => r.phase === 'DRAFT');
    const response = await download(`/documents/resolutions/${draft.id}/result.pdf`);
    expect(response.status).toBe(409);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('INVALID_TRANSITION');
  });
});
