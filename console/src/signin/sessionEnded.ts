/**
 * Why the last session ended, for the sign-in page to say: the server ended it (expired, revoked, signed out
 * elsewhere) or the idle sign-out did. Kept in this tab until the next sign-in, so a reload still says it.
 */
const KEY = 'wuye.sessionEnded';

export type EndedReason = 'ended' | 'idle';

export const sessionEnded = {
  mark: (reason: EndedReason = 'ended') => sessionStorage.setItem(KEY, reason),
  reason: (): EndedReason | null => {
    const stored = sessionStorage.getItem(KEY);
    // '1' was written by earlier versions for a session the server ended
    return stored === 'idle' ? 'idle' : stored === 'ended' || stored === '1' ? 'ended' : null;
  },
  was: (): boolean => sessionEnded.reason() !== null,
  clear: () => sessionStorage.removeItem(KEY),
};

/** The sign-in page's notice for each reason. */
export const ENDED_NOTICE: Record<EndedReason, string> = { ended: 'wuye.session.ended', idle: 'wuye.session.idle_signed_out' };
