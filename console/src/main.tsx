import './signin/quickLogin.css';
import { session } from './session';
import { showQuickLogin } from './signin/quickLogin';
import { hashAddress, isPublicAddress, nextAddress, openSignedOutOnLogin } from './signin/startAddress';

/**
 * The console's entry, kept small: someone signed out gets the sign-in page (plain DOM, quickLogin.ts) at once and the app
 * (React, MUI, react-admin, Apollo) loads behind it; anyone else gets the app straight away
 * (docs/architecture.md#the-consoles-first-page).
 */
const root = document.getElementById('root')!;
let app: Promise<typeof import('./startApp')> | null = null;
const loadApp = () => (app ??= import('./startApp'));
let started: Promise<void> | null = null;
const startOnce = () => (started ??= loadApp().then((m) => m.startApp(root)));

if (session.token() || isPublicAddress(hashAddress())) {
  void startOnce();
} else {
  openSignedOutOnLogin();
  void showQuickLogin(root, {
    signedIn() {
      // the login entry becomes the page that follows (React Router's state shape), so Back never returns to it
      window.history.replaceState({ usr: null, key: 'default', idx: 0 }, '', `#${nextAddress((window.history.state as { usr?: unknown } | null)?.usr)}`);
      return startOnce();
    },
  });
  // a public page opened from this one (its link to the owners' statements) needs no sign-in: the app shows it
  const openPublic = () => {
    if (!isPublicAddress(hashAddress())) return;
    window.removeEventListener('hashchange', openPublic);
    void startOnce();
  };
  window.addEventListener('hashchange', openPublic);
  // the app's code arrives while the person types: at their first keystroke, or shortly after the page has
  // loaded, never before the form is on screen
  const soon = () => setTimeout(() => void loadApp(), 500);
  root.addEventListener('input', () => void loadApp(), { once: true });
  if (document.readyState === 'complete') soon();
  else window.addEventListener('load', soon, { once: true });
}
