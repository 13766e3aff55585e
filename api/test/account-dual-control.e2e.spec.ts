import { asRequestRole, outcomeOf, refusedBy, ruleOutcomeOf, startTestApp, TestApp } from './harness';
import { AUDIT_EVENTS } from './operations';
import { verifyPassword } from '../src/accounts/password';

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
const PENDING = `pendingChange { id version status creates activates role setsPassword passwordHalf reason proposedBy availableActions confirmRefusal subdistricts { id } }`;
const USER = `query U($id: ID!) { user(id: $id) { id version role active mustChangePassword jurisdiction { id } ${PENDING} } }`;
const UPDATE = `mutation Update($id: ID!, $version: Int!, $input: UserUpdateInput!) { updateUser(id: $id, version: $version, input: $input) { id version role active mustChangePassword ${PENDING} } }`;
const CREATE = `mutation Create($input: UserInput!) { createUser(input: $input) { id version role active ${PENDING} } }`;
const JURISDICTION = `mutation J($userId: ID!, $version: Int!, $ids: [ID!]!) { setOfficerJurisdiction(userId: $userId, version: $version, subdistrictIds: $ids) { id version jurisdiction { id } ${PENDING} } }`;
const DECIDED = `id version status decidedBy decisionNote availableActions passwordHalf`;
const CONFIRM = `mutation C($id: ID!, $version: Int!) { confirmAccountChange(id: $id, version: $version, note: "核实无误") { ${DECIDED} } }`;
const REFUSE = `mutation R($id: ID!, $version: Int!) { refuseAccountChange(id: $id, version: $version, note: "未见书面申请") { ${DECIDED} } }`;
const WITHDRAW = `mutation W($id: ID!, $version: Int!) { withdrawAccountChange(id: $id, version: $version) { ${DECIDED} } }`;
const PROPOSALS = `query P { accountChangeProposals(options: { filter: { status: PENDING }, take: 200 }) { items { id status user { username } } } }`;

const idOf = async (username: string): Promise<string> => String((await app.ds.query(`SELECT id FROM app_user WHERE username = $1`, [username]))[0].id);
const user = async (id: string) => (await app.as('admin', USER, { id })).user;
const signsIn = async (username: string, password: string): Promise<string> => {
  const result = await app.gql(LOGIN, { u: username, p: password });
  return result.errors ? outcomeOf(result) : result.data.login.mustChangePassword ? 'must change' : 'signed in';
};
const as = async (username: string, query: string, variables: Record<string, unknown>) => app.gql(query, variables, await app.tokenFor(username));

describe('the round-10 and round-11 reproductions: a one-time password waits for a second admin, and neither admin knows it', () => {
  it('the reset waits with the proposer’s half; the confirmer gets the other half; only both together open the account, once', async () => {
    const id = await idOf('officer2');
    const before = await user(id);
    // round 11 F1: the proposer no longer types the password
    const typed = await as('admin', UPDATE, { id, version: before.version, input: { active: true, displayName: '选举指导员 刘洋', role: 'OFFICER', password: 'Admin-Set-OneTime-1!' } });
    expect(typed.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/"password"/) });
    const { updateUser } = await app.as('admin', UPDATE, {
      id,
      version: before.version,
      input: { active: true, displayName: '选举指导员 刘洋', role: 'OFFICER', resetPassword: true, reason: '本人忘记口令，电话申请' },
    });
    expect(updateUser.mustChangePassword).toBe(false);
    expect(updateUser.pendingChange).toMatchObject({ status: 'PENDING', setsPassword: true, role: null, creates: false, activates: false, reason: '本人忘记口令，电话申请', proposedBy: '系统管理员', availableActions: ['WITHDRAW'] });
    const first: string = updateUser.pendingChange.passwordHalf;
    expect(first).toMatch(/^[A-Z2-9]{10}$/);
    // the waiting half is kept only as its hash: no column holds a half in clear
    const [waiting] = await app.ds.query(`SELECT to_jsonb(p) AS row FROM account_change_proposal p WHERE id = $1`, [updateUser.pendingChange.id]);
    expect(waiting.row.password_first_half_hash).toMatch(/^\$argon2id\$/);
    expect(JSON.stringify(waiting.row)).not.toContain(first);
    expect(await verifyPassword(waiting.row.password_first_half_hash, first)).toBe(true);
    // shown once: never again, to anyone
    expect((await user(id)).pendingChange.passwordHalf).toBeNull();
    expect((await app.as('admin2', USER, { id })).user.pendingChange.passwordHalf).toBeNull();
    expect(await signsIn('officer2', first)).toBe('UNAUTHENTICATED');
    expect(await signsIn('officer2', 'wuye-demo')).toBe('signed in');

    // the proposer cannot confirm it, nor refuse it
    const proposal = updateUser.pendingChange;
    expect(outcomeOf(await as('admin', CONFIRM, proposal))).toBe('FORBIDDEN/MAKER_CHECKER');
    expect(outcomeOf(await as('admin', REFUSE, proposal))).toBe('FORBIDDEN/MAKER_CHECKER');

    // the second admin sees it with their buttons, and confirms it
    expect((await user(id)).pendingChange.availableActions).toEqual(['WITHDRAW']);
    expect((await app.as('admin2', USER, { id })).user.pendingChange.availableActions).toEqual(['CONFIRM', 'REFUSE']);
    const { confirmAccountChange } = await app.as('admin2', CONFIRM, proposal);
    expect(confirmAccountChange).toMatchObject({ status: 'CONFIRMED', decidedBy: '系统管理员 孙磊', decisionNote: '核实无误', availableActions: [] });
    const second: string = confirmAccountChange.passwordHalf;
    expect(second).toMatch(/^[A-Z2-9]{10}$/);
    expect(second).not.toBe(first);
    // both halves together open the account, and the person must then choose their own
    expect(await signsIn('officer2', `${first}${second}`)).toBe('must change');
    expect(await signsIn('officer2', 'wuye-demo')).toBe('UNAUTHENTICATED');
    // neither admin's half alone is the password (checked on the hash: three wrong sign-ins would lock the account)
    const [{ password_hash: hash }] = await app.ds.query(`SELECT password_hash FROM app_user WHERE id = $1`, [id]);
    for (const alone of [first, second, `${second}${first}`, `${first}${second}X`, `${first}${second.slice(0, 9)}`]) expect(await verifyPassword(hash, alone)).toBe(false);
    expect(await verifyPassword(hash, `${first}${second}`)).toBe(true);
    // the account keeps each half's hash, never a half: the proposal's for the first, a new one for the second
    expect(hash).toBe(`halves ${waiting.row.password_first_half_hash} ${hash.split(' ')[2]}`);
    expect(hash).not.toContain(first);
    expect(hash).not.toContain(second);
    expect((await user(id)).pendingChange).toBeNull();
    // neither half is kept where the API reads: the decided proposal shows none
    const listed = (await app.as('admin2', `query { accountChangeProposals(options: { filter: { userId: "${id}" } }) { items { id passwordHalf } } }`, {})).accountChangeProposals.items;
    expect(listed.find((p: { id: string }) => p.id === proposal.id)).toEqual({ id: proposal.id, passwordHalf: null });
    // decided once
    expect(ruleOutcomeOf(await as('admin2', REFUSE, confirmAccountChange))).toBe('INVALID_TRANSITION/PROPOSAL_DECIDED');
  });
});

describe('each act that lets someone act under an account waits', () => {
  it('a new account cannot sign in until another admin confirms it; then with the one-time password', async () => {
    const typed = await as('admin', CREATE, { input: { username: 'officer.typed', displayName: '新指导员', role: 'OFFICER', password: 'Admin-Set-OneTime-2!' } });
    expect(typed.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/"password"/) });
    const { createUser } = await app.as('admin', CREATE, { input: { username: 'officer.new', displayName: '新指导员', role: 'OFFICER', subdistrictIds: ['1'] } });
    expect(createUser).toMatchObject({ active: false, role: 'OFFICER', pendingChange: { creates: true, setsPassword: true, subdistricts: [{ id: '1' }] } });
    const first: string = createUser.pendingChange.passwordHalf;
    expect(await signsIn('officer.new', first)).toBe('UNAUTHENTICATED');
    expect((await user(createUser.id)).jurisdiction).toEqual([]);
    const listed = (await app.as('admin2', PROPOSALS, {})).accountChangeProposals.items;
    expect(listed[0]).toMatchObject({ status: 'PENDING' });
    expect(listed.filter((p: { status: string }) => p.status === 'PENDING').map((p: { user: { username: string } }) => p.user.username)).toContain('officer.new');
    const second: string = (await app.as('admin2', CONFIRM, createUser.pendingChange)).confirmAccountChange.passwordHalf;
    expect(await signsIn('officer.new', first)).toBe('UNAUTHENTICATED');
    expect(await signsIn('officer.new', `${first}${second}`)).toBe('must change');
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
    expect(await signsIn('manager.away', app.oneTimePassword('manager.away'))).toBe('UNAUTHENTICATED');
    await app.as('admin2', CONFIRM, on.updateUser.pendingChange);
    expect((await user(id)).active).toBe(true);
    expect(await signsIn('manager.away', app.oneTimePassword('manager.away'))).toBe('must change');
  });

  it('one proposal waits per account: the next is refused until it is decided', async () => {
    const id = await idOf('registrar2');
    const first = await app.as('admin', UPDATE, { id, version: (await user(id)).version, input: { displayName: '审核员 吴婷', role: 'REGISTRAR', active: true, resetPassword: true } });
    const second = await as('admin', UPDATE, { id, version: first.updateUser.version, input: { displayName: '审核员 吴婷', role: 'MANAGER', active: true } });
    expect(ruleOutcomeOf(second)).toBe('INVALID_TRANSITION/PROPOSAL_PENDING');
    await app.as('admin', WITHDRAW, first.updateUser.pendingChange);
  });
});

describe('a refused or withdrawn proposal changes nothing', () => {
  it('refused by another admin, withdrawn only by its proposer', async () => {
    const id = await idOf('clerk');
    const refused = await app.as('admin', UPDATE, { id, version: (await user(id)).version, input: { displayName: '备案员 张敏', role: 'ADMIN', active: true, resetPassword: true } });
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

describe('a proposal is confirmed only on the account it was proposed on (round 11 F6)', () => {
  it('a subdistrict taken away at once since: the older proposal is PROPOSAL_STALE, nothing is given back; its proposer withdraws it', async () => {
    const { id, version } = await app.createConfirmedUser({ username: 'officer.stale', displayName: '旧提议指导员', role: 'OFFICER', password: 'x', subdistrictIds: ['1', '5'] });
    const proposed = await app.as('admin', JURISDICTION, { userId: id, version, ids: ['1', '5', '6'] });
    expect(proposed.setOfficerJurisdiction.pendingChange.subdistricts.map((s: { id: string }) => s.id)).toEqual(['1', '5', '6']);
    expect(proposed.setOfficerJurisdiction.pendingChange).toMatchObject({ availableActions: ['WITHDRAW'], confirmRefusal: 'MAKER_CHECKER' });
    expect((await app.as('admin2', USER, { id })).user.pendingChange).toMatchObject({ availableActions: ['CONFIRM', 'REFUSE'], confirmRefusal: null });
    // another admin takes subdistrict 1 away at once (a complaint), while the proposal waits
    const taken = await app.as('admin2', JURISDICTION, { userId: id, version: proposed.setOfficerJurisdiction.version, ids: ['5'] });
    expect(taken.setOfficerJurisdiction.jurisdiction).toEqual([{ id: '5' }]);
    // the console no longer offers the confirmation it would refuse, and says why; refusing stays open
    expect(taken.setOfficerJurisdiction.pendingChange).toMatchObject({ availableActions: ['REFUSE'], confirmRefusal: 'PROPOSAL_STALE' });
    const stale = await as('admin2', CONFIRM, proposed.setOfficerJurisdiction.pendingChange);
    expect(ruleOutcomeOf(stale)).toBe('INVALID_TRANSITION/PROPOSAL_STALE');
    expect((await user(id)).jurisdiction).toEqual([{ id: '5' }]);
    // PostgreSQL holds it too, whoever writes SQL as the request role
    const admin2 = Number(await idOf('admin2'));
    expect(await asRequestRole(app, [`UPDATE account_change_proposal SET status = 'CONFIRMED', decided_by_id = $2 WHERE id = $1`, [proposed.setOfficerJurisdiction.pendingChange.id, admin2]]))
      .toMatchObject({ code: '23514', constraint: 'account_change_on_account_as_proposed' });
    expect(await asRequestRole(app, [`INSERT INTO account_change_proposal (user_id, role, proposed_by_id) VALUES ($1, 'admin', $2)`, [id, admin2]]))
      .toMatchObject({ code: '23514', constraint: 'account_change_proposal_user_version' });
    expect((await app.as('admin', WITHDRAW, proposed.setOfficerJurisdiction.pendingChange)).withdrawAccountChange.status).toBe('WITHDRAWN');
  });

  it('a reset, after the person chose their own password since: stale too', async () => {
    const made = await app.createConfirmedUser({ username: 'clerk.stale', displayName: '旧重设备案员', role: 'CLERK', password: 'a-long-given-pw' });
    const { updateUser } = await app.as('admin', UPDATE, { id: made.id, version: made.version, input: { displayName: '旧重设备案员', role: 'CLERK', active: true, resetPassword: true } });
    await app.firstSignIn('clerk.stale', 'a-long-given-pw');
    expect(ruleOutcomeOf(await as('admin2', CONFIRM, updateUser.pendingChange))).toBe('INVALID_TRANSITION/PROPOSAL_STALE');
    expect(await signsIn('clerk.stale', 'a-long-given-pw.own')).toBe('signed in');
  });
});

describe('dual control needs two admins: never fewer left, and a proposal lives by its proposer’s power (round 11 O1, O2)', () => {
  it('a deactivation or a role change that would leave fewer than two active admins is refused (LAST_ADMINS)', async () => {
    const id = await idOf('admin2');
    const off = await as('admin', UPDATE, { id, version: (await user(id)).version, input: { displayName: '系统管理员 孙磊', role: 'ADMIN', active: false } });
    expect(ruleOutcomeOf(off)).toBe('INVALID_TRANSITION/LAST_ADMINS');
    const down = await as('admin', UPDATE, { id, version: (await user(id)).version, input: { displayName: '系统管理员 孙磊', role: 'CLERK', active: true } });
    expect(ruleOutcomeOf(down)).toBe('INVALID_TRANSITION/LAST_ADMINS');
    expect(await user(id)).toMatchObject({ role: 'ADMIN', active: true, pendingChange: null });
  });

  it('a deactivated admin’s pending proposals are withdrawn with it; one whose proposer lost the role otherwise is PROPOSER_GONE', async () => {
    await app.createConfirmedUser({ username: 'admin.three', displayName: '系统管理员 三', role: 'ADMIN', password: 'a-third-admin-pw' });
    const third = (await app.firstSignIn('admin.three', 'a-third-admin-pw')).token;
    const target = await app.createConfirmedUser({ username: 'clerk.o1', displayName: '备案员 O1', role: 'CLERK', password: 'a-clerk-o1-pw' });
    const proposed = await app.gql(UPDATE, { id: target.id, version: target.version, input: { displayName: '备案员 O1', role: 'REGISTRAR', active: true } }, third);
    const proposal = proposed.data.updateUser.pendingChange;
    const adminThree = await idOf('admin.three');
    // admin deactivates the third admin (two stay): the proposal goes with him
    await app.as('admin', UPDATE, { id: adminThree, version: (await user(adminThree)).version, input: { displayName: '系统管理员 三', role: 'ADMIN', active: false } });
    const [row] = await app.ds.query(`SELECT status, decision_note FROM account_change_proposal WHERE id = $1`, [proposal.id]);
    expect(row).toEqual({ status: 'WITHDRAWN', decision_note: 'withdrawn: its proposer was deactivated' });
    expect(ruleOutcomeOf(await as('admin2', CONFIRM, { id: proposal.id, version: proposal.version + 1 }))).toBe('INVALID_TRANSITION/PROPOSAL_DECIDED');
    expect((await user(target.id)).role).toBe('CLERK');

    // a proposal of an admin whose power went another way (here the tables' owner): refused at confirmation
    const again = await app.as('admin', UPDATE, { id: target.id, version: (await user(target.id)).version, input: { displayName: '备案员 O1', role: 'REGISTRAR', active: true } });
    const admin = await idOf('admin');
    await app.ds.query(`UPDATE app_user SET active = false WHERE id = $1`, [admin]);
    try {
      expect((await app.as('admin2', USER, { id: target.id })).user.pendingChange).toMatchObject({ availableActions: ['REFUSE'], confirmRefusal: 'PROPOSER_GONE' });
      expect(ruleOutcomeOf(await as('admin2', CONFIRM, again.updateUser.pendingChange))).toBe('INVALID_TRANSITION/PROPOSER_GONE');
    } finally {
      await app.ds.query(`UPDATE app_user SET active = true WHERE id = $1`, [admin]);
    }
    expect((await user(target.id)).role).toBe('CLERK');
    await app.as('admin', WITHDRAW, again.updateUser.pendingChange);
  });
});

describe('a display name names one account (round 11 F7)', () => {
  it('another account’s name, in any case or width, is refused on creation and rename; one’s own stays', async () => {
    const id = await idOf('registrar2');
    const before = await user(id);
    // admin2 is 系统管理员 孙磊: the name a second account took to pass as him
    const taken = await as('admin', UPDATE, { id, version: before.version, input: { displayName: ' 系统管理员 孙磊 ', role: 'REGISTRAR', active: true } });
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'displayName', rule: 'DISPLAY_NAME_TAKEN' }] });
    const wide = await as('admin', CREATE, { input: { username: 'sunlei.two', displayName: '系统管理员　孙磊', role: 'CLERK' } });
    expect(wide.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'displayName', rule: 'DISPLAY_NAME_TAKEN' }] });
    const latin = await app.createConfirmedUser({ username: 'clerk.latin', displayName: 'Clerk Wang', role: 'CLERK', password: 'a-long-given-pw' });
    const fullWidth = await as('admin', CREATE, { input: { username: 'clerk.latin2', displayName: 'ＣＬＥＲＫ wang', role: 'CLERK' } });
    expect(fullWidth.errors?.[0]?.extensions).toMatchObject({ fieldErrors: [{ rule: 'DISPLAY_NAME_TAKEN' }] });
    expect(await user(id)).toMatchObject({ version: before.version });
    // saving one's own name again is no conflict
    expect((await app.as('admin', UPDATE, { id: latin.id, version: latin.version, input: { displayName: 'clerk wang', role: 'CLERK', active: true } })).updateUser.pendingChange).toBeNull();
  });
});

describe('the proposals are a list as every other (docs/architecture.md#list-contract): filtered, sorted, paged to the first one ever', () => {
  it('a history longer than a page is read to its end by cursor, each proposal once, in the order asked', async () => {
    const made = await app.createConfirmedUser({ username: 'clerk.history', displayName: '历史备案员', role: 'CLERK', password: 'a-long-given-pw' });
    for (let i = 0; i < 5; i++) {
      const { updateUser } = await app.as('admin', UPDATE, { id: made.id, version: (await user(made.id)).version, input: { displayName: '历史备案员', role: 'CLERK', active: true, resetPassword: true } });
      await app.as('admin', WITHDRAW, updateUser.pendingChange);
    }
    const PAGE = `query P($options: AccountChangeProposalListOptions) { accountChangeProposals(options: $options) { totalItems nextCursor items { id status } } }`;
    const read = async (sort: { field: string; direction: string }) => {
      const ids: string[] = [];
      let after: string | null = null;
      do {
        const { accountChangeProposals: page }: any = await app.as('admin2', PAGE, { options: { take: 2, after, sort, filter: { userId: made.id, status: 'WITHDRAWN' } } });
        expect(page.totalItems).toBe(5);
        ids.push(...page.items.map((p: { id: string }) => p.id));
        after = page.nextCursor;
      } while (after);
      return ids;
    };
    const kept: Array<{ id: number }> = await app.ds.query(`SELECT id FROM account_change_proposal WHERE user_id = $1 AND status = 'WITHDRAWN' ORDER BY id`, [made.id]);
    expect(kept).toHaveLength(5);
    expect(await read({ field: 'ID', direction: 'ASC' })).toEqual(kept.map((p) => String(p.id)));
    expect(await read({ field: 'CREATED_AT', direction: 'DESC' })).toEqual(kept.map((p) => String(p.id)).reverse());
    // a page larger than the server allows is refused, as on every list
    expect(outcomeOf(await as('admin2', PAGE, { options: { take: 100_000 } }))).toBe('BAD_USER_INPUT/TAKE_RANGE');
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
        [`INSERT INTO account_change_proposal (user_id, role, proposed_by_id, user_version) SELECT $1, 'registrar', $2, version FROM app_user WHERE id = $1`, [clerk, admin]],
        [`UPDATE account_change_proposal SET status = 'CONFIRMED', decided_by_id = $2 WHERE user_id = $1 AND status = 'PENDING'`, [clerk, admin2]],
        [`UPDATE app_user SET role = 'admin' WHERE id = $1`, [clerk]],
      ], 'app_user_power_confirmed'],
      ['a deactivation, a subdistrict taken away, the rest put back', [
        [`UPDATE app_user SET active = false WHERE id = $1`, [clerk]],
        [`DELETE FROM officer_jurisdiction WHERE user_id = $1`, [officer]],
        [`INSERT INTO officer_jurisdiction (user_id, subdistrict_id) VALUES ($1, $2)`, [officer, held.id]],
      ], 'accepted'],
      ['a role and a subdistrict with the confirmation of exactly them', [
        [`INSERT INTO account_change_proposal (user_id, role, subdistrict_ids, proposed_by_id, user_version) SELECT $1, 'officer', $3, $2, version FROM app_user WHERE id = $1`, [clerk, admin, [outside.id]]],
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
