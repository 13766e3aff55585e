import { Alert } from '@mui/material';
import {
  AutocompleteArrayInput,
  BooleanInput,
  maxLength,
  PasswordInput,
  ReferenceArrayInput,
  regex,
  required,
  SelectInput,
  TextInput,
  useRecordContext,
  useTranslate,
  type Validator,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { session } from '../session';
import { roleChoices } from '../shared/choices';
import { passwordPolicyProblem } from '../../../api/src/accounts/password-policy';
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
 * The password an admin sets meets the rules a person's own new password does (shared/passwordRules.ts: its
 * length, and not the username), as it is typed; empty on edit keeps the current one.
 */
const passwordRules: Validator = (value: string | undefined, values: { username?: string }) => {
  const rule = value ? (passwordPolicyProblem(value, { username: values?.username ?? '' })?.rule ?? null) : null;
  return rule ? `wuye.rules.${rule}` : undefined;
};

/**
 * A person's account, shared by create (username and a first password) and edit (active, optional new password).
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
      <PasswordInput source="password" validate={mode === 'create' ? [required(), passwordRules] : passwordRules} autoComplete="new-password" />
      {/* a new account, a password, a role, added subdistricts, a reactivation wait for another admin: say why (account-dual-control) */}
      <TextInput source="reason" multiline validate={maxLength(500)} defaultValue="" />
    </>
  );
}
