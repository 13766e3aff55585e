import { citizenIdCheckCharacter } from '../src/owners/citizen-id';
import { todayInChina } from '../src/shared/iso-date';
import { bareEstateId, GET_ELECTION, LIST_ELECTIONS, MOVE_ELECTION, NOMINATE, SET_MEMBERS } from './election-operations';
import { startTestApp, TestApp } from './harness';
import {
  APPROVE_FIRM,
  APPROVE_PROJECT,
  AUDIT_EVENTS,
  CREATE_FIRM,
  CREATE_PROJECT,
  firmInput,
  projectInput,
  RETURN_FIRM,
  REVOKE_FIRM,
  RUN_IMPORT,
  SUBMIT_FIRM,
  SUBMIT_PROJECT,
  UPDATE_FIRM,
} from './operations';
import type { CommitteePosition } from './generated/graphql';

/**
 * docs/domain-rules.md#personal-data: audit_event refuses UPDATE and DELETE, so a phone or ID number written there
 * in full stays for good. Every audit row written while records holding planted values go through every move is
 * read from the database and must hold none of them in full.
 */
let app: TestApp;
let firstEvent: number;
/** every full phone and ID number this test put into a record that gets audited */
const planted = new Set<string>();

beforeAll(async () => {
  app = await startTestApp();
  const [{ last }] = await app.ds.query(`SELECT coalesce(max(id), 0)::int AS last FROM audit_event`);
  firstEvent = last;
});
afterAll(() => app?.close());

const RETURN_PROJECT = `mutation ReturnProject($id: ID!, $version: Int!, $reason: ReturnReason!, $note: String) {
  returnProject(id: $id, version: $version, reason: $reason, note: $note) { id version filingStatus } }`;
const REVOKE_PROJECT = `mutation RevokeProject($id: ID!, $version: Int!, $reason: RevokeReason!, $note: String) {
  revokeProject(id: $id, version: $version, reason: $reason, note: $note) { id version filingStatus } }`;
const REGISTER_COMMITTEE = `mutation Register($input: CommitteeInput!) { registerCommittee(input: $input) { id version } }`;

/** A valid GB 11643-1999 number no seeded owner has (born 7 July 1977). */
function idNumber(sequence: number): string {
  const body = `330502${'19770707'}${String(sequence).padStart(3, '0')}`;
  return body + citizenIdCheckCharacter(body);
}

async function auditRows(): Promise<Array<{ id: number; action: string; text: string }>> {
  return app.ds.query(
    `SELECT id, action, coalesce(before::text, '') || ' ' || coalesce(after::text, '') AS text FROM audit_event WHERE id > $1 ORDER BY id`,
    [firstEvent],
  );
}

describe('the audit log never holds a phone or ID number in full', () => {
  it('a firm and a project through every filing move', async () => {
    const firmPhone = '13966350001';
    const projectPhone = '13966350002';
    const updatedFirmPhone = '13966350003';
    planted.add(firmPhone).add(projectPhone).add(updatedFirmPhone);
    const { createFirm: firm } = await app.as('clerk', CREATE_FIRM, { input: firmInput({ contactPhone: firmPhone }) });
    await app.as('clerk', SUBMIT_FIRM, { id: firm.id, version: 1 });
    await app.as('registrar', RETURN_FIRM, { id: firm.id, version: 2, reason: 'INCOMPLETE_MATERIALS', note: '请补充材料' });
    await app.as('clerk', UPDATE_FIRM, { id: firm.id, version: 3, input: firmInput({ name: firm.name, creditCode: firm.creditCode, contactPhone: updatedFirmPhone }) });
    await app.as('clerk', SUBMIT_FIRM, { id: firm.id, version: 4 });
    await app.as('registrar', APPROVE_FIRM, { id: firm.id, version: 5 });

    const [estate] = await app.ds.query(`SELECT id FROM estate e WHERE NOT EXISTS (SELECT 1 FROM project p WHERE p.estate_id = e.id) ORDER BY id LIMIT 1`);
    const input = projectInput({ firmId: firm.id, estateId: String(estate.id), managerPhone: projectPhone, contractStart: '2041-01-01', contractEnd: '2041-12-31' });
    const { createProject: project } = await app.as('clerk', CREATE_PROJECT, { input });
    await app.as('clerk', SUBMIT_PROJECT, { id: project.id, version: 1 });
    await app.as('registrar', RETURN_PROJECT, { id: project.id, version: 2, reason: 'CONTRACT_PROBLEM' });
    await app.as('clerk', SUBMIT_PROJECT, { id: project.id, version: 3 });
    await app.as('registrar', APPROVE_PROJECT, { id: project.id, version: 4 });
    await app.as('registrar', REVOKE_PROJECT, { id: project.id, version: 5, reason: 'OTHER', note: '合同终止' });
    await app.as('registrar', REVOKE_FIRM, { id: firm.id, version: 6, reason: 'OTHER', note: '企业自行申请注销备案' });

    const rows = await auditRows();
    const actions = rows.map((r) => r.action);
    for (const action of ['create', 'update', 'submit', 'return', 'approve', 'revoke']) expect(actions).toContain(`firm.${action}`);
    for (const action of ['create', 'submit', 'return', 'approve', 'revoke']) expect(actions).toContain(`project.${action}`);
    // the moves are there, masked (docs/domain-rules.md#personal-data)
    const moves = rows.filter((r) => /^(firm|project)\.(submit|return|approve|revoke)$/.test(r.action));
    expect(moves.length).toBe(10);
    for (const move of moves) expect(move.text).toMatch(/139\*\*\*\*000[123]/);
  });

  it('owners imported, nominated and made committee members', async () => {
    const estateId = await bareEstateId(app);
    const owners = Array.from({ length: 5 }, (_, i) => ({ name: `审计业主${i + 1}`, id: idNumber(i + 1), phone: `1386635010${i}` }));
    for (const o of owners) planted.add(o.id).add(o.phone);
    const header = '幢,单元,室,专有面积,面积来源,开发商持有,业主姓名,身份证号,电话,投票代表';
    const lines = owners.map((o, i) => `1幢,1单元,${101 + i},90.00,不动产登记,否,${o.name},${o.id},${o.phone},否`);
    const content = `\uFEFF${[header, ...lines].join('\r\n')}\r\n`;
    const { runImport } = await app.as('officer', RUN_IMPORT, {
      kind: 'OWNER_ROLL', file: { name: 'roll.csv', contentBase64: Buffer.from(content).toString('base64') }, mode: 'ALL_OR_NOTHING', estateId,
    });
    expect(runImport.committed).toBe(true);

    const ownerIds: Array<{ id: number }> = await app.ds.query(`SELECT id FROM owner WHERE estate_id = $1 ORDER BY id`, [estateId]);
    const position = (i: number, chair: number, vice: number): CommitteePosition => (i === chair ? 'CHAIR' : i === vice ? 'VICE_CHAIR' : 'MEMBER');
    const members = ownerIds.map((o, i) => ({ ownerId: String(o.id), name: owners[i].name, position: position(i, 0, 1) }));
    const { registerCommittee } = await app.as('officer', REGISTER_COMMITTEE, { input: { estateId, termNumber: 1, electedOn: todayInChina(), termYears: 5, members } });
    const reordered = members.map((m, i) => ({ ...m, position: position(i, 4, 3) }));
    await app.as('officer', SET_MEMBERS, { id: registerCommittee.id, version: registerCommittee.version, input: { effectiveOn: todayInChina(), members: reordered } });

    // a demo election: its owners' ID numbers and phones are in the database already
    const { elections } = await app.as('officer', LIST_ELECTIONS, { options: { filter: { phase: 'PREPARATION' } } });
    const { election } = await app.as('officer', GET_ELECTION, { id: elections.items[0].id });
    // the owners were told nomination begins today (the seed plans it for next week)
    await app.ds.query(`UPDATE election_phase SET starts_on = $2 WHERE election_id = $1 AND phase = 'NOMINATION'`, [election.id, todayInChina()]);
    await app.as('officer', MOVE_ELECTION, { id: election.id, version: election.version, action: 'OPEN_NOMINATION' });
    const voters: Array<{ id: number; id_number: string; phone: string | null }> = await app.ds.query(
      `SELECT DISTINCT w.id, w.id_number, w.phone FROM ownership o JOIN unit u ON u.id = o.unit_id JOIN owner w ON w.id = o.owner_id
        WHERE u.estate_id = $1 AND o.designated_voter ORDER BY w.id LIMIT 3`,
      [election.estateId],
    );
    expect(voters).toHaveLength(3);
    for (const v of voters) {
      planted.add(v.id_number);
      if (v.phone) planted.add(v.phone);
      await app.as('officer', NOMINATE, { electionId: election.id, input: { ownerId: String(v.id), partyMember: false, nominatedBy: '自荐', nominatedOn: todayInChina() } });
    }

    const actions = (await auditRows()).map((r) => r.action);
    for (const action of ['owner.create', 'unit.create', 'committee.register', 'committee.setMembers', 'candidate.nominate']) expect(actions).toContain(action);
  });

  it('no audit row written during this test holds any planted value in full', async () => {
    const rows = await auditRows();
    expect(rows.length).toBeGreaterThan(30);
    expect(planted.size).toBeGreaterThanOrEqual(13);
    const leaks = rows.flatMap((row) => [...planted].filter((value) => row.text.includes(value)).map((value) => `${row.id} ${row.action}: ${value}`));
    expect(leaks).toEqual([]);
  });

  it('a row written unmasked before this fix is shown masked (it cannot be corrected in place)', async () => {
    const [project] = await app.ds.query(`SELECT id FROM project ORDER BY id LIMIT 1`);
    await app.ds.query(
      `INSERT INTO audit_event (actor_name, action, entity_type, entity_id, before, after) VALUES ('old', 'project.submit', 'Project', $1, $2, $3)`,
      [String(project.id), JSON.stringify({ managerPhone: '13966359999' }), JSON.stringify({ managerPhone: '13966359999', members: [{ idNumber: idNumber(99) }] })],
    );
    const { auditEvents } = await app.as('admin', AUDIT_EVENTS, { options: { filter: { entityType: 'Project', entityId: String(project.id), action: 'project.submit' }, take: 100 } });
    const shown = JSON.stringify(auditEvents.items);
    expect(shown).toContain('139****9999');
    expect(shown).not.toContain('13966359999');
    expect(shown).not.toContain(idNumber(99));
  });
});
