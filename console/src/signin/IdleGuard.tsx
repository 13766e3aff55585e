import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { gql } from '@apollo/client';
import { useLogout, useTranslate } from 'react-admin';
import { apolloClient } from '../dataProvider/client';
import { session } from '../session';
import { keepAliveDue } from './keepAlive';
import { sessionEnded } from './sessionEnded';

const INPUT_EVENTS = ['keydown', 'mousedown', 'pointermove', 'wheel', 'touchstart'] as const;
/** Input is written down at most this often (every tab reads it from localStorage). */
const TOUCH_EVERY_MS = 1000;
/** The session an idle sign-out was started for: one sign-out (and one notice) per session. */
let endedToken: string | null = null;

const KEEP_ALIVE = gql`query KeepAlive { me { id } }`;


/**
 * Signs the person out after the configured time without input (SESSION_IDLE_SECONDS from the server), with a
 * warning dialog and its countdown before (SESSION_IDLE_WARNING_SECONDS), and keeps the server's session in use while
 * there is input (keepAliveDue). Input in any tab of the console counts;
 * once the warning shows, only its button keeps the session (a stray mouse move does not). Open forms keep what
 * was typed (shared/formDrafts.ts, saved by the logout).
 */
export function IdleGuard() {
  const translate = useTranslate();
  const logout = useLogout();
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const warning = useRef(false);
  warning.current = secondsLeft !== null;

  useEffect(() => {
    let lastTouch = 0;
    const onInput = () => {
      if (warning.current) return;
      const now = Date.now();
      if (now - lastTouch < TOUCH_EVERY_MS) return;
      lastTouch = now;
      session.touch(now);
    };
    for (const name of INPUT_EVENTS) window.addEventListener(name, onInput, { passive: true, capture: true });
    const timer = window.setInterval(() => {
      const idle = session.idle();
      if (!idle) return;
      const left = idle.timeoutMs - (Date.now() - session.lastActivity());
      // a refused keep-alive is left to the next request of the page, which signs out as any refused one does
      if (left > 0 && keepAliveDue(Date.now(), session.lastActivity(), session.lastContact(), idle.timeoutMs)) {
        void apolloClient.query({ query: KEEP_ALIVE, fetchPolicy: 'no-cache' }).catch(() => undefined);
      }
      if (left <= 0) {
        window.clearInterval(timer);
        setSecondsLeft(null);
        const token = session.token();
        if (!token || token === endedToken) return;
        endedToken = token;
        // the sign-in page says why (sessionEnded.ts), as it does for a session the server ended
        sessionEnded.mark('idle');
        void logout();
      } else {
        setSecondsLeft(left <= idle.warningMs ? Math.ceil(left / 1000) : null);
      }
    }, 500);
    return () => {
      window.clearInterval(timer);
      for (const name of INPUT_EVENTS) window.removeEventListener(name, onInput, { capture: true });
    };
  }, [logout]);

  const keepWorking = () => {
    session.touch();
    setSecondsLeft(null);
  };

  return (
    <Dialog open={secondsLeft !== null} onClose={keepWorking} data-testid="idle-warning">
      <DialogTitle>{translate('wuye.session.idle_title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{translate('wuye.session.idle_text', { seconds: secondsLeft ?? 0 })}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={keepWorking} data-testid="idle-continue" autoFocus>
          {translate('wuye.session.idle_continue')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
