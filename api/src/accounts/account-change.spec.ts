import { Role } from '../request/principal';
import { AccountAsked, AccountNow, splitAccountEdit } from './account-change';

const officer: AccountNow = { role: Role.OFFICER, active: true };
const same: AccountAsked = { role: Role.OFFICER, active: true, password: false, subdistricts: 'keep' };

describe('an admin’s edit of an account: what waits for a second admin (roles-and-workflows.md#account-dual-control)', () => {
  it.each<[string, AccountNow, Partial<AccountAsked>, boolean, ReturnType<typeof splitAccountEdit>]>([
    ['a display name alone', officer, {}, false, { proposed: [], atOnce: [] }],
    ['a password set for another', officer, { password: true }, false, { proposed: ['password'], atOnce: [] }],
    ['an admin’s own password', { role: Role.ADMIN, active: true }, { role: Role.ADMIN, password: true }, true, { proposed: [], atOnce: ['password'] }],
    ['a role', officer, { role: Role.REGISTRAR }, false, { proposed: ['role'], atOnce: [] }],
    ['a role taken down is still a role', { role: Role.ADMIN, active: true }, { role: Role.CLERK }, false, { proposed: ['role'], atOnce: [] }],
    ['a reactivation', { role: Role.OFFICER, active: false }, {}, false, { proposed: ['activates'], atOnce: [] }],
    ['a deactivation', officer, { active: false }, false, { proposed: [], atOnce: ['deactivates'] }],
    ['a deactivation with a password: the password still waits', officer, { active: false, password: true }, false, { proposed: ['password'], atOnce: ['deactivates'] }],
    ['subdistricts added', officer, { subdistricts: 'adds' }, false, { proposed: ['subdistricts'], atOnce: [] }],
    ['subdistricts only taken away', officer, { subdistricts: 'takesAway' }, false, { proposed: [], atOnce: ['subdistricts'] }],
    ['subdistricts under a new role', { role: Role.CLERK, active: true }, { subdistricts: 'takesAway' }, false, { proposed: ['role', 'subdistricts'], atOnce: [] }],
  ])('%s', (_case, now, asked, own, expected) => {
    expect(splitAccountEdit(now, { ...same, ...asked }, own)).toEqual(expected);
  });
});
