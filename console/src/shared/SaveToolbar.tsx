import { useEffect } from 'react';
import { useFormContext } from 'react-hook-form';
import { useLocation } from 'react-router-dom';
import { SaveButton, Toolbar, useNotify } from 'react-admin';
import { session } from '../session';
import { formDrafts } from './formDrafts';
import { ReloadKeepingEditsNotice } from './ReloadKeepingEdits';

/**
 * The form's values survive a sign-out (formDrafts.ts): reported while the form is open, and a draft kept for
 * this page and this person put back once they are signed in again (the form is then dirty: not yet saved).
 */
function useFormDraft() {
  const { getValues, reset } = useFormContext();
  const { pathname, search } = useLocation();
  const notify = useNotify();
  const address = pathname + search;
  useEffect(() => {
    const username = session.user()?.username;
    if (!username) return undefined;
    // after react-admin's own first reset of the form (to the record or the defaults), which would undo it; the
    // draft is taken only then, as the form may mount more than once on its way to the screen
    const restoring = formDrafts.has(address, username)
      ? window.setTimeout(() => {
          const draft = formDrafts.take(address, username);
          if (!draft) return;
          reset({ ...getValues(), ...draft }, { keepDefaultValues: true });
          notify('wuye.session.draft_restored', { type: 'info' });
        }, 0)
      : undefined;
    const close = formDrafts.open(address, username, () => getValues());
    return () => {
      window.clearTimeout(restoring);
      close();
    };
  }, [address, getValues, reset, notify]);
}

/** Forms save; nothing is deleted from the registry (filings are revoked instead). */
export function SaveToolbar() {
  useFormDraft();
  return (
    <Toolbar sx={{ flexWrap: 'wrap' }}>
      <ReloadKeepingEditsNotice />
      <SaveButton />
    </Toolbar>
  );
}
