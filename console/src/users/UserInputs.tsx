import { BooleanInput, maxLength, minLength, PasswordInput, regex, required, SelectInput, TextInput } from 'react-admin';
import { roleChoices } from '../shared/choices';

const USERNAME = regex(/^[a-z0-9._-]{3,40}$/, 'wuye.rules.FORMAT');

/** A person's account, shared by create (username and a first password) and edit (active, optional new password). */
export function UserInputs({ mode }: { mode: 'create' | 'edit' }) {
  return (
    <>
      <TextInput source="username" validate={mode === 'create' ? [required(), USERNAME] : undefined} disabled={mode === 'edit'} />
      <TextInput source="displayName" validate={[required(), maxLength(40)]} />
      <SelectInput source="role" choices={roleChoices} validate={required()} />
      {mode === 'edit' && <BooleanInput source="active" />}
      <PasswordInput source="password" validate={mode === 'create' ? [required(), minLength(10)] : minLength(10)} autoComplete="new-password" />
    </>
  );
}
