/**
 * Forms keep what was typed across a sign-out (idle timeout, an expired session): when the session ends, every
 * open form's values go to sessionStorage under the person and the page's address; signed in again, react-admin brings the
 * person back to that page and the form takes the draft back (useFormDraft), once. sessionStorage: this tab
 * only, gone with it; passwords are never kept.
 */
const PREFIX = 'wuye.draft:';

type Values = Record<string, unknown>;
/** Open forms by their key: the person and the page, so a draft goes back to whoever typed it only. */
const openForms = new Map<string, () => Values>();

const keyOf = (address: string, username: string) => `${PREFIX}${username}:${address}`;

/** Field names never written to storage. */
const SECRET = /password|token/i;

function withoutSecrets(values: Values): Values {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !SECRET.test(key)));
}

export const formDrafts = {
  /** A form on the page at `address` reports its values through `read` while it is open. */
  open(address: string, username: string, read: () => Values): () => void {
    const key = keyOf(address, username);
    openForms.set(key, read);
    return () => {
      if (openForms.get(key) === read) openForms.delete(key);
    };
  },
  has(address: string, username: string): boolean {
    return sessionStorage.getItem(keyOf(address, username)) !== null;
  },
  /** The draft kept for `address`, removed as it is taken. */
  take(address: string, username: string): Values | null {
    const key = keyOf(address, username);
    const raw = sessionStorage.getItem(key);
    sessionStorage.removeItem(key);
    if (!raw) return null;
    try {
      return JSON.parse(raw) as Values;
    } catch {
      return null;
    }
  },
};

/** Writes every open form's values down (called as the session ends). */
export function saveOpenDrafts(): void {
  for (const [key, read] of openForms) {
    try {
      sessionStorage.setItem(key, JSON.stringify(withoutSecrets(read())));
    } catch {
      // storage full or unavailable: the draft is lost, the sign-out goes on
    }
  }
}
