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
  imports: { clerk: ['create'], registrar: ['create'] },
  districts: Object.fromEntries(EVERYONE.map((r) => [r, READ])),
  subdistricts: Object.fromEntries(EVERYONE.map((r) => [r, READ])),
  communities: Object.fromEntries(EVERYONE.map((r) => [r, READ])),
};

/** A filing's content changes only while the clerk holds it (DRAFT or RETURNED), as on the server. */
const EDITABLE = ['DRAFT', 'RETURNED'];

export function canAccess(role: Role | undefined, resource: string, action: string, record?: Record<string, any>): boolean {
  if (!role) return false;
  const allowed = TABLE[resource]?.[role]?.includes(action) ?? false;
  if (!allowed) return false;
  if (action === 'edit' && record?.filingStatus) return EDITABLE.includes(record.filingStatus);
  return true;
}
