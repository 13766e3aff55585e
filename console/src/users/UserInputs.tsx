import { Alert } from '@mui/material';
import {
  AutocompleteArrayInput,
  BooleanInput,
  maxLength,
  ReferenceArrayInput,
  regex,
  required,
  SelectInput,
  TextInput,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { session } from '../session';
import { roleChoices } from '../shared/choices';
import { BY_NAME } from '../shared/choiceOrder';

const USERNAME = regex(/^[a-z0-9._-]{3,40}$/, 'wuye.rules.FORMAT');

/**
 * An officer's subdistricts (where they run elections). An officer without any sees no estate and no election,
 * so the form says so instead of letting the account open an empty console.
 */
function JurisdictionInput() {
  const translate = useTranslate();
  const role = useWatch({ name: 'role' });
  const chosen: unknown[] | undefined = useWatch({ name: 'subdistrictIds' });
  if (role !== 'OFFICER') return null;
  return (
    <>
      <ReferenceArrayInput source="subdistrictIds" reference="subdistricts" perPage={200} sort={BY_NAME}>
        <AutocompleteArrayInput optionText="name" filterToQuery={(name) => ({ name })} sx={{ minWidth: 320 }} data-testid="jurisdiction-input" />
      </ReferenceArrayInput>
      {!chosen?.length && (
        <Alert severity="warning" sx={{ mb: 2, maxWidth: 600 }} data-testid="no-jurisdiction">
          {translate('wuye.users.no_jurisdiction')}
        </Alert>
      )}
    </>
  );
}

/**
 * A person's account, shared by create (username; the server makes the one-time password) and edit (active, a reset
 * to a one-time password: no admin types one, each of two admins is shown half, docs/roles-and-workflows.md#account-dual-control).
 * On the admin's own account 启用 and 角色 are read-only, with a note: the server refuses an admin switching off
 * their own account or dropping their own admin role (FORBIDDEN, reason SELF).
 */
export function UserInputs({ mode }: { mode: 'create' | 'edit' }) {
  const translate = useTranslate();
  const record = useRecordContext();
  const own = mode === 'edit' && !!record && String(record.id) === String(session.user()?.id);
  return (
    <>
      <TextInput source="username" validate={mode === 'create' ? [required(), USERNAME] : undefined} disabled={mode === 'edit'} />
      <TextInput source="displayName" validate={[required(), maxLength(40)]} />
      {/* read-only, not disabled: a disabled input's value is not sent, and the account would be saved switched off */}
      <SelectInput source="role" choices={roleChoices} validate={required()} readOnly={own} />
      <JurisdictionInput />
      {mode === 'edit' && <BooleanInput source="active" readOnly={own} />}
      {own && (
        <Alert severity="info" sx={{ mb: 2, maxWidth: 600 }} data-testid="own-account">
          {translate('wuye.users.own_account')}
        </Alert>
      )}
      {mode === 'edit' && !own && <BooleanInput source="resetPassword" defaultValue={false} />}
      {/* a new account, a password, a role, added subdistricts, a reactivation wait for another admin: say why (account-dual-control) */}
      <TextInput source="reason" multiline validate={maxLength(500)} defaultValue="" />
    </>
  );
}
