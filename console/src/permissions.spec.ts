import serverPolicies from '../../schema/policies.json';
import { canAccess, GATES, type Operation } from './permissions';

const ROLES = ['clerk', 'registrar', 'officer', 'manager', 'admin'] as const;

describe('what each role may do in the console (the server checks it all again)', () => {
  it.each([
    // the registry: clerks file, registrars decide, everyone reads
    ['clerk', 'firms', 'create', true],
    ['clerk', 'firms', 'submit', true],
    ['clerk', 'firms', 'approve', false],
    ['registrar', 'firms', 'approve', true],
    ['officer', 'firms', 'list', true],
    ['officer', 'firms', 'create', false],
    ['manager', 'projects', 'edit', false],
    ['admin', 'users', 'create', true],
    ['manager', 'users', 'list', false],
    ['officer', 'auditEvents', 'list', false],
    ['officer', 'dashboard', 'show', false],
    // elections: officers run them; registrars, managers and admins read them (the server's electionsRead);
    // clerks see none
    ['officer', 'elections', 'list', true],
    ['officer', 'elections', 'create', true],
    ['officer', 'elections', 'move', true],
    ['officer', 'elections', 'ballot', true],
    ['manager', 'elections', 'list', true],
    ['manager', 'elections', 'move', false],
    ['manager', 'elections', 'create', false],
    ['clerk', 'elections', 'list', false],
    ['registrar', 'elections', 'list', true],
    ['registrar', 'elections', 'show', true],
    ['registrar', 'elections', 'edit', false],
    ['registrar', 'elections', 'move', false],
    ['registrar', 'elections', 'ballot', false],
    ['registrar', 'candidates', 'show', true],
    ['registrar', 'candidates', 'review', false],
    ['registrar', 'ownerRoll', 'show', true],
    ['clerk', 'ownerRoll', 'show', false],
    // resolutions: officers create them, move them and record ballots; registrars, managers and admins read
    // (the server's electionsRead admits registrars); clerks see none; nobody edits one once created
    ['officer', 'resolutions', 'create', true],
    ['officer', 'resolutions', 'move', true],
    ['officer', 'resolutions', 'ballot', true],
    ['officer', 'resolutions', 'edit', false],
    ['manager', 'resolutions', 'show', true],
    ['manager', 'resolutions', 'move', false],
    ['manager', 'resolutions', 'ballot', false],
    ['manager', 'resolutions', 'create', false],
    ['registrar', 'resolutions', 'list', true],
    ['registrar', 'resolutions', 'ballot', false],
    ['admin', 'resolutions', 'list', true],
    ['clerk', 'resolutions', 'list', false],
    ['officer', 'candidates', 'review', true],
    ['manager', 'candidates', 'review', false],
    // committee filings: the street office files, a registrar decides
    ['officer', 'committeeFilings', 'submit', true],
    ['officer', 'committeeFilings', 'approve', false],
    ['registrar', 'committeeFilings', 'approve', true],
    ['registrar', 'committeeFilings', 'upload', false],
    ['officer', 'committeeFilings', 'download', true],
    ['registrar', 'committeeFilings', 'download', true],
    ['manager', 'committeeFilings', 'download', false],
    ['clerk', 'committeeFilings', 'list', false],
    ['officer', 'committees', 'members', true],
    ['registrar', 'committees', 'members', false],
    // registering a committee, opening a repair fund or a committee's book: the officer's (electionsRun)
    ['officer', 'committees', 'create', true],
    ['manager', 'committees', 'create', false],
    ['registrar', 'committees', 'create', false],
    ['officer', 'repairFunds', 'create', true],
    ['manager', 'repairFunds', 'create', false],
    ['officer', 'committeeAccounts', 'create', true],
    ['manager', 'committeeAccounts', 'create', false],
    ['admin', 'committeeAccounts', 'create', false],
    // the holiday calendar: everyone reads it, only an admin enters a notice (setHolidayNotice: administer)
    ['officer', 'holidays', 'show', true],
    ['clerk', 'holidays', 'show', true],
    ['admin', 'holidays', 'edit', true],
    ['officer', 'holidays', 'edit', false],
    ['registrar', 'holidays', 'edit', false],
    ['manager', 'holidays', 'edit', false],
    // imports: filings for clerks and registrars, owner rolls for officers
    ['clerk', 'imports', 'FIRMS', true],
    ['clerk', 'imports', 'OWNER_ROLL', false],
    ['officer', 'imports', 'OWNER_ROLL', true],
    ['officer', 'imports', 'FIRMS', false],
    ['officer', 'ownerRoll', 'import', true],
    ['manager', 'ownerRoll', 'import', false],
    // what the console does not offer at all
    ['admin', 'firms', 'delete', false],
    ['officer', 'candidates', 'list', false],
  ] as const)('%s → %s.%s: %s', (role, resource, action, allowed) => {
    expect(canAccess(role, resource, action)).toBe(allowed);
  });

  it('names only operations the server has, each with a policy (schema/policies.json)', () => {
    const known = new Set<string>([...Object.keys(serverPolicies.Query), ...Object.keys(serverPolicies.Mutation)]);
    const named: Operation[] = Object.values(GATES).flatMap((actions) => Object.values(actions).flatMap((gate) => gate.calls));
    expect(named.filter((operation) => !known.has(operation))).toEqual([]);
  });

  // the server's answer, read from schema/policies.json on its own (not through permissions.ts)
  const policyOf: Record<string, string> = { ...serverPolicies.Query, ...serverPolicies.Mutation };
  const rolesOf = (policy: string): string[] => (serverPolicies.policies as Record<string, { roles: string[] }>)[policy].roles;

  it.each(ROLES)('offers a %s each action exactly when the server admits them to every call it makes', (role) => {
    const drift: string[] = [];
    for (const [resource, actions] of Object.entries(GATES)) {
      for (const [action, gate] of Object.entries(actions)) {
        const policies = [...gate.calls.map((operation) => policyOf[operation]), ...(gate.service ? [gate.service] : [])];
        const server = policies.every((policy) => rolesOf(policy).includes(role));
        if (canAccess(role, resource, action) !== server) drift.push(`${resource}.${action}: console ${!server}, server ${server}`);
      }
    }
    expect(drift).toEqual([]);
  });

  it.each([
    ['an election being prepared is edited', 'elections', 'edit', { phase: 'PREPARATION' }, true],
    ['a certified election is not', 'elections', 'edit', { phase: 'CERTIFIED' }, false],
    ['a cancelled one neither', 'elections', 'edit', { phase: 'CANCELLED' }, false],
    ['materials go into a draft filing', 'committeeFilings', 'upload', { filingStatus: 'DRAFT' }, true],
    ['and a returned one', 'committeeFilings', 'upload', { filingStatus: 'RETURNED' }, true],
    ['not into a submitted one', 'committeeFilings', 'upload', { filingStatus: 'SUBMITTED' }, false],
  ] as const)('%s', (_why, resource, action, record, allowed) => {
    expect(canAccess('officer', resource, action, record)).toBe(allowed);
  });
});
