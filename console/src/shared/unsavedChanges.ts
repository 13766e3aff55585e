import { reactRouterProvider, type RouterProvider } from 'react-admin';

/** The sign-in page: where the console goes when the session ends (sign-out, idle timeout, a revoked token). */
const SIGN_IN = /^\/login\b/;

/**
 * react-admin's router (the data router App.tsx makes), whose navigation blocker (what warnWhenUnsavedChanges
 * asks "leave with unsaved changes?" with) never holds the way to the sign-in page: the session is over either
 * way, and the form's values wait for the person in this tab (shared/formDrafts.ts) to come back once they are
 * signed in again.
 */
export const routerProvider: RouterProvider = {
  ...reactRouterProvider,
  useBlocker: (shouldBlock) =>
    reactRouterProvider.useBlocker(
      typeof shouldBlock === 'function' ? (args) => !SIGN_IN.test(args.nextLocation.pathname) && shouldBlock(args) : shouldBlock,
    ),
};
