import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useAuthProvider, useLocale, useSetLocale } from 'react-admin';
import { session } from '../session';
import { showQuickLogin, type QuickLocale } from './quickLogin';
import { nextAddress } from './startAddress';

/**
 * react-admin's login route (after a sign-out, an ended session, the idle sign-out, Back onto #/login) shows the
 * console's one sign-in page, the one the entry shows a signed-out first visit (quickLogin.ts): the same form,
 * texts, refusals and notice. Here it signs in through the authProvider, opens in the app's language (which it
 * hands back when it goes, if the person chose another), and
 * *replaces* the login entry of the history with the page that follows; an already signed-in visit moves on the
 * same way, so Back never lands on, nor bounces off, the login page.
 */
export function LoginPage() {
  const authProvider = useAuthProvider();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const locale = useLocale();
  const setLocale = useSetLocale();
  const host = useRef<HTMLDivElement>(null);
  // the page is drawn once per visit; what it calls back reads the latest of these
  const latest = useRef({ authProvider, queryClient, navigate, state: location.state as unknown, locale, setLocale });
  latest.current = { authProvider, queryClient, navigate, state: location.state, locale, setLocale };

  useEffect(() => {
    if (session.token()) navigate(nextAddress(location.state), { replace: true });
  }, [navigate, location.state]);

  useEffect(() => {
    const element = host.current!;
    const drawn = new AbortController();
    let chosen: QuickLocale | null = null;
    void showQuickLogin(element, {
      signal: drawn.signal,
      locale: latest.current.locale === 'en' ? 'en' : 'zh-CN',
      signIn: (username, password) => latest.current.authProvider!.login({ username, password }),
      async signedIn() {
        const { queryClient, navigate, state } = latest.current;
        await queryClient.invalidateQueries({ queryKey: ['auth'] });
        navigate(nextAddress(state), { replace: true });
      },
      // react-admin re-renders the whole app for a new language, which would draw the page afresh (what was typed,
      // the refusal shown, gone): the app takes the language chosen here as the page goes (signed in, or a public page)
      localeChanged: (option) => void (chosen = option),
    });
    return () => {
      drawn.abort();
      element.replaceChildren();
      if (chosen && chosen !== latest.current.locale) latest.current.setLocale(chosen);
    };
  }, []);

  return <div ref={host} />;
}
