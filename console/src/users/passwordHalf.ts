import { useNotify } from 'react-admin';

/**
 * Shows a one-time password's half once, until closed (docs/roles-and-workflows.md#account-dual-control): the proposer's
 * (first) in the answer to the create or the reset, the confirming admin's (second) in the answer to the confirm.
 */
export function useShowPasswordHalf() {
  const notify = useNotify();
  return (half: string | null | undefined, which: 'first' | 'second') => {
    if (half) notify(`wuye.users.half_${which}`, { type: 'warning', autoHideDuration: null, messageArgs: { half } });
  };
}
