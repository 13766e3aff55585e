import { Role } from '../request/principal';
import { AccountAsked, AccountNow, splitAccountEdit } from './account-change';

const officer: AccountNow = { role: Role.OFFICER, active: true };
const same: AccountAsked = { role: Role.OFFICER, active: true, password: false, subdistricts: 'keep' };

describe('an admin’s edit of an account: what waits for a second admin (roles-and-workflows.md#account-dual-control)', () => {
  it.each<[string, AccountNow, Partial<AccountAsked>, ReturnType<typeof splitAccountEdit>]>([
    ['a display name alone', officer, {}, { proposed: [], atOnce: [] }],
    ['a one-time password for another', officer, { password: true }, { proposed: ['password'], atOnce: [] }],
    ['a role', officer, { role: Role.REGISTRAR }, { proposed: ['role'], atOnce: [] }],
    ['a role taken down is still a role', { role: Role.ADMIN, active: true }, { role: Role.CLERK }, { proposed: ['role'], atOnce: [] }],
    ['a reactivation', { role: Role.OFFICER, active: false }, {}, { proposed: ['activates'], atOnce: [] }],
    ['a deactivation', officer, { active: false }, { proposed: [], atOnce: ['deactivates'] }],
    ['a deactivation with a password: the password still waits', officer, { active: false, password: true }, { proposed: ['password'], atOnce: ['deactivates'] }],
    ['subdistricts added', officer, { subdistricts: 'adds' }, { proposed: ['subdistricts'], atOnce: [] }],
    ['subdistricts only taken away', officer, { subdistricts: 'takesAway' }, { proposed: [], atOnce: ['subdistricts'] }],
    ['subdistricts under a new role', { role: Role.CLERK, active: true }, { subdistricts: 'takesAway' }, { proposed: ['role', 'subdistricts'], atOnce: [] }],
  ])('%s', (_case, now, asked, expected) => {
    expect(splitAccountEdit(now, { ...same, ...asked })).toEqual(expected);
  });
});
