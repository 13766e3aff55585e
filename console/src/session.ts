/** The signed-in person as the console keeps them. */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: 'clerk' | 'registrar' | 'officer' | 'manager' | 'admin';
  /** an administrator set the password: the console shows only the change of one's own until it is done (roles-and-workflows.md#own-password) */
  mustChangePassword?: boolean;
}

export interface Stored {
  token: string;
  expiresAt: string;
  user: SessionUser;
  /** the idle sign-out the server configures (SESSION_IDLE_SECONDS, SESSION_IDLE_WARNING_SECONDS) */
  idleTimeoutSeconds: number;
  idleWarningSeconds: number;
}

/**
 * In localStorage, so the session outlives a reload and reaches a new tab, as long as the server still takes the
 * token (a revoked or expired one answers 401 and the console signs out). A bearer token in storage, never a
 * cookie: the browser sends nothing by itself, so there is no cross-site request to forge.
 */
const KEY = 'wuye.session';
/** The last input in any tab of this console: the idle timer is shared, so working in one tab keeps all open. */
const ACTIVITY_KEY = 'wuye.activity';
/** The last request any tab sent with the token: what the server counts as the session in use (its own idle end). */
const CONTACT_KEY = 'wuye.contact';
/** What the console remembers for the signed-in person (an officer's last review): gone at sign-out, on a shared computer too. */
const PERSONAL_PREFIX = 'wuye.personal:';
/** The last review's key before it was personal (kept by browsers from earlier versions): removed the same way. */
const FORMER_PERSONAL_PREFIX = 'wuye-review-defaults:';

function read(): Stored | null {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Stored | null;
    if (!stored || Date.parse(stored.expiresAt) <= Date.now()) return null;
    return stored;
  } catch {
    return null;
  }
}

export const session = {
  token: (): string | null => read()?.token ?? null,
  user: (): SessionUser | null => read()?.user ?? null,
  idle: (): { timeoutMs: number; warningMs: number } | null => {
    const stored = read();
    return stored ? { timeoutMs: stored.idleTimeoutSeconds * 1000, warningMs: stored.idleWarningSeconds * 1000 } : null;
  },
  /** The person chose their own password: the console opens for them. */
  passwordChanged(): void {
    const stored = read();
    if (stored) localStorage.setItem(KEY, JSON.stringify({ ...stored, user: { ...stored.user, mustChangePassword: false } }));
  },
  save(stored: Stored): void {
    localStorage.setItem(KEY, JSON.stringify(stored));
    session.touch();
  },
  clear(): void {
    localStorage.removeItem(KEY);
    for (const key of Object.keys(localStorage)) if (key.startsWith(PERSONAL_PREFIX) || key.startsWith(FORMER_PERSONAL_PREFIX)) localStorage.removeItem(key);
  },
  /** A localStorage key for something remembered for the signed-in person until they sign out. */
  personalKey(name: string): string {
    return `${PERSONAL_PREFIX}${read()?.user.id ?? ''}:${name}`;
  },
  /** Marks input now (throttled by the caller). */
  touch(at = Date.now()): void {
    localStorage.setItem(ACTIVITY_KEY, String(at));
  },
  lastActivity(): number {
    return Number(localStorage.getItem(ACTIVITY_KEY) ?? 0) || Date.now();
  },
  /** Marks a request sent with the token now. */
  contacted(at = Date.now()): void {
    localStorage.setItem(CONTACT_KEY, String(at));
  },
  lastContact(): number {
    return Number(localStorage.getItem(CONTACT_KEY) ?? 0);
  },
};
