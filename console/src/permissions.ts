import type { SessionUser } from './session';

type Role = SessionUser['role'];

/**
 * What each role may do in the console — the server's policies (api/src/auth/policies.ts) seen from the UI.
 * Menus and buttons follow this table; the server still checks every call.
 */
const READ = ['list', 'show', 'export'];
const WRITE = ['create', 'edit', ...READ];
const EVERYONE: Role[] = ['clerk', 'registrar', 'officer', 'manager', 'admin'];

const TABLE: Record<string, Partial<Record<Role, string[]>>> = {
  firms: {
    clerk: [...WRITE, 'submit', 'import'],
    registrar: [...WRITE, 'submit', 'approve', 'return', 'revoke', 'import'],
    officer: READ,
    manager: READ,
    admin: READ,
  },
  projects: {
    clerk: [...WRITE, 'submit', 'import'],
    registrar: [...WRITE, 'submit', 'approve', 'return', 'revoke', 'import'],
    officer: READ,
    manager: READ,
    admin: READ,
  },
  estates: { clerk: WRITE, registrar: WRITE, officer: READ, manager: READ, admin: READ },
  users: { admin: WRITE },
  auditEvents: { clerk: ['list'], registrar: ['list'], manager: ['list'], admin: ['list'] },
  dashboard: { clerk: ['show'], registrar: ['show'], manager: ['show'], admin: ['show'] },
  // 'create' opens the import page; the kinds say what the role may import there
  imports: { clerk: ['create', 'FIRMS', 'PROJECTS'], registrar: ['create', 'FIRMS', 'PROJECTS'], officer: ['create', 'OWNER_ROLL'] },
  // elections: officers run them in their own subdistricts (the server scopes every list and refuses the rest)
  elections: { officer: [...WRITE, 'move', 'nominate', 'ballot'], manager: READ, admin: READ },
  // resolutions of the owners' assembly: officers put them to the vote and record ballots in their subdistricts;
  // whoever reads elections on the server (electionsRead) reads them; there is no editing once created
  resolutions: { officer: ['create', ...READ, 'move', 'ballot'], registrar: READ, manager: READ, admin: READ },
  candidates: { officer: ['show', 'review', 'object'], manager: ['show'], admin: ['show'] },
  owners: { officer: ['list'], manager: ['list'], admin: ['list'] },
  ownerRoll: { officer: ['show', 'import'], manager: ['show'], admin: ['show'] },
  // committee filings: the street office (officer) files, a registrar decides
  committees: { officer: [...READ, 'members'], registrar: READ, manager: READ, admin: READ },
  // the materials name owners: only the street office downloads them, the others read their list
  committeeFilings: {
    officer: [...READ, 'submit', 'upload', 'download'],
    registrar: [...READ, 'approve', 'return', 'revoke'],
    manager: READ,
    admin: READ,
  },
  // the holiday calendar: everyone reads it (deadlines rest on it); an admin enters the yearly notice
  holidays: { ...Object.fromEntries(EVERYONE.map((r) => [r, ['show']])), admin: ['show', 'edit'] },
  districts: Object.fromEntries(EVERYONE.map((r) => [r, READ])),
  subdistricts: Object.fromEntries(EVERYONE.map((r) => [r, READ])),
  communities: Object.fromEntries(EVERYONE.map((r) => [r, READ])),
};

/** A filing's content changes only while the clerk holds it (DRAFT or RETURNED), as on the server. */
const EDITABLE = ['DRAFT', 'RETURNED'];
/** No move leads out of these, and nothing is edited in them. */
export const FINAL_ELECTION_PHASES = ['CERTIFIED', 'CANCELLED'];

export function canAccess(role: Role | undefined, resource: string, action: string, record?: Record<string, any>): boolean {
  if (!role) return false;
  const allowed = TABLE[resource]?.[role]?.includes(action) ?? false;
  if (!allowed) return false;
  if (action === 'edit' && record?.filingStatus) return EDITABLE.includes(record.filingStatus);
  if (action === 'edit' && resource === 'elections' && record?.phase) return !FINAL_ELECTION_PHASES.includes(record.phase);
  if (action === 'upload' && record?.filingStatus) return EDITABLE.includes(record.filingStatus);
  return true;
}
