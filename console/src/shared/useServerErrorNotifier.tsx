import { useCallback } from 'react';
import { useNotify, useRedirect } from 'react-admin';
import { errorCode } from '../dataProvider/errors';
import { ConflictNotice } from './ConflictNotice';
import { useErrorText } from './FormDialog';
import { RefusalNotice, useRefusalDetails } from './RefusalNotice';

/**
 * How a failed save or filing action is told to the user: field errors stay next to their fields (the form
 * shows them) and are said again in the notification, which names them even where no input of the form shows the
 * field; CONFLICT offers a reload; everything else is a translated notification.
 */
export function useServerErrorNotifier() {
  const notify = useNotify();
  const refusal = useRefusalDetails();
  const errorText = useErrorText();
  return useCallback(
    (error: unknown) => {
      // a save cut short by the session's end: react-admin answers it with an empty record and reports "missing id"; the login page already says why
      if (!errorCode(error) && /^Invalid dataProvider response/.test((error as Error | undefined)?.message ?? '')) return;
      const code = errorCode(error);
      if (code === 'CONFLICT') {
        notify(<ConflictNotice />, { type: 'warning', autoHideDuration: null });
        return;
      }
      // a refusal that names what is in the way (the missing materials) lists it, until the user closes it
      const details = refusal(error);
      if (details) {
        notify(<RefusalNotice {...details} />, { type: 'error', autoHideDuration: null });
        return;
      }
      // translated: refused input by each problem found (errorText.ts), a refused move with the server's own reason
      const text = errorText(error);
      notify(text, { type: 'error', messageArgs: { _: text } });
    },
    [notify, refusal, errorText],
  );
}

/**
 * A show page's read refused (another officer's subdistrict, a record gone): say why, back to the list.
 * Pass as `queryOptions={{ onError }}`; react-admin's default says only that the record does not exist.
 */
export function useReadErrorHandler(resource: string) {
  const notifyError = useServerErrorNotifier();
  const redirect = useRedirect();
  return useCallback(
    (error: unknown) => {
      notifyError(error);
      redirect('list', resource);
    },
    [notifyError, redirect, resource],
  );
}
