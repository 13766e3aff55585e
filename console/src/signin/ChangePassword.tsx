import KeyIcon from '@mui/icons-material/Key';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, ListItemIcon, ListItemText, MenuItem, Stack, TextField } from '@mui/material';
import { forwardRef, useState, type FormEvent } from 'react';
import { useLogout, useNotify, useTranslate, useUserMenu } from 'react-admin';
import { call } from '../dataProvider/client';
import type { ServerFieldError } from '../dataProvider/errors';
import { graphql } from '../generated';
import { session } from '../session';
import { MIN_PASSWORD_LENGTH, passwordPolicyProblem } from '../../../api/src/accounts/password-policy';

const ChangeOwnPassword = graphql(`
  mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) { changeOwnPassword(currentPassword: $currentPassword, newPassword: $newPassword) }
`);

/** 修改密码 in the user menu: the current password, the new one twice; the server checks the policy and ends the other sessions. */
export const ChangePasswordMenuItem = forwardRef<HTMLLIElement>(function ChangePasswordMenuItem(_props, ref) {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  const [open, setOpen] = useState(false);
  return (
    <>
      <MenuItem ref={ref} onClick={() => setOpen(true)} data-testid="change-password">
        <ListItemIcon>
          <KeyIcon fontSize="small" />
        </ListItemIcon>
        <ListItemText>{translate('wuye.session.change_password')}</ListItemText>
      </MenuItem>
      {/* mounted while open: opened again, it shows no refusal of the last attempt */}
      {open && (
        <ChangePasswordDialog
          open
          onClose={() => {
            setOpen(false);
            userMenu?.onClose();
          }}
        />
      )}
    </>
  );
});

/**
 * After signing in with a password an administrator set: the change of one's own password and nothing else (the server
 * refuses everything else, PASSWORD_MUST_CHANGE); done, the console opens. Cancelling signs out.
 */
export function ForcedPasswordChange({ onChanged }: { onChanged: () => void }) {
  const logout = useLogout();
  return <ChangePasswordDialog open forced onClose={() => void logout()} onChanged={onChanged} />;
}

function ChangePasswordDialog({ open, onClose, forced = false, onChanged }: { open: boolean; onClose: () => void; forced?: boolean; onChanged?: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const currentPassword = String(form.get('currentPassword') ?? '');
    const newPassword = String(form.get('newPassword') ?? '');
    if (newPassword !== String(form.get('confirmPassword') ?? '')) {
      setErrors({ confirmPassword: translate('wuye.session.passwords_differ') });
      return;
    }
    // the policy an admin-set password meets too (shared/passwordRules.ts), before asking the server, which checks it again
    const rule = passwordPolicyProblem(newPassword, { username: session.user()?.username ?? '', current: currentPassword })?.rule ?? null;
    if (rule) {
      setErrors({ newPassword: translate(`wuye.rules.${rule}`) });
      return;
    }
    setBusy(true);
    try {
      await call(ChangeOwnPassword, { currentPassword, newPassword });
      setErrors({});
      notify('wuye.session.password_changed', { type: 'success' });
      if (forced) {
        session.passwordChanged();
        onChanged?.();
      } else onClose();
    } catch (error) {
      // call() hands back the console's HttpError: the server's field errors ride in its body
      const fieldErrors = ((error as { body?: { fieldErrors?: ServerFieldError[] } }).body?.fieldErrors ?? []) as ServerFieldError[];
      const fields = Object.fromEntries(fieldErrors.map((e) => [e.field, translate(`wuye.rules.${e.rule}`, { _: e.message })]));
      setErrors(fields);
      if (Object.keys(fields).length === 0) notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  }

  const field = (name: 'currentPassword' | 'newPassword' | 'confirmPassword', label: string, autoComplete: string) => (
    <TextField
      name={name}
      type="password"
      label={translate(label)}
      autoComplete={autoComplete}
      required
      error={!!errors[name]}
      helperText={errors[name] ?? (name === 'newPassword' ? translate('wuye.session.password_hint', { min: MIN_PASSWORD_LENGTH }) : undefined)}
      disabled={busy}
    />
  );

  return (
    // forced: a click beside it or Escape does not close it; only Cancel, which signs out
    <Dialog open={open} onClose={forced ? undefined : onClose} data-testid={forced ? 'must-change-password' : 'change-password-dialog'}>
      <form onSubmit={submit}>
        <DialogTitle>{translate(forced ? 'wuye.session.must_change_title' : 'wuye.session.change_password')}</DialogTitle>
        <DialogContent>
          {forced && <DialogContentText>{translate('wuye.session.must_change_explained')}</DialogContentText>}
          <Stack spacing={2} sx={{ pt: 1, minWidth: 320 }}>
            {field('currentPassword', 'wuye.session.current_password', 'current-password')}
            {field('newPassword', 'wuye.session.new_password', 'new-password')}
            {field('confirmPassword', 'wuye.session.confirm_password', 'new-password')}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            {translate(forced ? 'ra.auth.logout' : 'ra.action.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={busy} data-testid="change-password-save">
            {translate('ra.action.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
