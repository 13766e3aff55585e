import { SimpleForm } from 'react-admin';
import { Create } from '../shared/views';
import { SaveToolbar } from '../shared/SaveToolbar';
import { useServerErrorNotifier } from '../shared/useServerErrorNotifier';
import { UserInputs } from './UserInputs';

export function UserCreate() {
  const onError = useServerErrorNotifier();
  return (
    <Create redirect="list" mutationOptions={{ onError }}>
      <SimpleForm mode="onChange" reValidateMode="onChange" toolbar={<SaveToolbar />}>
        <UserInputs mode="create" />
      </SimpleForm>
    </Create>
  );
}
