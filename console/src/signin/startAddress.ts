import { session } from '../session';

/** The public pages (the red/black list, a published statement) are read signed out, as the media and owners do. */
const PUBLIC_PATHS = ['/red-black-list', '/public/'];

/** The console's address inside the hash (`#/firms?x` → `/firms?x`). */
export const hashAddress = (): string => window.location.hash.replace(/^#/, '') || '/';

export const isPublicAddress = (address: string): boolean => PUBLIC_PATHS.some((prefix) => address.startsWith(prefix));

/** Where to go after signing in: the page the person was on when the session ended (react-admin's logout state). */
export function nextAddress(state: unknown): string {
  const { nextPathname, nextSearch } = (state ?? {}) as { nextPathname?: string; nextSearch?: string };
  return nextPathname && nextPathname !== '/login' ? nextPathname + (nextSearch ?? '') : '/';
}

/**
 * Someone signed out opens the console on the login page, with the page they asked for as its `next` (in React
 * Router's own history state), instead of a history entry that only redirects: Back from the page they reach
 * after signing in leaves the console rather than landing on the login page again.
 */
export function openSignedOutOnLogin(): void {
  const asked = hashAddress();
  if (session.token() || asked.startsWith('/login') || isPublicAddress(asked)) return;
  const [nextPathname, query] = asked.split('?');
  const state = { usr: { nextPathname, nextSearch: query ? `?${query}` : '' }, key: 'signin', idx: 0 };
  window.history.replaceState(state, '', '#/login');
}
