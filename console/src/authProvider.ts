import type { AuthProvider } from 'react-admin';
import { apolloClient } from './dataProvider/client';
import { canAccess } from './permissions';
import { saveOpenDrafts } from './shared/formDrafts';
import { session } from './session';
import { signInWithPassword } from './signin/signInRequest';
import { sessionEnded } from './signin/sessionEnded';
import { identityName } from './signin/identity';
import { i18nProvider } from './i18n/i18nProvider';
import { gql } from '@apollo/client';

/**
 * Sign-in with the API's login mutation; the session lives in localStorage (session.ts), so a reload or a new
 * tab stays signed in while the server takes the token. Permissions come from the user's role.
 */
export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    // it clears the notice of why the last session ended
    await signInWithPassword(username, password);
    await apolloClient.clearStore();
  },

  async logout() {
    // what was being typed waits in this tab for the person to sign in again (shared/formDrafts.ts)
    saveOpenDrafts();
    if (session.token()) {
      await apolloClient.mutate({ mutation: gql`mutation Logout { logout }` }).catch(() => undefined);
    }
    session.clear();
    await apolloClient.clearStore().catch(() => undefined);
  },

  async checkAuth() {
    if (!session.token()) throw new Error('ra.auth.auth_check_error');
  },

  /** 401: the session is over, sign in again. 403: stay signed in; the page reports the refusal. */
  async checkError(error: { status?: number; body?: { reason?: string } }) {
    // react-admin then calls logout, which clears it; the sign-in page says why the session ended, so no pop-up
    // repeats it over the page (message: false)
    if (error?.status === 401) {
      if (!session.token()) throw { message: 'wuye.errors.UNAUTHENTICATED' };
      // the server ended a session left unused (another tab's idle sign-out may not have run, e.g. a sleeping laptop)
      sessionEnded.mark(error.body?.reason === 'SESSION_IDLE' ? 'idle' : 'ended');
      throw { message: false };
    }
  },

  async getIdentity() {
    const user = session.user();
    if (!user) throw new Error('ra.auth.auth_check_error');
    // the role in the language shown (Layout asks again when the language changes)
    return { id: user.id, fullName: identityName(user, i18nProvider.translate) };
  },

  async getPermissions() {
    return session.user()?.role ?? null;
  },

  async canAccess({ resource, action, record }) {
    return canAccess(session.user()?.role, resource, action, record);
  },
};
