import { SaveButton, Toolbar } from 'react-admin';

/** Forms save; nothing is deleted from the registry (filings are revoked instead). */
export function SaveToolbar() {
  return (
    <Toolbar>
      <SaveButton />
    </Toolbar>
  );
}
