import { asRequestRole, outcomeOf, refusedBy, ruleOutcomeOf, startTestApp, TestApp } from './harness';
import { AUDIT_EVENTS } from './operations';

/**
 * What lets someone act under an account is proposed by one admin and confirmed by another
 * (docs/roles-and-workflows.md#account-dual-control; attacker round 10 F4: an admin set an officer's one-time password,
 * signed in with it, chose a password "as the person" and verified a campaign report as them).
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const LOGIN = `mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { token mustChangePassword } }`;
const PENDING = `pendingChange { id version status creates activates role setsPassword reason proposedBy availableActions subdistricts { id } }`;
const USER = `query U($id: ID!) { user(id: $id) { id version role active mustChangePassword jurisdiction { id } ${PENDING} } }`;
const UPDATE = `mutation Update($id: ID!, $version: Int!, $input: UserUpdateInput!) { updateUser(id: $id, version: $version, input: $input) { id version role active mustChangePassword ${PENDING} } }`;
const CREATE = `mutation Create($input: UserInput!) { createUser(input: $input) { id version role active ${PENDING} } }`;
const JURISDICTION = `mutation J($userId: ID!, $version: Int!, $ids: [ID!]!) { setOfficerJurisdiction(userId: $userId, version: $version, subdistrictIds: $ids) { id version jurisdiction { id } ${PENDING} } }`;
const DECIDED = `id version status decidedBy decisionNote availableActions`;
const CONFIRM = `mutation C($id: ID!, $version: Int!) { confirmAccountChange(id: $id, version: $version, note: "核实无误") { ${DECIDED} } }`;
const REFUSE = `mutation R($id: ID!, $version: Int!) { refuseAccountChange(id: $id, version: $version, note: "未见书面申请") { ${DECIDED} } }`;
const WITHDRAW = `mutation W($id: ID!, $version: Int!) { withdrawAccountChange(id: $id, version: $version) { ${DECIDED} } }`;
const PROPOSALS = `query P { accountChangeProposals { id status user { username } } }`;

const idOf = async (username: string): Promise<string> => String((await app.ds.query(`SELECT id FROM app_user WHERE username = $1`, [username]))[0].id);
const user = async (id: string) => (await app.as('admin', USER, { id })).user;
const signsIn = async (username: string, password: string): Promise<string> => {
  const result = await app.gql(LOGIN, { u: username, p: password });
  return result.errors ? outcomeOf(result) : result.data.login.mustChangePassword ? 'must change' : 'signed in';
};
const as = async (username: string, query: string, variables: Record<string, unknown>) => app.gql(query, variables, await app.tokenFor(username));

describe('the round-10 reproduction: a password an admin sets waits for a second admin', () => {
  it('the reset waits; the old password still works, the proposed one does not; after admin2 confirms, the person must change it', async () => {
    const id = await idOf('officer2');
    const before = await user(id);
    const { updateUser } = await app.as('admin', UPDATE, {
      id,
      version: before.version,
      input: { active: true, displayName: '选举指导员 刘洋', role: 'OFFICER', password: 'Admin-Set-OneTime-1!', reason: '本人忘记口令，电话申请' },
    });
    expect(updateUser.mustChangePassword).toBe(false);
    expect(updateUser.pendingChange).toMatchObject({ status: 'PENDING', setsPassword: true, role: null, creates: false, activates: false, reason: '本人忘记口令，电话申请', proposedBy: '系统管理员', availableActions: ['WITHDRAW'] });
    expect(await signsIn('officer2', 'Admin-Set-OneTime-1!')).toBe('UNAUTHENTICATED');
    expect(await signsIn('officer2', 'wuye-demo')).toBe('signed in');

    // the proposer cannot confirm it, nor refuse it
    const proposal = updateUser.pendingChange;
    expect(outcomeOf(await as('admin', CONFIRM, proposal))).toBe('FORBIDDEN/MAKER_CHECKER');
    expect(outcomeOf(await as('admin', REFUSE, proposal))).toBe('FORBIDDEN/MAKER_CHECKER');
    expect(await signsIn('officer2', 'Admin-Set-OneTime-1!')).toBe('UNAUTHENTICATED');

    // the second admin sees it with their buttons, and confirms it
    expect((await user(id)).pendingChange.availableActions).toEqual(['WITHDRAW']);
    expect((await app.as('admin2', USER, { id })).user.pendingChange.availableActions).toEqual(['CONFIRM', 'REFUSE']);
    const { confirmAccountChange } = await app.as('admin2', CONFIRM, proposal);
    expect(confirmAccountChange).toMatchObject({ status: 'CONFIRMED', decidedBy: '系统管理员 孙磊', decisionNote: '核实无误', availableActions: [] });
    expect(await signsIn('officer2', 'wuye-demo')).toBe('UNAUTHENTICATED');
    expect(await signsIn('officer2', 'Admin-Set-OneTime-1!')).toBe('must change');
    expect((await user(id)).pendingChange).toBeNull();
    // decided once
    expect(ruleOutcomeOf(await as('admin2', REFUSE, confirmAccountChange))).toBe('INVALID_TRANSITION/PROPOSAL_DECIDED');
  });
});

describe('each act that lets someone act under an account waits', () => {
  it('a new account cannot sign in until another admin confirms it; then with the one-time password', async () => {
    const { createUser } = await app.as('admin', CREATE, { input: { username: 'officer.new', displayName: '新指导员', role: 'OFFICER', password: 'Admin-Set-OneTime-2!', subdistrictIds: ['1'] } });
    expect(createUser).toMatchObject({ active: false, role: 'OFFICER', pendingChange: { creates: true, setsPassword: true, subdistricts: [{ id: '1' }] } });
    expect(await signsIn('officer.new', 'Admin-Set-OneTime-2!')).toBe('UNAUTHENTICATED');
    expect((await user(createUser.id)).jurisdiction).toEqual([]);
    const listed = (await app.as('admin2', PROPOSALS, {})).accountChangeProposals;
    expect(listed[0]).toMatchObject({ status: 'PENDING' });
    expect(listed.filter((p: { status: string }) => p.status === 'PENDING').map((p: { user: { username: string } }) => p.user.username)).toContain('officer.new');
    await app.as('admin2', CONFIRM, createUser.pendingChange);
    expect(await signsIn('officer.new', 'Admin-Set-OneTime-2!')).toBe('must change');
    expect(await user(createUser.id)).toMatchObject({ active: true, role: 'OFFICER', jurisdiction: [{ id: '1' }] });
  });

  it('a role change is not in force until confirmed', async () => {
    const { id } = await app.createConfirmedUser({ username: 'clerk.promoted', displayName: '待提升备案员', role: 'CLERK', password: 'Admin-Set-OneTime-3!' });
    const { updateUser } = await app.as('admin', UPDATE, { id, version: (await user(id)).version, input: { displayName: '待提升备案员', role: 'REGISTRAR', active: true } });
    expect(updateUser).toMatchObject({ role: 'CLERK', pendingChange: { role: 'REGISTRAR', setsPassword: false } });
    expect((await user(id)).role).toBe('CLERK');
    await app.as('admin2', CONFIRM, updateUser.pendingChange);
    expect((await user(id)).role).toBe('REGISTRAR');
  });

  it('an officer’s new subdistrict waits; taking one away is at once', async () => {
    const id = await idOf('officer3');
    const before = await user(id);
    const held = before.jurisdiction.map((s: { id: string }) => s.id);
    const [{ id: extra }] = await app.ds.query(`SELECT id::text FROM subdistrict WHERE NOT (id = ANY($1::int[])) ORDER BY id LIMIT 1`, [held]);
    const { setOfficerJurisdiction } = await app.as('admin', JURISDICTION, { userId: id, version: before.version, ids: [...held, extra] });
    expect(setOfficerJurisdiction.jurisdiction.map((s: { id: string }) => s.id).sort()).toEqual([...held].sort());
    expect(setOfficerJurisdiction.pendingChange.subdistricts.map((s: { id: string }) => s.id)).toContain(extra);
    await app.as('admin2', CONFIRM, setOfficerJurisdiction.pendingChange);
    expect((await user(id)).jurisdiction.map((s: { id: string }) => s.id)).toContain(extra);
    const now = await user(id);
    const { setOfficerJurisdiction: narrowed } = await app.as('admin', JURISDICTION, { userId: id, version: now.version, ids: held });
    expect(narrowed.pendingChange).toBeNull();
    expect(narrowed.jurisdiction.map((s: { id: string }) => s.id)).not.toContain(extra);
  });

  it('a deactivation is at once; a reactivation waits', async () => {
    const { id } = await app.createConfirmedUser({ username: 'manager.away', displayName: '休假主管', role: 'MANAGER', password: 'Admin-Set-OneTime-4!' });
    const off = await app.as('admin', UPDATE, { id, version: (await user(id)).version, input: { displayName: '休假主管', role: 'MANAGER', active: false } });
    expect(off.updateUser).toMatchObject({ active: false, pendingChange: null });
    const on = await app.as('admin', UPDATE, { id, version: off.updateUser.version, input: { displayName: '休假主管', role: 'MANAGER', active: true } });
    expect(on.updateUser).toMatchObject({ active: false, pendingChange: { activates: true } });
    expect(await signsIn('manager.away', 'Admin-Set-OneTime-4!')).toBe('UNAUTHENTICATED');
    await app.as('admin2', CONFIRM, on.updateUser.pendingChange);
    expect((await user(id)).active).toBe(true);
    expect(await signsIn('manager.away', 'Admin-Set-OneTime-4!')).toBe('must change');
  });

  it('one proposal waits per account: the next is refused until it is decided', async () => {
    const id = await idOf('registrar2');
    const first = await app.as('admin', UPDATE, { id, version: (await user(id)).version, input: { displayName: '审核员 吴婷', role: 'REGISTRAR', active: true, password: 'Admin-Set-OneTime-5!' } });
    const second = await as('admin', UPDATE, { id, version: first.updateUser.version, input: { displayName: '审核员 吴婷', role: 'MANAGER', active: true } });
    expect(ruleOutcomeOf(second)).toBe('INVALID_TRANSITION/PROPOSAL_PENDING');
    await app.as('admin', WITHDRAW, first.updateUser.pendingChange);
  });
});

describe('a refused or withdrawn proposal changes nothing', () => {
  it('refused by another admin, withdrawn only by its proposer', async () => {
    const id = await idOf('clerk');
    const refused = await app.as('admin', UPDATE, { id, version: (await user(id)).version, input: { displayName: '备案员 张敏', role: 'ADMIN', active: true, password: 'Admin-Set-OneTime-6!' } });
    const { refuseAccountChange } = await app.as('admin2', REFUSE, refused.updateUser.pendingChange);
    expect(refuseAccountChange).toMatchObject({ status: 'REFUSED', decidedBy: '系统管理员 孙磊', decisionNote: '未见书面申请' });
    expect(await user(id)).toMatchObject({ role: 'CLERK', mustChangePassword: false, pendingChange: null });
    expect(await signsIn('clerk', 'Admin-Set-OneTime-6!')).toBe('UNAUTHENTICATED');
    expect(await signsIn('clerk', 'wuye-demo')).toBe('signed in');

    const withdrawn = await app.as('admin', UPDATE, { id, version: (await user(id)).version, input: { displayName: '备案员 张敏', role: 'REGISTRAR', active: true } });
    expect(ruleOutcomeOf(await as('admin2', WITHDRAW, withdrawn.updateUser.pendingChange))).toBe('INVALID_TRANSITION/PROPOSER_ONLY');
    expect((await app.as('admin', WITHDRAW, withdrawn.updateUser.pendingChange)).withdrawAccountChange.status).toBe('WITHDRAWN');
    expect(await user(id)).toMatchObject({ role: 'CLERK', pendingChange: null });
  });

  it('a display name is changed by one admin, at once', async () => {
    const id = await idOf('manager');
    const { updateUser } = await app.as('admin', UPDATE, { id, version: (await user(id)).version, input: { displayName: '主管 陈建国（新）', role: 'MANAGER', active: true } });
    expect(updateUser.pendingChange).toBeNull();
    await app.as('admin', UPDATE, { id, version: updateUser.version, input: { displayName: '主管 陈建国', role: 'MANAGER', active: true } });
  });
});

describe('the managers see proposals and decisions in the audit log', () => {
  it('accountChange.propose and accountChange.* are account administration', async () => {
    const { auditEvents } = await app.as('manager', AUDIT_EVENTS, { options: { filter: { entityType: 'User' }, take: 200 } });
    const actions = new Set(auditEvents.items.map((e: { action: string }) => e.action));
    for (const action of ['accountChange.propose', 'accountChange.confirm', 'accountChange.refuse', 'accountChange.withdraw']) expect(actions).toContain(action);
    // never the password hash
    expect(JSON.stringify(auditEvents.items)).not.toMatch(/\$argon2|passwordHash"\s*:\s*"[^*]/);
  });
});

describe('PostgreSQL holds the decision, whoever writes SQL as the request role', () => {
  let proposal: { id: string; proposer: number };
  beforeAll(async () => {
    const id = await idOf('registrar');
    const { updateUser } = await app.as('admin', UPDATE, { id, version: (await user(id)).version, input: { displayName: '审核员 李强', role: 'ADMIN', active: true } });
    proposal = { id: updateUser.pendingChange.id, proposer: Number(await idOf('admin')) };
  });

  it('a proposal is not decided by its proposer', async () => {
    const refusal = await asRequestRole(app, [`UPDATE account_change_proposal SET status = 'CONFIRMED', decided_by_id = proposed_by_id WHERE id = $1`, [proposal.id]]);
    expect(refusal).toMatchObject({ code: '23514', constraint: 'account_change_proposal_checked_by_another' });
  });

  it('nor by someone who is not an admin; nor proposed by one', async () => {
    const clerk = Number(await idOf('clerk'));
    expect(await asRequestRole(app, [`UPDATE account_change_proposal SET status = 'CONFIRMED', decided_by_id = $2 WHERE id = $1`, [proposal.id, clerk]])).toMatchObject({ code: '23514', constraint: 'account_change_by_admins' });
    expect(await asRequestRole(app, [`INSERT INTO account_change_proposal (user_id, role, proposed_by_id) VALUES ($1, 'admin', $1)`, [clerk]])).toMatchObject({ code: '23514', constraint: 'account_change_by_admins' });
  });

  it('decided once, then kept: not rewritten, not removed', async () => {
    const admin2 = Number(await idOf('admin2'));
    expect(
      await asRequestRole(
        app,
        [`UPDATE account_change_proposal SET status = 'REFUSED', decided_by_id = $2 WHERE id = $1`, [proposal.id, admin2]],
        [`UPDATE account_change_proposal SET status = 'CONFIRMED' WHERE id = $1`, [proposal.id]],
      ),
    ).toMatchObject({ code: '23514', constraint: 'proposal_decided_once' });
    expect(await asRequestRole(app, [`DELETE FROM account_change_proposal WHERE id = $1`, [proposal.id]])).toMatchObject({ code: '23514', constraint: 'proposal_decided_once' });
  });
});

describe('PostgreSQL holds the accounts its holds name: a power is given only by a confirmation in the same transaction (attacker round 11 F2)', () => {
  const id = async (username: string): Promise<number> => Number(await idOf(username));
  const bend = async (...statements: Array<[string, unknown[]?]>): Promise<string> => refusedBy(await asRequestRole(app, ...statements));

  it('the reproduction: a manager made an officer of the estate for one transaction to verify a report, refused', async () => {
    const [report] = await app.ds.query(
      `SELECT r.id, c.subdistrict_id FROM campaign_report r JOIN estate e ON e.id = r.estate_id JOIN community c ON c.id = e.community_id
        WHERE r.status = 'SUBMITTED' ORDER BY r.id LIMIT 1`,
    );
    const manager = await id('manager');
    expect(
      await bend(
        [`UPDATE app_user SET role = 'officer' WHERE id = $1`, [manager]],
        [`INSERT INTO officer_jurisdiction (user_id, subdistrict_id) VALUES ($1, $2)`, [manager, report.subdistrict_id]],
        [`UPDATE campaign_report SET status = 'VERIFIED', verified_by_id = $1, verified_at = now() WHERE id = $2`, [manager, report.id]],
      ),
    ).toBe('app_user_power_confirmed');
  });

  it('each power given from the request role without a confirmation is refused; taking away stays free', async () => {
    const [clerk, officer, admin, admin2] = await Promise.all(['clerk', 'officer', 'admin', 'admin2'].map(id));
    const [outside] = await app.ds.query(`SELECT id FROM subdistrict WHERE id NOT IN (SELECT subdistrict_id FROM officer_jurisdiction WHERE user_id = $1) ORDER BY id LIMIT 1`, [officer]);
    const [held] = await app.ds.query(`SELECT subdistrict_id AS id FROM officer_jurisdiction WHERE user_id = $1 ORDER BY 1 LIMIT 1`, [officer]);
    const table: Array<[string, Array<[string, unknown[]?]>, string]> = [
      ['a clerk made an admin', [[`UPDATE app_user SET role = 'admin' WHERE id = $1`, [clerk]]], 'app_user_power_confirmed'],
      ['an account deactivated and made active again', [[`UPDATE app_user SET active = false WHERE id = $1`, [clerk]], [`UPDATE app_user SET active = true WHERE id = $1`, [clerk]]], 'app_user_power_confirmed'],
      ['an account born active', [[`INSERT INTO app_user (username, display_name, role, active) VALUES ('bent', 'x', 'admin', true)`]], 'app_user_power_confirmed'],
      ['an account born with a password', [[`INSERT INTO app_user (username, display_name, role, active, password_hash) VALUES ('bent', 'x', 'admin', false, 'h')`]], 'app_user_power_confirmed'],
      ['a subdistrict added', [[`INSERT INTO officer_jurisdiction (user_id, subdistrict_id) VALUES ($1, $2)`, [officer, outside.id]]], 'officer_jurisdiction_confirmed'],
      ['a subdistrict moved to another officer', [[`UPDATE officer_jurisdiction SET subdistrict_id = $2 WHERE user_id = $1 AND subdistrict_id = $3`, [officer, outside.id, held.id]]], 'officer_jurisdiction_confirmed'],
      ['an officer’s removed subdistrict given to a clerk', [[`DELETE FROM officer_jurisdiction WHERE user_id = $1`, [officer]], [`INSERT INTO officer_jurisdiction (user_id, subdistrict_id) VALUES ($1, $2)`, [clerk, held.id]]], 'officer_jurisdiction_confirmed'],
      ['a removal forged', [[`INSERT INTO officer_jurisdiction_removal (user_id, subdistrict_id) VALUES ($1, $2)`, [officer, outside.id]]], 'officer_jurisdiction_removal_kept'],
      ['a removal unrecorded', [[`DELETE FROM officer_jurisdiction WHERE user_id = $1`, [officer]], [`DELETE FROM officer_jurisdiction_removal`]], 'officer_jurisdiction_removal_kept'],
      ['a proposal for another role than the one written', [
        [`INSERT INTO account_change_proposal (user_id, role, proposed_by_id) VALUES ($1, 'registrar', $2)`, [clerk, admin]],
        [`UPDATE account_change_proposal SET status = 'CONFIRMED', decided_by_id = $2 WHERE user_id = $1 AND status = 'PENDING'`, [clerk, admin2]],
        [`UPDATE app_user SET role = 'admin' WHERE id = $1`, [clerk]],
      ], 'app_user_power_confirmed'],
      ['a deactivation, a subdistrict taken away, the rest put back', [
        [`UPDATE app_user SET active = false WHERE id = $1`, [clerk]],
        [`DELETE FROM officer_jurisdiction WHERE user_id = $1`, [officer]],
        [`INSERT INTO officer_jurisdiction (user_id, subdistrict_id) VALUES ($1, $2)`, [officer, held.id]],
      ], 'accepted'],
      ['a role and a subdistrict with the confirmation of exactly them', [
        [`INSERT INTO account_change_proposal (user_id, role, subdistrict_ids, proposed_by_id) VALUES ($1, 'officer', $3, $2)`, [clerk, admin, [outside.id]]],
        [`UPDATE account_change_proposal SET status = 'CONFIRMED', decided_by_id = $2 WHERE user_id = $1 AND status = 'PENDING'`, [clerk, admin2]],
        [`UPDATE app_user SET role = 'officer' WHERE id = $1`, [clerk]],
        [`INSERT INTO officer_jurisdiction (user_id, subdistrict_id) VALUES ($1, $2)`, [clerk, outside.id]],
      ], 'accepted'],
    ];
    const outcomes: Array<[string, string]> = [];
    for (const [name, statements] of table) outcomes.push([name, await bend(...statements)]);
    expect(outcomes).toEqual(table.map(([name, , expected]) => [name, expected]));
  });
});
