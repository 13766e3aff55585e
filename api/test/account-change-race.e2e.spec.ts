import { outcomeOf, ruleOutcomeOf, startTestApp, TestApp } from './harness';

/**
 * An admin deactivated at the moment another admin confirms one of their proposals (docs/roles-and-workflows.md#account-dual-control:
 * a deactivated admin's pending proposals are withdrawn with them; a proposal lives by its proposer's power). Sent together,
 * exactly one order holds: the confirmation first (the proposal CONFIRMED, the deactivation finds nothing pending) or the
 * deactivation first (the proposal WITHDRAWN, the confirmation refused with a code). Race round (race13): the two deadlocked
 * on the admins' rows (the deactivation's LAST_ADMINS check held them FOR UPDATE, the confirmation's decided_by_id reference
 * waited on the confirmer's row) and the confirmation came back CONFLICT/CONCURRENT_WRITE after a second; or the deactivation,
 * withdrawing a proposal it had read as pending, met it confirmed and was refused as a CHECK (BAD_USER_INPUT) whole.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const PENDING = `pendingChange { id version }`;
const USER = `query U($id: ID!) { user(id: $id) { id version role active ${PENDING} } }`;
const UPDATE = `mutation Update($id: ID!, $version: Int!, $input: UserUpdateInput!) { updateUser(id: $id, version: $version, input: $input) { id version role active ${PENDING} } }`;
const CONFIRM = `mutation C($id: ID!, $version: Int!) { confirmAccountChange(id: $id, version: $version) { id status } }`;
const LOGIN = `mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;

const user = async (id: string) => (await app.as('admin', USER, { id })).user;

it('a confirmation and the deactivation of the proposer, sent together: one order wins whole, never a deadlock or a CHECK', async () => {
  await app.createConfirmedUser({ username: 'admin.race', displayName: '系统管理员 竞速', role: 'ADMIN', password: 'race-admin-pw' });
  const { password } = await app.firstSignIn('admin.race', 'race-admin-pw');
  const third = (await app.as('admin', `query { users(options: { filter: { q: "admin.race" } }) { items { id username } } }`)).users.items.find((u: { username: string }) => u.username === 'admin.race').id;
  const outcomes = new Set<string>();
  for (let round = 0; round < 6; round++) {
    const token = (await app.gql(LOGIN, { u: 'admin.race', p: password })).data.login.token;
    const target = await app.createConfirmedUser({ username: `clerk.race${round}`, displayName: `备案员 竞速${round}`, role: 'CLERK' });
    const proposed = await app.gql(UPDATE, { id: target.id, version: target.version, input: { displayName: `备案员 竞速${round}`, role: 'REGISTRAR', active: true } }, token);
    expect(proposed.errors).toBeUndefined();
    const proposal = proposed.data.updateUser.pendingChange;
    const me = await user(third);
    const [confirm, deactivate] = await Promise.all([
      app.gql(CONFIRM, proposal, await app.tokenFor('admin2')),
      app.gql(UPDATE, { id: third, version: me.version, input: { displayName: '系统管理员 竞速', role: 'ADMIN', active: false } }, await app.tokenFor('admin')),
    ]);
    // taking an admin's power away is at once and nothing here refuses it
    expect(outcomeOf(deactivate)).toBe('OK');
    const [row] = await app.ds.query(`SELECT status FROM account_change_proposal WHERE id = $1`, [proposal.id]);
    if (outcomeOf(confirm) === 'OK') {
      expect(row.status).toBe('CONFIRMED');
      expect((await user(target.id)).role).toBe('REGISTRAR');
    } else {
      expect(['CONFLICT', 'INVALID_TRANSITION/PROPOSAL_DECIDED', 'INVALID_TRANSITION/PROPOSER_GONE']).toContain(ruleOutcomeOf(confirm));
      expect(row.status).toBe('WITHDRAWN');
      expect((await user(target.id)).role).toBe('CLERK');
    }
    outcomes.add(ruleOutcomeOf(confirm));
    // the third admin back for the next round (a reactivation is proposed and confirmed)
    const back = await app.as('admin', UPDATE, { id: third, version: (await user(third)).version, input: { displayName: '系统管理员 竞速', role: 'ADMIN', active: true } });
    await app.as('admin2', CONFIRM, back.updateUser.pendingChange);
  }
  expect([...outcomes].filter((o) => o.includes('CONCURRENT_WRITE'))).toEqual([]);
  const chain = await app.as('admin', `query { verifyAuditChain { ok } }`);
  expect(chain.verifyAuditChain.ok).toBe(true);
});
