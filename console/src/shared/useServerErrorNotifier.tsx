import { useCallback } from 'react';
import { useNotify } from 'react-admin';
import { errorCode } from '../dataProvider/errors';
import { ConflictNotice } from './ConflictNotice';

/**
 * How a failed save or filing action is told to the user: field errors stay next to their fields (the form
 * shows them), CONFLICT offers a reload, everything else is a translated notification.
 */
export function useServerErrorNotifier() {
  const notify = useNotify();
  return useCallback(
    (error: unknown) => {
      const code = errorCode(error);
      if (code === 'CONFLICT') {
        notify(<ConflictNotice />, { type: 'warning', autoHideDuration: null });
        return;
      }
      if (code === 'BAD_USER_INPUT' && (error as { body?: { errors?: object } }).body?.errors) {
        notify('ra.message.invalid_form', { type: 'error' });
        return;
      }
      const message = (error as Error)?.message ?? 'ra.notification.http_error';
      notify(message, { type: 'error', messageArgs: { _: (error as { body?: { serverMessage?: string } }).body?.serverMessage ?? message } });
    },
    [notify],
  );
}
