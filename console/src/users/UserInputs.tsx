import { Alert } from '@mui/material';
import {
  AutocompleteArrayInput,
  BooleanInput,
  maxLength,
  minLength,
  PasswordInput,
  ReferenceArrayInput,
  regex,
  required,
  SelectInput,
  TextInput,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { roleChoices } from '../shared/choices';

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
      <ReferenceArrayInput source="subdistrictIds" reference="subdistricts" perPage={200} sort={{ field: 'name', order: 'ASC' }}>
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

/** A person's account, shared by create (username and a first password) and edit (active, optional new password). */
export function UserInputs({ mode }: { mode: 'create' | 'edit' }) {
  return (
    <>
      <TextInput source="username" validate={mode === 'create' ? [required(), USERNAME] : undefined} disabled={mode === 'edit'} />
      <TextInput source="displayName" validate={[required(), maxLength(40)]} />
      <SelectInput source="role" choices={roleChoices} validate={required()} />
      <JurisdictionInput />
      {mode === 'edit' && <BooleanInput source="active" />}
      <PasswordInput source="password" validate={mode === 'create' ? [required(), minLength(10)] : minLength(10)} autoComplete="new-password" />
    </>
  );
}
