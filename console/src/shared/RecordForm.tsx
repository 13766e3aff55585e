import { SimpleForm, type SimpleFormProps } from 'react-admin';
import { SaveToolbar } from './SaveToolbar';

/**
 * The console's create and edit form: checked as the user types (the server's rules, again on save), saved by
 * SaveToolbar (which keeps a draft across a sign-out), and asking before the user leaves it with unsaved changes
 * (react-admin's warnWhenUnsavedChanges: needs the data router App.tsx makes; the way to the sign-in page is
 * never held, see unsavedChanges.ts). Any of it can be overridden by the caller's props.
 */
export function RecordForm(props: SimpleFormProps) {
  return <SimpleForm mode="onChange" reValidateMode="onChange" toolbar={<SaveToolbar />} warnWhenUnsavedChanges {...props} />;
}
