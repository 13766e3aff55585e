import { canAccess } from './permissions';

describe('what each role may do in the console (the server checks it all again)', () => {
  it.each([
    // elections: officers run them, managers and admins read, clerks and registrars see none
    ['officer', 'elections', 'list', true],
    ['officer', 'elections', 'create', true],
    ['officer', 'elections', 'move', true],
    ['officer', 'elections', 'ballot', true],
    ['manager', 'elections', 'list', true],
    ['manager', 'elections', 'move', false],
    ['manager', 'elections', 'create', false],
    ['clerk', 'elections', 'list', false],
    ['registrar', 'elections', 'list', false],
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
    ['registrar', 'committeeFilings', 'download', false],
    ['manager', 'committeeFilings', 'download', false],
    ['clerk', 'committeeFilings', 'list', false],
    ['officer', 'committees', 'members', true],
    ['registrar', 'committees', 'members', false],
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
  ] as const)('%s → %s.%s: %s', (role, resource, action, allowed) => {
    expect(canAccess(role, resource, action)).toBe(allowed);
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
