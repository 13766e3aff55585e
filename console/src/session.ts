/** The signed-in person as the console keeps them: for this browser tab's session only. */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: 'clerk' | 'registrar' | 'officer' | 'manager' | 'admin';
}

interface Stored {
  token: string;
  expiresAt: string;
  user: SessionUser;
}

const KEY = 'wuye.session';

function read(): Stored | null {
  try {
    const stored = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Stored | null;
    if (!stored || Date.parse(stored.expiresAt) <= Date.now()) return null;
    return stored;
  } catch {
    return null;
  }
}

export const session = {
  token: (): string | null => read()?.token ?? null,
  user: (): SessionUser | null => read()?.user ?? null,
  save(stored: Stored): void {
    sessionStorage.setItem(KEY, JSON.stringify(stored));
  },
  clear(): void {
    sessionStorage.removeItem(KEY);
  },
};
